/* hubrota-publish-dialog.c: publishing the calendar feeds, and the links to subscribe to them
 *
 * Where and how to publish lives in GSettings (Preferences edits it; this dialog only shows
 * it, and offers to choose the folder when there is none). The export runs in a worker
 * thread with its own database connection; it writes every file under a temporary name and
 * renames them all at the end, so there is nothing to show but a pulse while it runs, and a
 * failure leaves both the folder and "last published" as they were.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaPublishDialog"

#include "config.h"

#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hubrota-dialog-util.h"
#include "hubrota-export.h"
#include "hubrota-file-chooser.h"
#include "hubrota-publish-dialog-private.h"
#include "hubrota-site.h"

#define PULSE_INTERVAL_MS 100

struct _HubrotaPublishDialog
{
  AdwWindow            parent_instance;

  HubrotaStore        *store;
  GSettings           *settings;
  gboolean             publishing;
  gboolean             disposed;      /* closed while publishing: record, show nothing */
  guint                pulse_id;
  GPtrArray           *hubs;          /* HubrotaHub, listed after a publish */
  GPtrArray           *link_rows;     /* what links_group shows, to take away again */
  GPtrArray           *link_buttons;  /* their copy buttons, in the same order */

  GtkWidget           *publish_button;
  AdwActionRow        *folder_row;
  GtkWidget           *choose_button;
  AdwActionRow        *url_row;
  AdwActionRow        *officers_row;
  GtkLabel            *last_label;
  GtkProgressBar      *progress_bar;
  GtkLabel            *result_label;
  GtkWidget           *open_page_button;
  char                *public_page;   /* the published index.html's address, after a publish */
  GtkLabel            *error_label;
  AdwPreferencesGroup *links_group;
};

G_DEFINE_FINAL_TYPE (HubrotaPublishDialog, hubrota_publish_dialog, ADW_TYPE_WINDOW)

enum {
  PUBLISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_setting (HubrotaPublishDialog *self,
             const char           *key)
{
  return g_settings_get_string (self->settings, key);
}

static gboolean
is_publishing (HubrotaPublishDialog *self)
{
  return self->publishing;
}

static void
update_actions (HubrotaPublishDialog *self)
{
  g_autofree char *folder = dup_setting (self, "publish-folder");

  gtk_widget_set_sensitive (self->publish_button, folder[0] != '\0' && !is_publishing (self));
  gtk_widget_set_sensitive (self->choose_button, !is_publishing (self));
}

static void
show_last_published (HubrotaPublishDialog *self)
{
  gint64 last = g_settings_get_int64 (self->settings, "last-publish");
  g_autoptr(GDateTime) when = last > 0 ? g_date_time_new_from_unix_local (last) : NULL;
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;

  if (when == NULL)
    {
      gtk_label_set_label (self->last_label, _("Never published"));
      return;
    }
  /* Translators: a date and time as strftime formats it, e.g. "Sun 22 Nov 2026, 14:02" */
  day = g_date_time_format (when, _("%a %-d %b %Y, %H:%M"));
  /* Translators: %s is a date and time, e.g. "Last published: Sun 22 Nov 2026, 14:02" */
  text = g_strdup_printf (_("Last published: %s"), day);
  gtk_label_set_label (self->last_label, text);
}

static void
show_destination (HubrotaPublishDialog *self)
{
  g_autofree char *folder = dup_setting (self, "publish-folder");
  g_autofree char *base_url = dup_setting (self, "base-url");
  gboolean officers = g_settings_get_boolean (self->settings, "publish-officer-feeds");

  /* A folder or an address is text, not markup ("/srv/www/R&D hubs"). */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->folder_row), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->url_row), FALSE);
  adw_action_row_set_subtitle (self->folder_row, folder[0] != '\0'
                               ? folder
                               : _("No folder chosen yet: choose the one your web server "
                                   "publishes"));
  adw_action_row_set_subtitle (self->url_row, base_url[0] != '\0'
                               ? base_url
                               : _("Not set, so there are no links to copy"));
  adw_action_row_set_subtitle (self->officers_row, officers
                               ? _("Included, each under its own secret address")
                               : _("Not included"));
  update_actions (self);
}

static void
on_copy_clicked (GtkButton *button,
                 gpointer   user_data)
{
  const char *url = g_object_get_data (G_OBJECT (button), "hubrota-url");

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), url);
}

static GtkWidget *
make_copy_button (const char *title,
                  const char *url)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Copy Subscription Link"));
  /* Translators: the accessible name of a button, e.g. "Copy the subscription link of All hubs" */
  g_autofree char *label = g_strdup_printf (_("Copy the subscription link of %s"), title);

  /* Every row's button reads the same; a screen reader also hears whose link it is. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (url == NULL)
    {
      gtk_widget_set_sensitive (button, FALSE);
      gtk_widget_set_tooltip_text (button, _("Set the web address of the publish folder in "
                                             "Preferences to make links"));
    }
  g_object_set_data_full (G_OBJECT (button), "hubrota-url", g_strdup (url), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_copy_clicked), NULL);
  return button;
}

static void
add_link_row (HubrotaPublishDialog *self,
              const char           *title,
              const char           *slug,
              char                 *url)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  GtkWidget *button = make_copy_button (title, url);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  if (url != NULL)
    {
      g_autofree char *subtitle = g_markup_escape_text (url, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  g_object_set_data_full (G_OBJECT (button), "hubrota-slug", g_strdup (slug), g_free);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (self->links_group, row);
  g_ptr_array_add (self->link_rows, row);
  g_ptr_array_add (self->link_buttons, button);
  g_free (url);
}

static void
clear_links (HubrotaPublishDialog *self)
{
  for (guint i = 0; i < self->link_rows->len; i++)
    adw_preferences_group_remove (self->links_group, g_ptr_array_index (self->link_rows, i));
  g_ptr_array_set_size (self->link_rows, 0);
  g_ptr_array_set_size (self->link_buttons, 0);
}

/* One row for all hubs and one for each hub, with the links as the base URL now makes them. */
static void
show_links (HubrotaPublishDialog *self)
{
  g_autofree char *base_url = dup_setting (self, "base-url");

  clear_links (self);
  gtk_widget_set_visible (GTK_WIDGET (self->links_group), self->hubs != NULL);
  if (self->hubs == NULL)
    return;
  adw_preferences_group_set_description (self->links_group, base_url[0] != '\0'
                                         ? _("Paste a link into a calendar application to "
                                             "subscribe to it")
                                         : _("Set the web address of the publish folder in "
                                             "Preferences to make links"));
  add_link_row (self, _("All hubs"), NULL, hubrota_export_all_hubs_url (base_url));
  for (guint i = 0; i < self->hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (self->hubs, i);
      add_link_row (self, hubrota_hub_get_name (hub), hubrota_hub_get_slug (hub),
                    hubrota_export_hub_url (base_url, hubrota_hub_get_slug (hub)));
    }
}

static void
on_settings_changed (HubrotaPublishDialog *self,
                     const char           *key)
{
  if (g_strcmp0 (key, "last-publish") == 0)
    show_last_published (self);
  else
    show_destination (self);
  if (g_strcmp0 (key, "base-url") == 0)
    show_links (self);
}

static gboolean
on_pulse (gpointer user_data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (user_data));
  return G_SOURCE_CONTINUE;
}

static void
set_publishing (HubrotaPublishDialog *self,
                gboolean              publishing)
{
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  self->publishing = publishing;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), publishing);
  if (publishing)
    self->pulse_id = g_timeout_add (PULSE_INTERVAL_MS, on_pulse, self->progress_bar);
  update_actions (self);
}

static void
show_error (HubrotaPublishDialog *self,
            const GError         *error)
{
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", 2);
  /* Translators: %s says why, e.g. "cannot create the folder /srv/www/hubs: Permission denied" */
  g_autofree char *text = g_strdup_printf (_("Could not publish: %s"), lines[0]);

  gtk_label_set_label (self->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static guint
count_calendars (GPtrArray *written)
{
  guint n = 0;

  /* The feeds, not each opening on its own in openings/. */
  for (guint i = 0; i < written->len; i++)
    n += g_str_has_suffix (g_ptr_array_index (written, i), ".ics") &&
         !g_str_has_prefix (g_ptr_array_index (written, i), "openings/");
  return n;
}

static void
show_success (HubrotaPublishDialog *self,
              GPtrArray            *written)
{
  guint n = count_calendars (written);
  g_autofree char *text = g_strdup_printf (ngettext ("Published %u calendar",
                                                     "Published %u calendars", n), n);
  g_autoptr(GError) error = NULL;

  gtk_label_set_label (self->result_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), TRUE);
  gtk_widget_set_visible (self->open_page_button, self->public_page != NULL);
  g_clear_pointer (&self->hubs, g_ptr_array_unref);
  self->hubs = hubrota_store_list_open_hubs (self->store, &error);
  if (self->hubs == NULL)
    g_message ("Could not list the hubs for their links: %s", error->message);
  show_links (self);
}

static void
on_published (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HubrotaPublishDialog) self = user_data;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;

  written = hubrota_export_finish (result, &error);
  /* The files are out even if the dialog was closed meanwhile, so that is still recorded. */
  if (written != NULL)
    g_settings_set_int64 (self->settings, "last-publish", g_get_real_time () / G_USEC_PER_SEC);
  if (self->disposed)
    return;
  set_publishing (self, FALSE);
  if (written == NULL)
    show_error (self, error);
  else
    show_success (self, written);
  if (written != NULL)
    g_signal_emit (self, signals[PUBLISHED], 0);
}

/* base_url and language are the caller's, and must outlive the options. */
static void
read_options (HubrotaPublishDialog *self,
              HubrotaExportOptions *options,
              char                 *base_url,
              char                 *language)
{
  hubrota_export_options_init (options);
  options->base_url = base_url[0] != '\0' ? base_url : NULL;
  options->past_days = g_settings_get_int (self->settings, "feed-past-days");
  options->future_days = g_settings_get_int (self->settings, "feed-future-days");
  options->refresh_hours = g_settings_get_int (self->settings, "refresh-hours");
  options->officers = g_settings_get_boolean (self->settings, "publish-officer-feeds");
  options->language = language;
}

/* Where the web server serves it, or else the file just written. */
static char *
public_page_uri (const char *folder,
                 const char *base_url)
{
  g_autofree char *index = NULL;

  if (base_url != NULL)
    return hubrota_site_url (base_url, "index.html");
  index = g_build_filename (folder, "index.html", NULL);
  return g_filename_to_uri (index, NULL, NULL);
}

static void
on_open_page_clicked (HubrotaPublishDialog *self)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (self->public_page);

  gtk_uri_launcher_launch (launcher, GTK_WINDOW (self), NULL, NULL, NULL);
#else
  gtk_show_uri (GTK_WINDOW (self), self->public_page, GDK_CURRENT_TIME);
#endif
}

/* Inside Flatpak (FLATPAK_ID is set in every sandboxed process; /.flatpak-info is the
 * sandbox's own record) Hubrota has no access to the person's files: it reaches only its own
 * data folder and what they chose through the file chooser portal, which hands back a path in
 * the document portal (/run/user/UID/doc/ID/NAME) that reaches that folder and nothing
 * around it. */
static gboolean
in_sandbox (void)
{
  return g_getenv ("FLATPAK_ID") != NULL || g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

/* Whether folder can be published to from here, and if not, why, in words that say what to
 * do. Outside a sandbox a missing folder is simply made. Inside one, a folder remembered from
 * an earlier run (or from Hubrota run outside the sandbox, or typed into dconf) may be out of
 * reach: the portal's grant was revoked, the folder moved, or it was never granted at all.
 * The export replaces the folder as a whole by swapping in a sibling it builds beside it, so
 * the folder it is in must be writable too; the portal grants the chosen folder only. */
static gboolean
check_reachable (const char  *folder,
                 GError     **error)
{
  if (!in_sandbox ())
    return TRUE;
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR) || g_access (folder, W_OK | X_OK) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES,
                   /* Translators: %s is a folder. Hubrota runs in a sandbox (Flatpak) here. */
                   _("Hubrota can no longer reach the publish folder %s. Choose the folder "
                     "again, so that it may write there."), folder);
      return FALSE;
    }
  /* The folder around it may well be out of reach (the portal grants only the folder):
   * hubrota_publish_set_new () then builds the new set inside it. */
  return TRUE;
}

static void
show_folder_problem (HubrotaPublishDialog *self,
                     const GError         *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_widget_grab_focus (self->choose_button);
}

static void
on_publish_clicked (HubrotaPublishDialog *self)
{
  g_autofree char *folder = dup_setting (self, "publish-folder");
  g_autofree char *base_url = dup_setting (self, "base-url");
  g_autofree char *language = dup_setting (self, "feed-language");
  g_autoptr(GError) error = NULL;
  HubrotaExportOptions options;

  if (folder[0] == '\0' || is_publishing (self))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), FALSE);
  gtk_widget_set_visible (self->open_page_button, FALSE);
  if (!check_reachable (folder, &error))
    {
      show_folder_problem (self, error);
      return;
    }
  read_options (self, &options, base_url, language);
  g_free (self->public_page);
  self->public_page = public_page_uri (folder, options.base_url);
  set_publishing (self, TRUE);
  /* The task keeps the dialog (and its settings) alive until it answers, even if it is
   * closed meanwhile; an export is never stopped half way, it would only leave temporaries. */
  hubrota_export_async (hubrota_store_get_path (self->store), folder, &options, NULL,
                        on_published, g_object_ref (self));
}

static void
on_folder_chosen (GObject *owner,
                  GFile   *folder)
{
  if (folder != NULL)
    _hubrota_publish_dialog_folder_chosen (HUBROTA_PUBLISH_DIALOG (owner), folder);
}

static void
on_choose_clicked (HubrotaPublishDialog *self)
{
  hubrota_choose_file (GTK_WINDOW (self), HUBROTA_CHOOSE_FOLDER, _("Choose the Publish Folder"),
                       _("_Choose"), NULL, G_OBJECT (self), on_folder_chosen);
}

static void
hubrota_publish_dialog_dispose (GObject *object)
{
  HubrotaPublishDialog *self = HUBROTA_PUBLISH_DIALOG (object);

  self->disposed = TRUE;
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->hubs, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_PUBLISH_DIALOG);

  G_OBJECT_CLASS (hubrota_publish_dialog_parent_class)->dispose (object);
}

static void
hubrota_publish_dialog_finalize (GObject *object)
{
  HubrotaPublishDialog *self = HUBROTA_PUBLISH_DIALOG (object);

  g_clear_object (&self->settings);
  g_ptr_array_unref (self->link_rows);
  g_ptr_array_unref (self->link_buttons);
  g_free (self->public_page);

  G_OBJECT_CLASS (hubrota_publish_dialog_parent_class)->finalize (object);
}

static void
hubrota_publish_dialog_class_init (HubrotaPublishDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_publish_dialog_dispose;
  object_class->finalize = hubrota_publish_dialog_finalize;

  /**
   * HubrotaPublishDialog::published:
   *
   * Emitted after each publish that wrote every file.
   */
  signals[PUBLISHED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "published");

  hubrota_dialog_class_set_template (widget_class,
                                     "/io/github/hubrota/Hubrota/hubrota-publish-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaPublishDialog, publish_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPublishDialog, folder_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPublishDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPublishDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPublishDialog, officers_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPublishDialog, last_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPublishDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPublishDialog, result_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPublishDialog, open_page_button);
  gtk_widget_class_bind_template_callback (widget_class, on_open_page_clicked);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPublishDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPublishDialog, links_group);
  gtk_widget_class_bind_template_callback (widget_class, on_publish_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked);
}

static void
hubrota_publish_dialog_init (HubrotaPublishDialog *self)
{
  self->link_rows = g_ptr_array_new ();
  self->link_buttons = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hubrota_publish_dialog_new (GtkWindow    *parent,
                            HubrotaStore *store,
                            GSettings    *settings)
{
  HubrotaPublishDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (HUBROTA_TYPE_PUBLISH_DIALOG, "transient-for", parent, NULL);
  /* With the parent's application, "app.preferences" reaches the dialog's buttons. */
  if (parent != NULL && gtk_window_get_application (parent) != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);
  g_signal_connect_swapped (settings, "changed", G_CALLBACK (on_settings_changed), self);
  show_destination (self);
  show_last_published (self);
  return GTK_WIDGET (self);
}

GtkWidget *
_hubrota_publish_dialog_get_publish_button (HubrotaPublishDialog *self)
{
  return self->publish_button;
}

GtkWidget *
_hubrota_publish_dialog_get_choose_button (HubrotaPublishDialog *self)
{
  return self->choose_button;
}

gboolean
_hubrota_publish_dialog_is_publishing (HubrotaPublishDialog *self)
{
  return is_publishing (self);
}

static const char *
shown_label (GtkLabel *label)
{
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_label (label) : NULL;
}

const char *
_hubrota_publish_dialog_get_result (HubrotaPublishDialog *self)
{
  return shown_label (self->result_label);
}

const char *
_hubrota_publish_dialog_get_public_page (HubrotaPublishDialog *self)
{
  return gtk_widget_get_visible (self->open_page_button) ? self->public_page : NULL;
}

const char *
_hubrota_publish_dialog_get_error (HubrotaPublishDialog *self)
{
  return shown_label (self->error_label);
}

const char *
_hubrota_publish_dialog_get_last_published (HubrotaPublishDialog *self)
{
  return gtk_label_get_label (self->last_label);
}

const char *
_hubrota_publish_dialog_get_folder_text (HubrotaPublishDialog *self)
{
  return adw_action_row_get_subtitle (self->folder_row);
}

guint
_hubrota_publish_dialog_count_links (HubrotaPublishDialog *self)
{
  return self->link_rows->len;
}

GtkWidget *
_hubrota_publish_dialog_get_copy_button (HubrotaPublishDialog *self,
                                         const char           *slug)
{
  for (guint i = 0; i < self->link_buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->link_buttons, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (button), "hubrota-slug"), slug) == 0)
        return button;
    }
  return NULL;
}

/* The path of the file the chooser gave, kept as it is: inside the sandbox it is the document
 * portal's path to the folder (the only one that reaches it), which must not be resolved to
 * where the folder is on the host. */
void
_hubrota_publish_dialog_folder_chosen (HubrotaPublishDialog *self,
                                       GFile                *folder)
{
  g_autofree char *path = g_file_get_path (folder);
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (folder);

      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is an address such as sftp://host/srv/www */
                   _("%s is not a folder on this computer. Choose a local folder, or one "
                     "your file manager has mounted."), uri);
      show_folder_problem (self, error);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_settings_set_string (self->settings, "publish-folder", path);
  if (!check_reachable (path, &error))
    show_folder_problem (self, error);
}
