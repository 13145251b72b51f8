/* hubrota-history.h: rota changes that can be undone and redone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hubrota-store.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_HISTORY (hubrota_history_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaHistory, hubrota_history, HUBROTA, HISTORY, GObject)

HubrotaHistory *hubrota_history_new            (HubrotaStore       *store);
/* (transfer none) the store its steps change */
HubrotaStore   *hubrota_history_get_store      (HubrotaHistory     *self);
/* Assigns (or unassigns) through the store, as hubrota_store_assign does, and remembers
 * exactly what the officer's rows on that series were before and after. */
gboolean        hubrota_history_change         (HubrotaHistory     *self,
                                                const char         *officer,
                                                HubrotaOccurrence  *occurrence,
                                                gboolean            whole_series,
                                                gboolean            assign,
                                                GError            **error);
/* One officer put on (assign TRUE) or taken off (FALSE) one opening, never its whole
 * series: an element of hubrota_history_change_many's list. */
typedef struct
{
  const char        *officer;     /* collar number */
  HubrotaOccurrence *occurrence;  /* one opening (never the whole series) */
  gboolean           assign;      /* TRUE: put on; FALSE: take off */
} HubrotaAssignmentChange;

/* One undoable step, labelled label ("Auto-fill: 42 officers put on", "Took Sam Patel off 3
 * openings"), that makes every change in one transaction (a savepoint inside the caller's,
 * when there is one); nothing is stored if one fails, and the error is that change's, as
 * hubrota_store_assign or _unassign gives it. Undo and redo put back every (officer, series)
 * the changes touched. No rule is checked here (the workspace checks). An error
 * (HUBROTA_STORE_ERROR_INVALID) when n_changes is 0. */
gboolean        hubrota_history_change_many    (HubrotaHistory                *self,
                                                const char                    *label,
                                                const HubrotaAssignmentChange *changes,
                                                guint                          n_changes,
                                                GError                       **error);
/* How far after a leaving date hubrota_history_retire_officer looks for openings to take
 * the officer off (a whole series has no end): a year, as a series assignment is checked. */
#define HUBROTA_LEAVER_HORIZON_DAYS 366
/* Stores the officer's leaving date (NULL: not leaving) and, in the same transaction, takes
 * them off every opening they are on from 00:00 that day to HUBROTA_LEAVER_HORIZON_DAYS
 * later: one undoable step ("Took Sam Patel off 3 openings, leaving 15 Jan 2027") when there
 * were any, whose undo puts them back on them and the date back as it was (redo sets it
 * again). out_taken_off (may be NULL)
 * gets those openings, by start, as they were before. */
gboolean        hubrota_history_retire_officer (HubrotaHistory     *self,
                                                const char         *officer,
                                                const GDate        *leaving,
                                                GPtrArray         **out_taken_off,
                                                GError            **error);
gboolean        hubrota_history_undo           (HubrotaHistory     *self,
                                                GError            **error);
gboolean        hubrota_history_redo           (HubrotaHistory     *self,
                                                GError            **error);
/* Cancelling, moving and restoring openings, each one step whose undo puts the opening's
 * exception back as it was (a cancelled opening's staff come back with it). */
gboolean        hubrota_history_cancel         (HubrotaHistory     *self,
                                                HubrotaOccurrence  *occurrence,
                                                const char         *reason,
                                                GError            **error);
/* Cancels every not-yet-cancelled opening of the given hubs (NULL-terminated) between from
 * and to (local dates, inclusive); one step, whose undo restores exactly those. An error
 * when there is none. */
gboolean        hubrota_history_cancel_range   (HubrotaHistory     *self,
                                                const char * const *hubs,
                                                const GDate        *from,
                                                const GDate        *to,
                                                const char         *reason,
                                                guint              *out_cancelled,
                                                GError            **error);
/* duration_minutes 0 keeps the length the opening has now. */
gboolean        hubrota_history_move           (HubrotaHistory     *self,
                                                HubrotaOccurrence  *occurrence,
                                                GDateTime          *new_start,
                                                int                 duration_minutes,
                                                GError            **error);
gboolean        hubrota_history_restore        (HubrotaHistory     *self,
                                                HubrotaOccurrence  *occurrence,
                                                GError            **error);
/* A one-off opening; returns the new series id or 0. Undo removes it (and anything on it). */
gint64          hubrota_history_add_extra      (HubrotaHistory     *self,
                                                const char         *hub,
                                                GDateTime          *start,
                                                int                 duration_minutes,
                                                int                 min_officers,
                                                GError            **error);
/* Also the "can-undo" and "can-redo" properties, for binding to actions. */
gboolean        hubrota_history_get_can_undo   (HubrotaHistory     *self);
gboolean        hubrota_history_get_can_redo   (HubrotaHistory     *self);
/* "Put PC1234 on ampthill, Fri 4 Dec 14:00", "Cancel Kempston Library, Sat 5 Dec 10:00":
 * what undo or redo would act on, or NULL. */
const char     *hubrota_history_get_undo_label (HubrotaHistory     *self);
const char     *hubrota_history_get_redo_label (HubrotaHistory     *self);
/* The series whose assignments undo (redo) would change, or 0 when that step is not an
 * officer put on or taken off, or touches more than one series (or there is none). */
gint64          hubrota_history_get_undo_series (HubrotaHistory    *self);
gint64          hubrota_history_get_redo_series (HubrotaHistory    *self);

G_END_DECLS
