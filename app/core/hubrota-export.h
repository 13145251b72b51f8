/* hubrota-export.h: publishing the calendar feeds to a folder a web server can serve
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *base_url;    /* where the folder is served, e.g. https://example.org/hubs */
  int past_days;           /* the feeds start this many days back (default 28) */
  int future_days;         /* and reach this many days ahead (default 182) */
  int refresh_hours;       /* how often clients should look again (default 6) */
  gboolean officers;       /* also write private/<token>.ics for each officer */
} HubrotaExportOptions;

void       hubrota_export_options_init (HubrotaExportOptions        *options);
/* Writes every file, each through a temporary name and a rename, and only once all of them
 * are ready, so readers never see half a file and a failure leaves the old ones. Returns
 * the paths written, relative to dir. */
GPtrArray *hubrota_export              (HubrotaStore                *store,
                                        const char                  *dir,
                                        const HubrotaExportOptions  *options,
                                        GError                     **error);

G_END_DECLS
