/* cli-test-util.h: what the CLI test programs share
 *
 * Each program drives hubrota-cli as a subprocess, exactly as a user or a script would, on a
 * database of its own in a temporary folder. A failing command must say what is wrong on
 * exactly one line of stderr and leave the database as it was; "as it was" is checked by
 * comparing every row of every table before and after, which unlike the file's bytes does not
 * depend on when SQLite checkpoints its WAL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "test-util.h"

G_BEGIN_DECLS

typedef struct
{
  char *dir;
  char *db;
} CliFixture;

typedef struct
{
  int status;   /* the exit status, or -1 if the CLI died of a signal */
  char *out;
  char *err;
} CliResult;

void cli_result_clear (CliResult *result);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliResult, cli_result_clear)

/* A new temporary folder; the database in it does not exist yet. */
void cli_fixture_set_up (CliFixture    *fixture,
                         gconstpointer  data);
void cli_fixture_tear_down (CliFixture    *fixture,
                            gconstpointer  data);

/* Builds a database with hubrota-cli commands. */
typedef void (*CliBuilder) (CliFixture *fixture);

/* Gives the fixture a copy of the database build makes. The first call in a program runs build
 * in a folder of its own and keeps the result; later ones only copy the file, which is what
 * keeps the CLI tests quick under AddressSanitizer, where every process costs tens of
 * milliseconds. */
void cli_fixture_copy_of (CliFixture *fixture,
                          CliBuilder  build);

/* Registers a test on a fresh CliFixture. Under HUBROTA_TEST_CLI_LEAKS=1 (the ASan build's
 * leak-checked runs) only the tests with leak_checked set are registered, and every process
 * they start is leak-checked; otherwise all are registered and none of the processes is, as
 * LeakSanitizer at exit triples a process's page faults. */
void cli_test_add (const char    *path,
                   gconstpointer  data,
                   void         (*test) (CliFixture *, gconstpointer),
                   gboolean       leak_checked);

/* g_test_run (), then removes the databases cli_fixture_copy_of () built. */
int cli_test_run (void);

/* Starts the CLI on the fixture's database without waiting; cli_finish () then waits and
 * collects what it printed. */
GSubprocess *cli_spawn (CliFixture         *fixture,
                        const char * const *args);
void cli_finish (GSubprocess *process,
                 CliResult   *result);
/* Runs `hubrota-cli --database DB args…` with TZ set to tz (NULL: as the test runs). */
void cli_run_argv_tz (CliFixture         *fixture,
                      const char         *tz,
                      const char * const *args,
                      CliResult          *result);
/* As cli_run_argv (), as a user without root's right to write anywhere: when the tests run as
 * root, through setpriv as nobody (who must be able to reach the CLI and the database). */
void cli_run_argv_unprivileged (CliFixture         *fixture,
                                const char * const *args,
                                CliResult          *result);
/* Whether cli_run_argv_unprivileged () can run the CLI at all (nobody may not reach a build
 * folder under /root); a test that needs it skips itself when not. */
gboolean cli_can_run_unprivileged (CliFixture *fixture);
void cli_run_argv (CliFixture         *fixture,
                   const char * const *args,
                   CliResult          *result);
void cli_run (CliFixture *fixture,
              CliResult  *result,
              ...) G_GNUC_NULL_TERMINATED;

/* Runs a command that must succeed (cli_assert_ok ()) and returns its stdout. */
char *cli_run_ok (CliFixture *fixture,
                  ...) G_GNUC_NULL_TERMINATED;

/* Success is exit 0 and nothing at all on stderr (a leak report would land there too). */
void cli_assert_ok (const CliResult *result);

/* Exit status, nothing on stdout, and one line on stderr naming the problem. */
void cli_assert_one_line_error (const CliResult *result,
                                int              status,
                                const char      *mentions);

JsonNode *cli_parse_json (const char *text);
JsonArray *cli_json_array_of (JsonNode *node);
void cli_assert_member_null (JsonObject *object,
                             const char *member);

/* `occurrences --from --to --json`, parsed: the root goes in *out_root. */
JsonArray *cli_steal_occurrences (JsonNode   **out_root,
                                  CliFixture  *fixture,
                                  const char  *from,
                                  const char  *to);
void cli_assert_occurrence (JsonArray  *occurrences,
                            guint       index,
                            const char *start,
                            const char *end,
                            const char *status);

/* The rule ids of `check --json`, sorted and without repeats, joined by spaces. */
char *cli_rules_found (CliFixture *fixture,
                       const char *from,
                       const char *to,
                       int         expected_status);

/* Every row of every table, as one string to compare before and after a command. */
char *cli_snapshot (CliFixture *fixture);

/* Runs sql straight on the fixture's database, as another program (or an older Hubrota) would
 * write it: for states the CLI itself refuses to make. */
void cli_fixture_exec_sql (CliFixture *fixture,
                           const char *sql);

/* Writes a file into the test's folder and returns its path. */
char *cli_write_file (CliFixture *fixture,
                      const char *name,
                      const char *contents);

/* The scenes most tests start from, each a CliBuilder for cli_fixture_copy_of (). */

/* The Castle Ward beat, Bedford Central Library on it, open Saturdays 10:00–13:00 from
 * 5 December 2026 (series 1). */
void cli_add_bedford (CliFixture *fixture);

/* cli_add_bedford () and PC1234 Grace Okafor, posted to Castle, 40 hours a week. */
void cli_add_officer (CliFixture *fixture);

G_END_DECLS
