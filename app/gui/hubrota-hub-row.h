/* hubrota-hub-row.h: one hub in the sidebar: its name, and the beat it serves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_HUB_ROW (hubrota_hub_row_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaHubRow, hubrota_hub_row, HUBROTA, HUB_ROW, GtkWidget)

GtkWidget *hubrota_hub_row_new     (void);
void       hubrota_hub_row_set_hub (HubrotaHubRow *self,
                                    HubrotaHub    *hub,
                                    const char    *beat_name);

G_END_DECLS
