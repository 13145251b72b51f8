/* bench-autofill.c: auto-fill beside two exact solvers on generated forces of growing size
 *
 * For each force it generates a database (hubrota_generate_force), plans its first four weeks
 * with auto-fill several times (median wall and CPU time), exports the same instance as an LP
 * and solves it with COIN-OR CBC and GLPK's glpsol under a time limit. Every plan, auto-fill's
 * and each solver's, is scored by Hubrota's own arithmetic and checked with the real rule
 * checker (new error findings: 0 is the only right answer), so all three are judged by the
 * same rules. The gap is measured against the best lower bound either solver proved.
 *
 *   make bench     or     build/tests/bench-autofill [--seconds 60] [--runs 5]
 *                                         [--smallest 100] [--largest 2000]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include <glib/gstdio.h>

#include "hubrota-autofill-private.h"
#include "hubrota-generate.h"
#include "bench-util.h"
#include "solver-util.h"
#include "test-util.h"

#define PERIOD_DAYS 28

typedef struct
{
  guint n_officers;
  guint n_hubs;
} Force;

static const Force forces[] = { { 100, 5 }, { 300, 14 }, { 1000, 30 }, { 2000, 60 } };

static int solver_seconds = 60;
static int runs = 5;
static int smallest = 100;
static int largest = 2000;
static int seed = 1;

static const GOptionEntry entries[] = {
  { "seconds", 0, 0, G_OPTION_ARG_INT, &solver_seconds, "Time limit of each solver run (60)", "S" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Auto-fill runs for the median (5)", "N" },
  { "smallest", 0, 0, G_OPTION_ARG_INT, &smallest, "Smallest force, in officers (100)", "N" },
  { "largest", 0, 0, G_OPTION_ARG_INT, &largest, "Largest force, in officers (2000)", "N" },
  { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the generated forces (1)", "N" },
  { NULL }
};

/* One plan as judged by Hubrota. */
typedef struct
{
  const char *method;
  gboolean found;
  gboolean optimal;       /* the solver proved it */
  AfScore score;
  guint new_errors;
  gboolean feasible;
  double own_objective;   /* what the method itself says its plan costs */
  double bound;
  double wall_ms;
  double cpu_ms;
} Row;

static HubrotaStore *
generate (const char *dir, const Force *force, HubrotaAutofillOptions *out_options)
{
  g_autofree char *path = g_build_filename (dir, "force.db", NULL);
  HubrotaForceSpec spec = { .n_officers = force->n_officers, .n_hubs = force->n_hubs,
                            .n_weeks = PERIOD_DAYS / 7, .seed = (guint32) seed };
  HubrotaStore *store = test_util_create_store (path);
  g_autoptr(GError) error = NULL;
  GDate to;

  g_date_clear (&spec.first_monday, 1);
  g_date_set_dmy (&spec.first_monday, 4, G_DATE_JANUARY, 2027);
  if (!hubrota_generate_force (store, &spec, &error))
    g_error ("generate: %s", error->message);
  to = spec.first_monday;
  g_date_add_days (&to, PERIOD_DAYS - 1);
  hubrota_autofill_options_init (out_options, &spec.first_monday, &to);
  return store;
}

/* Auto-fill, timed over several runs; the plan of the last. */
static HubrotaPlan *
run_autofill (HubrotaStore *store, const HubrotaAutofillOptions *options, Row *row)
{
  g_autoptr(GArray) walls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpus = g_array_new (FALSE, FALSE, sizeof (double));
  HubrotaPlan *plan = NULL;

  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      double cpu = bench_cpu_ms ();
      gint64 start = g_get_monotonic_time ();
      double wall, used;

      g_clear_object (&plan);
      plan = hubrota_autofill_plan (store, options, &error);
      if (plan == NULL)
        g_error ("autofill: %s", error->message);
      wall = bench_ms_since (start);
      used = bench_cpu_ms () - cpu;
      g_array_append_val (walls, wall);
      g_array_append_val (cpus, used);
    }
  row->wall_ms = bench_median (walls);
  row->cpu_ms = bench_median (cpus);
  return plan;
}

static void
judge (AfInstance *inst, const gboolean *chosen, Row *row)
{
  row->feasible = _hubrota_autofill_feasible (inst, chosen);
  row->score = _hubrota_autofill_score (inst, chosen);
  row->new_errors = _hubrota_autofill_count_new_errors (inst, chosen);
}

static void
run_solver (SolverKind kind, AfInstance *inst, const char *lp_path, Row *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree gboolean *chosen = g_new0 (gboolean, inst->vars->len);
  SolverResult result;

  row->method = kind == SOLVER_CBC ? "CBC" : "GLPK";
  row->bound = -G_MAXDOUBLE;
  if (!solver_available (kind))
    return;
  if (!solver_solve (kind, lp_path, (guint) solver_seconds, &result, &error))
    {
      g_printerr ("%s: %s\n", solver_name (kind), error->message);
      return;
    }
  row->found = result.found;
  row->optimal = result.optimal;
  row->own_objective = result.objective;
  row->bound = result.bound;
  row->wall_ms = result.wall_ms;
  row->cpu_ms = result.cpu_ms;
  for (guint v = 0; v < inst->vars->len; v++)
    chosen[v] = solver_x (&result, v) > 0.5;
  if (result.found)
    judge (inst, chosen, row);
  solver_result_clear (&result);
}

static double
gap_percent (double objective, double bound)
{
  if (bound == -G_MAXDOUBLE || objective == 0)
    return NAN;
  return 100 * (objective - bound) / fabs (objective);
}

static void
print_row (const Force *force, const Row *row, double best_bound, double cbc_objective)
{
  char scores[160] = "no plan | | | | | |", vs_cbc[16] = "", gap[16] = "";

  if (row->found)
    {
      if (!isnan (gap_percent (row->score.objective, best_bound)))
        g_snprintf (gap, sizeof gap, "%.2f", gap_percent (row->score.objective, best_bound));
      if (cbc_objective > 0)
        g_snprintf (vs_cbc, sizeof vs_cbc, "%+.2f",
                    100 * (row->score.objective - cbc_objective) / cbc_objective);
      g_snprintf (scores, sizeof scores, "%.2f | %.2f | %u | %.1f | %.1f | %.2f",
                  row->score.objective, row->own_objective, row->score.unfilled,
                  row->score.abstraction_hours, row->score.overtime_hours,
                  row->score.largest_share);
    }
  printf ("| %u/%u | %s | %s | %s | %s | ", force->n_officers, force->n_hubs, row->method, scores,
          gap, vs_cbc);
  if (row->found)
    printf ("%u%s", row->new_errors, row->feasible ? "" : " (breaks a constraint)");
  printf (" | %.3f | %.3f |\n", row->wall_ms / 1000, row->cpu_ms / 1000);
}

static const char *
format_bound (double bound, char *text)
{
  if (bound == -G_MAXDOUBLE)
    return "none";
  g_snprintf (text, 32, "%.4f", bound);
  return text;
}

/* The two questions: how far from CBC's optimum, and how much faster. */
static void
print_verdict (const Row *rows)
{
  for (guint i = 1; i < 3; i++)
    {
      const Row *solver = &rows[i];

      printf ("%s: ", solver->method);
      if (solver->optimal)
        printf ("proved optimal; auto-fill %+.2f%% from the optimum", 100 *
                (rows[0].score.objective - solver->score.objective) / solver->score.objective);
      else if (solver->found)
        printf ("stopped at the time limit; auto-fill %+.2f%% from its best plan",
                100 * (rows[0].score.objective - solver->score.objective) /
                solver->score.objective);
      else
        printf ("no plan within the time limit");
      printf ("; auto-fill %.0f× faster in CPU time, %.0f× in wall time\n",
              solver->cpu_ms / MAX (rows[0].cpu_ms, 1e-3),
              solver->wall_ms / MAX (rows[0].wall_ms, 1e-3));
    }
}

static void
bench_force (const Force *force)
{
  g_autofree char *dir = test_util_make_temp_dir ("hubrota-bench-autofill-XXXXXX");
  g_autofree char *lp_path = g_build_filename (dir, "plan.lp", NULL);
  HubrotaAutofillOptions options;
  g_autoptr(HubrotaStore) store = generate (dir, force, &options);
  Row rows[3] = { { .method = "auto-fill", .found = TRUE } };
  g_autoptr(HubrotaPlan) plan = run_autofill (store, &options, &rows[0]);
  AfInstance *inst = _hubrota_plan_get_instance (plan);
  double best_bound = -G_MAXDOUBLE;
  char text[3][32];
  GStatBuf lp_stat;

  judge (inst, _hubrota_plan_get_chosen (plan), &rows[0]);
  rows[0].own_objective = hubrota_plan_get_objective (plan);
  rows[0].bound = -G_MAXDOUBLE;
  if (!hubrota_plan_write_lp (plan, lp_path, NULL) || g_stat (lp_path, &lp_stat) != 0)
    g_error ("cannot write %s", lp_path);
  printf ("\n%u officers, %u hubs: %u openings below their minimum in %d days, %u variables, "
          "%u rows, %u hotspot runs; LP %.1f MB\n\n", force->n_officers, force->n_hubs,
          inst->openings->len, PERIOD_DAYS, inst->vars->len, inst->rows->len, inst->runs->len,
          lp_stat.st_size / 1e6);
  run_solver (SOLVER_CBC, inst, lp_path, &rows[1]);
  run_solver (SOLVER_GLPK, inst, lp_path, &rows[2]);
  for (guint i = 1; i < 3; i++)
    best_bound = MAX (best_bound, rows[i].bound);
  printf ("| officers/hubs | method | objective (Hubrota's score) | its own figure | short | "
          "abstraction h | overtime h | largest share %% | gap to best bound %% | vs CBC %% | "
          "new errors | wall s | CPU s |\n");
  printf ("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
  for (guint i = 0; i < 3; i++)
    print_row (force, &rows[i], best_bound, rows[1].found ? rows[1].score.objective : 0);
  printf ("\nbest bound %s (CBC %s, GLPK %s)\n", format_bound (best_bound, text[0]),
          format_bound (rows[1].bound, text[1]), format_bound (rows[2].bound, text[2]));
  print_verdict (rows);
  test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— auto-fill against CBC and GLPK");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  printf ("Auto-fill beside CBC and GLPK (time limit %d s each, auto-fill the median of %d "
          "runs); forces generated with seed %d, planning 4 January 2027 for %d days.\n",
          solver_seconds, runs, seed, PERIOD_DAYS);
  for (guint i = 0; i < G_N_ELEMENTS (forces); i++)
    if ((int) forces[i].n_officers >= smallest && (int) forces[i].n_officers <= largest)
      bench_force (&forces[i]);
  return 0;
}
