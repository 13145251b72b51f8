/* hubrota-plan.h: what auto-fill proposes for a period, with what it costs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_PLAN (hubrota_plan_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaPlan, hubrota_plan, HUBROTA, PLAN, GObject)

/* (transfer none) HubrotaProposal, by opening start then collar number. */
GListModel *hubrota_plan_get_proposals          (HubrotaPlan  *self);
/* (transfer none) HubrotaShortfall, by opening start. */
GListModel *hubrota_plan_get_shortfalls         (HubrotaPlan  *self);
/* The period planned (local dates, inclusive). */
void        hubrota_plan_get_period             (HubrotaPlan  *self,
                                                 GDate        *out_from,
                                                 GDate        *out_to);
/* The openings below their minimum that auto-fill was asked about. */
guint       hubrota_plan_get_n_openings         (HubrotaPlan  *self);
double      hubrota_plan_get_abstraction_hours  (HubrotaPlan  *self);
double      hubrota_plan_get_overtime_hours     (HubrotaPlan  *self);
/* Percent of contracted hours: the largest share of hub work among the officers who could do
 * it, over the fairness window, with the plan. */
double      hubrota_plan_get_largest_share      (HubrotaPlan  *self);
/* The one number auto-fill minimises (see hubrota-autofill-private.h). */
double      hubrota_plan_get_objective          (HubrotaPlan  *self);
/* The same instance as a mixed-integer programme in CPLEX LP format, for GLPK and CBC. */
gboolean    hubrota_plan_write_lp               (HubrotaPlan  *self,
                                                 const char   *path,
                                                 GError      **error);

G_END_DECLS
