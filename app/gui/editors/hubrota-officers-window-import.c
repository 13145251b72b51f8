/* hubrota-officers-window-import.c: the officers window's import of a CSV file of officers
 *
 * The file is loaded without blocking, then checked and stored in a worker thread with its
 * own connection, all or nothing: a progress bar counts the rows meanwhile, and when a row is
 * wrong nothing is imported and a dialog lists every bad row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOfficersWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-dialog-util.h"
#include "hubrota-file-chooser.h"
#include "hubrota-format.h"
#include "hubrota-officers-window-internal.h"

/* Importing a CSV file */

static void
set_importing (HubrotaOfficersWindow *self,
               gboolean               importing)
{
  gtk_widget_set_visible (self->import_box, importing);
  gtk_widget_set_sensitive (self->import_button, !importing);
  gtk_widget_set_sensitive (self->add_button, !importing);
  if (!importing)
    g_clear_object (&self->import_cancellable);
}

static void
import_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  HubrotaOfficersWindow *self = user_data;
  g_autofree char *text = NULL;

  if (self->import_cancellable == NULL)
    return;
  /* Translators: while importing, e.g. "Checking row 1,200 of 5,000" */
  text = g_strdup_printf (_("Checking row %'u of %'u"), done, total);
  gtk_progress_bar_set_fraction (self->import_progress, total > 0 ? (double) done / total : 1);
  gtk_progress_bar_set_text (self->import_progress, text);
  gtk_progress_bar_set_show_text (self->import_progress, TRUE);
}

/* The store's report (hubrota_import_report_split ()), one bad row a line. */
static char *
import_report (const char *message)
{
  g_auto(GStrv) parts = hubrota_import_report_split (message);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *line = i == 0 ? hubrota_format_sentence (parts[i]) : g_strdup (parts[i]);
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_import_error_destroyed (HubrotaOfficersWindow *self)
{
  self->import_error_dialog = NULL;
  self->import_error_buffer = NULL;
}

static void
show_import_error (HubrotaOfficersWindow *self,
                   const GError          *error)
{
  g_autofree char *report = import_report (error->message);
  g_autofree char *body = NULL;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  /* Translators: %s is the file's name */
  if (self->import_error_dialog != NULL)
    hubrota_alert_close (self->import_error_dialog);
  body = g_strdup_printf (_("Fix these rows in %s and import it again. Its first row must be "
                            "the header id,name,role,beat,weekly_hours."), self->import_name);
  self->import_error_dialog = hubrota_alert_new (GTK_WINDOW (self), _("Nothing Was Imported"),
                                                 body);
  hubrota_alert_call (add_response) (HUBROTA_ALERT (self->import_error_dialog), "close",
                                     _("_Close"));
  self->import_error_buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (self->import_error_buffer, report, -1);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), 4);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The rows that are wrong"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 440);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  hubrota_alert_call (set_extra_child) (HUBROTA_ALERT (self->import_error_dialog), scrolled);
  hubrota_alert_call (set_close_response) (HUBROTA_ALERT (self->import_error_dialog), "close");
  g_signal_connect_swapped (self->import_error_dialog, "destroy",
                            G_CALLBACK (on_import_error_destroyed), self);
  hubrota_alert_present (self->import_error_dialog, GTK_WINDOW (self));
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HubrotaOfficersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  guint imported = 0;

  if (!hubrota_officer_import_finish (result, &imported, &error))
    {
      if (self->store != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_importing (self, FALSE);
          show_import_error (self, error);
        }
      return;
    }
  if (self->store == NULL)
    return;
  set_importing (self, FALSE);
  _hubrota_officers_window_reload_officers (self);
  /* Translators: a toast after an import */
  done = g_strdup_printf (ngettext ("Imported %u officer", "Imported %u officers", imported),
                          imported);
  _hubrota_officers_window_show_toast (self, done);
  _hubrota_officers_window_emit_changed (self);
}

static void
file_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HubrotaOfficersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) contents = NULL;
  char *data = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &data, &length, NULL, &error))
    {
      if (self->store != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_importing (self, FALSE);
          show_import_error (self, error);
        }
      return;
    }
  contents = g_bytes_new_take (data, length);
  hubrota_officer_import_async (hubrota_store_get_path (self->store), contents,
                                self->import_cancellable, import_progress_cb, self,
                                import_done_cb, g_object_ref (self));
}

static void
import_file (HubrotaOfficersWindow *self,
             GFile                 *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *label = NULL;

  if (self->import_cancellable != NULL)
    return;
  g_free (self->import_name);
  self->import_name = g_filename_display_name (basename);
  /* Translators: %s is a file name, e.g. "Importing officers.csv…" */
  label = g_strdup_printf (_("Importing %s…"), self->import_name);
  gtk_label_set_label (self->import_label, label);
  gtk_progress_bar_set_fraction (self->import_progress, 0);
  gtk_progress_bar_set_show_text (self->import_progress, FALSE);
  self->import_cancellable = g_cancellable_new ();
  set_importing (self, TRUE);
  g_file_load_contents_async (file, self->import_cancellable, file_loaded_cb, g_object_ref (self));
}

static void
on_csv_chosen (GObject *owner,
               GFile   *file)
{
  HubrotaOfficersWindow *self = HUBROTA_OFFICERS_WINDOW (owner);

  if (file != NULL && self->store != NULL)
    import_file (self, file);
}

static void
on_import_clicked (HubrotaOfficersWindow *self)
{
  hubrota_choose_file (GTK_WINDOW (self), HUBROTA_CHOOSE_CSV, _("Import Officers"), _("_Import"),
                       NULL, G_OBJECT (self), on_csv_chosen);
}

/* For the tests (hubrota-officers-window-private.h) */

void
_hubrota_officers_window_import_file (HubrotaOfficersWindow *self,
                                      GFile                 *file)
{
  import_file (self, file);
}

gboolean
_hubrota_officers_window_is_importing (HubrotaOfficersWindow *self)
{
  return self->import_cancellable != NULL;
}

char *
_hubrota_officers_window_get_import_error (HubrotaOfficersWindow *self)
{
  GtkTextIter start, end;

  if (self->import_error_buffer == NULL)
    return NULL;
  gtk_text_buffer_get_bounds (self->import_error_buffer, &start, &end);
  return gtk_text_buffer_get_text (self->import_error_buffer, &start, &end, FALSE);
}

GtkWidget *
_hubrota_officers_window_get_import_error_dialog (HubrotaOfficersWindow *self)
{
  return self->import_error_dialog;
}

double
_hubrota_officers_window_get_import_fraction (HubrotaOfficersWindow *self)
{
  return gtk_progress_bar_get_fraction (self->import_progress);
}

void
_hubrota_officers_window_class_add_import_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
}
