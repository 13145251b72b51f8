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

/* A new folder under the system's temporary one, from a g_dir_make_tmp () template, for a test's
 * files; remove it with test_remove_tree (). */
char *test_util_make_temp_dir (const char *tmpl);

/* Creates (or opens) the database at path, failing the test if it cannot. */
HubrotaStore *test_util_create_store (const char *path);

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

/* The whole of dir/file, failing the test if it cannot be read. */
char *test_util_read_file (const char *dir,
                      const char *file);

G_END_DECLS
