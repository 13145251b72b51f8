/* test-autofill.c: auto-fill on generated forces: it only adds, never causes an error, is
 * deterministic, stores one undoable step checked in its transaction, and writes an LP
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hubrota-autofill-private.h"
#include "hubrota-generate.h"
#include "solver-util.h"
#include "test-util.h"

/* A generated force and the days planned from its first Monday, 4 January 2027. */
typedef struct
{
  guint32 seed;
  guint n_officers, n_hubs, n_weeks, n_days;
} ForceSize;

/* A county's week of rota in miniature, and one small enough for an exact solver to prove
 * its optimum in a second. */
static const ForceSize county[] = { { 1, 300, 14, 5, 28 }, { 2, 300, 14, 5, 28 },
                                    { 3, 300, 14, 5, 28 } };
static const ForceSize small = { 1, 100, 5, 2, 7 };

typedef struct
{
  char *dir;
  HubrotaStore *store;
  HubrotaAutofillOptions options;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  const ForceSize *size = data;
  HubrotaForceSpec spec = { .n_officers = size->n_officers, .n_hubs = size->n_hubs,
                            .n_weeks = size->n_weeks, .seed = size->seed };
  g_autofree char *path = NULL;
  GDate to;

  g_date_clear (&spec.first_monday, 1);
  g_date_set_dmy (&spec.first_monday, 4, G_DATE_JANUARY, 2027);
  f->dir = test_util_make_temp_dir ("hubrota-autofill-XXXXXX");
  path = g_build_filename (f->dir, "force.db", NULL);
  f->store = test_util_create_store (path);
  g_assert_true (hubrota_generate_force (f->store, &spec, NULL));
  to = spec.first_monday;
  g_date_add_days (&to, size->n_days - 1);
  hubrota_autofill_options_init (&f->options, &spec.first_monday, &to);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static HubrotaPlan *
plan (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  HubrotaPlan *p = hubrota_autofill_plan (f->store, &f->options, &error);

  g_assert_no_error (error);
  return p;
}

/* Every proposal is for an opening below its minimum, and fills it no further than that. */
static void
check_only_adds (HubrotaPlan *p)
{
  GListModel *proposals = hubrota_plan_get_proposals (p);
  g_autoptr(GHashTable) added = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) proposal = g_list_model_get_item (proposals, i);
      HubrotaOccurrence *o = hubrota_proposal_get_occurrence (proposal);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (added, o)) + 1;
      GPtrArray *assigned = hubrota_occurrence_get_assigned (o);
      const char *id = hubrota_officer_get_id (hubrota_proposal_get_officer (proposal));

      g_hash_table_insert (added, o, GUINT_TO_POINTER (n));
      g_assert_cmpuint (assigned->len + n, <=, (guint) hubrota_occurrence_get_min_officers (o));
      for (guint k = 0; k < assigned->len; k++)
        g_assert_cmpstr (g_ptr_array_index (assigned, k), !=, id);
    }
}

static void
test_no_new_errors (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaPlan) p = plan (f);
  AfInstance *inst = _hubrota_plan_get_instance (p);
  const gboolean *chosen = _hubrota_plan_get_chosen (p);
  guint proposed = g_list_model_get_n_items (hubrota_plan_get_proposals (p));

  g_assert_cmpuint (hubrota_plan_get_n_openings (p), >, 20);
  g_assert_cmpuint (proposed, >=, hubrota_plan_get_n_openings (p) -
                                  g_list_model_get_n_items (hubrota_plan_get_shortfalls (p)));
  g_assert_true (_hubrota_autofill_feasible (inst, chosen));
  g_assert_cmpuint (_hubrota_autofill_count_new_errors (inst, chosen), ==, 0);
  g_assert_cmpfloat (_hubrota_autofill_score (inst, chosen).objective, ==,
                     hubrota_plan_get_objective (p));
  check_only_adds (p);
}

static void
test_deterministic (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaPlan) a = plan (f);
  g_autoptr(HubrotaPlan) b = plan (f);
  AfInstance *inst = _hubrota_plan_get_instance (a);

  g_assert_cmpfloat (hubrota_plan_get_objective (a), ==, hubrota_plan_get_objective (b));
  g_assert_cmpmem (_hubrota_plan_get_chosen (a), inst->vars->len * sizeof (gboolean),
                   _hubrota_plan_get_chosen (b), inst->vars->len * sizeof (gboolean));
}

/* Without overtime, shortfalls say why; a single hub's run covers only that hub. */
static void
test_no_overtime_and_one_hub (Fixture *f, gconstpointer data)
{
  char *hubs[] = { "hub-3", NULL };
  g_autoptr(HubrotaPlan) all = NULL;
  g_autoptr(HubrotaPlan) one = NULL;
  GListModel *proposals;

  f->options.no_overtime = TRUE;
  all = plan (f);
  g_assert_cmpfloat (hubrota_plan_get_overtime_hours (all), ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (hubrota_plan_get_shortfalls (all)); i++)
    {
      g_autoptr(HubrotaShortfall) s = g_list_model_get_item (hubrota_plan_get_shortfalls (all), i);
      const char *reason = hubrota_shortfall_get_reason (s);
      g_assert_true (g_str_has_prefix (reason, "Nobody can be added: ") ||
                     g_str_has_prefix (reason, "Nobody was added: ") ||
                     g_str_has_prefix (reason, "Only ") ||
                     g_str_has_prefix (reason, "No officer is on duty "));
    }
  f->options.hubs = hubs;
  one = plan (f);
  proposals = hubrota_plan_get_proposals (one);
  g_assert_cmpuint (hubrota_plan_get_n_openings (one), <, hubrota_plan_get_n_openings (all));
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) p = g_list_model_get_item (proposals, i);
      g_assert_cmpstr (hubrota_occurrence_get_hub (hubrota_proposal_get_occurrence (p)), ==, "hub-3");
    }
  f->options.hubs = NULL;
}

static guint
count_errors (HubrotaStore *store, const HubrotaAutofillOptions *options)
{
  g_autoptr(HubrotaRota) rota = hubrota_rota_load (store, &options->from, &options->to, NULL);
  g_autoptr(GPtrArray) findings = hubrota_rota_check (rota);

  return hubrota_findings_count_errors (findings);
}

static void
test_store_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaPlan) p = plan (f);
  g_autoptr(HubrotaWorkspace) workspace = hubrota_workspace_new (f->store);
  g_autoptr(HubrotaPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  guint errors = count_errors (f->store, &f->options), stored = 0;
  guint proposed = g_list_model_get_n_items (hubrota_plan_get_proposals (p));

  g_assert_true (hubrota_workspace_apply_plan (workspace, p, &stored, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stored, ==, proposed);
  g_assert_cmpuint (count_errors (f->store, &f->options), ==, errors);
  g_assert_cmpstr (hubrota_history_get_undo_label (hubrota_workspace_get_history (workspace)), !=, NULL);

  /* The same plan again: its openings have their officers now. */
  g_assert_false (hubrota_workspace_apply_plan (workspace, p, NULL, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  {
    g_autoptr(HubrotaProposal) first = g_list_model_get_item (hubrota_plan_get_proposals (p), 0);
    HubrotaOccurrence *o = hubrota_proposal_get_occurrence (first);
    g_autofree char *when = hubrota_london_format_range (
      g_date_time_to_unix (hubrota_occurrence_get_start (o)),
      g_date_time_to_unix (hubrota_occurrence_get_end (o)));
    g_autofree char *expected = g_strdup_printf ("the rota changed since the plan was made: %s, "
                                                 "%s, has its officers now; nothing was stored, "
                                                 "plan again",
                                                 hubrota_proposal_get_hub_name (first), when);
    g_assert_cmpstr (error->message, ==, expected);
  }
  g_clear_error (&error);

  again = plan (f);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_proposals (again)), ==, 0);
  g_assert_true (hubrota_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  g_clear_object (&again);
  again = plan (f);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_proposals (again)), ==, proposed);
}

static void
test_unticked (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaPlan) p = plan (f);
  g_autoptr(HubrotaWorkspace) workspace = hubrota_workspace_new (f->store);
  GListModel *proposals = hubrota_plan_get_proposals (p);
  g_autoptr(GError) error = NULL;
  guint stored = 0;

  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) proposal = g_list_model_get_item (proposals, i);
      hubrota_proposal_set_accepted (proposal, i < 3);
    }
  g_assert_true (hubrota_workspace_apply_plan (workspace, p, &stored, &error));
  g_assert_cmpuint (stored, ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) proposal = g_list_model_get_item (proposals, i);
      hubrota_proposal_set_accepted (proposal, FALSE);
    }
  g_assert_false (hubrota_workspace_apply_plan (workspace, p, NULL, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "no proposal is ticked; nothing was stored");
}

static void
test_lp (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaPlan) p = plan (f);
  g_autofree char *path = g_build_filename (f->dir, "plan.lp", NULL);
  g_autofree char *text = NULL;
  AfInstance *inst = _hubrota_plan_get_instance (p);
  g_autofree char *binary = NULL;

  g_assert_true (hubrota_plan_write_lp (p, path, NULL));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\\ Hubrota auto-fill: "));
  g_assert_nonnull (strstr (text, "\nMinimize\n obj:"));
  g_assert_nonnull (strstr (text, "\nSubject To\n r0:"));
  g_assert_nonnull (strstr (text, "\nBinary\n x0\n"));
  g_assert_true (g_str_has_suffix (text, "\nEnd\n"));
  binary = g_strdup_printf ("\n x%u\n", inst->vars->len - 1);
  g_assert_nonnull (strstr (text, binary));
}

/* The LP file is for a solver to read: under a locale whose decimal sign is a comma (Polish
 * prints 0.5 as "0,5") its numbers still have a point, or CBC and GLPK misread them. */
static void
test_lp_polish (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaPlan) p = plan (f);
  g_autofree char *path = g_build_filename (f->dir, "plan.lp", NULL);
  g_autofree char *text = NULL;
  g_autofree char *probe = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  const char *body;

  if (setlocale (LC_NUMERIC, "pl_PL.UTF-8") == NULL)
    {
      g_test_skip ("the pl_PL.UTF-8 locale is not installed (make deps installs it)");
      return;
    }
  probe = g_strdup_printf ("%g", 0.5);
  g_assert_cmpstr (probe, ==, "0,5");
  g_assert_true (hubrota_plan_write_lp (p, path, NULL));
  setlocale (LC_NUMERIC, saved);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  /* The first line is a comment in words; after it, no comma at all. */
  body = strchr (text, '\n');
  g_assert_nonnull (body);
  g_assert_null (strchr (body, ','));
  g_assert_nonnull (strstr (body, " <= 0.25\n"));
}

/* Castle's two officers, on duty 10:00–13:00, could each go to Kempston's hub, but it needs
 * both at once and that would leave Castle with nobody: the opening stays short and says why
 * the pair cannot go, not that each officer could. */
static void
test_team_cannot_go (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(HubrotaStore) store = test_util_create_temp_store ("hubrota-autofill-team-XXXXXX",
                                                               &dir, NULL);
  g_autoptr(GDate) day = test_util_date ("2027-01-04");
  g_autoptr(GDateTime) duty_start = test_util_local ("2027-01-04T10:00");
  g_autoptr(HubrotaPlan) p = NULL;
  g_autoptr(HubrotaShortfall) shortfall = NULL;
  HubrotaAutofillOptions options;

  test_util_add_beat (store, "castle", "Castle");
  test_util_add_beat (store, "kempston", "Kempston");
  test_util_add_hub (store, "kem", "Kempston Hub", "kempston");
  test_util_add_series_at (store, "kem", "2027-01-04T10:00", 120, NULL, 2);
  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("PC%u", i);
      g_autoptr(HubrotaDuty) duty = hubrota_duty_new (id, duty_start, 180, NULL);

      test_util_add_officer (store, id, id, HUBROTA_ROLE_PC, "castle", 40);
      g_assert_cmpint (hubrota_store_add_duty (store, duty, NULL), >, 0);
    }
  hubrota_autofill_options_init (&options, day, day);
  p = hubrota_autofill_plan (store, &options, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_proposals (p)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_shortfalls (p)), ==, 1);
  shortfall = g_list_model_get_item (hubrota_plan_get_shortfalls (p), 0);
  g_assert_cmpint (hubrota_shortfall_get_missing (shortfall), ==, 2);
  g_assert_cmpstr (hubrota_shortfall_get_reason (shortfall), ==,
                   "Nobody was added: 2 officers could each go, but not the 2 needed together "
                   "without leaving a beat uncovered, a hotspot patrol at risk or another "
                   "opening short");

  /* An opening that has started is not planned at all. */
  g_clear_object (&p);
  options.not_before = g_date_time_to_unix (duty_start) + 60;
  p = hubrota_autofill_plan (store, &options, NULL);
  g_assert_cmpuint (hubrota_plan_get_n_openings (p), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_shortfalls (p)), ==, 0);
  g_clear_object (&store);
  test_remove_tree (dir);
}

/* Capped hard (each opening offered only its 4 + 2 × need cheapest candidates), the county's
 * month keeps every rule, fills as many openings as with the whole force (the short ones are
 * planned again with everyone) and costs no less than the uncapped plan's objective, since
 * it chooses from fewer. */
static void
test_capped (Fixture *f, gconstpointer data)
{
  AfCap cap = { 0, 4, 2 };
  g_autoptr(HubrotaPlan) whole = plan (f);
  g_autoptr(HubrotaPlan) capped = _hubrota_autofill_plan_capped (f->store, &f->options, &cap, NULL);
  AfInstance *inst = _hubrota_plan_get_instance (capped);

  g_assert_cmpuint (inst->vars->len, <, _hubrota_plan_get_instance (whole)->vars->len / 4);
  g_assert_true (_hubrota_autofill_feasible (inst, _hubrota_plan_get_chosen (capped)));
  g_assert_cmpuint (_hubrota_autofill_count_new_errors (inst, _hubrota_plan_get_chosen (capped)),
                    ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_shortfalls (capped)), ==,
                    g_list_model_get_n_items (hubrota_plan_get_shortfalls (whole)));
  g_assert_cmpfloat (hubrota_plan_get_largest_share (capped), >=,
                     hubrota_plan_get_largest_share (whole) - 1e-9);
  check_only_adds (capped);
}

/* Two Castle hubs open 10:00–12:00 together, each needing two officers. Offered only their
 * two cheapest (Castle's PC1 and PC2, on duty and on the beat), one would stay short; planned
 * again with everyone it takes the specials SC3 and SC4, off duty: all four filled. */
static void
test_capped_short_planned_again (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(HubrotaStore) store = test_util_create_temp_store ("hubrota-autofill-cap-XXXXXX",
                                                               &dir, NULL);
  g_autoptr(GDate) day = test_util_date ("2027-01-04");
  g_autoptr(GDateTime) duty_start = test_util_local ("2027-01-04T09:00");
  g_autoptr(HubrotaPlan) p = NULL;
  AfCap cap = { 0, 2, 0 };
  HubrotaAutofillOptions options;
  const char *ids[] = { "PC1", "PC2", "SC3", "SC4" };

  test_util_add_beat (store, "castle", "Castle");
  test_util_add_hub (store, "library", "Library", "castle");
  test_util_add_hub (store, "hall", "Hall", "castle");
  test_util_add_series_at (store, "library", "2027-01-04T10:00", 120, NULL, 2);
  test_util_add_series_at (store, "hall", "2027-01-04T10:00", 120, NULL, 2);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    test_util_add_officer (store, ids[i], ids[i], i < 2 ? HUBROTA_ROLE_PC : HUBROTA_ROLE_SC,
                           i < 2 ? "castle" : NULL, 40);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(HubrotaDuty) duty = hubrota_duty_new (ids[i], duty_start, 240, NULL);
      g_assert_cmpint (hubrota_store_add_duty (store, duty, NULL), >, 0);
    }
  hubrota_autofill_options_init (&options, day, day);
  p = _hubrota_autofill_plan_capped (store, &options, &cap, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_proposals (p)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (hubrota_plan_get_shortfalls (p)), ==, 0);
  g_assert_cmpfloat (hubrota_plan_get_overtime_hours (p), ==, 4);
  g_clear_object (&store);
  test_remove_tree (dir);
}

/* The choice that puts officers[i] on the opening that starts i-th. */
static gboolean *
choose (AfInstance *inst, const char * const *officers)
{
  gboolean *chosen = g_new0 (gboolean, inst->vars->len);

  for (guint v = 0; v < inst->vars->len; v++)
    {
      AfVar *var = &g_array_index (inst->vars, AfVar, v);
      int o = var->opening;
      HubrotaOfficer *officer = OFFICER (inst->rota, var->officer)->object;

      chosen[v] = g_strcmp0 (hubrota_officer_get_id (officer), officers[o]) == 0;
    }
  return chosen;
}

/* Castle's hotspot needs one officer with a quarter of an hour on end on the beat in its
 * three days, and its two officers are on duty only 10:00–10:30 on Monday 4 January 2027,
 * when Kempston's hub (another beat) opens three times for ten minutes, one officer each.
 * Alternating them leaves each only ten minutes at a time: the patrol at risk. The plan must
 * not, and neither may CBC's optimum of the LP. */
static void
test_hotspot_kept (void)
{
  g_autofree char *dir = NULL, *lp = NULL;
  g_autoptr(HubrotaStore) store = test_util_create_temp_store ("hubrota-autofill-hotspot-XXXXXX",
                                                               &dir, NULL);
  g_autoptr(GDate) day = test_util_date ("2027-01-04");
  g_autoptr(GDateTime) duty_start = test_util_local ("2027-01-04T10:00");
  g_autoptr(HubrotaPlan) p = NULL;
  g_autoptr(GHashTable) officers = g_hash_table_new (g_str_hash, g_str_equal);
  HubrotaAutofillOptions options;
  GListModel *proposals;
  AfInstance *inst;
  SolverResult result;
  g_autofree gboolean *chosen = NULL, *bad = NULL;
  const char *starts[] = { "2027-01-04T10:00", "2027-01-04T10:10", "2027-01-04T10:20" };

  test_util_add_beat (store, "castle", "Castle");
  test_util_add_beat (store, "kempston", "Kempston");
  test_util_add_hotspot (store, "bus-station", "castle", "Bedford bus station");
  test_util_add_hub (store, "kem", "Kempston Hub", "kempston");
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    test_util_add_series_at (store, "kem", starts[i], 10, NULL, 1);
  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("PC%u", i);
      g_autoptr(HubrotaDuty) duty = hubrota_duty_new (id, duty_start, 30, NULL);

      test_util_add_officer (store, id, id, HUBROTA_ROLE_PC, "castle", 40);
      g_assert_cmpint (hubrota_store_add_duty (store, duty, NULL), >, 0);
    }
  hubrota_autofill_options_init (&options, day, day);
  p = hubrota_autofill_plan (store, &options, NULL);
  inst = _hubrota_plan_get_instance (p);
  g_assert_cmpuint (inst->windows->len, ==, 1);
  g_assert_cmpuint (inst->runs->len, >, 0);
  proposals = hubrota_plan_get_proposals (p);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(HubrotaProposal) proposal = g_list_model_get_item (proposals, i);
      g_hash_table_add (officers, (char *) hubrota_officer_get_id (hubrota_proposal_get_officer (proposal)));
    }
  /* PC1 and PC2 between them: three openings, one each at most at a time */
  g_assert_cmpuint (g_hash_table_size (officers), ==, 2);
  g_assert_cmpuint (_hubrota_autofill_count_new_errors (inst, _hubrota_plan_get_chosen (p)), ==, 0);
  /* The even split fairness alone would like, PC1 on the first and last and PC2 between, is
   * what the hotspot's runs rule out, and the real checker agrees it puts the patrol at risk. */
  bad = choose (inst, (const char *[]) { "PC1", "PC2", "PC1" });
  g_assert_false (_hubrota_autofill_feasible (inst, bad));
  g_assert_cmpuint (_hubrota_autofill_count_new_errors (inst, bad), ==, 1);

  if (!solver_available (SOLVER_CBC))
    {
      g_test_skip ("cbc is not installed (make deps installs it)");
      return;
    }
  lp = g_build_filename (dir, "plan.lp", NULL);
  g_assert_true (hubrota_plan_write_lp (p, lp, NULL));
  g_assert_true (solver_solve (SOLVER_CBC, lp, 60, &result, NULL));
  g_assert_true (result.optimal);
  chosen = g_new0 (gboolean, inst->vars->len);
  for (guint v = 0; v < inst->vars->len; v++)
    chosen[v] = solver_x (&result, v) > 0.5;
  g_assert_true (_hubrota_autofill_feasible (inst, chosen));
  g_assert_cmpuint (_hubrota_autofill_count_new_errors (inst, chosen), ==, 0);
  /* Ten-minute openings fall between the LP's half-hour tangents of the spread, so its figure
   * is a little below Hubrota's (a bound, as the LP writer says), never above. */
  g_assert_cmpfloat (_hubrota_autofill_score (inst, chosen).objective, >=, result.objective - 1e-9);
  g_assert_cmpfloat (_hubrota_autofill_score (inst, chosen).objective, <, result.objective + 1e-3);
  g_assert_cmpfloat (hubrota_plan_get_objective (p), >=, result.objective - 1e-9);
  solver_result_clear (&result);
  g_clear_object (&store);
  test_remove_tree (dir);
}

static void
small_set_up (Fixture *f, gconstpointer data)
{
  fixture_set_up (f, &small);
}

/* An exact solver reads the LP, and its optimum, scored again by Hubrota, is what the solver
 * says it is (so the LP states the planner's problem, not another one), keeps every rule and
 * is no worse than auto-fill's plan. */
static void
test_solver_agrees (Fixture *f, gconstpointer data)
{
  SolverKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(HubrotaPlan) p = plan (f);
  AfInstance *inst = _hubrota_plan_get_instance (p);
  g_autofree char *path = g_build_filename (f->dir, "plan.lp", NULL);
  g_autofree gboolean *chosen = g_new0 (gboolean, inst->vars->len);
  g_autoptr(GError) error = NULL;
  SolverResult result;
  AfScore score;

  if (!solver_available (kind))
    {
      g_test_skip ("the solver is not installed (make deps installs it)");
      return;
    }
  g_assert_true (hubrota_plan_write_lp (p, path, NULL));
  g_assert_true (solver_solve (kind, path, 120, &result, &error));
  g_assert_no_error (error);
  g_assert_true (result.optimal);
  for (guint v = 0; v < inst->vars->len; v++)
    chosen[v] = solver_x (&result, v) > 0.5;
  g_assert_true (_hubrota_autofill_feasible (inst, chosen));
  g_assert_cmpuint (_hubrota_autofill_count_new_errors (inst, chosen), ==, 0);
  score = _hubrota_autofill_score (inst, chosen);
  g_assert_cmpuint (score.unfilled, ==, 0);
  g_assert_cmpfloat_with_epsilon (score.objective, result.objective, 1e-6);
  g_assert_cmpfloat (hubrota_plan_get_objective (p), >=, result.objective - 1e-6);
  g_test_message ("%s optimum %.6f, auto-fill %.6f", solver_name (kind), result.objective,
                  hubrota_plan_get_objective (p));
  solver_result_clear (&result);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint seed = 1; seed <= 3; seed++)
    {
      g_autofree char *name = g_strdup_printf ("/autofill/no-new-errors/seed-%u", seed);
      g_test_add (name, Fixture, &county[seed - 1], fixture_set_up, test_no_new_errors,
                  fixture_tear_down);
    }
  g_test_add ("/autofill/deterministic", Fixture, &county[0], fixture_set_up,
              test_deterministic, fixture_tear_down);
  g_test_add ("/autofill/no-overtime-one-hub", Fixture, &county[1], fixture_set_up,
              test_no_overtime_and_one_hub, fixture_tear_down);
  g_test_add ("/autofill/store-and-undo", Fixture, &county[0], fixture_set_up,
              test_store_and_undo, fixture_tear_down);
  g_test_add ("/autofill/unticked", Fixture, &county[0], fixture_set_up,
              test_unticked, fixture_tear_down);
  g_test_add ("/autofill/lp", Fixture, &county[0], fixture_set_up, test_lp,
              fixture_tear_down);
  g_test_add ("/autofill/lp/polish", Fixture, &county[0], fixture_set_up, test_lp_polish,
              fixture_tear_down);
  g_test_add ("/autofill/lp/cbc", Fixture, GUINT_TO_POINTER (SOLVER_CBC), small_set_up,
              test_solver_agrees, fixture_tear_down);
  g_test_add ("/autofill/lp/glpk", Fixture, GUINT_TO_POINTER (SOLVER_GLPK), small_set_up,
              test_solver_agrees, fixture_tear_down);
  g_test_add_func ("/autofill/hotspot-kept", test_hotspot_kept);
  g_test_add_func ("/autofill/capped-short-planned-again", test_capped_short_planned_again);
  g_test_add ("/autofill/capped", Fixture, &county[0], fixture_set_up, test_capped,
              fixture_tear_down);
  g_test_add_func ("/autofill/team-cannot-go", test_team_cannot_go);
  return g_test_run ();
}
