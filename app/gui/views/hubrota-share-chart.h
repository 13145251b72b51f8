/* hubrota-share-chart.h: a bar per officer of a group, their share of hub work at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_SHARE_CHART (hubrota_share_chart_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaShareChart, hubrota_share_chart, HUBROTA, SHARE_CHART, GtkWidget)

/* The officers with the largest shares first, at most this many bars. */
#define HUBROTA_SHARE_CHART_MAX_BARS 12

GtkWidget         *hubrota_share_chart_new       (void);
/* The group shown; scale is the share (percent) a full-width bar stands for, the same for
 * every chart of a page so their bars compare. */
void               hubrota_share_chart_set_group (HubrotaShareChart *self,
                                                  HubrotaShareGroup *group,
                                                  double             scale);
HubrotaShareGroup *hubrota_share_chart_get_group (HubrotaShareChart *self);
/* How many bars it draws, and what it tells a screen reader instead. */
guint              hubrota_share_chart_get_n_bars (HubrotaShareChart *self);
char              *hubrota_share_chart_describe  (HubrotaShareChart *self);

G_END_DECLS
