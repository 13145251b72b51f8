/* hubrota-rota-status.c: which openings each finding concerns, and each opening's status
 *
 * A finding concerns the openings it names (both of a double booking) and the openings that
 * cause it: for an abstraction limit, the officer's openings off their beat that week; for a
 * beat left uncovered or a hotspot at risk, the openings off the beat that hold its officers
 * then. The officers so named are the ones a view marks on the opening.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRota"

#include "config.h"

#include "hubrota-opening-status-private.h"
#include "hubrota-rota-private.h"

typedef void (*ConcernedFunc) (int occurrence, int officer, gpointer user_data);

static gboolean
overlaps (RotaOccurrence *x,
          gint64          start,
          gint64          end)
{
  return x->start < end && x->end > start;
}

static void
named_openings (HubrotaRota    *self,
                HubrotaFinding *finding,
                int             officer,
                ConcernedFunc   func,
                gpointer        user_data)
{
  HubrotaOccurrence *named[] = { hubrota_finding_get_occurrence (finding),
                                 hubrota_finding_get_other_occurrence (finding) };

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    {
      int x = named[i] != NULL ? _hubrota_rota_occurrence_index (self, named[i]) : NONE;
      if (x != NONE)
        func (x, officer, user_data);
    }
}

/* The officer's openings off their beat in the finding's week. */
static void
abstracted_openings (HubrotaRota *self,
                     int          officer,
                     gint64       start,
                     gint64       end,
                     ConcernedFunc func,
                     gpointer     user_data)
{
  RotaOfficer *o = OFFICER (self, officer);

  for (guint i = 0; o->beat != NONE && i < o->assignments->len; i++)
    {
      int x = g_array_index (o->assignments, int, i);
      if (OCCURRENCE (self, x)->beat != o->beat && overlaps (OCCURRENCE (self, x), start, end))
        func (x, officer, user_data);
    }
}

/* The openings off the beat that hold its officers during the finding. */
static void
away_openings (HubrotaRota  *self,
               int           beat,
               gint64        start,
               gint64        end,
               ConcernedFunc func,
               gpointer      user_data)
{
  GArray *away = BEAT (self, beat)->away;

  for (guint i = 0; i < away->len && g_array_index (away, RotaAway, i).start < end; i++)
    {
      RotaAway *entry = &g_array_index (away, RotaAway, i);
      if (entry->end > start)
        func (entry->occurrence, entry->officer, user_data);
    }
}

static void
for_each_concerned (HubrotaRota    *self,
                    HubrotaFinding *finding,
                    ConcernedFunc   func,
                    gpointer        user_data)
{
  const char *officer_id = hubrota_finding_get_officer (finding);
  int officer = officer_id != NULL ? _hubrota_rota_officer_index (self, officer_id) : NONE;
  int beat = _hubrota_rota_beat_index (self, hubrota_finding_get_beat (finding));
  gint64 start = g_date_time_to_unix (hubrota_finding_get_start (finding));
  gint64 end = g_date_time_to_unix (hubrota_finding_get_end (finding));

  switch (hubrota_finding_get_rule (finding))
    {
    case HUBROTA_RULE_ABSTRACTION_LIMIT:
      if (officer != NONE)
        abstracted_openings (self, officer, start, end, func, user_data);
      break;
    case HUBROTA_RULE_BEAT_UNCOVERED:
    case HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK:
      if (beat != NONE)
        away_openings (self, beat, start, end, func, user_data);
      break;
    default:
      named_openings (self, finding, officer, func, user_data);
      break;
    }
}

typedef struct
{
  int wanted;
  gboolean found;
} Concerns;

static void
note_if_wanted (int      occurrence,
                int      officer,
                gpointer user_data)
{
  Concerns *concerns = user_data;

  concerns->found |= occurrence == concerns->wanted;
}

gboolean
hubrota_rota_finding_concerns (HubrotaRota       *self,
                               HubrotaFinding    *finding,
                               HubrotaOccurrence *occurrence)
{
  Concerns concerns = { NONE, FALSE };

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_FINDING (finding) && HUBROTA_IS_OCCURRENCE (occurrence), FALSE);

  concerns.wanted = _hubrota_rota_occurrence_index (self, occurrence);
  if (concerns.wanted != NONE)
    for_each_concerned (self, finding, note_if_wanted, &concerns);
  return concerns.found;
}

typedef struct
{
  HubrotaRota *rota;
  HubrotaFinding *finding;
  GPtrArray *statuses;    /* indexed like the rota's occurrences; NULL outside the period */
} Statuses;

static void
add_to_status (int      occurrence,
               int      officer,
               gpointer user_data)
{
  Statuses *all = user_data;
  HubrotaOpeningStatus *status = g_ptr_array_index (all->statuses, occurrence);

  if (status != NULL)
    _hubrota_opening_status_add (status, all->finding,
                                 officer != NONE
                                   ? hubrota_officer_get_id (OFFICER (all->rota, officer)->object)
                                   : NULL);
}

/* Adds each finding to the statuses (indexed like the rota's occurrences, NULL where none is
 * wanted) of the openings it concerns. */
static void
add_findings (HubrotaRota *self,
              GPtrArray   *findings,
              GPtrArray   *statuses)
{
  Statuses all = { self, NULL, statuses };

  for (guint i = 0; i < findings->len; i++)
    {
      all.finding = g_ptr_array_index (findings, i);
      for_each_concerned (self, all.finding, add_to_status, &all);
    }
}

/* A status for each opening of the period (in hubrota_rota_get_occurrences ()'s order), from
 * the findings of hubrota_rota_check (). */
GPtrArray *
hubrota_rota_get_statuses (HubrotaRota *self,
                           GPtrArray   *findings)
{
  g_autoptr(GPtrArray) by_index = NULL;
  GPtrArray *statuses;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (findings != NULL, NULL);

  by_index = g_ptr_array_new_full (self->occurrences->len, NULL);
  g_ptr_array_set_size (by_index, self->occurrences->len);
  statuses = g_ptr_array_new_full (self->public_occurrences->len, g_object_unref);
  for (guint i = 0; i < self->public_occurrences->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (self->public_occurrences, i);
      HubrotaOpeningStatus *status = _hubrota_opening_status_new (occurrence);

      g_ptr_array_add (statuses, status);
      by_index->pdata[_hubrota_rota_occurrence_index (self, occurrence)] = status;
    }
  add_findings (self, findings, by_index);
  return statuses;
}

/* One opening's status, as hubrota_rota_get_statuses () would give it. */
HubrotaOpeningStatus *
hubrota_rota_get_status (HubrotaRota       *self,
                         GPtrArray         *findings,
                         HubrotaOccurrence *occurrence)
{
  g_autoptr(GPtrArray) by_index = NULL;
  HubrotaOpeningStatus *status;
  int index;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (findings != NULL && HUBROTA_IS_OCCURRENCE (occurrence), NULL);

  status = _hubrota_opening_status_new (occurrence);
  index = _hubrota_rota_occurrence_index (self, occurrence);
  if (index == NONE)
    return status;
  by_index = g_ptr_array_new_full (self->occurrences->len, NULL);
  g_ptr_array_set_size (by_index, self->occurrences->len);
  by_index->pdata[index] = status;
  add_findings (self, findings, by_index);
  return status;
}
