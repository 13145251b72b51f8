/* test-fairness.c: the Fairness dialog: the report's figures, a row per role and per beat, and
 * a chart that draws each officer's share with the part away from their beat in its colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <math.h>

#include "hubrota-fairness-dialog.h"
#include "hubrota-share-chart.h"
#include "hubrota-window-private.h"

#include "gui-test-util.h"
#include "test-util.h"

typedef GuiTestAppFixture Fixture;

static HubrotaApplication *app;

static void
assign (HubrotaStore *store, const char *officer, const char *hub, const char *day)
{
  g_autoptr(HubrotaOccurrence) opening = test_util_find_occurrence (store, hub, day);

  g_assert_nonnull (opening);
  g_assert_true (hubrota_store_assign (store, officer, opening, FALSE, NULL));
}

/* Two weeks from Monday 7 December 2026 as in the core test: Kempston's hub on Saturdays
 * 10:00–13:00, Ampthill's on Fridays 14:00–16:00; PC1 does one of each (2 h away from
 * Kempston), PCSO2 and VOL3 one Kempston opening each, PC4 one Ampthill opening. */
static HubrotaStore *
create_scene (void)
{
  g_autofree char *path = gui_test_temp_path ("fairness.db");
  HubrotaStore *store = test_util_create_store (path);

  test_util_add_beat (store, "kempston", "Kempston");
  test_util_add_beat (store, "ampthill", "Ampthill");
  test_util_add_hub (store, "kem", "Kempston Hub", "kempston");
  test_util_add_hub (store, "amp", "Ampthill Hub", "ampthill");
  test_util_add_series_at (store, "kem", "2026-12-12T10:00", 180, "FREQ=WEEKLY", 1);
  test_util_add_series_at (store, "amp", "2026-12-11T14:00", 120, "FREQ=WEEKLY", 1);
  test_util_add_officer (store, "PC1", "Ann One", HUBROTA_ROLE_PC, "kempston", 40);
  test_util_add_officer (store, "PCSO2", "Bo Two", HUBROTA_ROLE_PCSO, "kempston", 20);
  test_util_add_officer (store, "VOL3", "Cy Three", HUBROTA_ROLE_VOL, NULL, 0);
  test_util_add_officer (store, "PC4", "Di Four", HUBROTA_ROLE_PC, "ampthill", 40);
  assign (store, "PC1", "kem", "2026-12-12");
  assign (store, "PC1", "amp", "2026-12-11");
  assign (store, "PCSO2", "kem", "2026-12-19");
  assign (store, "VOL3", "kem", "2026-12-12");
  assign (store, "PC4", "amp", "2026-12-18");
  return store;
}

static HubrotaFairnessDialog *
open_dialog (HubrotaStore *store)
{
  g_autoptr(GDate) from = test_util_date ("2026-12-07");
  g_autoptr(GDate) to = test_util_date ("2026-12-20");
  HubrotaFairnessDialog *dialog =
    HUBROTA_FAIRNESS_DIALOG (hubrota_fairness_dialog_new (NULL, store, from, to));

  gtk_window_present (GTK_WINDOW (dialog));
  while (hubrota_fairness_dialog_get_report (dialog) == NULL)
    g_main_context_iteration (NULL, TRUE);
  gui_test_wait_until_drawn (GTK_WIDGET (dialog));
  return dialog;
}

static void
collect (GtkWidget *widget, GType type, GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, out);
}

/* The charts on show, top to bottom. */
static GPtrArray *
charts_on_show (HubrotaFairnessDialog *dialog)
{
  GPtrArray *charts = g_ptr_array_new ();

  collect (GTK_WIDGET (dialog), HUBROTA_TYPE_SHARE_CHART, charts);
  return charts;
}

static char *
describe_charts (GPtrArray *charts)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < charts->len; i++)
    {
      HubrotaShareChart *chart = g_ptr_array_index (charts, i);
      g_autofree char *text = hubrota_share_chart_describe (chart);
      g_string_append_printf (out, "%s: %s\n",
                              hubrota_share_group_get_label (hubrota_share_chart_get_group (chart)),
                              text);
    }
  return g_string_free (out, FALSE);
}

/* Whether the label with exactly this text is on show. */
static gboolean
shows_label (HubrotaFairnessDialog *dialog, const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (GTK_WIDGET (dialog), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_by_role_and_beat (Fixture *fixture, gconstpointer data)
{
  g_autoptr(HubrotaStore) store = create_scene ();
  HubrotaFairnessDialog *dialog = open_dialog (store);
  g_autoptr(GPtrArray) roles = charts_on_show (dialog);
  g_autoptr(GPtrArray) beats = NULL;
  g_autofree char *role_text = describe_charts (roles);
  g_autofree char *beat_text = NULL;
  GtkStack *groups;

  g_assert_true (shows_label (dialog, "13 h at hubs among 4 officers, 2 h of it away from their "
                                      "own beats."));
  g_assert_true (shows_label (dialog, "Largest share 37.5%, smallest 2.5%; Gini 0.49, where 0 is "
                                      "even and 1 is one officer carrying it all."));
  g_assert_true (shows_label (dialog, "Volunteer"));
  g_assert_true (shows_label (dialog, "1 officer · 3 h at hubs, 0 h away · share 37.5%"));
  g_assert_true (shows_label (dialog, "2 officers · 7 h at hubs, 2 h away · shares 2.5–6.2% · "
                                      "Gini 0.21"));
  g_assert_cmpstr (role_text, ==, "PC: PC1 Ann One 6.2% (2 h away); PC4 Di Four 2.5%\n"
                                  "PCSO: PCSO2 Bo Two 7.5%\n"
                                  "VOL: VOL3 Cy Three 37.5%\n");

  groups = GTK_STACK (gtk_widget_get_ancestor (g_ptr_array_index (roles, 0), GTK_TYPE_STACK));
  gtk_stack_set_visible_child_name (groups, "beats");
  gui_test_wait_until_drawn (GTK_WIDGET (dialog));
  beats = charts_on_show (dialog);
  beat_text = describe_charts (beats);
  g_assert_cmpstr (beat_text, ==, "Ampthill: PC4 Di Four 2.5%\n"
                                  "Kempston: PCSO2 Bo Two 7.5%; PC1 Ann One 6.2% (2 h away)\n"
                                  "No beat: VOL3 Cy Three 37.5%\n");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Pixels of one colour in a rendering. */
static guint
count_pixels (GdkTexture *texture, guint8 red, guint8 green, guint8 blue)
{
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guint8 *pixels = g_malloc ((gsize) width * height * 4);
  guint n = 0;

  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (int i = 0; i < width * height; i++)
    {
      /* Cairo's layout in memory: B, G, R, A */
      guint8 *p = pixels + 4 * i;
      n += p[2] == red && p[1] == green && p[0] == blue;
    }
  return n;
}

/* The PC chart draws PC1's 2 h away in orange and the rest in blue; PCSO2's has no orange;
 * the bars' lengths follow the shares: VOL3's 37.5% fills the scale, PCSO2's 7.5% a fifth. */
static void
test_chart_draws (Fixture *fixture, gconstpointer data)
{
  g_autoptr(HubrotaStore) store = create_scene ();
  HubrotaFairnessDialog *dialog = open_dialog (store);
  g_autoptr(GPtrArray) charts = charts_on_show (dialog);
  g_autoptr(GdkTexture) pc = gui_test_render_widget (g_ptr_array_index (charts, 0));
  g_autoptr(GdkTexture) pcso = gui_test_render_widget (g_ptr_array_index (charts, 1));
  g_autoptr(GdkTexture) vol = gui_test_render_widget (g_ptr_array_index (charts, 2));
  guint pcso_blue = count_pixels (pcso, 0x35, 0x84, 0xe4);
  guint vol_blue = count_pixels (vol, 0x35, 0x84, 0xe4);

  g_assert_cmpuint (hubrota_share_chart_get_n_bars (g_ptr_array_index (charts, 0)), ==, 2);
  g_assert_cmpuint (count_pixels (pc, 0xff, 0x78, 0x00), >, 0);
  g_assert_cmpuint (count_pixels (pc, 0x35, 0x84, 0xe4), >, 0);
  g_assert_cmpuint (count_pixels (pcso, 0xff, 0x78, 0x00), ==, 0);
  g_assert_cmpuint (pcso_blue, >, 0);
  /* 7.5 / 37.5 of the length, within a pixel column of rounding either way */
  g_assert_cmpfloat (fabs ((double) pcso_blue / vol_blue - 0.2), <, 0.02);
  gui_test_save_screenshot (GTK_WIDGET (dialog), "fairness-dialog.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The window's Fairness counts the 8 weeks before the week on show and that week. */
static void
test_from_window (Fixture *fixture, gconstpointer data)
{
  g_autoptr(HubrotaStore) store = create_scene ();
  g_autoptr(GDate) today = test_util_date ("2026-12-16");
  HubrotaWindow *window = hubrota_window_new (app, store);
  HubrotaFairnessDialog *dialog;
  GDate from, to;
  guint count = 0;

  _hubrota_window_set_today (window, today);
  gui_test_wait_for_load (window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.today", NULL));
  gui_test_wait_for_load (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.fairness", NULL));
  dialog = HUBROTA_FAIRNESS_DIALOG (gui_test_find_toplevel (HUBROTA_TYPE_FAIRNESS_DIALOG, &count));
  g_assert_cmpuint (count, ==, 1);
  while (hubrota_fairness_dialog_get_report (dialog) == NULL)
    g_main_context_iteration (NULL, TRUE);
  hubrota_fairness_get_period (hubrota_fairness_dialog_get_report (dialog), &from, &to);
  g_assert_cmpuint (g_date_get_day (&from), ==, 19);
  g_assert_cmpuint (g_date_get_month (&from), ==, G_DATE_OCTOBER);
  g_assert_cmpuint (g_date_get_day (&to), ==, 20);
  g_assert_cmpuint (g_date_get_month (&to), ==, G_DATE_DECEMBER);
  /* PC4's Friday 18 December is in that week, so all five openings count. */
  g_assert_cmpfloat (hubrota_share_group_get_hub_hours (
                       hubrota_fairness_get_everyone (hubrota_fairness_dialog_get_report (dialog))),
                     ==, 13);
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv, GUI_TEST_DEFAULT))
    return 0;
  app = gui_test_application_new (FALSE);

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, gui_test_app_set_up, fn, gui_test_app_tear_down)
  ADD ("/fairness/by-role-and-beat", test_by_role_and_beat);
  ADD ("/fairness/chart-draws", test_chart_draws);
  ADD ("/fairness/from-window", test_from_window);
#undef ADD

  return gui_test_run ();
}
