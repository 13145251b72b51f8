/* test-fairness.c: who carries the hub work, as a share of contracted hours, by role and beat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-util.h"

typedef struct
{
  char *dir;
  HubrotaStore *store;
} Fixture;

static void
assign (HubrotaStore *store, const char *officer, const char *hub, const char *day)
{
  g_autoptr(HubrotaOccurrence) opening = test_util_find_occurrence (store, hub, day);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (opening);
  g_assert_true (hubrota_store_assign (store, officer, opening, FALSE, &error));
  g_assert_no_error (error);
}

static void
set_leaving (HubrotaStore *store, const char *officer, const char *day)
{
  g_autoptr(GDate) date = test_util_date (day);

  g_assert_true (hubrota_store_set_leaving_date (store, officer, date, NULL));
}

/* Two weeks, Mon 7 to Sun 20 December 2026: Kempston's hub opens Saturdays 10:00–13:00,
 * Ampthill's Fridays 14:00–16:00 (the second of them cancelled, with PCSO2 on it). */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) cancelled = test_util_date ("2026-12-18");

  f->store = test_util_create_temp_store ("hubrota-fairness-XXXXXX", &f->dir, NULL);
  test_util_add_beat (f->store, "kempston", "Kempston");
  test_util_add_beat (f->store, "ampthill", "Ampthill");
  test_util_add_hub (f->store, "kem", "Kempston Hub", "kempston");
  test_util_add_hub (f->store, "amp", "Ampthill Hub", "ampthill");
  test_util_add_series_at (f->store, "kem", "2026-12-12T10:00", 180, "FREQ=WEEKLY", 1);
  test_util_add_series_at (f->store, "amp", "2026-12-11T14:00", 120, "FREQ=WEEKLY", 1);
  test_util_add_officer (f->store, "PC1", "Ann One", HUBROTA_ROLE_PC, "kempston", 40);
  test_util_add_officer (f->store, "PCSO2", "Bo Two", HUBROTA_ROLE_PCSO, "kempston", 20);
  test_util_add_officer (f->store, "VOL3", "Cy Three", HUBROTA_ROLE_VOL, NULL, 0);
  test_util_add_officer (f->store, "PC4", "Di Four", HUBROTA_ROLE_PC, "ampthill", 40);
  test_util_add_officer (f->store, "PC5", "Ed Five", HUBROTA_ROLE_PC, "ampthill", 40);
  assign (f->store, "PC1", "kem", "2026-12-12");
  assign (f->store, "PC1", "amp", "2026-12-11");
  assign (f->store, "PCSO2", "kem", "2026-12-19");
  assign (f->store, "PCSO2", "amp", "2026-12-18");
  assign (f->store, "VOL3", "kem", "2026-12-12");
  assign (f->store, "PC4", "amp", "2026-12-11");
  g_assert_true (hubrota_store_cancel_occurrence (f->store, "amp", 0, cancelled, "Flood", NULL));
  set_leaving (f->store, "PC4", "2026-12-14");
  set_leaving (f->store, "PC5", "2026-12-01");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_util_remove_temp_store (&f->store, &f->dir, NULL);
}

static HubrotaFairness *
fairness (Fixture *f, const char *from, const char *to)
{
  g_autoptr(GDate) first = test_util_date (from);
  g_autoptr(GDate) last = test_util_date (to);
  g_autoptr(GError) error = NULL;
  HubrotaFairness *report = hubrota_fairness_new (f->store, first, last, &error);

  g_assert_no_error (error);
  return report;
}

/* "id hub-hours away-hours capacity percent", one line a share, in the group's order. */
static char *
dump_group (HubrotaShareGroup *group)
{
  GListModel *shares = hubrota_share_group_get_shares (group);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(HubrotaShare) share = g_list_model_get_item (shares, i);
      g_string_append_printf (out, "%s %g %g %g %g\n",
                              hubrota_officer_get_id (hubrota_share_get_officer (share)),
                              hubrota_share_get_hub_hours (share),
                              hubrota_share_get_away_hours (share),
                              hubrota_share_get_capacity_hours (share),
                              hubrota_share_get_percent (share));
    }
  return g_string_free (out, FALSE);
}

/* Shares of contracted hours: VOL3 counts as 4 h a week, PC4 only for the week before they
 * left, PC5 not at all, the cancelled opening for nobody; PC1's Ampthill opening is away
 * from their beat, VOL3's is not (no beat to be away from). */
static void
test_everyone (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaFairness) report = fairness (f, "2026-12-07", "2026-12-20");
  HubrotaShareGroup *everyone = hubrota_fairness_get_everyone (report);
  g_autofree char *dump = dump_group (everyone);

  g_assert_cmpstr (dump, ==, "VOL3 3 0 8 37.5\n"
                             "PCSO2 3 0 40 7.5\n"
                             "PC1 5 2 80 6.25\n"
                             "PC4 2 0 40 5\n");
  g_assert_cmpstr (hubrota_share_group_get_label (everyone), ==, "Everyone");
  g_assert_cmpuint (hubrota_share_group_get_n_officers (everyone), ==, 4);
  g_assert_cmpfloat (hubrota_share_group_get_hub_hours (everyone), ==, 13);
  g_assert_cmpfloat (hubrota_share_group_get_away_hours (everyone), ==, 2);
  g_assert_cmpfloat (hubrota_share_group_get_largest (everyone), ==, 37.5);
  g_assert_cmpfloat (hubrota_share_group_get_smallest (everyone), ==, 5);
  /* 2 (5 + 12.5 + 22.5 + 150) / (4 × 56.25) − 5/4 */
  g_assert_cmpfloat_with_epsilon (hubrota_share_group_get_gini (everyone), 380.0 / 225 - 1.25,
                                  1e-12);
}

static char *
dump_groups (GListModel *groups)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HubrotaShareGroup) group = g_list_model_get_item (groups, i);
      g_string_append_printf (out, "%s: %u officers, %g h, %g away, %g–%g%%, gini %.4f\n",
                              hubrota_share_group_get_label (group),
                              hubrota_share_group_get_n_officers (group),
                              hubrota_share_group_get_hub_hours (group),
                              hubrota_share_group_get_away_hours (group),
                              hubrota_share_group_get_smallest (group),
                              hubrota_share_group_get_largest (group),
                              hubrota_share_group_get_gini (group));
    }
  return g_string_free (out, FALSE);
}

static void
test_groups (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaFairness) report = fairness (f, "2026-12-07", "2026-12-20");
  g_autofree char *roles = dump_groups (hubrota_fairness_get_roles (report));
  g_autofree char *beats = dump_groups (hubrota_fairness_get_beats (report));

  g_assert_cmpstr (roles, ==, "PC: 2 officers, 7 h, 2 away, 5–6.25%, gini 0.0556\n"
                              "PCSO: 1 officers, 3 h, 0 away, 7.5–7.5%, gini 0.0000\n"
                              "VOL: 1 officers, 3 h, 0 away, 37.5–37.5%, gini 0.0000\n");
  g_assert_cmpstr (beats, ==, "Ampthill: 1 officers, 2 h, 0 away, 5–5%, gini 0.0000\n"
                              "Kempston: 2 officers, 8 h, 2 away, 6.25–7.5%, gini 0.0455\n"
                              "No beat: 1 officers, 3 h, 0 away, 37.5–37.5%, gini 0.0000\n");
}

/* A week with no hub work: every share 0, and a Gini of 0 rather than 0/0. */
static void
test_no_work (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaFairness) report = fairness (f, "2026-12-21", "2026-12-27");
  HubrotaShareGroup *everyone = hubrota_fairness_get_everyone (report);

  g_assert_cmpuint (hubrota_share_group_get_n_officers (everyone), ==, 3);
  g_assert_cmpfloat (hubrota_share_group_get_hub_hours (everyone), ==, 0);
  g_assert_cmpfloat (hubrota_share_group_get_largest (everyone), ==, 0);
  g_assert_cmpfloat (hubrota_share_group_get_gini (everyone), ==, 0);
}

/* What auto-fill counts as each officer's hub work is the same as the report's. */
static void
test_hub_hours (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) from = test_util_date ("2026-12-07");
  g_autoptr(GDate) to = test_util_date ("2026-12-20");
  g_autoptr(GHashTable) hours = hubrota_fairness_hub_hours (f->store, from, to, NULL);

  g_assert_cmpuint (g_hash_table_size (hours), ==, 4);
  g_assert_cmpfloat (*(double *) g_hash_table_lookup (hours, "PC1"), ==, 5);
  g_assert_cmpfloat (*(double *) g_hash_table_lookup (hours, "PCSO2"), ==, 3);
  g_assert_cmpfloat (*(double *) g_hash_table_lookup (hours, "VOL3"), ==, 3);
  g_assert_cmpfloat (*(double *) g_hash_table_lookup (hours, "PC4"), ==, 2);
}

static void
test_backwards (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) from = test_util_date ("2026-12-20");
  g_autoptr(GDate) to = test_util_date ("2026-12-07");
  g_autoptr(GError) error = NULL;

  g_assert_null (hubrota_fairness_new (f->store, from, to, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "the period ends before it starts");
}

static void
test_gini (void)
{
  double equal[] = { 3, 3, 3 }, one[] = { 0, 0, 0, 12 }, pair[] = { 1, 3 };

  g_assert_cmpfloat (hubrota_gini (equal, 3), ==, 0);
  g_assert_cmpfloat_with_epsilon (hubrota_gini (one, 4), 0.75, 1e-12);   /* (n − 1) / n */
  g_assert_cmpfloat_with_epsilon (hubrota_gini (pair, 2), 0.25, 1e-12);
  g_assert_cmpfloat (hubrota_gini (NULL, 0), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/fairness/everyone", Fixture, NULL, fixture_set_up, test_everyone, fixture_tear_down);
  g_test_add ("/fairness/groups", Fixture, NULL, fixture_set_up, test_groups, fixture_tear_down);
  g_test_add ("/fairness/no-work", Fixture, NULL, fixture_set_up, test_no_work, fixture_tear_down);
  g_test_add ("/fairness/hub-hours", Fixture, NULL, fixture_set_up, test_hub_hours,
              fixture_tear_down);
  g_test_add ("/fairness/backwards", Fixture, NULL, fixture_set_up, test_backwards,
              fixture_tear_down);
  g_test_add_func ("/fairness/gini", test_gini);
  return g_test_run ();
}
