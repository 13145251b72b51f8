/* hubrota-breakpoint-bin.h: a bin that says whether it is wide enough for its whole header
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_BREAKPOINT_BIN (hubrota_breakpoint_bin_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaBreakpointBin, hubrota_breakpoint_bin, HUBROTA, BREAKPOINT_BIN, GtkWidget)

GtkWidget *hubrota_breakpoint_bin_new           (void);
/* The child, as wide as the bin. */
void       hubrota_breakpoint_bin_set_child     (HubrotaBreakpointBin *self,
                                                 GtkWidget            *child);
GtkWidget *hubrota_breakpoint_bin_get_child     (HubrotaBreakpointBin *self);
/* "wide" is TRUE while the bin is given at least this width. */
void       hubrota_breakpoint_bin_set_threshold (HubrotaBreakpointBin *self,
                                                 int                   threshold);
gboolean   hubrota_breakpoint_bin_get_wide      (HubrotaBreakpointBin *self);

G_END_DECLS
