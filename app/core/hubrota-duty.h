/* hubrota-duty.h: when an officer is at work, a single shift, a repeating shift pattern
 * (an RRULE) or a rotating roster (a cycle of days, each a shift or rest)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_DUTY (hubrota_duty_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaDuty, hubrota_duty, HUBROTA, DUTY, GObject)

/* start is a local time in Europe/London; rrule NULL means a single shift. */
HubrotaDuty *hubrota_duty_new                  (const char  *officer,
                                                GDateTime   *start,
                                                int          duration_minutes,
                                                const char  *rrule);
gint64       hubrota_duty_get_id               (HubrotaDuty *self);
void         hubrota_duty_set_id               (HubrotaDuty *self,
                                                gint64       id);
const char  *hubrota_duty_get_officer          (HubrotaDuty *self);
GDateTime   *hubrota_duty_get_start            (HubrotaDuty *self);
int          hubrota_duty_get_duration_minutes (HubrotaDuty *self);
const char  *hubrota_duty_get_rrule            (HubrotaDuty *self);

/* A rotating roster: a cycle of cycle_days days (1 to HUBROTA_ROSTER_MAX_DAYS) whose day 0
 * is first_day, repeating for ever, each day a shift or rest (every day rests until set).
 * A shift is a local start and a length, and is kept by the wall clock: a 22:00 night of
 * 10 h ends at 08:00 local on every night, so on the nights the clocks change it is 9 h
 * (March) or 11 h (October) long. A start or end in the spring-forward gap is moved to the
 * first minute after it, as GLib moves every stored local time Hubrota expands (an RRULE's
 * too): 01:30 on 28 March 2027 is 02:00 BST; one in the autumn's repeated hour is the second
 * (GMT) one, as GLib takes it.
 * For a roster, get_start is 00:00 on first_day, get_duration_minutes 0 and get_rrule NULL. */
#define HUBROTA_ROSTER_MAX_DAYS 70

HubrotaDuty *hubrota_duty_new_roster           (const char  *officer,
                                                const GDate *first_day,
                                                guint        cycle_days);
/* start_minute 0 to 1439 after local midnight; duration_minutes 1 to 1440, or 0 for rest. */
void         hubrota_duty_set_roster_shift     (HubrotaDuty *self,
                                                guint        day,
                                                int          start_minute,
                                                int          duration_minutes);
gboolean     hubrota_duty_is_roster            (HubrotaDuty *self);
/* 0 when the duty is not a roster. */
guint        hubrota_duty_get_cycle_days       (HubrotaDuty *self);
/* The cycle's day 0, or NULL when the duty is not a roster. */
const GDate *hubrota_duty_get_first_day        (HubrotaDuty *self);
/* FALSE for a rest day (the outs are then 0). */
gboolean     hubrota_duty_get_roster_shift     (HubrotaDuty *self,
                                                guint        day,
                                                int         *out_start_minute,
                                                int         *out_duration_minutes);
/* Appends to out (HubrotaInterval, Unix seconds) every shift of the roster that starts on a
 * local day from from to to, inclusive, in order. */
void         hubrota_duty_expand_roster        (HubrotaDuty *self,
                                                const GDate *from,
                                                const GDate *to,
                                                GArray      *out);
/* "10-day cycle from Mon 7 Dec 2026: 07:00+10h 07:00+10h 14:00+10h … R R", as `duty list`
 * says it. */
char        *hubrota_duty_describe_roster      (HubrotaDuty *self);

G_END_DECLS
