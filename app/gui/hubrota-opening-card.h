/* hubrota-opening-card.h: one opening in the week view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

typedef enum
{
  HUBROTA_OPENING_STAFFED,
  HUBROTA_OPENING_UNDERSTAFFED,
  HUBROTA_OPENING_HAS_ERRORS,
  HUBROTA_OPENING_CANCELLED,
} HubrotaOpeningState;

#define HUBROTA_TYPE_OPENING_CARD (hubrota_opening_card_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaOpeningCard, hubrota_opening_card, HUBROTA, OPENING_CARD, GtkWidget)

/* n_errors: error findings about this opening. */
GtkWidget           *hubrota_opening_card_new            (HubrotaOccurrence  *occurrence,
                                                          HubrotaRota        *rota,
                                                          guint               n_errors);
HubrotaOccurrence   *hubrota_opening_card_get_occurrence (HubrotaOpeningCard *self);
HubrotaOpeningState  hubrota_opening_card_get_state      (HubrotaOpeningCard *self);
const char          *hubrota_opening_state_describe      (HubrotaOpeningState state);
HubrotaOpeningState  hubrota_opening_state_of            (HubrotaOccurrence  *occurrence,
                                                          guint               n_errors);
/* The action target that takes an officer off an opening: (officer, series, original date). */
GVariant            *hubrota_opening_target              (HubrotaOccurrence  *occurrence,
                                                          const char         *officer);
GtkWidget           *hubrota_opening_remove_button_new   (HubrotaOccurrence  *occurrence,
                                                          const char         *officer_id,
                                                          const char         *officer_name,
                                                          const char         *icon_name);

G_END_DECLS
