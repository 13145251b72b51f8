/* test-autofill.c: the window's Auto-fill… and its review dialog, on a generated force
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include "hubrota-autofill-dialog-private.h"
#include "hubrota-generate.h"
#include "hubrota-month-view.h"
#include "hubrota-window-private.h"

#include "gui-test-util.h"
#include "test-util.h"

typedef GuiTestAppFixture Fixture;

static HubrotaApplication *app;

/* The generated force's first week, and the Wednesday of it the tests take for today: Monday's
 * and Tuesday's openings are past. */
#define FIRST_MONDAY 4
#define TODAY 6

static void
set_day (GDate *date,
         int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, G_DATE_JANUARY, 2027);
}

/* 150 officers and 8 hubs over four weeks from Monday 4 January 2027, partly staffed. */
static HubrotaStore *
create_force (const char *name)
{
  g_autofree char *path = gui_test_temp_path (name);
  g_autoptr(HubrotaStore) store = test_util_create_store (path);
  g_autoptr(GError) error = NULL;
  HubrotaForceSpec spec = { .n_officers = 150, .n_hubs = 8, .n_weeks = 4, .seed = 7 };

  set_day (&spec.first_monday, FIRST_MONDAY);
  g_assert_true (hubrota_generate_force (store, &spec, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

/* What auto-fill plans for the days, at one hub or (NULL) all of them. */
static HubrotaPlan *
plan_hub (HubrotaStore *store,
          const GDate  *from,
          const GDate  *to,
          const char   *hub)
{
  g_autoptr(GError) error = NULL;
  const char *hubs[] = { hub, NULL };
  HubrotaAutofillOptions options;
  HubrotaPlan *plan;

  hubrota_autofill_options_init (&options, from, to);
  options.hubs = hub != NULL ? (char **) hubs : NULL;
  plan = hubrota_autofill_plan (store, &options, &error);
  g_assert_no_error (error);
  return plan;
}

static HubrotaPlan *
plan_period (HubrotaStore *store,
             const GDate  *from,
             const GDate  *to)
{
  return plan_hub (store, from, to, NULL);
}

/* Every officer on every opening of the period, as the store has it now. */
static guint
count_assigned (HubrotaStore *store,
                const GDate  *from,
                const GDate  *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) openings = hubrota_store_list_occurrences (store, from, to, NULL, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < openings->len; i++)
    n += hubrota_occurrence_get_assigned (g_ptr_array_index (openings, i))->len;
  return n;
}

/* The same as the window holds it: its workspace's statuses of the openings in the days. */
static guint
count_shown (HubrotaWindow *window,
             const GDate   *from,
             const GDate   *to)
{
  GListModel *statuses = hubrota_workspace_get_statuses (window->workspace);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(HubrotaOpeningStatus) status = g_list_model_get_item (statuses, i);
      HubrotaOccurrence *opening = hubrota_opening_status_get_occurrence (status);
      g_autoptr(GDateTime) start = g_date_time_to_timezone (hubrota_occurrence_get_start (opening),
                                                            hubrota_london_tz ());
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, g_date_time_get_day_of_month (start), g_date_time_get_month (start),
                      g_date_time_get_year (start));
      if (g_date_compare (&day, from) >= 0 && g_date_compare (&day, to) <= 0)
        n += hubrota_opening_status_get_assigned (status);
    }
  return n;
}

/* Whether the store has the proposal's officer on its opening. */
static gboolean
is_stored (HubrotaStore    *store,
           HubrotaProposal *proposal)
{
  HubrotaOccurrence *planned = hubrota_proposal_get_occurrence (proposal);
  const char *officer = hubrota_officer_get_id (hubrota_proposal_get_officer (proposal));
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOccurrence) now = NULL;
  g_autoptr(GDateTime) start = g_date_time_to_timezone (hubrota_occurrence_get_start (planned),
                                                        hubrota_london_tz ());
  GDate day;
  GPtrArray *assigned;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (start), g_date_time_get_month (start),
                  g_date_time_get_year (start));
  now = hubrota_store_find_occurrence (store, hubrota_occurrence_get_hub (planned), &day, start,
                                       &error);
  g_assert_no_error (error);
  g_assert_nonnull (now);
  assigned = hubrota_occurrence_get_assigned (now);
  for (guint i = 0; i < assigned->len; i++)
    if (g_str_equal (g_ptr_array_index (assigned, i), officer))
      return TRUE;
  return FALSE;
}

static void
activate (HubrotaWindow *window,
          const char    *action,
          GVariant      *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  gui_test_wait_for_load (window);
}

/* The window on the week holding today, every hub on show. */
static HubrotaWindow *
open_window (HubrotaStore *store,
             const GDate  *today)
{
  HubrotaWindow *window = hubrota_window_new (app, store);

  _hubrota_window_set_today (window, today);
  gui_test_wait_for_load (window);
  activate (window, "win.select-hub", g_variant_new_string (""));
  activate (window, "win.today", NULL);
  activate (window, "win.show-view", g_variant_new_string ("week"));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* win.autofill (or its shortcut), and the dialog it opened once its plan is in. */
static HubrotaAutofillDialog *
open_autofill_by (HubrotaWindow *window,
                  gboolean       by_key)
{
  HubrotaAutofillDialog *dialog;
  guint count = 0;

  if (by_key)
    g_assert_true (gui_test_press_shortcut (GTK_WIDGET (window), "<Control><Shift>f"));
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.autofill", NULL));
  dialog = HUBROTA_AUTOFILL_DIALOG (gui_test_find_toplevel (HUBROTA_TYPE_AUTOFILL_DIALOG, &count));
  g_assert_cmpuint (count, ==, 1);
  while (_hubrota_autofill_dialog_is_planning (dialog))
    g_main_context_iteration (NULL, TRUE);
  return dialog;
}

static HubrotaAutofillDialog *
open_autofill (HubrotaWindow *window)
{
  return open_autofill_by (window, FALSE);
}

static guint
count_listed (GtkListView *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
}

static void
assert_add_button (HubrotaAutofillDialog *dialog,
                   const char            *label,
                   gboolean               sensitive)
{
  GtkButton *button = _hubrota_autofill_dialog_get_add_button (dialog);

  g_assert_cmpstr (gtk_button_get_label (button), ==, label);
  g_assert_cmpint (gtk_widget_is_sensitive (GTK_WIDGET (button)), ==, sensitive);
}

static void
assert_period (HubrotaPlan *plan,
               const GDate *from,
               const GDate *to)
{
  GDate planned_from, planned_to;

  hubrota_plan_get_period (plan, &planned_from, &planned_to);
  g_assert_cmpint (g_date_compare (&planned_from, from), ==, 0);
  g_assert_cmpint (g_date_compare (&planned_to, to), ==, 0);
}

/* The dialog lists what auto-fill plans for the same database and days, in the same order. */
static void
assert_same_plan (HubrotaPlan *shown,
                  HubrotaPlan *expected)
{
  GListModel *a = hubrota_plan_get_proposals (shown);
  GListModel *b = hubrota_plan_get_proposals (expected);

  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(HubrotaProposal) p = g_list_model_get_item (a, i);
      g_autoptr(HubrotaProposal) q = g_list_model_get_item (b, i);

      g_assert_cmpstr (hubrota_officer_get_id (hubrota_proposal_get_officer (p)), ==,
                       hubrota_officer_get_id (hubrota_proposal_get_officer (q)));
      g_assert_true (hubrota_occurrence_is_same (hubrota_proposal_get_occurrence (p),
                                                 hubrota_proposal_get_occurrence (q)));
    }
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_shortfalls (shown)), ==,
                    g_list_model_get_n_items (hubrota_plan_get_shortfalls (expected)));
}

/* The openings of the proposals (only the ticked ones', when asked). */
static guint
count_openings (GListModel *proposals,
                gboolean    only_accepted)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) p = g_list_model_get_item (proposals, i);
      HubrotaOccurrence *o = hubrota_proposal_get_occurrence (p);
      gboolean found = only_accepted && !hubrota_proposal_get_accepted (p);

      for (guint k = 0; k < seen->len && !found; k++)
        found = hubrota_occurrence_is_same (g_ptr_array_index (seen, k), o);
      if (!found)
        g_ptr_array_add (seen, o);
    }
  return seen->len;
}

/* A small scene with every kind of cost: two officers on their own beat, one from another beat
 * (2 h away), a special constable off duty (overtime), two officers on leave, and an opening
 * needing five that stays short. Today is Wednesday 6 January 2027. */
static void
add_duty (HubrotaStore *store,
          const char   *officer,
          const char   *start,
          int           minutes,
          const char   *rrule)
{
  g_autoptr(GDateTime) first = test_util_local (start);
  g_autoptr(HubrotaDuty) duty = hubrota_duty_new (officer, first, minutes, rrule);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hubrota_store_add_duty (store, duty, &error), >, 0);
  g_assert_no_error (error);
}

static void
add_leave (HubrotaStore *store,
           const char   *officer,
           const char   *from,
           const char   *until,
           const char   *reason)
{
  g_autoptr(GDateTime) start = test_util_local (from);
  g_autoptr(GDateTime) end = test_util_local (until);
  g_autoptr(HubrotaAbsence) absence = hubrota_absence_new (officer, start, end, reason);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hubrota_store_add_absence (store, absence, &error), >, 0);
  g_assert_no_error (error);
}

static HubrotaStore *
create_scene (void)
{
  g_autofree char *path = gui_test_temp_path ("scene.db");
  g_autoptr(HubrotaStore) store = test_util_create_store (path);
  const char *daily[] = { "PC1234", "PCSO2201", "PC3107", "PC4410", "PCSO2230" };

  test_util_add_beat (store, "ampthill", "Ampthill");
  test_util_add_beat (store, "flitwick", "Flitwick");
  test_util_add_beat (store, "westoning", "Westoning");
  test_util_add_hub (store, "ampthill-rooms", "Ampthill Parish Rooms", "ampthill");
  test_util_add_hub (store, "flitwick-library", "Flitwick Library", "flitwick");
  test_util_add_hub (store, "westoning-hall", "Westoning Village Hall", "westoning");
  test_util_add_hub (store, "maulden-hall", "Maulden Village Hall", "flitwick");
  test_util_add_officer (store, "PC1234", "Grace Okafor", HUBROTA_ROLE_PC, "ampthill", 40);
  test_util_add_officer (store, "PCSO2201", "Tom Reid", HUBROTA_ROLE_PCSO, "ampthill", 37);
  test_util_add_officer (store, "PC3107", "Sam Patel", HUBROTA_ROLE_PC, "flitwick", 40);
  test_util_add_officer (store, "PC4410", "Dev Byrne", HUBROTA_ROLE_PC, "flitwick", 40);
  test_util_add_officer (store, "SC5120", "Lee Carter", HUBROTA_ROLE_SC, NULL, 16);
  test_util_add_officer (store, "PCSO2230", "Amira Hussain", HUBROTA_ROLE_PCSO, "flitwick", 37);
  for (guint i = 0; i < G_N_ELEMENTS (daily); i++)
    add_duty (store, daily[i], "2026-12-28T08:00", 600, "FREQ=DAILY");
  add_duty (store, "SC5120", "2027-01-02T09:00", 180, "FREQ=WEEKLY;BYDAY=SA");
  add_leave (store, "PC4410", "2027-01-09T00:00", "2027-01-11T00:00", "Annual leave");
  add_leave (store, "PCSO2230", "2027-01-09T00:00", "2027-01-11T00:00", "Training");
  test_util_add_series_at (store, "ampthill-rooms", "2027-01-08T14:00", 180,
                           "FREQ=WEEKLY;BYDAY=FR", 2);
  test_util_add_series_at (store, "flitwick-library", "2027-01-09T10:00", 180,
                           "FREQ=WEEKLY;BYDAY=SA", 2);
  test_util_add_series_at (store, "maulden-hall", "2027-01-10T11:00", 120, NULL, 5);
  test_util_add_series_at (store, "ampthill-rooms", "2027-01-07T18:00", 120, NULL, 1);
  test_util_add_series_at (store, "westoning-hall", "2027-01-09T11:00", 120, NULL, 1);
  return g_steal_pointer (&store);
}

/* The proposal of officer, failing when there is none. */
static HubrotaProposal *
find_proposal (GListModel *proposals,
               const char *officer,
               const char *hub)
{
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) p = g_list_model_get_item (proposals, i);

      if (g_str_equal (hubrota_officer_get_id (hubrota_proposal_get_officer (p)), officer) &&
          g_str_equal (hubrota_occurrence_get_hub (hubrota_proposal_get_occurrence (p)), hub))
        return p;
    }
  g_assert_not_reached ();
}

/* The summary says what is ticked, as the coordinator unticks. */
static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_scene ();
  HubrotaAutofillDialog *dialog;
  GListModel *proposals;
  GDate today;

  set_day (&today, TODAY);
  dialog = open_autofill (open_window (store, &today));
  proposals = hubrota_plan_get_proposals (_hubrota_autofill_dialog_get_plan (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 6);
  g_assert_cmpuint (count_listed (_hubrota_autofill_dialog_get_shortfall_list (dialog)), ==, 1);
  g_assert_cmpstr (_hubrota_autofill_dialog_get_summary (dialog), ==,
                   "Puts 6 officers on 4 openings; 1 opening stays short; 2 h away from own "
                   "beats, 3 h overtime.");

  /* Westoning's one officer unticked: it stays short too, and nobody leaves their beat. */
  hubrota_proposal_set_accepted (find_proposal (proposals, "PC1234", "westoning-hall"), FALSE);
  g_assert_cmpstr (_hubrota_autofill_dialog_get_summary (dialog), ==,
                   "Puts 5 officers on 3 openings; 2 openings stay short; nobody leaves their "
                   "own beat, 3 h overtime.");
  assert_add_button (dialog, "_Add 5 Assignments", TRUE);
}

/* The first check box the list drew, or NULL. */
static GtkCheckButton *
find_check_button (GtkWidget *widget)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    return GTK_CHECK_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found = find_check_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The one proposal that is not accepted, failing when there is not exactly one. */
static HubrotaProposal *
find_unticked (GListModel *proposals)
{
  HubrotaProposal *unticked = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) p = g_list_model_get_item (proposals, i);

      if (!hubrota_proposal_get_accepted (p))
        {
          g_assert_null (unticked);
          unticked = p;
        }
    }
  g_assert_nonnull (unticked);
  return unticked;
}

static void
test_lists_the_plan (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_force ("lists.db");
  g_autoptr(HubrotaPlan) expected = NULL;
  g_autofree char *label = NULL;
  g_autofree char *summary = NULL;
  HubrotaAutofillDialog *dialog;
  HubrotaPlan *shown;
  GDate today, sunday;
  guint n, openings;

  set_day (&today, TODAY);
  set_day (&sunday, FIRST_MONDAY + 6);
  expected = plan_period (store, &today, &sunday);
  n = g_list_model_get_n_items (hubrota_plan_get_proposals (expected));
  /* Enough to untick one and still store several. */
  g_assert_cmpuint (n, >=, 3);

  dialog = open_autofill_by (open_window (store, &today), TRUE);
  g_assert_cmpstr (_hubrota_autofill_dialog_get_page (dialog), ==, "plan");
  shown = _hubrota_autofill_dialog_get_plan (dialog);
  /* The week on show from today (Wednesday) to Sunday: Monday and Tuesday are past. */
  assert_period (shown, &today, &sunday);
  assert_same_plan (shown, expected);
  g_assert_cmpuint (count_listed (_hubrota_autofill_dialog_get_proposal_list (dialog)), ==, n);
  g_assert_cmpuint (count_listed (_hubrota_autofill_dialog_get_shortfall_list (dialog)), ==,
                    g_list_model_get_n_items (hubrota_plan_get_shortfalls (expected)));
  label = g_strdup_printf ("_Add %u Assignments", n);
  assert_add_button (dialog, label, TRUE);

  openings = count_openings (hubrota_plan_get_proposals (expected), FALSE);
  summary = g_strdup_printf ("Puts %u officers on %u openings;", n, openings);
  g_assert_true (g_str_has_prefix (_hubrota_autofill_dialog_get_summary (dialog), summary));
}

static void
test_untick_apply_undo (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_force ("apply.db");
  g_autoptr(HubrotaProposal) unticked = NULL;
  g_autoptr(HubrotaPlan) plan = NULL;
  g_autofree char *label = NULL;
  g_autofree char *toast = NULL;
  HubrotaAutofillDialog *dialog;
  HubrotaWindow *window;
  GListModel *proposals;
  GtkCheckButton *check;
  GDate today, sunday;
  guint n, before;

  set_day (&today, TODAY);
  set_day (&sunday, FIRST_MONDAY + 6);
  window = open_window (store, &today);
  before = count_assigned (store, &today, &sunday);
  g_assert_cmpuint (count_shown (window, &today, &sunday), ==, before);
  dialog = open_autofill (window);
  /* Kept past the dialog, to read back what it stored. */
  plan = g_object_ref (_hubrota_autofill_dialog_get_plan (dialog));
  proposals = hubrota_plan_get_proposals (plan);
  n = g_list_model_get_n_items (proposals);
  g_assert_cmpuint (n, >=, 3);

  /* Unticked on screen: the check box is bound to the proposal. */
  gui_test_wait_until_drawn (GTK_WIDGET (dialog));
  check = find_check_button (GTK_WIDGET (_hubrota_autofill_dialog_get_proposal_list (dialog)));
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (check));
  gtk_check_button_set_active (check, FALSE);
  unticked = g_object_ref (find_unticked (proposals));
  label = g_strdup_printf ("_Add %u Assignments", n - 1);
  assert_add_button (dialog, label, TRUE);

  g_object_ref (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "autofill.add", NULL);
  g_assert_true (gui_test_wait_until_hidden (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  gui_test_wait_for_load (window);

  /* Exactly the ticked ones, stored as one step the window names. */
  g_assert_cmpuint (count_assigned (store, &today, &sunday), ==, before + n - 1);
  g_assert_cmpuint (count_shown (window, &today, &sunday), ==, before + n - 1);
  g_assert_false (is_stored (store, unticked));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HubrotaProposal) p = g_list_model_get_item (proposals, i);

      g_assert_cmpint (is_stored (store, p), ==, p != unticked);
    }
  toast = g_strdup_printf ("Auto-fill: put %u officers on %u openings", n - 1,
                           count_openings (proposals, TRUE));
  g_assert_cmpstr (adw_toast_get_title (_hubrota_window_get_last_toast (window)), ==, toast);

  /* One undo takes the whole batch off, in the store and in the window. */
  activate (window, "win.undo", NULL);
  g_assert_cmpuint (count_assigned (store, &today, &sunday), ==, before);
  g_assert_cmpuint (count_shown (window, &today, &sunday), ==, before);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HubrotaProposal) p = g_list_model_get_item (proposals, i);

      g_assert_false (is_stored (store, p));
    }
}

static void
test_untick_all (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_force ("untick.db");
  g_autofree char *label = NULL;
  HubrotaAutofillDialog *dialog;
  GDate today;
  guint n;

  set_day (&today, TODAY);
  dialog = open_autofill (open_window (store, &today));
  n = g_list_model_get_n_items (
    hubrota_plan_get_proposals (_hubrota_autofill_dialog_get_plan (dialog)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "autofill.untick-all", NULL));
  assert_add_button (dialog, "_Add Assignments", FALSE);
  g_assert_true (g_str_has_prefix (_hubrota_autofill_dialog_get_summary (dialog),
                                   "Nothing is ticked, so nothing would be stored;"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "autofill.accept-all", NULL));
  label = g_strdup_printf ("_Add %u Assignments", n);
  assert_add_button (dialog, label, TRUE);
}

/* With one hub on show, its week's openings only. */
static void
test_hub_on_show (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_force ("hub.db");
  g_autoptr(HubrotaPlan) all = NULL;
  g_autoptr(HubrotaPlan) expected = NULL;
  g_autoptr(HubrotaProposal) first = NULL;
  HubrotaAutofillDialog *dialog;
  HubrotaWindow *window;
  GListModel *shown;
  const char *hub;
  GDate today, sunday;

  set_day (&today, TODAY);
  set_day (&sunday, FIRST_MONDAY + 6);
  all = plan_period (store, &today, &sunday);
  first = g_list_model_get_item (hubrota_plan_get_proposals (all), 0);
  hub = hubrota_occurrence_get_hub (hubrota_proposal_get_occurrence (first));
  expected = plan_hub (store, &today, &sunday, hub);
  /* Fewer than every hub's, or the test could not tell. */
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_proposals (expected)), <,
                    g_list_model_get_n_items (hubrota_plan_get_proposals (all)));

  window = open_window (store, &today);
  activate (window, "win.select-hub", g_variant_new_string (hub));
  dialog = open_autofill (window);
  assert_same_plan (_hubrota_autofill_dialog_get_plan (dialog), expected);
  shown = hubrota_plan_get_proposals (_hubrota_autofill_dialog_get_plan (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(HubrotaProposal) p = g_list_model_get_item (shown, i);

      g_assert_cmpstr (hubrota_occurrence_get_hub (hubrota_proposal_get_occurrence (p)), ==, hub);
    }
}

/* The Month page plans its weeks, from today. */
static void
test_month (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_force ("month.db");
  g_autoptr(HubrotaPlan) expected = NULL;
  HubrotaAutofillDialog *dialog;
  HubrotaWindow *window;
  GDate today, first, last;

  set_day (&today, TODAY);
  window = open_window (store, &today);
  activate (window, "win.show-view", g_variant_new_string ("month"));
  hubrota_month_view_get_period (&today, &first, &last);
  g_assert_cmpint (g_date_compare (&first, &today), <, 0);
  expected = plan_period (store, &today, &last);

  dialog = open_autofill (window);
  assert_period (_hubrota_autofill_dialog_get_plan (dialog), &today, &last);
  assert_same_plan (_hubrota_autofill_dialog_get_plan (dialog), expected);
  g_assert_cmpuint (count_listed (_hubrota_autofill_dialog_get_proposal_list (dialog)), ==,
                    g_list_model_get_n_items (hubrota_plan_get_proposals (expected)));
}

/* Another program fills an opening after the plan was made: nothing is stored, and the dialog
 * says why and stays open; planned again, it stores. */
static void
test_rota_changed (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_force ("changed.db");
  g_autoptr(HubrotaStore) other = NULL;
  g_autoptr(HubrotaWorkspace) workspace = NULL;
  g_autoptr(HubrotaProposal) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaPlan) again = NULL;
  g_autoptr(HubrotaPlan) expected = NULL;
  HubrotaAutofillDialog *dialog;
  const char *officer;
  GDate today, sunday;
  guint before, n;

  set_day (&today, TODAY);
  set_day (&sunday, FIRST_MONDAY + 6);
  dialog = open_autofill (open_window (store, &today));
  first = g_list_model_get_item (
    hubrota_plan_get_proposals (_hubrota_autofill_dialog_get_plan (dialog)), 0);

  other = hubrota_store_open (hubrota_store_get_path (store), HUBROTA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  workspace = hubrota_workspace_new (other);
  officer = hubrota_officer_get_id (hubrota_proposal_get_officer (first));
  g_assert_true (hubrota_workspace_change (workspace, officer,
                                           hubrota_proposal_get_occurrence (first),
                                           FALSE, TRUE, TRUE, NULL, &error));
  g_assert_no_error (error);
  before = count_assigned (store, &today, &sunday);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "autofill.add", NULL);
  g_test_message ("refused: %s", _hubrota_autofill_dialog_get_error (dialog));
  g_assert_true (g_str_has_prefix (_hubrota_autofill_dialog_get_error (dialog),
                                   "The rota changed since the plan was made"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (count_assigned (store, &today, &sunday), ==, before);

  /* Planned again on the rota as it is now: what it proposes then is stored. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "autofill.plan-again", NULL));
  g_assert_null (_hubrota_autofill_dialog_get_error (dialog));
  while (_hubrota_autofill_dialog_is_planning (dialog))
    g_main_context_iteration (NULL, TRUE);
  again = g_object_ref (_hubrota_autofill_dialog_get_plan (dialog));
  expected = plan_period (store, &today, &sunday);
  assert_same_plan (again, expected);
  n = g_list_model_get_n_items (hubrota_plan_get_proposals (again));
  g_assert_cmpuint (n, >, 0);
  g_object_ref (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "autofill.add", NULL);
  g_assert_true (gui_test_wait_until_hidden (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  g_assert_cmpuint (count_assigned (store, &today, &sunday), ==, before + n);
}

/* A week whose one opening has its officer: nothing to fill, said plainly. */
static void
test_nothing_to_fill (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = gui_test_temp_path ("staffed.db");
  g_autoptr(HubrotaStore) store = test_util_create_store (path);
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(HubrotaPlan) expected = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaAutofillDialog *dialog;
  GtkWidget *button;
  GDate today, sunday;

  set_day (&today, TODAY);
  set_day (&sunday, FIRST_MONDAY + 6);
  test_util_add_beat (store, "ampthill", "Ampthill");
  test_util_add_hub (store, "ampthill-rooms", "Ampthill Parish Rooms", "ampthill");
  test_util_add_officer (store, "PC1", "Grace Okafor", HUBROTA_ROLE_PC, "ampthill", 40);
  test_util_add_series_at (store, "ampthill-rooms", "2027-01-08T14:00", 180, NULL, 1);
  opening = test_util_find_occurrence (store, "ampthill-rooms", "2027-01-08");
  g_assert_true (hubrota_store_assign (store, "PC1", opening, FALSE, &error));
  g_assert_no_error (error);
  expected = plan_period (store, &today, &sunday);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_proposals (expected)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_shortfalls (expected)), ==, 0);

  dialog = open_autofill (open_window (store, &today));
  g_assert_cmpstr (_hubrota_autofill_dialog_get_page (dialog), ==, "empty");
  g_assert_cmpstr (_hubrota_autofill_dialog_get_status_title (dialog), ==, "Nothing to Fill");
  g_assert_cmpstr (_hubrota_autofill_dialog_get_status_description (dialog), ==,
                   "Every opening in this period has its minimum.");
  button = GTK_WIDGET (_hubrota_autofill_dialog_get_add_button (dialog));
  g_assert_false (gtk_widget_get_visible (button));
}

/* A week before today: nothing is planned for the past. */
static void
test_past_week (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_force ("past.db");
  HubrotaAutofillDialog *dialog;
  HubrotaWindow *window;
  GDate today;

  set_day (&today, TODAY);
  window = open_window (store, &today);
  activate (window, "win.previous-week", NULL);
  dialog = open_autofill (window);
  g_assert_cmpstr (_hubrota_autofill_dialog_get_page (dialog), ==, "empty");
  g_assert_cmpstr (_hubrota_autofill_dialog_get_status_title (dialog), ==, "This Period Is Over");
  g_assert_null (_hubrota_autofill_dialog_get_plan (dialog));
}

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HubrotaStore) store = create_scene ();
  g_autoptr(GdkTexture) texture = NULL;
  HubrotaAutofillDialog *dialog;
  HubrotaWindow *window;
  GtkWidget *narrow;
  GDate today, sunday;
  int minimum;

  set_day (&today, TODAY);
  window = open_window (store, &today);
  dialog = open_autofill (window);
  gui_test_wait_until_drawn (GTK_WIDGET (dialog));
  /* Under load the window manager-less X server may not have given it its size yet. */
  while (gtk_widget_get_width (GTK_WIDGET (dialog)) < 600)
    g_main_context_iteration (NULL, TRUE);
  gui_test_wait_until_drawn (GTK_WIDGET (dialog));
  texture = gui_test_render_widget (GTK_WIDGET (dialog));
  gui_test_save_texture (texture, "autofill-dialog.png");
  /* Text, chips and check boxes give hundreds of colours; a blank dialog a handful. */
  g_assert_cmpuint (gui_test_count_colours (texture), >, 100);

  /* On a phone the chips wrap rather than widen the dialog past 360 px (the header's Cancel,
   * title and "Add 6 Assignments" need 356; the window's shadow is not counted). */
  gtk_widget_measure (adw_window_get_content (ADW_WINDOW (dialog)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_window_destroy (GTK_WINDOW (dialog));
  set_day (&sunday, FIRST_MONDAY + 6);
  narrow = hubrota_autofill_dialog_new (GTK_WINDOW (window), window->workspace, &today, &sunday,
                                        NULL, "All Hubs");
  gtk_window_set_default_size (GTK_WINDOW (narrow), 360, 640);
  gtk_window_present (GTK_WINDOW (narrow));
  while (_hubrota_autofill_dialog_is_planning (HUBROTA_AUTOFILL_DIALOG (narrow)))
    g_main_context_iteration (NULL, TRUE);
  gui_test_wait_until_drawn (narrow);
  g_clear_object (&texture);
  texture = gui_test_render_widget (narrow);
  gui_test_save_texture (texture, "autofill-dialog-narrow.png");
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
  ADD ("/autofill/lists-the-plan", test_lists_the_plan);
  ADD ("/autofill/untick-apply-undo", test_untick_apply_undo);
  ADD ("/autofill/untick-all", test_untick_all);
  ADD ("/autofill/summary", test_summary);
  ADD ("/autofill/hub-on-show", test_hub_on_show);
  ADD ("/autofill/month", test_month);
  ADD ("/autofill/rota-changed", test_rota_changed);
  ADD ("/autofill/nothing-to-fill", test_nothing_to_fill);
  ADD ("/autofill/past-week", test_past_week);
  ADD ("/autofill/screenshot", test_screenshot);
#undef ADD

  return gui_test_run ();
}
