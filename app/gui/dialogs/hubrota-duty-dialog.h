/* hubrota-duty-dialog.h: adding a shift pattern (or one shift) to an officer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-core.h"
#include "hubrota-form-dialog.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_DUTY_DIALOG (hubrota_duty_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaDutyDialog, hubrota_duty_dialog, HUBROTA, DUTY_DIALOG,
                      HubrotaFormDialog)

/* Emits "changed" after the duty is stored, then closes. */
GtkWidget *hubrota_duty_dialog_new (GtkWindow      *parent,
                                    HubrotaStore   *store,
                                    HubrotaOfficer *officer);

G_END_DECLS
