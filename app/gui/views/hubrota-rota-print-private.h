/* hubrota-rota-print-private.h: what the tests may read of a printed rota
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-rota-print.h"

G_BEGIN_DECLS

/* The notice's rows as plain text, one a line: a day's heading alone, an opening as
 * "time | hub | officers | note | state" (empty where there is none). */
char *_hubrota_rota_print_text (HubrotaRota *rota,
                                GPtrArray   *openings,
                                const GDate *monday,
                                const char  *scope_title);

G_END_DECLS
