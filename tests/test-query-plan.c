/* test-query-plan.c: the store's queries for one officer, one hub or a period use an index
 *
 * SQLite chooses how to run a statement once, when it is prepared, so a query written to do
 * both "everything" and "just this one" scans the whole table every time. These tests fill a
 * store with 20,000 officers and ask SQLite, through EXPLAIN QUERY PLAN, how it runs the very
 * statements the store runs (hubrota-store-sql.h): each must search by the index named here,
 * never scan a table that one officer, one hub or one period should not need to read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hubrota-core.h"
#include "hubrota-store-private.h"
#include "hubrota-store-sql.h"
#include "test-util.h"

#define N_OFFICERS 20000

typedef struct
{
  HubrotaStore *store;
  char *dir;
} Fixture;

static char *
officers_csv (void)
{
  GString *csv = g_string_new ("id,name,role,beat,weekly_hours\n");

  for (guint i = 0; i < N_OFFICERS; i++)
    g_string_append_printf (csv, "PC%05u,Officer %u,PC,beat-%u,40\n", i, i, i % 10);
  return g_string_free (csv, FALSE);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = officers_csv ();
  guint imported = 0;

  f->store = test_util_create_temp_store ("hubrota-query-plan-XXXXXX", &f->dir, NULL);
  for (guint b = 0; b < 10; b++)
    {
      g_autofree char *slug = g_strdup_printf ("beat-%u", b);
      test_util_add_beat (f->store, slug, slug);
    }
  test_util_add_hub (f->store, "ampthill", "Ampthill", "beat-0");
  test_util_add_series_at (f->store, "ampthill", "2026-12-04T14:00", 180, "FREQ=WEEKLY;BYDAY=FR", 1);
  g_assert_true (hubrota_store_import_officers (f->store, csv, strlen (csv), &imported, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (imported, ==, N_OFFICERS);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_util_remove_temp_store (&f->store, &f->dir, NULL);
}

static char *
explain (Fixture *f, const char *sql)
{
  g_autoptr(GError) error = NULL;
  char *plan = _hubrota_store_explain (f->store, sql, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* The whole plan, a step a line, compared exactly: a new scan, a lost index or a sort shows. */
static void
assert_plan (Fixture *f, const char *name, const char *sql, const char *expected)
{
  g_autofree char *plan = explain (f, sql);

  g_test_message ("%s:\n%s", name, plan);
  if (g_strcmp0 (plan, expected) != 0)
    g_error ("%s runs as\n%s\ninstead of\n%s", name, plan, expected);
}

static void
test_officer (Fixture *f, gconstpointer data)
{
  assert_plan (f, "one officer", HUBROTA_SQL_OFFICER_ONE,
               "SEARCH officer USING INDEX sqlite_autoindex_officer_1 (id=?)");
  assert_plan (f, "an officer exists", HUBROTA_SQL_OFFICER_EXISTS,
               "SEARCH officer USING COVERING INDEX sqlite_autoindex_officer_1 (id=?)");
  assert_plan (f, "an officer's feed token", HUBROTA_SQL_OFFICER_TOKEN,
               "SEARCH officer USING INDEX sqlite_autoindex_officer_1 (id=?)");
  /* Every officer, in id order: read along the index, with no sort. */
  assert_plan (f, "every officer", HUBROTA_SQL_OFFICERS_ALL,
               "SCAN officer USING INDEX sqlite_autoindex_officer_1");
}

static void
test_duty (Fixture *f, gconstpointer data)
{
  assert_plan (f, "one officer's duty", HUBROTA_SQL_DUTIES_ONE,
               "SEARCH duty USING INDEX duty_officer (officer=?)\n"
               "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY");
  assert_plan (f, "one officer's roster shifts", HUBROTA_SQL_DUTY_SHIFTS_ONE,
               "SEARCH d USING COVERING INDEX duty_officer (officer=?)\n"
               "SEARCH s USING PRIMARY KEY (duty=?)");
  assert_plan (f, "one officer's absences", HUBROTA_SQL_ABSENCES_ONE,
               "SEARCH absence USING INDEX absence_officer (officer=?)\n"
               "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY");
}

static void
test_hub (Fixture *f, gconstpointer data)
{
  assert_plan (f, "one hub's series", HUBROTA_SQL_SERIES_HUB,
               "SEARCH h USING INDEX sqlite_autoindex_hub_1 (slug=?)\n"
               "SEARCH s USING INDEX series_hub (hub=?)");
  assert_plan (f, "one series", HUBROTA_SQL_SERIES_ONE,
               "SEARCH s USING INTEGER PRIMARY KEY (rowid=?)\n"
               "SEARCH h USING INDEX sqlite_autoindex_hub_1 (slug=?)");
  assert_plan (f, "one hub's exceptions", HUBROTA_SQL_EXCEPTIONS_HUB,
               "SEARCH s USING COVERING INDEX series_hub (hub=?)\n"
               "SEARCH e USING INDEX sqlite_autoindex_series_exception_1 (series=?)");
  assert_plan (f, "one hub's whole-series assignments", HUBROTA_SQL_SERIES_WIDE_HUB,
               "SEARCH s USING COVERING INDEX series_hub (hub=?)\n"
               "SEARCH a USING COVERING INDEX series_assignment_series (series=?)");
  assert_plan (f, "one hub's assignments over a period", HUBROTA_SQL_SINGLE_HUB,
               "SEARCH s USING COVERING INDEX series_hub (hub=?)\n"
               "SEARCH a USING INDEX assignment_series (series=? AND original_date>? AND original_date<?)");
  /* By the hub's series, then each one's exceptions before and after the period. */
  assert_plan (f, "openings moved into a period at one hub", HUBROTA_SQL_MOVED_IN_HUB,
               "SEARCH h USING INDEX sqlite_autoindex_hub_1 (slug=?)\n"
               "SEARCH s USING INDEX series_hub (hub=?)\n"
               "MULTI-INDEX OR\n"
               "INDEX 1\n"
               "SEARCH e USING INDEX sqlite_autoindex_series_exception_1 (series=? AND original_date<?)\n"
               "INDEX 2\n"
               "SEARCH e USING INDEX sqlite_autoindex_series_exception_1 (series=? AND original_date>?)");
  assert_plan (f, "the officers on a series", HUBROTA_SQL_SERIES_OFFICERS,
               "CO-ROUTINE (subquery-2)\n"
               "COMPOUND QUERY\n"
               "LEFT-MOST SUBQUERY\n"
               "SEARCH series_assignment USING COVERING INDEX series_assignment_series (series=?)\n"
               "UNION USING TEMP B-TREE\n"
               "SEARCH assignment USING INDEX assignment_series (series=?)\n"
               "SCAN (subquery-2)");
}

static void
test_period (Fixture *f, gconstpointer data)
{
  assert_plan (f, "every hub's assignments over a period", HUBROTA_SQL_SINGLE_ALL,
               "SEARCH a USING INDEX assignment_original_date (original_date>? AND original_date<?)\n"
               "SEARCH s USING INTEGER PRIMARY KEY (rowid=?)");
  assert_plan (f, "openings moved into a period", HUBROTA_SQL_MOVED_IN_ALL,
               "SEARCH e USING INDEX series_exception_moved (moved_start_local>?)\n"
               "SEARCH s USING INTEGER PRIMARY KEY (rowid=?)\n"
               "SEARCH h USING INDEX sqlite_autoindex_hub_1 (slug=?)");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/query-plan/officer", Fixture, NULL, fixture_set_up, test_officer,
              fixture_tear_down);
  g_test_add ("/query-plan/duty", Fixture, NULL, fixture_set_up, test_duty, fixture_tear_down);
  g_test_add ("/query-plan/hub", Fixture, NULL, fixture_set_up, test_hub, fixture_tear_down);
  g_test_add ("/query-plan/period", Fixture, NULL, fixture_set_up, test_period,
              fixture_tear_down);
  return g_test_run ();
}
