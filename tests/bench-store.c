/* bench-store.c: one officer's, one hub's reads from the store at 20,000 officers
 *
 * Generates a force of 20,000 officers (or opens HUBROTA_BENCH_DB, made by `hubrota-cli
 * generate`) and prints the median and 90th percentile, in wall and CPU time, of the reads a
 * window makes for one officer or one hub: hubrota_store_get_officer, hubrota_store_list_duties
 * of one officer and hubrota_store_list_occurrences of one hub over a week. Figures only,
 * never a pass or a fail: `meson test --benchmark` or `make bench`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "bench-util.h"
#include "hubrota-core.h"
#include "hubrota-generate.h"
#include "test-util.h"

#define N_OFFICERS 20000
#define N_HUBS 600
#define ROUNDS 400

typedef gboolean (*Read) (HubrotaStore *store, guint round, GError **error);

static GPtrArray *officer_ids;

static const char *
officer_at (guint round)
{
  return g_ptr_array_index (officer_ids, (round * 7919u) % officer_ids->len);
}

static gboolean
read_officer (HubrotaStore *store, guint round, GError **error)
{
  g_autoptr(HubrotaOfficer) officer = hubrota_store_get_officer (store, officer_at (round), error);

  return officer != NULL;
}

static gboolean
read_duties (HubrotaStore *store, guint round, GError **error)
{
  g_autoptr(GPtrArray) duties = hubrota_store_list_duties (store, officer_at (round), error);

  return duties != NULL;
}

static GPtrArray *hub_slugs;

static gboolean
read_week (HubrotaStore *store, guint round, GError **error)
{
  g_autoptr(GDate) from = g_date_new_dmy (7, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) to = g_date_new_dmy (13, G_DATE_DECEMBER, 2026);
  const char *hub = g_ptr_array_index (hub_slugs, round % hub_slugs->len);
  g_autoptr(GPtrArray) week = hubrota_store_list_occurrences (store, from, to, hub, error);

  return week != NULL;
}

static double
percentile (GArray *sorted, double p)
{
  return g_array_index (sorted, double, (guint) (p * (sorted->len - 1)));
}

static void
measure (HubrotaStore *store, const char *what, Read read)
{
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(GError) error = NULL;
      double cpu_start = bench_cpu_ms ();
      gint64 start = g_get_monotonic_time ();
      double w, c;

      if (!read (store, round, &error))
        g_error ("%s: %s", what, error->message);
      w = bench_ms_since (start) * 1000;
      c = (bench_cpu_ms () - cpu_start) * 1000;
      g_array_append_val (wall, w);
      g_array_append_val (cpu, c);
    }
  bench_median (wall);
  bench_median (cpu);
  printf ("%-44s median %8.1f µs wall %8.1f µs CPU   p90 %8.1f µs wall %8.1f µs CPU\n", what,
          percentile (wall, 0.5), percentile (cpu, 0.5), percentile (wall, 0.9),
          percentile (cpu, 0.9));
}

static HubrotaStore *
open_force (char **out_dir)
{
  const char *path = g_getenv ("HUBROTA_BENCH_DB");
  HubrotaForceSpec spec = { N_OFFICERS, N_HUBS, 8, 1, { 0, } };
  g_autoptr(GError) error = NULL;
  HubrotaStore *store;

  *out_dir = NULL;
  if (path != NULL)
    {
      store = hubrota_store_open (path, HUBROTA_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      return store;
    }
  store = test_util_create_temp_store ("hubrota-bench-store-XXXXXX", out_dir, NULL);
  g_date_clear (&spec.first_monday, 1);
  g_date_set_dmy (&spec.first_monday, 30, G_DATE_NOVEMBER, 2026);
  if (!hubrota_generate_force (store, &spec, &error))
    g_error ("%s", error->message);
  return store;
}

int
main (void)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GPtrArray) officers = NULL;
  g_autoptr(GPtrArray) hubs = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;

  store = open_force (&dir);
  officers = hubrota_store_list_officers (store, &error);
  hubs = hubrota_store_list_hubs (store, &error);
  g_assert_no_error (error);
  officer_ids = g_ptr_array_new ();
  hub_slugs = g_ptr_array_new ();
  for (guint i = 0; i < officers->len; i++)
    g_ptr_array_add (officer_ids, (gpointer) hubrota_officer_get_id (g_ptr_array_index (officers, i)));
  for (guint i = 0; i < hubs->len; i++)
    g_ptr_array_add (hub_slugs, (gpointer) hubrota_hub_get_slug (g_ptr_array_index (hubs, i)));
  printf ("Store reads at %u officers and %u hubs, %u rounds each:\n", officers->len, hubs->len,
          ROUNDS);
  measure (store, "get_officer", read_officer);
  measure (store, "list_duties of one officer", read_duties);
  measure (store, "list_occurrences of one hub over a week", read_week);
  g_ptr_array_unref (officer_ids);
  g_ptr_array_unref (hub_slugs);
  if (dir != NULL)
    test_util_remove_temp_store (&store, &dir, NULL);
  return 0;
}
