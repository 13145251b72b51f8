/* hubrota-rules.c: the rules a rota is checked against, in full and for one change
 *
 * A full check walks every officer, beat and opening of the loaded days. Checking one
 * change (an officer put on or taken off an opening X) recomputes only what X can reach:
 * the officer's own findings around X, X's staffing, and, when X is outside the officer's
 * beat, that beat's cover in the stretch of hub time around X and its hotspot windows
 * that overlap X. Both ways produce the same RotaFindings, so "would cause" is exactly
 * "what a full check after the change has that one before did not".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRota"

#include "config.h"

#include "hubrota-rota-private.h"

#define PATROL_SECONDS (15 * 60)
#define LONGEST_OPENING (24 * 60 * 60)
#define WEEK_DAYS 7

#define INDEX(array, i) (g_array_index ((array), int, (i)))

static GArray *
findings_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (RotaFinding));
}

static RotaFinding
finding (HubrotaRule rule, gint64 start, gint64 end)
{
  return (RotaFinding) { rule, NONE, NONE, NONE, NONE, NONE, start, end, 0, 0 };
}

static gboolean
is_away (HubrotaRota *self, int officer, int occurrence)
{
  int beat = OFFICER (self, officer)->beat;

  return beat != NONE && beat != OCCURRENCE (self, occurrence)->beat;
}

/* The officer's openings as they would be after change (NULL: as they are), by start. */
static GArray *
assignments_under (HubrotaRota *self, int officer, const RotaChange *change)
{
  GArray *current = OFFICER (self, officer)->assignments;
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (int), current->len + 1);
  gboolean pending = change != NULL && change->officer == officer && change->assign;
  RotaOccurrence *added = pending ? OCCURRENCE (self, change->occurrence) : NULL;

  for (guint i = 0; i < current->len; i++)
    {
      int index = INDEX (current, i);

      if (change != NULL && change->officer == officer && !change->assign &&
          index == change->occurrence)
        continue;
      if (pending && OCCURRENCE (self, index)->start > added->start)
        {
          g_array_append_val (out, change->occurrence);
          pending = FALSE;
        }
      g_array_append_val (out, index);
    }
  if (pending)
    g_array_append_val (out, change->occurrence);
  return out;
}

/* double-booked: the later opening of the pair is the one reported. */
static void
double_booked_pair (HubrotaRota *self, int officer, int a, int b, GArray *out)
{
  RotaOccurrence *x = OCCURRENCE (self, a), *y = OCCURRENCE (self, b);
  gboolean b_later = y->start > x->start || (y->start == x->start && b > a);
  RotaFinding f = finding (HUBROTA_RULE_DOUBLE_BOOKED, MAX (x->start, y->start),
                           MIN (x->end, y->end));

  if (f.start >= f.end)
    return;
  f.officer = officer;
  f.occurrence = b_later ? b : a;
  f.other = b_later ? a : b;
  g_array_append_val (out, f);
}

static void
check_double_booked (HubrotaRota *self, int officer, GArray *assignments, GArray *out)
{
  for (guint i = 0; i < assignments->len; i++)
    for (guint j = i + 1; j < assignments->len; j++)
      {
        if (OCCURRENCE (self, INDEX (assignments, j))->start >=
            OCCURRENCE (self, INDEX (assignments, i))->end)
          break;
        double_booked_pair (self, officer, INDEX (assignments, i), INDEX (assignments, j), out);
      }
}

static void
check_on_leave (HubrotaRota *self, int officer, int occurrence, GArray *out)
{
  GArray *absences = OFFICER (self, officer)->absences;
  RotaOccurrence *x = OCCURRENCE (self, occurrence);

  for (guint i = 0; i < absences->len; i++)
    {
      RotaAbsence *absence = &g_array_index (absences, RotaAbsence, i);
      RotaFinding f = finding (HUBROTA_RULE_ON_LEAVE, MAX (x->start, absence->start),
                               MIN (x->end, absence->end));
      if (f.start >= f.end)
        continue;
      f.officer = officer;
      f.occurrence = occurrence;
      f.other = (int) i;
      g_array_append_val (out, f);
    }
}

static void
check_off_duty (HubrotaRota *self, int officer, int occurrence, GArray *out)
{
  GArray *duty = OFFICER (self, officer)->duty;
  RotaOccurrence *x = OCCURRENCE (self, occurrence);
  RotaFinding f = finding (HUBROTA_RULE_OFF_DUTY, x->start, x->end);

  if (hubrota_intervals_contain (duty, x->start, x->end))
    return;
  f.officer = officer;
  f.occurrence = occurrence;
  f.amount = (x->end - x->start) - hubrota_intervals_measure (duty, x->start, x->end);
  f.total = x->end - x->start;
  g_array_append_val (out, f);
}

/* Seconds at hubs outside the officer's beat, and on duty, in the ISO week that starts on
 * the day first_day (a Monday). */
static void
measure_week (HubrotaRota *self, int officer, GArray *assignments, int first_day,
              gint64 *out_abstracted, gint64 *out_on_duty)
{
  gint64 start = _hubrota_rota_day_start (self, first_day);
  gint64 end = _hubrota_rota_day_start (self, first_day + WEEK_DAYS);
  g_autoptr(GArray) away = hubrota_intervals_new ();

  for (guint i = 0; i < assignments->len; i++)
    {
      int index = INDEX (assignments, i);
      RotaOccurrence *x = OCCURRENCE (self, index);
      if (is_away (self, officer, index) && x->end > start && x->start < end)
        g_array_append_val (away, ((HubrotaInterval) { MAX (x->start, start), MIN (x->end, end) }));
    }
  hubrota_intervals_normalise (away);
  *out_abstracted = hubrota_intervals_measure (away, start, end);
  *out_on_duty = hubrota_intervals_measure (OFFICER (self, officer)->on_duty, start, end);
}

/* abstraction-limit for one ISO week; FALSE if within the limit. */
static gboolean
abstraction_in_week (HubrotaRota *self, int officer, GArray *assignments, int first_day,
                     RotaFinding *out)
{
  int beat = OFFICER (self, officer)->beat;
  double limit = hubrota_beat_get_abstraction_limit (BEAT (self, beat)->object);
  gint64 abstracted, on_duty;

  measure_week (self, officer, assignments, first_day, &abstracted, &on_duty);
  if (abstracted == 0 || (on_duty > 0 && abstracted * 100.0 <= limit * on_duty))
    return FALSE;
  *out = finding (HUBROTA_RULE_ABSTRACTION_LIMIT, _hubrota_rota_day_start (self, first_day),
                  _hubrota_rota_day_start (self, first_day + WEEK_DAYS));
  out->officer = officer;
  out->beat = beat;
  out->amount = abstracted;
  out->total = on_duty;
  return TRUE;
}

/* The Mondays of the weeks an opening touches: one, or two if it runs past midnight
 * into a new week. */
static int
weeks_touched (HubrotaRota *self, int occurrence, int *mondays)
{
  RotaOccurrence *x = OCCURRENCE (self, occurrence);

  mondays[0] = _hubrota_rota_week_first_day (self, _hubrota_rota_day_of (self, x->start));
  mondays[1] = _hubrota_rota_week_first_day (self, _hubrota_rota_day_of (self, x->end - 1));
  return mondays[1] == mondays[0] ? 1 : 2;
}

static void
check_officer (HubrotaRota *self, int officer, GArray *out)
{
  GArray *assignments = OFFICER (self, officer)->assignments;
  int last_monday = G_MININT;

  check_double_booked (self, officer, assignments, out);
  for (guint i = 0; i < assignments->len; i++)
    {
      int index = INDEX (assignments, i);
      int mondays[2];
      int n = weeks_touched (self, index, mondays);

      check_on_leave (self, officer, index, out);
      check_off_duty (self, officer, index, out);
      if (!is_away (self, officer, index))
        continue;
      /* Openings come by start, so each week is met in one run. */
      for (int k = 0; k < n; k++)
        {
          RotaFinding f;
          if (mondays[k] <= last_monday)
            continue;
          last_monday = mondays[k];
          if (abstraction_in_week (self, officer, assignments, mondays[k], &f))
            g_array_append_val (out, f);
        }
    }
}

static void
check_understaffed (HubrotaRota *self, int occurrence, int officers, GArray *out)
{
  RotaOccurrence *x = OCCURRENCE (self, occurrence);
  RotaFinding f = finding (HUBROTA_RULE_UNDERSTAFFED, x->start, x->end);

  if (x->cancelled || officers >= x->min_officers)
    return;
  f.occurrence = occurrence;
  f.amount = officers;
  f.total = x->min_officers;
  g_array_append_val (out, f);
}

/* The officer's hub time outside their beat within [start, end), as a set. */
static GArray *
away_set (HubrotaRota *self, int officer, const RotaChange *change, gint64 start, gint64 end)
{
  g_autoptr(GArray) assignments = assignments_under (self, officer, change);
  GArray *away = hubrota_intervals_new ();

  for (guint i = 0; i < assignments->len; i++)
    {
      int index = INDEX (assignments, i);
      RotaOccurrence *x = OCCURRENCE (self, index);
      if (is_away (self, officer, index) && x->end > start && x->start < end)
        g_array_append_val (away, ((HubrotaInterval) { x->start, x->end }));
    }
  hubrota_intervals_normalise (away);
  return away;
}

/* When the officer is on duty and on their beat (not at a hub outside it) in [start, end). */
static GArray *
present_set (HubrotaRota *self, int officer, const RotaChange *change, gint64 start, gint64 end,
             GArray *on_duty)
{
  g_autoptr(GArray) away = away_set (self, officer, change, start, end);
  GArray *present = hubrota_intervals_new ();

  hubrota_intervals_clip (OFFICER (self, officer)->on_duty, start, end, on_duty);
  hubrota_intervals_subtract (on_duty, away, present);
  return present;
}

/* beat-uncovered: the times some officer of the beat is on duty (all_on_duty, a set) and
 * none of them is on it (all_present, any intervals). */
static void
add_uncovered (int beat, GArray *all_on_duty, GArray *all_present, GArray *out)
{
  g_autoptr(GArray) uncovered = hubrota_intervals_new ();

  hubrota_intervals_normalise (all_present);
  hubrota_intervals_subtract (all_on_duty, all_present, uncovered);
  for (guint i = 0; i < uncovered->len; i++)
    {
      HubrotaInterval *gap = &g_array_index (uncovered, HubrotaInterval, i);
      RotaFinding f = finding (HUBROTA_RULE_BEAT_UNCOVERED, gap->start, gap->end);
      f.beat = beat;
      g_array_append_val (out, f);
    }
}

/* beat-uncovered within [start, end). */
static void
check_uncovered (HubrotaRota *self, int beat, gint64 start, gint64 end, GArray *out)
{
  GArray *officers = BEAT (self, beat)->officers;
  g_autoptr(GArray) all_on_duty = hubrota_intervals_new ();
  g_autoptr(GArray) all_present = hubrota_intervals_new ();

  for (guint i = 0; i < officers->len; i++)
    {
      g_autoptr(GArray) on_duty = hubrota_intervals_new ();
      g_autoptr(GArray) present = present_set (self, INDEX (officers, i), NULL, start, end,
                                               on_duty);
      g_array_append_vals (all_on_duty, on_duty->data, on_duty->len);
      g_array_append_vals (all_present, present->data, present->len);
    }
  hubrota_intervals_normalise (all_on_duty);
  add_uncovered (beat, all_on_duty, all_present, out);
}

/* Whether some stretch of a set of intervals is long enough for a patrol. */
static gboolean
has_patrol_stretch (GArray *present)
{
  for (guint j = 0; j < present->len; j++)
    {
      HubrotaInterval *stretch = &g_array_index (present, HubrotaInterval, j);
      if (stretch->end - stretch->start >= PATROL_SECONDS)
        return TRUE;
    }
  return FALSE;
}

/* Whether some officer of the beat has PATROL_SECONDS on end, on duty and on the beat,
 * inside [start, end). */
static gboolean
patrol_possible (HubrotaRota *self, int beat, gint64 start, gint64 end)
{
  GArray *officers = BEAT (self, beat)->officers;

  for (guint i = 0; i < officers->len; i++)
    {
      g_autoptr(GArray) on_duty = hubrota_intervals_new ();
      g_autoptr(GArray) present = present_set (self, INDEX (officers, i), NULL, start, end,
                                               on_duty);
      if (has_patrol_stretch (present))
        return TRUE;
    }
  return FALSE;
}

static void
add_hotspot_findings (HubrotaRota *self, int beat, gint64 start, gint64 end, GArray *out)
{
  for (guint h = 0; h < BEAT (self, beat)->hotspots->len; h++)
    {
      RotaFinding f = finding (HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK, start, end);
      f.beat = beat;
      f.hotspot = (int) h;
      g_array_append_val (out, f);
    }
}

/* The stretches of the beat's hub time outside it that touch or overlap one another. */
static void
check_beat (HubrotaRota *self, int beat, GArray *out)
{
  RotaBeat *b = BEAT (self, beat);
  int first = _hubrota_rota_window_first_day (self, _hubrota_rota_day_of (self, self->period_start));

  for (guint i = 0; i < b->away->len;)
    {
      gint64 start = g_array_index (b->away, RotaAway, i).start;
      gint64 end = g_array_index (b->away, RotaAway, i).end;

      for (i++; i < b->away->len && g_array_index (b->away, RotaAway, i).start <= end; i++)
        end = MAX (end, g_array_index (b->away, RotaAway, i).end);
      check_uncovered (self, beat, start, end, out);
    }
  if (b->hotspots->len == 0)
    return;
  for (int day = first; _hubrota_rota_day_start (self, day) < self->period_end; day += HOTSPOT_WINDOW_DAYS)
    {
      gint64 start = _hubrota_rota_day_start (self, day);
      gint64 end = _hubrota_rota_day_start (self, day + HOTSPOT_WINDOW_DAYS);
      if (!patrol_possible (self, beat, start, end))
        add_hotspot_findings (self, beat, start, end, out);
    }
}

static gboolean
in_period (HubrotaRota *self, const RotaFinding *f)
{
  return f->start < self->period_end && f->end > self->period_start;
}

static int
compare_findings (gconstpointer a, gconstpointer b)
{
  const RotaFinding *x = a, *y = b;
  const gint64 left[] = { x->start, x->end, x->rule, x->beat, x->hotspot, x->officer,
                          x->occurrence, x->other };
  const gint64 right[] = { y->start, y->end, y->rule, y->beat, y->hotspot, y->officer,
                           y->occurrence, y->other };

  for (guint i = 0; i < G_N_ELEMENTS (left); i++)
    if (left[i] != right[i])
      return left[i] < right[i] ? -1 : 1;
  return 0;
}

/* Keeps the findings that touch the period, in order. */
static GArray *
settle (HubrotaRota *self, GArray *findings)
{
  guint kept = 0;

  for (guint i = 0; i < findings->len; i++)
    if (in_period (self, &g_array_index (findings, RotaFinding, i)))
      g_array_index (findings, RotaFinding, kept++) = g_array_index (findings, RotaFinding, i);
  g_array_set_size (findings, kept);
  g_array_sort (findings, compare_findings);
  return findings;
}

GArray *
_hubrota_rules_check (HubrotaRota *self)
{
  GArray *out = findings_new ();

  for (guint i = 0; i < self->officers->len; i++)
    check_officer (self, (int) i, out);
  for (guint i = 0; i < self->beats->len; i++)
    check_beat (self, (int) i, out);
  for (guint i = 0; i < self->occurrences->len; i++)
    check_understaffed (self, (int) i, OCCURRENCE (self, i)->officers->len, out);
  return settle (self, out);
}

/* The officer's own findings that putting them on X adds: taking someone off an opening
 * can only remove these. */
static void
officer_would_cause (HubrotaRota *self, const RotaChange *change, GArray *out)
{
  int officer = change->officer, x = change->occurrence;
  GArray *current = OFFICER (self, officer)->assignments;
  g_autoptr(GArray) after = assignments_under (self, officer, change);
  int mondays[2];
  int n = weeks_touched (self, x, mondays);

  for (guint i = 0; i < current->len; i++)
    {
      RotaOccurrence *other = OCCURRENCE (self, INDEX (current, i));
      if (other->start < OCCURRENCE (self, x)->end && other->end > OCCURRENCE (self, x)->start)
        double_booked_pair (self, officer, INDEX (current, i), x, out);
    }
  check_on_leave (self, officer, x, out);
  check_off_duty (self, officer, x, out);
  if (!is_away (self, officer, x))
    return;
  for (int k = 0; k < n; k++)
    {
      RotaFinding before, now;
      if (abstraction_in_week (self, officer, after, mondays[k], &now) &&
          !abstraction_in_week (self, officer, current, mondays[k], &before))
        g_array_append_val (out, now);
    }
}

/* The stretch of the beat's away time, with X in it, that X touches. */
static void
away_cluster (HubrotaRota *self, int beat, int x, gint64 *out_start, gint64 *out_end)
{
  GArray *away = BEAT (self, beat)->away;
  gint64 start = OCCURRENCE (self, x)->start, end = OCCURRENCE (self, x)->end;
  gboolean grew = TRUE;

  while (grew)
    {
      guint low = 0, high = away->len;

      /* No opening is longer than LONGEST_OPENING, so none that starts earlier reaches. */
      while (low < high)
        {
          guint middle = low + (high - low) / 2;
          if (g_array_index (away, RotaAway, middle).start < start - LONGEST_OPENING)
            low = middle + 1;
          else
            high = middle;
        }
      grew = FALSE;
      for (guint i = low; i < away->len && g_array_index (away, RotaAway, i).start <= end; i++)
        {
          RotaAway *entry = &g_array_index (away, RotaAway, i);
          if (entry->end < start || (entry->start >= start && entry->end <= end))
            continue;
          start = MIN (start, entry->start);
          end = MAX (end, entry->end);
          grew = TRUE;
        }
    }
  *out_start = start;
  *out_end = end;
}

/* A hotspot window that X touches, as it is now. */
typedef struct
{
  gint64 start;
  gint64 end;
  guint can_patrol;           /* officers of the beat who have a patrol's time on it */
  GArray *officer_can_patrol; /* gboolean, in the beat's officer order */
} PatrolWindow;

/* A beat's cover around X as it is now: the part of "would cause" that is the same for every
 * officer of the beat put on X. Each candidate then only redoes their own share. */
typedef struct
{
  gint64 start;               /* the stretch of the beat's away time that X touches */
  gint64 end;
  GPtrArray *present;         /* GArray set per officer, in the beat's officer order */
  GArray *all_on_duty;
  GArray *before;             /* beat-uncovered findings in the stretch now */
  GArray *sole;               /* SoleStretch: during X, the times only one officer is on it */
  GArray *windows;            /* PatrolWindow */
} BeatCover;

/* While X is open, a stretch with exactly one officer of the beat on it: putting that officer
 * on X (which takes away exactly X's time from them) leaves the stretch uncovered. */
typedef struct
{
  gint64 start;
  gint64 end;
  guint who;                  /* the officer, in the beat's officer order */
} SoleStretch;

typedef struct
{
  gint64 t;
  int delta;
  guint who;
} Edge;

struct _RotaCover
{
  int occurrence;
  GPtrArray *beats;           /* BeatCover, by beat index; NULL until a candidate needs it */
};

static void
beat_cover_free (gpointer data)
{
  BeatCover *cover = data;

  if (cover == NULL)
    return;
  g_ptr_array_unref (cover->present);
  g_array_unref (cover->all_on_duty);
  g_array_unref (cover->before);
  g_array_unref (cover->sole);
  for (guint i = 0; i < cover->windows->len; i++)
    g_array_unref (g_array_index (cover->windows, PatrolWindow, i).officer_can_patrol);
  g_array_unref (cover->windows);
  g_free (cover);
}

RotaCover *
_hubrota_rules_cover_new (HubrotaRota *self,
                          int          occurrence)
{
  RotaCover *cover = g_new0 (RotaCover, 1);

  cover->occurrence = occurrence;
  cover->beats = g_ptr_array_new_full (self->beats->len, beat_cover_free);
  g_ptr_array_set_size (cover->beats, self->beats->len);
  return cover;
}

void
_hubrota_rules_cover_free (RotaCover *cover)
{
  g_ptr_array_unref (cover->beats);
  g_free (cover);
}

static void
add_patrol_windows (HubrotaRota *self, int beat, RotaOccurrence *x, BeatCover *cover)
{
  GArray *officers = BEAT (self, beat)->officers;

  for (int day = _hubrota_rota_window_first_day (self, _hubrota_rota_day_of (self, x->start));
       _hubrota_rota_day_start (self, day) < x->end; day += HOTSPOT_WINDOW_DAYS)
    {
      PatrolWindow window = { _hubrota_rota_day_start (self, day),
                              _hubrota_rota_day_start (self, day + HOTSPOT_WINDOW_DAYS), 0,
                              g_array_new (FALSE, FALSE, sizeof (gboolean)) };

      for (guint i = 0; i < officers->len; i++)
        {
          g_autoptr(GArray) on_duty = hubrota_intervals_new ();
          g_autoptr(GArray) present = present_set (self, INDEX (officers, i), NULL, window.start,
                                                   window.end, on_duty);
          gboolean can = has_patrol_stretch (present);

          g_array_append_val (window.officer_can_patrol, can);
          window.can_patrol += can;
        }
      g_array_append_val (cover->windows, window);
    }
}

static int
compare_edges (gconstpointer a, gconstpointer b)
{
  const Edge *x = a, *y = b;

  return (x->t > y->t) - (x->t < y->t);
}

/* The stretches of [start, end) with exactly one officer on the beat, by a sweep over every
 * officer's time on it: while one officer is there, the sum of those there is who it is. */
static GArray *
sole_stretches (GPtrArray *present, gint64 start, gint64 end)
{
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  GArray *sole = g_array_new (FALSE, FALSE, sizeof (SoleStretch));
  guint count = 0;
  guint64 sum = 0;

  for (guint who = 0; who < present->len; who++)
    {
      GArray *set = g_ptr_array_index (present, who);
      for (guint i = 0; i < set->len; i++)
        {
          HubrotaInterval *in = &g_array_index (set, HubrotaInterval, i);
          if (in->end <= start || in->start >= end)
            continue;
          g_array_append_val (edges, ((Edge) { MAX (in->start, start), +1, who }));
          g_array_append_val (edges, ((Edge) { MIN (in->end, end), -1, who }));
        }
    }
  g_array_sort (edges, compare_edges);
  for (guint i = 0; i < edges->len;)
    {
      gint64 t = g_array_index (edges, Edge, i).t;

      for (; i < edges->len && g_array_index (edges, Edge, i).t == t; i++)
        {
          Edge *edge = &g_array_index (edges, Edge, i);
          count += edge->delta;
          sum += edge->delta > 0 ? edge->who : -(guint64) edge->who;
        }
      if (count == 1 && i < edges->len)
        g_array_append_val (sole, ((SoleStretch) { t, g_array_index (edges, Edge, i).t,
                                                   (guint) sum }));
    }
  return sole;
}

/* The beat-uncovered findings once the beat's officer number me is at X: those of now, and the
 * stretches of X that only they cover now. */
static void
uncovered_after (int beat, BeatCover *cover, guint me, GArray *out)
{
  g_autoptr(GArray) uncovered = hubrota_intervals_new ();

  for (guint i = 0; i < cover->before->len; i++)
    {
      RotaFinding *f = &g_array_index (cover->before, RotaFinding, i);
      g_array_append_val (uncovered, ((HubrotaInterval) { f->start, f->end }));
    }
  for (guint i = 0; i < cover->sole->len; i++)
    {
      SoleStretch *stretch = &g_array_index (cover->sole, SoleStretch, i);
      if (stretch->who == me)
        g_array_append_val (uncovered, ((HubrotaInterval) { stretch->start, stretch->end }));
    }
  hubrota_intervals_normalise (uncovered);
  for (guint i = 0; i < uncovered->len; i++)
    {
      HubrotaInterval *gap = &g_array_index (uncovered, HubrotaInterval, i);
      RotaFinding f = finding (HUBROTA_RULE_BEAT_UNCOVERED, gap->start, gap->end);
      f.beat = beat;
      g_array_append_val (out, f);
    }
}

static BeatCover *
beat_cover_new (HubrotaRota *self, int beat, int x)
{
  GArray *officers = BEAT (self, beat)->officers;
  BeatCover *cover = g_new0 (BeatCover, 1);
  g_autoptr(GArray) all_present = NULL;

  away_cluster (self, beat, x, &cover->start, &cover->end);
  cover->present = g_ptr_array_new_full (officers->len, (GDestroyNotify) g_array_unref);
  cover->all_on_duty = hubrota_intervals_new ();
  cover->before = findings_new ();
  cover->windows = g_array_new (FALSE, FALSE, sizeof (PatrolWindow));
  for (guint i = 0; i < officers->len; i++)
    {
      g_autoptr(GArray) on_duty = hubrota_intervals_new ();
      GArray *present = present_set (self, INDEX (officers, i), NULL, cover->start, cover->end,
                                     on_duty);
      g_array_append_vals (cover->all_on_duty, on_duty->data, on_duty->len);
      g_ptr_array_add (cover->present, present);
    }
  hubrota_intervals_normalise (cover->all_on_duty);
  all_present = hubrota_intervals_new ();
  for (guint i = 0; i < cover->present->len; i++)
    {
      GArray *present = g_ptr_array_index (cover->present, i);
      g_array_append_vals (all_present, present->data, present->len);
    }
  add_uncovered (beat, cover->all_on_duty, all_present, cover->before);
  cover->sole = sole_stretches (cover->present, OCCURRENCE (self, x)->start,
                                OCCURRENCE (self, x)->end);
  if (BEAT (self, beat)->hotspots->len > 0)
    add_patrol_windows (self, beat, OCCURRENCE (self, x), cover);
  return cover;
}

static BeatCover *
beat_cover (HubrotaRota *self, RotaCover *cover, int beat)
{
  if (cover->beats->pdata[beat] == NULL)
    cover->beats->pdata[beat] = beat_cover_new (self, beat, cover->occurrence);
  return cover->beats->pdata[beat];
}

static guint
position_in_beat (HubrotaRota *self, int beat, int officer)
{
  GArray *officers = BEAT (self, beat)->officers;
  guint i = 0;

  while (INDEX (officers, i) != officer)
    i++;
  return i;
}

static void
beat_would_cause (HubrotaRota *self, const RotaChange *change, RotaCover *cover, GArray *out)
{
  int beat = OFFICER (self, change->officer)->beat;
  BeatCover *now = beat_cover (self, cover, beat);
  guint me = position_in_beat (self, beat, change->officer);
  g_autoptr(GArray) after = findings_new ();
  g_autoptr(GArray) added = NULL;

  uncovered_after (beat, now, me, after);
  added = _hubrota_rules_added (now->before, after);
  g_array_append_vals (out, added->data, added->len);

  for (guint i = 0; i < now->windows->len; i++)
    {
      PatrolWindow *window = &g_array_index (now->windows, PatrolWindow, i);
      gboolean can_now = g_array_index (window->officer_can_patrol, gboolean, me);
      g_autoptr(GArray) window_on_duty = NULL;
      g_autoptr(GArray) present = NULL;

      /* At risk only if it is not now, and nobody else can patrol. */
      if (window->can_patrol == 0 || window->can_patrol > (guint) can_now)
        continue;
      window_on_duty = hubrota_intervals_new ();
      present = present_set (self, change->officer, change, window->start, window->end,
                             window_on_duty);
      if (!has_patrol_stretch (present))
        add_hotspot_findings (self, beat, window->start, window->end, out);
    }
}

GArray *
_hubrota_rules_would_cause_with (HubrotaRota      *self,
                                 const RotaChange *change,
                                 RotaCover        *cover)
{
  GArray *out = findings_new ();
  RotaOccurrence *x = OCCURRENCE (self, change->occurrence);

  g_assert (cover->occurrence == change->occurrence);

  /* Taking someone off can only add understaffing, and only if the opening has just
   * enough now; putting someone on can only add the officer's and their beat's findings. */
  if (!change->assign && x->officers->len == (guint) x->min_officers)
    check_understaffed (self, change->occurrence, x->officers->len - 1, out);
  if (change->assign)
    officer_would_cause (self, change, out);
  if (change->assign && is_away (self, change->officer, change->occurrence))
    beat_would_cause (self, change, cover, out);
  return settle (self, out);
}

GArray *
_hubrota_rules_would_cause (HubrotaRota      *self,
                            const RotaChange *change)
{
  RotaCover *cover = _hubrota_rules_cover_new (self, change->occurrence);
  GArray *out = _hubrota_rules_would_cause_with (self, change, cover);

  _hubrota_rules_cover_free (cover);
  return out;
}

static char *
finding_key (const RotaFinding *f)
{
  return g_strdup_printf ("%d/%d/%d/%d/%d/%d", f->rule, f->officer, f->occurrence, f->other,
                          f->beat, f->hotspot);
}

GArray *
_hubrota_rules_added (const GArray *before,
                      const GArray *after)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_array_unref);
  GArray *added = findings_new ();

  for (guint i = 0; i < before->len; i++)
    {
      const RotaFinding *f = &g_array_index (before, RotaFinding, i);
      char *key = finding_key (f);
      GArray *ranges = g_hash_table_lookup (known, key);

      if (ranges == NULL)
        g_hash_table_insert (known, key, ranges = hubrota_intervals_new ());
      else
        g_free (key);
      g_array_append_val (ranges, ((HubrotaInterval) { f->start, f->end }));
    }
  for (guint i = 0; i < after->len; i++)
    {
      const RotaFinding *f = &g_array_index (after, RotaFinding, i);
      g_autofree char *key = finding_key (f);
      GArray *ranges = g_hash_table_lookup (known, key);
      gboolean covered = FALSE;

      for (guint j = 0; ranges != NULL && j < ranges->len && !covered; j++)
        covered = g_array_index (ranges, HubrotaInterval, j).start <= f->start &&
                  g_array_index (ranges, HubrotaInterval, j).end >= f->end;
      if (!covered)
        g_array_append_val (added, *f);
    }
  return added;
}

void
_hubrota_rules_abstraction_after (HubrotaRota      *self,
                                  const RotaChange *change,
                                  gint64           *out_abstracted,
                                  gint64           *out_on_duty)
{
  g_autoptr(GArray) after = assignments_under (self, change->officer, change);
  gint64 t = OCCURRENCE (self, change->occurrence)->start;
  int monday = _hubrota_rota_week_first_day (self, _hubrota_rota_day_of (self, t));

  *out_abstracted = *out_on_duty = 0;
  if (OFFICER (self, change->officer)->beat != NONE)
    measure_week (self, change->officer, after, monday, out_abstracted, out_on_duty);
}

void
_hubrota_rules_abstraction (HubrotaRota *self,
                            int          officer,
                            gint64       t,
                            gint64      *out_abstracted,
                            gint64      *out_on_duty)
{
  int monday = _hubrota_rota_week_first_day (self, _hubrota_rota_day_of (self, t));

  *out_abstracted = *out_on_duty = 0;
  if (OFFICER (self, officer)->beat != NONE)
    measure_week (self, officer, OFFICER (self, officer)->assignments, monday, out_abstracted,
                  out_on_duty);
}

GArray *
_hubrota_rules_present (HubrotaRota *self,
                        int          officer,
                        gint64       start,
                        gint64       end)
{
  g_autoptr(GArray) on_duty = hubrota_intervals_new ();

  return present_set (self, officer, NULL, start, end, on_duty);
}
