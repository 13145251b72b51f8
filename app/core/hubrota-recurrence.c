/* hubrota-recurrence.c: RRULE checking and expansion, on libical
 *
 * Openings are expanded in local Europe/London wall-clock time with libical's recurrence
 * iterator, so a Saturday 10:00 opening stays at 10:00 on both sides of a clock change;
 * only then is each local time turned into an instant.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRecurrence"

#include "config.h"

#include <libical/ical.h>

#include "hubrota-error.h"
#include "hubrota-london.h"
#include "hubrota-recurrence.h"

static icaltimezone *
london_ical (void)
{
  static icaltimezone *zone;

  if (g_once_init_enter (&zone))
    g_once_init_leave (&zone, icaltimezone_get_builtin_timezone (HUBROTA_TIME_ZONE));
  return zone;
}

static struct icaltimetype
ical_from_local (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (datetime, hubrota_london_tz ());
  struct icaltimetype t = icaltime_null_time ();

  t.year = g_date_time_get_year (local);
  t.month = g_date_time_get_month (local);
  t.day = g_date_time_get_day_of_month (local);
  t.hour = g_date_time_get_hour (local);
  t.minute = g_date_time_get_minute (local);
  t.second = 0;
  t.is_date = 0;
  return icaltime_set_timezone (&t, london_ical ());
}

static GDateTime *
local_from_ical (struct icaltimetype t)
{
  return g_date_time_new (hubrota_london_tz (), t.year, t.month, t.day, t.hour, t.minute, 0);
}

/* Orders local dates (it is not a count of days). */
static int
day_number (struct icaltimetype t)
{
  return (t.year * 13 + t.month) * 32 + t.day;
}

static gboolean
invalid_rrule (GError **error, const char *rrule, const char *why)
{
  g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID,
               "the RRULE ‘%s’ %s", rrule, why);
  return FALSE;
}

static gboolean
has_values (const short *by, int size)
{
  return size > 0 && by[0] != ICAL_RECURRENCE_ARRAY_MAX;
}

static gboolean
parse_rrule (const char *rrule, struct icalrecurrencetype *out, GError **error)
{
  struct icalrecurrencetype recur;

  icalerror_clear_errno ();
  recur = icalrecurrencetype_from_string (rrule);
  if (recur.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      g_free (recur.rscale);
      return invalid_rrule (error, rrule, "is not a recurrence rule libical understands");
    }
  if (recur.rscale != NULL)
    {
      g_free (recur.rscale);
      return invalid_rrule (error, rrule,
                            "uses RSCALE; Hubrota schedules in the Gregorian calendar");
    }
  /* One opening per day at most, at the series' own time of day: that keeps "series and
   * original date" a stable name for every opening. */
  if (recur.freq < ICAL_DAILY_RECURRENCE || recur.freq > ICAL_YEARLY_RECURRENCE)
    return invalid_rrule (error, rrule, "repeats more than once a day; use DAILY or longer");
  if (has_values (recur.by_hour, ICAL_BY_HOUR_SIZE) ||
      has_values (recur.by_minute, ICAL_BY_MINUTE_SIZE) ||
      has_values (recur.by_second, ICAL_BY_SECOND_SIZE))
    return invalid_rrule (error, rrule,
                          "sets BYHOUR, BYMINUTE or BYSECOND; the start time gives the time of day");
  /* A date UNTIL ("until 27 March", as the schedule editor writes it) means up to the end
   * of that local day; libical would take it as 00:00 and drop an opening on the day. */
  if (!icaltime_is_null_time (recur.until) && recur.until.is_date)
    {
      recur.until.is_date = 0;
      recur.until.hour = 23;
      recur.until.minute = 59;
      recur.until.second = 59;
      recur.until = icaltime_set_timezone (&recur.until, london_ical ());
    }
  *out = recur;
  return TRUE;
}

/* The number of days after which a rule repeats itself exactly, or 0: plain daily or weekly
 * rules (an interval, weekdays) with no COUNT, whose every period looks like the first. */
static int
period_days (const struct icalrecurrencetype *recur)
{
  int days;

  if (recur->count != 0 ||
      has_values (recur->by_month_day, ICAL_BY_MONTHDAY_SIZE) ||
      has_values (recur->by_year_day, ICAL_BY_YEARDAY_SIZE) ||
      has_values (recur->by_week_no, ICAL_BY_WEEKNO_SIZE) ||
      has_values (recur->by_month, ICAL_BY_MONTH_SIZE) ||
      has_values (recur->by_set_pos, ICAL_BY_SETPOS_SIZE))
    return 0;
  for (int i = 0; i < ICAL_BY_DAY_SIZE && recur->by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    if (icalrecurrencetype_day_position (recur->by_day[i]) != 0)
      return 0;

  if (recur->freq == ICAL_DAILY_RECURRENCE && !has_values (recur->by_day, ICAL_BY_DAY_SIZE))
    days = 1;
  else if (recur->freq == ICAL_WEEKLY_RECURRENCE)
    days = 7;
  else
    return 0;
  return days * MAX (recur->interval, 1);
}

/* Walking a long-running shift pattern from its first shift to the window is most of the
 * cost of expanding it (libical steps through its calendar one occurrence at a time). A rule
 * that repeats every N days gives the same occurrences from its start moved on by whole
 * periods, as long as the moved start stays before the window, so start there. */
static GDateTime *
skip_ahead (const struct icalrecurrencetype *recur, GDateTime *start, GDateTime *window_start)
{
  int period = period_days (recur);
  GTimeSpan gap = g_date_time_difference (window_start, start);
  gint64 periods;

  if (period == 0 || gap <= 0)
    return g_date_time_ref (start);
  /* A period short of the gap in whole days, so a clock change cannot carry it past. */
  periods = (gap / G_TIME_SPAN_DAY - 1) / period;
  if (periods <= 0)
    return g_date_time_ref (start);
  return g_date_time_add_days (start, (int) (periods * period));
}

static icalrecur_iterator *
new_iterator_from (GDateTime *start, GDateTime *window_start, const char *rrule, GError **error)
{
  struct icalrecurrencetype recur;
  g_autoptr(GDateTime) first = NULL;
  icalrecur_iterator *iter;

  if (!parse_rrule (rrule, &recur, error))
    return NULL;
  first = window_start != NULL ? skip_ahead (&recur, start, window_start) : g_date_time_ref (start);
  iter = icalrecur_iterator_new (recur, ical_from_local (first));
  if (iter == NULL)
    invalid_rrule (error, rrule, "is a combination libical cannot expand");
  icalerror_clear_errno ();
  return iter;
}

static icalrecur_iterator *
new_iterator (GDateTime *start, const char *rrule, GError **error)
{
  return new_iterator_from (start, NULL, rrule, error);
}

gboolean
hubrota_recurrence_validate (GDateTime   *start,
                             const char  *rrule,
                             GError     **error)
{
  icalrecur_iterator *iter;
  struct icaltimetype first;
  struct icaltimetype dtstart;
  gboolean ok = TRUE;

  g_return_val_if_fail (start != NULL, FALSE);

  if (rrule == NULL)
    return TRUE;
  iter = new_iterator (start, rrule, error);
  if (iter == NULL)
    return FALSE;

  /* RFC 5545 counts DTSTART as the first occurrence only when the rule picks it; a start
   * the rule does not pick would be an opening nobody asked for, so refuse it. */
  first = icalrecur_iterator_next (iter);
  dtstart = ical_from_local (start);
  if (icaltime_is_null_time (first))
    ok = invalid_rrule (error, rrule, "ends before the first opening");
  else if (icaltime_compare (first, dtstart) != 0)
    {
      g_autofree char *when = g_date_time_format (start, "%A %-d %B %Y");
      g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID,
                   "the start (%s) is not one of the days the RRULE ‘%s’ picks", when, rrule);
      ok = FALSE;
    }
  icalrecur_iterator_free (iter);
  return ok;
}

static void
add_if_inside (GPtrArray *starts, GDateTime *local, GDateTime *window_start, GDateTime *window_end)
{
  if (g_date_time_compare (local, window_start) >= 0 && g_date_time_compare (local, window_end) < 0)
    g_ptr_array_add (starts, g_date_time_ref (local));
}

GPtrArray *
hubrota_recurrence_expand (GDateTime   *start,
                           const char  *rrule,
                           GDateTime   *window_start,
                           GDateTime   *window_end,
                           GError     **error)
{
  g_autoptr(GPtrArray) starts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  icalrecur_iterator *iter;
  struct icaltimetype next;
  struct icaltimetype begin = ical_from_local (window_start);
  struct icaltimetype end = ical_from_local (window_end);

  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (window_start != NULL && window_end != NULL, NULL);

  if (rrule == NULL)
    {
      add_if_inside (starts, start, window_start, window_end);
      return g_steal_pointer (&starts);
    }

  iter = new_iterator_from (start, window_start, rrule, error);
  if (iter == NULL)
    return NULL;
  for (next = icalrecur_iterator_next (iter);
       !icaltime_is_null_time (next) && icaltime_compare (next, end) < 0;
       next = icalrecur_iterator_next (iter))
    {
      g_autoptr(GDateTime) local = NULL;

      /* A start on a local date before the window's is before the window: skip it on the
       * date alone, before any time-zone work. */
      if (day_number (next) < day_number (begin))
        continue;
      local = local_from_ical (next);
      add_if_inside (starts, local, window_start, window_end);
    }
  icalrecur_iterator_free (iter);
  return g_steal_pointer (&starts);
}

static const char *
weekday_name (enum icalrecurrencetype_weekday day)
{
  static const char *names[] = {
    NULL, "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  };

  return day >= ICAL_SUNDAY_WEEKDAY && day <= ICAL_SATURDAY_WEEKDAY ? names[day] : "?";
}

static const char *
ordinal_name (int position)
{
  static const char *names[] = { "last", NULL, "first", "second", "third", "fourth", "fifth" };

  if (position == -1)
    return names[0];
  return position >= 1 && position <= 5 ? names[position + 1] : NULL;
}

/* "Tuesday and Thursday", "Monday, Wednesday and Friday" */
static char *
join_weekdays (const struct icalrecurrencetype *recur)
{
  GString *text = g_string_new (NULL);
  int n = 0;

  while (n < ICAL_BY_DAY_SIZE && recur->by_day[n] != ICAL_RECURRENCE_ARRAY_MAX)
    n++;
  for (int i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (text, i == n - 1 ? " and " : ", ");
      g_string_append (text, weekday_name (icalrecurrencetype_day_day_of_week (recur->by_day[i])));
    }
  return g_string_free (text, FALSE);
}

static gboolean
only_plain_weekdays (const struct icalrecurrencetype *recur)
{
  for (int i = 0; i < ICAL_BY_DAY_SIZE && recur->by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    if (icalrecurrencetype_day_position (recur->by_day[i]) != 0)
      return FALSE;
  return TRUE;
}

static char *
describe_weekly (const struct icalrecurrencetype *recur, GDateTime *start)
{
  g_autofree char *days = NULL;

  if (!has_values (recur->by_day, ICAL_BY_DAY_SIZE))
    days = g_date_time_format (start, "%A");
  else if (only_plain_weekdays (recur))
    days = join_weekdays (recur);
  else
    return NULL;

  if (recur->interval <= 1)
    return g_strdup_printf ("every %s", days);
  if (recur->interval == 2)
    return g_strdup_printf ("every other %s", days);
  return g_strdup_printf ("every %d weeks on %s", recur->interval, days);
}

/* Monthly on the nth weekday, written either BYDAY=1SA or BYDAY=SA;BYSETPOS=1. */
static char *
describe_monthly (const struct icalrecurrencetype *recur, GDateTime *start)
{
  short day = recur->by_day[0];
  int position;
  const char *ordinal;
  g_autofree char *every = NULL;

  if (!has_values (recur->by_day, ICAL_BY_DAY_SIZE))
    return has_values (recur->by_month_day, ICAL_BY_MONTHDAY_SIZE) || recur->interval > 1
           ? NULL
           : g_strdup_printf ("on day %d of each month", g_date_time_get_day_of_month (start));
  if (recur->by_day[1] != ICAL_RECURRENCE_ARRAY_MAX)
    return NULL;

  position = icalrecurrencetype_day_position (day);
  if (position == 0 && has_values (recur->by_set_pos, ICAL_BY_SETPOS_SIZE) &&
      recur->by_set_pos[1] == ICAL_RECURRENCE_ARRAY_MAX)
    position = recur->by_set_pos[0];
  ordinal = ordinal_name (position);
  if (ordinal == NULL)
    return NULL;

  every = recur->interval <= 1 ? g_strdup ("each month")
                               : g_strdup_printf ("every %d months", recur->interval);
  return g_strdup_printf ("the %s %s of %s", ordinal,
                          weekday_name (icalrecurrencetype_day_day_of_week (day)), every);
}

static gboolean
is_simple (const struct icalrecurrencetype *recur)
{
  return !has_values (recur->by_year_day, ICAL_BY_YEARDAY_SIZE) &&
         !has_values (recur->by_week_no, ICAL_BY_WEEKNO_SIZE) &&
         !has_values (recur->by_month, ICAL_BY_MONTH_SIZE);
}

char *
hubrota_recurrence_describe (GDateTime  *start,
                             const char *rrule)
{
  struct icalrecurrencetype recur;
  g_autofree char *pattern = NULL;

  g_return_val_if_fail (start != NULL, NULL);

  if (rrule == NULL)
    return g_date_time_format (start, "once, on %A %-d %B %Y");
  if (!parse_rrule (rrule, &recur, NULL) || !is_simple (&recur))
    return NULL;

  if (recur.freq == ICAL_DAILY_RECURRENCE && !has_values (recur.by_day, ICAL_BY_DAY_SIZE))
    pattern = recur.interval <= 1 ? g_strdup ("every day")
                                  : g_strdup_printf ("every %d days", recur.interval);
  else if (recur.freq == ICAL_WEEKLY_RECURRENCE)
    pattern = describe_weekly (&recur, start);
  else if (recur.freq == ICAL_MONTHLY_RECURRENCE)
    pattern = describe_monthly (&recur, start);
  if (pattern == NULL)
    return NULL;

  return g_steal_pointer (&pattern);
}

/* " until 27 March 2027", " (10 times)" or "" */
char *
hubrota_recurrence_describe_limit (const char *rrule)
{
  struct icalrecurrencetype recur;
  g_autoptr(GDateTime) until = NULL;
  g_autofree char *date = NULL;

  if (rrule == NULL || !parse_rrule (rrule, &recur, NULL))
    return g_strdup ("");
  if (recur.count > 0)
    return g_strdup_printf (" (%d times)", recur.count);
  if (icaltime_is_null_time (recur.until))
    return g_strdup ("");

  until = g_date_time_new_utc (recur.until.year, recur.until.month, recur.until.day, 0, 0, 0);
  date = g_date_time_format (until, "%-d %B %Y");
  return g_strdup_printf (" until %s", date);
}
