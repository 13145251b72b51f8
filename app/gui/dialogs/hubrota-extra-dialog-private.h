/* hubrota-extra-dialog-private.h: what the tests use to drive the dialog without clicks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-extra-dialog.h"

G_BEGIN_DECLS

/* FALSE when there is no such hub in the list. */
gboolean    _hubrota_extra_dialog_set_hub      (HubrotaExtraDialog *self,
                                                const char         *hub);
const char *_hubrota_extra_dialog_get_hub      (HubrotaExtraDialog *self);
/* opens and closes as typed, "HH:MM". */
void        _hubrota_extra_dialog_set_time     (HubrotaExtraDialog *self,
                                                const GDate        *date,
                                                const char         *opens,
                                                const char         *closes);
void        _hubrota_extra_dialog_set_officers (HubrotaExtraDialog *self,
                                                int                 min_officers);
const char *_hubrota_extra_dialog_get_problem  (HubrotaExtraDialog *self);
gboolean    _hubrota_extra_dialog_can_save     (HubrotaExtraDialog *self);
void        _hubrota_extra_dialog_save         (HubrotaExtraDialog *self);
const char *_hubrota_extra_dialog_get_error    (HubrotaExtraDialog *self);

G_END_DECLS
