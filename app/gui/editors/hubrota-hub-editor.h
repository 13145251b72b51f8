/* hubrota-hub-editor.h: the dialog that adds a hub or changes, archives and restores one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_HUB_EDITOR (hubrota_hub_editor_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaHubEditor, hubrota_hub_editor, HUBROTA, HUB_EDITOR, AdwWindow)

/* slug NULL: a new hub. */
GtkWidget  *hubrota_hub_editor_new      (GtkWindow        *parent,
                                         HubrotaStore     *store,
                                         const char       *slug);
/* The hub's slug once saved, else NULL. */
const char *hubrota_hub_editor_get_slug (HubrotaHubEditor *self);

G_END_DECLS
