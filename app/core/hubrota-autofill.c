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

#include <glib/gi18n-lib.h>

#include "hubrota-autofill-private.h"
#include "hubrota-error-private.h"
#include "hubrota-fairness.h"

void
hubrota_autofill_options_init (HubrotaAutofillOptions *options,
                               const GDate            *from,
                               const GDate            *to)
{
  g_return_if_fail (options != NULL && from != NULL && to != NULL);

  *options = (HubrotaAutofillOptions) { *from, *to, NULL, NULL, FALSE,
                                        HUBROTA_AUTOFILL_FAIRNESS_WEEKS, FALSE, 0 };
}

/* Each officer's hours at hubs over the fairness window: its weeks before the period and the
 * period itself, as the store has them now. */
static GHashTable *
hub_hours (HubrotaStore *store, const HubrotaAutofillOptions *options, GError **error)
{
  GDate first = options->from;

  g_date_subtract_days (&first, 7 * options->fairness_weeks);
  return hubrota_fairness_hub_hours (store, &first, &options->to, error);
}

HubrotaPlan *
_hubrota_autofill_plan_capped (HubrotaStore                 *store,
                               const HubrotaAutofillOptions *options,
                               const AfCap                  *cap,
                               GError                      **error)
{
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GHashTable) hours = NULL;
  g_autoptr(GHashTable) uncapped = NULL;
  AfInstance *instance;
  gboolean *chosen;

  if (g_date_compare (&options->from, &options->to) > 0)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "%s",
                      _("the period ends before it starts"));
      return NULL;
    }
  if ((rota = hubrota_rota_load (store, &options->from, &options->to, error)) == NULL ||
      (hours = hub_hours (store, options, error)) == NULL)
    return NULL;
  instance = _hubrota_autofill_instance_new (rota, options, hours, cap, NULL);
  chosen = _hubrota_autofill_solve (instance);
  /* Capped openings left short get the whole force in a second plan (see AfCap). */
  if ((uncapped = _hubrota_autofill_short_and_capped (instance, chosen)) != NULL)
    {
      g_free (chosen);
      _hubrota_autofill_instance_free (instance);
      instance = _hubrota_autofill_instance_new (rota, options, hours, cap, uncapped);
      chosen = _hubrota_autofill_solve (instance);
    }
  return _hubrota_plan_new (instance, chosen);
}

HubrotaPlan *
hubrota_autofill_plan (HubrotaStore                 *store,
                       const HubrotaAutofillOptions *options,
                       GError                      **error)
{
  AfCap cap = AUTOFILL_CAP_DEFAULT;

  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  return _hubrota_autofill_plan_capped (store, options, &cap, error);
}
