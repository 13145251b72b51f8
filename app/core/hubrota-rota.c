/* hubrota-rota.c: a period's rota held in memory
 *
 * The rota is read from the store once; after that, asking what a change would cause,
 * and making it, work on sorted arrays in memory (see hubrota-rules.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRota"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hubrota-duty-private.h"
#include "hubrota-error-private.h"
#include "hubrota-london.h"
#include "hubrota-recurrence.h"
#include "hubrota-rota-private.h"

#define SECONDS_PER_DAY (24 * 60 * 60)
/* Three-day hotspot windows are counted from 00:00 on Monday 1 January 2024, so a window's
 * verdict never depends on the period someone asked about. */
#define WINDOW_EPOCH_YEAR 2024

G_DEFINE_FINAL_TYPE (HubrotaRota, hubrota_rota, G_TYPE_OBJECT)

static void
clear_officer (gpointer data)
{
  RotaOfficer *officer = data;

  g_clear_object (&officer->object);
  g_clear_pointer (&officer->duty, g_array_unref);
  g_clear_pointer (&officer->on_duty, g_array_unref);
  g_clear_pointer (&officer->absences, g_array_unref);
  g_clear_pointer (&officer->assignments, g_array_unref);
}

static void
clear_absence (gpointer data)
{
  g_free (((RotaAbsence *) data)->reason);
}

static void
clear_beat (gpointer data)
{
  RotaBeat *beat = data;

  g_clear_object (&beat->object);
  g_clear_pointer (&beat->officers, g_array_unref);
  g_clear_pointer (&beat->hotspots, g_ptr_array_unref);
  g_clear_pointer (&beat->away, g_array_unref);
}

static void
clear_occurrence (gpointer data)
{
  RotaOccurrence *occurrence = data;

  g_clear_object (&occurrence->object);
  g_clear_pointer (&occurrence->officers, g_array_unref);
}

static void
hubrota_rota_finalize (GObject *object)
{
  HubrotaRota *self = (HubrotaRota *) object;

  g_clear_pointer (&self->day_starts, g_array_unref);
  g_clear_pointer (&self->officers, g_array_unref);
  g_clear_pointer (&self->beats, g_array_unref);
  g_clear_pointer (&self->occurrences, g_array_unref);
  g_clear_pointer (&self->hub_names, g_hash_table_unref);
  g_clear_pointer (&self->officer_index, g_hash_table_unref);
  g_clear_pointer (&self->occurrence_index, g_hash_table_unref);
  g_clear_pointer (&self->public_occurrences, g_ptr_array_unref);

  G_OBJECT_CLASS (hubrota_rota_parent_class)->finalize (object);
}

static void
hubrota_rota_class_init (HubrotaRotaClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_rota_finalize;
}

static void
hubrota_rota_init (HubrotaRota *self)
{
  self->day_starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->officers = g_array_new (FALSE, TRUE, sizeof (RotaOfficer));
  g_array_set_clear_func (self->officers, clear_officer);
  self->beats = g_array_new (FALSE, TRUE, sizeof (RotaBeat));
  g_array_set_clear_func (self->beats, clear_beat);
  self->occurrences = g_array_new (FALSE, TRUE, sizeof (RotaOccurrence));
  g_array_set_clear_func (self->occurrences, clear_occurrence);
  self->hub_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->officer_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->occurrence_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->public_occurrences = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Days */

static gint64
julian_start (guint32 julian)
{
  GDate date;
  g_autoptr(GDateTime) start = NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  start = hubrota_london_start_of_day (&date);
  return g_date_time_to_unix (start);
}

static guint32
julian_of (const GDate *date)
{
  return g_date_get_julian (date);
}

/* The day index (from first_julian) holding t; days before or after the loaded ones are
 * counted in whole days of 24 hours, which only the far edges ever meet. */
int
_hubrota_rota_day_of (HubrotaRota *self,
                      gint64       t)
{
  GArray *starts = self->day_starts;
  guint low = 0, high = starts->len;

  if (t < g_array_index (starts, gint64, 0))
    return -1 - (int) ((g_array_index (starts, gint64, 0) - t - 1) / SECONDS_PER_DAY);
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;
      if (g_array_index (starts, gint64, middle) <= t)
        low = middle;
      else
        high = middle;
    }
  return (int) low;
}

gint64
_hubrota_rota_day_start (HubrotaRota *self,
                         int          day)
{
  if (day >= 0 && (guint) day < self->day_starts->len)
    return g_array_index (self->day_starts, gint64, day);
  return julian_start (self->first_julian + day);
}

int
_hubrota_rota_week_first_day (HubrotaRota *self,
                              int          day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, self->first_julian + day);
  return day - (g_date_get_weekday (&date) - G_DATE_MONDAY);
}

static guint32
window_epoch_julian (void)
{
  GDate epoch;

  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 1, G_DATE_JANUARY, WINDOW_EPOCH_YEAR);
  return g_date_get_julian (&epoch);
}

int
_hubrota_rota_window_first_day (HubrotaRota *self,
                                int          day)
{
  gint64 since = (gint64) self->first_julian + day - window_epoch_julian ();
  gint64 offset = since % HOTSPOT_WINDOW_DAYS;

  if (offset < 0)
    offset += HOTSPOT_WINDOW_DAYS;
  return day - (int) offset;
}

/* Loading */

static void
set_days (HubrotaRota *self, const GDate *from, const GDate *to)
{
  guint32 from_julian = julian_of (from), to_julian = julian_of (to);
  int first, last;

  /* Provisional, so the week and window helpers can work in day indexes. */
  self->first_julian = from_julian;
  first = MIN (_hubrota_rota_week_first_day (self, 0), _hubrota_rota_window_first_day (self, 0));
  last = to_julian - from_julian;
  last = MAX (_hubrota_rota_week_first_day (self, last) + 6,
              _hubrota_rota_window_first_day (self, last) + HOTSPOT_WINDOW_DAYS - 1);
  /* A day either side, for openings and shifts that cross midnight. */
  first -= 1;
  last += 1;

  self->first_julian = from_julian + first;
  for (int day = first; day <= last + 1; day++)
    {
      gint64 start = julian_start (from_julian + day);
      g_array_append_val (self->day_starts, start);
    }
  self->period_start = julian_start (from_julian);
  self->period_end = julian_start (to_julian + 1);
}

static void
first_and_last_day (HubrotaRota *self, GDate *first, GDate *last)
{
  g_date_clear (first, 1);
  g_date_clear (last, 1);
  g_date_set_julian (first, self->first_julian);
  g_date_set_julian (last, self->first_julian + self->day_starts->len - 2);
}

static gboolean
load_beats (HubrotaRota *self, HubrotaStore *store, GHashTable *beat_index, GError **error)
{
  g_autoptr(GPtrArray) beats = hubrota_store_list_beats (store, error);
  g_autoptr(GPtrArray) hotspots = NULL;

  if (beats == NULL || (hotspots = hubrota_store_list_hotspots (store, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < beats->len; i++)
    {
      RotaBeat beat = {
        .object = g_object_ref (g_ptr_array_index (beats, i)),
        .officers = g_array_new (FALSE, FALSE, sizeof (int)),
        .hotspots = g_ptr_array_new_with_free_func (g_object_unref),
        .away = g_array_new (FALSE, FALSE, sizeof (RotaAway)),
      };
      g_array_append_val (self->beats, beat);
      g_hash_table_insert (beat_index, (gpointer) hubrota_beat_get_slug (beat.object),
                           GINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < hotspots->len; i++)
    {
      HubrotaHotspot *hotspot = g_ptr_array_index (hotspots, i);
      int beat = GPOINTER_TO_INT (g_hash_table_lookup (beat_index,
                                                       hubrota_hotspot_get_beat (hotspot))) - 1;
      g_ptr_array_add (g_array_index (self->beats, RotaBeat, beat).hotspots,
                       g_object_ref (hotspot));
    }
  return TRUE;
}

static gboolean
load_officers (HubrotaRota *self, HubrotaStore *store, GHashTable *beat_index, GError **error)
{
  g_autoptr(GPtrArray) officers = hubrota_store_list_officers (store, error);

  if (officers == NULL)
    return FALSE;
  for (guint i = 0; i < officers->len; i++)
    {
      HubrotaOfficer *object = g_ptr_array_index (officers, i);
      const char *beat_slug = hubrota_officer_get_beat (object);
      RotaOfficer officer = {
        .object = g_object_ref (object),
        .beat = beat_slug != NULL
                ? GPOINTER_TO_INT (g_hash_table_lookup (beat_index, beat_slug)) - 1 : NONE,
        .duty = hubrota_intervals_new (),
        .on_duty = hubrota_intervals_new (),
        .absences = g_array_new (FALSE, FALSE, sizeof (RotaAbsence)),
        .assignments = g_array_new (FALSE, FALSE, sizeof (int)),
        .leaves = G_MAXINT64,
      };
      int index = (int) i;

      g_array_set_clear_func (officer.absences, clear_absence);
      g_array_append_val (self->officers, officer);
      g_hash_table_insert (self->officer_index, (gpointer) hubrota_officer_get_id (object),
                           GINT_TO_POINTER (index + 1));
      if (officer.beat != NONE)
        g_array_append_val (g_array_index (self->beats, RotaBeat, officer.beat).officers, index);
    }
  return TRUE;
}

/* The officer's index, or NONE. The table holds index + 1, so that NULL means absent. */
int
_hubrota_rota_officer_index (HubrotaRota *self, const char *id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->officer_index, id)) - 1;
}

static RotaOfficer *
officer_by_id (HubrotaRota *self, const char *id)
{
  int index = _hubrota_rota_officer_index (self, id);

  return index == NONE ? NULL : &g_array_index (self->officers, RotaOfficer, index);
}

/* Expanding every officer's shift patterns is nearly all of a read's time (libical, with ICU
 * behind it, steps through each day), and each pattern is expanded on its own: a share of
 * them per processor, each share in a thread, the results then used in the patterns' order,
 * so the rota is the same as one thread would build. */
typedef struct
{
  GPtrArray *duties;
  guint first;              /* this share: duties first to last - 1 */
  guint last;
  GDateTime *from;
  GDateTime *until;
  GPtrArray **starts;       /* per duty: its starts in the window (GDateTime) */
  GError *error;
} DutyShare;

static gpointer
expand_share (gpointer data)
{
  DutyShare *share = data;

  for (guint i = share->first; i < share->last && share->error == NULL; i++)
    {
      HubrotaDuty *duty = g_ptr_array_index (share->duties, i);
      share->starts[i] = hubrota_recurrence_expand (hubrota_duty_get_start (duty),
                                                    hubrota_duty_get_rrule (duty), share->from,
                                                    share->until, &share->error);
    }
  return NULL;
}

/* Enough patterns per thread that starting one is worth it. */
#define DUTIES_PER_THREAD 64
#define MAX_DUTY_THREADS 8

static gboolean
expand_duties (GPtrArray *duties, GDateTime *from, GDateTime *until, GPtrArray **starts,
               GError **error)
{
  guint n = CLAMP (MIN (g_get_num_processors (), duties->len / DUTIES_PER_THREAD), 1, MAX_DUTY_THREADS);
  DutyShare shares[MAX_DUTY_THREADS];
  GThread *threads[MAX_DUTY_THREADS] = { NULL };

  for (guint t = 0; t < n; t++)
    {
      shares[t] = (DutyShare) { duties, duties->len * t / n, duties->len * (t + 1) / n, from,
                                until, starts, NULL };
      if (t > 0)
        threads[t] = g_thread_new ("hubrota-duty", expand_share, &shares[t]);
    }
  expand_share (&shares[0]);
  for (guint t = 1; t < n; t++)
    g_thread_join (threads[t]);
  for (guint t = 0; t < n; t++)
    if (shares[t].error != NULL)
      {
        g_propagate_error (error, shares[t].error);
        for (guint u = t + 1; u < n; u++)
          g_clear_error (&shares[u].error);
        return FALSE;
      }
  return TRUE;
}

/* A roster by day arithmetic on the rota's own table of local midnights: every shift that
 * starts from the day before the first loaded (a night reaching into it) to the last. */
static void
expand_roster (HubrotaRota *self, HubrotaDuty *roster)
{
  RotaOfficer *officer = officer_by_id (self, hubrota_duty_get_officer (roster));
  HubrotaRosterDays days = {
    self->first_julian, (const gint64 *) (gpointer) self->day_starts->data,
    self->day_starts->len,
  };

  _hubrota_duty_expand_roster_days (roster, self->first_julian - 1,
                                    self->first_julian + self->day_starts->len - 2, &days,
                                    officer->duty);
}

/* Rosters go by day arithmetic; what is left (RRULEs and single shifts) through libical. */
static gboolean
load_duty (HubrotaRota *self, HubrotaStore *store, GError **error)
{
  g_autoptr(GPtrArray) all = hubrota_store_list_duties (store, NULL, error);
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) until = NULL;
  GPtrArray **starts;
  gboolean ok;

  if (all == NULL)
    return FALSE;
  duties = g_ptr_array_new ();
  for (guint i = 0; i < all->len; i++)
    {
      HubrotaDuty *duty = g_ptr_array_index (all, i);
      if (hubrota_duty_is_roster (duty))
        expand_roster (self, duty);
      else
        g_ptr_array_add (duties, duty);
    }
  /* A shift that starts the day before can still reach into the first day. */
  from = g_date_time_new_from_unix_utc (_hubrota_rota_day_start (self, 0) - SECONDS_PER_DAY);
  until = g_date_time_new_from_unix_utc (_hubrota_rota_day_start (self, self->day_starts->len - 1));
  starts = g_new0 (GPtrArray *, duties->len);
  ok = expand_duties (duties, from, until, starts, error);
  for (guint i = 0; i < duties->len; i++)
    {
      HubrotaDuty *duty = g_ptr_array_index (duties, i);
      RotaOfficer *officer = officer_by_id (self, hubrota_duty_get_officer (duty));
      gint64 length = hubrota_duty_get_duration_minutes (duty) * 60;

      for (guint j = 0; ok && starts[i] != NULL && j < starts[i]->len; j++)
        {
          gint64 start = g_date_time_to_unix (g_ptr_array_index (starts[i], j));
          HubrotaInterval shift = { start, start + length };
          g_array_append_val (officer->duty, shift);
        }
      g_clear_pointer (&starts[i], g_ptr_array_unref);
    }
  g_free (starts);
  return ok;
}

static gboolean
load_absences (HubrotaRota *self, HubrotaStore *store, GError **error)
{
  g_autoptr(GPtrArray) absences = hubrota_store_list_absences (store, NULL, error);
  gint64 first = _hubrota_rota_day_start (self, 0);
  gint64 last = _hubrota_rota_day_start (self, self->day_starts->len - 1);

  if (absences == NULL)
    return FALSE;
  for (guint i = 0; i < absences->len; i++)
    {
      HubrotaAbsence *object = g_ptr_array_index (absences, i);
      RotaOfficer *officer = officer_by_id (self, hubrota_absence_get_officer (object));
      RotaAbsence absence = {
        g_date_time_to_unix (hubrota_absence_get_start (object)),
        g_date_time_to_unix (hubrota_absence_get_end (object)),
        NULL,
      };
      if (absence.end <= first || absence.start >= last)
        continue;
      absence.reason = g_strdup (hubrota_absence_get_reason (object));
      g_array_append_val (officer->absences, absence);
    }
  return TRUE;
}

/* From 00:00 on their leaving date an officer is away for good, as if on leave: the checker
 * refuses them (on-leave, "left on …") and they have no duty to count. */
static void
add_leavers (HubrotaRota *self)
{
  gint64 last = _hubrota_rota_day_start (self, self->day_starts->len - 1);

  for (guint i = 0; i < self->officers->len; i++)
    {
      RotaOfficer *officer = OFFICER (self, i);
      const GDate *leaving = hubrota_officer_get_leaving_date (officer->object);
      RotaAbsence absence;
      g_autoptr(GDateTime) day = NULL;
      char *reason;
      guint at = 0;

      if (leaving == NULL)
        continue;
      officer->leaves = julian_start (g_date_get_julian (leaving));
      if (officer->leaves >= last)
        continue;
      day = g_date_time_new_utc (g_date_get_year (leaving), g_date_get_month (leaving),
                                 g_date_get_day (leaving), 0, 0, 0);
      /* Translators: why an officer is away for good, shown in brackets after "is away", as
       * "left on 2 Jan 2027"; a g_date_time_format() layout: %-d the day, %b the month's short
       * name, %Y the year. */
      reason = g_date_time_format (day, _("left on %-d %b %Y"));
      absence = (RotaAbsence) { officer->leaves, MAX (last, officer->leaves + 1), reason };
      while (at < officer->absences->len &&
             g_array_index (officer->absences, RotaAbsence, at).start <= absence.start)
        at++;
      g_array_insert_val (officer->absences, at, absence);
    }
}

/* Duty merged into a set, and on_duty: that set less every absence. */
static void
settle_duty (RotaOfficer *officer)
{
  g_autoptr(GArray) away = hubrota_intervals_new ();

  hubrota_intervals_normalise (officer->duty);
  for (guint i = 0; i < officer->absences->len; i++)
    {
      RotaAbsence *absence = &g_array_index (officer->absences, RotaAbsence, i);
      HubrotaInterval interval = { absence->start, absence->end };
      g_array_append_val (away, interval);
    }
  hubrota_intervals_normalise (away);
  hubrota_intervals_subtract (officer->duty, away, officer->on_duty);
}

static char *
occurrence_key (gint64 series, const GDate *original_date)
{
  g_autofree char *date = hubrota_london_format_date (original_date);

  return g_strdup_printf ("%" G_GINT64_FORMAT "/%s", series, date);
}

static gboolean
load_occurrences (HubrotaRota *self, HubrotaStore *store, GHashTable *beat_index,
                  GError **error)
{
  g_autoptr(GPtrArray) hubs = hubrota_store_list_hubs (store, error);
  g_autoptr(GHashTable) hub_beat = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) occurrences = NULL;
  GDate first, last;

  if (hubs == NULL)
    return FALSE;
  for (guint i = 0; i < hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (hubs, i);
      g_hash_table_insert (hub_beat, (gpointer) hubrota_hub_get_slug (hub),
                           g_hash_table_lookup (beat_index, hubrota_hub_get_beat (hub)));
      g_hash_table_insert (self->hub_names, g_strdup (hubrota_hub_get_slug (hub)),
                           g_strdup (hubrota_hub_get_name (hub)));
    }
  first_and_last_day (self, &first, &last);
  occurrences = hubrota_store_list_occurrences (store, &first, &last, NULL, error);
  if (occurrences == NULL)
    return FALSE;
  for (guint i = 0; i < occurrences->len; i++)
    {
      HubrotaOccurrence *object = g_ptr_array_index (occurrences, i);
      RotaOccurrence occurrence = {
        .object = g_object_ref (object),
        .start = g_date_time_to_unix (hubrota_occurrence_get_start (object)),
        .end = g_date_time_to_unix (hubrota_occurrence_get_end (object)),
        .beat = GPOINTER_TO_INT (g_hash_table_lookup (hub_beat,
                                                      hubrota_occurrence_get_hub (object))) - 1,
        .cancelled = hubrota_occurrence_get_status (object) == HUBROTA_OCCURRENCE_CANCELLED,
        .min_officers = hubrota_occurrence_get_min_officers (object),
        .officers = g_array_new (FALSE, FALSE, sizeof (int)),
      };
      g_array_append_val (self->occurrences, occurrence);
      g_hash_table_insert (self->occurrence_index,
                           occurrence_key (hubrota_occurrence_get_series (object),
                                           hubrota_occurrence_get_original_date (object)),
                           GINT_TO_POINTER (i + 1));
      if (occurrence.start >= self->period_start && occurrence.start < self->period_end)
        g_ptr_array_add (self->public_occurrences, g_object_ref (object));
    }
  return TRUE;
}

/* The store already knows who is on each opening; put them into the indexes. */
static void
load_assignments (HubrotaRota *self)
{
  for (guint i = 0; i < self->occurrences->len; i++)
    {
      RotaOccurrence *occurrence = &g_array_index (self->occurrences, RotaOccurrence, i);
      GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence->object);

      for (guint j = 0; j < assigned->len; j++)
        {
          RotaChange change = {
            _hubrota_rota_officer_index (self, g_ptr_array_index (assigned, j)),
            (int) i, TRUE,
          };
          _hubrota_rota_change (self, &change);
        }
    }
}

HubrotaRota *
hubrota_rota_load (HubrotaStore  *store,
                   const GDate   *from,
                   const GDate   *to,
                   GError       **error)
{
  g_autoptr(HubrotaRota) self = NULL;
  g_autoptr(GHashTable) beat_index = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);

  if (g_date_compare (from, to) > 0)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "%s",
                      _("the period ends before it starts"));
      return NULL;
    }
  self = g_object_new (HUBROTA_TYPE_ROTA, NULL);
  set_days (self, from, to);
  if (!load_beats (self, store, beat_index, error) ||
      !load_officers (self, store, beat_index, error) ||
      !load_duty (self, store, error) ||
      !load_absences (self, store, error) ||
      !load_occurrences (self, store, beat_index, error))
    return NULL;
  add_leavers (self);
  for (guint i = 0; i < self->officers->len; i++)
    settle_duty (&g_array_index (self->officers, RotaOfficer, i));
  load_assignments (self);
  return g_steal_pointer (&self);
}

/* Changes */

static int
occurrence_start_order (HubrotaRota *self, int a, int b)
{
  RotaOccurrence *x = &g_array_index (self->occurrences, RotaOccurrence, a);
  RotaOccurrence *y = &g_array_index (self->occurrences, RotaOccurrence, b);

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (a > b) - (a < b);
}

static void
insert_sorted (HubrotaRota *self, GArray *indexes, int occurrence)
{
  guint at = indexes->len;

  while (at > 0 && occurrence_start_order (self, g_array_index (indexes, int, at - 1),
                                           occurrence) > 0)
    at--;
  g_array_insert_val (indexes, at, occurrence);
}

static void
remove_value (GArray *indexes, int value)
{
  for (guint i = 0; i < indexes->len; i++)
    if (g_array_index (indexes, int, i) == value)
      {
        g_array_remove_index (indexes, i);
        return;
      }
}

static void
change_away (RotaBeat *beat, const RotaChange *change, RotaOccurrence *occurrence)
{
  GArray *away = beat->away;
  guint at = 0;

  if (!change->assign)
    {
      for (guint i = 0; i < away->len; i++)
        {
          RotaAway *entry = &g_array_index (away, RotaAway, i);
          if (entry->officer == change->officer && entry->occurrence == change->occurrence)
            {
              g_array_remove_index (away, i);
              return;
            }
        }
      return;
    }
  while (at < away->len && g_array_index (away, RotaAway, at).start <= occurrence->start)
    at++;
  g_array_insert_val (away, at, ((RotaAway) { occurrence->start, occurrence->end,
                                              change->officer, change->occurrence }));
}

/* Updates every index; the public occurrence's list of officers is left to the caller. */
void
_hubrota_rota_change (HubrotaRota      *self,
                      const RotaChange *change)
{
  RotaOfficer *officer = &g_array_index (self->officers, RotaOfficer, change->officer);
  RotaOccurrence *occurrence = &g_array_index (self->occurrences, RotaOccurrence,
                                               change->occurrence);

  if (change->assign)
    {
      insert_sorted (self, officer->assignments, change->occurrence);
      g_array_append_val (occurrence->officers, change->officer);
    }
  else
    {
      remove_value (officer->assignments, change->occurrence);
      remove_value (occurrence->officers, change->officer);
    }
  if (officer->beat != NONE && officer->beat != occurrence->beat)
    change_away (&g_array_index (self->beats, RotaBeat, officer->beat), change, occurrence);
}

static gboolean
is_assigned (RotaOccurrence *occurrence, int officer)
{
  for (guint i = 0; i < occurrence->officers->len; i++)
    if (g_array_index (occurrence->officers, int, i) == officer)
      return TRUE;
  return FALSE;
}

gboolean
_hubrota_rota_resolve (HubrotaRota       *self,
                       const char        *officer,
                       HubrotaOccurrence *occurrence,
                       gboolean           assign,
                       RotaChange        *out_change,
                       GError           **error)
{
  int officer_index = _hubrota_rota_officer_index (self, officer);
  int index = _hubrota_rota_occurrence_index (self, occurrence);
  RotaOccurrence *found;

  if (officer_index == NONE)
    /* Translators: %s is the officer's id as typed, such as "PC1001" */
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND, _("unknown officer ‘%s’"),
                           officer);
  if (index == NONE)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           /* Translators: %s is the hub's id, such as "kempston-library" */
                           _("that opening of ‘%s’ is outside the period being checked"),
                           hubrota_occurrence_get_hub (occurrence));
  found = &g_array_index (self->occurrences, RotaOccurrence, index);
  if (assign && found->cancelled)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           /* Translators: %s is the hub's id, such as "kempston-library" */
                           _("that opening of ‘%s’ is cancelled and cannot be staffed"),
                           hubrota_occurrence_get_hub (occurrence));
  if (assign == is_assigned (found, officer_index))
    return _hubrota_error (error, assign ? HUBROTA_STORE_ERROR_EXISTS : HUBROTA_STORE_ERROR_NOT_FOUND,
                           /* Translators: the first %s is the officer's id, such as
                            * "PC1001", the second the hub's id, such as "kempston-library" */
                           assign ? _("%s is already on that opening of ‘%s’")
                                  /* Translators: the first %s is the officer's id, such as
                                   * "PC1001", the second the hub's id, such as
                                   * "kempston-library" */
                                  : _("%s is not on that opening of ‘%s’"),
                           officer, hubrota_occurrence_get_hub (occurrence));
  *out_change = (RotaChange) { officer_index, index, assign };
  return TRUE;
}

/* The public API */

GPtrArray *
hubrota_rota_get_occurrences (HubrotaRota *self)
{
  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  return self->public_occurrences;
}

int
_hubrota_rota_occurrence_index (HubrotaRota       *self,
                                HubrotaOccurrence *occurrence)
{
  g_autofree char *key = occurrence_key (hubrota_occurrence_get_series (occurrence),
                                         hubrota_occurrence_get_original_date (occurrence));

  return GPOINTER_TO_INT (g_hash_table_lookup (self->occurrence_index, key)) - 1;
}

HubrotaOccurrence *
hubrota_rota_find_occurrence (HubrotaRota       *self,
                              HubrotaOccurrence *occurrence)
{
  int index;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), NULL);

  index = _hubrota_rota_occurrence_index (self, occurrence);
  return index == NONE ? NULL : g_array_index (self->occurrences, RotaOccurrence, index).object;
}

GPtrArray *
hubrota_rota_check (HubrotaRota *self)
{
  g_autoptr(GArray) findings = NULL;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);

  findings = _hubrota_rules_check (self);
  return _hubrota_rota_describe (self, findings);
}

GPtrArray *
hubrota_rota_would_cause (HubrotaRota        *self,
                          const char         *officer,
                          HubrotaOccurrence  *occurrence,
                          gboolean            assign,
                          GError            **error)
{
  g_autoptr(GArray) findings = NULL;
  RotaChange change;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (officer != NULL && HUBROTA_IS_OCCURRENCE (occurrence), NULL);

  if (!_hubrota_rota_resolve (self, officer, occurrence, assign, &change, error))
    return NULL;
  findings = _hubrota_rules_would_cause (self, &change);
  return _hubrota_rota_describe (self, findings);
}

/* Imagines the changes, checks the whole period before and after, and puts things back. */
GPtrArray *
hubrota_rota_would_cause_many (HubrotaRota        *self,
                               const char         *officer,
                               GPtrArray          *occurrences,
                               gboolean            assign,
                               GError            **error)
{
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (RotaChange));
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) added = NULL;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);

  for (guint i = 0; i < occurrences->len; i++)
    {
      RotaChange change;
      if (!_hubrota_rota_resolve (self, officer, g_ptr_array_index (occurrences, i), assign,
                                  &change, error))
        return NULL;
      g_array_append_val (changes, change);
    }
  before = _hubrota_rules_check (self);
  for (guint i = 0; i < changes->len; i++)
    _hubrota_rota_change (self, &g_array_index (changes, RotaChange, i));
  after = _hubrota_rules_check (self);
  for (guint i = changes->len; i-- > 0;)
    {
      RotaChange undo = g_array_index (changes, RotaChange, i);
      undo.assign = !undo.assign;
      _hubrota_rota_change (self, &undo);
    }
  added = _hubrota_rules_added (before, after);
  return _hubrota_rota_describe (self, added);
}

gboolean
hubrota_rota_apply (HubrotaRota        *self,
                    const char         *officer,
                    HubrotaOccurrence  *occurrence,
                    gboolean            assign,
                    GError            **error)
{
  RotaChange change;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), FALSE);

  if (!_hubrota_rota_resolve (self, officer, occurrence, assign, &change, error))
    return FALSE;
  _hubrota_rota_change (self, &change);
  return TRUE;
}

/* Keeping a loaded rota up to date */

void
_hubrota_rota_get_loaded_days (HubrotaRota *self,
                               GDate       *out_first,
                               GDate       *out_last)
{
  first_and_last_day (self, out_first, out_last);
}

static gboolean
has_officer (GPtrArray *assigned, const char *officer)
{
  for (guint i = 0; i < assigned->len; i++)
    if (g_strcmp0 (g_ptr_array_index (assigned, i), officer) == 0)
      return TRUE;
  return FALSE;
}

/* Puts the officers fresh has on the rota's copy of it, and fresh in the copy's place. */
static gboolean
refresh_one (HubrotaRota *self, HubrotaOccurrence *fresh)
{
  int index = _hubrota_rota_occurrence_index (self, fresh);
  RotaOccurrence *occurrence;
  GPtrArray *assigned = hubrota_occurrence_get_assigned (fresh);
  guint public_index;

  if (index == NONE)
    return FALSE;
  occurrence = OCCURRENCE (self, index);
  if (occurrence->start != g_date_time_to_unix (hubrota_occurrence_get_start (fresh)) ||
      occurrence->end != g_date_time_to_unix (hubrota_occurrence_get_end (fresh)) ||
      occurrence->cancelled != (hubrota_occurrence_get_status (fresh) == HUBROTA_OCCURRENCE_CANCELLED) ||
      occurrence->min_officers != hubrota_occurrence_get_min_officers (fresh))
    return FALSE;
  for (guint i = 0; i < assigned->len; i++)
    if (_hubrota_rota_officer_index (self, g_ptr_array_index (assigned, i)) == NONE)
      return FALSE;

  for (guint i = occurrence->officers->len; i-- > 0;)
    {
      int officer = g_array_index (occurrence->officers, int, i);
      RotaChange change = { officer, index, FALSE };
      if (!has_officer (assigned, hubrota_officer_get_id (OFFICER (self, officer)->object)))
        _hubrota_rota_change (self, &change);
    }
  for (guint i = 0; i < assigned->len; i++)
    {
      RotaChange change = {
        _hubrota_rota_officer_index (self, g_ptr_array_index (assigned, i)), index, TRUE,
      };
      if (!is_assigned (occurrence, change.officer))
        _hubrota_rota_change (self, &change);
    }

  if (g_ptr_array_find (self->public_occurrences, occurrence->object, &public_index))
    {
      g_object_unref (g_ptr_array_index (self->public_occurrences, public_index));
      g_ptr_array_index (self->public_occurrences, public_index) = g_object_ref (fresh);
    }
  g_set_object (&occurrence->object, fresh);
  return TRUE;
}

gboolean
_hubrota_rota_refresh_occurrences (HubrotaRota *self,
                                   GPtrArray   *fresh)
{
  for (guint i = 0; i < fresh->len; i++)
    if (!refresh_one (self, g_ptr_array_index (fresh, i)))
      return FALSE;
  return TRUE;
}
