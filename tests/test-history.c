/* test-history.c: undo and redo of rota changes, exactly, through the store
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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/history/undo-redo-one", test_undo_redo_one);
  ADD ("/history/undo-series", test_undo_series);
  ADD ("/history/refused", test_refused_change_not_recorded);

  return g_test_run ();
}
