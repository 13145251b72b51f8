/* hubrota-workspace.h: the rota being worked on, kept live as it changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hubrota-history.h"
#include "hubrota-plan.h"
#include "hubrota-rota.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_WORKSPACE (hubrota_workspace_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaWorkspace, hubrota_workspace, HUBROTA, WORKSPACE, GObject)

HubrotaWorkspace *hubrota_workspace_new           (HubrotaStore       *store);
HubrotaStore     *hubrota_workspace_get_store     (HubrotaWorkspace   *self);
HubrotaHistory   *hubrota_workspace_get_history   (HubrotaWorkspace   *self);

/* The period the models hold (local dates, inclusive): read now, or in a worker thread
 * through a connection of its own. The models change only by what differs from what they
 * held. A newer read cancels one still under way (its callback gets G_IO_ERROR_CANCELLED). */
gboolean          hubrota_workspace_load          (HubrotaWorkspace   *self,
                                                   const GDate        *from,
                                                   const GDate        *to,
                                                   GError            **error);
void              hubrota_workspace_load_async    (HubrotaWorkspace   *self,
                                                   const GDate        *from,
                                                   const GDate        *to,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
gboolean          hubrota_workspace_load_finish   (HubrotaWorkspace   *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);
/* Reads the period again in a thread (after an editor changed hubs, officers or beats).
 * Until it is in, a change reads it again first, inside its own transaction. */
void              hubrota_workspace_reload        (HubrotaWorkspace   *self);
/* Whether a read is under way (the "loading" property). */
gboolean          hubrota_workspace_get_loading   (HubrotaWorkspace   *self);
/* FALSE until a period has been read. */
gboolean          hubrota_workspace_get_period    (HubrotaWorkspace   *self,
                                                   GDate              *out_first,
                                                   GDate              *out_last);

/* (transfer none) the rota of the period, NULL before the first read; a new object (the
 * "rota" property notifies) when the period is read again, the same one when a change is
 * applied to it. */
HubrotaRota      *hubrota_workspace_get_rota      (HubrotaWorkspace   *self);
/* (transfer none) HubrotaOpeningStatus of every opening of the period, by start. */
GListModel       *hubrota_workspace_get_statuses  (HubrotaWorkspace   *self);
/* (transfer none) HubrotaFinding of the period, by start. */
GListModel       *hubrota_workspace_get_findings  (HubrotaWorkspace   *self);

/* Puts the officer on the opening (or takes them off), the whole series from the opening on
 * if asked, as one undoable step. The rules are checked inside the transaction that writes
 * it, so no other writer can slip in between: an assignment that would cause an error is
 * refused (HUBROTA_STORE_ERROR_REFUSED, nothing stored) unless force is set. out_findings
 * (optional) gets what the change causes; with force and no out_findings nothing is checked.
 * The models then change by the openings and findings it touched. */
gboolean          hubrota_workspace_change        (HubrotaWorkspace   *self,
                                                   const char         *officer,
                                                   HubrotaOccurrence  *occurrence,
                                                   gboolean            whole_series,
                                                   gboolean            assign,
                                                   gboolean            force,
                                                   GPtrArray         **out_findings,
                                                   GError            **error);
/* Stores the accepted proposals of an auto-fill plan as one undoable step. They are checked
 * again inside the transaction that writes them, on the period read afresh there: refused
 * (HUBROTA_STORE_ERROR_REFUSED, nothing stored) when together they would cause an error, and
 * HUBROTA_STORE_ERROR_INVALID when an opening no longer needs them (the rota changed since
 * the plan was made). out_stored (optional) gets how many officers were put on. */
gboolean          hubrota_workspace_apply_plan    (HubrotaWorkspace   *self,
                                                   HubrotaPlan        *plan,
                                                   guint              *out_stored,
                                                   GError            **error);
gboolean          hubrota_workspace_undo          (HubrotaWorkspace   *self,
                                                   GError            **error);
gboolean          hubrota_workspace_redo          (HubrotaWorkspace   *self,
                                                   GError            **error);
/* Cancelling, moving, restoring and adding openings, as the history does them; the period
 * is then read again in a thread. */
gboolean          hubrota_workspace_cancel        (HubrotaWorkspace   *self,
                                                   HubrotaOccurrence  *occurrence,
                                                   const char         *reason,
                                                   GError            **error);
gboolean          hubrota_workspace_cancel_range  (HubrotaWorkspace   *self,
                                                   const char * const *hubs,
                                                   const GDate        *from,
                                                   const GDate        *to,
                                                   const char         *reason,
                                                   guint              *out_cancelled,
                                                   GError            **error);
gboolean          hubrota_workspace_move          (HubrotaWorkspace   *self,
                                                   HubrotaOccurrence  *occurrence,
                                                   GDateTime          *new_start,
                                                   int                 duration_minutes,
                                                   GError            **error);
gboolean          hubrota_workspace_restore       (HubrotaWorkspace   *self,
                                                   HubrotaOccurrence  *occurrence,
                                                   GError            **error);
gint64            hubrota_workspace_add_extra     (HubrotaWorkspace   *self,
                                                   const char         *hub,
                                                   GDateTime          *start,
                                                   int                 duration_minutes,
                                                   int                 min_officers,
                                                   GError            **error);

G_END_DECLS
