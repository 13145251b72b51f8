/* test-util.h: what several test programs need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

/* Deletes a temporary folder and everything in it. */
void test_remove_tree (const char *path);

/* A new folder under the system's temporary one, from a g_dir_make_tmp () template, for a
 * test's files; remove it with test_remove_tree (). */
char *test_util_make_temp_dir (const char *tmpl);

/* Creates (or opens) the database at path, failing the test if it cannot. */
HubrotaStore *test_util_create_store (const char *path);

/* Fills the store with the demo data: a county's worth of hubs, officers and openings. */
void test_util_load_demo (HubrotaStore *store);

/* test_util_create_store () and test_util_load_demo () at once. */
HubrotaStore *test_util_create_demo_store (const char *path);

/* A new, empty database, hubrota.db in a new temporary folder named from tmpl: the folder goes
 * in *dir and, unless path is NULL, the database's path in *path. */
HubrotaStore *test_util_create_temp_store (const char  *tmpl,
                                           char       **dir,
                                           char       **path);

/* Undoes test_util_create_temp_store (): closes the store, deletes the folder and everything
 * in it, and frees and clears *dir and *path (path may be NULL). */
void test_util_remove_temp_store (HubrotaStore **store,
                                  char         **dir,
                                  char         **path);

/* Europe/London wall-clock time from "2026-12-05T10:00", failing the test on a typo. */
GDateTime *test_util_local (const char *text);

/* A date from "2026-12-05", failing the test on a typo. */
GDate *test_util_date (const char *text);

/* Store builders: each adds one row through the public API and fails the test if the store
 * refuses it, so a set-up mistake shows where it is made. */
void test_util_add_beat (HubrotaStore *store,
                         const char   *slug,
                         const char   *name);
void test_util_add_beat_with_limit (HubrotaStore *store,
                                    const char   *slug,
                                    const char   *name,
                                    double        limit);
void test_util_add_hub (HubrotaStore *store,
                        const char   *slug,
                        const char   *name,
                        const char   *beat);
void test_util_add_hotspot (HubrotaStore *store,
                            const char   *slug,
                            const char   *beat,
                            const char   *name);
void test_util_add_officer (HubrotaStore *store,
                            const char   *id,
                            const char   *name,
                            HubrotaRole   role,
                            const char   *beat,
                            double        weekly_hours);

/* min_officers < 0 keeps the series' default. Returns the new series' id. */
gint64 test_util_add_series (HubrotaStore *store,
                             const char   *hub,
                             GDateTime    *start,
                             int           minutes,
                             const char   *rrule,
                             int           min_officers);

/* The same, from a test_util_local () text. */
gint64 test_util_add_series_at (HubrotaStore *store,
                                const char   *hub,
                                const char   *start,
                                int           minutes,
                                const char   *rrule,
                                int           min_officers);

/* The hub's opening on day ("2026-12-05"), or NULL when it has none. */
HubrotaOccurrence *test_util_find_occurrence (HubrotaStore *store,
                                              const char   *hub,
                                              const char   *day);

/* The openings from one day to another ("2026-12-05"), at one hub or (NULL) all of them. */
GPtrArray *test_util_list_openings (HubrotaStore *store,
                                    const char   *from,
                                    const char   *to,
                                    const char   *hub);

/* How many officers the store holds. */
guint test_util_count_officers (HubrotaStore *store);

/* Every field of the stored officer, so a test sees exactly what a change wrote. */
void test_util_assert_officer (HubrotaStore *store,
                               const char   *id,
                               const char   *name,
                               HubrotaRole   role,
                               const char   *beat,
                               double        weekly_hours);

/* Every beat as "slug|name|limit", one a line, in the store's order: compared whole, it shows
 * any change, wanted or not. */
char *test_util_dump_beats (HubrotaStore *store);

/* Every hotspot as "slug|beat|name", one a line, in the store's order. */
char *test_util_dump_hotspots (HubrotaStore *store);

/* Undo and redo that must succeed. */
void test_util_undo (HubrotaHistory *history);
void test_util_redo (HubrotaHistory *history);

/* For g_ptr_array_sort () of strings, as g_strcmp0 () would order them. */
int test_util_compare_strings (gconstpointer a,
                               gconstpointer b);

/* Every file below root, relative to it ("hubs/x.ics"), sorted: what an export wrote. */
GPtrArray *test_util_sorted_tree (const char *root);

/* The whole of dir/file, failing the test if it cannot be read. */
char *test_util_read_file (const char *dir,
                           const char *file);

G_END_DECLS
