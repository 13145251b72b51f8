/* hubrota-opening-status.h: how one opening stands, from every finding that concerns it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-finding.h"

G_BEGIN_DECLS

/* From least to most in need of a coordinator, so that the worst of several is the largest. */
typedef enum
{
  HUBROTA_STATUS_CANCELLED,   /* nothing to staff */
  HUBROTA_STATUS_STAFFED,     /* enough officers and nothing wrong */
  HUBROTA_STATUS_NOTE,        /* nothing wrong, but more officers than it needs */
  HUBROTA_STATUS_WARNING,     /* understaffed, overtime, over an abstraction limit */
  HUBROTA_STATUS_ERROR,       /* a rule that must not be broken */
} HubrotaStatusLevel;

#define HUBROTA_TYPE_OPENING_STATUS (hubrota_opening_status_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaOpeningStatus, hubrota_opening_status, HUBROTA, OPENING_STATUS,
                      GObject)

HubrotaOccurrence  *hubrota_opening_status_get_occurrence      (HubrotaOpeningStatus *self);
HubrotaStatusLevel  hubrota_opening_status_get_level           (HubrotaOpeningStatus *self);
guint               hubrota_opening_status_get_assigned        (HubrotaOpeningStatus *self);
guint               hubrota_opening_status_get_needed          (HubrotaOpeningStatus *self);
/* The rules broken at the opening, each once, errors first and then in HubrotaRule order. */
const HubrotaRule  *hubrota_opening_status_get_rules           (HubrotaOpeningStatus *self,
                                                                guint                *n_rules);
gboolean            hubrota_opening_status_has_rule            (HubrotaOpeningStatus *self,
                                                                HubrotaRule           rule);
/* Every finding that concerns the opening, each once, in the order they were given. */
GPtrArray          *hubrota_opening_status_get_findings        (HubrotaOpeningStatus *self);
/* The findings an officer on the opening is part of there (an empty array if none). */
GPtrArray          *hubrota_opening_status_get_officer_findings (HubrotaOpeningStatus *self,
                                                                 const char           *officer);
HubrotaStatusLevel  hubrota_opening_status_get_officer_level   (HubrotaOpeningStatus *self,
                                                                const char           *officer);

HubrotaStatusLevel  hubrota_status_level_worst                 (HubrotaStatusLevel    a,
                                                                HubrotaStatusLevel    b);
/* "cancelled", "staffed", "note", "warning", "error": for scripts and CSS classes. */
const char         *hubrota_status_level_to_string             (HubrotaStatusLevel    level);

G_END_DECLS
