/* hubrota-beats-window-internal.h: the beats window's insides, shared by its own files
 *
 * Kept out of -private.h, which holds only what the tests call, so the tests need none of this.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-beats-window-private.h"

G_BEGIN_DECLS

/* The groups of rows the window fills and empties (self->rows). */
enum { HOTSPOTS, OFFICERS, RISKS, HUBS, N_LISTS };

struct _HubrotaBeatsWindow
{
  AdwWindow             parent_instance;

  HubrotaStore         *store;
  GListStore           *beats;          /* HubrotaBeat, as the sidebar lists them */
  GHashTable           *beat_summaries; /* slug → "2 hubs · 5 officers" */
  GPtrArray            *hotspots;       /* every beat's: their slugs share one namespace */
  GPtrArray            *hubs;
  HubrotaBeat          *beat;           /* the beat on show; NULL when adding one or none */
  gboolean              adding;
  gboolean              filling;        /* widgets being set from the store, not typed */

  GDate                 monday;
  HubrotaRota          *rota;           /* the week of monday, NULL until read */
  GPtrArray            *findings;       /* the rota's */
  GCancellable         *week_loading;

  GPtrArray            *rows[N_LISTS];  /* what each group shows, to take away on a change */
  GtkWidget            *confirm_dialog;
  char                 *removing;       /* the hotspot the confirmation is about */
  GtkWidget            *discard_dialog; /* asks before unsaved details are dropped */
  HubrotaBeat          *pending;        /* what to show once they are; NULL: a new beat */
  gboolean              closing;        /* the question is about closing the window */
  gboolean              discarded;      /* the person chose to close without saving */

  AdwLeaflet           *leaflet;
  GtkListBox           *beat_list;
  AdwWindowTitle       *content_title;
  GtkButton            *save_button;
  GtkStack             *content_stack;
  AdwPreferencesPage   *beat_page;
  AdwPreferencesGroup  *details_group;
  AdwEntryRow          *name_row;
  AdwActionRow         *slug_row;
  GtkSpinButton        *limit_spin;
  GtkLabel             *details_error;
  AdwPreferencesGroup  *hotspots_group;
  AdwEntryRow          *new_hotspot_row;
  GtkButton            *add_hotspot_button;
  GtkLabel             *hotspot_error;
  AdwPreferencesGroup  *week_group;
  GtkSpinner           *week_spinner;
  AdwPreferencesGroup  *officers_group;
  AdwPreferencesGroup  *risks_group;
  AdwPreferencesGroup  *hubs_group;
};

/* hubrota-beats-window.c: the class, the list of beats and the beat's page */
/* Emits "changed", after a write to the store. */
void         _hubrota_beats_window_emit_changed  (HubrotaBeatsWindow  *self);
/* A row of plain text in the group which; text is what the tests read (NULL: the title). */
GtkWidget   *_hubrota_beats_window_add_row       (HubrotaBeatsWindow  *self,
                                                  int                  which,
                                                  const char          *title,
                                                  const char          *subtitle,
                                                  const char          *text);
void         _hubrota_beats_window_clear_rows    (HubrotaBeatsWindow  *self,
                                                  int                  which);
/* The rows' texts, one a line. */
char        *_hubrota_beats_window_rows_text     (HubrotaBeatsWindow  *self,
                                                  int                  which);
/* Shows the message under the group, or hides the label when message is NULL. */
void         _hubrota_beats_window_show_error    (GtkLabel            *label,
                                                  const char          *message);
HubrotaBeat *_hubrota_beats_window_find_beat     (HubrotaBeatsWindow  *self,
                                                  const char          *slug,
                                                  guint               *out_position);
/* Reads the beats, hubs, hotspots and officers again; FALSE with error when the store fails. */
gboolean     _hubrota_beats_window_read_store    (HubrotaBeatsWindow  *self,
                                                  GError             **error);
/* Selects the beat's row in the list, or none (slug NULL or unknown). */
void         _hubrota_beats_window_select_row    (HubrotaBeatsWindow  *self,
                                                  const char          *slug);
/* Shows the beat (a copy from the store), or a new one when beat is NULL. */
void         _hubrota_beats_window_show_page     (HubrotaBeatsWindow  *self,
                                                  HubrotaBeat         *beat);

/* hubrota-beats-window-details.c: the details, and the question before unsaved ones go */
void         _hubrota_beats_window_class_add_details_callbacks (GtkWidgetClass *widget_class);
void         _hubrota_beats_window_fill_details  (HubrotaBeatsWindow  *self);
/* Something typed in the details that is not in the store. */
gboolean     _hubrota_beats_window_details_dirty (HubrotaBeatsWindow  *self);
void         _hubrota_beats_window_ask_to_discard (HubrotaBeatsWindow *self);
/* Shows the beat, or a new one (beat NULL), asking first if the details have changes. */
void         _hubrota_beats_window_go_to_page    (HubrotaBeatsWindow  *self,
                                                  HubrotaBeat         *beat);

/* hubrota-beats-window-hotspots.c: the hotspots */
void         _hubrota_beats_window_class_add_hotspot_callbacks (GtkWidgetClass *widget_class);
void         _hubrota_beats_window_update_hotspot_rows (HubrotaBeatsWindow *self);

/* hubrota-beats-window-week.c: the week, and the actions that move it */
void         _hubrota_beats_window_class_add_week_actions (GtkWidgetClass *widget_class);
/* The week's part of the page, from the rota read for it (nothing while it is being read). */
void         _hubrota_beats_window_show_week     (HubrotaBeatsWindow  *self);
/* Reads the week of self->monday again, in a thread. */
void         _hubrota_beats_window_load_week     (HubrotaBeatsWindow  *self);

G_END_DECLS
