/* hubrota-month-calendar-private.h: what the tests read of the month on show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-month-calendar.h"

G_BEGIN_DECLS

/* The grid has six rows of seven days, column 0 a Monday. */
#define HUBROTA_MONTH_CALENDAR_ROWS 6

/* The button of the day in row, column (from 0), and that day. */
GtkWidget  *_hubrota_month_calendar_get_cell    (HubrotaMonthCalendar *self,
                                                 guint                 row,
                                                 guint                 column,
                                                 GDate                *out_day);
/* What a screen reader says for it: "Monday 30 November 2026". */
char       *_hubrota_month_calendar_describe    (HubrotaMonthCalendar *self,
                                                 guint                 row,
                                                 guint                 column);
/* The heading of a column ("Mon") and of the month ("December 2026"). */
const char *_hubrota_month_calendar_get_weekday (HubrotaMonthCalendar *self,
                                                 guint                 column);
const char *_hubrota_month_calendar_get_title   (HubrotaMonthCalendar *self);

G_END_DECLS
