/* test-store.c: the SQLite store, its migrations and the openings it expands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/stat.h>

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hubrota-core.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
  HubrotaStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{

  f->dir = test_util_make_temp_dir ("hubrota-store-XXXXXX");
  f->path = g_build_filename (f->dir, "sub", "hubrota.db", NULL);
  f->store = test_util_create_store (f->path);
  g_assert_nonnull (f->store);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_util_remove_temp_store (&f->store, &f->dir, &f->path);
}

static void
add_beat (HubrotaStore *store, const char *slug)
{
  g_autoptr(HubrotaBeat) beat = hubrota_beat_new (slug, "Castle, Bedford");
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_add_beat (store, beat, &error));
  g_assert_no_error (error);
}

static void
add_hub (HubrotaStore *store, const char *slug, const char *beat)
{
  g_autoptr(HubrotaHub) hub = hubrota_hub_new (slug, "Bedford Central Library", beat);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_add_hub (store, hub, &error));
  g_assert_no_error (error);
}

static gint64
add_series (HubrotaStore *store, const char *hub, const char *start, int minutes,
            const char *rrule)
{
  g_autoptr(GDateTime) dt = hubrota_london_parse_datetime (start, NULL);
  g_autoptr(HubrotaSeries) series = hubrota_series_new (hub, dt, minutes, rrule);
  g_autoptr(GError) error = NULL;
  gint64 id = hubrota_store_add_series (store, series, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* "hub@start/status[/reason][/moved]" for each opening, joined with "," */
static char *
openings (HubrotaStore *store, const char *from, const char *to, const char *hub)
{
  g_autoptr(GPtrArray) list = test_util_list_openings (store, from, to, hub);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < list->len; i++)
    {
      HubrotaOccurrence *o = g_ptr_array_index (list, i);
      g_autofree char *start = hubrota_london_format_local (hubrota_occurrence_get_start (o));
      g_autofree char *end = hubrota_london_format_local (hubrota_occurrence_get_end (o));

      g_string_append_printf (out, "%s%s@%s-%s/%s", i > 0 ? "," : "",
                              hubrota_occurrence_get_hub (o), start, end + 11,
                              hubrota_occurrence_status_to_string (hubrota_occurrence_get_status (o)));
      if (hubrota_occurrence_get_reason (o) != NULL)
        g_string_append_printf (out, "/%s", hubrota_occurrence_get_reason (o));
      if (hubrota_occurrence_get_moved (o))
        g_string_append (out, "/moved");
    }
  return g_string_free (out, FALSE);
}

static guint
count (GPtrArray *list)
{
  guint n;

  g_assert_nonnull (list);
  n = list->len;
  g_ptr_array_unref (list);
  return n;
}

static int
raw_pragma (const char *path, const char *pragma)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
raw_exec (const char *path, const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_open_settings (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaStore) again = NULL;

  g_assert_cmpint (raw_pragma (f->path, "user_version"), ==, HUBROTA_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_pragma (f->path, "application_id"), ==, 0x48526f74);
  /* journal_mode answers with text; WAL shows as the -wal file beside the database. */
  add_beat (f->store, "castle");
  g_assert_true (g_str_has_suffix (f->path, ".db"));
  {
    g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

  /* Reopening migrates nothing and keeps the data. */
  again = hubrota_store_open (f->path, HUBROTA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (hubrota_store_list_beats (again, NULL)), ==, 1);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hubrota-missing-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "none.db", NULL);
  g_autoptr(HubrotaStore) store = hubrota_store_open (path, HUBROTA_STORE_OPEN_DEFAULT, &error);

  g_assert_null (store);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NO_DATABASE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

/* A new database, its folder and its WAL files are its owner's alone, whatever the umask. */
static void
test_new_file_private (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hubrota-private-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (dir, "hubrota", NULL);
  g_autofree char *path = g_build_filename (folder, "hubrota.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaBeat) beat = hubrota_beat_new ("castle", "Castle");
  mode_t mask = umask (0);
  GStatBuf info;

  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (hubrota_store_add_beat (store, beat, &error));
  umask (mask);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (wal, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);
  g_clear_object (&store);
  test_remove_tree (dir);
}

/* Writes straight into the file, as damage (or another program) would. */
static void
damage (Fixture *f, const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A stored start that is no date: the read fails with one line naming the table, the row and
 * the value, instead of aborting. */
static void
test_damaged_row (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) from = test_util_date ("2026-12-01");
  g_autoptr(GDate) to = test_util_date ("2026-12-31");
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;
  gint64 series;

  test_util_add_beat (f->store, "castle", "Castle");
  test_util_add_hub (f->store, "bedford", "Bedford", "castle");
  series = test_util_add_series_at (f->store, "bedford", "2026-12-05T10:00", 180,
                                    "FREQ=WEEKLY;BYDAY=SA", 1);
  damage (f, "UPDATE series SET start_local = '2026-13-45T99:99'");

  occurrences = hubrota_store_list_occurrences (f->store, from, to, NULL, &error);
  g_assert_null (occurrences);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_DAMAGED);
  {
    g_autofree char *expected = g_strdup_printf (
      "the database is damaged: series %" G_GINT64_FORMAT " has start_local "
      "‘2026-13-45T99:99’, which is not a date and time", series);
    g_assert_cmpstr (error->message, ==, expected);
  }
}

static void
assert_refused_untouched (const char *path, int code)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len = 0, after_len = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaStore) store = NULL;

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, HUBROTA_STORE_ERROR, code);
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_refuses_newer (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "newer.db", NULL);

  raw_exec (path, "CREATE TABLE future (x); PRAGMA application_id = 1213362036;"
                  " PRAGMA user_version = 99");
  assert_refused_untouched (path, HUBROTA_STORE_ERROR_TOO_NEW);
  g_assert_cmpint (raw_pragma (path, "user_version"), ==, 99);
}

static void
test_refuses_foreign (Fixture *f, gconstpointer data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);

  raw_exec (other, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')");
  assert_refused_untouched (other, HUBROTA_STORE_ERROR_NOT_DATABASE);

  g_assert_true (g_file_set_contents (text, "Saturday rota, not a database\n", -1, NULL));
  assert_refused_untouched (text, HUBROTA_STORE_ERROR_NOT_DATABASE);
}

/* A version 1 file (beats and hubs only, as the first schema wrote them) moves forward and
 * keeps its rows. */
static void
test_migrates_from_v1 (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "v1.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GPtrArray) hubs = NULL;

  raw_exec (path,
            "CREATE TABLE beat (slug TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL CHECK (name <> ''));"
            "CREATE TABLE hub (slug TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL CHECK (name <> ''),"
            " beat TEXT NOT NULL REFERENCES beat (slug), address TEXT NOT NULL DEFAULT '',"
            " postcode TEXT NOT NULL DEFAULT '', latitude REAL, longitude REAL,"
            " description TEXT NOT NULL DEFAULT '');"
            "INSERT INTO beat VALUES ('ampthill', 'Ampthill');"
            "INSERT INTO hub VALUES ('ampthill', 'Ampthill hub', 'ampthill', 'Dunstable Street',"
            " 'MK45 2JT', 52.029, -0.495, 'Drop in');"
            "PRAGMA application_id = 1213362036; PRAGMA user_version = 1;");

  /* Only a command that may write brings it up to date; one that only reads says so. */
  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_TOO_OLD);
  {
    g_autofree char *expected = g_strdup_printf (
      "%s was written by an older version of Hubrota (schema 1; this version reads %d) and must "
      "be updated before it can be read; ‘hubrota-cli --database %s init’ updates it",
      path, HUBROTA_STORE_SCHEMA_VERSION, path);
    g_assert_cmpstr (error->message, ==, expected);
  }
  g_assert_cmpint (raw_pragma (path, "user_version"), ==, 1);
  g_clear_error (&error);

  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_pragma (path, "user_version"), ==, HUBROTA_STORE_SCHEMA_VERSION);
  hubs = hubrota_store_list_hubs (store, &error);
  g_assert_cmpuint (hubs->len, ==, 1);
  g_assert_cmpstr (hubrota_hub_get_postcode (g_ptr_array_index (hubs, 0)), ==, "MK45 2JT");
  add_series (store, "ampthill", "2026-12-04T14:00", 180, "FREQ=WEEKLY;BYDAY=FR");
}

/* Schema 10: a series from before it, with no time of change, takes the upgrade's; one that
 * had a time keeps it. */
static void
test_migrates_series_modified (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDate) saturday = test_util_date ("2026-12-05");
  g_autoptr(GDate) sunday = test_util_date ("2026-12-06");
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOccurrence) upgraded = NULL;
  g_autoptr(HubrotaOccurrence) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_text = NULL;

  add_beat (f->store, "castle");
  add_hub (f->store, "bedford", "castle");
  add_series (f->store, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA");
  add_series (f->store, "bedford", "2026-12-06T10:00", 180, "FREQ=WEEKLY;BYDAY=SU");
  g_clear_object (&f->store);
  raw_exec (f->path, "UPDATE series SET modified_utc = NULL WHERE start_local LIKE '%-05T%';"
                     "UPDATE series SET modified_utc = '2026-01-02T03:04:05Z'"
                     " WHERE start_local LIKE '%-06T%'; PRAGMA user_version = 9;");

  store = hubrota_store_open (f->path, HUBROTA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_pragma (f->path, "user_version"), ==, 10);
  upgraded = hubrota_store_find_occurrence (store, "bedford", saturday, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_to_unix (hubrota_occurrence_get_last_modified (upgraded)), >=,
                   g_date_time_to_unix (before) - 1);
  kept = hubrota_store_find_occurrence (store, "bedford", sunday, NULL, &error);
  g_assert_no_error (error);
  kept_text = g_date_time_format_iso8601 (hubrota_occurrence_get_last_modified (kept));
  g_assert_cmpstr (kept_text, ==, "2026-01-02T03:04:05Z");
}

static void
test_hub_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaHub) hub = hubrota_hub_new ("bedford-library", "Bedford Central Library",
                                               "castle");
  g_autoptr(HubrotaHub) back = NULL;
  g_autoptr(GError) error = NULL;
  const char *description = "Report a crime; get advice, speak to the team.\nEND:VEVENT — ça va";
  double lat = 0, lon = 0;

  add_beat (f->store, "castle");
  hubrota_hub_set_address (hub, "Harpur Street, Bedford");
  hubrota_hub_set_postcode (hub, "mk40 1pg");
  hubrota_hub_set_location (hub, 52.1373, -0.4665);
  hubrota_hub_set_description (hub, description);
  g_assert_true (hubrota_store_add_hub (f->store, hub, &error));
  g_assert_no_error (error);

  back = hubrota_store_get_hub (f->store, "bedford-library", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hubrota_hub_get_name (back), ==, "Bedford Central Library");
  g_assert_cmpstr (hubrota_hub_get_beat (back), ==, "castle");
  g_assert_cmpstr (hubrota_hub_get_address (back), ==, "Harpur Street, Bedford");
  g_assert_cmpstr (hubrota_hub_get_postcode (back), ==, "MK40 1PG");
  g_assert_cmpstr (hubrota_hub_get_description (back), ==, description);
  g_assert_true (hubrota_hub_get_location (back, &lat, &lon));
  g_assert_cmpfloat_with_epsilon (lat, 52.1373, 1e-9);
  g_assert_cmpfloat_with_epsilon (lon, -0.4665, 1e-9);
}

static void
assert_hub_refused (HubrotaStore *store, HubrotaHub *hub, int code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = hubrota_store_list_hubs (store, NULL);
  g_autoptr(GPtrArray) after = NULL;

  g_assert_false (hubrota_store_add_hub (store, hub, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, code);
  after = hubrota_store_list_hubs (store, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
}

static void
test_hub_bad_input (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaHub) unknown_beat = hubrota_hub_new ("luton", "Luton", "nowhere");
  g_autoptr(HubrotaHub) duplicate = hubrota_hub_new ("bedford", "Another", "castle");
  g_autoptr(HubrotaHub) bad_slug = hubrota_hub_new ("Bedford Hub", "Bedford", "castle");
  g_autoptr(HubrotaHub) no_name = hubrota_hub_new ("empty", "  ", "castle");
  g_autoptr(HubrotaHub) bad_postcode = hubrota_hub_new ("pc", "Postcode", "castle");
  g_autoptr(HubrotaHub) bad_position = hubrota_hub_new ("pos", "Position", "castle");
  g_autoptr(HubrotaBeat) same_beat = hubrota_beat_new ("castle", "Again");
  g_autoptr(GError) error = NULL;

  add_beat (f->store, "castle");
  add_hub (f->store, "bedford", "castle");
  hubrota_hub_set_postcode (bad_postcode, "not a postcode");
  hubrota_hub_set_location (bad_position, 91, 0);

  assert_hub_refused (f->store, unknown_beat, HUBROTA_STORE_ERROR_NOT_FOUND);
  assert_hub_refused (f->store, duplicate, HUBROTA_STORE_ERROR_EXISTS);
  assert_hub_refused (f->store, bad_slug, HUBROTA_STORE_ERROR_INVALID);
  assert_hub_refused (f->store, no_name, HUBROTA_STORE_ERROR_INVALID);
  assert_hub_refused (f->store, bad_postcode, HUBROTA_STORE_ERROR_INVALID);
  assert_hub_refused (f->store, bad_position, HUBROTA_STORE_ERROR_INVALID);

  g_assert_false (hubrota_store_add_beat (f->store, same_beat, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_EXISTS);
  g_assert_cmpuint (count (hubrota_store_list_beats (f->store, NULL)), ==, 1);
}

static void
test_series_bad_input (Fixture *f, gconstpointer data)
{
  struct { const char *hub; const char *start; int minutes; const char *rrule; int code; } bad[] = {
    { "nowhere", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA", HUBROTA_STORE_ERROR_NOT_FOUND },
    { "bedford", "2026-12-05T10:00", 0, "FREQ=WEEKLY;BYDAY=SA", HUBROTA_STORE_ERROR_INVALID },
    { "bedford", "2026-12-05T10:00", -60, NULL, HUBROTA_STORE_ERROR_INVALID },
    { "bedford", "2026-12-05T10:00", 180, "FREQ=SOMETIMES", HUBROTA_STORE_ERROR_INVALID },
    { "bedford", "2026-12-04T10:00", 180, "FREQ=WEEKLY;BYDAY=SA", HUBROTA_STORE_ERROR_INVALID },
  };

  add_beat (f->store, "castle");
  add_hub (f->store, "bedford", "castle");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GDateTime) start = hubrota_london_parse_datetime (bad[i].start, NULL);
      g_autoptr(HubrotaSeries) series = hubrota_series_new (bad[i].hub, start, bad[i].minutes,
                                                            bad[i].rrule);
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (hubrota_store_add_series (f->store, series, &error), ==, 0);
      g_assert_error (error, HUBROTA_STORE_ERROR, bad[i].code);
    }
  g_assert_cmpuint (count (hubrota_store_list_series (f->store, NULL, NULL)), ==, 0);
}

static void
test_series_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) list = NULL;
  HubrotaSeries *series;
  g_autofree char *start = NULL;
  gint64 id;

  add_beat (f->store, "castle");
  add_hub (f->store, "bedford", "castle");
  id = add_series (f->store, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA");
  list = hubrota_store_list_series (f->store, "bedford", NULL);
  g_assert_cmpuint (list->len, ==, 1);
  series = g_ptr_array_index (list, 0);
  start = hubrota_london_format_local (hubrota_series_get_start (series));
  g_assert_cmpint (hubrota_series_get_id (series), ==, id);
  g_assert_cmpstr (start, ==, "2026-12-05T10:00");
  g_assert_cmpint (hubrota_series_get_duration_minutes (series), ==, 180);
  g_assert_cmpstr (hubrota_series_get_rrule (series), ==, "FREQ=WEEKLY;BYDAY=SA");
  g_assert_cmpint (hubrota_series_get_min_officers (series), ==, 1);
}

static void
test_occurrences_across_clock_change (Fixture *f, gconstpointer data)
{
  g_autofree char *got = NULL;
  g_autoptr(GDate) from = test_util_date ("2027-03-20");
  g_autoptr(GDate) to = test_util_date ("2027-04-03");
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *last = NULL;

  add_beat (f->store, "castle");
  add_hub (f->store, "bedford", "castle");
  add_series (f->store, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA");

  got = openings (f->store, "2027-03-20", "2027-04-03", NULL);
  g_assert_cmpstr (got, ==,
                   "bedford@2027-03-20T10:00-13:00/scheduled,"
                   "bedford@2027-03-27T10:00-13:00/scheduled,"
                   "bedford@2027-04-03T10:00-13:00/scheduled");
  list = hubrota_store_list_occurrences (f->store, from, to, "bedford", NULL);
  last = hubrota_london_format_iso (hubrota_occurrence_get_end (g_ptr_array_index (list, 2)));
  g_assert_cmpstr (last, ==, "2027-04-03T13:00:00+01:00");
}

static void
test_cancel_move_restore (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) boxing_day = test_util_date ("2026-12-26");
  g_autoptr(GDate) dec19 = test_util_date ("2026-12-19");
  g_autoptr(GDate) dec12 = test_util_date ("2026-12-12");
  g_autoptr(GDateTime) friday = hubrota_london_parse_datetime ("2026-12-18T14:00", NULL);
  g_autoptr(GDateTime) january = hubrota_london_parse_datetime ("2027-01-05T09:30", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;
  g_autofree char *moved_in = NULL;
  g_autofree char *restored = NULL;

  add_beat (f->store, "castle");
  add_hub (f->store, "bedford", "castle");
  add_series (f->store, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA");

  g_assert_true (hubrota_store_cancel_occurrence (f->store, "bedford", 0, boxing_day,
                                                  "Closed for Christmas", &error));
  g_assert_no_error (error);
  g_assert_true (hubrota_store_move_occurrence (f->store, "bedford", 0, dec19, friday, 120, &error));
  g_assert_no_error (error);
  /* Moved out of the window it was in: it shows where it went, not where it was. */
  g_assert_true (hubrota_store_move_occurrence (f->store, "bedford", 0, dec12, january, 0, &error));
  g_assert_no_error (error);

  got = openings (f->store, "2026-12-01", "2026-12-31", NULL);
  g_assert_cmpstr (got, ==,
                   "bedford@2026-12-05T10:00-13:00/scheduled,"
                   "bedford@2026-12-18T14:00-16:00/scheduled/moved,"
                   "bedford@2026-12-26T10:00-13:00/cancelled/Closed for Christmas");
  moved_in = openings (f->store, "2027-01-04", "2027-01-05", NULL);
  g_assert_cmpstr (moved_in, ==, "bedford@2027-01-05T09:30-12:30/scheduled/moved");

  /* Restored by the date it came from. */
  g_assert_true (hubrota_store_restore_occurrence (f->store, "bedford", 0, dec12, &error));
  g_assert_no_error (error);
  restored = openings (f->store, "2026-12-12", "2026-12-12", NULL);
  g_assert_cmpstr (restored, ==, "bedford@2026-12-12T10:00-13:00/scheduled");

  g_assert_false (hubrota_store_restore_occurrence (f->store, "bedford", 0, dec12, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
}

static int
sequence_on (HubrotaStore *store, const char *day)
{
  g_autoptr(GDate) d = test_util_date (day);
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOccurrence) occurrence = hubrota_store_find_occurrence (store, "bedford", d, NULL, &error);

  g_assert_no_error (error);
  return hubrota_occurrence_get_sequence (occurrence);
}

/* Every change to an opening raises its sequence, restoring too, so calendars that saw it
 * cancelled take the restored opening as newer; untouched openings stay at 0. */
static void
test_sequence_rises (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) dec12 = test_util_date ("2026-12-12");
  g_autoptr(GDate) dec19 = test_util_date ("2026-12-19");
  g_autoptr(GDateTime) later = hubrota_london_parse_datetime ("2026-12-12T14:00", NULL);
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(HubrotaOccurrence) changed = NULL;
  g_autoptr(GError) error = NULL;

  add_beat (f->store, "castle");
  add_hub (f->store, "bedford", "castle");
  add_series (f->store, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA");
  g_assert_cmpint (sequence_on (f->store, "2026-12-12"), ==, 0);

  g_assert_true (hubrota_store_cancel_occurrence (f->store, "bedford", 0, dec12, "Flood", &error));
  g_assert_cmpint (sequence_on (f->store, "2026-12-12"), ==, 1);
  g_assert_true (hubrota_store_restore_occurrence (f->store, "bedford", 0, dec12, &error));
  g_assert_cmpint (sequence_on (f->store, "2026-12-12"), ==, 2);
  g_assert_true (hubrota_store_move_occurrence (f->store, "bedford", 0, dec12, later, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sequence_on (f->store, "2026-12-12"), ==, 3);
  g_assert_cmpint (sequence_on (f->store, "2026-12-19"), ==, 0);

  changed = hubrota_store_find_occurrence (f->store, "bedford", dec12, NULL, &error);
  g_assert_nonnull (hubrota_occurrence_get_last_modified (changed));
  g_assert_cmpint (g_date_time_to_unix (hubrota_occurrence_get_last_modified (changed)), >=,
                   g_date_time_to_unix (before) - 1);
  g_clear_object (&changed);
  /* An opening never changed on its own has its series' time: when it was made. */
  changed = hubrota_store_find_occurrence (f->store, "bedford", dec19, NULL, &error);
  g_assert_nonnull (hubrota_occurrence_get_last_modified (changed));
  g_assert_cmpint (g_date_time_to_unix (hubrota_occurrence_get_last_modified (changed)), >=,
                   g_date_time_to_unix (before) - 1);
}

static void
test_exception_bad_input (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) friday = test_util_date ("2026-12-11");
  g_autoptr(GDate) saturday = test_util_date ("2026-12-12");
  g_autoptr(GDateTime) later = hubrota_london_parse_datetime ("2026-12-12T15:00", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_beat (f->store, "castle");
  add_hub (f->store, "bedford", "castle");
  add_series (f->store, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA");
  add_series (f->store, "bedford", "2026-12-12T14:00", 60, NULL);
  before = openings (f->store, "2026-12-01", "2026-12-31", NULL);

  g_assert_false (hubrota_store_cancel_occurrence (f->store, "bedford", 0, friday, NULL, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hubrota_store_cancel_occurrence (f->store, "bedford", 0, saturday, NULL, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_AMBIGUOUS);
  g_clear_error (&error);
  g_assert_false (hubrota_store_cancel_occurrence (f->store, "nowhere", 0, saturday, NULL, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hubrota_store_move_occurrence (f->store, "bedford", 99, saturday, later, 0, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  after = openings (f->store, "2026-12-01", "2026-12-31", NULL);
  g_assert_cmpstr (after, ==, before);
}

static void
test_cancel_range (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) from = test_util_date ("2026-12-24");
  g_autoptr(GDate) to = test_util_date ("2027-01-02");
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;
  guint cancelled = 0;

  add_beat (f->store, "castle");
  add_hub (f->store, "bedford", "castle");
  add_hub (f->store, "ampthill", "castle");
  add_series (f->store, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA");
  add_series (f->store, "ampthill", "2026-12-04T14:00", 180, "FREQ=WEEKLY;BYDAY=FR");

  g_assert_true (hubrota_store_cancel_range (f->store, NULL, from, to, "Closed for Christmas",
                                             &cancelled, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cancelled, ==, 4);
  got = openings (f->store, "2026-12-24", "2027-01-03", NULL);
  g_assert_cmpstr (got, ==,
                   "ampthill@2026-12-25T14:00-17:00/cancelled/Closed for Christmas,"
                   "bedford@2026-12-26T10:00-13:00/cancelled/Closed for Christmas,"
                   "ampthill@2027-01-01T14:00-17:00/cancelled/Closed for Christmas,"
                   "bedford@2027-01-02T10:00-13:00/cancelled/Closed for Christmas");
}

static void
test_period_backwards (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) from = test_util_date ("2027-01-31");
  g_autoptr(GDate) to = test_util_date ("2026-12-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = hubrota_store_list_occurrences (f->store, from, to, NULL, &error);

  g_assert_null (list);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
}

static void
test_demo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hubs = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
  g_autoptr(GDate) from = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                          g_date_time_get_month (now), g_date_time_get_year (now));
  GDate to = *from;
  guint cancelled = 0, moved = 0;

  g_assert_true (hubrota_store_load_demo (f->store, &error));
  g_assert_no_error (error);
  hubs = hubrota_store_list_hubs (f->store, NULL);
  g_assert_cmpuint (hubs->len, ==, 7);

  g_date_add_days (&to, 60);
  list = hubrota_store_list_occurrences (f->store, from, &to, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, >, 40);
  for (guint i = 0; i < list->len; i++)
    {
      HubrotaOccurrence *o = g_ptr_array_index (list, i);
      cancelled += hubrota_occurrence_get_status (o) == HUBROTA_OCCURRENCE_CANCELLED;
      moved += hubrota_occurrence_get_moved (o);
    }
  g_assert_cmpuint (cancelled, >=, 1);
  g_assert_cmpuint (moved, ==, 1);

  g_assert_false (hubrota_store_load_demo (f->store, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_EXISTS);
  g_assert_cmpuint (count (hubrota_store_list_hubs (f->store, NULL)), ==, 7);
}

static HubrotaOfficer *
get_officer (HubrotaStore *store, const char *id)
{
  g_autoptr(GError) error = NULL;
  HubrotaOfficer *officer = hubrota_store_get_officer (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (officer);
  return officer;
}

static void
add_officer (HubrotaStore *store, const char *id, const char *beat)
{
  g_autoptr(HubrotaOfficer) officer = hubrota_officer_new (id, "Grace Okafor", HUBROTA_ROLE_PC,
                                                           beat, 40);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_add_officer (store, officer, &error));
  g_assert_no_error (error);
}

static void
assert_token_shape (const char *token)
{
  g_assert_nonnull (token);
  g_assert_cmpuint (strlen (token), ==, 48);
  g_assert_cmpuint (strspn (token, "0123456789abcdef"), ==, 48);
}

/* A feed token is made once, kept, different for each officer, and replaced on demand. */
static void
test_feed_token (Fixture *f, gconstpointer data)
{
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *other = NULL;
  g_autofree char *renewed = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  add_beat (f->store, "castle");
  add_officer (f->store, "PC1234", "castle");
  add_officer (f->store, "PC5678", "castle");
  first = hubrota_store_get_feed_token (f->store, "PC1234", &error);
  g_assert_no_error (error);
  assert_token_shape (first);
  again = hubrota_store_get_feed_token (f->store, "PC1234", &error);
  g_assert_cmpstr (again, ==, first);
  other = hubrota_store_get_feed_token (f->store, "PC5678", &error);
  assert_token_shape (other);
  g_assert_cmpstr (other, !=, first);

  renewed = hubrota_store_new_feed_token (f->store, "PC1234", &error);
  assert_token_shape (renewed);
  g_assert_cmpstr (renewed, !=, first);
  after = hubrota_store_get_feed_token (f->store, "PC1234", &error);
  g_assert_cmpstr (after, ==, renewed);

  g_assert_null (hubrota_store_get_feed_token (f->store, "PC9", &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
}

static void
test_officer_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOfficer) pcso = hubrota_officer_new ("7021", "Amir “Sonny” Shah",
                                                        HUBROTA_ROLE_PCSO, NULL, 37.5);
  g_autoptr(HubrotaOfficer) back = NULL;
  g_autoptr(HubrotaOfficer) pc = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaRole role = HUBROTA_ROLE_PC;

  add_beat (f->store, "castle");
  add_officer (f->store, "PC1234", "castle");
  g_assert_true (hubrota_store_add_officer (f->store, pcso, &error));
  g_assert_no_error (error);

  back = get_officer (f->store, "7021");
  g_assert_cmpstr (hubrota_officer_get_id (back), ==, "7021");
  g_assert_cmpstr (hubrota_officer_get_name (back), ==, "Amir “Sonny” Shah");
  g_assert_cmpint (hubrota_officer_get_role (back), ==, HUBROTA_ROLE_PCSO);
  g_assert_null (hubrota_officer_get_beat (back));
  g_assert_cmpfloat (hubrota_officer_get_weekly_hours (back), ==, 37.5);
  pc = get_officer (f->store, "PC1234");
  g_assert_cmpstr (hubrota_officer_get_beat (pc), ==, "castle");
  g_assert_cmpint (hubrota_officer_get_role (pc), ==, HUBROTA_ROLE_PC);
  g_assert_cmpfloat (hubrota_officer_get_weekly_hours (pc), ==, 40);

  /* By collar number. */
  list = hubrota_store_list_officers (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (hubrota_officer_get_id (g_ptr_array_index (list, 0)), ==, "7021");
  g_assert_cmpstr (hubrota_officer_get_id (g_ptr_array_index (list, 1)), ==, "PC1234");

  g_assert_null (hubrota_store_get_officer (f->store, "PC9", &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);

  g_assert_true (hubrota_role_from_string ("sgt", &role));
  g_assert_cmpint (role, ==, HUBROTA_ROLE_SGT);
  g_assert_false (hubrota_role_from_string ("DC", &role));
  g_assert_cmpstr (hubrota_role_to_string (HUBROTA_ROLE_VOL), ==, "VOL");
}

static void
test_officer_bad_input (Fixture *f, gconstpointer data)
{
  struct { const char *id; const char *name; const char *beat; double hours; int code; } bad[] = {
    { "PC1234", "Again", NULL, 40, HUBROTA_STORE_ERROR_EXISTS },
    { "PC 12", "Space", NULL, 40, HUBROTA_STORE_ERROR_INVALID },
    { "", "Nobody", NULL, 40, HUBROTA_STORE_ERROR_INVALID },
    { "PC7", " ", NULL, 40, HUBROTA_STORE_ERROR_INVALID },
    { "PC7", "Ann Lee", "nowhere", 40, HUBROTA_STORE_ERROR_NOT_FOUND },
    { "PC7", "Ann Lee", NULL, 169, HUBROTA_STORE_ERROR_INVALID },
    { "PC7", "Ann Lee", NULL, -1, HUBROTA_STORE_ERROR_INVALID },
  };

  add_beat (f->store, "castle");
  add_officer (f->store, "PC1234", "castle");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(HubrotaOfficer) officer = hubrota_officer_new (bad[i].id, bad[i].name,
                                                               HUBROTA_ROLE_PC, bad[i].beat,
                                                               bad[i].hours);
      g_autoptr(GError) error = NULL;

      g_assert_false (hubrota_store_add_officer (f->store, officer, &error));
      g_assert_error (error, HUBROTA_STORE_ERROR, bad[i].code);
    }
  g_assert_cmpuint (count (hubrota_store_list_officers (f->store, NULL)), ==, 1);
}

/* "id/name/role/beat/hours;" for each officer */
static char *
officers (HubrotaStore *store)
{
  g_autoptr(GPtrArray) list = hubrota_store_list_officers (store, NULL);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (list);
  for (guint i = 0; i < list->len; i++)
    {
      HubrotaOfficer *o = g_ptr_array_index (list, i);
      const char *beat = hubrota_officer_get_beat (o);

      g_string_append_printf (out, "%s/%s/%s/%s/%g;", hubrota_officer_get_id (o),
                              hubrota_officer_get_name (o),
                              hubrota_role_to_string (hubrota_officer_get_role (o)),
                              beat != NULL ? beat : "-", hubrota_officer_get_weekly_hours (o));
    }
  return g_string_free (out, FALSE);
}

static void
test_import_all_or_nothing (Fixture *f, gconstpointer data)
{
  const char *good = "id,name,role,beat,weekly_hours\r\n"
                     "PC1234,\"Okafor, Grace\",PC,castle,40\r\n"
                     "7021,Amir Shah,pcso,,37.5\r\n";
  /* PC8 alone would go in; with lines 3 and 5 wrong, it does not. */
  const char *bad = "id,name,role,beat,weekly_hours\n"
                    "PC8,Bob Kay,SGT,castle,40\n"
                    "PC9,Cy Dee,DC,castle,40\n"
                    "PC8,Bob Kay again,SGT,castle,40\n"
                    "PC1234,Grace Okafor,PC,castle,40\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint imported = 0;

  add_beat (f->store, "castle");
  g_assert_true (hubrota_store_import_officers (f->store, good, strlen (good), &imported, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (imported, ==, 2);
  before = officers (f->store);
  g_assert_cmpstr (before, ==, "7021/Amir Shah/PCSO/-/37.5;PC1234/Okafor, Grace/PC/castle/40;");

  imported = 99;
  g_assert_false (hubrota_store_import_officers (f->store, bad, strlen (bad), &imported, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "nothing was imported: 3 rows are wrong\n"
                   "line 3: ‘DC’ is not a role (PC, PCSO, SC, SGT or VOL)\n"
                   "line 4: there is already an officer ‘PC8’\n"
                   "line 5: there is already an officer ‘PC1234’");
  g_assert_cmpuint (imported, ==, 99);
  after = officers (f->store);
  g_assert_cmpstr (after, ==, before);

  /* The rolled-back import left no transaction open: the store still takes changes. */
  add_officer (f->store, "PC8", NULL);
  g_assert_cmpuint (count (hubrota_store_list_officers (f->store, NULL)), ==, 3);
}

static void
test_duty_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) monday = test_util_local ("2026-12-07T08:00");
  g_autoptr(GDateTime) saturday = test_util_local ("2026-12-05T22:00");
  g_autoptr(HubrotaDuty) pattern = hubrota_duty_new ("PC1234", monday, 480,
                                                     "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH");
  g_autoptr(HubrotaDuty) night = hubrota_duty_new ("PC1234", saturday, 480, NULL);
  g_autoptr(HubrotaDuty) other = hubrota_duty_new ("PC77", monday, 60, NULL);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;
  HubrotaDuty *duty;
  gint64 id;

  add_beat (f->store, "castle");
  add_officer (f->store, "PC1234", "castle");
  add_officer (f->store, "PC77", NULL);
  id = hubrota_store_add_duty (f->store, pattern, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, 1);
  g_assert_cmpint (hubrota_duty_get_id (pattern), ==, 1);
  g_assert_cmpint (hubrota_store_add_duty (f->store, night, &error), ==, 2);
  g_assert_cmpint (hubrota_store_add_duty (f->store, other, &error), ==, 3);
  g_assert_no_error (error);

  /* One officer's, by start. */
  list = hubrota_store_list_duties (f->store, "PC1234", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  duty = g_ptr_array_index (list, 0);
  start = hubrota_london_format_local (hubrota_duty_get_start (duty));
  g_assert_cmpint (hubrota_duty_get_id (duty), ==, 2);
  g_assert_cmpstr (start, ==, "2026-12-05T22:00");
  g_assert_null (hubrota_duty_get_rrule (duty));
  duty = g_ptr_array_index (list, 1);
  g_assert_cmpint (hubrota_duty_get_id (duty), ==, 1);
  g_assert_cmpstr (hubrota_duty_get_officer (duty), ==, "PC1234");
  g_assert_cmpint (hubrota_duty_get_duration_minutes (duty), ==, 480);
  g_assert_cmpstr (hubrota_duty_get_rrule (duty), ==, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH");

  g_assert_cmpuint (count (hubrota_store_list_duties (f->store, NULL, NULL)), ==, 3);
  g_assert_null (hubrota_store_list_duties (f->store, "PC9", &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
}

static void
test_duty_bad_input (Fixture *f, gconstpointer data)
{
  struct { const char *officer; int minutes; const char *rrule; int code; } bad[] = {
    { "PC9", 480, NULL, HUBROTA_STORE_ERROR_NOT_FOUND },
    { "PC1234", 0, NULL, HUBROTA_STORE_ERROR_INVALID },
    { "PC1234", 24 * 60 + 1, NULL, HUBROTA_STORE_ERROR_INVALID },
    { "PC1234", 480, "FREQ=SOMETIMES", HUBROTA_STORE_ERROR_INVALID },
    { "PC1234", 480, "FREQ=WEEKLY;BYDAY=SA", HUBROTA_STORE_ERROR_INVALID },
  };
  g_autoptr(GDateTime) monday = test_util_local ("2026-12-07T08:00");

  add_officer (f->store, "PC1234", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(HubrotaDuty) duty = hubrota_duty_new (bad[i].officer, monday, bad[i].minutes,
                                                      bad[i].rrule);
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (hubrota_store_add_duty (f->store, duty, &error), ==, 0);
      g_assert_error (error, HUBROTA_STORE_ERROR, bad[i].code);
    }
  g_assert_cmpuint (count (hubrota_store_list_duties (f->store, NULL, NULL)), ==, 0);
}

static void
test_absence_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) christmas = test_util_local ("2026-12-20T00:00");
  g_autoptr(GDateTime) back = test_util_local ("2026-12-28T00:00");
  g_autoptr(GDateTime) court = test_util_local ("2027-03-29T09:30");
  g_autoptr(GDateTime) court_end = test_util_local ("2027-03-29T16:00");
  g_autoptr(HubrotaAbsence) leave = hubrota_absence_new ("PC1234", christmas, back,
                                                         "annual leave");
  g_autoptr(HubrotaAbsence) hearing = hubrota_absence_new ("PC1234", court, court_end, NULL);
  g_autoptr(HubrotaAbsence) backwards = hubrota_absence_new ("PC1234", back, christmas, NULL);
  g_autoptr(HubrotaAbsence) empty = hubrota_absence_new ("PC1234", back, back, NULL);
  g_autoptr(HubrotaAbsence) unknown = hubrota_absence_new ("PC9", christmas, back, NULL);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  HubrotaAbsence *absence;

  add_officer (f->store, "PC1234", NULL);
  g_assert_cmpint (hubrota_store_add_absence (f->store, hearing, &error), ==, 1);
  g_assert_cmpint (hubrota_store_add_absence (f->store, leave, &error), ==, 2);
  g_assert_no_error (error);

  /* By start, whatever order they were added in. */
  list = hubrota_store_list_absences (f->store, "PC1234", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  absence = g_ptr_array_index (list, 0);
  start = hubrota_london_format_local (hubrota_absence_get_start (absence));
  end = hubrota_london_format_local (hubrota_absence_get_end (absence));
  g_assert_cmpint (hubrota_absence_get_id (absence), ==, 2);
  g_assert_cmpstr (hubrota_absence_get_officer (absence), ==, "PC1234");
  g_assert_cmpstr (start, ==, "2026-12-20T00:00");
  g_assert_cmpstr (end, ==, "2026-12-28T00:00");
  g_assert_cmpstr (hubrota_absence_get_reason (absence), ==, "annual leave");
  absence = g_ptr_array_index (list, 1);
  g_assert_cmpstr (hubrota_absence_get_reason (absence), ==, "");
  g_clear_pointer (&end, g_free);
  end = hubrota_london_format_iso (hubrota_absence_get_end (absence));
  g_assert_cmpstr (end, ==, "2027-03-29T16:00:00+01:00");

  g_assert_cmpint (hubrota_store_add_absence (f->store, backwards, &error), ==, 0);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hubrota_store_add_absence (f->store, empty, &error), ==, 0);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hubrota_store_add_absence (f->store, unknown, &error), ==, 0);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (count (hubrota_store_list_absences (f->store, NULL, NULL)), ==, 2);
}

static void
test_hotspot_add_list (Fixture *f, gconstpointer data)
{
  const struct { const char *slug; const char *beat; const char *name; } good[] = {
    { "tavistock-street", "castle", "Tavistock Street shops" },
    { "bedford-road", "kempston", "Bedford Road parade" },
    { "castle-lane", "castle", "Castle Lane car park" },
  };
  const struct { const char *slug; const char *beat; const char *name; int code; } bad[] = {
    { "market", "nowhere", "Market Square", HUBROTA_STORE_ERROR_NOT_FOUND },
    { "castle-lane", "castle", "Again", HUBROTA_STORE_ERROR_EXISTS },
    { "Market Square", "castle", "Market Square", HUBROTA_STORE_ERROR_INVALID },
    { "market", "castle", "", HUBROTA_STORE_ERROR_INVALID },
  };
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaHotspot *hotspot;

  add_beat (f->store, "castle");
  add_beat (f->store, "kempston");
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(HubrotaHotspot) added = hubrota_hotspot_new (good[i].slug, good[i].beat,
                                                             good[i].name);
      g_assert_true (hubrota_store_add_hotspot (f->store, added, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(HubrotaHotspot) refused = hubrota_hotspot_new (bad[i].slug, bad[i].beat,
                                                               bad[i].name);
      g_assert_false (hubrota_store_add_hotspot (f->store, refused, &error));
      g_assert_error (error, HUBROTA_STORE_ERROR, bad[i].code);
      g_clear_error (&error);
    }

  /* Beat by beat, then by slug. */
  list = hubrota_store_list_hotspots (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  hotspot = g_ptr_array_index (list, 0);
  g_assert_cmpstr (hubrota_hotspot_get_slug (hotspot), ==, "castle-lane");
  g_assert_cmpstr (hubrota_hotspot_get_beat (hotspot), ==, "castle");
  g_assert_cmpstr (hubrota_hotspot_get_name (hotspot), ==, "Castle Lane car park");
  g_assert_cmpstr (hubrota_hotspot_get_slug (g_ptr_array_index (list, 1)), ==, "tavistock-street");
  hotspot = g_ptr_array_index (list, 2);
  g_assert_cmpstr (hubrota_hotspot_get_slug (hotspot), ==, "bedford-road");
  g_assert_cmpstr (hubrota_hotspot_get_beat (hotspot), ==, "kempston");
}

static void
test_beat_abstraction_limit (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaBeat) south = hubrota_beat_new ("luton-south", "South Ward");
  g_autoptr(HubrotaBeat) greedy = hubrota_beat_new ("greedy", "Greedy");
  g_autoptr(GPtrArray) beats = NULL;
  g_autoptr(GError) error = NULL;

  add_beat (f->store, "castle");
  hubrota_beat_set_abstraction_limit (south, 12.5);
  g_assert_true (hubrota_store_add_beat (f->store, south, &error));
  g_assert_no_error (error);
  hubrota_beat_set_abstraction_limit (greedy, 150);
  g_assert_false (hubrota_store_add_beat (f->store, greedy, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);

  /* By name: "Castle, Bedford" keeps the default. */
  beats = hubrota_store_list_beats (f->store, NULL);
  g_assert_cmpuint (beats->len, ==, 2);
  g_assert_cmpfloat (hubrota_beat_get_abstraction_limit (g_ptr_array_index (beats, 0)), ==,
                     HUBROTA_BEAT_DEFAULT_ABSTRACTION_LIMIT);
  g_assert_cmpstr (hubrota_beat_get_slug (g_ptr_array_index (beats, 1)), ==, "luton-south");
  g_assert_cmpfloat (hubrota_beat_get_abstraction_limit (g_ptr_array_index (beats, 1)), ==, 12.5);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/open/settings", test_open_settings);
  g_test_add_func ("/store/open/missing-file", test_missing_file);
  g_test_add_func ("/store/open/new-file-private", test_new_file_private);
  ADD ("/store/damaged-row", test_damaged_row);
  ADD ("/store/open/refuses-newer", test_refuses_newer);
  ADD ("/store/open/refuses-foreign", test_refuses_foreign);
  ADD ("/store/migrate/from-v1", test_migrates_from_v1);
  ADD ("/store/migrate/series-modified", test_migrates_series_modified);
  ADD ("/store/hub/round-trip", test_hub_round_trip);
  ADD ("/store/hub/bad-input", test_hub_bad_input);
  ADD ("/store/series/round-trip", test_series_round_trip);
  ADD ("/store/series/bad-input", test_series_bad_input);
  ADD ("/store/occurrences/clock-change", test_occurrences_across_clock_change);
  ADD ("/store/occurrences/cancel-move-restore", test_cancel_move_restore);
  ADD ("/store/occurrences/bad-input", test_exception_bad_input);
  ADD ("/store/occurrences/sequence", test_sequence_rises);
  ADD ("/store/occurrences/cancel-range", test_cancel_range);
  ADD ("/store/occurrences/period-backwards", test_period_backwards);
  ADD ("/store/demo", test_demo);
  ADD ("/store/beat/abstraction-limit", test_beat_abstraction_limit);
  ADD ("/store/hotspot/add-list", test_hotspot_add_list);
  ADD ("/store/officer/round-trip", test_officer_round_trip);
  ADD ("/store/officer/feed-token", test_feed_token);
  ADD ("/store/officer/bad-input", test_officer_bad_input);
  ADD ("/store/officer/import-all-or-nothing", test_import_all_or_nothing);
  ADD ("/store/duty/round-trip", test_duty_round_trip);
  ADD ("/store/duty/bad-input", test_duty_bad_input);
  ADD ("/store/absence/round-trip", test_absence_round_trip);
#undef ADD

  return g_test_run ();
}
