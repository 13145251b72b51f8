/* hubrota-form-dialog.c: a small modal form that adds one thing to the store
 *
 * The base of the Add Shift Pattern and Add Time Away dialogs: made in code rather than
 * from a template, because each is a few rows and lives only as long as one addition. A
 * subclass adds its rows, says what is wrong with them (check) and writes them (store).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaFormDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-dialog-util.h"
#include "hubrota-form-dialog-private.h"
#include "hubrota-format.h"

typedef struct
{
  GtkWidget           *add_button;
  AdwPreferencesGroup *group;
  GtkLabel            *message;
  GtkWidget           *first_row;   /* where the keyboard is when the dialog opens */
  gboolean             ready;   /* the rows are in; a change is an edit */
  gboolean             added;
} HubrotaFormDialogPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (HubrotaFormDialog, hubrota_form_dialog, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_message (HubrotaFormDialog *self,
             const char        *text,
             gboolean           error)
{
  HubrotaFormDialogPrivate *priv = hubrota_form_dialog_get_instance_private (self);

  gtk_label_set_label (priv->message, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->message), text != NULL);
  hubrota_widget_set_css_class (GTK_WIDGET (priv->message), "error", error);
  hubrota_widget_set_css_class (GTK_WIDGET (priv->message), "dim-label", !error);
}

static void
add_row (HubrotaFormDialog *self,
         GtkWidget         *row)
{
  HubrotaFormDialogPrivate *priv = hubrota_form_dialog_get_instance_private (self);

  if (priv->first_row == NULL)
    priv->first_row = row;
  adw_preferences_group_add (priv->group, row);
}

static void
on_add (HubrotaFormDialog *self)
{
  HubrotaFormDialogPrivate *priv = hubrota_form_dialog_get_instance_private (self);
  g_autoptr(GError) error = NULL;

  if (!gtk_widget_get_sensitive (priv->add_button))
    return;
  if (!HUBROTA_FORM_DIALOG_GET_CLASS (self)->store (self, &error))
    {
      /* The dialog stays open with everything typed, and says what the store objected to. */
      g_autofree char *message = hubrota_format_error (error);
      set_message (self, message, TRUE);
      return;
    }
  priv->added = TRUE;
  g_signal_emit (self, signals[CHANGED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hubrota_form_dialog_class_init (HubrotaFormDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hubrota_form_dialog_init (HubrotaFormDialog *self)
{
  HubrotaFormDialogPrivate *priv = hubrota_form_dialog_get_instance_private (self);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();

  priv->add_button = gtk_button_new_with_mnemonic (_("_Add"));
  priv->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  priv->message = GTK_LABEL (gtk_label_new (NULL));

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 460, -1);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  gtk_widget_add_css_class (priv->add_button, "suggested-action");
  g_signal_connect_swapped (priv->add_button, "clicked", G_CALLBACK (on_add), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), priv->add_button);

  gtk_label_set_xalign (priv->message, 0);
  gtk_label_set_wrap (priv->message, TRUE);
  /* Under the page rather than in it, so what is wrong is always in sight: the window is
   * as tall as its rows were with no message, and the page scrolls instead. */
  gtk_widget_set_margin_start (GTK_WIDGET (priv->message), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (priv->message), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (priv->message), 18);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), priv->group);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (priv->message));
  adw_window_set_content (ADW_WINDOW (self), box);
}

AdwPreferencesGroup *
hubrota_form_dialog_get_group (HubrotaFormDialog *self)
{
  HubrotaFormDialogPrivate *priv = hubrota_form_dialog_get_instance_private (self);

  g_return_val_if_fail (HUBROTA_IS_FORM_DIALOG (self), NULL);
  return priv->group;
}

AdwEntryRow *
hubrota_form_dialog_add_entry (HubrotaFormDialog *self,
                               const char        *title,
                               const char        *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (hubrota_form_dialog_check), self);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (on_add), self);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), FALSE);
  add_row (self, row);
  return ADW_ENTRY_ROW (row);
}

AdwComboRow *
hubrota_form_dialog_add_combo (HubrotaFormDialog  *self,
                               const char         *title,
                               const char * const *items)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (hubrota_form_dialog_check),
                            self);
  add_row (self, row);
  return ADW_COMBO_ROW (row);
}

void
hubrota_form_dialog_check (HubrotaFormDialog *self)
{
  HubrotaFormDialogPrivate *priv = hubrota_form_dialog_get_instance_private (self);
  const char *note = NULL;
  const char *problem;

  if (!priv->ready)
    return;
  problem = HUBROTA_FORM_DIALOG_GET_CLASS (self)->check (self, &note);
  gtk_widget_set_sensitive (priv->add_button, problem == NULL);
  if (problem != NULL)
    set_message (self, problem, TRUE);
  else
    set_message (self, note, FALSE);
}

void
hubrota_form_dialog_finish (HubrotaFormDialog *self)
{
  HubrotaFormDialogPrivate *priv = hubrota_form_dialog_get_instance_private (self);

  g_return_if_fail (HUBROTA_IS_FORM_DIALOG (self));
  priv->ready = TRUE;
  hubrota_form_dialog_check (self);
  if (priv->first_row != NULL)
    hubrota_dialog_focus_first_field (GTK_WINDOW (self), priv->first_row);
}

void
hubrota_form_dialog_set_add_label (HubrotaFormDialog *self,
                                   const char        *label)
{
  HubrotaFormDialogPrivate *priv = hubrota_form_dialog_get_instance_private (self);

  g_return_if_fail (HUBROTA_IS_FORM_DIALOG (self));
  gtk_button_set_label (GTK_BUTTON (priv->add_button), label);
}

/* For the tests (hubrota-form-dialog-private.h) */

gboolean
_hubrota_form_dialog_press_add (HubrotaFormDialog  *self,
                                char              **out_message)
{
  HubrotaFormDialogPrivate *priv = hubrota_form_dialog_get_instance_private (self);
  g_autoptr(HubrotaFormDialog) hold = g_object_ref (self);

  hubrota_form_dialog_check (self);
  hubrota_dialog_click (GTK_BUTTON (priv->add_button));
  if (priv->added)
    return TRUE;
  if (out_message != NULL)
    *out_message = g_strdup (gtk_label_get_label (priv->message));
  gtk_window_destroy (GTK_WINDOW (self));
  return FALSE;
}
