/* hubrota-absence-dialog-private.h: what the tests use to fill in the Add Time Away dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-absence-dialog.h"
#include "hubrota-form-dialog-private.h"

G_BEGIN_DECLS

/* As typed: days YYYY-MM-DD, times HH:MM; reason_index is the place in the Reason row
 * (Annual leave, Training, Court, Sick, Other). */
void _hubrota_absence_dialog_fill (HubrotaAbsenceDialog *self,
                                   const char           *from_day,
                                   const char           *from_time,
                                   const char           *to_day,
                                   const char           *to_time,
                                   guint                 reason_index,
                                   const char           *details);

G_END_DECLS
