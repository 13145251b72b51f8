/* hubrota-candidate.h: an officer who could staff an opening, and what it would cost
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hubrota-officer.h"

G_BEGIN_DECLS

/* The picker's groups, in the order candidates are ranked. */
typedef enum
{
  HUBROTA_CANDIDATE_OWN_BEAT,    /* on duty, on the hub's own beat: costs nothing */
  HUBROTA_CANDIDATE_ELSEWHERE,   /* on duty and breaking nothing, from another beat or none */
  HUBROTA_CANDIDATE_WARNINGS,    /* overtime, or over an abstraction limit */
  HUBROTA_CANDIDATE_ERRORS,      /* breaks a rule */
} HubrotaCandidateGroup;

#define HUBROTA_N_CANDIDATE_GROUPS (HUBROTA_CANDIDATE_ERRORS + 1)

#define HUBROTA_TYPE_CANDIDATE (hubrota_candidate_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaCandidate, hubrota_candidate, HUBROTA, CANDIDATE, GObject)

HubrotaOfficer   *hubrota_candidate_get_officer        (HubrotaCandidate *self);
/* The HubrotaFindings assigning them would add, put into words the first time they are asked
 * for: a picker of 2,000 officers only words the rows it shows. */
GPtrArray        *hubrota_candidate_get_findings       (HubrotaCandidate *self);
/* Sentences for people saying why they are ranked where they are. */
GPtrArray        *hubrota_candidate_get_reasons        (HubrotaCandidate *self);
guint             hubrota_candidate_count_errors       (HubrotaCandidate *self);
guint             hubrota_candidate_count_findings     (HubrotaCandidate *self);
HubrotaCandidateGroup hubrota_candidate_get_group      (HubrotaCandidate *self);
/* Hours at hubs in the rota's period so far (a week, in the window). */
double            hubrota_candidate_get_hub_hours      (HubrotaCandidate *self);
/* Percent of the week's duty spent at hubs off the home beat, now and with this opening, and
 * the home beat's limit; all -1 without a home beat. */
double            hubrota_candidate_get_abstraction    (HubrotaCandidate *self);
double            hubrota_candidate_get_abstraction_after (HubrotaCandidate *self);
double            hubrota_candidate_get_abstraction_limit (HubrotaCandidate *self);
/* Whether the opening is on the officer's own beat (no abstraction at all). */
gboolean          hubrota_candidate_get_home           (HubrotaCandidate *self);

G_END_DECLS
