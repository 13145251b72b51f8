/* hubrota-hotspot.h: a small place in a beat that needs a patrol every three days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_HOTSPOT (hubrota_hotspot_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaHotspot, hubrota_hotspot, HUBROTA, HOTSPOT, GObject)

HubrotaHotspot *hubrota_hotspot_new      (const char     *slug,
                                          const char     *beat,
                                          const char     *name);
const char     *hubrota_hotspot_get_slug (HubrotaHotspot *self);
const char     *hubrota_hotspot_get_beat (HubrotaHotspot *self);
const char     *hubrota_hotspot_get_name (HubrotaHotspot *self);

G_END_DECLS
