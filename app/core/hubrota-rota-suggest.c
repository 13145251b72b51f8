/* hubrota-rota-suggest.c: who should staff an opening, best first
 *
 * Officers are ranked: first those whose assignment would add no error, and among them those
 * who would add no warning either; then those whose home beat is the hub's (no abstraction);
 * then the least abstracted so far that week; then the fewest hub hours in the period, so hub
 * work is shared fairly. An officer who has left by the opening is no candidate at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRota"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hubrota-candidate-private.h"

typedef struct
{
  int officer;
  guint errors;
  gboolean home;
  double abstraction;     /* percent of this week's duty, so far */
  double abstraction_after; /* with the opening */
  gint64 hub_seconds;     /* in the period, so far */
  GArray *findings;       /* RotaFinding */
} Ranking;

static void
clear_ranking (gpointer data)
{
  g_clear_pointer (&((Ranking *) data)->findings, g_array_unref);
}

static gint64
hub_seconds (HubrotaRota *self, int officer)
{
  GArray *assignments = OFFICER (self, officer)->assignments;
  gint64 total = 0;

  for (guint i = 0; i < assignments->len; i++)
    {
      RotaOccurrence *x = OCCURRENCE (self, g_array_index (assignments, int, i));
      gint64 start = MAX (x->start, self->period_start), end = MIN (x->end, self->period_end);
      total += MAX (0, end - start);
    }
  return total;
}

static double
percent (gint64 abstracted, gint64 on_duty)
{
  if (abstracted == 0)
    return 0;
  return on_duty > 0 ? 100.0 * abstracted / on_duty : 100.0;
}

static Ranking
rank (HubrotaRota *self, int officer, int occurrence, RotaCover *cover)
{
  RotaChange change = { officer, occurrence, TRUE };
  Ranking ranking = { officer, 0, FALSE, 0, 0, 0,
                      _hubrota_rules_would_cause_with (self, &change, cover) };
  int beat = OFFICER (self, officer)->beat;
  gint64 abstracted, on_duty;

  for (guint i = 0; i < ranking.findings->len; i++)
    if (hubrota_rule_get_severity (g_array_index (ranking.findings, RotaFinding, i).rule) ==
        HUBROTA_SEVERITY_ERROR)
      ranking.errors++;
  ranking.home = beat != NONE && beat == OCCURRENCE (self, occurrence)->beat;
  _hubrota_rules_abstraction (self, officer, OCCURRENCE (self, occurrence)->start, &abstracted,
                              &on_duty);
  ranking.abstraction = percent (abstracted, on_duty);
  _hubrota_rules_abstraction_after (self, &change, &abstracted, &on_duty);
  ranking.abstraction_after = percent (abstracted, on_duty);
  ranking.hub_seconds = hub_seconds (self, officer);
  return ranking;
}

static int
compare_rankings (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const Ranking *x = a, *y = b;
  HubrotaRota *self = user_data;

  if ((x->errors == 0) != (y->errors == 0))
    return x->errors == 0 ? -1 : 1;
  /* Among those, one who breaks nothing before one who would only cause warnings. */
  if ((x->findings->len == 0) != (y->findings->len == 0))
    return x->findings->len == 0 ? -1 : 1;
  if (x->home != y->home)
    return x->home ? -1 : 1;
  if (x->abstraction != y->abstraction)
    return x->abstraction < y->abstraction ? -1 : 1;
  if (x->hub_seconds != y->hub_seconds)
    return x->hub_seconds < y->hub_seconds ? -1 : 1;
  return g_strcmp0 (hubrota_officer_get_id (OFFICER (self, x->officer)->object),
                    hubrota_officer_get_id (OFFICER (self, y->officer)->object));
}

static char *
describe_errors (const Ranking *ranking)
{
  if (ranking->errors == 0 && ranking->findings->len == 0)
    /* Translators: why an officer is suggested for an opening, said of the officer */
    return g_strdup (_("breaks no rule"));
  if (ranking->errors == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: said of an officer suggested for an
                                          * opening; the number is how many warnings putting them
                                          * on it would cause */
                                         "breaks no rule that is an error (%u warning)",
                                         "breaks no rule that is an error (%u warnings)",
                                         ranking->findings->len),
                            ranking->findings->len);
  /* Translators: said of an officer suggested for an opening; the number is how many errors
   * putting them on it would cause */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "would cause %u error",
                                       "would cause %u errors", ranking->errors),
                          ranking->errors);
}

static char *
describe_home (HubrotaRota *self, const Ranking *ranking, int occurrence)
{
  int beat = OFFICER (self, ranking->officer)->beat;
  int hub_beat = OCCURRENCE (self, occurrence)->beat;

  if (ranking->home)
    /* Translators: said of an officer suggested for an opening; %s is a beat's name */
    return g_strdup_printf (_("works on %s, the hub’s own beat, so no abstraction"),
                            hubrota_beat_get_name (BEAT (self, beat)->object));
  if (beat == NONE)
    /* Translators: said of an officer suggested for an opening */
    return g_strdup (_("has no home beat, so no abstraction"));
  /* Translators: said of an officer suggested for an opening: the first %s is the name of
   * their beat, the second the name of the hub's beat */
  return g_strdup_printf (_("home beat is %s, so time at a hub in %s counts as abstraction"),
                          hubrota_beat_get_name (BEAT (self, beat)->object),
                          hubrota_beat_get_name (BEAT (self, hub_beat)->object));
}

static GPtrArray *
reasons_for (HubrotaRota *self, const Ranking *ranking, int occurrence)
{
  GPtrArray *reasons = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (reasons, describe_errors (ranking));
  g_ptr_array_add (reasons, describe_home (self, ranking, occurrence));
  if (OFFICER (self, ranking->officer)->beat != NONE)
    /* Translators: said of an officer suggested for an opening; %.1f%% is a share of their
     * time on duty, as in "12.5%" */
    g_ptr_array_add (reasons, g_strdup_printf (_("abstraction so far this week: %.1f%%"),
                                               ranking->abstraction));
  /* Translators: said of an officer suggested for an opening; %.1f h is hours, as in "7.5 h" */
  g_ptr_array_add (reasons, g_strdup_printf (_("hub time so far in the period: %.1f h"),
                                             ranking->hub_seconds / 3600.0));
  return reasons;
}

static HubrotaCandidate *
make_candidate (HubrotaRota *self, const Ranking *ranking, int occurrence)
{
  RotaOfficer *officer = OFFICER (self, ranking->officer);
  g_autoptr(GPtrArray) reasons = reasons_for (self, ranking, occurrence);
  HubrotaBeat *beat = officer->beat != NONE ? BEAT (self, officer->beat)->object : NULL;
  CandidateFigures figures = {
    .errors = ranking->errors,
    .hub_hours = ranking->hub_seconds / 3600.0,
    .abstraction = beat != NULL ? ranking->abstraction : -1,
    .abstraction_after = beat != NULL ? ranking->abstraction_after : -1,
    .abstraction_limit = beat != NULL ? hubrota_beat_get_abstraction_limit (beat) : -1,
    .home = ranking->home,
  };

  return _hubrota_candidate_new (officer->object, self, ranking->findings, reasons, &figures);
}

GPtrArray *
hubrota_rota_suggest (HubrotaRota        *self,
                      HubrotaOccurrence  *occurrence,
                      GError            **error)
{
  g_autoptr(GArray) rankings = g_array_new (FALSE, FALSE, sizeof (Ranking));
  RotaCover *cover = NULL;
  GPtrArray *candidates;
  int x = NONE;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), NULL);

  g_array_set_clear_func (rankings, clear_ranking);
  for (guint i = 0; i < self->officers->len; i++)
    {
      RotaChange change;
      g_autoptr(GError) local_error = NULL;
      Ranking ranking;

      if (!_hubrota_rota_resolve (self, hubrota_officer_get_id (OFFICER (self, i)->object),
                                  occurrence, TRUE, &change, &local_error))
        {
          /* Already on it: not a candidate. Anything else is wrong with the opening. */
          if (g_error_matches (local_error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_EXISTS))
            continue;
          g_propagate_error (error, g_steal_pointer (&local_error));
          g_clear_pointer (&cover, _hubrota_rules_cover_free);
          return NULL;
        }
      x = change.occurrence;
      /* A leaver is gone from every opening from their leaving date on. */
      if (OFFICER (self, i)->leaves <= OCCURRENCE (self, x)->start)
        continue;
      /* Every beat's cover around the opening, worked out once for all its officers. */
      if (cover == NULL)
        cover = _hubrota_rules_cover_new (self, x);
      ranking = rank (self, (int) i, x, cover);
      g_array_append_val (rankings, ranking);
    }
  g_clear_pointer (&cover, _hubrota_rules_cover_free);
  g_array_sort_with_data (rankings, compare_rankings, self);

  candidates = g_ptr_array_new_full (rankings->len, g_object_unref);
  for (guint i = 0; i < rankings->len; i++)
    g_ptr_array_add (candidates, make_candidate (self, &g_array_index (rankings, Ranking, i), x));
  return candidates;
}

static void
suggest_in_thread (GTask        *task,
                   gpointer      source,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *candidates = hubrota_rota_suggest (source, task_data, &error);

  if (candidates == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, candidates, (GDestroyNotify) g_ptr_array_unref);
}

/* Ranks in a worker thread. The rota is only read there, so it must not change until the
 * callback runs; a window that replaces its rota on every change, as Hubrota's does, is safe. */
void
hubrota_rota_suggest_async (HubrotaRota         *self,
                            HubrotaOccurrence   *occurrence,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HUBROTA_IS_ROTA (self));
  g_return_if_fail (HUBROTA_IS_OCCURRENCE (occurrence));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hubrota_rota_suggest_async);
  g_task_set_task_data (task, g_object_ref (occurrence), g_object_unref);
  /* Cancelled (another opening asked for): the result is dropped, never shown. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, suggest_in_thread);
}

GPtrArray *
hubrota_rota_suggest_finish (HubrotaRota   *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
