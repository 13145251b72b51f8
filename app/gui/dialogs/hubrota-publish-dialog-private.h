/* hubrota-publish-dialog-private.h: what the GUI tests may drive in a HubrotaPublishDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-publish-dialog.h"

G_BEGIN_DECLS

GtkWidget  *_hubrota_publish_dialog_get_publish_button (HubrotaPublishDialog *self);
GtkWidget  *_hubrota_publish_dialog_get_choose_button  (HubrotaPublishDialog *self);
gboolean    _hubrota_publish_dialog_is_publishing      (HubrotaPublishDialog *self);
/* The texts on show; NULL for one that is hidden. */
const char *_hubrota_publish_dialog_get_result         (HubrotaPublishDialog *self);
const char *_hubrota_publish_dialog_get_error          (HubrotaPublishDialog *self);
/* What "Open the Public Page" opens, while it shows; NULL otherwise. */
const char *_hubrota_publish_dialog_get_public_page    (HubrotaPublishDialog *self);
const char *_hubrota_publish_dialog_get_last_published (HubrotaPublishDialog *self);
const char *_hubrota_publish_dialog_get_folder_text    (HubrotaPublishDialog *self);
/* How many public calendars the result lists, and the copy button of one (slug NULL for
 * the calendar of all hubs). */
guint       _hubrota_publish_dialog_count_links        (HubrotaPublishDialog *self);
GtkWidget  *_hubrota_publish_dialog_get_copy_button    (HubrotaPublishDialog *self,
                                                        const char           *slug);
/* What choosing a folder in the file chooser does. */
void        _hubrota_publish_dialog_folder_chosen      (HubrotaPublishDialog *self,
                                                        GFile                *folder);

G_END_DECLS
