/* hubrota-format.h: dates, hours and people as the windows show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

/* "Saturday 5 December" */
char *hubrota_format_day              (GDateTime         *datetime);
/* "Sat 5 Dec" */
char *hubrota_format_short_day        (GDateTime         *datetime);
/* "10:00–13:00" */
char *hubrota_format_time_range       (GDateTime         *start,
                                       GDateTime         *end);
/* "30 Nov – 6 Dec 2026" */
char *hubrota_format_week             (const GDate       *monday);
/* "Cancelled: Closed for Christmas", or "Moved from Saturday 5 December", or NULL */
char *hubrota_format_change           (HubrotaOccurrence *occurrence);
/* "Sam Patel (PC1234)" */
char *hubrota_format_officer          (HubrotaOfficer    *officer);
/* A role as people say it: "PC", "PCSO", "Special", "Sergeant", "Volunteer" */
const char *hubrota_format_role       (HubrotaRole        role);
/* A rule as a heading: "Off duty", "Beat left uncovered"… */
const char *hubrota_format_rule       (HubrotaRule        rule);

/* An error from the core ("the database … is read-only") as a sentence for a toast or a
 * label: capitalised, never empty. */
char *hubrota_format_error            (const GError      *error);

GDateTime *hubrota_date_to_datetime   (const GDate       *date);
/* The Monday of the ISO week holding day. */
void  hubrota_date_to_monday          (GDate             *day);

/* A time of day typed as "HH:MM" (24-hour, "9:30" too), as minutes after midnight. */
gboolean hubrota_parse_clock          (const char        *text,
                                       int               *out_minutes);
/* Reads an "opens at" and a "closes at" row, marks a wrong one with the "error" style, and
 * says what is wrong, or NULL when the hours are good (closing after opening, same day). */
const char *hubrota_read_hours        (AdwEntryRow       *opens,
                                       AdwEntryRow       *closes,
                                       int               *out_start,
                                       int               *out_minutes);

void  hubrota_widget_set_css_class    (GtkWidget         *widget,
                                       const char        *css_class,
                                       gboolean           enabled);

G_END_DECLS
