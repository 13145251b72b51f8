/* hubrota-shortfall.h: an opening auto-fill could not bring up to its minimum, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-occurrence.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_SHORTFALL (hubrota_shortfall_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaShortfall, hubrota_shortfall, HUBROTA, SHORTFALL, GObject)

HubrotaShortfall  *hubrota_shortfall_new            (HubrotaOccurrence *occurrence,
                                                     const char        *hub_name,
                                                     int                missing,
                                                     const char        *reason);
HubrotaOccurrence *hubrota_shortfall_get_occurrence (HubrotaShortfall  *self);
const char        *hubrota_shortfall_get_hub_name   (HubrotaShortfall  *self);
/* Officers still needed to reach the minimum. */
int                hubrota_shortfall_get_missing    (HubrotaShortfall  *self);
/* "Everyone of Kempston's beat is on leave or would leave the beat uncovered". */
const char        *hubrota_shortfall_get_reason     (HubrotaShortfall  *self);

G_END_DECLS
