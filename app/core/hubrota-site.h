/* hubrota-site.h: the public web pages published beside the feeds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hubrota-catalogue.h"
#include "hubrota-hub.h"
#include "hubrota-occurrence.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray  *hubs;          /* HubrotaHub: the hubs that publish, in the order to list */
  GHashTable *beat_names;    /* beat slug → its name, to group the hubs by */
  GPtrArray  *occurrences;   /* HubrotaOccurrence: the feeds' window, every hub, by start */
  const char *base_url;      /* where the folder is served (for subscribe links), or NULL */
  GDateTime  *now;           /* the openings before it are over */
  HubrotaCatalogue *words;   /* the pages' language (and lang/dir); NULL for English */
} HubrotaSite;

/* Takes one file of the site: path relative to the folder, and its contents (owned). */
typedef void (*HubrotaSiteAdd) (const char *path,
                                char       *contents,
                                gpointer    user_data);

/* index.html (every hub, by beat, with a filter and "Near me"), HUB.html for each hub,
 * hubs.json, and the style sheet and script they share. Only hub data and opening times
 * go in: never who staffs an opening. */
void  hubrota_site_build        (const HubrotaSite *site,
                                 HubrotaSiteAdd     add,
                                 gpointer           user_data);

/* The file that holds one opening alone (openings/ampthill-42-20270320.ics): named, as its
 * UID is, by its series and original date, so it keeps its name when it moves. */
char *hubrota_site_opening_file (HubrotaOccurrence *occurrence);

/* "Bedford police hub open" in words' language: an opening's name in the feeds (SUMMARY) and
 * on the pages (JSON-LD, hubs.json), said once for both. */
char *hubrota_site_event_name   (HubrotaCatalogue  *words,
                                 HubrotaHub        *hub);

/* What the site's files are called, for the exporter: a hub's page (ampthill.html). */
char *hubrota_site_hub_page     (const char        *hub_slug);

/* "https://example.org/hubs/ampthill.ics": base_url (trailing slashes dropped) and file, or
 * file alone when there is no base URL. */
char *hubrota_site_url          (const char        *base_url,
                                 const char        *file);
/* The same address as webcal://, which makes a browser hand it to the calendar application
 * to subscribe; NULL unless url is http(s). */
char *hubrota_site_webcal_url   (const char        *url);

G_END_DECLS
