/* hubrota-share-group.h: the hub work of a group of officers (a role, a beat or everyone):
 * totals, the largest and smallest share and how unequal the shares are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hubrota-share.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_SHARE_GROUP (hubrota_share_group_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaShareGroup, hubrota_share_group, HUBROTA, SHARE_GROUP, GObject)

HubrotaShareGroup *hubrota_share_group_new           (const char        *label);
void               hubrota_share_group_add           (HubrotaShareGroup *self,
                                                      HubrotaShare      *share);
/* "PCSO", "Kempston" or "Everyone". */
const char        *hubrota_share_group_get_label     (HubrotaShareGroup *self);
/* (transfer none) its HubrotaShare items, the largest share first. */
GListModel        *hubrota_share_group_get_shares    (HubrotaShareGroup *self);
guint              hubrota_share_group_get_n_officers (HubrotaShareGroup *self);
double             hubrota_share_group_get_hub_hours (HubrotaShareGroup *self);
double             hubrota_share_group_get_away_hours (HubrotaShareGroup *self);
/* Percent of contracted hours; 0 for an empty group. */
double             hubrota_share_group_get_largest   (HubrotaShareGroup *self);
double             hubrota_share_group_get_smallest  (HubrotaShareGroup *self);
/* The Gini coefficient of the shares: 0 when every officer carries the same part of their
 * hours, towards 1 when one carries it all; 0 for a group with no hub work. */
double             hubrota_share_group_get_gini      (HubrotaShareGroup *self);

/* The Gini coefficient of n values (sorted in place). */
double             hubrota_gini                      (double            *values,
                                                      guint              n);

G_END_DECLS
