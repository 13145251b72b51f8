/* hubrota-preferences-window.c: the database, publishing and rota preferences
 *
 * Every preference is a GSettings key, bound to its widget, so a change is saved as it is
 * made; the one exception is the web address, which is only written once it is an address
 * the feeds can carry, so a half-typed one never reaches a publish. The database is not a
 * preference but a choice acted on at once: the application opens it, and if it cannot, says
 * why and keeps the one on show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaPreferencesWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-file-chooser.h"
#include "hubrota-format.h"
#include "hubrota-preferences-window-private.h"
#include "hubrota-window.h"

struct _HubrotaPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  HubrotaApplication   *application;
  GSettings            *settings;      /* NULL when the schema is not installed */
  GtkWindow            *main_window;   /* weak */
  char                 *last_toast;
  gboolean              syncing_url;   /* the entry is being set from the settings */
  guint                 save_url_id;

  AdwActionRow         *database_row;
  AdwActionRow         *folder_row;
  AdwEntryRow          *url_row;
  GtkWidget            *url_error_label;
  GtkSwitch            *officers_switch;
  GtkSpinButton        *past_spin;
  GtkSpinButton        *future_spin;
  GtkSpinButton        *refresh_spin;
  AdwComboRow          *language_row;
  GtkSpinButton        *limit_spin;
  GtkWidget            *publishing_group;
  GtkWidget            *calendars_group;
  GtkWidget            *rota_group;
};

G_DEFINE_FINAL_TYPE (HubrotaPreferencesWindow, hubrota_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

static void
show_toast (HubrotaPreferencesWindow *self,
            const char               *title)
{
  AdwToast *toast = hubrota_toast_new (title);

  g_free (self->last_toast);
  self->last_toast = g_strdup (title);
  adw_toast_set_timeout (toast, 8);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
show_database (HubrotaPreferencesWindow *self)
{
  HubrotaStore *store = NULL;
  g_autofree char *escaped = NULL;

  if (self->main_window != NULL)
    store = hubrota_window_get_store (HUBROTA_WINDOW (self->main_window));
  if (store != NULL)
    escaped = g_markup_escape_text (hubrota_store_get_path (store), -1);
  adw_action_row_set_subtitle (self->database_row, escaped != NULL ? escaped : _("None open"));
}

static void
show_folder (HubrotaPreferencesWindow *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "publish-folder");
  g_autofree char *escaped = g_markup_escape_text (folder, -1);

  adw_action_row_set_subtitle (self->folder_row, folder[0] != '\0' ? escaped : _("None chosen"));
}

/* The entry follows the key, unless it already says the same (typing must not be undone). */
static void
show_url (HubrotaPreferencesWindow *self)
{
  g_autofree char *url = g_settings_get_string (self->settings, "base-url");

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->url_row)), url) == 0)
    return;
  self->syncing_url = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), url);
  self->syncing_url = FALSE;
}

static void
on_settings_changed (HubrotaPreferencesWindow *self,
                     const char               *key)
{
  if (g_strcmp0 (key, "publish-folder") == 0)
    show_folder (self);
  else if (g_strcmp0 (key, "base-url") == 0)
    show_url (self);
}

/* Empty (no links) or an address the feeds accept, exactly as the exporter checks it. */
static gboolean
is_good_url (const char *text)
{
  return text[0] == '\0' || hubrota_ical_check_base_url (text, NULL);
}

/* Run once the entry has settled: replacing the text passes through an empty one, which
 * must not be taken for "no web address". */
static gboolean
save_url (gpointer user_data)
{
  HubrotaPreferencesWindow *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->url_row));

  self->save_url_id = 0;
  if (is_good_url (text) && self->settings != NULL)
    g_settings_set_string (self->settings, "base-url", text);
  return G_SOURCE_REMOVE;
}

static void
on_url_changed (HubrotaPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->url_row));
  gboolean good = is_good_url (text);

  gtk_widget_set_visible (self->url_error_label, !good);
  if (good)
    gtk_widget_remove_css_class (GTK_WIDGET (self->url_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->url_row), "error");
  if (!self->syncing_url && self->save_url_id == 0)
    self->save_url_id = g_idle_add (save_url, self);
}

static void
open_file (HubrotaPreferencesWindow *self,
           const char               *path,
           gboolean                  create)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *text = NULL;

  if (!hubrota_application_open_database (self->application, path, create, &error))
    {
      g_auto(GStrv) lines = g_strsplit (error->message, "\n", 2);
      show_toast (self, lines[0]);
      return;
    }
  /* Translators: %s is a file name, e.g. "Now showing rota.db" */
  text = g_strdup_printf (_("Now showing %s"), name);
  show_toast (self, text);
  show_database (self);
}

/* file is NULL when the chooser was dismissed. */
static void
open_chosen (GObject  *owner,
             GFile    *file,
             gboolean  create)
{
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (path != NULL)
    open_file (HUBROTA_PREFERENCES_WINDOW (owner), path, create);
}

static void
on_open_chosen (GObject *owner,
                GFile   *file)
{
  open_chosen (owner, file, FALSE);
}

static void
on_create_chosen (GObject *owner,
                  GFile   *file)
{
  open_chosen (owner, file, TRUE);
}

static void
on_open_clicked (HubrotaPreferencesWindow *self)
{
  hubrota_choose_file (GTK_WINDOW (self), HUBROTA_CHOOSE_DATABASE, _("Open a Database"),
                       _("_Open"), NULL, G_OBJECT (self), on_open_chosen);
}

static void
on_create_clicked (HubrotaPreferencesWindow *self)
{
  hubrota_choose_file (GTK_WINDOW (self), HUBROTA_CHOOSE_NEW_FILE, _("Create a Database"),
                       _("_Create"), "hubrota.db", G_OBJECT (self), on_create_chosen);
}

static void
on_folder_chosen (GObject *owner,
                  GFile   *folder)
{
  HubrotaPreferencesWindow *self = HUBROTA_PREFERENCES_WINDOW (owner);
  g_autofree char *path = folder != NULL ? g_file_get_path (folder) : NULL;

  if (path != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "publish-folder", path);
}

static void
on_folder_clicked (HubrotaPreferencesWindow *self)
{
  hubrota_choose_file (GTK_WINDOW (self), HUBROTA_CHOOSE_FOLDER, _("Choose the Publish Folder"),
                       _("_Choose"), NULL, G_OBJECT (self), on_folder_chosen);
}

/* The feed-language choices, in the order of the row's list. */
static const char *const feed_languages[] = { "en", "pl", "ur" };

static gboolean
language_to_row (GValue *value, GVariant *variant, gpointer user_data)
{
  const char *code = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (feed_languages); i++)
    if (g_str_equal (code, feed_languages[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
row_to_language (const GValue *value, const GVariantType *type, gpointer user_data)
{
  guint selected = g_value_get_uint (value);

  return selected < G_N_ELEMENTS (feed_languages)
         ? g_variant_new_string (feed_languages[selected]) : NULL;
}

static void
bind_settings (HubrotaPreferencesWindow *self)
{
  g_settings_bind (self->settings, "publish-officer-feeds", self->officers_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "feed-past-days", self->past_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "feed-future-days", self->future_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "refresh-hours", self->refresh_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "default-abstraction-limit", self->limit_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "feed-language", self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, language_to_row, row_to_language,
                                NULL, NULL);
  g_signal_connect_swapped (self->settings, "changed", G_CALLBACK (on_settings_changed), self);
  show_folder (self);
  show_url (self);
}

static void
hubrota_preferences_window_dispose (GObject *object)
{
  HubrotaPreferencesWindow *self = HUBROTA_PREFERENCES_WINDOW (object);

  /* A good address typed just before closing is still kept. */
  if (self->save_url_id != 0)
    {
      g_source_remove (self->save_url_id);
      save_url (self);
    }
  if (self->main_window != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->main_window, self);
      g_object_remove_weak_pointer (G_OBJECT (self->main_window), (gpointer *) &self->main_window);
      self->main_window = NULL;
    }
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->application);
  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (hubrota_preferences_window_parent_class)->dispose (object);
}

static void
hubrota_preferences_window_finalize (GObject *object)
{
  HubrotaPreferencesWindow *self = HUBROTA_PREFERENCES_WINDOW (object);

  g_free (self->last_toast);

  G_OBJECT_CLASS (hubrota_preferences_window_parent_class)->finalize (object);
}

static void
hubrota_preferences_window_class_init (HubrotaPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_preferences_window_dispose;
  object_class->finalize = hubrota_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, url_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, url_error_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, officers_switch);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, past_spin);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, future_spin);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, refresh_spin);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, limit_spin);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, publishing_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, calendars_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaPreferencesWindow, rota_group);
  gtk_widget_class_bind_template_callback (widget_class, on_url_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_folder_clicked);
}

static void
hubrota_preferences_window_init (HubrotaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hubrota_preferences_window_new (GtkWindow          *parent,
                                HubrotaApplication *application)
{
  HubrotaPreferencesWindow *self;
  GSettings *settings;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_APPLICATION (application), NULL);

  self = g_object_new (HUBROTA_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", application,
                       NULL);
  self->application = g_object_ref (application);
  self->main_window = hubrota_application_get_main_window (application, parent);
  if (self->main_window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (self->main_window), (gpointer *) &self->main_window);
      g_signal_connect_swapped (self->main_window, "notify::store", G_CALLBACK (show_database), self);
    }
  show_database (self);

  settings = hubrota_application_get_settings (application);
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      bind_settings (self);
    }
  else
    {
      /* Nothing could be kept: say so rather than pretend. */
      for (GtkWidget **group = (GtkWidget *[]) { self->publishing_group, self->calendars_group,
                                                 self->rota_group, NULL }; *group != NULL; group++)
        gtk_widget_set_sensitive (*group, FALSE);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->publishing_group),
                                             _("Hubrota’s settings schema is not installed, so "
                                               "preferences cannot be kept"));
    }
  return GTK_WIDGET (self);
}

void
_hubrota_preferences_window_open_file (HubrotaPreferencesWindow *self,
                                       const char               *path,
                                       gboolean                  create)
{
  open_file (self, path, create);
}

const char *
_hubrota_preferences_window_get_last_toast (HubrotaPreferencesWindow *self)
{
  return self->last_toast;
}

const char *
_hubrota_preferences_window_get_database_text (HubrotaPreferencesWindow *self)
{
  return adw_action_row_get_subtitle (self->database_row);
}

const char *
_hubrota_preferences_window_get_folder_text (HubrotaPreferencesWindow *self)
{
  return adw_action_row_get_subtitle (self->folder_row);
}

AdwEntryRow *
_hubrota_preferences_window_get_url_row (HubrotaPreferencesWindow *self)
{
  return self->url_row;
}

gboolean
_hubrota_preferences_window_url_error_shown (HubrotaPreferencesWindow *self)
{
  return gtk_widget_get_visible (self->url_error_label);
}

AdwComboRow *
_hubrota_preferences_window_get_language_row (HubrotaPreferencesWindow *self)
{
  return self->language_row;
}

GtkSwitch *
_hubrota_preferences_window_get_officers_switch (HubrotaPreferencesWindow *self)
{
  return self->officers_switch;
}

GtkSpinButton *
_hubrota_preferences_window_get_spin (HubrotaPreferencesWindow *self,
                                      const char               *key)
{
  if (g_str_equal (key, "feed-past-days"))
    return self->past_spin;
  if (g_str_equal (key, "feed-future-days"))
    return self->future_spin;
  if (g_str_equal (key, "refresh-hours"))
    return self->refresh_spin;
  if (g_str_equal (key, "default-abstraction-limit"))
    return self->limit_spin;
  return NULL;
}
