/* hubrota-candidate-row.h: one officer in the picker, with what assigning them would cost
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_CANDIDATE_ROW (hubrota_candidate_row_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaCandidateRow, hubrota_candidate_row, HUBROTA, CANDIDATE_ROW, GtkWidget)

GtkWidget  *hubrota_candidate_row_new          (void);
/* opening: the one being staffed, to name the other side of a double booking. */
void        hubrota_candidate_row_set          (HubrotaCandidateRow *self,
                                                HubrotaCandidate    *candidate,
                                                HubrotaOccurrence   *opening,
                                                HubrotaRota         *rota);
/* The heading of the candidate's group, on the first row of each group; NULL for none. */
void        hubrota_candidate_row_set_group    (HubrotaCandidateRow *self,
                                                const char          *heading);
const char *hubrota_candidate_row_get_group    (HubrotaCandidateRow *self);
/* The chips' texts, one a line. */
char       *hubrota_candidate_row_dup_costs    (HubrotaCandidateRow *self);

G_END_DECLS
