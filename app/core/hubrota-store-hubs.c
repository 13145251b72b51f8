/* hubrota-store-hubs.c: beats and hubs in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hubrota-store-private.h"
#include "hubrota-text.h"

#define MAX_SLUG_LENGTH 64
#define MAX_REASON_LENGTH 500
#define MAX_NAME_LENGTH 200
#define MAX_ADDRESS_LENGTH 500
#define MAX_DESCRIPTION_LENGTH 4000

/* Slugs end up in file names, feed UIDs and URLs: keep them to a-z, 0-9 and inner hyphens. */
gboolean
_hubrota_store_check_slug (const char *what, const char *slug, GError **error)
{
  size_t length = strlen (slug);

  if (length == 0 || length > MAX_SLUG_LENGTH)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           "a %s id must be 1 to %d characters long", what, MAX_SLUG_LENGTH);
  for (const char *p = slug; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             "the %s id ‘%s’ may hold only lower-case letters, digits and hyphens",
                      what, slug);
  if (slug[0] == '-' || slug[length - 1] == '-')
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           "the %s id ‘%s’ must not start or end with a hyphen", what, slug);
  return TRUE;
}

/* A line break is allowed where lines are; no other hidden character (hubrota-text.h) is,
 * as it would break a line in a table, a calendar or a terminal without looking like one. */
static gboolean
is_forbidden (gunichar c, gboolean lines)
{
  if (c == '\n')
    return !lines;
  return hubrota_text_is_hidden (c);
}

gboolean
_hubrota_store_check_text (const char *what, const char *text, guint max_chars, gboolean lines,
                           GError **error)
{
  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "%s is not valid UTF-8", what);
  if (g_utf8_strlen (text, -1) > (glong) max_chars)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "%s is longer than %u characters",
                           what, max_chars);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!lines && (c == '\n' || c == '\t' || c == '\r' || c == 0x2028 || c == 0x2029 ||
                     c == 0x85))
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               "%s must be one line, with no tabs or line breaks", what);
      if (lines && c == '\t')
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "%s has a tab in it", what);
      if (is_forbidden (c, lines))
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               "%s has an invisible control character (U+%04X) in it", what, c);
    }
  return TRUE;
}

gboolean
_hubrota_store_check_name (const char *what, const char *slug, const char *name, GError **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *field = g_strdup_printf ("the name of the %s ‘%s’", what, slug);

  if (*stripped == '\0')
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "the %s ‘%s’ needs a name", what,
                           slug);
  /* A name is one line: it goes into tables, calendar titles and file names. */
  return _hubrota_store_check_text (field, name, MAX_NAME_LENGTH, FALSE, error);
}

/* A public reason (cancelling) or a private one (leave): NULL is fine. */
gboolean
_hubrota_store_check_reason (const char *reason, GError **error)
{
  return _hubrota_store_check_text ("the reason", reason, MAX_REASON_LENGTH, FALSE, error);
}

gboolean
_hubrota_store_row_exists (HubrotaStore *self, const char *sql, const char *key, gboolean *out,
                           GError **error)
{
  g_autoptr(HubrotaStatement) stmt = _hubrota_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _hubrota_store_set_error (self, rc, error);
  *out = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
_hubrota_store_beat_exists (HubrotaStore *self, const char *slug, GError **error)
{
  gboolean found = FALSE;

  if (!_hubrota_store_row_exists (self, "SELECT 1 FROM beat WHERE slug = ?", slug, &found, error))
    return FALSE;
  if (!found)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND, "unknown beat ‘%s’", slug);
  return TRUE;
}

gboolean
_hubrota_store_hub_exists (HubrotaStore *self, const char *slug, GError **error)
{
  gboolean found = FALSE;

  if (!_hubrota_store_row_exists (self, "SELECT 1 FROM hub WHERE slug = ?", slug, &found, error))
    return FALSE;
  if (!found)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND, "unknown hub ‘%s’", slug);
  return TRUE;
}

gboolean
hubrota_store_add_beat (HubrotaStore  *self,
                        HubrotaBeat   *beat,
                        GError       **error)
{
  const char *slug = hubrota_beat_get_slug (beat);
  g_autoptr(HubrotaStatement) stmt = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_BEAT (beat), FALSE);

  if (!_hubrota_store_check_slug ("beat", slug, error) ||
      !_hubrota_store_check_name ("beat", slug, hubrota_beat_get_name (beat), error) ||
      !_hubrota_store_check_abstraction_limit (hubrota_beat_get_abstraction_limit (beat), error) ||
      !_hubrota_store_row_exists (self, "SELECT 1 FROM beat WHERE slug = ?", slug, &found, error))
    return FALSE;
  if (found)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_EXISTS, "there is already a beat ‘%s’", slug);

  stmt = _hubrota_store_prepare (self,
                                 "INSERT INTO beat (slug, name, abstraction_limit) VALUES (?, ?, ?)",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, slug, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, hubrota_beat_get_name (beat), -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 3, hubrota_beat_get_abstraction_limit (beat));
  return _hubrota_store_run (self, stmt, error);
}

static gpointer
beat_from_row (sqlite3_stmt *stmt)
{
  HubrotaBeat *beat = hubrota_beat_new (_hubrota_column_text (stmt, 0),
                                        _hubrota_column_text (stmt, 1));

  hubrota_beat_set_abstraction_limit (beat, sqlite3_column_double (stmt, 2));
  return beat;
}

GPtrArray *
hubrota_store_list_beats (HubrotaStore  *self,
                          GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);

  stmt = _hubrota_store_prepare (self,
                                 "SELECT slug, name, abstraction_limit FROM beat ORDER BY name, slug",
                                 error);
  if (stmt == NULL)
    return NULL;
  return _hubrota_store_collect (self, stmt, beat_from_row, error);
}

/* Every kind of line break in a description ("\r\n" pasted from elsewhere, U+2028) becomes
 * one "\n", as the calendars and the web page write it. */
static void
normalise_line_breaks (HubrotaHub *hub)
{
  const char *description = hubrota_hub_get_description (hub);
  g_autoptr(GString) text = NULL;

  if (description == NULL || !g_utf8_validate (description, -1, NULL))
    return;
  text = g_string_sized_new (strlen (description));
  for (const char *p = description; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '\r' && p[1] == '\n')
        continue;
      if (c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85)
        c = '\n';
      g_string_append_unichar (text, c);
    }
  if (!g_str_equal (text->str, description))
    hubrota_hub_set_description (hub, text->str);
}

static gboolean
normalise_postcode (HubrotaHub *hub, GError **error)
{
  g_autofree char *postcode = hubrota_hub_normalise_postcode (hubrota_hub_get_postcode (hub));

  if (postcode == NULL)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           "‘%s’ is not a UK postcode", hubrota_hub_get_postcode (hub));
  hubrota_hub_set_postcode (hub, postcode);
  return TRUE;
}

gboolean
hubrota_store_check_slug (const char  *slug,
                          GError     **error)
{
  g_return_val_if_fail (slug != NULL, FALSE);
  if (!_hubrota_store_check_slug ("hub", slug, error))
    return FALSE;
  /* A hub's feed is SLUG.ics beside all-hubs.ics, which it must not overwrite. */
  if (g_str_equal (slug, "all-hubs"))
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           "‘all-hubs’ is kept for the calendar of every hub; choose another "
                           "identifier");
  return TRUE;
}

/* What a hub must be, whether it is new or changed; normalises the postcode in place. */
static gboolean
check_hub_details (HubrotaStore *self, HubrotaHub *hub, GError **error)
{
  const char *slug = hubrota_hub_get_slug (hub);
  double lat, lon;

  g_autofree char *address = g_strdup_printf ("the address of the hub ‘%s’", slug);
  g_autofree char *description = g_strdup_printf ("the description of the hub ‘%s’", slug);

  normalise_line_breaks (hub);
  if (!hubrota_store_check_slug (slug, error) ||
      !_hubrota_store_check_name ("hub", slug, hubrota_hub_get_name (hub), error) ||
      !_hubrota_store_check_text (address, hubrota_hub_get_address (hub), MAX_ADDRESS_LENGTH,
                                  FALSE, error) ||
      !_hubrota_store_check_text (description, hubrota_hub_get_description (hub),
                                  MAX_DESCRIPTION_LENGTH, TRUE, error) ||
      !normalise_postcode (hub, error))
    return FALSE;
  if (hubrota_hub_get_location (hub, &lat, &lon) &&
      (!isfinite (lat) || !isfinite (lon) || fabs (lat) > HUBROTA_MAX_LATITUDE ||
       fabs (lon) > HUBROTA_MAX_LONGITUDE))
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           "the map position of the hub ‘%s’ is outside the latitude -90 to 90, "
                           "longitude -180 to 180", slug);
  return _hubrota_store_beat_exists (self, hubrota_hub_get_beat (hub), error);
}

static gboolean
check_new_hub (HubrotaStore *self, HubrotaHub *hub, GError **error)
{
  const char *slug = hubrota_hub_get_slug (hub);
  gboolean found = FALSE;

  if (!check_hub_details (self, hub, error) ||
      !_hubrota_store_row_exists (self, "SELECT 1 FROM hub WHERE slug = ?", slug, &found, error))
    return FALSE;
  if (found)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_EXISTS, "there is already a hub ‘%s’", slug);
  return TRUE;
}

/* Parameters 2 to 8 of the INSERT and the UPDATE below: name … description. */
static void
bind_hub_details (HubrotaStatement *stmt, HubrotaHub *hub)
{
  double lat, lon;

  sqlite3_bind_text (stmt, 2, hubrota_hub_get_name (hub), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, hubrota_hub_get_beat (hub), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, hubrota_hub_get_address (hub), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, hubrota_hub_get_postcode (hub), -1, SQLITE_TRANSIENT);
  if (hubrota_hub_get_location (hub, &lat, &lon))
    {
      sqlite3_bind_double (stmt, 6, lat);
      sqlite3_bind_double (stmt, 7, lon);
    }
  sqlite3_bind_text (stmt, 8, hubrota_hub_get_description (hub), -1, SQLITE_TRANSIENT);
}

gboolean
hubrota_store_add_hub (HubrotaStore  *self,
                       HubrotaHub    *hub,
                       GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_HUB (hub), FALSE);

  if (!check_new_hub (self, hub, error))
    return FALSE;
  stmt = _hubrota_store_prepare (self,
                                 "INSERT INTO hub (slug, name, beat, address, postcode, latitude,"
                                 " longitude, description) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hubrota_hub_get_slug (hub), -1, SQLITE_TRANSIENT);
  bind_hub_details (stmt, hub);
  return _hubrota_store_run (self, stmt, error);
}

/* Whether anything the public sees in the feeds differs from the row (the old values, inside
 * an UPDATE). The beat is the rota's business only. */
#define HUB_PUBLIC_CHANGED \
  "(name IS NOT ?2 OR address IS NOT ?4 OR postcode IS NOT ?5 OR latitude IS NOT ?6" \
  " OR longitude IS NOT ?7 OR description IS NOT ?8)"

/* One statement, so the revision rises with the change it records or not at all. */
gboolean
hubrota_store_update_hub (HubrotaStore  *self,
                          HubrotaHub    *hub,
                          GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *now = _hubrota_store_now_utc ();

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_HUB (hub), FALSE);

  if (!_hubrota_store_hub_exists (self, hubrota_hub_get_slug (hub), error) ||
      !check_hub_details (self, hub, error))
    return FALSE;
  stmt = _hubrota_store_prepare (self,
                                 "UPDATE hub SET"
                                 " revision = revision + " HUB_PUBLIC_CHANGED ","
                                 " modified_utc = CASE WHEN " HUB_PUBLIC_CHANGED
                                 " THEN ?9 ELSE modified_utc END,"
                                 " name = ?2, beat = ?3, address = ?4, postcode = ?5,"
                                 " latitude = ?6, longitude = ?7, description = ?8"
                                 " WHERE slug = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hubrota_hub_get_slug (hub), -1, SQLITE_TRANSIENT);
  bind_hub_details (stmt, hub);
  sqlite3_bind_text (stmt, 9, now, -1, SQLITE_TRANSIENT);
  return _hubrota_store_run (self, stmt, error);
}

/* Archiving takes the hub out of the rota and the feeds, so its openings' sequence rises too:
 * calendars that still hold them replace them. Setting the state it already has changes
 * nothing. */
gboolean
hubrota_store_set_hub_archived (HubrotaStore  *self,
                                const char    *slug,
                                gboolean       archived,
                                GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  g_autofree char *now = _hubrota_store_now_utc ();

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (slug != NULL, FALSE);

  if (!_hubrota_store_hub_exists (self, slug, error))
    return FALSE;
  stmt = _hubrota_store_prepare (self,
                                 "UPDATE hub SET archived = ?2, revision = revision + 1,"
                                 " modified_utc = ?3 WHERE slug = ?1 AND archived IS NOT ?2",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, slug, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, archived ? 1 : 0);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  return _hubrota_store_run (self, stmt, error);
}

#define HUB_COLUMNS \
  "slug, name, beat, address, postcode, latitude, longitude, description, archived"

/* A gpointer, for _hubrota_store_collect. */
static gpointer
hub_from_row (sqlite3_stmt *stmt)
{
  HubrotaHub *hub = hubrota_hub_new (_hubrota_column_text (stmt, 0),
                                     _hubrota_column_text (stmt, 1),
                                     _hubrota_column_text (stmt, 2));

  hubrota_hub_set_address (hub, _hubrota_column_text (stmt, 3));
  hubrota_hub_set_postcode (hub, _hubrota_column_text (stmt, 4));
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    hubrota_hub_set_location (hub, sqlite3_column_double (stmt, 5),
                              sqlite3_column_double (stmt, 6));
  hubrota_hub_set_description (hub, _hubrota_column_text (stmt, 7));
  hubrota_hub_set_archived (hub, sqlite3_column_int (stmt, 8) != 0);
  return hub;
}

HubrotaHub *
hubrota_store_get_hub (HubrotaStore  *self,
                       const char    *slug,
                       GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);
  g_return_val_if_fail (slug != NULL, NULL);

  stmt = _hubrota_store_prepare (self, "SELECT " HUB_COLUMNS " FROM hub WHERE slug = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, slug, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return hub_from_row (stmt);
  if (rc == SQLITE_DONE)
    _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND, "unknown hub ‘%s’", slug);
  else
    _hubrota_store_set_error (self, rc, error);
  return NULL;
}

GPtrArray *
hubrota_store_list_hubs (HubrotaStore  *self,
                         GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);

  stmt = _hubrota_store_prepare (self, "SELECT " HUB_COLUMNS " FROM hub ORDER BY name, slug",
                                 error);
  if (stmt == NULL)
    return NULL;
  return _hubrota_store_collect (self, stmt, hub_from_row, error);
}

GPtrArray *
hubrota_store_list_open_hubs (HubrotaStore  *self,
                              GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);

  stmt = _hubrota_store_prepare (self, "SELECT " HUB_COLUMNS " FROM hub WHERE NOT archived"
                                 " ORDER BY name, slug", error);
  if (stmt == NULL)
    return NULL;
  return _hubrota_store_collect (self, stmt, hub_from_row, error);
}

gboolean
hubrota_store_add_hotspot (HubrotaStore    *self,
                           HubrotaHotspot  *hotspot,
                           GError         **error)
{
  const char *slug = hubrota_hotspot_get_slug (hotspot);
  g_autoptr(HubrotaStatement) stmt = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);
  g_return_val_if_fail (HUBROTA_IS_HOTSPOT (hotspot), FALSE);

  if (!_hubrota_store_check_slug ("hotspot", slug, error) ||
      !_hubrota_store_check_name ("hotspot", slug, hubrota_hotspot_get_name (hotspot), error) ||
      !_hubrota_store_beat_exists (self, hubrota_hotspot_get_beat (hotspot), error) ||
      !_hubrota_store_row_exists (self, "SELECT 1 FROM hotspot WHERE slug = ?", slug, &found, error))
    return FALSE;
  if (found)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_EXISTS, "there is already a hotspot ‘%s’",
                           slug);

  stmt = _hubrota_store_prepare (self, "INSERT INTO hotspot (slug, beat, name) VALUES (?, ?, ?)",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, slug, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, hubrota_hotspot_get_beat (hotspot), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, hubrota_hotspot_get_name (hotspot), -1, SQLITE_TRANSIENT);
  return _hubrota_store_run (self, stmt, error);
}

static gpointer
hotspot_from_row (sqlite3_stmt *stmt)
{
  return hubrota_hotspot_new (_hubrota_column_text (stmt, 0), _hubrota_column_text (stmt, 1),
                              _hubrota_column_text (stmt, 2));
}

GPtrArray *
hubrota_store_list_hotspots (HubrotaStore  *self,
                             GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = NULL;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), NULL);

  stmt = _hubrota_store_prepare (self, "SELECT slug, beat, name FROM hotspot ORDER BY beat, slug",
                                 error);
  if (stmt == NULL)
    return NULL;
  return _hubrota_store_collect (self, stmt, hotspot_from_row, error);
}
