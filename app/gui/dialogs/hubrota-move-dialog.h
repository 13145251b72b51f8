/* hubrota-move-dialog.h: moving one opening to another day or time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_MOVE_DIALOG (hubrota_move_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaMoveDialog, hubrota_move_dialog, HUBROTA, MOVE_DIALOG, AdwWindow)

/* Emits "changed" after the move (one step of the history), then closes. */
GtkWidget *hubrota_move_dialog_new (GtkWindow         *parent,
                                    HubrotaWorkspace    *workspace,
                                    HubrotaOccurrence *occurrence);

G_END_DECLS
