/* hubrota-candidate-private.h: how the rota makes a candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-candidate.h"
#include "hubrota-rota-private.h"

G_BEGIN_DECLS

typedef struct
{
  guint errors;               /* how many of the findings are errors */
  double hub_hours;
  double abstraction;         /* percent now, -1 without a home beat */
  double abstraction_after;   /* percent with the opening */
  double abstraction_limit;
  gboolean home;
} CandidateFigures;

/* findings: RotaFinding that assigning would add, worded from rota when first asked for. */
HubrotaCandidate *_hubrota_candidate_new (HubrotaOfficer         *officer,
                                          HubrotaRota            *rota,
                                          GArray                 *findings,
                                          GPtrArray              *reasons,
                                          const CandidateFigures *figures);

G_END_DECLS
