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
/* When something applies: "Sat 5 Dec, 10:00–13:00" within a day, "Sun 13 Dec – Tue 15 Dec" for
 * whole days (a hotspot's window), "Sat 5 Dec 22:00 – Sun 6 Dec 02:00" across midnight. */
char *hubrota_format_span             (GDateTime         *from,
                                       GDateTime         *until);
/* "30 Nov – 6 Dec 2026" */
char *hubrota_format_week             (const GDate       *monday);
/* "Cancelled: Closed for Christmas", or "Moved from Saturday 5 December", or NULL */
char *hubrota_format_change           (HubrotaOccurrence *occurrence);
/* "Sam Patel (PC1234)" */
char *hubrota_format_officer          (HubrotaOfficer    *officer);
/* A role as people say it: "PC", "PCSO", "Special", "Sergeant", "Volunteer" */
const char *hubrota_format_role       (HubrotaRole        role);
/* Days of the week as bits, Monday bit 0. */
#define HUBROTA_WEEKDAYS_MASK 0x1f   /* Monday to Friday */
#define HUBROTA_ALL_DAYS_MASK 0x7f
/* "Mon" for 0 to "Sun" for 6. */
const char *hubrota_format_weekday    (guint              day);
/* "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU": the RRULE for days (bits) every so many weeks. */
char *hubrota_format_weekly_rrule     (guint              days,
                                       guint              every_weeks);
/* "Mon–Fri 08:00–16:00 from 2 Nov 2026", "Once: Sat 5 Dec 10:00–18:00" */
char *hubrota_format_duty             (HubrotaDuty       *duty);
/* "7 Dec – 11 Dec 2026" for whole days (end being the 00:00 they are back), else
 * "Sat 5 Dec 10:00 – Sat 5 Dec 2026 18:00". */
char *hubrota_format_away             (GDateTime         *start,
                                       GDateTime         *end);
/* A rule as a heading or an opening's problem: "Overtime", "Beat left uncovered"… */
const char *hubrota_format_rule       (HubrotaRule        rule);

/* An opening's status, the same on the card, the sidebar, the month, the Problems page and the
 * printed notice: "Double-booked" (its worst problem), "Understaffed 1 of 2", "Over-staffed
 * 3 of 2", "Staffed", "Cancelled". */
char *hubrota_format_status           (HubrotaOpeningStatus *status);
/* Every problem: "Double-booked · Overtime", or NULL when there is none. */
char *hubrota_format_status_problems  (HubrotaOpeningStatus *status);
/* The style class of a level: "error", "warning", "accent" (a note), "success", "dim-label". */
const char *hubrota_format_status_class (HubrotaStatusLevel level);
/* "1 of 2 officers", or "3 officers, 2 needed" when there are more than it needs. */
char *hubrota_format_staffing         (HubrotaOpeningStatus *status);
/* What an officer on the opening is part of there, one sentence a line, or NULL. */
char *hubrota_format_officer_problems (HubrotaOpeningStatus *status,
                                       const char           *officer);

/* An error from the core ("the database … is read-only") as a sentence for a toast or a
 * label: capitalised, never empty. */
char *hubrota_format_error            (const GError      *error);
/* A toast showing text as it is: libadwaita 1.2 reads a toast's title as Pango markup, so a
 * name like "R&D Centre" would otherwise vanish. */
AdwToast *hubrota_toast_new           (const char        *text);
/* A line from the core ("there is already an officer ‘PC1’") as a sentence on its own:
 * the first letter a capital. */
char *hubrota_format_sentence         (const char        *text);

/* As long as the store lets a slug be (hubrota-store-hubs.c). */
#define HUBROTA_MAX_SLUG_LENGTH 64

/* "Church Street shops" → "church-street-shops", "St John’s Hall" → "st-johns-hall": a slug
 * the store accepts, or "" when the name has no letter or digit in it. */
char *hubrota_slug_from_name          (const char        *name);

/* How much of a beat's limit a week's abstraction uses (1 is at the limit, 2 twice it), and
 * the hours away as a percentage of the hours on duty (100 when away with no duty). */
double     hubrota_abstraction_level  (double             away_hours,
                                       double             on_duty_hours,
                                       double             limit,
                                       double            *out_percent);
/* A level bar for hubrota_abstraction_level, with the limit in the middle, that turns to a
 * warning past it; label is what a screen reader says. */
GtkWidget *hubrota_abstraction_bar_new (double            level,
                                        const char       *label);

GDateTime *hubrota_date_to_datetime   (const GDate       *date);
/* The day of datetime, in datetime's own time zone. */
void  hubrota_date_from_datetime      (GDate             *out_date,
                                       GDateTime         *datetime);
/* The Monday of the ISO week holding day. */
void  hubrota_date_to_monday          (GDate             *day);

/* A time of day typed as "HH:MM" (24-hour; spaces around it are fine), read by the core's
 * parser, as minutes after midnight. */
gboolean hubrota_parse_clock          (const char        *text,
                                       int               *out_minutes);
/* A day typed as YYYY-MM-DD (spaces around it are fine), or NULL. */
GDate     *hubrota_parse_day          (const char        *text);
/* The London moment of an "HH:MM" time on day, read by the core's parser as the command line
 * reads it; with offset_allowed, "01:30+00:00" picks the second of the autumn's two 01:30s.
 * NULL when there is none, with *out_problem saying why in one line: not a time, a time the
 * clocks skip that day, or one they show twice (without its offset), rather than quietly
 * moving or guessing it. */
GDateTime *hubrota_parse_moment       (const GDate       *day,
                                       const char        *time_text,
                                       gboolean           offset_allowed,
                                       const char       **out_problem);
/* Today (0), tomorrow (1)… in London as YYYY-MM-DD, as it is typed. */
char      *hubrota_format_days_ahead  (int                days);
/* Reads an "opens at" and a "closes at" row, marks a wrong one with the "error" style, and
 * says what is wrong, or NULL when the hours are good (closing after opening, same day). */
const char *hubrota_read_hours        (AdwEntryRow       *opens,
                                       AdwEntryRow       *closes,
                                       int               *out_start,
                                       int               *out_minutes);

/* What is typed in editable, without spaces at either end. */
char *hubrota_editable_dup_stripped   (GtkEditable       *editable);

/* A tooltip (and the accessible description) for the many widgets a view makes: the text is
 * kept until a tooltip is wanted, where gtk_widget_set_tooltip_text () asks the display there
 * and then, milliseconds a widget. NULL removes it. */
void  hubrota_widget_set_tooltip      (GtkWidget         *widget,
                                       const char        *text);
/* The text hubrota_widget_set_tooltip () gave, or NULL. */
const char *hubrota_widget_get_tooltip (GtkWidget        *widget);
void  hubrota_widget_set_css_class    (GtkWidget         *widget,
                                       const char        *css_class,
                                       gboolean           enabled);

G_END_DECLS
