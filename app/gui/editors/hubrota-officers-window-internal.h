/* hubrota-officers-window-internal.h: the officers window's insides, shared by its own files
 *
 * Kept out of -private.h, which holds only what the tests call, so the tests need none of this.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-date-button.h"
#include "hubrota-form-dialog.h"
#include "hubrota-officers-window-private.h"

G_BEGIN_DECLS

#define N_ROLES (HUBROTA_ROLE_VOL + 1)

struct _HubrotaOfficersWindow
{
  AdwWindow            parent_instance;

  HubrotaStore        *store;
  GListStore          *officers;        /* HubrotaOfficer, in the store's order */
  GPtrArray           *beats;           /* HubrotaBeat, in the store's order */
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filtered;
  GtkSingleSelection  *selection;
  HubrotaOfficer      *shown;           /* the officer in the form; NULL for a new one */
  gboolean             creating;        /* the form is for a new officer */
  gboolean             filling;         /* widgets are being set from the store, not by a person */
  char                *refusal;         /* why the store last refused the form, until it changes */
  char                *form_text;
  GPtrArray           *duty_rows;       /* AdwActionRow */
  GPtrArray           *absence_rows;
  GPtrArray           *duties;          /* HubrotaDuty, what duty_rows show */
  GPtrArray           *absences;        /* HubrotaAbsence */
  GPtrArray           *absence_texts;   /* "Annual leave, 7 Dec – 11 Dec 2026" */
  HubrotaFormDialog   *dialog;          /* the open shift pattern or Add Time Away dialog */
  gboolean             dialog_edits;    /* it changes a stored duty rather than adding one */
  HubrotaHistory      *history;         /* leaving dates: undoable steps of this window's own */
  GtkWidget           *leaving_dialog;  /* the open question about a leaving date */
  HubrotaDateButton   *leaving_day;
  AdwPreferencesGroup *leaving_openings_group;
  GPtrArray           *leaving_openings; /* HubrotaOccurrence: what the date would take off */
  GPtrArray           *leaving_opening_rows;
  GPtrArray           *leaving_texts;    /* "Sat 12 Dec, 10:00–13:00 · Bedford Library" */
  char                *undo_officer;     /* whose leaving date the toast's Undo puts back */
  GDate                undo_leaving;     /* what it was (not valid: none) */
  gboolean             undo_step;        /* and whether a step of the history goes with it */
  char                *leaving_text;
  GCancellable        *import_cancellable;
  char                *import_name;
  GtkWidget           *import_error_dialog;
  GtkTextBuffer       *import_error_buffer;
  char                *last_toast;
  char                *count_text;
  GtkWidget           *discard_dialog;  /* asks before unsaved changes are dropped */
  HubrotaOfficer      *pending;         /* what to show once they are: an officer, */
  gboolean             pending_new;     /* or a new one */
  gboolean             closing;         /* the question is about closing the window */
  gboolean             discarded;       /* the person chose to close without saving */

  AdwToastOverlay     *toast_overlay;
  GtkWidget           *add_button;
  GtkWidget           *import_button;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *role_filter;
  GtkStringList       *role_filter_model;
  GtkDropDown         *beat_filter;
  GtkStringList       *beat_filter_model;
  GtkWidget           *import_box;
  GtkLabel            *import_label;
  GtkProgressBar      *import_progress;
  GtkStack            *list_stack;
  GtkListView         *officer_list;
  AdwStatusPage       *empty_page;
  GtkLabel            *count_label;
  GtkStack            *detail_stack;
  AdwPreferencesPage  *detail_page;
  AdwPreferencesGroup *details_group;
  GtkButton           *save_button;
  GtkWidget           *collar_info_row;   /* an existing officer's collar number, fixed */
  GtkLabel            *collar_label;
  AdwEntryRow         *collar_row;        /* a new officer's, typed */
  AdwEntryRow         *name_row;
  AdwComboRow         *role_row;
  GtkStringList       *role_model;
  AdwComboRow         *beat_row;
  GtkStringList       *beat_model;
  GtkWidget           *hours_row;
  GtkSpinButton       *hours_spin;
  GtkLabel            *form_message;
  AdwPreferencesGroup *duty_group;
  GtkWidget           *add_duty_button;
  AdwPreferencesGroup *absence_group;
  GtkWidget           *add_absence_button;
  AdwPreferencesGroup *leaving_group;
  AdwActionRow        *leaving_row;
  GtkWidget           *retire_button;
  GtkWidget           *clear_leaving_button;
};

/* hubrota-officers-window.c: the class and the list pane */
void            _hubrota_officers_window_show_toast       (HubrotaOfficersWindow *self,
                                                           const char            *title);
/* Emits "changed", after a write to the store. */
void            _hubrota_officers_window_emit_changed     (HubrotaOfficersWindow *self);
/* The position of the beat in self->beats, or -1. */
int             _hubrota_officers_window_beat_index       (HubrotaOfficersWindow *self,
                                                           const char            *slug);
HubrotaOfficer *_hubrota_officers_window_find_officer     (HubrotaOfficersWindow *self,
                                                           const char            *id,
                                                           guint                 *out_position);
/* Keeps the list's highlight on the officer in the form. */
void            _hubrota_officers_window_select_shown     (HubrotaOfficersWindow *self);
/* Reads the officers again; the form stays as it is. */
void            _hubrota_officers_window_reload_officers  (HubrotaOfficersWindow *self);

/* hubrota-officers-window-form.c: the form, and the question before unsaved changes go */
void            _hubrota_officers_window_class_add_form_callbacks (GtkWidgetClass *widget_class);
/* Shows the officer, or a new one (officer NULL), asking first if the form has changes. */
void            _hubrota_officers_window_go_to            (HubrotaOfficersWindow *self,
                                                           HubrotaOfficer        *officer);
/* Something typed in the form that is not in the store. */
gboolean        _hubrota_officers_window_form_dirty       (HubrotaOfficersWindow *self);
void            _hubrota_officers_window_ask_to_discard   (HubrotaOfficersWindow *self);

/* hubrota-officers-window-items.c: the Duty, Time Away and Leaving groups and their dialogs */
void            _hubrota_officers_window_class_add_item_callbacks (GtkWidgetClass *widget_class);
/* Reads the shown officer's duty and absences again. */
void            _hubrota_officers_window_show_items       (HubrotaOfficersWindow *self);

/* "Leaves 31 Dec 2026", "Left 1 Dec 2026", or NULL when the officer is not leaving. */
char           *_hubrota_officers_window_format_leaving   (HubrotaOfficer        *officer);
/* Shows the Leaving group for the officer in the form. */
void            _hubrota_officers_window_show_leaving     (HubrotaOfficersWindow *self);
void            _hubrota_officers_window_class_add_leaving_callbacks (GtkWidgetClass *widget_class);

/* hubrota-officers-window-import.c: importing a CSV file */
void            _hubrota_officers_window_class_add_import_callbacks (GtkWidgetClass *widget_class);

G_END_DECLS
