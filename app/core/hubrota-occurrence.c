/* hubrota-occurrence.c: one opening of a hub, as expanded from its series and exceptions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOccurrence"

#include "config.h"

#include <string.h>

#include "hubrota-occurrence.h"

struct _HubrotaOccurrence
{
  GObject parent_instance;

  char *hub;
  gint64 series;
  GDate original_date;
  GDateTime *start;
  GDateTime *end;
  HubrotaOccurrenceStatus status;
  char *reason;
  gboolean moved;
  int min_officers;
  GPtrArray *assigned;   /* collar numbers, sorted */
  GPtrArray *stood_down; /* the same, of a cancelled opening */
  int sequence;
  GDateTime *last_modified;
};

G_DEFINE_FINAL_TYPE (HubrotaOccurrence, hubrota_occurrence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HUB,
  PROP_SERIES,
  PROP_START,
  PROP_END,
  PROP_CANCELLED,
  PROP_REASON,
  PROP_MOVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hubrota_occurrence_finalize (GObject *object)
{
  HubrotaOccurrence *self = (HubrotaOccurrence *) object;

  g_clear_pointer (&self->hub, g_free);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->assigned, g_ptr_array_unref);
  g_clear_pointer (&self->stood_down, g_ptr_array_unref);
  g_clear_pointer (&self->last_modified, g_date_time_unref);

  G_OBJECT_CLASS (hubrota_occurrence_parent_class)->finalize (object);
}

static void
hubrota_occurrence_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HubrotaOccurrence *self = HUBROTA_OCCURRENCE (object);

  switch (prop_id)
    {
    case PROP_HUB:
      g_value_set_string (value, self->hub);
      break;
    case PROP_SERIES:
      g_value_set_int64 (value, self->series);
      break;
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    case PROP_CANCELLED:
      g_value_set_boolean (value, self->status == HUBROTA_OCCURRENCE_CANCELLED);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_MOVED:
      g_value_set_boolean (value, self->moved);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_occurrence_class_init (HubrotaOccurrenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hubrota_occurrence_finalize;
  object_class->get_property = hubrota_occurrence_get_property;

  properties[PROP_HUB] = g_param_spec_string ("hub", NULL, NULL, NULL, flags);
  properties[PROP_SERIES] = g_param_spec_int64 ("series", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_CANCELLED] = g_param_spec_boolean ("cancelled", NULL, NULL, FALSE, flags);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  properties[PROP_MOVED] = g_param_spec_boolean ("moved", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hubrota_occurrence_init (HubrotaOccurrence *self)
{
  self->min_officers = 1;
  self->assigned = g_ptr_array_new_with_free_func (g_free);
  self->stood_down = g_ptr_array_new_with_free_func (g_free);
}

HubrotaOccurrence *
hubrota_occurrence_new (const char  *hub,
                        gint64       series,
                        const GDate *original_date,
                        GDateTime   *start,
                        GDateTime   *end)
{
  HubrotaOccurrence *self;

  g_return_val_if_fail (hub != NULL, NULL);
  g_return_val_if_fail (original_date != NULL && g_date_valid (original_date), NULL);
  g_return_val_if_fail (start != NULL && end != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_OCCURRENCE, NULL);
  self->hub = g_strdup (hub);
  self->series = series;
  self->original_date = *original_date;
  self->start = g_date_time_ref (start);
  self->end = g_date_time_ref (end);
  return self;
}

const char *
hubrota_occurrence_get_hub (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), NULL);
  return self->hub;
}

gint64
hubrota_occurrence_get_series (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), 0);
  return self->series;
}

const GDate *
hubrota_occurrence_get_original_date (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), NULL);
  return &self->original_date;
}

GDateTime *
hubrota_occurrence_get_start (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), NULL);
  return self->start;
}

GDateTime *
hubrota_occurrence_get_end (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), NULL);
  return self->end;
}

HubrotaOccurrenceStatus
hubrota_occurrence_get_status (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), HUBROTA_OCCURRENCE_SCHEDULED);
  return self->status;
}

const char *
hubrota_occurrence_get_reason (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), NULL);
  return self->reason;
}

gboolean
hubrota_occurrence_get_moved (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), FALSE);
  return self->moved;
}

int
hubrota_occurrence_get_min_officers (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), 0);
  return self->min_officers;
}

const char *
hubrota_occurrence_status_to_string (HubrotaOccurrenceStatus status)
{
  return status == HUBROTA_OCCURRENCE_CANCELLED ? "cancelled" : "scheduled";
}

void
hubrota_occurrence_set_cancelled (HubrotaOccurrence *self,
                                  const char        *reason)
{
  g_return_if_fail (HUBROTA_IS_OCCURRENCE (self));

  self->status = HUBROTA_OCCURRENCE_CANCELLED;
  g_free (self->reason);
  self->reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANCELLED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

void
hubrota_occurrence_set_moved (HubrotaOccurrence *self,
                              GDateTime         *start,
                              GDateTime         *end)
{
  g_return_if_fail (HUBROTA_IS_OCCURRENCE (self));
  g_return_if_fail (start != NULL && end != NULL);

  g_date_time_unref (self->start);
  g_date_time_unref (self->end);
  self->start = g_date_time_ref (start);
  self->end = g_date_time_ref (end);
  self->moved = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOVED]);
}

void
hubrota_occurrence_set_min_officers (HubrotaOccurrence *self,
                                     int                min_officers)
{
  g_return_if_fail (HUBROTA_IS_OCCURRENCE (self));
  self->min_officers = min_officers;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

GPtrArray *
hubrota_occurrence_get_assigned (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), NULL);
  return self->assigned;
}

void
hubrota_occurrence_add_assigned (HubrotaOccurrence *self,
                                 const char        *officer)
{
  g_return_if_fail (HUBROTA_IS_OCCURRENCE (self));
  g_return_if_fail (officer != NULL);

  g_ptr_array_add (self->assigned, g_strdup (officer));
  g_ptr_array_sort (self->assigned, compare_strings);
}

GPtrArray *
hubrota_occurrence_get_stood_down (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), NULL);
  return self->stood_down;
}

void
hubrota_occurrence_add_stood_down (HubrotaOccurrence *self,
                                   const char        *officer)
{
  g_return_if_fail (HUBROTA_IS_OCCURRENCE (self));
  g_return_if_fail (officer != NULL);

  g_ptr_array_add (self->stood_down, g_strdup (officer));
  g_ptr_array_sort (self->stood_down, compare_strings);
}

int
hubrota_occurrence_get_sequence (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), 0);
  return self->sequence;
}

GDateTime *
hubrota_occurrence_get_last_modified (HubrotaOccurrence *self)
{
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (self), NULL);
  return self->last_modified;
}

void
hubrota_occurrence_set_revision (HubrotaOccurrence *self,
                                 int                sequence,
                                 GDateTime         *last_modified)
{
  g_return_if_fail (HUBROTA_IS_OCCURRENCE (self));
  g_return_if_fail (sequence >= 0);

  self->sequence = sequence;
  g_clear_pointer (&self->last_modified, g_date_time_unref);
  if (last_modified != NULL)
    self->last_modified = g_date_time_ref (last_modified);
}

/* Whether both name the same opening: the same series, first planned for the same day,
 * wherever it has moved since. */
gboolean
hubrota_occurrence_is_same (HubrotaOccurrence *a,
                            HubrotaOccurrence *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return hubrota_occurrence_get_series (a) == hubrota_occurrence_get_series (b) &&
         g_date_compare (hubrota_occurrence_get_original_date (a),
                         hubrota_occurrence_get_original_date (b)) == 0;
}
