/* hubrota-officer-view.h: one officer's coming weeks: assignments, abstraction, findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_OFFICER_VIEW (hubrota_officer_view_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaOfficerView, hubrota_officer_view, HUBROTA, OFFICER_VIEW, GtkWidget)

/* settings: (nullable): where "me" is remembered. */
void        hubrota_officer_view_set_settings (HubrotaOfficerView *self,
                                               GSettings          *settings);
/* store: (nullable): where the officer's calendar link is read and reset. */
void        hubrota_officer_view_set_store    (HubrotaOfficerView *self,
                                               HubrotaStore       *store);
/* rota: the weeks from monday on, n_weeks of them; findings: the rota's. */
void        hubrota_officer_view_show         (HubrotaOfficerView *self,
                                               HubrotaRota        *rota,
                                               const GDate        *monday,
                                               guint               n_weeks,
                                               GPtrArray          *findings);
void        hubrota_officer_view_set_officer  (HubrotaOfficerView *self,
                                               const char         *officer);
const char *hubrota_officer_view_get_officer  (HubrotaOfficerView *self);
guint       hubrota_officer_view_count_assignments (HubrotaOfficerView *self);
guint       hubrota_officer_view_count_findings    (HubrotaOfficerView *self);
/* The fraction of the limit used in the index-th week (1 is at the limit), or -1. */
double      hubrota_officer_view_get_week_level    (HubrotaOfficerView *self,
                                                    guint               week);

G_END_DECLS
