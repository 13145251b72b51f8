/* hubrota-opening-pane.h: one opening's staff, and the officer picker that adds to it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_OPENING_PANE (hubrota_opening_pane_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaOpeningPane, hubrota_opening_pane, HUBROTA, OPENING_PANE, GtkWidget)

/* Shows the rota's own copy of the opening and ranks every officer for it, off the main loop
 * (hubrota_opening_pane_is_ranking () until the list is there). */
void               hubrota_opening_pane_show           (HubrotaOpeningPane *self,
                                                        HubrotaOccurrence  *occurrence,
                                                        HubrotaRota        *rota);
HubrotaOccurrence *hubrota_opening_pane_get_occurrence (HubrotaOpeningPane *self);
/* The candidates as listed, after the search: HubrotaCandidate items. */
GListModel        *hubrota_opening_pane_get_candidates (HubrotaOpeningPane *self);
void               hubrota_opening_pane_focus_search   (HubrotaOpeningPane *self);
void               hubrota_opening_pane_clear_search   (HubrotaOpeningPane *self);
gboolean           hubrota_opening_pane_is_ranking     (HubrotaOpeningPane *self);

G_END_DECLS
