/* test-cli-officers.c: officers, their duty and their leave, through hubrota-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <string.h>

#include "cli-test-util.h"

/* officers */

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

  g_assert_cmpuint (json_object_get_size (officer), ==, 6);
  g_assert_cmpstr (json_object_get_string_member (officer, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (officer, "name"), ==, name);
  g_assert_cmpstr (json_object_get_string_member (officer, "role"), ==, role);
  if (beat != NULL)
    g_assert_cmpstr (json_object_get_string_member (officer, "beat"), ==, beat);
  else
    cli_assert_member_null (officer, "beat");
  g_assert_cmpfloat (json_object_get_double_member (officer, "weekly_hours"), ==, weekly_hours);
  cli_assert_member_null (officer, "leaving_date");
}

static void
test_officer_add_list_json (CliFixture    *fixture,
                            gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *officers;

  cli_fixture_copy_of (fixture, cli_add_officer);
  /* Any case for the role; no beat and no hours. */
  added = cli_run_ok (fixture, "officer", "add", "7021", "--name", "Amir Shah", "--role", "pcso",
                      NULL);
  g_assert_cmpstr (added, ==, "");
  g_free (cli_run_ok (fixture, "officer", "add", "SC55", "--name", "Zoë Brown", "--role", "SC",
                      "--beat", "", "--weekly-hours", "7.5", NULL));

  json = cli_run_ok (fixture, "officer", "list", "--json", NULL);
  root = cli_parse_json (json);
  officers = cli_json_array_of (root);
  g_assert_cmpuint (json_array_get_length (officers), ==, 3);
  /* By collar number. */
  assert_officer (officers, 0, "7021", "Amir Shah", "PCSO", NULL, 0);
  assert_officer (officers, 1, "PC1234", "Grace Okafor", "PC", "castle", 40);
  assert_officer (officers, 2, "SC55", "Zoë Brown", "SC", NULL, 7.5);
}

static void
test_officer_list_text (CliFixture    *fixture,
                        gconstpointer  data)
{
  g_autofree char *created = cli_run_ok (fixture, "init", NULL);
  g_autofree char *empty = cli_run_ok (fixture, "officer", "list", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpstr (empty, ==,
                   "No officers yet; add them with ‘hubrota-cli officer add’ or "
                   "‘hubrota-cli officer import’.\n");
  g_free (cli_run_ok (fixture, "beat", "add", "castle", "--name", "Castle Ward", NULL));
  g_free (cli_run_ok (fixture, "officer", "add", "PC1234", "--name", "Grace Okafor", "--role", "PC",
                      "--beat", "castle", "--weekly-hours", "37.5", NULL));
  g_free (cli_run_ok (fixture, "officer", "add", "7021", "--name", "Amir Shah", "--role", "PCSO",
                      NULL));
  text = cli_run_ok (fixture, "officer", "list", NULL);
  g_assert_cmpstr (text, ==,
                   "ID      NAME          ROLE  BEAT    HOURS  LEAVES\n"
                   "7021    Amir Shah     PCSO  —       0      —\n"
                   "PC1234  Grace Okafor  PC    castle  37.5   —\n");
}

/* What a spreadsheet exports: a byte-order mark, CRLF, quotes around commas and quotes. */
static void
test_officer_import (CliFixture    *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = cli_write_file (fixture, "officers.csv",
                                          "\xEF\xBB\xBFid,name,role,beat,weekly_hours\r\n"
                                          "PC1234,\"Okafor, Grace\",PC,castle,40\r\n"
                                          "7021,\"Amir \"\"Sonny\"\" Shah\",pcso,,37.5\r\n"
                                          "SC55, Zoë Brown ,sc,castle,\r\n");
  g_autofree char *imported = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *officers;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  imported = cli_run_ok (fixture, "officer", "import", path, NULL);
  g_assert_cmpstr (imported, ==, "Imported 3 officers.\n");

  json = cli_run_ok (fixture, "officer", "list", "--json", NULL);
  root = cli_parse_json (json);
  officers = cli_json_array_of (root);
  g_assert_cmpuint (json_array_get_length (officers), ==, 3);
  assert_officer (officers, 0, "7021", "Amir \"Sonny\" Shah", "PCSO", NULL, 37.5);
  assert_officer (officers, 1, "PC1234", "Okafor, Grace", "PC", "castle", 40);
  assert_officer (officers, 2, "SC55", "Zoë Brown", "SC", "castle", 0);
}

/* Two bad rows among good ones: each reported on a line of its own, under the file's name,
 * and not even the good rows go in. Line 3's role holds a line break, so the rows after it
 * start a line later than their place in the file. */
static void
test_officer_import_bad_rows (CliFixture    *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = cli_write_file (fixture, "officers.csv",
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
  g_auto(CliResult) result = { 0, };

  cli_fixture_copy_of (fixture, cli_add_officer);
  before = cli_run_ok (fixture, "officer", "list", "--json", NULL);
  cli_run (fixture, &result, "officer", "import", path, NULL);
  g_assert_cmpstr (result.err, ==, expected);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpint (result.status, ==, 1);

  after = cli_run_ok (fixture, "officer", "list", "--json", NULL);
  g_assert_cmpstr (after, ==, before);
}

static void
test_officer_import_duplicate (CliFixture    *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = cli_write_file (fixture, "officers.csv",
                                          "id,name,role\n"
                                          "PC7,Ann Lee,PC\n"
                                          "PC8,Bob Kay,SGT\n"
                                          "PC7,Ann Lee again,PC\n");
  g_autofree char *expected = g_strdup_printf ("hubrota-cli: %s: nothing was imported: "
                                               "1 row is wrong\n"
                                               "  line 4: there is already an officer ‘PC7’\n",
                                               path);
  g_autofree char *after = NULL;
  g_auto(CliResult) result = { 0, };

  cli_fixture_copy_of (fixture, cli_add_bedford);
  cli_run (fixture, &result, "officer", "import", path, NULL);
  g_assert_cmpstr (result.err, ==, expected);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpint (result.status, ==, 1);

  after = cli_run_ok (fixture, "officer", "list", "--json", NULL);
  g_assert_cmpstr (after, ==, "[]\n");
}

/* A file that is wrong as a whole: one line, still under the file's name. */
static void
test_officer_import_bad_file (CliFixture    *fixture,
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

  cli_fixture_copy_of (fixture, cli_add_bedford);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = cli_write_file (fixture, "officers.csv", bad[i].contents);
      g_autofree char *expected = g_strdup_printf ("hubrota-cli: %s: %s\n", path, bad[i].problem);
      g_auto(CliResult) result = { 0, };

      cli_run (fixture, &result, "officer", "import", path, NULL);
      g_assert_cmpstr (result.err, ==, expected);
      g_assert_cmpstr (result.out, ==, "");
      g_assert_cmpint (result.status, ==, 1);
    }
  after = cli_run_ok (fixture, "officer", "list", "--json", NULL);
  g_assert_cmpstr (after, ==, "[]\n");
}

/* duty and leave */

static void
test_duty_add_list (CliFixture    *fixture,
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

  cli_fixture_copy_of (fixture, cli_add_officer);
  none = cli_run_ok (fixture, "duty", "list", "PC1234", NULL);
  g_assert_cmpstr (none, ==, "PC1234 has no duty yet; add it with ‘hubrota-cli duty add’.\n");

  pattern = cli_run_ok (fixture, "duty", "add", "PC1234", "--start", "2026-12-07T08:00",
                        "--duration", "8h", "--rrule", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", NULL);
  g_assert_cmpstr (pattern, ==,
                   "Duty 1 for PC1234: Every Monday, Tuesday, Wednesday and Thursday, "
                   "08:00–16:00, from 7 December 2026\n");
  /* A bare --end earlier than the start is the next morning. */
  night = cli_run_ok (fixture, "duty", "add", "PC1234", "--start", "2026-12-05T22:00",
                      "--end", "06:00", NULL);
  g_assert_cmpstr (night, ==, "Duty 2 for PC1234: Once, on Saturday 5 December 2026, "
                              "22:00–06:00\n");

  json = cli_run_ok (fixture, "duty", "list", "PC1234", "--json", NULL);
  root = cli_parse_json (json);
  duties = cli_json_array_of (root);
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
  cli_assert_member_null (duty, "rrule");

  text = cli_run_ok (fixture, "duty", "list", "PC1234", NULL);
  g_assert_cmpstr (text, ==,
                   "ID  START             LENGTH  WORKS                                        "
                   "                                     RULE\n"
                   "2   2026-12-05T22:00  8h      Once, on Saturday 5 December 2026, 22:00–06:00"
                   "                                    one-off\n"
                   "1   2026-12-07T08:00  8h      Every Monday, Tuesday, Wednesday and Thursday, "
                   "08:00–16:00, from 7 December 2026  FREQ=WEEKLY;BYDAY=MO,TU,WE,TH\n");
}

static void
test_leave_add_list (CliFixture    *fixture,
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

  cli_fixture_copy_of (fixture, cli_add_officer);
  none = cli_run_ok (fixture, "leave", "list", "PC1234", NULL);
  g_assert_cmpstr (none, ==, "PC1234 has no leave recorded.\n");

  /* A date alone is that day's 00:00, for --to too. */
  christmas = cli_run_ok (fixture, "leave", "add", "PC1234", "--from", "2026-12-20",
                          "--to", "2026-12-28", "--reason", "annual leave", NULL);
  g_assert_cmpstr (christmas, ==,
                   "Leave 1 for PC1234: away from Sun 20 Dec 2026 00:00 until Mon 28 Dec 2026 "
                   "00:00 (annual leave)\n");
  court = cli_run_ok (fixture, "leave", "add", "PC1234", "--from", "2027-03-29T09:30",
                      "--to", "2027-03-29T16:00", NULL);
  g_assert_cmpstr (court, ==,
                   "Leave 2 for PC1234: away from Mon 29 Mar 2027 09:30 until Mon 29 Mar 2027 "
                   "16:00\n");

  json = cli_run_ok (fixture, "leave", "list", "PC1234", "--json", NULL);
  root = cli_parse_json (json);
  absences = cli_json_array_of (root);
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
  cli_assert_member_null (absence, "reason");

  text = cli_run_ok (fixture, "leave", "list", "PC1234", NULL);
  g_assert_cmpstr (text, ==,
                   "ID  FROM              UNTIL             REASON\n"
                   "1   2026-12-20T00:00  2026-12-28T00:00  annual leave\n"
                   "2   2027-03-29T09:30  2027-03-29T16:00  —\n");
}

/* Text stored before Hubrota refused hidden characters, or by another program, is shown, not
 * sent raw to the terminal: an escape sequence would clear the screen or retitle the window,
 * a right-to-left override turn the line round, a stray byte garble it. JSON stays exact. */
static void
test_leave_stored_controls_shown (CliFixture    *fixture,
                                  gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  g_autofree char *named = NULL;
  g_autoptr(JsonNode) root = NULL;

  cli_fixture_copy_of (fixture, cli_add_officer);
  added = cli_run_ok (fixture, "leave", "add", "PC1234", "--from", "2026-12-20",
                      "--to", "2026-12-28", "--reason", "annual leave", NULL);
  cli_fixture_exec_sql (fixture,
                        "UPDATE absence SET reason = 'sick' || char (27) || '[2J' || "
                        "char (27) || ']0;owned' || char (7) || char (8238) || 'x';"
                        "UPDATE officer SET name = 'Grace' || CAST (X'FF' AS TEXT) || 'Okafor'");

  text = cli_run_ok (fixture, "leave", "list", "PC1234", NULL);
  g_assert_cmpstr (text, ==,
                   "ID  FROM              UNTIL             REASON\n"
                   "1   2026-12-20T00:00  2026-12-28T00:00  "
                   "sick<U+001B>[2J<U+001B>]0;owned<U+0007><U+202E>x\n");
  named = cli_run_ok (fixture, "officer", "list", NULL);
  g_assert_nonnull (strstr (named, "Grace\xef\xbf\xbdOkafor"));
  g_assert_null (strchr (named, '\xff'));
  json = cli_run_ok (fixture, "leave", "list", "PC1234", "--json", NULL);
  g_assert_nonnull (strstr (json, "\"sick\\u001b[2J\\u001b]0;owned\\u0007\xe2\x80\xaex\""));
  root = cli_parse_json (json);
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (cli_json_array_of (root), 0), "reason"), ==,
                   "sick\x1b[2J\x1b]0;owned\x07\xe2\x80\xaex");
}

/* rosters, editing duty, leavers */

static void
test_duty_roster (CliFixture    *fixture,
                  gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *shifts;
  JsonObject *duty;

  cli_fixture_copy_of (fixture, cli_add_officer);
  added = cli_run_ok (fixture, "duty", "add", "PC1234", "--cycle", "10", "--start", "2026-12-07",
                      "--shifts", "E E L L N N R R R R", "--shift", "E=07:00+10h",
                      "--shift", "L=14:00+10h", "--shift", "N=22:00+10h", NULL);
  g_assert_cmpstr (added, ==,
                   "Duty 1 for PC1234: 10-day cycle from Mon 7 Dec 2026: 07:00+10h 07:00+10h "
                   "14:00+10h 14:00+10h 22:00+10h 22:00+10h R R R R\n");
  json = cli_run_ok (fixture, "duty", "list", "PC1234", "--json", NULL);
  root = cli_parse_json (json);
  duty = json_array_get_object_element (cli_json_array_of (root), 0);
  g_assert_cmpuint (json_object_get_size (duty), ==, 8);
  g_assert_cmpstr (json_object_get_string_member (duty, "start"), ==, "2026-12-07T00:00:00+00:00");
  g_assert_cmpint (json_object_get_int_member (duty, "cycle_days"), ==, 10);
  shifts = json_object_get_array_member (duty, "shifts");
  g_assert_cmpuint (json_array_get_length (shifts), ==, 10);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (shifts, 4),
                                                  "start"), ==, "22:00");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (shifts, 4),
                                               "duration_minutes"), ==, 600);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_array_get_element (shifts, 6)));

  text = cli_run_ok (fixture, "duty", "list", "PC1234", NULL);
  g_assert_cmpstr (text, ==,
                   "ID  START       LENGTH  WORKS                                             "
                   "                                                     RULE\n"
                   "1   2026-12-07  —       10-day cycle from Mon 7 Dec 2026: 07:00+10h 07:00+10h"
                   " 14:00+10h 14:00+10h 22:00+10h 22:00+10h R R R R  roster\n");
}

/* Only what is given changes; a pattern becomes a roster and a roster a pattern. */
static void
test_duty_edit (CliFixture    *fixture,
                gconstpointer  data)
{
  g_autofree char *start = NULL;
  g_autofree char *shifts = NULL;
  g_autofree char *back = NULL;
  g_autofree char *roster = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *none = NULL;

  cli_fixture_copy_of (fixture, cli_add_officer);
  g_free (cli_run_ok (fixture, "duty", "add", "PC1234", "--start", "2026-12-07T08:00",
                      "--duration", "8h", "--rrule", "FREQ=WEEKLY;BYDAY=MO,TU", NULL));
  start = cli_run_ok (fixture, "duty", "edit", "1", "--start", "2026-12-08T07:00", NULL);
  g_assert_cmpstr (start, ==, "Duty 1 for PC1234: Every Monday and Tuesday, 07:00–15:00, "
                              "from 8 December 2026\n");
  roster = cli_run_ok (fixture, "duty", "edit", "1", "--start", "2026-12-09", "--shifts",
                       "06:00+8h,R,N", "--shift", "N=21:30+9h30m", NULL);
  g_assert_cmpstr (roster, ==, "Duty 1 for PC1234: 3-day cycle from Wed 9 Dec 2026: 06:00+8h R "
                               "21:30+9h30m\n");
  shifts = cli_run_ok (fixture, "duty", "edit", "1", "--start", "2026-12-10", NULL);
  g_assert_cmpstr (shifts, ==, "Duty 1 for PC1234: 3-day cycle from Thu 10 Dec 2026: 06:00+8h R "
                               "21:30+9h30m\n");
  back = cli_run_ok (fixture, "duty", "edit", "1", "--start", "2026-12-11T09:00", "--duration",
                     "4h", "--rrule", "FREQ=DAILY", NULL);
  g_assert_cmpstr (back, ==, "Duty 1 for PC1234: Every day, 09:00–13:00, from 11 December 2026\n");
  removed = cli_run_ok (fixture, "duty", "remove", "1", NULL);
  g_assert_cmpstr (removed, ==, "Removed duty 1.\n");
  none = cli_run_ok (fixture, "duty", "list", "PC1234", NULL);
  g_assert_cmpstr (none, ==, "PC1234 has no duty yet; add it with ‘hubrota-cli duty add’.\n");
}

/* The openings from the date are listed and taken off; the earlier one stays. */
static void
test_officer_retire (CliFixture    *fixture,
                     gconstpointer  data)
{
  g_autofree char *preview = NULL;
  g_autofree char *retired = NULL;
  g_autofree char *again = NULL;
  g_autofree char *list = NULL;
  g_autofree char *json = NULL;
  g_autofree char *cleared = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *officer;
  const char *days[] = { "2026-12-05", "2026-12-12", "2026-12-19" };
  g_auto(CliResult) refused = { 0, };

  cli_fixture_copy_of (fixture, cli_add_officer);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    g_free (cli_run_ok (fixture, "assign", "PC1234", "bedford-library", "--date", days[i],
                        "--force", NULL));
  preview = cli_run_ok (fixture, "officer", "retire", "PC1234", "--on", "2026-12-12",
                        "--dry-run", NULL);
  g_assert_cmpstr (preview, ==, "PC1234 would be taken off 2 openings:\n"
                                "  Sat 12 Dec 2026 10:00–13:00  bedford-library\n"
                                "  Sat 19 Dec 2026 10:00–13:00  bedford-library\n");
  retired = cli_run_ok (fixture, "officer", "retire", "PC1234", "--on", "2026-12-12", NULL);
  g_assert_cmpstr (retired, ==, "PC1234 leaves on Sat 12 Dec 2026; taken off 2 openings:\n"
                                "  Sat 12 Dec 2026 10:00–13:00  bedford-library\n"
                                "  Sat 19 Dec 2026 10:00–13:00  bedford-library\n");
  again = cli_run_ok (fixture, "officer", "retire", "PC1234", "--on", "2026-12-12", NULL);
  g_assert_cmpstr (again, ==,
                   "PC1234 leaves on Sat 12 Dec 2026; they were on no opening from then on.\n");
  json = cli_run_ok (fixture, "officer", "list", "--json", NULL);
  root = cli_parse_json (json);
  officer = json_array_get_object_element (cli_json_array_of (root), 0);
  g_assert_cmpstr (json_object_get_string_member (officer, "leaving_date"), ==, "2026-12-12");
  list = cli_run_ok (fixture, "occurrences", "--from", "2026-12-05", "--to", "2026-12-19",
                     "--json", NULL);
  g_assert_nonnull (strstr (list, "PC1234"));
  g_assert_null (strstr (strstr (list, "PC1234") + 1, "PC1234"));

  /* Putting them back on after the date is an on-leave error, so refused. */
  cli_run (fixture, &refused, "assign", "PC1234", "bedford-library", "--date", "2026-12-19",
           NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.out, "on-leave"));
  g_assert_nonnull (strstr (refused.out, "(left on 12 Dec 2026)"));

  cleared = cli_run_ok (fixture, "officer", "retire", "PC1234", "--clear", NULL);
  g_assert_cmpstr (cleared, ==, "PC1234 is no longer leaving.\n");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  cli_test_add ("/cli/officer/add-list-json", NULL, test_officer_add_list_json, TRUE);
  cli_test_add ("/cli/officer/list-text", NULL, test_officer_list_text, TRUE);
  cli_test_add ("/cli/officer/import", NULL, test_officer_import, TRUE);
  cli_test_add ("/cli/officer/import-bad-rows", NULL, test_officer_import_bad_rows, TRUE);
  cli_test_add ("/cli/officer/import-duplicate", NULL, test_officer_import_duplicate, FALSE);
  cli_test_add ("/cli/officer/import-bad-file", NULL, test_officer_import_bad_file, TRUE);
  cli_test_add ("/cli/duty/add-list", NULL, test_duty_add_list, TRUE);
  cli_test_add ("/cli/leave/add-list", NULL, test_leave_add_list, TRUE);
  cli_test_add ("/cli/leave/stored-controls-shown", NULL, test_leave_stored_controls_shown,
                FALSE);
  cli_test_add ("/cli/duty/roster", NULL, test_duty_roster, TRUE);
  cli_test_add ("/cli/duty/edit", NULL, test_duty_edit, TRUE);
  cli_test_add ("/cli/officer/retire", NULL, test_officer_retire, TRUE);

  return cli_test_run ();
}
