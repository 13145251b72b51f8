/* hubrota-export.h: publishing the calendar feeds to a folder a web server can serve
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hubrota-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *base_url;    /* where the folder is served, e.g. https://example.org/hubs */
  int past_days;           /* the feeds start this many days back (default 28) */
  int future_days;         /* and reach this many days ahead (default 182) */
  int refresh_hours;       /* how often clients should look again (default 6) */
  gboolean officers;       /* also write private/<token>.ics for each officer */
  const char *language;    /* the feeds' and pages' words: a gettext code such as "pl";
                            * NULL or "en" for English (hubrota-catalogue.h) */
} HubrotaExportOptions;

void       hubrota_export_options_init (HubrotaExportOptions        *options);
/* Publishes the site and its feeds (hubrota-site.h): builds the whole set beside dir and swaps
 * it in one step, so readers see the old set or the new one and a failure leaves the old one;
 * a file that has not changed goes on as the same file. Returns the paths of the set, relative
 * to dir. */
GPtrArray *hubrota_export              (HubrotaStore                *store,
                                        const char                  *dir,
                                        const HubrotaExportOptions  *options,
                                        GError                     **error);


/* The same in a worker thread that opens its own store on db_path, so the caller's store
 * stays free for the main thread. The options' strings are copied. */
void       hubrota_export_async        (const char                  *db_path,
                                        const char                  *dir,
                                        const HubrotaExportOptions  *options,
                                        GCancellable                *cancellable,
                                        GAsyncReadyCallback          callback,
                                        gpointer                     user_data);
/* Returns: (transfer full): the paths written, relative to dir, as hubrota_export gives. */
GPtrArray *hubrota_export_finish       (GAsyncResult                *result,
                                        GError                     **error);

/* Where the published files are served: base_url (with or without a trailing slash) joined
 * with the very names the exporter writes (all-hubs.ics, HUB.ics, private/TOKEN.ics). These
 * are https:// (or http://) addresses, not webcal://: calendar applications subscribe to
 * either, and only these also open in a browser. NULL when base_url is NULL or empty. */
char      *hubrota_export_all_hubs_url (const char                  *base_url);
char      *hubrota_export_hub_url      (const char                  *base_url,
                                        const char                  *hub_slug);
/* NULL unless base_url is https://: the token in it is the only secret. */
char      *hubrota_export_officer_url  (const char                  *base_url,
                                        const char                  *token);

G_END_DECLS
