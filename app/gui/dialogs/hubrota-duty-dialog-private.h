/* hubrota-duty-dialog-private.h: what the tests use to fill in the Add Shift Pattern dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-duty-dialog.h"
#include "hubrota-form-dialog-private.h"

G_BEGIN_DECLS

/* What the Repeats row offers, in its order. */
typedef enum
{
  HUBROTA_REPEAT_ONCE,
  HUBROTA_REPEAT_DAILY,
  HUBROTA_REPEAT_WEEKDAYS,
  HUBROTA_REPEAT_CHOSEN_DAYS,
} HubrotaRepeat;

/* As typed: the day YYYY-MM-DD, the times HH:MM; weekdays are bits, Monday bit 0. */
void _hubrota_duty_dialog_fill (HubrotaDutyDialog *self,
                                const char        *first_day,
                                const char        *start_time,
                                const char        *end_time,
                                HubrotaRepeat      repeat,
                                guint              weekdays,
                                guint              every_weeks);

G_END_DECLS
