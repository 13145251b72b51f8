/* hubrota-autofill-dialog-private.h: what the GUI tests may look at in a HubrotaAutofillDialog
 *
 * The tests drive the dialog through its actions (autofill.add, autofill.accept-all,
 * autofill.untick-all) and the proposals' "accepted" property; these say what it shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-autofill-dialog.h"

G_BEGIN_DECLS

/* Whether the plan is still being made in its thread. */
gboolean     _hubrota_autofill_dialog_is_planning   (HubrotaAutofillDialog *self);
/* "planning", "plan", "empty" (nothing to fill, or the period is over) or "failed". */
const char  *_hubrota_autofill_dialog_get_page      (HubrotaAutofillDialog *self);
/* The plan on show, or NULL before it is made. */
HubrotaPlan *_hubrota_autofill_dialog_get_plan      (HubrotaAutofillDialog *self);
/* The lists: HubrotaProposal and HubrotaShortfall rows. */
GtkListView *_hubrota_autofill_dialog_get_proposal_list  (HubrotaAutofillDialog *self);
GtkListView *_hubrota_autofill_dialog_get_shortfall_list (HubrotaAutofillDialog *self);
GtkButton   *_hubrota_autofill_dialog_get_add_button (HubrotaAutofillDialog *self);
const char  *_hubrota_autofill_dialog_get_summary   (HubrotaAutofillDialog *self);
/* The status page's title and description, on the "empty" and "failed" pages. */
const char  *_hubrota_autofill_dialog_get_status_title (HubrotaAutofillDialog *self);
const char  *_hubrota_autofill_dialog_get_status_description (HubrotaAutofillDialog *self);
/* The store's refusal on show, or NULL. */
const char  *_hubrota_autofill_dialog_get_error     (HubrotaAutofillDialog *self);

G_END_DECLS
