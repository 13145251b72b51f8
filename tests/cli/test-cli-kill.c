/* test-cli-kill.c: hubrota-cli killed with SIGKILL part-way, and what it leaves
 *
 * `officer import` of a large file and `export --officers` are each killed HUBROTA_TEST_KILLS
 * times (6 unless told; `make bench` asks for 50) at random moments within how long an
 * uninterrupted run takes, and as many times again at the moment that matters most, which an
 * inotify watch sees as it happens: the import at its first write to the database file (the
 * checkpoint after its commit), the export at the first rename of its swap. After each kill
 * SQLite must find the database sound, the import must be all in or all out, and the published
 * folder must be one whole set, the old or the new, never a mix; the next export must leave
 * nothing of the killed ones. The delays come from g_test_rand_int_range (), so a failure
 * comes back with the --seed the run printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cli-test-util.h"

static guint
kills_wanted (void)
{
  const char *text = g_getenv ("HUBROTA_TEST_KILLS");
  guint64 kills = 6;

  if (text != NULL && !g_ascii_string_to_unsigned (text, 10, 1, 10000, &kills, NULL))
    g_error ("HUBROTA_TEST_KILLS=%s is not a number from 1 to 10000", text);
  return (guint) kills;
}

/* The database, straight through SQLite */

static sqlite3 *
open_database (CliFixture *fixture)
{
  sqlite3 *db = NULL;

  /* Read-write, so that SQLite recovers a WAL the killed process left, as the next CLI would. */
  g_assert_cmpint (sqlite3_open_v2 (fixture->db, &db, SQLITE_OPEN_READWRITE, NULL), ==,
                   SQLITE_OK);
  return db;
}

/* Every row the statement gives, its columns joined by '|' and its rows by '\n'. */
static char *
query_text (sqlite3    *db,
            const char *sql,
            const char *parameter)
{
  GString *text = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int step;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (parameter != NULL)
    g_assert_cmpint (sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_TRANSIENT), ==,
                     SQLITE_OK);
  while ((step = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *value = (const char *) sqlite3_column_text (stmt, i);
          g_string_append_printf (text, "%s%s", i > 0 ? "|" : "", value != NULL ? value : "NULL");
        }
    }
  g_assert_cmpint (step, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  return g_string_free (text, FALSE);
}

static gint64
query_number (sqlite3    *db,
              const char *sql,
              const char *parameter)
{
  g_autofree char *text = query_text (db, sql, parameter);

  return g_ascii_strtoll (text, NULL, 10);
}

/* What SQLite itself makes of the file: integrity_check says "ok" and nothing else, and no
 * foreign key points nowhere. */
static void
assert_database_sound (sqlite3 *db)
{
  g_autofree char *integrity = query_text (db, "PRAGMA integrity_check", NULL);
  g_autofree char *keys = query_text (db, "PRAGMA foreign_key_check", NULL);

  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpstr (keys, ==, "");
}

/* Kills process after a random delay in [0, within) microseconds, and collects it. */
static void
kill_after_random_delay (GSubprocess *process,
                         gint64       within,
                         CliResult   *result)
{
  g_usleep (g_test_rand_int_range (0, (gint32) MAX (within, 1)));
  g_subprocess_force_exit (process);
  cli_finish (process, result);
}

/* An inotify watch on path for the events in mask. */
static int
watch_for (const char *path,
           guint32     mask)
{
  int watch = inotify_init1 (IN_CLOEXEC | IN_NONBLOCK);

  g_assert_cmpint (watch, >=, 0);
  g_assert_cmpint (inotify_add_watch (watch, path, mask), >=, 0);
  return watch;
}

/* Kills the process as soon as watch sees an event, closes watch, collects the process, and
 * returns when (g_get_monotonic_time ()) the event came; fails, naming what, if the process
 * ends without one. GSubprocess reaps the process in GLib's worker thread, which clears its
 * identifier. */
static gint64
kill_at_event (GSubprocess *process,
               int          watch,
               const char  *what,
               CliResult   *result)
{
  struct pollfd ready = { watch, POLLIN, 0 };
  gint64 seen;

  for (;;)
    {
      int polled = poll (&ready, 1, 20);

      if (polled < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (polled, >=, 0);
      if (polled > 0)
        break;
      if (g_subprocess_get_identifier (process) == NULL)
        g_error ("the CLI ended without %s", what);
    }
  g_subprocess_force_exit (process);
  seen = g_get_monotonic_time ();
  close (watch);
  cli_finish (process, result);
  return seen;
}

/* How long after its start a random kill may come: the uninterrupted run's time, or a quarter
 * more than the targeted kill before took to reach its moment, whichever is longer. The second
 * follows the file system, whose speed here varies tenfold from one minute to the next. */
static gint64
kill_window (gint64 uninterrupted,
             gint64 to_moment)
{
  return MAX (uninterrupted, to_moment + to_moment / 4);
}

/* officer import */

#define IMPORT_ROWS 10000

/* An officers' file of IMPORT_ROWS rows whose ids all start with prefix (letters and digits,
 * as collar numbers are, and none the start of another's). */
static char *
officers_csv (const char *prefix)
{
  static const char * const roles[] = { "PC", "PCSO", "SC", "SGT", "VOL" };
  GString *csv = g_string_new ("id,name,role,beat,weekly_hours\n");

  for (guint i = 0; i < IMPORT_ROWS; i++)
    g_string_append_printf (csv, "%s%u,\"Officer %u, %s\",%s,%s,%u\n", prefix, i, i, prefix,
                            roles[i % G_N_ELEMENTS (roles)], i % 3 == 0 ? "" : "castle",
                            16 + i % 25);
  return g_string_free (csv, FALSE);
}

static char *
write_officers_csv (CliFixture *fixture,
                    const char *prefix)
{
  g_autofree char *csv = officers_csv (prefix);

  return cli_write_file (fixture, "officers.csv", csv);
}

/* The officers in the database, and how many of them have ids starting with prefix. */
static gint64
count_officers (CliFixture *fixture,
                const char *prefix,
                gint64     *out_with_prefix)
{
  sqlite3 *db = open_database (fixture);
  g_autofree char *pattern = g_strconcat (prefix, "%", NULL);
  gint64 count;

  assert_database_sound (db);
  count = query_number (db, "SELECT count(*) FROM officer", NULL);
  *out_with_prefix = query_number (db, "SELECT count(*) FROM officer WHERE id LIKE ?", pattern);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return count;
}

/* Takes the officers with ids starting with prefix out again, so that the database stays the
 * same size through 100 kills: otherwise each import is slower than the one before, and the
 * integrity check of a million officers takes most of the run. */
static void
remove_officers (CliFixture *fixture,
                 const char *prefix)
{
  sqlite3 *db = open_database (fixture);
  g_autofree char *pattern = g_strconcat (prefix, "%", NULL);
  g_autofree char *none = query_text (db, "DELETE FROM officer WHERE id LIKE ?", pattern);

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* What the kills of one kind found: the old state, the new, and (of the new) how many had
 * finished before the kill and how many with the old set still beside the new. */
typedef struct
{
  guint kills, old, new, finished, beside;
} Tally;

/* A killed import leaves the database sound, with all of the file's officers or none. Half the
 * kills come at random, half at the first write to the database file itself: in WAL mode
 * that is the checkpoint, which only follows a commit (this process's, as the test's own
 * connection checkpoints and removes the WAL before each run), so those must find the
 * officers all in. */
static void
test_kill_officer_import (CliFixture    *fixture,
                          gconstpointer  data)
{
  guint kills = kills_wanted ();
  g_autofree char *expected = g_strdup_printf ("Imported %u officers.\n", IMPORT_ROWS);
  g_autofree char *path = write_officers_csv (fixture, "M");
  g_autofree char *imported = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  Tally random = { 0, }, at_checkpoint = { 0, };
  gint64 start, took, count, with_prefix, to_moment = 0;

  cli_fixture_copy_of (fixture, cli_add_officer);
  start = g_get_monotonic_time ();
  imported = cli_run_ok (fixture, "officer", "import", path, NULL);
  took = g_get_monotonic_time () - start;
  g_assert_cmpstr (imported, ==, expected);
  count = count_officers (fixture, "M", &with_prefix);
  g_assert_cmpint (count, ==, 1 + IMPORT_ROWS);
  g_test_message ("an uninterrupted import of %u officers took %.0f ms", IMPORT_ROWS,
                  took / 1000.0);

  for (guint kill = 0; kill < 2 * kills; kill++)
    {
      gboolean checkpoint = kill % 2 == 1;
      Tally *tally = checkpoint ? &at_checkpoint : &random;
      g_autofree char *prefix = g_strdup_printf ("K%uX", kill);
      g_autofree char *batch = write_officers_csv (fixture, prefix);
      const char * const import[] = { "officer", "import", batch, NULL };
      g_autoptr(GSubprocess) process = NULL;
      g_auto(CliResult) result = { 0, };
      int watch = -1;
      gint64 now, spawned;

      if (checkpoint)
        watch = watch_for (fixture->db, IN_MODIFY);
      spawned = g_get_monotonic_time ();
      process = cli_spawn (fixture, import);
      if (checkpoint)
        to_moment = kill_at_event (process, watch, "writing to the database file", &result) -
                    spawned;
      else
        kill_after_random_delay (process, kill_window (took, to_moment), &result);
      tally->kills++;

      now = count_officers (fixture, prefix, &with_prefix);
      /* All or nothing: none of the file's officers, or every one of them and nobody else. */
      g_assert_true (with_prefix == 0 || with_prefix == IMPORT_ROWS);
      g_assert_cmpint (now, ==, count + with_prefix);
      if (result.status == 0)
        {
          g_assert_cmpstr (result.out, ==, expected);
          tally->finished++;
        }
      else
        {
          /* Killed, and by the signal: nothing went wrong of itself. */
          g_assert_cmpint (result.status, ==, -1);
          g_assert_cmpstr (result.err, ==, "");
        }
      if (result.status == 0 || checkpoint)
        g_assert_cmpint (with_prefix, ==, IMPORT_ROWS);
      if (with_prefix == 0)
        tally->old++;
      else
        {
          tally->new++;
          remove_officers (fixture, prefix);
        }
    }
  g_test_message ("officer import of %u officers killed %u times at random: %u before the "
                  "commit (old count), %u after it (new count; %u of them had finished)",
                  IMPORT_ROWS, random.kills, random.old, random.new, random.finished);
  g_test_message ("officer import killed %u times at its first write to the database file: "
                  "%u after the commit (new count; %u had finished), %u before it",
                  at_checkpoint.kills, at_checkpoint.new, at_checkpoint.finished,
                  at_checkpoint.old);
  g_test_message ("integrity_check ok after all %u kills", random.kills + at_checkpoint.kills);

  /* The CLI carries on from what is left: it lists every officer, and imports again. */
  json = cli_run_ok (fixture, "officer", "list", "--json", NULL);
  root = cli_parse_json (json);
  g_assert_cmpuint (json_array_get_length (cli_json_array_of (root)), ==, count);
  g_free (path);
  path = write_officers_csv (fixture, "F");
  g_free (imported);
  imported = cli_run_ok (fixture, "officer", "import", path, NULL);
  g_assert_cmpstr (imported, ==, expected);
  g_assert_cmpint (count_officers (fixture, "F", &with_prefix), ==, count + IMPORT_ROWS);
  g_assert_cmpint (with_prefix, ==, IMPORT_ROWS);
}

/* export --officers */

#define FORCE 1000
#define SIBLING_PREFIX ".feeds.hubrota-"

/* Bedford library and FORCE officers. */
static void
add_force_scene (CliFixture *fixture)
{
  GString *csv = g_string_new ("id,name,role,beat,weekly_hours\n");
  g_autofree char *expected = g_strdup_printf ("Imported %u officers.\n", FORCE);
  g_autofree char *path = NULL;
  g_autofree char *imported = NULL;

  cli_add_bedford (fixture);
  for (guint i = 0; i < FORCE; i++)
    g_string_append_printf (csv, "PC%u,Officer %u,PC,castle,40\n", i, i);
  path = cli_write_file (fixture, "force.csv", csv->str);
  g_string_free (csv, TRUE);
  imported = cli_run_ok (fixture, "officer", "import", path, NULL);
  g_assert_cmpstr (imported, ==, expected);
  g_unlink (path);
}

/* Each set of the feeds is published with its own base URL and refresh interval, so every
 * file but private/index.html (which is empty) says which set it belongs to. The interval is
 * at most a week, so it comes round again; but the set published is never more than two
 * behind, as every other kill comes after the swap. */
static char *
base_url (guint set)
{
  return g_strdup_printf ("https://example.org/set-%u/", set);
}

static gint64
refresh_hours (guint set)
{
  return set % 168 + 1;
}

#define URL_MARK "https://example.org/set-"
#define TTL_MARK "X-PUBLISHED-TTL:"

/* The hours of an RFC 5545 duration as libical writes one ("PT6H", "P1D", "P1DT1H", "P1W"). */
static gint64
duration_hours (const char *text)
{
  gint64 hours = 0;

  g_assert_true (*text == 'P');
  for (text++; *text != '\r' && *text != '\0'; )
    {
      char *end = NULL;
      gint64 number;

      if (*text == 'T')
        {
          text++;
          continue;
        }
      number = g_ascii_strtoll (text, &end, 10);
      g_assert_true (end != text);
      switch (*end)
        {
        case 'W': hours += 7 * 24 * number; break;
        case 'D': hours += 24 * number; break;
        case 'H': hours += number; break;
        default: g_error ("unexpected duration %.20s", text);
        }
      text = end + 1;
    }
  return hours;
}

/* The number after every occurrence of mark in text (for TTL_MARK, the hours of the duration),
 * which must be the same each time; -1 when mark is not there. */
static gint64
number_after (const char *text,
              const char *mark)
{
  gint64 found = -1;

  for (const char *at = strstr (text, mark); at != NULL; at = strstr (at + 1, mark))
    {
      const char *after = at + strlen (mark);
      gint64 value = g_str_equal (mark, TTL_MARK) ? duration_hours (after)
                                                  : g_ascii_strtoll (after, NULL, 10);

      g_assert_true (found == -1 || value == found);
      found = value;
    }
  return found;
}

/* A feed of set, whole: its refresh interval (and, for a public feed, its links) are set's. */
static void
assert_feed_of (const char *folder,
                const char *name,
                guint       set,
                gboolean    public)
{
  g_autofree char *feed = test_util_read_file (folder, name);
  gint64 hours = number_after (feed, TTL_MARK);

  if (hours != refresh_hours (set))
    g_test_message ("%s/%s is of another set than %u: refresh every %" G_GINT64_FORMAT " hours, "
                    "not %" G_GINT64_FORMAT, folder, name, set, hours, refresh_hours (set));
  g_assert_cmpint (hours, ==, refresh_hours (set));
  if (public)
    g_assert_cmpint (number_after (feed, URL_MARK), ==, set);
  g_assert_true (g_str_has_suffix (feed, "END:VCALENDAR\r\n"));
}

/* Every single-opening file is of the same set. */
static void
assert_openings_of (const char *folder, guint set)
{
  g_autofree char *openings = g_build_filename (folder, "openings", NULL);
  g_autoptr(GDir) listing = g_dir_open (openings, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    assert_feed_of (openings, name, set, TRUE);
}

/* Asserts that folder holds one whole published set, and returns which: index.html names it,
 * every feed in the folder must be of the same set, the feeds must be that set's (Castle Hall's
 * from set 1 on, which index.html and all-hubs.ics must name too) and nothing else, and
 * private/ must hold one feed per officer of that set (FORCE + set of them). */
static guint
assert_whole_set (const char *folder)
{
  g_autofree char *private_folder = g_build_filename (folder, "private", NULL);
  g_autofree char *index = test_util_read_file (folder, "index.html");
  g_autofree char *all = test_util_read_file (folder, "all-hubs.ics");
  g_autofree char *private_index = test_util_read_file (private_folder, "index.html");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  gint64 set = number_after (index, URL_MARK);
  gboolean hall = FALSE;
  guint feeds = 0;
  const char *name;

  g_assert_cmpint (set, >=, 0);
  g_assert_true (g_str_has_suffix (index, "</html>\n"));
  listing = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      /* The same in every set, or named by an opening (openings/), and read below. */
      if (g_str_equal (name, "index.html") || g_str_equal (name, "private") ||
          g_str_equal (name, "openings") || g_str_equal (name, "hubrota.css") ||
          g_str_equal (name, "hubrota.js") || g_str_equal (name, "hubrota.svg"))
        continue;
      /* A hub's page and the data name the set by its base URL, as the feeds do. */
      if (g_str_equal (name, "hubs.json") || g_str_equal (name, "bedford-library.html") ||
          g_str_equal (name, "castle-hall.html"))
        {
          g_autofree char *page = test_util_read_file (folder, name);

          g_assert_cmpint (number_after (page, URL_MARK), ==, set);
          hall |= g_str_equal (name, "castle-hall.html");
          continue;
        }
      if (!g_str_equal (name, "all-hubs.ics") && !g_str_equal (name, "bedford-library.ics") &&
          !g_str_equal (name, "castle-hall.ics"))
        g_error ("%s/%s belongs to no set", folder, name);
      hall |= g_str_equal (name, "castle-hall.ics");
      assert_feed_of (folder, name, set, TRUE);
    }
  g_assert_cmpint (hall, ==, set >= 1);
  assert_openings_of (folder, set);
  g_assert_cmpint (hall, ==, strstr (index, "Castle Hall") != NULL);
  g_assert_cmpint (hall, ==, strstr (all, "Castle Hall") != NULL);

  g_assert_cmpstr (private_index, ==, "");
  g_clear_pointer (&listing, g_dir_close);
  listing = g_dir_open (private_folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (g_str_equal (name, "index.html"))
        continue;
      /* A 48-digit token and .ics, nothing else. */
      if (strlen (name) != 52 || !g_str_has_suffix (name, ".ics") ||
          strspn (name, "0123456789abcdef") != 48)
        g_error ("%s/%s belongs to no set", private_folder, name);
      assert_feed_of (private_folder, name, set, FALSE);
      feeds++;
    }
  g_assert_cmpuint (feeds, ==, FORCE + set);
  return set;
}

/* What is left of a set in a hidden sibling, as the export killed after its swap left the old
 * set: every file left whole and of that set. */
static void
assert_remains_of (const char *folder,
                   guint       set)
{
  g_autoptr(GDir) listing = g_dir_open (folder, 0, NULL);
  const char *name;

  /* The export may have removed it while the test looked. */
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        assert_remains_of (path, set);
      else if (g_str_has_suffix (name, ".ics") &&
               g_file_get_contents (path, &contents, NULL, NULL))
        {
          g_assert_cmpint (number_after (contents, TTL_MARK), ==, refresh_hours (set));
          g_assert_true (g_str_has_suffix (contents, "END:VCALENDAR\r\n"));
        }
    }
}

/* Whether the officer's feed, named by the token the database holds, is in folder. */
static gboolean
has_feed_of (CliFixture *fixture,
             const char *folder,
             const char *id)
{
  sqlite3 *db = open_database (fixture);
  g_autofree char *token = query_text (db, "SELECT feed_token FROM officer WHERE id = ?", id);
  g_autofree char *file = g_strconcat ("private/", token, ".ics", NULL);
  g_autofree char *path = g_build_filename (folder, file, NULL);
  gboolean found = g_file_test (path, G_FILE_TEST_EXISTS);

  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return found;
}

/* How many hidden siblings an export of feeds made and has not removed yet; fails on anything
 * else in the test's folder but the database and the feeds. The last one's path goes in
 * *out_last unless that is NULL. */
static guint
count_siblings (CliFixture  *fixture,
                char       **out_last)
{
  g_autoptr(GDir) listing = g_dir_open (fixture->dir, 0, NULL);
  const char *name;
  guint siblings = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (g_str_has_prefix (name, SIBLING_PREFIX))
        {
          siblings++;
          if (out_last != NULL)
            {
              g_free (*out_last);
              *out_last = g_build_filename (fixture->dir, name, NULL);
            }
        }
      else if (!g_str_equal (name, "feeds") && !g_str_equal (name, "test.db") &&
               !g_str_equal (name, "test.db-wal") && !g_str_equal (name, "test.db-shm"))
        g_error ("%s/%s is left over", fixture->dir, name);
    }
  return siblings;
}

/* The arguments of an export of set to folder, in out; *url and *hours are for the caller to
 * free. */
static void
export_argv (guint   set,
             char  **url,
             char  **hours,
             char   *folder,
             char  **out)
{
  *url = base_url (set);
  *hours = g_strdup_printf ("%" G_GINT64_FORMAT, refresh_hours (set));
  out[0] = (char *) "export";
  out[1] = (char *) "--officers";
  out[2] = (char *) "--output";
  out[3] = folder;
  out[4] = (char *) "--base-url";
  out[5] = *url;
  out[6] = (char *) "--refresh-hours";
  out[7] = *hours;
  out[8] = NULL;
}

/* Runs an export of set to folder to the end, and returns how long it took. */
static gint64
export_whole (CliFixture *fixture,
              char       *folder,
              guint       set)
{
  g_autofree char *url = NULL;
  g_autofree char *hours = NULL;
  char *argv[9];
  g_auto(CliResult) result = { 0, };
  gint64 start = g_get_monotonic_time ();

  export_argv (set, &url, &hours, folder, argv);
  cli_run_argv (fixture, (const char * const *) argv, &result);
  cli_assert_ok (&result);
  g_assert_cmpuint (assert_whole_set (folder), ==, set);
  return g_get_monotonic_time () - start;
}

/* A killed export leaves the old set or the new, whole, and a sound database; the new set's
 * officers have their feeds under the tokens the database keeps. The next export clears
 * whatever a killed one left. */
static void
test_kill_export_officers (CliFixture    *fixture,
                           gconstpointer  data)
{
  guint kills = kills_wanted ();
  g_autofree char *folder = g_build_filename (fixture->dir, "feeds", NULL);
  Tally random = { 0, }, at_swap = { 0, };
  guint published, set, most_siblings = 0;
  gint64 took, to_moment = 0;

  cli_fixture_copy_of (fixture, add_force_scene);
  export_whole (fixture, folder, 0);
  /* Set 1 has a second hub and a new officer, whose token the export makes. */
  g_free (cli_run_ok (fixture, "hub", "add", "castle-hall", "--name", "Castle Hall", "--beat",
                      "castle", NULL));
  g_free (cli_run_ok (fixture, "slot", "add", "castle-hall", "--start", "2026-12-05T10:00",
                      "--duration", "3h", "--rrule", "FREQ=WEEKLY;BYDAY=SA", NULL));
  g_free (cli_run_ok (fixture, "officer", "add", "NEW1", "--name", "Nadia Newcomer", "--role",
                      "PC", "--beat", "castle", NULL));
  took = export_whole (fixture, folder, 1);
  g_assert_true (has_feed_of (fixture, folder, "NEW1"));
  g_test_message ("an uninterrupted export --officers of %u officers took %.0f ms", FORCE + 1,
                  took / 1000.0);
  published = 1;

  /* Each set from 2 on adds an officer, so the killed export may have a token to store. */
  for (set = 2; set < 2 + 2 * kills; set++)
    {
      gboolean swap = set % 2 == 1;
      Tally *tally = swap ? &at_swap : &random;
      g_autofree char *id = g_strdup_printf ("K%u", set);
      g_autofree char *name = g_strdup_printf ("Killed export %u", set);
      g_autofree char *url = NULL;
      g_autofree char *hours = NULL;
      char *argv[9];
      g_autoptr(GSubprocess) process = NULL;
      g_auto(CliResult) result = { 0, };
      g_autofree char *sibling = NULL;
      int watch = -1;
      guint seen, siblings;
      gint64 spawned;
      sqlite3 *db;

      g_free (cli_run_ok (fixture, "officer", "add", id, "--name", name, "--role", "PCSO",
                          NULL));
      export_argv (set, &url, &hours, folder, argv);
      /* The swap's rename into the folder's parent is the first there. */
      if (swap)
        watch = watch_for (fixture->dir, IN_MOVED_TO);
      spawned = g_get_monotonic_time ();
      process = cli_spawn (fixture, (const char * const *) argv);
      if (swap)
        to_moment = kill_at_event (process, watch, "swapping its set in", &result) - spawned;
      else
        kill_after_random_delay (process, kill_window (took, to_moment), &result);
      tally->kills++;

      db = open_database (fixture);
      assert_database_sound (db);
      g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
      seen = assert_whole_set (folder);
      siblings = count_siblings (fixture, &sibling);
      /* One export's leftovers at most: each removes what the one before left first. */
      g_assert_cmpuint (siblings, <=, 1);
      most_siblings = MAX (most_siblings, siblings);
      if (result.status == 0)
        {
          g_assert_cmpuint (seen, ==, set);
          g_assert_cmpuint (siblings, ==, 0);
          tally->finished++;
        }
      else
        {
          g_assert_cmpint (result.status, ==, -1);
          g_assert_cmpstr (result.err, ==, "");
        }
      /* Once the swap has begun, the new set is the one published. */
      if (swap)
        g_assert_cmpuint (seen, ==, set);
      if (seen == set)
        {
          g_assert_true (has_feed_of (fixture, folder, id));
          tally->new++;
          tally->beside += siblings;
          if (sibling != NULL)
            assert_remains_of (sibling, published);
        }
      else
        {
          g_assert_cmpuint (seen, ==, published);
          tally->old++;
        }
      published = seen;
    }

  g_test_message ("export --officers of %u officers killed %u times at random: %u left the old "
                  "set, %u the new (%u of those with the old set still beside it), %u had "
                  "finished", FORCE, random.kills, random.old, random.new, random.beside,
                  random.finished);
  g_test_message ("export --officers killed %u times right after the swap's rename: %u left "
                  "the new set (%u with the old set still beside it), %u the old, %u had "
                  "finished", at_swap.kills, at_swap.new, at_swap.beside, at_swap.old,
                  at_swap.finished);

  /* The next export publishes its set and leaves nothing beside it. */
  g_free (cli_run_ok (fixture, "officer", "add", "LAST", "--name", "Last Officer", "--role",
                      "SC", NULL));
  export_whole (fixture, folder, set);
  g_assert_true (has_feed_of (fixture, folder, "NEW1"));
  g_assert_cmpuint (count_siblings (fixture, NULL), ==, 0);
  g_test_message ("integrity_check ok after all %u kills; at most %u hidden sibling after a "
                  "kill, none after the next export", random.kills + at_swap.kills,
                  most_siblings);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  cli_test_add ("/cli/kill/officer-import", NULL, test_kill_officer_import, FALSE);
  cli_test_add ("/cli/kill/export-officers", NULL, test_kill_export_officers, FALSE);

  return cli_test_run ();
}
