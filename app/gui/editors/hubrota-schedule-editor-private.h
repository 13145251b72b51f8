/* hubrota-schedule-editor-private.h: what the GUI tests may do inside a schedule editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-schedule-editor.h"

G_BEGIN_DECLS

/* The action Escape activates: "schedule.back", from the form to the list, and from the
 * list out of the window. */

/* Pins "today", from which the preview counts the next openings. */
void         _hubrota_schedule_editor_set_today        (HubrotaScheduleEditor *self,
                                                        const GDate           *today);
/* "list" (the hub's series) or "form" (one series) */
const char  *_hubrota_schedule_editor_get_page         (HubrotaScheduleEditor *self);
guint        _hubrota_schedule_editor_count_series     (HubrotaScheduleEditor *self);
/* The index-th series row: its title (the series in words) and subtitle (its staffing). */
const char  *_hubrota_schedule_editor_get_series_title (HubrotaScheduleEditor *self,
                                                        guint                  index);
const char  *_hubrota_schedule_editor_get_series_subtitle (HubrotaScheduleEditor *self,
                                                           guint                  index);
/* As activating the series' row, or pressing Add Opening Time. */
void         _hubrota_schedule_editor_edit_series      (HubrotaScheduleEditor *self,
                                                        gint64                 series_id);
void         _hubrota_schedule_editor_add              (HubrotaScheduleEditor *self);

/* Filling the form through its widgets. */
void         _hubrota_schedule_editor_set_first_date   (HubrotaScheduleEditor *self,
                                                        const GDate           *date);
void         _hubrota_schedule_editor_set_times        (HubrotaScheduleEditor *self,
                                                        int                    opens_minutes,
                                                        int                    closes_minutes);
/* Repeats, days, ordinal and end, as the pattern has them. */
void         _hubrota_schedule_editor_set_pattern      (HubrotaScheduleEditor *self,
                                                        const HubrotaPattern  *pattern);
void         _hubrota_schedule_editor_set_min_officers (HubrotaScheduleEditor *self,
                                                        int                    min_officers);

/* Whether the form shows a rule beyond its own terms (read-only). */
gboolean     _hubrota_schedule_editor_is_raw           (HubrotaScheduleEditor *self);
/* Why Save is off, as the form says it, or NULL. */
const char  *_hubrota_schedule_editor_get_problem      (HubrotaScheduleEditor *self);
/* The store's refusal of the last Save or Remove, or NULL. */
const char  *_hubrota_schedule_editor_get_error        (HubrotaScheduleEditor *self);
/* The preview's rows, "Sat 5 Dec 2026, 10:00–13:00", NULL-terminated. */
GStrv        _hubrota_schedule_editor_get_preview      (HubrotaScheduleEditor *self);
gboolean     _hubrota_schedule_editor_can_save         (HubrotaScheduleEditor *self);
/* Presses Save; TRUE when the store took the change (the editor is back on its list). */
gboolean     _hubrota_schedule_editor_save             (HubrotaScheduleEditor *self);
/* Presses Remove Opening Time: the AdwMessageDialog asking to confirm. */
GtkWidget   *_hubrota_schedule_editor_remove           (HubrotaScheduleEditor *self);

G_END_DECLS
