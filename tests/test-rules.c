/* test-rules.c: each assignment rule, shown firing and not firing, and the suggestions
 *
 * The scene: the Castle and Kempston beats of Bedford, a hub on each, Saturday
 * 5 December 2026. Castle has a hotspot, the bus station, and a tight abstraction limit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hubrota-core.h"
#include "test-util.h"

#define SATURDAY "2026-12-05"

typedef struct
{
  char *dir;
  HubrotaStore *store;
} Fixture;

static void
add_hub (HubrotaStore *store, const char *slug, const char *name, const char *beat,
         const char *start, int minutes, int min_officers)
{
  g_autoptr(HubrotaHub) hub = hubrota_hub_new (slug, name, beat);
  g_autoptr(GDateTime) first = test_util_local (start);
  g_autoptr(HubrotaSeries) series = hubrota_series_new (slug, first, minutes,
                                                        "FREQ=WEEKLY;BYDAY=SA");
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_add_hub (store, hub, &error));
  hubrota_series_set_min_officers (series, min_officers);
  g_assert_cmpint (hubrota_store_add_series (store, series, &error), >, 0);
  g_assert_no_error (error);
}

static void
add_officer (HubrotaStore *store, const char *id, const char *beat)
{
  test_util_add_officer (store, id, "Sam Patel", HUBROTA_ROLE_PC, beat, 40);
}

static void
add_duty (HubrotaStore *store, const char *officer, const char *start, int minutes,
          const char *rrule)
{
  g_autoptr(GDateTime) first = test_util_local (start);
  g_autoptr(HubrotaDuty) duty = hubrota_duty_new (officer, first, minutes, rrule);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hubrota_store_add_duty (store, duty, &error), >, 0);
  g_assert_no_error (error);
}

static void
add_absence (HubrotaStore *store, const char *officer, const char *from, const char *to)
{
  g_autoptr(GDateTime) start = test_util_local (from);
  g_autoptr(GDateTime) end = test_util_local (to);
  g_autoptr(HubrotaAbsence) absence = hubrota_absence_new (officer, start, end, "annual leave");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hubrota_store_add_absence (store, absence, &error), >, 0);
  g_assert_no_error (error);
}

static HubrotaOccurrence *
opening (HubrotaStore *store, const char *hub, const char *day)
{
  g_autoptr(GDate) date = hubrota_london_parse_date (day, NULL);
  g_autoptr(GError) error = NULL;
  HubrotaOccurrence *occurrence = hubrota_store_find_occurrence (store, hub, date, NULL, &error);

  g_assert_no_error (error);
  return occurrence;
}

static void
assign (HubrotaStore *store, const char *officer, const char *hub)
{
  g_autoptr(HubrotaOccurrence) occurrence = opening (store, hub, SATURDAY);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_assign (store, officer, occurrence, FALSE, &error));
  g_assert_no_error (error);
}

static HubrotaRota *
load (HubrotaStore *store, const char *from, const char *to)
{
  g_autoptr(GDate) first = hubrota_london_parse_date (from, NULL);
  g_autoptr(GDate) last = hubrota_london_parse_date (to, NULL);
  g_autoptr(GError) error = NULL;
  HubrotaRota *rota = hubrota_rota_load (store, first, last, &error);

  g_assert_no_error (error);
  return rota;
}

/* The findings of a check of Saturday alone, as "rule officer hub beat hotspot start end". */
static GPtrArray *
check_saturday (HubrotaStore *store)
{
  g_autoptr(HubrotaRota) rota = load (store, SATURDAY, SATURDAY);

  return hubrota_rota_check (rota);
}

static char *
summarise (HubrotaFinding *finding)
{
  g_autofree char *start = hubrota_london_format_local (hubrota_finding_get_start (finding));
  g_autofree char *end = hubrota_london_format_local (hubrota_finding_get_end (finding));

  return g_strdup_printf ("%s %s %s %s %s %s %s %s",
                          hubrota_severity_to_string (hubrota_finding_get_severity (finding)),
                          hubrota_rule_to_string (hubrota_finding_get_rule (finding)),
                          hubrota_finding_get_officer (finding) ?: "-",
                          hubrota_finding_get_hub (finding) ?: "-",
                          hubrota_finding_get_beat (finding) ?: "-",
                          hubrota_finding_get_hotspot (finding) ?: "-", start, end);
}

#define ANY_RULE HUBROTA_N_RULES

/* The findings of one rule (or all), summarised and joined by newlines ("" for none). */
static char *
only (GPtrArray *findings, HubrotaRule rule)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *line = NULL;

      if (rule != ANY_RULE && hubrota_finding_get_rule (finding) != rule)
        continue;
      line = summarise (finding);
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_none (GPtrArray *findings)
{
  g_autofree char *all = only (findings, ANY_RULE);

  g_assert_cmpstr (all, ==, "");
}

static const char *
message_of (GPtrArray *findings, HubrotaRule rule)
{
  for (guint i = 0; i < findings->len; i++)
    if (hubrota_finding_get_rule (g_ptr_array_index (findings, i)) == rule)
      return hubrota_finding_get_message (g_ptr_array_index (findings, i));
  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{

  f->store = test_util_create_temp_store ("hubrota-rules-XXXXXX", &f->dir, NULL);

  test_util_add_beat_with_limit (f->store, "castle", "Castle", 5);
  test_util_add_beat_with_limit (f->store, "kempston", "Kempston", 10);
  test_util_add_hotspot (f->store, "bus-station", "castle", "Bedford bus station");
  add_hub (f->store, "castle-hub", "Castle Library", "castle", "2026-11-07T10:00", 180, 0);
  add_hub (f->store, "kempston-hub", "Kempston Hub", "kempston", "2026-11-07T10:00", 180, 0);
  add_officer (f->store, "PC1", "castle");
  add_officer (f->store, "PC2", "castle");
  add_officer (f->store, "PC3", "kempston");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_util_remove_temp_store (&f->store, &f->dir, NULL);
}

/* Castle's officers on duty 08:00–16:00 every day, so its hotspot can be patrolled. */
static void
castle_on_days (Fixture *f)
{
  add_duty (f->store, "PC1", "2026-11-30T08:00", 480, "FREQ=DAILY");
  add_duty (f->store, "PC2", "2026-11-30T08:00", 480, "FREQ=DAILY");
}

/* Everyone on duty 08:00–16:00 every day, so only the rule under test can fire. */
static void
everyone_on_days (Fixture *f)
{
  castle_on_days (f);
  add_duty (f->store, "PC3", "2026-11-30T08:00", 480, "FREQ=DAILY");
}

/* A second Castle hub on Saturday afternoons that needs two officers. */
static void
add_library (Fixture *f)
{
  add_hub (f->store, "library-hub", "Bedford Library", "castle", "2026-12-05T14:00", 180, 2);
}

/* And one more, that nobody staffs. */
static void
add_library_second (Fixture *f)
{
  add_hub (f->store, "bedford-central", "Bedford Central", "castle", "2026-12-05T09:00", 60, 1);
}

static void
test_double_booked (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *found = NULL;

  everyone_on_days (f);
  assign (f->store, "PC3", "castle-hub");
  assign (f->store, "PC3", "kempston-hub");
  findings = check_saturday (f->store);
  found = only (findings, HUBROTA_RULE_DOUBLE_BOOKED);
  g_assert_cmpstr (found, ==, "error double-booked PC3 kempston-hub - - "
                              "2026-12-05T10:00 2026-12-05T13:00");
  g_assert_cmpstr (message_of (findings, HUBROTA_RULE_DOUBLE_BOOKED), ==,
                   "PC3 Sam Patel is in two places at once: Kempston Hub on Sat 5 Dec "
                   "10:00–13:00 overlaps Castle Library on Sat 5 Dec 10:00–13:00");
}

/* Back to back is not double-booked: openings are half-open ranges. */
static void
test_double_booked_back_to_back (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaOccurrence) later = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GDateTime) start = test_util_local ("2026-12-05T13:00");
  g_autoptr(GDate) day = hubrota_london_parse_date (SATURDAY, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;

  everyone_on_days (f);
  g_assert_true (hubrota_store_move_occurrence (f->store, "kempston-hub", 0, day, start, 0,
                                                &error));
  assign (f->store, "PC3", "castle-hub");
  assign (f->store, "PC3", "kempston-hub");
  findings = check_saturday (f->store);
  found = only (findings, HUBROTA_RULE_DOUBLE_BOOKED);
  g_assert_cmpstr (found, ==, "");
}

static void
test_on_leave (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *found = NULL;

  everyone_on_days (f);
  add_absence (f->store, "PC3", "2026-12-05T12:00", "2026-12-07T00:00");
  assign (f->store, "PC3", "kempston-hub");
  findings = check_saturday (f->store);
  found = only (findings, HUBROTA_RULE_ON_LEAVE);
  g_assert_cmpstr (found, ==, "error on-leave PC3 kempston-hub - - "
                              "2026-12-05T12:00 2026-12-05T13:00");
  g_assert_cmpstr (message_of (findings, HUBROTA_RULE_ON_LEAVE), ==,
                   "PC3 Sam Patel is away (annual leave) from Sat 5 Dec 12:00 to Mon 7 Dec "
                   "00:00, during Kempston Hub on Sat 5 Dec 10:00–13:00");
}

/* Leave that ends as the opening starts does not clash. */
static void
test_on_leave_ends_before (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;

  everyone_on_days (f);
  add_absence (f->store, "PC3", "2026-11-28T00:00", "2026-12-05T10:00");
  assign (f->store, "PC3", "kempston-hub");
  findings = check_saturday (f->store);
  assert_none (findings);
}

static void
test_off_duty (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *found = NULL;

  castle_on_days (f);
  add_duty (f->store, "PC3", "2026-11-30T12:00", 480, "FREQ=DAILY");
  assign (f->store, "PC3", "kempston-hub");
  findings = check_saturday (f->store);
  found = only (findings, HUBROTA_RULE_OFF_DUTY);
  g_assert_cmpstr (found, ==, "warning off-duty PC3 kempston-hub - - "
                              "2026-12-05T10:00 2026-12-05T13:00");
  g_assert_cmpstr (message_of (findings, HUBROTA_RULE_OFF_DUTY), ==,
                   "PC3 Sam Patel is off duty for 2 h of Kempston Hub on Sat 5 Dec 10:00–13:00, "
                   "so that part is overtime");
}

/* Two shifts that meet (08:00–10:30, 10:30–16:00) cover an opening across the join. */
static void
test_off_duty_inside (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;

  castle_on_days (f);
  add_duty (f->store, "PC3", "2026-12-05T08:00", 150, NULL);
  add_duty (f->store, "PC3", "2026-12-05T10:30", 330, NULL);
  assign (f->store, "PC3", "kempston-hub");
  findings = check_saturday (f->store);
  assert_none (findings);
}

/* Castle's limit is 5%: 3 h at Kempston of 56 h on duty (5.4%) is over it. */
static void
test_abstraction (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *found = NULL;

  everyone_on_days (f);
  assign (f->store, "PC1", "kempston-hub");
  findings = check_saturday (f->store);
  found = only (findings, HUBROTA_RULE_ABSTRACTION_LIMIT);
  g_assert_cmpstr (found, ==, "warning abstraction-limit PC1 - castle - "
                              "2026-11-30T00:00 2026-12-07T00:00");
  g_assert_cmpstr (message_of (findings, HUBROTA_RULE_ABSTRACTION_LIMIT), ==,
                   "PC1 Sam Patel spends 3 h of 56 h on duty at hubs outside Castle in the week "
                   "of Mon 30 Nov 2026 (5.4%), over the beat’s 5% abstraction limit");
}

/* The same hours at a hub in the officer's own beat are not abstraction. */
static void
test_abstraction_own_beat (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;

  everyone_on_days (f);
  assign (f->store, "PC1", "castle-hub");
  findings = check_saturday (f->store);
  assert_none (findings);
}

/* Exactly at the limit is not over it: 3 h of 60 h is 5%. */
static void
test_abstraction_at_limit (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;

  add_duty (f->store, "PC1", "2026-11-30T08:00", 600, "FREQ=DAILY;COUNT=6");
  add_duty (f->store, "PC2", "2026-11-30T08:00", 480, "FREQ=DAILY");
  add_duty (f->store, "PC3", "2026-11-30T08:00", 480, "FREQ=DAILY");
  assign (f->store, "PC1", "kempston-hub");
  findings = check_saturday (f->store);
  assert_none (findings);
}

static void
test_beat_uncovered (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *found = NULL;

  everyone_on_days (f);
  assign (f->store, "PC1", "kempston-hub");
  assign (f->store, "PC2", "kempston-hub");
  findings = check_saturday (f->store);
  found = only (findings, HUBROTA_RULE_BEAT_UNCOVERED);
  g_assert_cmpstr (found, ==, "error beat-uncovered - - castle - "
                              "2026-12-05T10:00 2026-12-05T13:00");
  g_assert_cmpstr (message_of (findings, HUBROTA_RULE_BEAT_UNCOVERED), ==,
                   "Castle has nobody on the beat Sat 5 Dec 10:00–13:00: every one of its "
                   "officers on duty then is at a hub outside it");
}

/* One of the two Castle officers stays: the beat is covered. */
static void
test_beat_covered (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *found = NULL;

  everyone_on_days (f);
  assign (f->store, "PC1", "kempston-hub");
  findings = check_saturday (f->store);
  found = only (findings, HUBROTA_RULE_BEAT_UNCOVERED);
  g_assert_cmpstr (found, ==, "");
}

/* PC1 is Castle's only officer on duty in the window of 4–6 December, and only while at
 * Kempston: the bus station patrol is at risk. */
static void
test_hotspot (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *found = NULL;

  add_duty (f->store, "PC1", "2026-12-05T10:00", 180, NULL);
  add_duty (f->store, "PC3", "2026-12-05T08:00", 480, NULL);
  assign (f->store, "PC1", "kempston-hub");
  findings = check_saturday (f->store);
  found = only (findings, HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK);
  g_assert_cmpstr (found, ==, "error hotspot-patrol-at-risk - - castle bus-station "
                              "2026-12-04T00:00 2026-12-07T00:00");
  g_assert_cmpstr (message_of (findings, HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK), ==,
                   "No Castle officer has 15 minutes on duty on the beat from Fri 4 Dec to "
                   "Sun 6 Dec, so the patrol of Bedford bus station due every three days is "
                   "at risk");
}

/* Fifteen minutes on the beat in the window, even at its very end, is enough. */
static void
test_hotspot_patrol_possible (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *found = NULL;
  g_autofree char *found_uncovered = NULL;

  add_duty (f->store, "PC1", "2026-12-05T10:00", 180, NULL);
  add_duty (f->store, "PC1", "2026-12-06T23:45", 15, NULL);
  add_duty (f->store, "PC3", "2026-12-05T08:00", 480, NULL);
  assign (f->store, "PC1", "kempston-hub");
  findings = check_saturday (f->store);
  found = only (findings, HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK);
  g_assert_cmpstr (found, ==, "");
  found_uncovered = only (findings, HUBROTA_RULE_BEAT_UNCOVERED);
  g_assert_cmpstr (found_uncovered, ==, "error beat-uncovered - - castle - "
                                        "2026-12-05T10:00 2026-12-05T13:00");
}

/* A shift across the boundary of two windows is cut at 00:00 on 7 December: ten minutes
 * on each side is not a patrol in either window. */
static void
test_hotspot_window_boundary (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(HubrotaRota) wider = NULL;
  g_autoptr(GPtrArray) wider_findings = NULL;
  g_autofree char *found = NULL;
  g_autofree char *found_wider = NULL;

  add_duty (f->store, "PC1", "2026-12-05T10:00", 180, NULL);
  add_duty (f->store, "PC1", "2026-12-06T23:50", 20, NULL);
  add_duty (f->store, "PC2", "2026-12-08T09:00", 480, NULL);
  add_duty (f->store, "PC3", "2026-12-05T08:00", 480, NULL);
  assign (f->store, "PC1", "kempston-hub");
  findings = check_saturday (f->store);
  found = only (findings, HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK);
  g_assert_cmpstr (found, ==, "error hotspot-patrol-at-risk - - castle bus-station "
                              "2026-12-04T00:00 2026-12-07T00:00");

  /* The windows are counted from 1 January 2024, not from the period asked about. */
  wider = load (f->store, "2026-12-03", "2026-12-09");
  wider_findings = hubrota_rota_check (wider);
  found_wider = only (wider_findings, HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK);
  g_assert_cmpstr (found_wider, ==,
                   "error hotspot-patrol-at-risk - - castle bus-station 2026-12-01T00:00 2026-12-04T00:00\n"
                   "error hotspot-patrol-at-risk - - castle bus-station 2026-12-04T00:00 2026-12-07T00:00");
}

static void
test_understaffed (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *found = NULL;

  everyone_on_days (f);
  add_library (f);
  assign (f->store, "PC3", "library-hub");
  findings = check_saturday (f->store);
  found = only (findings, HUBROTA_RULE_UNDERSTAFFED);
  g_assert_cmpstr (found, ==, "warning understaffed - library-hub - - "
                              "2026-12-05T14:00 2026-12-05T17:00");
  g_assert_cmpstr (message_of (findings, HUBROTA_RULE_UNDERSTAFFED), ==,
                   "Bedford Library on Sat 5 Dec 14:00–17:00 needs 2 officers and has 1");
}

/* A fully staffed opening is not understaffed; an empty one is, until it is cancelled. */
static void
test_understaffed_not (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) staffed = NULL;
  g_autoptr(GPtrArray) cancelled = NULL;
  g_autoptr(GDate) day = hubrota_london_parse_date (SATURDAY, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  g_autofree char *found_cancelled = NULL;

  everyone_on_days (f);
  add_library (f);
  add_library_second (f);
  assign (f->store, "PC1", "library-hub");
  assign (f->store, "PC2", "library-hub");
  staffed = check_saturday (f->store);
  found = only (staffed, HUBROTA_RULE_UNDERSTAFFED);
  g_assert_cmpstr (found, ==, "warning understaffed - bedford-central - - "
                              "2026-12-05T09:00 2026-12-05T10:00");

  g_assert_true (hubrota_store_cancel_occurrence (f->store, "bedford-central", 0, day, "Flooded",
                                                  &error));
  g_assert_no_error (error);
  cancelled = check_saturday (f->store);
  found_cancelled = only (cancelled, HUBROTA_RULE_UNDERSTAFFED);
  g_assert_cmpstr (found_cancelled, ==, "");
}

/* A cancelled opening cannot be staffed, and refusing changes nothing. */
static void
test_cancelled_not_staffed (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) day = hubrota_london_parse_date (SATURDAY, NULL);
  g_autoptr(HubrotaOccurrence) occurrence = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_cancel_occurrence (f->store, "castle-hub", 0, day, "Flooded",
                                                  &error));
  occurrence = opening (f->store, "castle-hub", SATURDAY);
  g_assert_false (hubrota_store_assign (f->store, "PC1", occurrence, FALSE, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "the opening of ‘castle-hub’ on Saturday 5 December 2026 "
                                       "at 10:00 is cancelled and cannot be staffed");
  g_clear_object (&occurrence);
  occurrence = opening (f->store, "castle-hub", SATURDAY);
  g_assert_cmpuint (hubrota_occurrence_get_assigned (occurrence)->len, ==, 0);
}

static char *
rules_of (GPtrArray *findings)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            hubrota_rule_to_string (hubrota_finding_get_rule (
                              g_ptr_array_index (findings, i))));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "Would cause" is what the change adds, not what was already wrong. */
static void
test_would_cause (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(HubrotaOccurrence) kempston = opening (f->store, "kempston-hub", SATURDAY);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) off = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_rules = NULL;
  g_autofree char *second_rules = NULL;
  g_autofree char *off_rules = NULL;

  everyone_on_days (f);
  rota = load (f->store, SATURDAY, SATURDAY);
  first = hubrota_rota_would_cause (rota, "PC1", kempston, TRUE, &error);
  g_assert_no_error (error);
  first_rules = rules_of (first);
  g_assert_cmpstr (first_rules, ==, "abstraction-limit");

  g_assert_true (hubrota_rota_apply (rota, "PC1", kempston, TRUE, &error));
  second = hubrota_rota_would_cause (rota, "PC2", kempston, TRUE, &error);
  second_rules = rules_of (second);
  g_assert_cmpstr (second_rules, ==, "abstraction-limit beat-uncovered");

  /* Kempston needs nobody, so taking PC1 off adds nothing. */
  off = hubrota_rota_would_cause (rota, "PC1", kempston, FALSE, &error);
  off_rules = rules_of (off);
  g_assert_cmpstr (off_rules, ==, "");

  g_assert_null (hubrota_rota_would_cause (rota, "PC1", kempston, TRUE, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_EXISTS);
}

/* Taking one of two officers off an opening that needs two adds understaffing; taking
 * one more off adds nothing new, it was already short. */
static void
test_would_cause_unassign (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(HubrotaOccurrence) library = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_rules = NULL;

  everyone_on_days (f);
  add_library (f);
  assign (f->store, "PC1", "library-hub");
  assign (f->store, "PC2", "library-hub");
  library = opening (f->store, "library-hub", SATURDAY);
  rota = load (f->store, SATURDAY, SATURDAY);
  first = hubrota_rota_would_cause (rota, "PC1", library, FALSE, &error);
  g_assert_no_error (error);
  first_rules = rules_of (first);
  g_assert_cmpstr (first_rules, ==, "understaffed");
  g_assert_true (hubrota_rota_apply (rota, "PC1", library, FALSE, &error));
  second = hubrota_rota_would_cause (rota, "PC2", library, FALSE, &error);
  g_assert_cmpuint (second->len, ==, 0);
}

static char *
candidate_order (GPtrArray *candidates)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < candidates->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            hubrota_officer_get_id (hubrota_candidate_get_officer (
                              g_ptr_array_index (candidates, i))));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* For Castle Library: first no errors (breaking nothing before causing warnings), then the
 * home beat, then the least abstracted this week, then the fewest hub hours in the period. */
static void
test_suggest (Fixture *f, gconstpointer data)
{
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(HubrotaOccurrence) castle = opening (f->store, "castle-hub", SATURDAY);
  g_autoptr(HubrotaOccurrence) last_week = NULL;
  g_autoptr(GDate) last_saturday = hubrota_london_parse_date ("2026-11-28", NULL);
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  HubrotaCandidate *last;

  everyone_on_days (f);
  add_library (f);
  add_officer (f->store, "PC4", NULL);
  add_officer (f->store, "PC5", "kempston");
  add_officer (f->store, "PC6", "castle");
  /* PC0 is on the hub's beat but not on duty: overtime, only a warning, yet behind everyone
   * who breaks nothing. */
  add_officer (f->store, "PC0", "castle");
  add_duty (f->store, "PC4", "2026-11-30T08:00", 480, "FREQ=DAILY");
  add_duty (f->store, "PC5", "2026-11-30T08:00", 480, "FREQ=DAILY");
  add_duty (f->store, "PC6", "2026-11-30T08:00", 480, "FREQ=DAILY");
  /* PC2 did Castle Library last Saturday: more hub hours than PC1. */
  last_week = hubrota_store_find_occurrence (f->store, "castle-hub", last_saturday, NULL, &error);
  g_assert_true (hubrota_store_assign (f->store, "PC2", last_week, FALSE, &error));
  /* PC4 (no beat) and PC5 (Kempston) are at the library this afternoon: PC5 has been
   * abstracted this week, PC4 cannot be. */
  assign (f->store, "PC4", "library-hub");
  assign (f->store, "PC5", "library-hub");
  /* PC6 is on leave: putting them on is an error. */
  add_absence (f->store, "PC6", "2026-12-05T00:00", "2026-12-06T00:00");

  rota = load (f->store, "2026-11-28", SATURDAY);
  candidates = hubrota_rota_suggest (rota, castle, &error);
  g_assert_no_error (error);
  order = candidate_order (candidates);
  g_assert_cmpstr (order, ==, "PC1 PC2 PC3 PC4 PC0 PC5 PC6");
  last = g_ptr_array_index (candidates, 6);
  g_assert_cmpuint (hubrota_candidate_count_errors (last), ==, 1);
  g_assert_cmpstr (g_ptr_array_index (hubrota_candidate_get_reasons (last), 0), ==,
                   "would cause 1 error");
  g_assert_cmpstr (g_ptr_array_index (hubrota_candidate_get_reasons (
                     g_ptr_array_index (candidates, 0)), 1), ==,
                   "works on Castle, the hub’s own beat, so no abstraction");
  /* The figures beside each name: PC5 spent 3 of this week's 56 duty hours (8 a day) at the
   * library, off their beat; PC4 has no beat, so no abstraction at all. */
  g_assert_cmpfloat (hubrota_candidate_get_hub_hours (g_ptr_array_index (candidates, 5)), ==, 3.0);
  g_assert_cmpfloat_with_epsilon (hubrota_candidate_get_abstraction (
                                    g_ptr_array_index (candidates, 5)), 300.0 / 56, 1e-9);
  g_assert_cmpfloat (hubrota_candidate_get_abstraction (g_ptr_array_index (candidates, 3)), ==, -1);
}

static void
on_loaded (GObject *source, GAsyncResult *result, gpointer user_data)
{
  HubrotaRota **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = hubrota_rota_load_finish (HUBROTA_STORE (source), result, &error);
  g_assert_no_error (error);
}

/* What the window reads: a rota loaded in a thread, its officers, abstraction per week, and
 * findings that name the opening they are about. */
static void
test_lookups (Fixture *f, gconstpointer data)
{
  g_autoptr(GDate) from = hubrota_london_parse_date ("2026-11-30", NULL);
  g_autoptr(GDate) to = hubrota_london_parse_date ("2026-12-06", NULL);
  g_autoptr(GDate) outside = hubrota_london_parse_date ("2026-12-07", NULL);
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(HubrotaOccurrence) library = NULL;
  g_autoptr(GPtrArray) officers = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  HubrotaOccurrence *about;
  double away = -1, on_duty = -1;

  everyone_on_days (f);
  add_library (f);
  add_officer (f->store, "PC5", "kempston");
  add_duty (f->store, "PC5", "2026-11-30T08:00", 480, "FREQ=DAILY");
  assign (f->store, "PC5", "library-hub");
  library = opening (f->store, "library-hub", SATURDAY);

  hubrota_rota_load_async (f->store, from, to, NULL, on_loaded, &rota);
  while (rota == NULL)
    g_main_context_iteration (NULL, TRUE);

  officers = hubrota_rota_get_officers (rota);
  g_assert_cmpuint (officers->len, ==, 4);
  g_assert_cmpstr (hubrota_officer_get_name (hubrota_rota_get_officer (rota, "PC5")), ==,
                   hubrota_officer_get_name (g_ptr_array_index (officers, 3)));
  g_assert_null (hubrota_rota_get_officer (rota, "PC9"));
  g_assert_cmpstr (hubrota_beat_get_slug (hubrota_rota_get_officer_beat (rota, "PC5")), ==,
                   "kempston");
  g_assert_cmpstr (hubrota_rota_get_hub_name (rota, "library-hub"), ==, "Bedford Library");

  g_assert_true (hubrota_rota_get_abstraction (rota, "PC5", to, &away, &on_duty));
  g_assert_cmpfloat (away, ==, 3.0);
  g_assert_cmpfloat (on_duty, ==, 56.0);
  g_assert_false (hubrota_rota_get_abstraction (rota, "PC5", outside, &away, &on_duty));
  g_assert_false (hubrota_rota_get_abstraction (rota, "PC9", to, &away, &on_duty));

  /* The library needs two and has one. */
  findings = hubrota_rota_check (rota);
  about = NULL;
  for (guint i = 0; i < findings->len; i++)
    if (hubrota_finding_get_rule (g_ptr_array_index (findings, i)) == HUBROTA_RULE_UNDERSTAFFED)
      about = hubrota_finding_get_occurrence (g_ptr_array_index (findings, i));
  g_assert_nonnull (about);
  g_assert_cmpint (hubrota_occurrence_get_series (about), ==,
                   hubrota_occurrence_get_series (library));
  g_assert_cmpint (g_date_compare (hubrota_occurrence_get_original_date (about),
                                   hubrota_occurrence_get_original_date (library)), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/rules/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("double-booked/fires", test_double_booked);
  ADD ("double-booked/back-to-back", test_double_booked_back_to_back);
  ADD ("on-leave/fires", test_on_leave);
  ADD ("on-leave/ended-before", test_on_leave_ends_before);
  ADD ("off-duty/fires", test_off_duty);
  ADD ("off-duty/inside-joined-shifts", test_off_duty_inside);
  ADD ("abstraction-limit/fires", test_abstraction);
  ADD ("abstraction-limit/own-beat", test_abstraction_own_beat);
  ADD ("abstraction-limit/at-limit", test_abstraction_at_limit);
  ADD ("beat-uncovered/fires", test_beat_uncovered);
  ADD ("beat-uncovered/covered", test_beat_covered);
  ADD ("hotspot-patrol-at-risk/fires", test_hotspot);
  ADD ("hotspot-patrol-at-risk/possible", test_hotspot_patrol_possible);
  ADD ("hotspot-patrol-at-risk/window-boundary", test_hotspot_window_boundary);
  ADD ("understaffed/fires", test_understaffed);
  ADD ("understaffed/not", test_understaffed_not);
  ADD ("assign/cancelled", test_cancelled_not_staffed);
  ADD ("would-cause/assign", test_would_cause);
  ADD ("would-cause/unassign", test_would_cause_unassign);
  ADD ("suggest/order", test_suggest);
  ADD ("lookups", test_lookups);

  return g_test_run ();
}
