/* hubrota-store-hubs.c: beats and hubs in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hubrota-store-private.h"
#include "hubrota-text.h"

#define MAX_SLUG_LENGTH 64
#define MAX_REASON_LENGTH 500
#define MAX_NAME_LENGTH 200
#define MAX_ADDRESS_LENGTH 500
#define MAX_DESCRIPTION_LENGTH 4000

/* What a slug or a name belongs to. The callers name it ("beat", "hub", "hotspot",
 * "officer"); each has messages of its own, as whole sentences, for the translators. */
typedef enum { KIND_BEAT, KIND_HUB, KIND_HOTSPOT, KIND_OFFICER } Kind;

static Kind
kind_of (const char *what)
{
  if (g_str_equal (what, "beat"))
    return KIND_BEAT;
  if (g_str_equal (what, "hotspot"))
    return KIND_HOTSPOT;
  if (g_str_equal (what, "officer"))
    return KIND_OFFICER;
  g_warn_if_fail (g_str_equal (what, "hub"));
  return KIND_HUB;
}

static gboolean
refuse_slug_length (Kind kind, GError **error)
{
  switch (kind)
    {
    case KIND_BEAT:
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "a beat id must be 1 to %d character long",
                                          "a beat id must be 1 to %d characters long",
                                          MAX_SLUG_LENGTH), MAX_SLUG_LENGTH);
    case KIND_HOTSPOT:
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "a hotspot id must be 1 to %d character long",
                                          "a hotspot id must be 1 to %d characters long",
                                          MAX_SLUG_LENGTH), MAX_SLUG_LENGTH);
    case KIND_HUB:
    case KIND_OFFICER:   /* an officer's id is a collar number, checked elsewhere */
    default:
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "a hub id must be 1 to %d character long",
                                          "a hub id must be 1 to %d characters long",
                                          MAX_SLUG_LENGTH), MAX_SLUG_LENGTH);
    }
}

static gboolean
refuse_slug_characters (Kind kind, const char *slug, GError **error)
{
  switch (kind)
    {
    case KIND_BEAT:
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             _("the beat id ‘%s’ may hold only lower-case letters, digits and "
                               "hyphens"), slug);
    case KIND_HOTSPOT:
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             _("the hotspot id ‘%s’ may hold only lower-case letters, digits "
                               "and hyphens"), slug);
    case KIND_HUB:
    case KIND_OFFICER:
    default:
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             _("the hub id ‘%s’ may hold only lower-case letters, digits and "
                               "hyphens"), slug);
    }
}

static gboolean
refuse_slug_hyphen (Kind kind, const char *slug, GError **error)
{
  switch (kind)
    {
    case KIND_BEAT:
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             _("the beat id ‘%s’ must not start or end with a hyphen"), slug);
    case KIND_HOTSPOT:
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             _("the hotspot id ‘%s’ must not start or end with a hyphen"), slug);
    case KIND_HUB:
    case KIND_OFFICER:
    default:
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             _("the hub id ‘%s’ must not start or end with a hyphen"), slug);
    }
}

/* Slugs end up in file names, feed UIDs and URLs: keep them to a-z, 0-9 and inner hyphens. */
gboolean
_hubrota_store_check_slug (const char *what, const char *slug, GError **error)
{
  size_t length = strlen (slug);
  Kind kind = kind_of (what);

  if (length == 0 || length > MAX_SLUG_LENGTH)
    return refuse_slug_length (kind, error);
  for (const char *p = slug; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return refuse_slug_characters (kind, slug, error);
  if (slug[0] == '-' || slug[length - 1] == '-')
    return refuse_slug_hyphen (kind, slug, error);
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

typedef enum
{
  TEXT_FINE,
  TEXT_NOT_UTF8,
  TEXT_TOO_LONG,
  TEXT_NOT_ONE_LINE,
  TEXT_TAB,
  TEXT_CONTROL,      /* *out_char says which */
} TextProblem;

static TextProblem
find_text_problem (const char *text, guint max_chars, gboolean lines, gunichar *out_char)
{
  if (text == NULL)
    return TEXT_FINE;
  if (!g_utf8_validate (text, -1, NULL))
    return TEXT_NOT_UTF8;
  if (g_utf8_strlen (text, -1) > (glong) max_chars)
    return TEXT_TOO_LONG;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!lines && (c == '\n' || c == '\t' || c == '\r' || c == 0x2028 || c == 0x2029 ||
                     c == 0x85))
        return TEXT_NOT_ONE_LINE;
      if (lines && c == '\t')
        return TEXT_TAB;
      if (is_forbidden (c, lines))
        {
          *out_char = c;
          return TEXT_CONTROL;
        }
    }
  return TEXT_FINE;
}

/* Which text a person typed, for the messages about it: each problem of each field is one
 * whole sentence. FIELD_OTHER is named by the caller's own words. */
typedef enum
{
  FIELD_OTHER,
  FIELD_BEAT_NAME,
  FIELD_HUB_NAME,
  FIELD_HOTSPOT_NAME,
  FIELD_OFFICER_NAME,
  FIELD_HUB_ADDRESS,
  FIELD_HUB_DESCRIPTION,
  FIELD_REASON,
} Field;

static gboolean
refuse_not_utf8 (Field field, const char *what, const char *slug, GError **error)
{
  int code = HUBROTA_STORE_ERROR_INVALID;

  switch (field)
    {
    case FIELD_BEAT_NAME:
      return _hubrota_error (error, code, _("the name of the beat ‘%s’ is not valid UTF-8"), slug);
    case FIELD_HUB_NAME:
      return _hubrota_error (error, code, _("the name of the hub ‘%s’ is not valid UTF-8"), slug);
    case FIELD_HOTSPOT_NAME:
      return _hubrota_error (error, code, _("the name of the hotspot ‘%s’ is not valid UTF-8"),
                             slug);
    case FIELD_OFFICER_NAME:
      return _hubrota_error (error, code, _("the name of the officer ‘%s’ is not valid UTF-8"),
                             slug);
    case FIELD_HUB_ADDRESS:
      return _hubrota_error (error, code, _("the address of the hub ‘%s’ is not valid UTF-8"),
                             slug);
    case FIELD_HUB_DESCRIPTION:
      return _hubrota_error (error, code,
                             _("the description of the hub ‘%s’ is not valid UTF-8"), slug);
    case FIELD_REASON:
      return _hubrota_error (error, code, _("the reason is not valid UTF-8"));
    case FIELD_OTHER:
    default:
      /* Translators: %s names a piece of text, as in "the address". */
      return _hubrota_error (error, code, _("%s is not valid UTF-8"), what);
    }
}

static gboolean
refuse_too_long (Field field, const char *what, const char *slug, guint max, GError **error)
{
  int code = HUBROTA_STORE_ERROR_INVALID;

  switch (field)
    {
    case FIELD_BEAT_NAME:
      return _hubrota_error (error, code,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the name of the beat ‘%s’ is longer than %u character",
                                          "the name of the beat ‘%s’ is longer than %u characters",
                                          max), slug, max);
    case FIELD_HUB_NAME:
      return _hubrota_error (error, code,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the name of the hub ‘%s’ is longer than %u character",
                                          "the name of the hub ‘%s’ is longer than %u characters",
                                          max), slug, max);
    case FIELD_HOTSPOT_NAME:
      return _hubrota_error (error, code,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the name of the hotspot ‘%s’ is longer than %u "
                                          "character",
                                          "the name of the hotspot ‘%s’ is longer than %u "
                                          "characters", max), slug, max);
    case FIELD_OFFICER_NAME:
      return _hubrota_error (error, code,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the name of the officer ‘%s’ is longer than %u "
                                          "character",
                                          "the name of the officer ‘%s’ is longer than %u "
                                          "characters", max), slug, max);
    case FIELD_HUB_ADDRESS:
      return _hubrota_error (error, code,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the address of the hub ‘%s’ is longer than %u "
                                          "character",
                                          "the address of the hub ‘%s’ is longer than %u "
                                          "characters", max), slug, max);
    case FIELD_HUB_DESCRIPTION:
      return _hubrota_error (error, code,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the description of the hub ‘%s’ is longer than %u "
                                          "character",
                                          "the description of the hub ‘%s’ is longer than %u "
                                          "characters", max), slug, max);
    case FIELD_REASON:
      return _hubrota_error (error, code,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the reason is longer than %u character",
                                          "the reason is longer than %u characters", max), max);
    case FIELD_OTHER:
    default:
      return _hubrota_error (error, code,
                             g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: %s names a piece of text, as in
                                           * "the address"; %u is a number of characters. */
                                          "%s is longer than %u character",
                                          "%s is longer than %u characters", max), what, max);
    }
}

static gboolean
refuse_not_one_line (Field field, const char *what, const char *slug, GError **error)
{
  int code = HUBROTA_STORE_ERROR_INVALID;

  switch (field)
    {
    case FIELD_BEAT_NAME:
      return _hubrota_error (error, code,
                             _("the name of the beat ‘%s’ must be one line, with no tabs or "
                               "line breaks"), slug);
    case FIELD_HUB_NAME:
      return _hubrota_error (error, code,
                             _("the name of the hub ‘%s’ must be one line, with no tabs or "
                               "line breaks"), slug);
    case FIELD_HOTSPOT_NAME:
      return _hubrota_error (error, code,
                             _("the name of the hotspot ‘%s’ must be one line, with no tabs or "
                               "line breaks"), slug);
    case FIELD_OFFICER_NAME:
      return _hubrota_error (error, code,
                             _("the name of the officer ‘%s’ must be one line, with no tabs or "
                               "line breaks"), slug);
    case FIELD_HUB_ADDRESS:
      return _hubrota_error (error, code,
                             _("the address of the hub ‘%s’ must be one line, with no tabs or "
                               "line breaks"), slug);
    case FIELD_HUB_DESCRIPTION:
      /* A description may have lines; it is here only for completeness. */
      return _hubrota_error (error, code,
                             _("the description of the hub ‘%s’ must be one line, with no "
                               "tabs or line breaks"), slug);
    case FIELD_REASON:
      return _hubrota_error (error, code,
                             _("the reason must be one line, with no tabs or line breaks"));
    case FIELD_OTHER:
    default:
      return _hubrota_error (error, code,
                             /* Translators: %s names a piece of text, as in "the address". */
                             _("%s must be one line, with no tabs or line breaks"), what);
    }
}

static gboolean
refuse_tab (Field field, const char *what, const char *slug, GError **error)
{
  int code = HUBROTA_STORE_ERROR_INVALID;

  /* Only text that may have lines gets here: the others are refused as not one line. */
  switch (field)
    {
    case FIELD_HUB_DESCRIPTION:
      return _hubrota_error (error, code, _("the description of the hub ‘%s’ has a tab in it"),
                             slug);
    case FIELD_REASON:
      return _hubrota_error (error, code, _("the reason has a tab in it"));
    case FIELD_BEAT_NAME:
    case FIELD_HUB_NAME:
    case FIELD_HOTSPOT_NAME:
    case FIELD_OFFICER_NAME:
    case FIELD_HUB_ADDRESS:
      return refuse_not_one_line (field, what, slug, error);
    case FIELD_OTHER:
    default:
      /* Translators: %s names a piece of text, as in "the description". */
      return _hubrota_error (error, code, _("%s has a tab in it"), what);
    }
}

static gboolean
refuse_control (Field field, const char *what, const char *slug, gunichar c, GError **error)
{
  int code = HUBROTA_STORE_ERROR_INVALID;

  switch (field)
    {
    case FIELD_BEAT_NAME:
      return _hubrota_error (error, code,
                             /* Translators: %s is the beat's identifier; U+%04X names the
                              * character in Unicode's way ("U+202E"). */
                             _("the name of the beat ‘%s’ has an invisible control character "
                               "(U+%04X) in it"), slug, c);
    case FIELD_HUB_NAME:
      return _hubrota_error (error, code,
                             _("the name of the hub ‘%s’ has an invisible control character "
                               "(U+%04X) in it"), slug, c);
    case FIELD_HOTSPOT_NAME:
      return _hubrota_error (error, code,
                             _("the name of the hotspot ‘%s’ has an invisible control character "
                               "(U+%04X) in it"), slug, c);
    case FIELD_OFFICER_NAME:
      return _hubrota_error (error, code,
                             _("the name of the officer ‘%s’ has an invisible control character "
                               "(U+%04X) in it"), slug, c);
    case FIELD_HUB_ADDRESS:
      return _hubrota_error (error, code,
                             _("the address of the hub ‘%s’ has an invisible control character "
                               "(U+%04X) in it"), slug, c);
    case FIELD_HUB_DESCRIPTION:
      return _hubrota_error (error, code,
                             _("the description of the hub ‘%s’ has an invisible control "
                               "character (U+%04X) in it"), slug, c);
    case FIELD_REASON:
      return _hubrota_error (error, code,
                             _("the reason has an invisible control character (U+%04X) in it"),
                             c);
    case FIELD_OTHER:
    default:
      return _hubrota_error (error, code,
                             /* Translators: %s names a piece of text, as in "the address". */
                             _("%s has an invisible control character (U+%04X) in it"), what, c);
    }
}

/* slug is the identifier the field's messages name (NULL for the reason); what names the
 * text in FIELD_OTHER's. */
static gboolean
check_field (Field field, const char *what, const char *slug, const char *text,
             guint max_chars, gboolean lines, GError **error)
{
  gunichar c = 0;

  switch (find_text_problem (text, max_chars, lines, &c))
    {
    case TEXT_NOT_UTF8:
      return refuse_not_utf8 (field, what, slug, error);
    case TEXT_TOO_LONG:
      return refuse_too_long (field, what, slug, max_chars, error);
    case TEXT_NOT_ONE_LINE:
      return refuse_not_one_line (field, what, slug, error);
    case TEXT_TAB:
      return refuse_tab (field, what, slug, error);
    case TEXT_CONTROL:
      return refuse_control (field, what, slug, c, error);
    case TEXT_FINE:
    default:
      return TRUE;
    }
}

gboolean
_hubrota_store_check_text (const char *what, const char *text, guint max_chars, gboolean lines,
                           GError **error)
{
  return check_field (FIELD_OTHER, what, NULL, text, max_chars, lines, error);
}

gboolean
_hubrota_store_check_name (const char *what, const char *slug, const char *name, GError **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  Kind kind = kind_of (what);
  Field field = FIELD_HUB_NAME;

  if (*stripped == '\0')
    switch (kind)
      {
      case KIND_BEAT:
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               _("the beat ‘%s’ needs a name"), slug);
      case KIND_HOTSPOT:
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               _("the hotspot ‘%s’ needs a name"), slug);
      case KIND_OFFICER:
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               /* Translators: %s is the officer's collar number ("PC1234"). */
                               _("the officer ‘%s’ needs a name"), slug);
      case KIND_HUB:
      default:
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               _("the hub ‘%s’ needs a name"), slug);
      }
  switch (kind)
    {
    case KIND_BEAT:
      field = FIELD_BEAT_NAME;
      break;
    case KIND_HOTSPOT:
      field = FIELD_HOTSPOT_NAME;
      break;
    case KIND_OFFICER:
      field = FIELD_OFFICER_NAME;
      break;
    case KIND_HUB:
    default:
      field = FIELD_HUB_NAME;
      break;
    }
  /* A name is one line: it goes into tables, calendar titles and file names. */
  return check_field (field, NULL, slug, name, MAX_NAME_LENGTH, FALSE, error);
}

/* A public reason (cancelling) or a private one (leave): NULL is fine. */
gboolean
_hubrota_store_check_reason (const char *reason, GError **error)
{
  return check_field (FIELD_REASON, NULL, NULL, reason, MAX_REASON_LENGTH, FALSE, error);
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
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND,
                           /* Translators: %s is a beat's identifier ("north"). */
                           _("unknown beat ‘%s’"), slug);
  return TRUE;
}

gboolean
_hubrota_store_hub_exists (HubrotaStore *self, const char *slug, GError **error)
{
  gboolean found = FALSE;

  if (!_hubrota_store_row_exists (self, "SELECT 1 FROM hub WHERE slug = ?", slug, &found, error))
    return FALSE;
  if (!found)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND, _("unknown hub ‘%s’"), slug);
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
    return _hubrota_error (error, HUBROTA_STORE_ERROR_EXISTS, _("there is already a beat ‘%s’"),
                           slug);

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
                           _("‘%s’ is not a UK postcode"), hubrota_hub_get_postcode (hub));
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
                           /* Translators: all-hubs is a file name; keep it as it is. */
                           _("‘all-hubs’ is kept for the calendar of every hub; choose another "
                             "identifier"));
  return TRUE;
}

/* What a hub must be, whether it is new or changed; normalises the postcode in place. */
static gboolean
check_hub_details (HubrotaStore *self, HubrotaHub *hub, GError **error)
{
  const char *slug = hubrota_hub_get_slug (hub);
  double lat, lon;

  normalise_line_breaks (hub);
  if (!hubrota_store_check_slug (slug, error) ||
      !_hubrota_store_check_name ("hub", slug, hubrota_hub_get_name (hub), error) ||
      !check_field (FIELD_HUB_ADDRESS, NULL, slug, hubrota_hub_get_address (hub),
                    MAX_ADDRESS_LENGTH, FALSE, error) ||
      !check_field (FIELD_HUB_DESCRIPTION, NULL, slug, hubrota_hub_get_description (hub),
                    MAX_DESCRIPTION_LENGTH, TRUE, error) ||
      !normalise_postcode (hub, error))
    return FALSE;
  if (hubrota_hub_get_location (hub, &lat, &lon) &&
      (!isfinite (lat) || !isfinite (lon) || fabs (lat) > HUBROTA_MAX_LATITUDE ||
       fabs (lon) > HUBROTA_MAX_LONGITUDE))
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("the map position of the hub ‘%s’ is outside the latitude -90 to "
                             "90, longitude -180 to 180"), slug);
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
    return _hubrota_error (error, HUBROTA_STORE_ERROR_EXISTS, _("there is already a hub ‘%s’"),
                           slug);
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
    _hubrota_error (error, HUBROTA_STORE_ERROR_NOT_FOUND, _("unknown hub ‘%s’"), slug);
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
    return _hubrota_error (error, HUBROTA_STORE_ERROR_EXISTS,
                           _("there is already a hotspot ‘%s’"), slug);

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
