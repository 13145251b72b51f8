/* test-window.c: the main window on real databases, built through the public core API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include "hubrota-application.h"
#include "hubrota-opening-row-private.h"
#include "hubrota-window-private.h"

typedef struct
{
  int unused;
} Fixture;

static HubrotaApplication *app;
static char **system_mime_dirs;

/* Today in Europe/London, as the window computes it. */
static void
london_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static GDateTime *
london_datetime (const GDate *date,
                 int          hour)
{
  return g_date_time_new (hubrota_london_tz (), g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), hour, 0, 0);
}

/* Each test runs with its own XDG folders (G_TEST_OPTION_ISOLATE_DIRS), so databases made
 * here vanish with the test. */
static char *
temp_database_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "test", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}

static void
add_hub (HubrotaStore *store,
         const char   *slug,
         const char   *name)
{
  g_autoptr(HubrotaHub) hub = hubrota_hub_new (slug, name, "luton-south");
  g_autoptr(GError) error = NULL;

  hubrota_store_add_hub (store, hub, &error);
  g_assert_no_error (error);
}

/* A beat, two hubs, and at the second a weekly Saturday-style opening that starts a week
 * from today, with its second opening cancelled. */
static HubrotaStore *
create_small_store (const GDate *today)
{
  g_autofree char *path = temp_database_path ("small.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaBeat) beat = hubrota_beat_new ("luton-south", "South, Luton");
  g_autoptr(HubrotaSeries) series = NULL;
  g_autoptr(GDateTime) start = NULL;
  GDate first = *today, second;
  gint64 series_id;

  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  hubrota_store_add_beat (store, beat, &error);
  g_assert_no_error (error);
  add_hub (store, "marsh-farm", "Marsh Farm Futures House");
  add_hub (store, "luton-town-centre", "Luton Town Centre");

  g_date_add_days (&first, 7);
  start = london_datetime (&first, 10);
  series = hubrota_series_new ("marsh-farm", start, 180, "FREQ=WEEKLY;COUNT=20");
  series_id = hubrota_store_add_series (store, series, &error);
  g_assert_no_error (error);
  g_assert_cmpint (series_id, >, 0);

  second = first;
  g_date_add_days (&second, 7);
  hubrota_store_cancel_occurrence (store, "marsh-farm", series_id, &second,
                                   "Closed for Christmas", &error);
  g_assert_no_error (error);

  return g_steal_pointer (&store);
}

static void
close_all_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  /* The isolated XDG folders also hide the MIME database, without which gdk-pixbuf cannot
   * tell an SVG icon from noise. */
  g_content_type_set_mime_dirs ((const char * const *) system_mime_dirs);
  close_all_windows ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  close_all_windows ();
}

static char **
find_system_mime_dirs (void)
{
  const char * const *data_dirs = g_get_system_data_dirs ();
  GPtrArray *dirs = g_ptr_array_new ();

  for (guint i = 0; data_dirs[i] != NULL; i++)
    g_ptr_array_add (dirs, g_build_filename (data_dirs[i], "mime", NULL));
  g_ptr_array_add (dirs, NULL);
  return (char **) g_ptr_array_free (dirs, FALSE);
}

static char *
hub_name_at (GListModel *hubs,
             guint       position)
{
  g_autoptr(HubrotaHub) hub = g_list_model_get_item (hubs, position);

  return g_strdup (hubrota_hub_get_name (hub));
}

static guint
count_cancelled (GListModel *openings)
{
  guint cancelled = 0;

  for (guint i = 0; i < g_list_model_get_n_items (openings); i++)
    {
      g_autoptr(HubrotaOccurrence) occurrence = g_list_model_get_item (openings, i);

      if (hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED)
        cancelled++;
    }
  return cancelled;
}

static void
test_hubs_and_openings (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOccurrence) cancelled = NULL;
  g_autoptr(HubrotaOccurrence) first = NULL;
  g_autofree char *name0 = NULL;
  g_autofree char *name1 = NULL;
  HubrotaWindow *window;
  GListModel *hubs, *openings;
  GDate today;

  london_today (&today);
  store = create_small_store (&today);
  window = hubrota_window_new (app, store);
  _hubrota_window_set_today (window, &today);

  g_assert_cmpstr (_hubrota_window_get_page (window), ==, "hubs");
  hubs = _hubrota_window_get_hubs (window);
  g_assert_cmpuint (g_list_model_get_n_items (hubs), ==, 2);
  name0 = hub_name_at (hubs, 0);
  name1 = hub_name_at (hubs, 1);
  g_assert_cmpstr (name0, ==, "Luton Town Centre");
  g_assert_cmpstr (name1, ==, "Marsh Farm Futures House");

  /* The first hub has no series at all. */
  gtk_single_selection_set_selected (_hubrota_window_get_hub_selection (window), 0);
  openings = _hubrota_window_get_openings (window);
  g_assert_cmpuint (g_list_model_get_n_items (openings), ==, 0);
  g_assert_cmpstr (_hubrota_window_get_content_page (window), ==, "no-openings");

  /* Weekly from today + 7 to the end of day today + 83: days 7, 14, … 77, so 11 openings,
   * the cancelled one among them. */
  gtk_single_selection_set_selected (_hubrota_window_get_hub_selection (window), 1);
  g_assert_cmpuint (g_list_model_get_n_items (openings), ==, 11);
  g_assert_cmpuint (count_cancelled (openings), ==, 1);
  g_assert_cmpstr (_hubrota_window_get_content_page (window), ==, "openings");

  first = g_list_model_get_item (openings, 0);
  g_assert_cmpint (hubrota_occurrence_get_status (first), ==, HUBROTA_OCCURRENCE_SCHEDULED);
  cancelled = g_list_model_get_item (openings, 1);
  g_assert_cmpint (hubrota_occurrence_get_status (cancelled), ==, HUBROTA_OCCURRENCE_CANCELLED);
  g_assert_cmpstr (hubrota_occurrence_get_reason (cancelled), ==, "Closed for Christmas");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+? opens the shortcuts window GtkApplication builds from gtk/help-overlay.ui. */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_auto(GStrv) accels = NULL;
  GtkShortcutsWindow *overlay;
  HubrotaWindow *window;
  GDate today;

  london_today (&today);
  store = create_small_store (&today);
  window = hubrota_window_new (app, store);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>question");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
on_settle_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_until_drawn (GtkWidget *widget)
{
  gboolean settled = FALSE;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);

  /* A few frames for the list views to create and lay out their rows. */
  g_timeout_add (500, on_settle_timeout, &settled);
  while (!settled)
    g_main_context_iteration (NULL, TRUE);
}

/* Window size and the chosen hub survive closing the window. */
static void
test_remembers_state (Fixture       *fixture,
                      gconstpointer  data)
{
  GSettings *settings = hubrota_application_get_settings (app);
  g_autoptr(HubrotaStore) store = NULL;
  g_autofree char *last_hub = NULL;
  HubrotaWindow *window;
  GDate today;
  int width, height;

  g_assert_nonnull (settings);
  london_today (&today);
  store = create_small_store (&today);

  window = hubrota_window_new (app, store);
  gtk_single_selection_set_selected (_hubrota_window_get_hub_selection (window), 1);
  last_hub = g_settings_get_string (settings, "last-hub");
  g_assert_cmpstr (last_hub, ==, "marsh-farm");
  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  /* GTK only asks a window that is on screen whether it may close. */
  gtk_window_present (GTK_WINDOW (window));
  wait_until_drawn (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = hubrota_window_new (app, store);
  g_assert_cmpuint (gtk_single_selection_get_selected (_hubrota_window_get_hub_selection (window)),
                    ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (_hubrota_window_get_openings (window)), ==, 11);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 610);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "last-hub");
}

static void
test_opening_row (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GPtrArray) openings = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row = g_object_ref_sink (hubrota_opening_row_new ());
  GtkLabel *status = _hubrota_opening_row_get_status_label (HUBROTA_OPENING_ROW (row));
  GDate today, to;

  london_today (&today);
  store = create_small_store (&today);
  to = today;
  g_date_add_days (&to, 21);
  openings = hubrota_store_list_occurrences (store, &today, &to, "marsh-farm", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (openings->len, ==, 3);

  hubrota_opening_row_set_occurrence (HUBROTA_OPENING_ROW (row), openings->pdata[1]);
  g_assert_cmpstr (gtk_label_get_label (status), ==, "Cancelled: Closed for Christmas");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (status)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (status), "error"));
  g_assert_cmpstr (gtk_label_get_label (_hubrota_opening_row_get_time_label (HUBROTA_OPENING_ROW (row))),
                   ==, "10:00–13:00");

  /* Rows are recycled: binding a standing opening must clear the cancellation. */
  hubrota_opening_row_set_occurrence (HUBROTA_OPENING_ROW (row), openings->pdata[0]);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (status)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (status), "error"));
  g_assert_null (gtk_label_get_attributes (_hubrota_opening_row_get_time_label (HUBROTA_OPENING_ROW (row))));

  g_object_unref (row);
}

static void
test_welcome_explore_demo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *default_path = hubrota_store_default_path ();
  g_autofree char *dir = g_path_get_dirname (default_path);
  g_autofree char *demo_path = g_build_filename (dir, "demo.db", NULL);
  HubrotaWindow *window;

  g_assert_false (g_file_test (default_path, G_FILE_TEST_EXISTS));

  window = hubrota_window_new (app, NULL);
  g_assert_cmpstr (_hubrota_window_get_page (window), ==, "welcome");

  g_action_group_activate_action (G_ACTION_GROUP (app), "explore-demo", NULL);

  g_assert_cmpstr (_hubrota_window_get_page (window), ==, "hubs");
  g_assert_cmpuint (g_list_model_get_n_items (_hubrota_window_get_hubs (window)), ==, 7);
  g_assert_true (g_file_test (demo_path, G_FILE_TEST_IS_REGULAR));
  /* Exploring never creates the coordinator's real database. */
  g_assert_false (g_file_test (default_path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_welcome_create_empty (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *default_path = hubrota_store_default_path ();
  HubrotaWindow *window;

  window = hubrota_window_new (app, NULL);
  g_assert_cmpstr (_hubrota_window_get_page (window), ==, "welcome");

  g_action_group_activate_action (G_ACTION_GROUP (app), "create-database", NULL);

  g_assert_cmpstr (_hubrota_window_get_page (window), ==, "hubs");
  g_assert_cmpuint (g_list_model_get_n_items (_hubrota_window_get_hubs (window)), ==, 0);
  g_assert_cmpstr (_hubrota_window_get_content_page (window), ==, "no-hubs");
  g_assert_true (g_file_test (default_path, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A default database that is not a database: the window explains, the program lives on. */
static void
test_open_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *default_path = hubrota_store_default_path ();
  g_autofree char *dir = g_path_get_dirname (default_path);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (default_path, "Opening times, written by hand.\n", -1, &error);
  g_assert_no_error (error);

  g_application_activate (G_APPLICATION (app));

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (HUBROTA_IS_WINDOW (window));
  g_assert_cmpstr (_hubrota_window_get_page (HUBROTA_WINDOW (window)), ==, "error");
  g_assert_cmpstr (_hubrota_window_get_error_message (HUBROTA_WINDOW (window)), !=, "");
}

static GdkTexture *
render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gdk_paintable_get_intrinsic_width (paintable);
  int height = gdk_paintable_get_intrinsic_height (paintable);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static guint
count_colours (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * height);
  g_autoptr(GHashTable) colours = g_hash_table_new (g_direct_hash, g_direct_equal);

  gdk_texture_download (texture, (guchar *) pixels, stride);
  for (gsize i = 0; i < (gsize) width * height; i++)
    g_hash_table_add (colours, GUINT_TO_POINTER (pixels[i]));

  return g_hash_table_size (colours);
}

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = temp_database_path ("demo.db");
  g_autofree char *png = g_build_filename (HUBROTA_TEST_OUTPUT_DIR, "window-demo.png", NULL);
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaWindow *window;
  guint colours;

  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  hubrota_store_load_demo (store, &error);
  g_assert_no_error (error);

  window = hubrota_window_new (app, store);
  gtk_single_selection_set_selected (_hubrota_window_get_hub_selection (window), 0);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_drawn (GTK_WIDGET (window));

  texture = render_widget (GTK_WIDGET (window));
  g_assert_true (gdk_texture_save_to_png (texture, png));
  g_test_message ("Saved %s", png);

  /* Text, icons and the two panes give hundreds of colours; a blank or one-colour window
   * gives a handful. */
  colours = count_colours (texture);
  g_test_message ("%u distinct colours", colours);
  g_assert_cmpuint (colours, >, 100);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Read before the tests start: isolation points XDG_DATA_DIRS at empty folders. */
  system_mime_dirs = find_system_mime_dirs ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display; run under xvfb-run\n");
      return 0;
    }

  app = hubrota_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/window/hubs-and-openings", Fixture, NULL,
              fixture_set_up, test_hubs_and_openings, fixture_tear_down);
  g_test_add ("/window/shortcuts", Fixture, NULL,
              fixture_set_up, test_shortcuts_window, fixture_tear_down);
  g_test_add ("/window/remembers-state", Fixture, NULL,
              fixture_set_up, test_remembers_state, fixture_tear_down);
  g_test_add ("/window/opening-row", Fixture, NULL,
              fixture_set_up, test_opening_row, fixture_tear_down);
  g_test_add ("/window/welcome/explore-demo", Fixture, NULL,
              fixture_set_up, test_welcome_explore_demo, fixture_tear_down);
  g_test_add ("/window/welcome/create-empty", Fixture, NULL,
              fixture_set_up, test_welcome_create_empty, fixture_tear_down);
  g_test_add ("/window/open-error", Fixture, NULL,
              fixture_set_up, test_open_error, fixture_tear_down);
  g_test_add ("/window/screenshot", Fixture, NULL,
              fixture_set_up, test_screenshot, fixture_tear_down);

  status = g_test_run ();

  close_all_windows ();
  g_clear_object (&app);
  g_strfreev (system_mime_dirs);
  return status;
}
