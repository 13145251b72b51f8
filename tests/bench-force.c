/* bench-force.c: issue 14's targets on the generated force, as a scaling series
 *
 * For each size (500, 2,000, 8,000 and 32,000 officers by default, a hub per 33 officers, 52
 * weeks) it generates a database and measures, medians of several runs with CPU time beside
 * wall time:
 *
 * - loading the year's rota (hubrota_rota_load) and its full rule check (_hubrota_rules_check,
 *   and hubrota_rota_check with the sentences);
 * - the incremental check, "would this change cause anything", for random officers and
 *   openings (median and 99th percentile);
 * - auto-fill of the first four weeks;
 * - the CLI as a user runs it, in its own process: `check` of the year (wall, CPU and peak
 *   memory), `export` of the public feeds and `export --officers`.
 *
 *   make bench     or     build/tests/bench-force [--sizes 500,2000] [--runs 5] [--pairs 10000]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "hubrota-autofill.h"
#include "hubrota-generate.h"
#include "hubrota-rota-private.h"
#include "bench-util.h"
#include "test-util.h"

#define WEEKS 52
#define OFFICERS_PER_HUB 33

static char *sizes_text = NULL;
static int runs = 5;
static int pairs = 10000;

static const GOptionEntry entries[] = {
  { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text,
    "Forces to measure, in officers (500,2000,8000,32000)", "N,N…" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs for each median (5)", "N" },
  { "pairs", 0, 0, G_OPTION_ARG_INT, &pairs, "Officer and opening pairs for the incremental check "
    "(10000)", "N" },
  { NULL }
};

typedef struct
{
  GArray *wall;
  GArray *cpu;
  double cpu_start;
  gint64 wall_start;
} Timer;

static void
timer_init (Timer *t)
{
  t->wall = g_array_new (FALSE, FALSE, sizeof (double));
  t->cpu = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
timer_start (Timer *t)
{
  t->cpu_start = bench_cpu_ms ();
  t->wall_start = g_get_monotonic_time ();
}

static void
timer_stop (Timer *t)
{
  double wall = bench_ms_since (t->wall_start), cpu = bench_cpu_ms () - t->cpu_start;

  g_array_append_val (t->wall, wall);
  g_array_append_val (t->cpu, cpu);
}

/* "312 ms (290 CPU)", medians; frees the timings. */
static char *
timer_report (Timer *t)
{
  char *text = g_strdup_printf ("%.0f ms (%.0f CPU)", bench_median (t->wall), bench_median (t->cpu));

  g_array_unref (t->wall);
  g_array_unref (t->cpu);
  return text;
}

/* Runs the command and waits for it with wait4 (), which gives this child's own CPU time and
 * peak memory, not the largest of every child so far as RUSAGE_CHILDREN would. */
static void
run_child (char **argv, double *out_wall_ms, double *out_cpu_ms, double *out_peak_mb)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  GPid pid;
  int status;

  if (!g_spawn_async (NULL, argv, NULL,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                      G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (wait4 (pid, &status, 0, &usage) != pid)
    g_error ("%s: wait4 failed", argv[0]);
  *out_wall_ms = bench_ms_since (start);
  *out_cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  *out_peak_mb = usage.ru_maxrss / 1024.0;
}

/* The CLI in its own process: medians of wall and CPU time, and its largest peak memory. */
static char *
time_cli (const char *cli, const char *db, const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  Timer t;
  double peak = 0;

  g_ptr_array_add (argv, (char *) cli);
  g_ptr_array_add (argv, (char *) "--database");
  g_ptr_array_add (argv, (char *) db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  timer_init (&t);
  for (int i = 0; i < runs; i++)
    {
      double wall, cpu, mb;

      run_child ((char **) argv->pdata, &wall, &cpu, &mb);
      g_array_append_val (t.wall, wall);
      g_array_append_val (t.cpu, cpu);
      peak = MAX (peak, mb);
    }
  return g_strdup_printf ("%.0f ms (%.0f CPU), peak %.0f MB", bench_median (t.wall),
                          bench_median (t.cpu), peak);
}

static GArray *
open_openings (HubrotaRota *rota)
{
  GArray *open = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < rota->occurrences->len; i++)
    if (!OCCURRENCE (rota, i)->cancelled)
      g_array_append_val (open, i);
  return open;
}

static gboolean
is_on (RotaOccurrence *x, int officer)
{
  for (guint i = 0; i < x->officers->len; i++)
    if (g_array_index (x->officers, int, i) == officer)
      return TRUE;
  return FALSE;
}

/* Median and 99th percentile, in microseconds, of the incremental check. */
static char *
time_incremental (HubrotaRota *rota)
{
  g_autoptr(GArray) open = open_openings (rota);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GRand) rand = g_rand_new_with_seed (2027);

  for (int i = 0; i < pairs && open->len > 0; i++)
    {
      int officer = g_rand_int_range (rand, 0, (gint32) rota->officers->len);
      int x = g_array_index (open, int, g_rand_int_range (rand, 0, (gint32) open->len));
      RotaChange change = { officer, x, !is_on (OCCURRENCE (rota, x), officer) };
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GArray) findings = _hubrota_rules_would_cause (rota, &change);
      double took = (double) (g_get_monotonic_time () - start);

      g_array_append_val (times, took);
    }
  bench_median (times);   /* sorts */
  return g_strdup_printf ("median %.0f µs, p99 %.0f µs", g_array_index (times, double, times->len / 2),
                          g_array_index (times, double, MIN (times->len - 1, times->len * 99 / 100)));
}

static char *
time_load (HubrotaStore *store, const GDate *first, const GDate *last, HubrotaRota **out_rota)
{
  Timer t;

  timer_init (&t);
  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;

      g_clear_object (out_rota);
      timer_start (&t);
      *out_rota = hubrota_rota_load (store, first, last, &error);
      timer_stop (&t);
      g_assert_no_error (error);
    }
  return timer_report (&t);
}

static char *
time_check (HubrotaRota *rota, gboolean with_words, guint *out_findings)
{
  Timer t;

  timer_init (&t);
  for (int i = 0; i < runs; i++)
    {
      timer_start (&t);
      if (with_words)
        {
          g_autoptr(GPtrArray) findings = hubrota_rota_check (rota);
          *out_findings = findings->len;
        }
      else
        g_array_unref (_hubrota_rules_check (rota));
      timer_stop (&t);
    }
  return timer_report (&t);
}

static char *
time_autofill (HubrotaStore *store, const GDate *first, guint n_officers)
{
  HubrotaAutofillOptions options;
  GDate to = *first;
  Timer t;
  guint proposed = 0;
  g_autofree char *report = NULL;

  g_date_add_days (&to, 27);
  hubrota_autofill_options_init (&options, first, &to);
  timer_init (&t);
  /* Once for the largest forces, where a run takes minutes (docs/benchmarks.md says why). */
  for (int i = 0; i < (n_officers > 4000 ? 1 : MAX (runs / 2, 1)); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HubrotaPlan) plan = NULL;

      timer_start (&t);
      plan = hubrota_autofill_plan (store, &options, &error);
      timer_stop (&t);
      g_assert_no_error (error);
      proposed = g_list_model_get_n_items (hubrota_plan_get_proposals (plan));
    }
  report = timer_report (&t);
  return g_strdup_printf ("%s, %u proposed", report, proposed);
}

static const char *measures[] = { "force", "year's rota", "generate", "load the year",
                                  "full check", "full check with sentences",
                                  "incremental check", "auto-fill, four weeks",
                                  "CLI check of the year", "CLI export, public feeds",
                                  "CLI export, with officers' feeds" };

/* Appends the size's figures to column, one per measure. */
static void
bench_size (const char *cli, guint n_officers, GPtrArray *column)
{
  g_autofree char *dir = test_util_make_temp_dir ("hubrota-bench-force-XXXXXX");
  g_autofree char *db = g_build_filename (dir, "force.db", NULL);
  g_autofree char *feeds = g_build_filename (dir, "feeds", NULL);
  HubrotaForceSpec spec = { .n_officers = n_officers,
                            .n_hubs = MAX (n_officers / OFFICERS_PER_HUB, 1),
                            .n_weeks = WEEKS, .seed = 1 };
  g_autoptr(HubrotaStore) store = test_util_create_store (db);
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *generate = NULL, *load = NULL, *check = NULL, *check_words = NULL;
  g_autofree char *incremental = NULL, *autofill = NULL;
  g_autofree char *cli_check = NULL, *cli_public = NULL, *cli_private = NULL;
  GDate last;
  Timer t;
  guint findings = 0;

  g_date_clear (&spec.first_monday, 1);
  g_date_set_dmy (&spec.first_monday, 4, G_DATE_JANUARY, 2027);
  last = spec.first_monday;
  g_date_add_days (&last, WEEKS * 7 - 1);
  timer_init (&t);
  timer_start (&t);
  if (!hubrota_generate_force (store, &spec, &error))
    g_error ("generate: %s", error->message);
  timer_stop (&t);
  generate = timer_report (&t);
  load = time_load (store, &spec.first_monday, &last, &rota);
  check = time_check (rota, FALSE, &findings);
  check_words = time_check (rota, TRUE, &findings);
  incremental = time_incremental (rota);
  autofill = time_autofill (store, &spec.first_monday, n_officers);
  cli_check = time_cli (cli, db, (const char *[]) { "check", "--from", "2027-01-04", "--to",
                                                   "2028-01-02", NULL });
  cli_public = time_cli (cli, db, (const char *[]) { "export", "-o", feeds, NULL });
  cli_private = time_cli (cli, db, (const char *[]) { "export", "-o", feeds, "--officers", NULL });

  g_ptr_array_add (column, g_strdup_printf ("%u officers, %u hubs", n_officers, spec.n_hubs));
  g_ptr_array_add (column, g_strdup_printf ("%u openings, %u findings", rota->occurrences->len,
                                            findings));
  g_ptr_array_add (column, g_steal_pointer (&generate));
  g_ptr_array_add (column, g_steal_pointer (&load));
  g_ptr_array_add (column, g_steal_pointer (&check));
  g_ptr_array_add (column, g_steal_pointer (&check_words));
  g_ptr_array_add (column, g_steal_pointer (&incremental));
  g_ptr_array_add (column, g_steal_pointer (&autofill));
  g_ptr_array_add (column, g_steal_pointer (&cli_check));
  g_ptr_array_add (column, g_steal_pointer (&cli_public));
  g_ptr_array_add (column, g_steal_pointer (&cli_private));
  g_clear_object (&rota);
  g_clear_object (&store);
  test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— issue 14's targets, scaled");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sizes = NULL;
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  sizes = g_strsplit (sizes_text != NULL ? sizes_text : "500,2000,8000,32000", ",", -1);
  for (guint i = 0; sizes[i] != NULL; i++)
    {
      GPtrArray *column = g_ptr_array_new_with_free_func (g_free);

      bench_size (HUBROTA_CLI_PATH, (guint) g_ascii_strtoull (sizes[i], NULL, 10), column);
      g_ptr_array_add (columns, column);
    }
  printf ("Generated forces (seed 1, 52 weeks from 4 January 2027), medians of %d runs, %u "
          "processors; CPU time in brackets\n\n", runs, g_get_num_processors ());
  for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
    {
      printf ("| %s |", measures[m]);
      for (guint c = 0; c < columns->len; c++)
        printf (" %s |", (char *) g_ptr_array_index ((GPtrArray *) g_ptr_array_index (columns, c), m));
      printf (m == 0 ? "\n|---|" : "\n");
      for (guint c = 0; m == 0 && c < columns->len; c++)
        printf ("---|");
      if (m == 0)
        printf ("\n");
    }
  return EXIT_SUCCESS;
}
