/* hubrota-dialog-util.c: what the editing dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaDialog"

#include "config.h"

#include "hubrota-dialog-util.h"
#include "hubrota-format.h"

guint
hubrota_signal_new_void (GType       itype,
                         const char *name)
{
  return g_signal_new (name, itype, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

void
hubrota_dialog_class_set_template (GtkWidgetClass *widget_class,
                                   const char     *resource)
{
  gtk_widget_class_set_template_from_resource (widget_class, resource);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

void
hubrota_dialog_focus_first_field (GtkWindow *dialog,
                                  GtkWidget *field)
{
  gboolean focused;

  g_return_if_fail (GTK_IS_WINDOW (dialog));
  g_return_if_fail (gtk_widget_is_ancestor (field, GTK_WIDGET (dialog)));

  /* The window keeps a focus set before it is shown, rather than choosing its own. */
  focused = gtk_widget_grab_focus (field);
  g_warn_if_fail (focused);
}

void
hubrota_dialog_show_error (AdwPreferencesGroup *group,
                           GtkLabel            *label,
                           const char          *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (group), message != NULL);
}

const char *
hubrota_dialog_get_error (AdwPreferencesGroup *group,
                          GtkLabel            *label)
{
  return gtk_widget_get_visible (GTK_WIDGET (group)) ? gtk_label_get_label (label) : NULL;
}

gboolean
hubrota_dialog_finish_save (GtkWindow           *dialog,
                            guint                signal_id,
                            gboolean             saved,
                            const GError        *error,
                            AdwPreferencesGroup *error_group,
                            GtkLabel            *error_label)
{
  if (!saved)
    {
      hubrota_dialog_show_error (error_group, error_label, error->message);
      return FALSE;
    }
  g_signal_emit (dialog, signal_id, 0);
  gtk_window_destroy (dialog);
  return TRUE;
}

void
hubrota_dialog_show_summary (AdwActionRow *row,
                             GtkImage     *icon,
                             const char   *summary,
                             const char   *problem)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary != NULL ? summary : problem);
  adw_action_row_set_subtitle (row, summary != NULL && problem != NULL ? problem : "");
  gtk_image_set_from_icon_name (icon, problem != NULL ? "dialog-warning-symbolic"
                                                      : "dialog-information-symbolic");
}

const char *
hubrota_dialog_read_opening (HubrotaDateButton  *day,
                             AdwEntryRow        *opens,
                             AdwEntryRow        *closes,
                             GDateTime         **out_start,
                             int                *out_minutes)
{
  int start, minutes;
  const char *problem = hubrota_read_hours (opens, closes, &start, &minutes);
  g_autofree char *clock = NULL;
  GDate date;

  *out_start = NULL;
  if (problem != NULL)
    return problem;
  hubrota_date_button_get_date (day, &date);
  clock = g_strdup_printf ("%02d:%02d", start / 60, start % 60);
  /* An opening's length is its closing minus its opening clock time, which the repeated
   * hour would make wrong, so its 01:30s are refused rather than told apart. */
  *out_start = hubrota_parse_moment (&date, clock, FALSE, &problem);
  hubrota_widget_set_css_class (GTK_WIDGET (opens), "error", *out_start == NULL);
  *out_minutes = minutes;
  return problem;
}

void
hubrota_dialog_show_opening (HubrotaDateButton *day,
                             AdwEntryRow       *opens,
                             AdwEntryRow       *closes,
                             GDateTime         *start,
                             GDateTime         *end)
{
  g_autofree char *opens_text = g_date_time_format (start, "%H:%M");
  g_autofree char *closes_text = g_date_time_format (end, "%H:%M");
  GDate date;

  hubrota_date_from_datetime (&date, start);
  hubrota_dialog_type_opening (day, opens, closes, &date, opens_text, closes_text);
}

void
hubrota_dialog_type_opening (HubrotaDateButton *day,
                             AdwEntryRow       *opens,
                             AdwEntryRow       *closes,
                             const GDate       *date,
                             const char        *opens_text,
                             const char        *closes_text)
{
  hubrota_date_button_set_date (day, date);
  gtk_editable_set_text (GTK_EDITABLE (opens), opens_text);
  gtk_editable_set_text (GTK_EDITABLE (closes), closes_text);
}

GtkWidget *
hubrota_dialog_ask (GtkWindow  *parent,
                    const char *heading,
                    const char *body,
                    const char *cancel_id,
                    const char *cancel_label,
                    const char *action_id,
                    const char *action_label,
                    GCallback   response,
                    gpointer    object)
{
  GtkWidget *dialog = hubrota_alert_new (parent, heading, body);

  hubrota_alert_call (add_responses) (HUBROTA_ALERT (dialog), cancel_id, cancel_label,
                                      action_id, action_label, NULL);
  hubrota_alert_call (set_response_appearance) (HUBROTA_ALERT (dialog), action_id,
                                                ADW_RESPONSE_DESTRUCTIVE);
  hubrota_alert_call (set_default_response) (HUBROTA_ALERT (dialog), cancel_id);
  hubrota_alert_call (set_close_response) (HUBROTA_ALERT (dialog), cancel_id);
  g_signal_connect_object (dialog, "response", response, object, G_CONNECT_SWAPPED);
  hubrota_alert_present (dialog, parent);
  return dialog;
}

static gboolean
close_window (gpointer window)
{
  gtk_window_close (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

void
hubrota_window_close_later (GtkWindow *window)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, close_window, g_object_ref (window), g_object_unref);
}

GtkWidget *
hubrota_alert_new (GtkWindow  *parent,
                   const char *heading,
                   const char *body)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  return GTK_WIDGET (adw_alert_dialog_new (heading, body));
#else
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  return dialog;
#endif
}

void
hubrota_alert_present (GtkWidget *dialog,
                       GtkWindow *parent)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (parent));
#else
  gtk_window_present (GTK_WINDOW (dialog));
#endif
}

void
hubrota_alert_close (GtkWidget *dialog)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_force_close (ADW_DIALOG (dialog));
#else
  gtk_window_destroy (GTK_WINDOW (dialog));
#endif
}

void
hubrota_alert_respond (GtkWidget  *dialog,
                       const char *response)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  g_signal_emit_by_name (dialog, "response", response);
  adw_dialog_force_close (ADW_DIALOG (dialog));
#else
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
#endif
}

void
hubrota_dialog_click (GtkButton *button)
{
  if (gtk_widget_is_sensitive (GTK_WIDGET (button)))
    g_signal_emit_by_name (button, "clicked");
}
