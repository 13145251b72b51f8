/* test-officers.c: the Officers window on real databases, checked against what the store holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <string.h>

#include "hubrota-absence-dialog-private.h"
#include "hubrota-officers-window-private.h"

#include "gui-test-util.h"
#include "test-util.h"

typedef struct
{
  HubrotaStore          *store;
  HubrotaOfficersWindow *window;
  guint                  changes;    /* "changed" emissions */
} Fixture;

static void
on_changed (HubrotaOfficersWindow *window,
            Fixture               *fixture)
{
  fixture->changes++;
}

/* Two beats and five officers: two PCs, a PCSO, a special with no beat and a sergeant. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = gui_test_temp_path ("officers.db");
  g_autoptr(GError) error = NULL;

  gui_test_use_system_mime_dirs ();
  fixture->store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  test_util_add_beat (fixture->store, "castle", "Castle, Bedford");
  test_util_add_beat (fixture->store, "kempston", "Kempston");
  test_util_add_officer (fixture->store, "PC1", "Ada Lovelace", HUBROTA_ROLE_PC, "castle", 40);
  test_util_add_officer (fixture->store, "PC2", "Bo Diddley", HUBROTA_ROLE_PC, "kempston", 40);
  test_util_add_officer (fixture->store, "PCSO3", "Cy Twombly", HUBROTA_ROLE_PCSO, "castle",
                         37.5);
  test_util_add_officer (fixture->store, "SC4", "Di Fossey", HUBROTA_ROLE_SC, NULL, 16);
  test_util_add_officer (fixture->store, "SGT5", "Ed Ruscha", HUBROTA_ROLE_SGT, "kempston", 40);

  fixture->window = HUBROTA_OFFICERS_WINDOW (hubrota_officers_window_new (NULL, fixture->store));
  g_signal_connect (fixture->window, "changed", G_CALLBACK (on_changed), fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;

  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 5);
  g_assert_cmpstr (_hubrota_officers_window_get_count_text (window), ==, "5 officers");

  _hubrota_officers_window_set_role_filter (window, 1 + HUBROTA_ROLE_PC);
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 2);
  g_assert_cmpstr (_hubrota_officers_window_get_count_text (window), ==, "2 of 5 officers");
  _hubrota_officers_window_set_beat_filter (window, 2);   /* Castle, Bedford */
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 1);
  _hubrota_officers_window_set_role_filter (window, 0);
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 2);
  _hubrota_officers_window_set_beat_filter (window, 1);   /* No home beat */
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 1);
  _hubrota_officers_window_set_beat_filter (window, 3);   /* Kempston */
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 2);
  _hubrota_officers_window_set_role_filter (window, 1 + HUBROTA_ROLE_SGT);
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 1);
  _hubrota_officers_window_set_beat_filter (window, 0);
  _hubrota_officers_window_set_role_filter (window, 0);

  _hubrota_officers_window_set_search (window, "EY");       /* Diddley, Fossey */
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 2);
  _hubrota_officers_window_set_search (window, "pcso");     /* a collar number */
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 1);
  _hubrota_officers_window_set_search (window, "nobody");
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 0);
  g_assert_cmpstr (_hubrota_officers_window_get_count_text (window), ==, "0 of 5 officers");
  _hubrota_officers_window_set_search (window, "");
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 5);

  /* Showing an officer hidden by the search clears it. */
  _hubrota_officers_window_set_search (window, "ada");
  hubrota_officers_window_show_officer (window, "SGT5");
  g_assert_cmpstr (_hubrota_officers_window_get_shown (window), ==, "SGT5");
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 5);
  g_assert_cmpstr (_hubrota_officers_window_get_name (window), ==, "Ed Ruscha");
  g_assert_cmpuint (fixture->changes, ==, 0);
}

static void
test_add_officer (Fixture       *fixture,
                  gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;

  _hubrota_officers_window_start_new (window);
  g_assert_null (_hubrota_officers_window_get_shown (window));
  g_assert_false (_hubrota_officers_window_can_save (window));
  g_assert_cmpstr (_hubrota_officers_window_get_form_message (window), ==,
                   "Enter the collar number and the name");

  /* The collar number is checked as it is typed. */
  _hubrota_officers_window_set_collar (window, "PC1");
  g_assert_true (_hubrota_officers_window_collar_has_error (window));
  g_assert_cmpstr (_hubrota_officers_window_get_form_message (window), ==,
                   "That collar number is taken by Ada Lovelace (PC1)");
  _hubrota_officers_window_set_collar (window, "PC 6");
  g_assert_true (_hubrota_officers_window_collar_has_error (window));
  g_assert_cmpstr (_hubrota_officers_window_get_form_message (window), ==,
                   "A collar number has only letters and digits, e.g. PC1234");
  _hubrota_officers_window_set_name (window, "Fay Weldon");
  g_assert_false (_hubrota_officers_window_save (window));
  g_assert_cmpuint (test_util_count_officers (fixture->store), ==, 5);

  _hubrota_officers_window_set_collar (window, "PC6");
  g_assert_false (_hubrota_officers_window_collar_has_error (window));
  _hubrota_officers_window_set_role (window, HUBROTA_ROLE_PCSO);
  _hubrota_officers_window_set_beat (window, "kempston");
  _hubrota_officers_window_set_hours (window, 30);
  g_assert_true (_hubrota_officers_window_can_save (window));
  g_assert_true (_hubrota_officers_window_save (window));

  test_util_assert_officer (fixture->store, "PC6", "Fay Weldon", HUBROTA_ROLE_PCSO, "kempston", 30);
  g_assert_cmpuint (test_util_count_officers (fixture->store), ==, 6);
  g_assert_cmpstr (_hubrota_officers_window_get_shown (window), ==, "PC6");
  g_assert_cmpstr (_hubrota_officers_window_get_count_text (window), ==, "6 officers");
  g_assert_cmpstr (_hubrota_officers_window_get_last_toast (window), ==, "Added Fay Weldon");
  g_assert_false (_hubrota_officers_window_can_save (window));
  g_assert_cmpuint (fixture->changes, ==, 1);
}

static void
test_edit_officer (Fixture       *fixture,
                   gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;

  hubrota_officers_window_show_officer (window, "PC2");
  g_assert_false (_hubrota_officers_window_can_save (window));
  _hubrota_officers_window_set_name (window, "Bo Diddley Jr");
  _hubrota_officers_window_set_role (window, HUBROTA_ROLE_SGT);
  _hubrota_officers_window_set_beat (window, NULL);
  _hubrota_officers_window_set_hours (window, 20);
  g_assert_true (_hubrota_officers_window_save (window));

  test_util_assert_officer (fixture->store, "PC2", "Bo Diddley Jr", HUBROTA_ROLE_SGT, NULL, 20);
  test_util_assert_officer (fixture->store, "PC1", "Ada Lovelace", HUBROTA_ROLE_PC, "castle", 40);
  g_assert_cmpstr (_hubrota_officers_window_get_last_toast (window), ==, "Saved Bo Diddley Jr");
  g_assert_cmpuint (fixture->changes, ==, 1);

  /* Now a sergeant with no beat: the filters see the change. */
  _hubrota_officers_window_set_role_filter (window, 1 + HUBROTA_ROLE_SGT);
  _hubrota_officers_window_set_beat_filter (window, 1);
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 1);

  /* Changing a field back to what is stored leaves nothing to save. */
  hubrota_officers_window_show_officer (window, "PC1");
  _hubrota_officers_window_set_hours (window, 41);
  g_assert_true (_hubrota_officers_window_can_save (window));
  _hubrota_officers_window_set_hours (window, 40);
  g_assert_false (_hubrota_officers_window_can_save (window));
}

/* Closing the window with unsaved changes asks first; keeping them keeps the window and what
 * was typed, discarding closes it with the store unchanged. */
static void
test_close_asks (Fixture       *fixture,
                 gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;

  hubrota_officers_window_show_officer (window, "PC1");
  _hubrota_officers_window_set_name (window, "Ada Byron");
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (_hubrota_officers_window_answer_discard (window, FALSE));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (_hubrota_officers_window_get_name (window), ==, "Ada Byron");

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (_hubrota_officers_window_answer_discard (window, TRUE));
  while (gtk_widget_get_visible (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  test_util_assert_officer (fixture->store, "PC1", "Ada Lovelace", HUBROTA_ROLE_PC, "castle", 40);
  g_assert_cmpuint (fixture->changes, ==, 0);
  g_object_unref (window);

  /* The tear-down closes a window of its own. */
  fixture->window = HUBROTA_OFFICERS_WINDOW (hubrota_officers_window_new (NULL, fixture->store));
}

static void
test_rejected_edits (Fixture       *fixture,
                     gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaStore) other = NULL;

  /* Weekly hours out of range: Save stays off, the store is untouched. */
  hubrota_officers_window_show_officer (window, "PC1");
  _hubrota_officers_window_set_name (window, "Ada King");
  _hubrota_officers_window_set_hours (window, 200);
  g_assert_false (_hubrota_officers_window_can_save (window));
  g_assert_cmpstr (_hubrota_officers_window_get_form_message (window), ==,
                   "Weekly hours must be between 0 and 168");
  g_assert_false (_hubrota_officers_window_save (window));
  test_util_assert_officer (fixture->store, "PC1", "Ada Lovelace", HUBROTA_ROLE_PC, "castle", 40);

  /* An empty name. */
  _hubrota_officers_window_set_hours (window, 40);
  _hubrota_officers_window_set_name (window, "  ");
  g_assert_false (_hubrota_officers_window_can_save (window));
  g_assert_cmpstr (_hubrota_officers_window_get_form_message (window), ==,
                   "A name is one line of text and cannot be empty");

  /* Leaving unsaved changes asks first; keeping them keeps everything typed. */
  _hubrota_officers_window_start_new (window);
  g_assert_true (_hubrota_officers_window_answer_discard (window, FALSE));
  g_assert_cmpstr (_hubrota_officers_window_get_shown (window), ==, "PC1");
  g_assert_cmpstr (_hubrota_officers_window_get_name (window), ==, "  ");
  hubrota_officers_window_show_officer (window, "PC2");
  g_assert_true (_hubrota_officers_window_answer_discard (window, FALSE));
  g_assert_cmpstr (_hubrota_officers_window_get_shown (window), ==, "PC1");
  test_util_assert_officer (fixture->store, "PC1", "Ada Lovelace", HUBROTA_ROLE_PC, "castle", 40);

  /* The store refuses what the form thought fine: another program took the collar number
   * meanwhile. The form keeps everything typed and says why. */
  _hubrota_officers_window_start_new (window);
  g_assert_true (_hubrota_officers_window_answer_discard (window, TRUE));
  g_assert_null (_hubrota_officers_window_get_shown (window));
  g_assert_cmpstr (_hubrota_officers_window_get_name (window), ==, "");
  _hubrota_officers_window_set_collar (window, "PC9");
  _hubrota_officers_window_set_name (window, "Gil Scott");
  _hubrota_officers_window_set_hours (window, 12);
  g_assert_true (_hubrota_officers_window_can_save (window));
  other = hubrota_store_open (hubrota_store_get_path (fixture->store), 0, &error);
  g_assert_no_error (error);
  test_util_add_officer (other, "PC9", "Someone Else", HUBROTA_ROLE_VOL, NULL, 0);
  g_assert_true (_hubrota_officers_window_save (window));

  g_assert_cmpstr (_hubrota_officers_window_get_form_message (window), ==,
                   "There is already an officer ‘PC9’");
  g_assert_cmpstr (_hubrota_officers_window_get_name (window), ==, "Gil Scott");
  g_assert_null (_hubrota_officers_window_get_shown (window));
  test_util_assert_officer (fixture->store, "PC9", "Someone Else", HUBROTA_ROLE_VOL, NULL, 0);
  g_assert_cmpuint (test_util_count_officers (fixture->store), ==, 6);
  g_assert_cmpuint (fixture->changes, ==, 0);
}

static GPtrArray *
duties_of (HubrotaStore *store,
           const char   *officer)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *duties = hubrota_store_list_duties (store, officer, &error);

  g_assert_no_error (error);
  return duties;
}

static void
assert_duty (HubrotaDuty *duty,
             const char  *start,
             int          minutes,
             const char  *rrule)
{
  g_autofree char *local = hubrota_london_format_local (hubrota_duty_get_start (duty));

  g_assert_cmpstr (local, ==, start);
  g_assert_cmpint (hubrota_duty_get_duration_minutes (duty), ==, minutes);
  g_assert_cmpstr (hubrota_duty_get_rrule (duty), ==, rrule);
}

static void
test_duty (Fixture       *fixture,
           gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autoptr(GPtrArray) duties = NULL;
  g_autofree char *message = NULL;

  hubrota_officers_window_show_officer (window, "PC1");
  g_assert_cmpuint (_hubrota_officers_window_count_duty_rows (window), ==, 0);

  g_assert_true (_hubrota_officers_window_add_shift_pattern (window, "2026-11-02", "08:00", "16:00",
                                                             HUBROTA_REPEAT_WEEKDAYS, 0, 1, NULL));
  /* Chosen days from a Monday: the pattern starts on its first Saturday; a night shift. */
  g_assert_true (_hubrota_officers_window_add_shift_pattern (window, "2026-11-02", "22:00", "06:00",
                                                             HUBROTA_REPEAT_CHOSEN_DAYS,
                                                             (1 << 5) | (1 << 6), 2, NULL));
  g_assert_true (_hubrota_officers_window_add_shift_pattern (window, "2026-12-05", "10:00", "18:00",
                                                             HUBROTA_REPEAT_ONCE, 0, 1, NULL));
  g_assert_cmpuint (fixture->changes, ==, 3);

  duties = duties_of (fixture->store, "PC1");
  g_assert_cmpuint (duties->len, ==, 3);
  assert_duty (g_ptr_array_index (duties, 0), "2026-11-02T08:00", 480,
               "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
  assert_duty (g_ptr_array_index (duties, 1), "2026-11-07T22:00", 480,
               "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU");
  assert_duty (g_ptr_array_index (duties, 2), "2026-12-05T10:00", 480, NULL);
  g_assert_cmpuint (_hubrota_officers_window_count_duty_rows (window), ==, 3);
  g_assert_cmpstr (_hubrota_officers_window_get_duty_text (window, 0), ==,
                   "Mon–Fri 08:00–16:00 from 2 Nov 2026");
  g_assert_cmpstr (_hubrota_officers_window_get_duty_text (window, 1), ==,
                   "Sat, Sun, every 2 weeks 22:00–06:00 from 7 Nov 2026");
  g_assert_cmpstr (_hubrota_officers_window_get_duty_text (window, 2), ==,
                   "Once: Sat 5 Dec 10:00–18:00");

  /* Refused in the dialog: nothing stored. */
  g_assert_false (_hubrota_officers_window_add_shift_pattern (window, "2026-13-01", "08:00",
                                                              "16:00", HUBROTA_REPEAT_DAILY, 0, 1,
                                                              &message));
  g_assert_cmpstr (message, ==, "The first day is a date like 2026-11-02");
  g_clear_pointer (&message, g_free);
  g_assert_false (_hubrota_officers_window_add_shift_pattern (window, "2026-11-02", "08:00",
                                                              "16:00", HUBROTA_REPEAT_CHOSEN_DAYS,
                                                              0, 1, &message));
  g_assert_cmpstr (message, ==, "Choose at least one day");
  g_clear_pointer (&message, g_free);
  /* One parser for times, the core's: exactly HH:MM. */
  g_assert_false (_hubrota_officers_window_add_shift_pattern (window, "2026-11-02", "8:00",
                                                              "16:00", HUBROTA_REPEAT_DAILY, 0, 1,
                                                              &message));
  g_assert_cmpstr (message, ==, "Times are like 08:00 or 16:30");
  g_clear_pointer (&message, g_free);
  /* As `duty add --start`: no first shift at a time the clocks skip or show twice. From
   * Saturday 27 March 2027 with only Sundays chosen, the first shift is on the 28th. */
  g_assert_false (_hubrota_officers_window_add_shift_pattern (window, "2027-03-27", "01:30",
                                                              "09:30", HUBROTA_REPEAT_CHOSEN_DAYS,
                                                              1 << 6, 1, &message));
  g_assert_cmpstr (message, ==, "That time does not exist that day, as the clocks go forward "
                                "an hour; choose another");
  g_clear_pointer (&message, g_free);
  g_assert_false (_hubrota_officers_window_add_shift_pattern (window, "2027-10-31", "01:30",
                                                              "09:30", HUBROTA_REPEAT_ONCE, 0, 1,
                                                              &message));
  g_assert_cmpstr (message, ==, "That time comes twice that day, as the clocks go back an "
                                "hour; choose another");
  g_clear_pointer (&duties, g_ptr_array_unref);
  duties = duties_of (fixture->store, "PC1");
  g_assert_cmpuint (duties->len, ==, 3);

  /* Remove the middle one. */
  _hubrota_officers_window_remove_duty (window, 1);
  g_clear_pointer (&duties, g_ptr_array_unref);
  duties = duties_of (fixture->store, "PC1");
  g_assert_cmpuint (duties->len, ==, 2);
  assert_duty (g_ptr_array_index (duties, 0), "2026-11-02T08:00", 480,
               "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
  assert_duty (g_ptr_array_index (duties, 1), "2026-12-05T10:00", 480, NULL);
  g_assert_cmpuint (_hubrota_officers_window_count_duty_rows (window), ==, 2);
  g_assert_cmpstr (_hubrota_officers_window_get_last_toast (window), ==, "Shift pattern removed");
  g_assert_cmpuint (fixture->changes, ==, 4);
}

/* The roster's days as `duty list` says them, read back from the store. */
static void
assert_roster (HubrotaDuty *duty,
               const char  *first_day,
               guint        cycle_days,
               const char  *description)
{
  g_autofree char *first = NULL;
  g_autofree char *described = NULL;

  g_assert_true (hubrota_duty_is_roster (duty));
  g_assert_cmpuint (hubrota_duty_get_cycle_days (duty), ==, cycle_days);
  first = hubrota_london_format_date (hubrota_duty_get_first_day (duty));
  g_assert_cmpstr (first, ==, first_day);
  described = hubrota_duty_describe_roster (duty);
  g_assert_cmpstr (described, ==, description);
}

static void
assert_roster_day (HubrotaDuty *duty,
                   guint        day,
                   int          start,
                   int          minutes)
{
  int stored_start = -1, stored_minutes = -1;

  g_assert_cmpint (hubrota_duty_get_roster_shift (duty, day, &stored_start, &stored_minutes), ==,
                   minutes > 0);
  g_assert_cmpint (stored_start, ==, start);
  g_assert_cmpint (stored_minutes, ==, minutes);
}

static HubrotaDutyDialog *
open_duty_dialog (HubrotaOfficersWindow *window)
{
  return HUBROTA_DUTY_DIALOG (_hubrota_officers_window_open_dialog (window, TRUE));
}

/* A 2-2-2-4 roster typed day by day is stored with exactly those days and shifts; what the
 * dialog refuses, or a Cancel, stores nothing. */
static void
test_roster (Fixture       *fixture,
             gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GtkWidget) held = NULL;
  g_autofree char *message = NULL;
  HubrotaDutyDialog *dialog;

  hubrota_officers_window_show_officer (window, "PC1");
  dialog = open_duty_dialog (window);
  _hubrota_duty_dialog_fill_roster (dialog, "2026-12-07", "EELLNNRRRR");
  _hubrota_duty_dialog_set_shift (dialog, HUBROTA_ROSTER_EARLY, "06:00", "10h");
  _hubrota_duty_dialog_set_shift (dialog, HUBROTA_ROSTER_LATE, "14:00", "9h30m");
  _hubrota_duty_dialog_set_shift (dialog, HUBROTA_ROSTER_NIGHT, "22:00", "10h");
  _hubrota_duty_dialog_set_shift (dialog, HUBROTA_ROSTER_LONG_DAY, "", "");  /* unused */
  g_assert_cmpstr (_hubrota_duty_dialog_get_summary (dialog), ==,
                   "10-day cycle: 6 shifts and 4 rest days, 41.3 h a week on average");
  g_assert_true (_hubrota_form_dialog_press_add (HUBROTA_FORM_DIALOG (dialog), NULL));

  duties = duties_of (fixture->store, "PC1");
  g_assert_cmpuint (duties->len, ==, 1);
  assert_roster (g_ptr_array_index (duties, 0), "2026-12-07", 10,
                 "10-day cycle from Mon 7 Dec 2026: 06:00+10h 06:00+10h 14:00+9h30m 14:00+9h30m "
                 "22:00+10h 22:00+10h R R R R");
  assert_roster_day (g_ptr_array_index (duties, 0), 0, 6 * 60, 600);
  assert_roster_day (g_ptr_array_index (duties, 0), 3, 14 * 60, 570);
  assert_roster_day (g_ptr_array_index (duties, 0), 5, 22 * 60, 600);
  assert_roster_day (g_ptr_array_index (duties, 0), 6, 0, 0);
  assert_roster_day (g_ptr_array_index (duties, 0), 9, 0, 0);
  g_assert_cmpuint (_hubrota_officers_window_count_duty_rows (window), ==, 1);
  g_assert_cmpstr (_hubrota_officers_window_get_duty_text (window, 0), ==,
                   "10-day cycle from Mon 7 Dec 2026: 06:00+10h 06:00+10h 14:00+9h30m "
                   "14:00+9h30m 22:00+10h 22:00+10h R R R R");
  g_assert_cmpstr (_hubrota_officers_window_get_duty_subtitle (window, 0), ==,
                   "6 shifts and 4 rest days, 41.3 h a week on average");
  g_assert_cmpstr (_hubrota_officers_window_get_last_toast (window), ==, "Shift pattern added");

  /* Refused, each with one line naming the problem; nothing stored. */
  dialog = open_duty_dialog (window);
  _hubrota_duty_dialog_fill_roster (dialog, "2026-12-07", "RRRR");
  g_assert_false (_hubrota_form_dialog_press_add (HUBROTA_FORM_DIALOG (dialog), &message));
  g_assert_cmpstr (message, ==, "Every day is a rest day: give at least one day a shift");
  g_clear_pointer (&message, g_free);
  dialog = open_duty_dialog (window);
  _hubrota_duty_dialog_fill_roster (dialog, "2026-12-07", "EENNRR");
  _hubrota_duty_dialog_set_shift (dialog, HUBROTA_ROSTER_NIGHT, "22:00", "25h");
  g_assert_false (_hubrota_form_dialog_press_add (HUBROTA_FORM_DIALOG (dialog), &message));
  g_assert_cmpstr (message, ==, "The Night shift starts at a time like 07:00 and lasts from 1 "
                                "minute to 24 hours, like 10h or 8h30m");
  g_clear_pointer (&message, g_free);
  dialog = open_duty_dialog (window);
  _hubrota_duty_dialog_fill_roster (dialog, "2026-12-32", "EENNRR");
  g_assert_false (_hubrota_form_dialog_press_add (HUBROTA_FORM_DIALOG (dialog), &message));
  g_assert_cmpstr (message, ==, "Day 1 of the cycle is a date like 2026-12-07");

  /* Cancel (Escape) after a good roster is typed. */
  dialog = open_duty_dialog (window);
  held = g_object_ref (GTK_WIDGET (dialog));
  _hubrota_duty_dialog_fill_roster (dialog, "2026-12-07", "EELLNNRRRR");
  g_assert_true (gui_test_press_shortcut (held, "Escape"));
  g_assert_true (gui_test_wait_until_hidden (held));

  g_clear_pointer (&duties, g_ptr_array_unref);
  duties = duties_of (fixture->store, "PC1");
  g_assert_cmpuint (duties->len, ==, 1);
  g_assert_cmpuint (fixture->changes, ==, 1);
}

/* A preset fills in the shifts and the days; the five-week one starts on a Monday. */
static void
test_roster_preset (Fixture       *fixture,
                    gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autoptr(GPtrArray) duties = NULL;
  g_autofree char *days = NULL;
  HubrotaDutyDialog *dialog;

  hubrota_officers_window_show_officer (window, "PCSO3");
  dialog = open_duty_dialog (window);
  _hubrota_duty_dialog_fill_roster (dialog, "2026-12-09", "E");   /* a Wednesday */
  _hubrota_duty_dialog_use_preset (dialog, HUBROTA_ROSTER_PRESET_NEIGHBOURHOOD);
  days = _hubrota_duty_dialog_get_days (dialog);
  g_assert_cmpstr (days, ==, "RREEEEELLLLLRRRREEEEELLLLLRRRREEEEE");
  g_assert_cmpstr (_hubrota_duty_dialog_get_first_day (dialog), ==, "2026-12-14");
  g_assert_cmpstr (_hubrota_duty_dialog_get_summary (dialog), ==,
                   "35-day cycle: 25 shifts and 10 rest days, 40 h a week on average");
  g_assert_true (_hubrota_form_dialog_press_add (HUBROTA_FORM_DIALOG (dialog), NULL));

  dialog = open_duty_dialog (window);
  _hubrota_duty_dialog_fill_roster (dialog, "2027-01-06", "R");
  _hubrota_duty_dialog_use_preset (dialog, HUBROTA_ROSTER_PRESET_FOUR_ON);
  g_assert_cmpstr (_hubrota_duty_dialog_get_first_day (dialog), ==, "2027-01-06");
  g_clear_pointer (&days, g_free);
  days = _hubrota_duty_dialog_get_days (dialog);
  g_assert_cmpstr (days, ==, "DDNNRRRR");
  g_assert_true (_hubrota_form_dialog_press_add (HUBROTA_FORM_DIALOG (dialog), NULL));

  duties = duties_of (fixture->store, "PCSO3");
  g_assert_cmpuint (duties->len, ==, 2);
  g_assert_cmpuint (hubrota_duty_get_cycle_days (g_ptr_array_index (duties, 0)), ==, 35);
  assert_roster_day (g_ptr_array_index (duties, 0), 0, 0, 0);
  assert_roster_day (g_ptr_array_index (duties, 0), 2, 8 * 60, 480);
  assert_roster_day (g_ptr_array_index (duties, 0), 7, 14 * 60, 480);
  assert_roster_day (g_ptr_array_index (duties, 0), 34, 8 * 60, 480);
  assert_roster_day (g_ptr_array_index (duties, 1), 0, 7 * 60, 720);
  assert_roster_day (g_ptr_array_index (duties, 1), 2, 19 * 60, 720);
  assert_roster_day (g_ptr_array_index (duties, 1), 4, 0, 0);
  g_assert_cmpuint (hubrota_duty_get_cycle_days (g_ptr_array_index (duties, 1)), ==, 8);
  g_assert_cmpuint (fixture->changes, ==, 2);
}

static gint64
add_duty (HubrotaStore *store,
          HubrotaDuty  *duty)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hubrota_store_add_duty (store, duty, &error);

  g_assert_no_error (error);
  g_object_unref (duty);
  return id;
}

static HubrotaDuty *
new_response_roster (const char *officer)
{
  g_autoptr(GDate) first = test_util_date ("2026-12-07");
  HubrotaDuty *roster = hubrota_duty_new_roster (officer, first, 10);

  for (guint d = 0; d < 6; d++)
    hubrota_duty_set_roster_shift (roster, d, (d < 2 ? 7 : d < 4 ? 14 : 22) * 60, 600);
  return roster;
}

/* The pencil opens the dialog filled in; Save changes exactly that row, keeping its id. */
static void
test_edit_duty (Fixture       *fixture,
                gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autoptr(GDateTime) start = test_util_local ("2026-11-02T08:00");
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GPtrArray) others = NULL;
  g_autofree char *days = NULL;
  HubrotaDutyDialog *dialog;
  gint64 pattern_id, roster_id, other_id;

  pattern_id = add_duty (fixture->store, hubrota_duty_new ("PC1", start, 480,
                                                           "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"));
  roster_id = add_duty (fixture->store, new_response_roster ("PC1"));
  other_id = add_duty (fixture->store, new_response_roster ("PC2"));
  hubrota_officers_window_show_officer (window, "PC1");
  g_assert_cmpuint (_hubrota_officers_window_count_duty_rows (window), ==, 2);

  /* The pattern: a later end. */
  dialog = HUBROTA_DUTY_DIALOG (_hubrota_officers_window_edit_duty (window, 0));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Shift Pattern");
  g_assert_cmpstr (_hubrota_duty_dialog_get_first_day (dialog), ==, "2026-11-02");
  _hubrota_duty_dialog_fill (dialog, "2026-11-02", "08:00", "17:00", HUBROTA_REPEAT_WEEKDAYS, 0,
                             1);
  g_assert_true (_hubrota_form_dialog_press_add (HUBROTA_FORM_DIALOG (dialog), NULL));
  duties = duties_of (fixture->store, "PC1");
  g_assert_cmpuint (duties->len, ==, 2);
  g_assert_cmpint (hubrota_duty_get_id (g_ptr_array_index (duties, 0)), ==, pattern_id);
  assert_duty (g_ptr_array_index (duties, 0), "2026-11-02T08:00", 540,
               "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
  assert_roster (g_ptr_array_index (duties, 1), "2026-12-07", 10,
                 "10-day cycle from Mon 7 Dec 2026: 07:00+10h 07:00+10h 14:00+10h 14:00+10h "
                 "22:00+10h 22:00+10h R R R R");
  g_assert_cmpstr (_hubrota_officers_window_get_duty_text (window, 0), ==,
                   "Mon–Fri 08:00–17:00 from 2 Nov 2026");
  g_assert_cmpstr (_hubrota_officers_window_get_duty_subtitle (window, 0), ==, "");
  g_assert_cmpstr (_hubrota_officers_window_get_last_toast (window), ==, "Shift pattern saved");

  /* The roster: its form shows it as stored; nights of 9 hours. */
  dialog = HUBROTA_DUTY_DIALOG (_hubrota_officers_window_edit_duty (window, 1));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Roster");
  days = _hubrota_duty_dialog_get_days (dialog);
  g_assert_cmpstr (days, ==, "EELLNNRRRR");
  g_assert_cmpstr (_hubrota_duty_dialog_get_first_day (dialog), ==, "2026-12-07");
  g_assert_cmpstr (_hubrota_duty_dialog_get_shift_start (dialog, HUBROTA_ROSTER_LATE), ==,
                   "14:00");
  g_assert_cmpstr (_hubrota_duty_dialog_get_shift_length (dialog, HUBROTA_ROSTER_NIGHT), ==,
                   "10h");
  _hubrota_duty_dialog_set_shift (dialog, HUBROTA_ROSTER_NIGHT, "22:00", "9h");
  g_assert_true (_hubrota_form_dialog_press_add (HUBROTA_FORM_DIALOG (dialog), NULL));

  g_clear_pointer (&duties, g_ptr_array_unref);
  duties = duties_of (fixture->store, "PC1");
  g_assert_cmpuint (duties->len, ==, 2);
  assert_duty (g_ptr_array_index (duties, 0), "2026-11-02T08:00", 540,
               "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
  g_assert_cmpint (hubrota_duty_get_id (g_ptr_array_index (duties, 1)), ==, roster_id);
  assert_roster (g_ptr_array_index (duties, 1), "2026-12-07", 10,
                 "10-day cycle from Mon 7 Dec 2026: 07:00+10h 07:00+10h 14:00+10h 14:00+10h "
                 "22:00+9h 22:00+9h R R R R");
  /* Another officer's roster is untouched. */
  others = duties_of (fixture->store, "PC2");
  g_assert_cmpuint (others->len, ==, 1);
  g_assert_cmpint (hubrota_duty_get_id (g_ptr_array_index (others, 0)), ==, other_id);
  assert_roster (g_ptr_array_index (others, 0), "2026-12-07", 10,
                 "10-day cycle from Mon 7 Dec 2026: 07:00+10h 07:00+10h 14:00+10h 14:00+10h "
                 "22:00+10h 22:00+10h R R R R");
  g_assert_cmpuint (fixture->changes, ==, 2);
}

static void
assign_on (HubrotaStore *store,
           const char   *officer,
           const char   *day)
{
  g_autoptr(HubrotaOccurrence) opening = test_util_find_occurrence (store, "bedford", day);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (opening);
  hubrota_store_assign (store, officer, opening, FALSE, &error);
  g_assert_no_error (error);
}

/* How many openings the officer is on from one day to another. */
static guint
count_openings (HubrotaStore *store,
                const char   *officer,
                const char   *from,
                const char   *to)
{
  g_autoptr(GDate) first = test_util_date (from);
  g_autoptr(GDate) last = test_util_date (to);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) openings = hubrota_store_list_officer_openings (store, officer, first, last,
                                                                       &error);

  g_assert_no_error (error);
  return openings->len;
}

static char *
stored_leaving (HubrotaStore *store,
                const char   *officer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOfficer) stored = hubrota_store_get_officer (store, officer, &error);
  const GDate *date;

  g_assert_no_error (error);
  date = hubrota_officer_get_leaving_date (stored);
  return date != NULL ? hubrota_london_format_date (date) : NULL;
}

/* Given the rota window's history, a leaving date is one of its steps: the rota window's Undo
 * (the same history) puts the officer back on the openings it took them off, and the date
 * back as it was. */
static void
test_retire_shared_history (Fixture       *fixture,
                            gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autoptr(HubrotaHistory) history = hubrota_history_new (fixture->store);
  g_autoptr(GError) error = NULL;

  test_util_add_hub (fixture->store, "bedford", "Bedford Library", "castle");
  test_util_add_series_at (fixture->store, "bedford", "2030-01-05T10:00", 180,
                           "FREQ=WEEKLY;COUNT=8", 2);
  assign_on (fixture->store, "PC1", "2030-01-19");
  assign_on (fixture->store, "PC1", "2030-02-02");
  hubrota_officers_window_set_history (window, history);
  hubrota_officers_window_show_officer (window, "PC1");
  g_assert_true (_hubrota_officers_window_open_leaving (window, "2030-01-15"));
  _hubrota_officers_window_answer_leaving (window, TRUE);
  g_assert_cmpuint (count_openings (fixture->store, "PC1", "2030-01-15", "2031-01-16"), ==, 0);
  g_assert_cmpstr (hubrota_history_get_undo_label (history), ==,
                   "Took Ada Lovelace off 2 openings, leaving 15 Jan 2030");
  g_assert_true (hubrota_history_undo (history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_openings (fixture->store, "PC1", "2030-01-15", "2031-01-16"), ==, 2);
  g_assert_null (stored_leaving (fixture->store, "PC1"));
}

/* A leaving date lists the openings it takes the officer off, takes them off in one step
 * that the toast undoes, and shows in the list; Not Leaving clears it. */
static void
test_retire (Fixture       *fixture,
             gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autofree char *leaving = NULL;
  g_autofree char *row = NULL;

  test_util_add_hub (fixture->store, "bedford", "Bedford Library", "castle");
  test_util_add_series_at (fixture->store, "bedford", "2030-01-05T10:00", 180,
                           "FREQ=WEEKLY;COUNT=8", 2);
  assign_on (fixture->store, "PC1", "2030-01-05");
  assign_on (fixture->store, "PC1", "2030-01-19");
  assign_on (fixture->store, "PC1", "2030-02-02");
  assign_on (fixture->store, "PC2", "2030-01-19");
  hubrota_officers_window_show_officer (window, "PC1");
  g_assert_cmpstr (_hubrota_officers_window_get_leaving_text (window), ==, "Not leaving");
  g_assert_false (_hubrota_officers_window_clear_leaving (window));

  /* Cancelled: nothing changes. */
  g_assert_true (_hubrota_officers_window_open_leaving (window, "2030-01-15"));
  g_assert_cmpuint (_hubrota_officers_window_count_leaving_openings (window), ==, 2);
  _hubrota_officers_window_answer_leaving (window, FALSE);
  g_assert_null (stored_leaving (fixture->store, "PC1"));
  g_assert_cmpuint (count_openings (fixture->store, "PC1", "2030-01-15", "2031-01-16"), ==, 2);

  g_assert_true (_hubrota_officers_window_open_leaving (window, "2030-01-15"));
  g_assert_cmpuint (_hubrota_officers_window_count_leaving_openings (window), ==, 2);
  g_assert_cmpstr (_hubrota_officers_window_get_leaving_opening (window, 0), ==,
                   "Sat 19 Jan, 10:00–13:00 · Bedford Library");
  g_assert_cmpstr (_hubrota_officers_window_get_leaving_opening (window, 1), ==,
                   "Sat 2 Feb, 10:00–13:00 · Bedford Library");
  _hubrota_officers_window_answer_leaving (window, TRUE);

  leaving = stored_leaving (fixture->store, "PC1");
  g_assert_cmpstr (leaving, ==, "2030-01-15");
  g_assert_cmpuint (count_openings (fixture->store, "PC1", "2030-01-15", "2031-01-16"), ==, 0);
  g_assert_cmpuint (count_openings (fixture->store, "PC1", "2030-01-01", "2030-01-14"), ==, 1);
  g_assert_cmpuint (count_openings (fixture->store, "PC2", "2030-01-01", "2031-01-16"), ==, 1);
  g_assert_cmpstr (_hubrota_officers_window_get_last_toast (window), ==,
                   "Took Ada Lovelace off 2 openings, leaving 15 Jan 2030");
  g_assert_cmpstr (_hubrota_officers_window_get_leaving_text (window), ==, "Leaves 15 Jan 2030");
  row = _hubrota_officers_window_describe_row (window, 0);
  g_assert_cmpstr (row, ==, "PC · Castle, Bedford · Leaves 15 Jan 2030");
  g_assert_cmpuint (fixture->changes, ==, 1);

  /* Undo puts them back on both, and the date back as it was. */
  g_assert_true (_hubrota_officers_window_undo_leaving (window));
  g_assert_cmpuint (count_openings (fixture->store, "PC1", "2030-01-15", "2031-01-16"), ==, 2);
  g_assert_null (stored_leaving (fixture->store, "PC1"));
  g_assert_cmpstr (_hubrota_officers_window_get_leaving_text (window), ==, "Not leaving");
  g_clear_pointer (&row, g_free);
  row = _hubrota_officers_window_describe_row (window, 0);
  g_assert_cmpstr (row, ==, "PC · Castle, Bedford");
  g_assert_false (_hubrota_officers_window_undo_leaving (window));
  g_assert_cmpuint (fixture->changes, ==, 2);

  /* A date passed is "Left"; Not Leaving clears it, and what it took off stays off. */
  g_assert_true (_hubrota_officers_window_open_leaving (window, "2030-01-25"));
  g_assert_cmpuint (_hubrota_officers_window_count_leaving_openings (window), ==, 1);
  _hubrota_officers_window_answer_leaving (window, TRUE);
  g_assert_true (_hubrota_officers_window_clear_leaving (window));
  g_assert_null (stored_leaving (fixture->store, "PC1"));
  g_assert_cmpuint (count_openings (fixture->store, "PC1", "2030-01-15", "2031-01-16"), ==, 1);
  g_assert_cmpstr (_hubrota_officers_window_get_last_toast (window), ==,
                   "Ada Lovelace (PC1) is no longer leaving");
  hubrota_officers_window_show_officer (window, "SC4");
  g_assert_true (_hubrota_officers_window_open_leaving (window, "2026-01-01"));
  g_assert_cmpuint (_hubrota_officers_window_count_leaving_openings (window), ==, 0);
  _hubrota_officers_window_answer_leaving (window, TRUE);
  g_assert_cmpstr (_hubrota_officers_window_get_leaving_text (window), ==, "Left 1 Jan 2026");
  g_assert_cmpstr (_hubrota_officers_window_get_last_toast (window), ==,
                   "Di Fossey (SC4) leaves on 1 Jan 2026; they were on no opening from then on");
  g_assert_cmpuint (fixture->changes, ==, 5);
}

static void
assert_absence (HubrotaAbsence *absence,
                const char     *start,
                const char     *end,
                const char     *reason)
{
  g_autofree char *from = hubrota_london_format_local (hubrota_absence_get_start (absence));
  g_autofree char *to = hubrota_london_format_local (hubrota_absence_get_end (absence));

  g_assert_cmpstr (from, ==, start);
  g_assert_cmpstr (to, ==, end);
  g_assert_cmpstr (hubrota_absence_get_reason (absence), ==, reason);
}

static void
test_time_away (Fixture       *fixture,
                gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autoptr(GPtrArray) absences = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  hubrota_officers_window_show_officer (window, "PCSO3");
  g_assert_true (_hubrota_officers_window_add_time_away (window, "2026-12-07", "00:00",
                                                         "2026-12-12", "00:00", 0, "", NULL));
  g_assert_true (_hubrota_officers_window_add_time_away (window, "2026-12-15", "09:00",
                                                         "2026-12-15", "17:00", 2,
                                                         "Luton Crown Court", NULL));
  g_assert_false (_hubrota_officers_window_add_time_away (window, "2026-12-15", "09:00",
                                                          "2026-12-14", "17:00", 0, "",
                                                          &message));
  g_assert_cmpstr (message, ==, "The officer must be back after they go");
  g_clear_pointer (&message, g_free);
  g_assert_false (_hubrota_officers_window_add_time_away (window, "2026-12-20", "00:00",
                                                          "2026-12-21", "00:00", 4, " ",
                                                          &message));
  g_assert_cmpstr (message, ==, "Say what the time away is for");

  absences = hubrota_store_list_absences (fixture->store, "PCSO3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (absences->len, ==, 2);
  assert_absence (g_ptr_array_index (absences, 0), "2026-12-07T00:00", "2026-12-12T00:00",
                  "Annual leave");
  assert_absence (g_ptr_array_index (absences, 1), "2026-12-15T09:00", "2026-12-15T17:00",
                  "Court: Luton Crown Court");
  g_assert_cmpuint (_hubrota_officers_window_count_absence_rows (window), ==, 2);
  g_assert_cmpstr (_hubrota_officers_window_get_absence_text (window, 0), ==,
                   "Annual leave, 7 Dec – 11 Dec 2026");
  g_assert_cmpstr (_hubrota_officers_window_get_absence_text (window, 1), ==,
                   "Court: Luton Crown Court, Tue 15 Dec 09:00 – Tue 15 Dec 2026 17:00");

  _hubrota_officers_window_remove_absence (window, 0);
  g_clear_pointer (&absences, g_ptr_array_unref);
  absences = hubrota_store_list_absences (fixture->store, "PCSO3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (absences->len, ==, 1);
  assert_absence (g_ptr_array_index (absences, 0), "2026-12-15T09:00", "2026-12-15T17:00",
                  "Court: Luton Crown Court");
  g_assert_cmpuint (_hubrota_officers_window_count_absence_rows (window), ==, 1);
  g_assert_cmpuint (fixture->changes, ==, 3);
}

/* Time away on the days the clocks change is read as `leave add` reads it: a time the clocks
 * skip is refused, and one they show twice needs its offset. */
static void
test_time_away_clock_change (Fixture       *fixture,
                             gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autoptr(GPtrArray) absences = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  hubrota_officers_window_show_officer (window, "PCSO3");
  g_assert_false (_hubrota_officers_window_add_time_away (window, "2027-03-28", "01:30",
                                                          "2027-03-29", "00:00", 0, "",
                                                          &message));
  g_assert_cmpstr (message, ==, "That time does not exist that day, as the clocks go forward "
                                "an hour; choose another");
  g_clear_pointer (&message, g_free);
  g_assert_false (_hubrota_officers_window_add_time_away (window, "2027-10-30", "22:00",
                                                          "2027-10-31", "01:30", 0, "",
                                                          &message));
  g_assert_cmpstr (message, ==, "That time comes twice that day, as the clocks go back an "
                                "hour; add +01:00 for the first (BST) or +00:00 for the "
                                "second (GMT)");
  g_clear_pointer (&message, g_free);
  g_assert_false (_hubrota_officers_window_add_time_away (window, "2027-12-06", "10:00+01:00",
                                                          "2027-12-06", "12:00", 1, "",
                                                          &message));
  g_assert_cmpstr (message, ==, "London is not at that offset at that time; leave it out");
  g_clear_pointer (&message, g_free);
  g_assert_false (_hubrota_officers_window_add_time_away (window, "2027-10-31", "01:30+02:00",
                                                          "2027-10-31", "03:00", 1, "",
                                                          &message));
  g_assert_cmpstr (message, ==, "Times are like 08:00 or 16:30");
  g_clear_pointer (&message, g_free);
  /* The same instant twice: the first 01:30 is an hour before the second. */
  g_assert_false (_hubrota_officers_window_add_time_away (window, "2027-10-31", "01:30+00:00",
                                                          "2027-10-31", "01:30+01:00", 1, "",
                                                          &message));
  g_assert_cmpstr (message, ==, "The officer must be back after they go");

  g_assert_true (_hubrota_officers_window_add_time_away (window, "2027-10-31", " 01:30+00:00 ",
                                                         "2027-10-31", "09:00", 1, "",
                                                         NULL));
  absences = hubrota_store_list_absences (fixture->store, "PCSO3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (absences->len, ==, 1);
  assert_absence (g_ptr_array_index (absences, 0), "2027-10-31T01:30+00:00", "2027-10-31T09:00",
                  "Training");
  g_assert_cmpstr (_hubrota_officers_window_get_absence_text (window, 0), ==,
                   "Training, Sun 31 Oct 01:30 GMT – Sun 31 Oct 2027 09:00");
  g_assert_cmpuint (fixture->changes, ==, 1);
}

/* Ctrl+W closes the window, asking first about unsaved changes as closing it does. */
static void
test_close_shortcut (Fixture       *fixture,
                     gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  guint count;

  gui_test_wait_until_drawn (GTK_WIDGET (window));
  hubrota_officers_window_show_officer (window, "PC1");
  _hubrota_officers_window_set_name (window, "Ada Byron");
  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (window), "<Control>w"));
  gui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (_hubrota_officers_window_answer_discard (window, FALSE));
  g_assert_cmpstr (_hubrota_officers_window_get_name (window), ==, "Ada Byron");

  /* Nothing unsaved: it closes at once, without a question. */
  _hubrota_officers_window_set_name (window, "Ada Lovelace");
  g_assert_false (_hubrota_officers_window_can_save (window));
  g_object_ref (window);
  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (window), "<Control>w"));
  g_assert_false (_hubrota_officers_window_answer_discard (window, TRUE));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);
  g_assert_null (gui_test_find_toplevel (HUBROTA_TYPE_OFFICERS_WINDOW, &count));
  test_util_assert_officer (fixture->store, "PC1", "Ada Lovelace", HUBROTA_ROLE_PC, "castle", 40);
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* The tear-down closes a window of its own. */
  fixture->window = HUBROTA_OFFICERS_WINDOW (hubrota_officers_window_new (NULL, fixture->store));
}

/* The Add Shift Pattern and Add Time Away dialogs open with the keyboard in their first row;
 * Enter there adds, once what is typed is right. */
static void
test_dialogs_by_keyboard (Fixture       *fixture,
                          gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GPtrArray) absences = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) dialog = NULL;

  hubrota_officers_window_show_officer (window, "PC1");
  dialog = g_object_ref (GTK_WIDGET (_hubrota_officers_window_open_dialog (window, TRUE)));
  g_assert_cmpstr (gui_test_get_focused_row_title (dialog), ==, "First day (YYYY-MM-DD)");
  gui_test_type (dialog, "2026-13-02");
  g_assert_true (gui_test_press_shortcut (dialog, "Return"));
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_true (gui_test_press_shortcut (dialog, "<Control>a"));
  gui_test_type (dialog, "2026-11-02");
  g_assert_true (gui_test_press_shortcut (dialog, "Return"));
  g_assert_false (gtk_widget_get_visible (dialog));
  duties = duties_of (fixture->store, "PC1");
  g_assert_cmpuint (duties->len, ==, 1);
  assert_duty (g_ptr_array_index (duties, 0), "2026-11-02T08:00", 480,
               "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
  g_clear_object (&dialog);

  dialog = g_object_ref (GTK_WIDGET (_hubrota_officers_window_open_dialog (window, FALSE)));
  g_assert_cmpstr (gui_test_get_focused_row_title (dialog), ==, "Away from (YYYY-MM-DD)");
  gui_test_type (dialog, "2026-12-07");
  g_assert_true (gui_test_press_shortcut (dialog, "Tab"));
  g_assert_true (gui_test_press_shortcut (dialog, "Tab"));
  g_assert_cmpstr (gui_test_get_focused_row_title (dialog), ==, "Back on (YYYY-MM-DD)");
  gui_test_type (dialog, "2026-12-12");
  g_assert_true (gui_test_press_shortcut (dialog, "Return"));
  g_assert_false (gtk_widget_get_visible (dialog));
  absences = hubrota_store_list_absences (fixture->store, "PC1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (absences->len, ==, 1);
  assert_absence (g_ptr_array_index (absences, 0), "2026-12-07T00:00", "2026-12-12T00:00",
                  "Annual leave");
  g_assert_cmpuint (fixture->changes, ==, 2);
}

static void
import_text (HubrotaOfficersWindow *window,
             const char            *name,
             const char            *csv)
{
  g_autofree char *path = gui_test_temp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, csv, -1, &error);
  g_assert_no_error (error);
  _hubrota_officers_window_import_file (window, file);
  g_assert_true (_hubrota_officers_window_is_importing (window));
  while (_hubrota_officers_window_is_importing (window))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autofree char *report = NULL;

  import_text (window, "bad.csv",
               "id,name,role,beat,weekly_hours\n"
               "PC10,Hal Foster,PC,castle,40\n"
               "PC11,Ida Wells,Constable,castle,40\n"
               "PC12,Jo March,PCSO,nowhere,20\n");
  report = _hubrota_officers_window_get_import_error (window);
  g_assert_cmpstr (report, ==,
                   "Nothing was imported: 2 rows are wrong\n"
                   "line 3: ‘Constable’ is not a role (PC, PCSO, SC, SGT or VOL)\n"
                   "line 4: unknown beat ‘nowhere’");
  g_assert_cmpuint (test_util_count_officers (fixture->store), ==, 5);
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 5);
  g_assert_cmpuint (fixture->changes, ==, 0);

  import_text (window, "good.csv",
               "id,name,role,beat,weekly_hours\r\n"
               "PC10,Hal Foster,PC,castle,40\r\n"
               "PC11,\"Wells, Ida\",PCSO,,37.5\r\n"
               "PC12,Jo March,SC,kempston,\r\n");
  g_assert_cmpuint (test_util_count_officers (fixture->store), ==, 8);
  test_util_assert_officer (fixture->store, "PC11", "Wells, Ida", HUBROTA_ROLE_PCSO, NULL, 37.5);
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 8);
  g_assert_cmpstr (_hubrota_officers_window_get_count_text (window), ==, "8 officers");
  g_assert_cmpstr (_hubrota_officers_window_get_last_toast (window), ==, "Imported 3 officers");
  g_assert_cmpuint (fixture->changes, ==, 1);
}

/* A big file goes in from the worker thread, the bar filling as it goes. */
static void
test_import_big (Fixture       *fixture,
                 gconstpointer  data)
{
  HubrotaOfficersWindow *window = fixture->window;
  g_autoptr(GString) csv = g_string_new ("id,name,role,beat,weekly_hours\n");

  for (guint i = 1; i <= 2000; i++)
    g_string_append_printf (csv, "BIG%u,Officer %u,PCSO,%s,%u\n", i, i,
                            i % 2 ? "castle" : "kempston", 10 + i % 30);
  import_text (window, "big.csv", csv->str);

  g_assert_null (_hubrota_officers_window_get_import_error (window));
  g_assert_cmpuint (test_util_count_officers (fixture->store), ==, 2005);
  g_assert_cmpfloat (_hubrota_officers_window_get_import_fraction (window), ==, 1.0);
  g_assert_cmpstr (_hubrota_officers_window_get_count_text (window), ==, "2005 officers");
  g_assert_cmpstr (_hubrota_officers_window_get_last_toast (window), ==, "Imported 2000 officers");
  test_util_assert_officer (fixture->store, "BIG1999", "Officer 1999", HUBROTA_ROLE_PCSO, "castle", 29);

  _hubrota_officers_window_set_role_filter (window, 1 + HUBROTA_ROLE_PCSO);
  _hubrota_officers_window_set_beat_filter (window, 3);   /* Kempston */
  g_assert_cmpuint (_hubrota_officers_window_count_rows (window), ==, 1000);
  g_assert_cmpuint (fixture->changes, ==, 1);
}

/* The first demo officer with both duty and time away. */
static char *
busy_officer (HubrotaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) officers = hubrota_store_list_officers (store, &error);

  for (guint i = 0; i < officers->len; i++)
    {
      const char *id = hubrota_officer_get_id (g_ptr_array_index (officers, i));
      g_autoptr(GPtrArray) duties = hubrota_store_list_duties (store, id, &error);
      g_autoptr(GPtrArray) absences = hubrota_store_list_absences (store, id, &error);

      if (duties->len > 0 && absences->len > 0)
        return g_strdup (id);
    }
  g_assert_not_reached ();
}

/* Scrolls every preferences page under widget to its end, to see what is below the fold. */
static void
scroll_pages_to_end (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) &&
      gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_PAGE) != NULL)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    scroll_pages_to_end (child);
}

static void
test_screenshot (void)
{
  g_autofree char *path = gui_test_temp_path ("demo.db");
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *officer = NULL;
  HubrotaOfficersWindow *window;
  GtkWindow *dialog;

  gui_test_use_system_mime_dirs ();
  store = test_util_create_demo_store (path);
  officer = busy_officer (store);

  window = HUBROTA_OFFICERS_WINDOW (hubrota_officers_window_new (NULL, store));
  hubrota_officers_window_show_officer (window, officer);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  gui_test_save_screenshot (GTK_WIDGET (window), "officers-demo.png");

  /* Rendering is slow on a software renderer: the rest only with -m thorough. */
  if (!g_test_thorough ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  _hubrota_officers_window_start_new (window);
  _hubrota_officers_window_set_collar (window, officer);
  _hubrota_officers_window_set_name (window, "Lee Miller");
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  gui_test_save_screenshot (GTK_WIDGET (window), "officers-new.png");
  hubrota_officers_window_show_officer (window, officer);
  g_assert_true (_hubrota_officers_window_answer_discard (window, TRUE));

  dialog = _hubrota_officers_window_open_dialog (window, TRUE);
  gui_test_wait_until_drawn (GTK_WIDGET (dialog));
  gui_test_save_screenshot (GTK_WIDGET (dialog), "officers-shift-dialog.png");
  gtk_window_destroy (dialog);

  dialog = _hubrota_officers_window_open_dialog (window, FALSE);
  gui_test_wait_until_drawn (GTK_WIDGET (dialog));
  gui_test_save_screenshot (GTK_WIDGET (dialog), "officers-time-away-dialog.png");
  /* The autumn's repeated 01:30 without its offset: the reason under the rows. */
  _hubrota_absence_dialog_fill (HUBROTA_ABSENCE_DIALOG (dialog), "2027-10-30", "22:00",
                                "2027-10-31", "01:30", 0, "");
  gui_test_wait_until_drawn (GTK_WIDGET (dialog));
  gui_test_save_screenshot (GTK_WIDGET (dialog), "officers-time-away-repeated-hour.png");
  gtk_window_destroy (dialog);

  /* A roster from a preset, then the officer with it and a leaving date. */
  dialog = _hubrota_officers_window_open_dialog (window, TRUE);
  _hubrota_duty_dialog_fill_roster (HUBROTA_DUTY_DIALOG (dialog), "2026-12-07", "R");
  _hubrota_duty_dialog_use_preset (HUBROTA_DUTY_DIALOG (dialog), HUBROTA_ROSTER_PRESET_RESPONSE);
  gui_test_wait_until_drawn (GTK_WIDGET (dialog));
  gui_test_save_screenshot (GTK_WIDGET (dialog), "officers-roster-dialog.png");
  scroll_pages_to_end (GTK_WIDGET (dialog));
  gui_test_wait_until_drawn (GTK_WIDGET (dialog));
  gui_test_save_screenshot (GTK_WIDGET (dialog), "officers-roster-dialog-days.png");
  g_assert_true (_hubrota_form_dialog_press_add (HUBROTA_FORM_DIALOG (dialog), NULL));
  g_assert_true (_hubrota_officers_window_open_leaving (window, "2027-01-15"));
  _hubrota_officers_window_answer_leaving (window, TRUE);
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  gui_test_save_screenshot (GTK_WIDGET (window), "officers-roster-leaving.png");
  scroll_pages_to_end (GTK_WIDGET (window));
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  gui_test_save_screenshot (GTK_WIDGET (window), "officers-roster-leaving-end.png");
  g_assert_true (_hubrota_officers_window_undo_leaving (window));
  g_assert_true (_hubrota_officers_window_open_leaving (window, "2026-12-12"));
  gui_test_wait_until_drawn (_hubrota_officers_window_get_leaving_dialog (window));
  gui_test_save_screenshot (_hubrota_officers_window_get_leaving_dialog (window),
                            "officers-leaving-dialog.png");
  _hubrota_officers_window_answer_leaving (window, FALSE);

  import_text (window, "demo-bad.csv",
               "id,name,role,beat,weekly_hours\n"
               "PC1,Hal Foster,PC,castle,40\n"
               "PC2101,Ida Wells,Constable,castle,40\n"
               "PC12,Jo March,PCSO,nowhere,20\n");
  gui_test_wait_until_drawn (_hubrota_officers_window_get_import_error_dialog (window));
  gui_test_save_screenshot (_hubrota_officers_window_get_import_error_dialog (window),
                            "officers-import-error.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv, GUI_TEST_DEFAULT))
    return 0;
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/officers/filters", test_filters);
  ADD ("/officers/add", test_add_officer);
  ADD ("/officers/edit", test_edit_officer);
  ADD ("/officers/rejected-edits", test_rejected_edits);
  ADD ("/officers/close-asks", test_close_asks);
  ADD ("/officers/close-shortcut", test_close_shortcut);
  ADD ("/officers/duty", test_duty);
  ADD ("/officers/roster", test_roster);
  ADD ("/officers/roster-preset", test_roster_preset);
  ADD ("/officers/edit-duty", test_edit_duty);
  ADD ("/officers/retire", test_retire);
  ADD ("/officers/retire-shared-history", test_retire_shared_history);
  ADD ("/officers/time-away", test_time_away);
  ADD ("/officers/time-away-clock-change", test_time_away_clock_change);
  ADD ("/officers/dialogs-by-keyboard", test_dialogs_by_keyboard);
  ADD ("/officers/import", test_import);
  ADD ("/officers/import-big", test_import_big);
#undef ADD
  g_test_add_func ("/officers/screenshot", test_screenshot);

  return gui_test_run ();
}
