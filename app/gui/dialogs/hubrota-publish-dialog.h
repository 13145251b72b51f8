/* hubrota-publish-dialog.h: publishing the calendar feeds, and the links to subscribe to them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_PUBLISH_DIALOG (hubrota_publish_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaPublishDialog, hubrota_publish_dialog, HUBROTA, PUBLISH_DIALOG, AdwWindow)

/* Publishes store's calendars to the folder settings name (publish-folder), with the
 * settings' base URL, feed window and officer choice; emits "published" after each export
 * that succeeds. parent: (nullable). */
GtkWidget *hubrota_publish_dialog_new (GtkWindow    *parent,
                                       HubrotaStore *store,
                                       GSettings    *settings);

G_END_DECLS
