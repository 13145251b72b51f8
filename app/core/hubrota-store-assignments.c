/* hubrota-store-assignments.c: which officers staff which openings
 *
 * An officer is on an opening when they are assigned to it alone (assignment.assigned = 1)
 * or to its whole series (series_assignment) without that one opening being taken out
 * (assignment.assigned = 0). Assignments to a cancelled opening are kept, so restoring it
 * brings its staff back, but a cancelled opening reports nobody on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hubrota-london.h"
#include "hubrota-store-private.h"
#include "hubrota-store-sql.h"

static char *
occurrence_key (gint64 series, const char *date)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%s", series, date);
}

/* The day and the clock time of an opening, for the messages: "Saturday 5 December 2026"
 * and "10:00". */
static void
describe_occurrence (HubrotaOccurrence *occurrence, char **out_day, char **out_clock)
{
  GDateTime *start = hubrota_occurrence_get_start (occurrence);

  /* Translators: a layout for g_date_time_format (): "Saturday 5 December 2026". %A is the
   * weekday, %-d the day of the month, %B the month's name (as it reads after a day number)
   * and %Y the year. */
  *out_day = g_date_time_format (start, _("%A %-d %B %Y"));
  *out_clock = hubrota_london_format_clock (start);
}

/* -1 when the officer has no row for the opening, else its assigned column. */
static gboolean
query_single (HubrotaStore *self, const char *officer, gint64 series, const char *date,
              int *out_assigned, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  stmt = _hubrota_store_prepare (self,
                                 "SELECT assigned FROM assignment"
                                 " WHERE officer = ? AND series = ? AND original_date = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, officer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, series);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _hubrota_store_set_error (self, rc, error);
  *out_assigned = rc == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : -1;
  return TRUE;
}

static gboolean
query_series_wide (HubrotaStore *self, const char *officer, gint64 series, gboolean *out,
                   GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  stmt = _hubrota_store_prepare (self,
                                 "SELECT 1 FROM series_assignment WHERE officer = ? AND series = ?",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, officer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, series);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _hubrota_store_set_error (self, rc, error);
  *out = rc == SQLITE_ROW;
  return TRUE;
}

/* assigned -1 deletes the officer's row for the opening. */
static gboolean
write_single (HubrotaStore *self, const char *officer, gint64 series, const char *date,
              int assigned, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  if (assigned < 0)
    stmt = _hubrota_store_prepare (self,
                                   "DELETE FROM assignment"
                                   " WHERE officer = ?1 AND series = ?2 AND original_date = ?3",
                                   error);
  else
    stmt = _hubrota_store_prepare (self,
                                   "INSERT INTO assignment (officer, series, original_date, assigned)"
                                   " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO UPDATE"
                                   " SET assigned = excluded.assigned", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, officer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, series);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  if (assigned >= 0)
    sqlite3_bind_int (stmt, 4, assigned);
  return _hubrota_store_run (self, stmt, error);
}

/* Sets the whole-series assignment, and drops every single-opening row it makes moot. */
static gboolean
write_series_wide (HubrotaStore *self, const char *officer, gint64 series, gboolean assigned,
                   GError **error)
{
  g_autoptr(HubrotaStatement) clear = NULL;
  g_autoptr(HubrotaStatement) stmt = NULL;

  clear = _hubrota_store_prepare (self, "DELETE FROM assignment WHERE officer = ? AND series = ?",
                                  error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_text (clear, 1, officer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (clear, 2, series);
  if (!_hubrota_store_run (self, clear, error))
    return FALSE;

  if (assigned)
    stmt = _hubrota_store_prepare (self,
                                   "INSERT OR IGNORE INTO series_assignment (officer, series) VALUES (?, ?)",
                                   error);
  else
    stmt = _hubrota_store_prepare (self,
                                   "DELETE FROM series_assignment WHERE officer = ? AND series = ?",
                                   error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, officer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, series);
  return _hubrota_store_run (self, stmt, error);
}

/* Whether the officer is on the opening now, and on its whole series. */
static gboolean
current_state (HubrotaStore *self, const char *officer, HubrotaOccurrence *occurrence,
               gboolean *out_on_opening, gboolean *out_series_wide, GError **error)
{
  g_autofree char *date = hubrota_london_format_date (hubrota_occurrence_get_original_date (occurrence));
  gint64 series = hubrota_occurrence_get_series (occurrence);
  int single = -1;

  if (!query_series_wide (self, officer, series, out_series_wide, error) ||
      !query_single (self, officer, series, date, &single, error))
    return FALSE;
  *out_on_opening = single == 1 || (*out_series_wide && single != 0);
  return TRUE;
}

static gboolean
change_assignment (HubrotaStore *self, const char *officer, HubrotaOccurrence *occurrence,
                   gboolean whole_series, gboolean assign, GError **error)
{
  g_autofree char *date = hubrota_london_format_date (hubrota_occurrence_get_original_date (occurrence));
  g_autofree char *day = NULL;
  g_autofree char *clock = NULL;
  const char *hub = hubrota_occurrence_get_hub (occurrence);
  gint64 series = hubrota_occurrence_get_series (occurrence);
  gboolean on_opening = FALSE, series_wide = FALSE;

  describe_occurrence (occurrence, &day, &clock);
  if (!_hubrota_store_officer_exists (self, officer, error) ||
      !current_state (self, officer, occurrence, &on_opening, &series_wide, error))
    return FALSE;

  if (whole_series)
    {
      if (assign && series_wide)
        return _hubrota_error (error, HUBROTA_STORE_ERROR_EXISTS,
                               /* Translators: the first %s is an officer's collar number
                                * ("PC1234"), the second a hub's identifier. */
                               _("%s is already on every opening of this series at ‘%s’"),
                               officer, hub);
      if (!assign && !series_wide)
        return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                               /* Translators: an officer's collar number and a hub's
                                * identifier. */
                               _("%s is not on this series at ‘%s’"), officer, hub);
      return write_series_wide (self, officer, series, assign, error);
    }

  if (assign && on_opening)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_EXISTS,
                           /* Translators: an officer's collar number, a hub's identifier,
                            * the day ("Saturday 5 December 2026") and the time ("10:00"). */
                           _("%s is already on the opening of ‘%s’ on %s at %s"), officer, hub,
                           day, clock);
  if (!assign && !on_opening)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           /* Translators: an officer's collar number, a hub's identifier,
                            * the day ("Saturday 5 December 2026") and the time ("10:00"). */
                           _("%s is not on the opening of ‘%s’ on %s at %s"), officer, hub,
                           day, clock);
  /* Under a whole-series assignment a row can only say "not this one" (0); otherwise
   * only "this one" (1). */
  if (series_wide)
    return write_single (self, officer, series, date, assign ? -1 : 0, error);
  return write_single (self, officer, series, date, assign ? 1 : -1, error);
}

gboolean
hubrota_store_assign (HubrotaStore       *self,
                      const char         *officer,
                      HubrotaOccurrence  *occurrence,
                      gboolean            whole_series,
                      GError            **error)
{
  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (officer != NULL, FALSE);
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), FALSE);

  if (hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED && !whole_series)
    {
      g_autofree char *day = NULL;
      g_autofree char *clock = NULL;

      describe_occurrence (occurrence, &day, &clock);
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             /* Translators: a hub's identifier, the day ("Saturday 5
                              * December 2026") and the time ("10:00"). */
                             _("the opening of ‘%s’ on %s at %s is cancelled and cannot be "
                               "staffed"), hubrota_occurrence_get_hub (occurrence), day, clock);
    }
  if (!_hubrota_store_begin (self, error))
    return FALSE;
  if (!change_assignment (self, officer, occurrence, whole_series, TRUE, error))
    return _hubrota_store_fail (self);
  return _hubrota_store_commit (self, error);
}

gboolean
hubrota_store_unassign (HubrotaStore       *self,
                        const char         *officer,
                        HubrotaOccurrence  *occurrence,
                        gboolean            whole_series,
                        GError            **error)
{
  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (officer != NULL, FALSE);
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), FALSE);

  if (!_hubrota_store_begin (self, error))
    return FALSE;
  if (!change_assignment (self, officer, occurrence, whole_series, FALSE, error))
    return _hubrota_store_fail (self);
  return _hubrota_store_commit (self, error);
}

/* series id → officers on the whole series; "series/date" → officer → assigned. */
typedef struct
{
  GHashTable *series_wide;
  GHashTable *single;
} Assignments;

static void
assignments_clear (Assignments *assignments)
{
  g_clear_pointer (&assignments->series_wide, g_hash_table_unref);
  g_clear_pointer (&assignments->single, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Assignments, assignments_clear)

static GHashTable *
officer_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static gboolean
load_series_wide (HubrotaStore *self, const char *hub, GHashTable *out, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  stmt = _hubrota_store_prepare (self, hub != NULL ? HUBROTA_SQL_SERIES_WIDE_HUB
                                                   : HUBROTA_SQL_SERIES_WIDE_ALL, error);
  if (stmt == NULL)
    return FALSE;
  if (hub != NULL)
    sqlite3_bind_text (stmt, 1, hub, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 series = sqlite3_column_int64 (stmt, 0);
      GHashTable *officers = g_hash_table_lookup (out, &series);

      if (officers == NULL)
        g_hash_table_insert (out, g_memdup2 (&series, sizeof series), officers = officer_table ());
      g_hash_table_add (officers, g_strdup (_hubrota_column_text (stmt, 1)));
    }
  if (rc != SQLITE_DONE)
    return _hubrota_store_set_error (self, rc, error);
  return TRUE;
}

/* Only the rows for original dates from first to last (YYYY-MM-DD): a listing of a few
 * weeks should not read a year of rows. */
static gboolean
load_single (HubrotaStore *self, const char *hub, const char *first, const char *last,
             GHashTable *out, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  stmt = _hubrota_store_prepare (self, hub != NULL ? HUBROTA_SQL_SINGLE_HUB
                                                   : HUBROTA_SQL_SINGLE_ALL, error);
  if (stmt == NULL)
    return FALSE;
  if (hub != NULL)
    sqlite3_bind_text (stmt, 1, hub, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *key = occurrence_key (sqlite3_column_int64 (stmt, 0),
                                             _hubrota_column_text (stmt, 1));
      GHashTable *officers = g_hash_table_lookup (out, key);

      if (officers == NULL)
        g_hash_table_insert (out, g_strdup (key), officers = officer_table ());
      g_hash_table_insert (officers, g_strdup (_hubrota_column_text (stmt, 2)),
                           GINT_TO_POINTER (sqlite3_column_int (stmt, 3)));
    }
  if (rc != SQLITE_DONE)
    return _hubrota_store_set_error (self, rc, error);
  return TRUE;
}

static void
fill_occurrence (HubrotaOccurrence *occurrence, Assignments *assignments)
{
  gint64 series = hubrota_occurrence_get_series (occurrence);
  g_autofree char *date = hubrota_london_format_date (hubrota_occurrence_get_original_date (occurrence));
  g_autofree char *key = occurrence_key (series, date);
  GHashTable *wide = g_hash_table_lookup (assignments->series_wide, &series);
  GHashTable *single = g_hash_table_lookup (assignments->single, key);
  GHashTableIter iter;
  gpointer officer, assigned;
  /* A cancelled opening has nobody on it, for the rules and the rota; who was on it is
   * kept as stood down, for their own calendars. */
  void (*add) (HubrotaOccurrence *, const char *) =
    hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED
      ? hubrota_occurrence_add_stood_down : hubrota_occurrence_add_assigned;

  if (wide != NULL)
    {
      g_hash_table_iter_init (&iter, wide);
      while (g_hash_table_iter_next (&iter, &officer, NULL))
        if (single == NULL || !g_hash_table_contains (single, officer))
          add (occurrence, officer);
    }
  if (single != NULL)
    {
      g_hash_table_iter_init (&iter, single);
      while (g_hash_table_iter_next (&iter, &officer, &assigned))
        if (GPOINTER_TO_INT (assigned) == 1)
          add (occurrence, officer);
    }
}

/* The earliest and latest original dates among the openings (moved ones may lie outside
 * the period listed). */
static void
original_date_span (GPtrArray *occurrences, char **out_first, char **out_last)
{
  const GDate *first = NULL, *last = NULL;

  for (guint i = 0; i < occurrences->len; i++)
    {
      const GDate *date = hubrota_occurrence_get_original_date (g_ptr_array_index (occurrences, i));
      if (first == NULL || g_date_compare (date, first) < 0)
        first = date;
      if (last == NULL || g_date_compare (date, last) > 0)
        last = date;
    }
  *out_first = hubrota_london_format_date (first);
  *out_last = hubrota_london_format_date (last);
}

gboolean
_hubrota_store_fill_assigned (HubrotaStore  *self,
                              GPtrArray     *occurrences,
                              const char    *hub,
                              GError       **error)
{
  g_auto(Assignments) assignments = {
    g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                           (GDestroyNotify) g_hash_table_unref),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref),
  };

  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (occurrences->len == 0)
    return TRUE;
  original_date_span (occurrences, &first, &last);
  if (!load_series_wide (self, hub, assignments.series_wide, error) ||
      !load_single (self, hub, first, last, assignments.single, error))
    return FALSE;
  for (guint i = 0; i < occurrences->len; i++)
    fill_occurrence (g_ptr_array_index (occurrences, i), &assignments);
  return TRUE;
}

void
_hubrota_assignment_state_free (HubrotaAssignmentState *state)
{
  g_free (state->officer);
  g_ptr_array_unref (state->dates);
  g_array_unref (state->assigned);
  g_free (state);
}

HubrotaAssignmentState *
_hubrota_store_save_assignments (HubrotaStore  *self,
                                 const char    *officer,
                                 gint64         series,
                                 GError       **error)
{
  g_autoptr(HubrotaAssignmentState) state = g_new0 (HubrotaAssignmentState, 1);
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  state->officer = g_strdup (officer);
  state->series = series;
  state->dates = g_ptr_array_new_with_free_func (g_free);
  state->assigned = g_array_new (FALSE, FALSE, sizeof (int));
  if (!query_series_wide (self, officer, series, &state->series_wide, error))
    return NULL;
  stmt = _hubrota_store_prepare (self,
                                 "SELECT original_date, assigned FROM assignment"
                                 " WHERE officer = ? AND series = ? ORDER BY original_date", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, officer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, series);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int assigned = sqlite3_column_int (stmt, 1);
      g_ptr_array_add (state->dates, g_strdup (_hubrota_column_text (stmt, 0)));
      g_array_append_val (state->assigned, assigned);
    }
  if (rc != SQLITE_DONE)
    {
      _hubrota_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&state);
}

gboolean
_hubrota_store_load_assignments (HubrotaStore            *self,
                                 HubrotaAssignmentState  *state,
                                 GError                 **error)
{
  if (!_hubrota_store_series_exists (self, state->series, error))
    return FALSE;
  /* write_series_wide clears the single-opening rows first, then sets the series flag. */
  if (!write_series_wide (self, state->officer, state->series, state->series_wide, error))
    return FALSE;
  for (guint i = 0; i < state->dates->len; i++)
    if (!write_single (self, state->officer, state->series, g_ptr_array_index (state->dates, i),
                       g_array_index (state->assigned, int, i), error))
      return FALSE;
  return TRUE;
}
