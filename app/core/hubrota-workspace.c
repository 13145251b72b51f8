/* hubrota-workspace.c: the rota being worked on, kept live as it changes
 *
 * The workspace owns the store, the undo history and the rota of one period, and shows the
 * period as two list models: each opening's status and the findings. Every change goes
 * through here in one transaction, with the rules checked inside it. An officer put on or
 * taken off (and the undo or redo of that) is applied to the rota in memory: the store's
 * fresh copies of the series' openings replace the rota's, the period is checked again in
 * memory, and each model is brought to the new list by a merge of the two sorted lists, so
 * it emits items-changed only for the items that differ. Other changes read the period
 * again in a thread and are merged the same way.
 *
 * The rota is read by another connection than the store's, so a change first asks SQLite
 * whether another connection has committed since (PRAGMA data_version, inside the write
 * lock); if so, or if a read is still under way, it reads the rota again there and then.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaWorkspace"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hubrota-error-private.h"
#include "hubrota-london.h"
#include "hubrota-proposal.h"
#include "hubrota-rota-private.h"
#include "hubrota-store-private.h"
#include "hubrota-workspace-private.h"

/* A list store kept equal to a list sorted by key, each item with a digest of what it shows. */
typedef struct
{
  GListStore *store;
  GPtrArray *keys;     /* char *, one per item */
  GPtrArray *digests;  /* char * */
} LiveList;

struct _HubrotaWorkspace
{
  GObject parent_instance;

  HubrotaStore *store;
  HubrotaHistory *history;
  HubrotaRota *rota;
  GDate first;          /* the period the models hold */
  GDate last;
  int data_version;     /* the store's, when the rota's read began */
  GCancellable *reading;
  GDate reading_first;  /* the period being read */
  GDate reading_last;

  LiveList statuses;
  LiveList findings;
};

G_DEFINE_FINAL_TYPE (HubrotaWorkspace, hubrota_workspace, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROTA,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Live lists */

static void
live_list_init (LiveList *list, GType type)
{
  list->store = g_list_store_new (type);
  list->keys = g_ptr_array_new_with_free_func (g_free);
  list->digests = g_ptr_array_new_with_free_func (g_free);
}

static void
live_list_clear (LiveList *list)
{
  g_clear_object (&list->store);
  g_clear_pointer (&list->keys, g_ptr_array_unref);
  g_clear_pointer (&list->digests, g_ptr_array_unref);
}

typedef struct
{
  char *key;
  char *digest;
  gpointer item;
} Entry;

static void
entry_clear (Entry *entry)
{
  g_free (entry->key);
  g_free (entry->digest);
}

static int
compare_entries (gconstpointer a, gconstpointer b)
{
  return strcmp (((const Entry *) a)->key, ((const Entry *) b)->key);
}

/* Replaces what the list holds from position at on with the run of entries, in one signal. */
static void
flush_run (LiveList *list, guint at, guint removed, GArray *entries, guint from, guint to)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new ();

  if (removed == 0 && from == to)
    return;
  g_ptr_array_remove_range (list->keys, at, removed);
  g_ptr_array_remove_range (list->digests, at, removed);
  for (guint i = from; i < to; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      g_ptr_array_add (added, entry->item);
      g_ptr_array_insert (list->keys, at + i - from, g_steal_pointer (&entry->key));
      g_ptr_array_insert (list->digests, at + i - from, g_steal_pointer (&entry->digest));
    }
  g_list_store_splice (list->store, at, removed, added->pdata, added->len);
}

/* Walks the held list and the new one (entries, sorted by key) side by side: an item with the
 * same key and digest stays; every run of others is replaced in one splice. */
static void
live_list_sync (LiveList *list, GArray *entries)
{
  guint at = 0, removed = 0, run_start = 0, next = 0;

  g_array_sort (entries, compare_entries);
  while (at + removed < list->keys->len || next < entries->len)
    {
      const char *held = at + removed < list->keys->len ? g_ptr_array_index (list->keys, at + removed) : NULL;
      Entry *entry = next < entries->len ? &g_array_index (entries, Entry, next) : NULL;
      int order = held == NULL ? 1 : entry == NULL ? -1 : strcmp (held, entry->key);

      if (order == 0 && strcmp (g_ptr_array_index (list->digests, at + removed), entry->digest) == 0)
        {
          flush_run (list, at, removed, entries, run_start, next);
          at += next - run_start + 1;
          removed = 0;
          run_start = ++next;
        }
      else if (order <= 0 && held != NULL)
        {
          removed++;
          if (order == 0)
            next++;
        }
      else
        next++;
    }
  flush_run (list, at, removed, entries, run_start, next);
}

/* Keys and digests */

static char *
status_key (HubrotaOpeningStatus *status)
{
  HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (status);
  char date[16];

  g_date_strftime (date, sizeof date, "%Y-%m-%d", hubrota_occurrence_get_original_date (occurrence));
  return g_strdup_printf ("%020" G_GINT64_FORMAT "|%020" G_GINT64_FORMAT "|%s",
                          g_date_time_to_unix (hubrota_occurrence_get_start (occurrence)),
                          hubrota_occurrence_get_series (occurrence), date);
}

static char *
finding_key (HubrotaFinding *finding)
{
  return g_strdup_printf ("%020" G_GINT64_FORMAT "|%020" G_GINT64_FORMAT "|%02d|%s|%s|%s|%s|%"
                          G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%s",
                          g_date_time_to_unix (hubrota_finding_get_start (finding)),
                          g_date_time_to_unix (hubrota_finding_get_end (finding)),
                          hubrota_finding_get_rule (finding),
                          hubrota_finding_get_officer (finding),
                          hubrota_finding_get_hub (finding),
                          hubrota_finding_get_beat (finding),
                          hubrota_finding_get_hotspot (finding),
                          hubrota_finding_get_amount (finding),
                          hubrota_finding_get_total (finding),
                          hubrota_finding_get_message (finding));
}

/* Everything a view shows of the status: the opening's time, state, hub and officers (by
 * name too, so a renamed one shows), the level of each officer and the findings behind it
 * (by their keys, worked out once in finding_keys). */
static char *
status_digest (HubrotaRota *rota, HubrotaOpeningStatus *status, const char *key,
               GHashTable *finding_keys)
{
  HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (status);
  GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence);
  GPtrArray *findings = hubrota_opening_status_get_findings (status);
  GString *digest = g_string_new (key);

  g_string_append_printf (digest, "|%s|%" G_GINT64_FORMAT "|%d|%d|%d|%s|%d|%d",
                          hubrota_rota_get_hub_name (rota, hubrota_occurrence_get_hub (occurrence)),
                          g_date_time_to_unix (hubrota_occurrence_get_end (occurrence)),
                          hubrota_occurrence_get_status (occurrence),
                          hubrota_occurrence_get_moved (occurrence),
                          hubrota_occurrence_get_min_officers (occurrence),
                          hubrota_occurrence_get_reason (occurrence),
                          hubrota_occurrence_get_sequence (occurrence),
                          hubrota_opening_status_get_level (status));
  for (guint i = 0; i < assigned->len; i++)
    {
      const char *officer = g_ptr_array_index (assigned, i);
      HubrotaOfficer *known = hubrota_rota_get_officer (rota, officer);
      g_string_append_printf (digest, "|%s:%s:%d", officer,
                              known != NULL ? hubrota_officer_get_name (known) : "",
                              hubrota_opening_status_get_officer_level (status, officer));
    }
  for (guint i = 0; i < findings->len; i++)
    {
      g_string_append_c (digest, '|');
      g_string_append (digest, g_hash_table_lookup (finding_keys, g_ptr_array_index (findings, i)));
    }
  return g_string_free (digest, FALSE);
}

/* The models from the rota as it is now */

static void
publish (HubrotaWorkspace *self)
{
  g_autoptr(GPtrArray) findings = hubrota_rota_check (self->rota);
  g_autoptr(GPtrArray) statuses = hubrota_rota_get_statuses (self->rota, findings);
  g_autoptr(GArray) status_entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), statuses->len);
  g_autoptr(GArray) finding_entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), findings->len);
  g_autoptr(GHashTable) finding_keys = g_hash_table_new (NULL, NULL);

  g_array_set_clear_func (status_entries, (GDestroyNotify) entry_clear);
  g_array_set_clear_func (finding_entries, (GDestroyNotify) entry_clear);
  for (guint i = 0; i < findings->len; i++)
    {
      Entry entry = { .item = g_ptr_array_index (findings, i) };
      entry.key = finding_key (entry.item);
      entry.digest = g_strdup (entry.key);
      g_hash_table_insert (finding_keys, entry.item, entry.digest);
      g_array_append_val (finding_entries, entry);
    }
  for (guint i = 0; i < statuses->len; i++)
    {
      Entry entry = { .item = g_ptr_array_index (statuses, i) };
      entry.key = status_key (entry.item);
      entry.digest = status_digest (self->rota, entry.item, entry.key, finding_keys);
      g_array_append_val (status_entries, entry);
    }
  live_list_sync (&self->findings, finding_entries);
  live_list_sync (&self->statuses, status_entries);
}

static void
adopt (HubrotaWorkspace *self, HubrotaRota *rota, int data_version, const GDate *first,
       const GDate *last)
{
  self->first = *first;
  self->last = *last;
  self->data_version = data_version;
  if (g_set_object (&self->rota, rota))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROTA]);
  publish (self);
}

static void
stop_reading (HubrotaWorkspace *self)
{
  if (self->reading == NULL)
    return;
  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Reading a period */

static gboolean
read_now (HubrotaWorkspace *self, const GDate *from, const GDate *to, GError **error)
{
  g_autoptr(HubrotaRota) rota = NULL;
  int version;

  if (!_hubrota_store_get_data_version (self->store, &version, error) ||
      (rota = hubrota_rota_load (self->store, from, to, error)) == NULL)
    return FALSE;
  adopt (self, rota, version, from, to);
  return TRUE;
}

gboolean
hubrota_workspace_load (HubrotaWorkspace  *self,
                        const GDate       *from,
                        const GDate       *to,
                        GError           **error)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  stop_reading (self);
  return read_now (self, from, to, error);
}

typedef struct
{
  GDate first;
  GDate last;
  int data_version;
} ReadData;

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  HubrotaWorkspace *self = g_task_get_source_object (task);
  ReadData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaRota) rota = hubrota_rota_load_finish (HUBROTA_STORE (source), result, &error);

  if (g_task_return_error_if_cancelled (task))
    return;
  g_clear_object (&self->reading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  if (rota == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  adopt (self, rota, data->data_version, &data->first, &data->last);
  g_task_return_boolean (task, TRUE);
}

void
hubrota_workspace_load_async (HubrotaWorkspace    *self,
                              const GDate         *from,
                              const GDate         *to,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ReadData *data;

  g_return_if_fail (HUBROTA_IS_WORKSPACE (self));
  g_return_if_fail (from != NULL && to != NULL);

  stop_reading (self);
  self->reading = g_cancellable_new ();
  self->reading_first = *from;
  self->reading_last = *to;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  task = g_task_new (self, self->reading, callback, user_data);
  g_task_set_source_tag (task, hubrota_workspace_load_async);
  data = g_new0 (ReadData, 1);
  data->first = *from;
  data->last = *to;
  g_task_set_task_data (task, data, g_free);
  /* Asked before the read starts: anything committed after this shows as a new version. */
  if (!_hubrota_store_get_data_version (self->store, &data->data_version, &error))
    {
      g_clear_object (&self->reading);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  hubrota_rota_load_async (self->store, from, to, self->reading, on_read, g_steal_pointer (&task));
}

gboolean
hubrota_workspace_load_finish (HubrotaWorkspace  *self,
                               GAsyncResult      *result,
                               GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_reloaded (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!hubrota_workspace_load_finish (HUBROTA_WORKSPACE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not read the rota again: %s", error->message);
}

void
hubrota_workspace_reload (HubrotaWorkspace *self)
{
  g_return_if_fail (HUBROTA_IS_WORKSPACE (self));

  if (self->rota != NULL)
    hubrota_workspace_load_async (self, &self->first, &self->last, on_reloaded, NULL);
}

gboolean
hubrota_workspace_get_loading (HubrotaWorkspace *self)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), FALSE);
  return self->reading != NULL;
}

gboolean
hubrota_workspace_get_period (HubrotaWorkspace *self,
                              GDate            *out_first,
                              GDate            *out_last)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), FALSE);

  if (self->rota == NULL)
    return FALSE;
  *out_first = self->first;
  *out_last = self->last;
  return TRUE;
}

/* Inside a write transaction: makes sure the rota is what the store holds. A read still under
 * way started before this change and would undo it on arrival, so it is done here instead. */
static gboolean
make_current (HubrotaWorkspace *self, GError **error)
{
  int version;

  if (self->reading != NULL)
    {
      GDate first = self->reading_first, last = self->reading_last;
      stop_reading (self);
      return read_now (self, &first, &last, error);
    }
  if (self->rota == NULL)
    return TRUE;
  if (!_hubrota_store_get_data_version (self->store, &version, error))
    return FALSE;
  return version == self->data_version || read_now (self, &self->first, &self->last, error);
}

/* Applying an officer's change to the rota in memory */

static const char *
hub_of_series (HubrotaWorkspace *self, gint64 series)
{
  for (guint i = 0; i < self->rota->occurrences->len; i++)
    {
      HubrotaOccurrence *object = OCCURRENCE (self->rota, i)->object;
      if (hubrota_occurrence_get_series (object) == series)
        return hubrota_occurrence_get_hub (object);
    }
  return NULL;
}

/* The store's copies of the series' openings within the days the rota read. */
static GPtrArray *
fresh_openings (HubrotaWorkspace *self, const char *hub, gint64 series, GError **error)
{
  GDate first, last;
  g_autoptr(GPtrArray) listed = NULL;
  GPtrArray *fresh;

  _hubrota_rota_get_loaded_days (self->rota, &first, &last);
  if ((listed = hubrota_store_list_occurrences (self->store, &first, &last, hub, error)) == NULL)
    return NULL;
  fresh = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < listed->len; i++)
    if (hubrota_occurrence_get_series (g_ptr_array_index (listed, i)) == series)
      g_ptr_array_add (fresh, g_object_ref (g_ptr_array_index (listed, i)));
  return fresh;
}

/* After the store changed who is on the series: the rota and the models follow. */
gboolean
_hubrota_workspace_follow_series (HubrotaWorkspace *self, gint64 series, GError **error)
{
  g_autoptr(GPtrArray) fresh = NULL;
  const char *hub;

  if (self->rota == NULL || (hub = hub_of_series (self, series)) == NULL)
    return TRUE;
  if ((fresh = fresh_openings (self, hub, series, error)) == NULL)
    return FALSE;
  if (!_hubrota_rota_refresh_occurrences (self->rota, fresh))
    return read_now (self, &self->first, &self->last, error);
  publish (self);
  return TRUE;
}

/* Checking a change */

static HubrotaRota *
load_around (HubrotaStore *store, HubrotaOccurrence *occurrence, int days_after, GError **error)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (hubrota_occurrence_get_start (occurrence),
                                                        hubrota_london_tz ());
  GDate from, to;

  g_date_clear (&from, 1);
  g_date_set_dmy (&from, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  to = from;
  g_date_add_days (&to, days_after);
  return hubrota_rota_load (store, &from, &to, error);
}

/* What the change would cause, judged on the workspace's rota when the opening is in it, or
 * on the days around it (a planning year for a whole series) read inside the transaction. */
static GPtrArray *
would_cause (HubrotaWorkspace *self, const char *officer, HubrotaOccurrence *occurrence,
             gboolean whole_series, gboolean assign, GError **error)
{
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GPtrArray) openings = NULL;
  HubrotaOccurrence *copy;

  if (!whole_series && self->rota != NULL &&
      (copy = hubrota_rota_find_occurrence (self->rota, occurrence)) != NULL)
    return hubrota_rota_would_cause (self->rota, officer, copy, assign, error);
  rota = load_around (self->store, occurrence, whole_series ? HUBROTA_ROTA_SERIES_HORIZON_DAYS : 0,
                      error);
  if (rota == NULL)
    return NULL;
  if (!whole_series)
    return hubrota_rota_would_cause (rota, officer, hubrota_rota_find_occurrence (rota, occurrence),
                                     assign, error);
  openings = hubrota_rota_series_openings (rota, occurrence, officer, assign);
  return hubrota_rota_would_cause_many (rota, officer, openings, assign, error);
}

static gboolean
refuse (GPtrArray *findings, GError **error)
{
  guint errors = hubrota_findings_count_errors (findings);

  g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_REFUSED,
               g_dngettext (GETTEXT_PACKAGE,
                            /* Translators: a change is refused; %u is how many of the rules'
                             * errors it would cause */
                            "refused: it would cause %u error; nothing was stored",
                            "refused: it would cause %u errors; nothing was stored", errors),
               errors);
  return FALSE;
}

/* Checks and writes the change; the caller holds the transaction. */
static gboolean
check_and_write (HubrotaWorkspace *self, const char *officer, HubrotaOccurrence *occurrence,
                 gboolean whole_series, gboolean assign, gboolean force,
                 GPtrArray **out_findings, GError **error)
{
  g_autoptr(GPtrArray) findings = NULL;
  gboolean cancelled = hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED;

  if (!make_current (self, error))
    return FALSE;
  if (!force || out_findings != NULL)
    {
      /* An officer put on a cancelled opening comes back with it; nothing to check yet. */
      findings = assign && cancelled && !whole_series
        ? g_ptr_array_new_with_free_func (g_object_unref)
        : would_cause (self, officer, occurrence, whole_series, assign, error);
      if (findings == NULL)
        return FALSE;
    }
  if (out_findings != NULL)
    *out_findings = g_ptr_array_ref (findings);
  if (assign && !force && hubrota_findings_count_errors (findings) > 0)
    return refuse (findings, error);
  return hubrota_history_change (self->history, officer, occurrence, whole_series, assign, error);
}

gboolean
hubrota_workspace_change (HubrotaWorkspace   *self,
                          const char         *officer,
                          HubrotaOccurrence  *occurrence,
                          gboolean            whole_series,
                          gboolean            assign,
                          gboolean            force,
                          GPtrArray         **out_findings,
                          GError            **error)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (officer != NULL && HUBROTA_IS_OCCURRENCE (occurrence), FALSE);

  if (out_findings != NULL)
    *out_findings = NULL;
  if (!_hubrota_store_begin (self->store, error))
    return FALSE;
  if (!check_and_write (self, officer, occurrence, whole_series, assign, force, out_findings,
                        error))
    return _hubrota_store_fail (self->store);
  if (!_hubrota_store_commit (self->store, error))
    return FALSE;
  return _hubrota_workspace_follow_series (self, hubrota_occurrence_get_series (occurrence), error);
}

/* Auto-fill */

static GArray *
accepted_changes (HubrotaPlan *plan)
{
  GListModel *proposals = hubrota_plan_get_proposals (plan);
  GArray *changes = g_array_new (FALSE, FALSE, sizeof (HubrotaAssignmentChange));

  /* The plan's list holds the proposals, so what they point at outlives the array. */
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) proposal = g_list_model_get_item (proposals, i);
      HubrotaAssignmentChange change = {
        hubrota_officer_get_id (hubrota_proposal_get_officer (proposal)),
        hubrota_proposal_get_occurrence (proposal), TRUE };

      if (hubrota_proposal_get_accepted (proposal))
        g_array_append_val (changes, change);
    }
  return changes;
}

typedef enum
{
  CHANGED_GONE,
  CHANGED_STAFFED,
} Changed;

/* "… Ampthill Parish Rooms, Wed 6 Jan 09:00–12:00, has its officers now; …" */
static gboolean
changed_since (HubrotaRota *rota, HubrotaOccurrence *occurrence, Changed why, GError **error)
{
  const char *hub = hubrota_occurrence_get_hub (occurrence);
  const char *name = hubrota_rota_get_hub_name (rota, hub);
  g_autofree char *when = hubrota_london_format_range (
    g_date_time_to_unix (hubrota_occurrence_get_start (occurrence)),
    g_date_time_to_unix (hubrota_occurrence_get_end (occurrence)));

  if (why == CHANGED_GONE)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           /* Translators: auto-fill's plan is refused: the first %s is the
                            * hub's name, the second the opening's day and times, as in
                            * "Wed 6 Jan 09:00–12:00" */
                           _("the rota changed since the plan was made: %s, %s, is gone or "
                             "cancelled; nothing was stored, plan again"),
                           name != NULL ? name : hub, when);
  return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                         /* Translators: auto-fill's plan is refused: the first %s is the hub's
                          * name, the second the opening's day and times, as in
                          * "Wed 6 Jan 09:00–12:00" */
                         _("the rota changed since the plan was made: %s, %s, has its officers "
                           "now; nothing was stored, plan again"),
                         name != NULL ? name : hub, when);
}

/* Each opening takes no more than it still lacks, as the store has it now. */
static gboolean
still_needed (HubrotaRota *rota, GArray *changes, GError **error)
{
  g_autoptr(GHashTable) adding = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      HubrotaOccurrence *planned = g_array_index (changes, HubrotaAssignmentChange, i).occurrence;
      HubrotaOccurrence *now = hubrota_rota_find_occurrence (rota, planned);
      guint count;

      if (now == NULL || hubrota_occurrence_get_status (now) == HUBROTA_OCCURRENCE_CANCELLED)
        return changed_since (rota, planned, CHANGED_GONE, error);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (adding, now)) + 1;
      g_hash_table_insert (adding, now, GUINT_TO_POINTER (count));
      if (hubrota_occurrence_get_assigned (now)->len + count >
          (guint) hubrota_occurrence_get_min_officers (now))
        return changed_since (rota, planned, CHANGED_STAFFED, error);
    }
  return TRUE;
}

static char *
describe_plan (GArray *changes)
{
  g_autoptr(GHashTable) openings = g_hash_table_new (NULL, NULL);
  g_autofree char *where = NULL;
  guint n_openings;

  for (guint i = 0; i < changes->len; i++)
    g_hash_table_add (openings, g_array_index (changes, HubrotaAssignmentChange, i).occurrence);
  n_openings = g_hash_table_size (openings);
  /* Translators: how many openings auto-fill puts officers on, put into "Auto-fill: put 6
   * officers on %s" */
  where = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u opening", "%u openings",
                                        n_openings),
                           n_openings);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: an undo label: %u is how many officers,
                                        * %s how many openings, as in "4 openings" */
                                       "Auto-fill: put %u officer on %s",
                                       "Auto-fill: put %u officers on %s", changes->len),
                          changes->len, where);
}

/* Inside the transaction: the period as the store has it, the plan judged on it, then written. */
static gboolean
check_and_store_plan (HubrotaWorkspace *self, HubrotaPlan *plan, GArray *changes, GError **error)
{
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *label = NULL;
  GDate from, to;

  hubrota_plan_get_period (plan, &from, &to);
  if (!make_current (self, error) ||
      (rota = hubrota_rota_load (self->store, &from, &to, error)) == NULL ||
      !still_needed (rota, changes, error) ||
      (findings = hubrota_rota_would_cause_changes (rota, (HubrotaAssignmentChange *) changes->data,
                                                    changes->len, error)) == NULL)
    return FALSE;
  if (hubrota_findings_count_errors (findings) > 0)
    return refuse (findings, error);
  label = describe_plan (changes);
  return hubrota_history_change_many (self->history, label,
                                      (HubrotaAssignmentChange *) changes->data, changes->len,
                                      error);
}

gboolean
hubrota_workspace_apply_plan (HubrotaWorkspace  *self,
                              HubrotaPlan       *plan,
                              guint             *out_stored,
                              GError           **error)
{
  g_autoptr(GArray) changes = NULL;

  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_PLAN (plan), FALSE);

  changes = accepted_changes (plan);
  if (changes->len == 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           "%s", _("no proposal is ticked; nothing was stored"));
  if (!_hubrota_store_begin (self->store, error))
    return FALSE;
  if (!check_and_store_plan (self, plan, changes, error))
    return _hubrota_store_fail (self->store);
  if (!_hubrota_store_commit (self->store, error))
    return FALSE;
  if (out_stored != NULL)
    *out_stored = changes->len;
  if (self->rota != NULL)
    hubrota_workspace_reload (self);
  return TRUE;
}

/* Undo and redo */

static gboolean
travel (HubrotaWorkspace *self, gboolean undo, GError **error)
{
  gint64 series = undo ? hubrota_history_get_undo_series (self->history)
                       : hubrota_history_get_redo_series (self->history);

  if (!(undo ? hubrota_history_undo : hubrota_history_redo) (self->history, error))
    return FALSE;
  if (series != 0)
    return _hubrota_workspace_follow_series (self, series, error);
  hubrota_workspace_reload (self);
  return TRUE;
}

gboolean
hubrota_workspace_undo (HubrotaWorkspace  *self,
                        GError           **error)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), FALSE);
  return travel (self, TRUE, error);
}

gboolean
hubrota_workspace_redo (HubrotaWorkspace  *self,
                        GError           **error)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), FALSE);
  return travel (self, FALSE, error);
}

/* Changes to openings: the period is read again */

static gboolean
reread_if (HubrotaWorkspace *self, gboolean done)
{
  if (done)
    hubrota_workspace_reload (self);
  return done;
}

gboolean
hubrota_workspace_cancel (HubrotaWorkspace   *self,
                          HubrotaOccurrence  *occurrence,
                          const char         *reason,
                          GError            **error)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), FALSE);
  return reread_if (self, hubrota_history_cancel (self->history, occurrence, reason, error));
}

gboolean
hubrota_workspace_cancel_range (HubrotaWorkspace   *self,
                                const char * const *hubs,
                                const GDate        *from,
                                const GDate        *to,
                                const char         *reason,
                                guint              *out_cancelled,
                                GError            **error)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), FALSE);
  return reread_if (self, hubrota_history_cancel_range (self->history, hubs, from, to, reason,
                                                        out_cancelled, error));
}

gboolean
hubrota_workspace_move (HubrotaWorkspace   *self,
                        HubrotaOccurrence  *occurrence,
                        GDateTime          *new_start,
                        int                 duration_minutes,
                        GError            **error)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), FALSE);
  return reread_if (self, hubrota_history_move (self->history, occurrence, new_start,
                                                duration_minutes, error));
}

gboolean
hubrota_workspace_restore (HubrotaWorkspace   *self,
                           HubrotaOccurrence  *occurrence,
                           GError            **error)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), FALSE);
  return reread_if (self, hubrota_history_restore (self->history, occurrence, error));
}

gint64
hubrota_workspace_add_extra (HubrotaWorkspace  *self,
                             const char        *hub,
                             GDateTime         *start,
                             int                duration_minutes,
                             int                min_officers,
                             GError           **error)
{
  gint64 series;

  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), 0);

  series = hubrota_history_add_extra (self->history, hub, start, duration_minutes, min_officers,
                                      error);
  reread_if (self, series != 0);
  return series;
}

/* The object */

HubrotaStore *
hubrota_workspace_get_store (HubrotaWorkspace *self)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), NULL);
  return self->store;
}

HubrotaHistory *
hubrota_workspace_get_history (HubrotaWorkspace *self)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), NULL);
  return self->history;
}

HubrotaRota *
hubrota_workspace_get_rota (HubrotaWorkspace *self)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), NULL);
  return self->rota;
}

GListModel *
hubrota_workspace_get_statuses (HubrotaWorkspace *self)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), NULL);
  return G_LIST_MODEL (self->statuses.store);
}

GListModel *
hubrota_workspace_get_findings (HubrotaWorkspace *self)
{
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (self), NULL);
  return G_LIST_MODEL (self->findings.store);
}

static void
hubrota_workspace_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HubrotaWorkspace *self = HUBROTA_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_ROTA:
      g_value_set_object (value, self->rota);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, hubrota_workspace_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_workspace_dispose (GObject *object)
{
  HubrotaWorkspace *self = HUBROTA_WORKSPACE (object);

  if (self->reading != NULL)
    g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);

  G_OBJECT_CLASS (hubrota_workspace_parent_class)->dispose (object);
}

static void
hubrota_workspace_finalize (GObject *object)
{
  HubrotaWorkspace *self = HUBROTA_WORKSPACE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->history);
  g_clear_object (&self->rota);
  live_list_clear (&self->statuses);
  live_list_clear (&self->findings);

  G_OBJECT_CLASS (hubrota_workspace_parent_class)->finalize (object);
}

static void
hubrota_workspace_class_init (HubrotaWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = hubrota_workspace_get_property;
  object_class->dispose = hubrota_workspace_dispose;
  object_class->finalize = hubrota_workspace_finalize;

  properties[PROP_ROTA] =
    g_param_spec_object ("rota", NULL, NULL, HUBROTA_TYPE_ROTA,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hubrota_workspace_init (HubrotaWorkspace *self)
{
  live_list_init (&self->statuses, HUBROTA_TYPE_OPENING_STATUS);
  live_list_init (&self->findings, HUBROTA_TYPE_FINDING);
  g_date_clear (&self->first, 1);
  g_date_clear (&self->last, 1);
}

HubrotaWorkspace *
hubrota_workspace_new (HubrotaStore *store)
{
  HubrotaWorkspace *self;

  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);

  self = g_object_new (HUBROTA_TYPE_WORKSPACE, NULL);
  self->store = g_object_ref (store);
  self->history = hubrota_history_new (store);
  return self;
}
