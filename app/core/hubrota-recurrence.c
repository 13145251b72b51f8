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

#include <glib/gi18n-lib.h>
#include <string.h>

#include <libical/ical.h>

#include "hubrota-error-private.h"
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

/* why is what _hubrota_rrule_prepare () says of the rule: a clause to follow "the RRULE …"
 * (hubrota-rrule-private.h), already translated. */
static gboolean
invalid_rrule (GError **error, const char *rrule, const char *why)
{
  g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID,
               /* Translators: %s is a recurrence rule as typed ("FREQ=WEEKLY;BYMONTH=13"),
                * then what is wrong with it, one of the messages with the context "RRULE
                * problem": "the RRULE ‘FREQ=WEEKLY;BYMONTH=13’ has a BYMONTH that is not a
                * month from 1 to 12". */
               _("the RRULE ‘%s’ %s"), rrule, why);
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
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           /* Translators: %s is a recurrence rule as typed; COUNT, UNTIL and
                            * the other capitals are its parts' names: keep them. */
                           _("the RRULE ‘%s’ sets both COUNT and UNTIL, which RFC 5545 does not "
                             "allow"), rrule);
  icalerror_clear_errno ();
  recur = icalrecurrencetype_from_string (rrule);
  if (recur.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      g_free (recur.rscale);
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             /* Translators: %s is a recurrence rule as typed; libical is the
                              * library that reads it. */
                             _("the RRULE ‘%s’ is not a recurrence rule libical understands"),
                             rrule);
    }
  if (recur.rscale != NULL)
    {
      g_free (recur.rscale);
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             _("the RRULE ‘%s’ uses RSCALE; Hubrota schedules in the Gregorian "
                               "calendar"), rrule);
    }
  /* One opening per day at most, at the series' own time of day: that keeps "series and
   * original date" a stable name for every opening. */
  if (recur.freq < ICAL_DAILY_RECURRENCE || recur.freq > ICAL_YEARLY_RECURRENCE)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           /* Translators: DAILY is a frequency as the rule writes it: keep it. */
                           _("the RRULE ‘%s’ repeats more than once a day; use DAILY or longer"),
                           rrule);
  if (has_values (recur.by_hour, ICAL_BY_HOUR_SIZE) ||
      has_values (recur.by_minute, ICAL_BY_MINUTE_SIZE) ||
      has_values (recur.by_second, ICAL_BY_SECOND_SIZE))
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("the RRULE ‘%s’ sets BYHOUR, BYMINUTE or BYSECOND; the start time "
                             "gives the time of day"), rrule);
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
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("the RRULE ‘%s’ ends before the first opening"), rrule);
  /* RFC 5545 counts DTSTART as the first occurrence only when the rule picks it; a start
   * the rule does not pick would be an opening nobody asked for, so refuse it. */
  if (!_hubrota_rrule_picks_start (&rule))
    {
      /* Translators: a layout for g_date_time_format (): "Saturday 5 December 2026". %A is the
       * weekday, %-d the day of the month, %B the month's name (as it reads after a day
       * number) and %Y the year. */
      g_autofree char *when = g_date_time_format (start, _("%A %-d %B %Y"));
      g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID,
                   /* Translators: a day ("Saturday 5 December 2026"), then a recurrence rule
                    * as typed. */
                   _("the start (%s) is not one of the days the RRULE ‘%s’ picks"), when, rrule);
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

/* libical numbers weekdays from Sunday (1) to Saturday (7); GLib from Monday (1) to Sunday
 * (7). */
static int
ical_weekday_of (GDateTime *time)
{
  return g_date_time_get_day_of_week (time) % 7 + 1;
}

/* Each weekday has phrases of its own: in many languages "every" and "other" take the
 * weekday's gender or case, so none is put together from a weekday's name. */
static char *
every_weekday (int day)
{
  switch (day)
    {
    case ICAL_SUNDAY_WEEKDAY: return g_strdup (_("every Sunday"));
    case ICAL_MONDAY_WEEKDAY: return g_strdup (_("every Monday"));
    case ICAL_TUESDAY_WEEKDAY: return g_strdup (_("every Tuesday"));
    case ICAL_WEDNESDAY_WEEKDAY: return g_strdup (_("every Wednesday"));
    case ICAL_THURSDAY_WEEKDAY: return g_strdup (_("every Thursday"));
    case ICAL_FRIDAY_WEEKDAY: return g_strdup (_("every Friday"));
    case ICAL_SATURDAY_WEEKDAY: return g_strdup (_("every Saturday"));
    default: return NULL;
    }
}

static char *
every_other_weekday (int day)
{
  switch (day)
    {
    /* Translators: every second Sunday, one week on and one week off. */
    case ICAL_SUNDAY_WEEKDAY: return g_strdup (_("every other Sunday"));
    case ICAL_MONDAY_WEEKDAY: return g_strdup (_("every other Monday"));
    case ICAL_TUESDAY_WEEKDAY: return g_strdup (_("every other Tuesday"));
    case ICAL_WEDNESDAY_WEEKDAY: return g_strdup (_("every other Wednesday"));
    case ICAL_THURSDAY_WEEKDAY: return g_strdup (_("every other Thursday"));
    case ICAL_FRIDAY_WEEKDAY: return g_strdup (_("every other Friday"));
    case ICAL_SATURDAY_WEEKDAY: return g_strdup (_("every other Saturday"));
    default: return NULL;
    }
}

/* weeks is 3 or more. */
static char *
every_weeks_on_weekday (int day, int weeks)
{
  switch (day)
    {
    case ICAL_SUNDAY_WEEKDAY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %d is how many weeks apart the
                                            * openings are, 3 or more. */
                                           "every %d week on Sunday", "every %d weeks on Sunday",
                                           weeks), weeks);
    case ICAL_MONDAY_WEEKDAY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "every %d week on Monday", "every %d weeks on Monday",
                                           weeks), weeks);
    case ICAL_TUESDAY_WEEKDAY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "every %d week on Tuesday", "every %d weeks on Tuesday",
                                           weeks), weeks);
    case ICAL_WEDNESDAY_WEEKDAY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "every %d week on Wednesday", "every %d weeks on Wednesday",
                                           weeks), weeks);
    case ICAL_THURSDAY_WEEKDAY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "every %d week on Thursday", "every %d weeks on Thursday",
                                           weeks), weeks);
    case ICAL_FRIDAY_WEEKDAY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "every %d week on Friday", "every %d weeks on Friday",
                                           weeks), weeks);
    case ICAL_SATURDAY_WEEKDAY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "every %d week on Saturday", "every %d weeks on Saturday",
                                           weeks), weeks);
    default:
      return NULL;
    }
}

/* A weekday's name in a list of two or more after "every" ("every Tuesday and Thursday"). */
static const char *
weekday_in_list (int day)
{
  static const char *names[] = {
    NULL,
    /* Translators: a weekday in a list of two or more, as in "every Sunday and Wednesday";
     * use the form the list takes after "every" in your language (it may be the plural). */
    NC_("weekday in a list after every", "Sunday"),
    NC_("weekday in a list after every", "Monday"),
    NC_("weekday in a list after every", "Tuesday"),
    NC_("weekday in a list after every", "Wednesday"),
    NC_("weekday in a list after every", "Thursday"),
    NC_("weekday in a list after every", "Friday"),
    NC_("weekday in a list after every", "Saturday"),
  };

  if (day < ICAL_SUNDAY_WEEKDAY || day > ICAL_SATURDAY_WEEKDAY)
    return "?";
  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday in a list after every", names[day]);
}

/* "Tuesday and Thursday", "Monday, Wednesday and Friday": two or more. */
static char *
join_weekdays (const struct icalrecurrencetype *recur, int n)
{
  char *text = NULL;

  for (int i = 0; i < n; i++)
    {
      const char *name = weekday_in_list (icalrecurrencetype_day_day_of_week (recur->by_day[i]));
      g_autofree char *before = text;

      if (i == 0)
        text = g_strdup (name);
      else if (i + 1 < n)
        /* Translators: joins the weekdays of a list, all but the last: "Monday, Wednesday".
         * The first %s is the list so far, the second the next weekday. */
        text = g_strdup_printf (C_("list of weekdays", "%s, %s"), before, name);
      else
        /* Translators: joins the last weekday to a list: "Monday, Wednesday and Friday". The
         * first %s is the list so far, the second the last weekday. */
        text = g_strdup_printf (C_("list of weekdays", "%s and %s"), before, name);
    }
  return text;
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
  int day = ical_weekday_of (start);
  int n = 0;

  while (n < ICAL_BY_DAY_SIZE && recur->by_day[n] != ICAL_RECURRENCE_ARRAY_MAX)
    n++;
  if (n > 0 && !only_plain_weekdays (recur))
    return NULL;
  if (n == 1)
    day = icalrecurrencetype_day_day_of_week (recur->by_day[0]);

  if (n <= 1)
    {
      if (recur->interval <= 1)
        return every_weekday (day);
      if (recur->interval == 2)
        return every_other_weekday (day);
      return every_weeks_on_weekday (day, recur->interval);
    }

  days = join_weekdays (recur, n);
  if (recur->interval <= 1)
    /* Translators: %s is two or more weekdays: "Tuesday and Thursday". */
    return g_strdup_printf (_("every %s"), days);
  if (recur->interval == 2)
    /* Translators: %s is two or more weekdays: "Tuesday and Thursday"; every second week. */
    return g_strdup_printf (_("every other %s"), days);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %d is how many weeks apart (3 or
                                        * more), %s two or more weekdays: "Tuesday and
                                        * Thursday". */
                                       "every %d week on %s", "every %d weeks on %s",
                                       recur->interval),
                          recur->interval, days);
}

/* "the first Saturday", "the last Monday": a weekday's place in its month, [position][day]
 * with position 0 for the last; each whole, as the ordinal takes the weekday's gender in
 * many languages. */
static const char *nth_weekdays[6][8] = {
  { NULL, N_("the last Sunday"), N_("the last Monday"), N_("the last Tuesday"),
    N_("the last Wednesday"), N_("the last Thursday"), N_("the last Friday"),
    N_("the last Saturday") },
  { NULL, N_("the first Sunday"), N_("the first Monday"), N_("the first Tuesday"),
    N_("the first Wednesday"), N_("the first Thursday"), N_("the first Friday"),
    N_("the first Saturday") },
  { NULL, N_("the second Sunday"), N_("the second Monday"), N_("the second Tuesday"),
    N_("the second Wednesday"), N_("the second Thursday"), N_("the second Friday"),
    N_("the second Saturday") },
  { NULL, N_("the third Sunday"), N_("the third Monday"), N_("the third Tuesday"),
    N_("the third Wednesday"), N_("the third Thursday"), N_("the third Friday"),
    N_("the third Saturday") },
  { NULL, N_("the fourth Sunday"), N_("the fourth Monday"), N_("the fourth Tuesday"),
    N_("the fourth Wednesday"), N_("the fourth Thursday"), N_("the fourth Friday"),
    N_("the fourth Saturday") },
  { NULL, N_("the fifth Sunday"), N_("the fifth Monday"), N_("the fifth Tuesday"),
    N_("the fifth Wednesday"), N_("the fifth Thursday"), N_("the fifth Friday"),
    N_("the fifth Saturday") },
};

/* position is 1 to 5, or -1 for the last; NULL for any other. */
static const char *
nth_weekday (int position, int day)
{
  if (day < ICAL_SUNDAY_WEEKDAY || day > ICAL_SATURDAY_WEEKDAY)
    return NULL;
  if (position == -1)
    return _(nth_weekdays[0][day]);
  return position >= 1 && position <= 5 ? _(nth_weekdays[position][day]) : NULL;
}

/* Monthly on the nth weekday, written either BYDAY=1SA or BYDAY=SA;BYSETPOS=1. */
static char *
describe_monthly (const struct icalrecurrencetype *recur, GDateTime *start)
{
  short day = recur->by_day[0];
  int position;
  const char *which;

  if (!has_values (recur->by_day, ICAL_BY_DAY_SIZE))
    return has_values (recur->by_month_day, ICAL_BY_MONTHDAY_SIZE) || recur->interval > 1
           ? NULL
           /* Translators: %d is a day of the month, 1 to 31. */
           : g_strdup_printf (_("on day %d of each month"), g_date_time_get_day_of_month (start));
  if (recur->by_day[1] != ICAL_RECURRENCE_ARRAY_MAX)
    return NULL;

  position = icalrecurrencetype_day_position (day);
  if (position == 0 && has_values (recur->by_set_pos, ICAL_BY_SETPOS_SIZE) &&
      recur->by_set_pos[1] == ICAL_RECURRENCE_ARRAY_MAX)
    position = recur->by_set_pos[0];
  which = nth_weekday (position, icalrecurrencetype_day_day_of_week (day));
  if (which == NULL)
    return NULL;

  if (recur->interval <= 1)
    /* Translators: %s is a weekday of the month: "the first Saturday". */
    return g_strdup_printf (_("%s of each month"), which);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %s is a weekday of the month ("the
                                        * first Saturday"), %d how many months apart, 2 or
                                        * more. */
                                       "%s of every %d month", "%s of every %d months",
                                       recur->interval),
                          which, recur->interval);
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
    /* Translators: a layout for g_date_time_format (): "once, on Wednesday 23 December 2026".
     * Keep the codes: %A is the weekday, %-d the day of the month, %B the month's name (as it
     * reads after a day number) and %Y the year. */
    return g_date_time_format (start, _("once, on %A %-d %B %Y"));
  if (!parse_rrule (rrule, &recur, NULL) || !is_simple (&recur))
    return NULL;

  if (recur.freq == ICAL_DAILY_RECURRENCE && !has_values (recur.by_day, ICAL_BY_DAY_SIZE))
    pattern = recur.interval <= 1
              ? g_strdup (_("every day"))
              : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: %d is 2 or more. */
                                              "every %d day", "every %d days", recur.interval),
                                 recur.interval);
  else if (recur.freq == ICAL_WEEKLY_RECURRENCE)
    pattern = describe_weekly (&recur, start);
  else if (recur.freq == ICAL_MONTHLY_RECURRENCE)
    pattern = describe_monthly (&recur, start);
  if (pattern == NULL)
    return NULL;

  return g_steal_pointer (&pattern);
}
