/* hubrota-file-chooser.c: asking for a file or a folder, on every GTK Hubrota builds with
 *
 * GtkFileDialog arrived in GTK 4.10, which deprecated GtkFileChooserNative; Debian 12 has
 * GTK 4.8. The one place that tells them apart is here, so the windows only say what they
 * want.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaFileChooser"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-file-chooser.h"

typedef struct
{
  GObject               *owner;
  HubrotaFileChosenFunc  callback;
} Request;

static void
request_finish (Request *request,
                GFile   *file)
{
  request->callback (request->owner, file);
  g_object_unref (request->owner);
  g_free (request);
}

static GtkFileFilter *
filter_new (const char         *name,
            const char * const *patterns,
            const char         *mime_type)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  return filter;
}

/* What the chooser offers to show, the first being the one it starts with; NULL for none. */
static GListStore *
filters_for (HubrotaChooseMode mode)
{
  GListStore *filters;
  GtkFileFilter *kinds[2] = { NULL, NULL };

  if (mode == HUBROTA_CHOOSE_DATABASE)
    {
      kinds[0] = filter_new (_("Hubrota databases"),
                             (const char *[]) { "*.db", "*.sqlite", "*.sqlite3", NULL }, NULL);
      kinds[1] = filter_new (_("All files"), (const char *[]) { "*", NULL }, NULL);
    }
  else if (mode == HUBROTA_CHOOSE_CSV)
    kinds[0] = filter_new (_("CSV files (id,name,role,beat,weekly_hours)"),
                           (const char *[]) { "*.csv", "*.CSV", NULL }, "text/csv");
  else
    return NULL;
  filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  for (guint i = 0; i < G_N_ELEMENTS (kinds) && kinds[i] != NULL; i++)
    {
      g_list_store_append (filters, kinds[i]);
      g_object_unref (kinds[i]);
    }
  return filters;
}

static gboolean
opens (HubrotaChooseMode mode)
{
  return mode == HUBROTA_CHOOSE_DATABASE || mode == HUBROTA_CHOOSE_CSV;
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_dialog_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GtkFileDialog *dialog = GTK_FILE_DIALOG (source);
  Request *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  HubrotaChooseMode mode = GPOINTER_TO_INT (g_object_get_data (source, "hubrota-mode"));

  if (mode == HUBROTA_CHOOSE_FOLDER)
    file = gtk_file_dialog_select_folder_finish (dialog, result, &error);
  else if (opens (mode))
    file = gtk_file_dialog_open_finish (dialog, result, &error);
  else
    file = gtk_file_dialog_save_finish (dialog, result, &error);
  if (error != NULL && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_message ("The file chooser failed: %s", error->message);
  request_finish (request, file);
}

static void
show_chooser (GtkWindow         *parent,
              HubrotaChooseMode  mode,
              const char        *title,
              const char        *accept_label,
              const char        *initial_name,
              Request           *request)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = filters_for (mode);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  g_object_set_data (G_OBJECT (dialog), "hubrota-mode", GINT_TO_POINTER (mode));
  if (filters != NULL)
    {
      g_autoptr(GtkFileFilter) first = g_list_model_get_item (G_LIST_MODEL (filters), 0);

      gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
      gtk_file_dialog_set_default_filter (dialog, first);
    }

  if (mode == HUBROTA_CHOOSE_FOLDER)
    gtk_file_dialog_select_folder (dialog, parent, NULL, on_dialog_done, request);
  else if (opens (mode))
    gtk_file_dialog_open (dialog, parent, NULL, on_dialog_done, request);
  else
    {
      if (initial_name != NULL)
        gtk_file_dialog_set_initial_name (dialog, initial_name);
      gtk_file_dialog_save (dialog, parent, NULL, on_dialog_done, request);
    }
}

#else

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
on_native_response (GtkNativeDialog *native,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  request_finish (user_data, file);
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
show_chooser (GtkWindow         *parent,
              HubrotaChooseMode  mode,
              const char        *title,
              const char        *accept_label,
              const char        *initial_name,
              Request           *request)
{
  GtkFileChooserAction action = mode == HUBROTA_CHOOSE_FOLDER ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                              : opens (mode) ? GTK_FILE_CHOOSER_ACTION_OPEN
                              : GTK_FILE_CHOOSER_ACTION_SAVE;
  /* Owned by the response handler until the person answers. */
  GtkFileChooserNative *native = gtk_file_chooser_native_new (title, parent, action, accept_label,
                                                              _("_Cancel"));

  g_autoptr(GListStore) filters = filters_for (mode);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  for (guint i = 0; filters != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (filters)); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (G_LIST_MODEL (filters), i);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }
  if (mode == HUBROTA_CHOOSE_NEW_FILE && initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

G_GNUC_END_IGNORE_DEPRECATIONS

#endif

void
hubrota_choose_file (GtkWindow             *parent,
                     HubrotaChooseMode      mode,
                     const char            *title,
                     const char            *accept_label,
                     const char            *initial_name,
                     GObject               *owner,
                     HubrotaFileChosenFunc  callback)
{
  Request *request;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_OBJECT (owner) && callback != NULL);

  request = g_new0 (Request, 1);
  request->owner = g_object_ref (owner);
  request->callback = callback;
  show_chooser (parent, mode, title, accept_label, initial_name, request);
}
