/* test-util.c: what several test programs need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "test-util.h"

void
test_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}

char *
test_util_make_temp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

HubrotaStore *
test_util_create_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  HubrotaStore *store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

void
test_util_load_demo (HubrotaStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_load_demo (store, &error));
  g_assert_no_error (error);
}

HubrotaStore *
test_util_create_demo_store (const char *path)
{
  HubrotaStore *store = test_util_create_store (path);

  test_util_load_demo (store);
  return store;
}

HubrotaStore *
test_util_create_temp_store (const char  *tmpl,
                             char       **dir,
                             char       **path)
{
  g_autofree char *db = NULL;

  *dir = test_util_make_temp_dir (tmpl);
  db = g_build_filename (*dir, "hubrota.db", NULL);
  if (path != NULL)
    *path = g_strdup (db);
  return test_util_create_store (db);
}

void
test_util_remove_temp_store (HubrotaStore **store,
                             char         **dir,
                             char         **path)
{
  g_clear_object (store);
  test_remove_tree (*dir);
  g_clear_pointer (dir, g_free);
  if (path != NULL)
    g_clear_pointer (path, g_free);
}

GDateTime *
test_util_local (const char *text)
{
  GDateTime *dt = hubrota_london_parse_datetime (text, NULL);

  g_assert_nonnull (dt);
  return dt;
}

GDate *
test_util_date (const char *text)
{
  GDate *date = hubrota_london_parse_date (text, NULL);

  g_assert_nonnull (date);
  return date;
}

void
test_util_add_beat (HubrotaStore *store,
               const char   *slug,
               const char   *name)
{
  g_autoptr(HubrotaBeat) beat = hubrota_beat_new (slug, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_add_beat (store, beat, &error));
  g_assert_no_error (error);
}

void
test_util_add_beat_with_limit (HubrotaStore *store,
                          const char   *slug,
                          const char   *name,
                          double        limit)
{
  g_autoptr(HubrotaBeat) beat = hubrota_beat_new (slug, name);
  g_autoptr(GError) error = NULL;

  hubrota_beat_set_abstraction_limit (beat, limit);
  g_assert_true (hubrota_store_add_beat (store, beat, &error));
  g_assert_no_error (error);
}

void
test_util_add_hub (HubrotaStore *store,
              const char   *slug,
              const char   *name,
              const char   *beat)
{
  g_autoptr(HubrotaHub) hub = hubrota_hub_new (slug, name, beat);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_add_hub (store, hub, &error));
  g_assert_no_error (error);
}

void
test_util_add_hotspot (HubrotaStore *store,
                  const char   *slug,
                  const char   *beat,
                  const char   *name)
{
  g_autoptr(HubrotaHotspot) hotspot = hubrota_hotspot_new (slug, beat, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_add_hotspot (store, hotspot, &error));
  g_assert_no_error (error);
}

void
test_util_add_officer (HubrotaStore *store,
                  const char   *id,
                  const char   *name,
                  HubrotaRole   role,
                  const char   *beat,
                  double        weekly_hours)
{
  g_autoptr(HubrotaOfficer) officer = hubrota_officer_new (id, name, role, beat, weekly_hours);
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_add_officer (store, officer, &error));
  g_assert_no_error (error);
}

gint64
test_util_add_series (HubrotaStore *store,
                 const char   *hub,
                 GDateTime    *start,
                 int           minutes,
                 const char   *rrule,
                 int           min_officers)
{
  g_autoptr(HubrotaSeries) series = hubrota_series_new (hub, start, minutes, rrule);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (min_officers >= 0)
    hubrota_series_set_min_officers (series, min_officers);
  id = hubrota_store_add_series (store, series, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
test_util_add_series_at (HubrotaStore *store,
                    const char   *hub,
                    const char   *start,
                    int           minutes,
                    const char   *rrule,
                    int           min_officers)
{
  g_autoptr(GDateTime) first = test_util_local (start);

  return test_util_add_series (store, hub, first, minutes, rrule, min_officers);
}

HubrotaOccurrence *
test_util_find_occurrence (HubrotaStore *store,
                      const char   *hub,
                      const char   *day)
{
  g_autoptr(GDate) date = test_util_date (day);
  g_autoptr(GError) error = NULL;
  HubrotaOccurrence *occurrence = hubrota_store_find_occurrence (store, hub, date, NULL, &error);

  g_assert_no_error (error);
  return occurrence;
}

GPtrArray *
test_util_list_openings (HubrotaStore *store,
                         const char   *from,
                         const char   *to,
                         const char   *hub)
{
  g_autoptr(GDate) first = test_util_date (from);
  g_autoptr(GDate) last = test_util_date (to);
  g_autoptr(GError) error = NULL;
  GPtrArray *openings = hubrota_store_list_occurrences (store, first, last, hub, &error);

  g_assert_no_error (error);
  g_assert_nonnull (openings);
  return openings;
}

char *
test_util_read_file (const char *dir,
                const char *file)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

guint
test_util_count_officers (HubrotaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) officers = hubrota_store_list_officers (store, &error);

  g_assert_no_error (error);
  return officers->len;
}

void
test_util_assert_officer (HubrotaStore *store,
                          const char   *id,
                          const char   *name,
                          HubrotaRole   role,
                          const char   *beat,
                          double        weekly_hours)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOfficer) officer = hubrota_store_get_officer (store, id, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (hubrota_officer_get_id (officer), ==, id);
  g_assert_cmpstr (hubrota_officer_get_name (officer), ==, name);
  g_assert_cmpint (hubrota_officer_get_role (officer), ==, role);
  g_assert_cmpstr (hubrota_officer_get_beat (officer), ==, beat);
  g_assert_cmpfloat (hubrota_officer_get_weekly_hours (officer), ==, weekly_hours);
}

char *
test_util_dump_beats (HubrotaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) beats = hubrota_store_list_beats (store, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < beats->len; i++)
    {
      HubrotaBeat *beat = g_ptr_array_index (beats, i);
      g_string_append_printf (text, "%s|%s|%g\n", hubrota_beat_get_slug (beat),
                              hubrota_beat_get_name (beat),
                              hubrota_beat_get_abstraction_limit (beat));
    }
  return g_string_free (text, FALSE);
}

char *
test_util_dump_hotspots (HubrotaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hotspots = hubrota_store_list_hotspots (store, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < hotspots->len; i++)
    {
      HubrotaHotspot *hotspot = g_ptr_array_index (hotspots, i);
      g_string_append_printf (text, "%s|%s|%s\n", hubrota_hotspot_get_slug (hotspot),
                              hubrota_hotspot_get_beat (hotspot),
                              hubrota_hotspot_get_name (hotspot));
    }
  return g_string_free (text, FALSE);
}

void
test_util_undo (HubrotaHistory *history)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_history_undo (history, &error));
  g_assert_no_error (error);
}

void
test_util_redo (HubrotaHistory *history)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_history_redo (history, &error));
  g_assert_no_error (error);
}

static void
list_tree (const char *root,
           const char *relative,
           GPtrArray  *out)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = *relative != '\0' ? g_strconcat (relative, "/", name, NULL)
                                                 : g_strdup (name);
      g_autofree char *full = g_build_filename (root, child, NULL);

      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        list_tree (root, child, out);
      else
        g_ptr_array_add (out, g_steal_pointer (&child));
    }
}

int
test_util_compare_strings (gconstpointer a,
                           gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
test_util_sorted_tree (const char *root)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  list_tree (root, "", files);
  g_ptr_array_sort (files, test_util_compare_strings);
  return files;
}
