/* hubrota-week-view.h: a week's openings as cards, day by day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_WEEK_VIEW (hubrota_week_view_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaWeekView, hubrota_week_view, HUBROTA, WEEK_VIEW, GtkWidget)

/* statuses: HubrotaOpeningStatus of the openings to show, in start order, followed as they
 * change; the workspace's rota gives the names on the cards. */
void       hubrota_week_view_bind        (HubrotaWeekView   *self,
                                          GListModel        *statuses,
                                          HubrotaWorkspace  *workspace);
/* The days shown: Monday and the six after it. */
void       hubrota_week_view_set_week    (HubrotaWeekView   *self,
                                          const GDate       *monday);
/* Marks the card of the opening being staffed (or none). */
void       hubrota_week_view_select      (HubrotaWeekView   *self,
                                          HubrotaOccurrence *occurrence);
GtkWidget *hubrota_week_view_get_card    (HubrotaWeekView   *self,
                                          HubrotaOccurrence *occurrence);
guint      hubrota_week_view_count_cards (HubrotaWeekView   *self);
/* Moves the keyboard focus onto the first card. */
gboolean   hubrota_week_view_focus_first (HubrotaWeekView   *self);

G_END_DECLS
