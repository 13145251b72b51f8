/* test-officers.c: editing officers, removing their duty and absences, importing big files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hubrota-core.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
  HubrotaStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = test_util_create_temp_store ("hubrota-officers-XXXXXX", &f->dir, &f->path);
  test_util_add_beat (f->store, "castle", "Castle, Bedford");
  test_util_add_beat (f->store, "kempston", "Kempston");
  test_util_add_officer (f->store, "PC1234", "Grace Okafor", HUBROTA_ROLE_PC, "castle", 40);
  test_util_add_officer (f->store, "PCSO77", "Sam Patel", HUBROTA_ROLE_PCSO, NULL, 37.5);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_util_remove_temp_store (&f->store, &f->dir, &f->path);
}

static void
test_update (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOfficer) changed = hubrota_officer_new ("PC1234", "Grace Okafor-Smith",
                                                           HUBROTA_ROLE_SGT, "kempston", 37.5);
  g_autoptr(HubrotaOfficer) no_beat = hubrota_officer_new ("PC1234", "Grace Okafor-Smith",
                                                           HUBROTA_ROLE_SGT, NULL, 0);

  g_assert_true (hubrota_store_update_officer (f->store, changed, &error));
  g_assert_no_error (error);
  test_util_assert_officer (f->store, "PC1234", "Grace Okafor-Smith", HUBROTA_ROLE_SGT,
                            "kempston", 37.5);
  /* The other officer is untouched. */
  test_util_assert_officer (f->store, "PCSO77", "Sam Patel", HUBROTA_ROLE_PCSO, NULL, 37.5);

  g_assert_true (hubrota_store_update_officer (f->store, no_beat, &error));
  g_assert_no_error (error);
  test_util_assert_officer (f->store, "PC1234", "Grace Okafor-Smith", HUBROTA_ROLE_SGT, NULL, 0);
  g_assert_cmpuint (test_util_count_officers (f->store), ==, 2);
}

typedef struct
{
  const char *id;
  const char *name;
  const char *beat;
  double hours;
  int code;
  const char *message;
} BadUpdate;

static void
test_update_rejected (Fixture *f, gconstpointer data)
{
  const BadUpdate cases[] = {
    { "PC1234", "Grace", "castle", 200, HUBROTA_STORE_ERROR_INVALID,
      "weekly hours must be between 0 and 168" },
    { "PC1234", "Grace", "castle", -1, HUBROTA_STORE_ERROR_INVALID,
      "weekly hours must be between 0 and 168" },
    { "PC1234", "  ", "castle", 40, HUBROTA_STORE_ERROR_INVALID,
      "the officer ‘PC1234’ needs a name" },
    { "PC1234", "Grace\nOkafor", "castle", 40, HUBROTA_STORE_ERROR_INVALID,
      "the name of the officer ‘PC1234’ must be one line, with no tabs or line breaks" },
    { "PC1234", "Grace", "nowhere", 40, HUBROTA_STORE_ERROR_NOT_FOUND, "unknown beat ‘nowhere’" },
    { "PC9999", "Nobody", "castle", 40, HUBROTA_STORE_ERROR_NOT_FOUND,
      "unknown officer ‘PC9999’" },
    { "PC 1234", "Grace", "castle", 40, HUBROTA_STORE_ERROR_INVALID,
      "the collar number ‘PC 1234’ may hold only letters and digits" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HubrotaOfficer) officer = hubrota_officer_new (cases[i].id, cases[i].name,
                                                               HUBROTA_ROLE_VOL, cases[i].beat,
                                                               cases[i].hours);

      g_assert_false (hubrota_store_update_officer (f->store, officer, &error));
      g_assert_error (error, HUBROTA_STORE_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      test_util_assert_officer (f->store, "PC1234", "Grace Okafor", HUBROTA_ROLE_PC, "castle", 40);
      test_util_assert_officer (f->store, "PCSO77", "Sam Patel", HUBROTA_ROLE_PCSO, NULL, 37.5);
      g_assert_cmpuint (test_util_count_officers (f->store), ==, 2);
    }
}

static gint64
add_duty (HubrotaStore *store, const char *officer, const char *start, const char *rrule)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = hubrota_london_parse_datetime (start, NULL);
  g_autoptr(HubrotaDuty) duty = hubrota_duty_new (officer, when, 480, rrule);
  gint64 id = hubrota_store_add_duty (store, duty, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (hubrota_duty_get_id (duty), ==, id);
  return id;
}

static gint64
add_absence (HubrotaStore *store, const char *officer, const char *from, const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = hubrota_london_parse_datetime (from, NULL);
  g_autoptr(GDateTime) end = hubrota_london_parse_datetime (to, NULL);
  g_autoptr(HubrotaAbsence) absence = hubrota_absence_new (officer, start, end, "Annual leave");
  gint64 id = hubrota_store_add_absence (store, absence, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The ids of the officer's duty periods (or absences), in the store's order. */
static char *
list_ids (HubrotaStore *store, const char *officer, gboolean absences)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = absences ? hubrota_store_list_absences (store, officer, &error)
                                        : hubrota_store_list_duties (store, officer, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      gint64 id = absences ? hubrota_absence_get_id (g_ptr_array_index (items, i))
                           : hubrota_duty_get_id (g_ptr_array_index (items, i));
      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", id);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_ids (HubrotaStore *store, const char *officer, gboolean absences, const char *expected)
{
  g_autofree char *ids = list_ids (store, officer, absences);

  g_assert_cmpstr (ids, ==, expected);
}

static void
test_remove_duty (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  gint64 first = add_duty (f->store, "PC1234", "2026-11-02T08:00", "FREQ=WEEKLY;BYDAY=MO,TU");
  gint64 second = add_duty (f->store, "PC1234", "2026-11-04T08:00", NULL);
  gint64 other = add_duty (f->store, "PCSO77", "2026-11-02T10:00", "FREQ=DAILY");

  g_assert_true (hubrota_store_remove_duty (f->store, first, &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, second);
  assert_ids (f->store, "PC1234", FALSE, expected);
  g_free (expected);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, other);
  assert_ids (f->store, "PCSO77", FALSE, expected);

  /* Gone already, or never there: an error, and nothing else goes. */
  g_assert_false (hubrota_store_remove_duty (f->store, first, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (strstr (error->message, "there is no duty period"), ==, error->message);
  g_clear_error (&error);
  g_assert_false (hubrota_store_remove_duty (f->store, 9999, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "there is no duty period 9999");
  g_clear_error (&error);

  g_assert_true (hubrota_store_remove_duty (f->store, second, &error));
  g_assert_no_error (error);
  assert_ids (f->store, "PC1234", FALSE, "");
  assert_ids (f->store, "PCSO77", FALSE, expected);
}

static void
test_remove_absence (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  gint64 first = add_absence (f->store, "PC1234", "2026-12-07T00:00", "2026-12-12T00:00");
  gint64 second = add_absence (f->store, "PC1234", "2026-12-20T00:00", "2026-12-28T00:00");

  g_assert_true (hubrota_store_remove_absence (f->store, second, &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, first);
  assert_ids (f->store, "PC1234", TRUE, expected);

  g_assert_false (hubrota_store_remove_absence (f->store, second, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_autofree char *message = g_strdup_printf ("there is no absence %" G_GINT64_FORMAT, second);
  g_assert_cmpstr (error->message, ==, message);
  assert_ids (f->store, "PC1234", TRUE, expected);
}

/* id,name,role,beat,weekly_hours and n rows IMP1…IMPn; row bad_line (a file line number,
 * the header being line 1) gets an unknown role when it is not 0. */
static char *
generate_csv (guint n, guint bad_line)
{
  GString *csv = g_string_new ("id,name,role,beat,weekly_hours\r\n");

  for (guint i = 1; i <= n; i++)
    g_string_append_printf (csv, "IMP%u,\"Officer %u, Imported\",%s,%s,%u\r\n", i, i,
                            i + 1 == bad_line ? "Constable" : (i % 2 ? "PC" : "PCSO"),
                            i % 3 ? "castle" : "", 20 + i % 20);
  return g_string_free (csv, FALSE);
}

typedef struct
{
  guint calls;
  guint last_done;
  guint total;
  gboolean monotonic;
} Progress;

static void
record_progress (guint done, guint total, gpointer user_data)
{
  Progress *progress = user_data;

  if (progress->calls > 0 && (done <= progress->last_done || total != progress->total))
    progress->monotonic = FALSE;
  progress->calls++;
  progress->last_done = done;
  progress->total = total;
}

static void
test_import_progress (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = generate_csv (5000, 0);
  Progress progress = { 0, 0, 0, TRUE };
  guint imported = 0;

  g_assert_true (hubrota_store_import_officers_full (f->store, csv, strlen (csv), record_progress,
                                                     &progress, &imported, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (imported, ==, 5000);
  g_assert_cmpuint (progress.total, ==, 5000);
  g_assert_cmpuint (progress.last_done, ==, 5000);
  g_assert_cmpuint (progress.calls, ==, 5000);
  g_assert_true (progress.monotonic);
  g_assert_cmpuint (test_util_count_officers (f->store), ==, 5002);
  test_util_assert_officer (f->store, "IMP3000", "Officer 3000, Imported", HUBROTA_ROLE_PCSO,
                            NULL, 20);
  test_util_assert_officer (f->store, "IMP4999", "Officer 4999, Imported", HUBROTA_ROLE_PC,
                            "castle", 39);
}

static void
test_import_bad_row (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = generate_csv (5000, 3000);
  Progress progress = { 0, 0, 0, TRUE };
  guint imported = 77;

  g_assert_false (hubrota_store_import_officers_full (f->store, csv, strlen (csv),
                                                      record_progress, &progress, &imported,
                                                      &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "nothing was imported: 1 row is wrong\n"
                   "line 3000: ‘Constable’ is not a role (PC, PCSO, SC, SGT or VOL)");
  g_assert_cmpuint (imported, ==, 77);
  /* Every row was still checked, so the report is complete. */
  g_assert_cmpuint (progress.last_done, ==, 5000);
  g_assert_true (progress.monotonic);
  g_assert_cmpuint (test_util_count_officers (f->store), ==, 2);
}

typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
  Progress progress;
  GThread *main_thread;
  gboolean wrong_thread;
} AsyncImport;

static void
record_progress_async (guint done, guint total, gpointer user_data)
{
  AsyncImport *import = user_data;

  if (g_thread_self () != import->main_thread)
    import->wrong_thread = TRUE;
  record_progress (done, total, &import->progress);
}

static void
import_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  AsyncImport *import = user_data;

  import->result = g_object_ref (result);
  g_main_loop_quit (import->loop);
}

static void
run_async_import (Fixture *f, const char *csv, AsyncImport *import)
{
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));

  import->loop = g_main_loop_new (NULL, FALSE);
  import->progress.monotonic = TRUE;
  import->main_thread = g_thread_self ();
  hubrota_officer_import_async (f->path, bytes, NULL, record_progress_async, import,
                                import_done_cb, import);
  g_main_loop_run (import->loop);
  g_main_loop_unref (import->loop);
}

static void
test_import_async (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = generate_csv (5000, 0);
  AsyncImport import = { 0 };
  guint imported = 0;

  run_async_import (f, csv, &import);
  g_assert_true (hubrota_officer_import_finish (import.result, &imported, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (imported, ==, 5000);
  g_assert_false (import.wrong_thread);
  g_assert_true (import.progress.monotonic);
  g_assert_cmpuint (import.progress.last_done, ==, 5000);
  g_assert_cmpuint (import.progress.total, ==, 5000);
  /* Throttled: every 50 rows (1%), not every row. */
  g_assert_cmpuint (import.progress.calls, ==, 100);
  g_clear_object (&import.result);
  /* The window's own connection sees what the worker's connection wrote. */
  g_assert_cmpuint (test_util_count_officers (f->store), ==, 5002);
}

static void
test_import_async_bad_row (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = generate_csv (5000, 3000);
  AsyncImport import = { 0 };
  guint imported = 5;

  run_async_import (f, csv, &import);
  g_assert_false (hubrota_officer_import_finish (import.result, &imported, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "\nline 3000: ‘Constable’ is not a role"));
  g_assert_cmpuint (imported, ==, 5);
  g_clear_object (&import.result);
  g_assert_cmpuint (test_util_count_officers (f->store), ==, 2);
}

/* A real import's report, split into rows: the quoted role with a line break in it stays in
 * its row, as a space. */
static void
test_import_report_split (Fixture       *f,
                          gconstpointer  data)
{
  const char *csv = "id,name,role,beat,weekly_hours\n"
                    "PC2,Bo,\"Ser\ngeant\",,37.5\n"
                    "PC3,Cy,PC,,-1\n";
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = NULL;
  guint imported = 0;

  g_assert_false (hubrota_store_import_officers (f->store, csv, strlen (csv), &imported, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  parts = hubrota_import_report_split (error->message);
  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  g_assert_cmpstr (parts[0], ==, "nothing was imported: 2 rows are wrong");
  g_assert_cmpstr (parts[1], ==, "line 2: ‘Ser geant’ is not a role (PC, PCSO, SC, SGT or VOL)");
  g_assert_cmpstr (parts[2], ==, "line 4: weekly hours ‘-1’ is not a number");
  g_assert_cmpuint (imported, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/officers/update", test_update);
  ADD ("/officers/update-rejected", test_update_rejected);
  ADD ("/officers/remove-duty", test_remove_duty);
  ADD ("/officers/remove-absence", test_remove_absence);
  ADD ("/officers/import/progress", test_import_progress);
  ADD ("/officers/import/bad-row", test_import_bad_row);
  ADD ("/officers/import/async", test_import_async);
  ADD ("/officers/import/async-bad-row", test_import_async_bad_row);
  ADD ("/officers/import/report-split", test_import_report_split);
#undef ADD

  return g_test_run ();
}
