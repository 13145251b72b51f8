/* hubrota-history.c: rota changes that can be undone and redone
 *
 * Each step keeps the officer's stored rows on the series before and after the change, so
 * undo and redo put back exactly what was there (a whole-series assignment with openings
 * taken out of it included), each in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaHistory"

#include "config.h"

#include "hubrota-history.h"
#include "hubrota-london.h"
#include "hubrota-store-private.h"

typedef struct
{
  char *label;
  HubrotaAssignmentState *before;
  HubrotaAssignmentState *after;
} Step;

struct _HubrotaHistory
{
  GObject parent_instance;

  HubrotaStore *store;
  GPtrArray *undo;   /* Step, the latest last */
  GPtrArray *redo;
};

G_DEFINE_FINAL_TYPE (HubrotaHistory, hubrota_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (Step *step)
{
  g_free (step->label);
  _hubrota_assignment_state_free (step->before);
  _hubrota_assignment_state_free (step->after);
  g_free (step);
}

static void
hubrota_history_finalize (GObject *object)
{
  HubrotaHistory *self = (HubrotaHistory *) object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (hubrota_history_parent_class)->finalize (object);
}

static void
hubrota_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HubrotaHistory *self = HUBROTA_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hubrota_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, hubrota_history_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_history_class_init (HubrotaHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hubrota_history_finalize;
  object_class->get_property = hubrota_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hubrota_history_init (HubrotaHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
}

HubrotaHistory *
hubrota_history_new (HubrotaStore *store)
{
  HubrotaHistory *self;

  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);

  self = g_object_new (HUBROTA_TYPE_HISTORY, NULL);
  self->store = g_object_ref (store);
  return self;
}

static void
notify_both (HubrotaHistory *self, gboolean could_undo, gboolean could_redo)
{
  if (could_undo != hubrota_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != hubrota_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static char *
describe_change (const char *officer, HubrotaOccurrence *occurrence, gboolean whole_series,
                 gboolean assign)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (hubrota_occurrence_get_start (occurrence),
                                                        hubrota_london_tz ());
  g_autofree char *when = g_date_time_format (local, "%a %-d %b %H:%M");

  return g_strdup_printf ("%s %s %s %s%s, %s", assign ? "Put" : "Took", officer,
                          assign ? "on" : "off", whole_series ? "every opening of " : "",
                          hubrota_occurrence_get_hub (occurrence), when);
}

static gboolean
apply_change (HubrotaStore *store, const char *officer, HubrotaOccurrence *occurrence,
              gboolean whole_series, gboolean assign, GError **error)
{
  if (assign)
    return hubrota_store_assign (store, officer, occurrence, whole_series, error);
  return hubrota_store_unassign (store, officer, occurrence, whole_series, error);
}

/* Runs the change in one transaction, reading the rows on either side of it. */
static Step *
record_change (HubrotaHistory *self, const char *officer, HubrotaOccurrence *occurrence,
               gboolean whole_series, gboolean assign, GError **error)
{
  gint64 series = hubrota_occurrence_get_series (occurrence);
  g_autoptr(HubrotaAssignmentState) before = NULL;
  g_autoptr(HubrotaAssignmentState) after = NULL;
  Step *step;

  if (!_hubrota_store_begin (self->store, error))
    return NULL;
  if ((before = _hubrota_store_save_assignments (self->store, officer, series, error)) == NULL ||
      !apply_change (self->store, officer, occurrence, whole_series, assign, error) ||
      (after = _hubrota_store_save_assignments (self->store, officer, series, error)) == NULL)
    {
      _hubrota_store_rollback (self->store);
      return NULL;
    }
  if (!_hubrota_store_commit (self->store, error))
    return NULL;
  step = g_new0 (Step, 1);
  step->label = describe_change (officer, occurrence, whole_series, assign);
  step->before = g_steal_pointer (&before);
  step->after = g_steal_pointer (&after);
  return step;
}

gboolean
hubrota_history_change (HubrotaHistory     *self,
                        const char         *officer,
                        HubrotaOccurrence  *occurrence,
                        gboolean            whole_series,
                        gboolean            assign,
                        GError            **error)
{
  gboolean could_undo, could_redo;
  Step *step;

  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (officer != NULL && HUBROTA_IS_OCCURRENCE (occurrence), FALSE);

  could_undo = hubrota_history_get_can_undo (self);
  could_redo = hubrota_history_get_can_redo (self);
  step = record_change (self, officer, occurrence, whole_series, assign, error);
  if (step == NULL)
    return FALSE;
  g_ptr_array_add (self->undo, step);
  g_ptr_array_set_size (self->redo, 0);
  notify_both (self, could_undo, could_redo);
  return TRUE;
}

static gboolean
put_back (HubrotaHistory *self, HubrotaAssignmentState *state, GError **error)
{
  if (!_hubrota_store_begin (self->store, error))
    return FALSE;
  if (!_hubrota_store_load_assignments (self->store, state, error))
    return _hubrota_store_fail (self->store);
  return _hubrota_store_commit (self->store, error);
}

/* Moves the latest step of from onto to, putting the store back to its before (undo) or
 * after (redo) rows. */
static gboolean
travel (HubrotaHistory *self, GPtrArray *from, GPtrArray *to, gboolean backwards, GError **error)
{
  gboolean could_undo = hubrota_history_get_can_undo (self);
  gboolean could_redo = hubrota_history_get_can_redo (self);
  Step *step;

  if (from->len == 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           backwards ? "there is nothing to undo" : "there is nothing to redo");
  step = g_ptr_array_index (from, from->len - 1);
  if (!put_back (self, backwards ? step->before : step->after, error))
    return FALSE;
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  notify_both (self, could_undo, could_redo);
  return TRUE;
}

gboolean
hubrota_history_undo (HubrotaHistory  *self,
                      GError         **error)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  return travel (self, self->undo, self->redo, TRUE, error);
}

gboolean
hubrota_history_redo (HubrotaHistory  *self,
                      GError         **error)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  return travel (self, self->redo, self->undo, FALSE, error);
}

gboolean
hubrota_history_get_can_undo (HubrotaHistory *self)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
hubrota_history_get_can_redo (HubrotaHistory *self)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

static const char *
latest_label (GPtrArray *steps)
{
  return steps->len > 0 ? ((Step *) g_ptr_array_index (steps, steps->len - 1))->label : NULL;
}

const char *
hubrota_history_get_undo_label (HubrotaHistory *self)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), NULL);
  return latest_label (self->undo);
}

const char *
hubrota_history_get_redo_label (HubrotaHistory *self)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), NULL);
  return latest_label (self->redo);
}
