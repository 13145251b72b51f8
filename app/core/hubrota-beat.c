/* hubrota-beat.c: a beat, the ward or neighbourhood a community officer looks after
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaBeat"

#include "config.h"

#include "hubrota-beat.h"

struct _HubrotaBeat
{
  GObject parent_instance;

  char *slug;
  char *name;
  double abstraction_limit;
};

G_DEFINE_FINAL_TYPE (HubrotaBeat, hubrota_beat, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SLUG,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hubrota_beat_finalize (GObject *object)
{
  HubrotaBeat *self = (HubrotaBeat *) object;

  g_clear_pointer (&self->slug, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (hubrota_beat_parent_class)->finalize (object);
}

static void
hubrota_beat_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HubrotaBeat *self = HUBROTA_BEAT (object);

  switch (prop_id)
    {
    case PROP_SLUG:
      g_value_set_string (value, self->slug);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_beat_class_init (HubrotaBeatClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hubrota_beat_finalize;
  object_class->get_property = hubrota_beat_get_property;

  properties[PROP_SLUG] =
    g_param_spec_string ("slug", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hubrota_beat_init (HubrotaBeat *self)
{
  self->abstraction_limit = HUBROTA_BEAT_DEFAULT_ABSTRACTION_LIMIT;
}

HubrotaBeat *
hubrota_beat_new (const char *slug,
                  const char *name)
{
  HubrotaBeat *self;

  g_return_val_if_fail (slug != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_BEAT, NULL);
  self->slug = g_strdup (slug);
  self->name = g_strdup (name);
  return self;
}

const char *
hubrota_beat_get_slug (HubrotaBeat *self)
{
  g_return_val_if_fail (HUBROTA_IS_BEAT (self), NULL);
  return self->slug;
}

const char *
hubrota_beat_get_name (HubrotaBeat *self)
{
  g_return_val_if_fail (HUBROTA_IS_BEAT (self), NULL);
  return self->name;
}

double
hubrota_beat_get_abstraction_limit (HubrotaBeat *self)
{
  g_return_val_if_fail (HUBROTA_IS_BEAT (self), 0);
  return self->abstraction_limit;
}

void
hubrota_beat_set_abstraction_limit (HubrotaBeat *self,
                                    double       percent)
{
  g_return_if_fail (HUBROTA_IS_BEAT (self));
  self->abstraction_limit = percent;
}
