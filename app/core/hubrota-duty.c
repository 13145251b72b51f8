/* hubrota-duty.c: when an officer is at work, a single shift or a repeating shift pattern
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaDuty"

#include "config.h"

#include "hubrota-duty.h"

struct _HubrotaDuty
{
  GObject parent_instance;

  gint64 id;
  char *officer;
  GDateTime *start;
  int duration_minutes;
  char *rrule;
};

G_DEFINE_FINAL_TYPE (HubrotaDuty, hubrota_duty, G_TYPE_OBJECT)

static void
hubrota_duty_finalize (GObject *object)
{
  HubrotaDuty *self = (HubrotaDuty *) object;

  g_free (self->officer);
  g_date_time_unref (self->start);
  g_free (self->rrule);

  G_OBJECT_CLASS (hubrota_duty_parent_class)->finalize (object);
}

static void
hubrota_duty_class_init (HubrotaDutyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_duty_finalize;
}

static void
hubrota_duty_init (HubrotaDuty *self)
{
}

HubrotaDuty *
hubrota_duty_new (const char *officer,
                  GDateTime  *start,
                  int         duration_minutes,
                  const char *rrule)
{
  HubrotaDuty *self;

  g_return_val_if_fail (officer != NULL && start != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_DUTY, NULL);
  self->officer = g_strdup (officer);
  self->start = g_date_time_ref (start);
  self->duration_minutes = duration_minutes;
  self->rrule = g_strdup (rrule);
  return self;
}

gint64
hubrota_duty_get_id (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), 0);
  return self->id;
}

void
hubrota_duty_set_id (HubrotaDuty *self,
                     gint64       id)
{
  g_return_if_fail (HUBROTA_IS_DUTY (self));
  self->id = id;
}

const char *
hubrota_duty_get_officer (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), NULL);
  return self->officer;
}

GDateTime *
hubrota_duty_get_start (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), NULL);
  return self->start;
}

int
hubrota_duty_get_duration_minutes (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), 0);
  return self->duration_minutes;
}

const char *
hubrota_duty_get_rrule (HubrotaDuty *self)
{
  g_return_val_if_fail (HUBROTA_IS_DUTY (self), NULL);
  return self->rrule;
}
