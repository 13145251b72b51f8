/* hubrota-opening-row.h: one opening of a hub: its day, its hours, and whether it still stands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_OPENING_ROW (hubrota_opening_row_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaOpeningRow, hubrota_opening_row, HUBROTA, OPENING_ROW, GtkWidget)

GtkWidget *hubrota_opening_row_new            (void);
void       hubrota_opening_row_set_occurrence (HubrotaOpeningRow *self,
                                               HubrotaOccurrence *occurrence);

G_END_DECLS
