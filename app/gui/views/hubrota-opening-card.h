/* hubrota-opening-card.h: one opening in the week view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_OPENING_CARD (hubrota_opening_card_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaOpeningCard, hubrota_opening_card, HUBROTA, OPENING_CARD, GtkWidget)

GtkWidget            *hubrota_opening_card_new            (HubrotaOpeningStatus *status,
                                                           HubrotaRota          *rota);
HubrotaOccurrence    *hubrota_opening_card_get_occurrence (HubrotaOpeningCard   *self);
HubrotaOpeningStatus *hubrota_opening_card_get_status     (HubrotaOpeningCard   *self);
/* The action target that takes an officer off an opening: (officer, series, original date). */
GVariant            *hubrota_opening_target              (HubrotaOccurrence  *occurrence,
                                                          const char         *officer);
GtkWidget           *hubrota_opening_remove_button_new   (HubrotaOccurrence  *occurrence,
                                                          const char         *officer_id,
                                                          const char         *officer_name,
                                                          const char         *icon_name);

G_END_DECLS
