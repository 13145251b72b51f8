/* hubrota-finding.c: one thing the rule checker found wrong with a rota, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaFinding"

#include "config.h"

#include "hubrota-finding.h"

struct _HubrotaFinding
{
  GObject parent_instance;

  HubrotaRule rule;
  char *officer;
  char *hub;
  char *beat;
  char *hotspot;
  GDateTime *start;
  GDateTime *end;
  char *message;
  HubrotaOccurrence *occurrence;
  HubrotaOccurrence *other_occurrence;
  gint64 amount;
  gint64 total;
};

G_DEFINE_FINAL_TYPE (HubrotaFinding, hubrota_finding, G_TYPE_OBJECT)

static const struct
{
  const char *id;
  HubrotaSeverity severity;
} rules[] = {
  [HUBROTA_RULE_DOUBLE_BOOKED] = { "double-booked", HUBROTA_SEVERITY_ERROR },
  [HUBROTA_RULE_ON_LEAVE] = { "on-leave", HUBROTA_SEVERITY_ERROR },
  [HUBROTA_RULE_OFF_DUTY] = { "off-duty", HUBROTA_SEVERITY_WARNING },
  [HUBROTA_RULE_ABSTRACTION_LIMIT] = { "abstraction-limit", HUBROTA_SEVERITY_WARNING },
  [HUBROTA_RULE_BEAT_UNCOVERED] = { "beat-uncovered", HUBROTA_SEVERITY_ERROR },
  [HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK] = { "hotspot-patrol-at-risk", HUBROTA_SEVERITY_ERROR },
  [HUBROTA_RULE_UNDERSTAFFED] = { "understaffed", HUBROTA_SEVERITY_WARNING },
};

G_STATIC_ASSERT (G_N_ELEMENTS (rules) == HUBROTA_N_RULES);

static void
hubrota_finding_finalize (GObject *object)
{
  HubrotaFinding *self = (HubrotaFinding *) object;

  g_free (self->officer);
  g_free (self->hub);
  g_free (self->beat);
  g_free (self->hotspot);
  g_date_time_unref (self->start);
  g_date_time_unref (self->end);
  g_free (self->message);
  g_clear_object (&self->occurrence);
  g_clear_object (&self->other_occurrence);

  G_OBJECT_CLASS (hubrota_finding_parent_class)->finalize (object);
}

static void
hubrota_finding_class_init (HubrotaFindingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_finding_finalize;
}

static void
hubrota_finding_init (HubrotaFinding *self)
{
}

HubrotaFinding *
hubrota_finding_new (HubrotaRule  rule,
                     const char  *officer,
                     const char  *hub,
                     const char  *beat,
                     const char  *hotspot,
                     GDateTime   *start,
                     GDateTime   *end,
                     const char  *message)
{
  HubrotaFinding *self;

  g_return_val_if_fail (rule < HUBROTA_N_RULES, NULL);
  g_return_val_if_fail (start != NULL && end != NULL && message != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_FINDING, NULL);
  self->rule = rule;
  self->officer = g_strdup (officer);
  self->hub = g_strdup (hub);
  self->beat = g_strdup (beat);
  self->hotspot = g_strdup (hotspot);
  self->start = g_date_time_ref (start);
  self->end = g_date_time_ref (end);
  self->message = g_strdup (message);
  return self;
}

HubrotaRule
hubrota_finding_get_rule (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), 0);
  return self->rule;
}

HubrotaSeverity
hubrota_finding_get_severity (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), 0);
  return rules[self->rule].severity;
}

const char *
hubrota_finding_get_officer (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), NULL);
  return self->officer;
}

const char *
hubrota_finding_get_hub (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), NULL);
  return self->hub;
}

const char *
hubrota_finding_get_beat (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), NULL);
  return self->beat;
}

const char *
hubrota_finding_get_hotspot (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), NULL);
  return self->hotspot;
}

GDateTime *
hubrota_finding_get_start (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), NULL);
  return self->start;
}

GDateTime *
hubrota_finding_get_end (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), NULL);
  return self->end;
}

const char *
hubrota_finding_get_message (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), NULL);
  return self->message;
}

const char *
hubrota_rule_to_string (HubrotaRule rule)
{
  g_return_val_if_fail (rule < HUBROTA_N_RULES, NULL);
  return rules[rule].id;
}

HubrotaSeverity
hubrota_rule_get_severity (HubrotaRule rule)
{
  g_return_val_if_fail (rule < HUBROTA_N_RULES, HUBROTA_SEVERITY_ERROR);
  return rules[rule].severity;
}

const char *
hubrota_severity_to_string (HubrotaSeverity severity)
{
  return severity == HUBROTA_SEVERITY_ERROR ? "error" : "warning";
}

/* The opening the finding is about, so a window can show it; NULL for a beat or hotspot. */
HubrotaOccurrence *
hubrota_finding_get_occurrence (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), NULL);
  return self->occurrence;
}

void
hubrota_finding_set_occurrence (HubrotaFinding    *self,
                                HubrotaOccurrence *occurrence)
{
  g_return_if_fail (HUBROTA_IS_FINDING (self));
  g_return_if_fail (occurrence == NULL || HUBROTA_IS_OCCURRENCE (occurrence));

  g_set_object (&self->occurrence, occurrence);
}

/* The earlier opening of a double booking (the later one is the finding's occurrence);
 * NULL for every other rule. */
HubrotaOccurrence *
hubrota_finding_get_other_occurrence (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), NULL);
  return self->other_occurrence;
}

void
hubrota_finding_set_other_occurrence (HubrotaFinding    *self,
                                      HubrotaOccurrence *occurrence)
{
  g_return_if_fail (HUBROTA_IS_FINDING (self));
  g_return_if_fail (occurrence == NULL || HUBROTA_IS_OCCURRENCE (occurrence));

  g_set_object (&self->other_occurrence, occurrence);
}

/* The finding's measure: seconds off duty of seconds at the opening (off-duty), seconds at hubs
 * off the beat of seconds on duty that week (abstraction-limit), officers there of officers
 * needed (understaffed); 0 and 0 for the other rules. */
gint64
hubrota_finding_get_amount (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), 0);
  return self->amount;
}

gint64
hubrota_finding_get_total (HubrotaFinding *self)
{
  g_return_val_if_fail (HUBROTA_IS_FINDING (self), 0);
  return self->total;
}

void
hubrota_finding_set_measure (HubrotaFinding *self,
                             gint64          amount,
                             gint64          total)
{
  g_return_if_fail (HUBROTA_IS_FINDING (self));

  self->amount = amount;
  self->total = total;
}

/* How many of the findings (HubrotaFinding) are errors. */
guint
hubrota_findings_count_errors (GPtrArray *findings)
{
  guint errors = 0;

  g_return_val_if_fail (findings != NULL, 0);

  for (guint i = 0; i < findings->len; i++)
    if (hubrota_finding_get_severity (g_ptr_array_index (findings, i)) == HUBROTA_SEVERITY_ERROR)
      errors++;
  return errors;
}
