/* hubrota-london.h: local time in Europe/London, the only zone Hubrota schedules in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HUBROTA_TIME_ZONE "Europe/London"
/* The years any date may fall in: wide enough for any rota, narrow enough that libical, GLib
 * and the feeds all handle every date in it. */
#define HUBROTA_FIRST_YEAR 1900
#define HUBROTA_LAST_YEAR 2500

/* (transfer none): one zone shared for the life of the program */
GTimeZone *hubrota_london_tz            (void);
/* The instant a Europe/London wall-clock time names, read as RFC 5545 section 3.3.5 reads a
 * time with a TZID, so Hubrota and every calendar agree: in the autumn's hour that comes
 * twice, the first (BST), or the second if later; in the spring gap, with the offset from
 * before the gap (01:30 GMT, which the clocks show as 02:30 BST). */
GDateTime *hubrota_london_new_local     (int          year,
                                         int          month,
                                         int          day,
                                         int          hour,
                                         int          minute,
                                         gboolean     later);
/* Exactly YYYY-MM-DDTHH:MM, a local time that exists (not in the spring gap); one in the
 * autumn's repeated hour is the first of the two. */
GDateTime *hubrota_london_parse_datetime (const char  *text,
                                          GError     **error);
/* The same for what a person typed: the autumn's repeated hour is refused too, since a
 * stored local time could not say which of the two was meant. */
GDateTime *hubrota_london_parse_input_datetime (const char  *text,
                                                GError     **error);
/* Whether the wall-clock time of local happens twice in Europe/London. */
gboolean   hubrota_london_is_ambiguous  (GDateTime   *local);
/* Exactly YYYY-MM-DD, a date that exists, in HUBROTA_FIRST_YEAR to HUBROTA_LAST_YEAR. */
GDate     *hubrota_london_parse_date     (const char  *text,
                                          GError     **error);
gboolean   hubrota_london_parse_duration (const char  *text,
                                          int         *out_minutes,
                                          GError     **error);
char      *hubrota_london_format_local   (GDateTime   *datetime);
char      *hubrota_london_format_iso     (GDateTime   *datetime);
char      *hubrota_london_format_date    (const GDate *date);
/* "Sat 5 Dec 10:00–13:00" for Unix times [start, end), or with both days when it crosses
 * midnight: "Sat 5 Dec 22:00 to Sun 6 Dec 06:00". */
char      *hubrota_london_format_range   (gint64       start,
                                          gint64       end);
GDateTime *hubrota_london_start_of_day   (const GDate *date);
/* Today's date in Europe/London, by the clock. */
void       hubrota_london_today          (GDate       *out_today);

G_END_DECLS
