/* hubrota-store-duty.c: officers' duty periods (shift patterns) and absences
 *
 * Like opening series, a duty period is a local start, a duration and an optional RRULE,
 * expanded on demand; an absence is a plain local start and end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include "hubrota-london.h"
#include "hubrota-recurrence.h"
#include "hubrota-store-private.h"

#define MAX_SHIFT_MINUTES (24 * 60)

gint64
hubrota_store_add_duty (HubrotaStore  *self,
                        HubrotaDuty   *duty,
                        GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *start = NULL;
  int minutes;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), 0);
  g_return_val_if_fail (HUBROTA_IS_DUTY (duty), 0);

  minutes = hubrota_duty_get_duration_minutes (duty);
  if (!_hubrota_store_officer_exists (self, hubrota_duty_get_officer (duty), error))
    return 0;
  if (minutes <= 0 || minutes > MAX_SHIFT_MINUTES)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           "a duty period lasts from 1 minute to 24 hours, not %d minutes",
                           minutes);
  if (!hubrota_recurrence_validate (hubrota_duty_get_start (duty), hubrota_duty_get_rrule (duty),
                                    error))
    return 0;

  stmt = _hubrota_store_prepare (self,
                                 "INSERT INTO duty (officer, start_local, duration_minutes, rrule)"
                                 " VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return 0;
  start = hubrota_london_format_local (hubrota_duty_get_start (duty));
  sqlite3_bind_text (stmt, 1, hubrota_duty_get_officer (duty), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, minutes);
  sqlite3_bind_text (stmt, 4, hubrota_duty_get_rrule (duty), -1, SQLITE_TRANSIENT);
  if (!_hubrota_store_run (self, stmt, error))
    return 0;
  hubrota_duty_set_id (duty, _hubrota_store_last_id (self));
  return hubrota_duty_get_id (duty);
}

/* A gpointer, for _hubrota_store_collect. */
static gpointer
duty_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) start = _hubrota_column_local (stmt, 2, "duty");
  HubrotaDuty *duty = hubrota_duty_new (_hubrota_column_text (stmt, 1), start,
                                        sqlite3_column_int (stmt, 3),
                                        _hubrota_column_text (stmt, 4));

  hubrota_duty_set_id (duty, sqlite3_column_int64 (stmt, 0));
  return duty;
}

/* sql takes the officer (or NULL for all) as ?1; an unknown officer is an error. */
static GPtrArray *
list_for_officer (HubrotaStore *self, const char *sql, const char *officer,
                  gpointer (*from_row) (sqlite3_stmt *stmt), GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  if (officer != NULL && !_hubrota_store_officer_exists (self, officer, error))
    return NULL;
  stmt = _hubrota_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, officer, -1, SQLITE_TRANSIENT);
  return _hubrota_store_collect (self, stmt, from_row, error);
}

GPtrArray *
hubrota_store_list_duties (HubrotaStore  *self,
                           const char    *officer,
                           GError       **error)
{
  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);

  return list_for_officer (self,
                           "SELECT id, officer, start_local, duration_minutes, rrule FROM duty"
                           " WHERE ?1 IS NULL OR officer = ?1 ORDER BY officer, start_local, id",
                           officer, duty_from_row, error);
}

static gboolean
check_absence (HubrotaStore *self, HubrotaAbsence *absence, GError **error)
{
  const char *reason = hubrota_absence_get_reason (absence);

  if (!_hubrota_store_officer_exists (self, hubrota_absence_get_officer (absence), error))
    return FALSE;
  if (g_date_time_compare (hubrota_absence_get_end (absence),
                           hubrota_absence_get_start (absence)) <= 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           "an absence must end after it starts");
  return _hubrota_store_check_reason (reason, error);
}

gint64
hubrota_store_add_absence (HubrotaStore    *self,
                           HubrotaAbsence  *absence,
                           GError         **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), 0);
  g_return_val_if_fail (HUBROTA_IS_ABSENCE (absence), 0);

  if (!check_absence (self, absence, error))
    return 0;
  stmt = _hubrota_store_prepare (self,
                                 "INSERT INTO absence (officer, start_local, end_local, reason)"
                                 " VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return 0;
  start = hubrota_london_format_local (hubrota_absence_get_start (absence));
  end = hubrota_london_format_local (hubrota_absence_get_end (absence));
  sqlite3_bind_text (stmt, 1, hubrota_absence_get_officer (absence), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, end, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, hubrota_absence_get_reason (absence), -1, SQLITE_TRANSIENT);
  if (!_hubrota_store_run (self, stmt, error))
    return 0;
  hubrota_absence_set_id (absence, _hubrota_store_last_id (self));
  return hubrota_absence_get_id (absence);
}

/* A gpointer, for _hubrota_store_collect. */
static gpointer
absence_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) start = _hubrota_column_local (stmt, 2, "absence");
  g_autoptr(GDateTime) end = _hubrota_column_local (stmt, 3, "absence");
  HubrotaAbsence *absence = hubrota_absence_new (_hubrota_column_text (stmt, 1), start, end,
                                                 _hubrota_column_text (stmt, 4));

  hubrota_absence_set_id (absence, sqlite3_column_int64 (stmt, 0));
  return absence;
}

GPtrArray *
hubrota_store_list_absences (HubrotaStore  *self,
                             const char    *officer,
                             GError       **error)
{
  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);

  return list_for_officer (self,
                           "SELECT id, officer, start_local, end_local, reason FROM absence"
                           " WHERE ?1 IS NULL OR officer = ?1 ORDER BY officer, start_local, id",
                           officer, absence_from_row, error);
}

/* Deletes the row with that id, after checking it is there, so an unknown id is an error
 * rather than a silent no-op; what names the kind of row in the message. */
static gboolean
remove_by_id (HubrotaStore *self, const char *sql_exists, const char *sql_delete, gint64 id,
              const char *what, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autoptr(HubrotaStatement) deletion = NULL;
  int rc;

  stmt = _hubrota_store_prepare (self, sql_exists, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           "there is no %s %" G_GINT64_FORMAT, what, id);
  if (rc != SQLITE_ROW)
    return _hubrota_store_set_error (self, rc, error);

  deletion = _hubrota_store_prepare (self, sql_delete, error);
  if (deletion == NULL)
    return FALSE;
  sqlite3_bind_int64 (deletion, 1, id);
  return _hubrota_store_run (self, deletion, error);
}

gboolean
hubrota_store_remove_duty (HubrotaStore  *self,
                           gint64         duty_id,
                           GError       **error)
{
  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);

  return remove_by_id (self, "SELECT 1 FROM duty WHERE id = ?", "DELETE FROM duty WHERE id = ?",
                       duty_id, "duty period", error);
}

gboolean
hubrota_store_remove_absence (HubrotaStore  *self,
                              gint64         absence_id,
                              GError       **error)
{
  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);

  return remove_by_id (self, "SELECT 1 FROM absence WHERE id = ?",
                       "DELETE FROM absence WHERE id = ?", absence_id, "absence", error);
}
