/* hubrota-rrule-private.h: the days an RRULE picks, by RFC 5545's own rules
 *
 * libical parses the rule; this expands it. Hubrota repeats an opening at most once a day at
 * the start's time of day, so a rule picks a set of days, and that set is worked out here on
 * plain day numbers, the same on every libical version (3.0.16 repeats a weekday written
 * twice, ignores BYSETPOS in weekly rules, keeps FREQ=YEARLY;BYMONTHDAY in the start's month
 * and ignores a negative BYMONTHDAY in daily rules; 3.0.18's recurrence code is the same).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libical/ical.h>

G_BEGIN_DECLS

/* Days since 1970-01-01 (negative before it). */
typedef gint32 HubrotaDay;

HubrotaDay _hubrota_day_from_civil (int year, int month, int day);
void       _hubrota_day_to_civil   (HubrotaDay day, int *year, int *month, int *day_of_month);

/* A rule made ready to expand from one start day: its parts as sets, with what the rule
 * leaves out (the weekday, the day of the month) taken from the start as RFC 5545 says. */
typedef struct
{
  icalrecurrencetype_frequency freq;
  int interval;
  int count;                 /* 0: no COUNT */
  int week_start;            /* 0 = Sunday … 6 = Saturday */
  HubrotaDay start;
  guint16 months;            /* bit m for month m; 0: any */
  guint32 month_days[2];     /* [0] bit d for day d, [1] bit d for day -d; both 0: any */
  guint8 weekdays;           /* BYDAY without a number, bit 0 = Sunday */
  guint64 nth_weekdays[2][7]; /* BYDAY=2MO: [0][1] bit 2; BYDAY=-1FR: [1][5] bit 1 */
  gboolean by_day;
  guint64 year_days[2][6];   /* bit n of 367: day n, or day -n */
  gboolean by_year_day;
  guint64 week_numbers[2];   /* bit n: week n, or week -n */
  guint64 set_positions[2][6];
  gboolean by_set_position;
} HubrotaRrule;

/* Makes recur ready to expand from start, or says in why (a clause to follow "the RRULE …")
 * why Hubrota cannot: a part RFC 5545 does not allow with this FREQ, a value out of range. */
gboolean _hubrota_rrule_prepare (HubrotaRrule                     *rule,
                                 const struct icalrecurrencetype  *recur,
                                 HubrotaDay                        start,
                                 char                            **why);
/* Whether the start is one of the days the rule picks in its own period. */
gboolean _hubrota_rrule_picks_start (const HubrotaRrule *rule);
/* Appends to days (HubrotaDay) every day the rule picks from first to last, both included,
 * in order; COUNT counts from the start, whatever first is. */
void     _hubrota_rrule_expand      (const HubrotaRrule *rule,
                                     HubrotaDay          first,
                                     HubrotaDay          last,
                                     GArray             *days);

G_END_DECLS
