/* hubrota-preferences-window.h: the database, publishing and rota preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-application.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_PREFERENCES_WINDOW (hubrota_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaPreferencesWindow, hubrota_preferences_window, HUBROTA,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

/* parent: (nullable): the window to stay above; the database shown is that of the main
 * window it belongs to. */
GtkWidget *hubrota_preferences_window_new (GtkWindow          *parent,
                                           HubrotaApplication *application);

G_END_DECLS
