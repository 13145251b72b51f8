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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/london/parse-date", test_parse_date);
  g_test_add_func ("/london/parse-datetime", test_parse_datetime);
  g_test_add_func ("/london/parse-duration", test_parse_duration);

  return g_test_run ();
}
