/* hubrota-csv.h: an RFC 4180 CSV reader, for officers exported from a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint  line;     /* the 1-based line the record starts on */
  GStrv  fields;   /* NULL-terminated, each field unquoted, never NULL */
} HubrotaCsvRecord;

void       hubrota_csv_record_free (HubrotaCsvRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HubrotaCsvRecord, hubrota_csv_record_free)

/* Every record of text, in order; blank lines are skipped. A GPtrArray with a free func. */
GPtrArray *hubrota_csv_parse       (const char        *text,
                                    gsize              length,
                                    GError           **error);

G_END_DECLS
