/* test-window.c: the main window on real databases, built through the public core API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include "hubrota-application.h"
#include "hubrota-candidate-row.h"
#include "hubrota-beats-window.h"
#include "hubrota-breakpoint-bin.h"
#include "hubrota-beats-window-private.h"
#include "hubrota-closure-dialog-private.h"
#include "hubrota-format.h"
#include "hubrota-hub-editor-private.h"
#include "hubrota-schedule-editor-private.h"
#include "hubrota-hub-row.h"
#include "hubrota-officers-window-private.h"
#include "hubrota-month-view.h"
#include "hubrota-opening-card.h"
#include "hubrota-store-private.h"
#include "hubrota-window-private.h"

#include "gui-test-util.h"
#include "test-util.h"

typedef GuiTestAppFixture Fixture;

static HubrotaApplication *app;

/* An officer on duty 08:00–18:00 every day from a week ago, or never (on_duty FALSE). */
static void
add_officer (HubrotaStore *store,
             const char   *id,
             const char   *name,
             const char   *beat,
             const GDate  *today,
             gboolean      on_duty)
{
  g_autoptr(GError) error = NULL;
  GDate week_ago = *today;

  test_util_add_officer (store, id, name, HUBROTA_ROLE_PC, beat, 40);
  if (on_duty)
    {
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(HubrotaDuty) duty = NULL;

      g_date_subtract_days (&week_ago, 7);
      start = gui_test_london_datetime (&week_ago, 8);
      duty = hubrota_duty_new (id, start, 600, "FREQ=DAILY");
      g_assert_cmpint (hubrota_store_add_duty (store, duty, &error), >, 0);
      g_assert_no_error (error);
    }
}

/* Two beats, three hubs, and at Marsh Farm a weekly opening (10:00–13:00, one officer) that
 * starts a week from today, with its second opening cancelled. Three officers: PC1 on the
 * hub's own beat and on duty, PC2 on that beat but never on duty, PC3 on duty on another
 * beat. */
static HubrotaStore *
create_small_store (const GDate *today)
{
  g_autofree char *path = gui_test_temp_path ("small.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaSeries) series = NULL;
  g_autoptr(GDateTime) start = NULL;
  GDate first = *today, second;
  gint64 series_id;

  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  test_util_add_beat (store, "luton-south", "South, Luton");
  test_util_add_beat (store, "dunstable", "Dunstable Central");
  test_util_add_hub (store, "marsh-farm", "Marsh Farm Futures House", "luton-south");
  test_util_add_hub (store, "luton-town-centre", "Luton Town Centre", "luton-south");
  test_util_add_hub (store, "grove-house", "Grove House", "dunstable");
  add_officer (store, "PC1", "Ada Lovelace", "luton-south", today, TRUE);
  add_officer (store, "PC2", "Bo Diddley", "luton-south", today, FALSE);
  add_officer (store, "PC3", "Cy Twombly", "dunstable", today, TRUE);

  g_date_add_days (&first, 7);
  start = gui_test_london_datetime (&first, 10);
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

/* The opening a week from today, as the store has it now. */
static HubrotaOccurrence *
next_weeks_opening (HubrotaStore *store,
                    const GDate  *today)
{
  g_autoptr(GError) error = NULL;
  GDate day = *today;
  HubrotaOccurrence *occurrence;

  g_date_add_days (&day, 7);
  occurrence = hubrota_store_find_occurrence (store, "marsh-farm", &day, NULL, &error);
  g_assert_no_error (error);
  return occurrence;
}

static char *
assigned_in_store (HubrotaStore *store,
                   const GDate  *today)
{
  g_autoptr(HubrotaOccurrence) occurrence = next_weeks_opening (store, today);
  GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < assigned->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "", (char *) g_ptr_array_index (assigned, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Who the store has on next week's opening, in the order they were put on. */
static void
assert_assigned (HubrotaStore *store,
                 const GDate  *today,
                 const char   *expected)
{
  g_autofree char *assigned = assigned_in_store (store, today);

  g_assert_cmpstr (assigned, ==, expected);
}

static void
activate (HubrotaWindow *window,
          const char    *action,
          GVariant      *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  gui_test_wait_for_load (window);
}

static HubrotaWindow *
open_window (HubrotaStore *store,
             const GDate  *today)
{
  HubrotaWindow *window = hubrota_window_new (app, store);

  _hubrota_window_set_today (window, today);
  gui_test_wait_for_load (window);
  return window;
}

static HubrotaStatusLevel
card_state (HubrotaWindow     *window,
            HubrotaOccurrence *occurrence)
{
  GtkWidget *card = hubrota_week_view_get_card (_hubrota_window_get_week_view (window), occurrence);

  g_assert_nonnull (card);
  return hubrota_opening_status_get_level (
    hubrota_opening_card_get_status (HUBROTA_OPENING_CARD (card)));
}

static HubrotaOpeningStatus *
card_status (HubrotaWindow     *window,
             HubrotaOccurrence *occurrence)
{
  GtkWidget *card = hubrota_week_view_get_card (_hubrota_window_get_week_view (window), occurrence);

  g_assert_nonnull (card);
  return hubrota_opening_card_get_status (HUBROTA_OPENING_CARD (card));
}

static HubrotaStatusLevel
officer_state (HubrotaWindow     *window,
               HubrotaOccurrence *occurrence,
               const char        *officer)
{
  return hubrota_opening_status_get_officer_level (card_status (window, occurrence), officer);
}

/* The card's badge: what the coordinator reads. */
static void
assert_card_says (HubrotaWindow     *window,
                  HubrotaOccurrence *occurrence,
                  const char        *expected)
{
  g_autofree char *said = hubrota_format_status (card_status (window, occurrence));

  g_assert_cmpstr (said, ==, expected);
}

static guint
problems_badge (HubrotaWindow *window)
{
  return adw_view_stack_page_get_badge_number (_hubrota_window_get_problems_page (window));
}

static HubrotaHubRow *
hub_row_at (HubrotaWindow *window,
            int            index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (_hubrota_window_get_hub_list (window), index);

  g_assert_nonnull (row);
  return HUBROTA_HUB_ROW (gtk_list_box_row_get_child (row));
}

static const char *
header_at (HubrotaWindow *window,
           int            index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (_hubrota_window_get_hub_list (window), index);
  GtkWidget *header = gtk_list_box_row_get_header (row);

  return header != NULL ? gtk_label_get_label (GTK_LABEL (header)) : NULL;
}

static int
count_hub_rows (HubrotaWindow *window)
{
  int n = 0;

  while (gtk_list_box_get_row_at_index (_hubrota_window_get_hub_list (window), n) != NULL)
    n++;
  return n;
}

/* The sidebar groups hubs under their beats, says when each next opens and whether that
 * opening is staffed; the week view shows this week, and the next. */
static void
test_hubs_and_weeks (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *day = NULL;
  g_autofree char *next = NULL;
  HubrotaWindow *window;
  GDate today, monday;

  gui_test_london_today (&today);
  store = create_small_store (&today);
  opening = next_weeks_opening (store, &today);
  window = open_window (store, &today);

  g_assert_cmpstr (_hubrota_window_get_page (window), ==, "hubs");
  /* All hubs, then Dunstable Central's one hub, then South, Luton's two. */
  g_assert_cmpint (count_hub_rows (window), ==, 4);
  g_assert_null (header_at (window, 0));
  g_assert_cmpstr (header_at (window, 1), ==, "Dunstable Central");
  g_assert_cmpstr (header_at (window, 2), ==, "South, Luton");
  g_assert_null (header_at (window, 3));
  g_assert_cmpstr (hubrota_hub_row_get_next (hub_row_at (window, 1)), ==, "No openings planned");
  start = g_date_time_to_timezone (hubrota_occurrence_get_start (opening), hubrota_london_tz ());
  day = g_date_time_format (start, "%a %-d %b");
  next = g_strdup_printf ("Next: %s 10:00", day);
  g_assert_cmpstr (hubrota_hub_row_get_next (hub_row_at (window, 3)), ==, next);
  /* Nothing to staff this week: no mark. */
  g_assert_cmpint (hubrota_hub_row_get_level (hub_row_at (window, 3)), ==,
                   HUBROTA_STATUS_CANCELLED);

  /* This week has nothing; the opening is next week. */
  activate (window, "win.select-hub", g_variant_new_string ("marsh-farm"));
  g_assert_cmpstr (_hubrota_window_get_hub (window), ==, "marsh-farm");
  monday = today;
  g_date_subtract_days (&monday, g_date_get_weekday (&today) - G_DATE_MONDAY);
  g_assert_cmpint (g_date_compare (_hubrota_window_get_monday (window), &monday), ==, 0);
  g_assert_cmpuint (hubrota_week_view_count_cards (_hubrota_window_get_week_view (window)), ==, 0);

  activate (window, "win.next-week", NULL);
  g_date_add_days (&monday, 7);
  g_assert_cmpint (g_date_compare (_hubrota_window_get_monday (window), &monday), ==, 0);
  g_assert_cmpuint (hubrota_week_view_count_cards (_hubrota_window_get_week_view (window)), ==, 1);
  g_assert_cmpint (card_state (window, opening), ==, HUBROTA_STATUS_WARNING);
  g_assert_cmpint (hubrota_hub_row_get_level (hub_row_at (window, 3)), ==, HUBROTA_STATUS_WARNING);
  g_assert_cmpuint (problems_badge (window), ==, 1);

  /* Enter (or a click) on a card opens it beside the week; Escape closes it. */
  g_assert_false (_hubrota_window_is_opening_shown (window));
  gtk_widget_activate (gtk_widget_get_parent (
    hubrota_week_view_get_card (_hubrota_window_get_week_view (window), opening)));
  g_assert_true (_hubrota_window_is_opening_shown (window));
  g_assert_true (hubrota_occurrence_is_same (
    hubrota_opening_pane_get_occurrence (_hubrota_window_get_opening_pane (window)), opening));
  activate (window, "win.close-opening", NULL);
  g_assert_false (_hubrota_window_is_opening_shown (window));

  /* The week after holds the cancelled one; Today comes back. */
  activate (window, "win.next-week", NULL);
  g_assert_cmpuint (hubrota_week_view_count_cards (_hubrota_window_get_week_view (window)), ==, 1);
  activate (window, "win.today", NULL);
  g_date_subtract_days (&monday, 7);
  g_assert_cmpint (g_date_compare (_hubrota_window_get_monday (window), &monday), ==, 0);

  /* Searching narrows the sidebar, by hub or by beat. */
  _hubrota_window_search_hubs (window, "grove");
  g_assert_true (gtk_widget_get_child_visible (gtk_widget_get_parent (GTK_WIDGET (hub_row_at (window, 1)))));
  g_assert_false (gtk_widget_get_child_visible (gtk_widget_get_parent (GTK_WIDGET (hub_row_at (window, 3)))));
  _hubrota_window_search_hubs (window, "luton");
  g_assert_false (gtk_widget_get_child_visible (gtk_widget_get_parent (GTK_WIDGET (hub_row_at (window, 1)))));
  g_assert_true (gtk_widget_get_child_visible (gtk_widget_get_parent (GTK_WIDGET (hub_row_at (window, 2)))));
  gtk_window_destroy (GTK_WINDOW (window));
}

static HubrotaCandidate *
candidate_at (HubrotaWindow *window,
              guint          position)
{
  GListModel *candidates = hubrota_opening_pane_get_candidates (_hubrota_window_get_opening_pane (window));

  return g_list_model_get_item (candidates, position);
}

static const char *
candidate_id (HubrotaCandidate *candidate)
{
  return hubrota_officer_get_id (hubrota_candidate_get_officer (candidate));
}

/* The chips a candidate's row shows, one a line. */
static void
assert_costs (HubrotaWindow    *window,
              HubrotaCandidate *candidate,
              const char       *expected)
{
  GtkWidget *row = g_object_ref_sink (hubrota_candidate_row_new ());
  HubrotaOpeningPane *pane = _hubrota_window_get_opening_pane (window);
  g_autofree char *costs = NULL;

  hubrota_candidate_row_set (HUBROTA_CANDIDATE_ROW (row), candidate,
                             hubrota_opening_pane_get_occurrence (pane),
                             _hubrota_window_get_rota (window));
  costs = hubrota_candidate_row_dup_costs (HUBROTA_CANDIDATE_ROW (row));
  g_assert_cmpstr (costs, ==, expected);
  g_object_unref (row);
}

/* What the issue asks of a coordinator: find the understaffed opening, see the candidates
 * ranked with their costs, assign one, undo, redo, and see the Problems page follow. */
static void
test_staff_an_opening (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(HubrotaCandidate) first = NULL;
  g_autoptr(HubrotaCandidate) second = NULL;
  g_autoptr(HubrotaCandidate) third = NULL;
  HubrotaProblemsView *problems;
  HubrotaFinding *finding;
  HubrotaWindow *window;
  GtkWidget *dialog;
  GDate today;
  char date[16];

  gui_test_london_today (&today);
  store = create_small_store (&today);
  opening = next_weeks_opening (store, &today);
  window = open_window (store, &today);
  problems = _hubrota_window_get_problems_view (window);
  activate (window, "win.next-week", NULL);

  /* The Problems page names the understaffed opening and takes us to it. */
  g_assert_cmpuint (hubrota_problems_view_count_rule (problems, HUBROTA_RULE_UNDERSTAFFED), ==, 1);
  g_assert_false (_hubrota_window_is_opening_shown (window));
  g_signal_emit_by_name (hubrota_problems_view_get_row (problems, 0), "activated");
  gui_test_wait_for_load (window);
  g_assert_true (_hubrota_window_is_opening_shown (window));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (_hubrota_window_get_view_stack (window)), ==, "week");

  /* Ranked: PC1 breaks nothing; PC2 is off duty, which is overtime, a warning; PC3 is
   * Dunstable's only officer on duty, so taking them leaves that beat uncovered, an error. */
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_opening_pane_get_candidates (
                      _hubrota_window_get_opening_pane (window))), ==, 3);
  first = candidate_at (window, 0);
  second = candidate_at (window, 1);
  third = candidate_at (window, 2);
  g_assert_cmpstr (candidate_id (first), ==, "PC1");
  g_assert_cmpuint (hubrota_candidate_get_findings (first)->len, ==, 0);
  g_assert_cmpstr (candidate_id (second), ==, "PC2");
  g_assert_cmpuint (hubrota_candidate_get_findings (second)->len, ==, 1);
  finding = g_ptr_array_index (hubrota_candidate_get_findings (second), 0);
  g_assert_cmpint (hubrota_finding_get_rule (finding), ==, HUBROTA_RULE_OFF_DUTY);
  g_assert_cmpstr (candidate_id (third), ==, "PC3");
  g_assert_cmpuint (hubrota_candidate_get_findings (third)->len, ==, 1);
  finding = g_ptr_array_index (hubrota_candidate_get_findings (third), 0);
  g_assert_cmpint (hubrota_finding_get_rule (finding), ==, HUBROTA_RULE_BEAT_UNCOVERED);

  /* Grouped, and each cost a number as the rows show it. */
  g_assert_cmpint (hubrota_candidate_get_group (first), ==, HUBROTA_CANDIDATE_OWN_BEAT);
  g_assert_cmpint (hubrota_candidate_get_group (second), ==, HUBROTA_CANDIDATE_WARNINGS);
  g_assert_cmpint (hubrota_candidate_get_group (third), ==, HUBROTA_CANDIDATE_ERRORS);
  assert_costs (window, first, "");
  assert_costs (window, second, "+3 h overtime\n");
  assert_costs (window, third, "Dunstable Central left uncovered 10:00–13:00\n"
                               "Abstraction 0% → 4% (limit 10%)\n");

  /* No error: one action, no question. */
  activate (window, "win.assign", g_variant_new_string ("PC1"));
  g_assert_null (_hubrota_window_get_confirm_dialog (window));
  assert_assigned (store, &today, "PC1");
  g_assert_true (g_str_has_prefix (adw_toast_get_title (_hubrota_window_get_last_toast (window)),
                                   "Ada Lovelace is on Marsh Farm Futures House, "));
  g_assert_cmpint (card_state (window, opening), ==, HUBROTA_STATUS_STAFFED);
  g_assert_cmpuint (problems_badge (window), ==, 0);
  g_assert_cmpuint (hubrota_problems_view_count_rule (problems, HUBROTA_RULE_UNDERSTAFFED), ==, 0);
  /* The pane stays on the opening, now without PC1 among the candidates. */
  g_assert_true (_hubrota_window_is_opening_shown (window));
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_opening_pane_get_candidates (
                      _hubrota_window_get_opening_pane (window))), ==, 2);

  activate (window, "win.undo", NULL);
  assert_assigned (store, &today, "");
  g_assert_cmpint (card_state (window, opening), ==, HUBROTA_STATUS_WARNING);
  g_assert_cmpuint (problems_badge (window), ==, 1);

  activate (window, "win.redo", NULL);
  assert_assigned (store, &today, "PC1");
  g_assert_cmpuint (problems_badge (window), ==, 0);

  /* A warning does not stop anyone; Problems then shows the officer off duty. */
  activate (window, "win.assign", g_variant_new_string ("PC2"));
  g_assert_null (_hubrota_window_get_confirm_dialog (window));
  assert_assigned (store, &today, "PC1 PC2");
  g_assert_cmpuint (hubrota_problems_view_count_rule (problems, HUBROTA_RULE_OFF_DUTY), ==, 1);
  /* Staffed, but not green: the card says overtime, and marks PC2 as its cause. */
  g_assert_cmpint (card_state (window, opening), ==, HUBROTA_STATUS_WARNING);
  assert_card_says (window, opening, "Overtime");
  g_assert_cmpint (officer_state (window, opening, "PC2"), ==, HUBROTA_STATUS_WARNING);
  g_assert_cmpint (officer_state (window, opening, "PC1"), ==, HUBROTA_STATUS_STAFFED);

  /* An error asks first; Cancel stores nothing. */
  activate (window, "win.assign", g_variant_new_string ("PC3"));
  dialog = _hubrota_window_get_confirm_dialog (window);
  g_assert_nonnull (dialog);
  g_signal_emit_by_name (dialog, "response", "cancel");
  gui_test_wait_for_load (window);
  g_assert_null (_hubrota_window_get_confirm_dialog (window));
  assert_assigned (store, &today, "PC1 PC2");

  /* Assign Anyway stores it, and the card and Problems show the error. */
  activate (window, "win.assign", g_variant_new_string ("PC3"));
  g_signal_emit_by_name (_hubrota_window_get_confirm_dialog (window), "response", "assign");
  gui_test_wait_for_load (window);
  assert_assigned (store, &today, "PC1 PC2 PC3");
  g_assert_cmpuint (hubrota_problems_view_count_rule (problems, HUBROTA_RULE_BEAT_UNCOVERED), ==, 1);
  g_assert_cmpint (card_state (window, opening), ==, HUBROTA_STATUS_ERROR);
  assert_card_says (window, opening, "Beat left uncovered");
  g_assert_cmpint (officer_state (window, opening, "PC3"), ==, HUBROTA_STATUS_ERROR);

  /* A chip's remove button takes PC3 off again. */
  g_date_strftime (date, sizeof date, "%Y-%m-%d", hubrota_occurrence_get_original_date (opening));
  activate (window, "win.unassign",
            g_variant_new ("(sxs)", "PC3", hubrota_occurrence_get_series (opening), date));
  assert_assigned (store, &today, "PC1 PC2");
  g_assert_cmpint (card_state (window, opening), ==, HUBROTA_STATUS_WARNING);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Assign to every opening of this series": checked over a year, then stored for each. */
static void
test_assign_series (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaWindow *window;
  GDate today, from, to;
  guint staffed = 0;

  gui_test_london_today (&today);
  store = create_small_store (&today);
  opening = next_weeks_opening (store, &today);
  window = open_window (store, &today);
  activate (window, "win.next-week", NULL);
  _hubrota_window_open (window, opening);

  activate (window, "win.whole-series", NULL);
  activate (window, "win.assign", g_variant_new_string ("PC1"));
  g_assert_null (_hubrota_window_get_confirm_dialog (window));
  assert_assigned (store, &today, "PC1");

  from = today;
  to = today;
  g_date_add_days (&to, 400);
  later = hubrota_store_list_occurrences (store, &from, &to, "marsh-farm", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < later->len; i++)
    staffed += hubrota_occurrence_get_assigned (g_ptr_array_index (later, i))->len;
  /* Twenty openings, one cancelled (which shows nobody). */
  g_assert_cmpuint (later->len, ==, 20);
  g_assert_cmpuint (staffed, ==, 19);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An officer's own weeks: assignments, abstraction against the beat's limit, and "me". */
static void
test_officer_view (Fixture       *fixture,
                   gconstpointer  data)
{
  GSettings *settings = hubrota_application_get_settings (app);
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaOfficerView *view;
  HubrotaWindow *window;
  GDate today;

  gui_test_london_today (&today);
  store = create_small_store (&today);
  opening = next_weeks_opening (store, &today);
  /* PC3's beat is Dunstable: three hours at Marsh Farm out of 70 on duty that week. */
  g_assert_true (hubrota_store_assign (store, "PC3", opening, TRUE, &error));
  g_settings_set_string (settings, "me", "PC3");

  window = open_window (store, &today);
  view = _hubrota_window_get_officer_view (window);
  activate (window, "win.show-view", g_variant_new_string ("officer"));
  g_assert_cmpstr (g_settings_get_string (settings, "last-view"), ==, "officer");
  g_assert_cmpstr (hubrota_officer_view_get_officer (view), ==, "PC3");
  /* Next week's and the one three weeks on; the cancelled one between shows nobody. */
  g_assert_cmpuint (hubrota_officer_view_count_assignments (view), ==, 2);
  g_assert_cmpfloat (hubrota_officer_view_get_week_level (view, 0), ==, 0);
  g_assert_cmpfloat_with_epsilon (hubrota_officer_view_get_week_level (view, 1), 3.0 / 70 * 100 / 10, 1e-9);
  g_assert_cmpuint (hubrota_officer_view_count_findings (view), ==, 0);

  hubrota_officer_view_set_officer (view, "PC1");
  g_assert_cmpuint (hubrota_officer_view_count_assignments (view), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "me");
  g_settings_reset (settings, "last-view");
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

  gui_test_london_today (&today);
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

/* Window size, the chosen hub and the page on show survive closing the window. */
static void
test_remembers_state (Fixture       *fixture,
                      gconstpointer  data)
{
  GSettings *settings = hubrota_application_get_settings (app);
  g_autoptr(HubrotaStore) store = NULL;
  g_autofree char *last_hub = NULL;
  g_autofree char *last_view = NULL;
  HubrotaWindow *window;
  GDate today;
  int width, height;

  g_assert_nonnull (settings);
  gui_test_london_today (&today);
  store = create_small_store (&today);

  window = open_window (store, &today);
  activate (window, "win.select-hub", g_variant_new_string ("marsh-farm"));
  activate (window, "win.show-view", g_variant_new_string ("problems"));
  last_hub = g_settings_get_string (settings, "last-hub");
  g_assert_cmpstr (last_hub, ==, "marsh-farm");
  last_view = g_settings_get_string (settings, "last-view");
  g_assert_cmpstr (last_view, ==, "problems");
  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  /* GTK only asks a window that is on screen whether it may close. */
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = open_window (store, &today);
  g_assert_cmpstr (_hubrota_window_get_hub (window), ==, "marsh-farm");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (_hubrota_window_get_view_stack (window)), ==,
                   "problems");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 610);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "last-hub");
  g_settings_reset (settings, "last-view");
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
  /* Seven hubs and "All Hubs" */
  g_assert_cmpint (count_hub_rows (window), ==, 8);
  gui_test_wait_for_load (window);
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
  g_assert_cmpint (count_hub_rows (window), ==, 1);
  gui_test_wait_for_load (window);
  g_assert_cmpuint (hubrota_week_view_count_cards (_hubrota_window_get_week_view (window)), ==, 0);
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

static void
exec_sql (HubrotaStore *store,
          const char   *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_hubrota_store_exec (store, sql, &error));
  g_assert_no_error (error);
}

static const char *
last_toast (HubrotaWindow *window)
{
  return adw_toast_get_title (_hubrota_window_get_last_toast (window));
}

/* The store refusing a change (a read-only file, a lock held by another program) comes up as
 * a toast in the store's words, the week stays shown, and nothing is half-changed. */
static void
test_store_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *read_only = NULL;
  g_autofree char *locked = NULL;
  HubrotaWindow *window;
  GDate today;

  gui_test_london_today (&today);
  store = create_small_store (&today);
  window = open_window (store, &today);
  activate (window, "win.next-week", NULL);
  _hubrota_window_open (window, next_weeks_opening (store, &today));

  /* PRAGMA query_only fails writes with SQLITE_READONLY, as a read-only file does. */
  exec_sql (store, "PRAGMA query_only = ON");
  activate (window, "win.assign", g_variant_new_string ("PC1"));
  read_only = g_strdup_printf ("The database %s cannot be written: the file or its folder is "
                               "read-only", hubrota_store_get_path (store));
  g_assert_cmpstr (last_toast (window), ==, read_only);
  exec_sql (store, "PRAGMA query_only = OFF");
  assert_assigned (store, &today, "");
  g_assert_cmpstr (_hubrota_window_get_page (window), ==, "hubs");

  /* Another program holds the write lock; the window waits a moment, then says so. */
  other = hubrota_store_open (hubrota_store_get_path (store), HUBROTA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  exec_sql (store, "PRAGMA busy_timeout = 50");
  exec_sql (other, "BEGIN IMMEDIATE");
  activate (window, "win.assign", g_variant_new_string ("PC1"));
  locked = g_strdup_printf ("The database %s is locked by another program; try again in a "
                            "moment", hubrota_store_get_path (store));
  g_assert_cmpstr (last_toast (window), ==, locked);
  exec_sql (other, "ROLLBACK");
  assert_assigned (store, &today, "");

  /* Once the lock is gone the same click works. */
  activate (window, "win.assign", g_variant_new_string ("PC1"));
  assert_assigned (store, &today, "PC1");
}

static HubrotaHub *
hub_of_row (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "hub");
}

/* The editors open from the window's actions, and what they save shows in the window at once:
 * a new hub joins the sidebar and is chosen, a new officer joins the opening's candidates. */
static void
test_editors_from_window (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HubrotaStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *other_path = NULL;
  g_autoptr(HubrotaStore) store = NULL;
  HubrotaOfficersWindow *officers;
  HubrotaHubEditor *editor;
  HubrotaWindow *window;
  GDate today;
  guint count;

  gui_test_london_today (&today);
  store = create_small_store (&today);
  window = open_window (store, &today);
  g_assert_cmpint (count_hub_rows (window), ==, 4);
  /* All Hubs is on show: there is no hub to edit. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-hub", NULL);
  g_assert_null (gui_test_find_toplevel (HUBROTA_TYPE_HUB_EDITOR, &count));

  activate (window, "win.new-hub", NULL);
  editor = HUBROTA_HUB_EDITOR (gui_test_find_toplevel (HUBROTA_TYPE_HUB_EDITOR, &count));
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));
  _hubrota_hub_editor_set_text (editor, "name", "Stopsley Community Centre");
  g_assert_true (_hubrota_hub_editor_set_beat (editor, "luton-south"));
  g_assert_true (_hubrota_hub_editor_save (editor));
  gui_test_wait_for_load (window);
  g_assert_cmpint (count_hub_rows (window), ==, 5);
  g_assert_cmpstr (_hubrota_window_get_hub (window), ==, "stopsley-community-centre");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-hub", NULL));
  editor = HUBROTA_HUB_EDITOR (gui_test_find_toplevel (HUBROTA_TYPE_HUB_EDITOR, &count));
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "name"), ==, "Stopsley Community Centre");

  /* Archived, it moves to the end of the sidebar under its own heading, still on show. */
  adw_message_dialog_response (_hubrota_hub_editor_archive (editor), "archive");
  gui_test_wait_for_load (window);
  g_assert_cmpint (count_hub_rows (window), ==, 5);
  g_assert_cmpstr (header_at (window, 4), ==, "Archived");
  g_assert_cmpstr (hubrota_hub_get_slug (hub_of_row (gtk_list_box_get_row_at_index (
                     _hubrota_window_get_hub_list (window), 4))), ==, "stopsley-community-centre");
  g_assert_cmpstr (_hubrota_window_get_hub (window), ==, "stopsley-community-centre");
  gtk_window_destroy (GTK_WINDOW (editor));

  /* One Officers window, however often it is asked for. */
  activate (window, "win.select-hub", g_variant_new_string ("marsh-farm"));
  activate (window, "win.next-week", NULL);
  _hubrota_window_open (window, next_weeks_opening (store, &today));
  gui_test_wait_for_load (window);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_opening_pane_get_candidates (
                      _hubrota_window_get_opening_pane (window))), ==, 3);
  activate (window, "win.officers", NULL);
  activate (window, "win.officers", NULL);
  officers = HUBROTA_OFFICERS_WINDOW (gui_test_find_toplevel (HUBROTA_TYPE_OFFICERS_WINDOW, &count));
  g_assert_cmpuint (count, ==, 1);
  _hubrota_officers_window_start_new (officers);
  _hubrota_officers_window_set_collar (officers, "PCSO4");
  _hubrota_officers_window_set_name (officers, "Di Fosse");
  _hubrota_officers_window_set_role (officers, HUBROTA_ROLE_PCSO);
  _hubrota_officers_window_set_beat (officers, "luton-south");
  _hubrota_officers_window_set_hours (officers, 37.5);
  g_assert_true (_hubrota_officers_window_save (officers));
  gui_test_wait_for_load (window);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_opening_pane_get_candidates (
                      _hubrota_window_get_opening_pane (window))), ==, 4);
  gtk_window_destroy (GTK_WINDOW (officers));

  /* The subscription link of the hub on show, from the published address. */
  g_settings_set_string (hubrota_application_get_settings (app), "base-url", "https://example.org/hubs/");
  activate (window, "win.copy-hub-link", NULL);
  g_assert_cmpstr (gui_test_clipboard_text (GTK_WIDGET (window)), ==, "https://example.org/hubs/marsh-farm.ics");
  g_assert_cmpstr (last_toast (window), ==, "Subscription link copied");
  g_settings_reset (hubrota_application_get_settings (app), "base-url");

  /* The hub's opening times, for the hub on show. */
  activate (window, "win.edit-schedule", NULL);
  g_assert_cmpuint (_hubrota_schedule_editor_count_series (
                      HUBROTA_SCHEDULE_EDITOR (gui_test_find_toplevel (HUBROTA_TYPE_SCHEDULE_EDITOR, &count))), ==, 1);
  g_assert_cmpuint (count, ==, 1);
  gtk_window_destroy (gui_test_find_toplevel (HUBROTA_TYPE_SCHEDULE_EDITOR, &count));

  activate (window, "win.beats", NULL);
  activate (window, "win.beats", NULL);
  g_assert_nonnull (gui_test_find_toplevel (HUBROTA_TYPE_BEATS_WINDOW, &count));
  g_assert_cmpuint (count, ==, 1);

  /* Opening another database closes the windows that work on this one, so nothing they
   * save lands in the old file. */
  activate (window, "win.officers", NULL);
  other_path = gui_test_temp_path ("other.db");
  other = hubrota_store_open (other_path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  hubrota_window_set_store (window, other);
  gui_test_wait_for_load (window);
  g_assert_null (gui_test_find_toplevel (HUBROTA_TYPE_BEATS_WINDOW, &count));
  g_assert_null (gui_test_find_toplevel (HUBROTA_TYPE_OFFICERS_WINDOW, &count));
  g_assert_cmpuint (count, ==, 0);
}

/* Cancelling the opening in the pane: the dialog asks for the public reason, the card and the
 * store show it cancelled, the toast offers Undo, and Restore brings it back. */
static void
test_cancel_from_pane (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(HubrotaOccurrence) stored = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaClosureDialog *dialog;
  HubrotaWindow *window;
  GDate today, day;
  guint count;

  gui_test_london_today (&today);
  day = today;
  store = create_small_store (&today);
  opening = next_weeks_opening (store, &today);
  window = open_window (store, &today);
  activate (window, "win.next-week", NULL);
  _hubrota_window_open (window, opening);

  activate (window, "win.cancel-opening", NULL);
  dialog = HUBROTA_CLOSURE_DIALOG (gui_test_find_toplevel (HUBROTA_TYPE_CLOSURE_DIALOG, &count));
  g_assert_cmpuint (count, ==, 1);
  _hubrota_closure_dialog_set_reason (dialog, "Hall flooded");
  g_assert_true (_hubrota_closure_dialog_can_save (dialog));
  _hubrota_closure_dialog_save (dialog);
  gui_test_wait_for_load (window);

  stored = next_weeks_opening (store, &today);
  g_assert_cmpint (hubrota_occurrence_get_status (stored), ==, HUBROTA_OCCURRENCE_CANCELLED);
  g_assert_cmpstr (hubrota_occurrence_get_reason (stored), ==, "Hall flooded");
  g_assert_cmpint (card_state (window, opening), ==, HUBROTA_STATUS_CANCELLED);
  g_assert_true (g_str_has_prefix (last_toast (window), "Cancel Marsh Farm Futures House, "));
  g_assert_cmpstr (adw_toast_get_button_label (_hubrota_window_get_last_toast (window)), ==, "_Undo");

  activate (window, "win.undo", NULL);
  g_clear_object (&stored);
  stored = next_weeks_opening (store, &today);
  g_assert_cmpint (hubrota_occurrence_get_status (stored), ==, HUBROTA_OCCURRENCE_SCHEDULED);
  g_assert_cmpint (card_state (window, opening), ==, HUBROTA_STATUS_WARNING);

  activate (window, "win.redo", NULL);
  g_assert_cmpint (card_state (window, opening), ==, HUBROTA_STATUS_CANCELLED);
  activate (window, "win.restore-opening", NULL);
  g_clear_object (&stored);
  stored = next_weeks_opening (store, &today);
  g_assert_cmpint (hubrota_occurrence_get_status (stored), ==, HUBROTA_OCCURRENCE_SCHEDULED);
  g_assert_cmpint (card_state (window, opening), ==, HUBROTA_STATUS_WARNING);

  /* A moved opening is put back the same way. */
  g_date_add_days (&day, 7);
  later = gui_test_london_datetime (&day, 15);
  g_assert_true (hubrota_store_move_occurrence (store, "marsh-farm", 0, &day, later, 0, &error));
  g_assert_no_error (error);
  activate (window, "win.today", NULL);
  activate (window, "win.next-week", NULL);
  g_clear_object (&stored);
  stored = next_weeks_opening (store, &today);
  g_assert_true (hubrota_occurrence_get_moved (stored));
  _hubrota_window_open (window, stored);
  activate (window, "win.restore-opening", NULL);
  g_clear_object (&stored);
  stored = next_weeks_opening (store, &today);
  g_assert_false (hubrota_occurrence_get_moved (stored));
  g_assert_cmpint (g_date_time_get_hour (hubrota_occurrence_get_start (stored)), ==, 10);
}

static HubrotaOccurrence *
first_understaffed (HubrotaWindow *window)
{
  g_autoptr(GPtrArray) openings = _hubrota_window_openings_on_show (window);

  for (guint i = 0; i < openings->len; i++)
    if (card_state (window, g_ptr_array_index (openings, i)) == HUBROTA_STATUS_WARNING)
      return g_ptr_array_index (openings, i);   /* the rota holds it */
  return NULL;
}

/* A hotspot nobody can patrol, with no opening to blame: its Problems row says the days, not
 * "00:00–00:00", and opens the beat in the Beats and Hotspots window. Undoing says names. */
static void
test_hotspot_problem (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;
  HubrotaProblemsView *problems;
  HubrotaBeatsWindow *beats;
  HubrotaWindow *window;
  AdwActionRow *row = NULL;
  guint count = 0;
  GDate today;

  gui_test_london_today (&today);
  store = create_small_store (&today);
  test_util_add_beat (store, "kempston", "Kempston");
  test_util_add_hotspot (store, "bedford-road", "kempston", "Bedford Road parade");
  opening = next_weeks_opening (store, &today);
  window = open_window (store, &today);
  problems = _hubrota_window_get_problems_view (window);

  g_assert_cmpuint (hubrota_problems_view_count_rule (problems,
                                                     HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK), >=, 2);
  for (guint i = 0; (row = ADW_ACTION_ROW (hubrota_problems_view_get_row (problems, i))) != NULL;
       i++)
    if (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "No Kempston"))
      break;
  g_assert_nonnull (row);
  g_assert_null (strstr (adw_action_row_get_subtitle (row), "00:00"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), " – "));
  g_signal_emit_by_name (row, "activated");
  gui_test_wait_for_load (window);
  beats = HUBROTA_BEATS_WINDOW (gui_test_find_toplevel (HUBROTA_TYPE_BEATS_WINDOW, &count));
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (_hubrota_beats_window_get_beat (beats), ==, "kempston");
  gtk_window_destroy (GTK_WINDOW (beats));

  /* Toasts name people and hubs, never collar numbers and slugs. */
  activate (window, "win.next-week", NULL);
  _hubrota_window_open (window, opening);
  gui_test_wait_for_load (window);
  activate (window, "win.assign", g_variant_new_string ("PC1"));
  activate (window, "win.undo", NULL);
  g_assert_true (g_str_has_prefix (adw_toast_get_title (_hubrota_window_get_last_toast (window)),
                                   "Undone: Put Ada Lovelace on Marsh Farm Futures House, "));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* From the pane's search, where the keyboard starts: Escape clears the search, then closes the
 * pane with the focus back on the card; Ctrl+Z undoes the last assignment, not the typing. */
static void
test_pane_keys (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;
  HubrotaWindow *window;
  GtkWidget *card;
  GDate today;

  gui_test_london_today (&today);
  store = create_small_store (&today);
  opening = next_weeks_opening (store, &today);
  window = open_window (store, &today);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  activate (window, "win.next-week", NULL);
  card = hubrota_week_view_get_card (_hubrota_window_get_week_view (window), opening);
  gtk_widget_activate (gtk_widget_get_parent (card));
  gui_test_wait_for_load (window);
  g_assert_true (_hubrota_window_is_opening_shown (window));

  gui_test_type (GTK_WIDGET (window), "Bo");
  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (window), "Escape"));
  g_assert_true (_hubrota_window_is_opening_shown (window));
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_opening_pane_get_candidates (
                      _hubrota_window_get_opening_pane (window))), ==, 3);
  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (window), "Escape"));
  g_assert_false (_hubrota_window_is_opening_shown (window));
  card = hubrota_week_view_get_card (_hubrota_window_get_week_view (window), opening);
  g_assert_true (gui_test_get_focus (GTK_WIDGET (window)) == gtk_widget_get_parent (card));

  /* Ctrl+Z in the search undoes the assignment. */
  gtk_widget_activate (gtk_widget_get_parent (card));
  gui_test_wait_for_load (window);
  activate (window, "win.assign", g_variant_new_string ("PC1"));
  assert_assigned (store, &today, "PC1");
  hubrota_opening_pane_focus_search (_hubrota_window_get_opening_pane (window));
  gui_test_type (GTK_WIDGET (window), "x");
  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (window), "<Control>z"));
  gui_test_wait_for_load (window);
  assert_assigned (store, &today, "");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The widgets a view shows for each opening (a card, a month cell), held so a pointer that
 * comes back is the same widget and not a new one at a freed address. */
static GPtrArray *
hold_widgets (GPtrArray  *openings,
              GtkWidget *(*lookup) (gpointer view, HubrotaOccurrence *occurrence),
              gpointer    view)
{
  GPtrArray *widgets = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < openings->len; i++)
    {
      GtkWidget *widget = lookup (view, g_ptr_array_index (openings, i));
      g_assert_nonnull (widget);
      g_ptr_array_add (widgets, g_object_ref (widget));
    }
  return widgets;
}

/* How many of the openings still show the widget they had; and that the one changed does not. */
static guint
count_kept (GPtrArray         *openings,
            GPtrArray         *widgets,
            GtkWidget       *(*lookup) (gpointer view, HubrotaOccurrence *occurrence),
            gpointer           view,
            HubrotaOccurrence *changed)
{
  guint kept = 0;

  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
      gboolean same = lookup (view, opening) == g_ptr_array_index (widgets, i);

      if (hubrota_occurrence_is_same (opening, changed))
        g_assert_false (same);
      kept += same;
    }
  return kept;
}

static GtkWidget *
lookup_card (gpointer view, HubrotaOccurrence *occurrence)
{
  return hubrota_week_view_get_card (view, occurrence);
}

static GtkWidget *
lookup_cell (gpointer view, HubrotaOccurrence *occurrence)
{
  return hubrota_month_view_get_cell (view, occurrence);
}

static GPtrArray *
hold_problem_rows (HubrotaProblemsView *problems)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *row;

  for (guint i = 0; (row = hubrota_problems_view_get_row (problems, i)) != NULL; i++)
    g_ptr_array_add (rows, g_object_ref (row));
  return rows;
}

static guint
count_kept_rows (HubrotaProblemsView *problems,
                 GPtrArray           *rows)
{
  guint kept = 0;
  GtkWidget *row;

  for (guint i = 0; (row = hubrota_problems_view_get_row (problems, i)) != NULL; i++)
    kept += g_ptr_array_find (rows, row, NULL);
  return kept;
}

/* An assignment is applied to the models, not read again: on the demo's busiest week, with
 * the Month page filled, exactly one card and one month cell are new, every other one is the
 * widget it was, the Problems rows of the findings it did not touch stay, and nothing is read
 * in a thread. */
static void
test_one_row_change (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = gui_test_temp_path ("demo.db");
  g_autoptr(HubrotaStore) store = test_util_create_demo_store (path);
  g_autoptr(GPtrArray) week = NULL;
  g_autoptr(GPtrArray) month = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) cells = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(HubrotaCandidate) best = NULL;
  HubrotaProblemsView *problems;
  HubrotaMonthView *month_view;
  HubrotaWeekView *week_view;
  HubrotaWindow *window;
  HubrotaRota *rota;
  guint understaffed;
  GDate today;

  gui_test_london_today (&today);
  window = open_window (store, &today);
  activate (window, "win.select-hub", g_variant_new_string (""));
  activate (window, "win.next-week", NULL);
  gui_test_wait_for_load (window);
  rota = _hubrota_window_get_rota (window);
  week_view = _hubrota_window_get_week_view (window);
  month_view = _hubrota_window_get_month_view (window);
  problems = _hubrota_window_get_problems_view (window);
  week = _hubrota_window_openings_on_show (window);
  month = g_ptr_array_ref (hubrota_rota_get_occurrences (rota));
  g_assert_cmpuint (week->len, >, 5);
  g_assert_cmpuint (month->len, >, week->len);

  opening = g_object_ref (first_understaffed (window));
  _hubrota_window_open (window, opening);
  gui_test_wait_for_load (window);
  best = candidate_at (window, 0);
  g_assert_cmpuint (hubrota_findings_count_errors (hubrota_candidate_get_findings (best)), ==, 0);

  cards = hold_widgets (week, lookup_card, week_view);
  cells = hold_widgets (month, lookup_cell, month_view);
  rows = hold_problem_rows (problems);
  /* One understaffed finding fewer if one officer was all it lacked; else one reworded. */
  understaffed = hubrota_problems_view_count_rule (problems, HUBROTA_RULE_UNDERSTAFFED);
  if (hubrota_opening_status_get_needed (card_status (window, opening)) ==
      hubrota_opening_status_get_assigned (card_status (window, opening)) + 1)
    understaffed--;

  activate (window, "win.assign", g_variant_new_string (candidate_id (best)));
  g_assert_null (_hubrota_window_get_confirm_dialog (window));
  /* The views followed before the action returned, with nothing read and the same rota. */
  g_assert_false (hubrota_workspace_get_loading (window->workspace));
  g_assert_true (_hubrota_window_get_rota (window) == rota);
  g_assert_cmpuint (count_kept (week, cards, lookup_card, week_view, opening), ==, week->len - 1);
  g_assert_cmpuint (count_kept (month, cells, lookup_cell, month_view, opening), ==, month->len - 1);
  g_assert_cmpuint (hubrota_problems_view_count_rule (problems, HUBROTA_RULE_UNDERSTAFFED), ==,
                    understaffed);
  g_assert_cmpuint (count_kept_rows (problems, rows), ==, rows->len - 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The demo's month: every hub's openings, an error red wherever the checker names it, a beat
 * filter, and a click that opens the opening in its week. */
static void
test_month_view (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = gui_test_temp_path ("month.db");
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  HubrotaMonthView *month;
  HubrotaWindow *window;
  GtkWidget *cell = NULL;
  HubrotaOccurrence *opening = NULL;
  guint all, errors = 0;
  GDate today, first, last, thursday;
  gint64 start;

  gui_test_london_today (&today);
  store = test_util_create_demo_store (path);
  window = open_window (store, &today);
  start = g_get_monotonic_time ();
  activate (window, "win.show-view", g_variant_new_string ("month"));
  g_test_message ("month view read and filled in %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  month = _hubrota_window_get_month_view (window);
  all = hubrota_month_view_count_cells (month);
  g_assert_cmpuint (all, >, 20);

  /* The same month checked afresh: each opening an error names is red in the grid. */
  thursday = *_hubrota_window_get_monday (window);
  g_date_add_days (&thursday, 3);
  hubrota_month_view_get_period (&thursday, &first, &last);
  g_assert_cmpint (g_date_get_weekday (&first), ==, G_DATE_MONDAY);
  g_assert_cmpint (g_date_get_weekday (&last), ==, G_DATE_SUNDAY);
  rota = hubrota_rota_load (store, &first, &last, &error);
  g_assert_no_error (error);
  findings = hubrota_rota_check (rota);
  for (guint i = 0; i < findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (findings, i);
      HubrotaOccurrence *named = hubrota_finding_get_occurrence (finding);

      if (named == NULL || hubrota_finding_get_severity (finding) != HUBROTA_SEVERITY_ERROR)
        continue;
      cell = hubrota_month_view_get_cell (month, named);
      g_assert_nonnull (cell);
      g_assert_true (gtk_widget_has_css_class (cell, "error"));
      g_assert_false (gtk_widget_has_css_class (cell, "success"));
      errors++;
    }
  g_test_message ("%u cells, %u named by an error", all, errors);

  /* One beat's hubs only, then all again. */
  hubrota_month_view_set_beat (month, "luton-south");
  g_assert_cmpuint (hubrota_month_view_count_cells (month), >, 0);
  g_assert_cmpuint (hubrota_month_view_count_cells (month), <, all);
  hubrota_month_view_set_beat (month, NULL);
  g_assert_cmpuint (hubrota_month_view_count_cells (month), ==, all);

  /* What a coordinator sees (build/tests/gui/month-demo.png). */
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  texture = gui_test_render_widget (GTK_WIDGET (window));
  gui_test_save_texture (texture, "month-demo.png");

  /* A click opens the opening in its week. */
  opening = g_ptr_array_index (hubrota_rota_get_occurrences (rota), 0);
  cell = hubrota_month_view_get_cell (month, opening);
  g_assert_nonnull (cell);
  g_signal_emit_by_name (cell, "clicked");
  gui_test_wait_for_load (window);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (_hubrota_window_get_view_stack (window)),
                   ==, "week");
  g_assert_true (_hubrota_window_is_opening_shown (window));
  g_assert_true (hubrota_occurrence_is_same (
    hubrota_opening_pane_get_occurrence (_hubrota_window_get_opening_pane (window)), opening));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A folded window: the opening's pane takes the week's place (the inner leaflet folds when
 * the week and the pane cannot both fit) and closing it brings the week back; a click on the
 * hub already chosen leaves the folded sidebar for the week. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;
  HubrotaWindow *window;
  GtkListBoxRow *all_hubs;
  HubrotaBreakpointBin *content;
  GDate today;
  int minimum, threshold;

  gui_test_london_today (&today);
  store = create_small_store (&today);
  opening = next_weeks_opening (store, &today);
  window = open_window (store, &today);
  /* GNOME's title buttons (a phone's too): only Close. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (adw_leaflet_get_folded (window->leaflet));
  /* A phone's width: nothing asks for more, and the window is given no more; the header
   * keeps only what fits. */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  content = HUBROTA_BREAKPOINT_BIN (window->content);
  g_assert_false (hubrota_breakpoint_bin_get_wide (content));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->week_button)));

  /* Wide again, the whole header: and no wider than the page is given, so showing it cannot
   * push the window out (or fold it back). */
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (hubrota_breakpoint_bin_get_wide (content));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->week_button)));
  gtk_widget_measure (window->content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_object_get (content, "threshold", &threshold, NULL);
  g_test_message ("the page with every header button needs %d px; it is wide from %d px",
                  minimum, threshold);
  g_assert_cmpint (minimum, <=, threshold);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  g_assert_false (hubrota_breakpoint_bin_get_wide (content));

  activate (window, "win.next-week", NULL);
  _hubrota_window_open (window, opening);
  gui_test_wait_for_load (window);
  g_assert_true (adw_leaflet_get_visible_child (window->detail_leaflet) ==
                 GTK_WIDGET (window->detail_revealer));
  activate (window, "win.close-opening", NULL);
  g_assert_true (adw_leaflet_get_visible_child (window->detail_leaflet) == window->week_box);

  activate (window, "win.show-hubs", NULL);
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->sidebar);
  all_hubs = gtk_list_box_get_selected_row (window->hub_list);
  g_assert_nonnull (all_hubs);
  g_signal_emit_by_name (all_hubs, "activate");
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->content);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = gui_test_temp_path ("demo.db");
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  HubrotaOccurrence *understaffed;
  HubrotaWindow *window;
  guint colours;
  GDate today;

  gui_test_london_today (&today);
  store = test_util_create_demo_store (path);

  /* The demo's first open week, all hubs, with an understaffed opening open in the pane. */
  window = open_window (store, &today);
  activate (window, "win.select-hub", g_variant_new_string (""));
  while ((understaffed = first_understaffed (window)) == NULL)
    activate (window, "win.next-week", NULL);
  _hubrota_window_open (window, understaffed);
  gui_test_wait_for_load (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until_drawn (GTK_WIDGET (window));

  texture = gui_test_render_widget (GTK_WIDGET (window));
  gui_test_save_texture (texture, "window-demo.png");

  /* Text, icons and the two panes give hundreds of colours; a blank or one-colour window
   * gives a handful. */
  colours = gui_test_count_colours (texture);
  g_test_message ("%u distinct colours", colours);
  g_assert_cmpuint (colours, >, 100);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv, GUI_TEST_DEFAULT))
    return 0;
  app = gui_test_application_new (TRUE);

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, gui_test_app_set_up, fn, gui_test_app_tear_down)
  ADD ("/window/hubs-and-weeks", test_hubs_and_weeks);
  ADD ("/window/staff-an-opening", test_staff_an_opening);
  ADD ("/window/assign-series", test_assign_series);
  ADD ("/window/officer-view", test_officer_view);
  ADD ("/window/shortcuts", test_shortcuts_window);
  ADD ("/window/remembers-state", test_remembers_state);
  ADD ("/window/welcome/explore-demo", test_welcome_explore_demo);
  ADD ("/window/welcome/create-empty", test_welcome_create_empty);
  ADD ("/window/open-error", test_open_error);
  ADD ("/window/store-errors", test_store_errors);
  ADD ("/window/editors", test_editors_from_window);
  ADD ("/window/cancel-from-pane", test_cancel_from_pane);
  ADD ("/window/hotspot-problem", test_hotspot_problem);
  ADD ("/window/pane-keys", test_pane_keys);
  ADD ("/window/month-view", test_month_view);
  ADD ("/window/one-row-change", test_one_row_change);
  ADD ("/window/narrow", test_narrow);
  ADD ("/window/screenshot", test_screenshot);
#undef ADD

  return gui_test_run ();
}
