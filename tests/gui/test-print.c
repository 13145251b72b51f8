/* test-print.c: the week's rota printed to PDF: what it says and how many pages it takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "hubrota-rota-print-private.h"

#include "gui-test-util.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  HubrotaStore *store;
  GDate monday;     /* Monday 16 November 2026 */
  GDate sunday;
} Fixture;

/* A series at the hub from day (of the week, 0 = Monday) at hour, three hours long. */
static gint64
add_series (Fixture *f, const char *hub, int day, int hour, const char *rrule, int needed)
{
  g_autoptr(GDateTime) start = g_date_time_new (hubrota_london_tz (), 2026, 11, 16 + day, hour,
                                                0, 0);

  return test_util_add_series (f->store, hub, start, 180, rrule, needed);
}

static void
assign (Fixture *f, const char *officer, const char *hub, int day)
{
  GDate date;
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOccurrence) occurrence = NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 16 + day, G_DATE_NOVEMBER, 2026);
  occurrence = hubrota_store_find_occurrence (f->store, hub, &date, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hubrota_store_assign (f->store, officer, occurrence, FALSE, &error));
  g_assert_no_error (error);
}

/* A shift on a day of the week (0 = Monday), 08:00–16:00. */
static void
add_shift (Fixture *f, const char *officer, int day)
{
  g_autoptr(GDateTime) start = g_date_time_new (hubrota_london_tz (), 2026, 11, 16 + day, 8, 0, 0);
  g_autoptr(HubrotaDuty) duty = hubrota_duty_new (officer, start, 8 * 60, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hubrota_store_add_duty (f->store, duty, &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{

  f->store = test_util_create_temp_store ("hubrota-print-XXXXXX", &f->dir, NULL);
  test_util_add_beat (f->store, "kempston", "Kempston");
  test_util_add_hub (f->store, "kempston-library", "Kempston Library", "kempston");
  test_util_add_hub (f->store, "ampthill", "Ampthill Parish Rooms", "kempston");
  test_util_add_hub (f->store, "bedford-central", "Bedford Central Library", "kempston");
  test_util_add_officer (f->store, "PC1", "Ada Lovelace", HUBROTA_ROLE_PC, "kempston", 40);
  test_util_add_officer (f->store, "PC2", "Bo Diddley", HUBROTA_ROLE_PC, "kempston", 40);
  g_date_clear (&f->monday, 1);
  g_date_set_dmy (&f->monday, 16, G_DATE_NOVEMBER, 2026);
  f->sunday = f->monday;
  g_date_add_days (&f->sunday, 6);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_util_remove_temp_store (&f->store, &f->dir, NULL);
}

/* Four openings: two officers where one is needed, cancelled, nobody yet, and one officer of
 * two needed, who is off duty then (overtime), as the screen shows them. */
static void
small_week (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GDate wednesday;
  gint64 bedford;

  add_series (f, "kempston-library", 1, 10, NULL, 1);
  add_series (f, "kempston-library", 5, 10, NULL, 2);
  add_series (f, "ampthill", 4, 14, NULL, 1);
  bedford = add_series (f, "bedford-central", 2, 9, NULL, 1);
  assign (f, "PC1", "kempston-library", 1);
  assign (f, "PC2", "kempston-library", 1);
  assign (f, "PC1", "kempston-library", 5);
  add_shift (f, "PC1", 1);
  add_shift (f, "PC2", 1);
  g_date_clear (&wednesday, 1);
  g_date_set_dmy (&wednesday, 18, G_DATE_NOVEMBER, 2026);
  g_assert_true (hubrota_store_cancel_occurrence (f->store, "bedford-central", bedford, &wednesday,
                                                  "Closed for training", &error));
  g_assert_no_error (error);
}

static HubrotaRota *
load_rota (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  HubrotaRota *rota = hubrota_rota_load (f->store, &f->monday, &f->sunday, &error);

  g_assert_no_error (error);
  return rota;
}

/* cairo writes one "/Type /Page" object per page, and "/Type /Pages" for their tree. */
static guint
count_pages (const char *pdf, gsize length)
{
  const char *needle = "/Type /Page";
  guint pages = 0;

  for (const char *p = memmem (pdf, length, needle, strlen (needle)); p != NULL;
       p = memmem (p + 1, length - (p + 1 - pdf), needle, strlen (needle)))
    if (p[strlen (needle)] != 's')
      pages++;
  return pages;
}

static guint
print_pages (Fixture *f, HubrotaRota *rota, const char *name, const char *scope)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *keep = g_build_filename (HUBROTA_TEST_OUTPUT_DIR, name, NULL);
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (hubrota_rota_print_to_pdf (rota, hubrota_rota_get_occurrences (rota),
                                            &f->monday, scope, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  /* Left beside the test for a person to look at. */
  g_assert_true (g_file_set_contents (keep, pdf, length, NULL));
  g_test_message ("Saved %s", keep);
  return count_pages (pdf, length);
}

static void
test_small_week (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaRota) rota = NULL;
  g_autofree char *text = NULL;

  small_week (f);
  rota = load_rota (f);
  text = _hubrota_rota_print_text (rota, hubrota_rota_get_occurrences (rota), &f->monday,
                                   "All Hubs");
  g_assert_cmpstr (text, ==,
                   "16–22 November 2026\n"
                   "Tuesday 17 November\n"
                   "10:00–13:00 | Kempston Library | Ada Lovelace (PC1), Bo Diddley (PC2) |  | "
                   "Over-staffed 2 of 1\n"
                   "Wednesday 18 November\n"
                   "09:00–12:00 | Bedford Central Library |  |  | "
                   "Cancelled — Closed for training\n"
                   "Friday 20 November\n"
                   "14:00–17:00 | Ampthill Parish Rooms | Nobody yet |  | Understaffed 0 of 1\n"
                   "Saturday 21 November\n"
                   "10:00–13:00 | Kempston Library | Ada Lovelace (PC1) |  | "
                   "Overtime · Understaffed 1 of 2\n");
  g_assert_cmpuint (print_pages (f, rota, "rota-small.pdf", "All Hubs"), ==, 1);
}

static void
test_empty_week (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaRota) rota = load_rota (f);
  g_autofree char *text = _hubrota_rota_print_text (rota, hubrota_rota_get_occurrences (rota),
                                                    &f->monday, "Kempston Library");

  g_assert_cmpstr (text, ==, "16–22 November 2026\n");
  g_assert_cmpuint (print_pages (f, rota, "rota-empty.pdf", "Kempston Library"), ==, 1);
}

/* 21 openings under seven headings: more than a page of rows (each at least 36 points high,
 * an A4 page holding about 700), fewer than two pages'. */
static void
test_busy_week (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaRota) rota = NULL;

  add_series (f, "kempston-library", 0, 9, "FREQ=DAILY;COUNT=7", 2);
  add_series (f, "ampthill", 0, 13, "FREQ=DAILY;COUNT=7", 1);
  add_series (f, "bedford-central", 0, 16, "FREQ=DAILY;COUNT=7", 1);
  for (int day = 0; day < 7; day++)
    assign (f, "PC1", "kempston-library", day);
  rota = load_rota (f);
  g_assert_cmpuint (hubrota_rota_get_occurrences (rota)->len, ==, 21);
  g_assert_cmpuint (print_pages (f, rota, "rota-busy.pdf", "All Hubs"), ==, 2);
}

/* Twelve openings a day: many pages. */
static void
test_crowded_week (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaRota) rota = NULL;
  guint pages;

  for (int hour = 8; hour < 20; hour += 3)
    {
      add_series (f, "kempston-library", 0, hour, "FREQ=DAILY;COUNT=7", 1);
      add_series (f, "ampthill", 0, hour, "FREQ=DAILY;COUNT=7", 1);
      add_series (f, "bedford-central", 0, hour, "FREQ=DAILY;COUNT=7", 1);
    }
  rota = load_rota (f);
  g_assert_cmpuint (hubrota_rota_get_occurrences (rota)->len, ==, 84);
  pages = print_pages (f, rota, "rota-crowded.pdf", "All Hubs");
  g_assert_cmpuint (pages, >=, 5);
  g_assert_cmpuint (pages, <=, 7);
}

/* The print dialog opens for the week and can be cancelled without printing anything. */
static void
test_print_dialog (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaRota) rota = NULL;
  GtkWindow *parent, *dialog;
  guint count;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  small_week (f);
  rota = load_rota (f);
  parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (parent);
  hubrota_rota_print (parent, rota, hubrota_rota_get_occurrences (rota), &f->monday, "All Hubs");
  while ((dialog = gui_test_find_toplevel (GTK_TYPE_DIALOG, &count)) == NULL
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (dialog);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gui_test_iterate ();
  g_assert_null (gui_test_find_toplevel (GTK_TYPE_DIALOG, &count));
  gtk_window_destroy (parent);
}

int
main (int argc, char *argv[])
{
  /* Under Xvfb the GL renderer runs in software and takes seconds a window; these tests are
   * about what the dialogs do, and cairo draws the same widgets. */
  if (!gui_test_init (&argc, &argv, GUI_TEST_CAIRO))
    return 0;
  adw_init ();

  g_test_add ("/print/small-week", Fixture, NULL, fixture_set_up, test_small_week,
              fixture_tear_down);
  g_test_add ("/print/empty-week", Fixture, NULL, fixture_set_up, test_empty_week,
              fixture_tear_down);
  g_test_add ("/print/busy-week", Fixture, NULL, fixture_set_up, test_busy_week,
              fixture_tear_down);
  g_test_add ("/print/dialog", Fixture, NULL, fixture_set_up, test_print_dialog,
              fixture_tear_down);
  g_test_add ("/print/crowded-week", Fixture, NULL, fixture_set_up, test_crowded_week,
              fixture_tear_down);

  return gui_test_run ();
}
