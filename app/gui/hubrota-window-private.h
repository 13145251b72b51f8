/* hubrota-window-private.h: what the GUI tests may look at inside a HubrotaWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-officer-view.h"
#include "hubrota-opening-pane.h"
#include "hubrota-problems-view.h"
#include "hubrota-week-view.h"
#include "hubrota-window.h"

G_BEGIN_DECLS

/* The officer page shows this many weeks from the current one. */
#define HUBROTA_WINDOW_OFFICER_WEEKS 4

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
HubrotaOpeningPane  *_hubrota_window_get_opening_pane   (HubrotaWindow *self);
HubrotaProblemsView *_hubrota_window_get_problems_view  (HubrotaWindow *self);
HubrotaOfficerView  *_hubrota_window_get_officer_view   (HubrotaWindow *self);
HubrotaRota         *_hubrota_window_get_rota           (HubrotaWindow *self);
GPtrArray           *_hubrota_window_get_findings       (HubrotaWindow *self);
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
