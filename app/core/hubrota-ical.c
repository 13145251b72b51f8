/* hubrota-ical.c: the public iCalendar feeds of the hubs' openings, on libical
 *
 * The calendar is built as libical components and serialised by libical, so every text value
 * is escaped and every long line folded by the library, with one exception (X-WR-CALNAME, see
 * calendar_name_line). Each opening is its own
 * VEVENT rather than one recurring event with EXDATEs and overrides, which many subscribed
 * clients get wrong; it is named by the store's keys, so a re-export updates events instead of
 * duplicating them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaIcal"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include <libical/ical.h>

#include "hubrota-error-private.h"
#include "hubrota-hub.h"
#include "hubrota-ical.h"
#include "hubrota-london.h"
#include "hubrota-occurrence.h"
#include "hubrota-officer.h"
#include "hubrota-site.h"

#define DEFAULT_REFRESH_HOURS 6
#define MAX_REFRESH_HOURS (24 * 366)
#define PRODID "-//Hubrota//Hubrota " PACKAGE_VERSION "//EN"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

typedef struct
{
  GHashTable *hubs;                 /* slug → HubrotaHub, borrowed */
  struct icaltimetype dtstamp;
  const char *base_url;
  const char *officer;              /* whose private feed this is; NULL for a public one */
  GHashTable *names;                /* collar number → name, for a private feed */
  HubrotaCatalogue *words;          /* the language of the feed's words; NULL for English */
} Feed;

typedef icalproperty *(*NewTextProperty) (const char *value);
typedef icalproperty *(*NewTimeProperty) (struct icaltimetype value);

/* libical escapes backslashes, commas, semicolons and newlines, but 3.0.16 silently drops a
 * carriage return ("a\rb" would come back "ab") and passes the other control characters through
 * raw, which RFC 5545 TEXT forbids. So every line end becomes "\n" and the other controls go,
 * before the text reaches libical, and so do the spaces at either end. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (clean, '\n');
          if (p[1] == '\n')
            p++;
        }
      else if (*p == '\n' || *p == '\t' || !g_ascii_iscntrl (*p))
        g_string_append_c (clean, *p);
    }
  /* libical, like other readers, drops the spaces at either end of a value: leave them
   * out, so that what a calendar reads is what the feed says (fuzz-ical found "Only a "). */
  return g_strstrip (g_string_free (clean, FALSE));
}

static icalproperty *
add_text (icalcomponent *component, NewTextProperty new_property, const char *text)
{
  g_autofree char *clean = clean_text (text);
  icalproperty *property = new_property (clean);

  icalcomponent_add_property (component, property);
  return property;
}

/* Text in the feed's language, which RFC 5545 section 3.2.10 lets a property say, so a reader
 * can pick a font or a voice; English, the default, goes unmarked as before. */
static void
add_words (icalcomponent *component, NewTextProperty new_property, const char *text,
           const Feed *feed)
{
  icalproperty *property = add_text (component, new_property, text);
  g_autofree char *tag = hubrota_catalogue_dup_tag (feed->words);

  if (!g_str_equal (hubrota_catalogue_get_language (feed->words), "en"))
    icalproperty_add_parameter (property, icalparameter_new_language (tag));
}

/* libical has no constructors for the X-WR- and X-PUBLISHED- names, so they are x-properties:
 * libical escapes their backslashes and newlines but not their commas and semicolons, so only
 * values that have none (a zone's name, a duration) go this way. */
static void
add_x (icalcomponent *component, const char *name, const char *value)
{
  g_autofree char *clean = clean_text (value);
  icalproperty *property = icalproperty_new_x (clean);

  icalproperty_set_x_name (property, name);
  icalcomponent_add_property (component, property);
}

static struct icaltimetype
utc_time (GDateTime *datetime)
{
  return icaltime_from_timet_with_zone ((time_t) g_date_time_to_unix (datetime), FALSE,
                                        icaltimezone_get_utc_timezone ());
}

/* The wall-clock time with TZID=Europe/London spelt out: icalproperty_new_dtstart writes no
 * TZID at all, and icalcomponent_set_dtstart would write the builtin zone's
 * /freeassociation.sourceforge.net/ name, which several clients do not recognise. Both of
 * the autumn's two 01:30s go out in UTC: with a TZID, RFC 5545 section 3.3.5 reads the time as
 * the first, but libical and ical.js (Thunderbird) read it as the second. */
static icalproperty *
local_time_property (NewTimeProperty new_property, GDateTime *datetime)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (datetime, hubrota_london_tz ());
  struct icaltimetype t = icaltime_null_time ();
  icalproperty *property;

  if (hubrota_london_is_ambiguous (local))
    return new_property (utc_time (local));

  t.year = g_date_time_get_year (local);
  t.month = g_date_time_get_month (local);
  t.day = g_date_time_get_day_of_month (local);
  t.hour = g_date_time_get_hour (local);
  t.minute = g_date_time_get_minute (local);
  t.second = g_date_time_get_second (local);
  t.is_date = 0;
  property = new_property (t);
  icalproperty_add_parameter (property, icalparameter_new_tzid (HUBROTA_TIME_ZONE));
  return property;
}

/* The VTIMEZONE must cover the window and every opening from their start; a day to spare. */
static GDateTime *
feed_start (const HubrotaIcalOptions *options,
            GPtrArray                *occurrences,
            GDateTime                *now)
{
  GDateTime *from = options->window_start;

  for (guint i = 0; i < occurrences->len; i++)
    {
      GDateTime *start = hubrota_occurrence_get_start (g_ptr_array_index (occurrences, i));

      if (from == NULL || g_date_time_compare (start, from) < 0)
        from = start;
    }
  return g_date_time_add_days (from != NULL ? from : now, -1);
}

/* A copy of libical's zone (the zone and its component are libical's to keep). libical 3.0.16
 * names it "/freeassociation.sourceforge.net/Europe/London" whatever
 * icaltimezone_set_tzid_prefix says, and brings every change since 1847 (about 390 lines): so
 * the copy gets the plain Olson name and only the rules from the feed's start on.
 * ms_compatible keeps each rule's first DTSTART (1981, 1999) rather than moving it into the
 * window, which libical notes Outlook and Exchange do not like; with it the zone is the same
 * text for any start from 2000 to 2036, so a feed does not change just because a day passed.
 * No end is given: the rules then stay open-ended, as the zone's are. Closed at the window's
 * end (with UNTIL and an RFC 7808 TZUNTIL), readers built on dateutil (vobject) lost the
 * autumn change whenever the last one before the end was in October, and read every winter
 * opening an hour early. */
static icalcomponent *
make_london_vtimezone (GDateTime *from, GError **error)
{
  icaltimezone *zone = icaltimezone_get_builtin_timezone (HUBROTA_TIME_ZONE);   /* borrowed */
  icalcomponent *builtin = zone != NULL ? icaltimezone_get_component (zone) : NULL;
  icalcomponent *vtimezone;
  icalproperty *tzid;

  if (builtin == NULL)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_FAILED,
                      _("libical has no time zone data for %s"), HUBROTA_TIME_ZONE);
      return NULL;
    }

  vtimezone = icalcomponent_new_clone (builtin);
  tzid = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  if (tzid != NULL)
    icalproperty_set_tzid (tzid, HUBROTA_TIME_ZONE);
  else
    icalcomponent_add_property (vtimezone, icalproperty_new_tzid (HUBROTA_TIME_ZONE));
  icaltimezone_truncate_vtimezone (vtimezone, utc_time (from), icaltime_null_time (), 1);
  return vtimezone;
}

/* Cloning libical's 390 lines and trimming them took most of the time of an officer's feed,
 * and an export writes two thousand feeds over the same window: so the trimmed zone of the last
 * few spans is kept (for the life of the program, a few kilobytes) and each feed gets a copy.
 * A lock, because feeds are built in worker threads. */
#define ZONES_KEPT 4

typedef struct
{
  gint64 from;
  icalcomponent *vtimezone;
} KeptZone;

static GMutex zones_lock;
static KeptZone zones_kept[ZONES_KEPT];
static guint zones_next;

static icalcomponent *
london_vtimezone (GDateTime *from, GError **error)
{
  gint64 from_unix = g_date_time_to_unix (from);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&zones_lock);
  icalcomponent *vtimezone;
  KeptZone *slot;

  for (guint i = 0; i < ZONES_KEPT; i++)
    if (zones_kept[i].vtimezone != NULL && zones_kept[i].from == from_unix)
      return icalcomponent_new_clone (zones_kept[i].vtimezone);
  vtimezone = make_london_vtimezone (from, error);
  if (vtimezone == NULL)
    return NULL;
  slot = &zones_kept[zones_next];
  zones_next = (zones_next + 1) % ZONES_KEPT;
  g_clear_pointer (&slot->vtimezone, icalcomponent_free);
  *slot = (KeptZone) { from_unix, vtimezone };
  return icalcomponent_new_clone (vtimezone);
}

static icalcomponent *
new_calendar (const char *name, int refresh_hours)
{
  icalcomponent *calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  struct icaldurationtype refresh = icaldurationtype_from_int (refresh_hours * 3600);
  char *ttl = icaldurationtype_as_ical_string_r (refresh);

  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  /* No METHOD: a published feed is not an iTIP message. METHOD:PUBLISH would need an
   * ORGANIZER on every event (RFC 5546 section 3.2.1), a contact address that clients show
   * as if the event were an invitation; and without METHOD, RFC 5545 section 3.8.7.2 lets
   * DTSTAMP be when the event last changed, so an unchanged feed stays byte-identical. */
  add_text (calendar, icalproperty_new_name, name);
  add_x (calendar, "X-WR-TIMEZONE", HUBROTA_TIME_ZONE);
  /* libical writes the VALUE=DURATION that RFC 7986 requires here by itself. */
  icalcomponent_add_property (calendar, icalproperty_new_refreshinterval (refresh));
  add_x (calendar, "X-PUBLISHED-TTL", ttl);
  icalmemory_free_buffer (ttl);
  return calendar;
}

/* Named for good by the store's keys: the series and the date the series put the opening on,
 * which a move does not change; never by position or chance, so a re-export updates events. */
/* A private feed's events have UIDs of their own, so a client that also subscribes to the
 * public feed never merges the two. */
static char *
opening_uid (HubrotaOccurrence *occurrence, gboolean private_feed)
{
  const GDate *date = hubrota_occurrence_get_original_date (occurrence);

  return g_strdup_printf ("%" G_GINT64_FORMAT "-%04u%02u%02u@%s.%shubrota",
                          hubrota_occurrence_get_series (occurrence),
                          (unsigned) g_date_get_year (date),
                          (unsigned) g_date_get_month (date),
                          (unsigned) g_date_get_day (date),
                          hubrota_occurrence_get_hub (occurrence),
                          private_feed ? "staff." : "");
}

static gboolean
is_cancelled (HubrotaOccurrence *occurrence)
{
  return hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED;
}

static char *
opening_summary (const Feed *feed, HubrotaHub *hub, HubrotaOccurrence *occurrence)
{
  const char *name = hubrota_hub_get_name (hub);

  if (feed->officer != NULL && is_cancelled (occurrence))
    return g_strdup_printf (hubrota_catalogue_gettext (feed->words,
                                                       /* Translators: an officer's own
                                                        * calendar, a duty that was called
                                                        * off; %s is the hub's name */
                                                       "Cancelled: on duty at %s police hub"),
                            name);
  if (feed->officer != NULL)
    /* Translators: an officer's own calendar; %s is the hub's name */
    return g_strdup_printf (hubrota_catalogue_gettext (feed->words, "On duty at %s police hub"),
                            name);
  if (is_cancelled (occurrence))
    return g_strdup_printf (hubrota_catalogue_gettext (feed->words,
                                                       /* Translators: a public calendar's
                                                        * event that will not happen; %s is
                                                        * the hub's name */
                                                       "Cancelled: %s police hub open"), name);
  return hubrota_site_event_name (feed->words, hub);
}

/* The public reason first for a cancelled opening, then what people can do at the hub. */
static char *
opening_description (const Feed *feed, HubrotaHub *hub, HubrotaOccurrence *occurrence)
{
  const char *about = hubrota_hub_get_description (hub);
  const char *reason = hubrota_occurrence_get_reason (occurrence);
  GString *text = g_string_new (NULL);

  if (is_cancelled (occurrence) && reason != NULL && reason[0] != '\0')
    /* Translators: the start of a cancelled opening's description; %s is the public reason,
     * e.g. "Cancelled: Flooded" */
    g_string_append_printf (text, hubrota_catalogue_gettext (feed->words, "Cancelled: %s"),
                            reason);
  else if (is_cancelled (occurrence))
    g_string_append (text, hubrota_catalogue_gettext (feed->words, "Cancelled."));
  if (about != NULL && about[0] != '\0')
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n\n" : "", about);
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}

static void
add_revision (icalcomponent *event, const Feed *feed, HubrotaOccurrence *occurrence)
{
  GDateTime *last_modified = hubrota_occurrence_get_last_modified (occurrence);
  int sequence = hubrota_occurrence_get_sequence (occurrence);
  g_autofree char *uid = opening_uid (occurrence, feed->officer != NULL);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  /* When the opening last changed (see new_calendar), not when the feed was written: a
   * publish of an unchanged rota then writes the same bytes, and every poll gets a 304. */
  icalcomponent_add_property (event, icalproperty_new_dtstamp (last_modified != NULL
                                                               ? utc_time (last_modified)
                                                               : feed->dtstamp));
  /* With no change on record there is nothing true to say: the export time would make every
   * opening look edited at every publish. */
  if (last_modified != NULL)
    icalcomponent_add_property (event, icalproperty_new_lastmodified (utc_time (last_modified)));
  icalcomponent_add_property (event, icalproperty_new_sequence (sequence));
}

static void
add_place (icalcomponent *event, const Feed *feed, HubrotaHub *hub)
{
  g_autofree char *location = hubrota_hub_format_address (hub);
  struct icalgeotype geo;

  if (location[0] != '\0')
    add_text (event, icalproperty_new_location, location);
  if (hubrota_hub_get_location (hub, &geo.lat, &geo.lon))
    icalcomponent_add_property (event, icalproperty_new_geo (geo));
  if (feed->base_url != NULL)
    {
      g_autofree char *page = hubrota_site_hub_page (hubrota_hub_get_slug (hub));
      g_autofree char *url = hubrota_site_url (feed->base_url, page);
      icalcomponent_add_property (event, icalproperty_new_url (url));
    }
}

/* "On with you: PC2230 Dan Whitfield, VOL9003 Pat Simmons", for an officer's own feed. */
static char *
staff_description (const Feed *feed, HubrotaOccurrence *occurrence)
{
  GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence);
  g_autoptr(GString) others = g_string_new (NULL);

  for (guint i = 0; i < assigned->len; i++)
    {
      const char *id = g_ptr_array_index (assigned, i);
      const char *name = g_hash_table_lookup (feed->names, id);

      if (g_str_equal (id, feed->officer))
        continue;
      if (others->len > 0)
        /* Translators: between the officers in "On with you: …" */
        g_string_append (others, hubrota_catalogue_gettext (feed->words, ", "));
      g_string_append (others, id);
      if (name != NULL)
        g_string_append_printf (others, " %s", name);
    }
  if (others->len == 0)
    return g_strdup (hubrota_catalogue_gettext (feed->words,
                                                "Nobody else is on this opening yet."));
  /* Translators: an officer's own calendar; %s lists the others on the opening, e.g.
   * "PC2230 Dan Whitfield, VOL9003 Pat Simmons" */
  return g_strdup_printf (hubrota_catalogue_gettext (feed->words, "On with you: %s"),
                          others->str);
}

/* A public feed carries only hub data and the opening's times: who staffs an opening is
 * private, so hubrota_occurrence_get_assigned is read only for an officer's own feed. */
static icalcomponent *
new_opening (const Feed *feed, HubrotaOccurrence *occurrence)
{
  HubrotaHub *hub = g_hash_table_lookup (feed->hubs, hubrota_occurrence_get_hub (occurrence));
  GDateTime *start = hubrota_occurrence_get_start (occurrence);
  GDateTime *end = hubrota_occurrence_get_end (occurrence);
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  g_autofree char *summary = opening_summary (feed, hub, occurrence);
  g_autofree char *description = opening_description (feed, hub, occurrence);

  if (feed->officer != NULL && !is_cancelled (occurrence))
    {
      g_autofree char *staff = staff_description (feed, occurrence);
      g_autofree char *about = g_steal_pointer (&description);

      description = about != NULL ? g_strdup_printf ("%s\n\n%s", staff, about)
                                  : g_steal_pointer (&staff);
    }

  add_revision (event, feed, occurrence);
  icalcomponent_add_property (event, local_time_property (icalproperty_new_dtstart, start));
  icalcomponent_add_property (event, local_time_property (icalproperty_new_dtend, end));
  add_words (event, icalproperty_new_summary, summary, feed);
  add_place (event, feed, hub);
  if (description != NULL)
    /* Not marked: the hub's description is in whatever language its coordinator wrote. */
    add_text (event, icalproperty_new_description, description);
  add_words (event, icalproperty_new_categories,
             /* Translators: the category of every opening in a calendar */
             hubrota_catalogue_gettext (feed->words, "Police hub"), feed);
  icalcomponent_add_property (event, icalproperty_new_status (is_cancelled (occurrence)
                                                              ? ICAL_STATUS_CANCELLED
                                                              : ICAL_STATUS_CONFIRMED));
  /* A hub being open does not make a subscriber busy, but an officer on duty there is. */
  icalcomponent_add_property (event, icalproperty_new_transp (feed->officer != NULL &&
                                                              !is_cancelled (occurrence)
                                                              ? ICAL_TRANSP_OPAQUE
                                                              : ICAL_TRANSP_TRANSPARENT));
  return event;
}

/* A URL goes out as a URI value, which libical writes unescaped: only a plain http or https
 * address of printable ASCII, with no query or fragment of its own, may reach it. */
gboolean
hubrota_ical_check_base_url (const char *base_url, GError **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  for (const char *p = base_url; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || (guchar) *p >= 0x7f)
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             _("the base URL may hold only printable ASCII, with no spaces"));

  uri = g_uri_parse (base_url, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || (g_strcmp0 (scheme, "https") != 0 && g_strcmp0 (scheme, "http") != 0) ||
      g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0' ||
      g_uri_get_query (uri) != NULL || g_uri_get_fragment (uri) != NULL)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("the base URL ‘%s’ is not an http or https address "
                             "without a query or fragment"), base_url);
  return TRUE;
}

static gboolean
check_options (const HubrotaIcalOptions *options, GError **error)
{
  if (options->refresh_hours < 0 || options->refresh_hours > MAX_REFRESH_HOURS)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("the refresh interval must be 1 to %d hours"), MAX_REFRESH_HOURS);
  return options->base_url == NULL || hubrota_ical_check_base_url (options->base_url, error);
}

static GHashTable *
hubs_by_slug (GPtrArray *hubs, GPtrArray *occurrences, GError **error)
{
  g_autoptr(GHashTable) by_slug = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (hubs, i);
      g_hash_table_insert (by_slug, (gpointer) hubrota_hub_get_slug (hub), hub);
    }
  for (guint i = 0; i < occurrences->len; i++)
    {
      const char *slug = hubrota_occurrence_get_hub (g_ptr_array_index (occurrences, i));

      if (!g_hash_table_contains (by_slug, slug))
        {
          _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                          _("an opening is at the hub ‘%s’, which the feed was not given"), slug);
          return NULL;
        }
    }
  return g_steal_pointer (&by_slug);
}

/* libical allocates the text with its own allocator; hand back a GLib string. */
static char *
serialise (icalcomponent *calendar)
{
  char *ical = icalcomponent_as_ical_string_r (calendar);
  char *text = g_strdup (ical);

  icalmemory_free_buffer (ical);
  return text;
}

/* X-WR-CALNAME as TEXT, escaped and folded here. libical 3.0.16 writes an x-property's commas
 * and semicolons raw (vobject then cut a hub's calendar name at its first comma), and given a
 * TEXT value it adds VALUE=TEXT and still does not escape them. The escaping is libical's own
 * for TEXT values; the folding is RFC 5545 section 3.1's: at most 75 octets a line, never
 * inside a UTF-8 character. */
static char *
calendar_name_line (const char *name)
{
  g_autofree char *clean = clean_text (name);
  icalvalue *value = icalvalue_new_text (clean);
  char *escaped = icalvalue_as_ical_string_r (value);
  g_autofree char *line = g_strconcat ("X-WR-CALNAME:", escaped, NULL);
  GString *folded = g_string_new (NULL);
  gsize width = 0;

  icalmemory_free_buffer (escaped);
  icalvalue_free (value);
  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize size = (gsize) (g_utf8_next_char (p) - p);

      if (width + size > 75)
        {
          g_string_append (folded, "\r\n ");
          width = 1;
        }
      g_string_append_len (folded, p, (gssize) size);
      width += size;
    }
  g_string_append (folded, "\r\n");
  return g_string_free (folded, FALSE);
}

/* The calendar's text with its X-WR-CALNAME last among its own properties, before the
 * VTIMEZONE every feed has. */
static char *
serialise_calendar (icalcomponent *calendar, const char *name)
{
  g_autofree char *text = serialise (calendar);
  g_autofree char *name_line = calendar_name_line (name);
  const char *zone = strstr (text, "\r\nBEGIN:VTIMEZONE\r\n");

  g_assert (zone != NULL);
  zone += 2;
  return g_strdup_printf ("%.*s%s%s", (int) (zone - text), text, name_line, zone);
}

struct _HubrotaIcalEvents
{
  GHashTable *texts;   /* HubrotaOccurrence → its VEVENT as text */
};

HubrotaIcalEvents *
hubrota_ical_events_new (void)
{
  HubrotaIcalEvents *events = g_new0 (HubrotaIcalEvents, 1);

  events->texts = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  return events;
}

void
hubrota_ical_events_free (HubrotaIcalEvents *events)
{
  if (events == NULL)
    return;
  g_hash_table_unref (events->texts);
  g_free (events);
}

/* libical writes a component as its BEGIN line, its properties, each child in turn and its END
 * line, and folds line by line; so a calendar's text is its text without events with each
 * event's own text put before END:VCALENDAR, to the byte. */
static char *
splice_events (icalcomponent *calendar, const char *name, const Feed *feed,
               GPtrArray *occurrences, HubrotaIcalEvents *events)
{
  static const char end[] = "END:VCALENDAR\r\n";
  g_autofree char *head = serialise_calendar (calendar, name);
  GString *text = g_string_new (head);

  g_assert (g_str_has_suffix (text->str, end));
  g_string_truncate (text, text->len - strlen (end));
  for (guint i = 0; i < occurrences->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      const char *event = g_hash_table_lookup (events->texts, occurrence);

      if (!g_hash_table_contains (feed->hubs, hubrota_occurrence_get_hub (occurrence)))
        continue;
      if (event == NULL)
        {
          g_autoptr(icalcomponent) component = new_opening (feed, occurrence);
          char *made = serialise (component);

          g_hash_table_insert (events->texts, occurrence, made);
          event = made;
        }
      g_string_append (text, event);
    }
  g_string_append (text, end);
  return g_string_free (text, FALSE);
}

static char *
build_feed (const char                *name,
            GPtrArray                 *hubs,
            GPtrArray                 *occurrences,
            const HubrotaIcalOptions  *options,
            const char                *officer,
            GHashTable                *names,
            HubrotaIcalEvents         *events,
            GError                   **error)
{
  static const HubrotaIcalOptions defaults = { 0 };
  g_autoptr(GHashTable) by_slug = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  icalcomponent *vtimezone;
  Feed feed;

  if (options == NULL)
    options = &defaults;
  if (!check_options (options, error))
    return NULL;
  by_slug = hubs_by_slug (hubs, occurrences, error);
  if (by_slug == NULL)
    return NULL;

  now = options->now != NULL ? g_date_time_ref (options->now) : g_date_time_new_now_utc ();
  from = feed_start (options, occurrences, now);
  vtimezone = london_vtimezone (from, error);
  if (vtimezone == NULL)
    return NULL;

  calendar = new_calendar (name, options->refresh_hours > 0 ? options->refresh_hours
                                                            : DEFAULT_REFRESH_HOURS);
  icalcomponent_add_component (calendar, vtimezone);
  feed = (Feed) { .hubs = by_slug, .dtstamp = utc_time (now), .base_url = options->base_url,
                  .officer = officer, .names = names, .words = options->words };
  if (events != NULL)
    return splice_events (calendar, name, &feed, occurrences, events);
  for (guint i = 0; i < occurrences->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (occurrences, i);

      /* Only openings of the hubs this feed describes (an archived or unknown hub has none). */
      if (g_hash_table_contains (by_slug, hubrota_occurrence_get_hub (occurrence)))
        icalcomponent_add_component (calendar, new_opening (&feed, occurrence));
    }
  return serialise_calendar (calendar, name);
}

char *
hubrota_ical_public_feed (const char                *name,
                          GPtrArray                 *hubs,
                          GPtrArray                 *occurrences,
                          const HubrotaIcalOptions  *options,
                          GError                   **error)
{
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (hubs != NULL && occurrences != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return build_feed (name, hubs, occurrences, options, NULL, NULL, NULL, error);
}

char *
hubrota_ical_public_feed_shared (const char                *name,
                                 GPtrArray                 *hubs,
                                 GPtrArray                 *occurrences,
                                 const HubrotaIcalOptions  *options,
                                 HubrotaIcalEvents         *events,
                                 GError                   **error)
{
  g_return_val_if_fail (name != NULL && events != NULL, NULL);
  g_return_val_if_fail (hubs != NULL && occurrences != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return build_feed (name, hubs, occurrences, options, NULL, NULL, events, error);
}

char *
hubrota_ical_officer_feed (HubrotaOfficer            *officer,
                           GPtrArray                 *hubs,
                           GPtrArray                 *occurrences,
                           GHashTable                *names,
                           const HubrotaIcalOptions  *options,
                           GError                   **error)
{
  g_autoptr(GPtrArray) own = g_ptr_array_new ();
  g_autofree char *name = NULL;
  const char *id;

  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer), NULL);
  g_return_val_if_fail (hubs != NULL && occurrences != NULL && names != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  id = hubrota_officer_get_id (officer);
  /* Their openings, and those they were on that have been cancelled since: a calendar that
   * saw an event vanish may keep it, one that sees it cancelled strikes it out. */
  for (guint i = 0; i < occurrences->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      if (g_ptr_array_find_with_equal_func (hubrota_occurrence_get_assigned (occurrence), id,
                                            g_str_equal, NULL) ||
          g_ptr_array_find_with_equal_func (hubrota_occurrence_get_stood_down (occurrence), id,
                                            g_str_equal, NULL))
        g_ptr_array_add (own, occurrence);
    }
  name = g_strdup_printf (hubrota_catalogue_gettext (options != NULL ? options->words : NULL,
                                                     /* Translators: an officer's own
                                                      * calendar: collar number and name,
                                                      * "Hub duty: PC2230 Dan Whitfield" */
                                                     "Hub duty: %s %s"),
                          id, hubrota_officer_get_name (officer));
  return build_feed (name, hubs, own, options, id, names, NULL, error);
}
