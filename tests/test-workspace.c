/* test-workspace.c: the live models, their exact changes, and rules checked inside the write
 *
 * The scene, the week of Saturday 5 December 2026: Bedford library (Castle, 10:00–13:00),
 * Luton Town Centre (Luton South, 10:00–14:00) and Ampthill (Castle, 14:00–16:00), one
 * officer each and nobody on them yet. PC1 and PC3 (Castle) are on duty 08:00–16:00; Lee
 * Carter (SC1) has no beat and no duty.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libglib-testing/signal-logger.h>

#include "hubrota-core.h"
#include "test-util.h"

#define SATURDAY "2026-12-05"

typedef struct
{
  char *dir;
  char *path;
  HubrotaStore *store;
  HubrotaWorkspace *workspace;
  GListModel *statuses;
  GListModel *findings;
  GtSignalLogger *logger;
} Fixture;

static void
add_duty (HubrotaStore *store,
          const char   *officer)
{
  g_autoptr(GDateTime) start = test_util_local (SATURDAY "T08:00");
  g_autoptr(HubrotaDuty) duty = hubrota_duty_new (officer, start, 8 * 60, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hubrota_store_add_duty (store, duty, &error), >, 0);
  g_assert_no_error (error);
}

static void
build_scene (HubrotaStore *store)
{
  test_util_add_beat (store, "castle", "Castle");
  test_util_add_beat (store, "luton-south", "Luton South");
  test_util_add_hub (store, "bedford", "Bedford", "castle");
  test_util_add_hub (store, "luton", "Luton", "luton-south");
  test_util_add_hub (store, "ampthill", "Ampthill", "castle");
  test_util_add_series_at (store, "bedford", SATURDAY "T10:00", 180, "FREQ=WEEKLY;BYDAY=SA", 1);
  test_util_add_series_at (store, "luton", SATURDAY "T10:00", 240, "FREQ=WEEKLY;BYDAY=SA", 1);
  test_util_add_series_at (store, "ampthill", SATURDAY "T14:00", 120, "FREQ=WEEKLY;BYDAY=SA", 1);
  test_util_add_officer (store, "PC1", "Asha Rahman", HUBROTA_ROLE_PC, "castle", 40);
  test_util_add_officer (store, "PC3", "Tom Hughes", HUBROTA_ROLE_PC, "castle", 40);
  test_util_add_officer (store, "SC1", "Lee Carter", HUBROTA_ROLE_SC, NULL, 0);
  add_duty (store, "PC1");
  add_duty (store, "PC3");
}

static void
load_week (Fixture    *f,
           const char *monday,
           const char *sunday)
{
  g_autoptr(GDate) from = test_util_date (monday);
  g_autoptr(GDate) to = test_util_date (sunday);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_workspace_load (f->workspace, from, to, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = test_util_create_temp_store ("hubrota-workspace-XXXXXX", &f->dir, &f->path);
  build_scene (f->store);
  f->workspace = hubrota_workspace_new (f->store);
  load_week (f, "2026-11-30", "2026-12-06");
  f->statuses = hubrota_workspace_get_statuses (f->workspace);
  f->findings = hubrota_workspace_get_findings (f->workspace);
  f->logger = gt_signal_logger_new ();
  gt_signal_logger_connect (f->logger, f->statuses, "items-changed");
  gt_signal_logger_connect (f->logger, f->findings, "items-changed");
  gt_signal_logger_connect (f->logger, f->workspace, "notify::rota");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->logger, gt_signal_logger_free);
  g_clear_object (&f->workspace);
  test_util_remove_temp_store (&f->store, &f->dir, &f->path);
}

static void
assert_items_changed (Fixture    *f,
                      GListModel *model,
                      guint       position,
                      guint       removed,
                      guint       added)
{
  guint seen_position = 0, seen_removed = 0, seen_added = 0;

  gt_signal_logger_assert_emission_pop (f->logger, model, "items-changed", &seen_position,
                                        &seen_removed, &seen_added);
  g_assert_cmpuint (seen_position, ==, position);
  g_assert_cmpuint (seen_removed, ==, removed);
  g_assert_cmpuint (seen_added, ==, added);
}

static HubrotaOpeningStatus *
status_at (Fixture *f,
           guint    position)
{
  g_autoptr(HubrotaOpeningStatus) status = g_list_model_get_item (f->statuses, position);

  g_assert_nonnull (status);
  return status;  /* the model holds it */
}

static const char *
hub_at (Fixture *f,
        guint    position)
{
  return hubrota_occurrence_get_hub (hubrota_opening_status_get_occurrence (status_at (f, position)));
}

/* "bedford:staffed:PC1 luton:warning: …": every opening's hub, level and officers. */
static char *
describe_statuses (Fixture *f)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (f->statuses); i++)
    {
      HubrotaOpeningStatus *status = status_at (f, i);
      GPtrArray *assigned = hubrota_occurrence_get_assigned (hubrota_opening_status_get_occurrence (status));

      g_string_append_printf (text, "%s%s:%s:", i > 0 ? " " : "", hub_at (f, i),
                              hubrota_status_level_to_string (hubrota_opening_status_get_level (status)));
      for (guint j = 0; j < assigned->len; j++)
        g_string_append_printf (text, "%s%s", j > 0 ? "," : "", (char *) g_ptr_array_index (assigned, j));
    }
  return g_string_free (text, FALSE);
}

/* "understaffed@bedford off-duty@luton …", in the model's order. */
static char *
describe_findings (Fixture *f)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (f->findings); i++)
    {
      g_autoptr(HubrotaFinding) finding = g_list_model_get_item (f->findings, i);
      g_string_append_printf (text, "%s%s@%s", i > 0 ? " " : "",
                              hubrota_rule_to_string (hubrota_finding_get_rule (finding)),
                              hubrota_finding_get_hub (finding));
    }
  return g_string_free (text, FALSE);
}

static HubrotaOccurrence *
opening_of (Fixture    *f,
            const char *hub)
{
  for (guint i = 0; i < g_list_model_get_n_items (f->statuses); i++)
    if (g_str_equal (hub_at (f, i), hub))
      return hubrota_opening_status_get_occurrence (status_at (f, i));
  g_assert_not_reached ();
}

static void
change (Fixture    *f,
        const char *officer,
        const char *hub,
        gboolean    assign)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  g_assert_true (hubrota_workspace_change (f->workspace, officer, opening_of (f, hub), FALSE,
                                           assign, FALSE, &findings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hubrota_findings_count_errors (findings), ==, 0);
}

static void
assert_statuses (Fixture    *f,
                 const char *expected)
{
  g_autofree char *statuses = describe_statuses (f);

  g_assert_cmpstr (statuses, ==, expected);
}

static void
assert_findings (Fixture    *f,
                 const char *expected)
{
  g_autofree char *findings = describe_findings (f);

  g_assert_cmpstr (findings, ==, expected);
}

static void
test_loaded (Fixture       *f,
             gconstpointer  data)
{
  assert_statuses (f, "bedford:warning: luton:warning: ampthill:warning:");
  assert_findings (f, "understaffed@bedford understaffed@luton understaffed@ampthill");
}

/* One officer on one opening: that opening's status and its understaffed finding, nothing
 * else, and the same rota object, changed in place. */
static void
test_assign_changes_one_row (Fixture       *f,
                             gconstpointer  data)
{
  HubrotaRota *rota = hubrota_workspace_get_rota (f->workspace);

  change (f, "PC1", "bedford", TRUE);

  assert_items_changed (f, f->findings, 0, 1, 0);
  assert_items_changed (f, f->statuses, 0, 1, 1);
  gt_signal_logger_assert_no_emissions (f->logger);
  g_assert_true (hubrota_workspace_get_rota (f->workspace) == rota);
  assert_statuses (f, "bedford:staffed:PC1 luton:warning: ampthill:warning:");
  assert_findings (f, "understaffed@luton understaffed@ampthill");
}

/* Taking a step back and forth touches the same rows each time. */
static void
test_undo_and_redo (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  change (f, "PC3", "ampthill", TRUE);
  assert_items_changed (f, f->findings, 2, 1, 0);
  assert_items_changed (f, f->statuses, 2, 1, 1);

  g_assert_true (hubrota_workspace_undo (f->workspace, &error));
  g_assert_no_error (error);
  assert_items_changed (f, f->findings, 2, 0, 1);
  assert_items_changed (f, f->statuses, 2, 1, 1);
  assert_statuses (f, "bedford:warning: luton:warning: ampthill:warning:");

  g_assert_true (hubrota_workspace_redo (f->workspace, &error));
  g_assert_no_error (error);
  assert_items_changed (f, f->findings, 2, 1, 0);
  assert_items_changed (f, f->statuses, 2, 1, 1);
  gt_signal_logger_assert_no_emissions (f->logger);
  assert_statuses (f, "bedford:warning: luton:warning: ampthill:staffed:PC3");
}

static guint
count_stored (HubrotaStore *store,
              const char   *hub)
{
  g_autoptr(HubrotaOccurrence) occurrence = test_util_find_occurrence (store, hub, SATURDAY);

  return hubrota_occurrence_get_assigned (occurrence)->len;
}

static HubrotaFinding *
first_error (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    if (hubrota_finding_get_severity (g_ptr_array_index (findings, i)) == HUBROTA_SEVERITY_ERROR)
      return g_ptr_array_index (findings, i);
  g_assert_not_reached ();
}

/* PC1 on Bedford, then on Luton at the same time: refused with nothing stored and no model
 * touched, and stored when forced. */
static void
test_refused_inside_the_transaction (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  change (f, "PC1", "bedford", TRUE);
  assert_items_changed (f, f->findings, 0, 1, 0);
  assert_items_changed (f, f->statuses, 0, 1, 1);

  g_assert_false (hubrota_workspace_change (f->workspace, "PC1", opening_of (f, "luton"), FALSE,
                                            TRUE, FALSE, &findings, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_REFUSED);
  g_assert_cmpstr (error->message, ==, "refused: it would cause 1 error; nothing was stored");
  g_assert_cmpuint (hubrota_findings_count_errors (findings), ==, 1);
  g_assert_cmpstr (hubrota_rule_to_string (hubrota_finding_get_rule (first_error (findings))), ==,
                   "double-booked");
  g_assert_cmpuint (count_stored (f->store, "luton"), ==, 0);
  g_assert_cmpstr (hubrota_history_get_undo_label (hubrota_workspace_get_history (f->workspace)),
                   ==, "Put Asha Rahman on Bedford, Sat 5 Dec 10:00");
  gt_signal_logger_assert_no_emissions (f->logger);

  g_clear_pointer (&findings, g_ptr_array_unref);
  g_clear_error (&error);
  g_assert_true (hubrota_workspace_change (f->workspace, "PC1", opening_of (f, "luton"), FALSE,
                                           TRUE, TRUE, &findings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hubrota_findings_count_errors (findings), ==, 1);
  g_assert_cmpuint (count_stored (f->store, "luton"), ==, 1);
  assert_statuses (f, "bedford:error:PC1 luton:error:PC1 ampthill:warning:");
}

/* Another process puts PC1 on Luton after the workspace read the week: the workspace sees
 * the store has moved on, reads it again inside its write lock, and refuses the double
 * booking its own copy knew nothing of. */
static void
test_another_writer_is_seen (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(HubrotaStore) other = hubrota_store_open (f->path, HUBROTA_STORE_OPEN_DEFAULT, &error);
  g_autoptr(HubrotaOccurrence) luton = test_util_find_occurrence (other, "luton", SATURDAY);
  HubrotaRota *rota = hubrota_workspace_get_rota (f->workspace);

  g_assert_no_error (error);
  g_assert_true (hubrota_store_assign (other, "PC1", luton, FALSE, &error));
  g_assert_no_error (error);

  g_assert_false (hubrota_workspace_change (f->workspace, "PC1", opening_of (f, "bedford"), FALSE,
                                            TRUE, FALSE, &findings, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_REFUSED);
  g_assert_cmpuint (count_stored (f->store, "bedford"), ==, 0);
  /* Read again: the rota is a new object, and Luton has PC1 (away from Castle, so over the
   * abstraction limit). */
  g_assert_false (hubrota_workspace_get_rota (f->workspace) == rota);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->workspace, "rota");
  assert_statuses (f, "bedford:warning: luton:warning:PC1 ampthill:warning:");
}

/* Two threads, each with its own connection and workspace on the one file, put PC1 on Bedford
 * and on Luton (both at 10:00) at the same moment, again and again: exactly one of them
 * succeeds each time, the other is refused for the double booking, and the stored rota never
 * holds both. */
/* Both threads wait here until both are ready, so their transactions start together. */
typedef struct
{
  GMutex mutex;
  GCond  cond;
  guint  waiting;
} Start;

static void
start_together (Start *start)
{
  g_mutex_lock (&start->mutex);
  if (++start->waiting == 2)
    g_cond_broadcast (&start->cond);
  while (start->waiting < 2)
    g_cond_wait (&start->cond, &start->mutex);
  g_mutex_unlock (&start->mutex);
}

typedef struct
{
  const char *path;
  const char *hub;
  Start      *start;
  gboolean    stored;
  GError     *error;
} Writer;

static gpointer
write_in_thread (gpointer data)
{
  Writer *writer = data;
  g_autoptr(HubrotaStore) store = hubrota_store_open (writer->path, HUBROTA_STORE_OPEN_DEFAULT,
                                                      &writer->error);
  g_autoptr(HubrotaWorkspace) workspace = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;

  g_assert_nonnull (store);
  workspace = hubrota_workspace_new (store);
  opening = test_util_find_occurrence (store, writer->hub, SATURDAY);
  start_together (writer->start);
  writer->stored = hubrota_workspace_change (workspace, "PC1", opening, FALSE, TRUE, FALSE, NULL,
                                             &writer->error);
  return NULL;
}

#define RACES 30

static void
test_two_writers (Fixture       *f,
                  gconstpointer  data)
{
  for (guint race = 0; race < RACES; race++)
    {
      Start start = { .waiting = 0 };
      Writer writers[2] = {
        { f->path, "bedford", &start, FALSE, NULL },
        { f->path, "luton", &start, FALSE, NULL },
      };
      GThread *threads[2];
      Writer *refused;

      g_mutex_init (&start.mutex);
      g_cond_init (&start.cond);
      for (guint i = 0; i < 2; i++)
        threads[i] = g_thread_new ("writer", write_in_thread, &writers[i]);
      for (guint i = 0; i < 2; i++)
        g_thread_join (threads[i]);
      g_mutex_clear (&start.mutex);
      g_cond_clear (&start.cond);
      g_assert_cmpint (writers[0].stored + writers[1].stored, ==, 1);
      refused = writers[0].stored ? &writers[1] : &writers[0];
      g_assert_error (refused->error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_REFUSED);
      g_clear_error (&refused->error);
      g_assert_cmpuint (count_stored (f->store, "bedford") + count_stored (f->store, "luton"), ==, 1);

      /* Back to nobody on either, for the next race. */
      for (guint i = 0; i < 2; i++)
        if (writers[i].stored)
          {
            g_autoptr(HubrotaOccurrence) opening = test_util_find_occurrence (f->store, writers[i].hub,
                                                                             SATURDAY);
            g_autoptr(GError) error = NULL;
            g_assert_true (hubrota_store_unassign (f->store, "PC1", opening, FALSE, &error));
            g_assert_no_error (error);
          }
    }
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GError **error = user_data;

  hubrota_workspace_load_finish (HUBROTA_WORKSPACE (source), result, error);
}

static void
wait_for_read (Fixture *f)
{
  while (hubrota_workspace_get_loading (f->workspace))
    g_main_context_iteration (NULL, TRUE);
}

/* A cancelled opening is read again in a thread; only its row changes. */
static void
test_cancel_rereads (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_workspace_cancel (f->workspace, opening_of (f, "ampthill"), "Flooded",
                                           &error));
  g_assert_no_error (error);
  g_assert_true (hubrota_workspace_get_loading (f->workspace));
  wait_for_read (f);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->workspace, "rota");
  assert_items_changed (f, f->findings, 2, 1, 0);
  assert_items_changed (f, f->statuses, 2, 1, 1);
  gt_signal_logger_assert_no_emissions (f->logger);
  assert_statuses (f, "bedford:warning: luton:warning: ampthill:cancelled:");
}

/* A newer read cancels an older one: only the newest period lands. */
static void
test_newer_read_wins (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDate) monday = test_util_date ("2026-12-07");
  g_autoptr(GDate) sunday = test_util_date ("2026-12-13");
  g_autoptr(GDate) later_monday = test_util_date ("2026-12-14");
  g_autoptr(GDate) later_sunday = test_util_date ("2026-12-20");
  g_autoptr(GError) first_error = NULL;
  g_autoptr(GError) second_error = NULL;
  GDate first, last;

  hubrota_workspace_load_async (f->workspace, monday, sunday, on_loaded, &first_error);
  hubrota_workspace_load_async (f->workspace, later_monday, later_sunday, on_loaded, &second_error);
  wait_for_read (f);
  while (first_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (first_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_no_error (second_error);
  g_assert_true (hubrota_workspace_get_period (f->workspace, &first, &last));
  g_assert_cmpint (g_date_compare (&first, later_monday), ==, 0);
  g_assert_cmpint (g_date_compare (&last, later_sunday), ==, 0);
  /* Every opening is another one: one change of the whole list. */
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->workspace, "rota");
  assert_items_changed (f, f->findings, 0, 3, 3);
  assert_items_changed (f, f->statuses, 0, 3, 3);
  gt_signal_logger_assert_no_emissions (f->logger);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/workspace/loaded", test_loaded);
  ADD ("/workspace/assign-changes-one-row", test_assign_changes_one_row);
  ADD ("/workspace/undo-and-redo", test_undo_and_redo);
  ADD ("/workspace/refused-inside-the-transaction", test_refused_inside_the_transaction);
  ADD ("/workspace/another-writer-is-seen", test_another_writer_is_seen);
  ADD ("/workspace/two-writers", test_two_writers);
  ADD ("/workspace/cancel-rereads", test_cancel_rereads);
  ADD ("/workspace/newer-read-wins", test_newer_read_wins);
#undef ADD

  return g_test_run ();
}
