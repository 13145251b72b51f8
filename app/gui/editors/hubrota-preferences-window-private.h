/* hubrota-preferences-window-private.h: what the GUI tests may drive in the preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-preferences-window.h"

G_BEGIN_DECLS

/* What choosing a file after "Open Another…" (create FALSE) or "Create New…" does. */
void           _hubrota_preferences_window_open_file         (HubrotaPreferencesWindow *self,
                                                              const char               *path,
                                                              gboolean                  create);
/* The title of the last notification shown, or NULL. */
const char    *_hubrota_preferences_window_get_last_toast    (HubrotaPreferencesWindow *self);
const char    *_hubrota_preferences_window_get_database_text (HubrotaPreferencesWindow *self);
const char    *_hubrota_preferences_window_get_folder_text   (HubrotaPreferencesWindow *self);
AdwEntryRow   *_hubrota_preferences_window_get_url_row       (HubrotaPreferencesWindow *self);
/* Whether the explanation under the web address is on show. */
gboolean       _hubrota_preferences_window_url_error_shown   (HubrotaPreferencesWindow *self);
GtkSwitch     *_hubrota_preferences_window_get_officers_switch (HubrotaPreferencesWindow *self);
AdwComboRow   *_hubrota_preferences_window_get_language_row (HubrotaPreferencesWindow *self);
/* "feed-past-days", "feed-future-days", "refresh-hours" or "default-abstraction-limit" */
GtkSpinButton *_hubrota_preferences_window_get_spin          (HubrotaPreferencesWindow *self,
                                                              const char               *key);

G_END_DECLS
