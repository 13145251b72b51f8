/* hubrota-london.c: parsing and printing local Europe/London times
 *
 * Hubrota stores wall-clock times ("2026-12-05T10:00") and turns them into instants only
 * when it expands a series, so an opening keeps its local time across the clock changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTime"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hubrota-error-private.h"
#include "hubrota-london.h"

GTimeZone *
hubrota_london_tz (void)
{
  static GTimeZone *tz;

  if (g_once_init_enter (&tz))
    g_once_init_leave (&tz, g_time_zone_new_identifier (HUBROTA_TIME_ZONE));

  return tz;
}

static gint32
offset_at (gint64 instant)
{
  GTimeZone *tz = hubrota_london_tz ();

  return g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, instant));
}

GDateTime *
hubrota_london_new_local (int year, int month, int day, int hour, int minute, gboolean later)
{
  g_autoptr(GDateTime) wall = g_date_time_new_utc (year, month, day, hour, minute, 0);
  g_autoptr(GDateTime) utc = NULL;
  gint64 seconds = g_date_time_to_unix (wall);
  /* The offsets a day before and a day after: the two a clock change lies between. */
  gint32 before = offset_at (seconds - 86400), after = offset_at (seconds + 86400);
  gint64 first = seconds - MAX (before, after), second = seconds - MIN (before, after);
  gboolean first_real = offset_at (first) == MAX (before, after);
  gboolean second_real = offset_at (second) == MIN (before, after);
  gint64 chosen;

  if (first_real && second_real)
    chosen = later ? second : first;
  else if (first_real || second_real)
    chosen = first_real ? first : second;
  else
    chosen = seconds - before; /* in the spring gap */
  utc = g_date_time_new_from_unix_utc (chosen);
  return g_date_time_to_timezone (utc, hubrota_london_tz ());
}

/* Exactly count ASCII digits: no sign, no space, none missing (sscanf took "10:-0" and
 * "12- 5"). */
static gboolean
read_digits (const char *text, int count, int *out)
{
  int value = 0;

  for (int i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }
  *out = value;
  return TRUE;
}

/* YYYY-MM-DD at the start of text. */
static gboolean
scan_date (const char *text, int *y, int *m, int *d)
{
  return read_digits (text, 4, y) && text[4] == '-' && read_digits (text + 5, 2, m) &&
         text[7] == '-' && read_digits (text + 8, 2, d);
}

static gboolean
year_in_range (const char *text, int year, GError **error)
{
  if (year >= HUBROTA_FIRST_YEAR && year <= HUBROTA_LAST_YEAR)
    return TRUE;
  return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                         /* Translators: %s is the date as typed, then the first and last
                          * years Hubrota accepts. */
                         _("%s is outside the years Hubrota plans for (%d to %d)"), text,
                         HUBROTA_FIRST_YEAR, HUBROTA_LAST_YEAR);
}

GDate *
hubrota_london_parse_date (const char *text, GError **error)
{
  int y, m, d;

  g_return_val_if_fail (text != NULL, NULL);

  if (strlen (text) != 10 || !scan_date (text, &y, &m, &d))
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                      /* Translators: YYYY-MM-DD is the form to type a date in; the letters
                       * may be translated, but the date must still be typed with digits in
                       * that order. */
                      _("‘%s’ is not a date; write it as YYYY-MM-DD"), text);
      return NULL;
    }
  if (!year_in_range (text, y, error))
    return NULL;
  if (!g_date_valid_dmy (d, m, y))
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, _("%s is not a date that exists"),
                      text);
      return NULL;
    }
  return g_date_new_dmy (d, m, y);
}

gboolean
hubrota_london_parse_clock (const char *text, int *out_minutes, GError **error)
{
  int hours, minutes;

  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) != 5 || !read_digits (text, 2, &hours) || text[2] != ':' ||
      !read_digits (text + 3, 2, &minutes))
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           /* Translators: HH:MM is the form to type a time in (24-hour
                            * clock, "09:30"). */
                           _("‘%s’ is not a time of day; write it as HH:MM"), text);
  if (hours > 23 || minutes > 59)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("%s is not a time of day that exists"), text);
  *out_minutes = hours * 60 + minutes;
  return TRUE;
}

/* "+01:00" or "-05:30" at text: ISO 8601's offset from UTC, in seconds ("-00:00", which
 * RFC 3339 keeps for an unknown offset, is not one). */
static gboolean
scan_offset (const char *text, gint32 *out_seconds)
{
  int hours, minutes;

  if ((text[0] != '+' && text[0] != '-') || !read_digits (text + 1, 2, &hours) ||
      text[3] != ':' || !read_digits (text + 4, 2, &minutes) || text[6] != '\0' ||
      hours > 23 || minutes > 59 || (text[0] == '-' && hours == 0 && minutes == 0))
    return FALSE;
  *out_seconds = (text[0] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
  return TRUE;
}

static gboolean
shows (GDateTime *dt, int hour, int minute)
{
  return g_date_time_get_hour (dt) == hour && g_date_time_get_minute (dt) == minute;
}

/* "+01:00 (BST)" */
static char *
offset_text (GDateTime *dt)
{
  return g_date_time_format (dt, "%:z (%Z)");
}

/* Of the one or two instants a wall clock names, the one at offset seconds from UTC. */
static GDateTime *
choose_by_offset (const char *text, GDateTime *first, GDateTime *second, gint32 offset,
                  GError **error)
{
  g_autofree char *early = NULL;
  g_autofree char *late = NULL;

  if (g_date_time_get_utc_offset (first) / G_TIME_SPAN_SECOND == offset)
    return g_date_time_ref (first);
  if (g_date_time_get_utc_offset (second) / G_TIME_SPAN_SECOND == offset)
    return g_date_time_ref (second);

  early = offset_text (first);
  late = offset_text (second);
  if (g_date_time_equal (first, second))
    _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                    /* Translators: a date and time as typed, then London's offset from UTC
                     * and the name of its time zone then: "+00:00 (GMT)". */
                    _("%s has the wrong offset: Europe/London is at %s then"), text, early);
  else
    _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                    /* Translators: a date and time as typed (in the hour that comes twice
                     * when the clocks go back), then London's two offsets from UTC in that
                     * hour: "+01:00 (BST)" and "+00:00 (GMT)". */
                    _("%s has the wrong offset: Europe/London is at %s, then at %s"), text,
                    early, late);
  return NULL;
}

/* The wall clock with no offset, or with one that must be London's at that time; without
 * one, an ambiguous time is the first of the two when read from the store (as RFC 5545
 * reads it) and is refused when a person typed it (ambiguous_is_error). */
static GDateTime *
parse_local (const char *text, gboolean ambiguous_is_error, GError **error)
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) second = NULL;
  gsize length = strlen (text);
  int y, mo, d, h, mi;
  gint32 offset = 0;
  gboolean has_offset = length == 22;

  if ((length != 16 && !has_offset) || !scan_date (text, &y, &mo, &d) || text[10] != 'T' ||
      !read_digits (text + 11, 2, &h) || text[13] != ':' || !read_digits (text + 14, 2, &mi) ||
      (has_offset && !scan_offset (text + 16, &offset)))
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                      /* Translators: YYYY-MM-DDTHH:MM is the form to type a date and time in
                       * ("2026-12-05T10:00"); keep the T. */
                      _("‘%s’ is not a local date and time; write it as YYYY-MM-DDTHH:MM"),
                      text);
      return NULL;
    }
  if (!year_in_range (text, y, error))
    return NULL;
  if (!g_date_valid_dmy (d, mo, y) || h > 23 || mi > 59)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                      _("%s is not a date and time that exists"), text);
      return NULL;
    }

  first = hubrota_london_new_local (y, mo, d, h, mi, FALSE);
  second = hubrota_london_new_local (y, mo, d, h, mi, TRUE);
  /* A time in the spring-forward gap reads as one an hour later; we would rather say so. */
  if (!shows (first, h, mi))
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                      /* Translators: a date and time as typed ("2027-03-28T01:30"). */
                      _("%.16s does not exist in Europe/London: the clocks go forward then"),
                      text);
      return NULL;
    }
  if (has_offset)
    return choose_by_offset (text, first, second, offset, error);
  if (ambiguous_is_error && !g_date_time_equal (first, second))
    {
      g_autofree char *early = g_date_time_format (first, "%:z");
      g_autofree char *early_zone = g_date_time_format (first, "%Z");
      g_autofree char *late = g_date_time_format (second, "%:z");
      g_autofree char *late_zone = g_date_time_format (second, "%Z");
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                      /* Translators: the date and time as typed ("2026-10-25T01:30"); then,
                       * to type after it, the first hour's offset from UTC ("+01:00") and
                       * its time zone ("BST"); then the date and time again with the second
                       * hour's offset ("+00:00") and zone ("GMT"). What is typed, %s%s, must
                       * stay together with no space. */
                      _("%s happens twice in Europe/London (the clocks go back an hour then); "
                        "write %s%s for the first (%s) or %s%s for the second (%s)"), text,
                      text, early, early_zone, text, late, late_zone);
      return NULL;
    }
  return g_steal_pointer (&first);
}

GDateTime *
hubrota_london_parse_datetime (const char *text, GError **error)
{
  g_return_val_if_fail (text != NULL, NULL);

  return parse_local (text, FALSE, error);
}

static gboolean
same_wall_clock (GDateTime *a, GDateTime *b)
{
  return g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b) &&
         g_date_time_get_hour (a) == g_date_time_get_hour (b) &&
         g_date_time_get_minute (a) == g_date_time_get_minute (b);
}

/* Whether the clock read the same shift hours away from local. */
static gboolean
clock_repeats (GDateTime *local, int shift)
{
  g_autoptr(GDateTime) here = g_date_time_to_timezone (local, hubrota_london_tz ());
  g_autoptr(GDateTime) other = g_date_time_add_hours (here, shift);

  return same_wall_clock (here, other);
}

gboolean
hubrota_london_is_ambiguous (GDateTime *local)
{
  /* An hour either side that reads the same on the clock: the October hour that comes twice. */
  return clock_repeats (local, -1) || clock_repeats (local, 1);
}

gboolean
hubrota_london_is_repeat (GDateTime *local)
{
  return clock_repeats (local, -1);
}

GDateTime *
hubrota_london_parse_input_datetime (const char *text, GError **error)
{
  g_return_val_if_fail (text != NULL, NULL);

  return parse_local (text, TRUE, error);
}

GDateTime *
hubrota_london_parse_input_on (const GDate *day, const char *clock, GError **error)
{
  g_autofree char *date = hubrota_london_format_date (day);
  g_autofree char *text = g_strdup_printf ("%sT%s", date, clock);

  return parse_local (text, TRUE, error);
}

gboolean
hubrota_london_parse_duration (const char *text, int *out_minutes, GError **error)
{
  const char *p = text;
  gint64 minutes = 0;
  gboolean seen_hours = FALSE, seen_minutes = FALSE;

  g_return_val_if_fail (text != NULL, FALSE);

  while (*p != '\0')
    {
      char *end = NULL;
      guint64 value;

      if (!g_ascii_isdigit (*p))
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               /* Translators: keep 3h, 90m and 1h30m as they are: they are
                                * what must be typed. */
                               _("‘%s’ is not a duration; write it as 3h, 90m or 1h30m"), text);
      value = g_ascii_strtoull (p, &end, 10);
      if (value > 10000)
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               _("the duration ‘%s’ is far too long"), text);
      if (*end == 'h' && !seen_hours && !seen_minutes)
        {
          minutes += value * 60;
          seen_hours = TRUE;
          end++;
        }
      else if (*end == 'm' && !seen_minutes)
        {
          minutes += value;
          seen_minutes = TRUE;
          end++;
        }
      else if (*end == '\0' && seen_hours && !seen_minutes)
        {
          /* "2h30": the minutes of an hours-and-minutes duration */
          minutes += value;
          seen_minutes = TRUE;
        }
      else
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               /* Translators: keep 3h, 90m and 1h30m as they are: they are
                                * what must be typed. */
                               _("‘%s’ is not a duration; write it as 3h, 90m or 1h30m"), text);
      p = end;
    }

  if (!seen_hours && !seen_minutes)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("‘%s’ is not a duration; write it as 3h, 90m or 1h30m"), text);
  if (minutes <= 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("the duration ‘%s’ is zero; an opening must last some time"), text);
  if (minutes > 24 * 60)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("the duration ‘%s’ is longer than a day"), text);

  *out_minutes = (int) minutes;
  return TRUE;
}

char *
hubrota_london_format_local (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (datetime, hubrota_london_tz ());

  /* Only the second of the autumn's two 01:30s needs its offset: without one, a stored or
   * printed time is the first, as RFC 5545 reads it. */
  return g_date_time_format (local, hubrota_london_is_repeat (local) ? "%Y-%m-%dT%H:%M%:z"
                                                                     : "%Y-%m-%dT%H:%M");
}

char *
hubrota_london_format_clock (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (datetime, hubrota_london_tz ());

  return g_date_time_format (local, hubrota_london_is_ambiguous (local) ? "%H:%M %Z" : "%H:%M");
}

char *
hubrota_london_format_input_clock (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (datetime, hubrota_london_tz ());

  return g_date_time_format (local, hubrota_london_is_ambiguous (local) ? "%H:%M%:z" : "%H:%M");
}

char *
hubrota_london_format_iso (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (datetime, hubrota_london_tz ());

  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
}

static char *
format_unix (gint64 t, const char *format)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, hubrota_london_tz ());

  return g_date_time_format (local, format);
}

char *
hubrota_london_format_range (gint64 start,
                             gint64 end)
{
  g_autoptr(GDateTime) from = g_date_time_new_from_unix_utc (start);
  g_autoptr(GDateTime) to = g_date_time_new_from_unix_utc (end);
  /* Translators: a layout for g_date_time_format (): "Sat 5 Dec". %a is the weekday's short
   * name, %-d the day of the month and %b the month's short name. */
  g_autofree char *from_day = format_unix (start, _("%a %-d %b"));
  g_autofree char *from_clock = hubrota_london_format_clock (from);
  g_autofree char *start_day = format_unix (start, "%F");
  g_autofree char *end_day = format_unix (end - 1, "%F");
  g_autofree char *to_day = format_unix (end, _("%a %-d %b"));
  g_autofree char *to_clock = hubrota_london_format_clock (to);

  if (g_strcmp0 (start_day, end_day) == 0)
    /* Translators: a day ("Sat 5 Dec"), then when something starts and ends on it: "Sat 5
     * Dec 10:00–13:00". */
    return g_strdup_printf (C_("day and times", "%s %s–%s"), from_day, from_clock, to_clock);
  /* Translators: the day and time something starts, then the day and time it ends: "Sat 5
   * Dec 22:00 to Sun 6 Dec 06:00". */
  return g_strdup_printf (C_("days and times", "%s %s to %s %s"), from_day, from_clock, to_day,
                          to_clock);
}

void
hubrota_london_today (GDate *out_today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());

  g_date_clear (out_today, 1);
  g_date_set_dmy (out_today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
}

char *
hubrota_london_format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

GDateTime *
hubrota_london_start_of_day (const GDate *date)
{
  return g_date_time_new (hubrota_london_tz (),
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date),
                          0, 0, 0);
}
