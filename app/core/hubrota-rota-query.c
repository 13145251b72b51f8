/* hubrota-rota-query.c: what a window asks of a loaded rota, and loading one off the main loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRota"

#include "config.h"

#include "hubrota-london.h"
#include "hubrota-rota-private.h"

/* Every officer, in the store's order (by collar number). */
GPtrArray *
hubrota_rota_get_officers (HubrotaRota *self)
{
  GPtrArray *officers;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);

  officers = g_ptr_array_new_full (self->officers->len, g_object_unref);
  for (guint i = 0; i < self->officers->len; i++)
    g_ptr_array_add (officers, g_object_ref (OFFICER (self, i)->object));
  return officers;
}

HubrotaOfficer *
hubrota_rota_get_officer (HubrotaRota *self,
                          const char  *id)
{
  int index;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  index = _hubrota_rota_officer_index (self, id);
  return index == NONE ? NULL : OFFICER (self, index)->object;
}

const char *
hubrota_rota_get_hub_name (HubrotaRota *self,
                           const char  *hub)
{
  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (hub != NULL, NULL);

  return g_hash_table_lookup (self->hub_names, hub);
}

int
_hubrota_rota_beat_index (HubrotaRota *self,
                          const char  *slug)
{
  for (guint i = 0; slug != NULL && i < self->beats->len; i++)
    if (g_str_equal (hubrota_beat_get_slug (BEAT (self, i)->object), slug))
      return (int) i;
  return NONE;
}

/* A beat by its slug, or NULL. */
HubrotaBeat *
hubrota_rota_get_beat (HubrotaRota *self,
                       const char  *slug)
{
  int index;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (slug != NULL, NULL);

  index = _hubrota_rota_beat_index (self, slug);
  return index == NONE ? NULL : BEAT (self, index)->object;
}

/* A hotspot of a beat by their slugs, or NULL. */
HubrotaHotspot *
hubrota_rota_get_hotspot (HubrotaRota *self,
                          const char  *beat,
                          const char  *slug)
{
  int index;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (beat != NULL && slug != NULL, NULL);

  index = _hubrota_rota_beat_index (self, beat);
  for (guint h = 0; index != NONE && h < BEAT (self, index)->hotspots->len; h++)
    {
      HubrotaHotspot *hotspot = g_ptr_array_index (BEAT (self, index)->hotspots, h);
      if (g_str_equal (hubrota_hotspot_get_slug (hotspot), slug))
        return hotspot;
    }
  return NULL;
}

/* The officer's home beat, or NULL when they have none or are unknown. */
HubrotaBeat *
hubrota_rota_get_officer_beat (HubrotaRota *self,
                               const char  *officer)
{
  int index;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (officer != NULL, NULL);

  index = _hubrota_rota_officer_index (self, officer);
  if (index == NONE || OFFICER (self, index)->beat == NONE)
    return NULL;
  return BEAT (self, OFFICER (self, index)->beat)->object;
}

/* Hub hours off the home beat and on-duty hours in the ISO week holding day. FALSE for an
 * unknown officer, an officer without a home beat, or a week outside what was loaded. */
gboolean
hubrota_rota_get_abstraction (HubrotaRota *self,
                              const char  *officer,
                              const GDate *day,
                              double      *out_abstracted_hours,
                              double      *out_on_duty_hours)
{
  g_autoptr(GDateTime) noon = NULL;
  gint64 abstracted, on_duty, t;
  int index;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), FALSE);
  g_return_val_if_fail (officer != NULL && day != NULL && g_date_valid (day), FALSE);

  index = _hubrota_rota_officer_index (self, officer);
  if (index == NONE || OFFICER (self, index)->beat == NONE)
    return FALSE;
  noon = g_date_time_new (hubrota_london_tz (), g_date_get_year (day), g_date_get_month (day),
                          g_date_get_day (day), 12, 0, 0);
  t = g_date_time_to_unix (noon);
  if (t < self->period_start || t >= self->period_end)
    return FALSE;

  _hubrota_rules_abstraction (self, index, t, &abstracted, &on_duty);
  *out_abstracted_hours = abstracted / 3600.0;
  *out_on_duty_hours = on_duty / 3600.0;
  return TRUE;
}

/* The rota's openings of the occurrence's series whose staffing the change would alter:
 * not cancelled, and the officer not already as the change would leave them. */
GPtrArray *
hubrota_rota_series_openings (HubrotaRota       *self,
                              HubrotaOccurrence *occurrence,
                              const char        *officer,
                              gboolean           assign)
{
  GPtrArray *all, *openings;

  g_return_val_if_fail (HUBROTA_IS_ROTA (self), NULL);
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence) && officer != NULL, NULL);

  all = self->public_occurrences;
  openings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all->len; i++)
    {
      HubrotaOccurrence *candidate = g_ptr_array_index (all, i);
      GPtrArray *assigned = hubrota_occurrence_get_assigned (candidate);
      gboolean on_it = g_ptr_array_find_with_equal_func (assigned, officer, g_str_equal, NULL);

      if (hubrota_occurrence_get_series (candidate) != hubrota_occurrence_get_series (occurrence) ||
          hubrota_occurrence_get_status (candidate) == HUBROTA_OCCURRENCE_CANCELLED ||
          on_it == assign)
        continue;
      g_ptr_array_add (openings, g_object_ref (candidate));
    }
  return openings;
}

/* Loading in a thread. The thread opens its own connection to the database, so the caller's
 * store stays free for the main loop; the rota holds no store, so it can cross threads. */

typedef struct
{
  char *path;
  GDate from;
  GDate to;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_free (load->path);
  g_free (load);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadData *load = task_data;
  g_autoptr(HubrotaStore) store = NULL;
  HubrotaRota *rota;
  GError *error = NULL;

  store = hubrota_store_open (load->path, HUBROTA_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || (rota = hubrota_rota_load (store, &load->from, &load->to, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, rota, g_object_unref);
}

void
hubrota_rota_load_async (HubrotaStore        *store,
                         const GDate         *from,
                         const GDate         *to,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load;

  g_return_if_fail (HUBROTA_IS_STORE (store));
  g_return_if_fail (from != NULL && g_date_valid (from) && to != NULL && g_date_valid (to));

  load = g_new0 (LoadData, 1);
  load->path = g_strdup (hubrota_store_get_path (store));
  load->from = *from;
  load->to = *to;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, hubrota_rota_load_async);
  g_task_set_task_data (task, load, load_data_free);
  /* A newer week asked for later wins; an older result is only dropped, never shown. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, load_in_thread);
}

HubrotaRota *
hubrota_rota_load_finish (HubrotaStore  *store,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
