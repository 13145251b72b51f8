/* test-bad-files.c: bad files, through hubrota-cli
 *
 * The other half of the bad-input catalogue (the first, bad command lines, is
 * test-bad-input.c): a database that is not one, is cut short, is newer than this Hubrota, is
 * read-only or locked, and officers' CSV files that are wrong in every way a spreadsheet can
 * make them. Each case asserts the exit status, the message naming the problem, and that the
 * database file is byte-identical afterwards (its SHA-256 before and after).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cli-test-util.h"

typedef void (*Spoil) (CliFixture *fixture);

typedef struct
{
  const char *name;
  Spoil spoil;              /* turns the Bedford database into the bad file; NULL: leaves it */
  const char *csv;          /* written to officers.csv, which @CSV@ in args names; or NULL */
  gsize csv_length;         /* 0: strlen (csv) */
  const char *mentions;     /* the message must contain this */
  const char *args[12];
} BadFile;

#define HUB_LIST "hub", "list", NULL
#define HUB_ADD "hub", "add", "kempston", "--name", "Kempston Library", "--beat", "castle", NULL
#define IMPORT "officer", "import", "@CSV@", NULL
#define HEADER "id,name,role,beat,weekly_hours\n"

static void
replace_database (CliFixture *fixture, const char *contents, gsize length)
{
  g_assert_true (g_file_set_contents (fixture->db, contents, (gssize) length, NULL));
}

static void
make_text (CliFixture *fixture)
{
  const char text[] = "SLUG,NAME\nbedford-library,Bedford Central Library\n";

  replace_database (fixture, text, strlen (text));
}

/* The first 3,000 bytes of a real database: SQLite's header is there, most pages are not. */
static void
make_truncated (CliFixture *fixture)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (fixture->db, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 3000);
  replace_database (fixture, contents, 3000);
}

static void
make_empty (CliFixture *fixture)
{
  replace_database (fixture, "", 0);
}

static void
make_newer (CliFixture *fixture)
{
  cli_fixture_exec_sql (fixture, "PRAGMA user_version = 99");
}

static void
make_folder (CliFixture *fixture)
{
  g_assert_cmpint (g_unlink (fixture->db), ==, 0);
  g_assert_cmpint (g_mkdir (fixture->db, 0700), ==, 0);
}

/* Two megabytes of name on one line. */
static char *
huge_csv (void)
{
  GString *csv = g_string_new (HEADER "PC1,");

  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (csv, 'A');
  g_string_append (csv, ",PC,castle,40\n");
  return g_string_free (csv, FALSE);
}

static const char utf16[] = "\xff\xfei\0d\0,\0n\0a\0m\0e\0\n\0";
static const char nul[] = HEADER "PC1,Grace\0Okafor,PC,castle,40\n";
static const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xd8";

static const BadFile bad_files[] = {
  { "not-sqlite-list", make_text, NULL, 0, "is not a Hubrota database, or it is damaged",
    { HUB_LIST } },
  { "not-sqlite-add", make_text, NULL, 0, "is not a Hubrota database, or it is damaged",
    { HUB_ADD } },
  { "truncated-list", make_truncated, NULL, 0, "is not a Hubrota database, or it is damaged",
    { HUB_LIST } },
  { "truncated-add", make_truncated, NULL, 0, "is not a Hubrota database, or it is damaged",
    { HUB_ADD } },
  { "empty-add", make_empty, NULL, 0, "is empty, not a Hubrota database", { HUB_ADD } },
  { "newer-schema-list", make_newer, NULL, 0,
    "was written by a newer version of Hubrota (schema 99;", { HUB_LIST } },
  { "newer-schema-add", make_newer, NULL, 0,
    "was written by a newer version of Hubrota (schema 99;", { HUB_ADD } },
  { "newer-schema-import", make_newer, HEADER "PC1,Grace Okafor,PC,castle,40\n", 0,
    "was written by a newer version of Hubrota (schema 99;", { IMPORT } },
  { "folder-list", make_folder, NULL, 0, "is a folder, not a Hubrota database", { HUB_LIST } },
  { "folder-init", make_folder, NULL, 0, "is a folder, not a Hubrota database",
    { "init", NULL } },
  { "csv-empty", NULL, "", 0, "the file is empty; it needs the header", { IMPORT } },
  { "csv-wrong-header", NULL, "collar,name,role,beat,weekly_hours\nPC1,A,PC,castle,40\n", 0,
    "line 1: unknown column ‘collar’", { IMPORT } },
  { "csv-no-name-column", NULL, "id,role\nPC1,PC\n", 0, "the header has no ‘name’ column",
    { IMPORT } },
  { "csv-nul-byte", NULL, nul, sizeof nul - 1, "line 2 contains a NUL byte", { IMPORT } },
  { "csv-utf16", NULL, utf16, sizeof utf16 - 1, "the file is UTF-16 text; save it as CSV in UTF-8",
    { IMPORT } },
  { "csv-binary", NULL, binary, sizeof binary - 1, "line 1 is not valid UTF-8", { IMPORT } },
  { "csv-missing-file", NULL, NULL, 0, "/nonexistent/officers.csv",
    { "officer", "import", "/nonexistent/officers.csv", NULL } },
};

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return g_strdup ("a folder");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* args with @CSV@ replaced by path. */
static GPtrArray *
expand_args (const char * const *args, const char *path)
{
  GPtrArray *expanded = g_ptr_array_new ();

  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (expanded, (char *) (g_str_equal (args[i], "@CSV@") ? path : args[i]));
  g_ptr_array_add (expanded, NULL);
  return expanded;
}

static void
test_bad_file (CliFixture    *fixture,
               gconstpointer  data)
{
  const BadFile *bad = data;
  g_autofree char *csv = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GPtrArray) args = NULL;
  g_auto(CliResult) result = { 0, };

  cli_fixture_copy_of (fixture, cli_add_bedford);
  if (bad->spoil != NULL)
    bad->spoil (fixture);
  if (bad->csv != NULL)
    {
      const char *contents = bad->csv;
      gsize length = bad->csv_length > 0 ? bad->csv_length : strlen (bad->csv);

      csv = g_build_filename (fixture->dir, "officers.csv", NULL);
      g_assert_true (g_file_set_contents (csv, contents, (gssize) length, NULL));
    }
  args = expand_args (bad->args, csv);
  before = file_checksum (fixture->db);
  cli_run_argv (fixture, (const char * const *) args->pdata, &result);
  cli_assert_one_line_error (&result, 1, bad->mentions);
  after = file_checksum (fixture->db);
  g_assert_cmpstr (after, ==, before);
}

/* A refused import names the file, then each bad row on a line of its own. */
static void
test_huge_line (CliFixture    *fixture,
                gconstpointer  data)
{
  g_autofree char *contents = huge_csv ();
  g_autofree char *csv = cli_write_file (fixture, "officers.csv", contents);
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *expected = NULL;
  g_auto(CliResult) result = { 0, };

  cli_fixture_copy_of (fixture, cli_add_bedford);
  before = file_checksum (fixture->db);
  cli_run (fixture, &result, "officer", "import", csv, NULL);
  expected = g_strdup_printf ("hubrota-cli: %s: nothing was imported: 1 row is wrong\n"
                              "  line 2: the name of the officer ‘PC1’ is longer than 200 "
                              "characters\n", csv);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpstr (result.err, ==, expected);
  after = file_checksum (fixture->db);
  g_assert_cmpstr (after, ==, before);
}

/* Another program holds the write lock for longer than Hubrota waits (5 s). */
static void
test_locked (CliFixture    *fixture,
             gconstpointer  data)
{
  const char * const add[] = { HUB_ADD };
  g_autofree char *before = NULL, *after = NULL;
  g_auto(CliResult) result = { 0, };
  sqlite3 *db = NULL;

  cli_fixture_copy_of (fixture, cli_add_bedford);
  before = file_checksum (fixture->db);
  g_assert_cmpint (sqlite3_open_v2 (fixture->db, &db, SQLITE_OPEN_READWRITE, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  cli_run_argv (fixture, add, &result);
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  cli_assert_one_line_error (&result, 1, "is locked by another program; try again in a moment");
  after = file_checksum (fixture->db);
  g_assert_cmpstr (after, ==, before);
}

/* A read-only file in a folder that can be written: reading works, writing says why not. As
 * root, who may write anything, the command runs as nobody. */
static void
test_read_only_file (CliFixture    *fixture,
                     gconstpointer  data)
{
  const char * const add[] = { HUB_ADD };
  g_autofree char *before = NULL, *after = NULL;
  g_auto(CliResult) result = { 0, };

  cli_fixture_copy_of (fixture, cli_add_bedford);
  if (!cli_can_run_unprivileged (fixture))
    return;
  before = file_checksum (fixture->db);
  g_assert_cmpint (g_chmod (fixture->dir, 0777), ==, 0);
  g_assert_cmpint (g_chmod (fixture->db, 0444), ==, 0);
  cli_run_argv_unprivileged (fixture, add, &result);
  g_assert_cmpint (g_chmod (fixture->db, 0600), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
  cli_assert_one_line_error (&result, 1,
                             "cannot be written: the file or its folder is read-only");
  after = file_checksum (fixture->db);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strconcat ("/bad-file/", bad_files[i].name, NULL);
      cli_test_add (path, &bad_files[i], test_bad_file, i < 4);
    }
  cli_test_add ("/bad-file/csv-huge-line", NULL, test_huge_line, FALSE);
  cli_test_add ("/bad-file/locked", NULL, test_locked, FALSE);
  cli_test_add ("/bad-file/read-only-file", NULL, test_read_only_file, FALSE);

  return cli_test_run ();
}
