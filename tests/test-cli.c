/* test-cli.c: hubrota-cli driven as a subprocess, exactly as a user or a script would
 *
 * Every test gets a fresh database in its own temporary folder. A failing command must
 * say what is wrong on exactly one line of stderr and leave the database as it was; the
 * "as it was" is checked by comparing every row of every table before and after, which
 * unlike the file's bytes does not depend on when SQLite checkpoints its WAL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "hubrota-core.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

typedef struct
{
  int status;   /* the exit status, or -1 if the CLI died of a signal */
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("hubrota-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "test.db", NULL);
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_unlink (path);
    }
  g_rmdir (folder);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_folder (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
}

/* Runs `hubrota-cli --database DB args…` with TZ set to tz (NULL: as the test runs). */
static void
run_argv_tz (Fixture            *fixture,
             const char         *tz,
             const char * const *args,
             Result             *result)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *) HUBROTA_CLI_PATH);
  g_ptr_array_add (argv, (char *) "--database");
  g_ptr_array_add (argv, fixture->db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* The text output is checked word for word, in English. */
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  if (tz != NULL)
    g_subprocess_launcher_setenv (launcher, "TZ", tz, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  result->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process)
                                                        : -1;
}

static void
run_argv (Fixture            *fixture,
          const char * const *args,
          Result             *result)
{
  run_argv_tz (fixture, NULL, args, result);
}

static void run (Fixture *fixture, Result *result, ...) G_GNUC_NULL_TERMINATED;

static void
run (Fixture *fixture,
     Result  *result,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, result);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  run_argv (fixture, (const char * const *) args->pdata, result);
}

/* Success is exit 0 and nothing at all on stderr (a leak report would land there too). */
static void
assert_ok (const Result *result)
{
  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpint (result->status, ==, 0);
}

/* Runs a command that must succeed and returns its stdout. */
static char *run_ok (Fixture *fixture, ...) G_GNUC_NULL_TERMINATED;

static char *
run_ok (Fixture *fixture,
        ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(Result) result = { 0, };
  const char *arg;
  va_list ap;

  va_start (ap, fixture);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  run_argv (fixture, (const char * const *) args->pdata, &result);
  assert_ok (&result);
  return g_steal_pointer (&result.out);
}

static void
assert_one_line_error (const Result *result,
                       int           status,
                       const char   *mentions)
{
  const char *newline = strchr (result->err, '\n');

  g_assert_true (g_str_has_prefix (result->err, "hubrota-cli: "));
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline, ==, "\n");
  g_assert_nonnull (strstr (result->err, mentions));
  g_assert_cmpstr (result->out, ==, "");
  g_assert_cmpint (result->status, ==, status);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonArray *
json_array_of (JsonNode *node)
{
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  return json_node_get_array (node);
}

static void
assert_member_null (JsonObject *object,
                    const char *member)
{
  g_assert_true (json_object_has_member (object, member));
  g_assert_true (json_object_get_null_member (object, member));
}

/* A beat, a hub and its Saturday-morning series. */
static void
add_bedford (Fixture *fixture)
{
  g_autofree char *created = run_ok (fixture, "init", NULL);
  g_autofree char *beat = run_ok (fixture, "beat", "add", "castle", "--name", "Castle Ward", NULL);
  g_autofree char *hub = run_ok (fixture, "hub", "add", "bedford-library",
                                 "--name", "Bedford Central Library", "--beat", "castle",
                                 "--address", "Harpur Street, Bedford", "--postcode", "mk40 1pg",
                                 "--lat", "52.1373", "--lon", "-0.4665",
                                 "--description", "Crime reports and advice", NULL);
  g_autofree char *id = run_ok (fixture, "slot", "add", "bedford-library",
                                "--start", "2026-12-05T10:00", "--duration", "3h",
                                "--rrule", "FREQ=WEEKLY;BYDAY=SA", NULL);

  g_assert_cmpstr (id, ==, "1\n");
}

static JsonArray *
steal_occurrences (JsonNode   **out_root,
                   Fixture     *fixture,
                   const char  *from,
                   const char  *to)
{
  g_autofree char *json = run_ok (fixture, "occurrences", "--from", from, "--to", to, "--json",
                                  NULL);

  *out_root = parse_json (json);
  return json_array_of (*out_root);
}

static void
assert_occurrence (JsonArray  *occurrences,
                   guint       index,
                   const char *start,
                   const char *end,
                   const char *status)
{
  JsonObject *occurrence = json_array_get_object_element (occurrences, index);

  g_assert_cmpstr (json_object_get_string_member (occurrence, "start"), ==, start);
  g_assert_cmpstr (json_object_get_string_member (occurrence, "end"), ==, end);
  g_assert_cmpstr (json_object_get_string_member (occurrence, "status"), ==, status);
}

/* init */

static void
test_init_creates_file (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *created = NULL;
  g_autofree char *again = NULL;
  g_autofree char *expected_created = g_strdup_printf ("Created %s\n", fixture->db);
  g_autofree char *expected_ready = g_strdup_printf ("Database %s is ready\n", fixture->db);
  g_autofree char *hubs = NULL;

  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
  created = run_ok (fixture, "init", NULL);
  g_assert_cmpstr (created, ==, expected_created);
  g_assert_true (g_file_test (fixture->db, G_FILE_TEST_IS_REGULAR));

  again = run_ok (fixture, "init", NULL);
  g_assert_cmpstr (again, ==, expected_ready);
  hubs = run_ok (fixture, "hub", "list", "--json", NULL);
  g_assert_cmpstr (hubs, ==, "[]\n");
}

static void
test_init_missing_database (Fixture       *fixture,
                            gconstpointer  data)
{
  g_auto(Result) result = { 0, };

  run (fixture, &result, "hub", "list", NULL);
  assert_one_line_error (&result, 1, "there is no database at");
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

static int
sort_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The rule ids of `check --json`, sorted and without repeats, joined by spaces. */
static char *
rules_found (Fixture *fixture, const char *from, const char *to, int expected_status)
{
  g_auto(Result) result = { 0, };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  JsonArray *findings;

  run (fixture, &result, "check", "--from", from, "--to", to, "--json", NULL);
  g_assert_cmpint (result.status, ==, expected_status);
  root = parse_json (result.out);
  findings = json_array_of (root);
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (findings, i),
                                                      "rule");
      if (!g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
        g_ptr_array_add (ids, (gpointer) id);
    }
  g_ptr_array_sort (ids, sort_strings);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "", (char *) g_ptr_array_index (ids, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_init_demo (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 120);
  g_autofree char *from = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *to = g_date_time_format (later, "%Y-%m-%d");
  g_autofree char *created = run_ok (fixture, "init", "--demo", NULL);
  g_autofree char *hubs_json = run_ok (fixture, "hub", "list", "--json", NULL);
  g_autoptr(JsonNode) hubs = parse_json (hubs_json);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences = steal_occurrences (&root, fixture, from, to);
  g_autoptr(GDateTime) in_eight_weeks = g_date_time_add_weeks (now, 8);
  g_autofree char *later_text = NULL;
  g_autofree char *rules = NULL;
  guint cancelled = 0, moved = 0;

  g_assert_true (g_str_has_prefix (created, "Created "));
  g_assert_cmpuint (json_array_get_length (json_array_of (hubs)), >=, 6);
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
  rules = rules_found (fixture, from, later_text, 1);
  g_assert_cmpstr (rules, ==, "abstraction-limit beat-uncovered double-booked "
                              "hotspot-patrol-at-risk off-duty on-leave understaffed");
}

/* beats and hubs */

static void
test_hub_add_list_json (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *json = NULL;
  g_autofree char *beats_json = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) beats = NULL;
  JsonObject *bedford, *kempston, *beat;
  JsonArray *hubs;

  add_bedford (fixture);
  added = run_ok (fixture, "hub", "add", "kempston", "--name", "Kempston Library",
                  "--beat", "castle", NULL);
  g_assert_cmpstr (added, ==, "");

  json = run_ok (fixture, "hub", "list", "--json", NULL);
  root = parse_json (json);
  hubs = json_array_of (root);
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
  assert_member_null (kempston, "address");
  assert_member_null (kempston, "postcode");
  assert_member_null (kempston, "latitude");
  assert_member_null (kempston, "longitude");
  assert_member_null (kempston, "description");

  beats_json = run_ok (fixture, "beat", "list", "--json", NULL);
  beats = parse_json (beats_json);
  g_assert_cmpuint (json_array_get_length (json_array_of (beats)), ==, 1);
  beat = json_array_get_object_element (json_array_of (beats), 0);
  g_assert_cmpuint (json_object_get_size (beat), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (beat, "slug"), ==, "castle");
  g_assert_cmpstr (json_object_get_string_member (beat, "name"), ==, "Castle Ward");
  g_assert_cmpfloat (json_object_get_double_member (beat, "abstraction_limit"), ==, 10);
}

static void
test_hub_list_text (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *text = NULL;
  g_autofree char *beats = NULL;

  add_bedford (fixture);
  added = run_ok (fixture, "hub", "add", "kempston", "--name", "Kempston Library",
                  "--beat", "castle", NULL);
  text = run_ok (fixture, "hub", "list", NULL);
  g_assert_cmpstr (text, ==,
                   "SLUG             NAME                     BEAT    POSTCODE\n"
                   "bedford-library  Bedford Central Library  castle  MK40 1PG\n"
                   "kempston         Kempston Library         castle  —\n");
  beats = run_ok (fixture, "beat", "list", NULL);
  g_assert_cmpstr (beats, ==,
                   "SLUG    NAME         MAX ABSTRACTION\n"
                   "castle  Castle Ward  10%\n");
}

/* Longitudes west of Greenwich are negative: GOption must not take "-0.4665" for an option. */
static void
test_hub_negative_longitude_forms (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *created = run_ok (fixture, "init", NULL);
  g_autofree char *beat = run_ok (fixture, "beat", "add", "castle", "--name", "Castle", NULL);
  g_autofree char *hub = run_ok (fixture, "hub", "add", "west", "--name", "West", "--beat",
                                 "castle", "--lat=-45.5", "--lon", "-179.25", NULL);
  g_autofree char *json = run_ok (fixture, "hub", "list", "--json", NULL);
  g_autoptr(JsonNode) root = parse_json (json);
  JsonObject *west = json_array_get_object_element (json_array_of (root), 0);

  g_assert_cmpfloat (json_object_get_double_member (west, "latitude"), ==, -45.5);
  g_assert_cmpfloat (json_object_get_double_member (west, "longitude"), ==, -179.25);
}

/* series */

static void
test_slot_add_prints_id (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *second = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *series;
  JsonArray *list;

  add_bedford (fixture);
  second = run_ok (fixture, "slot", "add", "bedford-library", "--start", "2027-01-06T14:00",
                   "--duration", "1h30m", "--rrule", "FREQ=WEEKLY;BYDAY=WE",
                   "--min-officers", "2", NULL);
  g_assert_cmpstr (second, ==, "2\n");

  json = run_ok (fixture, "slot", "list", "bedford-library", "--json", NULL);
  root = parse_json (json);
  list = json_array_of (root);
  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  series = json_array_get_object_element (list, 1);
  g_assert_cmpuint (json_object_get_size (series), ==, 7);
  g_assert_cmpint (json_object_get_int_member (series, "id"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (series, "hub"), ==, "bedford-library");
  g_assert_cmpstr (json_object_get_string_member (series, "start"), ==,
                   "2027-01-06T14:00:00+00:00");
  g_assert_cmpint (json_object_get_int_member (series, "duration_minutes"), ==, 90);
  g_assert_cmpstr (json_object_get_string_member (series, "rrule"), ==, "FREQ=WEEKLY;BYDAY=WE");
  g_assert_cmpint (json_object_get_int_member (series, "min_officers"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (series, "description"), ==,
                   "Every Wednesday, 14:00–15:30, from 6 January 2027");
  series = json_array_get_object_element (list, 0);
  g_assert_cmpint (json_object_get_int_member (series, "min_officers"), ==, 1);
}

static void
test_slot_list_text (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *extra = NULL;
  g_autofree char *text = NULL;

  add_bedford (fixture);
  extra = run_ok (fixture, "slot", "extra", "bedford-library", "--start", "2026-12-23T14:00",
                  "--duration", "2h30", NULL);
  text = run_ok (fixture, "slot", "list", "bedford-library", NULL);
  g_assert_cmpstr (text, ==,
                   "ID  START             LENGTH  OFFICERS  OPENS                                "
                   "              RULE\n"
                   "1   2026-12-05T10:00  3h      1         Every Saturday, 10:00–13:00, from 5 "
                   "December 2026  FREQ=WEEKLY;BYDAY=SA\n"
                   "2   2026-12-23T14:00  2h30m   1         Once, on Wednesday 23 December 2026, "
                   "14:00–16:30   one-off\n");
}

/* Saturday mornings either side of the clocks going forward (Sunday 28 March 2027). */
static void
test_occurrences_spring_forward (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *created = run_ok (fixture, "init", NULL);
  g_autofree char *beat = run_ok (fixture, "beat", "add", "castle", "--name", "Castle", NULL);
  g_autofree char *hub = run_ok (fixture, "hub", "add", "bedford-library", "--name", "Library",
                                 "--beat", "castle", NULL);
  g_autofree char *id = run_ok (fixture, "slot", "add", "bedford-library",
                                "--start", "2027-03-06T10:00", "--duration", "3h",
                                "--rrule", "FREQ=WEEKLY;BYDAY=SA", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences = steal_occurrences (&root, fixture, "2027-03-20", "2027-04-03");

  g_assert_cmpuint (json_array_get_length (occurrences), ==, 3);
  assert_occurrence (occurrences, 0, "2027-03-20T10:00:00+00:00", "2027-03-20T13:00:00+00:00",
                     "scheduled");
  assert_occurrence (occurrences, 1, "2027-03-27T10:00:00+00:00", "2027-03-27T13:00:00+00:00",
                     "scheduled");
  assert_occurrence (occurrences, 2, "2027-04-03T10:00:00+01:00", "2027-04-03T13:00:00+01:00",
                     "scheduled");
}

/* Saturday and Sunday mornings either side of the clocks going back (Sunday 31 October 2027). */
static void
test_occurrences_fall_back (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *created = run_ok (fixture, "init", NULL);
  g_autofree char *beat = run_ok (fixture, "beat", "add", "castle", "--name", "Castle", NULL);
  g_autofree char *hub = run_ok (fixture, "hub", "add", "bedford-library", "--name", "Library",
                                 "--beat", "castle", NULL);
  g_autofree char *id = run_ok (fixture, "slot", "add", "bedford-library",
                                "--start", "2027-10-02T10:00", "--duration", "3h",
                                "--rrule", "FREQ=WEEKLY;BYDAY=SA,SU", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences = steal_occurrences (&root, fixture, "2027-10-23", "2027-11-06");

  g_assert_cmpuint (json_array_get_length (occurrences), ==, 5);
  assert_occurrence (occurrences, 0, "2027-10-23T10:00:00+01:00", "2027-10-23T13:00:00+01:00",
                     "scheduled");
  assert_occurrence (occurrences, 1, "2027-10-24T10:00:00+01:00", "2027-10-24T13:00:00+01:00",
                     "scheduled");
  assert_occurrence (occurrences, 2, "2027-10-30T10:00:00+01:00", "2027-10-30T13:00:00+01:00",
                     "scheduled");
  assert_occurrence (occurrences, 3, "2027-10-31T10:00:00+00:00", "2027-10-31T13:00:00+00:00",
                     "scheduled");
  assert_occurrence (occurrences, 4, "2027-11-06T10:00:00+00:00", "2027-11-06T13:00:00+00:00",
                     "scheduled");
}

static void
test_occurrences_json_fields (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences;
  JsonObject *first;

  add_bedford (fixture);
  occurrences = steal_occurrences (&root, fixture, "2026-12-01", "2026-12-06");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, 1);
  first = json_array_get_object_element (occurrences, 0);
  g_assert_cmpuint (json_object_get_size (first), ==, 10);
  g_assert_cmpstr (json_object_get_string_member (first, "hub"), ==, "bedford-library");
  g_assert_cmpint (json_object_get_int_member (first, "series"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (first, "date"), ==, "2026-12-05");
  g_assert_cmpstr (json_object_get_string_member (first, "start"), ==, "2026-12-05T10:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (first, "end"), ==, "2026-12-05T13:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (first, "status"), ==, "scheduled");
  assert_member_null (first, "reason");
  g_assert_false (json_object_get_boolean_member (first, "moved"));
  g_assert_cmpint (json_object_get_int_member (first, "min_officers"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "assigned")), ==,
                    0);
}

/* The hubs open in London time whatever zone the coordinator's machine is set to. */
static void
test_occurrences_ignore_tz (Fixture       *fixture,
                            gconstpointer  data)
{
  const char * const json_args[] = { "occurrences", "--from", "2027-03-20", "--to", "2027-04-03",
                                     "--json", NULL };
  const char * const text_args[] = { "occurrences", "--from", "2027-03-20", "--to", "2027-04-03",
                                     NULL };
  g_auto(Result) london = { 0, };
  g_auto(Result) auckland = { 0, };
  g_auto(Result) london_text = { 0, };
  g_auto(Result) auckland_text = { 0, };

  add_bedford (fixture);
  run_argv_tz (fixture, "Europe/London", json_args, &london);
  run_argv_tz (fixture, "Pacific/Auckland", json_args, &auckland);
  run_argv_tz (fixture, "Europe/London", text_args, &london_text);
  run_argv_tz (fixture, "Pacific/Auckland", text_args, &auckland_text);
  assert_ok (&london);
  assert_ok (&auckland);
  assert_ok (&auckland_text);
  g_assert_cmpstr (auckland.out, ==, london.out);
  g_assert_cmpstr (auckland_text.out, ==, london_text.out);
  g_assert_true (g_str_has_prefix (auckland_text.out,
                                   "Sat 20 Mar 2027  10:00–13:00  bedford-library  scheduled  "
                                   "nobody yet\n"));
}

static void
test_occurrences_hub_filter (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *hub = NULL;
  g_autofree char *id = NULL;
  g_autofree char *all = NULL;
  g_autofree char *only = NULL;
  g_autoptr(JsonNode) all_root = NULL;
  g_autoptr(JsonNode) only_root = NULL;

  add_bedford (fixture);
  hub = run_ok (fixture, "hub", "add", "kempston", "--name", "Kempston", "--beat", "castle", NULL);
  id = run_ok (fixture, "slot", "add", "kempston", "--start", "2026-12-02T14:00",
               "--duration", "2h", "--rrule", "FREQ=WEEKLY;BYDAY=WE", NULL);
  g_assert_cmpstr (id, ==, "2\n");
  all = run_ok (fixture, "occurrences", "--from", "2026-12-01", "--to", "2026-12-13", "--json",
                NULL);
  only = run_ok (fixture, "occurrences", "--from", "2026-12-01", "--to", "2026-12-13",
                 "--hub", "kempston", "--json", NULL);
  all_root = parse_json (all);
  only_root = parse_json (only);
  g_assert_cmpuint (json_array_get_length (json_array_of (all_root)), ==, 4);
  g_assert_cmpuint (json_array_get_length (json_array_of (only_root)), ==, 2);
  /* In start order across hubs: Wed 2nd, Sat 5th, Wed 9th, Sat 12th. */
  assert_occurrence (json_array_of (all_root), 0, "2026-12-02T14:00:00+00:00",
                     "2026-12-02T16:00:00+00:00", "scheduled");
  assert_occurrence (json_array_of (all_root), 1, "2026-12-05T10:00:00+00:00",
                     "2026-12-05T13:00:00+00:00", "scheduled");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_array_of (only_root), 1), "hub"), ==,
                   "kempston");
}

/* exceptions */

static void
test_slot_cancel (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *cancelled = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences;
  JsonObject *boxing_day;

  add_bedford (fixture);
  cancelled = run_ok (fixture, "slot", "cancel", "bedford-library", "--date", "2026-12-26",
                      "--reason", "Boxing Day", NULL);
  g_assert_cmpstr (cancelled, ==, "");

  occurrences = steal_occurrences (&root, fixture, "2026-12-19", "2027-01-02");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, 3);
  assert_occurrence (occurrences, 0, "2026-12-19T10:00:00+00:00", "2026-12-19T13:00:00+00:00",
                     "scheduled");
  assert_occurrence (occurrences, 1, "2026-12-26T10:00:00+00:00", "2026-12-26T13:00:00+00:00",
                     "cancelled");
  assert_occurrence (occurrences, 2, "2027-01-02T10:00:00+00:00", "2027-01-02T13:00:00+00:00",
                     "scheduled");
  boxing_day = json_array_get_object_element (occurrences, 1);
  g_assert_cmpstr (json_object_get_string_member (boxing_day, "reason"), ==, "Boxing Day");
  g_assert_cmpstr (json_object_get_string_member (boxing_day, "date"), ==, "2026-12-26");
  g_assert_false (json_object_get_boolean_member (boxing_day, "moved"));
  assert_member_null (json_array_get_object_element (occurrences, 0), "reason");
}

static void
test_slot_cancel_range (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *cancelled = NULL;
  g_autofree char *one = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences;

  add_bedford (fixture);
  one = run_ok (fixture, "slot", "cancel", "bedford-library", "--date", "2026-12-26", NULL);
  /* The 26th was already cancelled: only the 19th and 2 January are new. */
  cancelled = run_ok (fixture, "slot", "cancel", "bedford-library", "--from", "2026-12-18",
                      "--to", "2027-01-02", "--reason", "Christmas", NULL);
  g_assert_cmpstr (cancelled, ==, "Cancelled 2 openings\n");

  occurrences = steal_occurrences (&root, fixture, "2026-12-12", "2027-01-09");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, 5);
  assert_occurrence (occurrences, 0, "2026-12-12T10:00:00+00:00", "2026-12-12T13:00:00+00:00",
                     "scheduled");
  for (guint i = 1; i <= 3; i++)
    {
      JsonObject *occurrence = json_array_get_object_element (occurrences, i);
      g_assert_cmpstr (json_object_get_string_member (occurrence, "status"), ==, "cancelled");
      g_assert_cmpstr (json_object_get_string_member (occurrence, "reason"), ==, "Christmas");
    }
  assert_occurrence (occurrences, 4, "2027-01-09T10:00:00+00:00", "2027-01-09T13:00:00+00:00",
                     "scheduled");
}

static void
test_slot_move (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *moved = NULL;
  g_autofree char *shortened = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences;
  JsonObject *friday;

  add_bedford (fixture);
  moved = run_ok (fixture, "slot", "move", "bedford-library", "--date", "2026-12-19",
                  "--to", "2026-12-18T14:00", NULL);
  g_assert_cmpstr (moved, ==, "");
  /* A second move finds the opening on the date it is on now, and can change its length. */
  shortened = run_ok (fixture, "slot", "move", "bedford-library", "--date", "2026-12-18",
                      "--to", "2026-12-18T15:00", "--duration", "2h", "--series", "1", NULL);

  occurrences = steal_occurrences (&root, fixture, "2026-12-12", "2026-12-26");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, 3);
  assert_occurrence (occurrences, 0, "2026-12-12T10:00:00+00:00", "2026-12-12T13:00:00+00:00",
                     "scheduled");
  assert_occurrence (occurrences, 1, "2026-12-18T15:00:00+00:00", "2026-12-18T17:00:00+00:00",
                     "scheduled");
  assert_occurrence (occurrences, 2, "2026-12-26T10:00:00+00:00", "2026-12-26T13:00:00+00:00",
                     "scheduled");
  friday = json_array_get_object_element (occurrences, 1);
  g_assert_true (json_object_get_boolean_member (friday, "moved"));
  g_assert_cmpstr (json_object_get_string_member (friday, "date"), ==, "2026-12-19");
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (occurrences, 0),
                                                  "moved"));
}

static void
test_slot_restore (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *unused = NULL;

  add_bedford (fixture);
  before = run_ok (fixture, "occurrences", "--from", "2026-12-01", "--to", "2026-12-31", "--json",
                   NULL);
  g_free (run_ok (fixture, "slot", "cancel", "bedford-library", "--date", "2026-12-12",
                  "--reason", "Training", NULL));
  g_free (run_ok (fixture, "slot", "move", "bedford-library", "--date", "2026-12-19",
                  "--to", "2026-12-18T14:00", NULL));
  unused = run_ok (fixture, "slot", "restore", "bedford-library", "--date", "2026-12-12", NULL);
  g_assert_cmpstr (unused, ==, "");
  g_free (run_ok (fixture, "slot", "restore", "bedford-library", "--date", "2026-12-18",
                  "--series", "1", NULL));
  after = run_ok (fixture, "occurrences", "--from", "2026-12-01", "--to", "2026-12-31", "--json",
                  NULL);
  g_assert_cmpstr (after, ==, before);
}

static void
test_slot_extra (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_autofree char *series_json = NULL;
  g_autoptr(JsonNode) series_root = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *extra;
  JsonArray *occurrences;

  add_bedford (fixture);
  id = run_ok (fixture, "slot", "extra", "bedford-library", "--start", "2026-12-23T14:00",
               "--duration", "90m", "--min-officers", "3", NULL);
  g_assert_cmpstr (id, ==, "2\n");

  series_json = run_ok (fixture, "slot", "list", "bedford-library", "--json", NULL);
  series_root = parse_json (series_json);
  extra = json_array_get_object_element (json_array_of (series_root), 1);
  assert_member_null (extra, "rrule");
  g_assert_cmpint (json_object_get_int_member (extra, "duration_minutes"), ==, 90);

  /* Once only: the 23rd between the 19th and the 26th, and never again. */
  occurrences = steal_occurrences (&root, fixture, "2026-12-19", "2027-12-31");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, 55);
  assert_occurrence (occurrences, 1, "2026-12-23T14:00:00+00:00", "2026-12-23T15:30:00+00:00",
                     "scheduled");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (occurrences, 1),
                                               "series"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (occurrences, 1),
                                               "min_officers"), ==, 3);
  for (guint i = 0; i < json_array_get_length (occurrences); i++)
    if (i != 1)
      g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (occurrences, i),
                                                   "series"), ==, 1);
}

static void
test_occurrences_text (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;

  add_bedford (fixture);
  g_free (run_ok (fixture, "slot", "cancel", "bedford-library", "--date", "2026-12-12",
                  "--reason", "Staff training", NULL));
  g_free (run_ok (fixture, "slot", "move", "bedford-library", "--date", "2026-12-19",
                  "--to", "2026-12-18T14:00", NULL));
  text = run_ok (fixture, "occurrences", "--from", "2026-12-05", "--to", "2026-12-19", NULL);
  g_assert_cmpstr (text, ==,
                   "Sat 05 Dec 2026  10:00–13:00  bedford-library  scheduled                         nobody yet\n"
                   "Sat 12 Dec 2026  10:00–13:00  bedford-library  cancelled: Staff training\n"
                   "Fri 18 Dec 2026  14:00–17:00  bedford-library  scheduled, moved from Sat 19 Dec  nobody yet\n");
  empty = run_ok (fixture, "occurrences", "--from", "2026-12-01", "--to", "2026-12-04", NULL);
  g_assert_cmpstr (empty, ==, "No openings from 2026-12-01 to 2026-12-04.\n");
}

/* beats' abstraction limits and hotspots */

static void
test_beat_abstraction_limit (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *beats;
  JsonObject *south;

  add_bedford (fixture);
  added = run_ok (fixture, "beat", "add", "luton-south", "--name", "South Ward",
                  "--abstraction-limit", "12.5", NULL);
  g_assert_cmpstr (added, ==, "");

  json = run_ok (fixture, "beat", "list", "--json", NULL);
  root = parse_json (json);
  beats = json_array_of (root);
  g_assert_cmpuint (json_array_get_length (beats), ==, 2);
  /* Listed by name: Castle Ward, then South Ward. */
  south = json_array_get_object_element (beats, 1);
  g_assert_cmpuint (json_object_get_size (south), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (south, "slug"), ==, "luton-south");
  g_assert_cmpstr (json_object_get_string_member (south, "name"), ==, "South Ward");
  g_assert_cmpfloat (json_object_get_double_member (south, "abstraction_limit"), ==, 12.5);
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (beats, 0),
                                                    "abstraction_limit"), ==, 10);

  text = run_ok (fixture, "beat", "list", NULL);
  g_assert_cmpstr (text, ==,
                   "SLUG         NAME         MAX ABSTRACTION\n"
                   "castle       Castle Ward  10%\n"
                   "luton-south  South Ward   12.5%\n");
}

static void
test_hotspot_add_list (Fixture       *fixture,
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

  add_bedford (fixture);
  empty = run_ok (fixture, "hotspot", "list", NULL);
  g_assert_cmpstr (empty, ==, "No hotspots yet; add one with ‘hubrota-cli hotspot add’.\n");

  beat = run_ok (fixture, "beat", "add", "kempston", "--name", "Kempston", NULL);
  first = run_ok (fixture, "hotspot", "add", "kempston", "bedford-road", "--name",
                  "Bedford Road parade", NULL);
  second = run_ok (fixture, "hotspot", "add", "castle", "tavistock-street", "--name",
                   "Tavistock Street shops", NULL);
  /* The options may come first: the beat is still the first of the two words. */
  third = run_ok (fixture, "hotspot", "add", "--name", "Castle Lane car park", "castle",
                  "castle-lane", NULL);
  g_assert_cmpstr (first, ==, "");
  g_assert_cmpstr (third, ==, "");

  json = run_ok (fixture, "hotspot", "list", "--json", NULL);
  root = parse_json (json);
  hotspots = json_array_of (root);
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

  text = run_ok (fixture, "hotspot", "list", NULL);
  g_assert_cmpstr (text, ==,
                   "BEAT      SLUG              NAME\n"
                   "castle    castle-lane       Castle Lane car park\n"
                   "castle    tavistock-street  Tavistock Street shops\n"
                   "kempston  bedford-road      Bedford Road parade\n");
}

/* officers */

/* A beat with a hub, and PC1234 posted to it. */
static void
add_officer (Fixture *fixture)
{
  g_autofree char *added = NULL;

  add_bedford (fixture);
  added = run_ok (fixture, "officer", "add", "PC1234", "--name", "Grace Okafor", "--role", "PC",
                  "--beat", "castle", "--weekly-hours", "40", NULL);
  g_assert_cmpstr (added, ==, "");
}

/* Writes a file into the test's folder and returns its path. */
static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_officer (JsonArray  *officers,
                guint       index,
                const char *id,
                const char *name,
                const char *role,
                const char *beat,
                double      weekly_hours)
{
  JsonObject *officer = json_array_get_object_element (officers, index);

  g_assert_cmpuint (json_object_get_size (officer), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (officer, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (officer, "name"), ==, name);
  g_assert_cmpstr (json_object_get_string_member (officer, "role"), ==, role);
  if (beat != NULL)
    g_assert_cmpstr (json_object_get_string_member (officer, "beat"), ==, beat);
  else
    assert_member_null (officer, "beat");
  g_assert_cmpfloat (json_object_get_double_member (officer, "weekly_hours"), ==, weekly_hours);
}

static void
test_officer_add_list_json (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *officers;

  add_officer (fixture);
  /* Any case for the role; no beat and no hours. */
  added = run_ok (fixture, "officer", "add", "7021", "--name", "Amir Shah", "--role", "pcso",
                  NULL);
  g_assert_cmpstr (added, ==, "");
  g_free (run_ok (fixture, "officer", "add", "SC55", "--name", "Zoë Brown", "--role", "SC",
                  "--beat", "", "--weekly-hours", "7.5", NULL));

  json = run_ok (fixture, "officer", "list", "--json", NULL);
  root = parse_json (json);
  officers = json_array_of (root);
  g_assert_cmpuint (json_array_get_length (officers), ==, 3);
  /* By collar number. */
  assert_officer (officers, 0, "7021", "Amir Shah", "PCSO", NULL, 0);
  assert_officer (officers, 1, "PC1234", "Grace Okafor", "PC", "castle", 40);
  assert_officer (officers, 2, "SC55", "Zoë Brown", "SC", NULL, 7.5);
}

static void
test_officer_list_text (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *created = run_ok (fixture, "init", NULL);
  g_autofree char *empty = run_ok (fixture, "officer", "list", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpstr (empty, ==,
                   "No officers yet; add them with ‘hubrota-cli officer add’ or "
                   "‘hubrota-cli officer import’.\n");
  g_free (run_ok (fixture, "beat", "add", "castle", "--name", "Castle Ward", NULL));
  g_free (run_ok (fixture, "officer", "add", "PC1234", "--name", "Grace Okafor", "--role", "PC",
                  "--beat", "castle", "--weekly-hours", "37.5", NULL));
  g_free (run_ok (fixture, "officer", "add", "7021", "--name", "Amir Shah", "--role", "PCSO",
                  NULL));
  text = run_ok (fixture, "officer", "list", NULL);
  g_assert_cmpstr (text, ==,
                   "ID      NAME          ROLE  BEAT    HOURS\n"
                   "7021    Amir Shah     PCSO  —       0\n"
                   "PC1234  Grace Okafor  PC    castle  37.5\n");
}

/* What a spreadsheet exports: a byte-order mark, CRLF, quotes around commas and quotes. */
static void
test_officer_import (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "officers.csv",
                                      "\xEF\xBB\xBFid,name,role,beat,weekly_hours\r\n"
                                      "PC1234,\"Okafor, Grace\",PC,castle,40\r\n"
                                      "7021,\"Amir \"\"Sonny\"\" Shah\",pcso,,37.5\r\n"
                                      "SC55, Zoë Brown ,sc,castle,\r\n");
  g_autofree char *imported = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *officers;

  add_bedford (fixture);
  imported = run_ok (fixture, "officer", "import", path, NULL);
  g_assert_cmpstr (imported, ==, "Imported 3 officers.\n");

  json = run_ok (fixture, "officer", "list", "--json", NULL);
  root = parse_json (json);
  officers = json_array_of (root);
  g_assert_cmpuint (json_array_get_length (officers), ==, 3);
  assert_officer (officers, 0, "7021", "Amir \"Sonny\" Shah", "PCSO", NULL, 37.5);
  assert_officer (officers, 1, "PC1234", "Okafor, Grace", "PC", "castle", 40);
  assert_officer (officers, 2, "SC55", "Zoë Brown", "SC", "castle", 0);
}

/* Two bad rows among good ones: each reported on a line of its own, under the file's name,
 * and not even the good rows go in. Line 3's role holds a line break, so the rows after it
 * start a line later than their place in the file. */
static void
test_officer_import_bad_rows (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "officers.csv",
                                      "id,name,role,beat,weekly_hours\n"
                                      "PC2,Ann Lee,PC,castle,40\n"
                                      "PC3,Bob Kay,\"Det\nective\",castle,40\n"
                                      "PC4,Cy Dee,PCSO,castle,20\n"
                                      "PC5,Di Fox,PCSO,nowhere,20\n");
  g_autofree char *expected = g_strdup_printf ("hubrota-cli: %s: nothing was imported: "
                                               "2 rows are wrong\n"
                                               "  line 3: ‘Det ective’ is not a role "
                                               "(PC, PCSO, SC, SGT or VOL)\n"
                                               "  line 6: unknown beat ‘nowhere’\n", path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Result) result = { 0, };

  add_officer (fixture);
  before = run_ok (fixture, "officer", "list", "--json", NULL);
  run (fixture, &result, "officer", "import", path, NULL);
  g_assert_cmpstr (result.err, ==, expected);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpint (result.status, ==, 1);

  after = run_ok (fixture, "officer", "list", "--json", NULL);
  g_assert_cmpstr (after, ==, before);
}

static void
test_officer_import_duplicate (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "officers.csv",
                                      "id,name,role\n"
                                      "PC7,Ann Lee,PC\n"
                                      "PC8,Bob Kay,SGT\n"
                                      "PC7,Ann Lee again,PC\n");
  g_autofree char *expected = g_strdup_printf ("hubrota-cli: %s: nothing was imported: "
                                               "1 row is wrong\n"
                                               "  line 4: there is already an officer ‘PC7’\n",
                                               path);
  g_autofree char *after = NULL;
  g_auto(Result) result = { 0, };

  add_bedford (fixture);
  run (fixture, &result, "officer", "import", path, NULL);
  g_assert_cmpstr (result.err, ==, expected);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpint (result.status, ==, 1);

  after = run_ok (fixture, "officer", "list", "--json", NULL);
  g_assert_cmpstr (after, ==, "[]\n");
}

/* A file that is wrong as a whole: one line, still under the file's name. */
static void
test_officer_import_bad_file (Fixture       *fixture,
                              gconstpointer  data)
{
  const struct { const char *contents; const char *problem; } bad[] = {
    { "id,name,beat\nPC7,Ann Lee,castle\n", "line 1: the header has no ‘role’ column" },
    { "id,name,role,rank\nPC7,Ann Lee,PC,inspector\n",
      "line 1: unknown column ‘rank’; the header must be id,name,role,beat,weekly_hours" },
    { "", "the file is empty; it needs the header id,name,role,beat,weekly_hours" },
    { "id,name,role\nPC7,Ann \xff,PC\n", "line 2 is not valid UTF-8" },
    { "id,name,role\nPC7,\"Ann Lee,PC\n", "line 2: a quoted field is never closed" },
  };
  g_autofree char *after = NULL;

  add_bedford (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = write_file (fixture, "officers.csv", bad[i].contents);
      g_autofree char *expected = g_strdup_printf ("hubrota-cli: %s: %s\n", path, bad[i].problem);
      g_auto(Result) result = { 0, };

      run (fixture, &result, "officer", "import", path, NULL);
      g_assert_cmpstr (result.err, ==, expected);
      g_assert_cmpstr (result.out, ==, "");
      g_assert_cmpint (result.status, ==, 1);
    }
  after = run_ok (fixture, "officer", "list", "--json", NULL);
  g_assert_cmpstr (after, ==, "[]\n");
}

/* duty and leave */

static void
test_duty_add_list (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *pattern = NULL;
  g_autofree char *night = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autofree char *none = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *duties;
  JsonObject *duty;

  add_officer (fixture);
  none = run_ok (fixture, "duty", "list", "PC1234", NULL);
  g_assert_cmpstr (none, ==, "PC1234 has no duty yet; add it with ‘hubrota-cli duty add’.\n");

  pattern = run_ok (fixture, "duty", "add", "PC1234", "--start", "2026-12-07T08:00",
                    "--duration", "8h", "--rrule", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", NULL);
  g_assert_cmpstr (pattern, ==,
                   "Duty 1 for PC1234: Every Monday, Tuesday, Wednesday and Thursday, "
                   "08:00–16:00, from 7 December 2026\n");
  /* A bare --end earlier than the start is the next morning. */
  night = run_ok (fixture, "duty", "add", "PC1234", "--start", "2026-12-05T22:00",
                  "--end", "06:00", NULL);
  g_assert_cmpstr (night, ==, "Duty 2 for PC1234: Once, on Saturday 5 December 2026, "
                              "22:00–06:00\n");

  json = run_ok (fixture, "duty", "list", "PC1234", "--json", NULL);
  root = parse_json (json);
  duties = json_array_of (root);
  g_assert_cmpuint (json_array_get_length (duties), ==, 2);
  /* By start: the night shift comes first. */
  duty = json_array_get_object_element (duties, 1);
  g_assert_cmpuint (json_object_get_size (duty), ==, 6);
  g_assert_cmpint (json_object_get_int_member (duty, "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (duty, "officer"), ==, "PC1234");
  g_assert_cmpstr (json_object_get_string_member (duty, "start"), ==, "2026-12-07T08:00:00+00:00");
  g_assert_cmpint (json_object_get_int_member (duty, "duration_minutes"), ==, 480);
  g_assert_cmpstr (json_object_get_string_member (duty, "rrule"), ==,
                   "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH");
  g_assert_cmpstr (json_object_get_string_member (duty, "description"), ==,
                   "Every Monday, Tuesday, Wednesday and Thursday, 08:00–16:00, "
                   "from 7 December 2026");
  duty = json_array_get_object_element (duties, 0);
  g_assert_cmpint (json_object_get_int_member (duty, "id"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (duty, "duration_minutes"), ==, 480);
  assert_member_null (duty, "rrule");

  text = run_ok (fixture, "duty", "list", "PC1234", NULL);
  g_assert_cmpstr (text, ==,
                   "ID  START             LENGTH  WORKS                                        "
                   "                                     RULE\n"
                   "2   2026-12-05T22:00  8h      Once, on Saturday 5 December 2026, 22:00–06:00"
                   "                                    one-off\n"
                   "1   2026-12-07T08:00  8h      Every Monday, Tuesday, Wednesday and Thursday, "
                   "08:00–16:00, from 7 December 2026  FREQ=WEEKLY;BYDAY=MO,TU,WE,TH\n");
}

static void
test_leave_add_list (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *christmas = NULL;
  g_autofree char *court = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autofree char *none = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *absences;
  JsonObject *absence;

  add_officer (fixture);
  none = run_ok (fixture, "leave", "list", "PC1234", NULL);
  g_assert_cmpstr (none, ==, "PC1234 has no leave recorded.\n");

  /* A date alone is that day's 00:00, for --to too. */
  christmas = run_ok (fixture, "leave", "add", "PC1234", "--from", "2026-12-20",
                      "--to", "2026-12-28", "--reason", "annual leave", NULL);
  g_assert_cmpstr (christmas, ==,
                   "Leave 1 for PC1234: away from Sun 20 Dec 2026 00:00 until Mon 28 Dec 2026 "
                   "00:00 (annual leave)\n");
  court = run_ok (fixture, "leave", "add", "PC1234", "--from", "2027-03-29T09:30",
                  "--to", "2027-03-29T16:00", NULL);
  g_assert_cmpstr (court, ==,
                   "Leave 2 for PC1234: away from Mon 29 Mar 2027 09:30 until Mon 29 Mar 2027 "
                   "16:00\n");

  json = run_ok (fixture, "leave", "list", "PC1234", "--json", NULL);
  root = parse_json (json);
  absences = json_array_of (root);
  g_assert_cmpuint (json_array_get_length (absences), ==, 2);
  absence = json_array_get_object_element (absences, 0);
  g_assert_cmpuint (json_object_get_size (absence), ==, 5);
  g_assert_cmpint (json_object_get_int_member (absence, "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (absence, "officer"), ==, "PC1234");
  g_assert_cmpstr (json_object_get_string_member (absence, "start"), ==,
                   "2026-12-20T00:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (absence, "end"), ==,
                   "2026-12-28T00:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (absence, "reason"), ==, "annual leave");
  /* After the clocks go forward. */
  absence = json_array_get_object_element (absences, 1);
  g_assert_cmpstr (json_object_get_string_member (absence, "start"), ==,
                   "2027-03-29T09:30:00+01:00");
  g_assert_cmpstr (json_object_get_string_member (absence, "end"), ==,
                   "2027-03-29T16:00:00+01:00");
  assert_member_null (absence, "reason");

  text = run_ok (fixture, "leave", "list", "PC1234", NULL);
  g_assert_cmpstr (text, ==,
                   "ID  FROM              UNTIL             REASON\n"
                   "1   2026-12-20T00:00  2026-12-28T00:00  annual leave\n"
                   "2   2027-03-29T09:30  2027-03-29T16:00  —\n");
}

/* export and feed tokens */

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "feeds", NULL);
  g_autofree char *written = NULL;
  g_autofree char *renewed = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) token_line = g_regex_new ("^New feed for PC1234: private/[0-9a-f]{48}\\.ics\n$",
                                              0, 0, NULL);

  add_officer (fixture);
  written = run_ok (fixture, "export", "--output", folder, "--base-url",
                    "https://example.org/hubs/", "--officers", NULL);
  lines = g_strsplit (written, "\n", -1);
  /* all-hubs, the hub, index.html, one officer, private/index.html, and the final "" */
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_true (g_str_has_prefix (lines[0], "Wrote "));
  g_assert_true (g_str_has_suffix (lines[0], "/feeds/all-hubs.ics"));
  g_assert_true (g_str_has_suffix (lines[1], "/feeds/bedford-library.ics"));
  g_assert_true (g_str_has_suffix (lines[2], "/feeds/index.html"));
  g_assert_true (g_str_has_suffix (lines[4], "/feeds/private/index.html"));
  path = g_build_filename (folder, "bedford-library.ics", NULL);
  g_assert_true (g_file_get_contents (path, &ics, NULL, NULL));
  g_assert_nonnull (strstr (ics, "DTSTART;TZID=Europe/London:20261205T100000\r\n"));
  g_assert_null (strstr (ics, "PC1234"));
  g_assert_null (strstr (ics, "Grace"));

  renewed = run_ok (fixture, "officer", "new-token", "PC1234", NULL);
  g_assert_true (g_regex_match (token_line, renewed, 0, NULL));
}

/* bad input: one line on stderr, a non-zero exit, and the database untouched */

typedef struct
{
  const char *name;
  int status;             /* 2: the command line is wrong; 1: the store refused */
  const char *mentions;   /* the error line must name the problem */
  const char *args[20];
} BadInput;

#define START "--start", "2026-12-05T10:00"
#define SLOT_ADD "slot", "add", "bedford-library"

static const BadInput bad_inputs[] = {
  { "unknown-hub", 1, "unknown hub ‘nowhere’",
    { "slot", "add", "nowhere", START, "--duration", "3h", NULL } },
  { "rrule-sometimes", 1, "FREQ=SOMETIMES",
    { SLOT_ADD, START, "--duration", "3h", "--rrule", "FREQ=SOMETIMES", NULL } },
  { "rrule-wrong-day", 1, "FREQ=WEEKLY;BYDAY=MO",
    { SLOT_ADD, START, "--duration", "3h", "--rrule", "FREQ=WEEKLY;BYDAY=MO", NULL } },
  { "rrule-on-extra", 2, "--rrule",
    { "slot", "extra", "bedford-library", START, "--duration", "3h", "--rrule", "FREQ=DAILY",
      NULL } },
  { "duration-zero", 2, "--duration", { SLOT_ADD, START, "--duration", "0", NULL } },
  { "duration-zero-minutes", 2, "--duration", { SLOT_ADD, START, "--duration", "0m", NULL } },
  { "duration-negative", 2, "--duration", { SLOT_ADD, START, "--duration", "-1h", NULL } },
  { "duration-over-a-day", 2, "--duration", { SLOT_ADD, START, "--duration", "25h", NULL } },
  { "end-before-start", 2, "--end (2026-12-05T09:00) is not after the start",
    { SLOT_ADD, START, "--end", "09:00", NULL } },
  { "end-equals-start", 2, "--end", { SLOT_ADD, START, "--end", "2026-12-05T10:00", NULL } },
  { "end-and-duration", 2, "not both", { SLOT_ADD, START, "--end", "13:00", "--duration", "3h", NULL } },
  { "move-end-before-start", 2, "is not after the start",
    { "slot", "move", "bedford-library", "--date", "2026-12-12", "--to", "2026-12-12T15:00",
      "--end", "14:00", NULL } },
  { "duration-missing", 2, "--duration is required", { SLOT_ADD, START, NULL } },
  { "start-missing", 2, "--start is required", { SLOT_ADD, "--duration", "3h", NULL } },
  { "start-february-30", 2, "2026-02-30T10:00",
    { SLOT_ADD, "--start", "2026-02-30T10:00", "--duration", "3h", NULL } },
  { "start-in-spring-gap", 2, "2027-03-28T01:30",
    { SLOT_ADD, "--start", "2027-03-28T01:30", "--duration", "1h", NULL } },
  { "start-not-a-time", 2, "--start", { SLOT_ADD, "--start", "soon", "--duration", "3h", NULL } },
  { "min-officers-words", 2, "--min-officers",
    { SLOT_ADD, START, "--duration", "3h", "--min-officers", "many", NULL } },
  { "min-officers-negative", 2, "--min-officers",
    { SLOT_ADD, START, "--duration", "3h", "--min-officers", "-1", NULL } },
  { "slot-add-missing-hub", 2, "missing HUB",
    { "slot", "add", START, "--duration", "3h", NULL } },
  { "from-after-to", 2, "--from 2027-01-31 is after --to 2026-12-01",
    { "occurrences", "--from", "2027-01-31", "--to", "2026-12-01", NULL } },
  { "to-missing", 2, "--to is required", { "occurrences", "--from", "2026-12-01", NULL } },
  { "from-not-a-date", 2, "2026-13-01",
    { "occurrences", "--from", "2026-13-01", "--to", "2027-01-01", NULL } },
  { "occurrences-unknown-hub", 1, "unknown hub ‘nowhere’",
    { "occurrences", "--from", "2026-12-01", "--to", "2026-12-31", "--hub", "nowhere", NULL } },
  { "unknown-command", 2, "unknown command ‘frobnicate’", { "frobnicate", NULL } },
  { "unknown-subcommand", 2, "unknown command ‘hub frobnicate’", { "hub", "frobnicate", NULL } },
  { "no-subcommand", 2, "‘slot’ needs a command", { "slot", NULL } },
  { "no-command", 2, "no command given", { NULL } },
  { "unknown-option", 2, "--frob", { "hub", "list", "--frob", NULL } },
  { "extra-argument", 2, "unexpected argument ‘extra’", { "hub", "list", "extra", NULL } },
  { "database-after-command", 2, "give --database before the command",
    { "hub", "list", "--database", "other.db", NULL } },
  { "hub-unknown-beat", 1, "unknown beat ‘nowhere’",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "nowhere", NULL } },
  { "hub-duplicate", 1, "there is already a hub ‘bedford-library’",
    { "hub", "add", "bedford-library", "--name", "Again", "--beat", "castle", NULL } },
  { "hub-bad-slug", 1, "Bad Slug",
    { "hub", "add", "Bad Slug", "--name", "Bad", "--beat", "castle", NULL } },
  { "hub-missing-name", 2, "--name is required",
    { "hub", "add", "new-hub", "--beat", "castle", NULL } },
  { "hub-bad-postcode", 1, "not a UK postcode",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--postcode", "12345",
      NULL } },
  { "lat-without-lon", 2, "--lat and --lon must be given together",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--lat", "52", NULL } },
  { "lat-out-of-range", 2, "--lat",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--lat", "90.5",
      "--lon", "0", NULL } },
  { "lat-trailing-junk", 2, "--lat",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--lat", "52.1x",
      "--lon", "0", NULL } },
  { "lon-nan", 2, "--lon",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--lat", "52",
      "--lon", "nan", NULL } },
  { "lon-out-of-range", 2, "--lon",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--lat", "52",
      "--lon", "-180.5", NULL } },
  { "beat-duplicate", 1, "there is already a beat ‘castle’",
    { "beat", "add", "castle", "--name", "Again", NULL } },
  { "beat-empty-name", 1, "needs a name", { "beat", "add", "north", "--name", " ", NULL } },
  { "cancel-no-opening", 1, "has no opening on Monday 7 December 2026",
    { "slot", "cancel", "bedford-library", "--date", "2026-12-07", NULL } },
  { "cancel-unknown-hub", 1, "unknown hub ‘nowhere’",
    { "slot", "cancel", "nowhere", "--date", "2026-12-05", NULL } },
  { "cancel-date-and-range", 2, "--date",
    { "slot", "cancel", "bedford-library", "--date", "2026-12-05", "--from", "2026-12-01",
      "--to", "2026-12-31", NULL } },
  { "cancel-nothing-named", 2, "--date, or --from and --to, is required",
    { "slot", "cancel", "bedford-library", NULL } },
  { "cancel-range-reversed", 2, "is after",
    { "slot", "cancel", "bedford-library", "--from", "2026-12-31", "--to", "2026-12-01",
      NULL } },
  { "cancel-range-empty", 1, "no openings to cancel",
    { "slot", "cancel", "bedford-library", "--from", "2026-12-01", "--to", "2026-12-04",
      NULL } },
  { "cancel-range-with-series", 2, "--series goes with --date",
    { "slot", "cancel", "bedford-library", "--from", "2026-12-01", "--to", "2026-12-31",
      "--series", "1", NULL } },
  { "cancel-bad-series", 2, "--series",
    { "slot", "cancel", "bedford-library", "--date", "2026-12-05", "--series", "abc", NULL } },
  { "cancel-unknown-series", 1, "has no series 7",
    { "slot", "cancel", "bedford-library", "--date", "2026-12-05", "--series", "7", NULL } },
  { "move-to-date-only", 2, "--to",
    { "slot", "move", "bedford-library", "--date", "2026-12-12", "--to", "2026-12-12", NULL } },
  { "move-no-opening", 1, "has no opening",
    { "slot", "move", "bedford-library", "--date", "2026-12-08", "--to", "2026-12-09T10:00",
      NULL } },
  { "restore-nothing-to-undo", 1, "no cancelled or moved opening",
    { "slot", "restore", "bedford-library", "--date", "2026-12-05", NULL } },
  { "slot-list-unknown-hub", 1, "unknown hub ‘nowhere’", { "slot", "list", "nowhere", NULL } },
  { "demo-into-used-database", 1, "already holds hubs", { "init", "--demo", NULL } },
  { "beat-limit-too-high", 2, "--abstraction-limit must be a number from 0 to 100, not ‘150’",
    { "beat", "add", "north", "--name", "North", "--abstraction-limit", "150", NULL } },
  { "beat-limit-negative", 2, "--abstraction-limit must be a number from 0 to 100, not ‘-5’",
    { "beat", "add", "north", "--name", "North", "--abstraction-limit", "-5", NULL } },
  { "beat-limit-words", 2, "--abstraction-limit must be a number from 0 to 100, not ‘ten’",
    { "beat", "add", "north", "--name", "North", "--abstraction-limit", "ten", NULL } },
  { "beat-limit-percent-sign", 2, "not ‘12%’",
    { "beat", "add", "north", "--name", "North", "--abstraction-limit", "12%", NULL } },
  { "hotspot-unknown-beat", 1, "unknown beat ‘nowhere’",
    { "hotspot", "add", "nowhere", "market", "--name", "Market Square", NULL } },
  { "hotspot-missing-slug", 2, "missing SLUG",
    { "hotspot", "add", "castle", "--name", "Market Square", NULL } },
  { "hotspot-extra-argument", 2, "unexpected argument ‘square’",
    { "hotspot", "add", "castle", "market", "square", "--name", "Market Square", NULL } },
  { "hotspot-missing-name", 2, "--name is required",
    { "hotspot", "add", "castle", "market", NULL } },
  { "hotspot-bad-slug", 1, "the hotspot id ‘Market’ may hold only lower-case letters",
    { "hotspot", "add", "castle", "Market", "--name", "Market Square", NULL } },
  { "officer-duplicate", 1, "there is already an officer ‘PC1234’",
    { "officer", "add", "PC1234", "--name", "Again", "--role", "PC", NULL } },
  { "officer-bad-collar", 1, "the collar number ‘PC-12’ may hold only letters and digits",
    { "officer", "add", "PC-12", "--name", "Ann Lee", "--role", "PC", NULL } },
  { "officer-missing-role", 2, "--role is required",
    { "officer", "add", "PC7", "--name", "Ann Lee", NULL } },
  { "officer-bad-role", 2, "--role must be PC, PCSO, SC, SGT or VOL, not ‘DC’",
    { "officer", "add", "PC7", "--name", "Ann Lee", "--role", "DC", NULL } },
  { "officer-missing-name", 2, "--name is required",
    { "officer", "add", "PC7", "--role", "PC", NULL } },
  { "officer-empty-name", 1, "the officer ‘PC7’ needs a name",
    { "officer", "add", "PC7", "--name", "", "--role", "PC", NULL } },
  { "officer-unknown-beat", 1, "unknown beat ‘nowhere’",
    { "officer", "add", "PC7", "--name", "Ann Lee", "--role", "PC", "--beat", "nowhere",
      NULL } },
  { "officer-hours-too-many", 2, "--weekly-hours must be a number from 0 to 168, not ‘169’",
    { "officer", "add", "PC7", "--name", "Ann Lee", "--role", "PC", "--weekly-hours", "169",
      NULL } },
  { "officer-hours-words", 2, "--weekly-hours must be a number from 0 to 168, not ‘full’",
    { "officer", "add", "PC7", "--name", "Ann Lee", "--role", "PC", "--weekly-hours", "full",
      NULL } },
  { "officer-hours-comma", 2, "not ‘37,5’",
    { "officer", "add", "PC7", "--name", "Ann Lee", "--role", "PC", "--weekly-hours", "37,5",
      NULL } },
  { "import-missing-file", 2, "missing FILE", { "officer", "import", NULL } },
  { "import-unreadable", 1, "/nonexistent/officers.csv",
    { "officer", "import", "/nonexistent/officers.csv", NULL } },
  { "duty-unknown-officer", 1, "unknown officer ‘PC9’",
    { "duty", "add", "PC9", "--start", "2026-12-07T08:00", "--duration", "8h", NULL } },
  { "duty-bad-rrule", 1, "FREQ=SOMETIMES",
    { "duty", "add", "PC1234", "--start", "2026-12-07T08:00", "--duration", "8h",
      "--rrule", "FREQ=SOMETIMES", NULL } },
  { "duty-rrule-wrong-day", 1, "FREQ=WEEKLY;BYDAY=SA",
    { "duty", "add", "PC1234", "--start", "2026-12-07T08:00", "--duration", "8h",
      "--rrule", "FREQ=WEEKLY;BYDAY=SA", NULL } },
  { "duty-duration-missing", 2, "--duration is required",
    { "duty", "add", "PC1234", "--start", "2026-12-07T08:00", NULL } },
  { "duty-duration-over-a-day", 2, "--duration",
    { "duty", "add", "PC1234", "--start", "2026-12-07T08:00", "--duration", "25h", NULL } },
  { "duty-end-before-start", 2, "is not after the start",
    { "duty", "add", "PC1234", "--start", "2026-12-07T22:00", "--end", "2026-12-07T06:00",
      NULL } },
  { "export-no-output", 2, "--output is required", { "export", NULL } },
  { "export-bad-base-url", 2, "--base-url must start with https://",
    { "export", "--output", "feeds", "--base-url", "example.org/hubs", NULL } },
  { "export-bad-days", 2, "--future-days",
    { "export", "--output", "feeds", "--future-days", "0", NULL } },
  { "export-folder-impossible", 1, "cannot create the folder /dev/null",
    { "export", "--output", "/dev/null/feeds", NULL } },
  { "new-token-unknown-officer", 1, "unknown officer ‘PC9’",
    { "officer", "new-token", "PC9", NULL } },
  { "duty-start-missing", 2, "--start is required",
    { "duty", "add", "PC1234", "--duration", "8h", NULL } },
  { "duty-list-unknown-officer", 1, "unknown officer ‘PC9’", { "duty", "list", "PC9", NULL } },
  { "leave-to-before-from", 2, "--to 2026-12-19 is not after --from 2026-12-20",
    { "leave", "add", "PC1234", "--from", "2026-12-20", "--to", "2026-12-19", NULL } },
  { "leave-to-same-day", 2, "--to 2026-12-20 is not after --from 2026-12-20T00:00",
    { "leave", "add", "PC1234", "--from", "2026-12-20T00:00", "--to", "2026-12-20", NULL } },
  { "leave-from-missing", 2, "--from is required",
    { "leave", "add", "PC1234", "--to", "2026-12-28", NULL } },
  { "leave-to-missing", 2, "--to is required",
    { "leave", "add", "PC1234", "--from", "2026-12-20", NULL } },
  { "leave-bad-date", 2, "--from: 2026-02-30 is not a date that exists",
    { "leave", "add", "PC1234", "--from", "2026-02-30", "--to", "2026-03-02", NULL } },
  { "leave-bad-time", 2, "--to: 2026-12-28T24:00 is not a date and time that exists",
    { "leave", "add", "PC1234", "--from", "2026-12-20", "--to", "2026-12-28T24:00", NULL } },
  { "leave-not-a-date", 2, "--from: ‘soon’ is not a date",
    { "leave", "add", "PC1234", "--from", "soon", "--to", "2026-12-28", NULL } },
  { "leave-unknown-officer", 1, "unknown officer ‘PC9’",
    { "leave", "add", "PC9", "--from", "2026-12-20", "--to", "2026-12-28", NULL } },
  { "leave-list-unknown-officer", 1, "unknown officer ‘PC9’", { "leave", "list", "PC9", NULL } },
};

static void
append_rows (sqlite3    *db,
             const char *table,
             GString    *rows)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_string_append_printf (rows, "%s:\n", table);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *value = (const char *) sqlite3_column_text (stmt, i);
          g_string_append_printf (rows, "%s|", value != NULL ? value : "NULL");
        }
      g_string_append_c (rows, '\n');
    }
  sqlite3_finalize (stmt);
}

/* Every row of every table, as one string to compare before and after. Read straight from
 * SQLite rather than through a run of each listing command: that was eight runs a case, too
 * slow under AddressSanitizer, and this also sees what no listing shows. */
static char *
snapshot (Fixture *fixture)
{
  GString *rows = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->db, &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " ORDER BY name", -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    append_rows (db, (const char *) sqlite3_column_text (tables, 0), rows);
  sqlite3_finalize (tables);
  sqlite3_close (db);
  return g_string_free (rows, FALSE);
}

/* assign, unassign, check and suggest */

/* Castle (limit 5%, a hotspot) with Bedford library, Kempston with its own hub, both open
 * Saturdays 10:00–13:00; PC1 (Castle) works only that Saturday morning, PC2 (Kempston)
 * 08:00–16:00 every day, SC1 has no beat and no duty. */
static void
add_rota_scene (Fixture *fixture)
{
  const char * const steps[][12] = {
    { "beat", "add", "kempston", "--name", "Kempston", NULL },
    { "hotspot", "add", "castle", "bus-station", "--name", "Bedford bus station", NULL },
    { "hub", "add", "kempston-hub", "--name", "Kempston Hub", "--beat", "kempston", NULL },
    { "slot", "add", "kempston-hub", "--start", "2026-12-05T10:00", "--duration", "3h",
      "--rrule", "FREQ=WEEKLY;BYDAY=SA", "--min-officers", "0", NULL },
    { "officer", "add", "PC1", "--name", "Sam Patel", "--role", "PC", "--beat", "castle", NULL },
    { "officer", "add", "PC2", "--name", "Aisha Rahman", "--role", "PC", "--beat", "kempston",
      NULL },
    { "officer", "add", "SC1", "--name", "Lee Carter", "--role", "SC", NULL },
    { "duty", "add", "PC1", "--start", "2026-12-05T10:00", "--duration", "3h", NULL },
    { "duty", "add", "PC2", "--start", "2026-11-30T08:00", "--duration", "8h", "--rrule",
      "FREQ=DAILY", NULL },
  };

  add_bedford (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_auto(Result) result = { 0, };
      run_argv (fixture, steps[i], &result);
      assert_ok (&result);
    }
}

static void
test_rota_assign_and_check (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *assigned = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *rules = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences;
  JsonArray *staff;

  add_rota_scene (fixture);
  assigned = run_ok (fixture, "assign", "PC1", "bedford-library", "--date", "2026-12-05", NULL);
  g_assert_cmpstr (assigned, ==,
                   "Put PC1 on ‘bedford-library’ on Saturday 5 December 2026 at 10:00.\n");
  occurrences = steal_occurrences (&root, fixture, "2026-12-05", "2026-12-05");
  staff = json_object_get_array_member (json_array_get_object_element (occurrences, 0),
                                        "assigned");
  g_assert_cmpuint (json_array_get_length (staff), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (staff, 0), ==, "PC1");

  clean = run_ok (fixture, "check", "--from", "2026-12-05", "--to", "2026-12-05", NULL);
  g_assert_cmpstr (clean, ==, "No findings: the rota keeps to every rule.\n");
  rules = rules_found (fixture, "2026-12-05", "2026-12-05", 0);
  g_assert_cmpstr (rules, ==, "");
}

/* PC2 is Kempston's only officer: taking them to Bedford leaves Kempston with nobody. The
 * refusal stores nothing; --force stores it, and check then fails until it is undone. */
static void
test_rota_assign_refused (Fixture       *fixture,
                          gconstpointer  data)
{
  g_auto(Result) refused = { 0, };
  g_auto(Result) checked = { 0, };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *forced = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *finding;

  add_rota_scene (fixture);
  before = snapshot (fixture);
  run (fixture, &refused, "assign", "PC2", "bedford-library", "--date", "2026-12-05", NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_cmpstr (refused.err, ==, "hubrota-cli: refused: it would cause 1 error; nothing was "
                                    "stored (--force assigns anyway)\n");
  g_assert_cmpstr (refused.out, ==,
                   "Putting PC2 on ‘bedford-library’ on Saturday 5 December 2026 at 10:00 would "
                   "cause:\n"
                   "  error   beat-uncovered         Kempston has nobody on the beat Sat 5 Dec "
                   "10:00–13:00: every one of its officers on duty then is at a hub outside it\n");
  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, before);

  forced = run_ok (fixture, "assign", "PC2", "bedford-library", "--date", "2026-12-05",
                   "--force", NULL);
  g_assert_true (g_str_has_prefix (forced, "Put PC2 on ‘bedford-library’"));
  run (fixture, &checked, "check", "--from", "2026-12-05", "--to", "2026-12-05", "--json", NULL);
  g_assert_cmpint (checked.status, ==, 1);
  g_assert_cmpstr (checked.err, ==, "hubrota-cli: 1 error in the rota from 2026-12-05 to "
                                    "2026-12-05\n");
  root = parse_json (checked.out);
  g_assert_cmpuint (json_array_get_length (json_array_of (root)), ==, 1);
  finding = json_array_get_object_element (json_array_of (root), 0);
  g_assert_cmpstr (json_object_get_string_member (finding, "rule"), ==, "beat-uncovered");
  g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "error");
  g_assert_cmpstr (json_object_get_string_member (finding, "beat"), ==, "kempston");
  g_assert_cmpstr (json_object_get_string_member (finding, "start"), ==,
                   "2026-12-05T10:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (finding, "end"), ==,
                   "2026-12-05T13:00:00+00:00");
  assert_member_null (finding, "officer");
  assert_member_null (finding, "hub");
  assert_member_null (finding, "hotspot");

  undone = run_ok (fixture, "unassign", "PC2", "bedford-library", "--date", "2026-12-05", NULL);
  g_assert_cmpstr (undone, ==,
                   "Took PC2 off ‘bedford-library’ on Saturday 5 December 2026 at 10:00.\n"
                   "This causes:\n"
                   "  warning understaffed           Bedford Central Library on Sat 5 Dec "
                   "10:00–13:00 needs 1 officer and has nobody yet\n");
}

/* One forced rota that breaks all seven rules at once, seen through check --json. */
static void
test_rota_every_rule (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *rules = NULL;

  add_rota_scene (fixture);
  g_free (run_ok (fixture, "slot", "add", "bedford-library", "--start", "2026-12-05T14:00",
                  "--duration", "1h", "--min-officers", "2", NULL));
  g_free (run_ok (fixture, "leave", "add", "PC2", "--from", "2026-12-05T12:00",
                  "--to", "2026-12-06T00:00", "--reason", "court", NULL));
  /* PC1 away from Castle: abstraction, Castle uncovered, the bus station at risk. */
  g_free (run_ok (fixture, "assign", "PC1", "kempston-hub", "--date", "2026-12-05",
                  "--force", NULL));
  /* SC1 has no duty and is in two places at once; PC2 is in court. */
  g_free (run_ok (fixture, "assign", "SC1", "kempston-hub", "--date", "2026-12-05",
                  "--force", NULL));
  g_free (run_ok (fixture, "assign", "SC1", "bedford-library", "--date", "2026-12-05",
                  "--at", "10:00", "--force", NULL));
  g_free (run_ok (fixture, "assign", "PC2", "kempston-hub", "--date", "2026-12-05",
                  "--force", NULL));
  rules = rules_found (fixture, "2026-12-05", "2026-12-05", 1);
  g_assert_cmpstr (rules, ==, "abstraction-limit beat-uncovered double-booked "
                              "hotspot-patrol-at-risk off-duty on-leave understaffed");
}

/* Kempston's own officer first, then the officer from another beat; SC1 has no duty. */
static void
test_rota_suggest (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Result) result = { 0, };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *candidates;
  JsonObject *first;
  JsonArray *reasons;

  add_rota_scene (fixture);
  run (fixture, &result, "suggest", "kempston-hub", "--date", "2026-12-05", "--json", NULL);
  assert_ok (&result);
  root = parse_json (result.out);
  candidates = json_array_of (root);
  g_assert_cmpuint (json_array_get_length (candidates), ==, 3);
  first = json_array_get_object_element (candidates, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "officer"), ==, "PC2");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "findings")), ==,
                    0);
  reasons = json_object_get_array_member (first, "reasons");
  g_assert_cmpstr (json_array_get_string_element (reasons, 0), ==, "breaks no rule");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (candidates, 1),
                                                  "officer"), ==, "SC1");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (candidates, 2),
                                                  "officer"), ==, "PC1");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (candidates, 2),
                                               "errors"), ==, 2);
}

/* The database every bad-input test starts from, made once and copied: building it afresh
 * for each case would run the CLI hundreds of times more, slow under AddressSanitizer. */
static Fixture template;
static char *template_snapshot;

static void
copy_template (Fixture *fixture)
{
  static const char * const suffixes[] = { "", "-wal" };

  if (template.db == NULL)
    {
      fixture_set_up (&template, NULL);
      add_officer (&template);
      /* Some state in every table too, so that a stray write there would show. */
      g_free (run_ok (&template, "slot", "cancel", "bedford-library", "--date", "2026-12-26",
                      "--reason", "Boxing Day", NULL));
      g_free (run_ok (&template, "hotspot", "add", "castle", "tavistock-street", "--name",
                      "Tavistock Street shops", NULL));
      g_free (run_ok (&template, "duty", "add", "PC1234", "--start", "2026-12-07T08:00",
                      "--duration", "8h", "--rrule", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", NULL));
      g_free (run_ok (&template, "leave", "add", "PC1234", "--from", "2026-12-20",
                      "--to", "2026-12-28", NULL));
      template_snapshot = snapshot (&template);
    }

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (template.db, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (fixture->db, suffixes[i], NULL);
      g_autoptr(GFile) source = g_file_new_for_path (from);
      g_autoptr(GFile) destination = g_file_new_for_path (to);
      g_autoptr(GError) error = NULL;

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_file_copy (source, destination, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
}

static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  const BadInput *bad = data;
  g_autofree char *after = NULL;
  g_auto(Result) result = { 0, };

  copy_template (fixture);
  run_argv (fixture, bad->args, &result);
  assert_one_line_error (&result, bad->status, bad->mentions);

  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, template_snapshot);
}

/* help */

/* hub edit changes only what it is given, refuses a bad value whole, and hub archive takes
 * the hub out of the all-hubs openings until --restore. */
static void
test_hub_edit_archive (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(Result) refused = { 0, };
  g_auto(Result) unknown = { 0, };
  g_autofree char *edited = NULL, *archived = NULL, *restored = NULL, *listed = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) after = NULL;
  JsonObject *hub;
  JsonArray *openings;

  add_bedford (fixture);
  edited = run_ok (fixture, "hub", "edit", "bedford-library", "--address", "Silver Street, Bedford",
                   "--postcode", "mk40 1sx", NULL);
  g_assert_cmpstr (edited, ==, "");

  run (fixture, &refused, "hub", "edit", "bedford-library", "--lat", "95", "--lon", "0",
       "--name", "Somewhere else", NULL);
  assert_one_line_error (&refused, 2, "--lat");
  run (fixture, &unknown, "hub", "edit", "nowhere", "--name", "Nowhere", NULL);
  assert_one_line_error (&unknown, 1, "nowhere");

  listed = run_ok (fixture, "hub", "list", "--json", NULL);
  root = parse_json (listed);
  hub = json_array_get_object_element (json_array_of (root), 0);
  g_assert_cmpstr (json_object_get_string_member (hub, "name"), ==, "Bedford Central Library");
  g_assert_cmpstr (json_object_get_string_member (hub, "address"), ==, "Silver Street, Bedford");
  g_assert_cmpstr (json_object_get_string_member (hub, "postcode"), ==, "MK40 1SX");
  g_assert_cmpfloat (json_object_get_double_member (hub, "latitude"), ==, 52.1373);
  g_assert_cmpstr (json_object_get_string_member (hub, "description"), ==,
                   "Crime reports and advice");
  g_assert_false (json_object_get_boolean_member (hub, "archived"));

  archived = run_ok (fixture, "hub", "archive", "bedford-library", NULL);
  openings = steal_occurrences (&after, fixture, "2026-12-01", "2026-12-31");
  g_assert_cmpuint (json_array_get_length (openings), ==, 0);
  g_clear_pointer (&after, json_node_unref);

  restored = run_ok (fixture, "hub", "archive", "bedford-library", "--restore", NULL);
  openings = steal_occurrences (&after, fixture, "2026-12-01", "2026-12-31");
  g_assert_cmpuint (json_array_get_length (openings), ==, 4);
}

static const char * const help_commands[] = {
  "init", "beat add", "beat list", "hub add", "hub edit", "hub archive", "hub list",
  "hotspot add", "hotspot list",
  "slot add", "slot extra", "slot cancel", "slot move", "slot restore", "slot list",
  "occurrences", "officer add", "officer list", "officer import", "duty add", "duty list",
  "leave add", "leave list", "officer new-token", "assign", "unassign", "check", "suggest",
  "export",
};

static void
test_help_command (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *command = data;
  g_auto(GStrv) words = g_strsplit (command, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) args = NULL;
  g_autofree char *usage = g_strdup_printf ("Usage:\n  hubrota-cli %s [OPTION…]", command);
  g_auto(Result) result = { 0, };

  g_strv_builder_addv (builder, (const char **) words);
  g_strv_builder_add (builder, "--help");
  args = g_strv_builder_end (builder);
  run_argv (fixture, (const char * const *) args, &result);
  assert_ok (&result);
  g_assert_true (g_str_has_prefix (result.out, usage));
  g_assert_nonnull (strstr (result.out, "--help"));
  /* --help does nothing else: not even create the database. */
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

static void
test_help_top_level (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(Result) result = { 0, };
  g_auto(Result) version = { 0, };
  g_auto(Result) group = { 0, };

  run (fixture, &result, "--help", NULL);
  assert_ok (&result);
  g_assert_true (g_str_has_prefix (result.out, "Usage:\n  hubrota-cli [OPTION…] COMMAND"));
  g_assert_nonnull (strstr (result.out, "--database"));
  for (guint i = 0; i < G_N_ELEMENTS (help_commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", help_commands[i]);
      g_assert_nonnull (strstr (result.out, line));
    }

  run (fixture, &group, "slot", "--help", NULL);
  assert_ok (&group);
  g_assert_true (g_str_has_prefix (group.out, "Usage:\n  hubrota-cli slot COMMAND"));
  g_assert_nonnull (strstr (group.out, "\n  cancel "));
  g_assert_null (strstr (group.out, "hub add"));

  run (fixture, &version, "--version", NULL);
  assert_ok (&version);
  g_assert_cmpstr (version.out, ==, "hubrota-cli " PACKAGE_VERSION "\n");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/init/creates-file", test_init_creates_file);
  ADD ("/cli/init/missing-database", test_init_missing_database);
  ADD ("/cli/init/demo", test_init_demo);
  ADD ("/cli/hub/add-list-json", test_hub_add_list_json);
  ADD ("/cli/hub/list-text", test_hub_list_text);
  ADD ("/cli/hub/negative-longitude", test_hub_negative_longitude_forms);
  ADD ("/cli/hub/edit-archive", test_hub_edit_archive);
  ADD ("/cli/beat/abstraction-limit", test_beat_abstraction_limit);
  ADD ("/cli/hotspot/add-list", test_hotspot_add_list);
  ADD ("/cli/slot/add-prints-id", test_slot_add_prints_id);
  ADD ("/cli/slot/list-text", test_slot_list_text);
  ADD ("/cli/slot/cancel", test_slot_cancel);
  ADD ("/cli/slot/cancel-range", test_slot_cancel_range);
  ADD ("/cli/slot/move", test_slot_move);
  ADD ("/cli/slot/restore", test_slot_restore);
  ADD ("/cli/slot/extra", test_slot_extra);
  ADD ("/cli/occurrences/spring-forward", test_occurrences_spring_forward);
  ADD ("/cli/occurrences/fall-back", test_occurrences_fall_back);
  ADD ("/cli/occurrences/json-fields", test_occurrences_json_fields);
  ADD ("/cli/occurrences/ignore-tz", test_occurrences_ignore_tz);
  ADD ("/cli/occurrences/hub-filter", test_occurrences_hub_filter);
  ADD ("/cli/occurrences/text", test_occurrences_text);
  ADD ("/cli/export", test_export);
  ADD ("/cli/rota/assign-and-check", test_rota_assign_and_check);
  ADD ("/cli/rota/assign-refused", test_rota_assign_refused);
  ADD ("/cli/rota/every-rule", test_rota_every_rule);
  ADD ("/cli/rota/suggest", test_rota_suggest);
  ADD ("/cli/officer/add-list-json", test_officer_add_list_json);
  ADD ("/cli/officer/list-text", test_officer_list_text);
  ADD ("/cli/officer/import", test_officer_import);
  ADD ("/cli/officer/import-bad-rows", test_officer_import_bad_rows);
  ADD ("/cli/officer/import-duplicate", test_officer_import_duplicate);
  ADD ("/cli/officer/import-bad-file", test_officer_import_bad_file);
  ADD ("/cli/duty/add-list", test_duty_add_list);
  ADD ("/cli/leave/add-list", test_leave_add_list);
  ADD ("/cli/help/top-level", test_help_top_level);
#undef ADD

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/bad-input/%s", bad_inputs[i].name);
      g_test_add (path, Fixture, &bad_inputs[i], fixture_set_up, test_bad_input,
                  fixture_tear_down);
    }
  for (guint i = 0; i < G_N_ELEMENTS (help_commands); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/help/%s", help_commands[i]);
      g_strdelimit (path, " ", '-');
      g_test_add (path, Fixture, help_commands[i], fixture_set_up, test_help_command,
                  fixture_tear_down);
    }

  status = g_test_run ();

  if (template.db != NULL)
    fixture_tear_down (&template, NULL);
  g_free (template_snapshot);
  return status;
}
