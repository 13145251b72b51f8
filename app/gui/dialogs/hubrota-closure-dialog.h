/* hubrota-closure-dialog.h: cancelling openings, a period of several hubs' or one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_CLOSURE_DIALOG (hubrota_closure_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaClosureDialog, hubrota_closure_dialog, HUBROTA, CLOSURE_DIALOG,
                      AdwWindow)

/* "Close Hubs for a Period": a period, the hubs and a public reason. Emits "changed" after
 * the openings are cancelled (one step of the history), then closes. */
GtkWidget *hubrota_closure_dialog_new             (GtkWindow         *parent,
                                                   HubrotaStore      *store,
                                                   HubrotaWorkspace    *workspace);
/* "Cancel Opening": the one opening, and a public reason. */
GtkWidget *hubrota_closure_dialog_new_for_opening (GtkWindow         *parent,
                                                   HubrotaStore      *store,
                                                   HubrotaWorkspace    *workspace,
                                                   HubrotaOccurrence *occurrence);

G_END_DECLS
