/* hubrota-officers-window-form.c: the officers window's form: one officer's details, checked
 * as they are typed, saved, and asked about before unsaved changes are left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOfficersWindow"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hubrota-dialog-util.h"
#include "hubrota-format.h"
#include "hubrota-officers-window-internal.h"

/* As the store allows (hubrota-store-officers.c). */
#define MAX_COLLAR_LENGTH 16
#define MAX_WEEKLY_HOURS 168.0

static void
set_error (GtkWidget *widget,
           gboolean   error)
{
  hubrota_widget_set_css_class (widget, "error", error);
}

/* The form */

static double
form_hours (HubrotaOfficersWindow *self)
{
  return gtk_spin_button_get_value (self->hours_spin);
}

static const char *
form_beat (HubrotaOfficersWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->beat_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0 || selected > self->beats->len)
    return NULL;
  return hubrota_beat_get_slug (g_ptr_array_index (self->beats, selected - 1));
}

static HubrotaRole
form_role (HubrotaOfficersWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->role_row);

  return selected < N_ROLES ? (HubrotaRole) selected : HUBROTA_ROLE_PC;
}

static char *
form_name (HubrotaOfficersWindow *self)
{
  return hubrota_editable_dup_stripped (GTK_EDITABLE (self->name_row));
}

/* NULL when the collar number would do for a new officer, else why not. */
static char *
check_collar (HubrotaOfficersWindow *self,
              const char            *collar)
{
  HubrotaOfficer *taken;

  if (strlen (collar) > MAX_COLLAR_LENGTH)
    return g_strdup_printf (_("A collar number has at most %d letters and digits"),
                            MAX_COLLAR_LENGTH);
  for (const char *p = collar; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return g_strdup (_("A collar number has only letters and digits, e.g. PC1234"));
  taken = _hubrota_officers_window_find_officer (self, collar, NULL);
  if (taken != NULL)
    {
      g_autofree char *who = hubrota_format_officer (taken);
      /* Translators: %s is an officer, e.g. "Sam Patel (PC1234)" */
      return g_strdup_printf (_("That collar number is taken by %s"), who);
    }
  return NULL;
}

static gboolean
form_differs (HubrotaOfficersWindow *self,
              const char            *name)
{
  if (self->creating || self->shown == NULL)
    return TRUE;
  return g_strcmp0 (name, hubrota_officer_get_name (self->shown)) != 0 ||
         form_role (self) != hubrota_officer_get_role (self->shown) ||
         g_strcmp0 (form_beat (self), hubrota_officer_get_beat (self->shown)) != 0 ||
         fabs (form_hours (self) - hubrota_officer_get_weekly_hours (self->shown)) > 1e-9;
}

static void
set_form_message (HubrotaOfficersWindow *self,
                  const char            *text,
                  gboolean               error)
{
  g_free (self->form_text);
  self->form_text = g_strdup (text != NULL ? text : "");
  gtk_label_set_label (self->form_message, self->form_text);
  gtk_widget_set_visible (GTK_WIDGET (self->form_message), text != NULL);
  hubrota_widget_set_css_class (GTK_WIDGET (self->form_message), "error", error);
  hubrota_widget_set_css_class (GTK_WIDGET (self->form_message), "dim-label", !error);
}

/* Marks what is wrong as it is typed, and allows Save only for a valid change. An empty
 * field in a new officer is not yet an error, just not finished. */
static void
validate_form (HubrotaOfficersWindow *self)
{
  const char *collar = gtk_editable_get_text (GTK_EDITABLE (self->collar_row));
  g_autofree char *name = form_name (self);
  g_autofree char *collar_problem = self->creating ? check_collar (self, collar) : NULL;
  const char *raw_name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  gboolean name_bad = (!self->creating && name[0] == '\0') || strpbrk (raw_name, "\t\n\r") != NULL;
  gboolean hours_bad = form_hours (self) > MAX_WEEKLY_HOURS;
  gboolean unfinished = self->creating && (collar[0] == '\0' || name[0] == '\0');
  gboolean changed = form_differs (self, name);

  set_error (GTK_WIDGET (self->collar_row), collar_problem != NULL);
  set_error (GTK_WIDGET (self->name_row), name_bad);
  set_error (self->hours_row, hours_bad);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button),
                            collar_problem == NULL && !name_bad && !hours_bad && !unfinished &&
                            changed);

  if (collar_problem != NULL)
    set_form_message (self, collar_problem, TRUE);
  else if (name_bad)
    set_form_message (self, _("A name is one line of text and cannot be empty"), TRUE);
  else if (hours_bad)
    set_form_message (self, _("Weekly hours must be between 0 and 168"), TRUE);
  else if (self->refusal != NULL)
    set_form_message (self, self->refusal, TRUE);
  else if (unfinished)
    set_form_message (self, _("Enter the collar number and the name"), FALSE);
  else
    set_form_message (self, NULL, FALSE);
}

static void
on_form_changed (HubrotaOfficersWindow *self)
{
  if (self->filling)
    return;
  /* Whatever the store objected to may be what was just changed. */
  g_clear_pointer (&self->refusal, g_free);
  validate_form (self);
}

/* Fills the form from officer, or empties it for a new one (officer NULL). */
static void
fill_form (HubrotaOfficersWindow *self,
           HubrotaOfficer        *officer)
{
  int beat = officer != NULL
             ? _hubrota_officers_window_beat_index (self, hubrota_officer_get_beat (officer))
             : -1;

  self->filling = TRUE;
  g_clear_pointer (&self->refusal, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->collar_row),
                         officer != NULL ? hubrota_officer_get_id (officer) : "");
  /* The collar number names the officer everywhere; once stored it never changes. */
  gtk_label_set_label (self->collar_label, officer != NULL ? hubrota_officer_get_id (officer) : "");
  gtk_widget_set_visible (self->collar_info_row, officer != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->collar_row), officer == NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         officer != NULL ? hubrota_officer_get_name (officer) : "");
  adw_combo_row_set_selected (self->role_row, officer != NULL ? hubrota_officer_get_role (officer)
                                                              : HUBROTA_ROLE_PC);
  adw_combo_row_set_selected (self->beat_row, (guint) (beat + 1));
  gtk_spin_button_set_value (self->hours_spin,
                             officer != NULL ? hubrota_officer_get_weekly_hours (officer) : 0);
  gtk_button_set_label (self->save_button, officer != NULL ? _("_Save") : _("_Add"));
  adw_preferences_group_set_title (self->details_group,
                                   officer != NULL ? _("Details") : _("New Officer"));
  self->filling = FALSE;
  validate_form (self);
}

static void
show_officer (HubrotaOfficersWindow *self,
              HubrotaOfficer        *officer)
{
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_set_object (&self->shown, officer);
  self->creating = officer == NULL;
  fill_form (self, officer);
  _hubrota_officers_window_show_items (self);
  gtk_stack_set_visible_child_name (self->detail_stack, "officer");
  _hubrota_officers_window_select_shown (self);
}

/* Something typed in the form that is not in the store. */
gboolean
_hubrota_officers_window_form_dirty (HubrotaOfficersWindow *self)
{
  g_autofree char *name = form_name (self);

  if (gtk_stack_get_visible_child_name (self->detail_stack) == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "officer") != 0)
    return FALSE;
  if (self->creating)
    return gtk_editable_get_text (GTK_EDITABLE (self->collar_row))[0] != '\0' || name[0] != '\0';
  return self->shown != NULL && form_differs (self, name);
}

static void
show_pending (HubrotaOfficersWindow *self)
{
  g_autoptr(HubrotaOfficer) officer = g_steal_pointer (&self->pending);

  show_officer (self, self->pending_new ? NULL : officer);
  if (self->creating)
    gtk_widget_grab_focus (GTK_WIDGET (self->collar_row));
}

static void
on_discard_response (HubrotaOfficersWindow *self,
                     const char            *response)
{
  self->discard_dialog = NULL;
  if (self->closing)
    {
      self->closing = FALSE;
      self->discarded = g_strcmp0 (response, "discard") == 0;
      if (self->discarded)
        hubrota_window_close_later (GTK_WINDOW (self));
      return;
    }
  if (g_strcmp0 (response, "discard") == 0)
    {
      show_pending (self);
      return;
    }
  g_clear_object (&self->pending);
  _hubrota_officers_window_select_shown (self);
}

void
_hubrota_officers_window_ask_to_discard (HubrotaOfficersWindow *self)
{
  g_autofree char *body = NULL;
  g_autofree char *who = NULL;

  who = self->creating ? g_strdup (_("the new officer")) : hubrota_format_officer (self->shown);
  /* Translators: %s is an officer, e.g. "Sam Patel (PC1234)", or "the new officer" */
  body = g_strdup_printf (_("Your changes to %s are not saved."), who);
  self->discard_dialog = hubrota_dialog_ask (GTK_WINDOW (self), _("Discard Changes?"), body,
                                             "keep", _("_Keep Editing"), "discard", _("_Discard"),
                                             G_CALLBACK (on_discard_response), self);
}

/* Typing is never lost silently: moving to another officer with unsaved changes asks first. */
void
_hubrota_officers_window_go_to (HubrotaOfficersWindow *self,
                                HubrotaOfficer        *officer)
{
  g_set_object (&self->pending, officer);
  self->pending_new = officer == NULL;
  if (!_hubrota_officers_window_form_dirty (self))
    {
      show_pending (self);
      return;
    }
  if (self->discard_dialog == NULL)
    _hubrota_officers_window_ask_to_discard (self);
}

static void
on_save_clicked (HubrotaOfficersWindow *self)
{
  g_autofree char *name = form_name (self);
  g_autofree char *collar = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->collar_row)));
  g_autoptr(HubrotaOfficer) officer = hubrota_officer_new (collar, name, form_role (self),
                                                           form_beat (self), form_hours (self));
  g_autoptr(GError) error = NULL;
  gboolean created = self->creating;
  g_autofree char *done = NULL;
  gboolean ok = created ? hubrota_store_add_officer (self->store, officer, &error)
                        : hubrota_store_update_officer (self->store, officer, &error);

  if (!ok)
    {
      /* Everything typed stays; the line under the form says why, until something changes. */
      g_free (self->refusal);
      self->refusal = hubrota_format_sentence (error->message);
      validate_form (self);
      return;
    }
  _hubrota_officers_window_reload_officers (self);
  show_officer (self, _hubrota_officers_window_find_officer (self, collar, NULL));
  /* Translators: a toast, e.g. "Added Sam Patel" or "Saved Sam Patel" */
  done = g_strdup_printf (created ? _("Added %s") : _("Saved %s"), name);
  _hubrota_officers_window_show_toast (self, done);
  _hubrota_officers_window_emit_changed (self);
}

/* For the tests (hubrota-officers-window-private.h) */

void
_hubrota_officers_window_set_collar (HubrotaOfficersWindow *self,
                                     const char            *collar)
{
  gtk_editable_set_text (GTK_EDITABLE (self->collar_row), collar);
}

void
_hubrota_officers_window_set_name (HubrotaOfficersWindow *self,
                                   const char            *name)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
}

void
_hubrota_officers_window_set_role (HubrotaOfficersWindow *self,
                                   HubrotaRole            role)
{
  adw_combo_row_set_selected (self->role_row, role);
}

void
_hubrota_officers_window_set_beat (HubrotaOfficersWindow *self,
                                   const char            *beat)
{
  adw_combo_row_set_selected (self->beat_row,
                              (guint) (_hubrota_officers_window_beat_index (self, beat) + 1));
}

void
_hubrota_officers_window_set_hours (HubrotaOfficersWindow *self,
                                    double                 hours)
{
  gtk_spin_button_set_value (self->hours_spin, hours);
}

const char *
_hubrota_officers_window_get_name (HubrotaOfficersWindow *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

gboolean
_hubrota_officers_window_can_save (HubrotaOfficersWindow *self)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (self->save_button));
}

gboolean
_hubrota_officers_window_save (HubrotaOfficersWindow *self)
{
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    return FALSE;
  g_signal_emit_by_name (self->save_button, "clicked");
  return TRUE;
}

const char *
_hubrota_officers_window_get_form_message (HubrotaOfficersWindow *self)
{
  return self->form_text != NULL ? self->form_text : "";
}

gboolean
_hubrota_officers_window_collar_has_error (HubrotaOfficersWindow *self)
{
  return gtk_widget_has_css_class (GTK_WIDGET (self->collar_row), "error");
}

gboolean
_hubrota_officers_window_answer_discard (HubrotaOfficersWindow *self,
                                         gboolean               discard)
{
  g_autoptr(GtkWidget) dialog = NULL;

  if (self->discard_dialog == NULL)
    return FALSE;
  /* As a click on the button would, without waiting for the dialog to draw. */
  dialog = g_object_ref (self->discard_dialog);
  g_signal_handlers_disconnect_by_data (dialog, self);
  on_discard_response (self, discard ? "discard" : "keep");
  hubrota_alert_close (dialog);
  return TRUE;
}

void
_hubrota_officers_window_class_add_form_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_form_changed);
}
