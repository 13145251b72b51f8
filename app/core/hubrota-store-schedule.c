/* hubrota-store-schedule.c: opening series, their exceptions, and the openings they make
 *
 * A series stores its first local start, a duration and an optional RRULE; exceptions are
 * keyed by the series and the local date the series first put an opening on, so a moved
 * opening keeps its name. Openings are never stored: they are expanded on demand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "hubrota-london.h"
#include "hubrota-recurrence.h"
#include "hubrota-series-private.h"
#include "hubrota-store-private.h"
#include "hubrota-store-sql.h"

#define MAX_DURATION_MINUTES (24 * 60)
#define MAX_MIN_OFFICERS 100

typedef struct
{
  gboolean cancelled;
  char *reason;
  GDateTime *moved_start;   /* NULL unless moved */
  int moved_minutes;
  int sequence;
  GDateTime *modified;      /* UTC; NULL when not recorded */
} Exception;

static void
exception_free (Exception *exception)
{
  g_free (exception->reason);
  g_clear_pointer (&exception->moved_start, g_date_time_unref);
  g_clear_pointer (&exception->modified, g_date_time_unref);
  g_free (exception);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Exception, exception_free)


static GDateTime *
parse_modified (sqlite3_stmt *stmt, int column)
{
  const char *text = _hubrota_column_text (stmt, column);

  if (text == NULL || *text == '\0')
    return NULL;
  return g_date_time_new_from_iso8601 (text, NULL);
}

static char *
exception_key (gint64 series, const char *date)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%s", series, date);
}

static gboolean
check_duration (int minutes, GError **error)
{
  if (minutes <= 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: %d is the duration asked for, in
                                         * minutes: zero or less. */
                                        "an opening must last some time; the duration is %d "
                                        "minute",
                                        "an opening must last some time; the duration is %d "
                                        "minutes", (gulong) ABS (minutes)), minutes);
  if (minutes > MAX_DURATION_MINUTES)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("an opening cannot last longer than 24 hours"));
  return TRUE;
}

static gboolean
check_series (HubrotaStore *self, HubrotaSeries *series, GError **error)
{
  int min_officers = hubrota_series_get_min_officers (series);

  if (!_hubrota_store_hub_exists (self, hubrota_series_get_hub (series), error) ||
      !check_duration (hubrota_series_get_duration_minutes (series), error))
    return FALSE;
  if (min_officers < 0 || min_officers > MAX_MIN_OFFICERS)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("the minimum number of officers must be between 0 and %d"),
                           MAX_MIN_OFFICERS);
  return hubrota_recurrence_validate (hubrota_series_get_start (series),
                                      hubrota_series_get_rrule (series), error);
}

gint64
hubrota_store_add_series (HubrotaStore   *self,
                          HubrotaSeries  *series,
                          GError        **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *start = NULL;
  g_autofree char *now = _hubrota_store_now_utc ();
  gint64 id;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), 0);
  g_return_val_if_fail (HUBROTA_IS_SERIES (series), 0);

  if (!check_series (self, series, error) || !_hubrota_store_begin (self, error))
    return 0;
  stmt = _hubrota_store_prepare (self,
                                 "INSERT INTO series (id, hub, start_local, duration_minutes,"
                                 " rrule, min_officers, modified_utc) VALUES"
                                 " ((SELECT next_id FROM series_id_counter), ?, ?, ?, ?, ?, ?)",
                                 error);
  if (stmt == NULL)
    return _hubrota_store_fail (self);
  start = hubrota_london_format_local (hubrota_series_get_start (series));
  sqlite3_bind_text (stmt, 1, hubrota_series_get_hub (series), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, hubrota_series_get_duration_minutes (series));
  sqlite3_bind_text (stmt, 4, hubrota_series_get_rrule (series), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, hubrota_series_get_min_officers (series));
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  if (!_hubrota_store_run (self, stmt, error))
    return _hubrota_store_fail (self);
  id = _hubrota_store_last_id (self);
  g_clear_pointer (&stmt, _hubrota_statement_release);
  stmt = _hubrota_store_prepare (self, "UPDATE series_id_counter SET next_id = next_id + 1", error);
  if (stmt == NULL || !_hubrota_store_run (self, stmt, error))
    return _hubrota_store_fail (self);
  if (!_hubrota_store_commit (self, error))
    return 0;

  _hubrota_series_set_id (series, id);
  return id;
}

/* A gpointer, for _hubrota_store_collect. */
static gpointer
series_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) start = _hubrota_column_local (stmt, 2, "series");
  g_autoptr(GDateTime) modified = NULL;
  HubrotaSeries *series;

  series = hubrota_series_new (_hubrota_column_text (stmt, 1), start,
                               sqlite3_column_int (stmt, 3), _hubrota_column_text (stmt, 4));
  _hubrota_series_set_id (series, sqlite3_column_int64 (stmt, 0));
  hubrota_series_set_min_officers (series, sqlite3_column_int (stmt, 5));
  modified = parse_modified (stmt, 7);
  _hubrota_series_set_revision (series, sqlite3_column_int (stmt, 6), modified);
  return series;
}

GPtrArray *
hubrota_store_list_series (HubrotaStore  *self,
                           const char    *hub,
                           GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);

  if (hub != NULL && !_hubrota_store_hub_exists (self, hub, error))
    return NULL;
  stmt = _hubrota_store_prepare (self, hub != NULL ? HUBROTA_SQL_SERIES_HUB
                                                   : HUBROTA_SQL_SERIES_ALL, error);
  if (stmt == NULL)
    return NULL;
  if (hub != NULL)
    sqlite3_bind_text (stmt, 1, hub, -1, SQLITE_TRANSIENT);
  return _hubrota_store_collect (self, stmt, series_from_row, error);
}

static HubrotaSeries *
get_series (HubrotaStore *self, gint64 series_id, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autoptr(GPtrArray) found = NULL;

  stmt = _hubrota_store_prepare (self, HUBROTA_SQL_SERIES_ONE, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, series_id);
  found = _hubrota_store_collect (self, stmt, series_from_row, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                      /* Translators: the number of a series of openings. */
                      _("there is no opening series %" PRId64), (int64_t) series_id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

/* Whether the openings themselves move: what a subscribed calendar must be told about. */
static gboolean
timing_changed (HubrotaSeries *stored, HubrotaSeries *series)
{
  g_autofree char *before = hubrota_london_format_local (hubrota_series_get_start (stored));
  g_autofree char *after = hubrota_london_format_local (hubrota_series_get_start (series));

  return g_strcmp0 (before, after) != 0 ||
         hubrota_series_get_duration_minutes (stored) != hubrota_series_get_duration_minutes (series) ||
         g_strcmp0 (hubrota_series_get_rrule (stored), hubrota_series_get_rrule (series)) != 0;
}

static gboolean
write_series (HubrotaStore *self, HubrotaSeries *series, gboolean new_revision,
              const char *now, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *start = hubrota_london_format_local (hubrota_series_get_start (series));

  stmt = _hubrota_store_prepare (self,
                                 "UPDATE series SET start_local = ?1, duration_minutes = ?2,"
                                 " rrule = ?3, min_officers = ?4, revision = revision + ?5,"
                                 " modified_utc = CASE WHEN ?5 THEN ?6 ELSE modified_utc END"
                                 " WHERE id = ?7", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, hubrota_series_get_duration_minutes (series));
  sqlite3_bind_text (stmt, 3, hubrota_series_get_rrule (series), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, hubrota_series_get_min_officers (series));
  sqlite3_bind_int (stmt, 5, new_revision ? 1 : 0);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, hubrota_series_get_id (series));
  return _hubrota_store_run (self, stmt, error);
}

gboolean
hubrota_store_update_series (HubrotaStore   *self,
                             HubrotaSeries  *series,
                             GError        **error)
{
  g_autoptr(HubrotaSeries) stored = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *now = _hubrota_store_now_utc ();
  gboolean changed;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_SERIES (series), FALSE);

  if (!_hubrota_store_begin (self, error))
    return FALSE;
  stored = get_series (self, hubrota_series_get_id (series), error);
  if (stored == NULL)
    return _hubrota_store_fail (self);
  if (g_strcmp0 (hubrota_series_get_hub (stored), hubrota_series_get_hub (series)) != 0)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                      /* Translators: the number of a series of openings and the identifier
                       * of its hub. */
                      _("series %" PRId64 " belongs to the hub ‘%s’; it cannot move to "
                        "another"), (int64_t) hubrota_series_get_id (series),
                      hubrota_series_get_hub (stored));
      return _hubrota_store_fail (self);
    }
  changed = timing_changed (stored, series);
  if (!check_series (self, series, error) || !write_series (self, series, changed, now, error))
    return _hubrota_store_fail (self);
  if (!_hubrota_store_commit (self, error))
    return FALSE;

  if (changed)
    {
      modified = g_date_time_new_from_iso8601 (now, NULL);
      _hubrota_series_set_revision (series, _hubrota_series_get_revision (stored) + 1, modified);
    }
  else
    _hubrota_series_set_revision (series, _hubrota_series_get_revision (stored),
                                  _hubrota_series_get_modified (stored));
  return TRUE;
}

gboolean
hubrota_store_remove_series (HubrotaStore  *self,
                             gint64         series_id,
                             GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);

  if (!_hubrota_store_begin (self, error))
    return FALSE;
  stmt = _hubrota_store_prepare (self, "DELETE FROM series WHERE id = ?", error);
  if (stmt == NULL)
    return _hubrota_store_fail (self);
  sqlite3_bind_int64 (stmt, 1, series_id);
  if (!_hubrota_store_run (self, stmt, error))
    return _hubrota_store_fail (self);
  /* Foreign keys take its exceptions and assignments with it, in the same transaction. */
  if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                      /* Translators: the number of a series of openings. */
                      _("there is no opening series %" PRId64), (int64_t) series_id);
      return _hubrota_store_fail (self);
    }
  return _hubrota_store_commit (self, error);
}

gboolean
hubrota_store_count_series_officers (HubrotaStore  *self,
                                     gint64         series_id,
                                     guint         *out_count,
                                     GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_count != NULL, FALSE);

  stmt = _hubrota_store_prepare (self, HUBROTA_SQL_SERIES_OFFICERS, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, series_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _hubrota_store_set_error (self, rc, error);
  *out_count = (guint) sqlite3_column_int (stmt, 0);
  return TRUE;
}

static Exception *
exception_from_row (sqlite3_stmt *stmt, int first)
{
  Exception *exception = g_new0 (Exception, 1);

  exception->cancelled = sqlite3_column_int (stmt, first);
  exception->reason = g_strdup (_hubrota_column_text (stmt, first + 1));
  if (sqlite3_column_type (stmt, first + 2) != SQLITE_NULL)
    {
      exception->moved_start = _hubrota_column_local (stmt, first + 2, "series_exception");
      exception->moved_minutes = sqlite3_column_int (stmt, first + 3);
    }
  exception->sequence = sqlite3_column_int (stmt, first + 4);
  exception->modified = parse_modified (stmt, first + 5);
  return exception;
}

/* Every exception of the hub's (or all hubs') series, keyed "series/original-date". */
static GHashTable *
load_exceptions (HubrotaStore *self, const char *hub, GError **error)
{
  g_autoptr(GHashTable) exceptions = NULL;
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  stmt = _hubrota_store_prepare (self, hub != NULL ? HUBROTA_SQL_EXCEPTIONS_HUB
                                                   : HUBROTA_SQL_EXCEPTIONS_ALL, error);
  if (stmt == NULL)
    return NULL;
  exceptions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) exception_free);
  if (hub != NULL)
    sqlite3_bind_text (stmt, 1, hub, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_hash_table_insert (exceptions,
                           exception_key (sqlite3_column_int64 (stmt, 0),
                                          _hubrota_column_text (stmt, 1)),
                           exception_from_row (stmt, 2));
      if (!_hubrota_store_check_row (error))
        return NULL;
    }
  if (rc != SQLITE_DONE)
    {
      _hubrota_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&exceptions);
}

/* The later of two UTC times, either of which may be NULL. */
static GDateTime *
later (GDateTime *a, GDateTime *b)
{
  if (a == NULL || (b != NULL && g_date_time_compare (b, a) > 0))
    return b;
  return a;
}

static void
apply_revision (HubrotaOccurrence *occurrence,
                int                series_revision,
                GDateTime         *series_modified,
                const Exception   *exception)
{
  int sequence = series_revision + (exception != NULL ? exception->sequence : 0);
  GDateTime *modified = later (series_modified, exception != NULL ? exception->modified : NULL);

  hubrota_occurrence_set_revision (occurrence, sequence, modified);
}

static void
apply_exception (HubrotaOccurrence *occurrence, const Exception *exception)
{
  if (exception->moved_start != NULL)
    {
      g_autoptr(GDateTime) end = g_date_time_add_minutes (exception->moved_start,
                                                          exception->moved_minutes);
      hubrota_occurrence_set_moved (occurrence, exception->moved_start, end);
    }
  if (exception->cancelled)
    hubrota_occurrence_set_cancelled (occurrence, exception->reason);
}

static gboolean
starts_inside (HubrotaOccurrence *occurrence, GDateTime *from, GDateTime *until)
{
  GDateTime *start = hubrota_occurrence_get_start (occurrence);

  return g_date_time_compare (start, from) >= 0 && g_date_time_compare (start, until) < 0;
}

/* The openings the series put on dates inside the window, wherever they have moved to;
 * those that moved out of the window are dropped here, those that moved in are found by
 * add_moved_in(). */
static gboolean
expand_series (HubrotaSeries *series,
               GHashTable    *exceptions,
               GDateTime     *from,
               GDateTime     *until,
               GPtrArray     *out,
               GError       **error)
{
  g_autoptr(GPtrArray) starts = NULL;

  starts = hubrota_recurrence_expand (hubrota_series_get_start (series),
                                      hubrota_series_get_rrule (series), from, until, error);
  if (starts == NULL)
    return FALSE;

  for (guint i = 0; i < starts->len; i++)
    {
      GDateTime *start = g_ptr_array_index (starts, i);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start,
                                                          hubrota_series_get_duration_minutes (series));
      g_autoptr(HubrotaOccurrence) occurrence = NULL;
      g_autofree char *date_text = g_date_time_format (start, "%Y-%m-%d");
      g_autofree char *key = exception_key (hubrota_series_get_id (series), date_text);
      Exception *exception = g_hash_table_lookup (exceptions, key);
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, g_date_time_get_day_of_month (start),
                      g_date_time_get_month (start), g_date_time_get_year (start));
      occurrence = hubrota_occurrence_new (hubrota_series_get_hub (series),
                                           hubrota_series_get_id (series), &date, start, end);
      hubrota_occurrence_set_min_officers (occurrence, hubrota_series_get_min_officers (series));
      if (exception != NULL)
        apply_exception (occurrence, exception);
      apply_revision (occurrence, _hubrota_series_get_revision (series),
                      _hubrota_series_get_modified (series), exception);
      if (starts_inside (occurrence, from, until))
        g_ptr_array_add (out, g_steal_pointer (&occurrence));
    }
  return TRUE;
}

static HubrotaOccurrence *
moved_in_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDate) date = _hubrota_column_date (stmt, 2, "series_exception");
  g_autoptr(Exception) exception = exception_from_row (stmt, 4);
  g_autoptr(GDateTime) series_modified = parse_modified (stmt, 11);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (exception->moved_start,
                                                      exception->moved_minutes);
  HubrotaOccurrence *occurrence;

  occurrence = hubrota_occurrence_new (_hubrota_column_text (stmt, 0),
                                       sqlite3_column_int64 (stmt, 1), date,
                                       exception->moved_start, end);
  hubrota_occurrence_set_min_officers (occurrence, sqlite3_column_int (stmt, 3));
  apply_exception (occurrence, exception);
  apply_revision (occurrence, sqlite3_column_int (stmt, 10), series_modified, exception);
  return occurrence;
}

/* Openings moved into [from, to] from a date outside it. */
static gboolean
add_moved_in (HubrotaStore *self,
              const GDate  *from,
              const GDate  *to,
              const char   *hub,
              GPtrArray    *out,
              GError      **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *from_text = hubrota_london_format_date (from);
  g_autofree char *to_text = hubrota_london_format_date (to);
  int rc;

  stmt = _hubrota_store_prepare (self, hub != NULL ? HUBROTA_SQL_MOVED_IN_HUB
                                                   : HUBROTA_SQL_MOVED_IN_ALL, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to_text, -1, SQLITE_TRANSIENT);
  if (hub != NULL)
    sqlite3_bind_text (stmt, 3, hub, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (out, moved_in_from_row (stmt));
      if (!_hubrota_store_check_row (error))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    return _hubrota_store_set_error (self, rc, error);
  return TRUE;
}

static int
compare_occurrences (gconstpointer a, gconstpointer b)
{
  HubrotaOccurrence *x = *(HubrotaOccurrence **) a;
  HubrotaOccurrence *y = *(HubrotaOccurrence **) b;
  int by_start = g_date_time_compare (hubrota_occurrence_get_start (x),
                                      hubrota_occurrence_get_start (y));
  int by_hub = g_strcmp0 (hubrota_occurrence_get_hub (x), hubrota_occurrence_get_hub (y));
  gint64 by_series = hubrota_occurrence_get_series (x) - hubrota_occurrence_get_series (y);

  if (by_start != 0)
    return by_start;
  if (by_hub != 0)
    return by_hub;
  return by_series < 0 ? -1 : by_series > 0;
}

GPtrArray *
hubrota_store_list_occurrences (HubrotaStore  *self,
                                const GDate   *from,
                                const GDate   *to,
                                const char    *hub,
                                GError       **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) series = NULL;
  g_autoptr(GHashTable) exceptions = NULL;
  g_autoptr(GDateTime) window_start = NULL;
  g_autoptr(GDateTime) window_end = NULL;
  GDate after = *to;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);

  if (g_date_compare (from, to) > 0)
    {
      g_autofree char *a = hubrota_london_format_date (from);
      g_autofree char *b = hubrota_london_format_date (to);
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                      /* Translators: the last day, then the first, as YYYY-MM-DD. */
                      _("the period ends (%s) before it starts (%s)"), b, a);
      return NULL;
    }
  g_date_add_days (&after, 1);
  window_start = hubrota_london_start_of_day (from);
  window_end = hubrota_london_start_of_day (&after);

  series = hubrota_store_list_series (self, hub, error);
  if (series == NULL || (exceptions = load_exceptions (self, hub, error)) == NULL)
    return NULL;
  for (guint i = 0; i < series->len; i++)
    if (!expand_series (g_ptr_array_index (series, i), exceptions, window_start, window_end,
                        out, error))
      return NULL;
  if (!add_moved_in (self, from, to, hub, out, error) ||
      !_hubrota_store_fill_assigned (self, out, hub, error))
    return NULL;

  g_ptr_array_sort (out, compare_occurrences);
  return g_steal_pointer (&out);
}
