/* hubrota-opening-status.c: how one opening stands, from every finding that concerns it
 *
 * The card, the sidebar, the month view, the Problems page and the printed notice all show
 * this one object, so they can never disagree: an opening with an error anywhere in it (one
 * side of a double booking, an officer on leave, a beat its officers leave uncovered) is an
 * error everywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOpeningStatus"

#include "config.h"

#include "hubrota-opening-status-private.h"

struct _HubrotaOpeningStatus
{
  GObject parent_instance;

  HubrotaOccurrence *occurrence;
  GPtrArray *findings;          /* HubrotaFinding, each once */
  GHashTable *officer_findings; /* collar number → GPtrArray of HubrotaFinding */
  GPtrArray *no_findings;       /* what an officer part of nothing gets: always empty */
  HubrotaRule rules[HUBROTA_N_RULES];
  guint n_rules;
};

G_DEFINE_FINAL_TYPE (HubrotaOpeningStatus, hubrota_opening_status, G_TYPE_OBJECT)

static void
hubrota_opening_status_finalize (GObject *object)
{
  HubrotaOpeningStatus *self = HUBROTA_OPENING_STATUS (object);

  g_clear_object (&self->occurrence);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->officer_findings, g_hash_table_unref);
  g_clear_pointer (&self->no_findings, g_ptr_array_unref);

  G_OBJECT_CLASS (hubrota_opening_status_parent_class)->finalize (object);
}

static void
hubrota_opening_status_class_init (HubrotaOpeningStatusClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_opening_status_finalize;
}

static void
hubrota_opening_status_init (HubrotaOpeningStatus *self)
{
  self->findings = g_ptr_array_new_with_free_func (g_object_unref);
  self->officer_findings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                  (GDestroyNotify) g_ptr_array_unref);
  self->no_findings = g_ptr_array_new ();
}

HubrotaOpeningStatus *
_hubrota_opening_status_new (HubrotaOccurrence *occurrence)
{
  HubrotaOpeningStatus *self;

  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), NULL);

  self = g_object_new (HUBROTA_TYPE_OPENING_STATUS, NULL);
  self->occurrence = g_object_ref (occurrence);
  return self;
}

static gboolean
is_cancelled (HubrotaOpeningStatus *self)
{
  return hubrota_occurrence_get_status (self->occurrence) == HUBROTA_OCCURRENCE_CANCELLED;
}

/* Errors before warnings; within each, the order of HubrotaRule. */
static int
rule_rank (HubrotaRule rule)
{
  return (hubrota_rule_get_severity (rule) == HUBROTA_SEVERITY_ERROR ? 0 : HUBROTA_N_RULES) +
         (int) rule;
}

static void
add_rule (HubrotaOpeningStatus *self,
          HubrotaRule           rule)
{
  guint at = self->n_rules;

  for (guint i = 0; i < self->n_rules; i++)
    if (self->rules[i] == rule)
      return;
  while (at > 0 && rule_rank (self->rules[at - 1]) > rule_rank (rule))
    {
      self->rules[at] = self->rules[at - 1];
      at--;
    }
  self->rules[at] = rule;
  self->n_rules++;
}

void
_hubrota_opening_status_add (HubrotaOpeningStatus *self,
                             HubrotaFinding       *finding,
                             const char           *officer)
{
  GPtrArray *mine;

  g_return_if_fail (HUBROTA_IS_OPENING_STATUS (self));
  g_return_if_fail (HUBROTA_IS_FINDING (finding));

  if (!g_ptr_array_find (self->findings, finding, NULL))
    {
      g_ptr_array_add (self->findings, g_object_ref (finding));
      add_rule (self, hubrota_finding_get_rule (finding));
    }
  if (officer == NULL)
    return;
  mine = g_hash_table_lookup (self->officer_findings, officer);
  if (mine == NULL)
    {
      mine = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (self->officer_findings, g_strdup (officer), mine);
    }
  if (!g_ptr_array_find (mine, finding, NULL))
    g_ptr_array_add (mine, g_object_ref (finding));
}

HubrotaOccurrence *
hubrota_opening_status_get_occurrence (HubrotaOpeningStatus *self)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_STATUS (self), NULL);
  return self->occurrence;
}

static HubrotaStatusLevel
level_of (GPtrArray *findings)
{
  HubrotaStatusLevel level = HUBROTA_STATUS_STAFFED;

  for (guint i = 0; i < findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (findings, i);
      gboolean error = hubrota_finding_get_severity (finding) == HUBROTA_SEVERITY_ERROR;

      level = hubrota_status_level_worst (level, error ? HUBROTA_STATUS_ERROR
                                                       : HUBROTA_STATUS_WARNING);
    }
  return level;
}

HubrotaStatusLevel
hubrota_opening_status_get_level (HubrotaOpeningStatus *self)
{
  HubrotaStatusLevel level;

  g_return_val_if_fail (HUBROTA_IS_OPENING_STATUS (self), HUBROTA_STATUS_ERROR);

  if (is_cancelled (self))
    return HUBROTA_STATUS_CANCELLED;
  level = level_of (self->findings);
  if (level == HUBROTA_STATUS_STAFFED &&
      hubrota_opening_status_get_assigned (self) > hubrota_opening_status_get_needed (self))
    return HUBROTA_STATUS_NOTE;
  return level;
}

guint
hubrota_opening_status_get_assigned (HubrotaOpeningStatus *self)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_STATUS (self), 0);
  return hubrota_occurrence_get_assigned (self->occurrence)->len;
}

guint
hubrota_opening_status_get_needed (HubrotaOpeningStatus *self)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_STATUS (self), 0);
  return (guint) MAX (0, hubrota_occurrence_get_min_officers (self->occurrence));
}

const HubrotaRule *
hubrota_opening_status_get_rules (HubrotaOpeningStatus *self,
                                  guint                *n_rules)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_STATUS (self), NULL);
  g_return_val_if_fail (n_rules != NULL, NULL);

  *n_rules = self->n_rules;
  return self->rules;
}

gboolean
hubrota_opening_status_has_rule (HubrotaOpeningStatus *self,
                                 HubrotaRule           rule)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_STATUS (self), FALSE);

  for (guint i = 0; i < self->n_rules; i++)
    if (self->rules[i] == rule)
      return TRUE;
  return FALSE;
}

GPtrArray *
hubrota_opening_status_get_findings (HubrotaOpeningStatus *self)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_STATUS (self), NULL);
  return self->findings;
}

GPtrArray *
hubrota_opening_status_get_officer_findings (HubrotaOpeningStatus *self,
                                             const char           *officer)
{
  GPtrArray *mine;

  g_return_val_if_fail (HUBROTA_IS_OPENING_STATUS (self), NULL);
  g_return_val_if_fail (officer != NULL, NULL);

  mine = g_hash_table_lookup (self->officer_findings, officer);
  return mine != NULL ? mine : self->no_findings;
}

HubrotaStatusLevel
hubrota_opening_status_get_officer_level (HubrotaOpeningStatus *self,
                                          const char           *officer)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_STATUS (self), HUBROTA_STATUS_ERROR);
  return level_of (hubrota_opening_status_get_officer_findings (self, officer));
}

HubrotaStatusLevel
hubrota_status_level_worst (HubrotaStatusLevel a,
                            HubrotaStatusLevel b)
{
  return MAX (a, b);
}

const char *
hubrota_status_level_to_string (HubrotaStatusLevel level)
{
  static const char * const names[] = { "cancelled", "staffed", "note", "warning", "error" };

  g_return_val_if_fail (level <= HUBROTA_STATUS_ERROR, NULL);
  return names[level];
}
