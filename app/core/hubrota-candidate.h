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

G_END_DECLS
