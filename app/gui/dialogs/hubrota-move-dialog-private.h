/* hubrota-move-dialog-private.h: what the tests use to drive the dialog without clicks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-move-dialog.h"

G_BEGIN_DECLS

/* opens and closes as typed, "HH:MM". */
void        _hubrota_move_dialog_set_time   (HubrotaMoveDialog *self,
                                             const GDate       *date,
                                             const char        *opens,
                                             const char        *closes);
/* "From Sat 5 Dec 10:00–13:00 to Sun 6 Dec 11:00–14:00" */
const char *_hubrota_move_dialog_get_summary (HubrotaMoveDialog *self);
const char *_hubrota_move_dialog_get_problem (HubrotaMoveDialog *self);
gboolean    _hubrota_move_dialog_can_save    (HubrotaMoveDialog *self);
void        _hubrota_move_dialog_save        (HubrotaMoveDialog *self);
const char *_hubrota_move_dialog_get_error   (HubrotaMoveDialog *self);

G_END_DECLS
