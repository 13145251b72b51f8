/* test-calendar.c: the month calendar and the date button, under a locale whose weeks start on
 * Sunday (the tests run under LC_ALL=C.UTF-8), driven by the keys and clicks a person uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <langinfo.h>
#include <locale.h>

#include "hubrota-date-button.h"
#include "hubrota-month-calendar-private.h"
#include "hubrota-move-dialog.h"

#include "gui-test-util.h"
#include "test-util.h"

typedef struct
{
  GtkWindow            *window;
  HubrotaMonthCalendar *calendar;
  guint                 picked;     /* "day-selected" emissions */
  gboolean              any_picked;
  GDate                 picked_day; /* the selected day at the last of them */
} Fixture;

static void
on_day_selected (HubrotaMonthCalendar *calendar,
                 Fixture              *f)
{
  f->picked++;
  f->any_picked = TRUE;
  hubrota_month_calendar_get_day (calendar, &f->picked_day);
}

/* A calendar on its own in a window, on 15 December 2026, with the keyboard on it. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDate) day = test_util_date ("2026-12-15");

  f->window = GTK_WINDOW (gtk_window_new ());
  f->calendar = HUBROTA_MONTH_CALENDAR (hubrota_month_calendar_new ());
  hubrota_month_calendar_set_day (f->calendar, day);
  g_signal_connect (f->calendar, "day-selected", G_CALLBACK (on_day_selected), f);
  gtk_window_set_child (f->window, GTK_WIDGET (f->calendar));
  gtk_window_present (f->window);
  gui_test_wait_until_drawn_for (GTK_WIDGET (f->window), 100);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->calendar)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
}

static char *
format_date (const GDate *day)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", day);
  return g_strdup (text);
}

static void
assert_day (const GDate *day,
            const char  *expected)
{
  g_autofree char *text = format_date (day);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_selected (HubrotaMonthCalendar *calendar,
                 const char           *expected)
{
  g_autoptr(GDateTime) date = hubrota_month_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%F %T");
  g_autofree char *expected_text = g_strconcat (expected, " 00:00:00", NULL);
  GDate day;

  hubrota_month_calendar_get_day (calendar, &day);
  assert_day (&day, expected);
  g_assert_cmpstr (text, ==, expected_text);
}

/* The day in the first row and given column, as "2026-11-30". */
static char *
first_row_day (HubrotaMonthCalendar *calendar,
               guint                 column)
{
  GDate day;

  _hubrota_month_calendar_get_cell (calendar, 0, column, &day);
  return format_date (&day);
}

/* The cell the keyboard is on: the selected one, and no other is in the Tab order. */
static void
assert_focus_on (Fixture    *f,
                 guint       row,
                 guint       column,
                 const char *label)
{
  GtkWidget *cell = _hubrota_month_calendar_get_cell (f->calendar, row, column, NULL);
  g_autofree char *description = _hubrota_month_calendar_describe (f->calendar, row, column);
  guint focusable = 0;

  g_assert_true (gui_test_get_focus (GTK_WIDGET (f->window)) == cell);
  g_assert_cmpstr (description, ==, label);
  g_assert_true (gtk_widget_has_css_class (cell, "selected"));
  for (guint r = 0; r < HUBROTA_MONTH_CALENDAR_ROWS; r++)
    for (guint c = 0; c < 7; c++)
      focusable += gtk_widget_get_focusable (_hubrota_month_calendar_get_cell (f->calendar, r, c,
                                                                               NULL));
  g_assert_cmpuint (focusable, ==, 1);
}

/* Under C.UTF-8 the locale says weeks start on Sunday (GtkCalendar would start there); the
 * grid starts on Monday all the same. 1 December 2026 is a Tuesday, so December's first row
 * starts with Monday 30 November and its last ends with Sunday 10 January. */
static void
test_monday_first (Fixture       *f,
                   gconstpointer  data)
{
  const char *weekdays[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  g_autofree char *monday = first_row_day (f->calendar, 0);
  g_autofree char *tuesday = first_row_day (f->calendar, 1);
  g_autofree char *first = _hubrota_month_calendar_describe (f->calendar, 0, 0);
  g_autofree char *last = _hubrota_month_calendar_describe (f->calendar,
                                                            HUBROTA_MONTH_CALENDAR_ROWS - 1, 6);
  GtkWidget *cell = _hubrota_month_calendar_get_cell (f->calendar, 0, 0, NULL);

  g_assert_cmpstr (setlocale (LC_TIME, NULL), ==, "C.UTF-8");
#ifdef _NL_TIME_FIRST_WEEKDAY
  g_assert_cmpint (nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0], ==, 1);   /* Sunday */
#endif
  g_assert_cmpstr (_hubrota_month_calendar_get_title (f->calendar), ==, "December 2026");
  for (guint column = 0; column < G_N_ELEMENTS (weekdays); column++)
    g_assert_cmpstr (_hubrota_month_calendar_get_weekday (f->calendar, column), ==,
                     weekdays[column]);
  g_assert_cmpstr (monday, ==, "2026-11-30");
  g_assert_cmpstr (tuesday, ==, "2026-12-01");
  g_assert_cmpstr (first, ==, "Monday 30 November 2026");
  g_assert_cmpstr (last, ==, "Sunday 10 January 2027");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (cell)))), ==,
                   "30");
  g_assert_true (gtk_widget_has_css_class (cell, "other-month"));
  g_assert_false (gtk_widget_has_css_class (_hubrota_month_calendar_get_cell (f->calendar, 0, 1,
                                                                              NULL),
                                            "other-month"));
  /* Tuesday 15 December: third row, second column. */
  assert_focus_on (f, 2, 1, "Tuesday 15 December 2026");
}

/* Today is marked, in whichever month it falls. */
static void
test_today (Fixture       *f,
            gconstpointer  data)
{
  GDate today;
  guint marked = 0;

  gui_test_london_today (&today);
  hubrota_month_calendar_set_day (f->calendar, &today);
  for (guint r = 0; r < HUBROTA_MONTH_CALENDAR_ROWS; r++)
    for (guint c = 0; c < 7; c++)
      {
        GDate day;
        GtkWidget *cell = _hubrota_month_calendar_get_cell (f->calendar, r, c, &day);
        gboolean is_today = g_date_compare (&day, &today) == 0;

        g_assert_cmpint (gtk_widget_has_css_class (cell, "today"), ==, is_today);
        marked += is_today;
      }
  g_assert_cmpuint (marked, ==, 1);
  g_assert_cmpuint (f->picked, ==, 0);
}

/* The arrow keys move the selection a day or a week, into the months either side, and Page
 * Up and Page Down a month; none of that is a pick. Enter picks the selected day, once. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);

  g_assert_true (gui_test_press_shortcut (window, "Right"));
  assert_selected (f->calendar, "2026-12-16");
  assert_focus_on (f, 2, 2, "Wednesday 16 December 2026");
  g_assert_true (gui_test_press_shortcut (window, "Down"));
  assert_selected (f->calendar, "2026-12-23");
  g_assert_true (gui_test_press_shortcut (window, "Left"));
  assert_selected (f->calendar, "2026-12-22");
  g_assert_true (gui_test_press_shortcut (window, "Up"));
  g_assert_true (gui_test_press_shortcut (window, "Up"));
  g_assert_true (gui_test_press_shortcut (window, "Up"));
  assert_selected (f->calendar, "2026-12-01");
  /* Into November: its grid starts on Monday 26 October. */
  g_assert_true (gui_test_press_shortcut (window, "Left"));
  assert_selected (f->calendar, "2026-11-30");
  g_assert_cmpstr (_hubrota_month_calendar_get_title (f->calendar), ==, "November 2026");
  {
    g_autofree char *monday = first_row_day (f->calendar, 0);

    g_assert_cmpstr (monday, ==, "2026-10-26");
  }
  assert_focus_on (f, 5, 0, "Monday 30 November 2026");
  g_assert_true (gui_test_press_shortcut (window, "KP_Right"));
  assert_selected (f->calendar, "2026-12-01");
  g_assert_true (gui_test_press_shortcut (window, "Page_Up"));
  assert_selected (f->calendar, "2026-11-01");
  g_assert_true (gui_test_press_shortcut (window, "Up"));
  assert_selected (f->calendar, "2026-10-25");
  /* A month on from 31 January: February has no 31st, so its last day. */
  g_assert_true (gui_test_press_shortcut (window, "Page_Down"));
  g_assert_true (gui_test_press_shortcut (window, "Page_Down"));
  g_assert_true (gui_test_press_shortcut (window, "Page_Down"));
  assert_selected (f->calendar, "2027-01-25");
  g_assert_true (gui_test_press_shortcut (window, "Down"));
  g_assert_true (gui_test_press_shortcut (window, "Right"));
  assert_selected (f->calendar, "2027-02-02");
  g_assert_true (gui_test_press_shortcut (window, "Left"));
  g_assert_true (gui_test_press_shortcut (window, "Left"));
  assert_selected (f->calendar, "2027-01-31");
  g_assert_true (gui_test_press_shortcut (window, "Page_Down"));
  assert_selected (f->calendar, "2027-02-28");
  assert_focus_on (f, 3, 6, "Sunday 28 February 2027");
  gui_test_iterate ();
  g_assert_cmpuint (f->picked, ==, 0);

  /* Enter presses the day's button, which clicks a quarter of a second later. */
  g_assert_true (gui_test_press_shortcut (window, "Return"));
  g_assert_true (gui_test_wait_for (&f->any_picked, 2));
  gui_test_iterate ();
  g_assert_cmpuint (f->picked, ==, 1);
  assert_day (&f->picked_day, "2027-02-28");
}

/* A click picks a day: the signal comes once, with that day selected; a day of the next
 * month brings that month on. The month buttons and select_day only move the selection. */
static void
test_click (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDate) christmas = test_util_date ("2026-12-25");
  g_autoptr(GDateTime) noon = NULL;
  GDate day;
  GtkWidget *cell;

  /* Friday 25 December: fifth row, fifth column. */
  cell = _hubrota_month_calendar_get_cell (f->calendar, 3, 4, &day);
  assert_day (&day, "2026-12-25");
  g_signal_emit_by_name (cell, "clicked");
  g_assert_cmpuint (f->picked, ==, 1);
  assert_day (&f->picked_day, "2026-12-25");
  assert_selected (f->calendar, "2026-12-25");

  cell = _hubrota_month_calendar_get_cell (f->calendar, 5, 6, &day);
  g_signal_emit_by_name (cell, "clicked");
  g_assert_cmpuint (f->picked, ==, 2);
  assert_day (&f->picked_day, "2027-01-10");
  g_assert_cmpstr (_hubrota_month_calendar_get_title (f->calendar), ==, "January 2027");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->calendar), "calendar.move-month", "i",
                                             -1));
  assert_selected (f->calendar, "2026-12-10");
  noon = g_date_time_new (hubrota_london_tz (), 2026, 3, 29, 12, 0, 0);
  hubrota_month_calendar_select_day (f->calendar, noon);
  assert_selected (f->calendar, "2026-03-29");
  hubrota_month_calendar_set_day (f->calendar, christmas);
  g_assert_cmpuint (f->picked, ==, 2);
}

/* The date button of the Move Opening dialog: Space on it opens the calendar on its date,
 * with the keyboard there; arrows and Enter pick another day, which the button then shows,
 * and the calendar closes. Reopened after moving without picking, it shows the date again. */
static void
test_date_button (void)
{
  g_autofree char *path = gui_test_temp_path ("calendar.db");
  g_autoptr(HubrotaStore) store = test_util_create_store (path);
  g_autoptr(HubrotaWorkspace) workspace = hubrota_workspace_new (store);
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(GtkWidget) dialog = NULL;
  HubrotaMonthCalendar *calendar;
  GtkWidget *date_button;
  GtkWidget *popover;
  GDate day;

  gui_test_use_system_mime_dirs ();
  test_util_add_beat (store, "castle", "Castle");
  test_util_add_hub (store, "kempston", "Kempston Library", "castle");
  test_util_add_series_at (store, "kempston", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA", -1);
  opening = test_util_find_occurrence (store, "kempston", "2026-12-05");
  dialog = g_object_ref_sink (hubrota_move_dialog_new (NULL, workspace, opening));
  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_wait_until_drawn_for (dialog, 100);
  date_button = gtk_widget_get_ancestor (gui_test_get_focus (dialog), HUBROTA_TYPE_DATE_BUTTON);
  g_assert_nonnull (date_button);

  g_assert_true (gui_test_press_shortcut (dialog, "space"));
  gui_test_wait_until_drawn_for (dialog, 300);
  calendar = HUBROTA_MONTH_CALENDAR (gtk_widget_get_ancestor (gui_test_get_focus (dialog),
                                                              HUBROTA_TYPE_MONTH_CALENDAR));
  g_assert_nonnull (calendar);
  popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);
  g_assert_true (gtk_widget_get_visible (popover));
  assert_selected (calendar, "2026-12-05");
  {
    g_autofree char *monday = first_row_day (calendar, 0);

    g_assert_cmpstr (monday, ==, "2026-11-30");
  }
  gui_test_save_screenshot (popover, "date-button-calendar.png");

  g_assert_true (gui_test_press_shortcut (dialog, "Down"));
  g_assert_true (gui_test_press_shortcut (dialog, "Right"));
  assert_selected (calendar, "2026-12-13");
  g_assert_true (gui_test_press_shortcut (dialog, "Return"));
  g_assert_true (gui_test_wait_until_hidden (popover));
  hubrota_date_button_get_date (HUBROTA_DATE_BUTTON (date_button), &day);
  assert_day (&day, "2026-12-13");

  /* Moved to but not picked: forgotten. */
  gtk_widget_grab_focus (date_button);
  g_assert_true (gui_test_press_shortcut (dialog, "space"));
  gui_test_wait_until_drawn_for (dialog, 300);
  g_assert_true (gui_test_press_shortcut (dialog, "Page_Down"));
  assert_selected (calendar, "2027-01-13");
  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_widget_grab_focus (date_button);
  g_assert_true (gui_test_press_shortcut (dialog, "space"));
  gui_test_wait_until_drawn_for (dialog, 300);
  g_assert_true (gtk_widget_get_visible (popover));
  assert_selected (calendar, "2026-12-13");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GdkTexture) texture = NULL;

  gui_test_wait_until_drawn (GTK_WIDGET (f->window));
  texture = gui_test_render_widget (GTK_WIDGET (f->window));
  gui_test_save_texture (texture, "month-calendar.png");
  g_assert_cmpuint (gui_test_count_colours (texture), >, 20);
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv, GUI_TEST_CAIRO))
    return 0;
  adw_init ();
  gui_test_use_system_mime_dirs ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/calendar/monday-first", test_monday_first);
  ADD ("/calendar/today", test_today);
  ADD ("/calendar/keyboard", test_keyboard);
  ADD ("/calendar/click", test_click);
  ADD ("/calendar/screenshot", test_screenshot);
#undef ADD
  g_test_add_func ("/calendar/date-button", test_date_button);

  return gui_test_run ();
}
