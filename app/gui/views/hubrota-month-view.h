/* hubrota-month-view.h: a month's openings at a glance, hub by hub and day by day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_MONTH_VIEW (hubrota_month_view_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaMonthView, hubrota_month_view, HUBROTA, MONTH_VIEW, GtkWidget)

/* The weeks of the month holding day (Monday to Sunday, four to six of them). */
void       hubrota_month_view_get_period     (const GDate      *day,
                                              GDate            *out_first,
                                              GDate            *out_last);

/* statuses: HubrotaOpeningStatus of the period's openings, by start, followed as they
 * change. */
void       hubrota_month_view_bind           (HubrotaMonthView *self,
                                              GListModel       *statuses);
/* The days from first to last, one row per hub (HubrotaHub, in this order), today marked;
 * rota gives the hubs' names. Laid out again only when something here differs. */
void       hubrota_month_view_set_period     (HubrotaMonthView *self,
                                              const GDate      *first,
                                              const GDate      *last,
                                              const GDate      *today,
                                              GPtrArray        *hubs,
                                              HubrotaRota      *rota);
/* Shows only the hubs of one beat (NULL: every beat), as the filter above the grid does. */
void       hubrota_month_view_set_beat       (HubrotaMonthView *self,
                                              const char       *beat);
/* The cell of an opening, or NULL when it is not shown. */
GtkWidget *hubrota_month_view_get_cell       (HubrotaMonthView *self,
                                              HubrotaOccurrence *occurrence);
guint      hubrota_month_view_count_cells    (HubrotaMonthView *self);

G_END_DECLS
