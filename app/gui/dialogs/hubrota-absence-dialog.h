/* hubrota-absence-dialog.h: adding time away (leave, training, court…) to an officer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-core.h"
#include "hubrota-form-dialog.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_ABSENCE_DIALOG (hubrota_absence_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaAbsenceDialog, hubrota_absence_dialog, HUBROTA, ABSENCE_DIALOG,
                      HubrotaFormDialog)

/* Emits "changed" after the time away is stored, then closes. */
GtkWidget *hubrota_absence_dialog_new (GtkWindow      *parent,
                                       HubrotaStore   *store,
                                       HubrotaOfficer *officer);

G_END_DECLS
