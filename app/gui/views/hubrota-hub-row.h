/* hubrota-hub-row.h: one hub in the sidebar: its name, its next opening, and whether it is staffed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_HUB_ROW (hubrota_hub_row_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaHubRow, hubrota_hub_row, HUBROTA, HUB_ROW, GtkWidget)

GtkWidget  *hubrota_hub_row_new          (void);
/* next: (nullable): the hub's next opening that is not cancelled */
void        hubrota_hub_row_set_hub      (HubrotaHubRow     *self,
                                          HubrotaHub        *hub,
                                          HubrotaOccurrence *next);
/* The worst status of the hub's openings in the week on show; CANCELLED (no icon) when it has
 * none to staff. */
void        hubrota_hub_row_set_level    (HubrotaHubRow     *self,
                                          HubrotaStatusLevel level);
const char *hubrota_hub_row_get_next     (HubrotaHubRow     *self);
HubrotaStatusLevel hubrota_hub_row_get_level (HubrotaHubRow *self);

G_END_DECLS
