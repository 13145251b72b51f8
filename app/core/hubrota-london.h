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
/* Exactly YYYY-MM-DDTHH:MM, a local time that exists (not in the spring gap), optionally
 * followed by the offset London has then (+01:00 or +00:00), which picks one of the autumn's
 * two 01:30s; without it, one in the repeated hour is the first of the two. This reads what
 * hubrota_london_format_local writes. */
GDateTime *hubrota_london_parse_datetime (const char  *text,
                                          GError     **error);
/* The same for what a person typed: a time in the autumn's repeated hour must carry its
 * offset, since otherwise nothing says which of the two was meant. */
GDateTime *hubrota_london_parse_input_datetime (const char  *text,
                                                GError     **error);
/* The same for a clock time (HH:MM, optionally with its offset) on day: what the window's
 * date and time fields hold. */
GDateTime *hubrota_london_parse_input_on (const GDate *day,
                                          const char  *clock,
                                          GError     **error);
/* Whether the wall-clock time of local happens twice in Europe/London. */
gboolean   hubrota_london_is_ambiguous  (GDateTime   *local);
/* Whether local is the second time its wall clock reads so (01:30 GMT after 01:30 BST). */
gboolean   hubrota_london_is_repeat     (GDateTime   *local);
/* Exactly HH:MM, a time of day from 00:00 to 23:59, as minutes after midnight: the clock
 * times the window's fields and roster shifts hold. */
gboolean   hubrota_london_parse_clock    (const char  *text,
                                          int         *out_minutes,
                                          GError     **error);
/* Exactly YYYY-MM-DD, a date that exists, in HUBROTA_FIRST_YEAR to HUBROTA_LAST_YEAR. */
GDate     *hubrota_london_parse_date     (const char  *text,
                                          GError     **error);
gboolean   hubrota_london_parse_duration (const char  *text,
                                          int         *out_minutes,
                                          GError     **error);
/* YYYY-MM-DDTHH:MM, with +00:00 after it for the second of the autumn's two 01:30s. */
char      *hubrota_london_format_local   (GDateTime   *datetime);
/* HH:MM for people, with BST or GMT after it in the autumn's repeated hour. */
char      *hubrota_london_format_clock   (GDateTime   *datetime);
/* HH:MM as a person types it: with its offset (+01:00 or +00:00) in the repeated hour. */
char      *hubrota_london_format_input_clock (GDateTime *datetime);
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
