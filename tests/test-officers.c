/* test-officers.c: editing officers, removing their duty and absences, importing big files,
 * rotating rosters (stored, edited and expanded across the clock changes) and leavers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hubrota-core.h"
#include "hubrota-rota-private.h"
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

/* Rosters */

/* E, L and N as a force writes them: 07:00, 14:00 and 22:00, ten hours each. */
static int
shift_start (char code)
{
  return code == 'E' ? 7 * 60 : code == 'L' ? 14 * 60 : 22 * 60;
}

/* A roster from "EELLNNRRRR": one letter a day, R for rest. */
static HubrotaDuty *
roster (const char *officer, const char *first_day, const char *days)
{
  g_autoptr(GDate) first = test_util_date (first_day);
  HubrotaDuty *duty = hubrota_duty_new_roster (officer, first, (guint) strlen (days));

  for (guint i = 0; days[i] != '\0'; i++)
    if (days[i] != 'R')
      hubrota_duty_set_roster_shift (duty, i, shift_start (days[i]), 10 * 60);
  return duty;
}

static char *
format_instant (gint64 t)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, hubrota_london_tz ());

  return g_date_time_format (local, "%Y-%m-%dT%H:%M%:z");
}

/* "2027-03-27T22:00+00:00/2027-03-28T08:00+01:00,…" */
static char *
format_shifts (GArray *shifts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < shifts->len; i++)
    {
      HubrotaInterval *shift = &g_array_index (shifts, HubrotaInterval, i);
      g_autofree char *start = format_instant (shift->start);
      g_autofree char *end = format_instant (shift->end);

      g_string_append_printf (text, "%s%s/%s", i > 0 ? "," : "", start, end);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
expand (HubrotaDuty *duty, const char *from, const char *to)
{
  g_autoptr(GDate) first = test_util_date (from);
  g_autoptr(GDate) last = test_util_date (to);
  g_autoptr(GArray) shifts = hubrota_intervals_new ();

  hubrota_duty_expand_roster (duty, first, last, shifts);
  return format_shifts (shifts);
}

/* A night each Saturday across both 2027 clock changes: 22:00 to 08:00 local every time, so
 * 9 h on 27 March and 11 h on 30 October. */
static void
test_roster_clock_changes (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaDuty) nights = roster ("PC1234", "2027-03-20", "NRRRRRR");
  g_autoptr(HubrotaDuty) response = roster ("PC1234", "2027-03-23", "EELLNNRRRR");
  g_autofree char *spring = expand (nights, "2027-03-21", "2027-04-04");
  g_autofree char *autumn = expand (nights, "2027-10-23", "2027-11-06");
  g_autofree char *cycle = expand (response, "2027-03-22", "2027-04-03");

  g_assert_cmpstr (spring, ==,
                   "2027-03-27T22:00+00:00/2027-03-28T08:00+01:00,"
                   "2027-04-03T22:00+01:00/2027-04-04T08:00+01:00");
  g_assert_cmpstr (autumn, ==,
                   "2027-10-23T22:00+01:00/2027-10-24T08:00+01:00,"
                   "2027-10-30T22:00+01:00/2027-10-31T08:00+00:00,"
                   "2027-11-06T22:00+00:00/2027-11-07T08:00+00:00");
  /* Nothing before day 0; the cycle starts again on 2 April. */
  g_assert_cmpstr (cycle, ==,
                   "2027-03-23T07:00+00:00/2027-03-23T17:00+00:00,"
                   "2027-03-24T07:00+00:00/2027-03-24T17:00+00:00,"
                   "2027-03-25T14:00+00:00/2027-03-26T00:00+00:00,"
                   "2027-03-26T14:00+00:00/2027-03-27T00:00+00:00,"
                   "2027-03-27T22:00+00:00/2027-03-28T08:00+01:00,"
                   "2027-03-28T22:00+01:00/2027-03-29T08:00+01:00,"
                   "2027-04-02T07:00+01:00/2027-04-02T17:00+01:00,"
                   "2027-04-03T07:00+01:00/2027-04-03T17:00+01:00");
}

/* A start in the spring gap is the first minute after it (02:00 BST), as GLib moves every
 * stored local time; one in the autumn's repeated hour is the GMT one. */
static void
test_roster_gap (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) first = test_util_date ("2027-03-27");
  g_autoptr(HubrotaDuty) early = hubrota_duty_new_roster ("PC1234", first, 1);
  g_autofree char *spring = NULL;
  g_autofree char *autumn = NULL;

  hubrota_duty_set_roster_shift (early, 0, 90, 120);
  spring = expand (early, "2027-03-27", "2027-03-29");
  autumn = expand (early, "2027-10-31", "2027-10-31");
  g_assert_cmpstr (spring, ==,
                   "2027-03-27T01:30+00:00/2027-03-27T03:30+00:00,"
                   "2027-03-28T02:00+01:00/2027-03-28T03:30+01:00,"
                   "2027-03-29T01:30+01:00/2027-03-29T03:30+01:00");
  g_assert_cmpstr (autumn, ==, "2027-10-31T01:30+00:00/2027-10-31T03:30+00:00");
}

/* The rota's day arithmetic gives exactly what the roster gives through GLib, over a year
 * with both clock changes in it. */
static void
test_roster_rota_year (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaDuty) response = roster ("PC1234", "2026-12-07", "EELLNNRRRR");
  g_autoptr(HubrotaDuty) nights = roster ("PCSO77", "2027-03-20", "NRRRRRR");
  g_autoptr(GDate) from = test_util_date ("2027-01-01");
  g_autoptr(GDate) to = test_util_date ("2027-12-31");
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaDuty *duties[] = { response, nights };
  GDate first, last;

  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    g_assert_cmpint (hubrota_store_add_duty (f->store, duties[i], &error), >, 0);
  rota = hubrota_rota_load (f->store, from, to, &error);
  g_assert_no_error (error);
  _hubrota_rota_get_loaded_days (rota, &first, &last);
  g_date_subtract_days (&first, 1);
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    {
      int index = _hubrota_rota_officer_index (rota, hubrota_duty_get_officer (duties[i]));
      g_autoptr(GArray) expected = hubrota_intervals_new ();
      g_autofree char *want = NULL;
      g_autofree char *got = NULL;

      hubrota_duty_expand_roster (duties[i], &first, &last, expected);
      hubrota_intervals_normalise (expected);
      want = format_shifts (expected);
      got = format_shifts (OFFICER (rota, index)->duty);
      g_assert_cmpstr (got, ==, want);
      /* 6 shifts in 10 days, 1 in 7, over the days loaded. */
      g_assert_cmpuint (expected->len, >, i == 0 ? 220 : 40);
    }
  {
    g_autofree char *all = format_shifts (OFFICER (rota, 1)->duty);
    g_assert_nonnull (strstr (all, "2027-10-30T22:00+01:00/2027-10-31T08:00+00:00"));
  }
}

static char *
describe_stored (HubrotaStore *store, gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaDuty) duty = hubrota_store_get_duty (store, id, &error);
  g_autofree char *start = NULL;

  g_assert_no_error (error);
  if (!hubrota_duty_is_roster (duty))
    {
      start = hubrota_london_format_local (hubrota_duty_get_start (duty));
      return g_strdup_printf ("%s %d %s", start, hubrota_duty_get_duration_minutes (duty),
                              hubrota_duty_get_rrule (duty));
    }
  return hubrota_duty_describe_roster (duty);
}

/* Stored, read back, edited from a roster to an RRULE pattern and back, refused when wrong. */
static void
test_roster_store (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaDuty) response = roster ("PC1234", "2027-03-23", "EELLNNRRRR");
  g_autoptr(HubrotaDuty) rest = roster ("PC1234", "2027-03-23", "RRR");
  g_autoptr(GDateTime) start = test_util_local ("2027-03-22T08:00");
  g_autoptr(HubrotaDuty) weekly = hubrota_duty_new ("PC1234", start, 480, "FREQ=WEEKLY;BYDAY=MO");
  g_autoptr(HubrotaDuty) short_cycle = roster ("PC1234", "2027-04-01", "NNR");
  g_autoptr(HubrotaDuty) theirs = roster ("PCSO77", "2027-04-01", "E");
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 id;

  id = hubrota_store_add_duty (f->store, response, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  text = describe_stored (f->store, id);
  g_assert_cmpstr (text, ==, "10-day cycle from Tue 23 Mar 2027: 07:00+10h 07:00+10h 14:00+10h"
                             " 14:00+10h 22:00+10h 22:00+10h R R R R");
  listed = hubrota_store_list_duties (f->store, "PC1234", &error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpuint (hubrota_duty_get_cycle_days (g_ptr_array_index (listed, 0)), ==, 10);
  g_assert_true (hubrota_duty_get_roster_shift (g_ptr_array_index (listed, 0), 4, NULL, NULL));
  g_assert_false (hubrota_duty_get_roster_shift (g_ptr_array_index (listed, 0), 6, NULL, NULL));

  g_assert_cmpint (hubrota_store_add_duty (f->store, rest, &error), ==, 0);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "a roster needs at least one shift in its 3-day cycle");
  g_clear_error (&error);

  hubrota_duty_set_id (weekly, id);
  g_assert_true (hubrota_store_update_duty (f->store, weekly, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = describe_stored (f->store, id);
  g_assert_cmpstr (text, ==, "2027-03-22T08:00 480 FREQ=WEEKLY;BYDAY=MO");

  hubrota_duty_set_id (short_cycle, id);
  g_assert_true (hubrota_store_update_duty (f->store, short_cycle, &error));
  g_clear_pointer (&text, g_free);
  text = describe_stored (f->store, id);
  g_assert_cmpstr (text, ==, "3-day cycle from Thu 1 Apr 2027: 22:00+10h 22:00+10h R");

  hubrota_duty_set_id (theirs, id);
  g_assert_false (hubrota_store_update_duty (f->store, theirs, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "duty period 1 is PC1234’s, not PCSO77’s");
  g_clear_error (&error);
  hubrota_duty_set_id (theirs, 99);
  g_assert_false (hubrota_store_update_duty (f->store, theirs, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (hubrota_store_remove_duty (f->store, id, &error));
  g_assert_null (hubrota_store_get_duty (f->store, id, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
}

static guint
count_rule (GPtrArray *findings, HubrotaRule rule)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    n += hubrota_finding_get_rule (g_ptr_array_index (findings, i)) == rule;
  return n;
}

/* A hub opening on a roster's early (no overtime) and on its rest day (all overtime). */
static void
test_roster_checked (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaDuty) response = roster ("PC1234", "2027-03-23", "EELLNNRRRR");
  g_autoptr(HubrotaOccurrence) on_early = NULL;
  g_autoptr(HubrotaOccurrence) on_rest = NULL;
  g_autoptr(GDate) from = test_util_date ("2027-03-22");
  g_autoptr(GDate) to = test_util_date ("2027-04-04");
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GPtrArray) early = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  g_autoptr(GError) error = NULL;

  hubrota_store_add_duty (f->store, response, &error);
  g_assert_no_error (error);
  test_util_add_hub (f->store, "bedford", "Bedford Library", "castle");
  test_util_add_series_at (f->store, "bedford", "2027-03-24T10:00", 180, "FREQ=DAILY", 1);
  on_early = test_util_find_occurrence (f->store, "bedford", "2027-03-24");
  on_rest = test_util_find_occurrence (f->store, "bedford", "2027-03-30");
  rota = hubrota_rota_load (f->store, from, to, &error);
  g_assert_no_error (error);
  early = hubrota_rota_would_cause (rota, "PC1234", on_early, TRUE, &error);
  rest = hubrota_rota_would_cause (rota, "PC1234", on_rest, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rule (early, HUBROTA_RULE_OFF_DUTY), ==, 0);
  g_assert_cmpuint (count_rule (rest, HUBROTA_RULE_OFF_DUTY), ==, 1);
  g_assert_cmpint (hubrota_finding_get_amount (g_ptr_array_index (rest, 0)), ==, 3 * 3600);
}

/* Leavers */

static void
add_saturdays (Fixture *f)
{
  test_util_add_hub (f->store, "bedford", "Bedford Library", "castle");
  test_util_add_series_at (f->store, "bedford", "2026-12-05T10:00", 180, "FREQ=WEEKLY;BYDAY=SA",
                           2);
}

static void
assign (Fixture *f, const char *officer, const char *day, gboolean whole_series)
{
  g_autoptr(HubrotaOccurrence) occurrence = test_util_find_occurrence (f->store, "bedford", day);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_assign (f->store, officer, occurrence, whole_series, &error));
  g_assert_no_error (error);
}

static guint
count_openings (Fixture *f, const char *officer)
{
  g_autoptr(GDate) from = test_util_date ("2026-12-01");
  /* To the end of the year a leaver is taken off for (from 2 Jan 2027) */
  g_autoptr(GDate) to = test_util_date ("2028-01-03");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) openings = hubrota_store_list_officer_openings (f->store, officer, from, to,
                                                                       &error);
  g_assert_no_error (error);
  return openings->len;
}

static gboolean
suggested (HubrotaStore *store, const char *day, const char *officer)
{
  g_autoptr(HubrotaOccurrence) occurrence = test_util_find_occurrence (store, "bedford", day);
  g_autoptr(GDate) date = test_util_date (day);
  g_autoptr(HubrotaRota) rota = hubrota_rota_load (store, date, date, NULL);
  g_autoptr(GPtrArray) candidates = hubrota_rota_suggest (rota, occurrence, NULL);

  for (guint i = 0; i < candidates->len; i++)
    if (g_str_equal (hubrota_officer_get_id (hubrota_candidate_get_officer (
                       g_ptr_array_index (candidates, i))), officer))
      return TRUE;
  return FALSE;
}

/* Retiring takes the officer off the openings from the leaving date in one undoable step,
 * keeps the earlier ones, and drops them from suggestions. */
static void
test_leaver (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaHistory) history = hubrota_history_new (f->store);
  g_autoptr(GDate) leaving = test_util_date ("2026-12-12");
  g_autoptr(GPtrArray) taken_off = NULL;
  g_autoptr(HubrotaOfficer) officer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;

  add_saturdays (f);
  assign (f, "PC1234", "2026-12-05", FALSE);
  assign (f, "PC1234", "2026-12-12", FALSE);
  assign (f, "PC1234", "2026-12-19", FALSE);
  assign (f, "PC1234", "2026-12-26", FALSE);
  g_assert_true (suggested (f->store, "2027-01-02", "PC1234"));

  g_assert_true (hubrota_history_retire_officer (history, "PC1234", leaving, &taken_off, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (taken_off->len, ==, 3);
  first = hubrota_london_format_local (hubrota_occurrence_get_start (g_ptr_array_index (taken_off, 0)));
  g_assert_cmpstr (first, ==, "2026-12-12T10:00");
  g_assert_cmpuint (count_openings (f, "PC1234"), ==, 1);
  officer = hubrota_store_get_officer (f->store, "PC1234", &error);
  g_assert_cmpint (g_date_compare (hubrota_officer_get_leaving_date (officer), leaving), ==, 0);
  g_assert_cmpstr (hubrota_history_get_undo_label (history), ==,
                   "Took Grace Okafor off 3 openings, leaving 12 Dec 2026");
  g_assert_false (suggested (f->store, "2027-01-02", "PC1234"));
  g_assert_true (suggested (f->store, "2027-01-02", "PCSO77"));

  /* Undo puts them back on and the date back (none), in one step; redo both again. */
  test_util_undo (history);
  g_assert_cmpuint (count_openings (f, "PC1234"), ==, 4);
  g_clear_object (&officer);
  officer = hubrota_store_get_officer (f->store, "PC1234", &error);
  g_assert_null (hubrota_officer_get_leaving_date (officer));
  test_util_redo (history);
  g_assert_cmpuint (count_openings (f, "PC1234"), ==, 1);
  g_clear_object (&officer);
  officer = hubrota_store_get_officer (f->store, "PC1234", &error);
  g_assert_cmpint (g_date_compare (hubrota_officer_get_leaving_date (officer), leaving), ==, 0);

  /* Not leaving after all: the date goes, nothing else changes and no step is added. */
  g_assert_true (hubrota_history_retire_officer (history, "PC1234", NULL, NULL, &error));
  g_clear_object (&officer);
  officer = hubrota_store_get_officer (f->store, "PC1234", &error);
  g_assert_null (hubrota_officer_get_leaving_date (officer));
  g_assert_cmpuint (count_openings (f, "PC1234"), ==, 1);
  g_assert_true (suggested (f->store, "2027-01-02", "PC1234"));
}

/* On a whole series: a year of openings taken out of it, one by one, in one step; putting a
 * leaver on an opening after the date is an on-leave error. */
static void
test_leaver_series (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaHistory) history = hubrota_history_new (f->store);
  g_autoptr(GDate) leaving = test_util_date ("2027-01-02");
  g_autoptr(GDate) from = test_util_date ("2027-01-09");
  g_autoptr(GPtrArray) taken_off = NULL;
  g_autoptr(HubrotaOccurrence) later = NULL;
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaFinding *finding;

  add_saturdays (f);
  assign (f, "PCSO77", "2026-12-05", TRUE);
  g_assert_true (hubrota_history_retire_officer (history, "PCSO77", leaving, &taken_off, &error));
  g_assert_no_error (error);
  /* Every Saturday from 2 January 2027 to 1 January 2028 */
  g_assert_cmpuint (taken_off->len, ==, 53);
  g_assert_cmpuint (count_openings (f, "PCSO77"), ==, 4);
  g_assert_cmpstr (hubrota_history_get_undo_label (history), ==,
                   "Took Sam Patel off 53 openings, leaving 2 Jan 2027");

  later = test_util_find_occurrence (f->store, "bedford", "2027-01-09");
  rota = hubrota_rota_load (f->store, from, from, &error);
  findings = hubrota_rota_would_cause (rota, "PCSO77", later, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rule (findings, HUBROTA_RULE_ON_LEAVE), ==, 1);
  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpint (hubrota_finding_get_rule (finding), ==, HUBROTA_RULE_ON_LEAVE);
  g_assert_nonnull (strstr (hubrota_finding_get_message (finding), "(left on 2 Jan 2027)"));
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
  ADD ("/officers/roster/clock-changes", test_roster_clock_changes);
  ADD ("/officers/roster/gap", test_roster_gap);
  ADD ("/officers/roster/rota-year", test_roster_rota_year);
  ADD ("/officers/roster/store", test_roster_store);
  ADD ("/officers/roster/checked", test_roster_checked);
  ADD ("/officers/leaver", test_leaver);
  ADD ("/officers/leaver/series", test_leaver_series);
#undef ADD

  return g_test_run ();
}
