/* hubrota-occurrence.h: one opening of a hub, as expanded from its series and exceptions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HUBROTA_OCCURRENCE_SCHEDULED,
  HUBROTA_OCCURRENCE_CANCELLED,
} HubrotaOccurrenceStatus;

#define HUBROTA_TYPE_OCCURRENCE (hubrota_occurrence_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaOccurrence, hubrota_occurrence, HUBROTA, OCCURRENCE, GObject)

HubrotaOccurrence       *hubrota_occurrence_new               (const char        *hub,
                                                               gint64             series,
                                                               const GDate       *original_date,
                                                               GDateTime         *start,
                                                               GDateTime         *end);
const char              *hubrota_occurrence_get_hub           (HubrotaOccurrence *self);
gint64                   hubrota_occurrence_get_series        (HubrotaOccurrence *self);
/* The local date the series put this opening on, before any move: with the series id
 * it names the opening for good (exceptions, assignments and feed UIDs hang off it). */
const GDate             *hubrota_occurrence_get_original_date (HubrotaOccurrence *self);
GDateTime               *hubrota_occurrence_get_start         (HubrotaOccurrence *self);
GDateTime               *hubrota_occurrence_get_end           (HubrotaOccurrence *self);
HubrotaOccurrenceStatus  hubrota_occurrence_get_status        (HubrotaOccurrence *self);
const char              *hubrota_occurrence_get_reason        (HubrotaOccurrence *self);
gboolean                 hubrota_occurrence_get_moved         (HubrotaOccurrence *self);
int                      hubrota_occurrence_get_min_officers  (HubrotaOccurrence *self);
/* The collar numbers of the officers staffing it, sorted; empty when cancelled. */
GPtrArray               *hubrota_occurrence_get_assigned      (HubrotaOccurrence *self);
/* When cancelled, the officers who were on it, sorted (their own calendars keep it, marked
 * cancelled); empty otherwise. */
GPtrArray               *hubrota_occurrence_get_stood_down    (HubrotaOccurrence *self);
/* How many times its time, place or status has changed (the iCalendar SEQUENCE), and when
 * it last did (UTC; NULL if never recorded). */
int                      hubrota_occurrence_get_sequence      (HubrotaOccurrence *self);
GDateTime               *hubrota_occurrence_get_last_modified (HubrotaOccurrence *self);
gboolean                 hubrota_occurrence_is_same           (HubrotaOccurrence *a,
                                                               HubrotaOccurrence *b);
const char              *hubrota_occurrence_status_to_string  (HubrotaOccurrenceStatus status);

/* Used by the store while it expands a series. */
void hubrota_occurrence_set_cancelled    (HubrotaOccurrence *self,
                                          const char        *reason);
void hubrota_occurrence_set_moved        (HubrotaOccurrence *self,
                                          GDateTime         *start,
                                          GDateTime         *end);
void hubrota_occurrence_set_min_officers (HubrotaOccurrence *self,
                                          int                min_officers);
void hubrota_occurrence_add_assigned     (HubrotaOccurrence *self,
                                          const char        *officer);
void hubrota_occurrence_add_stood_down   (HubrotaOccurrence *self,
                                          const char        *officer);
void hubrota_occurrence_set_revision     (HubrotaOccurrence *self,
                                          int                sequence,
                                          GDateTime         *last_modified);

G_END_DECLS
