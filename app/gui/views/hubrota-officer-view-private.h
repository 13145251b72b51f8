/* hubrota-officer-view-private.h: what the GUI tests may drive in a HubrotaOfficerView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-officer-view.h"

G_BEGIN_DECLS

GtkWidget  *_hubrota_officer_view_get_copy_button       (HubrotaOfficerView *self);
GtkWidget  *_hubrota_officer_view_get_reset_button      (HubrotaOfficerView *self);
/* The "Reset Calendar Link?" confirmation (an AdwMessageDialog) while it is open. */
GtkWidget  *_hubrota_officer_view_get_reset_dialog      (HubrotaOfficerView *self);
const char *_hubrota_officer_view_get_calendar_subtitle (HubrotaOfficerView *self);
const char *_hubrota_officer_view_get_last_toast        (HubrotaOfficerView *self);

G_END_DECLS
