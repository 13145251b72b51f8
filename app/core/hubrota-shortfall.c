/* hubrota-shortfall.c: an opening auto-fill could not bring up to its minimum, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAutofill"

#include "config.h"

#include "hubrota-shortfall.h"

struct _HubrotaShortfall
{
  GObject parent_instance;

  HubrotaOccurrence *occurrence;
  char *hub_name;
  int missing;
  char *reason;
};

G_DEFINE_FINAL_TYPE (HubrotaShortfall, hubrota_shortfall, G_TYPE_OBJECT)

static void
hubrota_shortfall_finalize (GObject *object)
{
  HubrotaShortfall *self = (HubrotaShortfall *) object;

  g_clear_object (&self->occurrence);
  g_free (self->hub_name);
  g_free (self->reason);
  G_OBJECT_CLASS (hubrota_shortfall_parent_class)->finalize (object);
}

static void
hubrota_shortfall_class_init (HubrotaShortfallClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_shortfall_finalize;
}

static void
hubrota_shortfall_init (HubrotaShortfall *self)
{
}

HubrotaShortfall *
hubrota_shortfall_new (HubrotaOccurrence *occurrence,
                       const char        *hub_name,
                       int                missing,
                       const char        *reason)
{
  HubrotaShortfall *self;

  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), NULL);

  self = g_object_new (HUBROTA_TYPE_SHORTFALL, NULL);
  self->occurrence = g_object_ref (occurrence);
  self->hub_name = g_strdup (hub_name);
  self->missing = missing;
  self->reason = g_strdup (reason);
  return self;
}

HubrotaOccurrence *
hubrota_shortfall_get_occurrence (HubrotaShortfall *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHORTFALL (self), NULL);
  return self->occurrence;
}

const char *
hubrota_shortfall_get_hub_name (HubrotaShortfall *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHORTFALL (self), NULL);
  return self->hub_name;
}

int
hubrota_shortfall_get_missing (HubrotaShortfall *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHORTFALL (self), 0);
  return self->missing;
}

const char *
hubrota_shortfall_get_reason (HubrotaShortfall *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHORTFALL (self), NULL);
  return self->reason;
}
