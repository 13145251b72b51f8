/* hubrota-history.c: rota changes that can be undone and redone
 *
 * Each step keeps the stored rows it changed as they were before and after, so undo and
 * redo put back exactly what was there, each in one transaction: an officer's rows on a
 * series (a whole-series assignment with openings taken out of it included), or the
 * exception rows of the openings a cancel, move or restore touched. Putting an exception
 * back raises the opening's sequence like any other change, so subscribed calendars take
 * the undo too. A one-off opening is undone by deleting its series, keeping its rows for
 * redo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaHistory"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hubrota-history.h"
#include "hubrota-london.h"
#include "hubrota-store-private.h"

typedef struct
{
  char *label;
  /* Officers put on or taken off: HubrotaAssignmentState, one per (officer, series)
   * touched, pairwise */
  GPtrArray *assignments_before;
  GPtrArray *assignments_after;
  /* Openings cancelled, moved or restored: HubrotaExceptionState, pairwise */
  GPtrArray *exceptions_before;
  GPtrArray *exceptions_after;
  /* A one-off opening added; while undone, the rows redo puts back */
  gint64 extra_series;
  HubrotaSeriesRows *extra_rows;
  /* An officer's leaving date set with the assignments: before and after (cleared: none) */
  char *leaver;
  GDate leaving_before;
  GDate leaving_after;
} Step;

struct _HubrotaHistory
{
  GObject parent_instance;

  HubrotaStore *store;
  GPtrArray *undo;   /* Step, the latest last */
  GPtrArray *redo;
};

G_DEFINE_FINAL_TYPE (HubrotaHistory, hubrota_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (Step *step)
{
  g_free (step->label);
  g_free (step->leaver);
  g_clear_pointer (&step->assignments_before, g_ptr_array_unref);
  g_clear_pointer (&step->assignments_after, g_ptr_array_unref);
  g_clear_pointer (&step->exceptions_before, g_ptr_array_unref);
  g_clear_pointer (&step->exceptions_after, g_ptr_array_unref);
  g_clear_pointer (&step->extra_rows, _hubrota_series_rows_free);
  g_free (step);
}

static void
hubrota_history_finalize (GObject *object)
{
  HubrotaHistory *self = (HubrotaHistory *) object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (hubrota_history_parent_class)->finalize (object);
}

static void
hubrota_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HubrotaHistory *self = HUBROTA_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hubrota_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, hubrota_history_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_history_class_init (HubrotaHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hubrota_history_finalize;
  object_class->get_property = hubrota_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hubrota_history_init (HubrotaHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
}

HubrotaHistory *
hubrota_history_new (HubrotaStore *store)
{
  HubrotaHistory *self;

  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);

  self = g_object_new (HUBROTA_TYPE_HISTORY, NULL);
  self->store = g_object_ref (store);
  return self;
}

HubrotaStore *
hubrota_history_get_store (HubrotaHistory *self)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), NULL);
  return self->store;
}

static void
notify_both (HubrotaHistory *self, gboolean could_undo, gboolean could_redo)
{
  if (could_undo != hubrota_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != hubrota_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* "Kempston Library", or the slug when the hub cannot be read. */
static char *
hub_name (HubrotaHistory *self, const char *slug)
{
  g_autoptr(HubrotaHub) hub = hubrota_store_get_hub (self->store, slug, NULL);

  return g_strdup (hub != NULL ? hubrota_hub_get_name (hub) : slug);
}

/* A GDate at 00:00 UTC, for g_date_time_format()'s names of days and months. */
static GDateTime *
date_time_of (const GDate *date)
{
  return g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
}

/* "Sat 5 Dec" */
static char *
describe_day (GDateTime *datetime)
{
  /* Translators: a day in an undo label, as in "Sat 5 Dec"; a g_date_time_format() layout:
   * %a the short day name, %-d the day, %b the short month name */
  return g_date_time_format (datetime, _("%a %-d %b"));
}

/* "Sat 5 Dec 10:00" */
static char *
describe_when (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (datetime, hubrota_london_tz ());
  g_autofree char *day = describe_day (local);
  g_autofree char *clock = hubrota_london_format_clock (local);

  /* Translators: when an opening starts, in an undo label: the first %s is the day, as in
   * "Sat 5 Dec", the second the time, as in "10:00" */
  return g_strdup_printf (C_("day and time", "%s %s"), day, clock);
}

/* "Put Sam Patel on Kempston Library, Sat 5 Dec 10:00": names, as a toast shows them. */
static char *
describe_change (HubrotaHistory *self, const char *officer, HubrotaOccurrence *occurrence,
                 gboolean whole_series, gboolean assign)
{
  g_autoptr(HubrotaOfficer) who = hubrota_store_get_officer (self->store, officer, NULL);
  g_autofree char *name = hub_name (self, hubrota_occurrence_get_hub (occurrence));
  g_autofree char *when = describe_when (hubrota_occurrence_get_start (occurrence));

  const char *person = who != NULL ? hubrota_officer_get_name (who) : officer;

  if (assign && whole_series)
    /* Translators: an undo label: the first %s is the officer's name, as in "Sam Patel", the
     * second the hub's, the third when the opening starts, as in "Sat 5 Dec 10:00" */
    return g_strdup_printf (_("Put %s on every opening of %s, %s"), person, name, when);
  if (assign)
    /* Translators: an undo label: the first %s is the officer's name, as in "Sam Patel", the
     * second the hub's, the third when the opening starts, as in "Sat 5 Dec 10:00" */
    return g_strdup_printf (_("Put %s on %s, %s"), person, name, when);
  if (whole_series)
    /* Translators: an undo label: the first %s is the officer's name, as in "Sam Patel", the
     * second the hub's, the third when the opening starts, as in "Sat 5 Dec 10:00" */
    return g_strdup_printf (_("Took %s off every opening of %s, %s"), person, name, when);
  /* Translators: an undo label: the first %s is the officer's name, as in "Sam Patel", the
   * second the hub's, the third when the opening starts, as in "Sat 5 Dec 10:00" */
  return g_strdup_printf (_("Took %s off %s, %s"), person, name, when);
}

static gboolean
apply_change (HubrotaStore *store, const char *officer, HubrotaOccurrence *occurrence,
              gboolean whole_series, gboolean assign, GError **error)
{
  if (assign)
    return hubrota_store_assign (store, officer, occurrence, whole_series, error);
  return hubrota_store_unassign (store, officer, occurrence, whole_series, error);
}

static Step *
assignment_step (void)
{
  Step *step = g_new0 (Step, 1);

  step->assignments_before = g_ptr_array_new_with_free_func (
    (GDestroyNotify) _hubrota_assignment_state_free);
  step->assignments_after = g_ptr_array_new_with_free_func (
    (GDestroyNotify) _hubrota_assignment_state_free);
  return step;
}

/* Runs the change in one transaction, reading the rows on either side of it. */
static Step *
record_change (HubrotaHistory *self, const char *officer, HubrotaOccurrence *occurrence,
               gboolean whole_series, gboolean assign, GError **error)
{
  gint64 series = hubrota_occurrence_get_series (occurrence);
  g_autoptr(HubrotaAssignmentState) before = NULL;
  g_autoptr(HubrotaAssignmentState) after = NULL;
  Step *step;

  if (!_hubrota_store_begin (self->store, error))
    return NULL;
  if ((before = _hubrota_store_save_assignments (self->store, officer, series, error)) == NULL ||
      !apply_change (self->store, officer, occurrence, whole_series, assign, error) ||
      (after = _hubrota_store_save_assignments (self->store, officer, series, error)) == NULL)
    {
      _hubrota_store_rollback (self->store);
      return NULL;
    }
  if (!_hubrota_store_commit (self->store, error))
    return NULL;
  step = assignment_step ();
  step->label = describe_change (self, officer, occurrence, whole_series, assign);
  g_ptr_array_add (step->assignments_before, g_steal_pointer (&before));
  g_ptr_array_add (step->assignments_after, g_steal_pointer (&after));
  return step;
}

/* Makes a new step the latest, dropping whatever could have been redone. */
static gboolean
push (HubrotaHistory *self, Step *step)
{
  gboolean could_undo = hubrota_history_get_can_undo (self);
  gboolean could_redo = hubrota_history_get_can_redo (self);

  if (step == NULL)
    return FALSE;
  g_ptr_array_add (self->undo, step);
  g_ptr_array_set_size (self->redo, 0);
  notify_both (self, could_undo, could_redo);
  return TRUE;
}

gboolean
hubrota_history_change (HubrotaHistory     *self,
                        const char         *officer,
                        HubrotaOccurrence  *occurrence,
                        gboolean            whole_series,
                        gboolean            assign,
                        GError            **error)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (officer != NULL && HUBROTA_IS_OCCURRENCE (occurrence), FALSE);

  return push (self, record_change (self, officer, occurrence, whole_series, assign, error));
}

/* Saves the rows of each (officer, series) the changes touch, once each and before any is
 * changed, in the caller's transaction. */
static gboolean
save_touched (HubrotaHistory *self, const HubrotaAssignmentChange *changes, guint n_changes,
              GPtrArray *states, GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_changes; i++)
    {
      gint64 series = hubrota_occurrence_get_series (changes[i].occurrence);
      char *key = g_strdup_printf ("%s/%" G_GINT64_FORMAT, changes[i].officer, series);
      HubrotaAssignmentState *state;

      if (!g_hash_table_add (seen, key))
        continue;
      if ((state = _hubrota_store_save_assignments (self->store, changes[i].officer, series,
                                                    error)) == NULL)
        return FALSE;
      g_ptr_array_add (states, state);
    }
  return TRUE;
}

static gboolean
save_after (HubrotaHistory *self, GPtrArray *before, GPtrArray *after, GError **error)
{
  for (guint i = 0; i < before->len; i++)
    {
      HubrotaAssignmentState *was = g_ptr_array_index (before, i);
      HubrotaAssignmentState *is;

      if ((is = _hubrota_store_save_assignments (self->store, was->officer, was->series,
                                                 error)) == NULL)
        return FALSE;
      g_ptr_array_add (after, is);
    }
  return TRUE;
}

static gboolean
apply_many (HubrotaHistory *self, const HubrotaAssignmentChange *changes, guint n_changes,
            GError **error)
{
  for (guint i = 0; i < n_changes; i++)
    if (!apply_change (self->store, changes[i].officer, changes[i].occurrence, FALSE,
                       changes[i].assign, error))
      return FALSE;
  return TRUE;
}

static Step *
record_many (HubrotaHistory *self, const HubrotaAssignmentChange *changes, guint n_changes,
             GError **error)
{
  Step *step = assignment_step ();

  if (!_hubrota_store_begin (self->store, error))
    {
      step_free (step);
      return NULL;
    }
  if (!save_touched (self, changes, n_changes, step->assignments_before, error) ||
      !apply_many (self, changes, n_changes, error) ||
      !save_after (self, step->assignments_before, step->assignments_after, error))
    {
      _hubrota_store_rollback (self->store);
      step_free (step);
      return NULL;
    }
  /* A commit that fails has rolled back already. */
  if (!_hubrota_store_commit (self->store, error))
    {
      step_free (step);
      return NULL;
    }
  return step;
}

gboolean
hubrota_history_change_many (HubrotaHistory                 *self,
                             const char                     *label,
                             const HubrotaAssignmentChange  *changes,
                             guint                           n_changes,
                             GError                        **error)
{
  Step *step;

  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (n_changes == 0 || changes != NULL, FALSE);
  for (guint i = 0; i < n_changes; i++)
    g_return_val_if_fail (changes[i].officer != NULL &&
                          HUBROTA_IS_OCCURRENCE (changes[i].occurrence), FALSE);

  if (n_changes == 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "%s",
                           _("there are no changes to make"));
  if ((step = record_many (self, changes, n_changes, error)) == NULL)
    return FALSE;
  step->label = g_strdup (label);
  return push (self, step);
}

/* The openings a leaver is on from their leaving date, in the caller's transaction. */
static GPtrArray *
leaver_openings (HubrotaHistory *self, const char *officer, const GDate *leaving,
                 GError **error)
{
  GDate last = *leaving;

  g_date_add_days (&last, HUBROTA_LEAVER_HORIZON_DAYS);
  return hubrota_store_list_officer_openings (self->store, officer, leaving, &last, error);
}

static char *
describe_retire (HubrotaHistory *self, const char *officer, const GDate *leaving, guint n)
{
  g_autoptr(HubrotaOfficer) who = hubrota_store_get_officer (self->store, officer, NULL);
  g_autoptr(GDateTime) day = date_time_of (leaving);
  /* Translators: an officer's leaving date, as in "2 Jan 2027"; a g_date_time_format()
   * layout: %-d the day, %b the short month name, %Y the year */
  g_autofree char *date = g_date_time_format (day, _("%-d %b %Y"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: an undo label: the first %s is the
                                        * officer's name, as in "Sam Patel", %u how many
                                        * openings, the second %s their leaving date, as in
                                        * "2 Jan 2027" */
                                       "Took %s off %u opening, leaving %s",
                                       "Took %s off %u openings, leaving %s", n),
                          who != NULL ? hubrota_officer_get_name (who) : officer, n, date);
}

/* Sets the date and takes the officer off; the step (NULL when there was nothing to take
 * them off) in *out_step. */
static gboolean
retire (HubrotaHistory *self, const char *officer, const GDate *leaving, GPtrArray *openings,
        Step **out_step, GError **error)
{
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (HubrotaAssignmentChange));
  g_autoptr(HubrotaOfficer) before = hubrota_store_get_officer (self->store, officer, error);
  const GDate *was;

  *out_step = NULL;
  if (before == NULL || !hubrota_store_set_leaving_date (self->store, officer, leaving, error))
    return FALSE;
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaAssignmentChange change = { officer, g_ptr_array_index (openings, i), FALSE };
      g_array_append_val (changes, change);
    }
  if (changes->len == 0)
    return TRUE;
  if ((*out_step = record_many (self, (HubrotaAssignmentChange *) changes->data, changes->len,
                                error)) == NULL)
    return FALSE;
  /* Undo puts the date back too, or the officer would be back on openings after it. */
  (*out_step)->leaver = g_strdup (officer);
  g_date_clear (&(*out_step)->leaving_before, 1);
  g_date_clear (&(*out_step)->leaving_after, 1);
  if ((was = hubrota_officer_get_leaving_date (before)) != NULL)
    (*out_step)->leaving_before = *was;
  if (leaving != NULL)
    (*out_step)->leaving_after = *leaving;
  return TRUE;
}

gboolean
hubrota_history_retire_officer (HubrotaHistory  *self,
                                const char      *officer,
                                const GDate     *leaving,
                                GPtrArray      **out_taken_off,
                                GError         **error)
{
  g_autoptr(GPtrArray) openings = NULL;
  Step *step = NULL;

  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (officer != NULL, FALSE);
  g_return_val_if_fail (leaving == NULL || g_date_valid (leaving), FALSE);

  if (out_taken_off != NULL)
    *out_taken_off = NULL;
  if (!_hubrota_store_begin (self->store, error))
    return FALSE;
  openings = leaving != NULL ? leaver_openings (self, officer, leaving, error)
                             : g_ptr_array_new_with_free_func (g_object_unref);
  if (openings == NULL || !retire (self, officer, leaving, openings, &step, error))
    return _hubrota_store_fail (self->store);
  if (!_hubrota_store_commit (self->store, error))
    {
      g_clear_pointer (&step, step_free);
      return FALSE;
    }
  if (step != NULL)
    {
      step->label = describe_retire (self, officer, leaving, openings->len);
      push (self, step);
    }
  if (out_taken_off != NULL)
    *out_taken_off = g_steal_pointer (&openings);
  return TRUE;
}

static gboolean
load_assignments (HubrotaHistory *self, GPtrArray *states, GError **error)
{
  for (guint i = 0; i < states->len; i++)
    if (!_hubrota_store_load_assignments (self->store, g_ptr_array_index (states, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
load_exceptions (HubrotaHistory *self, GPtrArray *states, GError **error)
{
  for (guint i = 0; i < states->len; i++)
    if (!_hubrota_store_load_exception (self->store, g_ptr_array_index (states, i), error))
      return FALSE;
  return TRUE;
}

/* Writes what the step had before (undo) or after (redo), in the caller's transaction. An
 * extra opening undone hands back its rows in deleted. */
static gboolean
apply_step (HubrotaHistory *self, Step *step, gboolean backwards, HubrotaSeriesRows **deleted,
            GError **error)
{
  const GDate *leaving = backwards ? &step->leaving_before : &step->leaving_after;

  if (step->leaver != NULL &&
      !hubrota_store_set_leaving_date (self->store, step->leaver,
                                       g_date_valid (leaving) ? leaving : NULL, error))
    return FALSE;
  if (step->assignments_before != NULL)
    return load_assignments (self, backwards ? step->assignments_before
                                             : step->assignments_after, error);
  if (step->exceptions_before != NULL)
    return load_exceptions (self, backwards ? step->exceptions_before : step->exceptions_after,
                            error);
  g_assert (step->extra_series != 0);
  if (!backwards)
    return _hubrota_store_put_back_series (self->store, step->extra_rows, error);
  *deleted = _hubrota_store_delete_series (self->store, step->extra_series, error);
  return *deleted != NULL;
}

static gboolean
put_back (HubrotaHistory *self, Step *step, gboolean backwards, GError **error)
{
  g_autoptr(HubrotaSeriesRows) deleted = NULL;

  if (!_hubrota_store_begin (self->store, error))
    return FALSE;
  if (!apply_step (self, step, backwards, &deleted, error))
    return _hubrota_store_fail (self->store);
  if (!_hubrota_store_commit (self->store, error))
    return FALSE;
  if (step->extra_series != 0)
    {
      g_clear_pointer (&step->extra_rows, _hubrota_series_rows_free);
      step->extra_rows = g_steal_pointer (&deleted);
    }
  return TRUE;
}

/* Moves the latest step of from onto to, putting the store back to its before (undo) or
 * after (redo) rows. */
static gboolean
travel (HubrotaHistory *self, GPtrArray *from, GPtrArray *to, gboolean backwards, GError **error)
{
  gboolean could_undo = hubrota_history_get_can_undo (self);
  gboolean could_redo = hubrota_history_get_can_redo (self);
  g_autoptr(GError) local_error = NULL;
  Step *step;

  if (from->len == 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND, "%s",
                           backwards ? _("there is nothing to undo")
                                     : _("there is nothing to redo"));
  step = g_ptr_array_index (from, from->len - 1);
  if (!put_back (self, step, backwards, &local_error))
    {
      /* Its opening times were removed since (the schedule editor does not go through the
       * history): the step can never be taken, so it goes rather than block those under it. */
      if (g_error_matches (local_error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND))
        {
          g_ptr_array_remove_index (from, from->len - 1);
          notify_both (self, could_undo, could_redo);
          char *message = g_strdup_printf (backwards
                                           /* Translators: %s says why, as in "no opening 12
                                            * of ‘kempston-library’" */
                                           ? _("this change can no longer be undone: %s")
                                           /* Translators: %s says why, as in "no opening 12
                                            * of ‘kempston-library’" */
                                           : _("this change can no longer be redone: %s"),
                                           local_error->message);

          g_free (local_error->message);
          local_error->message = message;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  notify_both (self, could_undo, could_redo);
  return TRUE;
}

gboolean
hubrota_history_undo (HubrotaHistory  *self,
                      GError         **error)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  return travel (self, self->undo, self->redo, TRUE, error);
}

gboolean
hubrota_history_redo (HubrotaHistory  *self,
                      GError         **error)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  return travel (self, self->redo, self->undo, FALSE, error);
}

gboolean
hubrota_history_get_can_undo (HubrotaHistory *self)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
hubrota_history_get_can_redo (HubrotaHistory *self)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

static const char *
latest_label (GPtrArray *steps)
{
  return steps->len > 0 ? ((Step *) g_ptr_array_index (steps, steps->len - 1))->label : NULL;
}

const char *
hubrota_history_get_undo_label (HubrotaHistory *self)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), NULL);
  return latest_label (self->undo);
}

/* The one series every officer of the step was put on or taken off, or 0 when there are
 * several (the workspace then reads the period again). */
static gint64
latest_series (GPtrArray *steps)
{
  Step *step = steps->len > 0 ? g_ptr_array_index (steps, steps->len - 1) : NULL;
  gint64 series;

  if (step == NULL || step->assignments_before == NULL || step->assignments_before->len == 0)
    return 0;
  series = ((HubrotaAssignmentState *) g_ptr_array_index (step->assignments_before, 0))->series;
  for (guint i = 1; i < step->assignments_before->len; i++)
    if (((HubrotaAssignmentState *) g_ptr_array_index (step->assignments_before, i))->series
        != series)
      return 0;
  return series;
}

gint64
hubrota_history_get_undo_series (HubrotaHistory *self)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), 0);
  return latest_series (self->undo);
}

gint64
hubrota_history_get_redo_series (HubrotaHistory *self)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), 0);
  return latest_series (self->redo);
}

const char *
hubrota_history_get_redo_label (HubrotaHistory *self)
{
  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), NULL);
  return latest_label (self->redo);
}

/* Cancelling, moving and restoring openings, and one-off openings */

typedef gboolean (*EditException) (HubrotaExceptionState *state, gconstpointer data,
                                   GError **error);

typedef enum
{
  OPENING_CANCEL,
  OPENING_RESTORE,
} OpeningEdit;

/* "Cancel Kempston Library, Sat 5 Dec 10:00" */
static char *
describe_opening (HubrotaHistory *self, OpeningEdit edit, HubrotaOccurrence *occurrence)
{
  g_autofree char *name = hub_name (self, hubrota_occurrence_get_hub (occurrence));
  g_autofree char *when = describe_when (hubrota_occurrence_get_start (occurrence));

  if (edit == OPENING_CANCEL)
    /* Translators: an undo label: the first %s is the hub's name, the second when the
     * opening starts, as in "Sat 5 Dec 10:00" */
    return g_strdup_printf (_("Cancel %s, %s"), name, when);
  /* Translators: an undo label: the first %s is the hub's name, the second when the opening
   * starts, as in "Sat 5 Dec 10:00" */
  return g_strdup_printf (_("Restore %s, %s"), name, when);
}

/* Edits the exception rows of the openings, in the caller's transaction; the step keeps
 * each row as it was before and after. */
static Step *
edit_exceptions (HubrotaHistory *self, GPtrArray *openings, EditException edit,
                 gconstpointer data, GError **error)
{
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (
    (GDestroyNotify) _hubrota_exception_state_free);
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func (
    (GDestroyNotify) _hubrota_exception_state_free);
  Step *step;

  for (guint i = 0; i < openings->len; i++)
    {
      g_autoptr(HubrotaExceptionState) was = NULL;
      g_autoptr(HubrotaExceptionState) is = NULL;

      if ((was = _hubrota_store_save_exception (self->store, g_ptr_array_index (openings, i),
                                                error)) == NULL)
        return NULL;
      is = _hubrota_exception_state_copy (was);
      if (!edit (is, data, error) || !_hubrota_store_load_exception (self->store, is, error))
        return NULL;
      g_ptr_array_add (before, g_steal_pointer (&was));
      g_ptr_array_add (after, g_steal_pointer (&is));
    }
  step = g_new0 (Step, 1);
  step->exceptions_before = g_steal_pointer (&before);
  step->exceptions_after = g_steal_pointer (&after);
  return step;
}

/* One opening's edit in a transaction of its own. */
static Step *
edit_one (HubrotaHistory *self, HubrotaOccurrence *occurrence, EditException edit,
          gconstpointer data, GError **error)
{
  g_autoptr(GPtrArray) openings = g_ptr_array_new ();
  Step *step;

  g_ptr_array_add (openings, occurrence);
  if (!_hubrota_store_begin (self->store, error))
    return NULL;
  if ((step = edit_exceptions (self, openings, edit, data, error)) == NULL)
    {
      _hubrota_store_rollback (self->store);
      return NULL;
    }
  if (!_hubrota_store_commit (self->store, error))
    {
      step_free (step);
      return NULL;
    }
  return step;
}

static gboolean
edit_cancel (HubrotaExceptionState *state, gconstpointer data, GError **error)
{
  state->cancelled = TRUE;
  g_free (state->reason);
  state->reason = g_strdup (data);
  return TRUE;
}

gboolean
hubrota_history_cancel (HubrotaHistory     *self,
                        HubrotaOccurrence  *occurrence,
                        const char         *reason,
                        GError            **error)
{
  Step *step;

  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), FALSE);

  if (!_hubrota_store_check_reason (reason, error) ||
      (step = edit_one (self, occurrence, edit_cancel, reason, error)) == NULL)
    return FALSE;
  step->label = describe_opening (self, OPENING_CANCEL, occurrence);
  return push (self, step);
}

static gboolean
named_before (const char * const *hubs, guint index)
{
  for (guint i = 0; i < index; i++)
    if (g_str_equal (hubs[i], hubs[index]))
      return TRUE;
  return FALSE;
}

/* The not-yet-cancelled openings of the hubs in the period, or NULL with an error. */
static GPtrArray *
openings_to_cancel (HubrotaHistory *self, const char * const *hubs, const GDate *from,
                    const GDate *to, GError **error)
{
  g_autoptr(GPtrArray) openings = g_ptr_array_new_with_free_func (g_object_unref);

  if (hubs == NULL || hubs[0] == NULL)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "%s",
                      _("choose at least one hub to close"));
      return NULL;
    }
  for (guint i = 0; hubs[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) found = NULL;

      if (named_before (hubs, i))
        continue;
      if (!_hubrota_store_hub_exists (self->store, hubs[i], error) ||
          (found = hubrota_store_list_occurrences (self->store, from, to, hubs[i], error)) == NULL)
        return NULL;
      for (guint j = 0; j < found->len; j++)
        {
          HubrotaOccurrence *occurrence = g_ptr_array_index (found, j);
          if (hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_SCHEDULED)
            g_ptr_array_add (openings, g_object_ref (occurrence));
        }
    }
  if (openings->len == 0)
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND, "%s",
                      _("there are no openings to cancel in that period"));
      return NULL;
    }
  return g_steal_pointer (&openings);
}

/* "Cancel 7 openings at Kempston Library, Thu 24 Dec – Sat 2 Jan" */
static char *
describe_range (HubrotaHistory *self, const char * const *hubs, const GDate *from,
                const GDate *to, guint cancelled)
{
  g_autofree char *where = NULL;
  g_autoptr(GDateTime) from_day = date_time_of (from);
  g_autoptr(GDateTime) to_day = date_time_of (to);
  g_autofree char *first = describe_day (from_day);
  g_autofree char *last = describe_day (to_day);
  guint n = 0;

  for (guint i = 0; hubs[i] != NULL; i++)
    n += named_before (hubs, i) ? 0 : 1;
  where = n == 1 ? hub_name (self, hubs[0])
                 /* Translators: how many hubs are closed, put into "Cancel 7 openings at %s" */
                 : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hub", "%u hubs", n), n);
  if (g_date_compare (from, to) == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: an undo label: %u is how many
                                          * openings, the first %s the hub's name or "2 hubs",
                                          * the second the day, as in "Thu 24 Dec" */
                                         "Cancel %u opening at %s, %s",
                                         "Cancel %u openings at %s, %s", cancelled),
                            cancelled, where, first);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: an undo label: %u is how many openings,
                                        * the first %s the hub's name or "2 hubs", the second
                                        * and third the first and last days, as in "Thu 24 Dec"
                                        * and "Sat 2 Jan" */
                                       "Cancel %u opening at %s, %s – %s",
                                       "Cancel %u openings at %s, %s – %s", cancelled),
                          cancelled, where, first, last);
}

static Step *
cancel_range (HubrotaHistory *self, const char * const *hubs, const GDate *from,
              const GDate *to, const char *reason, GError **error)
{
  g_autoptr(GPtrArray) openings = NULL;
  Step *step;

  if (!_hubrota_store_check_reason (reason, error) || !_hubrota_store_begin (self->store, error))
    return NULL;
  if ((openings = openings_to_cancel (self, hubs, from, to, error)) == NULL ||
      (step = edit_exceptions (self, openings, edit_cancel, reason, error)) == NULL)
    {
      _hubrota_store_rollback (self->store);
      return NULL;
    }
  if (!_hubrota_store_commit (self->store, error))
    {
      step_free (step);
      return NULL;
    }
  return step;
}

gboolean
hubrota_history_cancel_range (HubrotaHistory      *self,
                              const char * const  *hubs,
                              const GDate         *from,
                              const GDate         *to,
                              const char          *reason,
                              guint               *out_cancelled,
                              GError             **error)
{
  Step *step;
  guint cancelled;

  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (from != NULL && g_date_valid (from), FALSE);
  g_return_val_if_fail (to != NULL && g_date_valid (to), FALSE);

  if ((step = cancel_range (self, hubs, from, to, reason, error)) == NULL)
    return FALSE;
  cancelled = step->exceptions_after->len;
  step->label = describe_range (self, hubs, from, to, cancelled);
  if (out_cancelled != NULL)
    *out_cancelled = cancelled;
  return push (self, step);
}

typedef struct
{
  char *start;
  int minutes;
} Move;

static gboolean
edit_move (HubrotaExceptionState *state, gconstpointer data, GError **error)
{
  const Move *move = data;

  g_free (state->moved_start);
  state->moved_start = g_strdup (move->start);
  state->moved_minutes = move->minutes;
  return TRUE;
}

gboolean
hubrota_history_move (HubrotaHistory     *self,
                      HubrotaOccurrence  *occurrence,
                      GDateTime          *new_start,
                      int                 duration_minutes,
                      GError            **error)
{
  GTimeSpan length;
  g_autofree char *name = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *start = NULL;
  Move move;
  Step *step;

  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence) && new_start != NULL, FALSE);

  /* 0 keeps the length the opening has now, as hubrota_store_move_occurrence does. */
  length = g_date_time_difference (hubrota_occurrence_get_end (occurrence),
                                   hubrota_occurrence_get_start (occurrence));
  if (duration_minutes < 0 || duration_minutes > 24 * 60)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "%s",
                           _("an opening must last between 1 minute and 24 hours"));
  start = hubrota_london_format_local (new_start);
  move.start = start;
  move.minutes = duration_minutes != 0 ? duration_minutes : (int) (length / G_TIME_SPAN_MINUTE);
  if ((step = edit_one (self, occurrence, edit_move, &move, error)) == NULL)
    return FALSE;
  name = hub_name (self, hubrota_occurrence_get_hub (occurrence));
  from = describe_when (hubrota_occurrence_get_start (occurrence));
  to = describe_when (new_start);
  /* Translators: an undo label: the first %s is the hub's name, the second when the opening
   * started, the third when it starts now, as in "Sat 12 Dec 10:00" and "Sun 13 Dec 11:00" */
  step->label = g_strdup_printf (_("Move %s, %s to %s"), name, from, to);
  return push (self, step);
}

static gboolean
edit_restore (HubrotaExceptionState *state, gconstpointer data, GError **error)
{
  if (!state->cancelled && state->moved_start == NULL)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           /* Translators: %s is the opening's date, as in "2026-12-05" */
                           _("the opening of %s is neither cancelled nor moved"),
                           state->original_date);
  state->cancelled = FALSE;
  g_clear_pointer (&state->reason, g_free);
  g_clear_pointer (&state->moved_start, g_free);
  state->moved_minutes = 0;
  return TRUE;
}

gboolean
hubrota_history_restore (HubrotaHistory     *self,
                         HubrotaOccurrence  *occurrence,
                         GError            **error)
{
  Step *step;

  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), FALSE);

  if ((step = edit_one (self, occurrence, edit_restore, NULL, error)) == NULL)
    return FALSE;
  step->label = describe_opening (self, OPENING_RESTORE, occurrence);
  return push (self, step);
}

gint64
hubrota_history_add_extra (HubrotaHistory  *self,
                           const char      *hub,
                           GDateTime       *start,
                           int              duration_minutes,
                           int              min_officers,
                           GError         **error)
{
  g_autoptr(HubrotaSeries) series = NULL;
  g_autofree char *name = NULL;
  g_autofree char *when = NULL;
  Step *step;
  gint64 id;

  g_return_val_if_fail (HUBROTA_IS_HISTORY (self), 0);
  g_return_val_if_fail (hub != NULL && start != NULL, 0);

  series = hubrota_series_new (hub, start, duration_minutes, NULL);
  hubrota_series_set_min_officers (series, min_officers);
  if ((id = hubrota_store_add_series (self->store, series, error)) == 0)
    return 0;
  name = hub_name (self, hub);
  when = describe_when (start);
  step = g_new0 (Step, 1);
  step->extra_series = id;
  /* Translators: an undo label: the first %s is the hub's name, the second when the opening
   * starts, as in "Tue 15 Dec 18:00" */
  step->label = g_strdup_printf (_("Add an opening at %s, %s"), name, when);
  push (self, step);
  return id;
}
