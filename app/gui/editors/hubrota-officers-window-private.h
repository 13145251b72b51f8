/* hubrota-officers-window-private.h: what the tests reach inside the officers window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-duty-dialog-private.h"   /* HubrotaRepeat */
#include "hubrota-officers-window.h"

G_BEGIN_DECLS

/* The list pane. role_index and beat_index are positions in the filter drop-downs:
 * 0 is "All", the roles follow in HubrotaRole order; beats: 1 is "No home beat", then the
 * beats in the store's order. */
void        _hubrota_officers_window_set_search       (HubrotaOfficersWindow *self,
                                                       const char            *text);
void        _hubrota_officers_window_set_role_filter  (HubrotaOfficersWindow *self,
                                                       guint                  role_index);
void        _hubrota_officers_window_set_beat_filter  (HubrotaOfficersWindow *self,
                                                       guint                  beat_index);
guint       _hubrota_officers_window_count_rows       (HubrotaOfficersWindow *self);
const char *_hubrota_officers_window_get_count_text   (HubrotaOfficersWindow *self);
/* The collar number of the officer in the detail pane, NULL for a new one or none. */
const char *_hubrota_officers_window_get_shown        (HubrotaOfficersWindow *self);

/* The detail pane's form, as if typed. beat NULL is "No home beat". */
void        _hubrota_officers_window_start_new        (HubrotaOfficersWindow *self);
void        _hubrota_officers_window_set_collar       (HubrotaOfficersWindow *self,
                                                       const char            *collar);
void        _hubrota_officers_window_set_name         (HubrotaOfficersWindow *self,
                                                       const char            *name);
void        _hubrota_officers_window_set_role         (HubrotaOfficersWindow *self,
                                                       HubrotaRole            role);
void        _hubrota_officers_window_set_beat         (HubrotaOfficersWindow *self,
                                                       const char            *beat);
void        _hubrota_officers_window_set_hours        (HubrotaOfficersWindow *self,
                                                       double                 hours);
const char *_hubrota_officers_window_get_name         (HubrotaOfficersWindow *self);
gboolean    _hubrota_officers_window_can_save         (HubrotaOfficersWindow *self);
/* Answers the "Discard Changes?" question asked on leaving unsaved changes; FALSE when none
 * was asked. */
gboolean    _hubrota_officers_window_answer_discard   (HubrotaOfficersWindow *self,
                                                       gboolean               discard);
/* Clicks Save; FALSE when it was insensitive. */
gboolean    _hubrota_officers_window_save             (HubrotaOfficersWindow *self);
/* The line under the form: why it cannot be saved, or why the store refused it; "" if none. */
const char *_hubrota_officers_window_get_form_message (HubrotaOfficersWindow *self);
gboolean    _hubrota_officers_window_collar_has_error (HubrotaOfficersWindow *self);

/* Duty and time away of the shown officer, through the real dialogs: they are opened, filled
 * in as typed (dates YYYY-MM-DD, times HH:MM) and their Add button clicked. TRUE when the
 * dialog accepted and closed; otherwise it is left open with its message in *out_message. */
gboolean    _hubrota_officers_window_add_shift_pattern (HubrotaOfficersWindow *self,
                                                        const char            *first_day,
                                                        const char            *start_time,
                                                        const char            *end_time,
                                                        HubrotaRepeat          repeat,
                                                        guint                  weekdays,
                                                        guint                  every_weeks,
                                                        char                 **out_message);
gboolean    _hubrota_officers_window_add_time_away    (HubrotaOfficersWindow *self,
                                                       const char            *from_day,
                                                       const char            *from_time,
                                                       const char            *to_day,
                                                       const char            *to_time,
                                                       guint                  reason_index,
                                                       const char            *details,
                                                       char                 **out_message);
guint       _hubrota_officers_window_count_duty_rows    (HubrotaOfficersWindow *self);
guint       _hubrota_officers_window_count_absence_rows (HubrotaOfficersWindow *self);
const char *_hubrota_officers_window_get_duty_text      (HubrotaOfficersWindow *self,
                                                         guint                  index);
/* A roster's line under it ("6 shifts and 4 rest days, 42 h a week on average"); NULL for a
 * shift pattern. */
const char *_hubrota_officers_window_get_duty_subtitle  (HubrotaOfficersWindow *self,
                                                         guint                  index);
const char *_hubrota_officers_window_get_absence_text   (HubrotaOfficersWindow *self,
                                                         guint                  index);
/* Clicks the row's remove button. */
void        _hubrota_officers_window_remove_duty        (HubrotaOfficersWindow *self,
                                                         guint                  index);
void        _hubrota_officers_window_remove_absence     (HubrotaOfficersWindow *self,
                                                         guint                  index);

/* Opens the shift pattern dialog filled in from the shown officer's duty at index, as its
 * pencil does; fill it in with hubrota-duty-dialog-private.h and press Save. */
GtkWindow  *_hubrota_officers_window_edit_duty          (HubrotaOfficersWindow *self,
                                                         guint                  index);

/* The shown officer's leaving date: Set Leaving Date… clicked and the day (YYYY-MM-DD)
 * chosen in its question; FALSE when no question opened. The openings it lists, the answer,
 * and the line under Leaving ("Leaves 31 Dec 2026", "Not leaving"). */
gboolean    _hubrota_officers_window_open_leaving       (HubrotaOfficersWindow *self,
                                                         const char            *day);
guint       _hubrota_officers_window_count_leaving_openings (HubrotaOfficersWindow *self);
const char *_hubrota_officers_window_get_leaving_opening (HubrotaOfficersWindow *self,
                                                          guint                  index);
void        _hubrota_officers_window_answer_leaving     (HubrotaOfficersWindow *self,
                                                         gboolean               confirm);
const char *_hubrota_officers_window_get_leaving_text   (HubrotaOfficersWindow *self);
/* The question, for a screenshot; NULL when none is open. */
GtkWidget  *_hubrota_officers_window_get_leaving_dialog (HubrotaOfficersWindow *self);
/* Clicks Not Leaving; FALSE when it is not shown. */
gboolean    _hubrota_officers_window_clear_leaving      (HubrotaOfficersWindow *self);
/* The last leaving change's toast's Undo; FALSE when there is nothing to undo. */
gboolean    _hubrota_officers_window_undo_leaving       (HubrotaOfficersWindow *self);
/* What the officer list says under the officer at position (of the filtered list). */
char       *_hubrota_officers_window_describe_row       (HubrotaOfficersWindow *self,
                                                         guint                  position);

/* Importing, as if the file had been chosen in the file chooser. */
void        _hubrota_officers_window_import_file      (HubrotaOfficersWindow *self,
                                                       GFile                 *file);
gboolean    _hubrota_officers_window_is_importing     (HubrotaOfficersWindow *self);
/* How far the progress bar got in the last import. */
double      _hubrota_officers_window_get_import_fraction (HubrotaOfficersWindow *self);
/* The text of the dialog listing the bad rows, or NULL when none is open. */
char       *_hubrota_officers_window_get_import_error (HubrotaOfficersWindow *self);
GtkWidget  *_hubrota_officers_window_get_import_error_dialog (HubrotaOfficersWindow *self);
const char *_hubrota_officers_window_get_last_toast   (HubrotaOfficersWindow *self);
/* Opens the Add Shift Pattern (shift TRUE) or Add Time Away dialog, for a screenshot. */
GtkWindow  *_hubrota_officers_window_open_dialog      (HubrotaOfficersWindow *self,
                                                       gboolean               shift);

G_END_DECLS
