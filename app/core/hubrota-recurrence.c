/* hubrota-recurrence.c: RRULE checking and expansion
 *
 * libical reads the rule; hubrota-rrule.c works out the days it picks, and only then is
 * each day's local time turned into an instant, so a Saturday 10:00 opening stays at 10:00
 * on both sides of a clock change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRecurrence"

#include "config.h"

#include <string.h>

#include <libical/ical.h>

#include "hubrota-error.h"
#include "hubrota-london.h"
#include "hubrota-recurrence.h"
#include "hubrota-rrule-private.h"

/* When a rule stops: UNTIL as a date (to the end of that local day), a local time, or an
 * instant (a UTC time, as RFC 5545 wants with a time zone). */
typedef struct
{
  enum { UNTIL_NONE, UNTIL_DAY, UNTIL_LOCAL, UNTIL_INSTANT } kind;
  HubrotaDay day;
  int second_of_day;
  gint64 instant;
} Until;

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

  /* libical refuses this too, but says only that it cannot read the rule. */
  if (strstr (rrule, "COUNT=") != NULL && strstr (rrule, "UNTIL=") != NULL)
    return invalid_rrule (error, rrule, "sets both COUNT and UNTIL, which RFC 5545 does not allow");
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
  *out = recur;
  return TRUE;
}

static HubrotaDay
local_day (GDateTime *datetime, int *second_of_day)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (datetime, hubrota_london_tz ());

  if (second_of_day != NULL)
    *second_of_day = g_date_time_get_hour (local) * 3600 + g_date_time_get_minute (local) * 60;
  return _hubrota_day_from_civil (g_date_time_get_year (local), g_date_time_get_month (local),
                                  g_date_time_get_day_of_month (local));
}

static Until
read_until (const struct icalrecurrencetype *recur)
{
  struct icaltimetype t = recur->until;
  Until until = { UNTIL_NONE, 0, 0, 0 };

  if (icaltime_is_null_time (t))
    return until;
  until.day = _hubrota_day_from_civil (t.year, t.month, t.day);
  until.second_of_day = t.hour * 3600 + t.minute * 60 + t.second;
  until.instant = (gint64) until.day * 86400 + until.second_of_day;
  until.kind = t.is_date ? UNTIL_DAY : icaltime_is_utc (t) ? UNTIL_INSTANT : UNTIL_LOCAL;
  return until;
}

/* Whether an occurrence on day, starting at start (its instant) and second_of_day (its local
 * time), is not after UNTIL. */
static gboolean
before_until (const Until *until, HubrotaDay day, int second_of_day, GDateTime *start)
{
  switch (until->kind)
    {
    case UNTIL_DAY:
      return day <= until->day;
    case UNTIL_LOCAL:
      return day < until->day || (day == until->day && second_of_day <= until->second_of_day);
    case UNTIL_INSTANT:
      return g_date_time_to_unix (start) <= until->instant;
    default:
      return TRUE;
    }
}

/* Reads rrule and makes it ready to expand from start. */
static gboolean
prepare (const char *rrule, GDateTime *start, HubrotaRrule *rule, Until *until, GError **error)
{
  struct icalrecurrencetype recur;
  g_autofree char *why = NULL;

  if (!parse_rrule (rrule, &recur, error))
    return FALSE;
  if (!_hubrota_rrule_prepare (rule, &recur, local_day (start, NULL), &why))
    return invalid_rrule (error, rrule, why);
  *until = read_until (&recur);
  return TRUE;
}

gboolean
hubrota_recurrence_validate (GDateTime   *start,
                             const char  *rrule,
                             GError     **error)
{
  HubrotaRrule rule;
  Until until;
  int second_of_day;

  g_return_val_if_fail (start != NULL, FALSE);

  if (rrule == NULL)
    return TRUE;
  if (!prepare (rrule, start, &rule, &until, error))
    return FALSE;

  local_day (start, &second_of_day);
  if (!before_until (&until, rule.start, second_of_day, start))
    return invalid_rrule (error, rrule, "ends before the first opening");
  /* RFC 5545 counts DTSTART as the first occurrence only when the rule picks it; a start
   * the rule does not pick would be an opening nobody asked for, so refuse it. */
  if (!_hubrota_rrule_picks_start (&rule))
    {
      g_autofree char *when = g_date_time_format (start, "%A %-d %B %Y");
      g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID,
                   "the start (%s) is not one of the days the RRULE ‘%s’ picks", when, rrule);
      return FALSE;
    }
  return TRUE;
}

static void
add_if_inside (GPtrArray *starts, GDateTime *local, GDateTime *window_start, GDateTime *window_end)
{
  if (g_date_time_compare (local, window_start) >= 0 && g_date_time_compare (local, window_end) < 0)
    g_ptr_array_add (starts, g_date_time_ref (local));
}

/* The opening on day at the start's time of day; on the start's own day, the start itself.
 * A start that is the second of the autumn's two 01:30s makes every repeated 01:30 the
 * second. */
static GDateTime *
occurrence_on (HubrotaDay day, const HubrotaRrule *rule, int second_of_day, GDateTime *start)
{
  int year, month, day_of_month;

  if (day == rule->start)
    return g_date_time_ref (start);
  _hubrota_day_to_civil (day, &year, &month, &day_of_month);
  return hubrota_london_new_local (year, month, day_of_month, second_of_day / 3600,
                                   second_of_day / 60 % 60, hubrota_london_is_repeat (start));
}

GPtrArray *
hubrota_recurrence_expand (GDateTime   *start,
                           const char  *rrule,
                           GDateTime   *window_start,
                           GDateTime   *window_end,
                           GError     **error)
{
  g_autoptr(GPtrArray) starts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GArray) days = NULL;
  HubrotaRrule rule;
  Until until;
  int second_of_day;

  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (window_start != NULL && window_end != NULL, NULL);

  if (rrule == NULL)
    {
      add_if_inside (starts, start, window_start, window_end);
      return g_steal_pointer (&starts);
    }
  if (!prepare (rrule, start, &rule, &until, error))
    return NULL;

  /* A day either side of the window's local days: the instants decide. */
  local_day (start, &second_of_day);
  days = g_array_new (FALSE, FALSE, sizeof (HubrotaDay));
  _hubrota_rrule_expand (&rule, local_day (window_start, NULL) - 1,
                         local_day (window_end, NULL) + 1, days);
  for (guint i = 0; i < days->len; i++)
    {
      HubrotaDay day = g_array_index (days, HubrotaDay, i);
      g_autoptr(GDateTime) local = occurrence_on (day, &rule, second_of_day, start);

      if (!before_until (&until, day, second_of_day, local))
        break;
      add_if_inside (starts, local, window_start, window_end);
    }
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
