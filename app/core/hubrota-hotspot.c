/* hubrota-hotspot.c: a small place in a beat that needs a patrol every three days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaHotspot"

#include "config.h"

#include "hubrota-hotspot.h"

struct _HubrotaHotspot
{
  GObject parent_instance;

  char *slug;
  char *beat;
  char *name;
};

G_DEFINE_FINAL_TYPE (HubrotaHotspot, hubrota_hotspot, G_TYPE_OBJECT)

static void
hubrota_hotspot_finalize (GObject *object)
{
  HubrotaHotspot *self = (HubrotaHotspot *) object;

  g_free (self->slug);
  g_free (self->beat);
  g_free (self->name);

  G_OBJECT_CLASS (hubrota_hotspot_parent_class)->finalize (object);
}

static void
hubrota_hotspot_class_init (HubrotaHotspotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_hotspot_finalize;
}

static void
hubrota_hotspot_init (HubrotaHotspot *self)
{
}

HubrotaHotspot *
hubrota_hotspot_new (const char *slug,
                     const char *beat,
                     const char *name)
{
  HubrotaHotspot *self;

  g_return_val_if_fail (slug != NULL && beat != NULL && name != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_HOTSPOT, NULL);
  self->slug = g_strdup (slug);
  self->beat = g_strdup (beat);
  self->name = g_strdup (name);
  return self;
}

const char *
hubrota_hotspot_get_slug (HubrotaHotspot *self)
{
  g_return_val_if_fail (HUBROTA_IS_HOTSPOT (self), NULL);
  return self->slug;
}

const char *
hubrota_hotspot_get_beat (HubrotaHotspot *self)
{
  g_return_val_if_fail (HUBROTA_IS_HOTSPOT (self), NULL);
  return self->beat;
}

const char *
hubrota_hotspot_get_name (HubrotaHotspot *self)
{
  g_return_val_if_fail (HUBROTA_IS_HOTSPOT (self), NULL);
  return self->name;
}
