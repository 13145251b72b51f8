/* hubrota-london.h: local time in Europe/London, the only zone Hubrota schedules in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HUBROTA_TIME_ZONE "Europe/London"

/* (transfer none): one zone shared for the life of the program */
GTimeZone *hubrota_london_tz            (void);
GDateTime *hubrota_london_parse_datetime (const char  *text,
                                          GError     **error);
GDate     *hubrota_london_parse_date     (const char  *text,
                                          GError     **error);
gboolean   hubrota_london_parse_duration (const char  *text,
                                          int         *out_minutes,
                                          GError     **error);
char      *hubrota_london_format_local   (GDateTime   *datetime);
char      *hubrota_london_format_iso     (GDateTime   *datetime);
char      *hubrota_london_format_date    (const GDate *date);
GDateTime *hubrota_london_start_of_day   (const GDate *date);

G_END_DECLS
