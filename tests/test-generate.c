/* test-generate.c: the synthetic force: its shape, its rota, and the same file every time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hubrota-generate.h"
#include "test-util.h"

static HubrotaForceSpec
small_force (guint32 seed)
{
  HubrotaForceSpec spec = { .n_officers = 300, .n_hubs = 12, .n_weeks = 6, .seed = seed };

  g_date_clear (&spec.first_monday, 1);
  g_date_set_dmy (&spec.first_monday, 4, G_DATE_JANUARY, 2027);
  return spec;
}

static char *
generate_file (const char *dir, const char *name, const HubrotaForceSpec *spec)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(HubrotaStore) store = test_util_create_store (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_generate_force (store, spec, &error));
  g_assert_no_error (error);
  return path;
}

static GBytes *
file_bytes (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
test_same_file (void)
{
  g_autofree char *dir = test_util_make_temp_dir ("hubrota-generate-XXXXXX");
  HubrotaForceSpec spec = small_force (7), other = small_force (8);
  g_autofree char *a = generate_file (dir, "a.db", &spec);
  g_autofree char *b = generate_file (dir, "b.db", &spec);
  g_autofree char *c = generate_file (dir, "c.db", &other);
  g_autoptr(GBytes) bytes_a = file_bytes (a);
  g_autoptr(GBytes) bytes_b = file_bytes (b);
  g_autoptr(GBytes) bytes_c = file_bytes (c);

  g_assert_cmpuint (g_bytes_get_size (bytes_a), >, 100000);
  g_assert_true (g_bytes_equal (bytes_a, bytes_b));
  g_assert_false (g_bytes_equal (bytes_a, bytes_c));
  test_remove_tree (dir);
}

static guint
count_rule (GPtrArray *findings, HubrotaRule rule)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    n += hubrota_finding_get_rule (g_ptr_array_index (findings, i)) == rule;
  return n;
}

static guint
working_days (HubrotaDuty *roster)
{
  guint n = 0;

  for (guint d = 0; d < hubrota_duty_get_cycle_days (roster); d++)
    n += hubrota_duty_get_roster_shift (roster, d, NULL, NULL);
  return n;
}

/* Counts of the officers' roles, and those on ten-day response rosters (two earlies, two
 * lates, two nights, four rest days). */
static void
check_officers (HubrotaStore *store)
{
  g_autoptr(GPtrArray) officers = hubrota_store_list_officers (store, NULL);
  guint roles[HUBROTA_ROLE_VOL + 1] = { 0 }, response = 0, with_beat = 0, away = 0;

  g_assert_cmpuint (officers->len, ==, 300);
  for (guint i = 0; i < officers->len; i++)
    {
      HubrotaOfficer *officer = g_ptr_array_index (officers, i);
      const char *id = hubrota_officer_get_id (officer);
      g_autoptr(GPtrArray) duties = hubrota_store_list_duties (store, id, NULL);
      g_autoptr(GPtrArray) absences = hubrota_store_list_absences (store, id, NULL);

      roles[hubrota_officer_get_role (officer)]++;
      with_beat += hubrota_officer_get_beat (officer) != NULL;
      away += absences->len > 0;
      if (duties->len == 1 && hubrota_duty_get_cycle_days (g_ptr_array_index (duties, 0)) == 10)
        response += working_days (g_ptr_array_index (duties, 0)) == 6;
    }
  for (guint r = 0; r <= HUBROTA_ROLE_VOL; r++)
    g_assert_cmpuint (roles[r], >, 5);
  g_assert_cmpuint (with_beat, >, 180);
  g_assert_cmpuint (with_beat, <, 270);
  g_assert_cmpuint (response, >, 10);
  g_assert_cmpuint (away, >, 60);
}

static void
test_shape (void)
{
  g_autofree char *dir = test_util_make_temp_dir ("hubrota-generate-XXXXXX");
  HubrotaForceSpec spec = small_force (1);
  g_autofree char *path = generate_file (dir, "force.db", &spec);
  g_autoptr(HubrotaStore) store = test_util_create_store (path);
  g_autoptr(GPtrArray) beats = hubrota_store_list_beats (store, NULL);
  g_autoptr(GPtrArray) hubs = hubrota_store_list_hubs (store, NULL);
  GDate from = spec.first_monday, to = spec.first_monday;
  g_autoptr(GPtrArray) openings = NULL;
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  guint cancelled = 0, staffed = 0;

  g_assert_cmpuint (beats->len, ==, 30);
  g_assert_cmpuint (hubs->len, ==, 12);
  check_officers (store);

  /* The history weeks and the plan's. */
  g_date_subtract_days (&from, 7 * HUBROTA_GENERATE_HISTORY_WEEKS);
  g_date_add_days (&to, 7 * spec.n_weeks - 1);
  openings = hubrota_store_list_occurrences (store, &from, &to, NULL, NULL);
  g_assert_cmpuint (openings->len, >, 12 * 14 / 2);
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
      cancelled += hubrota_occurrence_get_status (opening) == HUBROTA_OCCURRENCE_CANCELLED;
      staffed += hubrota_occurrence_get_assigned (opening)->len > 0;
    }
  g_assert_cmpuint (staffed, >, openings->len / 3);
  g_assert_cmpuint (staffed, <, openings->len);
  g_assert_cmpuint (cancelled, <, openings->len / 10);

  /* Staffed as a careful coordinator would: nobody twice, on leave, off duty or away. */
  rota = hubrota_rota_load (store, &from, &to, NULL);
  findings = hubrota_rota_check (rota);
  g_assert_cmpuint (count_rule (findings, HUBROTA_RULE_DOUBLE_BOOKED), ==, 0);
  g_assert_cmpuint (count_rule (findings, HUBROTA_RULE_ON_LEAVE), ==, 0);
  g_assert_cmpuint (count_rule (findings, HUBROTA_RULE_OFF_DUTY), ==, 0);
  g_assert_cmpuint (count_rule (findings, HUBROTA_RULE_BEAT_UNCOVERED), ==, 0);
  g_assert_cmpuint (count_rule (findings, HUBROTA_RULE_ABSTRACTION_LIMIT), ==, 0);
  g_assert_cmpuint (count_rule (findings, HUBROTA_RULE_UNDERSTAFFED), >, 10);
  g_clear_object (&store);
  test_remove_tree (dir);
}

static void
test_refusals (void)
{
  g_autofree char *dir = test_util_make_temp_dir ("hubrota-generate-XXXXXX");
  HubrotaForceSpec spec = small_force (1);
  g_autofree char *path = generate_file (dir, "force.db", &spec);
  g_autoptr(HubrotaStore) store = test_util_create_store (path);
  g_autoptr(GError) error = NULL;
  HubrotaForceSpec tuesday = small_force (1), empty = small_force (1);

  g_assert_false (hubrota_generate_force (store, &spec, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  g_date_add_days (&tuesday.first_monday, 1);
  g_assert_false (hubrota_generate_force (store, &tuesday, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "the first day must be a Monday");
  g_clear_error (&error);

  empty.n_hubs = 0;
  g_assert_false (hubrota_generate_force (store, &empty, &error));
  g_assert_cmpstr (error->message, ==, "a force needs 1 to 5000 hubs");
  g_clear_object (&store);
  test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/generate/same-file", test_same_file);
  g_test_add_func ("/generate/shape", test_shape);
  g_test_add_func ("/generate/refusals", test_refusals);
  return g_test_run ();
}
