/* bench-rota.c: how fast the rota checks a county-sized year
 *
 * Fills a fresh store with 2,000 officers and 60 hubs over 52 weeks, then times loading the
 * rota, a full check, the incremental "would cause" for random officers and openings (the
 * hover in the rota editor: it must stay well under a millisecond), and suggestions; then
 * what the window's editors wait for: publishing the feeds, a large CSV import, and the
 * schedule editor's preview.
 *
 *   make bench          or          build/tests/bench-rota [--officers N] [--hubs N] [--seed N]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "hubrota-recurrence.h"
#include "hubrota-rota-private.h"
#include "hubrota-workspace-private.h"
#include "bench-util.h"
#include "rota-sample.h"
#include "test-util.h"

#define WEEKS 52
#define PAIRS 10000
#define SUGGESTIONS 20
#define UNASSIGNS 1000


static int n_officers = 2000;
static int n_hubs = 60;
static int seed = 2026;
static int pairs = PAIRS;

static const GOptionEntry options[] = {
  { "officers", 0, 0, G_OPTION_ARG_INT, &n_officers, "Officers (2000)", "N" },
  { "hubs", 0, 0, G_OPTION_ARG_INT, &n_hubs, "Hubs (60)", "N" },
  { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed for the sample (2026)", "N" },
  { "pairs", 0, 0, G_OPTION_ARG_INT, &pairs, "Officer and opening pairs to time (10000)", "N" },
  { NULL }
};

static int
compare_times (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* mean, median, p99 and max of microsecond timings */
static void
print_times (const char *what, GArray *times)
{
  gint64 total = 0;

  if (times->len == 0)
    return;
  g_array_sort (times, compare_times);
  for (guint i = 0; i < times->len; i++)
    total += g_array_index (times, gint64, i);
  g_print ("  %-28s n=%-6u mean %7.1f us  median %6" G_GINT64_FORMAT " us  p99 %6"
           G_GINT64_FORMAT " us  max %6" G_GINT64_FORMAT " us\n", what, times->len,
           (double) total / times->len, g_array_index (times, gint64, times->len / 2),
           g_array_index (times, gint64, MIN (times->len - 1, times->len * 99 / 100)),
           g_array_index (times, gint64, times->len - 1));
}

static void
print_counts (GArray *findings)
{
  guint counts[HUBROTA_N_RULES] = { 0 };

  for (guint i = 0; i < findings->len; i++)
    counts[g_array_index (findings, RotaFinding, i).rule]++;
  for (int rule = 0; rule < HUBROTA_N_RULES; rule++)
    g_print ("    %-26s %6u\n", hubrota_rule_to_string (rule), counts[rule]);
}

static gboolean
is_on (RotaOccurrence *x, int officer)
{
  for (guint i = 0; i < x->officers->len; i++)
    if (g_array_index (x->officers, int, i) == officer)
      return TRUE;
  return FALSE;
}

/* Random officers on random openings of the period: putting them on, or taking them off
 * when they are already there, timed one by one. */
static void
time_would_cause (HubrotaRota *rota, GArray *open, GRand *rand)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) away = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) home = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) off = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint found = 0;

  for (int i = 0; i < pairs; i++)
    {
      int officer = g_rand_int_range (rand, 0, (gint32) rota->officers->len);
      int x = g_array_index (open, int, g_rand_int_range (rand, 0, (gint32) open->len));
      RotaChange change = { officer, x, !is_on (OCCURRENCE (rota, x), officer) };
      int beat = g_array_index (rota->officers, RotaOfficer, officer).beat;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GArray) findings = _hubrota_rules_would_cause (rota, &change);
      gint64 took = g_get_monotonic_time () - start;

      found += findings->len;
      g_array_append_val (all, took);
      if (!change.assign)
        g_array_append_val (off, took);
      else if (beat != NONE && beat != OCCURRENCE (rota, x)->beat)
        g_array_append_val (away, took);
      else
        g_array_append_val (home, took);
    }
  g_print ("_hubrota_rules_would_cause, %d random (officer, opening) pairs, %u findings:\n",
           pairs, found);
  print_times ("all", all);
  print_times ("assign, outside own beat", away);
  print_times ("assign, own beat or none", home);
  print_times ("unassign", off);
}

/* Random pairs are nearly all assignments; time taking people off on their own. */
static void
time_unassign (HubrotaRota *rota, GRand *rand)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (int i = 0; i < UNASSIGNS; i++)
    {
      int x = g_rand_int_range (rand, 0, (gint32) rota->occurrences->len);
      GArray *there = OCCURRENCE (rota, x)->officers;
      RotaChange change = { NONE, x, FALSE };
      gint64 start;
      g_autoptr(GArray) findings = NULL;

      if (there->len == 0)
        continue;
      change.officer = g_array_index (there, int, g_rand_int_range (rand, 0, (gint32) there->len));
      start = g_get_monotonic_time ();
      findings = _hubrota_rules_would_cause (rota, &change);
      g_array_append_val (times, ((gint64) { g_get_monotonic_time () - start }));
    }
  print_times ("unassign, existing ones", times);
}

static void
time_suggest (HubrotaRota *rota, GArray *open, GRand *rand)
{
  double total = 0, longest = 0;

  for (int i = 0; i < SUGGESTIONS; i++)
    {
      int x = g_array_index (open, int, g_rand_int_range (rand, 0, (gint32) open->len));
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) candidates = hubrota_rota_suggest (rota, OCCURRENCE (rota, x)->object,
                                                              &error);
      double took = bench_ms_since (start);

      g_assert_no_error (error);
      total += took;
      longest = MAX (longest, took);
    }
  g_print ("hubrota_rota_suggest, %d openings: mean %.1f ms, max %.1f ms\n", SUGGESTIONS,
           total / SUGGESTIONS, longest);
}

static void
time_checks (HubrotaRota *rota)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GArray) findings = _hubrota_rules_check (rota);
  double raw = bench_ms_since (start);
  g_autoptr(GPtrArray) described = NULL;

  start = g_get_monotonic_time ();
  described = hubrota_rota_check (rota);
  g_print ("_hubrota_rules_check: %.1f ms; hubrota_rota_check (with words): %.1f ms;"
           " %u findings:\n", raw, bench_ms_since (start), findings->len);
  print_counts (findings);
}

/* The period's openings that are not cancelled: those a coordinator could staff. */
static GArray *
open_openings (HubrotaRota *rota)
{
  GArray *open = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < rota->occurrences->len; i++)
    {
      RotaOccurrence *x = OCCURRENCE (rota, i);
      if (!x->cancelled && x->start >= rota->period_start && x->start < rota->period_end)
        g_array_append_val (open, i);
    }
  return open;
}

/* What the picker does for one opening of the week on show, timed two ways in the same run:
 * hubrota_rota_suggest (every beat's cover around the opening worked out once), and the same
 * judgement made officer by officer with _hubrota_rules_would_cause (as before the cover was
 * shared). Medians over the week's openings, wall and CPU time. */
static void
time_picker (HubrotaRota *week, GArray *open)
{
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) alone_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) alone_cpu = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < open->len; i++)
    {
      int x = g_array_index (open, int, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) candidates = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = bench_cpu_ms ();

      candidates = hubrota_rota_suggest (week, OCCURRENCE (week, x)->object, &error);
      g_assert_no_error (error);
      g_array_append_val (cpu, ((double) { bench_cpu_ms () - cpu_start }));
      g_array_append_val (wall, ((double) { bench_ms_since (start) }));

      start = g_get_monotonic_time ();
      cpu_start = bench_cpu_ms ();
      for (guint officer = 0; officer < week->officers->len; officer++)
        {
          RotaChange change = { (int) officer, x, TRUE };
          if (!is_on (OCCURRENCE (week, x), (int) officer))
            g_array_unref (_hubrota_rules_would_cause (week, &change));
        }
      g_array_append_val (alone_cpu, ((double) { bench_cpu_ms () - cpu_start }));
      g_array_append_val (alone_wall, ((double) { bench_ms_since (start) }));
    }
  g_print ("the picker, every officer ranked for one opening of the week (median of %u):\n"
           "  hubrota_rota_suggest                 %6.1f ms wall, %6.1f ms CPU\n"
           "  officer by officer, nothing shared   %6.1f ms wall, %6.1f ms CPU (rules only)\n",
           open->len, bench_median (wall), bench_median (cpu), bench_median (alone_wall), bench_median (alone_cpu));
}

/* What the window reads for each week it shows: a week in the middle of the year, and the
 * rule check of it; then the picker on that week. */
static void
time_week (HubrotaStore *store, const GDate *first)
{
  GDate monday = *first, sunday;
  g_autoptr(HubrotaRota) week = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GArray) open = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double load_ms;

  g_date_add_days (&monday, 26 * 7);
  sunday = monday;
  g_date_add_days (&sunday, 6);
  start = g_get_monotonic_time ();
  week = hubrota_rota_load (store, &monday, &sunday, &error);
  g_assert_no_error (error);
  load_ms = bench_ms_since (start);
  start = g_get_monotonic_time ();
  findings = hubrota_rota_check (week);
  g_print ("one week (the window's read): load %.0f ms, check with words %.1f ms, %u findings\n",
           load_ms, bench_ms_since (start), findings->len);
  open = open_openings (week);
  time_picker (week, open);
}

/* What the Month page reads: five weeks from the same Monday, checked, and every opening's
 * status (the widgets it then builds are timed by the GUI test /window/month-view). */
static void
time_month (HubrotaStore *store, const GDate *first)
{
  GDate monday = *first, sunday;
  g_autoptr(HubrotaRota) month = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) statuses = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double load_ms, load_cpu, check_ms;

  g_date_add_days (&monday, 26 * 7);
  sunday = monday;
  g_date_add_days (&sunday, 5 * 7 - 1);
  load_cpu = bench_cpu_ms ();
  start = g_get_monotonic_time ();
  month = hubrota_rota_load (store, &monday, &sunday, &error);
  g_assert_no_error (error);
  load_ms = bench_ms_since (start);
  load_cpu = bench_cpu_ms () - load_cpu;
  start = g_get_monotonic_time ();
  findings = hubrota_rota_check (month);
  check_ms = bench_ms_since (start);
  start = g_get_monotonic_time ();
  statuses = hubrota_rota_get_statuses (month, findings);
  g_print ("five weeks (the Month page's read): load %.0f ms (%.0f ms CPU in %u threads), check "
           "%.1f ms, %u statuses from %u findings in %.1f ms\n", load_ms, load_cpu,
           g_get_num_processors (), check_ms, statuses->len, findings->len, bench_ms_since (start));
}

static void
count_items (GListModel *model, guint position, guint removed, guint added, guint *changed)
{
  *changed += MAX (removed, added);
}

/* The best candidate for the opening that breaks no rule, or NULL. */
static char *
harmless_candidate (HubrotaRota *rota, HubrotaOccurrence *opening)
{
  g_autoptr(GPtrArray) candidates = hubrota_rota_suggest (rota, opening, NULL);

  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    {
      HubrotaCandidate *candidate = g_ptr_array_index (candidates, i);
      if (hubrota_findings_count_errors (hubrota_candidate_get_findings (candidate)) == 0)
        return g_strdup (hubrota_officer_get_id (hubrota_candidate_get_officer (candidate)));
    }
  return NULL;
}

/* The window after an assignment: its workspace holds the Month page's five weeks, applies the
 * change to the rota in memory, checks the five weeks again and brings both models up to
 * date. Timed from the store's commit to the last items-changed (for a put-on and a
 * take-off), and the whole hubrota_workspace_change (the check inside the transaction, the
 * write, the models) beside it, for the first week's understaffed openings. */
static void
time_workspace (HubrotaStore *store, const GDate *first)
{
  g_autoptr(HubrotaWorkspace) workspace = hubrota_workspace_new (store);
  g_autoptr(GArray) change_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) change_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) follow_on_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) follow_off_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) follow_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) openings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GListModel *statuses = hubrota_workspace_get_statuses (workspace);
  GDate monday = *first, sunday;
  guint changed = 0;
  gint64 start;
  double cpu;

  g_date_add_days (&monday, 26 * 7);
  sunday = monday;
  g_date_add_days (&sunday, 5 * 7 - 1);
  start = g_get_monotonic_time ();
  g_assert_true (hubrota_workspace_load (workspace, &monday, &sunday, &error));
  g_assert_no_error (error);
  g_print ("workspace, five weeks: first fill %.0f ms (%u openings, %u findings)\n",
           bench_ms_since (start), g_list_model_get_n_items (statuses),
           g_list_model_get_n_items (hubrota_workspace_get_findings (workspace)));
  g_signal_connect (statuses, "items-changed", G_CALLBACK (count_items), &changed);
  g_signal_connect (hubrota_workspace_get_findings (workspace), "items-changed",
                    G_CALLBACK (count_items), &changed);

  for (guint i = 0; i < g_list_model_get_n_items (statuses) && openings->len < SUGGESTIONS; i++)
    {
      g_autoptr(HubrotaOpeningStatus) status = g_list_model_get_item (statuses, i);
      if (hubrota_opening_status_get_level (status) != HUBROTA_STATUS_CANCELLED &&
          hubrota_opening_status_get_assigned (status) < hubrota_opening_status_get_needed (status))
        g_ptr_array_add (openings, g_object_ref (hubrota_opening_status_get_occurrence (status)));
    }
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
      gint64 series = hubrota_occurrence_get_series (opening);
      g_autofree char *officer = harmless_candidate (hubrota_workspace_get_rota (workspace), opening);
      g_autoptr(GPtrArray) findings = NULL;
      double took, changed_items;

      if (officer == NULL)
        continue;
      changed = 0;
      cpu = bench_cpu_ms ();
      start = g_get_monotonic_time ();
      g_assert_true (hubrota_workspace_change (workspace, officer, opening, FALSE, TRUE, FALSE,
                                               &findings, &error));
      g_assert_no_error (error);
      took = bench_ms_since (start);
      g_array_append_val (change_ms, took);
      took = bench_cpu_ms () - cpu;
      g_array_append_val (change_cpu, took);
      changed_items = changed;
      g_array_append_val (items, changed_items);

      /* Off and on again straight through the store: then only the models' share is timed. */
      g_assert_true (hubrota_store_unassign (store, officer, opening, FALSE, &error));
      start = g_get_monotonic_time ();
      g_assert_true (_hubrota_workspace_follow_series (workspace, series, &error));
      took = bench_ms_since (start);
      g_array_append_val (follow_off_ms, took);
      g_assert_true (hubrota_store_assign (store, officer, opening, FALSE, &error));
      cpu = bench_cpu_ms ();
      start = g_get_monotonic_time ();
      g_assert_true (_hubrota_workspace_follow_series (workspace, series, &error));
      took = bench_ms_since (start);
      g_array_append_val (follow_on_ms, took);
      took = bench_cpu_ms () - cpu;
      g_array_append_val (follow_cpu, took);
      g_assert_no_error (error);
    }
  if (change_ms->len == 0)
    return;
  g_print ("  hubrota_workspace_change, %u assignments: median %.1f ms (%.1f ms CPU), %.0f "
           "items changed in the models\n", change_ms->len, bench_median (change_ms),
           bench_median (change_cpu), bench_median (items));
  g_print ("  from the commit to the models: put on %.1f ms (%.1f ms CPU), taken off %.1f ms\n",
           bench_median (follow_on_ms), bench_median (follow_cpu), bench_median (follow_off_ms));
}

static guint
count_assignments (HubrotaRota *rota)
{
  guint n = 0;

  for (guint i = 0; i < rota->occurrences->len; i++)
    n += OCCURRENCE (rota, i)->officers->len;
  return n;
}

/* Publishing: every public feed, then with each officer's private feed too, twice: the first
 * time also makes every officer's token. */
static void
time_export (HubrotaStore *store, const char *dir)
{
  HubrotaExportOptions export_options;
  gboolean officers[] = { FALSE, TRUE, TRUE };

  hubrota_export_options_init (&export_options);
  export_options.base_url = "https://example.org/hubs";
  for (guint i = 0; i < G_N_ELEMENTS (officers); i++)
    {
      g_autofree char *out = g_build_filename (dir, officers[i] ? "feeds-all" : "feeds", NULL);
      g_autoptr(GPtrArray) files = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      export_options.officers = officers[i];
      files = hubrota_export (store, out, &export_options, &error);
      g_assert_no_error (error);
      g_print ("hubrota_export (%s): %.0f ms, %u files\n",
               officers[i] ? "public and officers' feeds" : "public feeds", bench_ms_since (start),
               files->len);
    }
}

static void
count_progress (guint done, guint total, gpointer user_data)
{
  (*(guint *) user_data)++;
}

/* The Officers window's import: a 5,000-row HR file into an empty store, all or nothing. */
static void
time_import (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "import.db", NULL);
  g_autoptr(GString) csv = g_string_new ("id,name,role,beat,weekly_hours\n");
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaBeat) beat = hubrota_beat_new ("north", "North");
  g_autoptr(GError) error = NULL;
  guint imported = 0, reports = 0;
  gint64 start;

  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  hubrota_store_add_beat (store, beat, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (csv, "PC%u,Officer %u,PC,north,37.5\n", 10000 + i, i);

  start = g_get_monotonic_time ();
  hubrota_store_import_officers_full (store, csv->str, csv->len, count_progress, &reports,
                                      &imported, &error);
  g_assert_no_error (error);
  g_print ("hubrota_store_import_officers_full: %u officers in %.0f ms, %u progress reports\n",
           imported, bench_ms_since (start), reports);
}

/* The schedule editor recomputes its six-opening preview on every change of a field. */
static void
time_preview (void)
{
  g_autoptr(GDateTime) first = g_date_time_new (hubrota_london_tz (), 2024, 1, 6, 10, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_new (hubrota_london_tz (), 2026, 11, 22, 0, 0, 0);
  g_autoptr(GDateTime) until = g_date_time_add_weeks (from, 12);
  const char *rules[] = { "FREQ=WEEKLY;BYDAY=SA", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA",
                          "FREQ=MONTHLY;BYDAY=1SA" };
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr(GPtrArray) starts = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 took;

      starts = hubrota_recurrence_expand (first, rules[i % G_N_ELEMENTS (rules)], from, until,
                                          &error);
      g_assert_no_error (error);
      took = g_get_monotonic_time () - start;
      g_array_append_val (times, took);
    }
  print_times ("schedule preview (12 weeks)", times);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the rota rules");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GArray) open = NULL;
  g_autoptr(GRand) rand = NULL;
  GDate first, last;
  gint64 start;

  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  /* A fixed Monday, so every run measures the same year. */
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 5, G_DATE_JANUARY, 2026);
  last = first;
  g_date_add_days (&last, WEEKS * 7 - 1);

  dir = g_dir_make_tmp ("hubrota-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "hubrota.db", NULL);
  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  if (!rota_sample_fill (store, (guint32) seed, (guint) n_officers, (guint) n_hubs, &first,
                         WEEKS * 7, &error))
    g_error ("filling the store: %s", error->message);
  g_print ("Sample: %d officers, %d hubs, %d weeks from 2026-01-05, seed %d\n", n_officers,
           n_hubs, WEEKS, seed);
  g_print ("rota_sample_fill: %.0f ms\n", bench_ms_since (start));

  start = g_get_monotonic_time ();
  rota = hubrota_rota_load (store, &first, &last, &error);
  g_assert_no_error (error);
  g_print ("hubrota_rota_load: %.0f ms (%u openings loaded, %u assignments, %u beats)\n",
           bench_ms_since (start), rota->occurrences->len, count_assignments (rota), rota->beats->len);

  time_week (store, &first);
  time_month (store, &first);
  time_workspace (store, &first);
  time_checks (rota);
  open = open_openings (rota);
  rand = g_rand_new_with_seed ((guint32) seed + 1);
  time_would_cause (rota, open, rand);
  time_unassign (rota, rand);
  time_suggest (rota, open, rand);
  time_export (store, dir);
  time_import (dir);
  time_preview ();

  g_clear_object (&rota);
  g_clear_object (&store);
  test_remove_tree (dir);
  return EXIT_SUCCESS;
}
