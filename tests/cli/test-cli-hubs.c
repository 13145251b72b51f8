/* test-cli-hubs.c: init, beats, hubs and hotspots through hubrota-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <glib/gstdio.h>

#include "cli-test-util.h"
#include "hubrota-store-private.h"

/* init */

static void
test_init_creates_file (CliFixture    *fixture,
                        gconstpointer  data)
{
  g_autofree char *created = NULL;
  g_autofree char *again = NULL;
  g_autofree char *expected_created = g_strdup_printf ("Created %s\n", fixture->db);
  g_autofree char *expected_ready = g_strdup_printf ("Database %s is ready\n", fixture->db);
  g_autofree char *hubs = NULL;

  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
  created = cli_run_ok (fixture, "init", NULL);
  g_assert_cmpstr (created, ==, expected_created);
  g_assert_true (g_file_test (fixture->db, G_FILE_TEST_IS_REGULAR));

  again = cli_run_ok (fixture, "init", NULL);
  g_assert_cmpstr (again, ==, expected_ready);
  hubs = cli_run_ok (fixture, "hub", "list", "--json", NULL);
  g_assert_cmpstr (hubs, ==, "[]\n");
}

static void
test_init_missing_database (CliFixture    *fixture,
                            gconstpointer  data)
{
  g_auto(CliResult) result = { 0, };

  cli_run (fixture, &result, "hub", "list", NULL);
  cli_assert_one_line_error (&result, 1, "there is no database at");
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}


static void
test_init_demo (CliFixture    *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 120);
  g_autofree char *from = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *to = g_date_time_format (later, "%Y-%m-%d");
  g_autofree char *created = cli_run_ok (fixture, "init", "--demo", NULL);
  g_autofree char *hubs_json = cli_run_ok (fixture, "hub", "list", "--json", NULL);
  g_autoptr(JsonNode) hubs = cli_parse_json (hubs_json);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences = cli_steal_occurrences (&root, fixture, from, to);
  g_autoptr(GDateTime) in_eight_weeks = g_date_time_add_weeks (now, 8);
  g_autofree char *later_text = NULL;
  g_autofree char *rules = NULL;
  guint cancelled = 0, moved = 0;

  g_assert_true (g_str_has_prefix (created, "Created "));
  g_assert_cmpuint (json_array_get_length (cli_json_array_of (hubs)), >=, 6);
  for (guint i = 0; i < json_array_get_length (occurrences); i++)
    {
      JsonObject *occurrence = json_array_get_object_element (occurrences, i);

      if (g_str_equal (json_object_get_string_member (occurrence, "status"), "cancelled"))
        cancelled++;
      if (json_object_get_boolean_member (occurrence, "moved"))
        moved++;
    }
  g_assert_cmpuint (json_array_get_length (occurrences), >, 20);
  g_assert_cmpuint (cancelled, >=, 1);
  g_assert_cmpuint (moved, >=, 1);

  /* The half-built rota shows every rule in its first weeks, even with Christmas closures. */
  later_text = g_date_time_format (in_eight_weeks, "%Y-%m-%d");
  rules = cli_rules_found (fixture, from, later_text, 1);
  g_assert_cmpstr (rules, ==, "abstraction-limit beat-uncovered double-booked "
                              "hotspot-patrol-at-risk off-duty on-leave understaffed");
}

/* beats and hubs */

static void
test_hub_add_list_json (CliFixture    *fixture,
                        gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *json = NULL;
  g_autofree char *beats_json = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) beats = NULL;
  JsonObject *bedford, *kempston, *beat;
  JsonArray *hubs;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  added = cli_run_ok (fixture, "hub", "add", "kempston", "--name", "Kempston Library",
                      "--beat", "castle", NULL);
  g_assert_cmpstr (added, ==, "");

  json = cli_run_ok (fixture, "hub", "list", "--json", NULL);
  root = cli_parse_json (json);
  hubs = cli_json_array_of (root);
  g_assert_cmpuint (json_array_get_length (hubs), ==, 2);

  /* Listed by name. */
  bedford = json_array_get_object_element (hubs, 0);
  g_assert_cmpuint (json_object_get_size (bedford), ==, 9);
  g_assert_cmpstr (json_object_get_string_member (bedford, "slug"), ==, "bedford-library");
  g_assert_cmpstr (json_object_get_string_member (bedford, "name"), ==, "Bedford Central Library");
  g_assert_cmpstr (json_object_get_string_member (bedford, "beat"), ==, "castle");
  g_assert_cmpstr (json_object_get_string_member (bedford, "address"), ==,
                   "Harpur Street, Bedford");
  g_assert_cmpstr (json_object_get_string_member (bedford, "postcode"), ==, "MK40 1PG");
  g_assert_cmpfloat (json_object_get_double_member (bedford, "latitude"), ==, 52.1373);
  g_assert_cmpfloat (json_object_get_double_member (bedford, "longitude"), ==, -0.4665);
  g_assert_cmpstr (json_object_get_string_member (bedford, "description"), ==,
                   "Crime reports and advice");
  g_assert_false (json_object_get_boolean_member (bedford, "archived"));

  kempston = json_array_get_object_element (hubs, 1);
  g_assert_cmpuint (json_object_get_size (kempston), ==, 9);
  g_assert_cmpstr (json_object_get_string_member (kempston, "slug"), ==, "kempston");
  g_assert_cmpstr (json_object_get_string_member (kempston, "name"), ==, "Kempston Library");
  g_assert_cmpstr (json_object_get_string_member (kempston, "beat"), ==, "castle");
  cli_assert_member_null (kempston, "address");
  cli_assert_member_null (kempston, "postcode");
  cli_assert_member_null (kempston, "latitude");
  cli_assert_member_null (kempston, "longitude");
  cli_assert_member_null (kempston, "description");

  beats_json = cli_run_ok (fixture, "beat", "list", "--json", NULL);
  beats = cli_parse_json (beats_json);
  g_assert_cmpuint (json_array_get_length (cli_json_array_of (beats)), ==, 1);
  beat = json_array_get_object_element (cli_json_array_of (beats), 0);
  g_assert_cmpuint (json_object_get_size (beat), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (beat, "slug"), ==, "castle");
  g_assert_cmpstr (json_object_get_string_member (beat, "name"), ==, "Castle Ward");
  g_assert_cmpfloat (json_object_get_double_member (beat, "abstraction_limit"), ==, 10);
}

static void
test_hub_list_text (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *text = NULL;
  g_autofree char *beats = NULL;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  added = cli_run_ok (fixture, "hub", "add", "kempston", "--name", "Kempston Library",
                      "--beat", "castle", NULL);
  text = cli_run_ok (fixture, "hub", "list", NULL);
  g_assert_cmpstr (text, ==,
                   "SLUG             NAME                     BEAT    POSTCODE\n"
                   "bedford-library  Bedford Central Library  castle  MK40 1PG\n"
                   "kempston         Kempston Library         castle  —\n");
  beats = cli_run_ok (fixture, "beat", "list", NULL);
  g_assert_cmpstr (beats, ==,
                   "SLUG    NAME         MAX ABSTRACTION\n"
                   "castle  Castle Ward  10%\n");
}

/* Another program holds the write lock (it is half-way through a change): reading does not
 * wait for it, and sees what was there before. */
static void
test_read_while_another_writes (CliFixture    *fixture,
                                gconstpointer  data)
{
  g_autoptr(HubrotaStore) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaHub) hub = hubrota_hub_new ("kempston", "Kempston Library", "castle");
  g_autofree char *text = NULL;
  gint64 start;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  writer = hubrota_store_open (fixture->db, HUBROTA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (_hubrota_store_begin (writer, &error));
  g_assert_true (hubrota_store_add_hub (writer, hub, &error));
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  text = cli_run_ok (fixture, "hub", "list", NULL);
  g_assert_cmpstr (text, ==,
                   "SLUG             NAME                     BEAT    POSTCODE\n"
                   "bedford-library  Bedford Central Library  castle  MK40 1PG\n");
  /* A reader that waited for the lock would have given up after five seconds, with an error. */
  g_test_message ("read in %.0f ms beside the open write", (g_get_monotonic_time () - start) / 1000.0);
  _hubrota_store_rollback (writer);
}

/* A database nobody may change (a read-only file in a read-only folder, as an archive copy or a
 * mounted share would be): every command that only reads works on it, and one that writes says
 * why it cannot. As root, who may write anywhere, the commands run as nobody. */
static void
test_read_only_folder (CliFixture    *fixture,
                       gconstpointer  data)
{
  const char * const list[] = { "hub", "list", NULL };
  const char * const check[] = { "check", "--from", "2026-12-01", "--to", "2026-12-13", NULL };
  const char * const occurrences[] = { "occurrences", "--from", "2026-12-01", "--to",
                                       "2026-12-13", NULL };
  const char * const add[] = { "hub", "add", "kempston", "--name", "Kempston Library",
                               "--beat", "castle", NULL };
  g_autofree char *share = g_build_filename (fixture->dir, "share", NULL);
  /* Publishing builds the new set beside the folder, so nobody must be able to write there. */
  g_autofree char *www = g_build_filename (fixture->dir, "www", NULL);
  g_autofree char *site = g_build_filename (www, "hubs", NULL);
  g_autofree char *feed = g_build_filename (site, "bedford-library.ics", NULL);
  const char * const export[] = { "export", "--output", site, NULL };
  g_autofree char *writable_db = NULL;
  g_autofree char *before = NULL, *after = NULL;
  gsize before_length = 0, after_length = 0;
  g_auto(CliResult) listed = { 0, };
  g_auto(CliResult) checked = { 0, };
  g_auto(CliResult) expanded = { 0, };
  g_auto(CliResult) exported = { 0, };
  g_auto(CliResult) added = { 0, };

  cli_fixture_copy_of (fixture, cli_add_bedford);
  if (!cli_can_run_unprivileged (fixture))
    return;

  /* Moved, so that no -wal or -shm of the fixture's sits beside it. */
  g_assert_cmpint (g_mkdir (share, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (www, 0755), ==, 0);
  writable_db = g_steal_pointer (&fixture->db);
  fixture->db = g_build_filename (share, "hubrota.db", NULL);
  g_assert_cmpint (g_rename (writable_db, fixture->db), ==, 0);
  g_assert_true (g_file_get_contents (fixture->db, &before, &before_length, NULL));
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (www, 0777), ==, 0);
  g_assert_cmpint (g_chmod (fixture->db, 0444), ==, 0);
  g_assert_cmpint (g_chmod (share, 0555), ==, 0);

  cli_run_argv_unprivileged (fixture, list, &listed);
  cli_run_argv_unprivileged (fixture, check, &checked);
  cli_run_argv_unprivileged (fixture, occurrences, &expanded);
  cli_run_argv_unprivileged (fixture, export, &exported);
  cli_run_argv_unprivileged (fixture, add, &added);

  g_assert_cmpint (g_chmod (share, 0755), ==, 0);
  g_assert_cmpint (g_chmod (fixture->db, 0644), ==, 0);

  cli_assert_ok (&listed);
  g_assert_cmpstr (listed.out, ==,
                   "SLUG             NAME                     BEAT    POSTCODE\n"
                   "bedford-library  Bedford Central Library  castle  MK40 1PG\n");
  cli_assert_ok (&checked);
  g_assert_cmpstr (checked.out, ==,
                   "warning understaffed           Bedford Central Library on Sat 5 Dec "
                   "10:00–13:00 needs 1 officer and has nobody yet\n"
                   "warning understaffed           Bedford Central Library on Sat 12 Dec "
                   "10:00–13:00 needs 1 officer and has nobody yet\n");
  cli_assert_ok (&expanded);
  g_assert_cmpstr (expanded.out, ==,
                   "Sat 05 Dec 2026  10:00–13:00  bedford-library  scheduled  nobody yet\n"
                   "Sat 12 Dec 2026  10:00–13:00  bedford-library  scheduled  nobody yet\n");
  cli_assert_ok (&exported);
  g_assert_true (g_file_test (feed, G_FILE_TEST_IS_REGULAR));
  cli_assert_one_line_error (&added, 1,
                             "cannot be written: the file or its folder is read-only");
  g_assert_true (g_file_get_contents (fixture->db, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, before, before_length);
  /* Read as immutable: nothing was (or could be) made beside it. */
  {
    g_autofree char *wal = g_strconcat (fixture->db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (fixture->db, "-shm", NULL);

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  }
}

/* An empty file (as `touch` makes) is not turned into a database by a command that only
 * reads or changes one: only init does that. */
static void
test_empty_file_refused (CliFixture    *fixture,
                         gconstpointer  data)
{
  g_auto(CliResult) result = { 0, };
  g_autofree char *contents = NULL;
  gsize length = 1;

  g_assert_true (g_file_set_contents (fixture->db, "", 0, NULL));
  cli_run (fixture, &result, "hub", "list", NULL);
  cli_assert_one_line_error (&result, 1, "is empty, not a Hubrota database");
  g_assert_true (g_file_get_contents (fixture->db, &contents, &length, NULL));
  g_assert_cmpuint (length, ==, 0);
}

/* Longitudes west of Greenwich are negative: GOption must not take "-0.4665" for an option. */
static void
test_hub_negative_longitude_forms (CliFixture    *fixture,
                                   gconstpointer  data)
{
  g_autofree char *created = cli_run_ok (fixture, "init", NULL);
  g_autofree char *beat = cli_run_ok (fixture, "beat", "add", "castle", "--name", "Castle", NULL);
  g_autofree char *hub = cli_run_ok (fixture, "hub", "add", "west", "--name", "West", "--beat",
                                     "castle", "--lat=-45.5", "--lon", "-179.25", NULL);
  g_autofree char *json = cli_run_ok (fixture, "hub", "list", "--json", NULL);
  g_autoptr(JsonNode) root = cli_parse_json (json);
  JsonObject *west = json_array_get_object_element (cli_json_array_of (root), 0);

  g_assert_cmpfloat (json_object_get_double_member (west, "latitude"), ==, -45.5);
  g_assert_cmpfloat (json_object_get_double_member (west, "longitude"), ==, -179.25);
}

/* beats' abstraction limits and hotspots */

static void
test_beat_abstraction_limit (CliFixture    *fixture,
                             gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *beats;
  JsonObject *south;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  added = cli_run_ok (fixture, "beat", "add", "luton-south", "--name", "South Ward",
                      "--abstraction-limit", "12.5", NULL);
  g_assert_cmpstr (added, ==, "");

  json = cli_run_ok (fixture, "beat", "list", "--json", NULL);
  root = cli_parse_json (json);
  beats = cli_json_array_of (root);
  g_assert_cmpuint (json_array_get_length (beats), ==, 2);
  /* Listed by name: Castle Ward, then South Ward. */
  south = json_array_get_object_element (beats, 1);
  g_assert_cmpuint (json_object_get_size (south), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (south, "slug"), ==, "luton-south");
  g_assert_cmpstr (json_object_get_string_member (south, "name"), ==, "South Ward");
  g_assert_cmpfloat (json_object_get_double_member (south, "abstraction_limit"), ==, 12.5);
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (beats, 0),
                                                    "abstraction_limit"), ==, 10);

  text = cli_run_ok (fixture, "beat", "list", NULL);
  g_assert_cmpstr (text, ==,
                   "SLUG         NAME         MAX ABSTRACTION\n"
                   "castle       Castle Ward  10%\n"
                   "luton-south  South Ward   12.5%\n");
}

static void
test_hotspot_add_list (CliFixture    *fixture,
                       gconstpointer  data)
{
  g_autofree char *empty = NULL;
  g_autofree char *beat = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *hotspots;
  JsonObject *hotspot;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  empty = cli_run_ok (fixture, "hotspot", "list", NULL);
  g_assert_cmpstr (empty, ==, "No hotspots yet; add one with ‘hubrota-cli hotspot add’.\n");

  beat = cli_run_ok (fixture, "beat", "add", "kempston", "--name", "Kempston", NULL);
  first = cli_run_ok (fixture, "hotspot", "add", "kempston", "bedford-road", "--name",
                      "Bedford Road parade", NULL);
  second = cli_run_ok (fixture, "hotspot", "add", "castle", "tavistock-street", "--name",
                       "Tavistock Street shops", NULL);
  /* The options may come first: the beat is still the first of the two words. */
  third = cli_run_ok (fixture, "hotspot", "add", "--name", "Castle Lane car park", "castle",
                      "castle-lane", NULL);
  g_assert_cmpstr (first, ==, "");
  g_assert_cmpstr (third, ==, "");

  json = cli_run_ok (fixture, "hotspot", "list", "--json", NULL);
  root = cli_parse_json (json);
  hotspots = cli_json_array_of (root);
  g_assert_cmpuint (json_array_get_length (hotspots), ==, 3);
  /* Beat by beat, then by slug. */
  hotspot = json_array_get_object_element (hotspots, 0);
  g_assert_cmpuint (json_object_get_size (hotspot), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (hotspot, "slug"), ==, "castle-lane");
  g_assert_cmpstr (json_object_get_string_member (hotspot, "beat"), ==, "castle");
  g_assert_cmpstr (json_object_get_string_member (hotspot, "name"), ==, "Castle Lane car park");
  hotspot = json_array_get_object_element (hotspots, 2);
  g_assert_cmpstr (json_object_get_string_member (hotspot, "slug"), ==, "bedford-road");
  g_assert_cmpstr (json_object_get_string_member (hotspot, "beat"), ==, "kempston");
  g_assert_cmpstr (json_object_get_string_member (hotspot, "name"), ==, "Bedford Road parade");

  text = cli_run_ok (fixture, "hotspot", "list", NULL);
  g_assert_cmpstr (text, ==,
                   "BEAT      SLUG              NAME\n"
                   "castle    castle-lane       Castle Lane car park\n"
                   "castle    tavistock-street  Tavistock Street shops\n"
                   "kempston  bedford-road      Bedford Road parade\n");
}

/* hub edit changes only what it is given, refuses a bad value whole, and hub archive takes
 * the hub out of the all-hubs openings until --restore. */
static void
test_hub_edit_archive (CliFixture    *fixture,
                       gconstpointer  data)
{
  g_auto(CliResult) refused = { 0, };
  g_auto(CliResult) unknown = { 0, };
  g_autofree char *edited = NULL, *archived = NULL, *restored = NULL, *listed = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) after = NULL;
  JsonObject *hub;
  JsonArray *openings;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  edited = cli_run_ok (fixture, "hub", "edit", "bedford-library",
                       "--address", "Silver Street, Bedford", "--postcode", "mk40 1sx", NULL);
  g_assert_cmpstr (edited, ==, "");

  cli_run (fixture, &refused, "hub", "edit", "bedford-library", "--lat", "95", "--lon", "0",
           "--name", "Somewhere else", NULL);
  cli_assert_one_line_error (&refused, 2, "--lat");
  cli_run (fixture, &unknown, "hub", "edit", "nowhere", "--name", "Nowhere", NULL);
  cli_assert_one_line_error (&unknown, 1, "nowhere");

  listed = cli_run_ok (fixture, "hub", "list", "--json", NULL);
  root = cli_parse_json (listed);
  hub = json_array_get_object_element (cli_json_array_of (root), 0);
  g_assert_cmpstr (json_object_get_string_member (hub, "name"), ==, "Bedford Central Library");
  g_assert_cmpstr (json_object_get_string_member (hub, "address"), ==, "Silver Street, Bedford");
  g_assert_cmpstr (json_object_get_string_member (hub, "postcode"), ==, "MK40 1SX");
  g_assert_cmpfloat (json_object_get_double_member (hub, "latitude"), ==, 52.1373);
  g_assert_cmpstr (json_object_get_string_member (hub, "description"), ==,
                   "Crime reports and advice");
  g_assert_false (json_object_get_boolean_member (hub, "archived"));

  archived = cli_run_ok (fixture, "hub", "archive", "bedford-library", NULL);
  openings = cli_steal_occurrences (&after, fixture, "2026-12-01", "2026-12-31");
  g_assert_cmpuint (json_array_get_length (openings), ==, 0);
  g_clear_pointer (&after, json_node_unref);

  restored = cli_run_ok (fixture, "hub", "archive", "bedford-library", "--restore", NULL);
  openings = cli_steal_occurrences (&after, fixture, "2026-12-01", "2026-12-31");
  g_assert_cmpuint (json_array_get_length (openings), ==, 4);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  cli_test_add ("/cli/init/creates-file", NULL, test_init_creates_file, TRUE);
  cli_test_add ("/cli/init/missing-database", NULL, test_init_missing_database, TRUE);
  cli_test_add ("/cli/init/demo", NULL, test_init_demo, TRUE);
  cli_test_add ("/cli/hub/add-list-json", NULL, test_hub_add_list_json, TRUE);
  cli_test_add ("/cli/hub/list-text", NULL, test_hub_list_text, FALSE);
  cli_test_add ("/cli/hub/read-while-another-writes", NULL, test_read_while_another_writes, FALSE);
  cli_test_add ("/cli/hub/read-only-folder", NULL, test_read_only_folder, FALSE);
  cli_test_add ("/cli/hub/empty-file-refused", NULL, test_empty_file_refused, TRUE);
  cli_test_add ("/cli/hub/negative-longitude", NULL, test_hub_negative_longitude_forms, FALSE);
  cli_test_add ("/cli/hub/edit-archive", NULL, test_hub_edit_archive, TRUE);
  cli_test_add ("/cli/beat/abstraction-limit", NULL, test_beat_abstraction_limit, FALSE);
  cli_test_add ("/cli/hotspot/add-list", NULL, test_hotspot_add_list, TRUE);

  return cli_test_run ();
}
