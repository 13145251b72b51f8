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
void        hubrota_candidate_row_set          (HubrotaCandidateRow *self,
                                                HubrotaCandidate    *candidate,
                                                HubrotaRota         *rota);

G_END_DECLS
