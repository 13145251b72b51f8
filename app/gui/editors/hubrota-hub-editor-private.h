/* hubrota-hub-editor-private.h: what the GUI tests may do inside a HubrotaHubEditor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-hub-editor.h"

G_BEGIN_DECLS

/* field: "name", "slug", "address", "postcode", "latitude", "longitude" or "description". */
void              _hubrota_hub_editor_set_text    (HubrotaHubEditor *self,
                                                   const char       *field,
                                                   const char       *text);
const char       *_hubrota_hub_editor_get_text    (HubrotaHubEditor *self,
                                                   const char       *field);
/* Whether the field's row is marked as wrong. */
gboolean          _hubrota_hub_editor_is_invalid  (HubrotaHubEditor *self,
                                                   const char       *field);
gboolean          _hubrota_hub_editor_set_beat    (HubrotaHubEditor *self,
                                                   const char       *beat);
gboolean          _hubrota_hub_editor_can_save    (HubrotaHubEditor *self);
/* The line under the header bar: why Save is off, or why the store refused; "" if none. */
const char       *_hubrota_hub_editor_get_message (HubrotaHubEditor *self);
/* Clicks Save; FALSE when it is insensitive. */
gboolean          _hubrota_hub_editor_save        (HubrotaHubEditor *self);
/* Clicks Archive Hub and returns the confirmation it opens (the caller answers it with
 * adw_message_dialog_response), or clicks Restore Hub and returns NULL. */
AdwMessageDialog *_hubrota_hub_editor_archive     (HubrotaHubEditor *self);
gboolean          _hubrota_hub_editor_is_archived (HubrotaHubEditor *self);

G_END_DECLS
