/* test-status.c: each opening's status from every finding that concerns it
 *
 * The scene, Saturday 5 December 2026: Lee Carter (SC1, no beat, no duty) is on both Bedford
 * library (Castle, 10:00–13:00) and Luton Town Centre (Luton South, 10:00–14:00); PC2,
 * Kempston's only officer, is at Luton too, leaving Kempston and its hotspot with nobody;
 * Kempston's own hub has nobody; Ampthill has two officers where one is needed, and Harrold
 * is closed that day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hubrota-core.h"
#include "test-util.h"

#define SATURDAY "2026-12-05"

typedef struct
{
  char *dir;
  HubrotaStore *store;
  HubrotaRota *rota;
  GPtrArray *findings;
  GPtrArray *statuses;
} Fixture;

static void
add_hub (HubrotaStore *store,
         const char   *slug,
         const char   *beat,
         const char   *start,
         int           minutes,
         int           min_officers)
{
  test_util_add_hub (store, slug, slug, beat);
  test_util_add_series_at (store, slug, start, minutes, "FREQ=WEEKLY;BYDAY=SA", min_officers);
}

static void
add_saturday_duty (HubrotaStore *store,
                   const char   *officer,
                   const char   *from,
                   int           minutes)
{
  g_autoptr(GDateTime) start = test_util_local (from);
  g_autoptr(HubrotaDuty) duty = hubrota_duty_new (officer, start, minutes, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hubrota_store_add_duty (store, duty, &error), >, 0);
  g_assert_no_error (error);
}

static void
assign (HubrotaStore *store,
        const char   *officer,
        const char   *hub)
{
  g_autoptr(HubrotaOccurrence) occurrence = test_util_find_occurrence (store, hub, SATURDAY);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_assign (store, officer, occurrence, FALSE, &error));
  g_assert_no_error (error);
}

/* A PC on the beat, on duty 08:00–16:00 that Saturday. */
static void
add_officer (HubrotaStore *store,
             const char   *id,
             const char   *beat)
{
  test_util_add_officer (store, id, id, HUBROTA_ROLE_PC, beat, 40);
  add_saturday_duty (store, id, SATURDAY "T08:00", 8 * 60);
}

static void
build_scene (HubrotaStore *store)
{
  g_autoptr(GDate) saturday = test_util_date (SATURDAY);
  g_autoptr(GError) error = NULL;

  test_util_add_beat (store, "castle", "Castle");
  test_util_add_beat (store, "luton-south", "Luton South");
  test_util_add_beat (store, "kempston", "Kempston");
  test_util_add_hotspot (store, "bedford-road", "kempston", "Bedford Road parade");
  add_hub (store, "bedford", "castle", SATURDAY "T10:00", 180, 1);
  add_hub (store, "luton", "luton-south", SATURDAY "T10:00", 240, 2);
  add_hub (store, "kempston-hub", "kempston", SATURDAY "T10:00", 180, 1);
  add_hub (store, "ampthill", "castle", SATURDAY "T14:00", 120, 1);
  add_hub (store, "harrold", "castle", SATURDAY "T09:00", 60, 1);
  test_util_add_officer (store, "SC1", "Lee Carter", HUBROTA_ROLE_SC, NULL, 0);
  add_officer (store, "PC1", "castle");
  /* On duty only while at Luton: Kempston has nobody then, nor for its hotspot's window. */
  test_util_add_officer (store, "PC2", "PC2", HUBROTA_ROLE_PC, "kempston", 40);
  add_saturday_duty (store, "PC2", SATURDAY "T10:00", 4 * 60);
  add_officer (store, "PC3", "castle");
  add_officer (store, "PC4", "castle");
  assign (store, "SC1", "bedford");
  assign (store, "PC1", "bedford");
  assign (store, "SC1", "luton");
  assign (store, "PC2", "luton");
  assign (store, "PC3", "ampthill");
  assign (store, "PC4", "ampthill");
  g_assert_true (hubrota_store_cancel_occurrence (store, "harrold", 0, saturday, "Flooded",
                                                  &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDate) saturday = test_util_date (SATURDAY);
  g_autoptr(GError) error = NULL;

  f->store = test_util_create_temp_store ("hubrota-status-XXXXXX", &f->dir, NULL);
  build_scene (f->store);
  f->rota = hubrota_rota_load (f->store, saturday, saturday, &error);
  g_assert_no_error (error);
  f->findings = hubrota_rota_check (f->rota);
  f->statuses = hubrota_rota_get_statuses (f->rota, f->findings);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->statuses, g_ptr_array_unref);
  g_clear_pointer (&f->findings, g_ptr_array_unref);
  g_clear_object (&f->rota);
  test_util_remove_temp_store (&f->store, &f->dir, NULL);
}

static HubrotaOpeningStatus *
status_of (Fixture    *f,
           const char *hub)
{
  for (guint i = 0; i < f->statuses->len; i++)
    {
      HubrotaOpeningStatus *status = g_ptr_array_index (f->statuses, i);
      if (g_str_equal (hubrota_occurrence_get_hub (hubrota_opening_status_get_occurrence (status)),
                       hub))
        return status;
    }
  g_assert_not_reached ();
}

/* The rules as "double-booked beat-uncovered …", in the status's order. */
static char *
rules_of (HubrotaOpeningStatus *status)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n;
  const HubrotaRule *rules = hubrota_opening_status_get_rules (status, &n);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "", hubrota_rule_to_string (rules[i]));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The rules of the findings an officer is part of on the opening, sorted. */
static char *
officer_rules (HubrotaOpeningStatus *status,
               const char           *officer)
{
  GPtrArray *findings = hubrota_opening_status_get_officer_findings (status, officer);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (ids, (gpointer) hubrota_rule_to_string (
                       hubrota_finding_get_rule (g_ptr_array_index (findings, i))));
  g_ptr_array_sort (ids, test_util_compare_strings);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (" ", (char **) ids->pdata);
}

/* Bedford was "Staffed" in green while Lee was double-booked there: both sides are errors. */
static void
test_double_booked_both_sides (Fixture       *f,
                               gconstpointer  data)
{
  HubrotaOpeningStatus *bedford = status_of (f, "bedford");
  g_autofree char *rules = rules_of (bedford);
  g_autofree char *lee = officer_rules (bedford, "SC1");

  g_assert_cmpint (hubrota_opening_status_get_level (bedford), ==, HUBROTA_STATUS_ERROR);
  g_assert_cmpstr (rules, ==, "double-booked off-duty");
  g_assert_cmpstr (lee, ==, "double-booked off-duty");
  g_assert_cmpuint (hubrota_opening_status_get_officer_findings (bedford, "PC1")->len, ==, 0);
  g_assert_cmpint (hubrota_opening_status_get_officer_level (bedford, "SC1"), ==,
                   HUBROTA_STATUS_ERROR);
  g_assert_cmpint (hubrota_opening_status_get_officer_level (bedford, "PC1"), ==,
                   HUBROTA_STATUS_STAFFED);
  g_assert_cmpuint (hubrota_opening_status_get_assigned (bedford), ==, 2);
  g_assert_cmpuint (hubrota_opening_status_get_needed (bedford), ==, 1);
}

/* Luton has Lee's double booking and overtime, and PC2's absence from Kempston: the beat left
 * uncovered, its hotspot at risk and PC2 over the abstraction limit, all marked on PC2. */
static void
test_beat_findings_reach_the_hub (Fixture       *f,
                                  gconstpointer  data)
{
  HubrotaOpeningStatus *luton = status_of (f, "luton");
  g_autofree char *rules = rules_of (luton);
  g_autofree char *lee = officer_rules (luton, "SC1");
  g_autofree char *pc2 = officer_rules (luton, "PC2");

  g_assert_cmpint (hubrota_opening_status_get_level (luton), ==, HUBROTA_STATUS_ERROR);
  g_assert_cmpstr (rules, ==, "double-booked beat-uncovered hotspot-patrol-at-risk off-duty "
                              "abstraction-limit");
  g_assert_cmpstr (lee, ==, "double-booked off-duty");
  g_assert_cmpstr (pc2, ==, "abstraction-limit beat-uncovered hotspot-patrol-at-risk");
  g_assert_cmpuint (hubrota_opening_status_get_findings (luton)->len, ==, 5);
}

static void
test_other_levels (Fixture       *f,
                   gconstpointer  data)
{
  HubrotaOpeningStatus *kempston = status_of (f, "kempston-hub");
  HubrotaOpeningStatus *ampthill = status_of (f, "ampthill");
  HubrotaOpeningStatus *harrold = status_of (f, "harrold");
  g_autofree char *kempston_rules = rules_of (kempston);
  g_autofree char *ampthill_rules = rules_of (ampthill);

  /* Nobody there: understaffed, a warning; Kempston's uncovered beat is not its doing. */
  g_assert_cmpint (hubrota_opening_status_get_level (kempston), ==, HUBROTA_STATUS_WARNING);
  g_assert_cmpstr (kempston_rules, ==, "understaffed");
  /* Two where one is needed: a note, not a problem. */
  g_assert_cmpint (hubrota_opening_status_get_level (ampthill), ==, HUBROTA_STATUS_NOTE);
  g_assert_cmpstr (ampthill_rules, ==, "");
  g_assert_cmpint (hubrota_opening_status_get_level (harrold), ==, HUBROTA_STATUS_CANCELLED);
  g_assert_cmpint (hubrota_status_level_worst (HUBROTA_STATUS_NOTE, HUBROTA_STATUS_WARNING), ==,
                   HUBROTA_STATUS_WARNING);
  g_assert_cmpstr (hubrota_status_level_to_string (HUBROTA_STATUS_NOTE), ==, "note");
}

/* One opening's status, the whole period's and finding_concerns () agree everywhere. */
static void
test_one_and_all_agree (Fixture       *f,
                        gconstpointer  data)
{
  for (guint i = 0; i < f->statuses->len; i++)
    {
      HubrotaOpeningStatus *status = g_ptr_array_index (f->statuses, i);
      HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (status);
      g_autoptr(HubrotaOpeningStatus) alone = hubrota_rota_get_status (f->rota, f->findings,
                                                                        occurrence);
      GPtrArray *findings = hubrota_opening_status_get_findings (status);
      guint concerning = 0;

      g_assert_true (occurrence == g_ptr_array_index (hubrota_rota_get_occurrences (f->rota), i));
      g_assert_cmpint (hubrota_opening_status_get_level (alone), ==,
                       hubrota_opening_status_get_level (status));
      g_assert_cmpuint (hubrota_opening_status_get_findings (alone)->len, ==, findings->len);
      for (guint j = 0; j < f->findings->len; j++)
        if (hubrota_rota_finding_concerns (f->rota, g_ptr_array_index (f->findings, j), occurrence))
          {
            g_assert_true (g_ptr_array_find (findings, g_ptr_array_index (f->findings, j), NULL));
            concerning++;
          }
      g_assert_cmpuint (concerning, ==, findings->len);
    }
}

/* The demo database: every opening an error names is an error, wherever the error is listed. */
static void
test_demo_errors_never_green (void)
{
  g_autofree char *dir = NULL;
  HubrotaStore *store = test_util_create_temp_store ("hubrota-status-XXXXXX", &dir, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
  g_autoptr(GDate) from = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                          g_date_time_get_month (now), g_date_time_get_year (now));
  g_autoptr(GDate) to = g_date_copy (from);
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) statuses = NULL;
  g_autoptr(GError) error = NULL;
  guint errors_named = 0;

  test_util_load_demo (store);
  g_date_add_days (to, 27);
  rota = hubrota_rota_load (store, from, to, &error);
  g_assert_no_error (error);
  findings = hubrota_rota_check (rota);
  statuses = hubrota_rota_get_statuses (rota, findings);
  for (guint i = 0; i < statuses->len; i++)
    {
      HubrotaOpeningStatus *status = g_ptr_array_index (statuses, i);
      HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (status);

      for (guint j = 0; j < findings->len; j++)
        {
          HubrotaFinding *finding = g_ptr_array_index (findings, j);
          gboolean named = hubrota_finding_get_occurrence (finding) == occurrence ||
                           hubrota_finding_get_other_occurrence (finding) == occurrence;
          if (named && hubrota_finding_get_severity (finding) == HUBROTA_SEVERITY_ERROR)
            {
              g_assert_cmpint (hubrota_opening_status_get_level (status), ==, HUBROTA_STATUS_ERROR);
              errors_named++;
            }
        }
    }
  /* The demo's half-built rota has double bookings and leave among its first weeks. */
  g_assert_cmpuint (errors_named, >=, 2);
  test_util_remove_temp_store (&store, &dir, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/status/" path, Fixture, NULL, fixture_set_up, func, \
                                    fixture_tear_down)
  ADD ("double-booked-both-sides", test_double_booked_both_sides);
  ADD ("beat-findings-reach-the-hub", test_beat_findings_reach_the_hub);
  ADD ("other-levels", test_other_levels);
  ADD ("one-and-all-agree", test_one_and_all_agree);
#undef ADD
  g_test_add_func ("/status/demo-errors-never-green", test_demo_errors_never_green);

  return g_test_run ();
}
