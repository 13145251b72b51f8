/* hubrota-cli-hubs.c: init, and the beat, hub and hotspot commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hubrota-cli.h"

/* The core keeps "" for a detail nobody gave; the CLI says null in JSON and leaves
 * `--postcode ''` meaning no postcode rather than an empty one. */
static const char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

gboolean
hubrota_cli_init (HubrotaCliCall  *call,
                  GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autofree char *display = g_filename_display_name (call->database);
  gboolean demo = FALSE;
  gboolean existed;
  const GOptionEntry entries[] = {
    { "demo", 0, 0, G_OPTION_ARG_NONE, &demo,
      N_("Fill the new database with a sample of Bedfordshire hubs to explore"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, NULL, NULL, entries, error))
    return call->help_shown;

  existed = g_file_test (call->database, G_FILE_TEST_EXISTS);
  if (!existed)
    hubrota_cli_make_parent_folder (call->database);
  store = hubrota_store_open (call->database, HUBROTA_STORE_OPEN_CREATE, error);
  if (store == NULL)
    return FALSE;

  if (demo && !hubrota_store_load_demo (store, error))
    {
      g_clear_object (&store);
      if (!existed)
        hubrota_cli_discard_new_database (call->database);
      return FALSE;
    }

  if (existed)
    g_print (_("Database %s is ready\n"), display);
  else
    g_print (_("Created %s\n"), display);
  return TRUE;
}

gboolean
hubrota_cli_beat_add (HubrotaCliCall  *call,
                      GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaBeat) beat = NULL;
  g_autofree char *name = NULL, *limit_text = NULL;
  double limit = HUBROTA_BEAT_DEFAULT_ABSTRACTION_LIMIT;
  const GOptionEntry entries[] = {
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name, N_("The beat’s name, e.g. “South Ward”"),
      N_("NAME") },
    { "abstraction-limit", 0, 0, G_OPTION_ARG_STRING, &limit_text,
      N_("The most of its officers’ duty time that may go to work off the beat, in percent "
         "(default 10; 12.5 is fine)"), N_("PERCENT") },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("SLUG"),
                               N_("Example: hubrota-cli beat add luton-south --name 'South Ward' "
                                  "--abstraction-limit 12.5"),
                               entries, error))
    return call->help_shown;
  if (!hubrota_cli_require ("--name", name, error) ||
      (limit_text != NULL &&
       !hubrota_cli_parse_number ("--abstraction-limit", limit_text, 100, &limit, error)))
    return FALSE;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;
  beat = hubrota_beat_new (call->argument, name);
  hubrota_beat_set_abstraction_limit (beat, limit);
  return hubrota_store_add_beat (store, beat, error);
}

static void
add_beat_json (JsonBuilder *builder,
               gpointer     item)
{
  HubrotaBeat *beat = item;

  json_builder_begin_object (builder);
  hubrota_cli_add_string (builder, "slug", hubrota_beat_get_slug (beat));
  hubrota_cli_add_string (builder, "name", hubrota_beat_get_name (beat));
  json_builder_set_member_name (builder, "abstraction_limit");
  json_builder_add_double_value (builder, hubrota_beat_get_abstraction_limit (beat));
  json_builder_end_object (builder);
}

static void
print_beats_text (GPtrArray  *beats,
                 const char *argument)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  if (beats->len == 0)
    {
      g_print (_("No beats yet; add one with ‘%s beat add’.\n"), HUBROTA_CLI_NAME);
      return;
    }

  g_ptr_array_add (cells, g_strdup (_("SLUG")));
  g_ptr_array_add (cells, g_strdup (_("NAME")));
  g_ptr_array_add (cells, g_strdup (_("MAX ABSTRACTION")));
  for (guint i = 0; i < beats->len; i++)
    {
      HubrotaBeat *beat = g_ptr_array_index (beats, i);
      double percent = hubrota_beat_get_abstraction_limit (beat);
      g_autofree char *limit = hubrota_cli_format_number (percent);

      g_ptr_array_add (cells, g_strdup (hubrota_beat_get_slug (beat)));
      g_ptr_array_add (cells, g_strdup (hubrota_beat_get_name (beat)));
      g_ptr_array_add (cells, g_strdup_printf ("%s%%", limit));
    }
  hubrota_cli_print_table (cells, 3);
}

static GPtrArray *
list_beats (HubrotaStore *store, const char *argument, GError **error)
{
  return hubrota_store_list_beats (store, error);
}

gboolean
hubrota_cli_beat_list (HubrotaCliCall  *call,
                      GError         **error)
{
  return hubrota_cli_run_list (call, NULL, list_beats, add_beat_json, print_beats_text, error);
}

/* --lat and --lon come as text so that they are parsed strictly and only together. */
static gboolean
set_location (HubrotaHub  *hub,
              const char  *lat,
              const char  *lon,
              GError     **error)
{
  double latitude, longitude;

  if (lat == NULL && lon == NULL)
    return TRUE;
  if (lat == NULL || lon == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("--lat and --lon must be given together"));
      return FALSE;
    }
  if (!hubrota_cli_parse_degrees ("--lat", lat, HUBROTA_MAX_LATITUDE, &latitude, error) ||
      !hubrota_cli_parse_degrees ("--lon", lon, HUBROTA_MAX_LONGITUDE, &longitude, error))
    return FALSE;

  hubrota_hub_set_location (hub, latitude, longitude);
  return TRUE;
}

/* What hub add and hub edit may be told about a hub. */
typedef struct
{
  char *name, *beat, *address, *postcode, *lat, *lon, *description;
} HubOptions;

static void
hub_options_clear (HubOptions *options)
{
  g_free (options->name);
  g_free (options->beat);
  g_free (options->address);
  g_free (options->postcode);
  g_free (options->lat);
  g_free (options->lon);
  g_free (options->description);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HubOptions, hub_options_clear)

static gboolean
parse_hub_options (HubrotaCliCall  *call,
                   HubOptions      *o,
                   const char      *example,
                   GError         **error)
{
  const GOptionEntry entries[] = {
    { "name", 'n', 0, G_OPTION_ARG_STRING, &o->name, N_("The hub’s name, e.g. “Bedford Library”"),
      N_("NAME") },
    { "beat", 'b', 0, G_OPTION_ARG_STRING, &o->beat, N_("The beat the hub is in, by its slug"),
      N_("BEAT") },
    { "address", 0, 0, G_OPTION_ARG_STRING, &o->address, N_("The street address"), N_("ADDRESS") },
    { "postcode", 0, 0, G_OPTION_ARG_STRING, &o->postcode, N_("The postcode"), N_("POSTCODE") },
    { "lat", 0, 0, G_OPTION_ARG_STRING, &o->lat, N_("Latitude in degrees (with --lon)"), N_("X") },
    { "lon", 0, 0, G_OPTION_ARG_STRING, &o->lon, N_("Longitude in degrees (with --lat)"), N_("Y") },
    { "description", 0, 0, G_OPTION_ARG_STRING, &o->description,
      N_("What the public can come for, how to find the room"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };

  return hubrota_cli_call_parse (call, N_("SLUG"), example, entries, error);
}

/* Sets what was given; an empty --address, --postcode or --description clears it. */
static gboolean
apply_hub_options (HubrotaHub  *hub,
                   HubOptions  *o,
                   GError     **error)
{
  if (!set_location (hub, o->lat, o->lon, error))
    return FALSE;
  if (o->address != NULL)
    hubrota_hub_set_address (hub, nonempty (o->address));
  if (o->postcode != NULL)
    hubrota_hub_set_postcode (hub, nonempty (o->postcode));
  if (o->description != NULL)
    hubrota_hub_set_description (hub, nonempty (o->description));
  return TRUE;
}

gboolean
hubrota_cli_hub_add (HubrotaCliCall  *call,
                     GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaHub) hub = NULL;
  g_auto(HubOptions) options = { NULL };

  if (!parse_hub_options (call, &options,
                          N_("Example: hubrota-cli hub add bedford-library --name 'Bedford "
                             "Library' --beat castle --postcode 'MK40 1PG' "
                             "--lat 52.1365 --lon -0.4667"),
                          error))
    return call->help_shown;
  if (!hubrota_cli_require ("--name", options.name, error) ||
      !hubrota_cli_require ("--beat", options.beat, error))
    return FALSE;

  hub = hubrota_hub_new (call->argument, options.name, options.beat);
  if (!apply_hub_options (hub, &options, error))
    return FALSE;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;
  return hubrota_store_add_hub (store, hub, error);
}

gboolean
hubrota_cli_hub_edit (HubrotaCliCall  *call,
                      GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaHub) stored = NULL;
  g_autoptr(HubrotaHub) hub = NULL;
  g_auto(HubOptions) options = { NULL };
  double latitude, longitude;

  if (!parse_hub_options (call, &options,
                          N_("Example: hubrota-cli hub edit ampthill --address 'Church Street, "
                             "Ampthill' --postcode 'MK45 2EH'"),
                          error))
    return call->help_shown;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL || (stored = hubrota_store_get_hub (store, call->argument, error)) == NULL)
    return FALSE;
  /* A copy with the changes, so a refused edit leaves nothing half-set anywhere. */
  hub = hubrota_hub_new (call->argument,
                         options.name != NULL ? options.name : hubrota_hub_get_name (stored),
                         options.beat != NULL ? options.beat : hubrota_hub_get_beat (stored));
  hubrota_hub_set_address (hub, hubrota_hub_get_address (stored));
  hubrota_hub_set_postcode (hub, hubrota_hub_get_postcode (stored));
  hubrota_hub_set_description (hub, hubrota_hub_get_description (stored));
  if (hubrota_hub_get_location (stored, &latitude, &longitude))
    hubrota_hub_set_location (hub, latitude, longitude);
  if (!apply_hub_options (hub, &options, error))
    return FALSE;
  return hubrota_store_update_hub (store, hub, error);
}

gboolean
hubrota_cli_hub_archive (HubrotaCliCall  *call,
                         GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  gboolean restore = FALSE;
  const GOptionEntry entries[] = {
    { "restore", 0, 0, G_OPTION_ARG_NONE, &restore,
      N_("Bring an archived hub back into the rota and the calendars"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("SLUG"),
                               N_("An archived hub leaves the rota and the public calendars at the "
                                  "next export; its history is kept."),
                               entries, error))
    return call->help_shown;
  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;
  return hubrota_store_set_hub_archived (store, call->argument, !restore, error);
}

static void
add_location (JsonBuilder *builder,
              HubrotaHub  *hub)
{
  double latitude, longitude;
  gboolean known = hubrota_hub_get_location (hub, &latitude, &longitude);

  json_builder_set_member_name (builder, "latitude");
  if (known)
    json_builder_add_double_value (builder, latitude);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "longitude");
  if (known)
    json_builder_add_double_value (builder, longitude);
  else
    json_builder_add_null_value (builder);
}

static void
add_hub_json (JsonBuilder *builder,
              gpointer     item)
{
  HubrotaHub *hub = item;

  json_builder_begin_object (builder);
  hubrota_cli_add_string (builder, "slug", hubrota_hub_get_slug (hub));
  hubrota_cli_add_string (builder, "name", hubrota_hub_get_name (hub));
  hubrota_cli_add_string (builder, "beat", hubrota_hub_get_beat (hub));
  hubrota_cli_add_string (builder, "address", nonempty (hubrota_hub_get_address (hub)));
  hubrota_cli_add_string (builder, "postcode", nonempty (hubrota_hub_get_postcode (hub)));
  add_location (builder, hub);
  hubrota_cli_add_string (builder, "description", nonempty (hubrota_hub_get_description (hub)));
  json_builder_set_member_name (builder, "archived");
  json_builder_add_boolean_value (builder, hubrota_hub_get_archived (hub));
  json_builder_end_object (builder);
}

static void
print_hubs_text (GPtrArray  *hubs,
                const char *argument)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  if (hubs->len == 0)
    {
      g_print (_("No hubs yet; add one with ‘%s hub add’.\n"), HUBROTA_CLI_NAME);
      return;
    }

  g_ptr_array_add (cells, g_strdup (_("SLUG")));
  g_ptr_array_add (cells, g_strdup (_("NAME")));
  g_ptr_array_add (cells, g_strdup (_("BEAT")));
  g_ptr_array_add (cells, g_strdup (_("POSTCODE")));
  for (guint i = 0; i < hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (hubs, i);
      const char *postcode = nonempty (hubrota_hub_get_postcode (hub));

      g_ptr_array_add (cells, g_strdup (hubrota_hub_get_slug (hub)));
      g_ptr_array_add (cells, hubrota_hub_get_archived (hub)
                              /* Translators: after an archived hub's name in "hub list" */
                              ? g_strdup_printf (_("%s (archived)"), hubrota_hub_get_name (hub))
                              : g_strdup (hubrota_hub_get_name (hub)));
      g_ptr_array_add (cells, g_strdup (hubrota_hub_get_beat (hub)));
      g_ptr_array_add (cells, g_strdup (postcode ? postcode : "—"));
    }
  hubrota_cli_print_table (cells, 4);
}

static GPtrArray *
list_hubs (HubrotaStore *store, const char *argument, GError **error)
{
  return hubrota_store_list_hubs (store, error);
}

gboolean
hubrota_cli_hub_list (HubrotaCliCall  *call,
                     GError         **error)
{
  return hubrota_cli_run_list (call, NULL, list_hubs, add_hub_json, print_hubs_text, error);
}

gboolean
hubrota_cli_hotspot_add (HubrotaCliCall  *call,
                         GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaHotspot) hotspot = NULL;
  g_autofree char *name = NULL;
  const GOptionEntry entries[] = {
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name,
      N_("The hotspot’s name, e.g. “Tavistock Street shops”"), N_("NAME") },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("BEAT SLUG"),
                               N_("The beat comes first; a hotspot has a slug of its own.\n\n"
                                  "Example: hubrota-cli hotspot add castle tavistock-street "
                                  "--name 'Tavistock Street shops'"),
                               entries, error))
    return call->help_shown;
  if (!hubrota_cli_require ("--name", name, error))
    return FALSE;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;
  hotspot = hubrota_hotspot_new (call->second_argument, call->argument, name);
  return hubrota_store_add_hotspot (store, hotspot, error);
}

static void
add_hotspot_json (JsonBuilder *builder,
                  gpointer     item)
{
  HubrotaHotspot *hotspot = item;

  json_builder_begin_object (builder);
  hubrota_cli_add_string (builder, "slug", hubrota_hotspot_get_slug (hotspot));
  hubrota_cli_add_string (builder, "beat", hubrota_hotspot_get_beat (hotspot));
  hubrota_cli_add_string (builder, "name", hubrota_hotspot_get_name (hotspot));
  json_builder_end_object (builder);
}

static void
print_hotspots_text (GPtrArray  *hotspots,
                    const char *argument)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  if (hotspots->len == 0)
    {
      g_print (_("No hotspots yet; add one with ‘%s hotspot add’.\n"), HUBROTA_CLI_NAME);
      return;
    }

  /* The store lists them beat by beat, so the beat leads. */
  g_ptr_array_add (cells, g_strdup (_("BEAT")));
  g_ptr_array_add (cells, g_strdup (_("SLUG")));
  g_ptr_array_add (cells, g_strdup (_("NAME")));
  for (guint i = 0; i < hotspots->len; i++)
    {
      HubrotaHotspot *hotspot = g_ptr_array_index (hotspots, i);

      g_ptr_array_add (cells, g_strdup (hubrota_hotspot_get_beat (hotspot)));
      g_ptr_array_add (cells, g_strdup (hubrota_hotspot_get_slug (hotspot)));
      g_ptr_array_add (cells, g_strdup (hubrota_hotspot_get_name (hotspot)));
    }
  hubrota_cli_print_table (cells, 3);
}

static GPtrArray *
list_hotspots (HubrotaStore *store, const char *argument, GError **error)
{
  return hubrota_store_list_hotspots (store, error);
}

gboolean
hubrota_cli_hotspot_list (HubrotaCliCall  *call,
                         GError         **error)
{
  return hubrota_cli_run_list (call, NULL, list_hotspots, add_hotspot_json, print_hotspots_text, error);
}
