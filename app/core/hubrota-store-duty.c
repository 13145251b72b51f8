/* hubrota-store-duty.c: officers' duty periods (shift patterns and rosters) and absences
 *
 * Like opening series, a duty period is a local start, a duration and an optional RRULE,
 * expanded on demand, or a roster: a cycle of days (duty.cycle_days) with a row in
 * duty_shift for each day that is not rest. An absence is a plain local start and end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "hubrota-london.h"
#include "hubrota-recurrence.h"
#include "hubrota-store-private.h"
#include "hubrota-store-sql.h"

#define MAX_SHIFT_MINUTES (24 * 60)

/* A roster's start_local is 00:00 on its day 0; duration_minutes, which the table
 * requires, is a day and means nothing. */
#define ROSTER_ROW_MINUTES (24 * 60)

static gboolean
check_roster (HubrotaDuty *duty, GError **error)
{
  guint days = hubrota_duty_get_cycle_days (duty);

  for (guint day = 0; day < days; day++)
    if (hubrota_duty_get_roster_shift (duty, day, NULL, NULL))
      return TRUE;
  return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                         g_dngettext (GETTEXT_PACKAGE,
                                      /* Translators: %u is the length of the roster's cycle
                                       * in days: "its 10-day cycle". */
                                      "a roster needs at least one shift in its %u-day cycle",
                                      "a roster needs at least one shift in its %u-day cycle",
                                      days), days);
}

static gboolean
check_duty (HubrotaStore *self, HubrotaDuty *duty, GError **error)
{
  int minutes = hubrota_duty_get_duration_minutes (duty);

  if (!_hubrota_store_officer_exists (self, hubrota_duty_get_officer (duty), error))
    return FALSE;
  if (hubrota_duty_is_roster (duty))
    return check_roster (duty, error);
  if (minutes <= 0 || minutes > MAX_SHIFT_MINUTES)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: %d is the length that was asked for,
                                         * in minutes (0, or more than 1440). */
                                        "a duty period lasts from 1 minute to 24 hours, not %d "
                                        "minute",
                                        "a duty period lasts from 1 minute to 24 hours, not %d "
                                        "minutes", (gulong) ABS (minutes)), minutes);
  return hubrota_recurrence_validate (hubrota_duty_get_start (duty),
                                      hubrota_duty_get_rrule (duty), error);
}

/* Binds ?1 start_local, ?2 duration_minutes, ?3 rrule, ?4 cycle_days. */
static void
bind_duty (sqlite3_stmt *stmt, HubrotaDuty *duty)
{
  g_autofree char *start = hubrota_london_format_local (hubrota_duty_get_start (duty));
  guint days = hubrota_duty_get_cycle_days (duty);

  sqlite3_bind_text (stmt, 1, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, days > 0 ? ROSTER_ROW_MINUTES
                                      : hubrota_duty_get_duration_minutes (duty));
  sqlite3_bind_text (stmt, 3, hubrota_duty_get_rrule (duty), -1, SQLITE_TRANSIENT);
  if (days > 0)
    sqlite3_bind_int (stmt, 4, (int) days);
  else
    sqlite3_bind_null (stmt, 4);
}

/* Replaces the roster's day rows (none for a duty that is not a roster). */
static gboolean
write_shifts (HubrotaStore *self, gint64 id, HubrotaDuty *duty, GError **error)
{
  g_autoptr(HubrotaStatement) clear = NULL;

  clear = _hubrota_store_prepare (self, "DELETE FROM duty_shift WHERE duty = ?", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, id);
  if (!_hubrota_store_run (self, clear, error))
    return FALSE;
  for (guint day = 0; day < hubrota_duty_get_cycle_days (duty); day++)
    {
      g_autoptr(HubrotaStatement) stmt = NULL;
      int start, minutes;

      if (!hubrota_duty_get_roster_shift (duty, day, &start, &minutes))
        continue;
      stmt = _hubrota_store_prepare (self,
                                     "INSERT INTO duty_shift (duty, day, start_minute,"
                                     " duration_minutes) VALUES (?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) day);
      sqlite3_bind_int (stmt, 3, start);
      sqlite3_bind_int (stmt, 4, minutes);
      if (!_hubrota_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
insert_duty (HubrotaStore *self, HubrotaDuty *duty, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  gint64 id;

  stmt = _hubrota_store_prepare (self,
                                 "INSERT INTO duty (start_local, duration_minutes, rrule,"
                                 " cycle_days, officer) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return 0;
  bind_duty (stmt, duty);
  sqlite3_bind_text (stmt, 5, hubrota_duty_get_officer (duty), -1, SQLITE_TRANSIENT);
  if (!_hubrota_store_run (self, stmt, error))
    return 0;
  id = _hubrota_store_last_id (self);
  return write_shifts (self, id, duty, error) ? id : 0;
}

gint64
hubrota_store_add_duty (HubrotaStore  *self,
                        HubrotaDuty   *duty,
                        GError       **error)
{
  gint64 id;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), 0);
  g_return_val_if_fail (HUBROTA_IS_DUTY (duty), 0);

  if (!check_duty (self, duty, error) || !_hubrota_store_begin (self, error))
    return 0;
  if ((id = insert_duty (self, duty, error)) == 0)
    return _hubrota_store_fail (self);
  if (!_hubrota_store_commit (self, error))
    return 0;
  hubrota_duty_set_id (duty, id);
  return id;
}

/* A gpointer, for _hubrota_store_collect. Columns: id, officer, start_local,
 * duration_minutes, rrule, cycle_days. */
static gpointer
duty_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) start = _hubrota_column_local (stmt, 2, "duty");
  int days = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? 0 : sqlite3_column_int (stmt, 5);
  HubrotaDuty *duty;

  if (days >= 1 && days <= HUBROTA_ROSTER_MAX_DAYS)
    {
      GDate first;

      g_date_clear (&first, 1);
      g_date_set_dmy (&first, g_date_time_get_day_of_month (start), g_date_time_get_month (start),
                      g_date_time_get_year (start));
      duty = hubrota_duty_new_roster (_hubrota_column_text (stmt, 1), &first, (guint) days);
    }
  else
    duty = hubrota_duty_new (_hubrota_column_text (stmt, 1), start, sqlite3_column_int (stmt, 3),
                             _hubrota_column_text (stmt, 4));
  hubrota_duty_set_id (duty, sqlite3_column_int64 (stmt, 0));
  return duty;
}

/* sql takes the officer (or NULL for all) as ?1; an unknown officer is an error. */
static GPtrArray *
list_for_officer (HubrotaStore *self, const char *sql_all, const char *sql_one,
                  const char *officer, gpointer (*from_row) (sqlite3_stmt *stmt), GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  if (officer != NULL && !_hubrota_store_officer_exists (self, officer, error))
    return NULL;
  stmt = _hubrota_store_prepare (self, officer != NULL ? sql_one : sql_all, error);
  if (stmt == NULL)
    return NULL;
  if (officer != NULL)
    sqlite3_bind_text (stmt, 1, officer, -1, SQLITE_TRANSIENT);
  return _hubrota_store_collect (self, stmt, from_row, error);
}

static gboolean
damaged_shift (sqlite3_stmt *stmt, GError **error)
{
  return _hubrota_error (error, HUBROTA_STORE_ERROR_DAMAGED,
                         /* Translators: the roster's number, then a day of its cycle
                          * (counting from 0). */
                         _("the stored roster %" PRId64 " has a shift on day %d, outside its "
                           "cycle"), (int64_t) sqlite3_column_int64 (stmt, 0),
                         sqlite3_column_int (stmt, 1));
}

/* Gives each roster of duties its shifts, from stmt's rows (duty, day, start_minute,
 * duration_minutes); rows of other duties are passed over. */
static gboolean
read_shifts (HubrotaStore *self, GPtrArray *duties, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr(GHashTable) rosters = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         NULL);
  int rc;

  for (guint i = 0; i < duties->len; i++)
    {
      HubrotaDuty *duty = g_ptr_array_index (duties, i);
      gint64 id = hubrota_duty_get_id (duty);

      if (hubrota_duty_is_roster (duty))
        g_hash_table_insert (rosters, g_memdup2 (&id, sizeof id), duty);
    }
  if (g_hash_table_size (rosters) == 0)
    return TRUE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      HubrotaDuty *duty = g_hash_table_lookup (rosters, &id);
      int day = sqlite3_column_int (stmt, 1);

      if (duty == NULL)
        continue;
      if (day < 0 || (guint) day >= hubrota_duty_get_cycle_days (duty))
        return damaged_shift (stmt, error);
      hubrota_duty_set_roster_shift (duty, (guint) day, sqlite3_column_int (stmt, 2),
                                     sqlite3_column_int (stmt, 3));
    }
  if (rc != SQLITE_DONE)
    return _hubrota_store_set_error (self, rc, error);
  return TRUE;
}

GPtrArray *
hubrota_store_list_duties (HubrotaStore  *self,
                           const char    *officer,
                           GError       **error)
{
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(HubrotaStatement) shifts = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);

  duties = list_for_officer (self, HUBROTA_SQL_DUTIES_ALL, HUBROTA_SQL_DUTIES_ONE, officer,
                             duty_from_row, error);
  if (duties == NULL)
    return NULL;
  shifts = _hubrota_store_prepare (self, officer != NULL ? HUBROTA_SQL_DUTY_SHIFTS_ONE
                                                         : HUBROTA_SQL_DUTY_SHIFTS_ALL, error);
  if (shifts == NULL)
    return NULL;
  if (officer != NULL)
    sqlite3_bind_text (shifts, 1, officer, -1, SQLITE_TRANSIENT);
  if (!read_shifts (self, duties, shifts, error))
    return NULL;
  return g_steal_pointer (&duties);
}

HubrotaDuty *
hubrota_store_get_duty (HubrotaStore  *self,
                        gint64         duty_id,
                        GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autoptr(HubrotaStatement) shifts = NULL;
  g_autoptr(GPtrArray) duties = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);

  stmt = _hubrota_store_prepare (self,
                                 "SELECT id, officer, start_local, duration_minutes, rrule,"
                                 " cycle_days FROM duty WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, duty_id);
  if ((duties = _hubrota_store_collect (self, stmt, duty_from_row, error)) == NULL)
    return NULL;
  if (duties->len == 0)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                      /* Translators: the number of a duty period (a shift pattern or a
                       * roster). */
                      _("there is no duty period %" PRId64), (int64_t) duty_id);
      return NULL;
    }
  shifts = _hubrota_store_prepare (self,
                                   "SELECT duty, day, start_minute, duration_minutes"
                                   " FROM duty_shift WHERE duty = ?", error);
  if (shifts == NULL)
    return NULL;
  sqlite3_bind_int64 (shifts, 1, duty_id);
  if (!read_shifts (self, duties, shifts, error))
    return NULL;
  return g_object_ref (g_ptr_array_index (duties, 0));
}

static gboolean
update_duty (HubrotaStore *self, gint64 id, HubrotaDuty *duty, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  stmt = _hubrota_store_prepare (self,
                                 "UPDATE duty SET start_local = ?1, duration_minutes = ?2,"
                                 " rrule = ?3, cycle_days = ?4 WHERE id = ?5", error);
  if (stmt == NULL)
    return FALSE;
  bind_duty (stmt, duty);
  sqlite3_bind_int64 (stmt, 5, id);
  return _hubrota_store_run (self, stmt, error) && write_shifts (self, id, duty, error);
}

gboolean
hubrota_store_update_duty (HubrotaStore  *self,
                           HubrotaDuty   *duty,
                           GError       **error)
{
  g_autoptr(HubrotaDuty) stored = NULL;
  gint64 id;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_DUTY (duty), FALSE);

  id = hubrota_duty_get_id (duty);
  if ((stored = hubrota_store_get_duty (self, id, error)) == NULL)
    return FALSE;
  if (g_strcmp0 (hubrota_duty_get_officer (stored), hubrota_duty_get_officer (duty)) != 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           /* Translators: the number of a duty period, then the collar
                            * number of its officer and of the officer it was given to:
                            * "duty period 7 is PC1’s, not PC2’s". */
                           _("duty period %" PRId64 " is %s’s, not %s’s"), (int64_t) id,
                           hubrota_duty_get_officer (stored), hubrota_duty_get_officer (duty));
  if (!check_duty (self, duty, error) || !_hubrota_store_begin (self, error))
    return FALSE;
  if (!update_duty (self, id, duty, error))
    return _hubrota_store_fail (self);
  return _hubrota_store_commit (self, error);
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
                           _("an absence must end after it starts"));
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

  return list_for_officer (self, HUBROTA_SQL_ABSENCES_ALL, HUBROTA_SQL_ABSENCES_ONE, officer,
                           absence_from_row, error);
}

typedef enum { ROW_DUTY, ROW_ABSENCE } RowKind;

/* Deletes the row with that id, after checking it is there, so an unknown id is an error
 * rather than a silent no-op; kind says which the message names. */
static gboolean
remove_by_id (HubrotaStore *self, const char *sql_exists, const char *sql_delete, gint64 id,
              RowKind kind, GError **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autoptr(HubrotaStatement) deletion = NULL;
  int rc;

  stmt = _hubrota_store_prepare (self, sql_exists, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE && kind == ROW_DUTY)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           _("there is no duty period %" PRId64), (int64_t) id);
  if (rc == SQLITE_DONE)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           /* Translators: the number of a period of leave. */
                           _("there is no absence %" PRId64), (int64_t) id);
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
                       duty_id, ROW_DUTY, error);
}

gboolean
hubrota_store_remove_absence (HubrotaStore  *self,
                              gint64         absence_id,
                              GError       **error)
{
  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);

  return remove_by_id (self, "SELECT 1 FROM absence WHERE id = ?",
                       "DELETE FROM absence WHERE id = ?", absence_id, ROW_ABSENCE, error);
}
