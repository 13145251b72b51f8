/* test-languages.c: the window in Polish and in Urdu, right to left
 *
 * One program, run once per language (tests/gui/meson.build sets HUBROTA_TEST_LANGUAGE, and
 * LANGUAGE and LC_ALL to match): gettext and GTK's text direction are chosen once, when a
 * program starts, as they are for Hubrota itself. The expected titles are the catalogues'.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "gui-test-util.h"
#include "hubrota-window-private.h"
#include "test-util.h"

typedef struct
{
  const char *language;
  GtkTextDirection direction;
  const char *week, *month, *problems, *officer, *hubs;
} Expected;

static const Expected expectations[] = {
  { "pl", GTK_TEXT_DIR_LTR, "Tydzień", "Miesiąc", "Problemy", "Funkcjonariusz", "Punkty" },
  { "ur", GTK_TEXT_DIR_RTL, "ہفتہ", "مہینہ", "مسائل", "افسر", "مراکز" },
};

static HubrotaApplication *app;
static const Expected *expected;

typedef GuiTestAppFixture Fixture;

static const char *
page_title (HubrotaWindow *window, const char *name)
{
  AdwViewStack *stack = _hubrota_window_get_view_stack (window);
  AdwViewStackPage *page = adw_view_stack_get_page (stack,
                                                    adw_view_stack_get_child_by_name (stack, name));

  g_assert_nonnull (page);
  return adw_view_stack_page_get_title (page);
}

static GtkWidget *
find_label (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Shows the window's page and saves it as PAGE-LANGUAGE.png. */
static void
save_page (HubrotaWindow *window, const char *page)
{
  g_autofree char *name = g_strdup_printf ("%s-%s.png", page, expected->language);
  g_autoptr(GdkTexture) texture = NULL;

  adw_view_stack_set_visible_child_name (_hubrota_window_get_view_stack (window), page);
  gui_test_wait_for_load (window);
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  texture = gui_test_render_widget (GTK_WIDGET (window));
  gui_test_save_texture (texture, name);
  /* Text, icons and both panes give hundreds of colours; a blank page a handful. */
  g_assert_cmpuint (gui_test_count_colours (texture), >, 100);
}

static void
test_window (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = gui_test_temp_path ("demo.db");
  g_autoptr(HubrotaStore) store = test_util_create_demo_store (path);
  HubrotaWindow *window;
  GtkWidget *sidebar_title;
  GDate today;

  /* GTK takes the direction from its own catalogue when it starts. */
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, expected->direction);

  gui_test_london_today (&today);
  window = hubrota_window_new (app, store);
  _hubrota_window_set_today (window, &today);
  gui_test_wait_for_load (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until_drawn (GTK_WIDGET (window));

  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, expected->direction);
  g_assert_cmpstr (page_title (window, "week"), ==, expected->week);
  g_assert_cmpstr (page_title (window, "month"), ==, expected->month);
  g_assert_cmpstr (page_title (window, "problems"), ==, expected->problems);
  g_assert_cmpstr (page_title (window, "officer"), ==, expected->officer);
  /* The sidebar's heading, mirrored with the rest. */
  sidebar_title = find_label (GTK_WIDGET (window), expected->hubs);
  g_assert_nonnull (sidebar_title);
  g_assert_cmpint (gtk_widget_get_direction (sidebar_title), ==, expected->direction);

  /* The week (the README's screenshot), the month grid, which mirrors with the rest, and
   * the Problems page, whose sentences open with a hub's (Latin) name. */
  save_page (window, "week");
  save_page (window, "month");
  save_page (window, "problems");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  const char *language = g_getenv ("HUBROTA_TEST_LANGUAGE");

  for (gsize i = 0; i < G_N_ELEMENTS (expectations) && language != NULL; i++)
    if (g_str_equal (language, expectations[i].language))
      expected = &expectations[i];
  g_assert_nonnull (expected);

  /* As app/main.c does, before GTK starts. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, hubrota_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gui_test_init (&argc, &argv, GUI_TEST_CAIRO))
    return 0;
  app = gui_test_application_new (FALSE);
  g_test_add ("/languages/window", Fixture, NULL, gui_test_app_set_up, test_window,
              gui_test_app_tear_down);
  return gui_test_run ();
}
