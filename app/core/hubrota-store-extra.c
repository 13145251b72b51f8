/* hubrota-store-extra.c: taking a one-off opening away again, and putting it back exactly
 *
 * Undoing "add an extra opening" deletes its series, and the database's cascades take its
 * exceptions and assignments with it. Redo must put back the very same rows, id included,
 * because later steps in the history name the opening by that id; so before deleting, every
 * row that hangs off the series is copied column by column, whatever columns a later schema
 * gives those tables.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "hubrota-store-private.h"

/* The series first: the other rows refer to it. */
static const struct
{
  const char *table;
  const char *key;
} series_tables[] = {
  { "series", "id" },
  { "series_exception", "series" },
  { "series_assignment", "series" },
  { "assignment", "series" },
};

typedef struct
{
  const char *table;
  GStrv columns;
  GPtrArray *values;     /* sqlite3_value *, columns × rows */
} TableRows;

struct _HubrotaSeriesRows
{
  gint64 series;
  GPtrArray *tables;     /* TableRows */
};

static void
table_rows_free (TableRows *rows)
{
  g_strfreev (rows->columns);
  g_ptr_array_unref (rows->values);
  g_free (rows);
}

void
_hubrota_series_rows_free (HubrotaSeriesRows *rows)
{
  if (rows == NULL)
    return;
  g_ptr_array_unref (rows->tables);
  g_free (rows);
}

gint64
_hubrota_series_rows_get_series (HubrotaSeriesRows *rows)
{
  return rows->series;
}

static GStrv
column_names (sqlite3_stmt *stmt)
{
  int n = sqlite3_column_count (stmt);
  GStrv names = g_new0 (char *, n + 1);

  for (int i = 0; i < n; i++)
    names[i] = g_strdup (sqlite3_column_name (stmt, i));
  return names;
}

static TableRows *
copy_table (HubrotaStore *self, const char *table, const char *key, gint64 series,
            GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE %s = ?", table, key);
  g_autoptr(HubrotaStatement) stmt = _hubrota_store_prepare (self, sql, error);
  TableRows *rows;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, series);
  rows = g_new0 (TableRows, 1);
  rows->table = table;
  rows->columns = column_names (stmt);
  rows->values = g_ptr_array_new_with_free_func ((GDestroyNotify) sqlite3_value_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (int i = 0; i < sqlite3_column_count (stmt); i++)
      g_ptr_array_add (rows->values, sqlite3_value_dup (sqlite3_column_value (stmt, i)));
  if (rc != SQLITE_DONE)
    {
      table_rows_free (rows);
      _hubrota_store_set_error (self, rc, error);
      return NULL;
    }
  return rows;
}

static HubrotaSeriesRows *
copy_series (HubrotaStore *self, gint64 series, GError **error)
{
  HubrotaSeriesRows *rows = g_new0 (HubrotaSeriesRows, 1);

  rows->series = series;
  rows->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_rows_free);
  for (guint i = 0; i < G_N_ELEMENTS (series_tables); i++)
    {
      TableRows *table = copy_table (self, series_tables[i].table, series_tables[i].key,
                                     series, error);
      if (table == NULL)
        {
          _hubrota_series_rows_free (rows);
          return NULL;
        }
      g_ptr_array_add (rows->tables, table);
    }
  return rows;
}

HubrotaSeriesRows *
_hubrota_store_delete_series (HubrotaStore  *self,
                              gint64         series,
                              GError       **error)
{
  g_autoptr(HubrotaSeriesRows) rows = NULL;
  g_autoptr(HubrotaStatement) stmt = NULL;

  if ((rows = copy_series (self, series, error)) == NULL)
    return NULL;
  if (((TableRows *) g_ptr_array_index (rows->tables, 0))->values->len == 0)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                      /* Translators: the number of a series of openings. */
                      _("the opening no longer exists (its series %" PRId64 " has been "
                        "removed)"), (int64_t) series);
      return NULL;
    }
  stmt = _hubrota_store_prepare (self, "DELETE FROM series WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, series);
  if (!_hubrota_store_run (self, stmt, error))
    return NULL;
  return g_steal_pointer (&rows);
}

static char *
insert_sql (TableRows *rows)
{
  g_autofree char *columns = g_strjoinv (", ", rows->columns);
  g_autoptr(GString) sql = g_string_new (NULL);
  guint n = g_strv_length (rows->columns);

  g_string_printf (sql, "INSERT INTO %s (%s) VALUES (", rows->table, columns);
  for (guint i = 0; i < n; i++)
    g_string_append (sql, i == 0 ? "?" : ", ?");
  g_string_append_c (sql, ')');
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static gboolean
put_back_table (HubrotaStore *self, TableRows *rows, GError **error)
{
  guint n = g_strv_length (rows->columns);
  g_autofree char *sql = insert_sql (rows);

  for (guint first = 0; first < rows->values->len; first += n)
    {
      g_autoptr(HubrotaStatement) stmt = _hubrota_store_prepare (self, sql, error);

      if (stmt == NULL)
        return FALSE;
      for (guint i = 0; i < n; i++)
        sqlite3_bind_value (stmt, i + 1, g_ptr_array_index (rows->values, first + i));
      if (!_hubrota_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_hubrota_store_put_back_series (HubrotaStore       *self,
                                HubrotaSeriesRows  *rows,
                                GError            **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  /* Ids are never given out twice (series_id_counter); a database edited by hand might differ. */
  stmt = _hubrota_store_prepare (self, "SELECT 1 FROM series WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rows->series);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           /* Translators: the number of a series of openings. */
                           _("the opening cannot be added back: another series now has its id "
                             "%" PRId64), (int64_t) rows->series);
  if (rc != SQLITE_DONE)
    return _hubrota_store_set_error (self, rc, error);

  for (guint i = 0; i < rows->tables->len; i++)
    if (!put_back_table (self, g_ptr_array_index (rows->tables, i), error))
      return FALSE;
  return TRUE;
}
