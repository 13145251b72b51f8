/* cli-test-util.c: what the CLI test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <sqlite3.h>

#include "cli-test-util.h"

void
cli_result_clear (CliResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

void
cli_fixture_set_up (CliFixture    *fixture,
                    gconstpointer  data)
{
  fixture->dir = test_util_make_temp_dir ("hubrota-cli-XXXXXX");
  fixture->db = g_build_filename (fixture->dir, "test.db", NULL);
}

void
cli_fixture_tear_down (CliFixture    *fixture,
                       gconstpointer  data)
{
  test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->db, g_free);
}

/* Built databases, one per builder, kept until cli_test_run () ends. */
typedef struct
{
  CliBuilder build;
  CliFixture fixture;
} Template;

static GArray *templates;

static const CliFixture *
template_for (CliBuilder build)
{
  Template built = { build, { NULL, NULL } };

  if (templates == NULL)
    templates = g_array_new (FALSE, FALSE, sizeof (Template));
  for (guint i = 0; i < templates->len; i++)
    if (g_array_index (templates, Template, i).build == build)
      return &g_array_index (templates, Template, i).fixture;

  cli_fixture_set_up (&built.fixture, NULL);
  build (&built.fixture);
  g_array_append_val (templates, built);
  return &g_array_index (templates, Template, templates->len - 1).fixture;
}

void
cli_fixture_copy_of (CliFixture *fixture,
                     CliBuilder  build)
{
  /* Every CLI run closes the database, which checkpoints and removes the WAL; a WAL left by a
   * run that crashed is copied too, so the copy holds exactly what the template holds. */
  static const char * const suffixes[] = { "", "-wal" };
  const CliFixture *template = template_for (build);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (template->db, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (fixture->db, suffixes[i], NULL);
      g_autoptr(GFile) source = g_file_new_for_path (from);
      g_autoptr(GFile) destination = g_file_new_for_path (to);
      g_autoptr(GError) error = NULL;

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_file_copy (source, destination, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
}

static gboolean
leaks_checked (void)
{
  return g_strcmp0 (g_getenv ("HUBROTA_TEST_CLI_LEAKS"), "1") == 0;
}

void
cli_test_add (const char    *path,
              gconstpointer  data,
              void         (*test) (CliFixture *, gconstpointer),
              gboolean       leak_checked)
{
  if (leak_checked || !leaks_checked ())
    g_test_add (path, CliFixture, data, cli_fixture_set_up, test, cli_fixture_tear_down);
}

int
cli_test_run (void)
{
  int status = g_test_run ();

  for (guint i = 0; templates != NULL && i < templates->len; i++)
    cli_fixture_tear_down (&g_array_index (templates, Template, i).fixture, NULL);
  g_clear_pointer (&templates, g_array_unref);
  return status;
}

/* What the CLI's environment adds to ours. ASAN_OPTIONS is read left to right, so an
 * appended detect_leaks=0 wins over the Makefile's detect_leaks=1; a build without
 * AddressSanitizer ignores it. */
static void
set_environment (GSubprocessLauncher *launcher,
                 const char          *tz)
{
  /* The text output is checked word for word, in English. */
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  if (tz != NULL)
    g_subprocess_launcher_setenv (launcher, "TZ", tz, TRUE);
  if (!leaks_checked ())
    {
      const char *asan = g_getenv ("ASAN_OPTIONS");
      g_autofree char *options = g_strconcat (asan != NULL ? asan : "",
                                              asan != NULL && *asan != '\0' ? ":" : "",
                                              "detect_leaks=0", NULL);
      g_subprocess_launcher_setenv (launcher, "ASAN_OPTIONS", options, TRUE);
    }
}

static GSubprocess *
spawn_with (CliFixture         *fixture,
            const char         *tz,
            const char * const *prefix,
            const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  for (guint i = 0; prefix != NULL && prefix[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) prefix[i]);
  g_ptr_array_add (argv, (char *) HUBROTA_CLI_PATH);
  g_ptr_array_add (argv, (char *) "--database");
  g_ptr_array_add (argv, fixture->db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  set_environment (launcher, tz);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  return process;
}

static GSubprocess *
spawn (CliFixture         *fixture,
       const char         *tz,
       const char * const *args)
{
  return spawn_with (fixture, tz, NULL, args);
}

GSubprocess *
cli_spawn (CliFixture         *fixture,
           const char * const *args)
{
  return spawn (fixture, NULL, args);
}

void
cli_finish (GSubprocess *process,
            CliResult   *result)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  result->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process)
                                                        : -1;
}

void
cli_run_argv_tz (CliFixture         *fixture,
                 const char         *tz,
                 const char * const *args,
                 CliResult          *result)
{
  g_autoptr(GSubprocess) process = spawn (fixture, tz, args);

  cli_finish (process, result);
}

void
cli_run_argv_unprivileged (CliFixture         *fixture,
                           const char * const *args,
                           CliResult          *result)
{
  const char * const as_nobody[] = {
    "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", NULL
  };
  g_autoptr(GSubprocess) process = spawn_with (fixture, NULL,
                                               geteuid () == 0 ? as_nobody : NULL, args);

  cli_finish (process, result);
}

gboolean
cli_can_run_unprivileged (CliFixture *fixture)
{
  const char * const help[] = { "--help", NULL };
  g_auto(CliResult) probe = { 0, };

  cli_run_argv_unprivileged (fixture, help, &probe);
  if (probe.status != 0)
    g_test_skip ("an unprivileged user cannot run the CLI from this build folder");
  return probe.status == 0;
}

void
cli_run_argv (CliFixture         *fixture,
              const char * const *args,
              CliResult          *result)
{
  cli_run_argv_tz (fixture, NULL, args, result);
}

static GPtrArray *
collect_args (va_list ap)
{
  GPtrArray *args = g_ptr_array_new ();
  const char *arg;

  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  g_ptr_array_add (args, NULL);
  return args;
}

void
cli_run (CliFixture *fixture,
         CliResult  *result,
         ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, result);
  args = collect_args (ap);
  va_end (ap);
  cli_run_argv (fixture, (const char * const *) args->pdata, result);
}

char *
cli_run_ok (CliFixture *fixture,
            ...)
{
  g_autoptr(GPtrArray) args = NULL;
  g_auto(CliResult) result = { 0, };
  va_list ap;

  va_start (ap, fixture);
  args = collect_args (ap);
  va_end (ap);
  cli_run_argv (fixture, (const char * const *) args->pdata, &result);
  cli_assert_ok (&result);
  return g_steal_pointer (&result.out);
}

void
cli_assert_ok (const CliResult *result)
{
  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpint (result->status, ==, 0);
}

void
cli_assert_one_line_error (const CliResult *result,
                           int              status,
                           const char      *mentions)
{
  const char *newline = strchr (result->err, '\n');

  g_assert_true (g_str_has_prefix (result->err, "hubrota-cli: "));
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline, ==, "\n");
  g_assert_nonnull (strstr (result->err, mentions));
  g_assert_cmpstr (result->out, ==, "");
  g_assert_cmpint (result->status, ==, status);
}

JsonNode *
cli_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

JsonArray *
cli_json_array_of (JsonNode *node)
{
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  return json_node_get_array (node);
}

void
cli_assert_member_null (JsonObject *object,
                        const char *member)
{
  g_assert_true (json_object_has_member (object, member));
  g_assert_true (json_object_get_null_member (object, member));
}

JsonArray *
cli_steal_occurrences (JsonNode   **out_root,
                       CliFixture  *fixture,
                       const char  *from,
                       const char  *to)
{
  g_autofree char *json = cli_run_ok (fixture, "occurrences", "--from", from, "--to", to,
                                      "--json", NULL);

  *out_root = cli_parse_json (json);
  return cli_json_array_of (*out_root);
}

void
cli_assert_occurrence (JsonArray  *occurrences,
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

char *
cli_rules_found (CliFixture *fixture,
                 const char *from,
                 const char *to,
                 int         expected_status)
{
  g_auto(CliResult) result = { 0, };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  JsonArray *findings;

  cli_run (fixture, &result, "check", "--from", from, "--to", to, "--json", NULL);
  g_assert_cmpint (result.status, ==, expected_status);
  root = cli_parse_json (result.out);
  findings = cli_json_array_of (root);
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (findings, i),
                                                      "rule");
      if (!g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
        g_ptr_array_add (ids, (gpointer) id);
    }
  g_ptr_array_sort (ids, test_util_compare_strings);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "", (char *) g_ptr_array_index (ids, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

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

/* Read straight from SQLite rather than through a run of each listing command: that was eight
 * runs a case, too slow under AddressSanitizer, and this also sees what no listing shows. */
char *
cli_snapshot (CliFixture *fixture)
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

void
cli_fixture_exec_sql (CliFixture *fixture,
                      const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->db, &db, SQLITE_OPEN_READWRITE, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

char *
cli_write_file (CliFixture *fixture,
                const char *name,
                const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

void
cli_add_bedford (CliFixture *fixture)
{
  g_autofree char *created = cli_run_ok (fixture, "init", NULL);
  g_autofree char *beat = cli_run_ok (fixture, "beat", "add", "castle", "--name", "Castle Ward",
                                      NULL);
  g_autofree char *hub = cli_run_ok (fixture, "hub", "add", "bedford-library",
                                     "--name", "Bedford Central Library", "--beat", "castle",
                                     "--address", "Harpur Street, Bedford",
                                     "--postcode", "mk40 1pg",
                                     "--lat", "52.1373", "--lon", "-0.4665",
                                     "--description", "Crime reports and advice", NULL);
  g_autofree char *id = cli_run_ok (fixture, "slot", "add", "bedford-library",
                                    "--start", "2026-12-05T10:00", "--duration", "3h",
                                    "--rrule", "FREQ=WEEKLY;BYDAY=SA", NULL);

  g_assert_cmpstr (id, ==, "1\n");
}

void
cli_add_officer (CliFixture *fixture)
{
  g_autofree char *added = NULL;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  added = cli_run_ok (fixture, "officer", "add", "PC1234", "--name", "Grace Okafor",
                      "--role", "PC", "--beat", "castle", "--weekly-hours", "40", NULL);
  g_assert_cmpstr (added, ==, "");
}
