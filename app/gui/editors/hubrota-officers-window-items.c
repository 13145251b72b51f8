/* hubrota-officers-window-items.c: the officers window's Duty and Time Away groups: the shown
 * officer's shift patterns and time away, each with a remove button, and the dialogs that add
 * them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOfficersWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-absence-dialog-private.h"
#include "hubrota-duty-dialog-private.h"
#include "hubrota-format.h"
#include "hubrota-officers-window-internal.h"

/* The Duty and Time Away groups */

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
add_item_row (AdwPreferencesGroup *group,
              GPtrArray           *rows,
              const char          *title,
              const char          *subtitle,
              const char          *remove_label,
              GCallback            on_remove,
              gpointer             user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    {
      g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
    }
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (rows->len));
  g_signal_connect_swapped (remove, "clicked", on_remove, user_data);
  g_object_set_data (G_OBJECT (row), "remove-button", remove);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

/* What a remove button is for: its place in the list it was made for. */
static guint
button_index (GtkWidget *button)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
}

static void
removed (HubrotaOfficersWindow *self,
         gboolean               ok,
         GError                *error,
         const char            *done)
{
  if (!ok)
    {
      g_autofree char *message = hubrota_format_sentence (error->message);
      _hubrota_officers_window_show_toast (self, message);
    }
  else
    _hubrota_officers_window_show_toast (self, done);
  _hubrota_officers_window_show_items (self);
  if (ok)
    _hubrota_officers_window_emit_changed (self);
}

static void
on_remove_duty_clicked (HubrotaOfficersWindow *self,
                        GtkWidget             *button)
{
  HubrotaDuty *duty = g_ptr_array_index (self->duties, button_index (button));
  g_autoptr(GError) error = NULL;
  gboolean ok = hubrota_store_remove_duty (self->store, hubrota_duty_get_id (duty), &error);

  removed (self, ok, error, _("Shift pattern removed"));
}

static void
on_remove_absence_clicked (HubrotaOfficersWindow *self,
                           GtkWidget             *button)
{
  HubrotaAbsence *absence = g_ptr_array_index (self->absences, button_index (button));
  g_autoptr(GError) error = NULL;
  gboolean ok = hubrota_store_remove_absence (self->store, hubrota_absence_get_id (absence),
                                              &error);

  removed (self, ok, error, _("Time away removed"));
}

static void
show_duties (HubrotaOfficersWindow *self)
{
  for (guint i = 0; i < self->duties->len; i++)
    {
      g_autofree char *text = hubrota_format_duty (g_ptr_array_index (self->duties, i));
      add_item_row (self->duty_group, self->duty_rows, text, NULL, _("Remove Shift Pattern"),
                    G_CALLBACK (on_remove_duty_clicked), self);
    }
  adw_preferences_group_set_description (self->duty_group,
                                         self->duties->len == 0
                                           ? _("No shifts yet: every hub opening would be overtime")
                                           : NULL);
}

static void
show_absences (HubrotaOfficersWindow *self)
{
  g_ptr_array_set_size (self->absence_texts, 0);
  for (guint i = 0; i < self->absences->len; i++)
    {
      HubrotaAbsence *absence = g_ptr_array_index (self->absences, i);
      const char *reason = hubrota_absence_get_reason (absence);
      g_autofree char *period = hubrota_format_away (hubrota_absence_get_start (absence),
                                                 hubrota_absence_get_end (absence));
      const char *title = reason[0] != '\0' ? reason : _("Time away");

      add_item_row (self->absence_group, self->absence_rows, title, period, _("Remove Time Away"),
                    G_CALLBACK (on_remove_absence_clicked), self);
      /* Translators: time away, e.g. "Annual leave, 7 Dec – 11 Dec 2026" */
      g_ptr_array_add (self->absence_texts, g_strdup_printf (_("%s, %s"), title, period));
    }
  adw_preferences_group_set_description (self->absence_group,
                                         self->absences->len == 0
                                           ? _("No leave, training or court dates")
                                           : NULL);
}

/* Reads the shown officer's duty and absences again. */
void
_hubrota_officers_window_show_items (HubrotaOfficersWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *id = self->shown != NULL ? hubrota_officer_get_id (self->shown) : NULL;
  GPtrArray *duties = NULL, *absences = NULL;

  clear_rows (self->duty_group, self->duty_rows);
  clear_rows (self->absence_group, self->absence_rows);
  g_ptr_array_set_size (self->duties, 0);
  g_ptr_array_set_size (self->absences, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->duty_group), !self->creating && id != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->absence_group), !self->creating && id != NULL);
  if (self->creating || id == NULL)
    return;

  duties = hubrota_store_list_duties (self->store, id, &error);
  if (duties != NULL)
    absences = hubrota_store_list_absences (self->store, id, &error);
  if (error != NULL)
    _hubrota_officers_window_show_toast (self, error->message);
  if (duties != NULL)
    g_ptr_array_extend_and_steal (self->duties, duties);
  if (absences != NULL)
    g_ptr_array_extend_and_steal (self->absences, absences);
  show_duties (self);
  show_absences (self);
}

/* The Add Shift Pattern and Add Time Away dialogs */

static void
on_dialog_changed (HubrotaOfficersWindow *self,
                   HubrotaFormDialog     *dialog)
{
  _hubrota_officers_window_show_items (self);
  _hubrota_officers_window_show_toast (self, HUBROTA_IS_DUTY_DIALOG (dialog)
                                               ? _("Shift pattern added")
                                               : _("Time away added"));
  _hubrota_officers_window_emit_changed (self);
}

/* One at a time, for the officer shown; the window hears when it has added. */
static HubrotaFormDialog *
open_dialog (HubrotaOfficersWindow *self,
             gboolean               shift)
{
  GtkWidget *dialog = shift ? hubrota_duty_dialog_new (GTK_WINDOW (self), self->store, self->shown)
                            : hubrota_absence_dialog_new (GTK_WINDOW (self), self->store,
                                                          self->shown);

  g_signal_connect_object (dialog, "changed", G_CALLBACK (on_dialog_changed), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, HUBROTA_FORM_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  return self->dialog;
}

static void
on_add_duty_clicked (HubrotaOfficersWindow *self)
{
  if (self->shown != NULL && !self->creating)
    open_dialog (self, TRUE);
}

static void
on_add_absence_clicked (HubrotaOfficersWindow *self)
{
  if (self->shown != NULL && !self->creating)
    open_dialog (self, FALSE);
}

/* For the tests (hubrota-officers-window-private.h) */

gboolean
_hubrota_officers_window_add_shift_pattern (HubrotaOfficersWindow *self,
                                            const char            *first_day,
                                            const char            *start_time,
                                            const char            *end_time,
                                            HubrotaRepeat          repeat,
                                            guint                  weekdays,
                                            guint                  every_weeks,
                                            char                 **out_message)
{
  g_signal_emit_by_name (self->add_duty_button, "clicked");
  g_assert (HUBROTA_IS_DUTY_DIALOG (self->dialog));
  _hubrota_duty_dialog_fill (HUBROTA_DUTY_DIALOG (self->dialog), first_day, start_time, end_time,
                             repeat, weekdays, every_weeks);
  return _hubrota_form_dialog_press_add (self->dialog, out_message);
}

gboolean
_hubrota_officers_window_add_time_away (HubrotaOfficersWindow *self,
                                        const char            *from_day,
                                        const char            *from_time,
                                        const char            *to_day,
                                        const char            *to_time,
                                        guint                  reason_index,
                                        const char            *details,
                                        char                 **out_message)
{
  g_signal_emit_by_name (self->add_absence_button, "clicked");
  g_assert (HUBROTA_IS_ABSENCE_DIALOG (self->dialog));
  _hubrota_absence_dialog_fill (HUBROTA_ABSENCE_DIALOG (self->dialog), from_day, from_time,
                                to_day, to_time, reason_index, details);
  return _hubrota_form_dialog_press_add (self->dialog, out_message);
}

guint
_hubrota_officers_window_count_duty_rows (HubrotaOfficersWindow *self)
{
  return self->duty_rows->len;
}

guint
_hubrota_officers_window_count_absence_rows (HubrotaOfficersWindow *self)
{
  return self->absence_rows->len;
}

const char *
_hubrota_officers_window_get_duty_text (HubrotaOfficersWindow *self,
                                        guint                  index)
{
  g_assert_cmpuint (index, <, self->duty_rows->len);
  return adw_preferences_row_get_title (g_ptr_array_index (self->duty_rows, index));
}

const char *
_hubrota_officers_window_get_absence_text (HubrotaOfficersWindow *self,
                                           guint                  index)
{
  g_assert_cmpuint (index, <, self->absence_texts->len);
  return g_ptr_array_index (self->absence_texts, index);
}

static void
click_remove (GPtrArray *rows,
              guint      index)
{
  g_assert_cmpuint (index, <, rows->len);
  g_signal_emit_by_name (g_object_get_data (g_ptr_array_index (rows, index), "remove-button"),
                         "clicked");
}

void
_hubrota_officers_window_remove_duty (HubrotaOfficersWindow *self,
                                      guint                  index)
{
  click_remove (self->duty_rows, index);
}

void
_hubrota_officers_window_remove_absence (HubrotaOfficersWindow *self,
                                         guint                  index)
{
  click_remove (self->absence_rows, index);
}

GtkWindow *
_hubrota_officers_window_open_dialog (HubrotaOfficersWindow *self,
                                      gboolean               shift)
{
  return GTK_WINDOW (open_dialog (self, shift));
}

void
_hubrota_officers_window_class_add_item_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_add_duty_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_absence_clicked);
}
