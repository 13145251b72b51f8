/* hubrota-month-calendar.h: a month of days, Monday to Sunday, to pick one from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_MONTH_CALENDAR (hubrota_month_calendar_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaMonthCalendar, hubrota_month_calendar, HUBROTA, MONTH_CALENDAR,
                      GtkWidget)

/* In place of GtkCalendar, with the same calls and signal: select_day, get_date and
 * "day-selected" (no arguments). Its weeks always run Monday to Sunday, as Hubrota's do,
 * whatever the locale says. "day-selected" is emitted once when a person picks a day (a
 * click, or Enter or Space on the selected one); moving with the arrow keys, Page Up, Page
 * Down or the month buttons, and select_day, only change the selected day. */
GtkWidget *hubrota_month_calendar_new        (void);
/* Shows date's month with its day selected; only the day counts, in date's own time zone. */
void       hubrota_month_calendar_select_day (HubrotaMonthCalendar *self,
                                              GDateTime            *date);
/* The selected day at 00:00 in London. */
GDateTime *hubrota_month_calendar_get_date   (HubrotaMonthCalendar *self);
/* The same as a GDate, without the round trip through a GDateTime. */
void       hubrota_month_calendar_get_day    (HubrotaMonthCalendar *self,
                                              GDate                *out_day);
void       hubrota_month_calendar_set_day    (HubrotaMonthCalendar *self,
                                              const GDate          *day);

G_END_DECLS
