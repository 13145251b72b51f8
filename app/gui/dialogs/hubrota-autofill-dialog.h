/* hubrota-autofill-dialog.h: auto-fill's plan for a period, reviewed before it is stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_AUTOFILL_DIALOG (hubrota_autofill_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaAutofillDialog, hubrota_autofill_dialog, HUBROTA, AUTOFILL_DIALOG,
                      AdwWindow)

/* Plans the openings from from to to (local dates, inclusive; from after to means the period
 * is over) of hub, or of every hub when hub is NULL, in a worker thread; scope names them in
 * the title ("All Hubs"). Emits "changed" once the ticked proposals are stored (one step of
 * the workspace's history), then closes. parent: (nullable). */
GtkWidget *hubrota_autofill_dialog_new (GtkWindow        *parent,
                                        HubrotaWorkspace *workspace,
                                        const GDate      *from,
                                        const GDate      *to,
                                        const char       *hub,
                                        const char       *scope);

G_END_DECLS
