/* test-london.c: parsing and printing Europe/London local times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hubrota-core.h"

static void
test_parse_date (void)
{
  g_autoptr(GDate) date = NULL;
  const char *bad[] = { "2026-02-30", "2026-13-01", "2026-00-10", "26-1-1", "", "2026-12-05x",
                        "2026-12-5", "2027-02-29" };

  date = hubrota_london_parse_date ("2028-02-29", NULL);
  g_assert_nonnull (date);
  g_assert_cmpint (g_date_get_day (date), ==, 29);
  g_assert_cmpint (g_date_get_month (date), ==, 2);
  g_assert_cmpint (g_date_get_year (date), ==, 2028);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDate) none = hubrota_london_parse_date (bad[i], &error);
      g_assert_null (none);
      g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
    }
}

static void
test_parse_datetime (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) summer = hubrota_london_parse_datetime ("2027-07-03T10:00", NULL);
  g_autoptr(GDateTime) gap = hubrota_london_parse_datetime ("2027-03-28T01:30", &error);
  g_autofree char *iso = hubrota_london_format_iso (summer);
  g_autofree char *local = hubrota_london_format_local (summer);

  g_assert_cmpstr (iso, ==, "2027-07-03T10:00:00+01:00");
  g_assert_cmpstr (local, ==, "2027-07-03T10:00");
  g_assert_null (gap);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "does not exist in Europe/London"));
  g_clear_error (&error);

  g_assert_null (hubrota_london_parse_datetime ("2026-12-05T24:00", &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (hubrota_london_parse_datetime ("2026-12-05 10:00", &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
}

/* The autumn's 01:30 comes twice: 00:30 UTC (BST) and 01:30 UTC (GMT). */
#define FIRST_0130 G_GINT64_CONSTANT (1824942600)
#define SECOND_0130 (FIRST_0130 + 3600)

static gint64
unix_of (const char *text, gboolean typed, GError **error)
{
  g_autoptr(GDateTime) dt = typed ? hubrota_london_parse_input_datetime (text, error)
                                  : hubrota_london_parse_datetime (text, error);

  return dt != NULL ? g_date_time_to_unix (dt) : -1;
}

static void
assert_refused (const char *text, const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (unix_of (text, TRUE, &error), ==, -1);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_repeated_hour (void)
{
  g_autoptr(GDateTime) first = g_date_time_new_from_unix_utc (FIRST_0130);
  g_autoptr(GDateTime) second = g_date_time_new_from_unix_utc (SECOND_0130);
  g_autoptr(GDateTime) noon = g_date_time_new_from_unix_utc (FIRST_0130 + 12 * 3600);
  struct { GDateTime *time; const char *local, *clock, *typed; gboolean repeat; } printed[] = {
    { first, "2027-10-31T01:30", "01:30 BST", "01:30+01:00", FALSE },
    { second, "2027-10-31T01:30+00:00", "01:30 GMT", "01:30+00:00", TRUE },
    { noon, "2027-10-31T12:30", "12:30", "12:30", FALSE },
  };
  g_autoptr(GDate) day = hubrota_london_parse_date ("2027-10-31", NULL);
  g_autoptr(GDateTime) on_day = hubrota_london_parse_input_on (day, "01:30+00:00", NULL);

  /* Stored without an offset, it is the first, as RFC 5545 reads a TZID time. */
  g_assert_cmpint (unix_of ("2027-10-31T01:30", FALSE, NULL), ==, FIRST_0130);
  g_assert_cmpint (unix_of ("2027-10-31T01:30+01:00", FALSE, NULL), ==, FIRST_0130);
  g_assert_cmpint (unix_of ("2027-10-31T01:30+00:00", FALSE, NULL), ==, SECOND_0130);
  g_assert_cmpint (unix_of ("2027-10-31T01:30+01:00", TRUE, NULL), ==, FIRST_0130);
  g_assert_cmpint (unix_of ("2027-10-31T01:30+00:00", TRUE, NULL), ==, SECOND_0130);
  g_assert_cmpint (unix_of ("2026-12-05T10:00+00:00", TRUE, NULL), ==, 1796464800);
  g_assert_cmpint (unix_of ("2027-07-03T10:00+01:00", TRUE, NULL), ==, 1814605200);
  g_assert_cmpint (g_date_time_to_unix (on_day), ==, SECOND_0130);

  assert_refused ("2027-10-31T01:30",
                  "2027-10-31T01:30 happens twice in Europe/London (the clocks go back an hour "
                  "then); write 2027-10-31T01:30+01:00 for the first (BST) or "
                  "2027-10-31T01:30+00:00 for the second (GMT)");
  assert_refused ("2027-10-31T01:30+02:00", "2027-10-31T01:30+02:00 has the wrong offset: "
                  "Europe/London is at +01:00 (BST), then at +00:00 (GMT)");
  assert_refused ("2026-12-05T10:00+01:00", "2026-12-05T10:00+01:00 has the wrong offset: "
                  "Europe/London is at +00:00 (GMT) then");
  assert_refused ("2027-03-28T01:30+00:00",
                  "2027-03-28T01:30 does not exist in Europe/London: the clocks go forward then");
  assert_refused ("2027-10-31T01:30Z", "‘2027-10-31T01:30Z’ is not a local date and time; "
                  "write it as YYYY-MM-DDTHH:MM");
  assert_refused ("2027-10-31T01:30+0100", "‘2027-10-31T01:30+0100’ is not a local date and "
                  "time; write it as YYYY-MM-DDTHH:MM");
  assert_refused ("2027-10-31T01:30-00:00", "‘2027-10-31T01:30-00:00’ is not a local date and "
                  "time; write it as YYYY-MM-DDTHH:MM");
  assert_refused ("2027-10-31T01:30+01:60", "‘2027-10-31T01:30+01:60’ is not a local date and "
                  "time; write it as YYYY-MM-DDTHH:MM");

  for (guint i = 0; i < G_N_ELEMENTS (printed); i++)
    {
      g_autofree char *local = hubrota_london_format_local (printed[i].time);
      g_autofree char *clock = hubrota_london_format_clock (printed[i].time);
      g_autofree char *typed = hubrota_london_format_input_clock (printed[i].time);

      g_assert_cmpstr (local, ==, printed[i].local);
      g_assert_cmpstr (clock, ==, printed[i].clock);
      g_assert_cmpstr (typed, ==, printed[i].typed);
      g_assert_cmpint (hubrota_london_is_repeat (printed[i].time), ==, printed[i].repeat);
      /* What the store writes, it reads back as the same instant. */
      g_assert_cmpint (unix_of (local, FALSE, NULL), ==, g_date_time_to_unix (printed[i].time));
    }
}

static void
test_parse_duration (void)
{
  struct { const char *text; int minutes; } good[] = {
    { "3h", 180 }, { "90m", 90 }, { "1h30m", 90 }, { "2h30", 150 }, { "24h", 1440 }, { "1m", 1 },
  };
  const char *bad[] = { "0", "0h", "0m", "-1h", "3x", "", "h", "25h", "1h2h", "30m1h", "3 h" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      int minutes = -1;
      g_assert_true (hubrota_london_parse_duration (good[i].text, &minutes, NULL));
      g_assert_cmpint (minutes, ==, good[i].minutes);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = -1;
      g_assert_false (hubrota_london_parse_duration (bad[i], &minutes, &error));
      g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
      g_assert_cmpint (minutes, ==, -1);
    }
}

static void
test_parse_clock (void)
{
  struct { const char *text; int minutes; } good[] = {
    { "00:00", 0 }, { "09:30", 570 }, { "23:59", 1439 },
  };
  struct { const char *text; const char *message; } bad[] = {
    { "9:30", "‘9:30’ is not a time of day; write it as HH:MM" },
    { " 09:30", "‘ 09:30’ is not a time of day; write it as HH:MM" },
    { "09:-3", "‘09:-3’ is not a time of day; write it as HH:MM" },
    { "09.30", "‘09.30’ is not a time of day; write it as HH:MM" },
    { "09:30+01:00", "‘09:30+01:00’ is not a time of day; write it as HH:MM" },
    { "", "‘’ is not a time of day; write it as HH:MM" },
    { "24:00", "24:00 is not a time of day that exists" },
    { "12:60", "12:60 is not a time of day that exists" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      int minutes = -1;
      g_assert_true (hubrota_london_parse_clock (good[i].text, &minutes, NULL));
      g_assert_cmpint (minutes, ==, good[i].minutes);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = -1;
      g_assert_false (hubrota_london_parse_clock (bad[i].text, &minutes, &error));
      g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad[i].message);
      g_assert_cmpint (minutes, ==, -1);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/london/parse-date", test_parse_date);
  g_test_add_func ("/london/parse-datetime", test_parse_datetime);
  g_test_add_func ("/london/parse-duration", test_parse_duration);
  g_test_add_func ("/london/parse-clock", test_parse_clock);
  g_test_add_func ("/london/repeated-hour", test_repeated_hour);

  return g_test_run ();
}
