/* hubrota-store-sql.h: the store's queries for one officer, one hub or a period, named
 *
 * Each query that reads "everything" or "just this one" comes as two statements chosen in C,
 * never as one written `WHERE ?1 IS NULL OR id = ?1`: SQLite plans a statement once, before
 * the parameter is known, so that form scans the whole table even for one officer (9.4 ms
 * instead of 13 µs at 20,000 officers). They are named here, in one place, so that
 * tests/test-query-plan.c can ask SQLite how it runs the very text the store runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#define HUBROTA_SQL_OFFICER_COLUMNS \
  "SELECT id, name, role, beat, weekly_hours, leaving_date FROM officer"
#define HUBROTA_SQL_OFFICERS_ALL HUBROTA_SQL_OFFICER_COLUMNS " ORDER BY id"
#define HUBROTA_SQL_OFFICER_ONE HUBROTA_SQL_OFFICER_COLUMNS " WHERE id = ?1"
#define HUBROTA_SQL_OFFICER_EXISTS "SELECT 1 FROM officer WHERE id = ?"
#define HUBROTA_SQL_OFFICER_TOKEN "SELECT feed_token FROM officer WHERE id = ?"

#define HUBROTA_SQL_DUTY_COLUMNS \
  "SELECT id, officer, start_local, duration_minutes, rrule, cycle_days FROM duty"
#define HUBROTA_SQL_DUTIES_ALL HUBROTA_SQL_DUTY_COLUMNS " ORDER BY officer, start_local, id"
#define HUBROTA_SQL_DUTIES_ONE \
  HUBROTA_SQL_DUTY_COLUMNS " WHERE officer = ?1 ORDER BY officer, start_local, id"
#define HUBROTA_SQL_DUTY_SHIFT_COLUMNS \
  "SELECT s.duty, s.day, s.start_minute, s.duration_minutes" \
  " FROM duty_shift s JOIN duty d ON d.id = s.duty"
#define HUBROTA_SQL_DUTY_SHIFTS_ALL HUBROTA_SQL_DUTY_SHIFT_COLUMNS
#define HUBROTA_SQL_DUTY_SHIFTS_ONE HUBROTA_SQL_DUTY_SHIFT_COLUMNS " WHERE d.officer = ?1"

#define HUBROTA_SQL_ABSENCE_COLUMNS \
  "SELECT id, officer, start_local, end_local, reason FROM absence"
#define HUBROTA_SQL_ABSENCES_ALL HUBROTA_SQL_ABSENCE_COLUMNS " ORDER BY officer, start_local, id"
#define HUBROTA_SQL_ABSENCES_ONE \
  HUBROTA_SQL_ABSENCE_COLUMNS " WHERE officer = ?1 ORDER BY officer, start_local, id"

/* Whole-series assignments, of every hub or of one. */
#define HUBROTA_SQL_SERIES_WIDE_COLUMNS \
  "SELECT a.series, a.officer FROM series_assignment a JOIN series s ON s.id = a.series"
#define HUBROTA_SQL_SERIES_WIDE_ALL HUBROTA_SQL_SERIES_WIDE_COLUMNS
#define HUBROTA_SQL_SERIES_WIDE_HUB HUBROTA_SQL_SERIES_WIDE_COLUMNS " WHERE s.hub = ?1"
/* One-opening assignments with original dates from ?2 to ?3. */
#define HUBROTA_SQL_SINGLE_COLUMNS \
  "SELECT a.series, a.original_date, a.officer, a.assigned" \
  " FROM assignment a JOIN series s ON s.id = a.series"
#define HUBROTA_SQL_SINGLE_ALL HUBROTA_SQL_SINGLE_COLUMNS " WHERE a.original_date BETWEEN ?2 AND ?3"
#define HUBROTA_SQL_SINGLE_HUB \
  HUBROTA_SQL_SINGLE_COLUMNS " WHERE s.hub = ?1 AND a.original_date BETWEEN ?2 AND ?3"

/* A series row with its hub's part of the revision; modified is '' when never recorded. */
#define HUBROTA_SQL_SERIES_COLUMNS \
  "s.id, s.hub, s.start_local, s.duration_minutes, s.rrule, s.min_officers," \
  " s.revision + h.revision," \
  " max (coalesce (s.modified_utc, ''), coalesce (h.modified_utc, ''))"
/* Every hub's but the archived ones'; one hub's, archived or not. */
#define HUBROTA_SQL_SERIES_ALL \
  "SELECT " HUBROTA_SQL_SERIES_COLUMNS " FROM series s JOIN hub h ON h.slug = s.hub" \
  " WHERE NOT h.archived ORDER BY s.hub, s.id"
#define HUBROTA_SQL_SERIES_HUB \
  "SELECT " HUBROTA_SQL_SERIES_COLUMNS " FROM series s JOIN hub h ON h.slug = s.hub" \
  " WHERE s.hub = ?1 ORDER BY s.hub, s.id"
#define HUBROTA_SQL_SERIES_ONE \
  "SELECT " HUBROTA_SQL_SERIES_COLUMNS " FROM series s JOIN hub h ON h.slug = s.hub" \
  " WHERE s.id = ?"

/* How many officers are on any opening of series ?1. */
#define HUBROTA_SQL_SERIES_OFFICERS \
  "SELECT count (*) FROM (SELECT officer FROM series_assignment" \
  " WHERE series = ?1 UNION SELECT officer FROM assignment" \
  " WHERE series = ?1 AND assigned = 1)"

#define HUBROTA_SQL_EXCEPTION_COLUMNS \
  "SELECT e.series, e.original_date, e.cancelled, e.reason," \
  " e.moved_start_local, e.moved_minutes, e.sequence, e.modified_utc" \
  " FROM series_exception e JOIN series s ON s.id = e.series"
#define HUBROTA_SQL_EXCEPTIONS_ALL HUBROTA_SQL_EXCEPTION_COLUMNS
#define HUBROTA_SQL_EXCEPTIONS_HUB HUBROTA_SQL_EXCEPTION_COLUMNS " WHERE s.hub = ?1"

/* Openings moved into [?1, ?2] from a date outside it. */
#define HUBROTA_SQL_MOVED_IN_COLUMNS \
  "SELECT s.hub, e.series, e.original_date, s.min_officers," \
  " e.cancelled, e.reason, e.moved_start_local, e.moved_minutes," \
  " e.sequence, e.modified_utc, s.revision + h.revision," \
  " max (coalesce (s.modified_utc, ''), coalesce (h.modified_utc, ''))" \
  " FROM series_exception e JOIN series s ON s.id = e.series" \
  " JOIN hub h ON h.slug = s.hub" \
  " WHERE e.moved_start_local >= ?1" \
  " AND substr (e.moved_start_local, 1, 10) <= ?2" \
  " AND (e.original_date < ?1 OR e.original_date > ?2)"
#define HUBROTA_SQL_MOVED_IN_ALL HUBROTA_SQL_MOVED_IN_COLUMNS " AND NOT h.archived"
#define HUBROTA_SQL_MOVED_IN_HUB HUBROTA_SQL_MOVED_IN_COLUMNS " AND s.hub = ?3"
