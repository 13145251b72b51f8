/* hubrota-store-officers.c: officers, and importing them from a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "hubrota-csv.h"
#include "hubrota-london.h"
#include "hubrota-store-private.h"
#include "hubrota-store-sql.h"

#define MAX_COLLAR_LENGTH 16
#define MAX_WEEKLY_HOURS 168.0

static const char *csv_columns[] = { "id", "name", "role", "beat", "weekly_hours" };
enum { COLUMN_ID, COLUMN_NAME, COLUMN_ROLE, COLUMN_BEAT, COLUMN_WEEKLY_HOURS, N_COLUMNS };

/* Collar numbers appear on shoulders, in calendars and on the command line: letters and
 * digits only ("PC1234", "7021"). */
static gboolean
check_collar_number (const char *id, GError **error)
{
  size_t length = strlen (id);

  if (length == 0 || length > MAX_COLLAR_LENGTH)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "a collar number must be 1 to %d character long",
                                        "a collar number must be 1 to %d characters long",
                                        MAX_COLLAR_LENGTH), MAX_COLLAR_LENGTH);
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             _("the collar number ‘%s’ may hold only letters and digits"), id);
  return TRUE;
}

gboolean
_hubrota_store_officer_exists (HubrotaStore *self, const char *id, GError **error)
{
  gboolean found = FALSE;

  if (!_hubrota_store_row_exists (self, HUBROTA_SQL_OFFICER_EXISTS, id, &found, error))
    return FALSE;
  if (!found)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           /* Translators: %s is an officer's collar number ("PC1234"). */
                           _("unknown officer ‘%s’"), id);
  return TRUE;
}

/* What adding and updating both require of an officer's fields. */
static gboolean
check_officer_fields (HubrotaStore *self, HubrotaOfficer *officer, GError **error)
{
  const char *id = hubrota_officer_get_id (officer);
  const char *beat = hubrota_officer_get_beat (officer);
  double hours = hubrota_officer_get_weekly_hours (officer);

  if (!check_collar_number (id, error) ||
      !_hubrota_store_check_name ("officer", id, hubrota_officer_get_name (officer), error))
    return FALSE;
  if (!isfinite (hours) || hours < 0 || hours > MAX_WEEKLY_HOURS)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           /* Translators: %.0f is the most hours in a week, 168. */
                           _("weekly hours must be between 0 and %.0f"), MAX_WEEKLY_HOURS);
  if (beat != NULL && !_hubrota_store_beat_exists (self, beat, error))
    return FALSE;
  return TRUE;
}

static gboolean
check_officer (HubrotaStore *self, HubrotaOfficer *officer, GError **error)
{
  const char *id = hubrota_officer_get_id (officer);
  gboolean found = FALSE;

  if (!check_officer_fields (self, officer, error))
    return FALSE;
  if (!_hubrota_store_row_exists (self, HUBROTA_SQL_OFFICER_EXISTS, id, &found, error))
    return FALSE;
  if (found)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_EXISTS,
                           _("there is already an officer ‘%s’"), id);
  return TRUE;
}

gboolean
hubrota_store_add_officer (HubrotaStore    *self,
                           HubrotaOfficer  *officer,
                           GError         **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer), FALSE);

  if (!check_officer (self, officer, error))
    return FALSE;
  stmt = _hubrota_store_prepare (self,
                                 "INSERT INTO officer (id, name, role, beat, weekly_hours)"
                                 " VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hubrota_officer_get_id (officer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, hubrota_officer_get_name (officer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, hubrota_role_to_string (hubrota_officer_get_role (officer)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, hubrota_officer_get_beat (officer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 5, hubrota_officer_get_weekly_hours (officer));
  return _hubrota_store_run (self, stmt, error);
}

gboolean
hubrota_store_update_officer (HubrotaStore    *self,
                              HubrotaOfficer  *officer,
                              GError         **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  const char *id;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer), FALSE);

  /* The collar number names the row: it is checked for existence, never rewritten. */
  id = hubrota_officer_get_id (officer);
  if (!check_officer_fields (self, officer, error) ||
      !_hubrota_store_officer_exists (self, id, error))
    return FALSE;
  stmt = _hubrota_store_prepare (self,
                                 "UPDATE officer SET name = ?, role = ?, beat = ?, weekly_hours = ?"
                                 " WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hubrota_officer_get_name (officer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, hubrota_role_to_string (hubrota_officer_get_role (officer)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, hubrota_officer_get_beat (officer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 4, hubrota_officer_get_weekly_hours (officer));
  sqlite3_bind_text (stmt, 5, id, -1, SQLITE_TRANSIENT);
  return _hubrota_store_run (self, stmt, error);
}

/* A gpointer, for _hubrota_store_collect. */
static gpointer
officer_from_row (sqlite3_stmt *stmt)
{
  HubrotaRole role = HUBROTA_ROLE_PC;

  HubrotaOfficer *officer;

  /* The CHECK constraint on officer.role keeps this to the known names. */
  if (!hubrota_role_from_string (_hubrota_column_text (stmt, 2), &role))
    g_assert_not_reached ();
  officer = hubrota_officer_new (_hubrota_column_text (stmt, 0), _hubrota_column_text (stmt, 1),
                                 role, _hubrota_column_text (stmt, 3),
                                 sqlite3_column_double (stmt, 4));
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    {
      g_autoptr(GDate) leaving = _hubrota_column_date (stmt, 5, "officer");
      hubrota_officer_set_leaving_date (officer, leaving);
    }
  return officer;
}

static GPtrArray *
query_officers (HubrotaStore *self, const char *id, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  stmt = _hubrota_store_prepare (self, id != NULL ? HUBROTA_SQL_OFFICER_ONE
                                                  : HUBROTA_SQL_OFFICERS_ALL, error);
  if (stmt == NULL)
    return NULL;
  if (id != NULL)
    sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  return _hubrota_store_collect (self, stmt, officer_from_row, error);
}

HubrotaOfficer *
hubrota_store_get_officer (HubrotaStore  *self,
                           const char    *id,
                           GError       **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  found = query_officers (self, id, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND, _("unknown officer ‘%s’"), id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

GPtrArray *
hubrota_store_list_officers (HubrotaStore  *self,
                             GError       **error)
{
  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);
  return query_officers (self, NULL, error);
}

/* Maps each known column to its place in the file's header, or -1. */
static gboolean
read_header (HubrotaCsvRecord *header, int *positions, GError **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    positions[c] = -1;
  for (int i = 0; header->fields[i] != NULL; i++)
    {
      g_autofree char *copy = g_strdup (header->fields[i]);
      g_autofree char *name = g_ascii_strdown (g_strstrip (copy), -1);
      guint c;

      for (c = 0; c < N_COLUMNS && strcmp (name, csv_columns[c]) != 0; c++)
        ;
      if (c == N_COLUMNS)
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               /* Translators: a line of the file and the name of a column in
                                * it. The header's column names are the file's own: keep them
                                * as they are. */
                               _("line %u: unknown column ‘%s’; the header must be "
                                 "id,name,role,beat,weekly_hours"), header->line,
                               header->fields[i]);
      if (positions[c] >= 0)
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               /* Translators: a line of the file and the name of a column. */
                               _("line %u: the column ‘%s’ appears twice"), header->line, name);
      positions[c] = i;
    }
  for (guint c = COLUMN_ID; c <= COLUMN_ROLE; c++)
    if (positions[c] < 0)
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             /* Translators: a line of the file and the name of a column
                              * ("role"), which is the file's own word. */
                             _("line %u: the header has no ‘%s’ column"), header->line,
                             csv_columns[c]);
  return TRUE;
}

/* The trimmed field of a column, "" when the column is missing or the row is short. */
static char *
field (HubrotaCsvRecord *record, const int *positions, int column)
{
  int position = positions[column];

  if (position < 0 || (guint) position >= g_strv_length (record->fields))
    return g_strdup ("");
  return g_strstrip (g_strdup (record->fields[position]));
}

static guint
record_width (HubrotaCsvRecord *record)
{
  return g_strv_length (record->fields);
}

static HubrotaOfficer *
officer_from_record (HubrotaCsvRecord *record, const int *positions, guint n_header_fields,
                     GError **error)
{
  g_autofree char *id = field (record, positions, COLUMN_ID);
  g_autofree char *name = field (record, positions, COLUMN_NAME);
  g_autofree char *role_text = field (record, positions, COLUMN_ROLE);
  g_autofree char *beat = field (record, positions, COLUMN_BEAT);
  g_autofree char *hours_text = field (record, positions, COLUMN_WEEKLY_HOURS);
  HubrotaRole role;
  double hours = 0;
  char *end = NULL;

  if (!hubrota_role_from_string (role_text, &role))
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                      /* Translators: PC, PCSO, SC, SGT and VOL are the roles as the file
                       * writes them; keep them as they are. */
                      _("‘%s’ is not a role (PC, PCSO, SC, SGT or VOL)"), role_text);
      return NULL;
    }
  if (record_width (record) > n_header_fields)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                      g_dngettext (GETTEXT_PACKAGE,
                                   /* Translators: how many fields the row has, then how many
                                    * the header has (fewer). */
                                   "the row has %u field but the header only %u",
                                   "the row has %u fields but the header only %u",
                                   record_width (record)),
                      record_width (record), n_header_fields);
      return NULL;
    }
  if (*hours_text != '\0')
    {
      /* Plain decimals only, as a spreadsheet writes them: no hex, exponents or "inf". */
      hours = g_ascii_strtod (hours_text, &end);
      if (*end != '\0' || end == hours_text || hours_text[strspn (hours_text, "0123456789.")] != '\0')
        {
          _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                          _("weekly hours ‘%s’ is not a number"), hours_text);
          return NULL;
        }
    }
  return hubrota_officer_new (id, name, role, *beat != '\0' ? beat : NULL, hours);
}

/* A bad row in the import's report: "line 4: ‘Constable’ is not a role …". */
static char *
format_problem (guint line, const char *why)
{
  /* Translators: a bad row in the report of an import: the line of the file, then what is
   * wrong with it. hubrota_import_report_split () finds each row by the text before the
   * number and between the number and the reason, so keep the number before the reason. */
  return g_strdup_printf (C_("import report", "line %u: %s"), line, why);
}

/* Checks and inserts one row; on failure appends "\nline N: why" to problems. */
static gboolean
import_record (HubrotaStore *self, HubrotaCsvRecord *record, const int *positions,
               guint n_header_fields, GString *problems, GError **error)
{
  g_autoptr(HubrotaOfficer) officer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *problem = NULL;

  officer = officer_from_record (record, positions, n_header_fields, &local_error);
  if (officer != NULL)
    hubrota_store_add_officer (self, officer, &local_error);
  if (local_error == NULL)
    return TRUE;
  /* A row that is merely wrong is reported and the rest still checked; a failing
   * database (full disk, lock) stops the import. */
  if (local_error->code != HUBROTA_STORE_ERROR_INVALID &&
      local_error->code != HUBROTA_STORE_ERROR_EXISTS &&
      local_error->code != HUBROTA_STORE_ERROR_NOT_FOUND)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  problem = format_problem (record->line, local_error->message);
  g_string_append_printf (problems, "\n%s", problem);
  return TRUE;
}

/* "\n(?=line [0-9]+: )" in English: a line break that starts a row of the report, in the
 * words format_problem () gives a row in the language it speaks now. */
static GRegex *
row_start_regex (void)
{
  g_autofree char *sample = format_problem (987654321, "\x01");
  const char *number = strstr (sample, "987654321");
  const char *why = number != NULL ? strchr (number + 9, '\x01') : NULL;
  g_autofree char *before = NULL;
  g_autofree char *between = NULL;
  g_autofree char *pattern = NULL;

  /* A translation that puts the reason first cannot be told from a line break inside one. */
  if (why == NULL)
    return g_regex_new ("\n(?=line [0-9]+: )", 0, 0, NULL);
  before = g_regex_escape_string (sample, (int) (number - sample));
  between = g_regex_escape_string (number + 9, (int) (why - number - 9));
  pattern = g_strdup_printf ("\n(?=%s[0-9]+%s)", before, between);
  return g_regex_new (pattern, 0, 0, NULL);
}

GStrv
hubrota_import_report_split (const char *message)
{
  g_autoptr(GRegex) row_start = row_start_regex ();
  GStrv parts;

  g_return_val_if_fail (message != NULL, NULL);

  parts = g_regex_split (row_start, message, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    g_strdelimit (parts[i], "\r\n", ' ');
  return parts;
}

typedef struct
{
  GCancellable          *cancellable;
  HubrotaImportProgress  progress;
  gpointer               user_data;
} ImportWatch;

/* Inserts every row inside the caller's transaction; problems collects the bad ones. */
static gboolean
import_records (HubrotaStore *self, GPtrArray *records, const ImportWatch *watch,
                GString *problems, guint *out_bad, GError **error)
{
  int positions[N_COLUMNS];

  if (records->len == 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           /* Translators: the header's column names are the file's own: keep
                            * them as they are. */
                           _("the file is empty; it needs the header "
                             "id,name,role,beat,weekly_hours"));
  if (!read_header (g_ptr_array_index (records, 0), positions, error))
    return FALSE;
  *out_bad = 0;
  for (guint i = 1; i < records->len; i++)
    {
      guint before = problems->len;
      if (!import_record (self, g_ptr_array_index (records, i), positions,
                          record_width (g_ptr_array_index (records, 0)), problems, error))
        return FALSE;
      if (problems->len != before)
        (*out_bad)++;
      if (g_cancellable_set_error_if_cancelled (watch->cancellable, error))
        return FALSE;
      if (watch->progress != NULL)
        watch->progress (i, records->len - 1, watch->user_data);
    }
  return TRUE;
}

static gboolean
import_officers (HubrotaStore *self, const char *csv, gsize length, const ImportWatch *watch,
                 guint *out_imported, GError **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  guint bad = 0;

  records = hubrota_csv_parse (csv, length, error);
  if (records == NULL || !_hubrota_store_begin (self, error))
    return FALSE;
  if (!import_records (self, records, watch, problems, &bad, error))
    return _hubrota_store_fail (self);
  if (bad > 0)
    {
      g_autofree char *headline = NULL;

      _hubrota_store_rollback (self);
      headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "nothing was imported: %u row is wrong",
                                               "nothing was imported: %u rows are wrong", bad),
                                  bad);
      /* The headline, then a line for each bad row. */
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "%s%s", headline,
                             problems->str);
    }
  if (!_hubrota_store_commit (self, error))
    return FALSE;
  if (out_imported != NULL)
    *out_imported = records->len - 1;
  return TRUE;
}

gboolean
hubrota_store_import_officers (HubrotaStore  *self,
                               const char    *csv,
                               gsize          length,
                               guint         *out_imported,
                               GError       **error)
{
  ImportWatch watch = { NULL, NULL, NULL };

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);

  return import_officers (self, csv, length, &watch, out_imported, error);
}

gboolean
hubrota_store_import_officers_full (HubrotaStore           *self,
                                    const char             *csv,
                                    gsize                   length,
                                    HubrotaImportProgress   progress,
                                    gpointer                user_data,
                                    guint                  *out_imported,
                                    GError                **error)
{
  ImportWatch watch = { NULL, progress, user_data };

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);

  return import_officers (self, csv, length, &watch, out_imported, error);
}

/* Importing in a thread, with a connection of its own (as hubrota_rota_load_async does), so
 * a big file never blocks the window. Progress crosses to the caller's main context at most
 * about a hundred times, however many rows there are. */

typedef struct
{
  char                  *path;
  GBytes                *csv;
  GMainContext          *context;
  HubrotaImportProgress  progress;
  gpointer               user_data;
  guint                  last_sent;
  guint                  imported;
} ImportData;

typedef struct
{
  GTask *task;
  guint  done;
  guint  total;
} ImportProgressCall;

static void
import_data_free (gpointer data)
{
  ImportData *import = data;

  g_free (import->path);
  g_bytes_unref (import->csv);
  g_main_context_unref (import->context);
  g_free (import);
}

static gboolean
report_progress_cb (gpointer data)
{
  ImportProgressCall *call = data;
  ImportData *import = g_task_get_task_data (call->task);

  /* A report queued before the end arrives after it only when the caller's loop was busy;
   * the caller has heard the result by then, so the stale report is dropped. */
  if (!g_task_get_completed (call->task))
    import->progress (call->done, call->total, import->user_data);
  return G_SOURCE_REMOVE;
}

static void
import_progress_call_free (gpointer data)
{
  ImportProgressCall *call = data;

  g_object_unref (call->task);
  g_free (call);
}

static void
import_progress_in_thread (guint done, guint total, gpointer user_data)
{
  GTask *task = user_data;
  ImportData *import = g_task_get_task_data (task);
  /* Every 1% of the rows, but at least every 200 rows, and always the last one. */
  guint step = CLAMP (total / 100, 1, 200);
  ImportProgressCall *call;

  if (done != total && done - import->last_sent < step)
    return;
  import->last_sent = done;
  call = g_new0 (ImportProgressCall, 1);
  call->task = g_object_ref (task);
  call->done = done;
  call->total = total;
  g_main_context_invoke_full (import->context, G_PRIORITY_DEFAULT, report_progress_cb, call,
                              import_progress_call_free);
}

static void
import_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ImportData *import = task_data;
  g_autoptr(HubrotaStore) store = NULL;
  ImportWatch watch = { cancellable, NULL, task };
  GError *error = NULL;
  gsize length = 0;
  const char *csv = g_bytes_get_data (import->csv, &length);

  if (import->progress != NULL)
    watch.progress = import_progress_in_thread;
  store = hubrota_store_open (import->path, HUBROTA_STORE_OPEN_DEFAULT, &error);
  if (store == NULL ||
      !import_officers (store, csv != NULL ? csv : "", length, &watch, &import->imported, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

void
hubrota_officer_import_async (const char            *db_path,
                              GBytes                *csv,
                              GCancellable          *cancellable,
                              HubrotaImportProgress  progress,
                              gpointer               progress_data,
                              GAsyncReadyCallback    callback,
                              gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *import;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (csv != NULL);

  import = g_new0 (ImportData, 1);
  import->path = g_strdup (db_path);
  import->csv = g_bytes_ref (csv);
  import->context = g_main_context_ref_thread_default ();
  import->progress = progress;
  import->user_data = progress_data;

  task = g_task_new (NULL, cancellable, callback, user_data);
  /* An import cancelled after it committed reports what it imported, not "cancelled". */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_source_tag (task, hubrota_officer_import_async);
  g_task_set_task_data (task, import, import_data_free);
  g_task_run_in_thread (task, import_in_thread);
}

gboolean
hubrota_officer_import_finish (GAsyncResult  *result,
                               guint         *out_imported,
                               GError       **error)
{
  ImportData *import;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  import = g_task_get_task_data (G_TASK (result));
  if (out_imported != NULL)
    *out_imported = import->imported;
  return TRUE;
}

#define FEED_TOKEN_BYTES 24

/* getrandom(2) is the kernel's cryptographic source; GRand is not one. */
static char *
random_token (GError **error)
{
  guint8 bytes[FEED_TOKEN_BYTES];
  GString *token = g_string_sized_new (2 * FEED_TOKEN_BYTES);
  gsize filled = 0;

  while (filled < sizeof bytes)
    {
      ssize_t got = getrandom (bytes + filled, sizeof bytes - filled, 0);
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          g_string_free (token, TRUE);
          _hubrota_error (error, HUBROTA_STORE_ERROR_FAILED,
                          /* Translators: %s is the system's reason. */
                          _("the system could not supply random bytes for a feed token: %s"),
                          g_strerror (errno));
          return NULL;
        }
      filled += (gsize) got;
    }
  for (gsize i = 0; i < sizeof bytes; i++)
    g_string_append_printf (token, "%02x", bytes[i]);
  return g_string_free (token, FALSE);
}

static gboolean
read_token (HubrotaStore *self, const char *officer, char **out_token, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  stmt = _hubrota_store_prepare (self, HUBROTA_SQL_OFFICER_TOKEN, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, officer, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND, _("unknown officer ‘%s’"),
                           officer);
  if (rc != SQLITE_ROW)
    return _hubrota_store_set_error (self, rc, error);
  *out_token = g_strdup (_hubrota_column_text (stmt, 0));
  return TRUE;
}

static char *
write_token (HubrotaStore *self, const char *officer, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *token = random_token (error);

  if (token == NULL || !_hubrota_store_officer_exists (self, officer, error))
    return NULL;
  stmt = _hubrota_store_prepare (self, "UPDATE officer SET feed_token = ? WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, token, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, officer, -1, SQLITE_TRANSIENT);
  if (!_hubrota_store_run (self, stmt, error))
    return NULL;
  return g_steal_pointer (&token);
}

/* The export's worker thread and the window may both find no token at once; only the first
 * write counts, and both then read the one that was kept. */
static char *
make_first_token (HubrotaStore *self, const char *officer, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *candidate = random_token (error);
  char *token = NULL;

  if (candidate == NULL)
    return NULL;
  stmt = _hubrota_store_prepare (self, "UPDATE officer SET feed_token = ?"
                                 " WHERE id = ? AND feed_token IS NULL", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, candidate, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, officer, -1, SQLITE_TRANSIENT);
  if (!_hubrota_store_run (self, stmt, error) || !read_token (self, officer, &token, error))
    return NULL;
  return token;
}

char *
hubrota_store_get_feed_token (HubrotaStore  *self,
                              const char    *officer,
                              GError       **error)
{
  char *token = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);
  g_return_val_if_fail (officer != NULL, NULL);

  if (!read_token (self, officer, &token, error))
    return NULL;
  if (token != NULL)
    return token;
  return make_first_token (self, officer, error);
}

char *
hubrota_store_new_feed_token (HubrotaStore  *self,
                              const char    *officer,
                              GError       **error)
{
  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);
  g_return_val_if_fail (officer != NULL, NULL);

  return write_token (self, officer, error);
}

gboolean
hubrota_store_set_leaving_date (HubrotaStore  *self,
                                const char    *officer,
                                const GDate   *date,
                                GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (officer != NULL, FALSE);
  g_return_val_if_fail (date == NULL || g_date_valid (date), FALSE);

  if (!_hubrota_store_officer_exists (self, officer, error))
    return FALSE;
  stmt = _hubrota_store_prepare (self, "UPDATE officer SET leaving_date = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  text = date != NULL ? hubrota_london_format_date (date) : NULL;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, officer, -1, SQLITE_TRANSIENT);
  return _hubrota_store_run (self, stmt, error);
}

static gboolean
has_officer (HubrotaOccurrence *occurrence, const char *officer)
{
  GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence);

  for (guint i = 0; i < assigned->len; i++)
    if (g_str_equal (g_ptr_array_index (assigned, i), officer))
      return TRUE;
  return FALSE;
}

GPtrArray *
hubrota_store_list_officer_openings (HubrotaStore  *self,
                                     const char    *officer,
                                     const GDate   *from,
                                     const GDate   *to,
                                     GError       **error)
{
  g_autoptr(GPtrArray) openings = NULL;
  GPtrArray *theirs;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);
  g_return_val_if_fail (officer != NULL, NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from) && to != NULL && g_date_valid (to),
                        NULL);

  if (!_hubrota_store_officer_exists (self, officer, error) ||
      (openings = hubrota_store_list_occurrences (self, from, to, NULL, error)) == NULL)
    return NULL;
  theirs = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (openings, i);
      if (hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_SCHEDULED &&
          has_officer (occurrence, officer))
        g_ptr_array_add (theirs, g_object_ref (occurrence));
    }
  return theirs;
}
