/* hubrota-store.c: the Hubrota database, one SQLite file
 *
 * The store owns the connection: foreign keys on, WAL journal, a busy timeout, cached
 * statements with bound parameters, and a schema versioned by PRAGMA user_version that
 * migrates forward in one transaction. A file from a newer Hubrota is refused untouched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hubrota-london.h"
#include "hubrota-store-private.h"

/* "HRot": marks a file as Hubrota's, so we never migrate someone else's SQLite database. */
#define HUBROTA_APPLICATION_ID 0x48526f74
#define BUSY_TIMEOUT_MS 5000

struct _HubrotaStore
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
  GHashTable *statements;  /* SQL text → sqlite3_stmt */
  guint transaction_depth;
};

G_DEFINE_FINAL_TYPE (HubrotaStore, hubrota_store, G_TYPE_OBJECT)

/* Migration N takes a database from user_version N to N + 1. Append, never edit. */
static const char *migrations[] = {
  /* 1: beats and hubs */
  "CREATE TABLE beat ("
  "  slug TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL CHECK (name <> '')"
  ");"
  "CREATE TABLE hub ("
  "  slug TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  beat TEXT NOT NULL REFERENCES beat (slug),"
  "  address TEXT NOT NULL DEFAULT '',"
  "  postcode TEXT NOT NULL DEFAULT '',"
  "  latitude REAL CHECK (latitude BETWEEN -90 AND 90),"
  "  longitude REAL CHECK (longitude BETWEEN -180 AND 180),"
  "  description TEXT NOT NULL DEFAULT '',"
  "  CHECK ((latitude IS NULL) = (longitude IS NULL))"
  ");"
  "CREATE INDEX hub_beat ON hub (beat);",

  /* 2: opening series and their exceptions. An opening is named for good by its series
   * and the local date the series first put it on (original_date). */
  "CREATE TABLE series ("
  "  id INTEGER PRIMARY KEY,"
  "  hub TEXT NOT NULL REFERENCES hub (slug) ON DELETE CASCADE,"
  "  start_local TEXT NOT NULL,"
  "  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),"
  "  rrule TEXT,"
  "  min_officers INTEGER NOT NULL DEFAULT 1 CHECK (min_officers >= 0)"
  ");"
  "CREATE INDEX series_hub ON series (hub);"
  "CREATE TABLE series_exception ("
  "  series INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,"
  "  original_date TEXT NOT NULL,"
  "  cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),"
  "  reason TEXT,"
  "  moved_start_local TEXT,"
  "  moved_minutes INTEGER CHECK (moved_minutes BETWEEN 1 AND 1440),"
  "  PRIMARY KEY (series, original_date),"
  "  CHECK ((moved_start_local IS NULL) = (moved_minutes IS NULL))"
  ");"
  "CREATE INDEX series_exception_moved ON series_exception (moved_start_local)"
  "  WHERE moved_start_local IS NOT NULL;",

  /* 3: officers, their duty and absences, hotspots, abstraction limits and assignments.
   * An assignment is to one opening (series + original_date) or to a whole series; a row
   * in assignment with assigned = 0 takes one opening out of a whole-series assignment. */
  "ALTER TABLE beat ADD COLUMN abstraction_limit REAL NOT NULL DEFAULT 10"
  "  CHECK (abstraction_limit BETWEEN 0 AND 100);"
  "CREATE TABLE hotspot ("
  "  slug TEXT PRIMARY KEY NOT NULL,"
  "  beat TEXT NOT NULL REFERENCES beat (slug) ON DELETE CASCADE,"
  "  name TEXT NOT NULL CHECK (name <> '')"
  ");"
  "CREATE INDEX hotspot_beat ON hotspot (beat);"
  "CREATE TABLE officer ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  role TEXT NOT NULL CHECK (role IN ('PC', 'PCSO', 'SC', 'SGT', 'VOL')),"
  "  beat TEXT REFERENCES beat (slug),"
  "  weekly_hours REAL NOT NULL DEFAULT 0 CHECK (weekly_hours BETWEEN 0 AND 168)"
  ");"
  "CREATE INDEX officer_beat ON officer (beat);"
  "CREATE TABLE duty ("
  "  id INTEGER PRIMARY KEY,"
  "  officer TEXT NOT NULL REFERENCES officer (id) ON DELETE CASCADE,"
  "  start_local TEXT NOT NULL,"
  "  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),"
  "  rrule TEXT"
  ");"
  "CREATE INDEX duty_officer ON duty (officer);"
  "CREATE TABLE absence ("
  "  id INTEGER PRIMARY KEY,"
  "  officer TEXT NOT NULL REFERENCES officer (id) ON DELETE CASCADE,"
  "  start_local TEXT NOT NULL,"
  "  end_local TEXT NOT NULL CHECK (end_local > start_local),"
  "  reason TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX absence_officer ON absence (officer);"
  "CREATE TABLE series_assignment ("
  "  officer TEXT NOT NULL REFERENCES officer (id) ON DELETE CASCADE,"
  "  series INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (officer, series)"
  ") WITHOUT ROWID;"
  "CREATE TABLE assignment ("
  "  officer TEXT NOT NULL REFERENCES officer (id) ON DELETE CASCADE,"
  "  series INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,"
  "  original_date TEXT NOT NULL,"
  "  assigned INTEGER NOT NULL DEFAULT 1 CHECK (assigned IN (0, 1)),"
  "  PRIMARY KEY (officer, series, original_date)"
  ") WITHOUT ROWID;"
  "CREATE INDEX assignment_series ON assignment (series, original_date);",

  /* 4: a revision for each exception, for the iCalendar SEQUENCE and LAST-MODIFIED of the
   * opening; restoring an opening now neutralises its row instead of deleting it, so the
   * count keeps rising. */
  "ALTER TABLE series_exception ADD COLUMN sequence INTEGER NOT NULL DEFAULT 1"
  "  CHECK (sequence >= 1);"
  "ALTER TABLE series_exception ADD COLUMN modified_utc TEXT;",

  /* 5: each officer's private feed token, the secret part of their calendar's URL. */
  "ALTER TABLE officer ADD COLUMN feed_token TEXT;"
  "CREATE UNIQUE INDEX officer_feed_token ON officer (feed_token);",

  /* 6: archived hubs (kept for their history, gone from the rota and the feeds), and a
   * revision for each hub and series: changing where a hub is or when a series opens raises
   * it, and it adds to every opening's SEQUENCE so subscribed calendars take the change. */
  "ALTER TABLE hub ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));"
  "ALTER TABLE hub ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0);"
  "ALTER TABLE hub ADD COLUMN modified_utc TEXT;"
  "ALTER TABLE series ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0);"
  "ALTER TABLE series ADD COLUMN modified_utc TEXT;",

  /* 7: series ids are never given out twice. An opening's calendar UID is its series id and
   * date, so a new series under a removed one's id would reuse UIDs with a lower SEQUENCE,
   * and calendars would keep the stale copy. (Rebuilding the table with AUTOINCREMENT would
   * mean switching foreign keys off; one counter row does the same.) */
  "CREATE TABLE series_id_counter (next_id INTEGER NOT NULL);"
  "INSERT INTO series_id_counter SELECT coalesce (max (id), 0) + 1 FROM series;",

  /* 8: rotating rosters and leavers. A roster is a duty row with cycle_days set: its
   * start_local is 00:00 on the cycle's day 0, its duration_minutes (which the table
   * requires) is 1440 and unused, and each day of the cycle that is not rest has a
   * duty_shift row (a local start and a length). An officer who leaves has a leaving_date:
   * from 00:00 that day they are gone from the rota. */
  "ALTER TABLE duty ADD COLUMN cycle_days INTEGER CHECK (cycle_days BETWEEN 1 AND 70);"
  "CREATE TABLE duty_shift ("
  "  duty INTEGER NOT NULL REFERENCES duty (id) ON DELETE CASCADE,"
  "  day INTEGER NOT NULL CHECK (day BETWEEN 0 AND 69),"
  "  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),"
  "  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),"
  "  PRIMARY KEY (duty, day)"
  ") WITHOUT ROWID;"
  "ALTER TABLE officer ADD COLUMN leaving_date TEXT;",

  /* 9: the openings of a period across all hubs (the week view, a check, an export) read the
   * one-opening assignments by original date, and one hub's or one series' openings read the
   * whole-series assignments by series (their key starts with the officer); without these
   * indexes each reads every row. */
  "CREATE INDEX assignment_original_date ON assignment (original_date);"
  "CREATE INDEX series_assignment_series ON series_assignment (series);",

  /* 10: every series has the time it last changed, which is now each opening's DTSTAMP in
   * the feeds (so an unchanged feed is the same to the byte); a series made before this had
   * none until it was edited, and takes the time of the upgrade. */
  "UPDATE series SET modified_utc = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
  "  WHERE modified_utc IS NULL;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == HUBROTA_STORE_SCHEMA_VERSION);

static void
hubrota_store_finalize (GObject *object)
{
  HubrotaStore *self = (HubrotaStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (hubrota_store_parent_class)->finalize (object);
}

static void
hubrota_store_class_init (HubrotaStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hubrota_store_finalize;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
hubrota_store_init (HubrotaStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
}

static int
error_code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return HUBROTA_STORE_ERROR_BUSY;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return HUBROTA_STORE_ERROR_READ_ONLY;
    case SQLITE_FULL:
      return HUBROTA_STORE_ERROR_FULL;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return HUBROTA_STORE_ERROR_NOT_DATABASE;
    case SQLITE_CONSTRAINT:
      return HUBROTA_STORE_ERROR_INVALID;
    default:
      return HUBROTA_STORE_ERROR_FAILED;
    }
}

gboolean
_hubrota_store_set_error (HubrotaStore *self, int rc, GError **error)
{
  int code = error_code_for (rc);
  const char *path = self->path;

  switch (code)
    {
    case HUBROTA_STORE_ERROR_BUSY:
      g_set_error (error, HUBROTA_STORE_ERROR, code,
                   _("the database %s is locked by another program; try again in a moment"),
                   path);
      break;
    case HUBROTA_STORE_ERROR_READ_ONLY:
      g_set_error (error, HUBROTA_STORE_ERROR, code,
                   _("the database %s cannot be written: the file or its folder is read-only"),
                   path);
      break;
    case HUBROTA_STORE_ERROR_FULL:
      g_set_error (error, HUBROTA_STORE_ERROR, code,
                   _("the disk holding %s is full; nothing was changed"), path);
      break;
    case HUBROTA_STORE_ERROR_NOT_DATABASE:
      g_set_error (error, HUBROTA_STORE_ERROR, code,
                   _("%s is not a Hubrota database, or it is damaged"), path);
      break;
    default:
      /* Translators: the first %s is the database's file, the second SQLite's own
       * (English) description of what went wrong. */
      g_set_error (error, HUBROTA_STORE_ERROR, code, _("database error in %s: %s"),
                   path, self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
    }
  return FALSE;
}

HubrotaStatement *
_hubrota_store_prepare (HubrotaStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _hubrota_store_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

char *
_hubrota_store_explain (HubrotaStore *self, const char *sql, GError **error)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(GString) plan = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, explain, -1, &stmt, NULL);

  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_string_append_printf (plan, "%s%s", plan->len > 0 ? "\n" : "",
                            _hubrota_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _hubrota_store_set_error (self, rc, error);
      return NULL;
    }
  return g_string_free (g_steal_pointer (&plan), FALSE);
}

gboolean
_hubrota_store_run (HubrotaStore *self, HubrotaStatement *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _hubrota_store_set_error (self, rc, error);
  return TRUE;
}

/* What is wrong with the row being read, if anything: the from_row functions cannot fail, so
 * they note it here (per thread: readers run in worker threads) and whoever asked for the
 * row refuses it (_hubrota_store_check_row ()). */
static GPrivate row_problem = G_PRIVATE_INIT (g_free);

static void
note_damage (sqlite3_stmt *stmt, int column, const char *table, gboolean with_time)
{
  const char *text = _hubrota_column_text (stmt, column);
  const char *key = _hubrota_column_text (stmt, 0);
  const char *name = sqlite3_column_name (stmt, column);
  char *problem;

  if (g_private_get (&row_problem) != NULL)
    return;
  if (text == NULL)
    text = "";
  if (with_time)
    /* Translators: the first %s is a table of the database ("duty"), the second the key of
     * its row, the third the column's name ("start_local") and the fourth what the column
     * holds: "the database is damaged: duty 7 has start_local ‘2026-13-01T10:00’, which is
     * not a date and time". The table and column names are the database's own. */
    problem = g_strdup_printf (_("the database is damaged: %s %s has %s ‘%s’, which is not a "
                                 "date and time"), table, key, name, text);
  else
    /* Translators: as "the database is damaged: … which is not a date and time", for a
     * column that holds a date. */
    problem = g_strdup_printf (_("the database is damaged: %s %s has %s ‘%s’, which is not a "
                                 "date"), table, key, name, text);
  g_private_set (&row_problem, problem);
}

GDateTime *
_hubrota_column_local (sqlite3_stmt *stmt, int column, const char *table)
{
  const char *text = _hubrota_column_text (stmt, column);
  GDateTime *time = text != NULL ? hubrota_london_parse_datetime (text, NULL) : NULL;

  if (time != NULL)
    return time;
  note_damage (stmt, column, table, TRUE);
  /* A stand-in, so the row can be finished; it is thrown away with the row. */
  return g_date_time_new_from_unix_utc (0);
}

GDate *
_hubrota_column_date (sqlite3_stmt *stmt, int column, const char *table)
{
  const char *text = _hubrota_column_text (stmt, column);
  GDate *date = text != NULL ? hubrota_london_parse_date (text, NULL) : NULL;

  if (date != NULL)
    return date;
  note_damage (stmt, column, table, FALSE);
  return g_date_new_dmy (1, 1, HUBROTA_FIRST_YEAR);
}

gboolean
_hubrota_store_check_row (GError **error)
{
  char *problem = g_private_get (&row_problem);

  if (problem == NULL)
    return TRUE;
  g_set_error_literal (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_DAMAGED, problem);
  g_private_replace (&row_problem, NULL);
  return FALSE;
}

GPtrArray *
_hubrota_store_collect (HubrotaStore      *self,
                        HubrotaStatement  *stmt,
                        gpointer         (*from_row) (sqlite3_stmt *stmt),
                        GError           **error)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (objects, from_row (stmt));
      if (!_hubrota_store_check_row (error))
        return NULL;
    }
  if (rc != SQLITE_DONE)
    {
      _hubrota_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&objects);
}

static gboolean
exec (HubrotaStore *self, const char *sql, GError **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _hubrota_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
_hubrota_store_exec (HubrotaStore *self, const char *sql, GError **error)
{
  return exec (self, sql, error);
}

/* Nested calls become savepoints, so a public function that runs in its own transaction
 * can also be part of a larger one (the demo data, an import). The outermost transaction
 * is IMMEDIATE: in WAL mode that takes the write lock up front, waiting out the busy
 * timeout, rather than failing halfway through. */
static gboolean
begin (HubrotaStore *self, const char *outermost, GError **error)
{
  g_autofree char *sql = NULL;

  if (self->transaction_depth == 0)
    sql = g_strdup (outermost);
  else
    sql = g_strdup_printf ("SAVEPOINT nested_%u", self->transaction_depth);
  if (!exec (self, sql, error))
    return FALSE;
  self->transaction_depth++;
  return TRUE;
}

gboolean
_hubrota_store_begin (HubrotaStore *self, GError **error)
{
  return begin (self, "BEGIN IMMEDIATE", error);
}

/* A transaction that only reads takes no write lock (and works on a read-only file); it
 * still sees one snapshot of the database throughout. */
gboolean
_hubrota_store_begin_read (HubrotaStore *self, GError **error)
{
  return begin (self, "BEGIN DEFERRED", error);
}

gboolean
_hubrota_store_commit (HubrotaStore *self, GError **error)
{
  g_autofree char *sql = NULL;

  g_assert (self->transaction_depth > 0);
  if (self->transaction_depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE nested_%u", self->transaction_depth - 1);
  if (!exec (self, sql, error))
    {
      _hubrota_store_rollback (self);
      return FALSE;
    }
  self->transaction_depth--;
  return TRUE;
}

void
_hubrota_store_rollback (HubrotaStore *self)
{
  g_autofree char *sql = NULL;

  g_assert (self->transaction_depth > 0);
  if (self->transaction_depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO nested_%u; RELEASE nested_%u",
                           self->transaction_depth - 1, self->transaction_depth - 1);
  /* A failed ROLLBACK means SQLite already rolled the transaction back itself. */
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  self->transaction_depth--;
}

gboolean
_hubrota_store_fail (HubrotaStore *self)
{
  _hubrota_store_rollback (self);
  return FALSE;
}

char *
_hubrota_store_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gint64
_hubrota_store_last_id (HubrotaStore *self)
{
  return sqlite3_last_insert_rowid (self->db);
}

static gboolean
read_pragma_int (HubrotaStore *self, const char *pragma, int *out, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return _hubrota_store_set_error (self, rc, error);
  return TRUE;
}

/* Changes when another connection (another process, or a reader's thread) commits a write;
 * this connection's own writes leave it as it is. */
gboolean
_hubrota_store_get_data_version (HubrotaStore *self, int *out_version, GError **error)
{
  return read_pragma_int (self, "data_version", out_version, error);
}

static gboolean
has_tables (HubrotaStore *self, gboolean *out, GError **error)
{
  int count = 0;
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return _hubrota_store_set_error (self, rc, error);
  *out = count > 0;
  return TRUE;
}

/* Refuses, before anything is written, a file that is not ours or is from a newer Hubrota. */
static gboolean
check_ownership (HubrotaStore *self, int version, GError **error)
{
  int application_id = 0;
  gboolean tables = FALSE;

  if (version > HUBROTA_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_TOO_NEW,
                   /* Translators: %s is the database's file; the numbers are versions of
                    * its layout ("schema 12; this version reads up to 10"). */
                   _("%s was written by a newer version of Hubrota (schema %d; this version "
                     "reads up to %d); update Hubrota to open it"),
                   self->path, version, HUBROTA_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (!read_pragma_int (self, "application_id", &application_id, error) ||
      !has_tables (self, &tables, error))
    return FALSE;
  if ((application_id != 0 && application_id != HUBROTA_APPLICATION_ID) ||
      (application_id == 0 && tables))
    {
      g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_DATABASE,
                   _("%s is an SQLite database of another program, not a Hubrota database"),
                   self->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (HubrotaStore *self, GError **error)
{
  int version = 0;
  g_autofree char *stamp = NULL;

  if (!_hubrota_store_begin (self, error))
    return FALSE;
  /* Read again inside the write lock: another process may have migrated meanwhile. */
  if (!read_pragma_int (self, "user_version", &version, error) ||
      !check_ownership (self, version, error))
    return _hubrota_store_fail (self);

  for (int v = version; v < HUBROTA_STORE_SCHEMA_VERSION; v++)
    {
      g_debug ("Migrating %s from schema %d to %d", self->path, v, v + 1);
      if (!exec (self, migrations[v], error))
        return _hubrota_store_fail (self);
    }
  stamp = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d",
                           HUBROTA_STORE_SCHEMA_VERSION, HUBROTA_APPLICATION_ID);
  if (version < HUBROTA_STORE_SCHEMA_VERSION && !exec (self, stamp, error))
    return _hubrota_store_fail (self);
  return _hubrota_store_commit (self, error);
}

/* A new database holds names, leave reasons and feed tokens: it is made readable by its owner
 * only (0600), whatever the umask, and SQLite gives its -wal and -shm files the same mode. */
static gboolean
create_private_file (const char *path, GError **error)
{
  int fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  int saved;

  if (fd < 0 && errno == EEXIST)
    return TRUE;
  if (fd < 0 || fchmod (fd, 0600) != 0)
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_READ_ONLY,
                   /* Translators: the first %s is a file, the second why (from the system). */
                   _("cannot create the database %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* A reader of a WAL database needs its -shm file, and creates it if it is not there. In a
 * folder this user cannot write, with no -wal file beside the database (closing the last
 * connection removes both), SQLite is told the file is immutable and reads it without locks:
 * a read-only folder is taken to hold a database nobody is changing. */
static gboolean
must_read_as_immutable (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  return g_access (folder, W_OK) != 0 && !g_file_test (wal, G_FILE_TEST_EXISTS) &&
         !g_file_test (shm, G_FILE_TEST_EXISTS);
}

static int
open_read_only (HubrotaStore *self)
{
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;

  if (!must_read_as_immutable (self->path))
    return sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READONLY, NULL);
  escaped = g_uri_escape_string (self->path, "/", FALSE);
  uri = g_strdup_printf ("file:%s?immutable=1", escaped);
  return sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
}

static gboolean
make_folder (const char *path, GError **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int saved;

  if (g_mkdir_with_parents (folder, 0700) == 0)
    return TRUE;
  saved = errno;
  g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_READ_ONLY,
               /* Translators: the first %s is a folder, the second why (from the system). */
               _("cannot create the folder %s: %s"), folder, g_strerror (saved));
  return FALSE;
}

static gboolean
open_connection (HubrotaStore *self, HubrotaStoreOpenFlags flags, GError **error)
{
  gboolean create = (flags & HUBROTA_STORE_OPEN_CREATE) != 0;
  int rc;

  if (g_file_test (self->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_DATABASE,
                   _("%s is a folder, not a Hubrota database"), self->path);
      return FALSE;
    }
  if (create && (!make_folder (self->path, error) || !create_private_file (self->path, error)))
    return FALSE;
  if (!create && !g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NO_DATABASE,
                   /* Translators: both %s are the same file; keep the command as it is. */
                   _("there is no database at %s; create one with ‘hubrota-cli --database %s "
                     "init’"),
                   self->path, self->path);
      return FALSE;
    }

  if ((flags & HUBROTA_STORE_OPEN_READ_ONLY) != 0)
    rc = open_read_only (self);
  else
    rc = sqlite3_open_v2 (self->path, &self->db,
                          SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0), NULL);
  if (rc != SQLITE_OK)
    return _hubrota_store_set_error (self, rc, error);
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  return exec (self, "PRAGMA foreign_keys = ON", error);
}

/* Only a command that writes may bring an older file up to date. */
static gboolean
check_not_too_old (HubrotaStore *self, int version, GError **error)
{
  if (version >= HUBROTA_STORE_SCHEMA_VERSION)
    return TRUE;
  g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_TOO_OLD,
               /* Translators: both %s are the database's file, the numbers versions of its
                * layout; keep the command as it is. */
               _("%s was written by an older version of Hubrota (schema %d; this version "
                 "reads %d) and must be updated before it can be read; "
                 "‘hubrota-cli --database %s init’ updates it"), self->path, version,
               HUBROTA_STORE_SCHEMA_VERSION, self->path);
  return FALSE;
}

char *
hubrota_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "hubrota", "hubrota.db", NULL);
}

HubrotaStore *
hubrota_store_open (const char             *path,
                    HubrotaStoreOpenFlags   flags,
                    GError                **error)
{
  g_autoptr(HubrotaStore) self = NULL;
  int version = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  g_return_val_if_fail ((flags & HUBROTA_STORE_OPEN_CREATE) == 0 ||
                        (flags & HUBROTA_STORE_OPEN_READ_ONLY) == 0, NULL);

  if (!open_connection (self, flags, error))
    return NULL;
  /* Look before touching: switching to WAL already writes to the file. */
  if (!read_pragma_int (self, "user_version", &version, error) ||
      !check_ownership (self, version, error))
    return NULL;
  /* A file with nothing in it (as `touch` leaves) becomes a database only when asked to. */
  if (version == 0 && (flags & HUBROTA_STORE_OPEN_CREATE) == 0)
    {
      g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_DATABASE,
                   /* Translators: both %s are the same file; keep the command as it is. */
                   _("%s is empty, not a Hubrota database; ‘hubrota-cli --database %s init’ "
                     "makes one"), path, path);
      return NULL;
    }
  if ((flags & HUBROTA_STORE_OPEN_READ_ONLY) != 0)
    return check_not_too_old (self, version, error) ? g_steal_pointer (&self) : NULL;
  if (!exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", error))
    return NULL;
  /* Up to date, the file is only read: no write transaction, so opening it never waits for a
   * program that is writing (WAL lets readers and one writer go on together). */
  if (version < HUBROTA_STORE_SCHEMA_VERSION && !migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
hubrota_store_get_path (HubrotaStore *self)
{
  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);
  return self->path;
}
