/* rota-sample.h: a random but believable rota, for the property test and the benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-core.h"

G_BEGIN_DECLS

/* Fills an empty store with beats (some with hotspots), n_hubs hubs with weekly openings,
 * n_officers officers with duty patterns and absences, and a half-built rota over the
 * n_days from first_day: enough awkward assignments that every rule fires somewhere.
 * The same seed gives the same data. */
gboolean rota_sample_fill (HubrotaStore  *store,
                           guint32        seed,
                           guint          n_officers,
                           guint          n_hubs,
                           const GDate   *first_day,
                           guint          n_days,
                           GError       **error);

G_END_DECLS
