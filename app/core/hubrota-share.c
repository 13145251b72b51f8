/* hubrota-share.c: one officer's part of the hub work over a fairness window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaFairness"

#include "config.h"

#include "hubrota-share.h"

struct _HubrotaShare
{
  GObject parent_instance;

  HubrotaOfficer *officer;
  char *beat_name;
  double capacity_hours;
  guint n_openings;
  double hub_hours;
  double away_hours;
};

G_DEFINE_FINAL_TYPE (HubrotaShare, hubrota_share, G_TYPE_OBJECT)

static void
hubrota_share_finalize (GObject *object)
{
  HubrotaShare *self = (HubrotaShare *) object;

  g_clear_object (&self->officer);
  g_free (self->beat_name);
  G_OBJECT_CLASS (hubrota_share_parent_class)->finalize (object);
}

static void
hubrota_share_class_init (HubrotaShareClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_share_finalize;
}

static void
hubrota_share_init (HubrotaShare *self)
{
}

HubrotaShare *
hubrota_share_new (HubrotaOfficer *officer,
                   const char     *beat_name,
                   double          capacity_hours)
{
  HubrotaShare *self;

  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer), NULL);
  g_return_val_if_fail (capacity_hours > 0, NULL);

  self = g_object_new (HUBROTA_TYPE_SHARE, NULL);
  self->officer = g_object_ref (officer);
  self->beat_name = g_strdup (beat_name);
  self->capacity_hours = capacity_hours;
  return self;
}

void
hubrota_share_add_opening (HubrotaShare *self,
                           double        hours,
                           gboolean      away)
{
  g_return_if_fail (HUBROTA_IS_SHARE (self));

  self->n_openings++;
  self->hub_hours += hours;
  if (away)
    self->away_hours += hours;
}

HubrotaOfficer *
hubrota_share_get_officer (HubrotaShare *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE (self), NULL);
  return self->officer;
}

const char *
hubrota_share_get_beat_name (HubrotaShare *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE (self), NULL);
  return self->beat_name;
}

guint
hubrota_share_get_n_openings (HubrotaShare *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE (self), 0);
  return self->n_openings;
}

double
hubrota_share_get_hub_hours (HubrotaShare *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE (self), 0);
  return self->hub_hours;
}

double
hubrota_share_get_away_hours (HubrotaShare *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE (self), 0);
  return self->away_hours;
}

double
hubrota_share_get_capacity_hours (HubrotaShare *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE (self), 0);
  return self->capacity_hours;
}

double
hubrota_share_get_percent (HubrotaShare *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE (self), 0);
  return 100 * self->hub_hours / self->capacity_hours;
}
