/* hubrota-duty-dialog.h: adding or changing an officer's shift pattern, one shift or rotating roster
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
/* The same, filled in from the officer's stored duty (a shift pattern or a roster), which
 * Save replaces. */
GtkWidget *hubrota_duty_dialog_new_for_duty (GtkWindow      *parent,
                                             HubrotaStore   *store,
                                             HubrotaOfficer *officer,
                                             HubrotaDuty    *duty);
/* "6 shifts and 4 rest days, 42 h a week on average": a roster as the dialog sums it up. */
char      *hubrota_duty_dialog_summarise_roster (HubrotaDuty *roster);

G_END_DECLS
