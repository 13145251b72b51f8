/* test-publish.c: publishing from the dialog, calendar links, and the preferences window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "hubrota-application.h"
#include "hubrota-officer-view-private.h"
#include "hubrota-preferences-window-private.h"
#include "hubrota-publish-dialog-private.h"
#include "hubrota-window-private.h"

#include "gui-test-util.h"
#include "test-util.h"

#define BASE_URL "https://example.org/hubs"

typedef GuiTestAppFixture Fixture;

static HubrotaApplication *app;

static const char *keys_used[] = {
  "publish-folder", "base-url", "publish-officer-feeds", "feed-past-days", "feed-future-days",
  "refresh-hours", "default-abstraction-limit", "last-publish", "database-path", "me",
};

static GSettings *
settings (void)
{
  GSettings *settings = hubrota_application_get_settings (app);

  g_assert_nonnull (settings);
  return settings;
}

static HubrotaStore *
create_demo_store (const char *name)
{
  g_autofree char *path = gui_test_temp_path (name);

  return test_util_create_demo_store (path);
}

static GPtrArray *
list_hubs (HubrotaStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hubs = hubrota_store_list_hubs (store, &error);

  g_assert_no_error (error);
  return hubs;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_app_tear_down (fixture, data);
  for (guint i = 0; i < G_N_ELEMENTS (keys_used); i++)
    g_settings_reset (settings (), keys_used[i]);
}

static void save_screenshot (GtkWidget  *widget,
                             const char *name);

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
set_clipboard (GtkWidget  *widget,
               const char *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

static void
count_signal (gpointer  emitter,
              guint    *count)
{
  (*count)++;
}

static void
wait_for_publish (HubrotaPublishDialog *dialog)
{
  while (_hubrota_publish_dialog_is_publishing (dialog))
    g_main_context_iteration (NULL, TRUE);
}

/* Every file below root, relative to it, sorted, joined by spaces. */
static char *
tree_text (const char *root, guint *out_singles)
{
  g_autoptr(GPtrArray) files = test_util_sorted_tree (root);
  g_autoptr(GPtrArray) named = g_ptr_array_new ();

  /* The single openings (openings/HUB-SERIES-DATE.ics) are counted, not named. */
  *out_singles = 0;
  for (guint i = 0; i < files->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (files, i), "openings/"))
      (*out_singles)++;
    else
      g_ptr_array_add (named, g_ptr_array_index (files, i));
  g_ptr_array_add (named, NULL);
  return g_strjoinv (" ", (char **) named->pdata);
}

/* What the folder must hold after publishing the demo without officers. */
static char *
expected_public_tree (HubrotaStore *store)
{
  g_autoptr(GPtrArray) hubs = list_hubs (store);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (files, g_strdup ("all-hubs.ics"));
  g_ptr_array_add (files, g_strdup ("index.html"));
  g_ptr_array_add (files, g_strdup ("hubs.json"));
  g_ptr_array_add (files, g_strdup ("hubrota.css"));
  g_ptr_array_add (files, g_strdup ("hubrota.js"));
  g_ptr_array_add (files, g_strdup ("hubrota.svg"));
  for (guint i = 0; i < hubs->len; i++)
    {
      const char *slug = hubrota_hub_get_slug (g_ptr_array_index (hubs, i));

      g_ptr_array_add (files, g_strconcat (slug, ".ics", NULL));
      g_ptr_array_add (files, g_strconcat (slug, ".html", NULL));
    }
  g_ptr_array_sort (files, test_util_compare_strings);
  g_ptr_array_add (files, NULL);
  return g_strjoinv (" ", (char **) files->pdata);
}

static char *
format_last_published (gint64 seconds)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (seconds);
  g_autofree char *day = g_date_time_format (when, "%a %-d %b %Y, %H:%M");

  return g_strdup_printf ("Last published: %s", day);
}

/* Publishing writes exactly the public files, records when, lists a link for each public
 * calendar, and a link copied is the exact address of the file. */
static void
test_publish (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_demo_store ("demo.db");
  g_autoptr(GPtrArray) hubs = list_hubs (store);
  g_autofree char *folder = gui_test_temp_path ("public");
  g_autofree char *expected_tree = expected_public_tree (store);
  g_autofree char *tree = NULL;
  g_autofree char *expected_last = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *hub_url = NULL;
  HubrotaPublishDialog *dialog;
  GtkWidget *publish, *copy;
  const char *slug = hubrota_hub_get_slug (g_ptr_array_index (hubs, 1));
  guint published = 0, singles;
  gint64 before, after, last;

  g_settings_set_string (settings (), "publish-folder", folder);
  g_settings_set_string (settings (), "base-url", BASE_URL);
  dialog = HUBROTA_PUBLISH_DIALOG (hubrota_publish_dialog_new (NULL, store, settings ()));
  g_signal_connect (dialog, "published", G_CALLBACK (count_signal), &published);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (_hubrota_publish_dialog_get_last_published (dialog), ==, "Never published");
  g_assert_cmpstr (_hubrota_publish_dialog_get_folder_text (dialog), ==, folder);
  g_assert_cmpuint (_hubrota_publish_dialog_count_links (dialog), ==, 0);

  publish = _hubrota_publish_dialog_get_publish_button (dialog);
  before = g_get_real_time () / G_USEC_PER_SEC;
  click (publish);
  g_assert_true (_hubrota_publish_dialog_is_publishing (dialog));
  g_assert_false (gtk_widget_get_sensitive (publish));
  wait_for_publish (dialog);
  after = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_true (gtk_widget_get_sensitive (publish));
  g_assert_cmpuint (published, ==, 1);
  g_assert_null (_hubrota_publish_dialog_get_error (dialog));
  /* Seven hubs and all of them together. */
  g_assert_cmpuint (hubs->len, ==, 7);
  g_assert_cmpstr (_hubrota_publish_dialog_get_result (dialog), ==, "Published 8 calendars");
  tree = tree_text (folder, &singles);
  g_assert_cmpstr (tree, ==, expected_tree);
  g_assert_cmpuint (singles, >, 100);
  g_assert_cmpstr (_hubrota_publish_dialog_get_public_page (dialog), ==,
                   BASE_URL "/index.html");
  last = g_settings_get_int64 (settings (), "last-publish");
  g_assert_cmpint (last, >=, before);
  g_assert_cmpint (last, <=, after);
  expected_last = format_last_published (last);
  g_assert_cmpstr (_hubrota_publish_dialog_get_last_published (dialog), ==, expected_last);

  g_assert_cmpuint (_hubrota_publish_dialog_count_links (dialog), ==, 8);
  copy = _hubrota_publish_dialog_get_copy_button (dialog, slug);
  g_assert_nonnull (copy);
  set_clipboard (copy, "before");
  click (copy);
  copied = gui_test_read_clipboard (copy);
  hub_url = g_strdup_printf (BASE_URL "/%s.ics", slug);
  g_assert_cmpstr (copied, ==, hub_url);
  g_clear_pointer (&copied, g_free);
  click (_hubrota_publish_dialog_get_copy_button (dialog, NULL));
  copied = gui_test_read_clipboard (copy);
  g_assert_cmpstr (copied, ==, BASE_URL "/all-hubs.ics");

  /* Without a web address there is nothing to link to, and the buttons say why. */
  g_settings_set_string (settings (), "base-url", "");
  copy = _hubrota_publish_dialog_get_copy_button (dialog, slug);
  g_assert_false (gtk_widget_get_sensitive (copy));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (copy), ==,
                   "Set the web address of the publish folder in Preferences to make links");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The language of the public files is the preference's, whatever the window's: chosen in
 * Preferences by its own name, it reaches the pages and feeds the dialog publishes. */
static void
test_publish_language (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_demo_store ("demo.db");
  g_autofree char *folder = gui_test_temp_path ("public-ur");
  g_autofree char *index_path = g_build_filename (folder, "index.html", NULL);
  g_autofree char *feed_path = g_build_filename (folder, "all-hubs.ics", NULL);
  g_autofree char *index = NULL, *feed = NULL, *language = NULL;
  HubrotaPreferencesWindow *preferences;
  HubrotaPublishDialog *dialog;
  AdwComboRow *row;
  GListModel *names;

  preferences = HUBROTA_PREFERENCES_WINDOW (hubrota_preferences_window_new (NULL, app));
  row = _hubrota_preferences_window_get_language_row (preferences);
  names = adw_combo_row_get_model (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 2), ==, "اردو");
  adw_combo_row_set_selected (row, 2);
  language = g_settings_get_string (settings (), "feed-language");
  g_assert_cmpstr (language, ==, "ur");
  gtk_window_destroy (GTK_WINDOW (preferences));

  g_settings_set_string (settings (), "publish-folder", folder);
  g_settings_set_string (settings (), "base-url", BASE_URL);
  dialog = HUBROTA_PUBLISH_DIALOG (hubrota_publish_dialog_new (NULL, store, settings ()));
  gtk_window_present (GTK_WINDOW (dialog));
  click (_hubrota_publish_dialog_get_publish_button (dialog));
  wait_for_publish (dialog);
  g_assert_null (_hubrota_publish_dialog_get_error (dialog));
  /* The dialog itself stays in the window's language. */
  g_assert_cmpstr (_hubrota_publish_dialog_get_result (dialog), ==, "Published 8 calendars");

  g_assert_true (g_file_get_contents (index_path, &index, NULL, NULL));
  g_assert_nonnull (strstr (index, "<html lang=\"ur\" dir=\"rtl\">"));
  g_assert_true (g_file_get_contents (feed_path, &feed, NULL, NULL));
  g_assert_nonnull (strstr (feed, "SUMMARY;LANGUAGE=ur:"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_settings_reset (settings (), "feed-language");
}

/* A folder that cannot be written (here a file stands in its place): the error's one line,
 * and nothing else changes. */
static void
test_publish_fails (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_demo_store ("demo.db");
  g_autofree char *file = gui_test_temp_path ("in-the-way");
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaPublishDialog *dialog;
  guint published = 0;

  g_file_set_contents (file, "not a folder\n", -1, &error);
  g_assert_no_error (error);
  g_settings_set_string (settings (), "publish-folder", file);
  g_settings_set_string (settings (), "base-url", BASE_URL);
  g_settings_set_int64 (settings (), "last-publish", 1795356120);
  dialog = HUBROTA_PUBLISH_DIALOG (hubrota_publish_dialog_new (NULL, store, settings ()));
  g_signal_connect (dialog, "published", G_CALLBACK (count_signal), &published);

  click (_hubrota_publish_dialog_get_publish_button (dialog));
  wait_for_publish (dialog);

  expected = g_strdup_printf ("Could not publish: cannot publish to %s: it is a file, not a folder",
                              file);
  g_assert_cmpstr (_hubrota_publish_dialog_get_error (dialog), ==, expected);
  g_assert_null (_hubrota_publish_dialog_get_result (dialog));
  g_assert_cmpuint (_hubrota_publish_dialog_count_links (dialog), ==, 0);
  g_assert_cmpuint (published, ==, 0);
  g_assert_cmpint (g_settings_get_int64 (settings (), "last-publish"), ==, 1795356120);
  g_file_get_contents (file, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "not a folder\n");
  /* And the button is there to try again. */
  g_assert_true (gtk_widget_get_sensitive (_hubrota_publish_dialog_get_publish_button (dialog)));
  gtk_window_present (GTK_WINDOW (dialog));
  save_screenshot (GTK_WIDGET (dialog), "publish-dialog-error.png");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* With no folder chosen the dialog says so, cannot publish, and offers to choose one. */
static void
test_publish_without_folder (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_demo_store ("demo.db");
  g_autofree char *folder = gui_test_temp_path ("chosen");
  g_autoptr(GFile) chosen = g_file_new_for_path (folder);
  g_autofree char *saved = NULL;
  HubrotaPublishDialog *dialog;

  dialog = HUBROTA_PUBLISH_DIALOG (hubrota_publish_dialog_new (NULL, store, settings ()));
  g_assert_cmpstr (_hubrota_publish_dialog_get_folder_text (dialog), ==,
                   "No folder chosen yet: choose the one your web server publishes");
  g_assert_false (gtk_widget_get_sensitive (_hubrota_publish_dialog_get_publish_button (dialog)));
  g_assert_true (gtk_widget_get_sensitive (_hubrota_publish_dialog_get_choose_button (dialog)));

  _hubrota_publish_dialog_folder_chosen (dialog, chosen);
  saved = g_settings_get_string (settings (), "publish-folder");
  g_assert_cmpstr (saved, ==, folder);
  g_assert_cmpstr (_hubrota_publish_dialog_get_folder_text (dialog), ==, folder);
  g_assert_true (gtk_widget_get_sensitive (_hubrota_publish_dialog_get_publish_button (dialog)));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Closing the dialog does not stop a publish half way: it finishes, and is recorded. */
static void
test_publish_closed_early (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_demo_store ("demo.db");
  g_autofree char *folder = gui_test_temp_path ("public");
  g_autofree char *expected_tree = expected_public_tree (store);
  g_autofree char *tree = NULL;
  GtkWidget *dialog;
  GWeakRef alive;
  guint singles;

  g_settings_set_string (settings (), "publish-folder", folder);
  dialog = hubrota_publish_dialog_new (NULL, store, settings ());
  g_weak_ref_init (&alive, dialog);
  click (_hubrota_publish_dialog_get_publish_button (HUBROTA_PUBLISH_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));

  while (g_settings_get_int64 (settings (), "last-publish") == 0)
    g_main_context_iteration (NULL, TRUE);
  tree = tree_text (folder, &singles);
  g_assert_cmpstr (tree, ==, expected_tree);
  g_assert_cmpuint (singles, >, 100);
  /* And the dialog is gone once the thread has answered. */
  g_assert_null (g_weak_ref_get (&alive));
  g_weak_ref_clear (&alive);
}

/* "Change in Preferences" reaches app.preferences from the dialog; the preferences stay
 * above it and show the main window's database. */
static void
test_publish_opens_preferences (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_demo_store ("demo.db");
  HubrotaPreferencesWindow *preferences = NULL;
  HubrotaWindow *window;
  GtkWidget *dialog;

  window = hubrota_window_new (app, store);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_for_load (window);
  dialog = hubrota_publish_dialog_new (GTK_WINDOW (window), store, settings ());
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_activate_action (dialog, "app.preferences", NULL));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (HUBROTA_IS_PREFERENCES_WINDOW (l->data))
      preferences = l->data;
  g_assert_nonnull (preferences);
  g_assert_cmpstr (_hubrota_preferences_window_get_database_text (preferences), ==,
                   hubrota_store_get_path (store));
}

static HubrotaOfficerView *
show_officer_view (HubrotaStore *store,
                   GtkWindow   **out_window)
{
  HubrotaOfficerView *view = g_object_new (HUBROTA_TYPE_OFFICER_VIEW, NULL);
  GtkWidget *window = gtk_window_new ();
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GError) error = NULL;
  GDate from, to;

  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 30, G_DATE_NOVEMBER, 2026);
  to = from;
  g_date_add_days (&to, 27);
  rota = hubrota_rota_load (store, &from, &to, &error);
  g_assert_no_error (error);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  hubrota_officer_view_set_settings (view, settings ());
  hubrota_officer_view_set_store (view, store);
  hubrota_officer_view_show (view, rota, &from, 4, NULL);
  gtk_window_present (GTK_WINDOW (window));
  *out_window = GTK_WINDOW (window);
  return view;
}

static char *
officer_url (HubrotaStore *store,
             const char   *officer)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = hubrota_store_get_feed_token (store, officer, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (token), ==, 48);
  return g_strdup_printf (BASE_URL "/private/%s.ics", token);
}

/* "Copy My Calendar Link" gives the officer's exact address; "Reset Link…", once confirmed,
 * makes a new one, and the next copy gives that. */
static void
test_officer_link (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_demo_store ("demo.db");
  g_autofree char *old_url = NULL, *new_url = NULL, *copied = NULL;
  HubrotaOfficerView *view;
  GtkWidget *copy, *dialog;
  GtkWindow *window;
  const char *officer;
  guint changed = 0;

  g_settings_set_string (settings (), "base-url", BASE_URL "/");
  view = show_officer_view (store, &window);
  g_signal_connect (view, "changed", G_CALLBACK (count_signal), &changed);
  officer = hubrota_officer_view_get_officer (view);
  g_assert_nonnull (officer);
  copy = _hubrota_officer_view_get_copy_button (view);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (copy)), ==, "_Copy Calendar Link");
  g_assert_cmpstr (_hubrota_officer_view_get_calendar_subtitle (view), ==,
                   "Not published: private calendars are only written with “Include officers’ "
                   "private calendars” on in Preferences");
  g_settings_set_string (settings (), "me", officer);
  g_settings_set_boolean (settings (), "publish-officer-feeds", TRUE);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (copy)), ==, "_Copy My Calendar Link");
  g_assert_cmpstr (_hubrota_officer_view_get_calendar_subtitle (view), ==,
                   "Your openings and who is on with you, at an address only you should have");

  click (copy);
  copied = gui_test_read_clipboard (copy);
  old_url = officer_url (store, officer);
  g_assert_cmpstr (copied, ==, old_url);
  g_assert_cmpstr (_hubrota_officer_view_get_last_toast (view), ==, "Link copied");

  /* Cancelling changes nothing. */
  click (_hubrota_officer_view_get_reset_button (view));
  dialog = _hubrota_officer_view_get_reset_dialog (view);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "The old link stops working at the next publish; anyone subscribed must "
                   "subscribe again.");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_clear_pointer (&new_url, g_free);
  new_url = officer_url (store, officer);
  g_assert_cmpstr (new_url, ==, old_url);
  g_assert_cmpuint (changed, ==, 0);

  click (_hubrota_officer_view_get_reset_button (view));
  dialog = _hubrota_officer_view_get_reset_dialog (view);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "reset");
  g_clear_pointer (&new_url, g_free);
  new_url = officer_url (store, officer);
  g_assert_cmpstr (new_url, !=, old_url);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (_hubrota_officer_view_get_last_toast (view), ==,
                   "Link reset: copy the new one to subscribe again");

  g_clear_pointer (&copied, g_free);
  click (copy);
  copied = gui_test_read_clipboard (copy);
  g_assert_cmpstr (copied, ==, new_url);

  /* No web address, no link. */
  g_settings_set_string (settings (), "base-url", "");
  g_assert_false (gtk_widget_get_sensitive (copy));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (copy), ==,
                   "Set the web address of the publish folder in Preferences to make links");

  gtk_window_destroy (window);
}

/* The web address is saved once the entry settles. */
static void
type_url (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static HubrotaPreferencesWindow *
find_preferences (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (HUBROTA_IS_PREFERENCES_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
write_too_new_database (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE future (x); PRAGMA application_id = 1213362036;"
                                     " PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static const char *
window_database (HubrotaWindow *window)
{
  return hubrota_store_get_path (hubrota_window_get_store (window));
}

/* app.preferences opens the window on the main window's database; another one opens in the
 * main window; one written by a newer Hubrota is refused with the store's message, and the
 * one on show stays. */
static void
test_preferences_database (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HubrotaStore) first = create_demo_store ("first.db");
  g_autoptr(HubrotaStore) second = create_demo_store ("second.db");
  g_autofree char *first_path = g_strdup (hubrota_store_get_path (first));
  g_autofree char *second_path = g_strdup (hubrota_store_get_path (second));
  g_autofree char *newer = gui_test_temp_path ("newer.db");
  g_autofree char *fresh = gui_test_temp_path ("fresh.db");
  g_autofree char *missing = gui_test_temp_path ("missing.db");
  g_autofree char *expected = NULL, *saved = NULL;
  g_auto(GStrv) accels = NULL;
  HubrotaPreferencesWindow *preferences;
  HubrotaWindow *window;

  g_clear_object (&second);
  window = hubrota_window_new (app, first);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_for_load (window);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_cmpstrv (accels, ((const char *[]) { "<Control>comma", NULL }));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) == GTK_WINDOW (window));
  g_assert_cmpstr (_hubrota_preferences_window_get_database_text (preferences), ==, first_path);

  _hubrota_preferences_window_open_file (preferences, second_path, FALSE);
  gui_test_wait_for_load (window);
  g_assert_cmpstr (window_database (window), ==, second_path);
  g_assert_cmpstr (_hubrota_preferences_window_get_database_text (preferences), ==, second_path);
  g_assert_cmpstr (_hubrota_preferences_window_get_last_toast (preferences), ==,
                   "Now showing second.db");
  saved = g_settings_get_string (settings (), "database-path");
  g_assert_cmpstr (saved, ==, second_path);

  write_too_new_database (newer);
  _hubrota_preferences_window_open_file (preferences, newer, FALSE);
  expected = g_strdup_printf ("%s was written by a newer version of Hubrota (schema 99; this "
                              "version reads up to %d); update Hubrota to open it",
                              newer, HUBROTA_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (_hubrota_preferences_window_get_last_toast (preferences), ==, expected);
  g_assert_cmpstr (window_database (window), ==, second_path);
  g_assert_cmpstr (_hubrota_preferences_window_get_database_text (preferences), ==, second_path);
  g_clear_pointer (&saved, g_free);
  saved = g_settings_get_string (settings (), "database-path");
  g_assert_cmpstr (saved, ==, second_path);

  /* "Open Another…" never creates a file; "Create New…" does. */
  _hubrota_preferences_window_open_file (preferences, missing, FALSE);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (window_database (window), ==, second_path);
  _hubrota_preferences_window_open_file (preferences, fresh, TRUE);
  gui_test_wait_for_load (window);
  g_assert_true (g_file_test (fresh, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (window_database (window), ==, fresh);
  g_assert_cmpstr (_hubrota_window_get_page (window), ==, "hubs");

  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every preference is its key; a web address is kept only once it is a good one. */
static void
test_preferences_settings (Fixture       *fixture,
                           gconstpointer  data)
{
  HubrotaPreferencesWindow *preferences;
  AdwEntryRow *url_row;
  g_autofree char *url = NULL;

  g_settings_set_int (settings (), "refresh-hours", 12);
  preferences = HUBROTA_PREFERENCES_WINDOW (hubrota_preferences_window_new (NULL, app));
  g_assert_cmpstr (_hubrota_preferences_window_get_database_text (preferences), ==, "None open");
  g_assert_cmpstr (_hubrota_preferences_window_get_folder_text (preferences), ==, "None chosen");
  g_assert_cmpfloat (gtk_spin_button_get_value (_hubrota_preferences_window_get_spin (preferences, "refresh-hours")), ==, 12);
  g_assert_cmpfloat (gtk_spin_button_get_value (_hubrota_preferences_window_get_spin (preferences, "feed-past-days")), ==, 28);

  gtk_spin_button_set_value (_hubrota_preferences_window_get_spin (preferences, "feed-past-days"), 14);
  gtk_spin_button_set_value (_hubrota_preferences_window_get_spin (preferences, "feed-future-days"), 90);
  gtk_spin_button_set_value (_hubrota_preferences_window_get_spin (preferences, "refresh-hours"), 24);
  gtk_spin_button_set_value (_hubrota_preferences_window_get_spin (preferences, "default-abstraction-limit"), 12.5);
  gtk_switch_set_active (_hubrota_preferences_window_get_officers_switch (preferences), TRUE);
  g_assert_cmpint (g_settings_get_int (settings (), "feed-past-days"), ==, 14);
  g_assert_cmpint (g_settings_get_int (settings (), "feed-future-days"), ==, 90);
  g_assert_cmpint (g_settings_get_int (settings (), "refresh-hours"), ==, 24);
  g_assert_cmpfloat (g_settings_get_double (settings (), "default-abstraction-limit"), ==, 12.5);
  g_assert_true (g_settings_get_boolean (settings (), "publish-officer-feeds"));

  g_settings_set_string (settings (), "publish-folder", "/srv/www/hubs");
  g_assert_cmpstr (_hubrota_preferences_window_get_folder_text (preferences), ==, "/srv/www/hubs");

  url_row = _hubrota_preferences_window_get_url_row (preferences);
  type_url (url_row, BASE_URL);
  url = g_settings_get_string (settings (), "base-url");
  g_assert_cmpstr (url, ==, BASE_URL);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (url_row), "error"));
  g_assert_false (_hubrota_preferences_window_url_error_shown (preferences));

  /* Bad ones, as typed: flagged at once, and the last good one kept. */
  for (const char **bad = (const char *[]) { "example.org/hubs", "ftp://example.org/hubs",
                                             "https://example.org/hubs?x=1", "https://", NULL };
       *bad != NULL; bad++)
    {
      type_url (url_row, *bad);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (url_row), "error"));
      g_assert_true (_hubrota_preferences_window_url_error_shown (preferences));
      g_clear_pointer (&url, g_free);
      url = g_settings_get_string (settings (), "base-url");
      g_assert_cmpstr (url, ==, BASE_URL);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (url_row)), ==, *bad);
    }

  /* Emptied: no links, which is allowed. */
  type_url (url_row, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (url_row), "error"));
  g_clear_pointer (&url, g_free);
  url = g_settings_get_string (settings (), "base-url");
  g_assert_cmpstr (url, ==, "");
  /* And a change made elsewhere shows. */
  g_settings_set_string (settings (), "base-url", "http://hubs.example.org");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (url_row)), ==, "http://hubs.example.org");

  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  gui_test_wait_until_drawn (widget);
  gui_test_save_screenshot (widget, name);
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_demo_store ("demo.db");
  g_autofree char *folder = gui_test_temp_path ("public");
  HubrotaPublishDialog *dialog;
  HubrotaWindow *window;
  GtkWidget *preferences;
  GtkWindow *officer_window;

  g_settings_set_string (settings (), "publish-folder", folder);
  g_settings_set_string (settings (), "base-url", BASE_URL);
  window = hubrota_window_new (app, store);
  gui_test_wait_for_load (window);
  dialog = HUBROTA_PUBLISH_DIALOG (hubrota_publish_dialog_new (GTK_WINDOW (window), store,
                                                               settings ()));
  gtk_window_present (GTK_WINDOW (dialog));
  click (_hubrota_publish_dialog_get_publish_button (dialog));
  wait_for_publish (dialog);
  save_screenshot (GTK_WIDGET (dialog), "publish-dialog.png");
  gtk_window_destroy (GTK_WINDOW (dialog));

  preferences = hubrota_preferences_window_new (GTK_WINDOW (window), app);
  gtk_window_present (GTK_WINDOW (preferences));
  save_screenshot (preferences, "preferences-window.png");
  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));

  show_officer_view (store, &officer_window);
  gtk_window_set_default_size (officer_window, 760, 900);
  save_screenshot (GTK_WIDGET (officer_window), "officer-view.png");
  gtk_window_destroy (officer_window);
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv, GUI_TEST_DEFAULT))
    return 0;
  /* meson runs the GUI tests side by side on one session bus: a unique application that
   * registered second would only forward its calls to the other program. */
  app = gui_test_application_new (FALSE);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, gui_test_app_set_up, fn, fixture_tear_down)
  ADD ("/publish/dialog/publish", test_publish);
  ADD ("/publish/dialog/fails", test_publish_fails);
  ADD ("/publish/dialog/no-folder", test_publish_without_folder);
  ADD ("/publish/dialog/preferences", test_publish_opens_preferences);
  ADD ("/publish/dialog/closed-early", test_publish_closed_early);
  ADD ("/publish/dialog/language", test_publish_language);
  ADD ("/publish/officer-link", test_officer_link);
  ADD ("/publish/preferences/database", test_preferences_database);
  ADD ("/publish/preferences/settings", test_preferences_settings);
  ADD ("/publish/screenshots", test_screenshots);
#undef ADD

  return gui_test_run ();
}
