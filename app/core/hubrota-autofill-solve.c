/* hubrota-autofill-solve.c: the planner, and the score every plan is judged by
 *
 * A greedy construction followed by local search, all on the instance's numbers:
 *
 * 1. Openings are staffed hardest first (fewest candidates who cost nothing), each with its
 *    cheapest feasible officers one at a time, the cost including what the officer's share
 *    of hub work does to the fairness terms. An opening that cannot reach its minimum gets
 *    nobody: a hub below its minimum does not open, so part of a team only costs.
 * 2. An opening left short may take an officer from another opening if that one can be
 *    staffed by someone else (an ejection chain of length one).
 * 3. Each officer placed is swapped for the best alternative for their opening while that
 *    lowers the objective, until a whole pass changes nothing.
 *
 * Ties go to the lower variable index, so the same instance always gives the same plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAutofill"

#include "config.h"

#include <math.h>

#include "hubrota-autofill-private.h"

#define INDEX(array, i) (g_array_index ((array), int, (i)))
#define VAR(inst, v) (&g_array_index ((inst)->vars, AfVar, (v)))
#define OPENING(inst, o) (&g_array_index ((inst)->openings, AfOpening, (o)))
#define AF_OFFICER(inst, k) (&g_array_index ((inst)->officers, AfOfficer, (k)))
#define MAX_PASSES 8
#define EPSILON 1e-9

typedef struct
{
  AfInstance *inst;
  gboolean *chosen;
  int *row_load;
  int *run_cuts;          /* chosen variables cutting each run */
  int *window_alive;      /* runs of each window nobody cuts */
  int *filled;            /* per opening */
  double *added;          /* hours per officer */
  guint n_leaves;         /* a tree of shares, for the largest one as officers come and go */
  double *tree;
} State;

/* Shares */

static double
share_of (AfInstance *inst, int officer, double added)
{
  AfOfficer *o = AF_OFFICER (inst, officer);

  return 100.0 * (o->existing_hours + added) / o->capacity_hours;
}

static void
tree_set (State *s, int officer, double value)
{
  guint i = s->n_leaves + (guint) officer;

  s->tree[i] = value;
  for (i /= 2; i >= 1; i /= 2)
    s->tree[i] = MAX (s->tree[2 * i], s->tree[2 * i + 1]);
}

static double
largest_share (State *s)
{
  return MAX (s->tree[1], 0);
}

/* The spread's part for one officer: hours squared over capacity, less what it was. */
static double
spread_of (AfInstance *inst, int officer, double added)
{
  AfOfficer *o = AF_OFFICER (inst, officer);
  double h = o->existing_hours;

  return ((h + added) * (h + added) - h * h) / o->capacity_hours;
}

/* The state */

static void
state_init (State *s, AfInstance *inst)
{
  guint n = inst->officers->len;

  *s = (State) { inst };
  s->chosen = g_new0 (gboolean, inst->vars->len);
  s->row_load = g_new0 (int, inst->rows->len);
  s->run_cuts = g_new0 (int, inst->runs->len);
  s->window_alive = g_new0 (int, inst->windows->len);
  s->filled = g_new0 (int, inst->openings->len);
  s->added = g_new0 (double, n);
  for (s->n_leaves = 1; s->n_leaves < MAX (n, 1); s->n_leaves *= 2)
    ;
  s->tree = g_new (double, 2 * s->n_leaves);
  for (guint i = 0; i < 2 * s->n_leaves; i++)
    s->tree[i] = -1;
  for (guint k = 0; k < n; k++)
    if (AF_OFFICER (inst, k)->eligible)
      tree_set (s, (int) k, share_of (inst, (int) k, 0));
  for (guint w = 0; w < inst->windows->len; w++)
    s->window_alive[w] = INDEX (inst->window_run_start, w + 1) - INDEX (inst->window_run_start, w);
}

static void
state_clear (State *s)
{
  g_free (s->row_load);
  g_free (s->run_cuts);
  g_free (s->window_alive);
  g_free (s->filled);
  g_free (s->added);
  g_free (s->tree);
}

/* Whether choosing v keeps every row and leaves every hotspot window a run. */
static gboolean
can_add (State *s, int v)
{
  AfInstance *inst = s->inst;
  int from = INDEX (inst->var_row_start, v), to = INDEX (inst->var_row_start, v + 1);

  if (s->chosen[v])
    return FALSE;
  for (int i = from; i < to; i++)
    {
      int row = INDEX (inst->var_rows, i);
      if (s->row_load[row] + 1 > g_array_index (inst->rows, AfRow, row).cap)
        return FALSE;
    }
  from = INDEX (inst->var_run_start, v);
  to = INDEX (inst->var_run_start, v + 1);
  for (int i = from; i < to; i++)
    {
      int run = INDEX (inst->var_runs, i);
      int window = g_array_index (inst->runs, AfRun, run).hotspot_window;
      int dying = 0;

      if (s->run_cuts[run] > 0)
        continue;
      /* Runs of one window are listed together for a variable, as they were made. */
      for (int j = from; j < to; j++)
        {
          int other = INDEX (inst->var_runs, j);
          dying += g_array_index (inst->runs, AfRun, other).hotspot_window == window &&
                   s->run_cuts[other] == 0;
        }
      if (s->window_alive[window] - dying < 1)
        return FALSE;
    }
  return TRUE;
}

static void
set_chosen (State *s, int v, gboolean on)
{
  AfInstance *inst = s->inst;
  AfVar *var = VAR (inst, v);
  int delta = on ? 1 : -1;
  AfOpening *opening = OPENING (inst, var->opening);

  s->chosen[v] = on;
  for (int i = INDEX (inst->var_row_start, v); i < INDEX (inst->var_row_start, v + 1); i++)
    s->row_load[INDEX (inst->var_rows, i)] += delta;
  for (int i = INDEX (inst->var_run_start, v); i < INDEX (inst->var_run_start, v + 1); i++)
    {
      int run = INDEX (inst->var_runs, i);
      int window = g_array_index (inst->runs, AfRun, run).hotspot_window;
      if (on && s->run_cuts[run]++ == 0)
        s->window_alive[window]--;
      else if (!on && --s->run_cuts[run] == 0)
        s->window_alive[window]++;
    }
  s->filled[var->opening] += delta;
  s->added[var->officer] += delta * opening->hours;
  tree_set (s, var->officer, share_of (inst, var->officer, s->added[var->officer]));
}

/* What choosing v adds to the objective, as things stand. */
static double
add_cost (State *s, int v)
{
  AfInstance *inst = s->inst;
  AfVar *var = VAR (inst, v);
  double hours = OPENING (inst, var->opening)->hours;
  double added = s->added[var->officer];
  double share = share_of (inst, var->officer, added + hours);

  return var->cost +
         AUTOFILL_WEIGHT_SPREAD * (spread_of (inst, var->officer, added + hours) -
                                   spread_of (inst, var->officer, added)) +
         AUTOFILL_WEIGHT_LARGEST_SHARE * MAX (0, share - largest_share (s));
}

/* The cheapest variable of the opening that can be added, or -1. */
static int
best_addition (State *s, int opening, int except)
{
  AfOpening *o = OPENING (s->inst, opening);
  double best_cost = G_MAXDOUBLE;
  int best = -1;

  for (int v = o->first_var; v < o->first_var + o->n_vars; v++)
    {
      double cost;
      /* Sorted by their own cost: once that alone is above the best, none can beat it. */
      if (VAR (s->inst, v)->cost > best_cost)
        break;
      if (v == except || !can_add (s, v))
        continue;
      cost = add_cost (s, v);
      if (cost < best_cost - EPSILON)
        {
          best_cost = cost;
          best = v;
        }
    }
  return best;
}

/* Staffs the opening fully, or leaves it as it was. */
static gboolean
staff (State *s, int opening)
{
  AfOpening *o = OPENING (s->inst, opening);
  int picked[64];
  int n = 0;

  while (s->filled[opening] < o->need && n < (int) G_N_ELEMENTS (picked))
    {
      int v = best_addition (s, opening, -1);
      if (v < 0)
        break;
      set_chosen (s, v, TRUE);
      picked[n++] = v;
    }
  if (s->filled[opening] >= o->need)
    return TRUE;
  while (n > 0)
    set_chosen (s, picked[--n], FALSE);
  return FALSE;
}

/* Hardest first: fewest candidates who cost nothing, then fewest at all, then by start. */
static int
free_candidates (AfInstance *inst, int opening)
{
  AfOpening *o = OPENING (inst, opening);
  int n = 0;

  for (int v = o->first_var; v < o->first_var + o->n_vars && VAR (inst, v)->cost == 0; v++)
    n++;
  return n;
}

static int
compare_hardness (gconstpointer a, gconstpointer b, gpointer data)
{
  AfInstance *inst = data;
  int x = *(const int *) a, y = *(const int *) b;
  int fx = free_candidates (inst, x) / OPENING (inst, x)->need;
  int fy = free_candidates (inst, y) / OPENING (inst, y)->need;

  if (fx != fy)
    return fx - fy;
  if (OPENING (inst, x)->n_vars != OPENING (inst, y)->n_vars)
    return OPENING (inst, x)->n_vars - OPENING (inst, y)->n_vars;
  return x - y;
}

static void
construct (State *s)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint o = 0; o < s->inst->openings->len; o++)
    g_array_append_val (order, o);
  g_array_sort_with_data (order, compare_hardness, s->inst);
  for (guint i = 0; i < order->len; i++)
    staff (s, INDEX (order, i));
}

/* Ejection: the one chosen variable that alone keeps v out, or -1. */
static int
sole_blocker (State *s, int v)
{
  AfInstance *inst = s->inst;
  int blocker = -1;

  if (INDEX (inst->var_run_start, v + 1) > INDEX (inst->var_run_start, v))
    return -1;
  for (int i = INDEX (inst->var_row_start, v); i < INDEX (inst->var_row_start, v + 1); i++)
    {
      int row = INDEX (inst->var_rows, i);
      AfRow *r = &g_array_index (inst->rows, AfRow, row);
      if (s->row_load[row] < r->cap)
        continue;
      if (r->kind != AF_ROW_OVERLAP || r->cap != 1)
        return -1;
      for (int j = INDEX (inst->row_start, row); j < INDEX (inst->row_start, row + 1); j++)
        {
          int other = INDEX (inst->row_vars, j);
          if (!s->chosen[other] || other == blocker)
            continue;
          if (blocker >= 0)
            return -1;
          blocker = other;
        }
    }
  return blocker;
}

/* Takes an officer from another opening for a short one, when someone else can take theirs. */
static gboolean
fill_by_ejection (State *s, int opening)
{
  AfOpening *o = OPENING (s->inst, opening);

  for (int v = o->first_var; v < o->first_var + o->n_vars && s->filled[opening] < o->need; v++)
    {
      int blocker = sole_blocker (s, v), replacement;
      if (blocker < 0)
        continue;
      set_chosen (s, blocker, FALSE);
      if (can_add (s, v))
        {
          set_chosen (s, v, TRUE);
          if ((replacement = best_addition (s, VAR (s->inst, blocker)->opening, blocker)) >= 0)
            {
              set_chosen (s, replacement, TRUE);
              if (staff (s, opening))
                return TRUE;
              set_chosen (s, replacement, FALSE);
            }
          set_chosen (s, v, FALSE);
        }
      set_chosen (s, blocker, TRUE);
    }
  return FALSE;
}

static void
fill_short (State *s)
{
  for (guint o = 0; o < s->inst->openings->len; o++)
    if (s->filled[o] == 0)
      fill_by_ejection (s, (int) o);
}

/* One pass of swapping each placed officer for their opening's best alternative. */
static gboolean
improve_pass (State *s)
{
  gboolean changed = FALSE;

  for (guint v = 0; v < s->inst->vars->len; v++)
    {
      double kept;
      int best;

      if (!s->chosen[v])
        continue;
      set_chosen (s, (int) v, FALSE);
      kept = add_cost (s, (int) v);
      best = best_addition (s, VAR (s->inst, v)->opening, -1);
      if (best >= 0 && best != (int) v && add_cost (s, best) < kept - EPSILON)
        {
          set_chosen (s, best, TRUE);
          changed = TRUE;
        }
      else
        set_chosen (s, (int) v, TRUE);
    }
  return changed;
}

gboolean *
_hubrota_autofill_solve (AfInstance *inst)
{
  State s;
  gboolean *chosen;

  state_init (&s, inst);
  construct (&s);
  fill_short (&s);
  for (guint pass = 0; pass < MAX_PASSES && improve_pass (&s); pass++)
    ;
  chosen = g_steal_pointer (&s.chosen);
  state_clear (&s);
  return chosen;
}

/* Judging a plan */

gboolean
_hubrota_autofill_feasible (AfInstance     *inst,
                            const gboolean *chosen)
{
  g_autofree int *load = g_new0 (int, inst->rows->len);
  g_autofree int *cuts = g_new0 (int, inst->runs->len);

  for (guint v = 0; v < inst->vars->len; v++)
    if (chosen[v])
      {
        for (int i = INDEX (inst->var_row_start, v); i < INDEX (inst->var_row_start, v + 1); i++)
          load[INDEX (inst->var_rows, i)]++;
        for (int i = INDEX (inst->var_run_start, v); i < INDEX (inst->var_run_start, v + 1); i++)
          cuts[INDEX (inst->var_runs, i)]++;
      }
  for (guint r = 0; r < inst->rows->len; r++)
    if (load[r] > g_array_index (inst->rows, AfRow, r).cap)
      return FALSE;
  for (guint w = 0; w < inst->windows->len; w++)
    {
      gboolean alive = FALSE;
      for (int i = INDEX (inst->window_run_start, w); i < INDEX (inst->window_run_start, w + 1); i++)
        alive |= cuts[INDEX (inst->window_runs, i)] == 0;
      if (!alive)
        return FALSE;
    }
  return TRUE;
}

AfScore
_hubrota_autofill_score (AfInstance     *inst,
                         const gboolean *chosen)
{
  g_autofree int *filled = g_new0 (int, inst->openings->len);
  g_autofree double *added = g_new0 (double, inst->officers->len);
  AfScore score = { 0 };

  for (guint v = 0; v < inst->vars->len; v++)
    if (chosen[v])
      {
        AfVar *var = VAR (inst, v);
        filled[var->opening]++;
        added[var->officer] += OPENING (inst, var->opening)->hours;
        score.abstraction_hours += var->away_hours;
        score.overtime_hours += var->overtime_hours;
      }
  for (guint o = 0; o < inst->openings->len; o++)
    score.unfilled += filled[o] < OPENING (inst, o)->need;
  for (guint k = 0; k < inst->officers->len; k++)
    if (AF_OFFICER (inst, k)->eligible)
      {
        score.largest_share = MAX (score.largest_share, share_of (inst, (int) k, added[k]));
        score.spread += spread_of (inst, (int) k, added[k]);
      }
  score.objective = AUTOFILL_WEIGHT_UNFILLED * score.unfilled +
                    AUTOFILL_WEIGHT_ABSTRACTION * score.abstraction_hours +
                    AUTOFILL_WEIGHT_OVERTIME * score.overtime_hours +
                    AUTOFILL_WEIGHT_LARGEST_SHARE * score.largest_share +
                    AUTOFILL_WEIGHT_SPREAD * score.spread;
  return score;
}

static void
apply_all (AfInstance *inst, const gboolean *chosen, gboolean assign)
{
  for (guint v = 0; v < inst->vars->len; v++)
    if (chosen[v])
      {
        RotaChange change = { VAR (inst, v)->officer,
                              OPENING (inst, VAR (inst, v)->opening)->occurrence, assign };
        _hubrota_rota_change (inst->rota, &change);
      }
}

guint
_hubrota_autofill_count_new_errors (AfInstance     *inst,
                                    const gboolean *chosen)
{
  g_autoptr(GArray) before = _hubrota_rules_check (inst->rota);
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) added = NULL;
  guint errors = 0;

  apply_all (inst, chosen, TRUE);
  after = _hubrota_rules_check (inst->rota);
  apply_all (inst, chosen, FALSE);
  added = _hubrota_rules_added (before, after);
  for (guint i = 0; i < added->len; i++)
    errors += hubrota_rule_get_severity (g_array_index (added, RotaFinding, i).rule) ==
              HUBROTA_SEVERITY_ERROR;
  return errors;
}
