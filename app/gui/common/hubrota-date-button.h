/* hubrota-date-button.h: a local date, chosen from a calendar in a popover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_DATE_BUTTON (hubrota_date_button_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaDateButton, hubrota_date_button, HUBROTA, DATE_BUTTON, GtkWidget)

GtkWidget *hubrota_date_button_new      (void);
/* The "date" property (a GDate) notifies when it really changes. */
void       hubrota_date_button_get_date (HubrotaDateButton *self,
                                         GDate             *out_date);
void       hubrota_date_button_set_date (HubrotaDateButton *self,
                                         const GDate       *date);

G_END_DECLS
