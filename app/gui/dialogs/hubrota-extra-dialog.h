/* hubrota-extra-dialog.h: adding a one-off opening to a hub
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_EXTRA_DIALOG (hubrota_extra_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaExtraDialog, hubrota_extra_dialog, HUBROTA, EXTRA_DIALOG, AdwWindow)

/* hub (a slug, or NULL) is chosen to begin with. Emits "changed" after the opening is added
 * (one step of the history), then closes. */
GtkWidget *hubrota_extra_dialog_new (GtkWindow      *parent,
                                     HubrotaStore   *store,
                                     HubrotaWorkspace *workspace,
                                     const char     *hub);

G_END_DECLS
