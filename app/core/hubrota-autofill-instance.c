/* hubrota-autofill-instance.c: auto-fill's problem built from a rota (see the private header)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAutofill"

#include "config.h"

#include "hubrota-autofill-private.h"
#include "hubrota-error-private.h"
#include "hubrota-fairness.h"
#include "hubrota-store.h"

#define INDEX(array, i) (g_array_index ((array), int, (i)))
#define VAR(inst, v) (&g_array_index ((inst)->vars, AfVar, (v)))
#define OPENING(inst, o) (&g_array_index ((inst)->openings, AfOpening, (o)))

typedef struct
{
  int a;
  int b;
} Pair;

/* Openings */

static gboolean
in_list (char **list, const char *value)
{
  return list == NULL || (value != NULL && g_strv_contains ((const char * const *) list, value));
}

static gboolean
wanted (AfInstance *inst, int index)
{
  HubrotaRota *rota = inst->rota;
  RotaOccurrence *x = OCCURRENCE (rota, index);
  const char *beat = x->beat == NONE ? NULL : hubrota_beat_get_slug (BEAT (rota, x->beat)->object);

  return x->start >= rota->period_start && x->start < rota->period_end &&
         x->start >= inst->options.not_before && !x->cancelled &&
         (int) x->officers->len < x->min_officers &&
         in_list (inst->options.hubs, hubrota_occurrence_get_hub (x->object)) &&
         in_list (inst->options.beats, beat);
}

static void
collect_openings (AfInstance *inst)
{
  HubrotaRota *rota = inst->rota;

  for (guint i = 0; i < rota->occurrences->len; i++)
    {
      RotaOccurrence *x = OCCURRENCE (rota, i);
      AfOpening opening = { (int) i, x->min_officers - (int) x->officers->len,
                            (x->end - x->start) / 3600.0, 0, 0 };
      if (wanted (inst, (int) i))
        g_array_append_val (inst->openings, opening);
    }
}

/* Candidates */

static gboolean
overlaps_absence (RotaOfficer *officer, RotaOccurrence *x)
{
  for (guint i = 0; i < officer->absences->len; i++)
    {
      RotaAbsence *absence = &g_array_index (officer->absences, RotaAbsence, i);
      if (absence->start < x->end && absence->end > x->start)
        return TRUE;
    }
  return FALSE;
}

static gboolean
overlaps_assignment (HubrotaRota *rota, RotaOfficer *officer, RotaOccurrence *x)
{
  for (guint i = 0; i < officer->assignments->len; i++)
    {
      RotaOccurrence *other = OCCURRENCE (rota, INDEX (officer->assignments, i));
      if (other == x || (other->start < x->end && other->end > x->start))
        return TRUE;
    }
  return FALSE;
}

/* Whether the officer has left by the opening's day, as the rota reads a leaving date. */
static gboolean
has_left (RotaOfficer *officer, RotaOccurrence *x)
{
  return x->start >= officer->leaves;
}

static gint64
off_duty_seconds (RotaOfficer *o, RotaOccurrence *x)
{
  return (x->end - x->start) - hubrota_intervals_measure (o->duty, x->start, x->end);
}

AfExclusion
_hubrota_autofill_exclusion (AfInstance *inst,
                             int         opening,
                             int         officer)
{
  RotaOfficer *o = OFFICER (inst->rota, officer);
  RotaOccurrence *x = OCCURRENCE (inst->rota, OPENING (inst, opening)->occurrence);

  if (has_left (o, x))
    return AF_LEFT;
  if (overlaps_absence (o, x))
    return AF_ON_LEAVE;
  if (overlaps_assignment (inst->rota, o, x))
    return AF_BUSY;
  if (inst->options.no_overtime && off_duty_seconds (o, x) > 0)
    return AF_OFF_DUTY;
  return AF_CANDIDATE;
}

/* Whether the officer may be put on the opening without a double booking or leave, and
 * what it costs. */
static gboolean
candidate (AfInstance *inst, int opening, int officer, AfVar *out)
{
  RotaOfficer *o = OFFICER (inst->rota, officer);
  RotaOccurrence *x = OCCURRENCE (inst->rota, OPENING (inst, opening)->occurrence);
  gint64 length = x->end - x->start;
  gint64 off = off_duty_seconds (o, x);

  if (_hubrota_autofill_exclusion (inst, opening, officer) != AF_CANDIDATE)
    return FALSE;
  *out = (AfVar) { opening, officer, 0, off / 3600.0, 0 };
  if (o->beat != NONE && o->beat != x->beat)
    out->away_hours = length / 3600.0;
  out->cost = AUTOFILL_WEIGHT_ABSTRACTION * out->away_hours +
              AUTOFILL_WEIGHT_OVERTIME * out->overtime_hours;
  return TRUE;
}

static int
compare_vars (gconstpointer a, gconstpointer b)
{
  const AfVar *x = a, *y = b;

  if (x->opening != y->opening)
    return x->opening - y->opening;
  if (x->cost != y->cost)
    return x->cost < y->cost ? -1 : 1;
  return x->officer - y->officer;
}

/* Cheapest first; among equal costs the officer with the smaller share of hub work so far,
 * whom fairness would pick; then by index, so the order is always the same. */
static int
compare_offers (gconstpointer a, gconstpointer b, gpointer data)
{
  const AfVar *x = a, *y = b;
  const double *share = data;

  if (x->cost != y->cost)
    return x->cost < y->cost ? -1 : 1;
  if (share[x->officer] != share[y->officer])
    return share[x->officer] < share[y->officer] ? -1 : 1;
  return x->officer - y->officer;
}

static double *
shares_so_far (AfInstance *inst, GHashTable *existing_hours)
{
  double *share = g_new (double, inst->rota->officers->len);

  for (guint k = 0; k < inst->rota->officers->len; k++)
    {
      HubrotaOfficer *object = OFFICER (inst->rota, k)->object;
      double *hours = g_hash_table_lookup (existing_hours, hubrota_officer_get_id (object));

      share[k] = (hours != NULL ? *hours : 0) / hubrota_fairness_capacity_hours (object, 1);
    }
  return share;
}

static void
collect_vars (AfInstance *inst, GHashTable *existing_hours, const AfCap *rule, GHashTable *uncapped)
{
  gboolean cap = !inst->options.every_candidate &&
                 (double) inst->openings->len * inst->rota->officers->len > rule->above;
  g_autofree double *share = cap ? shares_so_far (inst, existing_hours) : NULL;
  g_autoptr(GArray) offers = g_array_new (FALSE, FALSE, sizeof (AfVar));

  /* Whoever could do some opening counts for fairness, offered it or not. */
  g_array_set_size (inst->officers, inst->rota->officers->len);
  for (guint o = 0; o < inst->openings->len; o++)
    {
      AfOpening *opening = OPENING (inst, o);
      guint limit = rule->base + rule->per_need * (guint) opening->need;

      g_array_set_size (offers, 0);
      for (guint k = 0; k < inst->rota->officers->len; k++)
        {
          AfVar var;
          if (candidate (inst, (int) o, (int) k, &var))
            {
              g_array_append_val (offers, var);
              g_array_index (inst->officers, AfOfficer, k).eligible = TRUE;
            }
        }
      if (cap && offers->len > limit &&
          (uncapped == NULL ||
           !g_hash_table_contains (uncapped, GINT_TO_POINTER (opening->occurrence + 1))))
        {
          g_array_sort_with_data (offers, compare_offers, share);
          g_array_set_size (offers, limit);
          opening->capped = TRUE;
        }
      g_array_append_vals (inst->vars, offers->data, offers->len);
    }
  g_array_sort (inst->vars, compare_vars);
  for (guint v = 0; v < inst->vars->len; v++)
    {
      AfOpening *opening = OPENING (inst, VAR (inst, v)->opening);
      if (opening->n_vars++ == 0)
        opening->first_var = (int) v;
    }
}

GHashTable *
_hubrota_autofill_short_and_capped (AfInstance     *inst,
                                    const gboolean *chosen)
{
  GHashTable *out = NULL;

  for (guint o = 0; o < inst->openings->len; o++)
    {
      AfOpening *opening = OPENING (inst, o);
      int filled = 0;

      for (int v = opening->first_var; v < opening->first_var + opening->n_vars; v++)
        filled += chosen[v];
      if (!opening->capped || filled >= opening->need)
        continue;
      if (out == NULL)
        out = g_hash_table_new (NULL, NULL);
      g_hash_table_add (out, GINT_TO_POINTER (opening->occurrence + 1));
    }
  return out;
}

/* Fairness */

static void
collect_officers (AfInstance *inst, GHashTable *existing_hours)
{
  HubrotaRota *rota = inst->rota;
  double weeks = (rota->period_end - rota->period_start) / (7 * 86400.0) +
                 inst->options.fairness_weeks;

  g_array_set_size (inst->officers, rota->officers->len);
  for (guint k = 0; k < rota->officers->len; k++)
    {
      HubrotaOfficer *object = OFFICER (rota, k)->object;
      double *hours = g_hash_table_lookup (existing_hours, hubrota_officer_get_id (object));
      AfOfficer *officer = &g_array_index (inst->officers, AfOfficer, k);

      officer->existing_hours = hours != NULL ? *hours : 0;
      /* Equitable, not equal: a share is of the hours the officer is contracted for. */
      officer->capacity_hours = hubrota_fairness_capacity_hours (object, weeks);
    }
}

/* Rows: no more officers than needed, and one opening at a time per officer */

static int
add_row (AfInstance *inst, AfRowKind kind, int cap, int subject)
{
  AfRow row = { kind, cap, subject };

  g_array_append_val (inst->rows, row);
  return (int) inst->rows->len - 1;
}

static void
add_opening_rows (AfInstance *inst, GArray *pairs)
{
  for (guint o = 0; o < inst->openings->len; o++)
    {
      AfOpening *opening = OPENING (inst, o);
      int row = add_row (inst, AF_ROW_OPENING, opening->need, (int) o);

      for (int v = opening->first_var; v < opening->first_var + opening->n_vars; v++)
        g_array_append_val (pairs, ((Pair) { row, v }));
    }
}

static RotaOccurrence *
var_occurrence (AfInstance *inst, int v)
{
  return OCCURRENCE (inst->rota, OPENING (inst, VAR (inst, v)->opening)->occurrence);
}

static int
compare_by_start (gconstpointer a, gconstpointer b, gpointer data)
{
  RotaOccurrence *x = var_occurrence (data, *(const int *) a);
  RotaOccurrence *y = var_occurrence (data, *(const int *) b);

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return *(const int *) a - *(const int *) b;
}

/* The officer's variables, by the start of their openings. */
static GPtrArray *
vars_by_officer (AfInstance *inst)
{
  GPtrArray *lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint k = 0; k < inst->rota->officers->len; k++)
    g_ptr_array_add (lists, g_array_new (FALSE, FALSE, sizeof (int)));
  for (guint v = 0; v < inst->vars->len; v++)
    g_array_append_val (g_ptr_array_index (lists, VAR (inst, v)->officer), v);
  for (guint k = 0; k < lists->len; k++)
    g_array_sort_with_data (g_ptr_array_index (lists, k), compare_by_start, inst);
  return lists;
}

/* The maximal sets of the officer's openings that overlap one another: an interval graph's
 * cliques, found by a sweep; each is one row. */
static void
add_overlap_rows (AfInstance *inst, int officer, GArray *vars, GArray *pairs)
{
  g_autoptr(GArray) active = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < vars->len; i++)
    {
      RotaOccurrence *x = var_occurrence (inst, INDEX (vars, i));
      gint64 earliest_end = G_MAXINT64;
      guint kept = 0;

      for (guint j = 0; j < active->len; j++)
        if (var_occurrence (inst, INDEX (active, j))->end > x->start)
          INDEX (active, kept++) = INDEX (active, j);
      g_array_set_size (active, kept);
      g_array_append_val (active, INDEX (vars, i));
      for (guint j = 0; j < active->len; j++)
        earliest_end = MIN (earliest_end, var_occurrence (inst, INDEX (active, j))->end);
      /* Maximal when the next opening starts only once one of these has ended. */
      if (active->len >= 2 && (i + 1 == vars->len ||
                               var_occurrence (inst, INDEX (vars, i + 1))->start >= earliest_end))
        {
          int row = add_row (inst, AF_ROW_OVERLAP, 1, officer);
          for (guint j = 0; j < active->len; j++)
            g_array_append_val (pairs, ((Pair) { row, INDEX (active, j) }));
        }
    }
}

/* Rows: a beat keeps someone on it, and a patrol for its hotspots */

typedef struct
{
  int beat;
  GArray *away;            /* int variables taking the beat's officers elsewhere, by start */
  GArray *position;        /* for each of away, the officer's place in the beat's list */
  GPtrArray *present;      /* per officer of the beat: their time on it now, over all of away */
} BeatAway;

static void
beat_away_clear (gpointer data)
{
  BeatAway *b = data;

  g_clear_pointer (&b->away, g_array_unref);
  g_clear_pointer (&b->position, g_array_unref);
  g_clear_pointer (&b->present, g_ptr_array_unref);
}

static guint
position_in_beat (RotaBeat *beat, int officer)
{
  guint i = 0;

  while (INDEX (beat->officers, i) != officer)
    i++;
  return i;
}

static int
compare_times (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static int
compare_ints (gconstpointer a, gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static GArray *
beat_aways (AfInstance *inst)
{
  HubrotaRota *rota = inst->rota;
  GArray *beats = g_array_new (FALSE, TRUE, sizeof (BeatAway));

  g_array_set_clear_func (beats, beat_away_clear);
  g_array_set_size (beats, rota->beats->len);
  for (guint b = 0; b < rota->beats->len; b++)
    {
      g_array_index (beats, BeatAway, b).beat = (int) b;
      g_array_index (beats, BeatAway, b).away = g_array_new (FALSE, FALSE, sizeof (int));
    }
  for (guint v = 0; v < inst->vars->len; v++)
    if (VAR (inst, v)->away_hours > 0)
      g_array_append_val (g_array_index (beats, BeatAway, OFFICER (rota, VAR (inst, v)->officer)->beat).away, v);
  for (guint b = 0; b < beats->len; b++)
    {
      BeatAway *away = &g_array_index (beats, BeatAway, b);
      RotaBeat *beat = BEAT (rota, b);
      gint64 start = G_MAXINT64, end = G_MININT64;

      g_array_sort_with_data (away->away, compare_by_start, inst);
      away->position = g_array_new (FALSE, FALSE, sizeof (int));
      for (guint i = 0; i < away->away->len; i++)
        {
          RotaOccurrence *x = var_occurrence (inst, INDEX (away->away, i));
          int k = (int) position_in_beat (beat, VAR (inst, INDEX (away->away, i))->officer);
          g_array_append_val (away->position, k);
          start = MIN (start, x->start);
          end = MAX (end, x->end);
        }
      away->present = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      for (guint k = 0; k < beat->officers->len && away->away->len > 0; k++)
        g_ptr_array_add (away->present, _hubrota_rules_present (rota, INDEX (beat->officers, k),
                                                                start, end));
    }
  return beats;
}

/* Every time the count of officers on the beat, or of variables that could take one away,
 * may change. */
static GArray *
beat_edges (AfInstance *inst, BeatAway *b)
{
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < b->away->len; i++)
    {
      RotaOccurrence *x = var_occurrence (inst, INDEX (b->away, i));
      g_array_append_val (edges, x->start);
      g_array_append_val (edges, x->end);
    }
  for (guint k = 0; k < b->present->len; k++)
    {
      GArray *set = g_ptr_array_index (b->present, k);
      for (guint j = 0; j < set->len; j++)
        {
          g_array_append_val (edges, g_array_index (set, HubrotaInterval, j).start);
          g_array_append_val (edges, g_array_index (set, HubrotaInterval, j).end);
        }
    }
  g_array_sort (edges, compare_times);
  return edges;
}

/* Whether the last row added is this one already (the same stretch cut by an edge that
 * changed nothing). */
static gboolean
same_as_last (AfInstance *inst, GArray *pairs, int cap, GArray *vars)
{
  int row = (int) inst->rows->len - 1;
  guint from;

  if (row < 0 || g_array_index (inst->rows, AfRow, row).kind != AF_ROW_BEAT ||
      g_array_index (inst->rows, AfRow, row).cap != cap || pairs->len < vars->len)
    return FALSE;
  from = pairs->len - vars->len;
  if (from > 0 && g_array_index (pairs, Pair, from - 1).a == row)
    return FALSE;
  for (guint i = 0; i < vars->len; i++)
    if (g_array_index (pairs, Pair, from + i).a != row ||
        g_array_index (pairs, Pair, from + i).b != INDEX (vars, i))
      return FALSE;
  return TRUE;
}

/* In [t0, t1) the P officers on the beat now could all be taken to hubs elsewhere: at most
 * P - 1 of them may be. */
static void
beat_segment (AfInstance *inst, BeatAway *b, gboolean *present, int *seen, int stamp,
              GArray *active, GArray *pairs)
{
  g_autoptr(GArray) vars = g_array_new (FALSE, FALSE, sizeof (int));
  int n_present = 0, n_who = 0;

  for (guint k = 0; k < b->present->len; k++)
    n_present += present[k];
  if (n_present == 0)
    return;
  for (guint i = 0; i < active->len; i++)
    {
      int at = INDEX (active, i), k = INDEX (b->position, at);
      if (!present[k])
        continue;
      g_array_append_val (vars, INDEX (b->away, at));
      if (seen[k] != stamp)
        n_who++;
      seen[k] = stamp;
    }
  if (n_who < n_present)
    return;
  g_array_sort (vars, compare_ints);
  if (same_as_last (inst, pairs, n_present - 1, vars))
    return;
  add_row (inst, AF_ROW_BEAT, n_present - 1, b->beat);
  for (guint i = 0; i < vars->len; i++)
    g_array_append_val (pairs, ((Pair) { (int) inst->rows->len - 1, INDEX (vars, i) }));
}

/* Sweeps the beat's edges, keeping the variables whose openings hold each stretch (active,
 * as places in b->away) and who of the beat is on it. */
static void
add_beat_rows (AfInstance *inst, BeatAway *b, GArray *pairs)
{
  g_autoptr(GArray) edges = beat_edges (inst, b);
  g_autoptr(GArray) active = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree gboolean *present = g_new0 (gboolean, b->present->len);
  g_autofree int *seen = g_new0 (int, b->present->len);
  g_autofree guint *cursor = g_new0 (guint, b->present->len);
  guint next = 0;

  for (guint e = 0; e + 1 < edges->len; e++)
    {
      gint64 t0 = g_array_index (edges, gint64, e), t1 = g_array_index (edges, gint64, e + 1);
      guint kept = 0;

      if (t0 == t1)
        continue;
      for (guint i = 0; i < active->len; i++)
        if (var_occurrence (inst, INDEX (b->away, INDEX (active, i)))->end > t0)
          INDEX (active, kept++) = INDEX (active, i);
      g_array_set_size (active, kept);
      for (; next < b->away->len && var_occurrence (inst, INDEX (b->away, next))->start <= t0; next++)
        if (var_occurrence (inst, INDEX (b->away, next))->end > t0)
          g_array_append_val (active, next);
      if (active->len == 0)
        continue;
      for (guint k = 0; k < b->present->len; k++)
        {
          GArray *set = g_ptr_array_index (b->present, k);
          while (cursor[k] < set->len && g_array_index (set, HubrotaInterval, cursor[k]).end <= t0)
            cursor[k]++;
          present[k] = cursor[k] < set->len &&
                       g_array_index (set, HubrotaInterval, cursor[k]).start <= t0 &&
                       g_array_index (set, HubrotaInterval, cursor[k]).end >= t1;
        }
      beat_segment (inst, b, present, seen, (int) e + 1, active, pairs);
    }
}

/* Hotspot windows */

typedef struct
{
  GArray *kill;            /* int variables, sorted */
} RunDraft;

static void
run_draft_clear (gpointer data)
{
  g_clear_pointer (&((RunDraft *) data)->kill, g_array_unref);
}

/* The variables of the officer (at place k of the beat) whose openings overlap [start, end). */
static GArray *
cutters (AfInstance *inst, BeatAway *b, int k, gint64 start, gint64 end)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < b->away->len; i++)
    {
      RotaOccurrence *x = var_occurrence (inst, INDEX (b->away, i));
      if (x->start >= end)
        break;
      if (INDEX (b->position, i) == k && x->end > start)
        g_array_append_val (out, INDEX (b->away, i));
    }
  return out;
}

/* The shortest runs of a stretch that hold a patrol, each with the variables that cut it;
 * FALSE when one cannot be cut at all (the window is safe whatever is chosen). */
static gboolean
stretch_runs (AfInstance *inst, GArray *cut, gint64 start, gint64 end, GArray *runs)
{
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_array_append_val (edges, start);
  g_array_append_val (edges, end);
  for (guint i = 0; i < cut->len; i++)
    {
      RotaOccurrence *x = var_occurrence (inst, INDEX (cut, i));
      if (x->start > start && x->start < end)
        g_array_append_val (edges, x->start);
      if (x->end > start && x->end < end)
        g_array_append_val (edges, x->end);
    }
  g_array_sort (edges, compare_times);
  for (guint p = 0; p + 1 < edges->len; p++)
    {
      gint64 from = g_array_index (edges, gint64, p);
      guint q = p + 1;
      RunDraft run;

      while (q + 1 < edges->len && g_array_index (edges, gint64, q) - from < AUTOFILL_PATROL_SECONDS)
        q++;
      if (g_array_index (edges, gint64, q) - from < AUTOFILL_PATROL_SECONDS)
        break;
      run.kill = g_array_new (FALSE, FALSE, sizeof (int));
      for (guint i = 0; i < cut->len; i++)
        {
          RotaOccurrence *x = var_occurrence (inst, INDEX (cut, i));
          if (x->start < g_array_index (edges, gint64, q) && x->end > from)
            g_array_append_val (run.kill, INDEX (cut, i));
        }
      if (run.kill->len == 0)
        {
          g_array_unref (run.kill);
          return FALSE;
        }
      g_array_append_val (runs, run);
    }
  return TRUE;
}

/* The runs that keep a hotspot window patrolled; FALSE when nothing needs saying (it is safe
 * whatever is chosen, or nobody can patrol it now and the finding is there already). */
static gboolean
window_runs (AfInstance *inst, BeatAway *b, gint64 start, gint64 end, GArray *runs)
{
  RotaBeat *beat = BEAT (inst->rota, b->beat);
  gboolean possible = FALSE;

  for (guint k = 0; k < beat->officers->len; k++)
    {
      g_autoptr(GArray) present = _hubrota_rules_present (inst->rota, INDEX (beat->officers, k),
                                                          start, end);
      for (guint j = 0; j < present->len; j++)
        {
          HubrotaInterval *stretch = &g_array_index (present, HubrotaInterval, j);
          g_autoptr(GArray) cut = NULL;

          if (stretch->end - stretch->start < AUTOFILL_PATROL_SECONDS)
            continue;
          possible = TRUE;
          cut = cutters (inst, b, (int) k, stretch->start, stretch->end);
          if (cut->len == 0 || !stretch_runs (inst, cut, stretch->start, stretch->end, runs))
            return FALSE;
        }
    }
  return possible;
}

static void
add_hotspot_windows (AfInstance *inst, BeatAway *b, GArray *kill_pairs)
{
  HubrotaRota *rota = inst->rota;
  int first = _hubrota_rota_window_first_day (rota, _hubrota_rota_day_of (rota, rota->period_start));

  if (BEAT (rota, b->beat)->hotspots->len == 0 || b->away->len == 0)
    return;
  for (int day = first; _hubrota_rota_day_start (rota, day) < rota->period_end;
       day += HOTSPOT_WINDOW_DAYS)
    {
      AfWindow window = { b->beat, _hubrota_rota_day_start (rota, day),
                          _hubrota_rota_day_start (rota, day + HOTSPOT_WINDOW_DAYS) };
      g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (RunDraft));

      g_array_set_clear_func (runs, run_draft_clear);
      if (!window_runs (inst, b, window.start, window.end, runs))
        continue;
      g_array_append_val (inst->windows, window);
      for (guint r = 0; r < runs->len; r++)
        {
          GArray *kill = g_array_index (runs, RunDraft, r).kill;
          AfRun run = { b->beat, (int) inst->windows->len - 1 };

          g_array_append_val (inst->runs, run);
          g_array_sort (kill, compare_ints);
          for (guint i = 0; i < kill->len; i++)
            if (i == 0 || INDEX (kill, i) != INDEX (kill, i - 1))
              g_array_append_val (kill_pairs, ((Pair) { (int) inst->runs->len - 1, INDEX (kill, i) }));
        }
    }
}

/* Compressed lists both ways */

/* pairs (a, b) with a in [0, n_a) and b in [0, n_b), a ascending: starts and lists by a, and
 * by b. */
static void
index_pairs (GArray *pairs, guint n_a, guint n_b, GArray **a_start, GArray **a_list,
             GArray **b_start, GArray **b_list)
{
  g_autofree int *fill = g_new0 (int, n_b + 1);

  *a_start = g_array_new (FALSE, TRUE, sizeof (int));
  *a_list = g_array_new (FALSE, FALSE, sizeof (int));
  *b_start = g_array_new (FALSE, TRUE, sizeof (int));
  *b_list = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_set_size (*a_start, n_a + 1);
  g_array_set_size (*b_start, n_b + 1);
  g_array_set_size (*b_list, pairs->len);
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *p = &g_array_index (pairs, Pair, i);
      INDEX (*a_start, p->a + 1)++;
      INDEX (*b_start, p->b + 1)++;
      g_array_append_val (*a_list, p->b);
    }
  for (guint i = 0; i < n_a; i++)
    INDEX (*a_start, i + 1) += INDEX (*a_start, i);
  for (guint i = 0; i < n_b; i++)
    INDEX (*b_start, i + 1) += INDEX (*b_start, i);
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *p = &g_array_index (pairs, Pair, i);
      INDEX (*b_list, INDEX (*b_start, p->b) + fill[p->b]++) = p->a;
    }
}

static void
build_rows (AfInstance *inst)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr(GArray) kill_pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr(GArray) window_pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr(GPtrArray) by_officer = vars_by_officer (inst);
  g_autoptr(GArray) beats = beat_aways (inst);
  GArray *unused_start = NULL, *unused_list = NULL;

  add_opening_rows (inst, pairs);
  for (guint k = 0; k < by_officer->len; k++)
    add_overlap_rows (inst, (int) k, g_ptr_array_index (by_officer, k), pairs);
  for (guint b = 0; b < beats->len; b++)
    {
      add_beat_rows (inst, &g_array_index (beats, BeatAway, b), pairs);
      add_hotspot_windows (inst, &g_array_index (beats, BeatAway, b), kill_pairs);
    }
  for (guint r = 0; r < inst->runs->len; r++)
    g_array_append_val (window_pairs, ((Pair) { g_array_index (inst->runs, AfRun, r).hotspot_window,
                                                (int) r }));
  index_pairs (pairs, inst->rows->len, inst->vars->len, &inst->row_start, &inst->row_vars,
               &inst->var_row_start, &inst->var_rows);
  index_pairs (kill_pairs, inst->runs->len, inst->vars->len, &inst->run_start, &inst->run_vars,
               &inst->var_run_start, &inst->var_runs);
  index_pairs (window_pairs, inst->windows->len, inst->runs->len, &inst->window_run_start,
               &inst->window_runs, &unused_start, &unused_list);
  g_array_unref (unused_start);
  g_array_unref (unused_list);
}

AfInstance *
_hubrota_autofill_instance_new (HubrotaRota                  *rota,
                                const HubrotaAutofillOptions *options,
                                GHashTable                   *existing_hours,
                                const AfCap                  *cap,
                                GHashTable                   *uncapped)
{
  AfInstance *inst = g_new0 (AfInstance, 1);

  inst->rota = g_object_ref (rota);
  inst->options = *options;
  inst->options.hubs = g_strdupv (options->hubs);
  inst->options.beats = g_strdupv (options->beats);
  inst->openings = g_array_new (FALSE, FALSE, sizeof (AfOpening));
  inst->vars = g_array_new (FALSE, FALSE, sizeof (AfVar));
  inst->officers = g_array_new (FALSE, TRUE, sizeof (AfOfficer));
  inst->rows = g_array_new (FALSE, FALSE, sizeof (AfRow));
  inst->runs = g_array_new (FALSE, FALSE, sizeof (AfRun));
  inst->windows = g_array_new (FALSE, FALSE, sizeof (AfWindow));
  collect_openings (inst);
  collect_vars (inst, existing_hours, cap, uncapped);
  collect_officers (inst, existing_hours);
  build_rows (inst);
  return inst;
}

void
_hubrota_autofill_instance_free (AfInstance *inst)
{
  GArray *arrays[] = { inst->openings, inst->vars, inst->officers, inst->rows, inst->runs,
                       inst->windows, inst->row_start, inst->row_vars, inst->var_row_start,
                       inst->var_rows, inst->run_start, inst->run_vars, inst->var_run_start,
                       inst->var_runs, inst->window_run_start, inst->window_runs };

  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    g_clear_pointer (&arrays[i], g_array_unref);
  g_strfreev (inst->options.hubs);
  g_strfreev (inst->options.beats);
  g_object_unref (inst->rota);
  g_free (inst);
}
