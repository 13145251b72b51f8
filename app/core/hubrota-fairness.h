/* hubrota-fairness.h: who carries the hub work over a window of weeks, as a share of the hours
 * each officer is contracted for, by role and by beat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-share-group.h"
#include "hubrota-store.h"

G_BEGIN_DECLS

/* A volunteer with no hours entered counts as this many a week, not as infinitely loaded. */
#define HUBROTA_FAIRNESS_MIN_WEEKLY_HOURS 4.0

#define HUBROTA_TYPE_FAIRNESS (hubrota_fairness_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaFairness, hubrota_fairness, HUBROTA, FAIRNESS, GObject)

/* Reads the openings of [from, to] (local dates, inclusive) as stored: every officer who had
 * not left by from, with the hours of the openings they were on (cancelled ones do not count). */
HubrotaFairness   *hubrota_fairness_new           (HubrotaStore     *store,
                                                   const GDate      *from,
                                                   const GDate      *to,
                                                   GError          **error);
void               hubrota_fairness_get_period    (HubrotaFairness  *self,
                                                   GDate            *out_from,
                                                   GDate            *out_to);
/* Every officer counted. */
HubrotaShareGroup *hubrota_fairness_get_everyone  (HubrotaFairness  *self);
/* (transfer none) HubrotaShareGroup by role (PC, PCSO, SC, SGT, VOL; only roles someone has). */
GListModel        *hubrota_fairness_get_roles     (HubrotaFairness  *self);
/* (transfer none) HubrotaShareGroup by beat name, officers with no beat last ("No beat"). */
GListModel        *hubrota_fairness_get_beats     (HubrotaFairness  *self);

/* Contracted hours over a number of weeks. */
double             hubrota_fairness_capacity_hours (HubrotaOfficer  *officer,
                                                    double           weeks);
/* Officer id → their hours at hub openings in [from, to] (a gdouble *), cancelled openings
 * left out: what fairness and auto-fill count as hub work. */
GHashTable        *hubrota_fairness_hub_hours     (HubrotaStore     *store,
                                                   const GDate      *from,
                                                   const GDate      *to,
                                                   GError          **error);

G_END_DECLS
