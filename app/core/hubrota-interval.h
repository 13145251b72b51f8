/* hubrota-interval.h: half-open time ranges in Unix seconds, and sets of them
 *
 * A "set" is a GArray of HubrotaInterval, sorted, with no two intervals overlapping or
 * touching; hubrota_intervals_normalise() makes one out of any array.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gint64 start;
  gint64 end;   /* exclusive */
} HubrotaInterval;

GArray   *hubrota_intervals_new       (void);
void      hubrota_intervals_normalise (GArray       *intervals);
/* The index of the first interval of the set that ends after t (len if none). */
guint     hubrota_intervals_search    (const GArray *set,
                                       gint64        t);
/* How many seconds of [start, end) the set covers. */
gint64    hubrota_intervals_measure   (const GArray *set,
                                       gint64        start,
                                       gint64        end);
/* Whether a single interval of the set holds all of [start, end). */
gboolean  hubrota_intervals_contain   (const GArray *set,
                                       gint64        start,
                                       gint64        end);
/* Appends to out the parts of the set inside [start, end). */
void      hubrota_intervals_clip      (const GArray *set,
                                       gint64        start,
                                       gint64        end,
                                       GArray       *out);
/* Appends to out the set a minus the set b. */
void      hubrota_intervals_subtract  (const GArray *a,
                                       const GArray *b,
                                       GArray       *out);

G_END_DECLS
