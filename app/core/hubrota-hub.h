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
/* "Dunstable Street, Ampthill, MK45 2JT": the address and postcode as one line, "" when it
 * has neither. */
char       *hubrota_hub_format_address  (HubrotaHub *self);
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

/* The map position a hub may have, in degrees either side of 0. */
#define HUBROTA_MAX_LATITUDE 90
#define HUBROTA_MAX_LONGITUDE 180

/* A latitude or longitude in plain decimal degrees ("52.1373", "-0.4665"), no more than limit
 * either side of 0. FALSE for anything else: spaces, "1e2", "0x10", "nan", "inf". */
gboolean hubrota_parse_degrees (const char *text,
                                double      limit,
                                double     *out_value);

G_END_DECLS
