/* hubrota-rrule.c: the days an RRULE picks, by RFC 5545's own rules
 *
 * A rule's frequency cuts time into periods (a day, a week from WKST, a month, a year); in
 * each period the BY… parts keep the days that match all of them (RFC 5545's "expand" and
 * "limit" come to the same thing when every occurrence is a whole day), BYSETPOS then picks
 * among them, and INTERVAL and COUNT walk the periods. Working on day numbers rather than
 * times keeps clock changes out of it entirely: the caller puts the start's time of day on
 * each day afterwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRecurrence"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hubrota-rrule-private.h"

/* The periods of a rule are numbered: days, weeks, months (year × 12 + month) or years. */
typedef gint64 Period;

/* What day_matches needs to know about one day. */
typedef struct
{
  int year, month, day_of_month, weekday;
  int days_in_month, day_of_year, days_in_year;
  int week, weeks_in_year;            /* only for BYWEEKNO */
} DayFacts;

static gint64
floor_div (gint64 a, gint64 b)
{
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

static int
floor_mod (gint64 a, int b)
{
  return (int) (a - floor_div (a, b) * b);
}

HubrotaDay
_hubrota_day_from_civil (int year, int month, int day)
{
  int y = year - (month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  int year_of_era = y - era * 400;
  int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  return era * 146097 + day_of_era - 719468;
}

void
_hubrota_day_to_civil (HubrotaDay day, int *year, int *month, int *day_of_month)
{
  gint64 z = (gint64) day + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  int day_of_era = (int) (z - era * 146097);
  int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int shifted_month = (5 * day_of_year + 2) / 153;

  *day_of_month = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  *month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  *year = (int) (year_of_era + era * 400) + (*month <= 2);
}

/* 0 = Sunday; 1 January 1970 was a Thursday. */
static int
weekday_of (HubrotaDay day)
{
  return floor_mod ((gint64) day + 4, 7);
}

static gboolean
is_leap (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int
days_in_month (int year, int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  return month == 2 && is_leap (year) ? 29 : days[month - 1];
}

static void
set_bit (guint64 *bits, int n)
{
  bits[n / 64] |= G_GUINT64_CONSTANT (1) << (n % 64);
}

static gboolean
has_bit (const guint64 *bits, int n)
{
  return (bits[n / 64] >> (n % 64)) & 1;
}

/* positive counts from the start of a run of n, negative from its end */
static gboolean
has_signed (const guint64 *from_start, const guint64 *from_end, int index, int n)
{
  return has_bit (from_start, index) || has_bit (from_end, n - index + 1);
}

/* The first day of week 1 of year: the week (from week_start) that holds 4 January. */
static HubrotaDay
first_week_start (int year, int week_start)
{
  HubrotaDay fourth = _hubrota_day_from_civil (year, 1, 4);

  return fourth - floor_mod (weekday_of (fourth) - week_start, 7);
}

static gboolean
refuse (char **why, const char *text)
{
  *why = g_strdup (text);
  return FALSE;
}

static gboolean
read_months (HubrotaRrule *rule, const struct icalrecurrencetype *recur, char **why)
{
  for (int i = 0; i < ICAL_BY_MONTH_SIZE && recur->by_month[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    {
      int month = recur->by_month[i];

      if (month < 1 || month > 12)
        /* Translators: what is wrong with a recurrence rule, put after "the RRULE ‘…’" (see
         * "the RRULE ‘%s’ %s"). BYMONTH, COUNT, WEEKLY and the other capitals are the rule's
         * own words: keep them. */
        return refuse (why, C_("RRULE problem", "has a BYMONTH that is not a month from 1 to 12"));
      rule->months |= 1 << month;
    }
  return TRUE;
}

static gboolean
read_month_days (HubrotaRrule *rule, const struct icalrecurrencetype *recur, char **why)
{
  for (int i = 0; i < ICAL_BY_MONTHDAY_SIZE && recur->by_month_day[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    {
      int day = recur->by_month_day[i];

      if (rule->freq == ICAL_WEEKLY_RECURRENCE)
        return refuse (why, C_("RRULE problem",
                               "sets BYMONTHDAY, which RFC 5545 does not allow in a WEEKLY rule"));
      if (day == 0 || day < -31 || day > 31)
        return refuse (why, C_("RRULE problem",
                               "has a BYMONTHDAY that is not a day from 1 to 31 (or -31 to -1)"));
      rule->month_days[day < 0] |= 1u << ABS (day);
    }
  return TRUE;
}

static gboolean
read_year_days (HubrotaRrule *rule, const struct icalrecurrencetype *recur, char **why)
{
  for (int i = 0; i < ICAL_BY_YEARDAY_SIZE && recur->by_year_day[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    {
      int day = recur->by_year_day[i];

      if (rule->freq != ICAL_YEARLY_RECURRENCE)
        return refuse (why, C_("RRULE problem",
                               "sets BYYEARDAY, which RFC 5545 allows only in a YEARLY rule here"));
      if (day == 0 || day < -366 || day > 366)
        return refuse (why, C_("RRULE problem",
                               "has a BYYEARDAY that is not a day from 1 to 366 (or -366 to -1)"));
      set_bit (rule->year_days[day < 0], ABS (day));
      rule->by_year_day = TRUE;
    }
  return TRUE;
}

static gboolean
read_week_numbers (HubrotaRrule *rule, const struct icalrecurrencetype *recur, char **why)
{
  for (int i = 0; i < ICAL_BY_WEEKNO_SIZE && recur->by_week_no[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    {
      int week = recur->by_week_no[i];

      if (rule->freq != ICAL_YEARLY_RECURRENCE)
        return refuse (why, C_("RRULE problem",
                               "sets BYWEEKNO, which RFC 5545 allows only in a YEARLY rule"));
      if (week == 0 || week < -53 || week > 53)
        return refuse (why, C_("RRULE problem",
                               "has a BYWEEKNO that is not a week from 1 to 53 (or -53 to -1)"));
      set_bit (&rule->week_numbers[week < 0], ABS (week));
    }
  return TRUE;
}

/* The most a numbered weekday can count to: five in a month, 53 in a year. */
static int
largest_position (const HubrotaRrule *rule)
{
  return rule->freq == ICAL_MONTHLY_RECURRENCE || rule->months != 0 ? 5 : 53;
}

static gboolean
read_weekdays (HubrotaRrule *rule, const struct icalrecurrencetype *recur, char **why)
{
  for (int i = 0; i < ICAL_BY_DAY_SIZE && recur->by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    {
      int weekday = icalrecurrencetype_day_day_of_week (recur->by_day[i]) - 1;
      int position = icalrecurrencetype_day_position (recur->by_day[i]);

      if (weekday < 0 || weekday > 6)
        return refuse (why, C_("RRULE problem", "has a BYDAY that is not a day of the week"));
      rule->by_day = TRUE;
      if (position == 0)
        {
          rule->weekdays |= 1 << weekday;
          continue;
        }
      if (rule->freq != ICAL_MONTHLY_RECURRENCE && rule->freq != ICAL_YEARLY_RECURRENCE)
        return refuse (why, C_("RRULE problem",
                               "numbers a weekday (as in BYDAY=1MO), which RFC 5545 allows only "
                               "in MONTHLY and YEARLY rules"));
      if (rule->week_numbers[0] != 0 || rule->week_numbers[1] != 0)
        return refuse (why, C_("RRULE problem",
                               "numbers a weekday together with BYWEEKNO, which RFC 5545 does not allow"));
      if (ABS (position) > largest_position (rule))
        return refuse (why, rule->freq == ICAL_MONTHLY_RECURRENCE || rule->months != 0
                            ? C_("RRULE problem",
                                 "numbers a weekday past the fifth, and no month has six")
                            : C_("RRULE problem",
                                 "numbers a weekday past the 53rd, and no year has that many"));
      rule->nth_weekdays[position < 0][weekday] |= G_GUINT64_CONSTANT (1) << ABS (position);
    }
  return TRUE;
}

static gboolean
read_set_positions (HubrotaRrule *rule, const struct icalrecurrencetype *recur, char **why)
{
  for (int i = 0; i < ICAL_BY_SETPOS_SIZE && recur->by_set_pos[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    {
      int position = recur->by_set_pos[i];

      if (position == 0 || position < -366 || position > 366)
        return refuse (why, C_("RRULE problem",
                               "has a BYSETPOS that is not from 1 to 366 (or -366 to -1)"));
      set_bit (rule->set_positions[position < 0], ABS (position));
      rule->by_set_position = TRUE;
    }
  if (rule->by_set_position && rule->months == 0 && !rule->by_day && !rule->by_year_day &&
      rule->month_days[0] == 0 && rule->month_days[1] == 0 &&
      rule->week_numbers[0] == 0 && rule->week_numbers[1] == 0)
    return refuse (why, C_("RRULE problem",
                           "sets BYSETPOS without another BY… part for it to choose among"));
  return TRUE;
}

/* What a rule leaves out comes from its start (RFC 5545 section 3.3.10): FREQ=WEEKLY repeats
 * the start's weekday, FREQ=MONTHLY its day of the month, FREQ=YEARLY its month and day. */
static void
fill_from_start (HubrotaRrule *rule)
{
  int year, month, day;
  gboolean no_day = !rule->by_day && rule->month_days[0] == 0 && rule->month_days[1] == 0;

  _hubrota_day_to_civil (rule->start, &year, &month, &day);
  if (rule->freq == ICAL_WEEKLY_RECURRENCE && !rule->by_day)
    {
      rule->weekdays = 1 << weekday_of (rule->start);
      rule->by_day = TRUE;
    }
  else if (rule->freq == ICAL_MONTHLY_RECURRENCE && no_day)
    rule->month_days[0] = 1u << day;
  else if (rule->freq == ICAL_YEARLY_RECURRENCE && no_day && !rule->by_year_day &&
           rule->week_numbers[0] == 0 && rule->week_numbers[1] == 0)
    {
      rule->month_days[0] = 1u << day;
      if (rule->months == 0)
        rule->months = 1 << month;
    }
}

gboolean
_hubrota_rrule_prepare (HubrotaRrule                    *rule,
                        const struct icalrecurrencetype *recur,
                        HubrotaDay                       start,
                        char                           **why)
{
  memset (rule, 0, sizeof *rule);
  rule->freq = recur->freq;
  rule->interval = recur->interval;
  rule->count = recur->count;
  rule->week_start = recur->week_start == ICAL_NO_WEEKDAY ? 1 : (int) recur->week_start - 1;
  rule->start = start;

  if (rule->interval < 1)
    return refuse (why, C_("RRULE problem", "has an INTERVAL below 1"));
  if (rule->count < 0)
    return refuse (why, C_("RRULE problem", "has a COUNT below 1"));
  if (!read_months (rule, recur, why) || !read_month_days (rule, recur, why) ||
      !read_year_days (rule, recur, why) || !read_week_numbers (rule, recur, why) ||
      !read_weekdays (rule, recur, why) || !read_set_positions (rule, recur, why))
    return FALSE;
  if ((rule->week_numbers[0] != 0 || rule->week_numbers[1] != 0) && !rule->by_day)
    return refuse (why, C_("RRULE problem",
                           "sets BYWEEKNO without BYDAY to say which days of the week"));
  fill_from_start (rule);
  return TRUE;
}

static gboolean
by_week_number (const HubrotaRrule *rule)
{
  return rule->week_numbers[0] != 0 || rule->week_numbers[1] != 0;
}

/* A year's period runs over its numbered weeks when the rule picks weeks by number. */
static int
week_year_of (const HubrotaRrule *rule, HubrotaDay day)
{
  HubrotaDay week_start = day - floor_mod (weekday_of (day) - rule->week_start, 7);
  int year, month, day_of_month;

  _hubrota_day_to_civil (week_start + 3, &year, &month, &day_of_month);
  return year;
}

static Period
period_of (const HubrotaRrule *rule, HubrotaDay day)
{
  int year, month, day_of_month;

  switch (rule->freq)
    {
    case ICAL_DAILY_RECURRENCE:
      return day;
    case ICAL_WEEKLY_RECURRENCE:
      /* 4 January 1970 was a Sunday: weeks from week_start begin on day 3 + week_start. */
      return floor_div ((gint64) day - 3 - rule->week_start, 7);
    case ICAL_MONTHLY_RECURRENCE:
      _hubrota_day_to_civil (day, &year, &month, &day_of_month);
      return (gint64) year * 12 + month - 1;
    default:
      if (by_week_number (rule))
        return week_year_of (rule, day);
      _hubrota_day_to_civil (day, &year, &month, &day_of_month);
      return year;
    }
}

/* The rough first day of a period, to stop before working out periods far beyond any date. */
static gint64
rough_first_day (const HubrotaRrule *rule, Period period)
{
  switch (rule->freq)
    {
    case ICAL_DAILY_RECURRENCE:
      return period;
    case ICAL_WEEKLY_RECURRENCE:
      return period * 7;
    case ICAL_MONTHLY_RECURRENCE:
      return (period / 12 - 1970) * 365;
    default:
      return (period - 1970) * 365;
    }
}

static void
period_days (const HubrotaRrule *rule, Period period, HubrotaDay *first, HubrotaDay *last)
{
  int year = (int) floor_div (period, 12), month = floor_mod (period, 12) + 1;

  switch (rule->freq)
    {
    case ICAL_DAILY_RECURRENCE:
      *first = *last = (HubrotaDay) period;
      break;
    case ICAL_WEEKLY_RECURRENCE:
      *first = (HubrotaDay) (period * 7 + 3 + rule->week_start);
      *last = *first + 6;
      break;
    case ICAL_MONTHLY_RECURRENCE:
      *first = _hubrota_day_from_civil (year, month, 1);
      *last = *first + days_in_month (year, month) - 1;
      break;
    default:
      if (by_week_number (rule))
        {
          *first = first_week_start ((int) period, rule->week_start);
          *last = first_week_start ((int) period + 1, rule->week_start) - 1;
        }
      else
        {
          *first = _hubrota_day_from_civil ((int) period, 1, 1);
          *last = _hubrota_day_from_civil ((int) period, 12, 31);
        }
    }
}

static void
learn_day (DayFacts *facts, HubrotaDay day, HubrotaDay period_first, HubrotaDay period_last,
           const HubrotaRrule *rule)
{
  _hubrota_day_to_civil (day, &facts->year, &facts->month, &facts->day_of_month);
  facts->weekday = weekday_of (day);
  facts->days_in_month = days_in_month (facts->year, facts->month);
  facts->day_of_year = day - _hubrota_day_from_civil (facts->year, 1, 1) + 1;
  facts->days_in_year = is_leap (facts->year) ? 366 : 365;
  if (by_week_number (rule))
    {
      facts->week = (day - period_first) / 7 + 1;
      facts->weeks_in_year = (period_last - period_first + 1) / 7;
    }
}

/* BYDAY: a plain weekday, or the nth of its kind in the month (MONTHLY, or YEARLY with
 * BYMONTH) or in the year. */
static gboolean
weekday_matches (const HubrotaRrule *rule, const DayFacts *facts)
{
  gboolean in_month = rule->freq == ICAL_MONTHLY_RECURRENCE || rule->months != 0;
  int index = in_month ? facts->day_of_month : facts->day_of_year;
  int length = in_month ? facts->days_in_month : facts->days_in_year;
  guint64 from_start = rule->nth_weekdays[0][facts->weekday];
  guint64 from_end = rule->nth_weekdays[1][facts->weekday];

  if (rule->weekdays & (1 << facts->weekday))
    return TRUE;
  return ((from_start >> ((index - 1) / 7 + 1)) & 1) ||
         ((from_end >> ((length - index) / 7 + 1)) & 1);
}

static gboolean
day_matches (const HubrotaRrule *rule, const DayFacts *facts)
{
  if (rule->months != 0 && !(rule->months & (1 << facts->month)))
    return FALSE;
  if (by_week_number (rule) &&
      !has_signed (&rule->week_numbers[0], &rule->week_numbers[1], facts->week,
                   facts->weeks_in_year))
    return FALSE;
  if (rule->by_year_day &&
      !has_signed (rule->year_days[0], rule->year_days[1], facts->day_of_year,
                   facts->days_in_year))
    return FALSE;
  if ((rule->month_days[0] != 0 || rule->month_days[1] != 0) &&
      !((rule->month_days[0] >> facts->day_of_month) & 1) &&
      !((rule->month_days[1] >> (facts->days_in_month - facts->day_of_month + 1)) & 1))
    return FALSE;
  return !rule->by_day || weekday_matches (rule, facts);
}

static void
keep_set_positions (const HubrotaRrule *rule, GArray *picked)
{
  guint n = picked->len, kept = 0;

  for (guint i = 0; i < n; i++)
    if (has_signed (rule->set_positions[0], rule->set_positions[1], (int) i + 1, (int) n))
      g_array_index (picked, HubrotaDay, kept++) = g_array_index (picked, HubrotaDay, i);
  g_array_set_size (picked, kept);
}

/* Every day the rule picks in one period, in order (before the start or not); returns the
 * period's first day. */
static HubrotaDay
pick_in_period (const HubrotaRrule *rule, Period period, GArray *picked)
{
  HubrotaDay first, last;

  g_array_set_size (picked, 0);
  period_days (rule, period, &first, &last);
  for (HubrotaDay day = first; day <= last; day++)
    {
      DayFacts facts;

      learn_day (&facts, day, first, last, rule);
      if (day_matches (rule, &facts))
        g_array_append_val (picked, day);
    }
  if (rule->by_set_position)
    keep_set_positions (rule, picked);
  return first;
}

gboolean
_hubrota_rrule_picks_start (const HubrotaRrule *rule)
{
  g_autoptr(GArray) picked = g_array_new (FALSE, FALSE, sizeof (HubrotaDay));

  pick_in_period (rule, period_of (rule, rule->start), picked);
  for (guint i = 0; i < picked->len; i++)
    if (g_array_index (picked, HubrotaDay, i) == rule->start)
      return TRUE;
  return FALSE;
}

void
_hubrota_rrule_expand (const HubrotaRrule *rule,
                       HubrotaDay          first,
                       HubrotaDay          last,
                       GArray             *days)
{
  g_autoptr(GArray) picked = g_array_new (FALSE, FALSE, sizeof (HubrotaDay));
  Period start_period = period_of (rule, rule->start);
  gint64 step = 0;
  int counted = 0;

  /* Without COUNT nothing before the window matters: start in the period that holds its
   * first day, or the one before it that the INTERVAL lands on. */
  if (rule->count == 0 && first > rule->start)
    step = MAX (0, floor_div (period_of (rule, first) - start_period, rule->interval));

  for (;; step++)
    {
      Period period = start_period + step * rule->interval;

      if (rough_first_day (rule, period) > (gint64) last + 400 ||
          pick_in_period (rule, period, picked) > last)
        return;
      for (guint i = 0; i < picked->len; i++)
        {
          HubrotaDay day = g_array_index (picked, HubrotaDay, i);

          if (day < rule->start)
            continue;
          if ((rule->count > 0 && counted == rule->count) || day > last)
            return;
          counted++;
          if (day >= first)
            g_array_append_val (days, day);
        }
    }
}
