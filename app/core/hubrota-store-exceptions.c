/* hubrota-store-exceptions.c: cancelling, moving and restoring single openings
 *
 * An opening is found by the local date it is on now (so "cancel the 26th" means the
 * opening you see on the 26th, even one moved there) and stored against the date its
 * series first put it on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "hubrota-london.h"
#include "hubrota-store-private.h"


static char *
describe_date (const GDate *date)
{
  g_autoptr(GDateTime) day = hubrota_london_start_of_day (date);

  /* Translators: a layout for g_date_time_format (): "Saturday 5 December 2026". %A is the
   * weekday, %-d the day of the month, %B the month's name (as it reads after a day number)
   * and %Y the year. */
  return g_date_time_format (day, _("%A %-d %B %Y"));
}

static gboolean
check_series_of_hub (HubrotaStore *self, const char *hub, gint64 series_id, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  if (!_hubrota_store_hub_exists (self, hub, error))
    return FALSE;
  if (series_id == 0)
    return TRUE;
  stmt = _hubrota_store_prepare (self, "SELECT 1 FROM series WHERE id = ? AND hub = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, series_id);
  sqlite3_bind_text (stmt, 2, hub, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           /* Translators: a hub's identifier and the number of a series of
                            * openings. */
                           _("the hub ‘%s’ has no series %" PRId64), hub, (int64_t) series_id);
  if (rc != SQLITE_ROW)
    return _hubrota_store_set_error (self, rc, error);
  return TRUE;
}

static gboolean
opening_matches (HubrotaOccurrence *occurrence, gint64 series_id, GDateTime *at)
{
  return (series_id == 0 || hubrota_occurrence_get_series (occurrence) == series_id) &&
         (at == NULL || g_date_time_equal (hubrota_occurrence_get_start (occurrence), at));
}

/* "10:00 and 14:00", "10:00, 12:00 and 14:00" (or "01:30+01:00 and 01:30+00:00" on the day
 * the clocks go back), to tell someone which openings they can choose between, as they would
 * type them. */
static char *
describe_times (GPtrArray *openings)
{
  char *text = NULL;

  for (guint i = 0; i < openings->len; i++)
    {
      g_autofree char *time = hubrota_london_format_input_clock (
        hubrota_occurrence_get_start (g_ptr_array_index (openings, i)));
      g_autofree char *before = text;

      if (i == 0)
        text = g_strdup (time);
      else if (i + 1 < openings->len)
        /* Translators: joins the times of a list, all but the last: "10:00, 12:00". The
         * first %s is the list so far, the second the next time. */
        text = g_strdup_printf (C_("list of times", "%s, %s"), before, time);
      else
        /* Translators: joins the last time to a list: "10:00, 12:00 and 14:00". The first
         * %s is the list so far, the second the last time. */
        text = g_strdup_printf (C_("list of times", "%s and %s"), before, time);
    }
  return text;
}

static HubrotaOccurrence *
find_opening (HubrotaStore *self, const char *hub, gint64 series_id, const GDate *date,
              GDateTime *at, GError **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) matching = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *day = describe_date (date);

  if (!check_series_of_hub (self, hub, series_id, error) ||
      (found = hubrota_store_list_occurrences (self, date, date, hub, error)) == NULL)
    return NULL;
  for (guint i = 0; i < found->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (found, i);
      if (opening_matches (occurrence, series_id, at))
        g_ptr_array_add (matching, g_object_ref (occurrence));
    }

  if (matching->len == 1)
    return g_object_ref (g_ptr_array_index (matching, 0));
  if (matching->len == 0 && at != NULL)
    {
      g_autofree char *clock = hubrota_london_format_input_clock (at);
      _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                      /* Translators: a hub's identifier, a time ("10:00") and a day
                       * ("Saturday 5 December 2026"). */
                      _("the hub ‘%s’ has no opening at %s on %s"), hub, clock, day);
    }
  else if (matching->len == 0)
    _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                    /* Translators: a hub's identifier and a day ("Saturday 5 December
                     * 2026"). */
                    _("the hub ‘%s’ has no opening on %s"), hub, day);
  else
    {
      g_autofree char *times = describe_times (matching);
      _hubrota_error (error, HUBROTA_STORE_ERROR_AMBIGUOUS,
                      g_dngettext (GETTEXT_PACKAGE,
                                   /* Translators: a hub's identifier, how many times it opens
                                    * (always two or more), a day ("Saturday 5 December 2026")
                                    * and the times ("10:00 and 14:00"). */
                                   "the hub ‘%s’ opens %u time on %s (at %s); say which",
                                   "the hub ‘%s’ opens %u times on %s (at %s); say which",
                                   matching->len),
                      hub, matching->len, day, times);
    }
  return NULL;
}

HubrotaOccurrence *
hubrota_store_find_occurrence (HubrotaStore  *self,
                               const char    *hub,
                               const GDate   *date,
                               GDateTime     *at,
                               GError       **error)
{
  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);
  g_return_val_if_fail (hub != NULL && date != NULL, NULL);

  return find_opening (self, hub, 0, date, at, error);
}

static gboolean
mark_cancelled (HubrotaStore *self, HubrotaOccurrence *occurrence, const char *reason,
                GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *date = hubrota_london_format_date (hubrota_occurrence_get_original_date (occurrence));

  g_autofree char *now = _hubrota_store_now_utc ();

  stmt = _hubrota_store_prepare (self,
                                 "INSERT INTO series_exception (series, original_date, cancelled, reason,"
                                 " modified_utc) VALUES (?, ?, 1, ?, ?) ON CONFLICT (series, original_date)"
                                 " DO UPDATE SET cancelled = 1, reason = excluded.reason,"
                                 " sequence = sequence + 1, modified_utc = excluded.modified_utc", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hubrota_occurrence_get_series (occurrence));
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  return _hubrota_store_run (self, stmt, error);
}

gboolean
hubrota_store_cancel_occurrence (HubrotaStore  *self,
                                 const char    *hub,
                                 gint64         series_id,
                                 const GDate   *date,
                                 const char    *reason,
                                 GError       **error)
{
  g_autoptr(HubrotaOccurrence) occurrence = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (hub != NULL && date != NULL, FALSE);

  if (!_hubrota_store_check_reason (reason, error) ||
      (occurrence = find_opening (self, hub, series_id, date, NULL, error)) == NULL)
    return FALSE;
  return mark_cancelled (self, occurrence, reason, error);
}

gboolean
hubrota_store_cancel_range (HubrotaStore  *self,
                            const char    *hub,
                            const GDate   *from,
                            const GDate   *to,
                            const char    *reason,
                            guint         *out_cancelled,
                            GError       **error)
{
  g_autoptr(GPtrArray) openings = NULL;
  guint cancelled = 0;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  if (!_hubrota_store_check_reason (reason, error) ||
      (hub != NULL && !_hubrota_store_hub_exists (self, hub, error)) ||
      (openings = hubrota_store_list_occurrences (self, from, to, hub, error)) == NULL)
    return FALSE;
  if (openings->len == 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           _("there are no openings to cancel in that period"));

  if (!_hubrota_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (openings, i);
      if (hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_SCHEDULED)
        cancelled++;
      if (!mark_cancelled (self, occurrence, reason, error))
        return _hubrota_store_fail (self);
    }
  if (!_hubrota_store_commit (self, error))
    return FALSE;
  if (out_cancelled != NULL)
    *out_cancelled = cancelled;
  return TRUE;
}

gboolean
hubrota_store_move_occurrence (HubrotaStore  *self,
                               const char    *hub,
                               gint64         series_id,
                               const GDate   *date,
                               GDateTime     *new_start,
                               int            duration_minutes,
                               GError       **error)
{
  g_autoptr(HubrotaOccurrence) occurrence = NULL;
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *original = NULL;
  g_autofree char *start = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (hub != NULL && date != NULL && new_start != NULL, FALSE);

  if (duration_minutes < 0 || duration_minutes > 24 * 60)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("an opening must last between 1 minute and 24 hours"));
  if ((occurrence = find_opening (self, hub, series_id, date, NULL, error)) == NULL)
    return FALSE;
  if (duration_minutes == 0)
    duration_minutes = g_date_time_difference (hubrota_occurrence_get_end (occurrence),
                                               hubrota_occurrence_get_start (occurrence))
                       / G_TIME_SPAN_MINUTE;

  stmt = _hubrota_store_prepare (self,
                                 "INSERT INTO series_exception (series, original_date,"
                                 " moved_start_local, moved_minutes, modified_utc) VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (series, original_date) DO UPDATE SET"
                                 " moved_start_local = excluded.moved_start_local,"
                                 " moved_minutes = excluded.moved_minutes,"
                                 " sequence = sequence + 1, modified_utc = excluded.modified_utc", error);
  if (stmt == NULL)
    return FALSE;
  original = hubrota_london_format_date (hubrota_occurrence_get_original_date (occurrence));
  start = hubrota_london_format_local (new_start);
  now = _hubrota_store_now_utc ();
  sqlite3_bind_int64 (stmt, 1, hubrota_occurrence_get_series (occurrence));
  sqlite3_bind_text (stmt, 2, original, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, duration_minutes);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  return _hubrota_store_run (self, stmt, error);
}

/* Restoring keeps the row, neutral, so the opening's sequence goes on rising: a calendar
 * that saw it cancelled must see the restored version as newer. */
#define NEUTRALISE \
  "UPDATE series_exception SET cancelled = 0, reason = NULL, moved_start_local = NULL," \
  " moved_minutes = NULL, sequence = sequence + 1, modified_utc = ?4" \
  " WHERE (cancelled = 1 OR moved_start_local IS NOT NULL) AND original_date = ?1"

static gboolean
restore_row (HubrotaStore *self, const char *sql, gint64 series, const char *hub,
             const char *original_date, gboolean *out_restored, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = _hubrota_store_prepare (self, sql, error);
  g_autofree char *now = _hubrota_store_now_utc ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, original_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, hub, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, series);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  if (!_hubrota_store_run (self, stmt, error))
    return FALSE;
  *out_restored = sqlite3_changes (sqlite3_db_handle (stmt)) > 0;
  return TRUE;
}

static gboolean
restore_exception (HubrotaStore *self, gint64 series, const char *original_date,
                   gboolean *out_restored, GError **error)
{
  return restore_row (self, NEUTRALISE " AND series = ?3", series, NULL,
                      original_date, out_restored, error);
}

/* A moved opening can be restored by the date it is on or the date it came from. */
static gboolean
restore_by_original_date (HubrotaStore *self, const char *hub, gint64 series_id,
                          const char *date, gboolean *out_restored, GError **error)
{
  return restore_row (self, NEUTRALISE " AND series IN"
                      " (SELECT id FROM series WHERE hub = ?2 AND (?3 = 0 OR id = ?3))",
                      series_id, hub, date, out_restored, error);
}

gboolean
hubrota_store_restore_occurrence (HubrotaStore  *self,
                                  const char    *hub,
                                  gint64         series_id,
                                  const GDate   *date,
                                  GError       **error)
{
  g_autoptr(HubrotaOccurrence) occurrence = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *date_text = hubrota_london_format_date (date);
  g_autofree char *day = describe_date (date);
  gboolean restored = FALSE;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (hub != NULL && date != NULL, FALSE);

  occurrence = find_opening (self, hub, series_id, date, NULL, &local_error);
  if (occurrence != NULL)
    {
      g_autofree char *original =
        hubrota_london_format_date (hubrota_occurrence_get_original_date (occurrence));
      if (!restore_exception (self, hubrota_occurrence_get_series (occurrence), original,
                              &restored, error))
        return FALSE;
    }
  else if (g_error_matches (local_error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND))
    {
      if (!check_series_of_hub (self, hub, series_id, error) ||
          !restore_by_original_date (self, hub, series_id, date_text, &restored, error))
        return FALSE;
    }
  else
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!restored)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           /* Translators: a hub's identifier and a day ("Saturday 5 December
                            * 2026"). */
                           _("the hub ‘%s’ has no cancelled or moved opening on %s"), hub, day);
  return TRUE;
}

/* What undo and redo need: an opening's exception as it stands, read and written whole. */

void
_hubrota_exception_state_free (HubrotaExceptionState *state)
{
  if (state == NULL)
    return;
  g_free (state->original_date);
  g_free (state->reason);
  g_free (state->moved_start);
  g_free (state);
}

gboolean
_hubrota_store_series_exists (HubrotaStore *self, gint64 series, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  stmt = _hubrota_store_prepare (self, "SELECT 1 FROM series WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, series);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           /* Translators: the number of a series of openings. */
                           _("the opening no longer exists (its series %" PRId64 " has been "
                             "removed)"), (int64_t) series);
  if (rc != SQLITE_ROW)
    return _hubrota_store_set_error (self, rc, error);
  return TRUE;
}

HubrotaExceptionState *
_hubrota_store_save_exception (HubrotaStore       *self,
                               HubrotaOccurrence  *occurrence,
                               GError            **error)
{
  g_autoptr(HubrotaExceptionState) state = g_new0 (HubrotaExceptionState, 1);
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  state->series = hubrota_occurrence_get_series (occurrence);
  state->original_date =
    hubrota_london_format_date (hubrota_occurrence_get_original_date (occurrence));
  if (!_hubrota_store_series_exists (self, state->series, error))
    return NULL;
  stmt = _hubrota_store_prepare (self,
                                 "SELECT cancelled, reason, moved_start_local, moved_minutes"
                                 " FROM series_exception WHERE series = ? AND original_date = ?",
                                 error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, state->series);
  sqlite3_bind_text (stmt, 2, state->original_date, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      state->cancelled = sqlite3_column_int (stmt, 0) != 0;
      state->reason = g_strdup (_hubrota_column_text (stmt, 1));
      state->moved_start = g_strdup (_hubrota_column_text (stmt, 2));
      state->moved_minutes = sqlite3_column_int (stmt, 3);
    }
  else if (rc != SQLITE_DONE)
    {
      _hubrota_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&state);
}

HubrotaExceptionState *
_hubrota_exception_state_copy (const HubrotaExceptionState *state)
{
  HubrotaExceptionState *copy = g_new0 (HubrotaExceptionState, 1);

  copy->series = state->series;
  copy->original_date = g_strdup (state->original_date);
  copy->cancelled = state->cancelled;
  copy->reason = g_strdup (state->reason);
  copy->moved_start = g_strdup (state->moved_start);
  copy->moved_minutes = state->moved_minutes;
  return copy;
}

/* Like a cancel, move or restore, writing the state raises the opening's sequence, so a
 * calendar that saw the change sees its undoing as newer still. */
gboolean
_hubrota_store_load_exception (HubrotaStore                *self,
                               const HubrotaExceptionState *state,
                               GError                     **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *now = _hubrota_store_now_utc ();

  if (!_hubrota_store_series_exists (self, state->series, error))
    return FALSE;
  stmt = _hubrota_store_prepare (self,
                                 "INSERT INTO series_exception (series, original_date, cancelled,"
                                 " reason, moved_start_local, moved_minutes, modified_utc)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (series, original_date)"
                                 " DO UPDATE SET cancelled = excluded.cancelled,"
                                 " reason = excluded.reason,"
                                 " moved_start_local = excluded.moved_start_local,"
                                 " moved_minutes = excluded.moved_minutes,"
                                 " sequence = sequence + 1, modified_utc = excluded.modified_utc",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->series);
  sqlite3_bind_text (stmt, 2, state->original_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, state->cancelled ? 1 : 0);
  sqlite3_bind_text (stmt, 4, state->cancelled ? state->reason : NULL, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, state->moved_start, -1, SQLITE_TRANSIENT);
  if (state->moved_start != NULL)
    sqlite3_bind_int (stmt, 6, state->moved_minutes);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);
  return _hubrota_store_run (self, stmt, error);
}
