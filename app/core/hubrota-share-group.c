/* hubrota-share-group.c: the hub work of a group of officers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaFairness"

#include "config.h"

#include <stdlib.h>

#include "hubrota-share-group.h"

struct _HubrotaShareGroup
{
  GObject parent_instance;

  char *label;
  GListStore *shares;
  gboolean sorted;
};

G_DEFINE_FINAL_TYPE (HubrotaShareGroup, hubrota_share_group, G_TYPE_OBJECT)

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The largest share first; equal shares by collar number, so the order is the same each time. */
static int
compare_shares (gconstpointer a, gconstpointer b, gpointer unused)
{
  HubrotaShare *x = (HubrotaShare *) a, *y = (HubrotaShare *) b;
  double p = hubrota_share_get_percent (x), q = hubrota_share_get_percent (y);

  if (p != q)
    return p < q ? 1 : -1;
  return g_strcmp0 (hubrota_officer_get_id (hubrota_share_get_officer (x)),
                    hubrota_officer_get_id (hubrota_share_get_officer (y)));
}

static void
sort_once (HubrotaShareGroup *self)
{
  if (self->sorted)
    return;
  g_list_store_sort (self->shares, compare_shares, NULL);
  self->sorted = TRUE;
}

static HubrotaShare *
share_at (HubrotaShareGroup *self, guint position)
{
  g_autoptr(HubrotaShare) share = g_list_model_get_item (G_LIST_MODEL (self->shares), position);

  return share;   /* the store keeps its reference */
}

static double
sum (HubrotaShareGroup *self, double (*get) (HubrotaShare *))
{
  double total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->shares)); i++)
    total += get (share_at (self, i));
  return total;
}

static void
hubrota_share_group_finalize (GObject *object)
{
  HubrotaShareGroup *self = (HubrotaShareGroup *) object;

  g_free (self->label);
  g_clear_object (&self->shares);
  G_OBJECT_CLASS (hubrota_share_group_parent_class)->finalize (object);
}

static void
hubrota_share_group_class_init (HubrotaShareGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hubrota_share_group_finalize;
}

static void
hubrota_share_group_init (HubrotaShareGroup *self)
{
  self->shares = g_list_store_new (HUBROTA_TYPE_SHARE);
  self->sorted = TRUE;
}

HubrotaShareGroup *
hubrota_share_group_new (const char *label)
{
  HubrotaShareGroup *self;

  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_SHARE_GROUP, NULL);
  self->label = g_strdup (label);
  return self;
}

void
hubrota_share_group_add (HubrotaShareGroup *self,
                         HubrotaShare      *share)
{
  g_return_if_fail (HUBROTA_IS_SHARE_GROUP (self));
  g_return_if_fail (HUBROTA_IS_SHARE (share));

  g_list_store_append (self->shares, share);
  self->sorted = FALSE;
}

const char *
hubrota_share_group_get_label (HubrotaShareGroup *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE_GROUP (self), NULL);
  return self->label;
}

GListModel *
hubrota_share_group_get_shares (HubrotaShareGroup *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE_GROUP (self), NULL);
  sort_once (self);
  return G_LIST_MODEL (self->shares);
}

guint
hubrota_share_group_get_n_officers (HubrotaShareGroup *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE_GROUP (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->shares));
}

double
hubrota_share_group_get_hub_hours (HubrotaShareGroup *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE_GROUP (self), 0);
  return sum (self, hubrota_share_get_hub_hours);
}

double
hubrota_share_group_get_away_hours (HubrotaShareGroup *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE_GROUP (self), 0);
  return sum (self, hubrota_share_get_away_hours);
}

double
hubrota_share_group_get_largest (HubrotaShareGroup *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE_GROUP (self), 0);
  if (hubrota_share_group_get_n_officers (self) == 0)
    return 0;
  sort_once (self);
  return hubrota_share_get_percent (share_at (self, 0));
}

double
hubrota_share_group_get_smallest (HubrotaShareGroup *self)
{
  guint n;

  g_return_val_if_fail (HUBROTA_IS_SHARE_GROUP (self), 0);
  if ((n = hubrota_share_group_get_n_officers (self)) == 0)
    return 0;
  sort_once (self);
  return hubrota_share_get_percent (share_at (self, n - 1));
}

double
hubrota_share_group_get_gini (HubrotaShareGroup *self)
{
  guint n;
  g_autofree double *values = NULL;

  g_return_val_if_fail (HUBROTA_IS_SHARE_GROUP (self), 0);
  n = hubrota_share_group_get_n_officers (self);
  values = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    values[i] = hubrota_share_get_percent (share_at (self, i));
  return hubrota_gini (values, n);
}

/* With the values ascending, G = 2 Σ i·x_i / (n Σ x_i) − (n + 1) / n for i from 1: the mean
 * absolute difference between all pairs over twice the mean, in O(n log n). */
double
hubrota_gini (double *values,
              guint   n)
{
  double total = 0, weighted = 0;

  g_return_val_if_fail (values != NULL || n == 0, 0);

  if (n == 0)
    return 0;
  qsort (values, n, sizeof (double), compare_doubles);
  for (guint i = 0; i < n; i++)
    {
      total += values[i];
      weighted += (i + 1) * values[i];
    }
  if (total <= 0)
    return 0;
  return 2 * weighted / (n * total) - (n + 1.0) / n;
}
