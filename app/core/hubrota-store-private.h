/* hubrota-store-private.h: what the store's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "hubrota-error-private.h"
#include "hubrota-store.h"

G_BEGIN_DECLS

/* A cached prepared statement; g_autoptr resets it (and clears its bindings) when it goes
 * out of scope, so it can be handed out again. */
typedef sqlite3_stmt HubrotaStatement;

static inline void
_hubrota_statement_release (HubrotaStatement *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HubrotaStatement, _hubrota_statement_release)

HubrotaStatement *_hubrota_store_prepare    (HubrotaStore      *self,
                                             const char        *sql,
                                             GError           **error);
/* How SQLite would run sql (one of hubrota-store-sql.h's): the detail column of its EXPLAIN
 * QUERY PLAN, a line per step ("SEARCH officer USING INDEX sqlite_autoindex_officer_1 (id=?)"),
 * for tests/test-query-plan.c. */
char             *_hubrota_store_explain    (HubrotaStore      *self,
                                             const char        *sql,
                                             GError           **error);
/* Steps a statement that returns no rows. */
gboolean          _hubrota_store_run        (HubrotaStore      *self,
                                             HubrotaStatement  *stmt,
                                             GError           **error);
/* Steps a query to the end, making an object of each row with from_row; NULL on an error. */
GPtrArray        *_hubrota_store_collect    (HubrotaStore      *self,
                                             HubrotaStatement  *stmt,
                                             gpointer         (*from_row) (sqlite3_stmt *stmt),
                                             GError           **error);
gboolean          _hubrota_store_set_error  (HubrotaStore      *self,
                                             int                rc,
                                             GError           **error);
/* Runs SQL with no parameters and no rows; the tests use it to make a connection read-only
 * (PRAGMA query_only) or impatient (PRAGMA busy_timeout), as a full disk or a lock would. */
gboolean          _hubrota_store_exec       (HubrotaStore      *self,
                                             const char        *sql,
                                             GError           **error);
gboolean          _hubrota_store_begin      (HubrotaStore      *self,
                                             GError           **error);
gboolean          _hubrota_store_begin_read (HubrotaStore      *self,
                                             GError           **error);
/* SQLite's PRAGMA data_version: it moves when another connection commits. */
gboolean          _hubrota_store_get_data_version (HubrotaStore *self,
                                                   int          *out_version,
                                                   GError      **error);
gboolean          _hubrota_store_commit     (HubrotaStore      *self,
                                             GError           **error);
void              _hubrota_store_rollback   (HubrotaStore      *self);
/* Rolls back and returns FALSE: for `return _hubrota_store_fail (self);` after an error. */
gboolean          _hubrota_store_fail       (HubrotaStore      *self);
gint64            _hubrota_store_last_id    (HubrotaStore      *self);
/* "2026-11-21T23:45:00Z": when a change is recorded (modified_utc columns). */
char             *_hubrota_store_now_utc    (void);
gboolean          _hubrota_store_hub_exists (HubrotaStore      *self,
                                             const char        *slug,
                                             GError           **error);
gboolean          _hubrota_store_beat_exists (HubrotaStore     *self,
                                              const char       *slug,
                                              GError          **error);
gboolean          _hubrota_store_officer_exists (HubrotaStore  *self,
                                                 const char    *id,
                                                 GError       **error);
/* Fills in who staffs each of the openings (all of the hub's, or all hubs' when NULL). */
gboolean          _hubrota_store_fill_assigned  (HubrotaStore  *self,
                                                 GPtrArray     *occurrences,
                                                 const char    *hub,
                                                 GError       **error);
/* hubrota-demo-rota.c: the demo's officers and rota, inside hubrota_store_load_demo's
 * transaction; from is where its series begin. */
gboolean          _hubrota_demo_add_rota        (HubrotaStore  *self,
                                                 const GDate   *from,
                                                 const GDate   *today,
                                                 GError       **error);
/* Everything stored about one officer on one series (hubrota-store-assignments.c), so a
 * change can be undone and redone exactly. */
typedef struct
{
  char *officer;
  gint64 series;
  gboolean series_wide;
  GPtrArray *dates;        /* original dates with a row of their own */
  GArray *assigned;        /* int, that row's assigned column */
} HubrotaAssignmentState;

void                    _hubrota_assignment_state_free  (HubrotaAssignmentState *state);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HubrotaAssignmentState, _hubrota_assignment_state_free)
HubrotaAssignmentState *_hubrota_store_save_assignments  (HubrotaStore           *self,
                                                          const char             *officer,
                                                          gint64                  series,
                                                          GError                **error);
/* Puts the rows back as they were saved, in the caller's transaction. */
/* NOT_FOUND, "the opening no longer exists …", once the series has been removed. */
gboolean                _hubrota_store_series_exists     (HubrotaStore           *self,
                                                          gint64                  series,
                                                          GError                **error);
gboolean                _hubrota_store_load_assignments  (HubrotaStore           *self,
                                                          HubrotaAssignmentState *state,
                                                          GError                **error);
/* An opening's exception row as it stands (hubrota-store-exceptions.c), so a cancel, move or
 * restore can be undone and redone exactly; no row reads as neutral. */
typedef struct
{
  gint64 series;
  char *original_date;     /* YYYY-MM-DD */
  gboolean cancelled;
  char *reason;
  char *moved_start;       /* YYYY-MM-DDTHH:MM local, NULL unless moved */
  int moved_minutes;
} HubrotaExceptionState;

void                   _hubrota_exception_state_free (HubrotaExceptionState       *state);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HubrotaExceptionState, _hubrota_exception_state_free)
HubrotaExceptionState *_hubrota_exception_state_copy (const HubrotaExceptionState *state);
HubrotaExceptionState *_hubrota_store_save_exception (HubrotaStore                *self,
                                                      HubrotaOccurrence           *occurrence,
                                                      GError                     **error);
/* Writes the state as the opening's row, raising its sequence, in the caller's transaction. */
gboolean               _hubrota_store_load_exception (HubrotaStore                *self,
                                                      const HubrotaExceptionState *state,
                                                      GError                     **error);
/* Every row of a series and of what hangs off it (hubrota-store-extra.c): deleting a
 * one-off opening returns them, so it can be put back exactly, id and all. */
typedef struct _HubrotaSeriesRows HubrotaSeriesRows;

void               _hubrota_series_rows_free       (HubrotaSeriesRows  *rows);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HubrotaSeriesRows, _hubrota_series_rows_free)
gint64             _hubrota_series_rows_get_series (HubrotaSeriesRows  *rows);
HubrotaSeriesRows *_hubrota_store_delete_series    (HubrotaStore       *self,
                                                    gint64              series,
                                                    GError            **error);
gboolean           _hubrota_store_put_back_series  (HubrotaStore       *self,
                                                    HubrotaSeriesRows  *rows,
                                                    GError            **error);
/* Runs sql, which takes key as its one parameter, and says whether it returned a row. */
gboolean          _hubrota_store_row_exists (HubrotaStore      *self,
                                             const char        *sql,
                                             const char        *key,
                                             gboolean          *out,
                                             GError           **error);
/* Text a person typed, as "what" says it ("the address of the hub ‘bedford’"): valid UTF-8,
 * at most max_chars, no control, invisible formatting or separator character, and line
 * breaks only where lines is set. NULL is fine. */
gboolean          _hubrota_store_check_text (const char      *what,
                                             const char      *text,
                                             guint            max_chars,
                                             gboolean         lines,
                                             GError         **error);
gboolean          _hubrota_store_check_reason (const char      *reason,
                                               GError         **error);
/* A beat's abstraction limit: a percentage from 0 to 100 (hubrota-store-beats.c). */
gboolean          _hubrota_store_check_abstraction_limit (double    percent,
                                                          GError  **error);
/* A *_local column: only the store writes them, through hubrota_london_format_local. */
/* A stored local date and time (or date) of the named table. A malformed one is noted, not
 * trusted: the row's reader must then call _hubrota_store_check_row (), which fails with a
 * HUBROTA_STORE_ERROR_DAMAGED naming the table, the row and the value. */
GDateTime        *_hubrota_column_local     (sqlite3_stmt      *stmt,
                                             int                column,
                                             const char        *table);
GDate            *_hubrota_column_date      (sqlite3_stmt      *stmt,
                                             int                column,
                                             const char        *table);
gboolean          _hubrota_store_check_row  (GError           **error);
/* what is "beat", "hub"…, for the messages. */
gboolean          _hubrota_store_check_slug (const char        *what,
                                             const char        *slug,
                                             GError           **error);
gboolean          _hubrota_store_check_name (const char        *what,
                                             const char        *id,
                                             const char        *name,
                                             GError           **error);

static inline const char *
_hubrota_column_text (sqlite3_stmt *stmt, int column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

G_END_DECLS
