/* hubrota-hub.c: a policing hub, a place the neighbourhood team opens to the public
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaHub"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "hubrota-hub.h"

struct _HubrotaHub
{
  GObject parent_instance;

  char *slug;
  char *name;
  char *beat;
  char *address;
  char *postcode;
  char *description;
  gboolean has_location;
  double latitude;
  double longitude;
  gboolean archived;
};

G_DEFINE_FINAL_TYPE (HubrotaHub, hubrota_hub, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SLUG,
  PROP_NAME,
  PROP_BEAT,
  PROP_ADDRESS,
  PROP_POSTCODE,
  PROP_DESCRIPTION,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (HubrotaHub *self, char **field, const char *value, int prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
hubrota_hub_finalize (GObject *object)
{
  HubrotaHub *self = (HubrotaHub *) object;

  g_clear_pointer (&self->slug, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->beat, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->postcode, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (hubrota_hub_parent_class)->finalize (object);
}

static void
hubrota_hub_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HubrotaHub *self = HUBROTA_HUB (object);

  switch (prop_id)
    {
    case PROP_SLUG:
      g_value_set_string (value, self->slug);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_BEAT:
      g_value_set_string (value, self->beat);
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_POSTCODE:
      g_value_set_string (value, self->postcode);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
hubrota_hub_class_init (HubrotaHubClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hubrota_hub_finalize;
  object_class->get_property = hubrota_hub_get_property;

  properties[PROP_SLUG] = string_property ("slug");
  properties[PROP_NAME] = string_property ("name");
  properties[PROP_BEAT] = string_property ("beat");
  properties[PROP_ADDRESS] = string_property ("address");
  properties[PROP_POSTCODE] = string_property ("postcode");
  properties[PROP_DESCRIPTION] = string_property ("description");
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hubrota_hub_init (HubrotaHub *self)
{
  self->address = g_strdup ("");
  self->postcode = g_strdup ("");
  self->description = g_strdup ("");
}

HubrotaHub *
hubrota_hub_new (const char *slug,
                 const char *name,
                 const char *beat)
{
  HubrotaHub *self;

  g_return_val_if_fail (slug != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (beat != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_HUB, NULL);
  self->slug = g_strdup (slug);
  self->name = g_strdup (name);
  self->beat = g_strdup (beat);
  return self;
}

const char *
hubrota_hub_get_slug (HubrotaHub *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB (self), NULL);
  return self->slug;
}

const char *
hubrota_hub_get_name (HubrotaHub *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB (self), NULL);
  return self->name;
}

const char *
hubrota_hub_get_beat (HubrotaHub *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB (self), NULL);
  return self->beat;
}

const char *
hubrota_hub_get_address (HubrotaHub *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB (self), NULL);
  return self->address;
}

void
hubrota_hub_set_address (HubrotaHub *self,
                         const char *address)
{
  g_return_if_fail (HUBROTA_IS_HUB (self));
  set_string (self, &self->address, address, PROP_ADDRESS);
}

const char *
hubrota_hub_get_postcode (HubrotaHub *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB (self), NULL);
  return self->postcode;
}

char *
hubrota_hub_format_address (HubrotaHub *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB (self), NULL);

  if (self->address[0] == '\0' || self->postcode[0] == '\0')
    return g_strconcat (self->address, self->postcode, NULL);
  return g_strdup_printf ("%s, %s", self->address, self->postcode);
}

void
hubrota_hub_set_postcode (HubrotaHub *self,
                          const char *postcode)
{
  g_return_if_fail (HUBROTA_IS_HUB (self));
  set_string (self, &self->postcode, postcode, PROP_POSTCODE);
}

const char *
hubrota_hub_get_description (HubrotaHub *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB (self), NULL);
  return self->description;
}

void
hubrota_hub_set_description (HubrotaHub *self,
                             const char *description)
{
  g_return_if_fail (HUBROTA_IS_HUB (self));
  set_string (self, &self->description, description, PROP_DESCRIPTION);
}

/* Returns FALSE, leaving the outputs alone, when the hub has no map position. */
gboolean
hubrota_hub_get_location (HubrotaHub *self,
                          double     *latitude,
                          double     *longitude)
{
  g_return_val_if_fail (HUBROTA_IS_HUB (self), FALSE);

  if (!self->has_location)
    return FALSE;
  if (latitude != NULL)
    *latitude = self->latitude;
  if (longitude != NULL)
    *longitude = self->longitude;
  return TRUE;
}

void
hubrota_hub_set_location (HubrotaHub *self,
                          double      latitude,
                          double      longitude)
{
  g_return_if_fail (HUBROTA_IS_HUB (self));

  self->has_location = TRUE;
  self->latitude = latitude;
  self->longitude = longitude;
}

gboolean
hubrota_hub_get_archived (HubrotaHub *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB (self), FALSE);
  return self->archived;
}

void
hubrota_hub_set_archived (HubrotaHub *self,
                          gboolean    archived)
{
  g_return_if_fail (HUBROTA_IS_HUB (self));

  archived = !!archived;
  if (self->archived == archived)
    return;
  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

char *
hubrota_hub_normalise_postcode (const char *postcode)
{
  g_autofree char *upper = NULL;
  g_autoptr(GRegex) pattern = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  char *result = NULL;

  g_return_val_if_fail (postcode != NULL, NULL);

  upper = g_strstrip (g_ascii_strup (postcode, -1));
  if (*upper == '\0')
    return g_strdup ("");
  /* Outward code, then the inward code: a digit and two letters. */
  pattern = g_regex_new ("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$", 0, 0, NULL);
  if (g_regex_match (pattern, upper, 0, &match))
    {
      g_autofree char *outward = g_match_info_fetch (match, 1);
      g_autofree char *inward = g_match_info_fetch (match, 2);

      result = g_strdup_printf ("%s %s", outward, inward);
    }
  return result;
}

gboolean
hubrota_parse_degrees (const char *text,
                       double      limit,
                       double     *out_value)
{
  char *end = NULL;
  double value;

  g_return_val_if_fail (text != NULL && out_value != NULL, FALSE);

  /* Plain decimal notation only, so that nothing strtod also reads slips through. */
  if (*text == '\0' || text[strspn (text, "+-.0123456789")] != '\0')
    return FALSE;
  errno = 0;
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || errno != 0 || !isfinite (value) || fabs (value) > limit)
    return FALSE;
  *out_value = value;
  return TRUE;
}
