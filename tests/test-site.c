/* test-site.c: the public pages, hubs.json and their JSON-LD, from hubs and openings in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "hubrota-core.h"
#include "hubrota-site.h"
#include "test-util.h"

#define HOSTILE "Ampthill <script>alert(1)</script> & \"Rooms\""
#define REASON "Flooded </script><script>alert(2)</script>"

typedef struct
{
  GHashTable *files;   /* path → contents */
  GPtrArray *hubs;
  GPtrArray *occurrences;
  GHashTable *beats;
} Fixture;

static void
take_file (const char *path, char *contents, gpointer files)
{
  g_assert_false (g_hash_table_contains (files, path));
  g_hash_table_insert (files, g_strdup (path), contents);
}

static HubrotaOccurrence *
opening (const char *start, const char *end, const char *date)
{
  g_autoptr(GDateTime) s = test_util_local (start);
  g_autoptr(GDateTime) e = test_util_local (end);
  g_autoptr(GDate) day = test_util_date (date);
  HubrotaOccurrence *occurrence = hubrota_occurrence_new ("ampthill", 3, day, s, e);

  /* Who staffs it must never reach a public file. */
  hubrota_occurrence_add_assigned (occurrence, "PC9999");
  return occurrence;
}

/* The site as of Thursday 3 December 2026, 12:00: an opening that is over, one cancelled,
 * an ordinary one, one moved from Friday 18 to Saturday 19 December, and one cancelled with a
 * reason that says "Closed" itself. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GDateTime) now = test_util_local ("2026-12-03T12:00");
  g_autoptr(GDateTime) moved_start = test_util_local ("2026-12-19T10:00");
  g_autoptr(GDateTime) moved_end = test_util_local ("2026-12-19T12:00");
  HubrotaHub *hub = hubrota_hub_new ("ampthill", HOSTILE, "ampthill");
  HubrotaOccurrence *cancelled, *christmas, *moved;
  HubrotaSite site;

  hubrota_hub_set_address (hub, "Dunstable Street, Ampthill");
  hubrota_hub_set_postcode (hub, "MK45 2JT");
  hubrota_hub_set_description (hub, "Report a crime <b>here</b>");
  hubrota_hub_set_location (hub, 52.029, -0.495);
  f->hubs = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (f->hubs, hub);
  f->beats = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (f->beats, "ampthill", "Ampthill & Flitwick");
  f->occurrences = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (f->occurrences, opening ("2026-11-27T14:00", "2026-11-27T17:00", "2026-11-27"));
  cancelled = opening ("2026-12-04T14:00", "2026-12-04T17:00", "2026-12-04");
  hubrota_occurrence_set_cancelled (cancelled, REASON);
  g_ptr_array_add (f->occurrences, cancelled);
  g_ptr_array_add (f->occurrences, opening ("2026-12-11T14:00", "2026-12-11T17:00", "2026-12-11"));
  moved = opening ("2026-12-18T14:00", "2026-12-18T17:00", "2026-12-18");
  hubrota_occurrence_set_moved (moved, moved_start, moved_end);
  g_ptr_array_add (f->occurrences, moved);
  christmas = opening ("2026-12-25T14:00", "2026-12-25T17:00", "2026-12-25");
  hubrota_occurrence_set_cancelled (christmas, "Closed for Christmas");
  g_ptr_array_add (f->occurrences, christmas);

  f->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  site = (HubrotaSite) { f->hubs, f->beats, f->occurrences, "https://example.org/hubs/", now };
  hubrota_site_build (&site, take_file, f->files);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_hash_table_unref (f->files);
  g_ptr_array_unref (f->hubs);
  g_ptr_array_unref (f->occurrences);
  g_hash_table_unref (f->beats);
}

static const char *
file (Fixture *f, const char *path)
{
  const char *text = g_hash_table_lookup (f->files, path);

  if (text == NULL)
    g_error ("the site has no %s", path);
  return text;
}

static void
assert_has (const char *text, const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("expected ‘%s’ in the page, found none in:\n%s", part, text);
}

static void
assert_lacks (const char *text, const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("expected no ‘%s’ in the page, found one", part);
}

/* Exactly these files, and nothing about officers in any of them. */
static void
test_files (Fixture *f, gconstpointer data)
{
  const char *names[] = { "index.html", "ampthill.html", "hubs.json", "hubrota.css",
                          "hubrota.js", "hubrota.svg" };
  GHashTableIter iter;
  gpointer path, text;

  g_assert_cmpuint (g_hash_table_size (f->files), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (g_hash_table_contains (f->files, names[i]));
  g_hash_table_iter_init (&iter, f->files);
  while (g_hash_table_iter_next (&iter, &path, &text))
    assert_lacks (text, "PC9999");
}

/* Every page: a strict policy, the style sheet and script from the site itself, and the
 * hub's text escaped wherever it goes. */
static void
test_pages (Fixture *f, gconstpointer data)
{
  const char *pages[] = { "index.html", "ampthill.html" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      const char *html = file (f, pages[i]);

      assert_has (html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                        "'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
                        "base-uri 'none'; form-action 'none'\">");
      assert_has (html, "<link rel=\"stylesheet\" href=\"hubrota.css\">");
      assert_has (html, "<script src=\"hubrota.js\" defer></script>");
      assert_has (html, "<link rel=\"icon\" type=\"image/svg+xml\" href=\"hubrota.svg\">");
      assert_has (html, "Ampthill &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Rooms&quot;");
      assert_lacks (html, "<script>alert");
      assert_lacks (html, "<b>here</b>");
      assert_lacks (html, "style=");
      assert_lacks (html, "http://");
    }
}

static void
test_index (Fixture *f, gconstpointer data)
{
  const char *html = file (f, "index.html");

  assert_has (html, "<h2 id=\"beat-ampthill\">Ampthill &amp; Flitwick</h2>");
  assert_has (html, "<li class=\"hub\" id=\"ampthill\" data-search=\"ampthill &lt;script&gt;"
                    "alert(1)&lt;/script&gt; &amp; &quot;rooms&quot; dunstable street, "
                    "ampthill mk45 2jt mk45 ampthill &amp; flitwick\" data-lat=\"52.029000\" "
                    "data-lon=\"-0.495000\">");
  /* The cancelled 4 December is not "next open"; 11 December is. */
  assert_has (html, "<p class=\"next-open\">Next open Friday 11 December, 14:00–17:00</p>");
  assert_lacks (html, "27 November");
  assert_has (html, "<a class=\"button\" href=\"webcal://example.org/hubs/all-hubs.ics\">"
                    "Subscribe</a>");
  assert_has (html, "<link rel=\"alternate\" type=\"text/calendar\" href=\"all-hubs.ics\"");
}

/* Closures and moves in words, one file per opening to come, and the calendar apps' links. */
static void
test_hub_page (Fixture *f, gconstpointer data)
{
  const char *html = file (f, "ampthill.html");

  assert_has (html, "<li class=\"cancelled\" data-start=\"2026-12-04T14:00:00+00:00\" "
                    "data-end=\"2026-12-04T17:00:00+00:00\" data-cancelled><span class=\"when\">"
                    "Friday 4 December, <span class=\"hours\">14:00–17:00</span></span><p class=\"change\">Closed on Friday "
                    "4 December: \u2068Flooded &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;"
                    "\u2069</p></li>");
  assert_has (html, "<span class=\"when\">Saturday 19 December, <span class=\"hours\">10:00–12:00</span></span><p "
                    "class=\"change\">Moved to Saturday 19 December (it was on Friday 18 "
                    "December)</p><a class=\"one-off\" href=\"openings/ampthill-3-20261218.ics\">");
  assert_has (html, "href=\"openings/ampthill-3-20261211.ics\"");
  /* The reason isolated, so it reads the same on a right-to-left page. */
  assert_has (html, "<p class=\"change\">Friday 25 December: \u2068Closed for Christmas\u2069</p>");
  assert_lacks (html, "Closed on Friday 25 December");
  assert_lacks (html, "openings/ampthill-3-20261204.ics");
  assert_has (html, "<a href=\"https://www.openstreetmap.org/?mlat=52.02900&amp;mlon=-0.49500"
                    "#map=17/52.02900/-0.49500\">");
  assert_has (html, "<a href=\"geo:52.02900,-0.49500\">");
  assert_has (html, "href=\"https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2F"
                    "example.org%2Fhubs%2Fampthill.ics\"");
  assert_has (html, "href=\"https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2F"
                    "example.org%2Fhubs%2Fampthill.ics&amp;name=");
  assert_has (html, "<code>https://example.org/hubs/ampthill.ics</code>");
  assert_has (html, "<link rel=\"alternate\" type=\"text/calendar\" href=\"ampthill.ics\"");
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* The JSON-LD cannot end its script element early, and reads back as schema.org Events. */
static void
test_json_ld (Fixture *f, gconstpointer data)
{
  const char *html = file (f, "ampthill.html");
  const char *start = strstr (html, "<script type=\"application/ld+json\">");
  const char *end = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *place;
  JsonArray *events;
  JsonObject *cancelled;

  g_assert_nonnull (start);
  start += strlen ("<script type=\"application/ld+json\">");
  end = strstr (start, "</script>");
  json = g_strndup (start, (gsize) (end - start));
  g_assert_null (strchr (json, '<'));
  root = parse_json (json);
  place = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (place, "@type"), ==, "Place");
  g_assert_cmpstr (json_object_get_string_member (place, "name"), ==, HOSTILE);
  events = json_object_get_array_member (place, "event");
  g_assert_cmpuint (json_array_get_length (events), ==, 4);
  cancelled = json_array_get_object_element (events, 0);
  g_assert_cmpstr (json_object_get_string_member (cancelled, "@type"), ==, "Event");
  g_assert_cmpstr (json_object_get_string_member (cancelled, "startDate"), ==,
                   "2026-12-04T14:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (cancelled, "eventStatus"), ==,
                   "https://schema.org/EventCancelled");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (events, 2),
                                                  "eventStatus"), ==,
                   "https://schema.org/EventRescheduled");
}

/* hubs.json in data.police.uk's neighbourhood event fields, with the text as it is. */
static void
test_hubs_json (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) root = parse_json (file (f, "hubs.json"));
  JsonObject *top = json_node_get_object (root);
  JsonArray *hubs = json_object_get_array_member (top, "hubs");
  JsonObject *hub = json_array_get_object_element (hubs, 0);
  JsonArray *openings = json_object_get_array_member (hub, "openings");
  JsonObject *cancelled = json_array_get_object_element (openings, 0);
  JsonObject *moved = json_array_get_object_element (openings, 2);

  g_assert_cmpstr (json_object_get_string_member (top, "calendar"), ==,
                   "https://example.org/hubs/all-hubs.ics");
  g_assert_cmpuint (json_array_get_length (hubs), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (hub, "id"), ==, "ampthill");
  g_assert_cmpstr (json_object_get_string_member (hub, "title"), ==, HOSTILE);
  g_assert_cmpstr (json_object_get_string_member (hub, "area"), ==, "Ampthill & Flitwick");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (hub, "latitude"), 52.029, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (hub, "url"), ==,
                   "https://example.org/hubs/ampthill.html");
  g_assert_cmpuint (json_array_get_length (openings), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (cancelled, "type"), ==, "police-hub");
  g_assert_cmpstr (json_object_get_string_member (cancelled, "address"), ==,
                   "Dunstable Street, Ampthill, MK45 2JT");
  g_assert_cmpstr (json_object_get_string_member (cancelled, "start_date"), ==,
                   "2026-12-04T14:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (cancelled, "end_date"), ==,
                   "2026-12-04T17:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (cancelled, "status"), ==, "cancelled");
  g_assert_cmpstr (json_object_get_string_member (cancelled, "cancelled_reason"), ==, REASON);
  g_assert_true (json_object_get_null_member (cancelled, "calendar_file"));
  g_assert_true (json_object_get_boolean_member (moved, "moved"));
  g_assert_cmpstr (json_object_get_string_member (moved, "original_date"), ==, "2026-12-18");
  g_assert_cmpstr (json_object_get_string_member (moved, "calendar_file"), ==,
                   "openings/ampthill-3-20261218.ics");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/site/files", test_files);
  ADD ("/site/pages", test_pages);
  ADD ("/site/index", test_index);
  ADD ("/site/hub-page", test_hub_page);
  ADD ("/site/json-ld", test_json_ld);
  ADD ("/site/hubs-json", test_hubs_json);
#undef ADD

  return g_test_run ();
}
