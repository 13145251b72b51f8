/* hubrota-plan.c: what auto-fill proposes for a period, with what it costs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAutofill"

#include "config.h"

#include "hubrota-autofill-private.h"
#include "hubrota-proposal.h"
#include "hubrota-shortfall.h"

#define VAR(inst, v) (&g_array_index ((inst)->vars, AfVar, (v)))
#define OPENING(inst, o) (&g_array_index ((inst)->openings, AfOpening, (o)))

struct _HubrotaPlan
{
  GObject parent_instance;

  AfInstance *instance;
  gboolean *chosen;
  AfScore score;
  GListStore *proposals;
  GListStore *shortfalls;
};

G_DEFINE_FINAL_TYPE (HubrotaPlan, hubrota_plan, G_TYPE_OBJECT)

static void
hubrota_plan_finalize (GObject *object)
{
  HubrotaPlan *self = (HubrotaPlan *) object;

  g_clear_pointer (&self->instance, _hubrota_autofill_instance_free);
  g_free (self->chosen);
  g_clear_object (&self->proposals);
  g_clear_object (&self->shortfalls);
  G_OBJECT_CLASS (hubrota_plan_parent_class)->finalize (object);
}

static void
hubrota_plan_class_init (HubrotaPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_plan_finalize;
}

static void
hubrota_plan_init (HubrotaPlan *self)
{
  self->proposals = g_list_store_new (HUBROTA_TYPE_PROPOSAL);
  self->shortfalls = g_list_store_new (HUBROTA_TYPE_SHORTFALL);
}

static const char *
hub_name (AfInstance *inst, RotaOccurrence *x)
{
  return hubrota_rota_get_hub_name (inst->rota, hubrota_occurrence_get_hub (x->object));
}

static int
compare_officer_ids (gconstpointer a, gconstpointer b, gpointer data)
{
  AfInstance *inst = data;
  HubrotaOfficer *x = OFFICER (inst->rota, VAR (inst, *(const int *) a)->officer)->object;
  HubrotaOfficer *y = OFFICER (inst->rota, VAR (inst, *(const int *) b)->officer)->object;

  return g_strcmp0 (hubrota_officer_get_id (x), hubrota_officer_get_id (y));
}

static HubrotaProposal *
new_proposal (HubrotaPlan *self, int v, const double *added)
{
  AfInstance *inst = self->instance;
  AfVar *var = VAR (inst, v);
  AfOfficer *fair = &g_array_index (inst->officers, AfOfficer, var->officer);
  RotaOccurrence *x = OCCURRENCE (inst->rota, OPENING (inst, var->opening)->occurrence);
  g_autofree char *reason = _hubrota_autofill_describe (inst, v, added[var->officer]);

  return hubrota_proposal_new (OFFICER (inst->rota, var->officer)->object, x->object,
                               hub_name (inst, x), var->away_hours, var->overtime_hours,
                               fair->existing_hours,
                               100 * fair->existing_hours / fair->capacity_hours,
                               100 * (fair->existing_hours + added[var->officer]) / fair->capacity_hours,
                               reason);
}

/* Openings come in the rota's order, by start; officers within one by collar number. */
static void
fill_lists (HubrotaPlan *self)
{
  AfInstance *inst = self->instance;
  g_autofree double *added = g_new0 (double, inst->officers->len);

  for (guint v = 0; v < inst->vars->len; v++)
    if (self->chosen[v])
      added[VAR (inst, v)->officer] += OPENING (inst, VAR (inst, v)->opening)->hours;
  for (guint o = 0; o < inst->openings->len; o++)
    {
      AfOpening *opening = OPENING (inst, o);
      RotaOccurrence *x = OCCURRENCE (inst->rota, opening->occurrence);
      g_autoptr(GArray) picked = g_array_new (FALSE, FALSE, sizeof (int));

      for (int v = opening->first_var; v < opening->first_var + opening->n_vars; v++)
        if (self->chosen[v])
          g_array_append_val (picked, v);
      g_array_sort_with_data (picked, compare_officer_ids, inst);
      for (guint i = 0; i < picked->len; i++)
        {
          g_autoptr(HubrotaProposal) proposal = new_proposal (self, g_array_index (picked, int, i),
                                                              added);
          g_list_store_append (self->proposals, proposal);
        }
      if ((int) picked->len < opening->need)
        {
          g_autofree char *reason = _hubrota_autofill_explain (inst, self->chosen, (int) o);
          g_autoptr(HubrotaShortfall) shortfall =
            hubrota_shortfall_new (x->object, hub_name (inst, x), opening->need - (int) picked->len,
                                   reason);
          g_list_store_append (self->shortfalls, shortfall);
        }
    }
}

HubrotaPlan *
_hubrota_plan_new (AfInstance *instance,
                   gboolean   *chosen)
{
  HubrotaPlan *self = g_object_new (HUBROTA_TYPE_PLAN, NULL);

  self->instance = instance;
  self->chosen = chosen;
  self->score = _hubrota_autofill_score (instance, chosen);
  fill_lists (self);
  return self;
}

AfInstance *
_hubrota_plan_get_instance (HubrotaPlan *self)
{
  return self->instance;
}

const gboolean *
_hubrota_plan_get_chosen (HubrotaPlan *self)
{
  return self->chosen;
}

GListModel *
hubrota_plan_get_proposals (HubrotaPlan *self)
{
  g_return_val_if_fail (HUBROTA_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->proposals);
}

GListModel *
hubrota_plan_get_shortfalls (HubrotaPlan *self)
{
  g_return_val_if_fail (HUBROTA_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->shortfalls);
}

void
hubrota_plan_get_period (HubrotaPlan *self,
                         GDate       *out_from,
                         GDate       *out_to)
{
  g_return_if_fail (HUBROTA_IS_PLAN (self));

  *out_from = self->instance->options.from;
  *out_to = self->instance->options.to;
}

guint
hubrota_plan_get_n_openings (HubrotaPlan *self)
{
  g_return_val_if_fail (HUBROTA_IS_PLAN (self), 0);
  return self->instance->openings->len;
}

double
hubrota_plan_get_abstraction_hours (HubrotaPlan *self)
{
  g_return_val_if_fail (HUBROTA_IS_PLAN (self), 0);
  return self->score.abstraction_hours;
}

double
hubrota_plan_get_overtime_hours (HubrotaPlan *self)
{
  g_return_val_if_fail (HUBROTA_IS_PLAN (self), 0);
  return self->score.overtime_hours;
}

double
hubrota_plan_get_largest_share (HubrotaPlan *self)
{
  g_return_val_if_fail (HUBROTA_IS_PLAN (self), 0);
  return self->score.largest_share;
}

double
hubrota_plan_get_objective (HubrotaPlan *self)
{
  g_return_val_if_fail (HUBROTA_IS_PLAN (self), 0);
  return self->score.objective;
}

gboolean
hubrota_plan_write_lp (HubrotaPlan  *self,
                       const char   *path,
                       GError      **error)
{
  g_return_val_if_fail (HUBROTA_IS_PLAN (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return _hubrota_autofill_write_lp (self->instance, path, error);
}
