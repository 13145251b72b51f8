/* hubrota-form-dialog-private.h: what the tests use to press Add
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-form-dialog.h"

G_BEGIN_DECLS

/* Clicks Add (if it is on). TRUE when the dialog accepted and closed; otherwise the message
 * under the rows is left in *out_message and the dialog is closed, as Cancel would. */
gboolean _hubrota_form_dialog_press_add (HubrotaFormDialog  *self,
                                         char              **out_message);

G_END_DECLS
