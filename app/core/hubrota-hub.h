/* hubrota-hub.h: a policing hub, a place the neighbourhood team opens to the public
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_HUB (hubrota_hub_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaHub, hubrota_hub, HUBROTA, HUB, GObject)

HubrotaHub *hubrota_hub_new             (const char *slug,
                                         const char *name,
                                         const char *beat);
const char *hubrota_hub_get_slug        (HubrotaHub *self);
const char *hubrota_hub_get_name        (HubrotaHub *self);
const char *hubrota_hub_get_beat        (HubrotaHub *self);
const char *hubrota_hub_get_address     (HubrotaHub *self);
void        hubrota_hub_set_address     (HubrotaHub *self,
                                         const char *address);
const char *hubrota_hub_get_postcode    (HubrotaHub *self);
void        hubrota_hub_set_postcode    (HubrotaHub *self,
                                         const char *postcode);
const char *hubrota_hub_get_description (HubrotaHub *self);
void        hubrota_hub_set_description (HubrotaHub *self,
                                         const char *description);
gboolean    hubrota_hub_get_location    (HubrotaHub *self,
                                         double     *latitude,
                                         double     *longitude);
void        hubrota_hub_set_location    (HubrotaHub *self,
                                         double      latitude,
                                         double      longitude);
/* "mk42 9ab" or "MK429AB" → "MK42 9AB"; "" stays ""; NULL when it is not shaped like a UK
 * postcode (a check for typing slips, not an address lookup). */
char       *hubrota_hub_normalise_postcode (const char *postcode);
/* An archived hub has left the rota and the public feeds; its history stays. */
gboolean    hubrota_hub_get_archived    (HubrotaHub *self);
void        hubrota_hub_set_archived    (HubrotaHub *self,
                                         gboolean    archived);

G_END_DECLS
