/* hubrota-window.h: the main window: hubs on the left, the chosen hub's openings on the right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

#include "hubrota-application.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_WINDOW (hubrota_window_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaWindow, hubrota_window, HUBROTA, WINDOW, AdwApplicationWindow)

HubrotaWindow *hubrota_window_new        (HubrotaApplication *application,
                                          HubrotaStore       *store);
HubrotaStore  *hubrota_window_get_store  (HubrotaWindow      *self);
void           hubrota_window_set_store  (HubrotaWindow      *self,
                                          HubrotaStore       *store);
void           hubrota_window_show_error (HubrotaWindow      *self,
                                          const GError       *error);

G_END_DECLS
