/* hubrota-window-private.h: what the GUI tests may look at inside a HubrotaWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-window.h"

G_BEGIN_DECLS

/* The window shows openings from today through the end of this many weeks. */
#define HUBROTA_WINDOW_WEEKS_AHEAD 12

/* "welcome", "error" or "hubs" */
const char         *_hubrota_window_get_page          (HubrotaWindow *self);
/* "openings", "no-openings" or "no-hubs" */
const char         *_hubrota_window_get_content_page  (HubrotaWindow *self);
const char         *_hubrota_window_get_error_message (HubrotaWindow *self);
GListModel         *_hubrota_window_get_hubs          (HubrotaWindow *self);
GtkSingleSelection *_hubrota_window_get_hub_selection (HubrotaWindow *self);
GListModel         *_hubrota_window_get_openings      (HubrotaWindow *self);
/* Pins "today" so a test does not depend on the day it runs. */
void                _hubrota_window_set_today         (HubrotaWindow *self,
                                                       const GDate   *today);

G_END_DECLS
