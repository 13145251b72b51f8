/* test-schedule.c: changing and removing opening series, and schedules in human terms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "hubrota-core.h"
#include "hubrota-recurrence.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
  HubrotaStore *store;
  gint64 saturdays;   /* Bedford, every Saturday 10:00–13:00 from 5 December 2026, 2 officers */
  gint64 fridays;     /* Ampthill, every Friday 14:00–17:00 from 4 December 2026 */
} Fixture;

static gint64
add_series (HubrotaStore *store, const char *hub, const char *start, int minutes,
            const char *rrule, int min_officers)
{
  return test_util_add_series_at (store, hub, start, minutes, rrule, min_officers);
}

static void
add_officer (HubrotaStore *store, const char *id)
{
  test_util_add_officer (store, id, "Grace Okafor", HUBROTA_ROLE_PC, "castle", 40);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = test_util_create_temp_store ("hubrota-schedule-XXXXXX", &f->dir, &f->path);
  test_util_add_beat (f->store, "castle", "Castle, Bedford");
  test_util_add_hub (f->store, "bedford", "Bedford Central Library", "castle");
  test_util_add_hub (f->store, "ampthill", "Ampthill Parish Rooms", "castle");
  f->saturdays = add_series (f->store, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA", 2);
  f->fridays = add_series (f->store, "ampthill", "2026-12-04T14:00", 180, "FREQ=WEEKLY;BYDAY=FR", 1);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_util_remove_temp_store (&f->store, &f->dir, &f->path);
}

static HubrotaSeries *
find_series (HubrotaStore *store, gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = hubrota_store_list_series (store, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    if (hubrota_series_get_id (g_ptr_array_index (all, i)) == id)
      return g_object_ref (g_ptr_array_index (all, i));
  return NULL;
}

/* The whole stored row, straight from SQLite: "start|minutes|rrule|min|revision|modified". */
static char *
series_row (Fixture *f, gint64 id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT start_local, duration_minutes,"
                                          " coalesce (rrule, '-'), min_officers, revision,"
                                          " coalesce (modified_utc, '-') FROM series WHERE id = %"
                                          G_GINT64_FORMAT, id);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *row = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    row = g_strdup_printf ("%s|%d|%s|%d|%d|%s", sqlite3_column_text (stmt, 0),
                           sqlite3_column_int (stmt, 1), sqlite3_column_text (stmt, 2),
                           sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4),
                           sqlite3_column_text (stmt, 5));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return row;
}

static int
count_rows (Fixture *f, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* The SEQUENCE of the series' opening on a local date. */
static int
sequence_on (Fixture *f, const char *hub, const char *day)
{
  g_autoptr(GDate) d = test_util_date (day);
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOccurrence) occurrence = hubrota_store_find_occurrence (f->store, hub, d, NULL,
                                                                           &error);

  g_assert_no_error (error);
  return hubrota_occurrence_get_sequence (occurrence);
}

/* Changes the stored series as the editor does (the object from list_series, with its id)
 * and saves it. */
static gboolean
update (Fixture *f, gint64 id, const char *start, int minutes, const char *rrule,
        int min_officers, GError **error)
{
  g_autoptr(HubrotaSeries) series = find_series (f->store, id);
  g_autoptr(GDateTime) dt = test_util_local (start);

  g_assert_nonnull (series);
  hubrota_series_set_start (series, dt);
  hubrota_series_set_duration_minutes (series, minutes);
  hubrota_series_set_rrule (series, rrule);
  hubrota_series_set_min_officers (series, min_officers);
  return hubrota_store_update_series (f->store, series, error);
}

static void
assert_series (Fixture *f, gint64 id, const char *hub, const char *start, int minutes,
               const char *rrule, int min_officers)
{
  g_autoptr(HubrotaSeries) series = find_series (f->store, id);
  g_autofree char *text = NULL;

  g_assert_nonnull (series);
  text = hubrota_london_format_local (hubrota_series_get_start (series));
  g_assert_cmpint (hubrota_series_get_id (series), ==, id);
  g_assert_cmpstr (hubrota_series_get_hub (series), ==, hub);
  g_assert_cmpstr (text, ==, start);
  g_assert_cmpint (hubrota_series_get_duration_minutes (series), ==, minutes);
  g_assert_cmpstr (hubrota_series_get_rrule (series), ==, rrule);
  g_assert_cmpint (hubrota_series_get_min_officers (series), ==, min_officers);
}

/* A refused change leaves every field, the revision and the time of the last change. */
static void
test_update_refused (Fixture *f, gconstpointer data)
{
  struct { const char *start; int minutes; const char *rrule; int min; const char *says; } bad[] = {
    { "2026-12-05T10:00", 0, "FREQ=WEEKLY;BYDAY=SA", 2, "the duration is 0 minutes" },
    { "2026-12-05T10:00", 1441, "FREQ=WEEKLY;BYDAY=SA", 2, "longer than 24 hours" },
    { "2026-12-05T10:00", 180, "FREQ=SOMETIMES", 2, "is not a recurrence rule" },
    { "2026-12-04T10:00", 180, "FREQ=WEEKLY;BYDAY=SA", 2, "is not one of the days" },
    { "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA", -1, "between 0 and 100" },
  };
  g_autofree char *before = series_row (f, f->saturdays);
  int sequence = sequence_on (f, "bedford", "2026-12-12");

  /* Made just now, so it has the time it was made. */
  g_assert_true (g_str_has_prefix (before, "2026-12-05T10:00|180|FREQ=WEEKLY;BYDAY=SA|2|0|20"));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_false (update (f, f->saturdays, bad[i].start, bad[i].minutes, bad[i].rrule,
                              bad[i].min, &error));
      g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
      if (strstr (error->message, bad[i].says) == NULL)
        g_error ("‘%s’ does not say ‘%s’", error->message, bad[i].says);
      after = series_row (f, f->saturdays);
      g_assert_cmpstr (after, ==, before);
      assert_series (f, f->saturdays, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA", 2);
      g_assert_cmpint (sequence_on (f, "bedford", "2026-12-12"), ==, sequence);
    }
}

static void
test_update_unknown (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) start = test_util_local ("2026-12-05T10:00");
  g_autoptr(HubrotaSeries) orphan = hubrota_series_new ("bedford", start, 60, NULL);
  g_autoptr(GError) error = NULL;

  /* A series never stored has id 0. */
  g_assert_false (hubrota_store_update_series (f->store, orphan, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "there is no opening series 0");
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM series"), ==, 2);
}

/* Moving the opening time, its length or its rule raises the revision (and so every
 * opening's SEQUENCE) by one; changing only the minimum officers does not. */
static void
test_update_revision (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;
  g_autofree char *fridays = series_row (f, f->fridays);
  g_autofree char *saturdays = series_row (f, f->saturdays);
  g_autofree char *unchanged = NULL;
  g_autoptr(HubrotaSeries) series = NULL;
  g_autoptr(GDate) cancelled = test_util_date ("2026-12-19");
  char **parts;

  /* A cancelled opening keeps its own sequence on top. */
  g_assert_true (hubrota_store_cancel_occurrence (f->store, "bedford", f->saturdays, cancelled,
                                                  "Closed for Christmas", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sequence_on (f, "bedford", "2026-12-12"), ==, 0);
  g_assert_cmpint (sequence_on (f, "bedford", "2026-12-19"), ==, 1);

  g_assert_true (update (f, f->saturdays, "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA", 3, &error));
  g_assert_no_error (error);
  row = series_row (f, f->saturdays);
  /* Staffing is not in the feeds: no new revision, and the time it was made stays. */
  unchanged = g_strdup_printf ("2026-12-05T10:00|180|FREQ=WEEKLY;BYDAY=SA|3|0|%s",
                               strrchr (saturdays, '|') + 1);
  g_assert_cmpstr (row, ==, unchanged);
  g_assert_cmpint (sequence_on (f, "bedford", "2026-12-12"), ==, 0);
  g_clear_pointer (&row, g_free);

  g_assert_true (update (f, f->saturdays, "2026-12-05T09:30", 210, "FREQ=WEEKLY;BYDAY=SA", 3, &error));
  g_assert_no_error (error);
  row = series_row (f, f->saturdays);
  parts = g_strsplit (row, "|", -1);
  g_assert_cmpstr (parts[0], ==, "2026-12-05T09:30");
  g_assert_cmpstr (parts[1], ==, "210");
  g_assert_cmpstr (parts[4], ==, "1");
  g_assert_true (g_str_has_suffix (parts[5], "Z"));
  g_strfreev (parts);
  g_assert_cmpint (sequence_on (f, "bedford", "2026-12-12"), ==, 1);
  g_assert_cmpint (sequence_on (f, "bedford", "2026-12-19"), ==, 2);

  /* Another rule: a second raise, and only one. */
  g_assert_true (update (f, f->saturdays, "2026-12-05T09:30", 210, "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA",
                         3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sequence_on (f, "bedford", "2026-12-05"), ==, 2);
  assert_series (f, f->saturdays, "bedford", "2026-12-05T09:30", 210,
                 "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", 3);

  /* The other series is untouched. */
  g_clear_pointer (&row, g_free);
  row = series_row (f, f->fridays);
  g_assert_cmpstr (row, ==, fridays);

  /* The object handed in now carries the new revision (read back by list_series too). */
  series = find_series (f->store, f->saturdays);
  hubrota_series_set_min_officers (series, 1);
  g_assert_true (hubrota_store_update_series (f->store, series, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sequence_on (f, "bedford", "2026-12-05"), ==, 2);
}

/* Exceptions and assignments are keyed by the original date: they stay as they are. */
static void
test_update_keeps_exceptions (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) day = test_util_date ("2026-12-12");
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOccurrence) occurrence = NULL;
  g_autoptr(HubrotaOccurrence) after = NULL;

  add_officer (f->store, "PC1");
  occurrence = hubrota_store_find_occurrence (f->store, "bedford", day, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hubrota_store_assign (f->store, "PC1", occurrence, FALSE, &error));
  g_assert_no_error (error);

  g_assert_true (update (f, f->saturdays, "2026-12-05T11:00", 120, "FREQ=WEEKLY;BYDAY=SA", 2, &error));
  g_assert_no_error (error);
  after = hubrota_store_find_occurrence (f->store, "bedford", day, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_get_hour (hubrota_occurrence_get_start (after)), ==, 11);
  g_assert_cmpuint (hubrota_occurrence_get_assigned (after)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (hubrota_occurrence_get_assigned (after), 0), ==, "PC1");
}

static void
test_remove_cascades (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) day = test_util_date ("2026-12-12");
  g_autoptr(GDate) other = test_util_date ("2026-12-11");
  g_autoptr(GDate) christmas = test_util_date ("2026-12-26");
  g_autoptr(GDate) day_before = test_util_date ("2026-12-25");
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOccurrence) saturday = NULL;
  g_autoptr(HubrotaOccurrence) friday = NULL;
  g_autofree char *fridays = series_row (f, f->fridays);
  g_autofree char *fridays_after = NULL;
  g_autofree char *gone = NULL;
  guint officers = 99;

  add_officer (f->store, "PC1");
  add_officer (f->store, "PC2");
  add_officer (f->store, "PC3");
  saturday = hubrota_store_find_occurrence (f->store, "bedford", day, NULL, &error);
  friday = hubrota_store_find_occurrence (f->store, "ampthill", other, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hubrota_store_assign (f->store, "PC1", saturday, FALSE, &error));
  g_assert_true (hubrota_store_assign (f->store, "PC2", saturday, TRUE, &error));
  g_assert_true (hubrota_store_assign (f->store, "PC3", friday, TRUE, &error));
  g_assert_true (hubrota_store_cancel_occurrence (f->store, "bedford", 0, christmas, "Closed",
                                                  &error));
  g_assert_true (hubrota_store_cancel_occurrence (f->store, "ampthill", 0, day_before, "Closed",
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM series_exception"), ==, 2);

  g_assert_true (hubrota_store_count_series_officers (f->store, f->saturdays, &officers, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (officers, ==, 2);

  g_assert_true (hubrota_store_remove_series (f->store, f->saturdays, &error));
  g_assert_no_error (error);
  gone = series_row (f, f->saturdays);
  g_assert_null (gone);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM series_exception e"
                                  " LEFT JOIN series s ON s.id = e.series WHERE s.id IS NULL"), ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM series_exception"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM assignment"), ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM series_assignment"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM series"), ==, 1);
  g_assert_true (hubrota_store_count_series_officers (f->store, f->saturdays, &officers, &error));
  g_assert_cmpuint (officers, ==, 0);

  /* The other series and its staff are untouched. */
  fridays_after = series_row (f, f->fridays);
  g_assert_cmpstr (fridays_after, ==, fridays);
  g_assert_true (hubrota_store_count_series_officers (f->store, f->fridays, &officers, &error));
  g_assert_cmpuint (officers, ==, 1);
}

/* A removed series' id is never given out again: its openings' calendar UIDs (series and
 * date) would come back with a lower SEQUENCE, and calendars would keep the old copy. */
static void
test_remove_never_reuses_id (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 next;

  g_assert_cmpint (f->fridays, ==, f->saturdays + 1);
  g_assert_true (hubrota_store_remove_series (f->store, f->fridays, &error));
  g_assert_no_error (error);
  next = add_series (f->store, "ampthill", "2026-12-04T14:00", 180, "FREQ=WEEKLY;BYDAY=FR", 1);
  g_assert_cmpint (next, ==, f->fridays + 1);
}

static void
test_remove_unknown (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hubrota_store_remove_series (f->store, 4242, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "there is no opening series 4242");
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM series"), ==, 2);
}

/* Rules the editor can show in its own terms come back exactly as they went in. */
static void
test_pattern_round_trip (void)
{
  struct { const char *start; const char *rrule; HubrotaPatternKind kind; int interval;
           guint weekdays; int ordinal; HubrotaPatternEnd end; } cases[] = {
    { "2026-12-05T10:00", "FREQ=WEEKLY;BYDAY=SA", HUBROTA_PATTERN_WEEKLY, 1,
      HUBROTA_PATTERN_WEEKDAY (6), 0, HUBROTA_PATTERN_END_NEVER },
    { "2026-12-04T14:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", HUBROTA_PATTERN_WEEKLY, 2,
      HUBROTA_PATTERN_WEEKDAY (5), 0, HUBROTA_PATTERN_END_NEVER },
    { "2026-12-05T10:00", "FREQ=MONTHLY;BYDAY=1SA", HUBROTA_PATTERN_MONTHLY, 0,
      HUBROTA_PATTERN_WEEKDAY (6), 1, HUBROTA_PATTERN_END_NEVER },
    { "2026-12-26T10:00", "FREQ=MONTHLY;BYDAY=-1SA", HUBROTA_PATTERN_MONTHLY, 0,
      HUBROTA_PATTERN_WEEKDAY (6), -1, HUBROTA_PATTERN_END_NEVER },
    { "2026-12-05T10:00", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20270630", HUBROTA_PATTERN_WEEKLY, 1,
      HUBROTA_PATTERN_WEEKDAY (6), 0, HUBROTA_PATTERN_END_UNTIL },
    { "2026-12-05T10:00", "FREQ=WEEKLY;BYDAY=SA;COUNT=10", HUBROTA_PATTERN_WEEKLY, 1,
      HUBROTA_PATTERN_WEEKDAY (6), 0, HUBROTA_PATTERN_END_COUNT },
    { "2026-12-04T14:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;UNTIL=20270630", HUBROTA_PATTERN_WEEKLY,
      2, HUBROTA_PATTERN_WEEKDAY (5), 0, HUBROTA_PATTERN_END_UNTIL },
    { "2026-12-05T10:00", "FREQ=MONTHLY;BYDAY=1SA;COUNT=10", HUBROTA_PATTERN_MONTHLY, 0,
      HUBROTA_PATTERN_WEEKDAY (6), 1, HUBROTA_PATTERN_END_COUNT },
    { "2026-12-26T10:00", "FREQ=MONTHLY;BYDAY=-1SA;UNTIL=20270630", HUBROTA_PATTERN_MONTHLY, 0,
      HUBROTA_PATTERN_WEEKDAY (6), -1, HUBROTA_PATTERN_END_UNTIL },
    { "2026-12-01T18:00", "FREQ=WEEKLY;BYDAY=TU,TH", HUBROTA_PATTERN_WEEKLY, 1,
      HUBROTA_PATTERN_WEEKDAY (2) | HUBROTA_PATTERN_WEEKDAY (4), 0, HUBROTA_PATTERN_END_NEVER },
    { "2026-12-01T18:00", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10", HUBROTA_PATTERN_WEEKLY, 1,
      HUBROTA_PATTERN_WEEKDAY (2) | HUBROTA_PATTERN_WEEKDAY (4), 0, HUBROTA_PATTERN_END_COUNT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) start = test_util_local (cases[i].start);
      g_autoptr(HubrotaPattern) pattern = hubrota_pattern_new_from_rrule (cases[i].rrule, start);
      g_autoptr(HubrotaPattern) copy = NULL;
      g_autofree char *rrule = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_nonnull (pattern);
      g_assert_cmpint (pattern->kind, ==, cases[i].kind);
      if (cases[i].kind == HUBROTA_PATTERN_WEEKLY)
        g_assert_cmpint (pattern->interval, ==, cases[i].interval);
      else
        g_assert_cmpint (pattern->ordinal, ==, cases[i].ordinal);
      g_assert_cmpuint (pattern->weekdays, ==, cases[i].weekdays);
      g_assert_cmpint (pattern->end, ==, cases[i].end);
      if (cases[i].end == HUBROTA_PATTERN_END_COUNT)
        g_assert_cmpint (pattern->count, ==, 10);
      if (cases[i].end == HUBROTA_PATTERN_END_UNTIL)
        {
          g_assert_cmpint (g_date_get_year (&pattern->until), ==, 2027);
          g_assert_cmpint (g_date_get_month (&pattern->until), ==, 6);
          g_assert_cmpint (g_date_get_day (&pattern->until), ==, 30);
        }
      g_assert_cmpint (hubrota_pattern_check (pattern, start), ==, HUBROTA_PATTERN_PROBLEM_NONE);

      rrule = hubrota_pattern_to_rrule (pattern);
      g_assert_cmpstr (rrule, ==, cases[i].rrule);
      g_assert_true (hubrota_recurrence_validate (start, rrule, &error));
      g_assert_no_error (error);

      copy = hubrota_pattern_copy (pattern);
      g_assert_true (hubrota_pattern_equal (copy, pattern));
    }
}

static void
test_pattern_unrepresentable (void)
{
  const char *rules[] = {
    "FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=YEARLY", "FREQ=MONTHLY;BYDAY=SA;BYSETPOS=1",
    "FREQ=DAILY", "FREQ=WEEKLY;BYDAY=SA;BYMONTH=12", "FREQ=WEEKLY;COUNT=3;UNTIL=20270101",
    "FREQ=MONTHLY;BYDAY=5SA", "FREQ=MONTHLY;BYDAY=1SA,3SA", "FREQ=MONTHLY;INTERVAL=2;BYDAY=1SA",
    "FREQ=MONTHLY;BYDAY=1FR", "FREQ=WEEKLY;INTERVAL=9;BYDAY=SA", "FREQ=WEEKLY;BYDAY=SA;WKST=SU",
    "FREQ=WEEKLY;BYDAY=1SA", "not a rule",
  };
  g_autoptr(GDateTime) start = test_util_local ("2026-12-05T10:00");
  g_autoptr(HubrotaPattern) once = hubrota_pattern_new_from_rrule (NULL, start);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(HubrotaPattern) pattern = hubrota_pattern_new_from_rrule (rules[i], start);

      if (pattern != NULL)
        g_error ("‘%s’ should be beyond the editor", rules[i]);
    }

  /* No rule at all is a one-off opening, which has no rule to write. */
  g_assert_nonnull (once);
  g_assert_cmpint (once->kind, ==, HUBROTA_PATTERN_ONCE);
  g_assert_null (hubrota_pattern_to_rrule (once));
}

/* The same openings whatever way the rule says it; a weekly rule without BYDAY takes the
 * start's day, and a UTC UNTIL becomes the last local date it still lets in. */
static void
test_pattern_equivalents (void)
{
  struct { const char *start; const char *rrule; const char *written; } cases[] = {
    { "2026-12-05T10:00", "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=SA" },
    { "2026-12-01T18:00", "FREQ=WEEKLY;BYDAY=TH,TU", "FREQ=WEEKLY;BYDAY=TU,TH" },
    { "2026-12-05T10:00", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219T235959Z",
      "FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219" },
    { "2026-12-05T10:00", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219T080000Z",
      "FREQ=WEEKLY;BYDAY=SA;UNTIL=20261218" },
    { "2026-06-06T10:00", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20260620T225959Z",
      "FREQ=WEEKLY;BYDAY=SA;UNTIL=20260620" },
  };
  g_autoptr(GDateTime) from = test_util_local ("2026-01-01T00:00");
  g_autoptr(GDateTime) to = test_util_local ("2028-01-01T00:00");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) start = test_util_local (cases[i].start);
      g_autoptr(HubrotaPattern) pattern = hubrota_pattern_new_from_rrule (cases[i].rrule, start);
      g_autofree char *rrule = NULL;
      g_autoptr(GPtrArray) before = NULL;
      g_autoptr(GPtrArray) after = NULL;

      g_assert_nonnull (pattern);
      rrule = hubrota_pattern_to_rrule (pattern);
      g_assert_cmpstr (rrule, ==, cases[i].written);
      before = hubrota_recurrence_expand (start, cases[i].rrule, from, to, NULL);
      after = hubrota_recurrence_expand (start, rrule, from, to, NULL);
      g_assert_cmpuint (after->len, ==, before->len);
      for (guint j = 0; j < before->len; j++)
        g_assert_true (g_date_time_equal (g_ptr_array_index (before, j),
                                          g_ptr_array_index (after, j)));
    }
}

/* A date UNTIL lets in the opening on that day. */
static void
test_until_inclusive (void)
{
  g_autoptr(GDateTime) start = test_util_local ("2026-06-06T10:00");
  g_autoptr(GDateTime) from = test_util_local ("2026-01-01T00:00");
  g_autoptr(GDateTime) to = test_util_local ("2028-01-01T00:00");
  g_autoptr(GPtrArray) starts = hubrota_recurrence_expand (start, "FREQ=WEEKLY;BYDAY=SA;UNTIL=20260620",
                                                           from, to, NULL);
  g_autofree char *last = NULL;

  g_assert_cmpuint (starts->len, ==, 3);
  last = hubrota_london_format_local (g_ptr_array_index (starts, 2));
  g_assert_cmpstr (last, ==, "2026-06-20T10:00");
}

static void
test_pattern_check (void)
{
  g_autoptr(GDateTime) saturday = test_util_local ("2026-12-05T10:00");
  g_autoptr(GDateTime) second_saturday = test_util_local ("2026-12-12T10:00");
  g_autoptr(GDateTime) fourth_saturday = test_util_local ("2027-02-27T10:00");
  g_autoptr(GDateTime) fifth_saturday = test_util_local ("2027-01-30T10:00");
  g_autoptr(HubrotaPattern) weekly = hubrota_pattern_new (HUBROTA_PATTERN_WEEKLY, saturday);
  g_autoptr(HubrotaPattern) monthly = hubrota_pattern_new (HUBROTA_PATTERN_MONTHLY, saturday);
  g_autofree char *rule = NULL;

  g_assert_cmpint (hubrota_pattern_check (weekly, saturday), ==, HUBROTA_PATTERN_PROBLEM_NONE);
  rule = hubrota_pattern_to_rrule (weekly);
  g_assert_cmpstr (rule, ==, "FREQ=WEEKLY;BYDAY=SA");
  weekly->weekdays = HUBROTA_PATTERN_WEEKDAY (5);
  g_assert_cmpint (hubrota_pattern_check (weekly, saturday), ==,
                   HUBROTA_PATTERN_PROBLEM_START_NOT_ON_DAYS);
  weekly->weekdays = 0;
  g_assert_cmpint (hubrota_pattern_check (weekly, saturday), ==, HUBROTA_PATTERN_PROBLEM_NO_WEEKDAYS);
  weekly->weekdays = HUBROTA_PATTERN_WEEKDAY (6);
  weekly->interval = 9;
  g_assert_cmpint (hubrota_pattern_check (weekly, saturday), ==, HUBROTA_PATTERN_PROBLEM_INTERVAL);
  weekly->interval = 1;
  weekly->end = HUBROTA_PATTERN_END_UNTIL;
  g_date_set_dmy (&weekly->until, 4, 12, 2026);
  g_assert_cmpint (hubrota_pattern_check (weekly, saturday), ==,
                   HUBROTA_PATTERN_PROBLEM_UNTIL_BEFORE_START);
  g_date_set_dmy (&weekly->until, 5, 12, 2026);
  g_assert_cmpint (hubrota_pattern_check (weekly, saturday), ==, HUBROTA_PATTERN_PROBLEM_NONE);
  weekly->end = HUBROTA_PATTERN_END_COUNT;
  weekly->count = 0;
  g_assert_cmpint (hubrota_pattern_check (weekly, saturday), ==, HUBROTA_PATTERN_PROBLEM_COUNT);

  g_assert_cmpint (monthly->ordinal, ==, 1);
  g_assert_cmpint (hubrota_pattern_check (monthly, second_saturday), ==,
                   HUBROTA_PATTERN_PROBLEM_START_NOT_ORDINAL);
  g_assert_cmpint (hubrota_pattern_ordinal_of (second_saturday), ==, 2);
  g_assert_cmpint (hubrota_pattern_ordinal_of (fifth_saturday), ==, -1);
  /* The fourth Saturday of February 2027 is also its last. */
  g_assert_cmpint (hubrota_pattern_ordinal_of (fourth_saturday), ==, 4);
  monthly->ordinal = -1;
  g_assert_cmpint (hubrota_pattern_check (monthly, fourth_saturday), ==, HUBROTA_PATTERN_PROBLEM_NONE);
  g_assert_cmpint (hubrota_pattern_check (monthly, saturday), ==,
                   HUBROTA_PATTERN_PROBLEM_START_NOT_ORDINAL);
  monthly->ordinal = 5;
  g_assert_cmpint (hubrota_pattern_check (monthly, fifth_saturday), ==, HUBROTA_PATTERN_PROBLEM_ORDINAL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/schedule/update/refused", Fixture, NULL, fixture_set_up, test_update_refused,
              fixture_tear_down);
  g_test_add ("/schedule/update/unknown", Fixture, NULL, fixture_set_up, test_update_unknown,
              fixture_tear_down);
  g_test_add ("/schedule/update/revision", Fixture, NULL, fixture_set_up, test_update_revision,
              fixture_tear_down);
  g_test_add ("/schedule/update/keeps-exceptions", Fixture, NULL, fixture_set_up,
              test_update_keeps_exceptions, fixture_tear_down);
  g_test_add ("/schedule/remove/cascades", Fixture, NULL, fixture_set_up, test_remove_cascades,
              fixture_tear_down);
  g_test_add ("/schedule/remove/never-reuses-id", Fixture, NULL, fixture_set_up,
              test_remove_never_reuses_id, fixture_tear_down);
  g_test_add ("/schedule/remove/unknown", Fixture, NULL, fixture_set_up, test_remove_unknown,
              fixture_tear_down);
  g_test_add_func ("/schedule/pattern/round-trip", test_pattern_round_trip);
  g_test_add_func ("/schedule/pattern/unrepresentable", test_pattern_unrepresentable);
  g_test_add_func ("/schedule/pattern/equivalents", test_pattern_equivalents);
  g_test_add_func ("/schedule/pattern/check", test_pattern_check);
  g_test_add_func ("/schedule/until-inclusive", test_until_inclusive);

  return g_test_run ();
}
