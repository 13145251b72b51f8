/* hubrota-fairness.c: who carries the hub work over a window of weeks
 *
 * A share is hub hours as a percentage of contracted hours over the days the officer was in
 * the force during the window ("equitable, not equal": a part-timer on half the hours carries
 * the same share with half the hub hours). Abstraction is the hours at hubs away from an
 * officer's own beat, by the same rule auto-fill costs it: an officer with a beat is away at
 * any hub not on it; one with none is never away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaFairness"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hubrota-beat.h"
#include "hubrota-fairness.h"
#include "hubrota-hub.h"

struct _HubrotaFairness
{
  GObject parent_instance;

  GDate from;
  GDate to;
  HubrotaShareGroup *everyone;
  GListStore *roles;
  GListStore *beats;
};

G_DEFINE_FINAL_TYPE (HubrotaFairness, hubrota_fairness, G_TYPE_OBJECT)

/* The labels of the group of officers without a beat and of the group of everyone, in the
 * user's language; the window and the CLI show them as they are. */
/* Translators: the group of officers who have no home beat, in the fairness figures */
#define NO_BEAT _("No beat")
/* Translators: the group of all officers, in the fairness figures */
#define EVERYONE _("Everyone")

static double
opening_hours (HubrotaOccurrence *opening)
{
  return g_date_time_difference (hubrota_occurrence_get_end (opening),
                                 hubrota_occurrence_get_start (opening)) / (double) G_TIME_SPAN_HOUR;
}

/* The openings of the window that happen: hub work. */
static GPtrArray *
list_hub_work (HubrotaStore *store, const GDate *from, const GDate *to, GError **error)
{
  g_autoptr(GPtrArray) openings = hubrota_store_list_occurrences (store, from, to, NULL, error);

  if (openings == NULL)
    return NULL;
  for (guint i = openings->len; i-- > 0;)
    if (hubrota_occurrence_get_status (g_ptr_array_index (openings, i)) ==
        HUBROTA_OCCURRENCE_CANCELLED)
      g_ptr_array_remove_index (openings, i);
  return g_steal_pointer (&openings);
}

/* The days of [from, to] before the officer left; 0 if they had gone by from. */
static guint
days_present (HubrotaOfficer *officer, const GDate *from, const GDate *to)
{
  const GDate *leaving = hubrota_officer_get_leaving_date (officer);
  int days = g_date_days_between (from, to) + 1;

  if (leaving != NULL)
    days = MIN (days, g_date_days_between (from, leaving));
  return (guint) MAX (days, 0);
}

static GHashTable *
name_by_slug (GPtrArray *items, const char *(*slug) (gpointer), const char *(*value) (gpointer))
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (table, (char *) slug (g_ptr_array_index (items, i)),
                         (char *) value (g_ptr_array_index (items, i)));
  return table;
}

static HubrotaShareGroup *
group_for (GListStore *groups, GHashTable *by_label, const char *label)
{
  HubrotaShareGroup *group = g_hash_table_lookup (by_label, label);

  if (group == NULL)
    {
      group = hubrota_share_group_new (label);
      g_hash_table_insert (by_label, (char *) hubrota_share_group_get_label (group), group);
      g_list_store_append (groups, group);
      g_object_unref (group);
    }
  return group;
}

/* Each officer's share, put in everyone's group, their role's and their beat's. */
static GHashTable *
make_shares (HubrotaFairness *self, GPtrArray *officers, GHashTable *beat_names)
{
  GHashTable *shares = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr(GHashTable) roles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) beats = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < officers->len; i++)
    {
      HubrotaOfficer *officer = g_ptr_array_index (officers, i);
      guint days = days_present (officer, &self->from, &self->to);
      const char *beat = hubrota_officer_get_beat (officer);
      const char *beat_name = beat != NULL ? g_hash_table_lookup (beat_names, beat) : NULL;
      HubrotaShare *share;

      if (days == 0)
        continue;
      share = hubrota_share_new (officer, beat_name,
                                 hubrota_fairness_capacity_hours (officer, days / 7.0));
      g_hash_table_insert (shares, (char *) hubrota_officer_get_id (officer), share);
      hubrota_share_group_add (self->everyone, share);
      hubrota_share_group_add (group_for (self->roles, roles,
                                          hubrota_role_to_string (hubrota_officer_get_role (officer))),
                               share);
      hubrota_share_group_add (group_for (self->beats, beats,
                                          beat_name != NULL ? beat_name : NO_BEAT), share);
    }
  return shares;
}

static void
count_openings (GPtrArray *openings, GHashTable *shares, GHashTable *hub_beats)
{
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
      GPtrArray *assigned = hubrota_occurrence_get_assigned (opening);
      const char *hub_beat = g_hash_table_lookup (hub_beats, hubrota_occurrence_get_hub (opening));

      for (guint k = 0; k < assigned->len; k++)
        {
          HubrotaShare *share = g_hash_table_lookup (shares, g_ptr_array_index (assigned, k));
          const char *beat;

          if (share == NULL)   /* on an opening after they left: the checker's to report */
            continue;
          beat = hubrota_officer_get_beat (hubrota_share_get_officer (share));
          hubrota_share_add_opening (share, opening_hours (opening),
                                     beat != NULL && g_strcmp0 (beat, hub_beat) != 0);
        }
    }
}

static int
compare_roles (gconstpointer a, gconstpointer b, gpointer unused)
{
  HubrotaRole x = HUBROTA_ROLE_PC, y = HUBROTA_ROLE_PC;

  hubrota_role_from_string (hubrota_share_group_get_label ((HubrotaShareGroup *) a), &x);
  hubrota_role_from_string (hubrota_share_group_get_label ((HubrotaShareGroup *) b), &y);
  return (int) x - (int) y;
}

/* By name, with "No beat" last. */
static int
compare_beats (gconstpointer a, gconstpointer b, gpointer unused)
{
  const char *x = hubrota_share_group_get_label ((HubrotaShareGroup *) a);
  const char *y = hubrota_share_group_get_label ((HubrotaShareGroup *) b);
  gboolean x_none = g_strcmp0 (x, NO_BEAT) == 0, y_none = g_strcmp0 (y, NO_BEAT) == 0;

  if (x_none != y_none)
    return x_none ? 1 : -1;
  return g_utf8_collate (x, y);
}

static gboolean
load (HubrotaFairness *self, HubrotaStore *store, GError **error)
{
  g_autoptr(GPtrArray) officers = NULL, beats = NULL, hubs = NULL, openings = NULL;
  g_autoptr(GHashTable) beat_names = NULL, hub_beats = NULL, shares = NULL;

  if ((officers = hubrota_store_list_officers (store, error)) == NULL ||
      (beats = hubrota_store_list_beats (store, error)) == NULL ||
      (hubs = hubrota_store_list_hubs (store, error)) == NULL ||
      (openings = list_hub_work (store, &self->from, &self->to, error)) == NULL)
    return FALSE;
  beat_names = name_by_slug (beats, (gpointer) hubrota_beat_get_slug, (gpointer) hubrota_beat_get_name);
  hub_beats = name_by_slug (hubs, (gpointer) hubrota_hub_get_slug, (gpointer) hubrota_hub_get_beat);
  shares = make_shares (self, officers, beat_names);
  count_openings (openings, shares, hub_beats);
  g_list_store_sort (self->roles, compare_roles, NULL);
  g_list_store_sort (self->beats, compare_beats, NULL);
  return TRUE;
}

static void
hubrota_fairness_finalize (GObject *object)
{
  HubrotaFairness *self = (HubrotaFairness *) object;

  g_clear_object (&self->everyone);
  g_clear_object (&self->roles);
  g_clear_object (&self->beats);
  G_OBJECT_CLASS (hubrota_fairness_parent_class)->finalize (object);
}

static void
hubrota_fairness_class_init (HubrotaFairnessClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_fairness_finalize;
}

static void
hubrota_fairness_init (HubrotaFairness *self)
{
  self->everyone = hubrota_share_group_new (EVERYONE);
  self->roles = g_list_store_new (HUBROTA_TYPE_SHARE_GROUP);
  self->beats = g_list_store_new (HUBROTA_TYPE_SHARE_GROUP);
}

HubrotaFairness *
hubrota_fairness_new (HubrotaStore  *store,
                      const GDate   *from,
                      const GDate   *to,
                      GError       **error)
{
  g_autoptr(HubrotaFairness) self = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (g_date_valid (from) && g_date_valid (to), NULL);

  if (g_date_compare (from, to) > 0)
    {
      g_set_error_literal (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID,
                           _("the period ends before it starts"));
      return NULL;
    }
  self = g_object_new (HUBROTA_TYPE_FAIRNESS, NULL);
  self->from = *from;
  self->to = *to;
  if (!load (self, store, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
hubrota_fairness_get_period (HubrotaFairness *self,
                             GDate           *out_from,
                             GDate           *out_to)
{
  g_return_if_fail (HUBROTA_IS_FAIRNESS (self));
  *out_from = self->from;
  *out_to = self->to;
}

HubrotaShareGroup *
hubrota_fairness_get_everyone (HubrotaFairness *self)
{
  g_return_val_if_fail (HUBROTA_IS_FAIRNESS (self), NULL);
  return self->everyone;
}

GListModel *
hubrota_fairness_get_roles (HubrotaFairness *self)
{
  g_return_val_if_fail (HUBROTA_IS_FAIRNESS (self), NULL);
  return G_LIST_MODEL (self->roles);
}

GListModel *
hubrota_fairness_get_beats (HubrotaFairness *self)
{
  g_return_val_if_fail (HUBROTA_IS_FAIRNESS (self), NULL);
  return G_LIST_MODEL (self->beats);
}

double
hubrota_fairness_capacity_hours (HubrotaOfficer *officer,
                                 double          weeks)
{
  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer), 0);
  return MAX (hubrota_officer_get_weekly_hours (officer), HUBROTA_FAIRNESS_MIN_WEEKLY_HOURS) * weeks;
}

GHashTable *
hubrota_fairness_hub_hours (HubrotaStore  *store,
                            const GDate   *from,
                            const GDate   *to,
                            GError       **error)
{
  g_autoptr(GPtrArray) openings = list_hub_work (store, from, to, error);
  GHashTable *hours;

  if (openings == NULL)
    return NULL;
  hours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
      GPtrArray *assigned = hubrota_occurrence_get_assigned (opening);

      for (guint k = 0; k < assigned->len; k++)
        {
          const char *id = g_ptr_array_index (assigned, k);
          double *total = g_hash_table_lookup (hours, id);

          if (total == NULL)
            g_hash_table_insert (hours, g_strdup (id), (total = g_new0 (double, 1)));
          *total += opening_hours (opening);
        }
    }
  return hours;
}
