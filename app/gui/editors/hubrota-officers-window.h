/* hubrota-officers-window.h: the officers, their duty and their time away, in a window of
 * their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_OFFICERS_WINDOW (hubrota_officers_window_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaOfficersWindow, hubrota_officers_window, HUBROTA, OFFICERS_WINDOW,
                      AdwWindow)

/* Not modal: the rota window stays usable beside it. Emits "changed" after each write. */
GtkWidget *hubrota_officers_window_new          (GtkWindow             *parent,
                                                 HubrotaStore          *store);
/* Leaving dates go through this history (the rota window's), so its Undo takes them back
 * too; without one the window keeps a history of its own. */
void       hubrota_officers_window_set_history  (HubrotaOfficersWindow *self,
                                                 HubrotaHistory        *history);
void       hubrota_officers_window_show_officer (HubrotaOfficersWindow *self,
                                                 const char            *id);

G_END_DECLS
