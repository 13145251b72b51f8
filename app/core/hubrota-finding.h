/* hubrota-finding.h: one thing the rule checker found wrong with a rota, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hubrota-occurrence.h"

G_BEGIN_DECLS

/* In the order they are reported for the same moment. */
typedef enum
{
  HUBROTA_RULE_DOUBLE_BOOKED,
  HUBROTA_RULE_ON_LEAVE,
  HUBROTA_RULE_OFF_DUTY,
  HUBROTA_RULE_ABSTRACTION_LIMIT,
  HUBROTA_RULE_BEAT_UNCOVERED,
  HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK,
  HUBROTA_RULE_UNDERSTAFFED,
} HubrotaRule;

#define HUBROTA_N_RULES (HUBROTA_RULE_UNDERSTAFFED + 1)

typedef enum
{
  HUBROTA_SEVERITY_WARNING,
  HUBROTA_SEVERITY_ERROR,
} HubrotaSeverity;

#define HUBROTA_TYPE_FINDING (hubrota_finding_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaFinding, hubrota_finding, HUBROTA, FINDING, GObject)

/* officer, hub, beat and hotspot are ids (collar number, slugs), NULL when not concerned. */
HubrotaFinding  *hubrota_finding_new          (HubrotaRule     rule,
                                               const char     *officer,
                                               const char     *hub,
                                               const char     *beat,
                                               const char     *hotspot,
                                               GDateTime      *start,
                                               GDateTime      *end,
                                               const char     *message);
HubrotaRule      hubrota_finding_get_rule     (HubrotaFinding *self);
HubrotaSeverity  hubrota_finding_get_severity (HubrotaFinding *self);
const char      *hubrota_finding_get_officer  (HubrotaFinding *self);
const char      *hubrota_finding_get_hub      (HubrotaFinding *self);
const char      *hubrota_finding_get_beat     (HubrotaFinding *self);
const char      *hubrota_finding_get_hotspot  (HubrotaFinding *self);
GDateTime       *hubrota_finding_get_start    (HubrotaFinding *self);
GDateTime       *hubrota_finding_get_end      (HubrotaFinding *self);
const char      *hubrota_finding_get_message  (HubrotaFinding *self);

/* "double-booked", "on-leave"…: the ids scripts and tests rely on. */
HubrotaOccurrence *hubrota_finding_get_occurrence (HubrotaFinding    *self);
void             hubrota_finding_set_occurrence (HubrotaFinding    *self,
                                                 HubrotaOccurrence *occurrence);
HubrotaOccurrence *hubrota_finding_get_other_occurrence (HubrotaFinding    *self);
gint64           hubrota_finding_get_amount   (HubrotaFinding *self);
gint64           hubrota_finding_get_total    (HubrotaFinding *self);
void             hubrota_finding_set_measure  (HubrotaFinding *self,
                                               gint64          amount,
                                               gint64          total);
void             hubrota_finding_set_other_occurrence (HubrotaFinding    *self,
                                                       HubrotaOccurrence *occurrence);

guint            hubrota_findings_count_errors (GPtrArray       *findings);

const char      *hubrota_rule_to_string       (HubrotaRule     rule);
HubrotaSeverity  hubrota_rule_get_severity    (HubrotaRule     rule);
const char      *hubrota_severity_to_string   (HubrotaSeverity severity);

G_END_DECLS
