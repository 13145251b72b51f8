/* test-recurrence.c: RRULE expansion on libical, in Europe/London on purpose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hubrota-core.h"
#include "hubrota-recurrence.h"
#include "test-util.h"

/* Expands and returns the starts as "2027-03-27T10:00:00+00:00,…" */
static char *
expand (const char *start, const char *rrule, const char *from, const char *until)
{
  g_autoptr(GDateTime) s = test_util_local (start);
  g_autoptr(GDateTime) a = test_util_local (from);
  g_autoptr(GDateTime) b = test_util_local (until);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) starts = hubrota_recurrence_expand (s, rrule, a, b, &error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < starts->len; i++)
    {
      g_autofree char *iso = hubrota_london_format_iso (g_ptr_array_index (starts, i));
      g_strv_builder_add (builder, iso);
    }
  list = g_strv_builder_end (builder);
  return g_strjoinv (",", list);
}

/* A series that starts on the second 01:30 (GMT) keeps the second in every repeated hour;
 * one that starts on the first keeps the first. */
static void
test_repeated_hour (void)
{
  const char *rule = "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU";
  g_autofree char *second = expand ("2027-10-31T01:30+00:00", rule, "2027-10-01T00:00",
                                    "2029-10-01T00:00");
  g_autofree char *first = expand ("2027-10-31T01:30+01:00", rule, "2027-10-01T00:00",
                                   "2029-10-01T00:00");

  g_assert_cmpstr (second, ==, "2027-10-31T01:30:00+00:00,2028-10-29T01:30:00+00:00");
  g_assert_cmpstr (first, ==, "2027-10-31T01:30:00+01:00,2028-10-29T01:30:00+01:00");
}

static void
test_spring_forward (void)
{
  g_autofree char *got = expand ("2027-01-02T10:00", "FREQ=WEEKLY;BYDAY=SA",
                                 "2027-03-20T00:00", "2027-04-04T00:00");

  /* Clocks go forward at 01:00 UTC on Sunday 28 March 2027. */
  g_assert_cmpstr (got, ==,
                   "2027-03-20T10:00:00+00:00,2027-03-27T10:00:00+00:00,2027-04-03T10:00:00+01:00");
}

static void
test_fall_back (void)
{
  g_autofree char *got = expand ("2027-01-02T10:00", "FREQ=WEEKLY;BYDAY=SA",
                                 "2027-10-23T00:00", "2027-11-07T00:00");

  /* Clocks go back at 01:00 UTC on Sunday 31 October 2027. */
  g_assert_cmpstr (got, ==,
                   "2027-10-23T10:00:00+01:00,2027-10-30T10:00:00+01:00,2027-11-06T10:00:00+00:00");
}

static void
test_patterns (void)
{
  g_autofree char *fortnightly = expand ("2026-12-04T14:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
                                         "2026-12-01T00:00", "2027-01-01T00:00");
  g_autofree char *first_saturday = expand ("2026-12-05T10:00", "FREQ=MONTHLY;BYDAY=1SA",
                                            "2026-12-01T00:00", "2027-03-01T00:00");
  g_autofree char *setpos = expand ("2026-12-26T10:00", "FREQ=MONTHLY;BYDAY=SA;BYSETPOS=-1",
                                    "2026-12-01T00:00", "2027-03-01T00:00");
  g_autofree char *count = expand ("2026-12-05T10:00", "FREQ=WEEKLY;COUNT=3",
                                   "2026-01-01T00:00", "2028-01-01T00:00");
  g_autofree char *until = expand ("2026-12-05T10:00", "FREQ=WEEKLY;UNTIL=20261219T235959Z",
                                   "2026-01-01T00:00", "2028-01-01T00:00");
  g_autofree char *once = expand ("2026-12-23T11:00", NULL, "2026-12-01T00:00", "2027-01-01T00:00");
  g_autofree char *outside = expand ("2026-12-23T11:00", NULL, "2027-01-01T00:00", "2027-02-01T00:00");

  g_assert_cmpstr (fortnightly, ==, "2026-12-04T14:00:00+00:00,2026-12-18T14:00:00+00:00");
  g_assert_cmpstr (first_saturday, ==,
                   "2026-12-05T10:00:00+00:00,2027-01-02T10:00:00+00:00,2027-02-06T10:00:00+00:00");
  g_assert_cmpstr (setpos, ==,
                   "2026-12-26T10:00:00+00:00,2027-01-30T10:00:00+00:00,2027-02-27T10:00:00+00:00");
  g_assert_cmpstr (count, ==,
                   "2026-12-05T10:00:00+00:00,2026-12-12T10:00:00+00:00,2026-12-19T10:00:00+00:00");
  g_assert_cmpstr (until, ==, count);
  g_assert_cmpstr (once, ==, "2026-12-23T11:00:00+00:00");
  g_assert_cmpstr (outside, ==, "");
}

static void
test_invalid (void)
{
  struct { const char *start; const char *rrule; const char *says; } bad[] = {
    { "2026-12-05T10:00", "FREQ=SOMETIMES", "is not a recurrence rule" },
    { "2026-12-05T10:00", "BYDAY=SA", "is not a recurrence rule" },
    { "2026-12-05T10:00", "FREQ=HOURLY", "more than once a day" },
    { "2026-12-05T10:00", "FREQ=DAILY;BYHOUR=9,14", "BYHOUR" },
    { "2026-12-04T10:00", "FREQ=WEEKLY;BYDAY=SA", "is not one of the days" },
    { "2026-12-05T10:00", "FREQ=WEEKLY;UNTIL=20261101", "ends before the first opening" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GDateTime) start = test_util_local (bad[i].start);
      g_autoptr(GError) error = NULL;

      g_assert_false (hubrota_recurrence_validate (start, bad[i].rrule, &error));
      g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
      if (strstr (error->message, bad[i].says) == NULL)
        g_error ("%s: ‘%s’ does not say ‘%s’", bad[i].rrule, error->message, bad[i].says);
    }
}

static void
test_describe (void)
{
  struct { const char *start; int minutes; const char *rrule; const char *says; } cases[] = {
    { "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA",
      "Every Saturday, 10:00–13:00, from 5 December 2026" },
    { "2026-12-04T14:00", 180, "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
      "Every other Friday, 14:00–17:00, from 4 December 2026" },
    { "2026-12-05T10:00", 120, "FREQ=MONTHLY;BYDAY=1SA;COUNT=6",
      "The first Saturday of each month, 10:00–12:00, from 5 December 2026 (6 times)" },
    { "2026-12-01T10:00", 60, "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270327",
      "Every Tuesday and Thursday, 10:00–11:00, from 1 December 2026 until 27 March 2027" },
    { "2026-12-23T11:00", 90, NULL, "Once, on Wednesday 23 December 2026, 11:00–12:30" },
    { "2026-12-05T10:00", 60, "FREQ=YEARLY;BYMONTH=12;BYDAY=1SA",
      "RRULE FREQ=YEARLY;BYMONTH=12;BYDAY=1SA, 10:00–11:00, from 5 December 2026" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) start = test_util_local (cases[i].start);
      g_autoptr(HubrotaSeries) series = hubrota_series_new ("x", start, cases[i].minutes,
                                                            cases[i].rrule);
      g_autofree char *text = hubrota_series_describe (series);
      g_assert_cmpstr (text, ==, cases[i].says);
    }
}

/* Expanding a window far from the start skips ahead by whole periods for plain daily and
 * weekly rules; it must give exactly what walking from the start gives, across clock
 * changes, and rules that do not repeat exactly (COUNT, BYMONTHDAY…) are walked. */
static void
test_skip_ahead (void)
{
  const char *rules[] = {
    "FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,SU;UNTIL=20280101T000000Z",
    "FREQ=WEEKLY;COUNT=100", "FREQ=MONTHLY;BYDAY=1SA", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
  };
  g_autoptr(GDateTime) start = test_util_local ("2025-01-06T22:00");
  g_autoptr(GDateTime) window_start = test_util_local ("2026-03-20T00:00");
  g_autoptr(GDateTime) window_end = test_util_local ("2026-11-02T00:00");

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) skipped = hubrota_recurrence_expand (start, rules[i], window_start,
                                                                window_end, &error);
      g_autoptr(GPtrArray) walked = hubrota_recurrence_expand (start, rules[i], start, window_end,
                                                               &error);
      guint k = 0;

      g_assert_no_error (error);
      for (guint j = 0; j < walked->len; j++)
        if (g_date_time_compare (g_ptr_array_index (walked, j), window_start) >= 0)
          {
            g_assert_cmpuint (k, <, skipped->len);
            g_assert_true (g_date_time_equal (g_ptr_array_index (walked, j),
                                              g_ptr_array_index (skipped, k)));
            g_assert_cmpint (g_date_time_get_hour (g_ptr_array_index (skipped, k)), ==, 22);
            k++;
          }
      g_test_message ("%s: %u in the window", rules[i], k);
      g_assert_cmpuint (k, ==, skipped->len);
      g_assert_cmpuint (k, >, 0);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recurrence/dst/spring-forward", test_spring_forward);
  g_test_add_func ("/recurrence/dst/fall-back", test_fall_back);
  g_test_add_func ("/recurrence/patterns", test_patterns);
  g_test_add_func ("/recurrence/invalid", test_invalid);
  g_test_add_func ("/recurrence/skip-ahead", test_skip_ahead);
  g_test_add_func ("/recurrence/describe", test_describe);
  g_test_add_func ("/recurrence/repeated-hour", test_repeated_hour);

  return g_test_run ();
}
