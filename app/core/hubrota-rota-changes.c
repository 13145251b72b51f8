/* hubrota-rota-changes.c: checking several officers put on or taken off at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRota"

#include "config.h"

#include "hubrota-rota-private.h"

static void
undo_changes (HubrotaRota *self, GArray *changes)
{
  for (guint i = changes->len; i-- > 0;)
    {
      RotaChange undo = g_array_index (changes, RotaChange, i);
      undo.assign = !undo.assign;
      _hubrota_rota_change (self, &undo);
    }
}

/* Each change is made as it is resolved, so a repeat of an earlier one is refused like any
 * other change that is already true; everything is put back before returning. */
GPtrArray *
hubrota_rota_would_cause_changes (HubrotaRota                   *self,
                                  const HubrotaAssignmentChange *changes,
                                  guint                          n_changes,
                                  GError                       **error)
{
  g_autoptr(GArray) made = g_array_new (FALSE, FALSE, sizeof (RotaChange));
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) added = NULL;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (changes != NULL || n_changes == 0, NULL);

  before = _hubrota_rules_check (self);
  for (guint i = 0; i < n_changes; i++)
    {
      RotaChange change;
      if (!_hubrota_rota_resolve (self, changes[i].officer, changes[i].occurrence,
                                  changes[i].assign, &change, error))
        {
          undo_changes (self, made);
          return NULL;
        }
      _hubrota_rota_change (self, &change);
      g_array_append_val (made, change);
    }
  after = _hubrota_rules_check (self);
  undo_changes (self, made);
  added = _hubrota_rules_added (before, after);
  return _hubrota_rota_describe (self, added);
}
