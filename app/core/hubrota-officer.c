/* hubrota-officer.c: a member of the neighbourhood team, known by their collar number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOfficer"

#include "config.h"

#include "hubrota-officer.h"

struct _HubrotaOfficer
{
  GObject parent_instance;

  char *id;
  char *name;
  HubrotaRole role;
  char *beat;
  double weekly_hours;
  GDate *leaving;     /* NULL when not leaving */
};

G_DEFINE_FINAL_TYPE (HubrotaOfficer, hubrota_officer, G_TYPE_OBJECT)

/* In HubrotaRole order; these are also the strings the store and CSV files use. */
static const char *role_names[] = { "PC", "PCSO", "SC", "SGT", "VOL" };

static void
hubrota_officer_finalize (GObject *object)
{
  HubrotaOfficer *self = (HubrotaOfficer *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->beat);
  g_clear_pointer (&self->leaving, g_date_free);

  G_OBJECT_CLASS (hubrota_officer_parent_class)->finalize (object);
}

static void
hubrota_officer_class_init (HubrotaOfficerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_officer_finalize;
}

static void
hubrota_officer_init (HubrotaOfficer *self)
{
}

HubrotaOfficer *
hubrota_officer_new (const char  *id,
                     const char  *name,
                     HubrotaRole  role,
                     const char  *beat,
                     double       weekly_hours)
{
  HubrotaOfficer *self;

  g_return_val_if_fail (id != NULL && name != NULL, NULL);
  g_return_val_if_fail (role <= HUBROTA_ROLE_VOL, NULL);

  self = g_object_new (HUBROTA_TYPE_OFFICER, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->role = role;
  self->beat = g_strdup (beat);
  self->weekly_hours = weekly_hours;
  return self;
}

const char *
hubrota_officer_get_id (HubrotaOfficer *self)
{
  g_return_val_if_fail (HUBROTA_IS_OFFICER (self), NULL);
  return self->id;
}

const char *
hubrota_officer_get_name (HubrotaOfficer *self)
{
  g_return_val_if_fail (HUBROTA_IS_OFFICER (self), NULL);
  return self->name;
}

HubrotaRole
hubrota_officer_get_role (HubrotaOfficer *self)
{
  g_return_val_if_fail (HUBROTA_IS_OFFICER (self), HUBROTA_ROLE_PC);
  return self->role;
}

const char *
hubrota_officer_get_beat (HubrotaOfficer *self)
{
  g_return_val_if_fail (HUBROTA_IS_OFFICER (self), NULL);
  return self->beat;
}

double
hubrota_officer_get_weekly_hours (HubrotaOfficer *self)
{
  g_return_val_if_fail (HUBROTA_IS_OFFICER (self), 0);
  return self->weekly_hours;
}

const GDate *
hubrota_officer_get_leaving_date (HubrotaOfficer *self)
{
  g_return_val_if_fail (HUBROTA_IS_OFFICER (self), NULL);
  return self->leaving;
}

void
hubrota_officer_set_leaving_date (HubrotaOfficer *self,
                                  const GDate    *date)
{
  g_return_if_fail (HUBROTA_IS_OFFICER (self));
  g_return_if_fail (date == NULL || g_date_valid (date));

  g_clear_pointer (&self->leaving, g_date_free);
  if (date != NULL)
    self->leaving = g_date_copy (date);
}

const char *
hubrota_role_to_string (HubrotaRole role)
{
  g_return_val_if_fail (role < G_N_ELEMENTS (role_names), NULL);
  return role_names[role];
}

gboolean
hubrota_role_from_string (const char  *text,
                          HubrotaRole *out_role)
{
  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    if (g_ascii_strcasecmp (text, role_names[i]) == 0)
      {
        *out_role = (HubrotaRole) i;
        return TRUE;
      }
  return FALSE;
}
