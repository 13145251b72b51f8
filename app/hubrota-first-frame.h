/* hubrota-first-frame.h: an opt-in start-up timer for benchmarks (HUBROTA_BENCH_FIRST_FRAME)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Whether @window already shows what the program opens for (a rota's cards, say). */
typedef gboolean (*HubrotaContentShownFunc) (GtkWindow *window);

void hubrota_first_frame_watch (GtkApplication          *application,
                                HubrotaContentShownFunc  content_shown);

G_END_DECLS
