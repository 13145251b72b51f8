/* hubrota-window-private.h: the window's insides, shared by its own files
 * (hubrota-window.c, hubrota-window-editors.c) and looked at by the GUI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-officer-view.h"
#include "hubrota-opening-pane.h"
#include "hubrota-problems-view.h"
#include "hubrota-month-calendar.h"
#include "hubrota-month-view.h"
#include "hubrota-week-view.h"
#include "hubrota-window.h"

G_BEGIN_DECLS

/* The officer page shows this many weeks from the current one. */
#define HUBROTA_WINDOW_OFFICER_WEEKS 4

struct _HubrotaWindow
{
  AdwApplicationWindow  parent_instance;

  HubrotaStore         *store;
  HubrotaWorkspace     *workspace;     /* the month holding the week on show, live */
  HubrotaHistory       *history;       /* the workspace's */
  GSettings            *settings;      /* NULL when the schema is not installed */
  GHashTable           *beat_names;    /* beat slug → beat name */
  GHashTable           *next_openings; /* hub slug → its next HubrotaOccurrence */
  GDate                 today;         /* invalid unless pinned by a test */
  GDate                 monday;        /* the week on show */
  char                 *hub;           /* the hub on show, or NULL for all */

  HubrotaRota          *rota;          /* the workspace's */
  GtkFilterListModel   *week_all;      /* HubrotaOpeningStatus of the week, every hub */
  GtkFilterListModel   *week_statuses; /* those of the hub on show */
  GtkFilterListModel   *week_findings; /* HubrotaFinding of the week and the hub on show */
  GtkCustomFilter      *week_filter;
  GtkCustomFilter      *hub_filter;
  GtkCustomFilter      *findings_filter;
  HubrotaOccurrence    *opened;        /* the opening in the pane, or NULL */
  GPtrArray            *hubs;          /* HubrotaHub, as the sidebar lists them */
  GCancellable         *officer_loading;
  GCancellable         *series_checking;
  guint                 loads;         /* reads under way, for the spinner */

  /* An assignment waiting for the coordinator to confirm it */
  GtkWidget            *confirm_dialog;
  char                 *pending_officer;
  HubrotaOccurrence    *pending_opening;
  gboolean              pending_series;
  AdwToast             *last_toast;

  /* The Officers and the Beats windows, one of each at most (weak pointers) */
  GtkWidget            *officers_window;
  GtkWidget            *beats_window;

  /* Template widgets */
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  AdwWindowTitle       *sidebar_title;
  GtkSearchEntry       *hub_search;
  GtkListBox           *hub_list;
  GtkMenuButton        *week_button;
  AdwViewSwitcherTitle *switcher_title;
  HubrotaMonthCalendar *calendar;
  GtkSpinner           *spinner;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  AdwViewStackPage     *problems_page;
  GtkStack             *week_stack;
  GtkRevealer          *hub_bar_revealer;
  GtkLabel             *hub_title;
  GtkLabel             *hub_subtitle;
  HubrotaWeekView      *week_view;
  HubrotaMonthView     *month_view;
  AdwLeaflet           *detail_leaflet;
  GtkWidget            *week_box;
  GtkRevealer          *detail_revealer;
  HubrotaOpeningPane   *opening_pane;
  HubrotaProblemsView  *problems_view;
  HubrotaOfficerView   *officer_view;
};

/* Shared between the window's files */
void        _hubrota_window_show_toast             (HubrotaWindow  *self,
                                                    const char     *title,
                                                    gboolean        offer_undo);
void        _hubrota_window_show_error_toast       (HubrotaWindow  *self,
                                                    const GError   *error);
/* The week's openings of the hub on show (all hubs when none). */
GPtrArray  *_hubrota_window_openings_on_show       (HubrotaWindow  *self);
/* An opening was cancelled, moved, restored or added through the workspace: the sidebar's
 * next openings and the officer page follow. */
void        _hubrota_window_after_step             (HubrotaWindow  *self);
/* Hubs, beats or officers changed: all of that and the sidebar's list of hubs. */
void        _hubrota_window_reload_all             (HubrotaWindow  *self);
/* hubrota-window-editors.c: the actions that open the editors, publishing and printing */
void        _hubrota_window_class_add_editor_actions (GtkWidgetClass *widget_class);
void        _hubrota_window_get_today              (HubrotaWindow  *self,
                                                    GDate          *out_today);
/* The week's cards, the Problems page and the sidebar's marks, from the rota read last. */
void        _hubrota_window_show_rota              (HubrotaWindow  *self);

/* hubrota-window-sidebar.c */
void        _hubrota_window_init_sidebar           (HubrotaWindow  *self);
void        _hubrota_window_class_add_sidebar_callbacks (GtkWidgetClass *widget_class);
/* The hubs read afresh, the one on show kept (or, at the start, the one shown last time). */
void        _hubrota_window_load_hubs              (HubrotaWindow  *self);
/* Each hub's next opening from today. */
void        _hubrota_window_refresh_hub_rows       (HubrotaWindow  *self);
GtkListBoxRow *_hubrota_window_find_hub_row        (HubrotaWindow  *self,
                                                    const char     *slug);
void        _hubrota_window_show_hub_levels        (HubrotaWindow  *self);
/* The Beats and Hotspots window on the beat (opened on the week on show if it was not open). */
void        _hubrota_window_show_beat              (HubrotaWindow  *self,
                                                    const char     *slug);
void        _hubrota_window_update_editor_actions  (HubrotaWindow  *self);

/* For the tests */

/* "welcome", "error" or "hubs" */
const char          *_hubrota_window_get_page           (HubrotaWindow *self);
const char          *_hubrota_window_get_error_message  (HubrotaWindow *self);
/* Whether a read of the rota is still under way in a thread. */
gboolean             _hubrota_window_is_loading         (HubrotaWindow *self);
/* The hub on show, or NULL for all of them. */
const char          *_hubrota_window_get_hub            (HubrotaWindow *self);
const GDate         *_hubrota_window_get_monday         (HubrotaWindow *self);
GtkListBox          *_hubrota_window_get_hub_list       (HubrotaWindow *self);
HubrotaWeekView     *_hubrota_window_get_week_view      (HubrotaWindow *self);
HubrotaMonthView    *_hubrota_window_get_month_view     (HubrotaWindow *self);
HubrotaOpeningPane  *_hubrota_window_get_opening_pane   (HubrotaWindow *self);
HubrotaProblemsView *_hubrota_window_get_problems_view  (HubrotaWindow *self);
HubrotaOfficerView  *_hubrota_window_get_officer_view   (HubrotaWindow *self);
HubrotaRota         *_hubrota_window_get_rota           (HubrotaWindow *self);
gboolean             _hubrota_window_is_opening_shown   (HubrotaWindow *self);
void                 _hubrota_window_open               (HubrotaWindow     *self,
                                                         HubrotaOccurrence *occurrence);
GtkWidget           *_hubrota_window_get_confirm_dialog (HubrotaWindow *self);
AdwToast            *_hubrota_window_get_last_toast     (HubrotaWindow *self);
AdwViewStack        *_hubrota_window_get_view_stack     (HubrotaWindow *self);
AdwViewStackPage    *_hubrota_window_get_problems_page  (HubrotaWindow *self);
void                 _hubrota_window_search_hubs        (HubrotaWindow *self,
                                                         const char    *text);
/* Pins "today" so a test does not depend on the day it runs. */
void                 _hubrota_window_set_today          (HubrotaWindow *self,
                                                         const GDate   *today);

G_END_DECLS
