/* hubrota-store-beats.c: changing beats and their hotspots once they are in the store
 *
 * Adding and listing live with the hubs (hubrota-store-hubs.c); this file holds the edits a
 * coordinator makes afterwards. A beat's or a hotspot's slug never changes: officers, hubs
 * and findings name them by it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hubrota-store-private.h"

gboolean
_hubrota_store_check_abstraction_limit (double   percent,
                                        GError **error)
{
  if (!isfinite (percent) || percent < 0 || percent > 100)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("an abstraction limit is a percentage from 0 to 100"));
  return TRUE;
}

static gboolean
hotspot_exists (HubrotaStore *self,
                const char   *slug,
                GError      **error)
{
  gboolean found = FALSE;

  if (!_hubrota_store_row_exists (self, "SELECT 1 FROM hotspot WHERE slug = ?", slug, &found,
                                  error))
    return FALSE;
  if (!found)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           /* Translators: %s is a hotspot's identifier ("church-street"). */
                           _("unknown hotspot ‘%s’"), slug);
  return TRUE;
}

/**
 * hubrota_store_update_beat:
 *
 * Stores the beat's name and abstraction limit over those of the beat with its slug.
 * Checked as hubrota_store_add_beat checks a new one; a refusal changes nothing.
 */
gboolean
hubrota_store_update_beat (HubrotaStore  *self,
                           HubrotaBeat   *beat,
                           GError       **error)
{
  const char *slug;
  g_autoptr(HubrotaStatement) stmt = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_BEAT (beat), FALSE);

  slug = hubrota_beat_get_slug (beat);
  if (!_hubrota_store_beat_exists (self, slug, error) ||
      !_hubrota_store_check_name ("beat", slug, hubrota_beat_get_name (beat), error) ||
      !_hubrota_store_check_abstraction_limit (hubrota_beat_get_abstraction_limit (beat), error))
    return FALSE;

  stmt = _hubrota_store_prepare (self,
                                 "UPDATE beat SET name = ?, abstraction_limit = ? WHERE slug = ?",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hubrota_beat_get_name (beat), -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 2, hubrota_beat_get_abstraction_limit (beat));
  sqlite3_bind_text (stmt, 3, slug, -1, SQLITE_TRANSIENT);
  return _hubrota_store_run (self, stmt, error);
}

/**
 * hubrota_store_update_hotspot:
 *
 * Renames the hotspot with the slug of @hotspot, or moves it to another beat.
 */
gboolean
hubrota_store_update_hotspot (HubrotaStore    *self,
                              HubrotaHotspot  *hotspot,
                              GError         **error)
{
  const char *slug;
  g_autoptr(HubrotaStatement) stmt = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_HOTSPOT (hotspot), FALSE);

  slug = hubrota_hotspot_get_slug (hotspot);
  if (!hotspot_exists (self, slug, error) ||
      !_hubrota_store_check_name ("hotspot", slug, hubrota_hotspot_get_name (hotspot), error) ||
      !_hubrota_store_beat_exists (self, hubrota_hotspot_get_beat (hotspot), error))
    return FALSE;

  stmt = _hubrota_store_prepare (self, "UPDATE hotspot SET name = ?, beat = ? WHERE slug = ?",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hubrota_hotspot_get_name (hotspot), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, hubrota_hotspot_get_beat (hotspot), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, slug, -1, SQLITE_TRANSIENT);
  return _hubrota_store_run (self, stmt, error);
}

/**
 * hubrota_store_remove_hotspot:
 *
 * Forgets the hotspot. Nothing else in the store refers to one: the rules find a beat's
 * hotspots afresh each time they read the rota.
 */
gboolean
hubrota_store_remove_hotspot (HubrotaStore  *self,
                              const char    *slug,
                              GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (slug != NULL, FALSE);

  if (!hotspot_exists (self, slug, error))
    return FALSE;
  stmt = _hubrota_store_prepare (self, "DELETE FROM hotspot WHERE slug = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, slug, -1, SQLITE_TRANSIENT);
  return _hubrota_store_run (self, stmt, error);
}
