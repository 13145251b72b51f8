/* test-exceptions.c: the dialogs that cancel, move and add openings, on real databases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <adwaita.h>

#include "hubrota-closure-dialog-private.h"
#include "hubrota-extra-dialog-private.h"
#include "hubrota-move-dialog-private.h"

#include "gui-test-util.h"
#include "test-util.h"

typedef struct
{
  HubrotaStore *store;
  HubrotaWorkspace *workspace;
  HubrotaHistory *history;     /* the workspace's */
  guint changed;
} Fixture;

static void
add_saturdays (HubrotaStore *store, const char *hub)
{
  test_util_add_series_at (store, hub, "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA", -1);
}

static HubrotaOccurrence *
find (Fixture *f, const char *hub, const char *day)
{
  return test_util_find_occurrence (f->store, hub, day);
}

/* Three hubs open on Saturdays 10:00–13:00 from 5 December 2026; PC1 is on every Kempston
 * opening. Each test has its own XDG folders (G_TEST_OPTION_ISOLATE_DIRS), so the file goes
 * with it. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autofree char *path = gui_test_temp_path ("exceptions.db");
  g_autoptr(HubrotaBeat) beat = hubrota_beat_new ("castle", "Castle");
  g_autoptr(HubrotaOfficer) officer = hubrota_officer_new ("PC1", "Sam Patel", HUBROTA_ROLE_PC,
                                                           "castle", 40);
  g_autoptr(HubrotaOccurrence) first = NULL;
  g_autoptr(GError) error = NULL;

  gui_test_use_system_mime_dirs ();
  f->store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (hubrota_store_add_beat (f->store, beat, &error));
  g_assert_true (hubrota_store_add_officer (f->store, officer, &error));
  g_assert_no_error (error);
  test_util_add_hub (f->store, "kempston", "Kempston Library", "castle");
  test_util_add_hub (f->store, "bedford", "Bedford Library", "castle");
  test_util_add_hub (f->store, "ampthill", "Ampthill Parish Rooms", "castle");
  add_saturdays (f->store, "kempston");
  add_saturdays (f->store, "bedford");
  add_saturdays (f->store, "ampthill");
  first = find (f, "kempston", "2026-12-05");
  g_assert_true (hubrota_store_assign (f->store, "PC1", first, TRUE, &error));
  g_assert_no_error (error);
  f->workspace = hubrota_workspace_new (f->store);
  f->history = hubrota_workspace_get_history (f->workspace);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  f->history = NULL;
  g_clear_object (&f->workspace);
  g_clear_object (&f->store);
}

static void
count_changed (Fixture *f)
{
  f->changed++;
}

/* Lets the dialog settle: mapped, then a few frames. */
static void
show_and_settle (GtkWidget *dialog, int milliseconds)
{
  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_wait_until_drawn_for (dialog, milliseconds);
}

/* "cancelled (Closed) #1 -": status, reason, sequence and who is on it. */
static char *
describe (HubrotaOccurrence *occurrence)
{
  GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence);
  const char *reason = hubrota_occurrence_get_reason (occurrence);

  return g_strdup_printf ("%s%s%s%s #%d %s",
                          hubrota_occurrence_status_to_string (hubrota_occurrence_get_status (occurrence)),
                          reason != NULL ? " (" : "", reason != NULL ? reason : "",
                          reason != NULL ? ")" : "", hubrota_occurrence_get_sequence (occurrence),
                          assigned->len > 0 ? (char *) g_ptr_array_index (assigned, 0) : "-");
}

#define assert_opening(f, hub, day, expected) \
  G_STMT_START { \
    g_autoptr(HubrotaOccurrence) o_ = find (f, hub, day); \
    g_autofree char *got_ = describe (o_); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

/* Every opening of December and early January, one a line, with where it is. */
static char *
describe_store (Fixture *f)
{
  g_autoptr(GPtrArray) openings = test_util_list_openings (f->store, "2026-12-01", "2027-01-10",
                                                           NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (openings, i);
      g_autofree char *what = describe (occurrence);
      g_autofree char *when = g_date_time_format (hubrota_occurrence_get_start (occurrence),
                                                  "%F %R");
      g_autofree char *until = g_date_time_format (hubrota_occurrence_get_end (occurrence), "%R");
      g_string_append_printf (text, "%s %s-%s min %d %s\n", hubrota_occurrence_get_hub (occurrence),
                              when, until, hubrota_occurrence_get_min_officers (occurrence), what);
    }
  return g_string_free (text, FALSE);
}

static void
destroy_if_alive (GtkWidget *dialog)
{
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
}

/* One staffed opening: the reason is required, the officer's removal asked about first,
 * "Go Back" changes nothing, going ahead cancels it with nobody on it; Undo brings the
 * officer back. */
static void
test_cancel_staffed (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) opening = find (f, "kempston", "2026-12-05");
  g_autofree char *before = describe_store (f);
  g_autofree char *after_back = NULL;
  GtkWidget *widget;
  HubrotaClosureDialog *dialog;

  widget = hubrota_closure_dialog_new_for_opening (NULL, f->store, f->workspace, opening);
  dialog = HUBROTA_CLOSURE_DIALOG (widget);
  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  g_signal_connect_swapped (widget, "changed", G_CALLBACK (count_changed), f);
  show_and_settle (widget, 100);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (widget)), ==, "Cancel Opening");
  g_assert_false (_hubrota_closure_dialog_can_save (dialog));
  g_assert_cmpstr (_hubrota_closure_dialog_get_problem (dialog), ==,
                   "Give a reason; the public sees it in the hub calendars");

  _hubrota_closure_dialog_set_reason (dialog, "  Staff training ");
  g_assert_true (_hubrota_closure_dialog_can_save (dialog));
  g_assert_cmpstr (_hubrota_closure_dialog_get_summary (dialog), ==,
                   "The opening will be cancelled; 1 officer will be taken off it");

  _hubrota_closure_dialog_save (dialog);
  g_assert_nonnull (_hubrota_closure_dialog_get_confirmation (dialog));
  _hubrota_closure_dialog_confirm (dialog, FALSE);
  after_back = describe_store (f);
  g_assert_cmpstr (after_back, ==, before);
  g_assert_cmpuint (f->changed, ==, 0);
  g_assert_nonnull (widget);

  _hubrota_closure_dialog_save (dialog);
  _hubrota_closure_dialog_confirm (dialog, TRUE);
  g_assert_cmpuint (f->changed, ==, 1);
  g_assert_null (widget);
  assert_opening (f, "kempston", "2026-12-05", "cancelled (Staff training) #1 -");
  assert_opening (f, "kempston", "2026-12-12", "scheduled #0 PC1");
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Cancel Kempston Library, Sat 5 Dec 10:00");

  test_util_undo (f->history);
  assert_opening (f, "kempston", "2026-12-05", "scheduled #2 PC1");
}

/* Kempston and Bedford closed 24 December to 2 January: the summary counts as the fields
 * change, bad input keeps Save off, and the one step cancels exactly five openings with the
 * reason, leaving Ampthill and an opening cancelled before as they were. */
static void
test_christmas (Fixture *f, gconstpointer data)
{
  const char *two[] = { "kempston", "bedford", NULL };
  const char *none[] = { NULL };
  g_autoptr(GDate) from = test_util_date ("2026-12-24");
  g_autoptr(GDate) to = test_util_date ("2027-01-02");
  g_autoptr(GDate) boxing_day = test_util_date ("2026-12-26");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *unchanged = NULL;
  GtkWidget *widget;
  HubrotaClosureDialog *dialog;

  g_assert_true (hubrota_store_cancel_occurrence (f->store, "bedford", 0, boxing_day, "Flood",
                                                  &error));
  g_assert_no_error (error);
  before = describe_store (f);

  widget = hubrota_closure_dialog_new (NULL, f->store, f->workspace);
  dialog = HUBROTA_CLOSURE_DIALOG (widget);
  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  g_signal_connect_swapped (widget, "changed", G_CALLBACK (count_changed), f);
  show_and_settle (widget, 100);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (widget)), ==, "Close Hubs for a Period");

  /* The period backwards, no hub, no reason: each says so and Save stays off. */
  _hubrota_closure_dialog_set_period (dialog, to, from);
  _hubrota_closure_dialog_set_hubs (dialog, two);
  _hubrota_closure_dialog_set_reason (dialog, "Closed for Christmas");
  g_assert_cmpstr (_hubrota_closure_dialog_get_problem (dialog), ==,
                   "The period ends before it starts");
  g_assert_false (_hubrota_closure_dialog_can_save (dialog));
  _hubrota_closure_dialog_set_period (dialog, from, to);
  _hubrota_closure_dialog_set_hubs (dialog, none);
  g_assert_cmpstr (_hubrota_closure_dialog_get_problem (dialog), ==, "Choose at least one hub");
  g_assert_false (_hubrota_closure_dialog_can_save (dialog));
  _hubrota_closure_dialog_select_all (dialog);
  g_assert_cmpstr (_hubrota_closure_dialog_get_summary (dialog), ==,
                   "5 openings will be cancelled; 2 of them have officers on them");
  _hubrota_closure_dialog_set_hubs (dialog, two);
  _hubrota_closure_dialog_set_reason (dialog, "   ");
  g_assert_false (_hubrota_closure_dialog_can_save (dialog));
  _hubrota_closure_dialog_save (dialog);
  g_assert_null (_hubrota_closure_dialog_get_confirmation (dialog));
  unchanged = describe_store (f);
  g_assert_cmpstr (unchanged, ==, before);

  _hubrota_closure_dialog_set_reason (dialog, "Closed for Christmas");
  g_assert_true (_hubrota_closure_dialog_can_save (dialog));
  g_assert_null (_hubrota_closure_dialog_get_problem (dialog));
  g_assert_cmpstr (_hubrota_closure_dialog_get_summary (dialog), ==,
                   "3 openings will be cancelled; 2 of them have officers on them");
  _hubrota_closure_dialog_save (dialog);
  g_assert_nonnull (_hubrota_closure_dialog_get_confirmation (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (_hubrota_closure_dialog_get_confirmation (dialog)),
                   ==, "Take Officers Off 2 Openings?");
  _hubrota_closure_dialog_confirm (dialog, TRUE);
  g_assert_null (widget);
  g_assert_cmpuint (f->changed, ==, 1);

  assert_opening (f, "kempston", "2026-12-26", "cancelled (Closed for Christmas) #1 -");
  assert_opening (f, "kempston", "2027-01-02", "cancelled (Closed for Christmas) #1 -");
  assert_opening (f, "bedford", "2027-01-02", "cancelled (Closed for Christmas) #1 -");
  assert_opening (f, "bedford", "2026-12-26", "cancelled (Flood) #1 -");
  assert_opening (f, "ampthill", "2026-12-26", "scheduled #0 -");
  assert_opening (f, "ampthill", "2027-01-02", "scheduled #0 -");
  assert_opening (f, "kempston", "2026-12-19", "scheduled #0 PC1");
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Cancel 3 openings at 2 hubs, Thu 24 Dec – Sat 2 Jan");
}

/* A move keeps the officer on; impossible hours keep Move off. */
static void
test_move (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) opening = find (f, "kempston", "2026-12-12");
  g_autoptr(GDate) saturday = test_util_date ("2026-12-12");
  g_autoptr(GDate) sunday = test_util_date ("2026-12-13");
  g_autoptr(GDate) spring = test_util_date ("2027-03-28");
  g_autoptr(GDate) autumn = test_util_date ("2027-10-31");
  g_autofree char *before = describe_store (f);
  g_autofree char *unchanged = NULL;
  g_autoptr(HubrotaOccurrence) moved = NULL;
  GtkWidget *widget;
  HubrotaMoveDialog *dialog;

  widget = hubrota_move_dialog_new (NULL, f->workspace, opening);
  dialog = HUBROTA_MOVE_DIALOG (widget);
  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  g_signal_connect_swapped (widget, "changed", G_CALLBACK (count_changed), f);
  show_and_settle (widget, 100);
  g_assert_cmpstr (_hubrota_move_dialog_get_problem (dialog), ==, "Choose a new date or time");
  g_assert_false (_hubrota_move_dialog_can_save (dialog));

  _hubrota_move_dialog_set_time (dialog, sunday, "11:00", "10:30");
  g_assert_cmpstr (_hubrota_move_dialog_get_problem (dialog), ==, "It must close after it opens");
  g_assert_false (_hubrota_move_dialog_can_save (dialog));
  _hubrota_move_dialog_set_time (dialog, sunday, "25:00", "12:30");
  g_assert_cmpstr (_hubrota_move_dialog_get_problem (dialog), ==,
                   "Type the opening time as HH:MM, for example 10:00");
  /* The window's times go through the core's parser: no gap time, no guessed 01:30. */
  _hubrota_move_dialog_set_time (dialog, spring, "01:30", "03:00");
  g_assert_cmpstr (_hubrota_move_dialog_get_problem (dialog), ==,
                   "That time does not exist that day, as the clocks go forward an hour; "
                   "choose another");
  _hubrota_move_dialog_set_time (dialog, autumn, "01:30", "03:00");
  g_assert_cmpstr (_hubrota_move_dialog_get_problem (dialog), ==,
                   "That time comes twice that day, as the clocks go back an hour; choose "
                   "another");
  g_assert_false (_hubrota_move_dialog_can_save (dialog));
  _hubrota_move_dialog_save (dialog);
  unchanged = describe_store (f);
  g_assert_cmpstr (unchanged, ==, before);
  g_assert_cmpuint (f->changed, ==, 0);

  _hubrota_move_dialog_set_time (dialog, sunday, "11:00", "12:30");
  g_assert_null (_hubrota_move_dialog_get_problem (dialog));
  g_assert_cmpstr (_hubrota_move_dialog_get_summary (dialog), ==,
                   "From Sat 12 Dec 10:00–13:00 to Sun 13 Dec 11:00–12:30");
  _hubrota_move_dialog_save (dialog);
  g_assert_null (widget);
  g_assert_cmpuint (f->changed, ==, 1);

  moved = find (f, "kempston", "2026-12-13");
  g_assert_true (hubrota_occurrence_get_moved (moved));
  g_assert_cmpint (g_date_compare (hubrota_occurrence_get_original_date (moved), saturday), ==, 0);
  {
    g_autofree char *start = g_date_time_format (hubrota_occurrence_get_start (moved), "%F %R");
    g_autofree char *end = g_date_time_format (hubrota_occurrence_get_end (moved), "%F %R");
    g_assert_cmpstr (start, ==, "2026-12-13 11:00");
    g_assert_cmpstr (end, ==, "2026-12-13 12:30");
  }
  assert_opening (f, "kempston", "2026-12-13", "scheduled #1 PC1");
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Move Kempston Library, Sat 12 Dec 10:00 to Sun 13 Dec 11:00");
}

/* A one-off opening at the hub chosen to begin with. */
static void
test_extra (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) tuesday = test_util_date ("2026-12-15");
  g_autoptr(GPtrArray) openings = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaOccurrence *extra;
  GtkWidget *widget;
  HubrotaExtraDialog *dialog;

  widget = hubrota_extra_dialog_new (NULL, f->store, f->workspace, "bedford");
  dialog = HUBROTA_EXTRA_DIALOG (widget);
  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  g_signal_connect_swapped (widget, "changed", G_CALLBACK (count_changed), f);
  show_and_settle (widget, 100);
  g_assert_cmpstr (_hubrota_extra_dialog_get_hub (dialog), ==, "bedford");
  g_assert_true (_hubrota_extra_dialog_can_save (dialog));

  _hubrota_extra_dialog_set_time (dialog, tuesday, "18:00", "18:00");
  g_assert_cmpstr (_hubrota_extra_dialog_get_problem (dialog), ==, "It must close after it opens");
  g_assert_false (_hubrota_extra_dialog_can_save (dialog));
  _hubrota_extra_dialog_set_time (dialog, tuesday, "18:00", "19:30");
  _hubrota_extra_dialog_set_officers (dialog, 2);
  g_assert_true (_hubrota_extra_dialog_can_save (dialog));
  _hubrota_extra_dialog_save (dialog);
  g_assert_null (widget);
  g_assert_cmpuint (f->changed, ==, 1);

  openings = hubrota_store_list_occurrences (f->store, tuesday, tuesday, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (openings->len, ==, 1);
  extra = g_ptr_array_index (openings, 0);
  g_assert_cmpstr (hubrota_occurrence_get_hub (extra), ==, "bedford");
  g_assert_cmpint (hubrota_occurrence_get_min_officers (extra), ==, 2);
  {
    g_autofree char *start = g_date_time_format (hubrota_occurrence_get_start (extra), "%F %R");
    g_autofree char *end = g_date_time_format (hubrota_occurrence_get_end (extra), "%F %R");
    g_assert_cmpstr (start, ==, "2026-12-15 18:00");
    g_assert_cmpstr (end, ==, "2026-12-15 19:30");
  }
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Add an opening at Bedford Library, Tue 15 Dec 18:00");
}

/* Presses Tab until the keyboard is in the row titled title, as a person would reach it. */
static void
tab_to (GtkWidget *dialog, const char *title)
{
  for (int presses = 0; presses < 12; presses++)
    {
      if (g_strcmp0 (gui_test_get_focused_row_title (dialog), title) == 0)
        return;
      g_assert_true (gui_test_press_shortcut (dialog, "Tab"));
    }
  g_assert_cmpstr (gui_test_get_focused_row_title (dialog), ==, title);
}

/* Opens the dialog and checks where the keyboard is: in its first field, not on Cancel. */
static GtkWidget *
open_at (GtkWidget *dialog, Fixture *f, const char *first_field)
{
  g_object_ref_sink (dialog);
  g_signal_connect_swapped (dialog, "changed", G_CALLBACK (count_changed), f);
  show_and_settle (dialog, 100);
  g_assert_cmpstr (gui_test_get_focused_row_title (dialog), ==, first_field);
  return dialog;
}

/* Each dialog opens with the keyboard in its first field; typing there and Enter do what the
 * dialog is for once the form is right, and nothing before. */
static void
test_keyboard (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) bedford = find (f, "bedford", "2026-12-12");
  g_autoptr(HubrotaOccurrence) kempston = find (f, "kempston", "2026-12-19");
  g_autoptr(GtkWidget) period = NULL;
  g_autoptr(GtkWidget) cancel = NULL;
  g_autoptr(GtkWidget) move = NULL;
  g_autoptr(GtkWidget) extra = NULL;
  g_autoptr(GPtrArray) added = NULL;
  char day[16];
  GDate today;

  period = open_at (hubrota_closure_dialog_new (NULL, f->store, f->workspace), f, "_From");
  gtk_window_destroy (GTK_WINDOW (period));

  /* Cancel Opening: the reason is the only field. Enter with none given does nothing. */
  cancel = open_at (hubrota_closure_dialog_new_for_opening (NULL, f->store, f->workspace, bedford),
                    f, "_Public reason");
  g_assert_true (gui_test_press_shortcut (cancel, "Return"));
  gui_test_wait_until_drawn_for (cancel, 400);
  g_assert_true (gtk_widget_get_visible (cancel));
  gui_test_type (cancel, "Staff training");
  g_assert_true (gui_test_press_shortcut (cancel, "Return"));
  g_assert_true (gui_test_wait_until_hidden (cancel));
  g_assert_cmpuint (f->changed, ==, 1);
  assert_opening (f, "bedford", "2026-12-12", "cancelled (Staff training) #1 -");

  move = open_at (hubrota_move_dialog_new (NULL, f->workspace, kempston), f, "_Date");
  tab_to (move, "_Opens at (HH:MM)");
  gui_test_type (move, "11:00");
  tab_to (move, "C_loses at (HH:MM)");
  gui_test_type (move, "14:00");
  g_assert_true (gui_test_press_shortcut (move, "Return"));
  g_assert_true (gui_test_wait_until_hidden (move));
  g_assert_cmpuint (f->changed, ==, 2);
  {
    g_autoptr(HubrotaOccurrence) moved = find (f, "kempston", "2026-12-19");
    g_autofree char *start = g_date_time_format (hubrota_occurrence_get_start (moved), "%F %R");
    g_autofree char *end = g_date_time_format (hubrota_occurrence_get_end (moved), "%F %R");

    g_assert_cmpstr (start, ==, "2026-12-19 11:00");
    g_assert_cmpstr (end, ==, "2026-12-19 14:00");
  }

  extra = open_at (hubrota_extra_dialog_new (NULL, f->store, f->workspace, "ampthill"), f, "_Hub");
  tab_to (extra, "_Opens at (HH:MM)");
  gui_test_type (extra, "18:00");
  tab_to (extra, "C_loses at (HH:MM)");
  /* Closing before it opens: Enter leaves the dialog as it is. */
  gui_test_type (extra, "17:00");
  g_assert_true (gui_test_press_shortcut (extra, "Return"));
  gui_test_wait_until_drawn_for (extra, 400);
  g_assert_true (gtk_widget_get_visible (extra));
  g_assert_true (gui_test_press_shortcut (extra, "<Control>a"));
  gui_test_type (extra, "19:30");
  g_assert_true (gui_test_press_shortcut (extra, "Return"));
  g_assert_true (gui_test_wait_until_hidden (extra));
  g_assert_cmpuint (f->changed, ==, 3);
  /* On the day the dialog offers, today. */
  gui_test_london_today (&today);
  g_date_strftime (day, sizeof day, "%Y-%m-%d", &today);
  added = test_util_list_openings (f->store, day, day, "ampthill");
  g_assert_cmpuint (added->len, >=, 1);
  {
    HubrotaOccurrence *last = g_ptr_array_index (added, added->len - 1);
    g_autofree char *hours = g_date_time_format (hubrota_occurrence_get_start (last), "%R");
    g_autofree char *until = g_date_time_format (hubrota_occurrence_get_end (last), "%R");

    g_assert_cmpstr (hours, ==, "18:00");
    g_assert_cmpstr (until, ==, "19:30");
  }
}

/* The store refuses a reason over 500 characters: the dialog stays open with the text as
 * typed and says why, and nothing is stored or recorded. */
static void
test_refused (Fixture *f, gconstpointer data)
{
  const char *one[] = { "ampthill", NULL };
  g_autoptr(GDate) from = test_util_date ("2026-12-01");
  g_autoptr(GDate) to = test_util_date ("2026-12-31");
  g_autofree char *reason = g_strnfill (501, 'x');
  g_autofree char *before = describe_store (f);
  g_autofree char *after = NULL;
  GtkWidget *widget;
  HubrotaClosureDialog *dialog;

  widget = hubrota_closure_dialog_new (NULL, f->store, f->workspace);
  dialog = HUBROTA_CLOSURE_DIALOG (widget);
  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  g_signal_connect_swapped (widget, "changed", G_CALLBACK (count_changed), f);
  show_and_settle (widget, 100);
  _hubrota_closure_dialog_set_period (dialog, from, to);
  _hubrota_closure_dialog_set_hubs (dialog, one);
  _hubrota_closure_dialog_set_reason (dialog, reason);
  g_assert_cmpstr (_hubrota_closure_dialog_get_summary (dialog), ==,
                   "4 openings will be cancelled; none of them have officers on them");
  g_assert_null (_hubrota_closure_dialog_get_error (dialog));
  _hubrota_closure_dialog_save (dialog);
  g_assert_null (_hubrota_closure_dialog_get_confirmation (dialog));

  g_assert_nonnull (widget);
  g_assert_cmpstr (_hubrota_closure_dialog_get_error (dialog), ==,
                   "the reason is longer than 500 characters");
  g_assert_cmpuint (f->changed, ==, 0);
  g_assert_false (hubrota_history_get_can_undo (f->history));
  after = describe_store (f);
  g_assert_cmpstr (after, ==, before);
  destroy_if_alive (widget);
}

static void
save_screenshot (GtkWidget *widget, const char *name)
{
  g_autoptr(GdkTexture) texture = gui_test_render_widget (widget);
  guint colours = gui_test_count_colours (texture);

  gui_test_save_texture (texture, name);
  g_test_message ("%u distinct colours", colours);
  /* Text and controls give many colours; a blank dialog a handful. */
  g_assert_cmpuint (colours, >, 50);
}

/* The closure dialog filled in for Christmas, the move and extra dialogs as they open, and the
 * move dialog refusing a time the clocks show twice. */
static void
test_screenshots (Fixture *f, gconstpointer data)
{
  const char *two[] = { "kempston", "bedford", NULL };
  g_autoptr(GDate) from = test_util_date ("2026-12-24");
  g_autoptr(GDate) to = test_util_date ("2027-01-02");
  g_autoptr(GDate) autumn = test_util_date ("2027-10-31");
  g_autoptr(HubrotaOccurrence) opening = find (f, "kempston", "2026-12-12");
  GtkWidget *confirmation;
  GtkWidget *widget;

  widget = hubrota_closure_dialog_new (NULL, f->store, f->workspace);
  _hubrota_closure_dialog_set_period (HUBROTA_CLOSURE_DIALOG (widget), from, to);
  _hubrota_closure_dialog_set_hubs (HUBROTA_CLOSURE_DIALOG (widget), two);
  _hubrota_closure_dialog_set_reason (HUBROTA_CLOSURE_DIALOG (widget), "Closed for Christmas");
  show_and_settle (widget, 500);
  save_screenshot (widget, "closure-dialog.png");
  gtk_window_destroy (GTK_WINDOW (widget));

  widget = hubrota_closure_dialog_new_for_opening (NULL, f->store, f->workspace, opening);
  show_and_settle (widget, 500);
  save_screenshot (widget, "cancel-opening-dialog.png");
  _hubrota_closure_dialog_set_reason (HUBROTA_CLOSURE_DIALOG (widget), "Staff training");
  _hubrota_closure_dialog_save (HUBROTA_CLOSURE_DIALOG (widget));
  confirmation = GTK_WIDGET (_hubrota_closure_dialog_get_confirmation (HUBROTA_CLOSURE_DIALOG (widget)));
  show_and_settle (confirmation, 500);
  save_screenshot (confirmation, "cancel-opening-question.png");
  _hubrota_closure_dialog_confirm (HUBROTA_CLOSURE_DIALOG (widget), FALSE);
  gtk_window_destroy (GTK_WINDOW (widget));

  widget = hubrota_move_dialog_new (NULL, f->workspace, opening);
  show_and_settle (widget, 500);
  save_screenshot (widget, "move-dialog.png");
  _hubrota_move_dialog_set_time (HUBROTA_MOVE_DIALOG (widget), autumn, "01:30", "03:00");
  show_and_settle (widget, 200);
  save_screenshot (widget, "move-dialog-repeated-hour.png");
  gtk_window_destroy (GTK_WINDOW (widget));

  widget = hubrota_extra_dialog_new (NULL, f->store, f->workspace, "ampthill");
  show_and_settle (widget, 500);
  save_screenshot (widget, "extra-dialog.png");
  gtk_window_destroy (GTK_WINDOW (widget));
}

int
main (int   argc,
      char *argv[])
{
  /* Each dialog is a new window, and under Xvfb the GL renderer would compile its shaders anew
   * for every one: 5 to 10 seconds a window. Cairo draws the same widgets at once. */
  if (!gui_test_init (&argc, &argv, GUI_TEST_CAIRO))
    return 0;
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/exceptions/cancel-staffed", test_cancel_staffed);
  ADD ("/exceptions/christmas", test_christmas);
  ADD ("/exceptions/move", test_move);
  ADD ("/exceptions/extra", test_extra);
  ADD ("/exceptions/refused", test_refused);
  ADD ("/exceptions/keyboard", test_keyboard);
  ADD ("/exceptions/screenshots", test_screenshots);

  return gui_test_run ();
}
