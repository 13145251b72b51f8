/* hubrota-absence.c: a stretch of time an officer is away: leave, training, court
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAbsence"

#include "config.h"

#include "hubrota-absence.h"

struct _HubrotaAbsence
{
  GObject parent_instance;

  gint64 id;
  char *officer;
  GDateTime *start;
  GDateTime *end;
  char *reason;
};

G_DEFINE_FINAL_TYPE (HubrotaAbsence, hubrota_absence, G_TYPE_OBJECT)

static void
hubrota_absence_finalize (GObject *object)
{
  HubrotaAbsence *self = (HubrotaAbsence *) object;

  g_free (self->officer);
  g_date_time_unref (self->start);
  g_date_time_unref (self->end);
  g_free (self->reason);

  G_OBJECT_CLASS (hubrota_absence_parent_class)->finalize (object);
}

static void
hubrota_absence_class_init (HubrotaAbsenceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_absence_finalize;
}

static void
hubrota_absence_init (HubrotaAbsence *self)
{
}

HubrotaAbsence *
hubrota_absence_new (const char *officer,
                     GDateTime  *start,
                     GDateTime  *end,
                     const char *reason)
{
  HubrotaAbsence *self;

  g_return_val_if_fail (officer != NULL && start != NULL && end != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_ABSENCE, NULL);
  self->officer = g_strdup (officer);
  self->start = g_date_time_ref (start);
  self->end = g_date_time_ref (end);
  self->reason = g_strdup (reason != NULL ? reason : "");
  return self;
}

gint64
hubrota_absence_get_id (HubrotaAbsence *self)
{
  g_return_val_if_fail (HUBROTA_IS_ABSENCE (self), 0);
  return self->id;
}

void
hubrota_absence_set_id (HubrotaAbsence *self,
                        gint64          id)
{
  g_return_if_fail (HUBROTA_IS_ABSENCE (self));
  self->id = id;
}

const char *
hubrota_absence_get_officer (HubrotaAbsence *self)
{
  g_return_val_if_fail (HUBROTA_IS_ABSENCE (self), NULL);
  return self->officer;
}

GDateTime *
hubrota_absence_get_start (HubrotaAbsence *self)
{
  g_return_val_if_fail (HUBROTA_IS_ABSENCE (self), NULL);
  return self->start;
}

GDateTime *
hubrota_absence_get_end (HubrotaAbsence *self)
{
  g_return_val_if_fail (HUBROTA_IS_ABSENCE (self), NULL);
  return self->end;
}

const char *
hubrota_absence_get_reason (HubrotaAbsence *self)
{
  g_return_val_if_fail (HUBROTA_IS_ABSENCE (self), NULL);
  return self->reason;
}
