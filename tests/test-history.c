/* test-history.c: undo and redo of rota changes, exactly, through the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hubrota-core.h"
#include "hubrota-store-private.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
  HubrotaStore *store;
  HubrotaHistory *history;
  guint undo_notified;
  guint redo_notified;
} Fixture;

static void
count_notify (GObject *object, GParamSpec *pspec, guint *counter)
{
  (*counter)++;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = test_util_create_temp_store ("hubrota-history-XXXXXX", &f->dir, &f->path);
  test_util_add_beat (f->store, "castle", "Castle");
  test_util_add_hub (f->store, "bedford", "Bedford Library", "castle");
  test_util_add_series_at (f->store, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA",
                           -1);
  test_util_add_officer (f->store, "PC1", "Sam Patel", HUBROTA_ROLE_PC, "castle", 40);
  f->history = hubrota_history_new (f->store);
  g_signal_connect (f->history, "notify::can-undo", G_CALLBACK (count_notify), &f->undo_notified);
  g_signal_connect (f->history, "notify::can-redo", G_CALLBACK (count_notify), &f->redo_notified);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->history);
  test_util_remove_temp_store (&f->store, &f->dir, &f->path);
}

static HubrotaOccurrence *
saturday (Fixture *f, const char *day)
{
  return test_util_find_occurrence (f->store, "bedford", day);
}

/* Who is on the first three Saturdays: "PC1,-,PC1". */
static char *
staffing (Fixture *f)
{
  const char *days[] = { "2026-12-05", "2026-12-12", "2026-12-19" };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(HubrotaOccurrence) occurrence = saturday (f, days[i]);
      GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence);
      g_string_append_printf (text, "%s%s", i > 0 ? "," : "",
                              assigned->len > 0 ? (char *) g_ptr_array_index (assigned, 0) : "-");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
change (Fixture *f, const char *day, gboolean whole_series, gboolean assign)
{
  g_autoptr(HubrotaOccurrence) occurrence = saturday (f, day);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_history_change (f->history, "PC1", occurrence, whole_series, assign,
                                         &error));
  g_assert_no_error (error);
}

static void
assert_staffing (Fixture *f, const char *expected)
{
  g_autofree char *got = staffing (f);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_undo_redo_one (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hubrota_history_get_can_undo (f->history));
  g_assert_false (hubrota_history_undo (f->history, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);

  change (f, "2026-12-05", FALSE, TRUE);
  assert_staffing (f, "PC1,-,-");
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Put Sam Patel on Bedford Library, Sat 5 Dec 10:00");
  g_assert_cmpuint (f->undo_notified, ==, 1);

  test_util_undo (f->history);
  assert_staffing (f, "-,-,-");
  g_assert_false (hubrota_history_get_can_undo (f->history));
  g_assert_true (hubrota_history_get_can_redo (f->history));
  g_assert_cmpstr (hubrota_history_get_redo_label (f->history), ==,
                   "Put Sam Patel on Bedford Library, Sat 5 Dec 10:00");
  test_util_redo (f->history);
  assert_staffing (f, "PC1,-,-");
  g_assert_cmpuint (f->undo_notified, ==, 3);
  g_assert_cmpuint (f->redo_notified, ==, 2);
}

/* A whole series, one opening taken out of it, the series taken away: each undo puts back
 * exactly the rows before, and a new change forgets what could be redone. */
static void
test_undo_series (Fixture *f, gconstpointer data)
{
  change (f, "2026-12-05", FALSE, TRUE);
  change (f, "2026-12-05", TRUE, TRUE);
  assert_staffing (f, "PC1,PC1,PC1");
  change (f, "2026-12-12", FALSE, FALSE);
  assert_staffing (f, "PC1,-,PC1");
  change (f, "2026-12-19", TRUE, FALSE);
  assert_staffing (f, "-,-,-");
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Took Sam Patel off every opening of Bedford Library, Sat 19 Dec 10:00");

  test_util_undo (f->history);
  assert_staffing (f, "PC1,-,PC1");
  test_util_undo (f->history);
  assert_staffing (f, "PC1,PC1,PC1");
  test_util_undo (f->history);
  assert_staffing (f, "PC1,-,-");
  test_util_redo (f->history);
  assert_staffing (f, "PC1,PC1,PC1");

  change (f, "2026-12-19", FALSE, FALSE);
  assert_staffing (f, "PC1,PC1,-");
  g_assert_false (hubrota_history_get_can_redo (f->history));
}

/* A refused change records nothing. */
static void
test_refused_change_not_recorded (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) occurrence = saturday (f, "2026-12-05");
  g_autoptr(GError) error = NULL;

  g_assert_false (hubrota_history_change (f->history, "PC1", occurrence, FALSE, FALSE, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_false (hubrota_history_get_can_undo (f->history));
  g_assert_cmpuint (f->undo_notified, ==, 0);
}

/* Every officer on every opening from 5 to 31 December, at both hubs. */
static guint
count_assigned (Fixture *f)
{
  g_autoptr(GPtrArray) openings = test_util_list_openings (f->store, "2026-12-05", "2026-12-31",
                                                           NULL);
  guint n = 0;

  for (guint i = 0; i < openings->len; i++)
    n += hubrota_occurrence_get_assigned (g_ptr_array_index (openings, i))->len;
  return n;
}

/* Two officers on two series: PC1 on three Saturdays at Bedford and a Sunday at Kempston,
 * PC2 on the first Saturday. */
static void
add_second_series (Fixture *f)
{
  test_util_add_hub (f->store, "kempston", "Kempston Library", "castle");
  test_util_add_series_at (f->store, "kempston", "2026-12-06T10:00", 120, "FREQ=WEEKLY;BYDAY=SU",
                           -1);
  test_util_add_officer (f->store, "PC2", "Ann Lee", HUBROTA_ROLE_PC, "castle", 40);
}

static void
test_change_many (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) first = NULL;
  g_autoptr(HubrotaOccurrence) second = NULL;
  g_autoptr(HubrotaOccurrence) third = NULL;
  g_autoptr(HubrotaOccurrence) sunday = NULL;
  g_autoptr(GError) error = NULL;

  add_second_series (f);
  first = saturday (f, "2026-12-05");
  second = saturday (f, "2026-12-12");
  third = saturday (f, "2026-12-19");
  sunday = test_util_find_occurrence (f->store, "kempston", "2026-12-06");
  {
    HubrotaAssignmentChange changes[] = {
      { "PC1", first, TRUE }, { "PC1", second, TRUE }, { "PC2", first, TRUE },
      { "PC1", sunday, TRUE }, { "PC1", third, TRUE },
    };

    g_assert_true (hubrota_history_change_many (f->history, "Auto-fill: 5 officers put on",
                                                changes, G_N_ELEMENTS (changes), &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (count_assigned (f), ==, 5);
  assert_staffing (f, "PC1,PC1,PC1");
  g_assert_cmpstr (hubrota_history_get_undo_label (f->history), ==,
                   "Auto-fill: 5 officers put on");
  /* Two series: the workspace reads the whole period again. */
  g_assert_cmpint (hubrota_history_get_undo_series (f->history), ==, 0);
  g_assert_cmpuint (f->undo_notified, ==, 1);

  test_util_undo (f->history);
  g_assert_cmpuint (count_assigned (f), ==, 0);
  g_assert_cmpint (hubrota_history_get_redo_series (f->history), ==, 0);
  test_util_redo (f->history);
  g_assert_cmpuint (count_assigned (f), ==, 5);
  assert_staffing (f, "PC1,PC1,PC1");
}

/* Taking off, mixed with putting on, inside a series-wide assignment: undo puts the
 * whole-series row and its exceptions back exactly. */
static void
test_change_many_take_off (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) first = saturday (f, "2026-12-05");
  g_autoptr(HubrotaOccurrence) third = saturday (f, "2026-12-19");
  g_autoptr(GError) error = NULL;

  change (f, "2026-12-05", TRUE, TRUE);
  assert_staffing (f, "PC1,PC1,PC1");
  test_util_add_officer (f->store, "PC2", "Ann Lee", HUBROTA_ROLE_PC, "castle", 40);
  {
    HubrotaAssignmentChange changes[] = {
      { "PC1", first, FALSE }, { "PC1", third, FALSE }, { "PC2", third, TRUE },
    };

    g_assert_true (hubrota_history_change_many (f->history, "Took Sam Patel off 2 openings",
                                                changes, G_N_ELEMENTS (changes), &error));
    g_assert_no_error (error);
  }
  assert_staffing (f, "-,PC1,PC2");
  g_assert_cmpuint (count_assigned (f), ==, 3);   /* PC1 on 12 and 26 Dec, PC2 on 19 Dec */
  /* One series, two officers: the workspace follows that series. */
  g_assert_cmpint (hubrota_history_get_undo_series (f->history), ==,
                   hubrota_occurrence_get_series (first));
  test_util_undo (f->history);
  assert_staffing (f, "PC1,PC1,PC1");
  g_assert_cmpuint (count_assigned (f), ==, 4);
  test_util_undo (f->history);
  g_assert_cmpuint (count_assigned (f), ==, 0);
  test_util_redo (f->history);
  test_util_redo (f->history);
  assert_staffing (f, "-,PC1,PC2");
  g_assert_cmpuint (count_assigned (f), ==, 3);
}

/* The third of five changes fails (PC1 is already on that opening): nothing is stored and
 * nothing recorded. */
static void
test_change_many_fails_whole (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) first = NULL;
  g_autoptr(HubrotaOccurrence) second = NULL;
  g_autoptr(HubrotaOccurrence) sunday = NULL;
  g_autoptr(GError) error = NULL;

  add_second_series (f);
  first = saturday (f, "2026-12-05");
  second = saturday (f, "2026-12-12");
  sunday = test_util_find_occurrence (f->store, "kempston", "2026-12-06");
  {
    HubrotaAssignmentChange changes[] = {
      { "PC1", first, TRUE }, { "PC2", sunday, TRUE }, { "PC1", first, TRUE },
      { "PC1", second, TRUE }, { "PC2", first, TRUE },
    };

    g_assert_false (hubrota_history_change_many (f->history, "Auto-fill: 5 officers put on",
                                                 changes, G_N_ELEMENTS (changes), &error));
    g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_EXISTS);
  }
  g_assert_cmpuint (count_assigned (f), ==, 0);
  g_assert_false (hubrota_history_get_can_undo (f->history));
  g_assert_cmpuint (f->undo_notified, ==, 0);
  g_clear_error (&error);
  g_assert_false (hubrota_history_change_many (f->history, "Nothing", NULL, 0, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
}

/* Inside a caller's transaction, a failure rolls back only the step's own savepoint. */
static void
test_change_many_nested (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) first = saturday (f, "2026-12-05");
  g_autoptr(HubrotaOccurrence) second = saturday (f, "2026-12-12");
  g_autoptr(GError) error = NULL;
  HubrotaAssignmentChange good[] = { { "PC1", second, TRUE } };
  HubrotaAssignmentChange bad[] = { { "PC1", first, TRUE }, { "PC1", first, FALSE },
                                    { "PC1", first, FALSE } };

  g_assert_true (_hubrota_store_begin (f->store, &error));
  g_assert_false (hubrota_history_change_many (f->history, "Bad", bad, G_N_ELEMENTS (bad),
                                               &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (hubrota_history_change_many (f->history, "Good", good, 1, &error));
  g_assert_no_error (error);
  g_assert_true (_hubrota_store_commit (f->store, &error));
  assert_staffing (f, "-,PC1,-");
  g_assert_cmpuint (f->undo_notified, ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/history/undo-redo-one", test_undo_redo_one);
  ADD ("/history/undo-series", test_undo_series);
  ADD ("/history/refused", test_refused_change_not_recorded);
  ADD ("/history/change-many", test_change_many);
  ADD ("/history/change-many/take-off", test_change_many_take_off);
  ADD ("/history/change-many/fails-whole", test_change_many_fails_whole);
  ADD ("/history/change-many/nested", test_change_many_nested);

  return g_test_run ();
}
