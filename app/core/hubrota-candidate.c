/* hubrota-candidate.c: an officer who could staff an opening, and what it would cost
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCandidate"

#include "config.h"

#include "hubrota-candidate-private.h"

struct _HubrotaCandidate
{
  GObject parent_instance;

  HubrotaOfficer *officer;
  HubrotaRota *rota;          /* to word the findings; NULL once they are */
  GArray *raw;                /* RotaFinding */
  GPtrArray *findings;        /* HubrotaFinding, NULL until asked for */
  GPtrArray *reasons;
  CandidateFigures figures;
};

G_DEFINE_FINAL_TYPE (HubrotaCandidate, hubrota_candidate, G_TYPE_OBJECT)

static void
hubrota_candidate_finalize (GObject *object)
{
  HubrotaCandidate *self = (HubrotaCandidate *) object;

  g_object_unref (self->officer);
  g_clear_object (&self->rota);
  g_array_unref (self->raw);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
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
_hubrota_candidate_new (HubrotaOfficer         *officer,
                        HubrotaRota            *rota,
                        GArray                 *findings,
                        GPtrArray              *reasons,
                        const CandidateFigures *figures)
{
  HubrotaCandidate *self;

  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer) && HUBROTA_IS_ROTA (rota), NULL);
  g_return_val_if_fail (findings != NULL && reasons != NULL && figures != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_CANDIDATE, NULL);
  self->officer = g_object_ref (officer);
  self->rota = g_object_ref (rota);
  self->raw = g_array_ref (findings);
  self->reasons = g_ptr_array_ref (reasons);
  self->figures = *figures;
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

  if (self->findings == NULL)
    {
      self->findings = _hubrota_rota_describe (self->rota, self->raw);
      g_clear_object (&self->rota);
    }
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
  return self->figures.errors;
}

guint
hubrota_candidate_count_findings (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), 0);
  return self->raw->len;
}

HubrotaCandidateGroup
hubrota_candidate_get_group (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), HUBROTA_CANDIDATE_ERRORS);

  if (self->figures.errors > 0)
    return HUBROTA_CANDIDATE_ERRORS;
  if (self->raw->len > 0)
    return HUBROTA_CANDIDATE_WARNINGS;
  return self->figures.home ? HUBROTA_CANDIDATE_OWN_BEAT : HUBROTA_CANDIDATE_ELSEWHERE;
}

double
hubrota_candidate_get_hub_hours (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), 0);
  return self->figures.hub_hours;
}

double
hubrota_candidate_get_abstraction (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), -1);
  return self->figures.abstraction;
}

double
hubrota_candidate_get_abstraction_after (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), -1);
  return self->figures.abstraction_after;
}

double
hubrota_candidate_get_abstraction_limit (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), -1);
  return self->figures.abstraction_limit;
}

gboolean
hubrota_candidate_get_home (HubrotaCandidate *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE (self), FALSE);
  return self->figures.home;
}
