/* hubrota-site.c: the public web pages published beside the feeds
 *
 * Static files any web server or CDN can serve: an index of every hub, grouped by beat, and a
 * page for each hub with its description, address, map links, its openings for the feeds'
 * window with every change and closure said in words, and how to subscribe in the calendar
 * applications people use. Everything reads without JavaScript; hubrota.js only adds the
 * filter, "Near me" and copying a link. Nothing is fetched from elsewhere, and a strict
 * Content-Security-Policy says so. hubs.json gives the same for machines, in the field names
 * of data.police.uk's neighbourhood events where they match; each hub page carries it for
 * search engines as schema.org JSON-LD.
 *
 * Every text goes through g_markup_printf_escaped (HTML) or json-glib (JSON), and only hub
 * data and opening times are read: never who staffs an opening.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaSite"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "hubrota-hub.h"
#include "hubrota-london.h"
#include "hubrota-site.h"
#include "hubrota-site-resources.h"

#define CSS_FILE "hubrota.css"
#define JS_FILE "hubrota.js"
#define ICON_FILE "hubrota.svg"
#define JSON_FILE "hubs.json"
#define ALL_HUBS_FEED "all-hubs.ics"
#define RESOURCE_PATH "/io/github/hubrota/Hubrota/site/"
#define OPENINGS_ON_INDEX 3

/* Nothing but the site's own files: no inline script or style, no other origin, no forms. */
#define CSP "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; " \
            "base-uri 'none'; form-action 'none'"

char *
hubrota_site_url (const char *base_url, const char *file)
{
  gsize length;

  if (base_url == NULL || *base_url == '\0')
    return g_strdup (file);
  length = strlen (base_url);
  while (length > 0 && base_url[length - 1] == '/')
    length--;
  return g_strdup_printf ("%.*s/%s", (int) length, base_url, file);
}

char *
hubrota_site_webcal_url (const char *url)
{
  const char *rest = NULL;

  if (g_str_has_prefix (url, "https://"))
    rest = url + strlen ("https://");
  else if (g_str_has_prefix (url, "http://"))
    rest = url + strlen ("http://");
  return rest != NULL ? g_strconcat ("webcal://", rest, NULL) : NULL;
}

char *
hubrota_site_hub_page (const char *hub_slug)
{
  return g_strconcat (hub_slug, ".html", NULL);
}

char *
hubrota_site_opening_file (HubrotaOccurrence *occurrence)
{
  const GDate *date = hubrota_occurrence_get_original_date (occurrence);

  return g_strdup_printf ("openings/%s-%" G_GINT64_FORMAT "-%04u%02u%02u.ics",
                          hubrota_occurrence_get_hub (occurrence),
                          hubrota_occurrence_get_series (occurrence),
                          (unsigned) g_date_get_year (date), (unsigned) g_date_get_month (date),
                          (unsigned) g_date_get_day (date));
}

/* Like g_string_append_printf, with every string argument escaped for HTML. */
static void
append_escaped (GString *html, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
append_escaped (GString *html, const char *format, ...)
{
  va_list args;
  g_autofree char *text = NULL;

  va_start (args, format);
  text = g_markup_vprintf_escaped (format, args);
  va_end (args);
  g_string_append (html, text);
}

/* Appends template, escaped, with the link (href and text, both escaped) where its one %s
 * is: a translated sentence can then put the link wherever its grammar wants it. */
static void
append_with_link (GString *html, const char *template, const char *href, const char *text)
{
  /* A translator may number it, as printf allows. */
  const char *numbered = strstr (template, "%1$s");
  const char *mark = numbered != NULL ? numbered : strstr (template, "%s");
  gsize mark_length = numbered != NULL ? strlen ("%1$s") : strlen ("%s");
  g_autofree char *before = g_markup_escape_text (template, mark != NULL ? mark - template : -1);
  g_autofree char *after = g_markup_escape_text (mark != NULL ? mark + mark_length : "", -1);

  g_string_append (html, before);
  append_escaped (html, "<a href=\"%s\">%s</a>", href, text);
  g_string_append (html, after);
}

static gboolean
is_cancelled (HubrotaOccurrence *occurrence)
{
  return hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED;
}

static gboolean
is_over (const HubrotaSite *site, HubrotaOccurrence *occurrence)
{
  return g_date_time_compare (hubrota_occurrence_get_end (occurrence), site->now) <= 0;
}

static GDateTime *
local (GDateTime *datetime)
{
  return g_date_time_to_timezone (datetime, hubrota_london_tz ());
}

/* "Friday 4 December" (with the year when it is not this year's) */
static char *
long_day (const HubrotaSite *site, GDateTime *datetime)
{
  g_autoptr(GDateTime) at = local (datetime);
  g_autoptr(GDateTime) now = local (site->now);

  /* Translators: a day on the public pages, "Friday 4 December"; see g_date_time_format ().
   * %A, %B and %OB come from Hubrota's own weekday and month names. */
  const char *this_year = hubrota_catalogue_pgettext (site->words, "public date", "%A %-d %B");
  /* Translators: a day in another year on the public pages, "Friday 7 January 2028" */
  const char *other_year = hubrota_catalogue_pgettext (site->words, "public date", "%A %-d %B %Y");

  return hubrota_catalogue_format_time (site->words, at,
                                        g_date_time_get_year (at) == g_date_time_get_year (now)
                                        ? this_year : other_year);
}

/* "14:00–17:00" */
static char *
hours (const HubrotaSite *site, HubrotaOccurrence *occurrence)
{
  g_autoptr(GDateTime) start = local (hubrota_occurrence_get_start (occurrence));
  g_autoptr(GDateTime) end = local (hubrota_occurrence_get_end (occurrence));
  g_autofree char *from = hubrota_london_format_clock (start);
  g_autofree char *to = hubrota_london_format_clock (end);

  /* Translators: opening hours, "14:00–17:00" */
  return g_strdup_printf (hubrota_catalogue_gettext (site->words, "%s–%s"), from, to);
}

/* The openings of one hub that are not over yet. */
static GPtrArray *
upcoming_at (const HubrotaSite *site, const char *slug)
{
  GPtrArray *upcoming = g_ptr_array_new ();

  for (guint i = 0; i < site->occurrences->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (site->occurrences, i);

      if (g_str_equal (hubrota_occurrence_get_hub (occurrence), slug) &&
          !is_over (site, occurrence))
        g_ptr_array_add (upcoming, occurrence);
    }
  return upcoming;
}

static HubrotaOccurrence *
next_open (GPtrArray *upcoming)
{
  for (guint i = 0; i < upcoming->len; i++)
    if (!is_cancelled (g_ptr_array_index (upcoming, i)))
      return g_ptr_array_index (upcoming, i);
  return NULL;
}

/* "Next open Friday 4 December, 14:00–17:00": true on any day until then, so the page can be
 * read days after it was published (hubrota.js says "today" on the day). */
static void
append_next_open (GString *html, const HubrotaSite *site, GPtrArray *upcoming)
{
  HubrotaOccurrence *next = next_open (upcoming);
  g_autofree char *day = NULL;
  g_autofree char *when = NULL;
  g_autofree char *words = NULL;

  if (next == NULL)
    {
      append_escaped (html, "<p class=\"next-open closed\">%s</p>\n",
                      hubrota_catalogue_gettext (site->words, "No openings planned yet"));
      return;
    }
  day = long_day (site, hubrota_occurrence_get_start (next));
  when = hours (site, next);
  /* Translators: the first %s is a day ("Friday 4 December"), the second the hours */
  words = g_strdup_printf (hubrota_catalogue_gettext (site->words, "Next open %s, %s"), day,
                           when);
  append_escaped (html, "<p class=\"next-open\">%s</p>\n", words);
}

/* "2027-06-04T14:00:00+01:00": London's wall clock with its offset, as occurrences --json. */
static char *
iso (GDateTime *datetime)
{
  g_autoptr(GDateTime) at = local (datetime);

  return g_date_time_format (at, "%Y-%m-%dT%H:%M:%S%:z");
}

/* One opening, with a cancellation or a move said in words beside it. */
static void
append_opening (GString *html, const HubrotaSite *site, HubrotaOccurrence *occurrence,
                gboolean with_download)
{
  g_autofree char *start = iso (hubrota_occurrence_get_start (occurrence));
  g_autofree char *end = iso (hubrota_occurrence_get_end (occurrence));
  g_autofree char *day = long_day (site, hubrota_occurrence_get_start (occurrence));
  g_autofree char *when = hours (site, occurrence);
  g_autofree char *change = NULL;
  const char *reason = hubrota_occurrence_get_reason (occurrence);
  /* The coordinator's words, isolated (U+2068 … U+2069) so that on a right-to-left page an
   * English reason keeps its full stop at its own end. */
  g_autofree char *isolated = g_strconcat ("\u2068", reason != NULL ? reason : "", "\u2069",
                                           NULL);
  gboolean cancelled = is_cancelled (occurrence);
  gboolean moved = hubrota_occurrence_get_moved (occurrence) && !cancelled;

  append_escaped (html, "<li class=\"%s\" data-start=\"%s\" data-end=\"%s\"%s>"
                  "<span class=\"when\">%s%s<span class=\"hours\">%s</span></span>",
                  cancelled ? "cancelled" : moved ? "moved" : "scheduled", start, end,
                  cancelled ? " data-cancelled" : "", day,
                  /* Translators: between an opening's day and its hours */
                  hubrota_catalogue_gettext (site->words, ", "), when);
  /* "Closed for Christmas" is said once: "Friday 25 December: Closed for Christmas". */
  if (cancelled && reason != NULL && g_ascii_strncasecmp (reason, "closed", 6) == 0)
    /* Translators: a closure whose reason already says it, "Friday 25 December: Closed for
     * Christmas" */
    change = g_strdup_printf (hubrota_catalogue_gettext (site->words, "%s: %s"), day, isolated);
  else if (cancelled && reason != NULL && *reason != '\0')
    /* Translators: the first %s is the day, the second the public reason */
    change = g_strdup_printf (hubrota_catalogue_gettext (site->words, "Closed on %s: %s"), day,
                              isolated);
  else if (cancelled)
    change = g_strdup_printf (hubrota_catalogue_gettext (site->words, "Closed on %s"), day);
  else if (moved)
    {
      g_autoptr(GDateTime) was = hubrota_london_start_of_day (
        hubrota_occurrence_get_original_date (occurrence));
      g_autofree char *was_day = long_day (site, was);

      if (g_str_equal (was_day, day))
        change = g_strdup_printf (hubrota_catalogue_gettext (site->words,
                                                             /* Translators: %s is the new
                                                              * hours, "14:00–17:00" */
                                                             "Moved to %s the same day"), when);
      else
        change = g_strdup_printf (hubrota_catalogue_gettext (site->words,
                                                             /* Translators: the new day, then
                                                              * the day it was on */
                                                             "Moved to %s (it was on %s)"),
                                  day, was_day);
    }
  if (change != NULL)
    append_escaped (html, "<p class=\"change\">%s</p>", change);
  if (with_download && !cancelled)
    {
      g_autofree char *file = hubrota_site_opening_file (occurrence);
      append_escaped (html, "<a class=\"one-off\" href=\"%s\">%s "
                      "<span class=\"visually-hidden\">(%s)</span></a>", file,
                      hubrota_catalogue_gettext (site->words, "Add just this one"), day);
    }
  g_string_append (html, "</li>\n");
}

static void
append_head (GString *html, const HubrotaSite *site, const char *title, const char *description,
             const char *feed, const char *feed_title)
{
  g_autofree char *language = hubrota_catalogue_dup_tag (site->words);

  append_escaped (html,
                  "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n"
                  "<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  /* A constant, so written as it is rather than escaped. */
                  "<meta http-equiv=\"Content-Security-Policy\" content=\"" CSP "\">\n"
                  "<meta name=\"color-scheme\" content=\"light dark\">\n"
                  "<meta name=\"description\" content=\"%s\">\n"
                  "<title>%s</title>\n"
                  "<link rel=\"stylesheet\" href=\"" CSS_FILE "\">\n"
                  "<link rel=\"icon\" type=\"image/svg+xml\" href=\"" ICON_FILE "\">\n"
                  "<link rel=\"alternate\" type=\"text/calendar\" href=\"%s\" title=\"%s\">\n"
                  "<link rel=\"alternate\" type=\"application/json\" href=\"" JSON_FILE "\">\n"
                  "<script src=\"" JS_FILE "\" defer></script>\n",
                  language, hubrota_catalogue_is_right_to_left (site->words) ? "rtl" : "ltr",
                  description, title, feed, feed_title);
}

static void
append_footer (GString *html, const HubrotaSite *site)
{
  append_escaped (html, "<footer class=\"site\"><p>%s</p><p><a href=\"" JSON_FILE "\">%s</a></p>"
                  "</footer>\n",
                  hubrota_catalogue_gettext (site->words,
                                             "Opening times are published with Hubrota. For an "
                                             "emergency always call 999; to report something "
                                             "that is not an emergency, call 101 or report it "
                                             "online."),
                  hubrota_catalogue_gettext (site->words, "Every hub and opening as data (JSON)"));
}

/* The words hubrota.js says, in the page's language: {name} marks where a value goes. */
static void
append_body (GString *html, const HubrotaSite *site)
{
  static const char *const words[][2] = {
    { "openNow", N_("Open now until {end}") },
    { "openToday", N_("Open today {hours}") },
    { "openTomorrow", N_("Next open tomorrow, {hours}") },
    { "openOn", N_("Next open {day}, {hours}") },
    { "noMatch", N_("No hub matches “{text}”") },
    { "matching", N_("Hubs that match: {shown} of {total}") },
    { "locating", N_("Finding where you are…") },
    { "distance", N_("{km} km away") },
    { "nearest", N_("Nearest first") },
    { "notShared", N_("Your browser did not share where you are; the list is by area.") },
    { "copied", N_("Link copied") },
    { "notCopied", N_("Could not copy; select the link above instead") },
  };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    {
      json_builder_set_member_name (builder, words[i][0]);
      json_builder_add_string_value (builder,
                                     hubrota_catalogue_gettext (site->words, words[i][1]));
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  text = json_to_string (root, FALSE);
  append_escaped (html, "<body data-words=\"%s\">\n", text);
}

/* How to subscribe in one calendar application; with href, the step's %s is a link. */
static void
append_step (GString *html, const char *application, const char *step, const char *href,
             const char *link_text)
{
  append_escaped (html, "<details><summary>%s</summary><ol><li>", application);
  if (href != NULL)
    append_with_link (html, step, href, link_text);
  else
    append_escaped (html, "%s", step);
  g_string_append (html, "</li></ol></details>\n");
}

/* The subscribe button, the link to copy and how to add it in each calendar application. */
static void
append_subscribe (GString *html, const HubrotaSite *site, const char *feed, const char *name,
                  const char *heading_id)
{
  g_autofree char *url = hubrota_site_url (site->base_url, feed);
  g_autofree char *webcal = hubrota_site_webcal_url (url);
  g_autofree char *escaped_webcal = webcal != NULL ? g_uri_escape_string (webcal, NULL, FALSE)
                                                   : NULL;
  g_autofree char *escaped_url = g_uri_escape_string (url, NULL, FALSE);
  g_autofree char *escaped_name = g_uri_escape_string (name, NULL, FALSE);

  g_autofree char *heading = g_strdup_printf (hubrota_catalogue_gettext (site->words,
                                                                         /* Translators: a
                                                                          * heading; %s is a
                                                                          * hub's name, or
                                                                          * "every hub" */
                                                                         "Add %s to your calendar"),
                                              name);

  append_escaped (html,
                  "<section class=\"subscribe card\" aria-labelledby=\"%s\">\n"
                  "<h2 id=\"%s\">%s</h2>\n<p>%s</p>\n<div class=\"actions\">",
                  heading_id, heading_id, heading,
                  hubrota_catalogue_gettext (site->words,
                                             "Subscribe once and your calendar keeps the opening "
                                             "times up to date by itself, with every change and "
                                             "closure."));
  if (webcal != NULL)
    append_escaped (html, "<a class=\"button\" href=\"%s\">%s</a>", webcal,
                    hubrota_catalogue_gettext (site->words, "Subscribe"));
  append_escaped (html, "<a class=\"button secondary\" href=\"%s\">%s</a><button type=\"button\" "
                  "class=\"secondary\" data-copy=\"%s\" hidden>%s</button>"
                  "<span role=\"status\"></span></div>\n<p>%s</p><code>%s</code>\n", feed,
                  hubrota_catalogue_gettext (site->words, "Download the calendar file"), url,
                  hubrota_catalogue_gettext (site->words, "Copy link"),
                  hubrota_catalogue_gettext (site->words, "The calendar’s address:"), url);
  append_step (html, "GNOME Calendar",
               hubrota_catalogue_gettext (site->words,
                                          "Press Subscribe, or in Calendar open Manage "
                                          "Calendars, choose Add Calendar and paste the address "
                                          "under “Import a Calendar”."), NULL, NULL);
  if (escaped_webcal != NULL)
    {
      g_autofree char *google = g_strconcat ("https://calendar.google.com/calendar/r?cid=",
                                             escaped_webcal, NULL);

      append_step (html, "Google Calendar",
                   hubrota_catalogue_gettext (site->words,
                                              /* Translators: %s is the link "Open it in Google Calendar" */
                                              "%s and confirm, or on a computer choose Other "
                                              "calendars, +, From URL, and paste the address."),
                   google, hubrota_catalogue_gettext (site->words, "Open it in Google Calendar"));
    }
  else
    append_step (html, "Google Calendar",
                 hubrota_catalogue_gettext (site->words,
                                            "On a computer choose Other calendars, +, From URL, "
                                            "and paste the address."), NULL, NULL);
  if (site->base_url != NULL)
    {
      g_autofree char *outlook = g_strdup_printf ("https://outlook.live.com/calendar/0/"
                                                  "addfromweb?url=%s&name=%s", escaped_url,
                                                  escaped_name);

      append_step (html, "Outlook",
                   hubrota_catalogue_gettext (site->words,
                                              /* Translators: %s is the link "Open it in Outlook.com" */
                                              "%s, or in Outlook choose Add calendar, Subscribe "
                                              "from web, and paste the address."),
                   outlook, hubrota_catalogue_gettext (site->words, "Open it in Outlook.com"));
    }
  append_step (html, hubrota_catalogue_gettext (site->words, "Apple Calendar (iPhone, iPad, Mac)"),
               hubrota_catalogue_gettext (site->words,
                                          "Tap Subscribe and then Subscribe again; or in "
                                          "Calendar on a Mac choose File, New Calendar "
                                          "Subscription, and paste the address."), NULL, NULL);
  append_step (html, "Thunderbird",
               hubrota_catalogue_gettext (site->words,
                                          "Choose New Calendar, On the Network, paste the "
                                          "address, and Find Calendars."), NULL, NULL);
  g_string_append (html, "</section>\n");
}

static const char *
beat_name (const HubrotaSite *site, HubrotaHub *hub)
{
  const char *name = g_hash_table_lookup (site->beat_names, hubrota_hub_get_beat (hub));

  return name != NULL ? name : hubrota_hub_get_beat (hub);
}

/* "MK45", the part of a postcode people search by */
static char *
postcode_district (HubrotaHub *hub)
{
  const char *postcode = hubrota_hub_get_postcode (hub);
  const char *space = strchr (postcode, ' ');

  return space != NULL ? g_strndup (postcode, (gsize) (space - postcode)) : g_strdup (postcode);
}

static void
append_hub_card (GString *html, const HubrotaSite *site, HubrotaHub *hub)
{
  g_autoptr(GPtrArray) upcoming = upcoming_at (site, hubrota_hub_get_slug (hub));
  g_autofree char *page = hubrota_site_hub_page (hubrota_hub_get_slug (hub));
  g_autofree char *district = postcode_district (hub);
  g_autofree char *search = g_strjoin (" ", hubrota_hub_get_name (hub),
                                       hubrota_hub_get_address (hub),
                                       hubrota_hub_get_postcode (hub), district,
                                       beat_name (site, hub), NULL);
  g_autofree char *lowered = g_utf8_strdown (search, -1);
  g_autofree char *address = hubrota_hub_format_address (hub);
  double lat, lon;
  guint listed = 0;

  append_escaped (html, "<li class=\"hub\" id=\"%s\" data-search=\"%s\"",
                  hubrota_hub_get_slug (hub), lowered);
  if (hubrota_hub_get_location (hub, &lat, &lon))
    {
      char lat_text[G_ASCII_DTOSTR_BUF_SIZE], lon_text[G_ASCII_DTOSTR_BUF_SIZE];

      /* For the script, so a decimal point whatever LC_NUMERIC says (Polish writes 52,03). */
      g_ascii_formatd (lat_text, sizeof lat_text, "%.6f", lat);
      g_ascii_formatd (lon_text, sizeof lon_text, "%.6f", lon);
      g_string_append_printf (html, " data-lat=\"%s\" data-lon=\"%s\"", lat_text, lon_text);
    }
  append_escaped (html, "><div class=\"card\"><h3><a href=\"%s\">%s</a></h3>\n",
                  page, hubrota_hub_get_name (hub));
  if (*address != '\0')
    append_escaped (html, "<p class=\"address\"><bdi>%s</bdi></p>\n", address);
  append_next_open (html, site, upcoming);
  g_string_append (html, "<ul class=\"openings\">\n");
  for (guint i = 0; i < upcoming->len && listed < OPENINGS_ON_INDEX; i++, listed++)
    append_opening (html, site, g_ptr_array_index (upcoming, i), FALSE);
  g_string_append (html, "</ul></div></li>\n");
}

static gboolean
in_beat (HubrotaHub *hub, const char *beat)
{
  return g_str_equal (hubrota_hub_get_beat (hub), beat);
}

static char *
index_html (const HubrotaSite *site)
{
  GString *html = g_string_new (NULL);
  g_autoptr(GPtrArray) beats = g_ptr_array_new ();

  append_head (html, site, hubrota_catalogue_gettext (site->words, "Police hubs: opening times"),
               hubrota_catalogue_gettext (site->words,
                                          "Where and when the police hubs are open, with every "
                                          "change and closure, and calendars to subscribe to."),
               ALL_HUBS_FEED, hubrota_catalogue_gettext (site->words, "Every hub’s opening times"));
  g_string_append (html, "</head>\n");
  append_body (html, site);
  append_escaped (html,
                  "<main>\n<h1>%s</h1>\n<p class=\"lead\">%s</p>\n"
                  "<div class=\"finder\" hidden><label for=\"hub-filter\">%s<input "
                  "id=\"hub-filter\" type=\"search\" autocomplete=\"postal-code\" "
                  "placeholder=\"%s\"></label><button type=\"button\" id=\"near-me\" "
                  "class=\"secondary\" hidden>%s</button><p id=\"finder-status\" "
                  "class=\"finder-status\" role=\"status\"></p></div>\n"
                  "<section id=\"nearest\" class=\"hub-group\" aria-labelledby=\"nearest-h\" "
                  "hidden><h2 id=\"nearest-h\">%s</h2><ul class=\"hub-list\"></ul></section>\n",
                  hubrota_catalogue_gettext (site->words, "Police hubs near you"),
                  hubrota_catalogue_gettext (site->words,
                                             "Drop in to a hub to speak to your neighbourhood "
                                             "team, report a crime or get advice. Each one opens "
                                             "at set times; they are all below, with any change "
                                             "or closure."),
                  hubrota_catalogue_gettext (site->words, "Find a hub by name, town or postcode"),
                  /* Translators: an example in the hub filter; keep a real town and postcode
                   * district of Bedfordshire */
                  hubrota_catalogue_gettext (site->words, "e.g. Ampthill or MK45"),
                  hubrota_catalogue_gettext (site->words, "Near me"),
                  hubrota_catalogue_gettext (site->words, "Nearest to you"));
  /* The beats in the order their first hub comes. */
  for (guint i = 0; i < site->hubs->len; i++)
    {
      const char *beat = hubrota_hub_get_beat (g_ptr_array_index (site->hubs, i));
      if (!g_ptr_array_find_with_equal_func (beats, beat, g_str_equal, NULL))
        g_ptr_array_add (beats, (gpointer) beat);
    }
  for (guint b = 0; b < beats->len; b++)
    {
      const char *beat = g_ptr_array_index (beats, b);
      const char *name = g_hash_table_lookup (site->beat_names, beat);

      append_escaped (html, "<section class=\"hub-group\" aria-labelledby=\"beat-%s\">"
                      "<h2 id=\"beat-%s\">%s</h2>\n<ul class=\"hub-list\">\n", beat, beat,
                      name != NULL ? name : beat);
      for (guint i = 0; i < site->hubs->len; i++)
        if (in_beat (g_ptr_array_index (site->hubs, i), beat))
          append_hub_card (html, site, g_ptr_array_index (site->hubs, i));
      g_string_append (html, "</ul></section>\n");
    }
  if (site->hubs->len == 0)
    append_escaped (html, "<p>%s</p>\n",
                    hubrota_catalogue_gettext (site->words, "No hubs are open yet."));
  append_subscribe (html, site, ALL_HUBS_FEED,
                    /* Translators: in "Add every hub to your calendar" */
                    hubrota_catalogue_gettext (site->words, "every hub"), "subscribe-all");
  g_string_append (html, "</main>\n");
  append_footer (html, site);
  g_string_append (html, "</body>\n</html>\n");
  return g_string_free (html, FALSE);
}

/* JSON, safe inside a <script> element: no "<" can end it early. */
static char *
json_text (JsonNode *node, gboolean for_script)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, !for_script);
  text = json_generator_to_data (generator, NULL);
  if (!for_script)
    return g_strconcat (text, "\n", NULL);
  parts = g_strsplit (text, "<", -1);
  return g_strjoinv ("\\u003c", parts);
}

static void
add_postal_address (JsonBuilder *builder, HubrotaHub *hub)
{
  json_builder_set_member_name (builder, "address");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@type");
  json_builder_add_string_value (builder, "PostalAddress");
  json_builder_set_member_name (builder, "streetAddress");
  json_builder_add_string_value (builder, hubrota_hub_get_address (hub));
  json_builder_set_member_name (builder, "postalCode");
  json_builder_add_string_value (builder, hubrota_hub_get_postcode (hub));
  json_builder_set_member_name (builder, "addressCountry");
  json_builder_add_string_value (builder, "GB");
  json_builder_end_object (builder);
}

static void
add_place (JsonBuilder *builder, HubrotaHub *hub, const char *page_url)
{
  double lat, lon;

  json_builder_set_member_name (builder, "@type");
  json_builder_add_string_value (builder, "Place");
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, hubrota_hub_get_name (hub));
  add_postal_address (builder, hub);
  if (hubrota_hub_get_location (hub, &lat, &lon))
    {
      json_builder_set_member_name (builder, "geo");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "@type");
      json_builder_add_string_value (builder, "GeoCoordinates");
      json_builder_set_member_name (builder, "latitude");
      json_builder_add_double_value (builder, lat);
      json_builder_set_member_name (builder, "longitude");
      json_builder_add_double_value (builder, lon);
      json_builder_end_object (builder);
    }
  if (page_url != NULL)
    {
      json_builder_set_member_name (builder, "url");
      json_builder_add_string_value (builder, page_url);
    }
}

char *
hubrota_site_event_name (HubrotaCatalogue *words,
                         HubrotaHub       *hub)
{
  /* Translators: a public calendar event; %s is the hub's name, e.g. "Bedford police hub open" */
  return g_strdup_printf (hubrota_catalogue_gettext (words, "%s police hub open"),
                          hubrota_hub_get_name (hub));
}

/* schema.org's Event for each opening, at the hub's Place. */
static char *
hub_json_ld (const HubrotaSite *site, HubrotaHub *hub, GPtrArray *upcoming)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *page = hubrota_site_hub_page (hubrota_hub_get_slug (hub));
  g_autofree char *page_url = site->base_url != NULL ? hubrota_site_url (site->base_url, page)
                                                     : NULL;
  g_autofree char *name = hubrota_site_event_name (site->words, hub);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@context");
  json_builder_add_string_value (builder, "https://schema.org");
  add_place (builder, hub, page_url);
  json_builder_set_member_name (builder, "event");
  json_builder_begin_array (builder);
  for (guint i = 0; i < upcoming->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (upcoming, i);
      g_autofree char *start = iso (hubrota_occurrence_get_start (occurrence));
      g_autofree char *end = iso (hubrota_occurrence_get_end (occurrence));
      const char *status = is_cancelled (occurrence) ? "https://schema.org/EventCancelled"
                           : hubrota_occurrence_get_moved (occurrence)
                             ? "https://schema.org/EventRescheduled"
                             : "https://schema.org/EventScheduled";

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "@type");
      json_builder_add_string_value (builder, "Event");
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, name);
      json_builder_set_member_name (builder, "startDate");
      json_builder_add_string_value (builder, start);
      json_builder_set_member_name (builder, "endDate");
      json_builder_add_string_value (builder, end);
      json_builder_set_member_name (builder, "eventStatus");
      json_builder_add_string_value (builder, status);
      json_builder_set_member_name (builder, "eventAttendanceMode");
      json_builder_add_string_value (builder, "https://schema.org/OfflineEventAttendanceMode");
      json_builder_set_member_name (builder, "isAccessibleForFree");
      json_builder_add_boolean_value (builder, TRUE);
      if (*hubrota_hub_get_description (hub) != '\0')
        {
          json_builder_set_member_name (builder, "description");
          json_builder_add_string_value (builder, hubrota_hub_get_description (hub));
        }
      json_builder_set_member_name (builder, "location");
      json_builder_begin_object (builder);
      add_place (builder, hub, page_url);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_text (root, TRUE);
}

static void
append_map_links (GString *html, const HubrotaSite *site, HubrotaHub *hub)
{
  double lat, lon;
  char lat_text[G_ASCII_DTOSTR_BUF_SIZE], lon_text[G_ASCII_DTOSTR_BUF_SIZE];

  if (!hubrota_hub_get_location (hub, &lat, &lon))
    return;
  g_ascii_formatd (lat_text, sizeof lat_text, "%.5f", lat);
  g_ascii_formatd (lon_text, sizeof lon_text, "%.5f", lon);
  append_escaped (html, "<ul class=\"map-links\"><li><a href=\"https://www.openstreetmap.org/"
                  "?mlat=%s&amp;mlon=%s#map=17/%s/%s\">%s</a></li>"
                  "<li><a href=\"geo:%s,%s\">%s</a></li></ul>\n",
                  lat_text, lon_text, lat_text, lon_text,
                  hubrota_catalogue_gettext (site->words, "See it on OpenStreetMap"),
                  lat_text, lon_text,
                  hubrota_catalogue_gettext (site->words, "Open in your maps app"));
}

static char *
hub_html (const HubrotaSite *site, HubrotaHub *hub)
{
  g_autoptr(GPtrArray) upcoming = upcoming_at (site, hubrota_hub_get_slug (hub));
  g_autofree char *feed = g_strconcat (hubrota_hub_get_slug (hub), ".ics", NULL);
  /* Translators: a hub page's title; %s is the hub's name */
  g_autofree char *title = g_strdup_printf (hubrota_catalogue_gettext (site->words,
                                                                       "%s police hub: opening "
                                                                       "times"),
                                            hubrota_hub_get_name (hub));
  g_autofree char *feed_title = g_strdup_printf (hubrota_catalogue_gettext (site->words,
                                                                            /* Translators: a
                                                                             * hub's calendar
                                                                             * link; %s is its
                                                                             * name */
                                                                            "%s opening times"),
                                                 hubrota_hub_get_name (hub));
  g_autofree char *json_ld = hub_json_ld (site, hub, upcoming);
  const char *description = hubrota_hub_get_description (hub);
  g_autofree char *address = hubrota_hub_format_address (hub);
  GString *html = g_string_new (NULL);

  append_head (html, site, title, *description != '\0' ? description : title, feed, feed_title);
  /* Made safe for a script element by json_text; HTML escaping would break the JSON. */
  g_string_append (html, "<script type=\"application/ld+json\">");
  g_string_append (html, json_ld);
  g_string_append (html, "</script>\n</head>\n");
  append_body (html, site);
  append_escaped (html, "<header class=\"site\"><p><a href=\"index.html\">%s</a></p></header>\n"
                  "<main class=\"hub-page\">\n",
                  hubrota_catalogue_gettext (site->words, "All police hubs"));
  append_escaped (html, "<h1>%s</h1>\n", hubrota_hub_get_name (hub));
  append_next_open (html, site, upcoming);
  if (*description != '\0')
    append_escaped (html, "<p class=\"lead\"><bdi>%s</bdi></p>\n", description);
  /* The way to subscribe is after the openings, and a tap away from the top. */
  append_escaped (html, "<p class=\"jump\"><a class=\"button\" href=\"#subscribe-hub\">%s</a>"
                  "</p>\n", hubrota_catalogue_gettext (site->words, "Add to your calendar"));
  if (*address != '\0')
    {
      append_escaped (html, "<h2>%s</h2>\n<p class=\"address\"><bdi>%s</bdi></p>\n",
                      hubrota_catalogue_gettext (site->words, "Where"), address);
      append_map_links (html, site, hub);
    }
  append_escaped (html, "<h2>%s</h2>\n", hubrota_catalogue_gettext (site->words, "Opening times"));
  if (upcoming->len == 0)
    append_escaped (html, "<p>%s</p>\n",
                    hubrota_catalogue_gettext (site->words, "No openings are planned yet."));
  else
    {
      g_string_append (html, "<ul class=\"openings\">\n");
      for (guint i = 0; i < upcoming->len; i++)
        append_opening (html, site, g_ptr_array_index (upcoming, i), TRUE);
      append_escaped (html, "</ul>\n<p>%s</p>\n",
                      hubrota_catalogue_gettext (site->words,
                                                 "“Add just this one” puts a single opening in "
                                                 "your calendar, which will not hear of any later "
                                                 "change: subscribing (below) is better."));
    }
  append_subscribe (html, site, feed, hubrota_hub_get_name (hub), "subscribe-hub");
  g_string_append (html, "</main>\n");
  append_footer (html, site);
  g_string_append (html, "</body>\n</html>\n");
  return g_string_free (html, FALSE);
}

static void
add_member (JsonBuilder *builder, const char *name, const char *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* One opening as data.police.uk writes a neighbourhood event (title, type, description,
 * address, start_date, end_date), with what Hubrota knows beside it. */
static void
add_opening_json (JsonBuilder *builder, const HubrotaSite *site, HubrotaHub *hub,
                  HubrotaOccurrence *occurrence)
{
  g_autofree char *title = hubrota_site_event_name (site->words, hub);
  g_autofree char *address = hubrota_hub_format_address (hub);
  g_autofree char *start = iso (hubrota_occurrence_get_start (occurrence));
  g_autofree char *end = iso (hubrota_occurrence_get_end (occurrence));
  g_autofree char *file = hubrota_site_opening_file (occurrence);
  g_autofree char *date = hubrota_london_format_date (hubrota_occurrence_get_original_date (occurrence));
  gboolean cancelled = is_cancelled (occurrence);

  json_builder_begin_object (builder);
  add_member (builder, "title", title);
  add_member (builder, "type", "police-hub");
  add_member (builder, "description", hubrota_hub_get_description (hub));
  add_member (builder, "address", address);
  add_member (builder, "start_date", start);
  add_member (builder, "end_date", end);
  add_member (builder, "status", cancelled ? "cancelled" : "scheduled");
  add_member (builder, "cancelled_reason", cancelled ? hubrota_occurrence_get_reason (occurrence)
                                                     : NULL);
  json_builder_set_member_name (builder, "moved");
  json_builder_add_boolean_value (builder, hubrota_occurrence_get_moved (occurrence));
  add_member (builder, "original_date", date);
  add_member (builder, "calendar_file", cancelled ? NULL : file);
  json_builder_end_object (builder);
}

static char *
hubs_json (const HubrotaSite *site)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *all_url = hubrota_site_url (site->base_url, ALL_HUBS_FEED);

  json_builder_begin_object (builder);
  add_member (builder, "calendar", all_url);
  json_builder_set_member_name (builder, "hubs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < site->hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (site->hubs, i);
      g_autoptr(GPtrArray) upcoming = upcoming_at (site, hubrota_hub_get_slug (hub));
      g_autofree char *address = hubrota_hub_format_address (hub);
      g_autofree char *page = hubrota_site_hub_page (hubrota_hub_get_slug (hub));
      g_autofree char *page_url = hubrota_site_url (site->base_url, page);
      g_autofree char *feed = g_strconcat (hubrota_hub_get_slug (hub), ".ics", NULL);
      g_autofree char *feed_url = hubrota_site_url (site->base_url, feed);
      double lat, lon;
      gboolean placed = hubrota_hub_get_location (hub, &lat, &lon);

      json_builder_begin_object (builder);
      add_member (builder, "id", hubrota_hub_get_slug (hub));
      add_member (builder, "title", hubrota_hub_get_name (hub));
      add_member (builder, "description", hubrota_hub_get_description (hub));
      add_member (builder, "address", address);
      add_member (builder, "postcode", hubrota_hub_get_postcode (hub));
      add_member (builder, "area", beat_name (site, hub));
      json_builder_set_member_name (builder, "latitude");
      placed ? json_builder_add_double_value (builder, lat) : json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "longitude");
      placed ? json_builder_add_double_value (builder, lon) : json_builder_add_null_value (builder);
      add_member (builder, "url", page_url);
      add_member (builder, "calendar", feed_url);
      json_builder_set_member_name (builder, "openings");
      json_builder_begin_array (builder);
      for (guint j = 0; j < upcoming->len; j++)
        add_opening_json (builder, site, hub, g_ptr_array_index (upcoming, j));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_text (root, FALSE);
}

/* The style sheet, the script and the icon, built into the program (site.gresource.xml). */
static char *
asset (const char *name)
{
  g_autofree char *path = g_strconcat (RESOURCE_PATH, name, NULL);
  /* From the resource itself, not the global table: a static library's constructor that
   * would register it may never be linked in. */
  g_autoptr(GBytes) bytes = g_resource_lookup_data (hubrota_site_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert (bytes != NULL);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

void
hubrota_site_build (const HubrotaSite *site, HubrotaSiteAdd add, gpointer user_data)
{
  g_return_if_fail (site != NULL && add != NULL);

  add ("index.html", index_html (site), user_data);
  for (guint i = 0; i < site->hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (site->hubs, i);
      g_autofree char *page = hubrota_site_hub_page (hubrota_hub_get_slug (hub));

      add (page, hub_html (site, hub), user_data);
    }
  add (JSON_FILE, hubs_json (site), user_data);
  add (CSS_FILE, asset (CSS_FILE), user_data);
  add (JS_FILE, asset (JS_FILE), user_data);
  add (ICON_FILE, asset (ICON_FILE), user_data);
}
