/* hubrota-closure-dialog-private.h: what the tests use to drive the dialog without clicks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-closure-dialog.h"

G_BEGIN_DECLS

void        _hubrota_closure_dialog_set_period      (HubrotaClosureDialog *self,
                                                     const GDate          *from,
                                                     const GDate          *to);
/* Ticks exactly these hubs (slugs, NULL-terminated). */
void        _hubrota_closure_dialog_set_hubs        (HubrotaClosureDialog *self,
                                                     const char * const   *hubs);
void        _hubrota_closure_dialog_select_all      (HubrotaClosureDialog *self);
void        _hubrota_closure_dialog_set_reason      (HubrotaClosureDialog *self,
                                                     const char           *reason);
/* "7 openings will be cancelled; 2 of them have officers on them", and what is wrong. */
const char *_hubrota_closure_dialog_get_summary     (HubrotaClosureDialog *self);
const char *_hubrota_closure_dialog_get_problem     (HubrotaClosureDialog *self);
gboolean    _hubrota_closure_dialog_can_save        (HubrotaClosureDialog *self);
/* As clicking Cancel Openings. */
void        _hubrota_closure_dialog_save            (HubrotaClosureDialog *self);
/* The second question, while it is open. */
AdwMessageDialog *_hubrota_closure_dialog_get_confirmation (HubrotaClosureDialog *self);
void        _hubrota_closure_dialog_confirm         (HubrotaClosureDialog *self,
                                                     gboolean              go_ahead);
/* The store's refusal, or NULL. */
const char *_hubrota_closure_dialog_get_error       (HubrotaClosureDialog *self);

G_END_DECLS
