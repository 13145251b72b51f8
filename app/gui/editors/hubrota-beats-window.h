/* hubrota-beats-window.h: beats, their hotspots, and how each beat's week is going
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_BEATS_WINDOW (hubrota_beats_window_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaBeatsWindow, hubrota_beats_window, HUBROTA, BEATS_WINDOW, AdwWindow)

/* monday: (nullable): the week to show first (any day of it); NULL is this week. */
GtkWidget *hubrota_beats_window_new       (GtkWindow          *parent,
                                           HubrotaStore       *store,
                                           const GDate        *monday);
void       hubrota_beats_window_show_beat (HubrotaBeatsWindow *self,
                                           const char         *slug);

G_END_DECLS
