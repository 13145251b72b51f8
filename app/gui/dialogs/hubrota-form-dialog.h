/* hubrota-form-dialog.h: a small modal form that adds one thing to the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_FORM_DIALOG (hubrota_form_dialog_get_type ())
G_DECLARE_DERIVABLE_TYPE (HubrotaFormDialog, hubrota_form_dialog, HUBROTA, FORM_DIALOG, AdwWindow)

/* A modal window with Cancel and a suggested Add in its header bar and one group of rows,
 * checked as they change; Escape closes it. Add stores what was typed and emits "changed",
 * then closes; a refusal from the store keeps everything typed and says why under the
 * rows. */
struct _HubrotaFormDialogClass
{
  AdwWindowClass parent_class;

  /* Marks the rows that are wrong; returns what stops Add, or NULL. *out_note may be set to
   * a remark shown when nothing is wrong. */
  const char *(*check) (HubrotaFormDialog  *self,
                        const char        **out_note);
  gboolean    (*store) (HubrotaFormDialog  *self,
                        GError            **error);
};

AdwPreferencesGroup *hubrota_form_dialog_get_group (HubrotaFormDialog   *self);
/* Rows in the group, checked as they change; Enter in an entry row is Add. */
AdwEntryRow *hubrota_form_dialog_add_entry         (HubrotaFormDialog   *self,
                                                    const char          *title,
                                                    const char          *text);
AdwComboRow *hubrota_form_dialog_add_combo         (HubrotaFormDialog   *self,
                                                    const char          *title,
                                                    const char * const  *items);
/* Checks the rows again (for a widget the dialog did not make). */
void         hubrota_form_dialog_check             (HubrotaFormDialog   *self);
/* Once every row is in: puts the message line under them, checks them for the first time
 * (changes while the rows are set up are not edits yet) and puts the keyboard in the first
 * row made with add_entry or add_combo. */
void         hubrota_form_dialog_finish            (HubrotaFormDialog   *self);
/* The Add button's label with its mnemonic, e.g. "_Save" for a form that edits. */
void         hubrota_form_dialog_set_add_label     (HubrotaFormDialog   *self,
                                                    const char          *label);

G_END_DECLS
