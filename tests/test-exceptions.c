/* test-exceptions.c: cancelling, moving, restoring and adding openings through the history,
 * and undoing and redoing each exactly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hubrota-core.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
  HubrotaStore *store;
  HubrotaHistory *history;
  gint64 kempston_thursdays;
} Fixture;

static void
add_hub (Fixture *f, const char *slug, const char *name)
{
  test_util_add_hub (f->store, slug, name, "castle");
}

static gint64
add_series (Fixture *f, const char *hub, const char *start_text, int minutes, const char *rrule)
{
  return test_util_add_series_at (f->store, hub, start_text, minutes, rrule, -1);
}

/* Three hubs open on Saturdays 10:00–13:00 from 5 December; Kempston also on Thursdays
 * 14:00–16:00. PC1 is on Kempston's Saturday openings as a whole series. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = test_util_create_temp_store ("hubrota-exceptions-XXXXXX", &f->dir, &f->path);
  test_util_add_beat (f->store, "castle", "Castle");
  test_util_add_officer (f->store, "PC1", "Sam Patel", HUBROTA_ROLE_PC, "castle", 40);
  add_hub (f, "kempston", "Kempston Library");
  add_hub (f, "bedford", "Bedford Library");
  add_hub (f, "ampthill", "Ampthill Parish Rooms");
  add_series (f, "kempston", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA");
  add_series (f, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA");
  add_series (f, "ampthill", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA");
  f->kempston_thursdays = add_series (f, "kempston", "2026-12-10T14:00", 120,
                                      "FREQ=WEEKLY;BYDAY=TH");
  f->history = hubrota_history_new (f->store);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->history);
  test_util_remove_temp_store (&f->store, &f->dir, &f->path);
}

static HubrotaOccurrence *
find (Fixture *f, const char *hub, const char *day, int at_minutes)
{
  g_autoptr(GDate) date = hubrota_london_parse_date (day, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) at = NULL;
  HubrotaOccurrence *occurrence;

  if (at_minutes >= 0)
    {
      g_autofree char *clock = g_strdup_printf ("%02d:%02d", at_minutes / 60, at_minutes % 60);
      at = hubrota_london_parse_input_on (date, clock, NULL);
    }
  occurrence = hubrota_store_find_occurrence (f->store, hub, date, at, &error);

  g_assert_no_error (error);
  g_assert_nonnull (occurrence);
  return occurrence;
}

/* "kempston 12-05 2026-12-05 10:00-13:00 cancelled (Flood) #1 PC1": hub, original date, where
 * it is, status and reason, sequence, and who is on it. */
static void
append_opening (GString *text, HubrotaOccurrence *occurrence)
{
  GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence);
  g_autoptr(GDateTime) start = g_date_time_to_timezone (hubrota_occurrence_get_start (occurrence),
                                                        hubrota_london_tz ());
  g_autoptr(GDateTime) end = g_date_time_to_timezone (hubrota_occurrence_get_end (occurrence),
                                                      hubrota_london_tz ());
  g_autofree char *from = g_date_time_format (start, "%Y-%m-%d %H:%M");
  g_autofree char *to = g_date_time_format (end, "%H:%M");
  char original[16];

  g_date_strftime (original, sizeof original, "%m-%d",
                   hubrota_occurrence_get_original_date (occurrence));
  g_string_append_printf (text, "%s %s %s-%s %s", hubrota_occurrence_get_hub (occurrence),
                          original, from, to,
                          hubrota_occurrence_status_to_string (hubrota_occurrence_get_status (occurrence)));
  if (hubrota_occurrence_get_reason (occurrence) != NULL)
    g_string_append_printf (text, " (%s)", hubrota_occurrence_get_reason (occurrence));
  g_string_append_printf (text, " #%d", hubrota_occurrence_get_sequence (occurrence));
  for (guint i = 0; i < assigned->len; i++)
    g_string_append_printf (text, " %s", (char *) g_ptr_array_index (assigned, i));
}

static char *
describe (Fixture *f, const char *hub, const char *day, int at_minutes)
{
  g_autoptr(HubrotaOccurrence) occurrence = find (f, hub, day, at_minutes);
  GString *text = g_string_new (NULL);

  append_opening (text, occurrence);
  return g_string_free (text, FALSE);
}

#define assert_opening(f, hub, day, at, expected) \
  G_STMT_START { \
    g_autofree char *got_ = describe (f, hub, day, at); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

/* Every opening of every hub between the dates, one a line. */
static char *
describe_period (Fixture *f, const char *from_text, const char *to_text)
{
  g_autoptr(GPtrArray) openings = test_util_list_openings (f->store, from_text, to_text, NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < openings->len; i++)
    {
      append_opening (text, g_ptr_array_index (openings, i));
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

/* Everything the store holds about the schedule: every opening over six weeks, and every
 * series. */
static char *
describe_store (Fixture *f)
{
  g_autofree char *openings = describe_period (f, "2026-12-01", "2027-01-10");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) series = hubrota_store_list_series (f->store, NULL, &error);
  GString *text = g_string_new (openings);

  g_assert_no_error (error);
  for (guint i = 0; i < series->len; i++)
    {
      g_autofree char *what = hubrota_series_describe (g_ptr_array_index (series, i));
      g_string_append_printf (text, "series %" G_GINT64_FORMAT " %s\n",
                              hubrota_series_get_id (g_ptr_array_index (series, i)), what);
    }
  return g_string_free (text, FALSE);
}

static void
assign_kempston_saturdays (Fixture *f)
{
  g_autoptr(HubrotaOccurrence) occurrence = find (f, "kempston", "2026-12-05", 600);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_assign (f->store, "PC1", occurrence, TRUE, &error));
  g_assert_no_error (error);
}

/* Cancelling takes the officer off while cancelled; undo brings the opening and its officer
 * back; each change raises the sequence. */
static void
test_cancel (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(GError) error = NULL;

  assign_kempston_saturdays (f);
  assert_opening (f, "kempston", "2026-12-05", 600,
                  "kempston 12-05 2026-12-05 10:00-13:00 scheduled #0 PC1");
  opening = find (f, "kempston", "2026-12-05", 600);
  g_assert_true (hubrota_history_cancel (f->history, opening, "Staff training", &error));
  g_assert_no_error (error);
  assert_opening (f, "kempston", "2026-12-05", 600,
                  "kempston 12-05 2026-12-05 10:00-13:00 cancelled (Staff training) #1");
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Cancel Kempston Library, Sat 5 Dec 10:00");
  g_assert_false (hubrota_history_get_can_redo (f->history));

  test_util_undo (f->history);
  assert_opening (f, "kempston", "2026-12-05", 600,
                  "kempston 12-05 2026-12-05 10:00-13:00 scheduled #2 PC1");
  g_assert_false (hubrota_history_get_can_undo (f->history));
  g_assert_cmpstr (hubrota_history_get_redo_label (f->history), ==,
                   "Cancel Kempston Library, Sat 5 Dec 10:00");

  test_util_redo (f->history);
  assert_opening (f, "kempston", "2026-12-05", 600,
                  "kempston 12-05 2026-12-05 10:00-13:00 cancelled (Staff training) #3");
  /* The next Saturday was never touched. */
  assert_opening (f, "kempston", "2026-12-12", 600,
                  "kempston 12-12 2026-12-12 10:00-13:00 scheduled #0 PC1");
}

/* Undoing the cancel of a moved opening keeps it moved, where a plain restore would not. */
static void
test_cancel_moved (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) opening = find (f, "bedford", "2026-12-12", 600);
  g_autoptr(HubrotaOccurrence) moved = NULL;
  g_autoptr(GDateTime) sunday = hubrota_london_parse_datetime ("2026-12-13T11:00", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_history_move (f->history, opening, sunday, 0, &error));
  g_assert_no_error (error);
  moved = find (f, "bedford", "2026-12-13", 660);
  g_assert_true (hubrota_history_cancel (f->history, moved, "Flooded", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Cancel Bedford Library, Sun 13 Dec 11:00");
  assert_opening (f, "bedford", "2026-12-13", 660,
                  "bedford 12-12 2026-12-13 11:00-14:00 cancelled (Flooded) #2");

  test_util_undo (f->history);
  assert_opening (f, "bedford", "2026-12-13", 660,
                  "bedford 12-12 2026-12-13 11:00-14:00 scheduled #3");
  test_util_undo (f->history);
  assert_opening (f, "bedford", "2026-12-12", 600,
                  "bedford 12-12 2026-12-12 10:00-13:00 scheduled #4");
  test_util_redo (f->history);
  test_util_redo (f->history);
  assert_opening (f, "bedford", "2026-12-13", 660,
                  "bedford 12-12 2026-12-13 11:00-14:00 cancelled (Flooded) #6");
}

#define CHRISTMAS_BEFORE \
  "kempston 12-24 2026-12-24 14:00-16:00 scheduled #0\n" \
  "ampthill 12-26 2026-12-26 10:00-13:00 scheduled #0\n" \
  "bedford 12-26 2026-12-26 10:00-13:00 cancelled (Flood) #1\n" \
  "kempston 12-26 2026-12-26 10:00-13:00 scheduled #0 PC1\n" \
  "kempston 12-31 2026-12-31 14:00-16:00 scheduled #0\n" \
  "ampthill 01-02 2027-01-02 10:00-13:00 scheduled #0\n" \
  "bedford 01-02 2027-01-02 10:00-13:00 scheduled #0\n" \
  "kempston 01-02 2027-01-02 10:00-13:00 scheduled #0 PC1\n"

/* Kempston and Bedford closed over Christmas in one step; Bedford's Boxing Day opening was
 * already cancelled for another reason, and stays so, reason and sequence unchanged, through
 * the cancel, its undo and its redo. Ampthill is not touched. */
static void
test_cancel_range (Fixture *f, gconstpointer data)
{
  const char *hubs[] = { "kempston", "bedford", NULL };
  g_autoptr(GDate) from = hubrota_london_parse_date ("2026-12-24", NULL);
  g_autoptr(GDate) to = hubrota_london_parse_date ("2027-01-02", NULL);
  g_autoptr(GDate) boxing_day = hubrota_london_parse_date ("2026-12-26", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  guint cancelled = 0;

  assign_kempston_saturdays (f);
  g_assert_true (hubrota_store_cancel_occurrence (f->store, "bedford", 0, boxing_day, "Flood",
                                                  &error));
  g_assert_no_error (error);
  before = describe_period (f, "2026-12-24", "2027-01-02");
  g_assert_cmpstr (before, ==, CHRISTMAS_BEFORE);

  g_assert_true (hubrota_history_cancel_range (f->history, hubs, from, to, "Closed for Christmas",
                                               &cancelled, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cancelled, ==, 5);
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Cancel 5 openings at 2 hubs, Thu 24 Dec – Sat 2 Jan");
  after = describe_period (f, "2026-12-24", "2027-01-02");
  g_assert_cmpstr (after, ==,
                   "kempston 12-24 2026-12-24 14:00-16:00 cancelled (Closed for Christmas) #1\n"
                   "ampthill 12-26 2026-12-26 10:00-13:00 scheduled #0\n"
                   "bedford 12-26 2026-12-26 10:00-13:00 cancelled (Flood) #1\n"
                   "kempston 12-26 2026-12-26 10:00-13:00 cancelled (Closed for Christmas) #1\n"
                   "kempston 12-31 2026-12-31 14:00-16:00 cancelled (Closed for Christmas) #1\n"
                   "ampthill 01-02 2027-01-02 10:00-13:00 scheduled #0\n"
                   "bedford 01-02 2027-01-02 10:00-13:00 cancelled (Closed for Christmas) #1\n"
                   "kempston 01-02 2027-01-02 10:00-13:00 cancelled (Closed for Christmas) #1\n");

  test_util_undo (f->history);
  undone = describe_period (f, "2026-12-24", "2027-01-02");
  g_assert_cmpstr (undone, ==,
                   "kempston 12-24 2026-12-24 14:00-16:00 scheduled #2\n"
                   "ampthill 12-26 2026-12-26 10:00-13:00 scheduled #0\n"
                   "bedford 12-26 2026-12-26 10:00-13:00 cancelled (Flood) #1\n"
                   "kempston 12-26 2026-12-26 10:00-13:00 scheduled #2 PC1\n"
                   "kempston 12-31 2026-12-31 14:00-16:00 scheduled #2\n"
                   "ampthill 01-02 2027-01-02 10:00-13:00 scheduled #0\n"
                   "bedford 01-02 2027-01-02 10:00-13:00 scheduled #2\n"
                   "kempston 01-02 2027-01-02 10:00-13:00 scheduled #2 PC1\n");

  test_util_redo (f->history);
  redone = describe_period (f, "2026-12-24", "2027-01-02");
  g_assert_cmpstr (redone, ==,
                   "kempston 12-24 2026-12-24 14:00-16:00 cancelled (Closed for Christmas) #3\n"
                   "ampthill 12-26 2026-12-26 10:00-13:00 scheduled #0\n"
                   "bedford 12-26 2026-12-26 10:00-13:00 cancelled (Flood) #1\n"
                   "kempston 12-26 2026-12-26 10:00-13:00 cancelled (Closed for Christmas) #3\n"
                   "kempston 12-31 2026-12-31 14:00-16:00 cancelled (Closed for Christmas) #3\n"
                   "ampthill 01-02 2027-01-02 10:00-13:00 scheduled #0\n"
                   "bedford 01-02 2027-01-02 10:00-13:00 cancelled (Closed for Christmas) #3\n"
                   "kempston 01-02 2027-01-02 10:00-13:00 cancelled (Closed for Christmas) #3\n");
}

/* One hub named twice counts once; the label names it. */
static void
test_cancel_range_one_hub (Fixture *f, gconstpointer data)
{
  const char *hubs[] = { "ampthill", "ampthill", NULL };
  g_autoptr(GDate) from = hubrota_london_parse_date ("2026-12-05", NULL);
  g_autoptr(GDate) to = hubrota_london_parse_date ("2026-12-05", NULL);
  g_autoptr(GError) error = NULL;
  guint cancelled = 0;

  g_assert_true (hubrota_history_cancel_range (f->history, hubs, from, to, NULL, &cancelled,
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cancelled, ==, 1);
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Cancel 1 opening at Ampthill Parish Rooms, Sat 5 Dec");
  assert_opening (f, "ampthill", "2026-12-05", -1,
                  "ampthill 12-05 2026-12-05 10:00-13:00 cancelled #1");
}

/* A move keeps the opening's name and staff; undo puts it back where it was, a move of a
 * moved opening back to its first move. */
static void
test_move (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(HubrotaOccurrence) moved = NULL;
  g_autoptr(GDateTime) sunday = hubrota_london_parse_datetime ("2026-12-13T11:00", NULL);
  g_autoptr(GDateTime) monday = hubrota_london_parse_datetime ("2026-12-14T18:30", NULL);
  g_autoptr(GError) error = NULL;

  assign_kempston_saturdays (f);
  opening = find (f, "kempston", "2026-12-12", 600);
  g_assert_true (hubrota_history_move (f->history, opening, sunday, 120, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Move Kempston Library, Sat 12 Dec 10:00 to Sun 13 Dec 11:00");
  assert_opening (f, "kempston", "2026-12-13", -1,
                  "kempston 12-12 2026-12-13 11:00-13:00 scheduled #1 PC1");
  moved = find (f, "kempston", "2026-12-13", -1);
  g_assert_true (hubrota_occurrence_get_moved (moved));

  g_assert_true (hubrota_history_move (f->history, moved, monday, 0, &error));
  g_assert_no_error (error);
  assert_opening (f, "kempston", "2026-12-14", -1,
                  "kempston 12-12 2026-12-14 18:30-20:30 scheduled #2 PC1");

  test_util_undo (f->history);
  assert_opening (f, "kempston", "2026-12-13", -1,
                  "kempston 12-12 2026-12-13 11:00-13:00 scheduled #3 PC1");
  test_util_undo (f->history);
  assert_opening (f, "kempston", "2026-12-12", 600,
                  "kempston 12-12 2026-12-12 10:00-13:00 scheduled #4 PC1");
  g_clear_object (&opening);
  opening = find (f, "kempston", "2026-12-12", 600);
  g_assert_false (hubrota_occurrence_get_moved (opening));
  test_util_redo (f->history);
  assert_opening (f, "kempston", "2026-12-13", -1,
                  "kempston 12-12 2026-12-13 11:00-13:00 scheduled #5 PC1");
}

/* Restoring an opening moved and then cancelled outside the history; undo puts it back
 * moved and cancelled, with its reason. */
static void
test_restore (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) saturday = hubrota_london_parse_date ("2026-12-19", NULL);
  g_autoptr(GDate) friday = hubrota_london_parse_date ("2026-12-18", NULL);
  g_autoptr(GDateTime) nine = hubrota_london_parse_datetime ("2026-12-18T09:00", NULL);
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(GError) error = NULL;

  assign_kempston_saturdays (f);
  g_assert_true (hubrota_store_move_occurrence (f->store, "kempston", 0, saturday, nine, 60,
                                                &error));
  g_assert_true (hubrota_store_cancel_occurrence (f->store, "kempston", 0, friday, "Power cut",
                                                  &error));
  g_assert_no_error (error);
  assert_opening (f, "kempston", "2026-12-18", -1,
                  "kempston 12-19 2026-12-18 09:00-10:00 cancelled (Power cut) #2");

  opening = find (f, "kempston", "2026-12-18", -1);
  g_assert_true (hubrota_history_restore (f->history, opening, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Restore Kempston Library, Fri 18 Dec 09:00");
  assert_opening (f, "kempston", "2026-12-19", 600,
                  "kempston 12-19 2026-12-19 10:00-13:00 scheduled #3 PC1");

  test_util_undo (f->history);
  assert_opening (f, "kempston", "2026-12-18", -1,
                  "kempston 12-19 2026-12-18 09:00-10:00 cancelled (Power cut) #4");
  test_util_redo (f->history);
  assert_opening (f, "kempston", "2026-12-19", 600,
                  "kempston 12-19 2026-12-19 10:00-13:00 scheduled #5 PC1");
}

static GPtrArray *
openings_on (Fixture *f, const char *hub, const char *day)
{
  return test_util_list_openings (f->store, day, day, hub);
}

/* A one-off opening; an officer put on it; undoing both removes it, and redoing both puts
 * it back under the same id, officer and all. */
static void
test_extra (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) start = hubrota_london_parse_datetime ("2026-12-15T18:00", NULL);
  g_autoptr(HubrotaOccurrence) extra = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = hubrota_history_add_extra (f->history, "ampthill", start, 90, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, f->kempston_thursdays + 1);
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Add an opening at Ampthill Parish Rooms, Tue 15 Dec 18:00");
  extra = find (f, "ampthill", "2026-12-15", -1);
  g_assert_cmpint (hubrota_occurrence_get_series (extra), ==, id);
  g_assert_cmpint (hubrota_occurrence_get_min_officers (extra), ==, 2);
  g_assert_true (hubrota_history_change (f->history, "PC1", extra, FALSE, TRUE, &error));
  g_assert_no_error (error);
  /* A cancel and restore outside the history leave a row hanging off the series too. */
  {
    g_autoptr(GDate) day = hubrota_london_parse_date ("2026-12-15", NULL);
    g_assert_true (hubrota_store_cancel_occurrence (f->store, "ampthill", id, day, "x", &error));
    g_assert_true (hubrota_store_restore_occurrence (f->store, "ampthill", id, day, &error));
    g_assert_no_error (error);
  }
  assert_opening (f, "ampthill", "2026-12-15", -1,
                  "ampthill 12-15 2026-12-15 18:00-19:30 scheduled #2 PC1");

  test_util_undo (f->history);
  assert_opening (f, "ampthill", "2026-12-15", -1,
                  "ampthill 12-15 2026-12-15 18:00-19:30 scheduled #2");
  test_util_undo (f->history);
  none = openings_on (f, "ampthill", "2026-12-15");
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_false (hubrota_history_get_can_undo (f->history));
  g_assert_cmpstr (hubrota_history_get_redo_label (f->history), ==,
                   "Add an opening at Ampthill Parish Rooms, Tue 15 Dec 18:00");

  test_util_redo (f->history);
  assert_opening (f, "ampthill", "2026-12-15", -1,
                  "ampthill 12-15 2026-12-15 18:00-19:30 scheduled #2");
  g_clear_object (&extra);
  extra = find (f, "ampthill", "2026-12-15", -1);
  g_assert_cmpint (hubrota_occurrence_get_series (extra), ==, id);
  g_assert_cmpint (hubrota_occurrence_get_min_officers (extra), ==, 2);
  test_util_redo (f->history);
  assert_opening (f, "ampthill", "2026-12-15", -1,
                  "ampthill 12-15 2026-12-15 18:00-19:30 scheduled #2 PC1");
}

static void
assert_refused (Fixture *f, const char *expected_store, gboolean refused, GError *error,
                int code, const char *message)
{
  g_autofree char *now = describe_store (f);

  g_assert_false (refused);
  g_assert_error (error, HUBROTA_STORE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpstr (now, ==, expected_store);
  g_assert_false (hubrota_history_get_can_undo (f->history));
  g_assert_null (hubrota_history_get_undo_label (f->history));
}

/* Each refusal says what is wrong in one line, and leaves the store and the history as they
 * were. */
static void
test_rejected (Fixture *f, gconstpointer data)
{
  const char *two[] = { "kempston", "bedford", NULL };
  const char *unknown[] = { "kempston", "luton", NULL };
  const char *empty[] = { NULL };
  g_autoptr(GDate) from = hubrota_london_parse_date ("2026-12-24", NULL);
  g_autoptr(GDate) to = hubrota_london_parse_date ("2027-01-02", NULL);
  g_autoptr(GDate) quiet = hubrota_london_parse_date ("2026-12-07", NULL);
  g_autoptr(GDateTime) sunday = hubrota_london_parse_datetime ("2026-12-13T11:00", NULL);
  g_autoptr(HubrotaOccurrence) opening = find (f, "kempston", "2026-12-12", 600);
  g_autofree char *long_reason = g_strnfill (501, 'x');
  g_autofree char *before = NULL;
  GError *error = NULL;
  gboolean done;

  assign_kempston_saturdays (f);
  before = describe_store (f);

  done = hubrota_history_move (f->history, opening, sunday, -5, &error);
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_INVALID,
                  "an opening must last between 1 minute and 24 hours");
  g_clear_error (&error);
  done = hubrota_history_move (f->history, opening, sunday, 24 * 60 + 1, &error);
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_INVALID,
                  "an opening must last between 1 minute and 24 hours");
  g_clear_error (&error);

  done = hubrota_history_cancel_range (f->history, two, to, from, "Closed", NULL, &error);
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_INVALID,
                  "the period ends (2026-12-24) before it starts (2027-01-02)");
  g_clear_error (&error);
  done = hubrota_history_cancel_range (f->history, unknown, from, to, "Closed", NULL, &error);
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_NOT_FOUND,
                  "unknown hub ‘luton’");
  g_clear_error (&error);
  done = hubrota_history_cancel_range (f->history, empty, from, to, "Closed", NULL, &error);
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_INVALID,
                  "choose at least one hub to close");
  g_clear_error (&error);
  done = hubrota_history_cancel_range (f->history, two, quiet, quiet, "Closed", NULL, &error);
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_NOT_FOUND,
                  "there are no openings to cancel in that period");
  g_clear_error (&error);
  done = hubrota_history_cancel_range (f->history, two, from, to, long_reason, NULL, &error);
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_INVALID,
                  "the reason is longer than 500 characters");
  g_clear_error (&error);

  done = hubrota_history_cancel (f->history, opening, long_reason, &error);
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_INVALID,
                  "the reason is longer than 500 characters");
  g_clear_error (&error);
  done = hubrota_history_restore (f->history, opening, &error);
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_NOT_FOUND,
                  "the opening of 2026-12-12 is neither cancelled nor moved");
  g_clear_error (&error);

  done = hubrota_history_add_extra (f->history, "luton", sunday, 60, 1, &error) != 0;
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_NOT_FOUND,
                  "unknown hub ‘luton’");
  g_clear_error (&error);
  done = hubrota_history_add_extra (f->history, "kempston", sunday, 0, 1, &error) != 0;
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_INVALID,
                  "an opening must last some time; the duration is 0 minutes");
  g_clear_error (&error);
  done = hubrota_history_add_extra (f->history, "kempston", sunday, 60, -1, &error) != 0;
  assert_refused (f, before, done, error, HUBROTA_STORE_ERROR_INVALID,
                  "the minimum number of officers must be between 0 and 100");
  g_clear_error (&error);
}

/* The schedule editor removes series outside the history: a step about a removed series is
 * dropped with a clear error, and the steps under it can still be undone. */
static void
test_series_removed (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) saturday = find (f, "bedford", "2026-12-12", -1);
  g_autoptr(HubrotaOccurrence) thursday = find (f, "kempston", "2026-12-10", -1);
  g_autoptr(HubrotaOccurrence) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_history_cancel (f->history, saturday, "Flood", &error));
  g_assert_true (hubrota_history_change (f->history, "PC1", thursday, TRUE, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (hubrota_store_remove_series (f->store, f->kempston_thursdays, &error));
  g_assert_no_error (error);

  g_assert_false (hubrota_history_undo (f->history, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "this change can no longer be undone: "));
  g_clear_error (&error);
  g_assert_true (hubrota_history_get_can_undo (f->history));
  g_assert_false (hubrota_history_get_can_redo (f->history));

  g_assert_true (hubrota_history_undo (f->history, &error));
  g_assert_no_error (error);
  after = find (f, "bedford", "2026-12-12", -1);
  g_assert_cmpint (hubrota_occurrence_get_status (after), ==, HUBROTA_OCCURRENCE_SCHEDULED);
  g_assert_false (hubrota_history_get_can_undo (f->history));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/exceptions/series-removed", test_series_removed);
  ADD ("/exceptions/cancel", test_cancel);
  ADD ("/exceptions/cancel-moved", test_cancel_moved);
  ADD ("/exceptions/cancel-range", test_cancel_range);
  ADD ("/exceptions/cancel-range-one-hub", test_cancel_range_one_hub);
  ADD ("/exceptions/move", test_move);
  ADD ("/exceptions/restore", test_restore);
  ADD ("/exceptions/extra", test_extra);
  ADD ("/exceptions/rejected", test_rejected);

  return g_test_run ();
}
