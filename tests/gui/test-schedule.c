/* test-schedule.c: the opening schedule editor on real databases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <glib/gstdio.h>

#include "hubrota-schedule-editor-private.h"

#include "gui-test-util.h"
#include "test-util.h"

/* Friday 1 January 2027: every test's "today". */
#define TODAY_YEAR 2027

typedef struct
{
  char *path;
  HubrotaStore *store;
  GtkWidget *parent;
  HubrotaScheduleEditor *editor;
  gint64 fridays;    /* every Friday 14:00–17:00 from 8 January 2027, 2 officers */
  gint64 odd;        /* the 15th of each month, 10:00–12:00: beyond the editor's terms */
  guint changed;
} Fixture;

static GDate *
day (int year, int month, int day_of_month)
{
  return g_date_new_dmy (day_of_month, month, year);
}

static gint64
add_series (HubrotaStore *store, const char *start, int minutes, const char *rrule, int officers)
{
  return test_util_add_series_at (store, "kempston", start, minutes, rrule, officers);
}

static void
on_changed (HubrotaScheduleEditor *editor, Fixture *f)
{
  f->changed++;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) today = day (TODAY_YEAR, 1, 1);

  f->path = gui_test_temp_path ("schedule.db");
  f->store = test_util_create_store (f->path);
  test_util_add_beat (f->store, "kempston", "Kempston");
  test_util_add_hub (f->store, "kempston", "Kempston Library", "kempston");
  f->fridays = add_series (f->store, "2027-01-08T14:00", 180, "FREQ=WEEKLY;BYDAY=FR", 2);
  f->odd = add_series (f->store, "2027-01-15T10:00", 120, "FREQ=MONTHLY;BYMONTHDAY=15", 1);

  f->parent = gtk_window_new ();
  f->editor = HUBROTA_SCHEDULE_EDITOR (hubrota_schedule_editor_new (GTK_WINDOW (f->parent),
                                                                     f->store, "kempston"));
  _hubrota_schedule_editor_set_today (f->editor, today);
  g_signal_connect (f->editor, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->editor));
  gtk_window_destroy (GTK_WINDOW (f->parent));
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_free (f->path);
}

static HubrotaSeries *
stored (Fixture *f, gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = hubrota_store_list_series (f->store, "kempston", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    if (hubrota_series_get_id (g_ptr_array_index (all, i)) == id)
      return g_object_ref (g_ptr_array_index (all, i));
  return NULL;
}

/* The newest series of the hub. */
static HubrotaSeries *
newest (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = hubrota_store_list_series (f->store, "kempston", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (all->len, >, 0);
  return g_object_ref (g_ptr_array_index (all, all->len - 1));
}

static guint
count_series (Fixture *f)
{
  g_autoptr(GPtrArray) all = hubrota_store_list_series (f->store, "kempston", NULL);

  return all->len;
}

/* "start|minutes|rrule|min officers", as the store has it. */
static char *
describe_stored (HubrotaSeries *series)
{
  g_autofree char *start = hubrota_london_format_local (hubrota_series_get_start (series));
  const char *rrule = hubrota_series_get_rrule (series);

  return g_strdup_printf ("%s|%d|%s|%d", start, hubrota_series_get_duration_minutes (series),
                          rrule != NULL ? rrule : "-", hubrota_series_get_min_officers (series));
}

static void
assert_stored (HubrotaSeries *series, const char *expected)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (series);
  text = describe_stored (series);
  g_assert_cmpstr (text, ==, expected);
}

static void
assert_preview (Fixture *f, const char * const *expected)
{
  g_auto(GStrv) preview = _hubrota_schedule_editor_get_preview (f->editor);
  g_autofree char *got = g_strjoinv ("\n", preview);
  g_autofree char *want = g_strjoinv ("\n", (char **) expected);

  g_assert_cmpstr (got, ==, want);
}

static int
sequence_on (Fixture *f, int year, int month, int day_of_month)
{
  g_autoptr(GDate) date = day (year, month, day_of_month);
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOccurrence) occurrence = hubrota_store_find_occurrence (f->store, "kempston",
                                                                           date, NULL, &error);

  g_assert_no_error (error);
  return hubrota_occurrence_get_sequence (occurrence);
}

static HubrotaPattern *
weekly (const char *start, guint weekdays, int interval)
{
  g_autoptr(GDateTime) dt = hubrota_london_parse_datetime (start, NULL);
  HubrotaPattern *pattern = hubrota_pattern_new (HUBROTA_PATTERN_WEEKLY, dt);

  pattern->weekdays = weekdays;
  pattern->interval = interval;
  return pattern;
}

/* Fills the form for a new series and saves it. */
static void
add_through_form (Fixture *f, GDate *first, int opens, int closes, HubrotaPattern *pattern,
                  int officers)
{
  _hubrota_schedule_editor_add (f->editor);
  g_assert_cmpstr (_hubrota_schedule_editor_get_page (f->editor), ==, "form");
  _hubrota_schedule_editor_set_first_date (f->editor, first);
  _hubrota_schedule_editor_set_times (f->editor, opens, closes);
  _hubrota_schedule_editor_set_pattern (f->editor, pattern);
  _hubrota_schedule_editor_set_min_officers (f->editor, officers);
  g_assert_null (_hubrota_schedule_editor_get_problem (f->editor));
  g_assert_true (_hubrota_schedule_editor_can_save (f->editor));
}

static void
test_list (Fixture *f, gconstpointer data)
{
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->editor)), ==,
                   "Opening Times — Kempston Library");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (f->editor)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (f->editor)) == GTK_WINDOW (f->parent));
  g_assert_cmpstr (_hubrota_schedule_editor_get_page (f->editor), ==, "list");
  g_assert_cmpuint (_hubrota_schedule_editor_count_series (f->editor), ==, 2);
  g_assert_cmpstr (_hubrota_schedule_editor_get_series_title (f->editor, 0), ==,
                   "Every Friday, 14:00–17:00, from 8 January 2027");
  g_assert_cmpstr (_hubrota_schedule_editor_get_series_subtitle (f->editor, 0), ==,
                   "At least 2 officers at each opening");
  g_assert_cmpstr (_hubrota_schedule_editor_get_series_title (f->editor, 1), ==,
                   "RRULE FREQ=MONTHLY;BYMONTHDAY=15, 10:00–12:00, from 15 January 2027");
  g_assert_cmpstr (_hubrota_schedule_editor_get_series_subtitle (f->editor, 1), ==,
                   "At least 1 officer at each opening");
}

/* Every Saturday 10:00–13:00 from Saturday 9 January 2027, two officers. */
static void
test_add_weekly (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) saturday = day (2027, 1, 9);
  g_autoptr(HubrotaPattern) pattern = weekly ("2027-01-09T10:00", HUBROTA_PATTERN_WEEKDAY (6), 1);
  g_autoptr(HubrotaSeries) added = NULL;
  const char *expected[] = {
    "Sat 9 Jan 2027, 10:00–13:00", "Sat 16 Jan 2027, 10:00–13:00", "Sat 23 Jan 2027, 10:00–13:00",
    "Sat 30 Jan 2027, 10:00–13:00", "Sat 6 Feb 2027, 10:00–13:00", "Sat 13 Feb 2027, 10:00–13:00",
    NULL,
  };

  add_through_form (f, saturday, 10 * 60, 13 * 60, pattern, 2);
  assert_preview (f, expected);
  g_assert_true (_hubrota_schedule_editor_save (f->editor));
  g_assert_null (_hubrota_schedule_editor_get_error (f->editor));
  g_assert_cmpuint (f->changed, ==, 1);

  g_assert_cmpuint (count_series (f), ==, 3);
  added = newest (f);
  assert_stored (added, "2027-01-09T10:00|180|FREQ=WEEKLY;BYDAY=SA|2");
  g_assert_cmpstr (_hubrota_schedule_editor_get_page (f->editor), ==, "list");
  g_assert_cmpuint (_hubrota_schedule_editor_count_series (f->editor), ==, 3);
  g_assert_cmpstr (_hubrota_schedule_editor_get_series_title (f->editor, 2), ==,
                   "Every Saturday, 10:00–13:00, from 9 January 2027");
}

/* The preview starts from today when the first opening is in the past. */
static void
test_preview_from_today (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) later = day (2027, 2, 1);
  const char *expected[] = {
    "Fri 5 Feb 2027, 14:00–17:00", "Fri 12 Feb 2027, 14:00–17:00", "Fri 19 Feb 2027, 14:00–17:00",
    "Fri 26 Feb 2027, 14:00–17:00", "Fri 5 Mar 2027, 14:00–17:00", "Fri 12 Mar 2027, 14:00–17:00",
    NULL,
  };

  _hubrota_schedule_editor_edit_series (f->editor, f->fridays);
  _hubrota_schedule_editor_set_today (f->editor, later);
  assert_preview (f, expected);
}

/* A Friday series moved to Thursdays: the first date moves and the day follows it. */
static void
test_friday_to_thursday (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) thursday = day (2027, 1, 7);
  g_autoptr(HubrotaSeries) series = NULL;
  const char *expected[] = {
    "Thu 7 Jan 2027, 14:00–17:00", "Thu 14 Jan 2027, 14:00–17:00", "Thu 21 Jan 2027, 14:00–17:00",
    "Thu 28 Jan 2027, 14:00–17:00", "Thu 4 Feb 2027, 14:00–17:00", "Thu 11 Feb 2027, 14:00–17:00",
    NULL,
  };

  g_assert_cmpint (sequence_on (f, 2027, 1, 22), ==, 0);
  _hubrota_schedule_editor_edit_series (f->editor, f->fridays);
  g_assert_cmpstr (_hubrota_schedule_editor_get_page (f->editor), ==, "form");
  g_assert_false (_hubrota_schedule_editor_is_raw (f->editor));
  _hubrota_schedule_editor_set_first_date (f->editor, thursday);
  assert_preview (f, expected);
  g_assert_true (_hubrota_schedule_editor_save (f->editor));
  g_assert_cmpuint (f->changed, ==, 1);

  series = stored (f, f->fridays);
  assert_stored (series, "2027-01-07T14:00|180|FREQ=WEEKLY;BYDAY=TH|2");
  /* Subscribed calendars must replace every opening. */
  g_assert_cmpint (sequence_on (f, 2027, 1, 14), ==, 1);
}

static void
test_every_other_friday (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) friday = day (2027, 1, 8);
  g_autoptr(HubrotaPattern) pattern = weekly ("2027-01-08T18:00", HUBROTA_PATTERN_WEEKDAY (5), 2);
  g_autoptr(HubrotaSeries) added = NULL;
  const char *expected[] = {
    "Fri 8 Jan 2027, 18:00–19:30", "Fri 22 Jan 2027, 18:00–19:30", "Fri 5 Feb 2027, 18:00–19:30",
    "Fri 19 Feb 2027, 18:00–19:30", "Fri 5 Mar 2027, 18:00–19:30", "Fri 19 Mar 2027, 18:00–19:30",
    NULL,
  };

  add_through_form (f, friday, 18 * 60, 19 * 60 + 30, pattern, 1);
  assert_preview (f, expected);
  g_assert_true (_hubrota_schedule_editor_save (f->editor));
  added = newest (f);
  assert_stored (added, "2027-01-08T18:00|90|FREQ=WEEKLY;INTERVAL=2;BYDAY=FR|1");
}

static void
test_first_saturday (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) saturday = day (2027, 1, 2);
  g_autoptr(GDateTime) start = hubrota_london_parse_datetime ("2027-01-02T10:00", NULL);
  g_autoptr(HubrotaPattern) pattern = hubrota_pattern_new (HUBROTA_PATTERN_MONTHLY, start);
  g_autoptr(HubrotaSeries) added = NULL;
  const char *expected[] = {
    "Sat 2 Jan 2027, 10:00–12:00", "Sat 6 Feb 2027, 10:00–12:00", "Sat 6 Mar 2027, 10:00–12:00",
    "Sat 3 Apr 2027, 10:00–12:00", "Sat 1 May 2027, 10:00–12:00", "Sat 5 Jun 2027, 10:00–12:00",
    NULL,
  };

  g_assert_cmpint (pattern->ordinal, ==, 1);
  add_through_form (f, saturday, 10 * 60, 12 * 60, pattern, 0);
  assert_preview (f, expected);
  g_assert_true (_hubrota_schedule_editor_save (f->editor));
  added = newest (f);
  assert_stored (added, "2027-01-02T10:00|120|FREQ=MONTHLY;BYDAY=1SA|0");
}

static void
test_ten_times (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) saturday = day (2027, 1, 9);
  g_autoptr(HubrotaPattern) pattern = weekly ("2027-01-09T10:00", HUBROTA_PATTERN_WEEKDAY (6), 1);
  g_autoptr(HubrotaSeries) added = NULL;

  pattern->end = HUBROTA_PATTERN_END_COUNT;
  pattern->count = 10;
  add_through_form (f, saturday, 10 * 60, 13 * 60, pattern, 1);
  g_assert_true (_hubrota_schedule_editor_save (f->editor));
  added = newest (f);
  assert_stored (added, "2027-01-09T10:00|180|FREQ=WEEKLY;BYDAY=SA;COUNT=10|1");
}

/* Ending on a date: a date of its own is suggested, and the chosen one is the last day. */
static void
test_until (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) saturday = day (2027, 6, 5);
  g_autoptr(GDate) last = day (2027, 6, 19);
  g_autoptr(HubrotaPattern) pattern = weekly ("2027-06-05T10:00", HUBROTA_PATTERN_WEEKDAY (6), 1);
  g_autoptr(HubrotaSeries) added = NULL;
  const char *expected[] = {
    "Sat 5 Jun 2027, 10:00–13:00", "Sat 12 Jun 2027, 10:00–13:00", "Sat 19 Jun 2027, 10:00–13:00",
    NULL,
  };

  add_through_form (f, saturday, 10 * 60, 13 * 60, pattern, 1);
  /* Choosing "On a date" alone suggests twelve weeks on: thirteen openings. */
  pattern->end = HUBROTA_PATTERN_END_UNTIL;
  _hubrota_schedule_editor_set_pattern (f->editor, pattern);
  g_assert_null (_hubrota_schedule_editor_get_problem (f->editor));
  {
    g_auto(GStrv) preview = _hubrota_schedule_editor_get_preview (f->editor);
    g_assert_cmpuint (g_strv_length (preview), ==, 6);
    g_assert_cmpstr (preview[0], ==, "Sat 5 Jun 2027, 10:00–13:00");
  }
  pattern->until = *last;
  _hubrota_schedule_editor_set_pattern (f->editor, pattern);
  assert_preview (f, expected);
  g_assert_true (_hubrota_schedule_editor_save (f->editor));
  added = newest (f);
  assert_stored (added, "2027-06-05T10:00|180|FREQ=WEEKLY;BYDAY=SA;UNTIL=20270619|1");
  g_assert_cmpstr (_hubrota_schedule_editor_get_series_title (f->editor, 2), ==,
                   "Every Saturday, 10:00–13:00, from 5 June 2027 until 19 June 2027");
}

/* A rule beyond the form: shown as it is, and kept byte for byte when only the minimum
 * officers change (which does not touch the calendars' SEQUENCE either). */
static void
test_raw_rule_kept (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaSeries) series = NULL;
  const char *expected[] = {
    "Fri 15 Jan 2027, 10:00–12:00", "Mon 15 Feb 2027, 10:00–12:00", "Mon 15 Mar 2027, 10:00–12:00",
    "Thu 15 Apr 2027, 10:00–12:00", "Sat 15 May 2027, 10:00–12:00", "Tue 15 Jun 2027, 10:00–12:00",
    NULL,
  };

  _hubrota_schedule_editor_edit_series (f->editor, f->odd);
  g_assert_true (_hubrota_schedule_editor_is_raw (f->editor));
  assert_preview (f, expected);
  _hubrota_schedule_editor_set_min_officers (f->editor, 3);
  g_assert_true (_hubrota_schedule_editor_save (f->editor));

  series = stored (f, f->odd);
  assert_stored (series, "2027-01-15T10:00|120|FREQ=MONTHLY;BYMONTHDAY=15|3");
  g_assert_cmpint (sequence_on (f, 2027, 2, 15), ==, 0);
}

/* A series stored running past midnight keeps its length when only its staffing changes. */
static void
test_overnight_kept (Fixture *f, gconstpointer data)
{
  gint64 late = add_series (f->store, "2027-01-09T22:00", 240, "FREQ=WEEKLY;BYDAY=SA", 1);
  g_autoptr(HubrotaSeries) series = NULL;
  g_auto(GStrv) preview = NULL;

  /* The list was read before the series went in. */
  gtk_window_destroy (GTK_WINDOW (f->editor));
  f->editor = HUBROTA_SCHEDULE_EDITOR (hubrota_schedule_editor_new (GTK_WINDOW (f->parent),
                                                                     f->store, "kempston"));
  _hubrota_schedule_editor_edit_series (f->editor, late);
  g_assert_null (_hubrota_schedule_editor_get_problem (f->editor));
  preview = _hubrota_schedule_editor_get_preview (f->editor);
  g_assert_cmpstr (preview[0], ==, "Sat 9 Jan 2027, 22:00–02:00");
  _hubrota_schedule_editor_set_min_officers (f->editor, 2);
  g_assert_true (_hubrota_schedule_editor_save (f->editor));
  series = stored (f, late);
  assert_stored (series, "2027-01-09T22:00|240|FREQ=WEEKLY;BYDAY=SA|2");
}

/* Closing before opening, or a first opening on a day not chosen: Save stays off, the
 * form says why, and nothing reaches the store. */
static void
test_invalid_form (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaSeries) before = stored (f, f->fridays);
  g_autofree char *before_text = describe_stored (before);
  g_autoptr(HubrotaSeries) after = NULL;
  g_autoptr(GDate) wednesday = day (2027, 1, 6);
  g_autoptr(HubrotaPattern) two_days = weekly ("2027-01-08T14:00",
                                               HUBROTA_PATTERN_WEEKDAY (5) | HUBROTA_PATTERN_WEEKDAY (6),
                                               1);
  g_auto(GStrv) preview = NULL;

  _hubrota_schedule_editor_edit_series (f->editor, f->fridays);
  _hubrota_schedule_editor_set_times (f->editor, 14 * 60, 13 * 60);
  g_assert_false (_hubrota_schedule_editor_can_save (f->editor));
  g_assert_cmpstr (_hubrota_schedule_editor_get_problem (f->editor), ==,
                   "The hub must close after it opens");
  preview = _hubrota_schedule_editor_get_preview (f->editor);
  g_assert_cmpuint (g_strv_length (preview), ==, 1);
  g_assert_cmpstr (preview[0], ==, "The hub must close after it opens");
  g_assert_false (_hubrota_schedule_editor_save (f->editor));
  g_assert_cmpstr (_hubrota_schedule_editor_get_page (f->editor), ==, "form");

  _hubrota_schedule_editor_set_times (f->editor, 14 * 60, 17 * 60);
  g_assert_true (_hubrota_schedule_editor_can_save (f->editor));
  _hubrota_schedule_editor_set_pattern (f->editor, two_days);
  _hubrota_schedule_editor_set_first_date (f->editor, wednesday);
  g_assert_false (_hubrota_schedule_editor_can_save (f->editor));
  g_assert_cmpstr (_hubrota_schedule_editor_get_problem (f->editor), ==,
                   "The first opening must fall on one of the chosen days");
  g_assert_false (_hubrota_schedule_editor_save (f->editor));

  g_assert_cmpuint (f->changed, ==, 0);
  after = stored (f, f->fridays);
  assert_stored (after, before_text);
  g_assert_cmpint (sequence_on (f, 2027, 1, 22), ==, 0);
}

/* The store refuses (the series went meanwhile, through another connection): the form
 * stays as typed, with the store's reason. */
static void
test_store_refusal (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  _hubrota_schedule_editor_edit_series (f->editor, f->fridays);
  _hubrota_schedule_editor_set_times (f->editor, 15 * 60, 18 * 60);
  _hubrota_schedule_editor_set_min_officers (f->editor, 4);

  other = hubrota_store_open (f->path, HUBROTA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (hubrota_store_remove_series (other, f->fridays, &error));
  g_assert_no_error (error);

  g_assert_false (_hubrota_schedule_editor_save (f->editor));
  expected = g_strdup_printf ("there is no opening series %" G_GINT64_FORMAT, f->fridays);
  g_assert_cmpstr (_hubrota_schedule_editor_get_error (f->editor), ==, expected);
  g_assert_cmpstr (_hubrota_schedule_editor_get_page (f->editor), ==, "form");
  g_assert_cmpuint (f->changed, ==, 0);
  /* What was typed is still there: the preview shows it. */
  {
    g_auto(GStrv) preview = _hubrota_schedule_editor_get_preview (f->editor);
    g_assert_cmpstr (preview[0], ==, "Fri 8 Jan 2027, 15:00–18:00");
  }
  g_assert_cmpuint (count_series (f), ==, 1);
}

static gboolean
on_close_request (GtkWindow *window, guint *closes)
{
  (*closes)++;
  return TRUE;   /* kept open: the fixture destroys it */
}

/* Escape: from the form back to the list, with nothing written; from the list, closed. */
static void
test_escape (Fixture *f, gconstpointer data)
{
  guint closes = 0;

  g_signal_connect (f->editor, "close-request", G_CALLBACK (on_close_request), &closes);
  /* GTK closes only a window it has shown. */
  gtk_window_present (GTK_WINDOW (f->editor));
  _hubrota_schedule_editor_edit_series (f->editor, f->fridays);
  _hubrota_schedule_editor_set_min_officers (f->editor, 7);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "schedule.back", NULL));
  g_assert_cmpstr (_hubrota_schedule_editor_get_page (f->editor), ==, "list");
  g_assert_cmpuint (closes, ==, 0);
  g_assert_cmpuint (f->changed, ==, 0);
  {
    g_autoptr(HubrotaSeries) series = stored (f, f->fridays);
    assert_stored (series, "2027-01-08T14:00|180|FREQ=WEEKLY;BYDAY=FR|2");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "schedule.back", NULL));
  g_assert_cmpuint (closes, ==, 1);
}

static void
test_remove (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOfficer) officer = hubrota_officer_new ("PC1", "Grace Okafor", HUBROTA_ROLE_PC,
                                                           "kempston", 40);
  g_autoptr(GDate) friday = day (2027, 1, 8);
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  g_assert_true (hubrota_store_add_officer (f->store, officer, &error));
  opening = hubrota_store_find_occurrence (f->store, "kempston", friday, NULL, &error);
  g_assert_true (hubrota_store_assign (f->store, "PC1", opening, TRUE, &error));
  g_assert_no_error (error);

  _hubrota_schedule_editor_edit_series (f->editor, f->fridays);
  dialog = _hubrota_schedule_editor_remove (f->editor);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Remove Opening Time?");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "“Every Friday, 14:00–17:00, from 8 January 2027” and every opening it makes "
                   "will go from the rota and from subscribed calendars. 1 officer is assigned to "
                   "its openings and will be taken off them.");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove"),
                   ==, ADW_RESPONSE_DESTRUCTIVE);

  /* Cancel first: nothing happens. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_assert_cmpuint (count_series (f), ==, 2);
  g_assert_cmpuint (f->changed, ==, 0);

  dialog = _hubrota_schedule_editor_remove (f->editor);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "remove");
  g_assert_cmpuint (f->changed, ==, 1);
  g_assert_cmpuint (count_series (f), ==, 1);
  g_assert_null (stored (f, f->fridays));
  g_assert_cmpstr (_hubrota_schedule_editor_get_page (f->editor), ==, "list");
  g_assert_cmpuint (_hubrota_schedule_editor_count_series (f->editor), ==, 1);
}

static void
save_screenshot (GtkWidget *widget, const char *name)
{
  gui_test_wait_until_drawn (widget);
  gui_test_save_screenshot (widget, name);
}

/* The form of the Friday series, every other Friday, with its preview; and the list. */
static void
test_screenshot (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaPattern) fortnightly = weekly ("2027-01-08T14:00", HUBROTA_PATTERN_WEEKDAY (5), 2);

  gtk_window_present (GTK_WINDOW (f->editor));
  save_screenshot (GTK_WIDGET (f->editor), "schedule-list.png");
  _hubrota_schedule_editor_edit_series (f->editor, f->fridays);
  _hubrota_schedule_editor_set_pattern (f->editor, fortnightly);
  save_screenshot (GTK_WIDGET (f->editor), "schedule-form.png");
  _hubrota_schedule_editor_set_times (f->editor, 14 * 60, 13 * 60);
  save_screenshot (GTK_WIDGET (f->editor), "schedule-invalid.png");
  /* Tall enough for the whole form: the preview and Remove. */
  _hubrota_schedule_editor_set_times (f->editor, 14 * 60, 17 * 60);
  gtk_window_set_default_size (GTK_WINDOW (f->editor), 560, 1160);
  save_screenshot (GTK_WIDGET (f->editor), "schedule-form-whole.png");
  _hubrota_schedule_editor_edit_series (f->editor, f->odd);
  g_assert_cmpstr (_hubrota_schedule_editor_get_page (f->editor), ==, "form");
}

static void
test_raw_screenshot (Fixture *f, gconstpointer data)
{
  gtk_window_present (GTK_WINDOW (f->editor));
  _hubrota_schedule_editor_edit_series (f->editor, f->odd);
  save_screenshot (GTK_WIDGET (f->editor), "schedule-raw.png");
}

/* A new opening on the last Saturday of each month, for six months. */
static void
test_monthly_screenshot (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) saturday = day (2027, 1, 30);
  g_autoptr(GDateTime) start = hubrota_london_parse_datetime ("2027-01-30T10:00", NULL);
  g_autoptr(HubrotaPattern) pattern = hubrota_pattern_new (HUBROTA_PATTERN_MONTHLY, start);
  g_auto(GStrv) preview = NULL;

  g_assert_cmpint (pattern->ordinal, ==, -1);
  pattern->end = HUBROTA_PATTERN_END_COUNT;
  pattern->count = 6;
  gtk_window_present (GTK_WINDOW (f->editor));
  add_through_form (f, saturday, 10 * 60, 12 * 60 + 30, pattern, 2);
  preview = _hubrota_schedule_editor_get_preview (f->editor);
  g_assert_cmpuint (g_strv_length (preview), ==, 6);
  g_assert_cmpstr (preview[5], ==, "Sat 26 Jun 2027, 10:00–12:30");
  save_screenshot (GTK_WIDGET (f->editor), "schedule-monthly.png");
}

int
main (int argc, char *argv[])
{
  if (!gui_test_init (&argc, &argv, GUI_TEST_DEFAULT))
    return 0;
  adw_init ();
  /* Screenshots of the form, not of the slide towards it. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/schedule/list", test_list);
  ADD ("/schedule/add-weekly", test_add_weekly);
  ADD ("/schedule/preview-from-today", test_preview_from_today);
  ADD ("/schedule/friday-to-thursday", test_friday_to_thursday);
  ADD ("/schedule/every-other-friday", test_every_other_friday);
  ADD ("/schedule/first-saturday", test_first_saturday);
  ADD ("/schedule/ten-times", test_ten_times);
  ADD ("/schedule/until", test_until);
  ADD ("/schedule/raw-rule-kept", test_raw_rule_kept);
  ADD ("/schedule/invalid-form", test_invalid_form);
  ADD ("/schedule/overnight-kept", test_overnight_kept);
  ADD ("/schedule/store-refusal", test_store_refusal);
  ADD ("/schedule/escape", test_escape);
  ADD ("/schedule/remove", test_remove);
  ADD ("/schedule/screenshot", test_screenshot);
  ADD ("/schedule/raw-screenshot", test_raw_screenshot);
  ADD ("/schedule/monthly-screenshot", test_monthly_screenshot);
#undef ADD

  return gui_test_run ();
}
