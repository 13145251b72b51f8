/* hubrota-proposal.h: one officer auto-fill would put on one opening, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-occurrence.h"
#include "hubrota-officer.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_PROPOSAL (hubrota_proposal_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaProposal, hubrota_proposal, HUBROTA, PROPOSAL, GObject)

HubrotaProposal   *hubrota_proposal_new                (HubrotaOfficer    *officer,
                                                        HubrotaOccurrence *occurrence,
                                                        const char        *hub_name,
                                                        double             away_hours,
                                                        double             overtime_hours,
                                                        double             hub_hours_before,
                                                        double             share_before,
                                                        double             share_after,
                                                        const char        *reason);
HubrotaOfficer    *hubrota_proposal_get_officer        (HubrotaProposal   *self);
HubrotaOccurrence *hubrota_proposal_get_occurrence     (HubrotaProposal   *self);
const char        *hubrota_proposal_get_hub_name       (HubrotaProposal   *self);
/* Hours at the hub away from the officer's own beat (0 on their beat or with none). */
double             hubrota_proposal_get_away_hours     (HubrotaProposal   *self);
/* Hours of the opening outside their duty. */
double             hubrota_proposal_get_overtime_hours (HubrotaProposal   *self);
/* Their hub hours over the fairness window before the plan, and their share of hub work (percent
 * of contracted hours) before and after the whole plan. */
double             hubrota_proposal_get_hub_hours_before (HubrotaProposal *self);
double             hubrota_proposal_get_share_before   (HubrotaProposal   *self);
double             hubrota_proposal_get_share_after    (HubrotaProposal   *self);
/* A sentence for people: "On duty and on the hub's own beat; 2 h at hubs in 12 weeks." */
const char        *hubrota_proposal_get_reason         (HubrotaProposal   *self);
/* Whether the review keeps it (TRUE at first): the "accepted" property, for a check box. */
gboolean           hubrota_proposal_get_accepted       (HubrotaProposal   *self);
void               hubrota_proposal_set_accepted       (HubrotaProposal   *self,
                                                        gboolean           accepted);

G_END_DECLS
