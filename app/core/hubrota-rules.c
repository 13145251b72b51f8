/* hubrota-rules.c: the rules a rota is checked against, in full and for one change
 *
 * A full check walks every officer, beat and opening of the loaded days. Checking one
 * change (an officer put on or taken off an opening X) recomputes only what X can reach:
 * the officer's own findings around X, X's staffing, and, when X is outside the officer's
 * beat, that beat's cover in the stretch of hub time around X and its hotspot windows
 * that overlap X. Both ways produce the same RotaFindings, so "would cause" is exactly
 * "what a full check after the change has that one before did not".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRota"

#include "config.h"

#include "hubrota-rota-private.h"

#define PATROL_SECONDS (15 * 60)
#define LONGEST_OPENING (24 * 60 * 60)
#define WEEK_DAYS 7

#define INDEX(array, i) (g_array_index ((array), int, (i)))

static GArray *
findings_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (RotaFinding));
}

static RotaFinding
finding (HubrotaRule rule, gint64 start, gint64 end)
{
  return (RotaFinding) { rule, NONE, NONE, NONE, NONE, NONE, start, end, 0, 0 };
}

static gboolean
is_away (HubrotaRota *self, int officer, int occurrence)
{
  int beat = OFFICER (self, officer)->beat;

  return beat != NONE && beat != OCCURRENCE (self, occurrence)->beat;
}

/* The officer's openings as they would be after change (NULL: as they are), by start. */
static GArray *
assignments_under (HubrotaRota *self, int officer, const RotaChange *change)
{
  GArray *current = OFFICER (self, officer)->assignments;
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (int), current->len + 1);
  gboolean pending = change != NULL && change->officer == officer && change->assign;
  RotaOccurrence *added = pending ? OCCURRENCE (self, change->occurrence) : NULL;

  for (guint i = 0; i < current->len; i++)
    {
      int index = INDEX (current, i);

      if (change != NULL && change->officer == officer && !change->assign &&
          index == change->occurrence)
        continue;
      if (pending && OCCURRENCE (self, index)->start > added->start)
        {
          g_array_append_val (out, change->occurrence);
          pending = FALSE;
        }
      g_array_append_val (out, index);
    }
  if (pending)
    g_array_append_val (out, change->occurrence);
  return out;
}

/* double-booked: the later opening of the pair is the one reported. */
static void
double_booked_pair (HubrotaRota *self, int officer, int a, int b, GArray *out)
{
  RotaOccurrence *x = OCCURRENCE (self, a), *y = OCCURRENCE (self, b);
  gboolean b_later = y->start > x->start || (y->start == x->start && b > a);
  RotaFinding f = finding (HUBROTA_RULE_DOUBLE_BOOKED, MAX (x->start, y->start),
                           MIN (x->end, y->end));

  if (f.start >= f.end)
    return;
  f.officer = officer;
  f.occurrence = b_later ? b : a;
  f.other = b_later ? a : b;
  g_array_append_val (out, f);
}

static void
check_double_booked (HubrotaRota *self, int officer, GArray *assignments, GArray *out)
{
  for (guint i = 0; i < assignments->len; i++)
    for (guint j = i + 1; j < assignments->len; j++)
      {
        if (OCCURRENCE (self, INDEX (assignments, j))->start >=
            OCCURRENCE (self, INDEX (assignments, i))->end)
          break;
        double_booked_pair (self, officer, INDEX (assignments, i), INDEX (assignments, j), out);
      }
}

static void
check_on_leave (HubrotaRota *self, int officer, int occurrence, GArray *out)
{
  GArray *absences = OFFICER (self, officer)->absences;
  RotaOccurrence *x = OCCURRENCE (self, occurrence);

  for (guint i = 0; i < absences->len; i++)
    {
      RotaAbsence *absence = &g_array_index (absences, RotaAbsence, i);
      RotaFinding f = finding (HUBROTA_RULE_ON_LEAVE, MAX (x->start, absence->start),
                               MIN (x->end, absence->end));
      if (f.start >= f.end)
        continue;
      f.officer = officer;
      f.occurrence = occurrence;
      f.other = (int) i;
      g_array_append_val (out, f);
    }
}

static void
check_off_duty (HubrotaRota *self, int officer, int occurrence, GArray *out)
{
  GArray *duty = OFFICER (self, officer)->duty;
  RotaOccurrence *x = OCCURRENCE (self, occurrence);
  RotaFinding f = finding (HUBROTA_RULE_OFF_DUTY, x->start, x->end);

  if (hubrota_intervals_contain (duty, x->start, x->end))
    return;
  f.officer = officer;
  f.occurrence = occurrence;
  f.amount = (x->end - x->start) - hubrota_intervals_measure (duty, x->start, x->end);
  f.total = x->end - x->start;
  g_array_append_val (out, f);
}

/* Seconds at hubs outside the officer's beat, and on duty, in the ISO week that starts on
 * the day first_day (a Monday). */
static void
measure_week (HubrotaRota *self, int officer, GArray *assignments, int first_day,
              gint64 *out_abstracted, gint64 *out_on_duty)
{
  gint64 start = _hubrota_rota_day_start (self, first_day);
  gint64 end = _hubrota_rota_day_start (self, first_day + WEEK_DAYS);
  g_autoptr(GArray) away = hubrota_intervals_new ();

  for (guint i = 0; i < assignments->len; i++)
    {
      int index = INDEX (assignments, i);
      RotaOccurrence *x = OCCURRENCE (self, index);
      if (is_away (self, officer, index) && x->end > start && x->start < end)
        g_array_append_val (away, ((HubrotaInterval) { MAX (x->start, start), MIN (x->end, end) }));
    }
  hubrota_intervals_normalise (away);
  *out_abstracted = hubrota_intervals_measure (away, start, end);
  *out_on_duty = hubrota_intervals_measure (OFFICER (self, officer)->on_duty, start, end);
}

/* abstraction-limit for one ISO week; FALSE if within the limit. */
static gboolean
abstraction_in_week (HubrotaRota *self, int officer, GArray *assignments, int first_day,
                     RotaFinding *out)
{
  int beat = OFFICER (self, officer)->beat;
  double limit = hubrota_beat_get_abstraction_limit (BEAT (self, beat)->object);
  gint64 abstracted, on_duty;

  measure_week (self, officer, assignments, first_day, &abstracted, &on_duty);
  if (abstracted == 0 || (on_duty > 0 && abstracted * 100.0 <= limit * on_duty))
    return FALSE;
  *out = finding (HUBROTA_RULE_ABSTRACTION_LIMIT, _hubrota_rota_day_start (self, first_day),
                  _hubrota_rota_day_start (self, first_day + WEEK_DAYS));
  out->officer = officer;
  out->beat = beat;
  out->amount = abstracted;
  out->total = on_duty;
  return TRUE;
}

/* The Mondays of the weeks an opening touches: one, or two if it runs past midnight
 * into a new week. */
static int
weeks_touched (HubrotaRota *self, int occurrence, int *mondays)
{
  RotaOccurrence *x = OCCURRENCE (self, occurrence);

  mondays[0] = _hubrota_rota_week_first_day (self, _hubrota_rota_day_of (self, x->start));
  mondays[1] = _hubrota_rota_week_first_day (self, _hubrota_rota_day_of (self, x->end - 1));
  return mondays[1] == mondays[0] ? 1 : 2;
}

static void
check_officer (HubrotaRota *self, int officer, GArray *out)
{
  GArray *assignments = OFFICER (self, officer)->assignments;
  int last_monday = G_MININT;

  check_double_booked (self, officer, assignments, out);
  for (guint i = 0; i < assignments->len; i++)
    {
      int index = INDEX (assignments, i);
      int mondays[2];
      int n = weeks_touched (self, index, mondays);

      check_on_leave (self, officer, index, out);
      check_off_duty (self, officer, index, out);
      if (!is_away (self, officer, index))
        continue;
      /* Openings come by start, so each week is met in one run. */
      for (int k = 0; k < n; k++)
        {
          RotaFinding f;
          if (mondays[k] <= last_monday)
            continue;
          last_monday = mondays[k];
          if (abstraction_in_week (self, officer, assignments, mondays[k], &f))
            g_array_append_val (out, f);
        }
    }
}

static void
check_understaffed (HubrotaRota *self, int occurrence, int officers, GArray *out)
{
  RotaOccurrence *x = OCCURRENCE (self, occurrence);
  RotaFinding f = finding (HUBROTA_RULE_UNDERSTAFFED, x->start, x->end);

  if (x->cancelled || officers >= x->min_officers)
    return;
  f.occurrence = occurrence;
  f.amount = officers;
  f.total = x->min_officers;
  g_array_append_val (out, f);
}

/* The officer's hub time outside their beat within [start, end), as a set. */
static GArray *
away_set (HubrotaRota *self, int officer, const RotaChange *change, gint64 start, gint64 end)
{
  g_autoptr(GArray) assignments = assignments_under (self, officer, change);
  GArray *away = hubrota_intervals_new ();

  for (guint i = 0; i < assignments->len; i++)
    {
      int index = INDEX (assignments, i);
      RotaOccurrence *x = OCCURRENCE (self, index);
      if (is_away (self, officer, index) && x->end > start && x->start < end)
        g_array_append_val (away, ((HubrotaInterval) { x->start, x->end }));
    }
  hubrota_intervals_normalise (away);
  return away;
}

/* When the officer is on duty and on their beat (not at a hub outside it) in [start, end). */
static GArray *
present_set (HubrotaRota *self, int officer, const RotaChange *change, gint64 start, gint64 end,
             GArray *on_duty)
{
  g_autoptr(GArray) away = away_set (self, officer, change, start, end);
  GArray *present = hubrota_intervals_new ();

  hubrota_intervals_clip (OFFICER (self, officer)->on_duty, start, end, on_duty);
  hubrota_intervals_subtract (on_duty, away, present);
  return present;
}

/* beat-uncovered within [start, end): some officer of the beat on duty, none of them on it. */
static void
check_uncovered (HubrotaRota *self, int beat, gint64 start, gint64 end, const RotaChange *change,
                 GArray *out)
{
  GArray *officers = BEAT (self, beat)->officers;
  g_autoptr(GArray) all_on_duty = hubrota_intervals_new ();
  g_autoptr(GArray) all_present = hubrota_intervals_new ();
  g_autoptr(GArray) uncovered = hubrota_intervals_new ();

  for (guint i = 0; i < officers->len; i++)
    {
      g_autoptr(GArray) on_duty = hubrota_intervals_new ();
      g_autoptr(GArray) present = present_set (self, INDEX (officers, i), change, start, end,
                                               on_duty);
      g_array_append_vals (all_on_duty, on_duty->data, on_duty->len);
      g_array_append_vals (all_present, present->data, present->len);
    }
  hubrota_intervals_normalise (all_on_duty);
  hubrota_intervals_normalise (all_present);
  hubrota_intervals_subtract (all_on_duty, all_present, uncovered);
  for (guint i = 0; i < uncovered->len; i++)
    {
      HubrotaInterval *gap = &g_array_index (uncovered, HubrotaInterval, i);
      RotaFinding f = finding (HUBROTA_RULE_BEAT_UNCOVERED, gap->start, gap->end);
      f.beat = beat;
      g_array_append_val (out, f);
    }
}

/* Whether some officer of the beat has PATROL_SECONDS on end, on duty and on the beat,
 * inside [start, end). */
static gboolean
patrol_possible (HubrotaRota *self, int beat, gint64 start, gint64 end, const RotaChange *change)
{
  GArray *officers = BEAT (self, beat)->officers;

  for (guint i = 0; i < officers->len; i++)
    {
      g_autoptr(GArray) on_duty = hubrota_intervals_new ();
      g_autoptr(GArray) present = present_set (self, INDEX (officers, i), change, start, end,
                                               on_duty);
      for (guint j = 0; j < present->len; j++)
        {
          HubrotaInterval *stretch = &g_array_index (present, HubrotaInterval, j);
          if (stretch->end - stretch->start >= PATROL_SECONDS)
            return TRUE;
        }
    }
  return FALSE;
}

static void
add_hotspot_findings (HubrotaRota *self, int beat, gint64 start, gint64 end, GArray *out)
{
  for (guint h = 0; h < BEAT (self, beat)->hotspots->len; h++)
    {
      RotaFinding f = finding (HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK, start, end);
      f.beat = beat;
      f.hotspot = (int) h;
      g_array_append_val (out, f);
    }
}

/* The stretches of the beat's hub time outside it that touch or overlap one another. */
static void
check_beat (HubrotaRota *self, int beat, GArray *out)
{
  RotaBeat *b = BEAT (self, beat);
  int first = _hubrota_rota_window_first_day (self, _hubrota_rota_day_of (self, self->period_start));

  for (guint i = 0; i < b->away->len;)
    {
      gint64 start = g_array_index (b->away, RotaAway, i).start;
      gint64 end = g_array_index (b->away, RotaAway, i).end;

      for (i++; i < b->away->len && g_array_index (b->away, RotaAway, i).start <= end; i++)
        end = MAX (end, g_array_index (b->away, RotaAway, i).end);
      check_uncovered (self, beat, start, end, NULL, out);
    }
  if (b->hotspots->len == 0)
    return;
  for (int day = first; _hubrota_rota_day_start (self, day) < self->period_end; day += HOTSPOT_WINDOW_DAYS)
    {
      gint64 start = _hubrota_rota_day_start (self, day);
      gint64 end = _hubrota_rota_day_start (self, day + HOTSPOT_WINDOW_DAYS);
      if (!patrol_possible (self, beat, start, end, NULL))
        add_hotspot_findings (self, beat, start, end, out);
    }
}

static gboolean
in_period (HubrotaRota *self, const RotaFinding *f)
{
  return f->start < self->period_end && f->end > self->period_start;
}

static int
compare_findings (gconstpointer a, gconstpointer b)
{
  const RotaFinding *x = a, *y = b;
  const gint64 left[] = { x->start, x->end, x->rule, x->beat, x->hotspot, x->officer,
                          x->occurrence, x->other };
  const gint64 right[] = { y->start, y->end, y->rule, y->beat, y->hotspot, y->officer,
                           y->occurrence, y->other };

  for (guint i = 0; i < G_N_ELEMENTS (left); i++)
    if (left[i] != right[i])
      return left[i] < right[i] ? -1 : 1;
  return 0;
}

/* Keeps the findings that touch the period, in order. */
static GArray *
settle (HubrotaRota *self, GArray *findings)
{
  guint kept = 0;

  for (guint i = 0; i < findings->len; i++)
    if (in_period (self, &g_array_index (findings, RotaFinding, i)))
      g_array_index (findings, RotaFinding, kept++) = g_array_index (findings, RotaFinding, i);
  g_array_set_size (findings, kept);
  g_array_sort (findings, compare_findings);
  return findings;
}

GArray *
_hubrota_rules_check (HubrotaRota *self)
{
  GArray *out = findings_new ();

  for (guint i = 0; i < self->officers->len; i++)
    check_officer (self, (int) i, out);
  for (guint i = 0; i < self->beats->len; i++)
    check_beat (self, (int) i, out);
  for (guint i = 0; i < self->occurrences->len; i++)
    check_understaffed (self, (int) i, OCCURRENCE (self, i)->officers->len, out);
  return settle (self, out);
}

/* The officer's own findings that putting them on X adds: taking someone off an opening
 * can only remove these. */
static void
officer_would_cause (HubrotaRota *self, const RotaChange *change, GArray *out)
{
  int officer = change->officer, x = change->occurrence;
  GArray *current = OFFICER (self, officer)->assignments;
  g_autoptr(GArray) after = assignments_under (self, officer, change);
  int mondays[2];
  int n = weeks_touched (self, x, mondays);

  for (guint i = 0; i < current->len; i++)
    {
      RotaOccurrence *other = OCCURRENCE (self, INDEX (current, i));
      if (other->start < OCCURRENCE (self, x)->end && other->end > OCCURRENCE (self, x)->start)
        double_booked_pair (self, officer, INDEX (current, i), x, out);
    }
  check_on_leave (self, officer, x, out);
  check_off_duty (self, officer, x, out);
  if (!is_away (self, officer, x))
    return;
  for (int k = 0; k < n; k++)
    {
      RotaFinding before, now;
      if (abstraction_in_week (self, officer, after, mondays[k], &now) &&
          !abstraction_in_week (self, officer, current, mondays[k], &before))
        g_array_append_val (out, now);
    }
}

/* The stretch of the beat's away time, with X in it, that X touches. */
static void
away_cluster (HubrotaRota *self, int beat, int x, gint64 *out_start, gint64 *out_end)
{
  GArray *away = BEAT (self, beat)->away;
  gint64 start = OCCURRENCE (self, x)->start, end = OCCURRENCE (self, x)->end;
  gboolean grew = TRUE;

  while (grew)
    {
      guint low = 0, high = away->len;

      /* No opening is longer than LONGEST_OPENING, so none that starts earlier reaches. */
      while (low < high)
        {
          guint middle = low + (high - low) / 2;
          if (g_array_index (away, RotaAway, middle).start < start - LONGEST_OPENING)
            low = middle + 1;
          else
            high = middle;
        }
      grew = FALSE;
      for (guint i = low; i < away->len && g_array_index (away, RotaAway, i).start <= end; i++)
        {
          RotaAway *entry = &g_array_index (away, RotaAway, i);
          if (entry->end < start || (entry->start >= start && entry->end <= end))
            continue;
          start = MIN (start, entry->start);
          end = MAX (end, entry->end);
          grew = TRUE;
        }
    }
  *out_start = start;
  *out_end = end;
}

static void
beat_would_cause (HubrotaRota *self, const RotaChange *change, GArray *out)
{
  int beat = OFFICER (self, change->officer)->beat;
  RotaOccurrence *x = OCCURRENCE (self, change->occurrence);
  g_autoptr(GArray) before = findings_new ();
  g_autoptr(GArray) after = findings_new ();
  g_autoptr(GArray) added = NULL;
  gint64 start, end;

  away_cluster (self, beat, change->occurrence, &start, &end);
  check_uncovered (self, beat, start, end, NULL, before);
  check_uncovered (self, beat, start, end, change, after);
  added = _hubrota_rules_added (before, after);
  g_array_append_vals (out, added->data, added->len);

  if (BEAT (self, beat)->hotspots->len == 0)
    return;
  for (int day = _hubrota_rota_window_first_day (self, _hubrota_rota_day_of (self, x->start));
       _hubrota_rota_day_start (self, day) < x->end; day += HOTSPOT_WINDOW_DAYS)
    {
      gint64 window_start = _hubrota_rota_day_start (self, day);
      gint64 window_end = _hubrota_rota_day_start (self, day + HOTSPOT_WINDOW_DAYS);
      if (patrol_possible (self, beat, window_start, window_end, NULL) &&
          !patrol_possible (self, beat, window_start, window_end, change))
        add_hotspot_findings (self, beat, window_start, window_end, out);
    }
}

GArray *
_hubrota_rules_would_cause (HubrotaRota      *self,
                            const RotaChange *change)
{
  GArray *out = findings_new ();
  RotaOccurrence *x = OCCURRENCE (self, change->occurrence);

  /* Taking someone off can only add understaffing, and only if the opening has just
   * enough now; putting someone on can only add the officer's and their beat's findings. */
  if (!change->assign && x->officers->len == (guint) x->min_officers)
    check_understaffed (self, change->occurrence, x->officers->len - 1, out);
  if (change->assign)
    officer_would_cause (self, change, out);
  if (change->assign && is_away (self, change->officer, change->occurrence))
    beat_would_cause (self, change, out);
  return settle (self, out);
}

static char *
finding_key (const RotaFinding *f)
{
  return g_strdup_printf ("%d/%d/%d/%d/%d/%d", f->rule, f->officer, f->occurrence, f->other,
                          f->beat, f->hotspot);
}

GArray *
_hubrota_rules_added (const GArray *before,
                      const GArray *after)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_array_unref);
  GArray *added = findings_new ();

  for (guint i = 0; i < before->len; i++)
    {
      const RotaFinding *f = &g_array_index (before, RotaFinding, i);
      char *key = finding_key (f);
      GArray *ranges = g_hash_table_lookup (known, key);

      if (ranges == NULL)
        g_hash_table_insert (known, key, ranges = hubrota_intervals_new ());
      else
        g_free (key);
      g_array_append_val (ranges, ((HubrotaInterval) { f->start, f->end }));
    }
  for (guint i = 0; i < after->len; i++)
    {
      const RotaFinding *f = &g_array_index (after, RotaFinding, i);
      g_autofree char *key = finding_key (f);
      GArray *ranges = g_hash_table_lookup (known, key);
      gboolean covered = FALSE;

      for (guint j = 0; ranges != NULL && j < ranges->len && !covered; j++)
        covered = g_array_index (ranges, HubrotaInterval, j).start <= f->start &&
                  g_array_index (ranges, HubrotaInterval, j).end >= f->end;
      if (!covered)
        g_array_append_val (added, *f);
    }
  return added;
}

void
_hubrota_rules_abstraction (HubrotaRota *self,
                            int          officer,
                            gint64       t,
                            gint64      *out_abstracted,
                            gint64      *out_on_duty)
{
  int monday = _hubrota_rota_week_first_day (self, _hubrota_rota_day_of (self, t));

  *out_abstracted = *out_on_duty = 0;
  if (OFFICER (self, officer)->beat != NONE)
    measure_week (self, officer, OFFICER (self, officer)->assignments, monday, out_abstracted,
                  out_on_duty);
}
