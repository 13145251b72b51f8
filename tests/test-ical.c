/* test-ical.c: the public iCalendar feed, parsed back with libical
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <libical/ical.h>

#include "hubrota-core.h"
#include "test-util.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

#define DESCRIPTION "Report a crime or get crime-prevention advice."

static HubrotaHub *
ampthill (void)
{
  HubrotaHub *hub = hubrota_hub_new ("ampthill", "Ampthill Parish Rooms", "ampthill");

  hubrota_hub_set_address (hub, "Dunstable Street, Ampthill");
  hubrota_hub_set_postcode (hub, "MK45 2JT");
  hubrota_hub_set_location (hub, 52.029, -0.495);
  hubrota_hub_set_description (hub, DESCRIPTION);
  return hub;
}

static GPtrArray *
object_array (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static GPtrArray *
ampthill_only (void)
{
  GPtrArray *hubs = object_array ();

  g_ptr_array_add (hubs, ampthill ());
  return hubs;
}

/* An opening the series put on start's date; start and end are local times. */
static HubrotaOccurrence *
opening (const char *hub, gint64 series, const char *start, const char *end)
{
  g_autoptr(GDateTime) s = test_util_local (start);
  g_autoptr(GDateTime) e = test_util_local (end);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (s), g_date_time_get_month (s),
                  g_date_time_get_year (s));
  return hubrota_occurrence_new (hub, series, &date, s, e);
}

static HubrotaOccurrence *
add_opening (GPtrArray *occurrences, gint64 series, const char *start, const char *end)
{
  HubrotaOccurrence *occurrence = opening ("ampthill", series, start, end);

  g_ptr_array_add (occurrences, occurrence);
  return occurrence;
}

/* Every physical line at most 75 octets, whole UTF-8 characters, and ended by CRLF. */
static void
assert_folded (const char *text)
{
  const char *line = text;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  while (*line != '\0')
    {
      const char *crlf = strstr (line, "\r\n");
      gsize length;

      g_assert_nonnull (crlf);
      length = (gsize) (crlf - line);
      g_assert_cmpuint (length, <=, 75);
      g_assert_null (memchr (line, '\n', length));
      g_assert_null (memchr (line, '\r', length));
      g_assert_true (g_utf8_validate (line, (gssize) length, NULL));
      line = crlf + 2;
    }
}

static char *
export_with (const char *name, GPtrArray *hubs, GPtrArray *occurrences,
             HubrotaIcalOptions *options)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2027, 3, 1, 12, 0, 0);
  g_autoptr(GDateTime) from = test_util_local ("2027-02-01T00:00");
  g_autoptr(GError) error = NULL;
  char *text;

  if (options->now == NULL)
    options->now = now;
  if (options->window_start == NULL)
    options->window_start = from;
  text = hubrota_ical_public_feed (name, hubs, occurrences, options, &error);
  options->now = options->window_start = NULL;
  g_assert_no_error (error);
  g_assert_nonnull (text);
  assert_folded (text);
  return text;
}

static char *
export (GPtrArray *hubs, GPtrArray *occurrences)
{
  HubrotaIcalOptions options = { 0 };

  return export_with ("Ampthill police hub", hubs, occurrences, &options);
}

static icalcomponent *
parse (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  return calendar;
}

static int
count_events (icalcomponent *calendar)
{
  return icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT);
}

static icalcomponent *
event_at (icalcomponent *calendar, int n)
{
  icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);

  for (int i = 0; i < n && event != NULL; i++)
    event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_nonnull (event);
  return event;
}

static icalcomponent *
event_with_uid (icalcomponent *calendar, const char *uid)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (event), uid) == 0)
      return event;
  g_assert_not_reached ();
}

static const char *
x_value (icalcomponent *component, const char *name)
{
  const char *value = NULL;

  for (icalproperty *p = icalcomponent_get_first_property (component, ICAL_X_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (component, ICAL_X_PROPERTY))
    if (g_strcmp0 (icalproperty_get_x_name (p), name) == 0)
      {
        g_assert_null (value);   /* only one */
        value = icalproperty_get_x (p);
      }
  return value;
}

/* The one property of that kind (borrowed) */
static icalproperty *
property (icalcomponent *component, icalproperty_kind kind)
{
  g_assert_cmpint (icalcomponent_count_properties (component, kind), ==, 1);
  return icalcomponent_get_first_property (component, kind);
}

static int
count_properties (icalcomponent *component, icalproperty_kind kind)
{
  return icalcomponent_count_properties (component, kind);
}

static char *
time_string (struct icaltimetype t)
{
  char *ical = icaltime_as_ical_string_r (t);
  char *text = g_strdup (ical);

  icalmemory_free_buffer (ical);
  return text;
}

/* The time as UTC, through the feed's own (trimmed) VTIMEZONE, as a client would. */
static char *
utc_through_feed (icalcomponent *calendar, struct icaltimetype t)
{
  icalcomponent *vtimezone = icalcomponent_get_first_component (calendar,
                                                                ICAL_VTIMEZONE_COMPONENT);
  icaltimezone *zone = icaltimezone_new ();
  char *text;

  g_assert_true (icaltimezone_set_component (zone, icalcomponent_new_clone (vtimezone)));
  t = icaltime_set_timezone (&t, zone);
  text = time_string (icaltime_convert_to_zone (t, icaltimezone_get_utc_timezone ()));
  icaltimezone_free (zone, 1);
  return text;
}

/* A DTSTART or DTEND: exactly one parameter, TZID=Europe/London, and a local date-time. */
static struct icaltimetype
zoned_time (icalproperty *property)
{
  icalparameter *tzid;
  struct icaltimetype t;

  g_assert_nonnull (property);
  g_assert_cmpint (icalproperty_count_parameters (property), ==, 1);
  tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  g_assert_nonnull (tzid);
  g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "Europe/London");
  t = icalvalue_get_datetime (icalproperty_get_value (property));
  g_assert_false (icaltime_is_utc (t));
  g_assert_false (icaltime_is_date (t));
  return t;
}

static void
assert_every_time_zoned (icalcomponent *calendar)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_assert_cmpint (count_properties (event, ICAL_DTSTART_PROPERTY), ==, 1);
      g_assert_cmpint (count_properties (event, ICAL_DTEND_PROPERTY), ==, 1);
      zoned_time (icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY));
      zoned_time (icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY));
    }
}

/* Local and UTC text of an event's DTSTART or DTEND */
static void
assert_time (icalcomponent *calendar, icalcomponent *event, icalproperty_kind kind,
             const char *local_text, const char *utc_text)
{
  struct icaltimetype t = zoned_time (icalcomponent_get_first_property (event, kind));
  g_autofree char *got_local = time_string (t);
  g_autofree char *got_utc = utc_through_feed (calendar, t);

  g_assert_cmpstr (got_local, ==, local_text);
  g_assert_cmpstr (got_utc, ==, utc_text);
}

static gboolean
has_line (const char *text, const char *line)
{
  g_autofree char *needle = g_strdup_printf ("\r\n%s\r\n", line);

  return strstr (text, needle) != NULL;
}

static guint
count_lines (const char *text, const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (strcmp (lines[i], line) == 0)
      n++;
  return n;
}

static void
test_calendar_properties (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  icalproperty *refresh;

  add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
  text = export (hubs, occurrences);
  calendar = parse (text);

  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (text, "\r\nEND:VCALENDAR\r\n"));
  g_assert_cmpstr (icalproperty_get_version (property (calendar, ICAL_VERSION_PROPERTY)), ==,
                   "2.0");
  g_assert_cmpstr (icalproperty_get_prodid (property (calendar, ICAL_PRODID_PROPERTY)), ==,
                   "-//Hubrota//Hubrota " PACKAGE_VERSION "//EN");
  g_assert_cmpstr (icalproperty_get_calscale (property (calendar, ICAL_CALSCALE_PROPERTY)), ==,
                   "GREGORIAN");
  /* A feed, not an iTIP message: METHOD:PUBLISH would need an ORGANIZER on every event. */
  g_assert_cmpint (count_properties (calendar, ICAL_METHOD_PROPERTY), ==, 0);
  g_assert_null (strstr (text, "METHOD"));
  g_assert_cmpstr (icalproperty_get_name (property (calendar, ICAL_NAME_PROPERTY)), ==,
                   "Ampthill police hub");
  g_assert_cmpstr (x_value (calendar, "X-WR-CALNAME"), ==, "Ampthill police hub");
  g_assert_cmpstr (x_value (calendar, "X-WR-TIMEZONE"), ==, "Europe/London");
  g_assert_cmpstr (x_value (calendar, "X-PUBLISHED-TTL"), ==, "PT6H");
  refresh = property (calendar, ICAL_REFRESHINTERVAL_PROPERTY);
  g_assert_cmpint (icaldurationtype_as_int (icalproperty_get_refreshinterval (refresh)), ==,
                   6 * 3600);

  /* The exact lines, as RFC 7986 spells REFRESH-INTERVAL (VALUE=DURATION is required). */
  g_assert_true (has_line (text, "VERSION:2.0"));
  g_assert_true (has_line (text, "CALSCALE:GREGORIAN"));
  g_assert_true (has_line (text, "NAME:Ampthill police hub"));
  g_assert_true (has_line (text, "X-WR-CALNAME:Ampthill police hub"));
  g_assert_true (has_line (text, "X-WR-TIMEZONE:Europe/London"));
  g_assert_true (has_line (text, "REFRESH-INTERVAL;VALUE=DURATION:PT6H"));
  g_assert_true (has_line (text, "X-PUBLISHED-TTL:PT6H"));
}

static void
test_refresh_interval (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  HubrotaIcalOptions options = { .refresh_hours = 12 };
  g_autofree char *twelve = export_with ("Hubs", hubs, occurrences, &options);
  g_autofree char *two_days = NULL;

  g_assert_true (has_line (twelve, "REFRESH-INTERVAL;VALUE=DURATION:PT12H"));
  g_assert_true (has_line (twelve, "X-PUBLISHED-TTL:PT12H"));

  /* libical writes whole days as days: the same length, and valid RFC 5545. */
  options.refresh_hours = 48;
  two_days = export_with ("Hubs", hubs, occurrences, &options);
  g_assert_true (has_line (two_days, "REFRESH-INTERVAL;VALUE=DURATION:P2D"));
  g_assert_true (has_line (two_days, "X-PUBLISHED-TTL:P2D"));
}

static void
test_vtimezone (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  icalcomponent *vtimezone;
  char *zone_text;
  g_auto(GStrv) zone_lines = NULL;

  add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
  text = export (hubs, occurrences);
  calendar = parse (text);

  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 1);
  vtimezone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  g_assert_cmpstr (icalproperty_get_tzid (property (vtimezone, ICAL_TZID_PROPERTY)), ==,
                   "Europe/London");
  g_assert_true (has_line (text, "TZID:Europe/London"));
  /* libical's own name for the zone goes nowhere, in any property or parameter. */
  g_assert_null (strstr (text, "freeassociation"));
  g_assert_null (strstr (text, "sourceforge"));

  /* Trimmed: the whole history since 1847 is about 390 lines. */
  zone_text = icalcomponent_as_ical_string_r (vtimezone);
  zone_lines = g_strsplit (zone_text, "\r\n", -1);
  icalmemory_free_buffer (zone_text);
  g_assert_cmpuint (g_strv_length (zone_lines), <, 40);
  g_assert_cmpint (icalcomponent_count_components (vtimezone, ICAL_XSTANDARD_COMPONENT), >=, 1);
  g_assert_cmpint (icalcomponent_count_components (vtimezone, ICAL_XDAYLIGHT_COMPONENT), >=, 1);
  /* Not closed at the window's end: the zone's last rules run on for ever, or readers built
   * on dateutil lose the autumn change and read winter openings an hour early. */
  g_assert_null (strstr (text, "TZUNTIL"));
  g_assert_true (has_line (text, "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"));
  g_assert_true (has_line (text, "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"));
}

/* A long calendar name is folded at 75 octets, never inside a character, and reads back
 * whole. */
static void
test_long_calendar_name (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autoptr(GString) name = g_string_new ("Ampthill, Flitwick; Maulden ");
  HubrotaIcalOptions options = { 0 };
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;

  for (guint i = 0; i < 60; i++)
    g_string_append (name, i % 3 == 0 ? "é" : i % 3 == 1 ? "🌊" : "a");
  text = export_with (name->str, hubs, occurrences, &options);   /* asserts the folding */
  calendar = parse (text);
  g_assert_cmpstr (x_value (calendar, "X-WR-CALNAME"), ==, name->str);
  g_assert_true (g_str_has_prefix (strstr (text, "X-WR-CALNAME:"),
                                   "X-WR-CALNAME:Ampthill\\, Flitwick\\; Maulden é🌊aé"));
}

/* The zone's text is the same whatever day the feed starts on (this year or the next), so a
 * feed does not change just because time passed. */
static void
test_vtimezone_stable (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autoptr(GDateTime) winter = test_util_local ("2026-12-01T00:00");
  g_autoptr(GDateTime) summer = test_util_local ("2027-07-01T00:00");
  HubrotaIcalOptions options = { .window_start = winter };
  g_autofree char *from_winter = export_with ("Hubs", hubs, occurrences, &options);
  g_autofree char *from_summer = NULL;

  options.window_start = summer;
  from_summer = export_with ("Hubs", hubs, occurrences, &options);
  g_assert_cmpstr (from_winter, ==, from_summer);
}

/* Both of the autumn's 01:30s go out in UTC: RFC 5545 reads a TZID time in the repeated hour
 * as the first, libical and ical.js as the second, and UTC leaves nothing to read. The
 * times around them keep their TZID. */
static void
test_repeated_hour (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;

  add_opening (occurrences, 42, "2027-10-31T00:30", "2027-10-31T01:30");
  add_opening (occurrences, 43, "2027-10-31T01:30", "2027-10-31T01:30+00:00");
  add_opening (occurrences, 44, "2027-10-31T01:30+00:00", "2027-10-31T02:30");
  text = export (hubs, occurrences);
  calendar = parse (text);

  g_assert_true (has_line (text, "DTSTART;TZID=Europe/London:20271031T003000"));
  g_assert_cmpuint (count_lines (text, "DTEND:20271031T003000Z"), ==, 1);
  g_assert_cmpuint (count_lines (text, "DTSTART:20271031T003000Z"), ==, 1);
  g_assert_cmpuint (count_lines (text, "DTEND:20271031T013000Z"), ==, 1);
  g_assert_cmpuint (count_lines (text, "DTSTART:20271031T013000Z"), ==, 1);
  g_assert_true (has_line (text, "DTEND;TZID=Europe/London:20271031T023000"));
  g_assert_null (strstr (text, "TZID=Europe/London:20271031T013000"));
  assert_time (calendar, event_at (calendar, 2), ICAL_DTEND_PROPERTY, "20271031T023000",
               "20271031T023000Z");
}

static void
test_clock_changes (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  /* Clocks go forward on 28 March 2027 and back on 31 October 2027. */
  const struct
  {
    const char *start, *end, *local_start, *local_end, *utc_start, *utc_end;
  } cases[] = {
    { "2027-03-20T10:00", "2027-03-20T13:00",
      "20270320T100000", "20270320T130000", "20270320T100000Z", "20270320T130000Z" },
    { "2027-04-03T10:00", "2027-04-03T13:00",
      "20270403T100000", "20270403T130000", "20270403T090000Z", "20270403T120000Z" },
    { "2027-10-30T10:00", "2027-10-30T13:00",
      "20271030T100000", "20271030T130000", "20271030T090000Z", "20271030T120000Z" },
    { "2027-11-06T10:00", "2027-11-06T13:00",
      "20271106T100000", "20271106T130000", "20271106T100000Z", "20271106T130000Z" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    add_opening (occurrences, 42, cases[i].start, cases[i].end);
  text = export (hubs, occurrences);
  calendar = parse (text);

  g_assert_cmpint (count_events (calendar), ==, G_N_ELEMENTS (cases));
  assert_every_time_zoned (calendar);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      icalcomponent *event = event_at (calendar, (int) i);
      const char *local_start = cases[i].local_start, *local_end = cases[i].local_end;
      g_autofree char *dtstart = g_strdup_printf ("DTSTART;TZID=Europe/London:%s", local_start);
      g_autofree char *dtend = g_strdup_printf ("DTEND;TZID=Europe/London:%s", local_end);

      assert_time (calendar, event, ICAL_DTSTART_PROPERTY, local_start, cases[i].utc_start);
      assert_time (calendar, event, ICAL_DTEND_PROPERTY, local_end, cases[i].utc_end);
      g_assert_true (has_line (text, dtstart));
      g_assert_true (has_line (text, dtend));
    }
}

/* Whatever zone the GDateTimes come in, the feed gives London wall-clock time. */
static void
test_utc_input (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autoptr(GDateTime) start = g_date_time_new_utc (2027, 4, 10, 9, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new_utc (2027, 4, 10, 12, 30, 0);
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 10, 4, 2027);
  g_ptr_array_add (occurrences, hubrota_occurrence_new ("ampthill", 42, &date, start, end));
  text = export (hubs, occurrences);
  calendar = parse (text);

  assert_time (calendar, event_at (calendar, 0), ICAL_DTSTART_PROPERTY,
               "20270410T100000", "20270410T090000Z");
  assert_time (calendar, event_at (calendar, 0), ICAL_DTEND_PROPERTY,
               "20270410T133000", "20270410T123000Z");
}

/* A window that misses some openings still gets a VTIMEZONE that covers them all. */
static void
test_vtimezone_covers_openings (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autoptr(GDateTime) from = test_util_local ("2027-03-01T00:00");
  HubrotaIcalOptions options = { .window_start = from };
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;

  add_opening (occurrences, 42, "2026-07-04T10:00", "2026-07-04T13:00");
  add_opening (occurrences, 42, "2027-11-06T10:00", "2027-11-06T13:00");
  add_opening (occurrences, 43, "2028-06-03T10:00", "2028-06-03T13:00");
  text = export_with ("Hubs", hubs, occurrences, &options);
  calendar = parse (text);

  assert_time (calendar, event_at (calendar, 0), ICAL_DTSTART_PROPERTY,
               "20260704T100000", "20260704T090000Z");
  assert_time (calendar, event_at (calendar, 1), ICAL_DTSTART_PROPERTY,
               "20271106T100000", "20271106T100000Z");
  assert_time (calendar, event_at (calendar, 2), ICAL_DTSTART_PROPERTY,
               "20280603T100000", "20280603T090000Z");
}

static void
test_scheduled_event (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  icalcomponent *event;
  struct icalgeotype geo;

  add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
  text = export (hubs, occurrences);
  calendar = parse (text);
  event = event_at (calendar, 0);

  g_assert_cmpstr (icalcomponent_get_uid (event), ==, "42-20270320@ampthill.hubrota");
  g_assert_cmpstr (icalcomponent_get_summary (event), ==,
                   "Ampthill Parish Rooms police hub open");
  g_assert_cmpstr (icalcomponent_get_location (event), ==,
                   "Dunstable Street, Ampthill, MK45 2JT");
  g_assert_cmpstr (icalcomponent_get_description (event), ==, DESCRIPTION);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CONFIRMED);
  g_assert_cmpstr (icalproperty_get_categories (property (event, ICAL_CATEGORIES_PROPERTY)), ==,
                   "Police hub");
  g_assert_cmpint (icalproperty_get_transp (property (event, ICAL_TRANSP_PROPERTY)), ==,
                   ICAL_TRANSP_TRANSPARENT);
  geo = icalproperty_get_geo (property (event, ICAL_GEO_PROPERTY));
  g_assert_cmpfloat_with_epsilon (geo.lat, 52.029, 1e-9);
  g_assert_cmpfloat_with_epsilon (geo.lon, -0.495, 1e-9);
  g_assert_true (has_line (text, "GEO:52.029000;-0.495000"));
  g_assert_true (has_line (text, "STATUS:CONFIRMED"));
  g_assert_true (has_line (text, "DTSTAMP:20270301T120000Z"));
  g_assert_cmpint (count_properties (event, ICAL_URL_PROPERTY), ==, 0);
  g_assert_cmpint (count_properties (event, ICAL_RRULE_PROPERTY), ==, 0);
  g_assert_cmpint (count_properties (event, ICAL_RECURRENCEID_PROPERTY), ==, 0);
}

/* No map position, address, postcode or description: those properties are left out. */
static void
test_sparse_hub (void)
{
  g_autoptr(GPtrArray) hubs = object_array ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  icalcomponent *event;

  g_ptr_array_add (hubs, hubrota_hub_new ("bedford-library", "Bedford Library", "castle"));
  g_ptr_array_add (occurrences, opening ("bedford-library", 7, "2027-05-01T10:00",
                                         "2027-05-01T12:00"));
  text = export (hubs, occurrences);
  calendar = parse (text);
  event = event_at (calendar, 0);

  g_assert_cmpstr (icalcomponent_get_uid (event), ==, "7-20270501@bedford-library.hubrota");
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Bedford Library police hub open");
  g_assert_cmpint (count_properties (event, ICAL_GEO_PROPERTY), ==, 0);
  g_assert_cmpint (count_properties (event, ICAL_LOCATION_PROPERTY), ==, 0);
  g_assert_cmpint (count_properties (event, ICAL_DESCRIPTION_PROPERTY), ==, 0);
}

static void
test_base_url (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  HubrotaIcalOptions options = { .base_url = "https://hubs.example.org/feeds/" };
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;

  add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
  text = export_with ("Hubs", hubs, occurrences, &options);
  calendar = parse (text);

  g_assert_cmpstr (icalproperty_get_url (property (event_at (calendar, 0), ICAL_URL_PROPERTY)), ==,
                   "https://hubs.example.org/feeds/ampthill.html");
}

static void
test_cancelled (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  icalcomponent *christmas, *boxing_day;

  add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
  hubrota_occurrence_set_cancelled (add_opening (occurrences, 42, "2027-12-25T10:00",
                                                 "2027-12-25T13:00"),
                                    "Closed for Christmas");
  hubrota_occurrence_set_cancelled (add_opening (occurrences, 42, "2027-12-26T10:00",
                                                 "2027-12-26T13:00"),
                                    NULL);
  text = export (hubs, occurrences);
  calendar = parse (text);

  /* Cancelled openings stay in the feed, so subscribed clients drop them. */
  g_assert_cmpint (count_events (calendar), ==, 3);
  g_assert_cmpint (icalcomponent_get_status (event_at (calendar, 0)), ==, ICAL_STATUS_CONFIRMED);
  christmas = event_with_uid (calendar, "42-20271225@ampthill.hubrota");
  g_assert_cmpint (icalcomponent_get_status (christmas), ==, ICAL_STATUS_CANCELLED);
  g_assert_cmpstr (icalcomponent_get_summary (christmas), ==,
                   "Cancelled: Ampthill Parish Rooms police hub open");
  g_assert_cmpstr (icalcomponent_get_description (christmas), ==,
                   "Cancelled: Closed for Christmas\n\n" DESCRIPTION);
  assert_time (calendar, christmas, ICAL_DTSTART_PROPERTY, "20271225T100000", "20271225T100000Z");
  boxing_day = event_with_uid (calendar, "42-20271226@ampthill.hubrota");
  g_assert_cmpint (icalcomponent_get_status (boxing_day), ==, ICAL_STATUS_CANCELLED);
  g_assert_cmpstr (icalcomponent_get_description (boxing_day), ==, "Cancelled.\n\n" DESCRIPTION);
  g_assert_cmpuint (count_lines (text, "STATUS:CANCELLED"), ==, 2);
  g_assert_cmpuint (count_lines (text, "STATUS:CONFIRMED"), ==, 1);
}

static char *
uid_of_only_event (GPtrArray *hubs, GPtrArray *occurrences, const char *local_start,
                   const char *utc_start)
{
  g_autofree char *text = export (hubs, occurrences);
  g_autoptr(icalcomponent) calendar = parse (text);
  icalcomponent *event = event_at (calendar, 0);

  g_assert_cmpint (count_events (calendar), ==, 1);
  assert_time (calendar, event, ICAL_DTSTART_PROPERTY, local_start, utc_start);
  return g_strdup (icalcomponent_get_uid (event));
}

/* Moved from a Friday in GMT to the Monday after the clocks change: same UID, new time. */
static void
test_moved (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  HubrotaOccurrence *occurrence = add_opening (occurrences, 42, "2027-03-26T14:00",
                                               "2027-03-26T17:00");
  g_autoptr(GDateTime) start = test_util_local ("2027-03-29T15:00");
  g_autoptr(GDateTime) end = test_util_local ("2027-03-29T18:00");
  g_autofree char *before = uid_of_only_event (hubs, occurrences, "20270326T140000",
                                               "20270326T140000Z");
  g_autofree char *after = NULL;

  hubrota_occurrence_set_moved (occurrence, start, end);
  hubrota_occurrence_set_revision (occurrence, 1, NULL);
  after = uid_of_only_event (hubs, occurrences, "20270329T150000", "20270329T140000Z");
  g_assert_cmpstr (before, ==, "42-20270326@ampthill.hubrota");
  g_assert_cmpstr (after, ==, before);
}

static GPtrArray *
three_openings (void)
{
  GPtrArray *occurrences = object_array ();

  add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
  add_opening (occurrences, 42, "2027-03-27T10:00", "2027-03-27T13:00");
  add_opening (occurrences, 43, "2027-03-20T14:00", "2027-03-20T16:00");
  return occurrences;
}

static void
test_uid_stability (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) again_hubs = ampthill_only ();
  g_autoptr(GPtrArray) first = three_openings ();
  g_autoptr(GPtrArray) again = three_openings ();
  g_autoptr(GPtrArray) reversed = object_array ();
  g_autofree char *text = export (hubs, first);
  g_autofree char *text_again = export (again_hubs, again);
  g_autofree char *text_reversed = NULL;
  g_autoptr(icalcomponent) calendar = parse (text);
  g_autoptr(icalcomponent) calendar_reversed = NULL;
  const char *expected[] = {
    "42-20270320@ampthill.hubrota", "42-20270327@ampthill.hubrota", "43-20270320@ampthill.hubrota",
  };

  /* Equal input, equal output: to the byte, since DTSTAMP is fixed here. */
  g_assert_cmpstr (text, ==, text_again);
  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (icalcomponent_get_uid (event_at (calendar, (int) i)), ==, expected[i]);

  /* A UID follows the opening, not its place in the list. */
  for (guint i = first->len; i > 0; i--)
    g_ptr_array_add (reversed, g_object_ref (g_ptr_array_index (first, i - 1)));
  text_reversed = export (hubs, reversed);
  calendar_reversed = parse (text_reversed);
  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      icalcomponent *event = event_at (calendar_reversed, (int) (G_N_ELEMENTS (expected) - 1 - i));
      g_assert_cmpstr (icalcomponent_get_uid (event), ==, expected[i]);
    }
}

static void
test_revision (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autoptr(GDateTime) changed = test_util_local ("2027-06-14T10:30");   /* BST: 09:30 UTC */
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  icalcomponent *fresh, *edited;
  icalproperty *modified;
  g_autofree char *last_modified = NULL;
  g_autofree char *dtstamp = NULL;

  add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
  hubrota_occurrence_set_revision (add_opening (occurrences, 42, "2027-03-27T10:00",
                                                "2027-03-27T13:00"),
                                   3, changed);
  text = export (hubs, occurrences);
  calendar = parse (text);
  fresh = event_at (calendar, 0);
  edited = event_at (calendar, 1);

  g_assert_cmpint (icalproperty_get_sequence (property (fresh, ICAL_SEQUENCE_PROPERTY)), ==, 0);
  /* Never changed: no LAST-MODIFIED rather than a made-up one. */
  g_assert_cmpint (count_properties (fresh, ICAL_LASTMODIFIED_PROPERTY), ==, 0);

  g_assert_cmpint (icalcomponent_get_sequence (edited), ==, 3);
  modified = property (edited, ICAL_LASTMODIFIED_PROPERTY);
  last_modified = time_string (icalproperty_get_lastmodified (modified));
  g_assert_cmpstr (last_modified, ==, "20270614T093000Z");
  /* With no METHOD, DTSTAMP is when the event last changed (RFC 5545 section 3.8.7.2), so
   * a feed of unchanged openings is the same to the byte whenever it is written. */
  dtstamp = time_string (icalcomponent_get_dtstamp (edited));
  g_assert_cmpstr (dtstamp, ==, "20270614T093000Z");
  g_clear_pointer (&dtstamp, g_free);
  dtstamp = time_string (icalcomponent_get_dtstamp (fresh));
  g_assert_cmpstr (dtstamp, ==, "20270301T120000Z");
  g_assert_true (has_line (text, "SEQUENCE:3"));
  g_assert_true (has_line (text, "LAST-MODIFIED:20270614T093000Z"));
}

static void
test_dtstamp_now (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autoptr(GError) error = NULL;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  struct icaltimetype dtstamp;
  gint64 after;

  add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
  text = hubrota_ical_public_feed ("Hubs", hubs, occurrences, NULL, &error);
  after = g_get_real_time () / G_USEC_PER_SEC;
  g_assert_no_error (error);
  assert_folded (text);
  calendar = parse (text);
  g_assert_true (has_line (text, "REFRESH-INTERVAL;VALUE=DURATION:PT6H"));
  dtstamp = icalcomponent_get_dtstamp (event_at (calendar, 0));
  g_assert_true (icaltime_is_utc (dtstamp));
  g_assert_cmpint (icaltime_as_timet (dtstamp), >=, before);
  g_assert_cmpint (icaltime_as_timet (dtstamp), <=, after);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) hubs = object_array ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autofree char *text = export (hubs, occurrences);
  g_autoptr(icalcomponent) calendar = parse (text);

  g_assert_cmpint (count_events (calendar), ==, 0);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 1);
}

#define HOSTILE_NAME "Ampthill; \"Parish\" Rooms, \\N hub\nEND:VEVENT"
#define HOSTILE_ADDRESS "1, Dunstable St; Flat \\2\nBEGIN:VEVENT\nUID:evil@example.org"
#define HOSTILE_REASON "Closed; \"flooded\", sorry\nEND:VEVENT 🌊"
#define HOSTILE_DESCRIPTION \
  "First line\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@example.org\nEND:VCALENDAR\n" \
  "Commas, semicolons; backslashes \\ \\n \\, \\; and a colon: \"quoted\"\n" \
  "\tTabbed. Καλημέρα· Здравствуйте! 你好，世界。 مرحبا بكم नमस्ते 👮‍♀️🚓😀🇬🇧"

static char *
long_description (void)
{
  const char *pieces[] = {
    "Crime prevention; ", "Žluťoučký kůň, ", "警察署 ", "🚓👮 ", "\\n ", "\n",
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; g_utf8_strlen (text->str, -1) < 500; i++)
    g_string_append (text, pieces[i % G_N_ELEMENTS (pieces)]);
  g_string_truncate (text, g_utf8_offset_to_pointer (text->str, 500) - text->str);
  g_assert_cmpint (g_utf8_strlen (text->str, -1), ==, 500);
  return g_string_free (text, FALSE);
}

static void
test_hostile_text (void)
{
  g_autoptr(GPtrArray) hubs = object_array ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autoptr(HubrotaHub) hostile = hubrota_hub_new ("ampthill", HOSTILE_NAME, "ampthill");
  g_autoptr(HubrotaHub) wordy = hubrota_hub_new ("wordy", "Wordy", "ampthill");
  g_autofree char *essay = long_description ();
  HubrotaIcalOptions options = { 0 };
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  icalcomponent *event;

  hubrota_hub_set_address (hostile, HOSTILE_ADDRESS);
  hubrota_hub_set_postcode (hostile, "MK45 2JT");
  hubrota_hub_set_description (hostile, HOSTILE_DESCRIPTION);
  hubrota_hub_set_description (wordy, essay);
  g_ptr_array_add (hubs, g_object_ref (hostile));
  g_ptr_array_add (hubs, g_object_ref (wordy));
  add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
  hubrota_occurrence_set_cancelled (add_opening (occurrences, 42, "2027-03-27T10:00",
                                                 "2027-03-27T13:00"),
                                    HOSTILE_REASON);
  g_ptr_array_add (occurrences, opening ("wordy", 9, "2027-04-03T10:00", "2027-04-03T13:00"));
  text = export_with (HOSTILE_NAME, hubs, occurrences, &options);
  calendar = parse (text);

  /* Only the three openings, however many BEGIN:VEVENT the text holds. */
  g_assert_cmpint (count_events (calendar), ==, 3);
  g_assert_cmpuint (count_lines (text, "BEGIN:VEVENT"), ==, 3);
  g_assert_cmpuint (count_lines (text, "END:VEVENT"), ==, 3);
  g_assert_cmpuint (count_lines (text, "END:VCALENDAR"), ==, 1);
  g_assert_cmpuint (count_lines (text, "UID:evil@example.org"), ==, 0);

  g_assert_cmpstr (icalproperty_get_name (property (calendar, ICAL_NAME_PROPERTY)), ==,
                   HOSTILE_NAME);
  g_assert_cmpstr (x_value (calendar, "X-WR-CALNAME"), ==, HOSTILE_NAME);
  /* Escaped as TEXT, commas and semicolons too, though libical leaves those raw in an
   * x-property (vobject then cut the name at its first comma). */
  g_assert_true (has_line (text, "X-WR-CALNAME:Ampthill\\; \"Parish\" Rooms\\, \\\\N hub\\nEND:VEVENT"));
  event = event_at (calendar, 0);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, HOSTILE_NAME " police hub open");
  g_assert_cmpstr (icalcomponent_get_location (event), ==, HOSTILE_ADDRESS ", MK45 2JT");
  g_assert_cmpstr (icalcomponent_get_description (event), ==, HOSTILE_DESCRIPTION);
  event = event_at (calendar, 1);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==,
                   "Cancelled: " HOSTILE_NAME " police hub open");
  g_assert_cmpstr (icalcomponent_get_description (event), ==,
                   "Cancelled: " HOSTILE_REASON "\n\n" HOSTILE_DESCRIPTION);
  g_assert_cmpstr (icalcomponent_get_description (event_at (calendar, 2)), ==, essay);
  assert_every_time_zoned (calendar);
}

/* libical folds by octets; no fold may split a character, wherever the text starts. */
static void
test_folding (void)
{
  const char *characters[] = { "é", "€", "😀", "👮‍♀️", "🇬🇧", "a b" };

  for (gsize c = 0; c < G_N_ELEMENTS (characters); c++)
    for (int offset = 0; offset < 8; offset++)
      {
        g_autoptr(GPtrArray) hubs = ampthill_only ();
        g_autoptr(GPtrArray) occurrences = object_array ();
        GString *description = g_string_new (NULL);
        g_autofree char *expected = NULL;
        g_autofree char *text = NULL;
        g_autoptr(icalcomponent) calendar = NULL;

        for (int i = 0; i < offset; i++)
          g_string_append_c (description, 'x');
        for (int i = 0; i < 60; i++)
          g_string_append (description, characters[c]);
        expected = g_string_free (description, FALSE);
        hubrota_hub_set_description (g_ptr_array_index (hubs, 0), expected);
        add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
        text = export (hubs, occurrences);   /* checks every line */
        calendar = parse (text);
        g_assert_cmpstr (icalcomponent_get_description (event_at (calendar, 0)), ==, expected);
      }
}

/* Text that RFC 5545 cannot carry: line ends become newlines, other controls go. */
static void
test_control_characters (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;

  hubrota_hub_set_description (g_ptr_array_index (hubs, 0),
                               "Windows\r\nline\rends\x01\x1b[31m\x7f\tand a tab");
  add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
  text = export (hubs, occurrences);
  calendar = parse (text);
  g_assert_cmpstr (icalcomponent_get_description (event_at (calendar, 0)), ==,
                   "Windows\nline\nends[31m\tand a tab");
  g_assert_null (strchr (text, '\x1b'));
}

/* Who staffs an opening never reaches a public feed. */
static void
test_no_officer_data (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  HubrotaOccurrence *staffed = add_opening (occurrences, 42, "2027-03-20T10:00",
                                            "2027-03-20T13:00");
  HubrotaOccurrence *cancelled = add_opening (occurrences, 42, "2027-03-27T10:00",
                                              "2027-03-27T13:00");
  const char *officers[] = { "PC1234", "PCSO5678", "Grace Okafor" };
  g_autoptr(GRegex) unfold = g_regex_new ("\r\n[ \t]", 0, 0, NULL);
  g_autofree char *text = NULL;
  g_autofree char *unfolded = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (officers); i++)
    {
      hubrota_occurrence_add_assigned (staffed, officers[i]);
      hubrota_occurrence_add_assigned (cancelled, officers[i]);
    }
  hubrota_occurrence_set_cancelled (cancelled, "Staff training");
  text = export (hubs, occurrences);
  /* Unfolded as well, in case a fold split a name. */
  unfolded = g_regex_replace_literal (unfold, text, -1, 0, "", 0, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (officers); i++)
    {
      g_assert_null (strstr (text, officers[i]));
      g_assert_null (strstr (unfolded, officers[i]));
    }
  g_assert_null (strstr (unfolded, "1234"));
  g_assert_null (strstr (unfolded, "5678"));
  g_assert_null (strstr (unfolded, "Okafor"));
}

static void
assert_feed_error (GPtrArray *hubs, GPtrArray *occurrences, const HubrotaIcalOptions *options,
                   int code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = hubrota_ical_public_feed ("Hubs", hubs, occurrences, options, &error);

  g_assert_error (error, HUBROTA_STORE_ERROR, code);
  g_assert_null (text);
}

static void
test_errors (void)
{
  g_autoptr(GPtrArray) hubs = ampthill_only ();
  g_autoptr(GPtrArray) occurrences = object_array ();
  g_autoptr(GPtrArray) stray = object_array ();
  const char *bad_urls[] = {
    "https://hubs.example.org\r\nBEGIN:VEVENT",
    "https://hubs.example.org/a b",
    "https://hubs.example.org/é",
    "ftp://hubs.example.org/",
    "javascript:alert(1)",
    "hubs.example.org",
    "https://hubs.example.org/?x=1",
    "https://hubs.example.org/#top",
    "",
  };

  add_opening (occurrences, 42, "2027-03-20T10:00", "2027-03-20T13:00");
  g_ptr_array_add (stray, opening ("elsewhere", 1, "2027-03-20T10:00", "2027-03-20T13:00"));
  assert_feed_error (hubs, stray, NULL, HUBROTA_STORE_ERROR_NOT_FOUND);
  for (gsize i = 0; i < G_N_ELEMENTS (bad_urls); i++)
    assert_feed_error (hubs, occurrences, &(HubrotaIcalOptions) { .base_url = bad_urls[i] },
                       HUBROTA_STORE_ERROR_INVALID);
  assert_feed_error (hubs, occurrences, &(HubrotaIcalOptions) { .refresh_hours = -1 },
                     HUBROTA_STORE_ERROR_INVALID);
  assert_feed_error (hubs, occurrences, &(HubrotaIcalOptions) { .refresh_hours = 100000 },
                     HUBROTA_STORE_ERROR_INVALID);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ical/calendar-properties", test_calendar_properties);
  g_test_add_func ("/ical/refresh-interval", test_refresh_interval);
  g_test_add_func ("/ical/vtimezone", test_vtimezone);
  g_test_add_func ("/ical/vtimezone-stable", test_vtimezone_stable);
  g_test_add_func ("/ical/long-calendar-name", test_long_calendar_name);
  g_test_add_func ("/ical/clock-changes", test_clock_changes);
  g_test_add_func ("/ical/repeated-hour", test_repeated_hour);
  g_test_add_func ("/ical/utc-input", test_utc_input);
  g_test_add_func ("/ical/vtimezone-covers-openings", test_vtimezone_covers_openings);
  g_test_add_func ("/ical/scheduled-event", test_scheduled_event);
  g_test_add_func ("/ical/sparse-hub", test_sparse_hub);
  g_test_add_func ("/ical/base-url", test_base_url);
  g_test_add_func ("/ical/cancelled", test_cancelled);
  g_test_add_func ("/ical/moved", test_moved);
  g_test_add_func ("/ical/uid-stability", test_uid_stability);
  g_test_add_func ("/ical/revision", test_revision);
  g_test_add_func ("/ical/dtstamp-now", test_dtstamp_now);
  g_test_add_func ("/ical/empty", test_empty);
  g_test_add_func ("/ical/hostile-text", test_hostile_text);
  g_test_add_func ("/ical/folding", test_folding);
  g_test_add_func ("/ical/control-characters", test_control_characters);
  g_test_add_func ("/ical/no-officer-data", test_no_officer_data);
  g_test_add_func ("/ical/errors", test_errors);

  return g_test_run ();
}
