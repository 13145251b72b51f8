/* hubrota-cli-generate.c: generate, a synthetic force for tests, benchmarks and trying out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-cli.h"
#include "hubrota-generate.h"

static gboolean
parse_count (const char *option, const char *text, gint64 max, guint *out, GError **error)
{
  gint64 value;

  if (!hubrota_cli_parse_integer (option, text, 1, max, &value, error))
    return FALSE;
  *out = (guint) value;
  return TRUE;
}

/* The Monday of this week: the default first week of the plan. */
static void
this_monday (GDate *out)
{
  hubrota_london_today (out);
  g_date_subtract_days (out, g_date_get_weekday (out) - G_DATE_MONDAY);
}

static gboolean
parse_spec (const char *officers, const char *hubs, const char *weeks, const char *seed,
            const char *start, HubrotaForceSpec *spec, GError **error)
{
  gint64 seed_value = 1;
  g_autoptr(GDate) monday = NULL;

  if (!parse_count ("--officers", officers, HUBROTA_GENERATE_MAX_OFFICERS, &spec->n_officers,
                    error) ||
      !parse_count ("--hubs", hubs, HUBROTA_GENERATE_MAX_HUBS, &spec->n_hubs, error) ||
      !parse_count ("--weeks", weeks, HUBROTA_GENERATE_MAX_WEEKS, &spec->n_weeks, error) ||
      (seed != NULL && !hubrota_cli_parse_integer ("--seed", seed, 0, G_MAXUINT32, &seed_value,
                                                   error)))
    return FALSE;
  spec->seed = (guint32) seed_value;
  if (start == NULL)
    {
      this_monday (&spec->first_monday);
      return TRUE;
    }
  if ((monday = hubrota_cli_parse_date ("--start", start, error)) == NULL)
    return FALSE;
  if (g_date_get_weekday (monday) != G_DATE_MONDAY)
    return hubrota_cli_usage_error (error, G_OPTION_ERROR_BAD_VALUE,
                                    _("--start must be a Monday, not ‘%s’"), start);
  spec->first_monday = *monday;
  return TRUE;
}

static gboolean
generate_into (HubrotaCliCall *call, const HubrotaForceSpec *spec, GError **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  gboolean existed = g_file_test (call->database, G_FILE_TEST_EXISTS);

  if (!existed)
    hubrota_cli_make_parent_folder (call->database);
  if ((store = hubrota_store_open (call->database, HUBROTA_STORE_OPEN_CREATE, error)) == NULL)
    return FALSE;
  if (hubrota_generate_force (store, spec, error))
    return TRUE;
  g_clear_object (&store);
  if (!existed)
    hubrota_cli_discard_new_database (call->database);
  return FALSE;
}

gboolean
hubrota_cli_generate (HubrotaCliCall  *call,
                      GError         **error)
{
  g_autofree char *officers = NULL, *hubs = NULL, *weeks = NULL, *seed = NULL, *start = NULL;
  g_autofree char *display = g_filename_display_name (call->database);
  HubrotaForceSpec spec = { 0 };
  const GOptionEntry entries[] = {
    { "officers", 0, 0, G_OPTION_ARG_STRING, &officers, N_("How many officers"), N_("N") },
    { "hubs", 0, 0, G_OPTION_ARG_STRING, &hubs, N_("How many hubs"), N_("N") },
    { "weeks", 0, 0, G_OPTION_ARG_STRING, &weeks,
      N_("How many weeks of openings to plan, after 8 weeks of history"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed,
      N_("Another seed gives another force of the same size (default 1)"), N_("N") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start,
      N_("The Monday the planned weeks start (default: this week’s)"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, NULL,
                               N_("Fills a new database with a made-up force: a beat per ten "
                                  "officers, rotating rosters, leave, hubs and a partly staffed "
                                  "rota. The same options give a byte-identical file.\n\n"
                                  "Example: hubrota-cli --database county.db generate "
                                  "--officers 2000 --hubs 60 --weeks 52 --start 2027-01-04"),
                               entries, error))
    return call->help_shown;
  if (!parse_spec (officers, hubs, weeks, seed, start, &spec, error) ||
      !generate_into (call, &spec, error))
    return FALSE;
  /* Translators: the start of "Generated 2000 officers and 60 hubs in county.db" */
  g_autofree char *officers_text = g_strdup_printf (g_dngettext (NULL, "%u officer", "%u officers",
                                                                 spec.n_officers),
                                                    spec.n_officers);

  /* Translators: %s is "2000 officers"; then the number of hubs and the database */
  g_print (g_dngettext (NULL, "Generated %s and %u hub in %s\n", "Generated %s and %u hubs in %s\n",
                        spec.n_hubs),
           officers_text, spec.n_hubs, display);
  return TRUE;
}
