/* hubrota-autofill.h: staffing the openings of a period that are below their minimum
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-plan.h"
#include "hubrota-store.h"

G_BEGIN_DECLS

/* The weeks before the period whose hub work counts towards fairness. */
#define HUBROTA_AUTOFILL_FAIRNESS_WEEKS 8

typedef struct
{
  GDate    from;            /* local dates, inclusive */
  GDate    to;
  char   **hubs;            /* only these hubs' openings (slugs); NULL for all */
  char   **beats;           /* only openings of hubs on these beats; NULL for all */
  gboolean no_overtime;     /* only officers on duty for the whole opening */
  guint    fairness_weeks;
  gboolean every_candidate; /* offer every opening every officer who could do it, however large
                             * the force (by default a force beyond a county's size offers
                             * each its cheapest few: AfCap) */
  gint64   not_before;      /* Unix time: openings that start earlier are left alone (the
                             * window passes now, so nothing already under way is planned);
                             * 0 for none */
} HubrotaAutofillOptions;

void         hubrota_autofill_options_init (HubrotaAutofillOptions       *options,
                                            const GDate                  *from,
                                            const GDate                  *to);

/* Reads the period and plans it: only officers added, only to openings below their minimum,
 * no error finding caused; deterministic. Nothing is stored (see
 * hubrota_workspace_apply_plan ()). */
HubrotaPlan *hubrota_autofill_plan         (HubrotaStore                 *store,
                                            const HubrotaAutofillOptions *options,
                                            GError                      **error);

G_END_DECLS
