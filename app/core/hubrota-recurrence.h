/* hubrota-recurrence.h: RRULE checking and expansion (libical parses, hubrota-rrule.c expands)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean   hubrota_recurrence_validate (GDateTime   *start,
                                        const char  *rrule,
                                        GError     **error);
/* The local start times (Europe/London GDateTimes) of every occurrence of the series that
 * starts at or after window_start and before window_end, in order. A NULL rrule is a
 * one-off: just start, if it falls in the window. */
GPtrArray *hubrota_recurrence_expand   (GDateTime   *start,
                                        const char  *rrule,
                                        GDateTime   *window_start,
                                        GDateTime   *window_end,
                                        GError     **error);
/* "every Saturday", "the first Saturday of each month"…, or NULL when the rule is beyond
 * what Hubrota can put in words (the caller then shows the RRULE itself). */
char      *hubrota_recurrence_describe (GDateTime   *start,
                                        const char  *rrule);

G_END_DECLS
