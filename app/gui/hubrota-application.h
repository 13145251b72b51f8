/* hubrota-application.h: the Hubrota application, one window onto one database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_APPLICATION (hubrota_application_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaApplication, hubrota_application, HUBROTA, APPLICATION, AdwApplication)

HubrotaApplication *hubrota_application_new          (void);
GSettings          *hubrota_application_get_settings (HubrotaApplication *self);
GtkWindow          *hubrota_application_get_main_window (HubrotaApplication *self,
                                                         GtkWindow          *window);
gboolean            hubrota_application_open_database (HubrotaApplication  *self,
                                                       const char          *path,
                                                       gboolean             create,
                                                       GError             **error);

G_END_DECLS
