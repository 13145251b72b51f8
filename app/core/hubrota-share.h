/* hubrota-share.h: one officer's part of the hub work over a fairness window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-officer.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_SHARE (hubrota_share_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaShare, hubrota_share, HUBROTA, SHARE, GObject)

HubrotaShare   *hubrota_share_new                (HubrotaOfficer *officer,
                                                  const char     *beat_name,
                                                  double          capacity_hours);
/* Counts one opening the officer was on: its length, and whether it was away from their
 * own beat. */
void            hubrota_share_add_opening        (HubrotaShare   *self,
                                                  double          hours,
                                                  gboolean        away);
HubrotaOfficer *hubrota_share_get_officer        (HubrotaShare   *self);
/* Their beat's name, or NULL for an officer with none. */
const char     *hubrota_share_get_beat_name      (HubrotaShare   *self);
guint           hubrota_share_get_n_openings     (HubrotaShare   *self);
double          hubrota_share_get_hub_hours      (HubrotaShare   *self);
/* Hours at hubs outside their own beat: abstraction. */
double          hubrota_share_get_away_hours     (HubrotaShare   *self);
/* The hours they are contracted for over the window. */
double          hubrota_share_get_capacity_hours (HubrotaShare   *self);
/* Hub hours as a percentage of those: "equitable, not equal". */
double          hubrota_share_get_percent        (HubrotaShare   *self);

G_END_DECLS
