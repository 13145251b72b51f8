/* hubrota-pattern.h: an opening schedule in the terms a coordinator thinks in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HUBROTA_PATTERN_ONCE,
  HUBROTA_PATTERN_WEEKLY,    /* on some weekdays, every interval weeks */
  HUBROTA_PATTERN_MONTHLY,   /* on the ordinal-th weekday (the start's) of each month */
} HubrotaPatternKind;

typedef enum
{
  HUBROTA_PATTERN_END_NEVER,
  HUBROTA_PATTERN_END_UNTIL,  /* no opening after the local date until */
  HUBROTA_PATTERN_END_COUNT,  /* count openings in all */
} HubrotaPatternEnd;

/* What makes a pattern unusable with a given first opening, for the editor to explain. */
typedef enum
{
  HUBROTA_PATTERN_PROBLEM_NONE,
  HUBROTA_PATTERN_PROBLEM_INTERVAL,           /* not every 1 to 8 weeks */
  HUBROTA_PATTERN_PROBLEM_NO_WEEKDAYS,        /* weekly, but on no day */
  HUBROTA_PATTERN_PROBLEM_START_NOT_ON_DAYS,  /* the first opening is on a day not chosen */
  HUBROTA_PATTERN_PROBLEM_START_NOT_ORDINAL,  /* not the first (…, last) weekday of its month */
  HUBROTA_PATTERN_PROBLEM_ORDINAL,            /* not 1 to 4 or -1 */
  HUBROTA_PATTERN_PROBLEM_UNTIL_BEFORE_START, /* the last date is before the first opening */
  HUBROTA_PATTERN_PROBLEM_COUNT,              /* fewer than 1 or more than 999 openings */
} HubrotaPatternProblem;

/* Monday is 1 << 0, Sunday 1 << 6: day is GLib's day of the week (1 Monday … 7 Sunday). */
#define HUBROTA_PATTERN_WEEKDAY(day) (1u << ((day) - 1))
#define HUBROTA_PATTERN_MAX_INTERVAL 8
#define HUBROTA_PATTERN_MAX_COUNT 999

typedef struct
{
  HubrotaPatternKind kind;
  int                interval;  /* weekly: every this many weeks, 1 to 8 */
  guint              weekdays;  /* HUBROTA_PATTERN_WEEKDAY bits; monthly: the start's day alone */
  int                ordinal;   /* monthly: 1 to 4, or -1 for the last */
  HubrotaPatternEnd  end;
  GDate              until;     /* end UNTIL: the last local date an opening may be on */
  int                count;     /* end COUNT */
} HubrotaPattern;

#define HUBROTA_TYPE_PATTERN (hubrota_pattern_get_type ())

GType                 hubrota_pattern_get_type       (void) G_GNUC_CONST;
/* A kind's usual form for a first opening at start: weekly on its day, monthly on its
 * place in the month (the last when it is the fifth), never ending. */
HubrotaPattern       *hubrota_pattern_new            (HubrotaPatternKind    kind,
                                                      GDateTime            *start);
/* NULL when the rule says more than the editor can show (BYSETPOS, BYMONTHDAY, YEARLY,
 * COUNT with UNTIL…); a NULL rrule is a one-off opening. */
HubrotaPattern       *hubrota_pattern_new_from_rrule (const char           *rrule,
                                                      GDateTime            *start);
HubrotaPattern       *hubrota_pattern_copy           (const HubrotaPattern *self);
void                  hubrota_pattern_free           (HubrotaPattern       *self);
gboolean              hubrota_pattern_equal          (const HubrotaPattern *a,
                                                      const HubrotaPattern *b);
/* NULL for a one-off; UNTIL is written as a date, and means up to the end of that day. */
char                 *hubrota_pattern_to_rrule       (const HubrotaPattern *self);
HubrotaPatternProblem hubrota_pattern_check          (const HubrotaPattern *self,
                                                      GDateTime            *start);
/* The ordinal a monthly pattern starting at start would use by default: 1 to 4, or -1. */
int                   hubrota_pattern_ordinal_of     (GDateTime            *start);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HubrotaPattern, hubrota_pattern_free)

G_END_DECLS
