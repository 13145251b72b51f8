/* test-cli-openings.c: opening times, their exceptions and the openings they make, through
 * hubrota-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include "cli-test-util.h"

/* series */

static void
test_slot_add_prints_id (CliFixture    *fixture,
                         gconstpointer  data)
{
  g_autofree char *second = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *series;
  JsonArray *list;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  second = cli_run_ok (fixture, "slot", "add", "bedford-library", "--start", "2027-01-06T14:00",
                       "--duration", "1h30m", "--rrule", "FREQ=WEEKLY;BYDAY=WE",
                       "--min-officers", "2", NULL);
  g_assert_cmpstr (second, ==, "2\n");

  json = cli_run_ok (fixture, "slot", "list", "bedford-library", "--json", NULL);
  root = cli_parse_json (json);
  list = cli_json_array_of (root);
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
test_slot_list_text (CliFixture    *fixture,
                     gconstpointer  data)
{
  g_autofree char *extra = NULL;
  g_autofree char *text = NULL;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  extra = cli_run_ok (fixture, "slot", "extra", "bedford-library", "--start", "2026-12-23T14:00",
                      "--duration", "2h30", NULL);
  text = cli_run_ok (fixture, "slot", "list", "bedford-library", NULL);
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
test_occurrences_spring_forward (CliFixture    *fixture,
                                 gconstpointer  data)
{
  g_autofree char *created = cli_run_ok (fixture, "init", NULL);
  g_autofree char *beat = cli_run_ok (fixture, "beat", "add", "castle", "--name", "Castle", NULL);
  g_autofree char *hub = cli_run_ok (fixture, "hub", "add", "bedford-library", "--name", "Library",
                                     "--beat", "castle", NULL);
  g_autofree char *id = cli_run_ok (fixture, "slot", "add", "bedford-library",
                                    "--start", "2027-03-06T10:00", "--duration", "3h",
                                    "--rrule", "FREQ=WEEKLY;BYDAY=SA", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences = cli_steal_occurrences (&root, fixture, "2027-03-20", "2027-04-03");

  g_assert_cmpuint (json_array_get_length (occurrences), ==, 3);
  cli_assert_occurrence (occurrences, 0, "2027-03-20T10:00:00+00:00", "2027-03-20T13:00:00+00:00",
                         "scheduled");
  cli_assert_occurrence (occurrences, 1, "2027-03-27T10:00:00+00:00", "2027-03-27T13:00:00+00:00",
                         "scheduled");
  cli_assert_occurrence (occurrences, 2, "2027-04-03T10:00:00+01:00", "2027-04-03T13:00:00+01:00",
                         "scheduled");
}

/* Saturday and Sunday mornings either side of the clocks going back (Sunday 31 October 2027). */
static void
test_occurrences_fall_back (CliFixture    *fixture,
                            gconstpointer  data)
{
  g_autofree char *created = cli_run_ok (fixture, "init", NULL);
  g_autofree char *beat = cli_run_ok (fixture, "beat", "add", "castle", "--name", "Castle", NULL);
  g_autofree char *hub = cli_run_ok (fixture, "hub", "add", "bedford-library", "--name", "Library",
                                     "--beat", "castle", NULL);
  g_autofree char *id = cli_run_ok (fixture, "slot", "add", "bedford-library",
                                    "--start", "2027-10-02T10:00", "--duration", "3h",
                                    "--rrule", "FREQ=WEEKLY;BYDAY=SA,SU", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences = cli_steal_occurrences (&root, fixture, "2027-10-23", "2027-11-06");

  g_assert_cmpuint (json_array_get_length (occurrences), ==, 5);
  cli_assert_occurrence (occurrences, 0, "2027-10-23T10:00:00+01:00", "2027-10-23T13:00:00+01:00",
                         "scheduled");
  cli_assert_occurrence (occurrences, 1, "2027-10-24T10:00:00+01:00", "2027-10-24T13:00:00+01:00",
                         "scheduled");
  cli_assert_occurrence (occurrences, 2, "2027-10-30T10:00:00+01:00", "2027-10-30T13:00:00+01:00",
                         "scheduled");
  cli_assert_occurrence (occurrences, 3, "2027-10-31T10:00:00+00:00", "2027-10-31T13:00:00+00:00",
                         "scheduled");
  cli_assert_occurrence (occurrences, 4, "2027-11-06T10:00:00+00:00", "2027-11-06T13:00:00+00:00",
                         "scheduled");
}

static void
test_occurrences_json_fields (CliFixture    *fixture,
                              gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences;
  JsonObject *first;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  occurrences = cli_steal_occurrences (&root, fixture, "2026-12-01", "2026-12-06");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, 1);
  first = json_array_get_object_element (occurrences, 0);
  g_assert_cmpuint (json_object_get_size (first), ==, 10);
  g_assert_cmpstr (json_object_get_string_member (first, "hub"), ==, "bedford-library");
  g_assert_cmpint (json_object_get_int_member (first, "series"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (first, "date"), ==, "2026-12-05");
  g_assert_cmpstr (json_object_get_string_member (first, "start"), ==, "2026-12-05T10:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (first, "end"), ==, "2026-12-05T13:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (first, "status"), ==, "scheduled");
  cli_assert_member_null (first, "reason");
  g_assert_false (json_object_get_boolean_member (first, "moved"));
  g_assert_cmpint (json_object_get_int_member (first, "min_officers"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "assigned")), ==,
                    0);
}

/* The hubs open in London time whatever zone the coordinator's machine is set to. */
static void
test_occurrences_ignore_tz (CliFixture    *fixture,
                            gconstpointer  data)
{
  const char * const json_args[] = { "occurrences", "--from", "2027-03-20", "--to", "2027-04-03",
                                     "--json", NULL };
  const char * const text_args[] = { "occurrences", "--from", "2027-03-20", "--to", "2027-04-03",
                                     NULL };
  g_auto(CliResult) london = { 0, };
  g_auto(CliResult) auckland = { 0, };
  g_auto(CliResult) london_text = { 0, };
  g_auto(CliResult) auckland_text = { 0, };

  cli_fixture_copy_of (fixture, cli_add_bedford);
  cli_run_argv_tz (fixture, "Europe/London", json_args, &london);
  cli_run_argv_tz (fixture, "Pacific/Auckland", json_args, &auckland);
  cli_run_argv_tz (fixture, "Europe/London", text_args, &london_text);
  cli_run_argv_tz (fixture, "Pacific/Auckland", text_args, &auckland_text);
  cli_assert_ok (&london);
  cli_assert_ok (&auckland);
  cli_assert_ok (&auckland_text);
  g_assert_cmpstr (auckland.out, ==, london.out);
  g_assert_cmpstr (auckland_text.out, ==, london_text.out);
  g_assert_true (g_str_has_prefix (auckland_text.out,
                                   "Sat 20 Mar 2027  10:00–13:00  bedford-library  scheduled  "
                                   "nobody yet\n"));
}

static void
test_occurrences_hub_filter (CliFixture    *fixture,
                             gconstpointer  data)
{
  g_autofree char *hub = NULL;
  g_autofree char *id = NULL;
  g_autofree char *all = NULL;
  g_autofree char *only = NULL;
  g_autoptr(JsonNode) all_root = NULL;
  g_autoptr(JsonNode) only_root = NULL;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  hub = cli_run_ok (fixture, "hub", "add", "kempston", "--name", "Kempston", "--beat", "castle",
                    NULL);
  id = cli_run_ok (fixture, "slot", "add", "kempston", "--start", "2026-12-02T14:00",
                   "--duration", "2h", "--rrule", "FREQ=WEEKLY;BYDAY=WE", NULL);
  g_assert_cmpstr (id, ==, "2\n");
  all = cli_run_ok (fixture, "occurrences", "--from", "2026-12-01", "--to", "2026-12-13", "--json",
                    NULL);
  only = cli_run_ok (fixture, "occurrences", "--from", "2026-12-01", "--to", "2026-12-13",
                     "--hub", "kempston", "--json", NULL);
  all_root = cli_parse_json (all);
  only_root = cli_parse_json (only);
  g_assert_cmpuint (json_array_get_length (cli_json_array_of (all_root)), ==, 4);
  g_assert_cmpuint (json_array_get_length (cli_json_array_of (only_root)), ==, 2);
  /* In start order across hubs: Wed 2nd, Sat 5th, Wed 9th, Sat 12th. */
  cli_assert_occurrence (cli_json_array_of (all_root), 0, "2026-12-02T14:00:00+00:00",
                         "2026-12-02T16:00:00+00:00", "scheduled");
  cli_assert_occurrence (cli_json_array_of (all_root), 1, "2026-12-05T10:00:00+00:00",
                         "2026-12-05T13:00:00+00:00", "scheduled");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (cli_json_array_of (only_root), 1), "hub"), ==,
                   "kempston");
}

/* exceptions */

static void
test_slot_cancel (CliFixture    *fixture,
                  gconstpointer  data)
{
  g_autofree char *cancelled = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences;
  JsonObject *boxing_day;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  cancelled = cli_run_ok (fixture, "slot", "cancel", "bedford-library", "--date", "2026-12-26",
                          "--reason", "Boxing Day", NULL);
  g_assert_cmpstr (cancelled, ==, "");

  occurrences = cli_steal_occurrences (&root, fixture, "2026-12-19", "2027-01-02");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, 3);
  cli_assert_occurrence (occurrences, 0, "2026-12-19T10:00:00+00:00", "2026-12-19T13:00:00+00:00",
                         "scheduled");
  cli_assert_occurrence (occurrences, 1, "2026-12-26T10:00:00+00:00", "2026-12-26T13:00:00+00:00",
                         "cancelled");
  cli_assert_occurrence (occurrences, 2, "2027-01-02T10:00:00+00:00", "2027-01-02T13:00:00+00:00",
                         "scheduled");
  boxing_day = json_array_get_object_element (occurrences, 1);
  g_assert_cmpstr (json_object_get_string_member (boxing_day, "reason"), ==, "Boxing Day");
  g_assert_cmpstr (json_object_get_string_member (boxing_day, "date"), ==, "2026-12-26");
  g_assert_false (json_object_get_boolean_member (boxing_day, "moved"));
  cli_assert_member_null (json_array_get_object_element (occurrences, 0), "reason");
}

static void
test_slot_cancel_range (CliFixture    *fixture,
                        gconstpointer  data)
{
  g_autofree char *cancelled = NULL;
  g_autofree char *one = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  one = cli_run_ok (fixture, "slot", "cancel", "bedford-library", "--date", "2026-12-26", NULL);
  /* The 26th was already cancelled: only the 19th and 2 January are new. */
  cancelled = cli_run_ok (fixture, "slot", "cancel", "bedford-library", "--from", "2026-12-18",
                          "--to", "2027-01-02", "--reason", "Christmas", NULL);
  g_assert_cmpstr (cancelled, ==, "Cancelled 2 openings\n");

  occurrences = cli_steal_occurrences (&root, fixture, "2026-12-12", "2027-01-09");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, 5);
  cli_assert_occurrence (occurrences, 0, "2026-12-12T10:00:00+00:00", "2026-12-12T13:00:00+00:00",
                         "scheduled");
  for (guint i = 1; i <= 3; i++)
    {
      JsonObject *occurrence = json_array_get_object_element (occurrences, i);
      g_assert_cmpstr (json_object_get_string_member (occurrence, "status"), ==, "cancelled");
      g_assert_cmpstr (json_object_get_string_member (occurrence, "reason"), ==, "Christmas");
    }
  cli_assert_occurrence (occurrences, 4, "2027-01-09T10:00:00+00:00", "2027-01-09T13:00:00+00:00",
                         "scheduled");
}

static void
test_slot_move (CliFixture    *fixture,
                gconstpointer  data)
{
  g_autofree char *moved = NULL;
  g_autofree char *shortened = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences;
  JsonObject *friday;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  moved = cli_run_ok (fixture, "slot", "move", "bedford-library", "--date", "2026-12-19",
                      "--to", "2026-12-18T14:00", NULL);
  g_assert_cmpstr (moved, ==, "");
  /* A second move finds the opening on the date it is on now, and can change its length. */
  shortened = cli_run_ok (fixture, "slot", "move", "bedford-library", "--date", "2026-12-18",
                          "--to", "2026-12-18T15:00", "--duration", "2h", "--series", "1", NULL);

  occurrences = cli_steal_occurrences (&root, fixture, "2026-12-12", "2026-12-26");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, 3);
  cli_assert_occurrence (occurrences, 0, "2026-12-12T10:00:00+00:00", "2026-12-12T13:00:00+00:00",
                         "scheduled");
  cli_assert_occurrence (occurrences, 1, "2026-12-18T15:00:00+00:00", "2026-12-18T17:00:00+00:00",
                         "scheduled");
  cli_assert_occurrence (occurrences, 2, "2026-12-26T10:00:00+00:00", "2026-12-26T13:00:00+00:00",
                         "scheduled");
  friday = json_array_get_object_element (occurrences, 1);
  g_assert_true (json_object_get_boolean_member (friday, "moved"));
  g_assert_cmpstr (json_object_get_string_member (friday, "date"), ==, "2026-12-19");
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (occurrences, 0),
                                                  "moved"));
}

static void
test_slot_restore (CliFixture    *fixture,
                   gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *unused = NULL;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  before = cli_run_ok (fixture, "occurrences", "--from", "2026-12-01", "--to", "2026-12-31",
                       "--json", NULL);
  g_free (cli_run_ok (fixture, "slot", "cancel", "bedford-library", "--date", "2026-12-12",
                      "--reason", "Training", NULL));
  g_free (cli_run_ok (fixture, "slot", "move", "bedford-library", "--date", "2026-12-19",
                      "--to", "2026-12-18T14:00", NULL));
  unused = cli_run_ok (fixture, "slot", "restore", "bedford-library", "--date", "2026-12-12", NULL);
  g_assert_cmpstr (unused, ==, "");
  g_free (cli_run_ok (fixture, "slot", "restore", "bedford-library", "--date", "2026-12-18",
                      "--series", "1", NULL));
  after = cli_run_ok (fixture, "occurrences", "--from", "2026-12-01", "--to", "2026-12-31",
                      "--json", NULL);
  g_assert_cmpstr (after, ==, before);
}

/* The autumn's 01:30 comes twice; an offset says which, and every output keeps them apart. */
static void
test_repeated_hour (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *first = NULL, *second = NULL, *assigned = NULL, *text = NULL, *list = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *occurrences;
  CliResult result = { 0 };

  cli_fixture_copy_of (fixture, cli_add_officer);
  first = cli_run_ok (fixture, "slot", "extra", "bedford-library", "--start",
                      "2027-10-31T01:30+01:00", "--duration", "1h", NULL);
  second = cli_run_ok (fixture, "slot", "extra", "bedford-library", "--start",
                       "2027-10-31T01:30+00:00", "--duration", "1h", NULL);
  g_assert_cmpstr (first, ==, "2\n");
  g_assert_cmpstr (second, ==, "3\n");

  occurrences = cli_steal_occurrences (&root, fixture, "2027-10-31", "2027-10-31");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, 2);
  cli_assert_occurrence (occurrences, 0, "2027-10-31T01:30:00+01:00", "2027-10-31T01:30:00+00:00",
                         "scheduled");
  cli_assert_occurrence (occurrences, 1, "2027-10-31T01:30:00+00:00", "2027-10-31T02:30:00+00:00",
                         "scheduled");

  cli_run (fixture, &result, "assign", "PC1234", "bedford-library", "--date", "2027-10-31", NULL);
  cli_assert_one_line_error (&result, 1, "the hub ‘bedford-library’ opens 2 times on Sunday 31 "
                             "October 2027 (at 01:30+01:00 and 01:30+00:00); say which");
  cli_result_clear (&result);
  assigned = cli_run_ok (fixture, "assign", "PC1234", "bedford-library", "--date", "2027-10-31",
                         "--at", "01:30+00:00", NULL);
  g_assert_true (g_str_has_prefix (assigned, "Put PC1234 on ‘bedford-library’ on Sunday 31 "
                                   "October 2027 at 01:30 GMT.\n"));

  text = cli_run_ok (fixture, "occurrences", "--from", "2027-10-31", "--to", "2027-10-31", NULL);
  g_assert_cmpstr (text, ==,
                   "Sun 31 Oct 2027  01:30 BST–01:30 GMT  bedford-library  scheduled  nobody yet\n"
                   "Sun 31 Oct 2027  01:30 GMT–02:30      bedford-library  scheduled  PC1234\n");
  list = cli_run_ok (fixture, "slot", "list", "bedford-library", NULL);
  g_assert_nonnull (strstr (list, "\n2   2027-10-31T01:30        1h"));
  g_assert_nonnull (strstr (list, "\n3   2027-10-31T01:30+00:00  1h"));
}

static void
test_slot_extra (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_autofree char *series_json = NULL;
  g_autoptr(JsonNode) series_root = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *extra;
  JsonArray *occurrences;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  id = cli_run_ok (fixture, "slot", "extra", "bedford-library", "--start", "2026-12-23T14:00",
                   "--duration", "90m", "--min-officers", "3", NULL);
  g_assert_cmpstr (id, ==, "2\n");

  series_json = cli_run_ok (fixture, "slot", "list", "bedford-library", "--json", NULL);
  series_root = cli_parse_json (series_json);
  extra = json_array_get_object_element (cli_json_array_of (series_root), 1);
  cli_assert_member_null (extra, "rrule");
  g_assert_cmpint (json_object_get_int_member (extra, "duration_minutes"), ==, 90);

  /* Once only: the 23rd between the 19th and the 26th, and never again. */
  occurrences = cli_steal_occurrences (&root, fixture, "2026-12-19", "2027-12-31");
  g_assert_cmpuint (json_array_get_length (occurrences), ==, 55);
  cli_assert_occurrence (occurrences, 1, "2026-12-23T14:00:00+00:00", "2026-12-23T15:30:00+00:00",
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
test_occurrences_text (CliFixture    *fixture,
                       gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  g_free (cli_run_ok (fixture, "slot", "cancel", "bedford-library", "--date", "2026-12-12",
                      "--reason", "Staff training", NULL));
  g_free (cli_run_ok (fixture, "slot", "move", "bedford-library", "--date", "2026-12-19",
                      "--to", "2026-12-18T14:00", NULL));
  text = cli_run_ok (fixture, "occurrences", "--from", "2026-12-05", "--to", "2026-12-19", NULL);
  g_assert_cmpstr (text, ==,
                   "Sat 05 Dec 2026  10:00–13:00  bedford-library  scheduled                         nobody yet\n"
                   "Sat 12 Dec 2026  10:00–13:00  bedford-library  cancelled: Staff training\n"
                   "Fri 18 Dec 2026  14:00–17:00  bedford-library  scheduled, moved from Sat 19 Dec  nobody yet\n");
  empty = cli_run_ok (fixture, "occurrences", "--from", "2026-12-01", "--to", "2026-12-04", NULL);
  g_assert_cmpstr (empty, ==, "No openings from 2026-12-01 to 2026-12-04.\n");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  cli_test_add ("/cli/slot/add-prints-id", NULL, test_slot_add_prints_id, TRUE);
  cli_test_add ("/cli/slot/list-text", NULL, test_slot_list_text, FALSE);
  cli_test_add ("/cli/slot/cancel", NULL, test_slot_cancel, FALSE);
  cli_test_add ("/cli/slot/cancel-range", NULL, test_slot_cancel_range, TRUE);
  cli_test_add ("/cli/slot/move", NULL, test_slot_move, TRUE);
  cli_test_add ("/cli/slot/restore", NULL, test_slot_restore, TRUE);
  cli_test_add ("/cli/slot/extra", NULL, test_slot_extra, TRUE);
  cli_test_add ("/cli/occurrences/spring-forward", NULL, test_occurrences_spring_forward, FALSE);
  cli_test_add ("/cli/occurrences/fall-back", NULL, test_occurrences_fall_back, FALSE);
  cli_test_add ("/cli/occurrences/json-fields", NULL, test_occurrences_json_fields, FALSE);
  cli_test_add ("/cli/occurrences/ignore-tz", NULL, test_occurrences_ignore_tz, FALSE);
  cli_test_add ("/cli/occurrences/hub-filter", NULL, test_occurrences_hub_filter, TRUE);
  cli_test_add ("/cli/occurrences/text", NULL, test_occurrences_text, TRUE);
  cli_test_add ("/cli/occurrences/repeated-hour", NULL, test_repeated_hour, TRUE);

  return cli_test_run ();
}
