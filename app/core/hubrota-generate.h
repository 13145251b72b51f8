/* hubrota-generate.h: a synthetic police force, for tests, benchmarks and trying Hubrota out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-store.h"

G_BEGIN_DECLS

#define HUBROTA_GENERATE_MAX_OFFICERS 100000
#define HUBROTA_GENERATE_MAX_HUBS 5000
#define HUBROTA_GENERATE_MAX_WEEKS 260
/* The weeks of history before the first week, staffed as a coordinator would have. */
#define HUBROTA_GENERATE_HISTORY_WEEKS 8

typedef struct
{
  guint   n_officers;
  guint   n_hubs;
  guint   n_weeks;    /* the planning horizon from first_monday */
  guint32 seed;
  GDate   first_monday;
} HubrotaForceSpec;

/* Fills an empty store, in one transaction, with a force shaped like a county's: a beat per
 * ten officers (some with hotspots), officers of every role on rotating rosters (2 earlies, 2
 * lates, 2 nights, 4 rest days for response; a five-week cycle for neighbourhood teams),
 * part-timers, specials on a few evenings, volunteers, leave, sickness and training; hubs
 * over the beats open weekly, fortnightly or monthly, a few openings cancelled; and a rota
 * staffed in the history weeks and partly staffed after. The same spec gives a
 * byte-identical database. */
gboolean hubrota_generate_force (HubrotaStore           *store,
                                 const HubrotaForceSpec *spec,
                                 GError                **error);

G_END_DECLS
