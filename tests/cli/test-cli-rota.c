/* test-cli-rota.c: assigning, checking, suggesting and publishing, through hubrota-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"

/* export and feed tokens */

static void
test_export (CliFixture    *fixture,
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

  cli_fixture_copy_of (fixture, cli_add_officer);
  written = cli_run_ok (fixture, "export", "--output", folder, "--base-url",
                        "https://example.org/hubs/", "--officers", NULL);
  lines = g_strsplit (written, "\n", -1);
  /* all-hubs, the hub's feed, the site, one officer, private/index.html, one line for the
   * single openings and the final "" */
  g_assert_cmpuint (g_strv_length (lines), ==, 12);
  g_assert_true (g_str_has_prefix (lines[0], "Wrote "));
  g_assert_true (g_str_has_suffix (lines[0], "/feeds/all-hubs.ics"));
  g_assert_true (g_str_has_suffix (lines[1], "/feeds/bedford-library.ics"));
  g_assert_true (g_str_has_suffix (lines[2], "/feeds/index.html"));
  g_assert_true (g_str_has_suffix (lines[3], "/feeds/bedford-library.html"));
  g_assert_true (g_str_has_suffix (lines[4], "/feeds/hubs.json"));
  g_assert_true (g_str_has_suffix (lines[5], "/feeds/hubrota.css"));
  g_assert_true (g_str_has_suffix (lines[6], "/feeds/hubrota.js"));
  g_assert_true (g_str_has_suffix (lines[7], "/feeds/hubrota.svg"));
  g_assert_true (g_str_has_suffix (lines[9], "/feeds/private/index.html"));
  g_assert_true (g_str_has_prefix (lines[10], "Wrote "));
  g_assert_nonnull (strstr (lines[10], " openings each on its own in "));
  g_assert_true (g_str_has_suffix (lines[10], "/feeds/openings"));
  path = g_build_filename (folder, "bedford-library.ics", NULL);
  g_assert_true (g_file_get_contents (path, &ics, NULL, NULL));
  g_assert_nonnull (strstr (ics, "DTSTART;TZID=Europe/London:20261205T100000\r\n"));
  g_assert_null (strstr (ics, "PC1234"));
  g_assert_null (strstr (ics, "Grace"));

  renewed = cli_run_ok (fixture, "officer", "new-token", "PC1234", NULL);
  g_assert_true (g_regex_match (token_line, renewed, 0, NULL));
}

/* Whether the published folder is one whole set: Castle Hall has its feed exactly when the
 * index and the all-hubs feed name it too. */
static gboolean
has_castle_hall (const char *folder)
{
  g_autofree char *feed = g_build_filename (folder, "castle-hall.ics", NULL);
  g_autofree char *index_path = g_build_filename (folder, "index.html", NULL);
  g_autofree char *all_path = g_build_filename (folder, "all-hubs.ics", NULL);
  g_autofree char *index = NULL;
  g_autofree char *all = NULL;
  gboolean in_feed = g_file_test (feed, G_FILE_TEST_EXISTS);

  g_assert_true (g_file_get_contents (index_path, &index, NULL, NULL));
  g_assert_true (g_file_get_contents (all_path, &all, NULL, NULL));
  g_assert_cmpint (in_feed, ==, strstr (index, "Castle Hall") != NULL);
  g_assert_cmpint (in_feed, ==, strstr (all, "Castle Hall") != NULL);
  return in_feed;
}

#define KILLS 8

/* An export killed at any moment leaves the folder as the old set or the new, never a mix;
 * the next export clears what the killed one left. */
static void
test_export_killed (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "feeds", NULL);
  const char * const publish[] = { "export", "--output", folder, NULL };
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GDir) beside = NULL;
  const char *name;
  guint new_sets = 0;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  first = cli_run_ok (fixture, "export", "--output", folder, NULL);
  g_free (cli_run_ok (fixture, "hub", "add", "castle-hall", "--name", "Castle Hall", "--beat",
                      "castle", NULL));
  g_free (cli_run_ok (fixture, "slot", "add", "castle-hall", "--start", "2026-12-05T10:00",
                      "--duration", "3h", "--rrule", "FREQ=WEEKLY;BYDAY=SA", NULL));
  for (guint kill = 0; kill < KILLS; kill++)
    {
      g_autoptr(GSubprocess) process = cli_spawn (fixture, publish);
      g_auto(CliResult) result = { 0, };

      g_usleep (g_test_rand_int_range (0, 30000));
      g_subprocess_force_exit (process);
      cli_finish (process, &result);
      new_sets += has_castle_hall (folder);
    }
  g_test_message ("%u of %d killed exports had swapped the new set in", new_sets, KILLS);

  last = cli_run_ok (fixture, "export", "--output", folder, NULL);
  g_assert_true (has_castle_hall (folder));
  beside = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (beside)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".feeds."));
}

/* assign, unassign, check and suggest */

/* Castle (with a hotspot) and Bedford library, Kempston with its own hub, both open
 * Saturdays 10:00–13:00; PC1 (Castle) works only that Saturday morning, PC2 (Kempston)
 * 08:00–16:00 every day, SC1 has no beat and no duty. */
static void
add_rota_scene (CliFixture *fixture)
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

  cli_fixture_copy_of (fixture, cli_add_bedford);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_auto(CliResult) result = { 0, };
      cli_run_argv (fixture, steps[i], &result);
      cli_assert_ok (&result);
    }
}

/* The rota scene and a second Castle hub, Castle Hall, open that Saturday 10:00–13:00 too. */
static void
add_two_hubs_scene (CliFixture *fixture)
{
  const char * const steps[][12] = {
    { "hub", "add", "castle-hall", "--name", "Castle Hall", "--beat", "castle", NULL },
    { "slot", "add", "castle-hall", "--start", "2026-12-05T10:00", "--duration", "3h",
      "--rrule", "FREQ=WEEKLY;BYDAY=SA", NULL },
  };

  cli_fixture_copy_of (fixture, add_rota_scene);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_auto(CliResult) result = { 0, };
      cli_run_argv (fixture, steps[i], &result);
      cli_assert_ok (&result);
    }
}

#define RACES 12

/* The last race's file, so the next starts from the scene again. */
static void
remove_database (CliFixture *fixture)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (fixture->db, suffixes[i], NULL);
      g_unlink (path);
    }
}

/* Two processes at the same moment put PC1 on Bedford library and on Castle Hall, both at
 * 10:00 that Saturday. Each checks the rules inside the transaction that writes, so the one
 * that writes second sees the first's assignment and is refused: exactly one succeeds every
 * time, and no double booking is ever stored. */
static void
test_rota_two_writers (CliFixture    *fixture,
                       gconstpointer  data)
{
  const char * const bedford[] = { "assign", "PC1", "bedford-library", "--date", "2026-12-05", NULL };
  const char * const hall[] = { "assign", "PC1", "castle-hall", "--date", "2026-12-05", NULL };

  for (guint race = 0; race < RACES; race++)
    {
      g_autoptr(GSubprocess) first = NULL;
      g_autoptr(GSubprocess) second = NULL;
      g_auto(CliResult) one = { 0, };
      g_auto(CliResult) other = { 0, };
      g_autofree char *rules = NULL;
      const CliResult *refused;

      remove_database (fixture);
      cli_fixture_copy_of (fixture, add_two_hubs_scene);
      first = cli_spawn (fixture, race % 2 == 0 ? bedford : hall);
      second = cli_spawn (fixture, race % 2 == 0 ? hall : bedford);
      cli_finish (first, &one);
      cli_finish (second, &other);
      g_assert_cmpint ((one.status == 0) + (other.status == 0), ==, 1);
      refused = one.status == 0 ? &other : &one;
      g_assert_cmpint (refused->status, ==, 1);
      g_assert_cmpstr (refused->err, ==, "hubrota-cli: refused: it would cause 1 error; nothing "
                                         "was stored (--force assigns anyway)\n");
      /* The hub PC1 is not on is short of its officer; nothing else. */
      rules = cli_rules_found (fixture, "2026-12-05", "2026-12-05", 0);
      g_assert_cmpstr (rules, ==, "understaffed");
    }
}

static void
test_rota_assign_and_check (CliFixture    *fixture,
                            gconstpointer  data)
{
  g_autofree char *assigned = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *rules = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences;
  JsonArray *staff;

  cli_fixture_copy_of (fixture, add_rota_scene);
  assigned = cli_run_ok (fixture, "assign", "PC1", "bedford-library", "--date", "2026-12-05", NULL);
  g_assert_cmpstr (assigned, ==,
                   "Put PC1 on ‘bedford-library’ on Saturday 5 December 2026 at 10:00.\n");
  occurrences = cli_steal_occurrences (&root, fixture, "2026-12-05", "2026-12-05");
  staff = json_object_get_array_member (json_array_get_object_element (occurrences, 0),
                                        "assigned");
  g_assert_cmpuint (json_array_get_length (staff), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (staff, 0), ==, "PC1");

  clean = cli_run_ok (fixture, "check", "--from", "2026-12-05", "--to", "2026-12-05", NULL);
  g_assert_cmpstr (clean, ==, "No findings: the rota keeps to every rule.\n");
  rules = cli_rules_found (fixture, "2026-12-05", "2026-12-05", 0);
  g_assert_cmpstr (rules, ==, "");
}

/* PC2 is Kempston's only officer: taking them to Bedford leaves Kempston with nobody. The
 * refusal stores nothing; --force stores it, and check then fails until it is undone. */
static void
test_rota_assign_refused (CliFixture    *fixture,
                          gconstpointer  data)
{
  g_auto(CliResult) refused = { 0, };
  g_auto(CliResult) checked = { 0, };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *forced = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *finding;

  cli_fixture_copy_of (fixture, add_rota_scene);
  before = cli_snapshot (fixture);
  cli_run (fixture, &refused, "assign", "PC2", "bedford-library", "--date", "2026-12-05", NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_cmpstr (refused.err, ==, "hubrota-cli: refused: it would cause 1 error; nothing was "
                                    "stored (--force assigns anyway)\n");
  g_assert_cmpstr (refused.out, ==,
                   "Putting PC2 on ‘bedford-library’ on Saturday 5 December 2026 at 10:00 would "
                   "cause:\n"
                   "  error   beat-uncovered         Kempston has nobody on the beat Sat 5 Dec "
                   "10:00–13:00: every one of its officers on duty then is at a hub outside it\n");
  after = cli_snapshot (fixture);
  g_assert_cmpstr (after, ==, before);

  forced = cli_run_ok (fixture, "assign", "PC2", "bedford-library", "--date", "2026-12-05",
                       "--force", NULL);
  g_assert_true (g_str_has_prefix (forced, "Put PC2 on ‘bedford-library’"));
  cli_run (fixture, &checked, "check", "--from", "2026-12-05", "--to", "2026-12-05", "--json",
           NULL);
  g_assert_cmpint (checked.status, ==, 1);
  g_assert_cmpstr (checked.err, ==, "hubrota-cli: 1 error in the rota from 2026-12-05 to "
                                    "2026-12-05\n");
  root = cli_parse_json (checked.out);
  g_assert_cmpuint (json_array_get_length (cli_json_array_of (root)), ==, 1);
  finding = json_array_get_object_element (cli_json_array_of (root), 0);
  g_assert_cmpstr (json_object_get_string_member (finding, "rule"), ==, "beat-uncovered");
  g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "error");
  g_assert_cmpstr (json_object_get_string_member (finding, "beat"), ==, "kempston");
  g_assert_cmpstr (json_object_get_string_member (finding, "start"), ==,
                   "2026-12-05T10:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (finding, "end"), ==,
                   "2026-12-05T13:00:00+00:00");
  cli_assert_member_null (finding, "officer");
  cli_assert_member_null (finding, "hub");
  cli_assert_member_null (finding, "hotspot");

  undone = cli_run_ok (fixture, "unassign", "PC2", "bedford-library", "--date", "2026-12-05", NULL);
  g_assert_cmpstr (undone, ==,
                   "Took PC2 off ‘bedford-library’ on Saturday 5 December 2026 at 10:00.\n"
                   "This causes:\n"
                   "  warning understaffed           Bedford Central Library on Sat 5 Dec "
                   "10:00–13:00 needs 1 officer and has nobody yet\n");
}

/* One forced rota that breaks all seven rules at once, seen through check --json. */
static void
test_rota_every_rule (CliFixture    *fixture,
                      gconstpointer  data)
{
  g_autofree char *rules = NULL;

  cli_fixture_copy_of (fixture, add_rota_scene);
  g_free (cli_run_ok (fixture, "slot", "add", "bedford-library", "--start", "2026-12-05T14:00",
                      "--duration", "1h", "--min-officers", "2", NULL));
  g_free (cli_run_ok (fixture, "leave", "add", "PC2", "--from", "2026-12-05T12:00",
                      "--to", "2026-12-06T00:00", "--reason", "court", NULL));
  /* PC1 away from Castle: abstraction, Castle uncovered, the bus station at risk. */
  g_free (cli_run_ok (fixture, "assign", "PC1", "kempston-hub", "--date", "2026-12-05",
                      "--force", NULL));
  /* SC1 has no duty and is in two places at once; PC2 is in court. */
  g_free (cli_run_ok (fixture, "assign", "SC1", "kempston-hub", "--date", "2026-12-05",
                      "--force", NULL));
  g_free (cli_run_ok (fixture, "assign", "SC1", "bedford-library", "--date", "2026-12-05",
                      "--at", "10:00", "--force", NULL));
  g_free (cli_run_ok (fixture, "assign", "PC2", "kempston-hub", "--date", "2026-12-05",
                      "--force", NULL));
  rules = cli_rules_found (fixture, "2026-12-05", "2026-12-05", 1);
  g_assert_cmpstr (rules, ==, "abstraction-limit beat-uncovered double-booked "
                              "hotspot-patrol-at-risk off-duty on-leave understaffed");
}

/* Kempston's own officer first, then the officer from another beat; SC1 has no duty. */
static void
test_rota_suggest (CliFixture    *fixture,
                   gconstpointer  data)
{
  g_auto(CliResult) result = { 0, };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *candidates;
  JsonObject *first;
  JsonArray *reasons;

  cli_fixture_copy_of (fixture, add_rota_scene);
  cli_run (fixture, &result, "suggest", "kempston-hub", "--date", "2026-12-05", "--json", NULL);
  cli_assert_ok (&result);
  root = cli_parse_json (result.out);
  candidates = cli_json_array_of (root);
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

static void
assert_proposal (JsonArray *proposals, guint index, const char *officer, const char *start,
                 double overtime_hours)
{
  JsonObject *proposal = json_array_get_object_element (proposals, index);

  g_assert_cmpstr (json_object_get_string_member (proposal, "officer"), ==, officer);
  g_assert_cmpstr (json_object_get_string_member (proposal, "hub"), ==, "bedford-library");
  g_assert_cmpstr (json_object_get_string_member (proposal, "start"), ==, start);
  g_assert_cmpfloat (json_object_get_double_member (proposal, "away_hours"), ==, 0);
  g_assert_cmpfloat (json_object_get_double_member (proposal, "overtime_hours"), ==,
                     overtime_hours);
}

/* Bedford library's two Saturdays: PC1, on duty and on its beat, the first; the second nobody
 * is on duty for, and PC2 would leave Kempston, so SC1 (no beat) rather than PC1, who has
 * hub work already. A dry run stores nothing; the real one stores both. */
static void
test_rota_autofill (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *before = NULL, *after = NULL, *dry = NULL, *stored = NULL;
  g_autofree char *rules_before = NULL, *rules_after = NULL;
  g_autoptr(JsonNode) dry_root = NULL, stored_root = NULL;
  JsonObject *plan;
  JsonArray *proposals;

  cli_fixture_copy_of (fixture, add_rota_scene);
  rules_before = cli_rules_found (fixture, "2026-12-05", "2026-12-12", 1);
  before = cli_snapshot (fixture);
  dry = cli_run_ok (fixture, "autofill", "--from", "2026-12-05", "--to", "2026-12-12",
                    "--dry-run", "--json", NULL);
  after = cli_snapshot (fixture);
  g_assert_cmpstr (after, ==, before);
  dry_root = cli_parse_json (dry);
  plan = json_node_get_object (dry_root);
  proposals = json_object_get_array_member (plan, "proposals");
  g_assert_cmpuint (json_array_get_length (proposals), ==, 2);
  assert_proposal (proposals, 0, "PC1", "2026-12-05T10:00:00+00:00", 0);
  assert_proposal (proposals, 1, "SC1", "2026-12-12T10:00:00+00:00", 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (plan, "shortfalls")), ==,
                    0);
  g_assert_cmpint (json_object_get_int_member (plan, "openings"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (plan, "stored"), ==, 0);

  stored = cli_run_ok (fixture, "autofill", "--from", "2026-12-05", "--to", "2026-12-12", "--json",
                       NULL);
  stored_root = cli_parse_json (stored);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (stored_root), "stored"), ==, 2);
  /* Castle's hotspot was at risk before (PC1 is on duty one day); the plan adds only SC1's
   * overtime warning and fills the understaffed openings. */
  rules_after = cli_rules_found (fixture, "2026-12-05", "2026-12-12", 1);
  g_assert_cmpstr (rules_before, ==, "hotspot-patrol-at-risk understaffed");
  g_assert_cmpstr (rules_after, ==, "hotspot-patrol-at-risk off-duty");
}

/* After auto-fill, PC1 and SC1 each carry 3 h: with no weekly hours entered both count as
 * 4 h a week, so 3 h over 8 days is 65.625%; PC2 carries none; Gini 1/3. */
static void
test_rota_fairness (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report, *everyone, *first;
  g_auto(CliResult) backwards = { 0, };

  cli_fixture_copy_of (fixture, add_rota_scene);
  g_free (cli_run_ok (fixture, "autofill", "--from", "2026-12-05", "--to", "2026-12-12", NULL));
  out = cli_run_ok (fixture, "fairness", "--from", "2026-12-05", "--to", "2026-12-12", "--json",
                    NULL);
  root = cli_parse_json (out);
  report = json_node_get_object (root);
  everyone = json_object_get_object_member (report, "everyone");
  g_assert_cmpint (json_object_get_int_member (everyone, "officers"), ==, 3);
  g_assert_cmpfloat (json_object_get_double_member (everyone, "hub_hours"), ==, 6);
  g_assert_cmpfloat (json_object_get_double_member (everyone, "largest_share"), ==, 65.625);
  g_assert_cmpfloat (json_object_get_double_member (everyone, "smallest_share"), ==, 0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (everyone, "gini"), 1.0 / 3, 1e-12);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (report, "roles")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (report, "beats")), ==, 3);
  first = json_array_get_object_element (json_object_get_array_member (report, "officers"), 0);
  g_assert_cmpstr (json_object_get_string_member (first, "officer"), ==, "PC1");
  g_assert_cmpfloat (json_object_get_double_member (first, "share"), ==, 65.625);

  cli_run (fixture, &backwards, "fairness", "--from", "2026-12-12", "--to", "2026-12-05", NULL);
  cli_assert_one_line_error (&backwards, 2, "--from 2026-12-12 is after --to 2026-12-05");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  cli_test_add ("/cli/export", NULL, test_export, TRUE);
  cli_test_add ("/cli/rota/assign-and-check", NULL, test_rota_assign_and_check, TRUE);
  cli_test_add ("/cli/rota/assign-refused", NULL, test_rota_assign_refused, TRUE);
  cli_test_add ("/cli/rota/two-writers", NULL, test_rota_two_writers, FALSE);
  cli_test_add ("/cli/export/killed", NULL, test_export_killed, FALSE);
  cli_test_add ("/cli/rota/every-rule", NULL, test_rota_every_rule, TRUE);
  cli_test_add ("/cli/rota/suggest", NULL, test_rota_suggest, TRUE);
  cli_test_add ("/cli/rota/autofill", NULL, test_rota_autofill, TRUE);
  cli_test_add ("/cli/rota/fairness", NULL, test_rota_fairness, TRUE);

  return cli_test_run ();
}
