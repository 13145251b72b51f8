/* hubrota-opening-row-private.h: what the GUI tests may look at inside a HubrotaOpeningRow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-opening-row.h"

G_BEGIN_DECLS

GtkLabel *_hubrota_opening_row_get_date_label   (HubrotaOpeningRow *self);
GtkLabel *_hubrota_opening_row_get_time_label   (HubrotaOpeningRow *self);
GtkLabel *_hubrota_opening_row_get_status_label (HubrotaOpeningRow *self);

G_END_DECLS
