/* hubrota-candidate.c: an officer who could staff an opening, and what it would cost
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCandidate"

#include "config.h"

#include "hubrota-candidate.h"
#include "hubrota-finding.h"

struct _HubrotaCandidate
{
  GObject parent_instance;

  HubrotaOfficer *officer;
  GPtrArray *findings;
  GPtrArray *reasons;
  double hub_hours;
  double abstraction;
};

G_DEFINE_FINAL_TYPE (HubrotaCandidate, hubrota_candidate, G_TYPE_OBJECT)

static void
hubrota_candidate_finalize (GObject *object)
{
  HubrotaCandidate *self = (HubrotaCandidate *) object;

  g_object_unref (self->officer);
  g_ptr_array_unref (self->findings);
  g_ptr_array_unref (self->reasons);

  G_OBJECT_CLASS (hubrota_candidate_parent_class)->finalize (object);
}

static void
hubrota_candidate_class_init (HubrotaCandidateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_candidate_finalize;
}

static void
hubrota_candidate_init (HubrotaCandidate *self)
{
}

HubrotaCandidate *
hubrota_candidate_new (HubrotaOfficer *officer,
                       GPtrArray      *findings,
                       GPtrArray      *reasons)
{
  HubrotaCandidate *self;

  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer), NULL);
  g_return_val_if_fail (findings != NULL && reasons != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_CANDIDATE, NULL);
  self->officer = g_object_ref (officer);
  self->findings = g_ptr_array_ref (findings);
  self->reasons = g_ptr_array_ref (reasons);
  self->abstraction = -1;
  return self;
}

HubrotaOfficer *
hubrota_candidate_get_officer (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), NULL);
  return self->officer;
}

GPtrArray *
hubrota_candidate_get_findings (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), NULL);
  return self->findings;
}

GPtrArray *
hubrota_candidate_get_reasons (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), NULL);
  return self->reasons;
}

guint
hubrota_candidate_count_errors (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), 0);
  return hubrota_findings_count_errors (self->findings);
}

/* The figures the ranking used, for showing beside the officer's name. */
void
hubrota_candidate_set_figures (HubrotaCandidate *self,
                               double            hub_hours,
                               double            abstraction)
{
  g_return_if_fail (HUBROTA_IS_CANDIDATE (self));

  self->hub_hours = hub_hours;
  self->abstraction = abstraction;
}

double
hubrota_candidate_get_hub_hours (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), 0);
  return self->hub_hours;
}

double
hubrota_candidate_get_abstraction (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), -1);
  return self->abstraction;
}
