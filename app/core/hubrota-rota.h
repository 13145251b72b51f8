/* hubrota-rota.h: a period's rota held in memory, and the rules that judge it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hubrota-candidate.h"
#include "hubrota-finding.h"
#include "hubrota-history.h"
#include "hubrota-occurrence.h"
#include "hubrota-opening-status.h"
#include "hubrota-store.h"

G_BEGIN_DECLS

/* How far ahead a change to a whole series is checked, by the window and the CLI alike: a
 * planning year, the opening's day and the 364 after it. */
#define HUBROTA_ROTA_SERIES_HORIZON_DAYS 364

#define HUBROTA_TYPE_ROTA (hubrota_rota_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaRota, hubrota_rota, HUBROTA, ROTA, GObject)

/* Reads everything the rules need about the local dates from to to (inclusive) in one go,
 * with the ISO weeks and three-day windows that straddle either end. */
HubrotaRota *hubrota_rota_load                 (HubrotaStore       *store,
                                                const GDate        *from,
                                                const GDate        *to,
                                                GError            **error);
/* The openings that start in the period, cancelled ones too, in start order. */
GPtrArray   *hubrota_rota_get_occurrences      (HubrotaRota        *self);
/* The rota's own copy of an opening (matched by series and original date), or NULL. */
HubrotaOccurrence *hubrota_rota_find_occurrence (HubrotaRota       *self,
                                                 HubrotaOccurrence *occurrence);

/* Every finding that touches the period, by start time. */
GPtrArray   *hubrota_rota_check                (HubrotaRota        *self);
/* The findings that putting the officer on the opening (assign) or taking them off would
 * add: new ones, not ones already there. Checked incrementally, fast enough to run for
 * every candidate while a coordinator hovers over them. */
GPtrArray   *hubrota_rota_would_cause          (HubrotaRota        *self,
                                                const char         *officer,
                                                HubrotaOccurrence  *occurrence,
                                                gboolean            assign,
                                                GError            **error);
/* The same for several openings at once (a whole series). */
GPtrArray   *hubrota_rota_would_cause_many     (HubrotaRota        *self,
                                                const char         *officer,
                                                GPtrArray          *occurrences,
                                                gboolean            assign,
                                                GError            **error);
/* The same for several officers put on or taken off single openings at once (auto-fill's
 * plan), judged by a full check of the period before and after. */
GPtrArray   *hubrota_rota_would_cause_changes  (HubrotaRota                   *self,
                                                const HubrotaAssignmentChange *changes,
                                                guint                          n_changes,
                                                GError                       **error);
/* Makes the change in memory only; the caller stores it. */
gboolean     hubrota_rota_apply                (HubrotaRota        *self,
                                                const char         *officer,
                                                HubrotaOccurrence  *occurrence,
                                                gboolean            assign,
                                                GError            **error);
/* Every officer not already on the opening, best first (see hubrota-candidate.h). */
GPtrArray   *hubrota_rota_suggest              (HubrotaRota        *self,
                                                HubrotaOccurrence  *occurrence,
                                                GError            **error);

/* The same in a worker thread; cancelling drops the result. */
void         hubrota_rota_suggest_async        (HubrotaRota        *self,
                                                HubrotaOccurrence  *occurrence,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
GPtrArray   *hubrota_rota_suggest_finish       (HubrotaRota        *self,
                                                GAsyncResult       *result,
                                                GError            **error);

/* The same, read in a worker thread through a connection of its own. */
void         hubrota_rota_load_async           (HubrotaStore       *store,
                                                const GDate        *from,
                                                const GDate        *to,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
HubrotaRota *hubrota_rota_load_finish          (HubrotaStore       *store,
                                                GAsyncResult       *result,
                                                GError            **error);

/* Lookups, for showing the rota (hubrota-rota-query.c) */
GPtrArray      *hubrota_rota_get_officers      (HubrotaRota        *self);
HubrotaOfficer *hubrota_rota_get_officer       (HubrotaRota        *self,
                                                const char         *id);
HubrotaBeat    *hubrota_rota_get_officer_beat  (HubrotaRota        *self,
                                                const char         *officer);
HubrotaBeat    *hubrota_rota_get_beat          (HubrotaRota        *self,
                                                const char         *slug);
HubrotaHotspot *hubrota_rota_get_hotspot       (HubrotaRota        *self,
                                                const char         *beat,
                                                const char         *slug);
const char     *hubrota_rota_get_hub_name      (HubrotaRota        *self,
                                                const char         *hub);
/* Whether the finding is about the opening (see hubrota-rota-status.c for what that means). */
gboolean        hubrota_rota_finding_concerns  (HubrotaRota        *self,
                                                HubrotaFinding     *finding,
                                                HubrotaOccurrence  *occurrence);
/* Each opening's status from findings (hubrota_rota_check ()), in the order of
 * hubrota_rota_get_occurrences (); and one opening's, the same way. */
GPtrArray      *hubrota_rota_get_statuses      (HubrotaRota        *self,
                                                GPtrArray          *findings);
HubrotaOpeningStatus *hubrota_rota_get_status  (HubrotaRota        *self,
                                                GPtrArray          *findings,
                                                HubrotaOccurrence  *occurrence);
/* The openings of occurrence's series that assigning (or unassigning) officer would change. */
GPtrArray      *hubrota_rota_series_openings   (HubrotaRota        *self,
                                                HubrotaOccurrence  *occurrence,
                                                const char         *officer,
                                                gboolean            assign);
gboolean        hubrota_rota_get_abstraction   (HubrotaRota        *self,
                                                const char         *officer,
                                                const GDate        *day,
                                                double             *out_abstracted_hours,
                                                double             *out_on_duty_hours);

G_END_DECLS
