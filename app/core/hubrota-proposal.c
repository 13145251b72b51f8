/* hubrota-proposal.c: one officer auto-fill would put on one opening, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAutofill"

#include "config.h"

#include "hubrota-proposal.h"

struct _HubrotaProposal
{
  GObject parent_instance;

  HubrotaOfficer *officer;
  HubrotaOccurrence *occurrence;
  char *hub_name;
  double away_hours;
  double overtime_hours;
  double hub_hours_before;
  double share_before;
  double share_after;
  char *reason;
  gboolean accepted;
};

G_DEFINE_FINAL_TYPE (HubrotaProposal, hubrota_proposal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACCEPTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hubrota_proposal_finalize (GObject *object)
{
  HubrotaProposal *self = (HubrotaProposal *) object;

  g_clear_object (&self->officer);
  g_clear_object (&self->occurrence);
  g_free (self->hub_name);
  g_free (self->reason);
  G_OBJECT_CLASS (hubrota_proposal_parent_class)->finalize (object);
}

static void
hubrota_proposal_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HubrotaProposal *self = HUBROTA_PROPOSAL (object);

  switch (prop_id)
    {
    case PROP_ACCEPTED:
      g_value_set_boolean (value, self->accepted);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_proposal_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HubrotaProposal *self = HUBROTA_PROPOSAL (object);

  switch (prop_id)
    {
    case PROP_ACCEPTED:
      hubrota_proposal_set_accepted (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_proposal_class_init (HubrotaProposalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hubrota_proposal_finalize;
  object_class->get_property = hubrota_proposal_get_property;
  object_class->set_property = hubrota_proposal_set_property;

  properties[PROP_ACCEPTED] =
    g_param_spec_boolean ("accepted", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hubrota_proposal_init (HubrotaProposal *self)
{
  self->accepted = TRUE;
}

HubrotaProposal *
hubrota_proposal_new (HubrotaOfficer    *officer,
                      HubrotaOccurrence *occurrence,
                      const char        *hub_name,
                      double             away_hours,
                      double             overtime_hours,
                      double             hub_hours_before,
                      double             share_before,
                      double             share_after,
                      const char        *reason)
{
  HubrotaProposal *self = g_object_new (HUBROTA_TYPE_PROPOSAL, NULL);

  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer), NULL);
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), NULL);

  self->officer = g_object_ref (officer);
  self->occurrence = g_object_ref (occurrence);
  self->hub_name = g_strdup (hub_name);
  self->away_hours = away_hours;
  self->overtime_hours = overtime_hours;
  self->hub_hours_before = hub_hours_before;
  self->share_before = share_before;
  self->share_after = share_after;
  self->reason = g_strdup (reason);
  return self;
}

HubrotaOfficer *
hubrota_proposal_get_officer (HubrotaProposal *self)
{
  g_return_val_if_fail (HUBROTA_IS_PROPOSAL (self), NULL);
  return self->officer;
}

HubrotaOccurrence *
hubrota_proposal_get_occurrence (HubrotaProposal *self)
{
  g_return_val_if_fail (HUBROTA_IS_PROPOSAL (self), NULL);
  return self->occurrence;
}

const char *
hubrota_proposal_get_hub_name (HubrotaProposal *self)
{
  g_return_val_if_fail (HUBROTA_IS_PROPOSAL (self), NULL);
  return self->hub_name;
}

double
hubrota_proposal_get_away_hours (HubrotaProposal *self)
{
  g_return_val_if_fail (HUBROTA_IS_PROPOSAL (self), 0);
  return self->away_hours;
}

double
hubrota_proposal_get_overtime_hours (HubrotaProposal *self)
{
  g_return_val_if_fail (HUBROTA_IS_PROPOSAL (self), 0);
  return self->overtime_hours;
}

double
hubrota_proposal_get_hub_hours_before (HubrotaProposal *self)
{
  g_return_val_if_fail (HUBROTA_IS_PROPOSAL (self), 0);
  return self->hub_hours_before;
}

double
hubrota_proposal_get_share_before (HubrotaProposal *self)
{
  g_return_val_if_fail (HUBROTA_IS_PROPOSAL (self), 0);
  return self->share_before;
}

double
hubrota_proposal_get_share_after (HubrotaProposal *self)
{
  g_return_val_if_fail (HUBROTA_IS_PROPOSAL (self), 0);
  return self->share_after;
}

const char *
hubrota_proposal_get_reason (HubrotaProposal *self)
{
  g_return_val_if_fail (HUBROTA_IS_PROPOSAL (self), NULL);
  return self->reason;
}

gboolean
hubrota_proposal_get_accepted (HubrotaProposal *self)
{
  g_return_val_if_fail (HUBROTA_IS_PROPOSAL (self), FALSE);
  return self->accepted;
}

void
hubrota_proposal_set_accepted (HubrotaProposal *self,
                               gboolean         accepted)
{
  g_return_if_fail (HUBROTA_IS_PROPOSAL (self));

  accepted = !!accepted;
  if (self->accepted == accepted)
    return;
  self->accepted = accepted;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPTED]);
}
