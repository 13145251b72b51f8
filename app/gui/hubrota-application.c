/* hubrota-application.c: start-up, command line, application actions and the first-start choice
 *
 * The application decides which database a window shows (the one named with --database, the
 * default one, or, on a first start, the one the coordinator asks for on the welcome page);
 * the window only shows what it is given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaApplication"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "hubrota-core.h"

#include "hubrota-application.h"
#include "hubrota-preferences-window.h"
#include "hubrota-window.h"

struct _HubrotaApplication
{
  AdwApplication  parent_instance;

  char           *database_path;  /* from --database, absolute; NULL means the default */
  GSettings      *settings;       /* NULL when the schema is not installed */
  gboolean        settings_looked_up;
  GtkWidget      *preferences;    /* the open Preferences window (a weak pointer), or NULL */
};

G_DEFINE_FINAL_TYPE (HubrotaApplication, hubrota_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database FILE, creating it if it does not exist"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { NULL }
};

static char *
dup_default_database_path (HubrotaApplication *self)
{
  GSettings *settings = hubrota_application_get_settings (self);
  g_autofree char *configured = NULL;

  if (settings != NULL)
    configured = g_settings_get_string (settings, "database-path");
  if (configured != NULL && configured[0] != '\0')
    return g_steal_pointer (&configured);

  return hubrota_store_default_path ();
}

/* The demo lives next to the default database, never in it, so exploring cannot mix sample
 * hubs into a real rota. */
static char *
dup_demo_database_path (void)
{
  g_autofree char *default_path = hubrota_store_default_path ();
  g_autofree char *dir = g_path_get_dirname (default_path);

  return g_build_filename (dir, "demo.db", NULL);
}

static gboolean
ensure_parent_folder (const char  *path,
                      GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int saved_errno;

  if (g_mkdir_with_parents (dir, 0700) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
  return FALSE;
}

static HubrotaStore *
open_store (const char             *path,
            HubrotaStoreOpenFlags   flags,
            gboolean                fill_with_demo,
            GError                **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GPtrArray) hubs = NULL;

  if ((flags & HUBROTA_STORE_OPEN_CREATE) && !ensure_parent_folder (path, error))
    return NULL;

  store = hubrota_store_open (path, flags, error);
  if (store == NULL || !fill_with_demo)
    return g_steal_pointer (&store);

  /* A demo database from an earlier visit is opened as it was left. */
  hubs = hubrota_store_list_hubs (store, error);
  if (hubs == NULL)
    return NULL;
  if (hubs->len == 0 && !hubrota_store_load_demo (store, error))
    return NULL;

  return g_steal_pointer (&store);
}

static void
show_database (HubrotaWindow         *window,
               const char            *path,
               HubrotaStoreOpenFlags  flags,
               gboolean               fill_with_demo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaStore) store = open_store (path, flags, fill_with_demo, &error);

  if (store == NULL)
    {
      g_message ("Could not open %s: %s", path, error->message);
      hubrota_window_show_error (window, error);
      return;
    }

  hubrota_window_set_store (window, store);
}

static HubrotaWindow *
create_window (HubrotaApplication *self)
{
  HubrotaWindow *window = hubrota_window_new (self, NULL);
  g_autofree char *path = NULL;

  if (self->database_path != NULL)
    {
      show_database (window, self->database_path, HUBROTA_STORE_OPEN_CREATE, FALSE);
      return window;
    }

  /* Without a database the window stays on its welcome page. */
  path = dup_default_database_path (self);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    show_database (window, path, HUBROTA_STORE_OPEN_DEFAULT, FALSE);

  return window;
}

static HubrotaWindow *
ensure_window (HubrotaApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (HUBROTA_IS_WINDOW (window))
    return HUBROTA_WINDOW (window);

  return hubrota_window_new (self, NULL);
}

/* The main window window belongs to: itself, or the one it is (perhaps through a dialog)
 * transient for. */
static HubrotaWindow *
main_window_of (GtkWindow *window)
{
  while (window != NULL && !HUBROTA_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  return window != NULL ? HUBROTA_WINDOW (window) : NULL;
}

static void
on_preferences_activate (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  HubrotaApplication *self = HUBROTA_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* One Preferences window: Ctrl+, pressed inside it shows it again. */
  if (self->preferences == NULL)
    {
      self->preferences = hubrota_preferences_window_new (parent, self);
      g_object_add_weak_pointer (G_OBJECT (self->preferences), (gpointer *) &self->preferences);
    }
  gtk_window_present (GTK_WINDOW (self->preferences));
}

static void
on_create_database_activate (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  HubrotaApplication *self = HUBROTA_APPLICATION (user_data);
  HubrotaWindow *window = ensure_window (self);
  g_autofree char *path = dup_default_database_path (self);

  show_database (window, path, HUBROTA_STORE_OPEN_CREATE, FALSE);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_explore_demo_activate (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  HubrotaApplication *self = HUBROTA_APPLICATION (user_data);
  HubrotaWindow *window = ensure_window (self);
  g_autofree char *path = dup_demo_database_path ();

  show_database (window, path, HUBROTA_STORE_OPEN_CREATE, TRUE);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_about_activate (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *translators = _("translator-credits");
#if ADW_CHECK_VERSION (1, 5, 0)
  AdwDialog *about = adw_about_dialog_new ();
#else
  GtkWidget *about = adw_about_window_new ();
#endif

  g_object_set (about,
                "application-name", _("Hubrota"),
                "application-icon", APPLICATION_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Hubrota Contributors"),
                "comments", _("Plan when each part-time community policing hub opens, "
                              "and who staffs it"),
                "license-type", GTK_LICENSE_GPL_3_0,
                NULL);
  if (g_strcmp0 (translators, "translator-credits") != 0)
    g_object_set (about, "translator-credits", translators, NULL);

#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_present (about, parent != NULL ? GTK_WIDGET (parent) : NULL);
#else
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_present (GTK_WINDOW (about));
#endif
}

static void
on_quit_activate (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));
  g_autoptr(GList) copy = g_list_copy (windows);

  /* Closing rather than quitting outright lets each window remember its size; the
   * application ends by itself once the last one is gone. */
  for (GList *l = copy; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static const GActionEntry app_actions[] = {
  { "create-database", on_create_database_activate },
  { "explore-demo", on_explore_demo_activate },
  { "preferences", on_preferences_activate },
  { "about", on_about_activate },
  { "quit", on_quit_activate },
};

static int
hubrota_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  HubrotaApplication *self = HUBROTA_APPLICATION (app);
  const char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("hubrota %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* Only the primary instance uses this; a second launch just presents its window. */
  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      g_free (self->database_path);
      self->database_path = g_canonicalize_filename (database, NULL);
    }

  return G_APPLICATION_CLASS (hubrota_application_parent_class)->handle_local_options (app, options);
}

static void
hubrota_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (hubrota_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}

static void
hubrota_application_activate (GApplication *app)
{
  HubrotaApplication *self = HUBROTA_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (create_window (self));

  gtk_window_present (window);
}

static void
hubrota_application_finalize (GObject *object)
{
  HubrotaApplication *self = HUBROTA_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->settings);
  g_clear_weak_pointer (&self->preferences);

  G_OBJECT_CLASS (hubrota_application_parent_class)->finalize (object);
}

static void
hubrota_application_class_init (HubrotaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = hubrota_application_finalize;

  app_class->handle_local_options = hubrota_application_handle_local_options;
  app_class->startup = hubrota_application_startup;
  app_class->activate = hubrota_application_activate;
}

static void
hubrota_application_init (HubrotaApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan the opening times of community policing hubs."));
}

HubrotaApplication *
hubrota_application_new (void)
{
  return g_object_new (HUBROTA_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/hubrota/Hubrota",
                       NULL);
}

/**
 * hubrota_application_get_settings:
 *
 * The schema is io.github.hubrota.Hubrota in both profiles (SCHEMA_ID): the development
 * build's application id ends in .Devel, its settings' id does not.
 *
 * Returns: (transfer none) (nullable): the application's settings, or %NULL when the schema is
 *   not installed (Hubrota run straight from a build folder), in which case nothing is
 *   remembered between runs.
 */
GSettings *
hubrota_application_get_settings (HubrotaApplication *self)
{
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;

  g_return_val_if_fail (HUBROTA_IS_APPLICATION (self), NULL);

  if (self->settings_looked_up)
    return self->settings;
  self->settings_looked_up = TRUE;

  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed; "
                 "window size and last hub will not be remembered", SCHEMA_ID);
      return NULL;
    }

  self->settings = g_settings_new_full (schema, NULL, NULL);
  return self->settings;
}

/**
 * hubrota_application_get_main_window:
 * @window: (nullable): a window of the application, a dialog for instance
 *
 * Returns: (transfer none) (nullable): the main window (a HubrotaWindow) @window is or is
 *   transient for; without one, the active main window, or the first; %NULL when there is no
 *   main window.
 */
GtkWindow *
hubrota_application_get_main_window (HubrotaApplication *self,
                                     GtkWindow          *window)
{
  HubrotaWindow *main_window;

  g_return_val_if_fail (HUBROTA_IS_APPLICATION (self), NULL);

  main_window = main_window_of (window);
  if (main_window == NULL)
    main_window = main_window_of (gtk_application_get_active_window (GTK_APPLICATION (self)));
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self));
       main_window == NULL && l != NULL; l = l->next)
    main_window = main_window_of (l->data);
  return main_window != NULL ? GTK_WINDOW (main_window) : NULL;
}

/**
 * hubrota_application_open_database:
 * @path: the database file
 * @create: whether to create the file when it does not exist (a file that does is opened)
 *
 * Opens @path and shows it in the main window (the active one), and remembers it as the
 * database to open next time. On an error (a missing file, a file written by a newer Hubrota,
 * a file that is not a Hubrota database) nothing changes: the database on show stays open.
 *
 * Returns: whether the database is now on show
 */
gboolean
hubrota_application_open_database (HubrotaApplication  *self,
                                   const char          *path,
                                   gboolean             create,
                                   GError             **error)
{
  g_autofree char *absolute = NULL;
  g_autoptr(HubrotaStore) store = NULL;
  GtkWindow *window;
  GSettings *settings;

  g_return_val_if_fail (HUBROTA_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  absolute = g_canonicalize_filename (path, NULL);
  store = open_store (absolute, create ? HUBROTA_STORE_OPEN_CREATE : HUBROTA_STORE_OPEN_DEFAULT,
                      FALSE, error);
  if (store == NULL)
    return FALSE;

  window = hubrota_application_get_main_window (self, NULL);
  if (window == NULL)
    window = GTK_WINDOW (ensure_window (self));
  hubrota_window_set_store (HUBROTA_WINDOW (window), store);
  /* This file, not the one named on the command line, is the one new windows show now. */
  g_free (self->database_path);
  self->database_path = g_strdup (absolute);
  settings = hubrota_application_get_settings (self);
  if (settings != NULL)
    g_settings_set_string (settings, "database-path", absolute);
  return TRUE;
}
