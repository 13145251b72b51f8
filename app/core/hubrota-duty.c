/* hubrota-duty.c: when an officer is at work, a single shift, a repeating shift pattern
 * or a rotating roster
 *
 * A roster is expanded by local day arithmetic, never by adding hours in UTC: each shift is
 * its day's local midnight plus its start, and its end is the local time that many minutes
 * of wall clock later. Where the caller has a table of local midnights (the rota has one for
 * every day it holds), a day of exactly 24 hours needs no time-zone work at all; only the
 * two days a year the clocks change go through GLib.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaDuty"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hubrota-duty-private.h"
#include "hubrota-london.h"

struct _HubrotaDuty
{
  GObject parent_instance;

  gint64 id;
  char *officer;
  GDateTime *start;
  int duration_minutes;
  char *rrule;
  /* A roster: cycle_days > 0, day 0 on first_day; per day a start minute and length (0: rest) */
  guint cycle_days;
  GDate first_day;
  int shift_start[HUBROTA_ROSTER_MAX_DAYS];
  int shift_minutes[HUBROTA_ROSTER_MAX_DAYS];
};

G_DEFINE_FINAL_TYPE (HubrotaDuty, hubrota_duty, G_TYPE_OBJECT)

static void
hubrota_duty_finalize (GObject *object)
{
  HubrotaDuty *self = (HubrotaDuty *) object;

  g_free (self->officer);
  g_date_time_unref (self->start);
  g_free (self->rrule);

  G_OBJECT_CLASS (hubrota_duty_parent_class)->finalize (object);
}

static void
hubrota_duty_class_init (HubrotaDutyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_duty_finalize;
}

static void
hubrota_duty_init (HubrotaDuty *self)
{
}

HubrotaDuty *
hubrota_duty_new (const char *officer,
                  GDateTime  *start,
                  int         duration_minutes,
                  const char *rrule)
{
  HubrotaDuty *self;

  g_return_val_if_fail (officer != NULL && start != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_DUTY, NULL);
  self->officer = g_strdup (officer);
  self->start = g_date_time_ref (start);
  self->duration_minutes = duration_minutes;
  self->rrule = g_strdup (rrule);
  return self;
}

gint64
hubrota_duty_get_id (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), 0);
  return self->id;
}

void
hubrota_duty_set_id (HubrotaDuty *self,
                     gint64       id)
{
  g_return_if_fail (HUBROTA_IS_DUTY (self));
  self->id = id;
}

const char *
hubrota_duty_get_officer (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), NULL);
  return self->officer;
}

GDateTime *
hubrota_duty_get_start (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), NULL);
  return self->start;
}

int
hubrota_duty_get_duration_minutes (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), 0);
  return self->duration_minutes;
}

const char *
hubrota_duty_get_rrule (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), NULL);
  return self->rrule;
}

HubrotaDuty *
hubrota_duty_new_roster (const char  *officer,
                         const GDate *first_day,
                         guint        cycle_days)
{
  g_autoptr(GDateTime) start = NULL;
  HubrotaDuty *self;

  g_return_val_if_fail (officer != NULL && first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (cycle_days >= 1 && cycle_days <= HUBROTA_ROSTER_MAX_DAYS, NULL);

  start = hubrota_london_start_of_day (first_day);
  self = hubrota_duty_new (officer, start, 0, NULL);
  self->cycle_days = cycle_days;
  self->first_day = *first_day;
  return self;
}

void
hubrota_duty_set_roster_shift (HubrotaDuty *self,
                               guint        day,
                               int          start_minute,
                               int          duration_minutes)
{
  g_return_if_fail (HUBROTA_IS_DUTY (self) && day < self->cycle_days);
  g_return_if_fail (start_minute >= 0 && start_minute < 24 * 60);
  g_return_if_fail (duration_minutes >= 0 && duration_minutes <= 24 * 60);

  self->shift_start[day] = duration_minutes > 0 ? start_minute : 0;
  self->shift_minutes[day] = duration_minutes;
}

gboolean
hubrota_duty_is_roster (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), FALSE);
  return self->cycle_days > 0;
}

guint
hubrota_duty_get_cycle_days (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), 0);
  return self->cycle_days;
}

const GDate *
hubrota_duty_get_first_day (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), NULL);
  return self->cycle_days > 0 ? &self->first_day : NULL;
}

gboolean
hubrota_duty_get_roster_shift (HubrotaDuty *self,
                               guint        day,
                               int         *out_start_minute,
                               int         *out_duration_minutes)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self) && day < self->cycle_days, FALSE);

  if (out_start_minute != NULL)
    *out_start_minute = self->shift_start[day];
  if (out_duration_minutes != NULL)
    *out_duration_minutes = self->shift_minutes[day];
  return self->shift_minutes[day] > 0;
}

/* minute (which may run past midnight, into the next days) after 00:00 local on the day,
 * as Unix seconds: from the table when that day is 24 hours long, else through GLib, which
 * moves a time in the spring gap on by the hour as it does for every stored local time. */
static gint64
local_to_unix (const HubrotaRosterDays *days, guint32 julian, int minute)
{
  gint64 k;
  GDate date;
  g_autoptr(GDateTime) local = NULL;

  julian += minute / (24 * 60);
  minute %= 24 * 60;
  k = (gint64) julian - days->first_julian;
  if (days->starts != NULL && k >= 0 && k + 1 < (gint64) days->n_starts &&
      days->starts[k + 1] - days->starts[k] == 24 * 60 * 60)
    return days->starts[k] + minute * 60;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  local = g_date_time_new (hubrota_london_tz (), g_date_get_year (&date),
                           g_date_get_month (&date), g_date_get_day (&date), minute / 60,
                           minute % 60, 0);
  return g_date_time_to_unix (local);
}

void
_hubrota_duty_expand_roster_days (HubrotaDuty             *self,
                                  guint32                  from_julian,
                                  guint32                  to_julian,
                                  const HubrotaRosterDays *days,
                                  GArray                  *out)
{
  guint32 first = g_date_get_julian (&self->first_day);
  guint day;

  g_assert (self->cycle_days > 0);
  if (to_julian < first)
    return;
  from_julian = MAX (from_julian, first);
  day = (from_julian - first) % self->cycle_days;
  for (guint32 julian = from_julian; julian <= to_julian; julian++)
    {
      if (self->shift_minutes[day] > 0)
        {
          int start = self->shift_start[day];
          HubrotaInterval shift = {
            local_to_unix (days, julian, start),
            local_to_unix (days, julian, start + self->shift_minutes[day]),
          };
          if (shift.end > shift.start)
            g_array_append_val (out, shift);
        }
      if (++day == self->cycle_days)
        day = 0;
    }
}

void
hubrota_duty_expand_roster (HubrotaDuty *self,
                            const GDate *from,
                            const GDate *to,
                            GArray      *out)
{
  HubrotaRosterDays no_table = { 0, NULL, 0 };

  g_return_if_fail (HUBROTA_IS_DUTY (self) && self->cycle_days > 0);
  g_return_if_fail (from != NULL && g_date_valid (from) && to != NULL && g_date_valid (to));
  g_return_if_fail (out != NULL);

  _hubrota_duty_expand_roster_days (self, g_date_get_julian (from), g_date_get_julian (to),
                                    &no_table, out);
}

/* "07:00+10h", "22:00+9h30m" */
char *
_hubrota_duty_format_shift (int start_minute, int duration_minutes)
{
  int hours = duration_minutes / 60, minutes = duration_minutes % 60;

  if (minutes == 0)
    return g_strdup_printf ("%02d:%02d+%dh", start_minute / 60, start_minute % 60, hours);
  if (hours == 0)
    return g_strdup_printf ("%02d:%02d+%dm", start_minute / 60, start_minute % 60, minutes);
  return g_strdup_printf ("%02d:%02d+%dh%dm", start_minute / 60, start_minute % 60, hours,
                          minutes);
}

char *
hubrota_duty_describe_roster (HubrotaDuty *self)
{
  g_autoptr(GString) shifts = g_string_new (NULL);
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *first = NULL;

  g_return_val_if_fail (HUBROTA_IS_DUTY (self) && self->cycle_days > 0, NULL);

  start = hubrota_london_start_of_day (&self->first_day);
  /* Translators: a layout for g_date_time_format (): "Mon 7 Dec 2026". %a is the weekday's
   * short name, %-d the day of the month, %b the month's short name and %Y the year. */
  first = g_date_time_format (start, _("%a %-d %b %Y"));
  /* Each day as --shifts takes it: a shift ("07:00+10h") or R for rest. */
  for (guint day = 0; day < self->cycle_days; day++)
    {
      g_autofree char *shift = NULL;

      if (day > 0)
        g_string_append_c (shifts, ' ');
      if (self->shift_minutes[day] == 0)
        {
          g_string_append (shifts, "R");
          continue;
        }
      shift = _hubrota_duty_format_shift (self->shift_start[day], self->shift_minutes[day]);
      g_string_append (shifts, shift);
    }
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a rotating roster, "10-day cycle from
                                        * Mon 7 Dec 2026: 07:00+10h 07:00+10h R R": the
                                        * cycle's length in days, its first day, then each
                                        * day's shift as it is typed (R for rest), which
                                        * stays as it is. */
                                       "%u-day cycle from %s: %s", "%u-day cycle from %s: %s",
                                       self->cycle_days),
                          self->cycle_days, first, shifts->str);
}
