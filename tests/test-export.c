/* test-export.c: publishing the feeds to a folder, read back with libical
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <libical/ical.h>

#include "hubrota-core.h"
#include "hubrota-export.h"
#include "hubrota-site.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *out;
  HubrotaStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{

  f->store = test_util_create_temp_store ("hubrota-export-XXXXXX", &f->dir, NULL);
  f->out = g_build_filename (f->dir, "public", NULL);
  test_util_load_demo (f->store);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_util_remove_temp_store (&f->store, &f->dir, NULL);
  g_free (f->out);
}

static GPtrArray *
export_with (Fixture *f, gboolean officers)
{
  HubrotaExportOptions options;
  g_autoptr(GError) error = NULL;
  GPtrArray *written;

  hubrota_export_options_init (&options);
  options.base_url = "https://example.org/hubs";
  options.officers = officers;
  written = hubrota_export (f->store, f->out, &options, &error);
  g_assert_no_error (error);
  return written;
}

static GPtrArray *
export (Fixture *f)
{
  return export_with (f, FALSE);
}

static char *
read_output (Fixture *f, const char *file)
{
  return test_util_read_file (f->out, file);
}

/* UID → "DTSTART-in-UTC SEQUENCE STATUS" for every VEVENT of a file. */
static GHashTable *
read_events (Fixture *f, const char *file)
{
  g_autofree char *text = read_output (f, file);
  icalcomponent *calendar = icalparser_parse_string (text);
  GHashTable *events = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_assert_nonnull (calendar);
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL; event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      icalproperty *status = icalcomponent_get_first_property (event, ICAL_STATUS_PROPERTY);
      icalproperty *sequence = icalcomponent_get_first_property (event, ICAL_SEQUENCE_PROPERTY);

      g_assert_nonnull (status);
      g_assert_nonnull (sequence);
      g_assert_false (g_hash_table_contains (events, icalcomponent_get_uid (event)));
      g_hash_table_insert (events, g_strdup (icalcomponent_get_uid (event)),
                           g_strdup_printf ("%" G_GINT64_FORMAT " %d %s",
                                            (gint64) icaltime_as_timet_with_zone (start,
                                                                                  start.zone),
                                            icalproperty_get_sequence (sequence),
                                            icalproperty_get_value_as_string (status)));
    }
  icalcomponent_free (calendar);
  return events;
}

/* The openings still to come and not cancelled: those the hub pages offer on their own. */
static guint
count_single_openings (GPtrArray *openings)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint count = 0;

  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);

      count += hubrota_occurrence_get_status (opening) != HUBROTA_OCCURRENCE_CANCELLED &&
               g_date_time_compare (hubrota_occurrence_get_end (opening), now) > 0;
    }
  return count;
}

static char *
uid_of (HubrotaOccurrence *occurrence)
{
  char day[16];

  g_date_strftime (day, sizeof day, "%Y%m%d", hubrota_occurrence_get_original_date (occurrence));
  return g_strdup_printf ("%" G_GINT64_FORMAT "-%s@%s.hubrota",
                          hubrota_occurrence_get_series (occurrence), day,
                          hubrota_occurrence_get_hub (occurrence));
}

static GPtrArray *
window_openings (Fixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
  g_autoptr(GDate) from = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                          g_date_time_get_month (now),
                                          g_date_time_get_year (now));
  g_autoptr(GDate) to = g_date_copy (from);
  g_autoptr(GError) error = NULL;
  GPtrArray *openings;

  g_date_subtract_days (from, 28);
  g_date_add_days (to, 182);
  openings = hubrota_store_list_occurrences (f->store, from, to, NULL, &error);
  g_assert_no_error (error);
  return openings;
}

/* all-hubs.ics holds exactly the openings the store lists for the window, each at its time,
 * cancelled ones marked; every hub's file holds its own. */
static void
test_feeds_match_store (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) written = export (f);
  g_autoptr(GPtrArray) openings = window_openings (f);
  g_autoptr(GHashTable) events = read_events (f, "all-hubs.ics");
  g_autoptr(GHashTable) ampthill = read_events (f, "ampthill.ics");
  g_autofree char *index = NULL;
  g_autofree char *page = NULL;
  guint cancelled = 0, at_ampthill = 0;

  /* Per hub a feed and a page; all hubs, the index, hubs.json, the style sheet, script and icon;
   * and a file for each opening still to come. */
  g_assert_cmpuint (written->len, ==, 7 * 2 + 6 + count_single_openings (openings));
  g_assert_cmpuint (g_hash_table_size (events), ==, openings->len);
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (openings, i);
      g_autofree char *uid = uid_of (occurrence);
      gboolean is_cancelled = hubrota_occurrence_get_status (occurrence) ==
                              HUBROTA_OCCURRENCE_CANCELLED;
      g_autofree char *expected = g_strdup_printf (
        "%" G_GINT64_FORMAT " %d %s", g_date_time_to_unix (hubrota_occurrence_get_start (occurrence)),
        hubrota_occurrence_get_sequence (occurrence), is_cancelled ? "CANCELLED" : "CONFIRMED");

      g_assert_cmpstr (g_hash_table_lookup (events, uid), ==, expected);
      cancelled += is_cancelled;
      if (g_str_equal (hubrota_occurrence_get_hub (occurrence), "ampthill"))
        {
          g_assert_cmpstr (g_hash_table_lookup (ampthill, uid), ==, expected);
          at_ampthill++;
        }
    }
  g_assert_cmpuint (cancelled, >=, 1);
  g_assert_cmpuint (g_hash_table_size (ampthill), ==, at_ampthill);

  index = read_output (f, "index.html");
  g_assert_nonnull (strstr (index, "<h2 id=\"beat-ampthill\">Ampthill</h2>"));
  g_assert_nonnull (strstr (index, "<h3><a href=\"ampthill.html\">Ampthill Parish Rooms</a></h3>"));
  g_assert_nonnull (strstr (index, "<a class=\"button\" href=\"webcal://example.org/hubs/"
                                   "all-hubs.ics\">Subscribe</a>"));
  page = read_output (f, "ampthill.html");
  g_assert_nonnull (strstr (page, "<a class=\"button\" href=\"webcal://example.org/hubs/"
                                  "ampthill.ics\">Subscribe</a>"));
  g_assert_nonnull (strstr (page, "<code>https://example.org/hubs/ampthill.ics</code>"));
}

/* A second export gives the same UIDs; cancelling one opening raises its SEQUENCE. */
static void
test_uids_stable_sequence_rises (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) first_written = export (f);
  g_autoptr(GHashTable) first = read_events (f, "all-hubs.ics");
  g_autoptr(GPtrArray) second_written = NULL;
  g_autoptr(GHashTable) second = NULL;
  g_autoptr(GPtrArray) openings = window_openings (f);
  g_autoptr(GError) error = NULL;
  HubrotaOccurrence *target = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *expected = NULL;
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < openings->len && target == NULL; i++)
    if (hubrota_occurrence_get_status (g_ptr_array_index (openings, i)) ==
        HUBROTA_OCCURRENCE_SCHEDULED && hubrota_occurrence_get_sequence (g_ptr_array_index (openings, i)) == 0)
      target = g_ptr_array_index (openings, i);
  g_assert_nonnull (target);
  g_assert_true (hubrota_store_cancel_occurrence (f->store, hubrota_occurrence_get_hub (target),
                                                  hubrota_occurrence_get_series (target),
                                                  hubrota_occurrence_get_original_date (target),
                                                  "Staff training", &error));
  g_assert_no_error (error);
  second_written = export (f);
  second = read_events (f, "all-hubs.ics");

  uid = uid_of (target);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " 1 CANCELLED",
                              g_date_time_to_unix (hubrota_occurrence_get_start (target)));
  g_assert_cmpuint (g_hash_table_size (second), ==, g_hash_table_size (first));
  g_hash_table_iter_init (&iter, first);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_equal (key, uid))
      g_assert_cmpstr (g_hash_table_lookup (second, key), ==, expected);
    else
      g_assert_cmpstr (g_hash_table_lookup (second, key), ==, value);
}

/* Nothing about officers reaches the public folder: no collar number, no name. */
static void
test_no_officer_data (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) written = export (f);
  g_autoptr(GPtrArray) officers = hubrota_store_list_officers (f->store, NULL);

  g_assert_cmpuint (officers->len, >, 10);
  for (guint i = 0; i < written->len; i++)
    {
      g_autofree char *text = read_output (f, g_ptr_array_index (written, i));
      for (guint j = 0; j < officers->len; j++)
        {
          HubrotaOfficer *officer = g_ptr_array_index (officers, j);
          g_assert_null (strstr (text, hubrota_officer_get_id (officer)));
          g_assert_null (strstr (text, hubrota_officer_get_name (officer)));
        }
    }
}

/* Nothing hidden in the folder, and nothing beside it but the folder itself. */
static void
assert_no_leftovers (Fixture *f)
{
  g_autofree char *parent = g_path_get_dirname (f->out);
  g_autofree char *base = g_path_get_basename (f->out);
  g_autofree char *sibling = g_strconcat (".", base, NULL);
  g_autoptr(GDir) inside = g_dir_open (f->out, 0, NULL);
  g_autoptr(GDir) beside = g_dir_open (parent, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (inside)) != NULL)
    g_assert_cmpint (name[0], !=, '.');
  while ((name = g_dir_read_name (beside)) != NULL)
    g_assert_false (g_str_has_prefix (name, sibling));
}

/* A failure while writing leaves every earlier file exactly as it was, and no leftovers: the
 * process may write no file over 1 KB, so the new set fails half-way. */
static void
test_failed_export_keeps_old_files (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) written = export (f);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) openings = window_openings (f);
  HubrotaExportOptions options;
  g_autoptr(GError) error = NULL;
  struct rlimit limit, small;

  for (guint i = 0; i < written->len; i++)
    g_ptr_array_add (before, read_output (f, g_ptr_array_index (written, i)));
  g_assert_true (hubrota_store_cancel_occurrence (
    f->store, hubrota_occurrence_get_hub (g_ptr_array_index (openings, openings->len - 1)), 0,
    hubrota_occurrence_get_original_date (g_ptr_array_index (openings, openings->len - 1)),
    "Closed", &error));
  hubrota_export_options_init (&options);

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  small = limit;
  small.rlim_cur = 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  g_assert_null (hubrota_export (f->store, f->out, &options, &error));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);

  for (guint i = 0; i < written->len; i++)
    {
      g_autofree char *now = read_output (f, g_ptr_array_index (written, i));
      g_assert_cmpstr (now, ==, g_ptr_array_index (before, i));
    }
  assert_no_leftovers (f);
}

/* What an interrupted publish (or an older Hubrota) left goes; a file someone else put in
 * the folder stays; the folders and feeds can be read by a web server whatever the umask,
 * and private/ can be entered but not listed. */
static void
test_export_cleans_up_and_sets_modes (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) written = export (f);
  g_autofree char *parent = g_path_get_dirname (f->out);
  g_autofree char *base = g_path_get_basename (f->out);
  g_autofree char *abandoned = g_strdup_printf ("%s/.%s.hubrota-new-ABC123", parent, base);
  g_autofree char *old_temporary = g_build_filename (f->out, ".kempston.ics.new", NULL);
  g_autofree char *robots = g_build_filename (f->out, "robots.txt", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *feed = NULL;
  GStatBuf info;
  mode_t mask;

  g_assert_cmpint (g_mkdir (abandoned, 0700), ==, 0);
  g_assert_true (g_file_set_contents (old_temporary, "half", -1, NULL));
  g_assert_true (g_file_set_contents (robots, "User-agent: *\n", -1, NULL));
  mask = umask (077);
  g_clear_pointer (&written, g_ptr_array_unref);
  written = export (f);
  umask (mask);

  assert_no_leftovers (f);
  g_assert_true (g_file_get_contents (robots, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "User-agent: *\n");
  g_assert_cmpint (g_stat (f->out, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0755);
  feed = g_build_filename (f->out, g_ptr_array_index (written, 0), NULL);
  g_assert_cmpint (g_stat (feed, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0644);
}

static guint
count_assigned (GPtrArray *openings, const char *officer, gboolean stood_down)
{
  guint count = 0;

  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
      GPtrArray *on = stood_down ? hubrota_occurrence_get_stood_down (opening)
                                 : hubrota_occurrence_get_assigned (opening);

      count += g_ptr_array_find_with_equal_func (on, officer, g_str_equal, NULL);
    }
  return count;
}

static guint
count_text (const char *text, const char *needle)
{
  guint count = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    count++;
  return count;
}

static guint
count_status (GHashTable *events, const char *status)
{
  GHashTableIter iter;
  gpointer value;
  guint count = 0;

  g_hash_table_iter_init (&iter, events);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    count += g_str_has_suffix (value, status);
  return count;
}

/* Each officer's feed is private/<token>.ics with exactly their openings; no public file
 * names a token; a new token retires the old file. */
static void
test_officer_feeds (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) written = export_with (f, TRUE);
  g_autoptr(GPtrArray) officers = hubrota_store_list_officers (f->store, NULL);
  g_autoptr(GPtrArray) openings = window_openings (f);
  g_autoptr(GPtrArray) rewritten = NULL;
  g_autofree char *listing = read_output (f, "private/index.html");
  g_autofree char *old_file = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *fresh = NULL;
  g_autofree char *private_folder = g_build_filename (f->out, "private", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  g_assert_cmpuint (written->len, ==,
                    7 * 2 + 6 + count_single_openings (openings) + officers->len + 1);
  g_assert_cmpstr (listing, ==, "");
  /* Entered by a web server to fetch a feed by its name, but not listed by anyone. */
  g_assert_cmpint (g_stat (private_folder, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0711);
  for (guint i = 0; i < officers->len; i++)
    {
      HubrotaOfficer *officer = g_ptr_array_index (officers, i);
      const char *id = hubrota_officer_get_id (officer);
      g_autofree char *token = hubrota_store_get_feed_token (f->store, id, &error);
      g_autofree char *file = g_strdup_printf ("private/%s.ics", token);
      g_autoptr(GHashTable) events = read_events (f, file);

      g_assert_true (g_ptr_array_find_with_equal_func (written, file, g_str_equal, NULL));
      /* Their openings, and those cancelled since they were put on them, marked so. */
      g_assert_cmpuint (count_status (events, "CONFIRMED"), ==,
                        count_assigned (openings, id, FALSE));
      g_assert_cmpuint (count_status (events, "CANCELLED"), ==,
                        count_assigned (openings, id, TRUE));
      for (guint j = 0; j < written->len; j++)
        {
          const char *public_file = g_ptr_array_index (written, j);
          g_autofree char *text = NULL;

          if (g_str_has_prefix (public_file, "private/"))
            continue;
          text = read_output (f, public_file);
          g_assert_null (strstr (text, token));
        }
    }

  old_file = hubrota_store_get_feed_token (f->store, "PC2101", &error);
  old_path = g_strdup_printf ("%s/private/%s.ics", f->out, old_file);
  fresh = hubrota_store_new_feed_token (f->store, "PC2101", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (old_path, G_FILE_TEST_EXISTS));
  rewritten = export_with (f, TRUE);
  g_assert_false (g_file_test (old_path, G_FILE_TEST_EXISTS));
}

/* A cancelled opening stays in the feed of the officer who was on it, struck out; their duty
 * makes them busy, a cancelled one does not. */
static void
test_officer_feed_cancelled (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) openings = window_openings (f);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *file = NULL;
  g_autofree char *text = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *staff_uid = NULL;
  g_autofree char *officer = NULL;
  HubrotaOccurrence *target = NULL;
  const char *event;

  for (guint i = 0; i < openings->len && target == NULL; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
      if (hubrota_occurrence_get_assigned (opening)->len == 1)
        target = opening;
    }
  g_assert_nonnull (target);
  officer = g_strdup (g_ptr_array_index (hubrota_occurrence_get_assigned (target), 0));
  g_assert_true (hubrota_store_cancel_occurrence (f->store, hubrota_occurrence_get_hub (target),
                                                  hubrota_occurrence_get_series (target),
                                                  hubrota_occurrence_get_original_date (target),
                                                  "Flooded", &error));
  g_assert_no_error (error);
  written = export_with (f, TRUE);
  token = hubrota_store_get_feed_token (f->store, officer, &error);
  file = g_strdup_printf ("private/%s.ics", token);
  text = read_output (f, file);

  uid = uid_of (target);
  staff_uid = g_strdup_printf ("%.*s.staff.hubrota", (int) (strlen (uid) - strlen (".hubrota")),
                               uid);
  event = strstr (text, staff_uid);
  g_assert_nonnull (event);
  event = strstr (event, "SUMMARY:");
  g_assert_true (g_str_has_prefix (event, "SUMMARY:Cancelled: on duty at "));
  g_assert_nonnull (strstr (event, "\r\nSTATUS:CANCELLED\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT"));
  /* Every duty still on is busy time. */
  g_assert_cmpuint (count_text (text, "\r\nTRANSP:OPAQUE\r\n"), ==,
                    count_assigned (openings, officer, FALSE) - 1);
}

/* name → inode of every file written */
static GHashTable *
inodes_of (Fixture *f, GPtrArray *written)
{
  GHashTable *inodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < written->len; i++)
    {
      g_autofree char *path = g_build_filename (f->out, g_ptr_array_index (written, i), NULL);
      GStatBuf info;

      g_assert_cmpint (g_stat (path, &info), ==, 0);
      g_hash_table_insert (inodes, g_strdup (g_ptr_array_index (written, i)),
                           g_memdup2 (&info.st_ino, sizeof info.st_ino));
    }
  return inodes;
}

static gboolean
same_inode (GHashTable *before, GHashTable *after, const char *name)
{
  const ino_t *a = g_hash_table_lookup (before, name);
  const ino_t *b = g_hash_table_lookup (after, name);

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  return *a == *b;
}

/* A publish of an unchanged rota writes the same bytes, and leaves every file as it was (the
 * same inode, so the same modification time, ETag and Last-Modified); a change rewrites only
 * the files it touches. */
static void
test_unchanged_not_rewritten (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) first = export_with (f, TRUE);
  g_autoptr(GHashTable) before = inodes_of (f, first);
  g_autoptr(GPtrArray) second = export_with (f, TRUE);
  g_autoptr(GHashTable) unchanged = inodes_of (f, second);
  g_autoptr(GPtrArray) third = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GPtrArray) openings = window_openings (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *gone = NULL;
  HubrotaOccurrence *target = NULL;

  g_assert_cmpuint (second->len, ==, first->len);
  for (guint i = 0; i < second->len; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (second, i), ==, g_ptr_array_index (first, i));
      g_assert_true (same_inode (before, unchanged, g_ptr_array_index (second, i)));
    }

  /* Ampthill's last opening in the window: not one of the next few the index lists. */
  for (guint i = 0; i < openings->len; i++)
    if (g_str_equal (hubrota_occurrence_get_hub (g_ptr_array_index (openings, i)), "ampthill") &&
        hubrota_occurrence_get_status (g_ptr_array_index (openings, i)) !=
          HUBROTA_OCCURRENCE_CANCELLED)
      target = g_ptr_array_index (openings, i);
  g_assert_nonnull (target);
  gone = hubrota_site_opening_file (target);
  g_assert_true (hubrota_store_cancel_occurrence (f->store, "ampthill",
                                                  hubrota_occurrence_get_series (target),
                                                  hubrota_occurrence_get_original_date (target),
                                                  "Flooded", &error));
  third = export_with (f, TRUE);
  after = inodes_of (f, third);
  g_assert_cmpuint (third->len, ==, first->len - 1);
  g_assert_false (g_hash_table_contains (after, gone));
  g_assert_false (same_inode (before, after, "ampthill.ics"));
  g_assert_false (same_inode (before, after, "all-hubs.ics"));
  g_assert_false (same_inode (before, after, "ampthill.html"));
  g_assert_false (same_inode (before, after, "hubs.json"));
  g_assert_true (same_inode (before, after, "index.html"));
  g_assert_true (same_inode (before, after, "bedford-library.ics"));
  g_assert_true (same_inode (before, after, "bedford-library.html"));
  g_assert_true (same_inode (before, after, "hubrota.css"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/export/matches-store", test_feeds_match_store);
  ADD ("/export/uids-stable-sequence-rises", test_uids_stable_sequence_rises);
  ADD ("/export/no-officer-data", test_no_officer_data);
  ADD ("/export/failure-keeps-old-files", test_failed_export_keeps_old_files);
  ADD ("/export/cleans-up-and-sets-modes", test_export_cleans_up_and_sets_modes);
  ADD ("/export/officer-feeds", test_officer_feeds);
  ADD ("/export/officer-feed-cancelled", test_officer_feed_cancelled);
  ADD ("/export/unchanged-not-rewritten", test_unchanged_not_rewritten);

  return g_test_run ();
}
