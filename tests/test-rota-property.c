/* test-rota-property.c: the incremental rule check against full checks, on random rotas
 *
 * For generated rotas and random edits, what _hubrota_rules_would_cause says a change adds
 * must be exactly what a full check after the change has that a full check before did not
 * (_hubrota_rules_added); ranking every officer for an opening with one shared RotaCover must
 * judge each of them as full checks before and after putting them on do; and a rota edited in memory must
 * check the same as one loaded afresh once the same edits are stored.
 *
 * A failure names the seed and the step. To replay one seed alone:
 *   HUBROTA_PROPERTY_SEEDS=42 tests/test-rota-property --verbose
 * and HUBROTA_PROPERTY_EDITS, _OFFICERS and _HUBS change the size of each run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hubrota-rota-private.h"
#include "rota-sample.h"
#include "test-util.h"

#define DEFAULT_OFFICERS 40
#define DEFAULT_HUBS 8
#define DEFAULT_EDITS 300
#define N_DAYS 42
#define STORE_EVERY 50
#define RANK_EVERY 25
/* Enough detail to debug from; the rest of a bad run only counts. */
#define MISMATCHES_SHOWN 3


static const guint32 default_seeds[] = { 7, 42, 1234, 20260309, 3141592 };

typedef struct
{
  guint32 seed;
  char *dir;
  HubrotaStore *store;
  HubrotaRota *rota;
  GRand *rand;
  GDate from;
  GDate to;
  GArray *open;           /* int: the model's openings that are not cancelled */
  GArray *pending;        /* RotaChange: made in memory, not yet stored */
  guint mismatches;
} Run;

/* Over every seed: how often each rule was in a full check after an edit, and in what an
 * edit was said to add. */
static guint rules_found[HUBROTA_N_RULES];
static guint rules_added[HUBROTA_N_RULES];
static guint seeds_run;
static GArray *seeds;
static guint edits = DEFAULT_EDITS;
static guint n_officers = DEFAULT_OFFICERS;
static guint n_hubs = DEFAULT_HUBS;

/* Helpers */

static GDate
first_day (void)
{
  GDate day;

  /* A Monday three weeks before the clocks go forward, so the period holds the change. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 9, G_DATE_MARCH, 2026);
  return day;
}

static char *
local_text (gint64 t)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, hubrota_london_tz ());

  return g_date_time_format (local, "%a %F %H:%M");
}

static char *
describe_opening (HubrotaRota *rota, int index)
{
  RotaOccurrence *x;
  g_autofree char *start = NULL;
  g_autofree char *date = NULL;

  if (index == NONE)
    return g_strdup ("-");
  x = OCCURRENCE (rota, index);
  start = local_text (x->start);
  date = hubrota_london_format_date (hubrota_occurrence_get_original_date (x->object));
  return g_strdup_printf ("#%d %s/series %" G_GINT64_FORMAT "/%s (%s, %" G_GINT64_FORMAT " min)",
                          index, hubrota_occurrence_get_hub (x->object),
                          hubrota_occurrence_get_series (x->object), date, start,
                          (x->end - x->start) / 60);
}

static const char *
officer_id (HubrotaRota *rota, int index)
{
  return index == NONE ? "-" : hubrota_officer_get_id (OFFICER (rota, index)->object);
}

static char *
describe_change (HubrotaRota *rota, const RotaChange *change)
{
  g_autofree char *opening = describe_opening (rota, change->occurrence);

  return g_strdup_printf ("%s %s (#%d) %s %s", change->assign ? "assign" : "unassign",
                          officer_id (rota, change->officer), change->officer,
                          change->assign ? "to" : "from", opening);
}

static char *
describe_finding (HubrotaRota *rota, const RotaFinding *f)
{
  g_autofree char *opening = describe_opening (rota, f->occurrence);
  g_autofree char *start = local_text (f->start);
  g_autofree char *end = local_text (f->end);

  return g_strdup_printf ("%s officer=%s opening=%s other=%d beat=%d hotspot=%d %s .. %s"
                          " amount=%" G_GINT64_FORMAT " total=%" G_GINT64_FORMAT,
                          hubrota_rule_to_string (f->rule), officer_id (rota, f->officer), opening,
                          f->other, f->beat, f->hotspot, start, end, f->amount, f->total);
}

static void
show_findings (HubrotaRota *rota, const char *title, const GArray *findings)
{
  g_test_message ("  %s (%u):", title, findings->len);
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *text = describe_finding (rota, &g_array_index (findings, RotaFinding, i));
      g_test_message ("    %s", text);
    }
}

static gboolean
same_finding (const RotaFinding *a, const RotaFinding *b)
{
  return a->rule == b->rule && a->officer == b->officer && a->occurrence == b->occurrence &&
         a->other == b->other && a->beat == b->beat && a->hotspot == b->hotspot &&
         a->start == b->start && a->end == b->end && a->amount == b->amount &&
         a->total == b->total;
}

/* Field for field and in order: both come sorted by the rules' own comparator. */
static gboolean
same_findings (const GArray *a, const GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!same_finding (&g_array_index (a, RotaFinding, i), &g_array_index (b, RotaFinding, i)))
      return FALSE;
  return TRUE;
}

/* Those of a that b lacks. */
static GArray *
missing_from (const GArray *a, const GArray *b)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (RotaFinding));

  for (guint i = 0; i < a->len; i++)
    {
      const RotaFinding *f = &g_array_index (a, RotaFinding, i);
      gboolean found = FALSE;
      for (guint j = 0; j < b->len && !found; j++)
        found = same_finding (f, &g_array_index (b, RotaFinding, j));
      if (!found)
        g_array_append_val (out, *f);
    }
  return out;
}

static void
show_difference (HubrotaRota *rota, const char *a_name, const GArray *a, const char *b_name,
                 const GArray *b)
{
  g_autoptr(GArray) only_a = missing_from (a, b);
  g_autoptr(GArray) only_b = missing_from (b, a);
  g_autofree char *title_a = g_strdup_printf ("only in %s", a_name);
  g_autofree char *title_b = g_strdup_printf ("only in %s", b_name);

  show_findings (rota, a_name, a);
  show_findings (rota, b_name, b);
  show_findings (rota, title_a, only_a);
  show_findings (rota, title_b, only_b);
}

/* One run: a generated store, its rota, and the edits */

static void
run_set_up (Run *run, guint32 seed)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GDate first = first_day ();

  run->seed = seed;
  run->rand = g_rand_new_with_seed (seed ^ 0x5eed);
  run->dir = test_util_make_temp_dir ("hubrota-property-XXXXXX");
  path = g_build_filename (run->dir, "hubrota.db", NULL);
  run->store = test_util_create_store (path);
  g_assert_true (rota_sample_fill (run->store, seed, n_officers, n_hubs, &first, N_DAYS, &error));
  g_assert_no_error (error);

  /* Thursday to Thursday: the period cuts weeks and hotspot windows at both ends, and the
   * rota loads openings beyond it that edits can still reach. */
  run->from = first;
  g_date_add_days (&run->from, 3);
  run->to = first;
  g_date_add_days (&run->to, N_DAYS - 4);
  run->rota = hubrota_rota_load (run->store, &run->from, &run->to, &error);
  g_assert_no_error (error);
  g_assert_nonnull (run->rota);

  run->open = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < run->rota->occurrences->len; i++)
    if (!OCCURRENCE (run->rota, i)->cancelled)
      g_array_append_val (run->open, i);
  g_assert_cmpuint (run->open->len, >, 0);
  run->pending = g_array_new (FALSE, FALSE, sizeof (RotaChange));
}

static void
run_tear_down (Run *run)
{
  g_clear_object (&run->rota);
  g_clear_object (&run->store);
  test_remove_tree (run->dir);
  g_clear_pointer (&run->dir, g_free);
  g_clear_pointer (&run->rand, g_rand_free);
  g_clear_pointer (&run->open, g_array_unref);
  g_clear_pointer (&run->pending, g_array_unref);
}

static gboolean
is_on (RotaOccurrence *x, int officer)
{
  for (guint i = 0; i < x->officers->len; i++)
    if (g_array_index (x->officers, int, i) == officer)
      return TRUE;
  return FALSE;
}

static int
random_opening (Run *run, GArray *among)
{
  return g_array_index (among, int, g_rand_int_range (run->rand, 0, (gint32) among->len));
}

/* A quarter of the time one the officer is on (so the change takes them off), a quarter any
 * opening, and half the time one while they are on duty: only those can leave their beat
 * uncovered or put a hotspot patrol at risk, and uniform picks rarely find them. */
static int
pick_opening (Run *run, int officer)
{
  GArray *assignments = OFFICER (run->rota, officer)->assignments;
  GArray *on_duty = OFFICER (run->rota, officer)->on_duty;
  g_autoptr(GArray) during = g_array_new (FALSE, FALSE, sizeof (int));
  int kind = g_rand_int_range (run->rand, 0, 4);

  if (kind == 0 && assignments->len > 0)
    return random_opening (run, assignments);
  if (kind <= 1)
    return random_opening (run, run->open);
  for (guint i = 0; i < run->open->len; i++)
    {
      RotaOccurrence *x = OCCURRENCE (run->rota, g_array_index (run->open, int, i));
      if (hubrota_intervals_measure (on_duty, x->start, x->end) > 0)
        g_array_append_val (during, g_array_index (run->open, int, i));
    }
  return random_opening (run, during->len > 0 ? during : run->open);
}

/* A random officer and opening: off it if they are on it, else on it. */
static RotaChange
random_change (Run *run)
{
  HubrotaRota *rota = run->rota;
  int officer = g_rand_int_range (run->rand, 0, (gint32) rota->officers->len);
  int index = pick_opening (run, officer);
  RotaOccurrence *x = OCCURRENCE (rota, index);
  gboolean assign = !is_on (x, officer);
  g_autoptr(GError) error = NULL;
  RotaChange change;

  /* Through the same door as the public API, so the indexes are the ones it would use. */
  g_assert_true (_hubrota_rota_resolve (rota, officer_id (rota, officer), x->object, assign,
                                        &change, &error));
  g_assert_no_error (error);
  g_assert_cmpint (change.officer, ==, officer);
  g_assert_cmpint (change.occurrence, ==, index);
  return change;
}

static void
report_mismatch (Run *run, guint step, const RotaChange *change, const GArray *before,
                 const GArray *incremental, const GArray *expected)
{
  g_autofree char *what = describe_change (run->rota, change);

  if (++run->mismatches > MISMATCHES_SHOWN)
    return;
  g_test_message ("MISMATCH seed %u step %u: %s", run->seed, step, what);
  show_findings (run->rota, "before the change, full check", before);
  show_difference (run->rota, "would_cause (incremental)", incremental,
                   "added (full after less full before)", expected);
}

static void
count_rules (const GArray *findings, guint *counts)
{
  for (guint i = 0; i < findings->len; i++)
    counts[g_array_index (findings, RotaFinding, i).rule]++;
}

/* What a full check after the change has that one before did not. */
static GArray *
added_in_full (Run *run, const GArray *before, const RotaChange *change)
{
  RotaChange undo = *change;
  g_autoptr(GArray) after = NULL;

  _hubrota_rota_change (run->rota, change);
  after = _hubrota_rules_check (run->rota);
  undo.assign = !undo.assign;
  _hubrota_rota_change (run->rota, &undo);
  return _hubrota_rules_added (before, after);
}

/* What the picker does: every officer not on the opening, judged with one shared cover, must
 * be judged as a full check before and after putting that officer on says. */
static void
rank_everyone (Run *run, guint step, int x)
{
  RotaCover *cover = _hubrota_rules_cover_new (run->rota, x);
  g_autoptr(GArray) before = _hubrota_rules_check (run->rota);

  for (guint officer = 0; officer < run->rota->officers->len; officer++)
    {
      RotaChange change = { (int) officer, x, TRUE };
      g_autoptr(GArray) shared = NULL;
      g_autoptr(GArray) expected = NULL;

      if (is_on (OCCURRENCE (run->rota, x), (int) officer))
        continue;
      shared = _hubrota_rules_would_cause_with (run->rota, &change, cover);
      expected = added_in_full (run, before, &change);
      if (!same_findings (shared, expected))
        {
          g_autofree char *what = describe_change (run->rota, &change);
          show_difference (run->rota, "with the shared cover", shared, "in full", expected);
          g_test_fail_printf ("seed %u step %u: %s is judged differently in a ranking",
                              run->seed, step, what);
        }
    }
  _hubrota_rules_cover_free (cover);
}

static void
edit_once (Run *run, guint step)
{
  RotaChange change = random_change (run);
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) incremental = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) expected = NULL;

  if (step % RANK_EVERY == 0)
    rank_everyone (run, step, change.occurrence);
  before = _hubrota_rules_check (run->rota);
  incremental = _hubrota_rules_would_cause (run->rota, &change);

  _hubrota_rota_change (run->rota, &change);
  after = _hubrota_rules_check (run->rota);
  expected = _hubrota_rules_added (before, after);
  if (!same_findings (incremental, expected))
    {
      /* After the change, so the descriptions see the model the findings are about. */
      report_mismatch (run, step, &change, before, incremental, expected);
    }
  count_rules (after, rules_found);
  count_rules (incremental, rules_added);
  g_array_append_val (run->pending, change);
}

static void
store_change (Run *run, const RotaChange *change)
{
  const char *officer = officer_id (run->rota, change->officer);
  HubrotaOccurrence *opening = OCCURRENCE (run->rota, change->occurrence)->object;
  g_autoptr(GError) error = NULL;

  if (change->assign)
    g_assert_true (hubrota_store_assign (run->store, officer, opening, FALSE, &error));
  else
    g_assert_true (hubrota_store_unassign (run->store, officer, opening, FALSE, &error));
  g_assert_no_error (error);
}

/* The public findings, as text, for comparing two rotas that need not share indexes. */
static char *
public_findings (HubrotaRota *rota)
{
  g_autoptr(GPtrArray) findings = hubrota_rota_check (rota);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      HubrotaFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *start = g_date_time_format_iso8601 (hubrota_finding_get_start (f));
      g_string_append_printf (out, "%s|%s|%s|%s|%s|%s|%s\n",
                              hubrota_rule_to_string (hubrota_finding_get_rule (f)),
                              hubrota_finding_get_officer (f), hubrota_finding_get_hub (f),
                              hubrota_finding_get_beat (f), hubrota_finding_get_hotspot (f),
                              start, hubrota_finding_get_message (f));
    }
  return g_string_free (out, FALSE);
}

/* Stores the edits made since last time, loads the rota afresh, and compares. */
static void
store_and_compare (Run *run, guint step)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaRota) fresh = NULL;
  g_autoptr(GArray) edited_findings = NULL;
  g_autoptr(GArray) fresh_findings = NULL;
  g_autofree char *edited_text = NULL;
  g_autofree char *fresh_text = NULL;

  for (guint i = 0; i < run->pending->len; i++)
    store_change (run, &g_array_index (run->pending, RotaChange, i));
  g_array_set_size (run->pending, 0);

  fresh = hubrota_rota_load (run->store, &run->from, &run->to, &error);
  g_assert_no_error (error);
  edited_findings = _hubrota_rules_check (run->rota);
  fresh_findings = _hubrota_rules_check (fresh);
  if (!same_findings (edited_findings, fresh_findings))
    {
      g_test_message ("MISMATCH seed %u step %u: the edited rota and a fresh load differ",
                      run->seed, step);
      show_difference (fresh, "edited in memory", edited_findings, "loaded afresh",
                       fresh_findings);
      g_test_fail_printf ("seed %u step %u: the edited rota checks differently from the stored one",
                          run->seed, step);
    }
  edited_text = public_findings (run->rota);
  fresh_text = public_findings (fresh);
  g_assert_cmpstr (edited_text, ==, fresh_text);
}

/* Tests */

static void
test_seed (gconstpointer data)
{
  Run run = { 0 };

  run_set_up (&run, GPOINTER_TO_UINT (data));
  for (guint step = 1; step <= edits; step++)
    {
      edit_once (&run, step);
      if (step % STORE_EVERY == 0 || step == edits)
        store_and_compare (&run, step);
    }
  if (run.mismatches > 0)
    g_test_fail_printf ("seed %u: %u of %u edits were judged differently incrementally and in"
                        " full; the first %d are in the log", run.seed, run.mismatches, edits,
                        MISMATCHES_SHOWN);
  run_tear_down (&run);
  seeds_run++;
}

/* A test that finds nothing can never fail: make sure the data exercised every rule. */
static void
test_every_rule_seen (void)
{
  guint rules_with_additions = 0;

  if (seeds_run < seeds->len)
    {
      g_test_skip ("needs every seed's run first");
      return;
    }
  for (int rule = 0; rule < HUBROTA_N_RULES; rule++)
    {
      g_test_message ("%-26s in full checks %6u, in would-cause %5u",
                      hubrota_rule_to_string (rule), rules_found[rule], rules_added[rule]);
      if (rules_added[rule] > 0)
        rules_with_additions++;
    }
  for (int rule = 0; rule < HUBROTA_N_RULES; rule++)
    if (rules_found[rule] == 0)
      g_test_fail_printf ("no full check ever found %s", hubrota_rule_to_string (rule));
  g_assert_cmpuint (rules_with_additions, >=, 4);
}

static guint
number_from_environment (const char *name, guint fallback)
{
  const char *text = g_getenv (name);

  return text != NULL ? (guint) MAX (1, g_ascii_strtoull (text, NULL, 10)) : fallback;
}

static void
parse_environment (void)
{
  const char *text = g_getenv ("HUBROTA_PROPERTY_SEEDS");

  seeds = g_array_new (FALSE, FALSE, sizeof (guint32));
  if (text != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (text, ",", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint32 seed = (guint32) g_ascii_strtoull (parts[i], NULL, 10);
          g_array_append_val (seeds, seed);
        }
    }
  else
    g_array_append_vals (seeds, default_seeds, G_N_ELEMENTS (default_seeds));
  edits = number_from_environment ("HUBROTA_PROPERTY_EDITS", DEFAULT_EDITS);
  n_officers = number_from_environment ("HUBROTA_PROPERTY_OFFICERS", DEFAULT_OFFICERS);
  n_hubs = number_from_environment ("HUBROTA_PROPERTY_HUBS", DEFAULT_HUBS);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  parse_environment ();
  for (guint i = 0; i < seeds->len; i++)
    {
      guint32 seed = g_array_index (seeds, guint32, i);
      g_autofree char *path = g_strdup_printf ("/rota/property/seed-%u", seed);
      g_test_add_data_func (path, GUINT_TO_POINTER (seed), test_seed);
    }
  g_test_add_func ("/rota/property/every-rule-seen", test_every_rule_seen);
  status = g_test_run ();
  g_array_unref (seeds);
  return status;
}
