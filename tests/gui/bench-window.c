/* bench-window.c: the main window on a county-sized database
 *
 * 2,000 officers and 60 hubs (tests/rota-sample.c), the window open on a week with the Month
 * page's five weeks behind it. Times the first fill (the read in its thread, the cards and the
 * month grid), then, for each understaffed opening of the week, the assignment a coordinator
 * makes from the picker: from the action to the window's views updated (the rules checked
 * inside the transaction, the write, the models, the one card and month cell replaced), and
 * its undo. Figures, not assertions: run by `make bench`.
 *
 *   xvfb-run -a dbus-run-session build/tests/gui/bench-window [--officers N] [--hubs N]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaBench"

#include "config.h"

#include "hubrota-format.h"
#include "hubrota-opening-pane.h"
#include "hubrota-window-private.h"
#include "bench-util.h"
#include "gui-test-util.h"
#include "rota-sample.h"
#include "test-util.h"

#define OPENINGS 20

static int n_officers = 2000;
static int n_hubs = 60;

static const GOptionEntry options[] = {
  { "officers", 0, 0, G_OPTION_ARG_INT, &n_officers, "Officers (2000)", "N" },
  { "hubs", 0, 0, G_OPTION_ARG_INT, &n_hubs, "Hubs (60)", "N" },
  { NULL }
};

static HubrotaApplication *app;

static double
wall_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
add (GArray *values, double value)
{
  g_array_append_val (values, value);
}

/* The first candidate the picker ranks that breaks no rule, or NULL. */
static char *
harmless_candidate (HubrotaWindow *window)
{
  GListModel *candidates = hubrota_opening_pane_get_candidates (_hubrota_window_get_opening_pane (window));

  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(HubrotaCandidate) candidate = g_list_model_get_item (candidates, i);
      if (hubrota_findings_count_errors (hubrota_candidate_get_findings (candidate)) == 0)
        return g_strdup (hubrota_officer_get_id (hubrota_candidate_get_officer (candidate)));
    }
  return NULL;
}

static GPtrArray *
understaffed_openings (HubrotaWindow *window)
{
  GListModel *statuses = hubrota_workspace_get_statuses (window->workspace);
  g_autoptr(GPtrArray) week = _hubrota_window_openings_on_show (window);
  GPtrArray *openings = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (statuses) && openings->len < OPENINGS; i++)
    {
      g_autoptr(HubrotaOpeningStatus) status = g_list_model_get_item (statuses, i);
      HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (status);
      if (hubrota_opening_status_get_level (status) != HUBROTA_STATUS_CANCELLED &&
          hubrota_opening_status_get_assigned (status) < hubrota_opening_status_get_needed (status) &&
          g_ptr_array_find_with_equal_func (week, occurrence,
                                            (GEqualFunc) hubrota_occurrence_is_same, NULL))
        g_ptr_array_add (openings, g_object_ref (occurrence));
    }
  return openings;
}

static void
bench_window (gconstpointer data)
{
  g_autofree char *path = gui_test_temp_path ("county.db");
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GPtrArray) openings = NULL;
  g_autoptr(GArray) assign_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) assign_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) undo_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  HubrotaWindow *window;
  GDate first, today;
  double wall, cpu;

  gui_test_london_today (&today);
  hubrota_date_to_monday (&today);
  first = today;
  g_date_subtract_days (&first, 28);
  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (rota_sample_fill (store, 2026, (guint) n_officers, (guint) n_hubs, &first, 12 * 7,
                                   &error));
  g_assert_no_error (error);

  wall = wall_ms ();
  cpu = bench_cpu_ms ();
  window = hubrota_window_new (app, store);
  _hubrota_window_set_today (window, &today);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-hub", "s", "");
  gui_test_wait_for_load (window);
  g_test_message ("%d officers, %d hubs: first fill of the week and the month grid %.0f ms "
                  "(%.0f ms CPU), %u openings in the week", n_officers, n_hubs, wall_ms () - wall,
                  bench_cpu_ms () - cpu, hubrota_week_view_count_cards (_hubrota_window_get_week_view (window)));

  /* The Month page on the next month: its five weeks read in a thread and the grid filled. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "month");
  for (guint weeks = 0; weeks < 6; weeks++)
    {
      wall = wall_ms ();
      cpu = bench_cpu_ms ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.next-week", NULL);
      if (hubrota_workspace_get_loading (window->workspace))
        {
          gui_test_wait_for_load (window);
          g_test_message ("the Month page on another month, read and grid filled: %.0f ms "
                          "(%.0f ms CPU), %u cells", wall_ms () - wall, bench_cpu_ms () - cpu,
                          hubrota_month_view_count_cells (_hubrota_window_get_month_view (window)));
          break;
        }
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.today", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "week");
  gui_test_wait_for_load (window);

  openings = understaffed_openings (window);
  for (guint i = 0; i < openings->len; i++)
    {
      g_autofree char *officer = NULL;

      _hubrota_window_open (window, g_ptr_array_index (openings, i));
      gui_test_wait_for_load (window);
      if ((officer = harmless_candidate (window)) == NULL)
        continue;
      wall = wall_ms ();
      cpu = bench_cpu_ms ();
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.assign", "s", officer));
      add (assign_ms, wall_ms () - wall);
      add (assign_cpu, bench_cpu_ms () - cpu);
      g_assert_null (_hubrota_window_get_confirm_dialog (window));
      gui_test_wait_for_load (window);

      wall = wall_ms ();
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
      add (undo_ms, wall_ms () - wall);
      gui_test_wait_for_load (window);
    }
  g_test_message ("an assignment from the picker, action to views updated: median %.1f ms "
                  "(%.1f ms CPU) over %u openings; its undo %.1f ms", bench_median (assign_ms),
                  bench_median (assign_cpu), assign_ms->len, bench_median (undo_ms));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the window");

  g_option_context_add_main_entries (context, options, NULL);
  g_option_context_set_ignore_unknown_options (context, TRUE);
  g_option_context_parse (context, &argc, &argv, NULL);
  if (!gui_test_init (&argc, &argv, GUI_TEST_CAIRO))
    return 0;
  app = gui_test_application_new (FALSE);
  g_test_add_data_func ("/bench/window", NULL, bench_window);
  return gui_test_run ();
}
