/* hubrota-candidate.h: an officer who could staff an opening, and what it would cost
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hubrota-officer.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_CANDIDATE (hubrota_candidate_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaCandidate, hubrota_candidate, HUBROTA, CANDIDATE, GObject)

/* findings: the HubrotaFindings assigning them would add; reasons: sentences for people. */
HubrotaCandidate *hubrota_candidate_new                (HubrotaOfficer   *officer,
                                                        GPtrArray        *findings,
                                                        GPtrArray        *reasons);
HubrotaOfficer   *hubrota_candidate_get_officer        (HubrotaCandidate *self);
GPtrArray        *hubrota_candidate_get_findings       (HubrotaCandidate *self);
GPtrArray        *hubrota_candidate_get_reasons        (HubrotaCandidate *self);
guint             hubrota_candidate_count_errors       (HubrotaCandidate *self);
void              hubrota_candidate_set_figures        (HubrotaCandidate *self,
                                                        double            hub_hours,
                                                        double            abstraction);
/* Hours at hubs in the rota's period so far (a week, in the window). */
double            hubrota_candidate_get_hub_hours      (HubrotaCandidate *self);
/* Percent of the week's duty spent at hubs off the home beat, or -1 without a home beat. */
double            hubrota_candidate_get_abstraction    (HubrotaCandidate *self);

G_END_DECLS
