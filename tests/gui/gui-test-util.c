/* gui-test-util.c: what every GUI test program needs: start-up under Xvfb, isolated folders,
 * waiting for the main loop, and screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include "gui-test-util.h"
#include "hubrota-window-private.h"

static char **system_mime_dirs;
static HubrotaApplication *application;

/* The system's MIME folders, read before g_test_init () points XDG_DATA_DIRS at empty ones. */
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

gboolean
gui_test_init (int          *argc,
               char       ***argv,
               GuiTestFlags  flags)
{
  if (flags & GUI_TEST_CAIRO)
    g_setenv ("GSK_RENDERER", "cairo", FALSE);
  system_mime_dirs = find_system_mime_dirs ();
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display; run under xvfb-run\n");
      return FALSE;
    }
  return TRUE;
}

HubrotaApplication *
gui_test_application_new (gboolean unique)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (application);
  application = hubrota_application_new ();
  if (!unique)
    g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_application_get_default () == G_APPLICATION (application));
  return application;
}

int
gui_test_run (void)
{
  int status = g_test_run ();

  /* Every toplevel, not only the application's: its dialogs too go before it does. */
  if (application != NULL)
    gui_test_close_all_windows (NULL);
  g_clear_object (&application);
  g_clear_pointer (&system_mime_dirs, g_strfreev);
  return status;
}

void
gui_test_app_set_up (GuiTestAppFixture *fixture,
                     gconstpointer      data)
{
  g_assert_nonnull (application);
  gui_test_use_system_mime_dirs ();
  gui_test_close_all_windows (GTK_APPLICATION (application));
}

void
gui_test_app_tear_down (GuiTestAppFixture *fixture,
                        gconstpointer      data)
{
  gui_test_close_all_windows (GTK_APPLICATION (application));
}

void
gui_test_use_system_mime_dirs (void)
{
  g_assert_nonnull (system_mime_dirs);
  g_content_type_set_mime_dirs ((const char * const *) system_mime_dirs);
}

void
gui_test_close_all_windows (GtkApplication *app)
{
  GList *windows;

  if (app != NULL)
    {
      while ((windows = gtk_application_get_windows (app)) != NULL)
        gtk_window_destroy (GTK_WINDOW (windows->data));
      return;
    }
  while ((windows = gtk_window_list_toplevels ()) != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (windows->data));
      g_list_free (windows);
    }
}

char *
gui_test_temp_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "test", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}

void
gui_test_london_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

GDateTime *
gui_test_london_datetime (const GDate *date,
                          int          hour)
{
  return g_date_time_new (hubrota_london_tz (), g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), hour, 0, 0);
}

void
gui_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
on_settle_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

void
gui_test_wait_until_drawn_for (GtkWidget *widget,
                               guint      milliseconds)
{
  gboolean settled = FALSE;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);

  /* A few frames for the list views to create and lay out their rows. */
  g_timeout_add (milliseconds, on_settle_timeout, &settled);
  while (!settled)
    g_main_context_iteration (NULL, TRUE);
}

void
gui_test_wait_until_drawn (GtkWidget *widget)
{
  gui_test_wait_until_drawn_for (widget, 500);
}

void
gui_test_wait_for_load (HubrotaWindow *window)
{
  while (_hubrota_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
}

GdkTexture *
gui_test_render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gdk_paintable_get_intrinsic_width (paintable);
  int height = gdk_paintable_get_intrinsic_height (paintable);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  /* On a loaded machine the first frames may not be laid out yet: try for up to ten seconds. */
  for (int tries = 0; node == NULL && tries < 100; tries++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        {
          g_usleep (100 * 1000);
          gui_test_iterate ();
        }
    }
  g_assert_nonnull (node);
  /* That first snapshot may have been the first layout: what it set off (the header's
   * breakpoint, list rows) settles, and the picture is taken again. */
  g_clear_pointer (&node, gsk_render_node_unref);
  for (int settle = 0; settle < 3; settle++)
    gui_test_iterate ();
  {
    GtkSnapshot *snapshot = gtk_snapshot_new ();
    gdk_paintable_snapshot (paintable, snapshot, width, height);
    node = gtk_snapshot_free_to_node (snapshot);
  }
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

guint
gui_test_count_colours (GdkTexture *texture)
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

void
gui_test_save_texture (GdkTexture *texture,
                       const char *name)
{
  g_autofree char *png = g_build_filename (HUBROTA_TEST_OUTPUT_DIR, name, NULL);

  g_assert_true (gdk_texture_save_to_png (texture, png));
  g_test_message ("Saved %s", png);
}

void
gui_test_save_screenshot (GtkWidget  *widget,
                          const char *name)
{
  g_autoptr(GdkTexture) texture = gui_test_render_widget (widget);

  gui_test_save_texture (texture, name);
}

typedef struct
{
  gboolean done;
  char *text;
} ClipboardRead;

static void
on_clipboard_read (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

char *
gui_test_read_clipboard (GtkWidget *widget)
{
  ClipboardRead read = { FALSE, NULL };

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_read, &read);
  while (!read.done)
    g_main_context_iteration (NULL, TRUE);
  return read.text;
}

const char *
gui_test_clipboard_text (GtkWidget *widget)
{
  static char *text;
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  g_free (text);
  text = g_value_dup_string (&value);
  return text;
}

GtkWindow *
gui_test_find_toplevel (GType  type,
                        guint *count)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */
  GtkWindow *found = NULL;

  *count = 0;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          found = window;
          (*count)++;
        }
    }
  return found;
}

GtkWidget *
gui_test_get_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return root != NULL ? gtk_root_get_focus (root) : NULL;
}

const char *
gui_test_get_focused_row_title (GtkWidget *widget)
{
  GtkWidget *focus = gui_test_get_focus (widget);
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW)
                                 : NULL;

  return row != NULL ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : NULL;
}

void
gui_test_type (GtkWidget  *widget,
               const char *text)
{
  GtkWidget *focus = gui_test_get_focus (widget);
  int position;

  g_assert_nonnull (focus);
  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_delete_selection (GTK_EDITABLE (focus));
  position = gtk_editable_get_position (GTK_EDITABLE (focus));
  gtk_editable_insert_text (GTK_EDITABLE (focus), text, -1, &position);
  gtk_editable_set_position (GTK_EDITABLE (focus), position);
}

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 GtkShortcutTrigger *pressed)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)),
                            pressed) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)),
                            pressed);
  return gtk_shortcut_trigger_equal (trigger, pressed);
}

/* The shortcuts of one controller: the first that matches and acts takes the key. */
static gboolean
run_shortcuts (GtkShortcutController *controller,
               GtkShortcutTrigger    *pressed)
{
  GtkWidget *owner = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (controller), i);
      GtkShortcut *shortcut = GTK_IS_SHORTCUT (item) ? GTK_SHORTCUT (item) : NULL;

      if (shortcut != NULL && trigger_matches (gtk_shortcut_get_trigger (shortcut), pressed) &&
          gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                        GTK_SHORTCUT_ACTION_EXCLUSIVE, owner,
                                        gtk_shortcut_get_arguments (shortcut)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
run_phase (GtkWidget          *widget,
           GtkPropagationPhase phase,
           GtkShortcutTrigger *pressed)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == phase &&
          run_shortcuts (GTK_SHORTCUT_CONTROLLER (controller), pressed))
        return TRUE;
    }
  return FALSE;
}

gboolean
gui_test_press_shortcut (GtkWidget  *widget,
                         const char *accelerator)
{
  g_autoptr(GtkShortcutTrigger) pressed = gtk_shortcut_trigger_parse_string (accelerator);
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();   /* the focus, then up to its window */
  GtkWidget *focus = gui_test_get_focus (widget);

  g_assert_nonnull (pressed);
  for (GtkWidget *w = focus != NULL ? focus : GTK_WIDGET (gtk_widget_get_root (widget)); w != NULL;
       w = gtk_widget_get_parent (w))
    g_ptr_array_add (chain, w);
  for (guint i = chain->len; i > 0; i--)
    if (run_phase (g_ptr_array_index (chain, i - 1), GTK_PHASE_CAPTURE, pressed))
      return TRUE;
  if (run_phase (g_ptr_array_index (chain, 0), GTK_PHASE_TARGET, pressed))
    return TRUE;
  for (guint i = 0; i < chain->len; i++)
    if (run_phase (g_ptr_array_index (chain, i), GTK_PHASE_BUBBLE, pressed))
      return TRUE;
  return FALSE;
}

gboolean
gui_test_wait_for (const gboolean *done,
                   guint           seconds)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (seconds, on_settle_timeout, &timed_out);

  while (!*done && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (source);
  return *done;
}

gboolean
gui_test_wait_until_hidden (GtkWidget *widget)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (5, on_settle_timeout, &timed_out);

  while (gtk_widget_get_visible (widget) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (source);
  return !gtk_widget_get_visible (widget);
}
