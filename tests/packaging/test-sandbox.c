/* test-sandbox.c: the code path a Flatpak build takes (FLATPAK_ID set): the database in the
 * application's own data folder, the publish folder as the file chooser portal gave it, and a
 * folder the sandbox cannot reach refused with words that say to choose it again
 *
 * The Flatpak runtime cannot be had here, so this runs the real dialog with FLATPAK_ID set, as
 * every sandboxed process has it, and the folders a sandbox can and cannot reach.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <unistd.h>
#include <glib/gstdio.h>

#include "hubrota-application.h"
#include "hubrota-publish-dialog-private.h"

#include "gui-test-util.h"
#include "test-util.h"

typedef GuiTestAppFixture Fixture;

static HubrotaApplication *app;

static GSettings *
settings (void)
{
  GSettings *settings = hubrota_application_get_settings (app);

  g_assert_nonnull (settings);
  return settings;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_app_tear_down (fixture, data);
  g_settings_reset (settings (), "publish-folder");
  g_settings_reset (settings (), "database-path");
  g_settings_reset (settings (), "last-publish");
}

static void
wait_for_publish (HubrotaPublishDialog *dialog)
{
  while (_hubrota_publish_dialog_is_publishing (dialog))
    g_main_context_iteration (NULL, TRUE);
}

static HubrotaPublishDialog *
new_dialog (HubrotaStore *store)
{
  HubrotaPublishDialog *dialog =
    HUBROTA_PUBLISH_DIALOG (hubrota_publish_dialog_new (NULL, store, settings ()));

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* "Create a new database" puts it in the application's data folder, which Flatpak makes the
 * application's own (~/.var/app/ID/data): nothing outside it is needed. */
static void
test_default_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "hubrota", "hubrota.db",
                                                NULL);
  g_autofree char *default_path = hubrota_store_default_path ();

  g_assert_cmpstr (g_getenv ("FLATPAK_ID"), ==, APPLICATION_ID);
  g_assert_cmpstr (default_path, ==, expected);
  g_assert_false (g_file_test (expected, G_FILE_TEST_EXISTS));
  g_action_group_activate_action (G_ACTION_GROUP (app), "create-database", NULL);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  gui_test_close_all_windows (GTK_APPLICATION (app));
}

/* The folder the portal gave is kept as its path, and publishing there works. */
static void
test_chosen_folder (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *db = gui_test_temp_path ("demo.db");
  g_autoptr(HubrotaStore) store = test_util_create_demo_store (db);
  /* As the document portal names it: a folder of its own inside a folder per document. */
  g_autofree char *doc = gui_test_temp_path ("doc-1a2b3c");
  g_autofree char *folder = g_build_filename (doc, "public hubs", NULL);
  g_autofree char *index = g_build_filename (folder, "index.html", NULL);
  g_autoptr(GFile) chosen = NULL;
  g_autofree char *kept = NULL;
  HubrotaPublishDialog *dialog;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  chosen = g_file_new_for_path (folder);
  dialog = new_dialog (store);
  _hubrota_publish_dialog_folder_chosen (dialog, chosen);
  kept = g_settings_get_string (settings (), "publish-folder");
  g_assert_cmpstr (kept, ==, folder);
  g_assert_null (_hubrota_publish_dialog_get_error (dialog));
  g_assert_cmpstr (_hubrota_publish_dialog_get_folder_text (dialog), ==, folder);

  g_signal_emit_by_name (_hubrota_publish_dialog_get_publish_button (dialog), "clicked");
  wait_for_publish (dialog);
  g_assert_null (_hubrota_publish_dialog_get_error (dialog));
  g_assert_cmpstr (_hubrota_publish_dialog_get_result (dialog), ==, "Published 8 calendars");
  g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A folder remembered from an earlier run that the sandbox cannot reach now (the grant was
 * revoked, the folder moved, or it was chosen by Hubrota outside the sandbox) is not made
 * anew where the sandbox would put it: the person is asked to choose it again. */
static void
test_remembered_folder_gone (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *db = gui_test_temp_path ("demo.db");
  g_autoptr(HubrotaStore) store = test_util_create_demo_store (db);
  g_autofree char *folder = gui_test_temp_path ("granted-last-time");
  g_autofree char *expected = g_strdup_printf ("Hubrota can no longer reach the publish folder "
                                               "%s. Choose the folder again, so that it may "
                                               "write there.", folder);
  HubrotaPublishDialog *dialog;

  g_settings_set_string (settings (), "publish-folder", folder);
  g_settings_set_int64 (settings (), "last-publish", 0);
  dialog = new_dialog (store);
  g_signal_emit_by_name (_hubrota_publish_dialog_get_publish_button (dialog), "clicked");
  g_assert_false (_hubrota_publish_dialog_is_publishing (dialog));
  g_assert_cmpstr (_hubrota_publish_dialog_get_error (dialog), ==, expected);
  g_assert_null (_hubrota_publish_dialog_get_result (dialog));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_settings_get_int64 (settings (), "last-publish"), ==, 0);
  g_assert_true (gtk_widget_get_sensitive (_hubrota_publish_dialog_get_choose_button (dialog)));
  g_assert_true (gtk_widget_has_focus (_hubrota_publish_dialog_get_choose_button (dialog)));

  /* Choosing it again (the portal grants it anew) and publishing works. */
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  {
    g_autoptr(GFile) chosen = g_file_new_for_path (folder);

    _hubrota_publish_dialog_folder_chosen (dialog, chosen);
  }
  g_assert_null (_hubrota_publish_dialog_get_error (dialog));
  g_signal_emit_by_name (_hubrota_publish_dialog_get_publish_button (dialog), "clicked");
  wait_for_publish (dialog);
  g_assert_null (_hubrota_publish_dialog_get_error (dialog));
  g_assert_cmpstr (_hubrota_publish_dialog_get_result (dialog), ==, "Published 8 calendars");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The document portal lets the sandbox into the chosen folder but not the one around it (the
 * portal's /run/user/UID/doc/ID is read-only): the export builds its new set inside the
 * folder instead, and publishes. */
static void
test_parent_not_writable (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *db = gui_test_temp_path ("demo.db");
  g_autoptr(HubrotaStore) store = test_util_create_demo_store (db);
  g_autofree char *doc = gui_test_temp_path ("doc-read-only");
  g_autofree char *folder = g_build_filename (doc, "public", NULL);
  g_autoptr(GFile) chosen = NULL;
  g_autofree char *index = g_build_filename (folder, "index.html", NULL);
  HubrotaPublishDialog *dialog;
  guint beside = 0;
  GDir *listing;

  if (geteuid () == 0)
    {
      /* Permissions do not stop root; the portal's FUSE file system refuses even root. */
      g_test_skip ("run as root, a read-only folder does not stop the export");
      return;
    }
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (g_chmod (doc, 0500), ==, 0);
  chosen = g_file_new_for_path (folder);
  dialog = new_dialog (store);
  _hubrota_publish_dialog_folder_chosen (dialog, chosen);
  g_assert_null (_hubrota_publish_dialog_get_error (dialog));
  g_signal_emit_by_name (_hubrota_publish_dialog_get_publish_button (dialog), "clicked");
  wait_for_publish (dialog);
  g_assert_null (_hubrota_publish_dialog_get_error (dialog));
  g_assert_cmpstr (_hubrota_publish_dialog_get_result (dialog), ==, "Published 8 calendars");
  g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));
  /* Nothing was made beside the folder: only "public" is there. */
  listing = g_dir_open (doc, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    beside++;
  g_dir_close (listing);
  g_assert_cmpuint (beside, ==, 1);
  g_assert_cmpint (g_chmod (doc, 0700), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A folder with no local path (a network location the file manager has not mounted) cannot be
 * published to; the chooser's answer is refused with why. */
static void
test_not_local (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *db = gui_test_temp_path ("demo.db");
  g_autoptr(HubrotaStore) store = test_util_create_demo_store (db);
  g_autoptr(GFile) chosen = g_file_new_for_uri ("sftp://example.org/srv/www/hubs");
  g_autofree char *kept = NULL;
  HubrotaPublishDialog *dialog;

  dialog = new_dialog (store);
  _hubrota_publish_dialog_folder_chosen (dialog, chosen);
  g_assert_cmpstr (_hubrota_publish_dialog_get_error (dialog), ==,
                   "sftp://example.org/srv/www/hubs is not a folder on this computer. Choose a "
                   "local folder, or one your file manager has mounted.");
  kept = g_settings_get_string (settings (), "publish-folder");
  g_assert_cmpstr (kept, ==, "");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  /* What Flatpak sets in every process of the sandbox. */
  g_setenv ("FLATPAK_ID", APPLICATION_ID, TRUE);
  if (!gui_test_init (&argc, &argv, GUI_TEST_CAIRO))
    return 0;
  app = gui_test_application_new (TRUE);

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, gui_test_app_set_up, fn, fixture_tear_down)
  ADD ("/sandbox/default-database", test_default_database);
  ADD ("/sandbox/chosen-folder", test_chosen_folder);
  ADD ("/sandbox/remembered-folder-gone", test_remembered_folder_gone);
  ADD ("/sandbox/parent-not-writable", test_parent_not_writable);
  ADD ("/sandbox/not-local", test_not_local);
#undef ADD

  return gui_test_run ();
}
