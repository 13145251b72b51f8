/* hubrota-rota-private.h: the rota's in-memory model, shared by its files and the tests
 *
 * Everything is held by index and time in Unix seconds, so that checking one change
 * touches a handful of sorted arrays and never the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-interval.h"
#include "hubrota-rota.h"

G_BEGIN_DECLS

#define NONE (-1)
/* A hotspot needs a patrol in every window of this many days. */
#define HOTSPOT_WINDOW_DAYS 3

typedef struct
{
  gint64 start;
  gint64 end;
  char *reason;
} RotaAbsence;

typedef struct
{
  HubrotaOfficer *object;
  int beat;               /* home beat, or NONE */
  GArray *duty;           /* set of HubrotaInterval: rostered duty */
  GArray *on_duty;        /* set: duty less absences */
  GArray *absences;       /* RotaAbsence by start; they may overlap */
  GArray *assignments;    /* int occurrence indexes, by occurrence start */
  gint64 leaves;          /* 00:00 on their leaving date, or G_MAXINT64 */
} RotaOfficer;

typedef struct
{
  HubrotaOccurrence *object;
  gint64 start;
  gint64 end;
  int beat;               /* the hub's beat */
  gboolean cancelled;
  int min_officers;
  GArray *officers;       /* int officer indexes */
} RotaOccurrence;

/* An officer at a hub outside their own beat: what takes them away from it. */
typedef struct
{
  gint64 start;
  gint64 end;
  int officer;
  int occurrence;
} RotaAway;

typedef struct
{
  HubrotaBeat *object;
  GArray *officers;       /* int officer indexes */
  GPtrArray *hotspots;    /* HubrotaHotspot */
  GArray *away;           /* RotaAway by start, for the beat's officers */
} RotaBeat;

struct _HubrotaRota
{
  GObject parent_instance;

  gint64 period_start;    /* 00:00 on the first day asked about */
  gint64 period_end;      /* 00:00 after the last */
  guint32 first_julian;   /* the first day loaded */
  GArray *day_starts;     /* gint64: 00:00 local on each day loaded, and after the last */

  GArray *officers;       /* RotaOfficer */
  GArray *beats;          /* RotaBeat */
  GArray *occurrences;    /* RotaOccurrence, by start */
  GHashTable *hub_names;         /* slug → name */
  GHashTable *officer_index;     /* collar number → index + 1 */
  GHashTable *occurrence_index;  /* "series/original-date" → index + 1 */
  GPtrArray *public_occurrences; /* those in the period */
};

#define OFFICER(self, i) (&g_array_index ((self)->officers, RotaOfficer, (i)))
#define OCCURRENCE(self, i) (&g_array_index ((self)->occurrences, RotaOccurrence, (i)))
#define BEAT(self, i) (&g_array_index ((self)->beats, RotaBeat, (i)))

/* One change the rules can be asked to imagine. */
typedef struct
{
  int officer;
  int occurrence;
  gboolean assign;
} RotaChange;

/* A finding before it is put into words. */
typedef struct
{
  HubrotaRule rule;
  int officer;
  int occurrence;
  int other;              /* the other opening (double-booked), the absence (on-leave) */
  int beat;
  int hotspot;            /* index into the beat's hotspots */
  gint64 start;
  gint64 end;
  gint64 amount;          /* seconds abstracted or off duty, officers present… */
  gint64 total;           /* seconds on duty that week… */
} RotaFinding;

/* hubrota-rota.c */
int        _hubrota_rota_officer_index (HubrotaRota      *self,
                                        const char       *id);
/* The index of the rota's copy of an opening (matched by series and original date), or NONE. */
int        _hubrota_rota_occurrence_index (HubrotaRota   *self,
                                           HubrotaOccurrence *occurrence);
/* The index of a beat by its slug, or NONE (hubrota-rota-query.c). */
int        _hubrota_rota_beat_index   (HubrotaRota       *self,
                                       const char        *slug);
int        _hubrota_rota_day_of       (HubrotaRota       *self,
                                       gint64             t);
gint64     _hubrota_rota_day_start    (HubrotaRota       *self,
                                       int                day);
int        _hubrota_rota_week_first_day   (HubrotaRota   *self,
                                           int            day);
int        _hubrota_rota_window_first_day (HubrotaRota   *self,
                                           int            day);
gboolean   _hubrota_rota_resolve      (HubrotaRota       *self,
                                       const char        *officer,
                                       HubrotaOccurrence *occurrence,
                                       gboolean           assign,
                                       RotaChange        *out_change,
                                       GError           **error);
void       _hubrota_rota_change       (HubrotaRota       *self,
                                       const RotaChange  *change);
/* The days the rota read: the period with the weeks and windows around it. */
void       _hubrota_rota_get_loaded_days (HubrotaRota     *self,
                                          GDate           *out_first,
                                          GDate           *out_last);
/* Brings the rota's copies of these openings (as the store now has them) up to date: who is
 * on them, and the objects themselves. FALSE, with some of them done, when one is not in the
 * rota, has changed its time, status or size, or names an officer the rota does not know:
 * the rota must then be read again. */
gboolean   _hubrota_rota_refresh_occurrences (HubrotaRota *self,
                                              GPtrArray   *fresh);

/* hubrota-rules.c: findings as GArrays of RotaFinding */
GArray    *_hubrota_rules_check       (HubrotaRota       *self);
GArray    *_hubrota_rules_would_cause (HubrotaRota       *self,
                                       const RotaChange  *change);
/* What every change to one opening shares, worked out once (the cover of each beat around
 * it): ranking every officer for an opening reuses it. Valid while the rota does not change. */
typedef struct _RotaCover RotaCover;
RotaCover *_hubrota_rules_cover_new   (HubrotaRota       *self,
                                       int                occurrence);
void       _hubrota_rules_cover_free  (RotaCover         *cover);
GArray    *_hubrota_rules_would_cause_with (HubrotaRota      *self,
                                            const RotaChange *change,
                                            RotaCover        *cover);
/* Those of after that are new: no finding of before is about the same thing and holds
 * all of their time. */
GArray    *_hubrota_rules_added       (const GArray      *before,
                                       const GArray      *after);
/* Hub time outside the officer's beat and duty time in the ISO week holding t (0 and 0
 * for an officer with no beat). */
void       _hubrota_rules_abstraction (HubrotaRota       *self,
                                       int                officer,
                                       gint64             t,
                                       gint64            *out_abstracted,
                                       gint64            *out_on_duty);

/* When the officer is on duty and on their beat (not at a hub outside it) in [start, end),
 * as a set: what auto-fill builds its cover constraints from. */
GArray    *_hubrota_rules_present     (HubrotaRota       *self,
                                       int                officer,
                                       gint64             start,
                                       gint64             end);

/* The same in the week of the change's opening, with the change made. */
void       _hubrota_rules_abstraction_after (HubrotaRota      *self,
                                             const RotaChange *change,
                                             gint64           *out_abstracted,
                                             gint64           *out_on_duty);

/* hubrota-rota-words.c */
GPtrArray *_hubrota_rota_describe     (HubrotaRota       *self,
                                       const GArray      *findings);

G_END_DECLS
