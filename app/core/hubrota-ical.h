/* hubrota-ical.h: the public iCalendar feeds of the hubs' openings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hubrota-catalogue.h"
#include "hubrota-officer.h"

G_BEGIN_DECLS

/* A zero-filled struct (or NULL) asks for the defaults. */
typedef struct
{
  const char *base_url;      /* http(s) address the feeds are published under, or NULL */
  int         refresh_hours; /* REFRESH-INTERVAL and X-PUBLISHED-TTL; 0 means 6 */
  GDateTime  *now;           /* the DTSTAMP of an opening with no change on record; NULL
                              * means now */
  GDateTime  *window_start;  /* where the feed's period starts, for the VTIMEZONE; NULL, and
                              * the openings always count */
  HubrotaCatalogue *words;   /* the language of the words of SUMMARY, DESCRIPTION, CATEGORIES
                              * and the calendar's name (SUMMARY and CATEGORIES carry its
                              * LANGUAGE=); NULL for English. Dates and times stay RFC 5545's,
                              * whatever the language. */
} HubrotaIcalOptions;

/* One VCALENDAR called name, with a VEVENT for each opening (HubrotaOccurrence, cancelled
 * ones included, in the order given) at its hub (HubrotaHub, found by slug in hubs). Only hub
 * data and the openings' times go out, never who staffs them. Returns the iCalendar text, with
 * CRLF line ends and folded lines; NULL and HUBROTA_STORE_ERROR_INVALID for a bad option, or
 * HUBROTA_STORE_ERROR_NOT_FOUND for an opening at a hub not in hubs. */
char *hubrota_ical_public_feed (const char                *name,
                                GPtrArray                 *hubs,
                                GPtrArray                 *occurrences,
                                const HubrotaIcalOptions  *options,
                                GError                   **error);

/* The events of public feeds, each opening's made once and shared by every feed that lists it
 * (its hub's and all hubs'): the same opening object, the same options (and so one DTSTAMP)
 * and the same hub. */
typedef struct _HubrotaIcalEvents HubrotaIcalEvents;

HubrotaIcalEvents *hubrota_ical_events_new  (void);
void               hubrota_ical_events_free (HubrotaIcalEvents *events);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HubrotaIcalEvents, hubrota_ical_events_free)

/* hubrota_ical_public_feed, taking each opening's event from events or adding it there. */
char *hubrota_ical_public_feed_shared (const char                *name,
                                       GPtrArray                 *hubs,
                                       GPtrArray                 *occurrences,
                                       const HubrotaIcalOptions  *options,
                                       HubrotaIcalEvents         *events,
                                       GError                   **error);

/* An officer's private calendar: the openings (of those given) they are on, each with the
 * hub, its address, the time and who else is on (names: collar number → name). Its UIDs
 * differ from the public feed's. */
char *hubrota_ical_officer_feed (HubrotaOfficer            *officer,
                                 GPtrArray                 *hubs,
                                 GPtrArray                 *occurrences,
                                 GHashTable                *names,
                                 const HubrotaIcalOptions  *options,
                                 GError                   **error);

/* Whether base_url can go into the feeds: an http or https address of printable ASCII with a
 * host and no query or fragment. HUBROTA_STORE_ERROR_INVALID otherwise. */
gboolean hubrota_ical_check_base_url (const char  *base_url,
                                      GError     **error);

G_END_DECLS
