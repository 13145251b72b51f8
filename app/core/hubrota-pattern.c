/* hubrota-pattern.c: an opening schedule in the terms a coordinator thinks in
 *
 * The schedule editor shows "every other Friday" or "the last Saturday of each month", not
 * an RRULE. A pattern is that small set of choices; it is read from a rule with libical's
 * parser and written back as a rule. Any rule with a part the pattern has no place for is
 * refused rather than approximated, so the editor never rewrites a rule it did not make.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaPattern"

#include "config.h"

#include <libical/ical.h>

#include "hubrota-london.h"
#include "hubrota-pattern.h"

/* BYDAY codes, Monday first, as GLib numbers the days. */
static const char *weekday_codes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

G_DEFINE_BOXED_TYPE (HubrotaPattern, hubrota_pattern, hubrota_pattern_copy, hubrota_pattern_free)

static gboolean
has_values (const short *by, int size)
{
  return size > 0 && by[0] != ICAL_RECURRENCE_ARRAY_MAX;
}

/* libical numbers Sunday 1 … Saturday 7; GLib Monday 1 … Sunday 7. */
static int
glib_weekday (enum icalrecurrencetype_weekday day)
{
  return day == ICAL_SUNDAY_WEEKDAY ? 7 : (int) day - 1;
}

static int
start_weekday (GDateTime *start)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (start, hubrota_london_tz ());

  return g_date_time_get_day_of_week (local);
}

static void
local_date (GDateTime *datetime, GDate *out)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (datetime, hubrota_london_tz ());

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

/* Which of its weekdays in the month the date is (1 to 5), and whether it is the last. */
static int
place_in_month (GDateTime *start, gboolean *out_last)
{
  GDate date;
  int day;

  local_date (start, &date);
  day = g_date_get_day (&date);
  *out_last = day + 7 > g_date_get_days_in_month (g_date_get_month (&date), g_date_get_year (&date));
  return (day - 1) / 7 + 1;
}

int
hubrota_pattern_ordinal_of (GDateTime *start)
{
  gboolean last;
  int place;

  g_return_val_if_fail (start != NULL, 1);

  place = place_in_month (start, &last);
  return place <= 4 ? place : -1;
}

HubrotaPattern *
hubrota_pattern_new (HubrotaPatternKind  kind,
                     GDateTime          *start)
{
  HubrotaPattern *self;

  g_return_val_if_fail (start != NULL, NULL);

  self = g_new0 (HubrotaPattern, 1);
  self->kind = kind;
  self->interval = 1;
  self->weekdays = HUBROTA_PATTERN_WEEKDAY (start_weekday (start));
  self->ordinal = hubrota_pattern_ordinal_of (start);
  self->end = HUBROTA_PATTERN_END_NEVER;
  g_date_clear (&self->until, 1);
  self->count = 10;
  return self;
}

HubrotaPattern *
hubrota_pattern_copy (const HubrotaPattern *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

void
hubrota_pattern_free (HubrotaPattern *self)
{
  g_free (self);
}

static gboolean
same_end (const HubrotaPattern *a, const HubrotaPattern *b)
{
  if (a->end != b->end)
    return FALSE;
  if (a->end == HUBROTA_PATTERN_END_COUNT)
    return a->count == b->count;
  if (a->end == HUBROTA_PATTERN_END_UNTIL)
    return g_date_valid (&a->until) && g_date_valid (&b->until) &&
           g_date_compare (&a->until, &b->until) == 0;
  return TRUE;
}

gboolean
hubrota_pattern_equal (const HubrotaPattern *a,
                       const HubrotaPattern *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->kind != b->kind)
    return FALSE;
  switch (a->kind)
    {
    case HUBROTA_PATTERN_ONCE:
      return TRUE;
    case HUBROTA_PATTERN_WEEKLY:
      return a->interval == b->interval && a->weekdays == b->weekdays && same_end (a, b);
    case HUBROTA_PATTERN_MONTHLY:
      return a->ordinal == b->ordinal && a->weekdays == b->weekdays && same_end (a, b);
    default:
      g_assert_not_reached ();
    }
}

/* Plain weekdays (no "1SA") into a mask; 0 when a day carries a position. */
static guint
plain_weekdays (const struct icalrecurrencetype *recur)
{
  guint mask = 0;

  for (int i = 0; i < ICAL_BY_DAY_SIZE && recur->by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    {
      if (icalrecurrencetype_day_position (recur->by_day[i]) != 0)
        return 0;
      mask |= HUBROTA_PATTERN_WEEKDAY (glib_weekday (icalrecurrencetype_day_day_of_week (recur->by_day[i])));
    }
  return mask;
}

static gboolean
read_weekly (const struct icalrecurrencetype *recur, GDateTime *start, HubrotaPattern *out)
{
  if (recur->interval < 1 || recur->interval > HUBROTA_PATTERN_MAX_INTERVAL)
    return FALSE;
  out->interval = recur->interval;
  if (!has_values (recur->by_day, ICAL_BY_DAY_SIZE))
    out->weekdays = HUBROTA_PATTERN_WEEKDAY (start_weekday (start));
  else
    out->weekdays = plain_weekdays (recur);
  return out->weekdays != 0;
}

/* Only BYDAY=1SA … 4SA or -1SA, and on the start's own weekday. */
static gboolean
read_monthly (const struct icalrecurrencetype *recur, GDateTime *start, HubrotaPattern *out)
{
  short day = recur->by_day[0];
  int position;

  if (recur->interval > 1 || !has_values (recur->by_day, ICAL_BY_DAY_SIZE) ||
      recur->by_day[1] != ICAL_RECURRENCE_ARRAY_MAX)
    return FALSE;
  position = icalrecurrencetype_day_position (day);
  if (position != -1 && (position < 1 || position > 4))
    return FALSE;
  if (glib_weekday (icalrecurrencetype_day_day_of_week (day)) != start_weekday (start))
    return FALSE;
  out->ordinal = position;
  out->weekdays = HUBROTA_PATTERN_WEEKDAY (start_weekday (start));
  return TRUE;
}

/* A date-time UNTIL becomes the last local date whose opening (at the start's time of day)
 * it still lets in, so the rule written back keeps the same openings. */
static void
read_until (struct icaltimetype until, GDateTime *start, GDate *out)
{
  g_autoptr(GDateTime) instant = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) start_local = g_date_time_to_timezone (start, hubrota_london_tz ());

  g_date_clear (out, 1);
  g_date_set_dmy (out, until.day, until.month, until.year);
  if (until.is_date)
    return;
  if (icaltime_is_utc (until))
    instant = g_date_time_new_utc (until.year, until.month, until.day, until.hour, until.minute,
                                   until.second);
  else
    instant = g_date_time_new (hubrota_london_tz (), until.year, until.month, until.day,
                               until.hour, until.minute, until.second);
  local = g_date_time_to_timezone (instant, hubrota_london_tz ());
  g_date_set_dmy (out, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  if (g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local) <
      g_date_time_get_hour (start_local) * 60 + g_date_time_get_minute (start_local))
    g_date_subtract_days (out, 1);
}

static gboolean
has_other_parts (const struct icalrecurrencetype *recur)
{
  return has_values (recur->by_second, ICAL_BY_SECOND_SIZE) ||
         has_values (recur->by_minute, ICAL_BY_MINUTE_SIZE) ||
         has_values (recur->by_hour, ICAL_BY_HOUR_SIZE) ||
         has_values (recur->by_month_day, ICAL_BY_MONTHDAY_SIZE) ||
         has_values (recur->by_year_day, ICAL_BY_YEARDAY_SIZE) ||
         has_values (recur->by_week_no, ICAL_BY_WEEKNO_SIZE) ||
         has_values (recur->by_month, ICAL_BY_MONTH_SIZE) ||
         has_values (recur->by_set_pos, ICAL_BY_SETPOS_SIZE) ||
         recur->week_start != ICAL_MONDAY_WEEKDAY ||
         recur->rscale != NULL;
}

static gboolean
read_rule (const struct icalrecurrencetype *recur, GDateTime *start, HubrotaPattern *out)
{
  if (has_other_parts (recur) || (recur->count != 0 && !icaltime_is_null_time (recur->until)))
    return FALSE;
  if (recur->count < 0 || recur->count > HUBROTA_PATTERN_MAX_COUNT)
    return FALSE;

  if (recur->freq == ICAL_WEEKLY_RECURRENCE)
    out->kind = HUBROTA_PATTERN_WEEKLY;
  else if (recur->freq == ICAL_MONTHLY_RECURRENCE)
    out->kind = HUBROTA_PATTERN_MONTHLY;
  else
    return FALSE;
  if (out->kind == HUBROTA_PATTERN_WEEKLY ? !read_weekly (recur, start, out)
                                          : !read_monthly (recur, start, out))
    return FALSE;

  if (recur->count > 0)
    {
      out->end = HUBROTA_PATTERN_END_COUNT;
      out->count = recur->count;
    }
  else if (!icaltime_is_null_time (recur->until))
    {
      out->end = HUBROTA_PATTERN_END_UNTIL;
      read_until (recur->until, start, &out->until);
    }
  return TRUE;
}

HubrotaPattern *
hubrota_pattern_new_from_rrule (const char *rrule,
                                GDateTime  *start)
{
  g_autoptr(HubrotaPattern) self = NULL;
  struct icalrecurrencetype recur;
  gboolean parsed;

  g_return_val_if_fail (start != NULL, NULL);

  self = hubrota_pattern_new (HUBROTA_PATTERN_ONCE, start);
  if (rrule == NULL || *rrule == '\0')
    return g_steal_pointer (&self);

  icalerror_clear_errno ();
  recur = icalrecurrencetype_from_string (rrule);
  parsed = recur.freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR;
  icalerror_clear_errno ();
  if (!parsed || !read_rule (&recur, start, self))
    {
      g_free (recur.rscale);
      return NULL;
    }
  return g_steal_pointer (&self);
}

static void
append_weekdays (GString *rule, guint weekdays)
{
  gboolean first = TRUE;

  g_string_append (rule, ";BYDAY=");
  for (int day = 1; day <= 7; day++)
    if (weekdays & HUBROTA_PATTERN_WEEKDAY (day))
      {
        g_string_append_printf (rule, "%s%s", first ? "" : ",", weekday_codes[day - 1]);
        first = FALSE;
      }
}

static int
single_weekday (guint weekdays)
{
  for (int day = 1; day <= 7; day++)
    if (weekdays & HUBROTA_PATTERN_WEEKDAY (day))
      return day;
  return 1;
}

char *
hubrota_pattern_to_rrule (const HubrotaPattern *self)
{
  GString *rule;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->kind == HUBROTA_PATTERN_ONCE)
    return NULL;
  rule = g_string_new (NULL);
  if (self->kind == HUBROTA_PATTERN_WEEKLY)
    {
      g_string_append (rule, "FREQ=WEEKLY");
      if (self->interval > 1)
        g_string_append_printf (rule, ";INTERVAL=%d", self->interval);
      append_weekdays (rule, self->weekdays);
    }
  else
    g_string_append_printf (rule, "FREQ=MONTHLY;BYDAY=%d%s", self->ordinal,
                            weekday_codes[single_weekday (self->weekdays) - 1]);

  /* A date UNTIL, not RFC 5545's date-time: people end a schedule on a day, and
   * hubrota_recurrence reads a date as the whole of that day. */
  if (self->end == HUBROTA_PATTERN_END_UNTIL && g_date_valid (&self->until))
    g_string_append_printf (rule, ";UNTIL=%04d%02d%02d", g_date_get_year (&self->until),
                            g_date_get_month (&self->until), g_date_get_day (&self->until));
  else if (self->end == HUBROTA_PATTERN_END_COUNT)
    g_string_append_printf (rule, ";COUNT=%d", self->count);
  return g_string_free (rule, FALSE);
}

static HubrotaPatternProblem
check_monthly (const HubrotaPattern *self, GDateTime *start)
{
  gboolean last;
  int place = place_in_month (start, &last);

  if (self->ordinal != -1 && (self->ordinal < 1 || self->ordinal > 4))
    return HUBROTA_PATTERN_PROBLEM_ORDINAL;
  if (self->weekdays != HUBROTA_PATTERN_WEEKDAY (start_weekday (start)))
    return HUBROTA_PATTERN_PROBLEM_START_NOT_ON_DAYS;
  if (self->ordinal == -1 ? !last : self->ordinal != place)
    return HUBROTA_PATTERN_PROBLEM_START_NOT_ORDINAL;
  return HUBROTA_PATTERN_PROBLEM_NONE;
}

static HubrotaPatternProblem
check_end (const HubrotaPattern *self, GDateTime *start)
{
  GDate first;

  local_date (start, &first);
  if (self->end == HUBROTA_PATTERN_END_UNTIL &&
      (!g_date_valid (&self->until) || g_date_compare (&self->until, &first) < 0))
    return HUBROTA_PATTERN_PROBLEM_UNTIL_BEFORE_START;
  if (self->end == HUBROTA_PATTERN_END_COUNT &&
      (self->count < 1 || self->count > HUBROTA_PATTERN_MAX_COUNT))
    return HUBROTA_PATTERN_PROBLEM_COUNT;
  return HUBROTA_PATTERN_PROBLEM_NONE;
}

HubrotaPatternProblem
hubrota_pattern_check (const HubrotaPattern *self,
                       GDateTime            *start)
{
  HubrotaPatternProblem problem = HUBROTA_PATTERN_PROBLEM_NONE;

  g_return_val_if_fail (self != NULL && start != NULL, HUBROTA_PATTERN_PROBLEM_NONE);

  if (self->kind == HUBROTA_PATTERN_ONCE)
    return HUBROTA_PATTERN_PROBLEM_NONE;
  if (self->kind == HUBROTA_PATTERN_WEEKLY)
    {
      if (self->interval < 1 || self->interval > HUBROTA_PATTERN_MAX_INTERVAL)
        return HUBROTA_PATTERN_PROBLEM_INTERVAL;
      if ((self->weekdays & 0x7f) == 0)
        return HUBROTA_PATTERN_PROBLEM_NO_WEEKDAYS;
      if (!(self->weekdays & HUBROTA_PATTERN_WEEKDAY (start_weekday (start))))
        return HUBROTA_PATTERN_PROBLEM_START_NOT_ON_DAYS;
    }
  else
    problem = check_monthly (self, start);
  return problem != HUBROTA_PATTERN_PROBLEM_NONE ? problem : check_end (self, start);
}
