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
const char *hubrota_hub_row_get_next     (HubrotaHubRow     *self);
gboolean    hubrota_hub_row_get_staffed  (HubrotaHubRow     *self);

G_END_DECLS
