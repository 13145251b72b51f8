/* test-hubs.c: changing and archiving hubs, and what the feeds make of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "hubrota-core.h"
#include "hubrota-export.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *out;
  HubrotaStore *store;
  GDate first;        /* the first opening of each hub: tomorrow */
} Fixture;

static void
add_weekly (HubrotaStore *store, const char *hub, const GDate *day, int hour)
{
  g_autoptr(GDateTime) start = g_date_time_new (hubrota_london_tz (), g_date_get_year (day),
                                                g_date_get_month (day), g_date_get_day (day),
                                                hour, 0, 0);
  g_autoptr(HubrotaSeries) series = hubrota_series_new (hub, start, 180, "FREQ=WEEKLY;COUNT=8");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hubrota_store_add_series (store, series, &error), >, 0);
  g_assert_no_error (error);
}

/* Two beats; Kempston Library (with every detail) and Ampthill, each opening weekly from
 * tomorrow. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
  g_autoptr(HubrotaHub) library = hubrota_hub_new ("kempston-library", "Kempston Library",
                                                   "kempston");

  f->store = test_util_create_temp_store ("hubrota-hubs-XXXXXX", &f->dir, NULL);
  f->out = g_build_filename (f->dir, "public", NULL);

  hubrota_hub_set_address (library, "Halsey Road, Kempston");
  hubrota_hub_set_postcode (library, "mk42 8ax");
  hubrota_hub_set_location (library, 52.115, -0.497);
  hubrota_hub_set_description (library, "Report a crime.\nGet advice.");
  test_util_add_beat (f->store, "kempston", "Kempston");
  test_util_add_beat (f->store, "ampthill", "Ampthill");
  g_assert_true (hubrota_store_add_hub (f->store, library, &error));
  g_assert_no_error (error);
  test_util_add_hub (f->store, "ampthill", "Ampthill Parish Rooms", "ampthill");

  g_date_clear (&f->first, 1);
  g_date_set_dmy (&f->first, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_add_days (&f->first, 1);
  add_weekly (f->store, "kempston-library", &f->first, 10);
  add_weekly (f->store, "ampthill", &f->first, 14);
  test_util_add_officer (f->store, "PC1", "Ada Lovelace", HUBROTA_ROLE_PC, "kempston", 40);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_util_remove_temp_store (&f->store, &f->dir, NULL);
  g_free (f->out);
}

static HubrotaHub *
get_hub (Fixture *f, const char *slug)
{
  g_autoptr(GError) error = NULL;
  HubrotaHub *hub = hubrota_store_get_hub (f->store, slug, &error);

  g_assert_no_error (error);
  return hub;
}

/* Every field of the row, on one line. */
static char *
describe_hub (Fixture *f, const char *slug)
{
  g_autoptr(HubrotaHub) hub = get_hub (f, slug);
  double lat = 0, lon = 0;
  gboolean located = hubrota_hub_get_location (hub, &lat, &lon);

  return g_strdup_printf ("%s|%s|%s|%s|%s|%s|%.6f|%.6f|%s|%d", hubrota_hub_get_slug (hub),
                          hubrota_hub_get_name (hub), hubrota_hub_get_beat (hub),
                          hubrota_hub_get_address (hub), hubrota_hub_get_postcode (hub),
                          located ? "located" : "nowhere", lat, lon,
                          hubrota_hub_get_description (hub), hubrota_hub_get_archived (hub));
}

static int
first_sequence (Fixture *f, const char *slug)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOccurrence) occurrence = hubrota_store_find_occurrence (f->store, slug,
                                                                           &f->first, NULL,
                                                                           &error);

  g_assert_no_error (error);
  return hubrota_occurrence_get_sequence (occurrence);
}

static guint
count_openings (Fixture *f, const char *hub)
{
  g_autoptr(GError) error = NULL;
  GDate to = f->first;
  g_autoptr(GPtrArray) openings = NULL;

  g_date_add_days (&to, 60);
  openings = hubrota_store_list_occurrences (f->store, &f->first, &to, hub, &error);
  g_assert_no_error (error);
  return openings->len;
}

#define LIBRARY_ROW "kempston-library|Kempston Library|kempston|Halsey Road, Kempston|MK42 8AX|" \
                    "located|52.115000|-0.497000|Report a crime.\nGet advice.|0"

static void
test_add_reads_back (Fixture *f, gconstpointer data)
{
  g_autofree char *row = describe_hub (f, "kempston-library");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hubs = hubrota_store_list_hubs (f->store, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (row, ==, LIBRARY_ROW);
  g_assert_cmpint (first_sequence (f, "kempston-library"), ==, 0);
  g_assert_cmpuint (hubs->len, ==, 2);
}

/* all-hubs.ics is the feed of every hub; a hub of that name would overwrite it. */
static void
test_all_hubs_reserved (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaHub) hub = hubrota_hub_new ("all-hubs", "All Hubs Centre", "castle");
  g_autoptr(GPtrArray) hubs = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (hubrota_store_add_hub (f->store, hub, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "‘all-hubs’ is kept for the calendar of every hub; "
                                       "choose another identifier");
  g_clear_error (&error);
  hubs = hubrota_store_list_hubs (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hubs->len, ==, 2);
}

/* Each rejected change names its problem in one line and leaves every field as it was. */
static void
test_postcode_shape (Fixture *f, gconstpointer data)
{
  struct { const char *typed, *stored; } cases[] = {
    { "mk429ab", "MK42 9AB" }, { "  ec1a 1bb ", "EC1A 1BB" }, { "W1A 0AX", "W1A 0AX" },
    { "", "" }, { "12345", NULL }, { "MK42", NULL }, { "MK42  9AB", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stored = hubrota_hub_normalise_postcode (cases[i].typed);
      g_assert_cmpstr (stored, ==, cases[i].stored);
    }
}

static void
test_update_rejected (Fixture *f, gconstpointer data)
{
  struct { const char *field, *value; GQuark domain; int code; } cases[] = {
    { "name", "  ", HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID },
    { "name", "Two\nlines", HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID },
    { "postcode", "not a postcode", HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID },
    { "beat", "nowhere", HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND },
    { "latitude", "95", HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HubrotaHub) stored = get_hub (f, "kempston-library");
      const char *name = hubrota_hub_get_name (stored), *beat = hubrota_hub_get_beat (stored);
      g_autoptr(HubrotaHub) hub = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *row = NULL;

      if (g_str_equal (cases[i].field, "name"))
        name = cases[i].value;
      if (g_str_equal (cases[i].field, "beat"))
        beat = cases[i].value;
      hub = hubrota_hub_new ("kempston-library", name, beat);
      hubrota_hub_set_address (hub, "Somewhere else entirely");
      hubrota_hub_set_postcode (hub, g_str_equal (cases[i].field, "postcode") ? cases[i].value
                                                                             : "MK42 8AX");
      hubrota_hub_set_location (hub, g_str_equal (cases[i].field, "latitude") ? 95 : 52, -0.5);
      g_assert_false (hubrota_store_update_hub (f->store, hub, &error));
      g_assert_error (error, cases[i].domain, cases[i].code);
      g_assert_null (strchr (error->message, '\n'));
      row = describe_hub (f, "kempston-library");
      g_assert_cmpstr (row, ==, LIBRARY_ROW);
      g_assert_cmpint (first_sequence (f, "kempston-library"), ==, 0);
    }
}

static void
test_update_unknown (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaHub) hub = hubrota_hub_new ("bedford-library", "Bedford Library", "kempston");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hubs = NULL;

  g_assert_false (hubrota_store_update_hub (f->store, hub, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "unknown hub ‘bedford-library’");
  g_clear_error (&error);
  g_assert_false (hubrota_store_set_hub_archived (f->store, "bedford-library", TRUE, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  hubs = hubrota_store_list_hubs (f->store, &error);
  g_assert_cmpuint (hubs->len, ==, 2);
}

/* The public sees the address: every opening's SEQUENCE rises by one. The beat is the rota's
 * business, and saving what is already there is no change: neither raises it. */
static void
test_update_revision (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaHub) hub = get_hub (f, "kempston-library");
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;
  g_autofree char *after_beat = NULL;

  g_assert_cmpint (first_sequence (f, "kempston-library"), ==, 0);
  g_assert_true (hubrota_store_update_hub (f->store, hub, &error));
  g_assert_no_error (error);
  g_assert_cmpint (first_sequence (f, "kempston-library"), ==, 0);

  hubrota_hub_set_address (hub, "Bedford Road, Kempston");
  g_assert_true (hubrota_store_update_hub (f->store, hub, &error));
  g_assert_no_error (error);
  g_assert_cmpint (first_sequence (f, "kempston-library"), ==, 1);
  g_assert_cmpint (first_sequence (f, "ampthill"), ==, 0);
  row = describe_hub (f, "kempston-library");
  g_assert_cmpstr (row, ==, "kempston-library|Kempston Library|kempston|Bedford Road, Kempston|"
                            "MK42 8AX|located|52.115000|-0.497000|Report a crime.\nGet advice.|0");

  g_clear_object (&hub);
  hub = hubrota_hub_new ("kempston-library", "Kempston Library", "ampthill");
  hubrota_hub_set_address (hub, "Bedford Road, Kempston");
  hubrota_hub_set_postcode (hub, "MK42 8AX");
  hubrota_hub_set_location (hub, 52.115, -0.497);
  hubrota_hub_set_description (hub, "Report a crime.\nGet advice.");
  g_assert_true (hubrota_store_update_hub (f->store, hub, &error));
  g_assert_no_error (error);
  g_assert_cmpint (first_sequence (f, "kempston-library"), ==, 1);
  after_beat = describe_hub (f, "kempston-library");
  g_assert_cmpstr (after_beat, ==, "kempston-library|Kempston Library|ampthill|"
                                   "Bedford Road, Kempston|MK42 8AX|located|52.115000|-0.497000|"
                                   "Report a crime.\nGet advice.|0");

  /* Dropping the map position is a public change too. */
  g_clear_object (&hub);
  hub = hubrota_hub_new ("kempston-library", "Kempston Library", "ampthill");
  hubrota_hub_set_address (hub, "Bedford Road, Kempston");
  hubrota_hub_set_postcode (hub, "MK42 8AX");
  hubrota_hub_set_description (hub, "Report a crime.\nGet advice.");
  g_assert_true (hubrota_store_update_hub (f->store, hub, &error));
  g_assert_cmpint (first_sequence (f, "kempston-library"), ==, 2);
}

static GHashTable *
files_in (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_hash_table_add (names, g_strdup (name));
  return names;
}

/* A feed less its DTSTAMP lines, which say when it was written. */
static char *
read_feed (Fixture *f, const char *file)
{
  g_autofree char *text = test_util_read_file (f->out, file);
  g_auto(GStrv) lines = NULL;
  GString *kept = g_string_new (NULL);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "DTSTAMP:"))
      g_string_append_printf (kept, "%s\n", lines[i]);
  return g_string_free (kept, FALSE);
}

static void
export (Fixture *f)
{
  HubrotaExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) written = NULL;

  hubrota_export_options_init (&options);
  options.base_url = "https://example.org/hubs";
  options.officers = TRUE;
  written = hubrota_export (f->store, f->out, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (written);
}

static guint
count_in (const char *text, const char *needle)
{
  guint count = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    count++;
  return count;
}

static void
assign_first (Fixture *f, const char *officer, const char *hub)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOccurrence) occurrence = hubrota_store_find_occurrence (f->store, hub,
                                                                           &f->first, NULL,
                                                                           &error);

  g_assert_no_error (error);
  g_assert_true (hubrota_store_assign (f->store, officer, occurrence, FALSE, &error));
  g_assert_no_error (error);
}

/* The officer's private feed, as the last export wrote it. */
static char *
officer_feed (Fixture *f, const char *officer)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = hubrota_store_get_feed_token (f->store, officer, &error);
  g_autofree char *file = NULL;

  g_assert_no_error (error);
  file = g_strdup_printf ("private/%s.ics", token);
  return read_feed (f, file);
}

/* Archiving takes the hub's openings out of the all-hubs list (not its own) and its feed out
 * of the folder; the other hub's feed stays as it was; restoring brings it back. */
static void
test_archive (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GHashTable) restored = NULL;
  g_autofree char *ampthill_before = NULL;
  g_autofree char *ampthill_after = NULL;
  g_autofree char *all_after = NULL;
  g_autofree char *library_restored = NULL;
  g_autofree char *index = NULL;
  g_autofree char *index_path = NULL;
  g_autofree char *private_feed = NULL;
  g_autoptr(HubrotaHub) hub = NULL;
  g_autoptr(GPtrArray) hubs = NULL;

  g_assert_cmpuint (count_openings (f, NULL), ==, 16);
  assign_first (f, "PC1", "kempston-library");
  assign_first (f, "PC1", "ampthill");
  export (f);
  private_feed = officer_feed (f, "PC1");
  g_assert_cmpuint (count_in (private_feed, "@kempston-library.staff.hubrota"), ==, 1);
  g_assert_cmpuint (count_in (private_feed, "@ampthill.staff.hubrota"), ==, 1);
  g_clear_pointer (&private_feed, g_free);
  before = files_in (f->out);
  g_assert_true (g_hash_table_contains (before, "kempston-library.ics"));
  g_assert_true (g_hash_table_contains (before, "ampthill.ics"));
  ampthill_before = read_feed (f, "ampthill.ics");

  g_assert_true (hubrota_store_set_hub_archived (f->store, "kempston-library", TRUE, &error));
  g_assert_no_error (error);
  hub = get_hub (f, "kempston-library");
  g_assert_true (hubrota_hub_get_archived (hub));
  hubs = hubrota_store_list_hubs (f->store, &error);
  g_assert_cmpuint (hubs->len, ==, 2);
  g_assert_cmpuint (count_openings (f, NULL), ==, 8);
  g_assert_cmpuint (count_openings (f, "kempston-library"), ==, 8);
  g_assert_cmpuint (count_openings (f, "ampthill"), ==, 8);
  g_assert_cmpint (first_sequence (f, "kempston-library"), ==, 1);
  g_assert_cmpint (first_sequence (f, "ampthill"), ==, 0);
  /* Archiving what is archived changes nothing. */
  g_assert_true (hubrota_store_set_hub_archived (f->store, "kempston-library", TRUE, &error));
  g_assert_cmpint (first_sequence (f, "kempston-library"), ==, 1);

  export (f);
  after = files_in (f->out);
  /* Its feed and its page go; nothing else. */
  g_assert_true (g_hash_table_contains (before, "kempston-library.html"));
  g_assert_false (g_hash_table_contains (after, "kempston-library.ics"));
  g_assert_false (g_hash_table_contains (after, "kempston-library.html"));
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before) - 2);
  ampthill_after = read_feed (f, "ampthill.ics");
  g_assert_cmpstr (ampthill_after, ==, ampthill_before);
  all_after = read_feed (f, "all-hubs.ics");
  g_assert_cmpuint (count_in (all_after, "BEGIN:VEVENT"), ==, 8);
  g_assert_cmpuint (count_in (all_after, "@kempston-library.hubrota"), ==, 0);
  index_path = g_build_filename (f->out, "index.html", NULL);
  g_assert_true (g_file_get_contents (index_path, &index, NULL, NULL));
  g_assert_null (strstr (index, "Kempston Library"));
  private_feed = officer_feed (f, "PC1");
  g_assert_cmpuint (count_in (private_feed, "@kempston-library.staff.hubrota"), ==, 0);
  g_assert_cmpuint (count_in (private_feed, "@ampthill.staff.hubrota"), ==, 1);

  g_assert_true (hubrota_store_set_hub_archived (f->store, "kempston-library", FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_openings (f, NULL), ==, 16);
  g_assert_cmpint (first_sequence (f, "kempston-library"), ==, 2);
  export (f);
  restored = files_in (f->out);
  g_assert_true (g_hash_table_contains (restored, "kempston-library.ics"));
  g_assert_cmpuint (g_hash_table_size (restored), ==, g_hash_table_size (before));
  library_restored = read_feed (f, "kempston-library.ics");
  g_assert_cmpuint (count_in (library_restored, "BEGIN:VEVENT"), ==, 8);
  g_assert_cmpuint (count_in (library_restored, "SEQUENCE:2"), ==, 8);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/hubs/add-reads-back", Fixture, NULL, fixture_set_up, test_add_reads_back,
              fixture_tear_down);
  g_test_add ("/hubs/all-hubs-reserved", Fixture, NULL, fixture_set_up, test_all_hubs_reserved,
              fixture_tear_down);
  g_test_add ("/hubs/postcode-shape", Fixture, NULL, fixture_set_up, test_postcode_shape,
              fixture_tear_down);
  g_test_add ("/hubs/update/rejected", Fixture, NULL, fixture_set_up, test_update_rejected,
              fixture_tear_down);
  g_test_add ("/hubs/update/unknown", Fixture, NULL, fixture_set_up, test_update_unknown,
              fixture_tear_down);
  g_test_add ("/hubs/update/revision", Fixture, NULL, fixture_set_up, test_update_revision,
              fixture_tear_down);
  g_test_add ("/hubs/archive", Fixture, NULL, fixture_set_up, test_archive, fixture_tear_down);

  return g_test_run ();
}
