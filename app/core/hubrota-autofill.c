/* hubrota-autofill.c: staffing the openings of a period that are below their minimum
 *
 * Reads the period's rota and the hub work of the fairness window, builds the problem
 * (hubrota-autofill-instance.c), plans it (hubrota-autofill-solve.c) and hands back a
 * HubrotaPlan. Storing the plan is the workspace's (hubrota_workspace_apply_plan ()), which
 * checks it again inside the transaction that writes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAutofill"

#include "config.h"

#include "hubrota-autofill-private.h"
#include "hubrota-error-private.h"

void
hubrota_autofill_options_init (HubrotaAutofillOptions *options,
                               const GDate            *from,
                               const GDate            *to)
{
  g_return_if_fail (options != NULL && from != NULL && to != NULL);

  *options = (HubrotaAutofillOptions) { *from, *to, NULL, NULL, FALSE,
                                        HUBROTA_AUTOFILL_FAIRNESS_WEEKS };
}

static void
add_hours (GHashTable *hours, const char *officer, double more)
{
  double *total = g_hash_table_lookup (hours, officer);

  if (total == NULL)
    {
      total = g_new0 (double, 1);
      g_hash_table_insert (hours, g_strdup (officer), total);
    }
  *total += more;
}

/* Each officer's hours at hubs over the fairness window: its weeks before the period and the
 * period itself, as the store has them now. */
static GHashTable *
hub_hours (HubrotaStore *store, const HubrotaAutofillOptions *options, GError **error)
{
  GDate first = options->from;
  g_autoptr(GPtrArray) openings = NULL;
  g_autoptr(GHashTable) hours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_date_subtract_days (&first, 7 * options->fairness_weeks);
  if ((openings = hubrota_store_list_occurrences (store, &first, &options->to, NULL, error)) == NULL)
    return NULL;
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
      GPtrArray *officers = hubrota_occurrence_get_assigned (opening);
      double length = g_date_time_difference (hubrota_occurrence_get_end (opening),
                                              hubrota_occurrence_get_start (opening)) /
                      (double) G_TIME_SPAN_HOUR;

      for (guint k = 0; k < officers->len; k++)
        add_hours (hours, g_ptr_array_index (officers, k), length);
    }
  return g_steal_pointer (&hours);
}

HubrotaPlan *
hubrota_autofill_plan (HubrotaStore                 *store,
                       const HubrotaAutofillOptions *options,
                       GError                      **error)
{
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GHashTable) hours = NULL;
  AfInstance *instance;

  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (g_date_compare (&options->from, &options->to) > 0)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "the period ends before it starts");
      return NULL;
    }
  if ((rota = hubrota_rota_load (store, &options->from, &options->to, error)) == NULL ||
      (hours = hub_hours (store, options, error)) == NULL)
    return NULL;
  instance = _hubrota_autofill_instance_new (rota, options, hours);
  return _hubrota_plan_new (instance, _hubrota_autofill_solve (instance));
}
