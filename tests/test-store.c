/* test-store.c: the SQLite store, its migrations and the openings it expands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hubrota-core.h"

typedef struct
{
  char *dir;
  char *path;
  HubrotaStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hubrota-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "sub", "hubrota.db", NULL);
  f->store = hubrota_store_open (f->path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static GDate *
date (const char *text)
{
  GDate *d = hubrota_london_parse_date (text, NULL);

  g_assert_nonnull (d);
  return d;
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
  g_autoptr(GDate) a = date (from);
  g_autoptr(GDate) b = date (to);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = hubrota_store_list_occurrences (store, a, b, hub, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
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

  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_pragma (path, "user_version"), ==, 3);
  hubs = hubrota_store_list_hubs (store, &error);
  g_assert_cmpuint (hubs->len, ==, 1);
  g_assert_cmpstr (hubrota_hub_get_postcode (g_ptr_array_index (hubs, 0)), ==, "MK45 2JT");
  add_series (store, "ampthill", "2026-12-04T14:00", 180, "FREQ=WEEKLY;BYDAY=FR");
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
  g_autoptr(GDate) from = date ("2027-03-20");
  g_autoptr(GDate) to = date ("2027-04-03");
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
  g_autoptr(GDate) boxing_day = date ("2026-12-26");
  g_autoptr(GDate) dec19 = date ("2026-12-19");
  g_autoptr(GDate) dec12 = date ("2026-12-12");
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

static void
test_exception_bad_input (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) friday = date ("2026-12-11");
  g_autoptr(GDate) saturday = date ("2026-12-12");
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
  g_autoptr(GDate) from = date ("2026-12-24");
  g_autoptr(GDate) to = date ("2027-01-02");
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
  g_autoptr(GDate) from = date ("2027-01-31");
  g_autoptr(GDate) to = date ("2026-12-01");
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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/open/settings", test_open_settings);
  g_test_add_func ("/store/open/missing-file", test_missing_file);
  ADD ("/store/open/refuses-newer", test_refuses_newer);
  ADD ("/store/open/refuses-foreign", test_refuses_foreign);
  ADD ("/store/migrate/from-v1", test_migrates_from_v1);
  ADD ("/store/hub/round-trip", test_hub_round_trip);
  ADD ("/store/hub/bad-input", test_hub_bad_input);
  ADD ("/store/series/round-trip", test_series_round_trip);
  ADD ("/store/series/bad-input", test_series_bad_input);
  ADD ("/store/occurrences/clock-change", test_occurrences_across_clock_change);
  ADD ("/store/occurrences/cancel-move-restore", test_cancel_move_restore);
  ADD ("/store/occurrences/bad-input", test_exception_bad_input);
  ADD ("/store/occurrences/cancel-range", test_cancel_range);
  ADD ("/store/occurrences/period-backwards", test_period_backwards);
  ADD ("/store/demo", test_demo);
#undef ADD

  return g_test_run ();
}
