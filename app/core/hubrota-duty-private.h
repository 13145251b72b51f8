/* hubrota-duty-private.h: expanding a roster on a table of local midnights
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-duty.h"
#include "hubrota-interval.h"

G_BEGIN_DECLS

/* starts[i] is 00:00 local on the day first_julian + i (n_starts of them); starts NULL:
 * no table, every time goes through GLib. */
typedef struct
{
  guint32 first_julian;
  const gint64 *starts;
  guint n_starts;
} HubrotaRosterDays;

/* Appends (HubrotaInterval) each shift of the roster starting on a local day from
 * from_julian to to_julian, inclusive. */
void  _hubrota_duty_expand_roster_days (HubrotaDuty             *self,
                                        guint32                  from_julian,
                                        guint32                  to_julian,
                                        const HubrotaRosterDays *days,
                                        GArray                  *out);
/* "07:00+10h", "22:00+9h30m", "07:00+45m": a shift as `duty add --shift` takes it. */
char *_hubrota_duty_format_shift       (int                      start_minute,
                                        int                      duration_minutes);

G_END_DECLS
