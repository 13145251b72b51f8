/* hubrota-cli-export.c: publishing the calendar feeds, and officers' feed tokens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-cli.h"
#include "hubrota-export.h"

#define MAX_DAYS (5 * 366)
#define MAX_REFRESH_HOURS (7 * 24)

/* A base URL must be absolute http(s), so the page can offer webcal:// links built from it. */
static gboolean
check_base_url (const char *url, GError **error)
{
  if (url == NULL || g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"))
    return TRUE;
  return hubrota_cli_usage_error (error, G_OPTION_ERROR_BAD_VALUE,
                                  _("--base-url must start with https:// (or http://), not ‘%s’"),
                                  url);
}

static gboolean
parse_export_numbers (const char *past, const char *future, const char *refresh,
                      HubrotaExportOptions *options, GError **error)
{
  gint64 value;

  if (past != NULL)
    {
      if (!hubrota_cli_parse_integer ("--past-days", past, 0, MAX_DAYS, &value, error))
        return FALSE;
      options->past_days = (int) value;
    }
  if (future != NULL)
    {
      if (!hubrota_cli_parse_integer ("--future-days", future, 1, MAX_DAYS, &value, error))
        return FALSE;
      options->future_days = (int) value;
    }
  if (refresh != NULL)
    {
      if (!hubrota_cli_parse_integer ("--refresh-hours", refresh, 1, MAX_REFRESH_HOURS, &value,
                                      error))
        return FALSE;
      options->refresh_hours = (int) value;
    }
  return TRUE;
}

gboolean
hubrota_cli_export (HubrotaCliCall  *call,
                    GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GPtrArray) written = NULL;
  guint singles = 0;
  g_autofree char *output = NULL, *base_url = NULL, *past = NULL, *future = NULL;
  g_autofree char *refresh = NULL, *language = NULL;
  HubrotaExportOptions options;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The folder to publish into"),
      N_("DIR") },
    { "base-url", 0, 0, G_OPTION_ARG_STRING, &base_url,
      N_("Where that folder is served, for the subscribe links"), N_("URL") },
    { "officers", 0, 0, G_OPTION_ARG_NONE, &options.officers,
      N_("Also write each officer’s private feed, named by their token"), NULL },
    { "past-days", 0, 0, G_OPTION_ARG_STRING, &past, N_("Days back the feeds start (28)"),
      N_("N") },
    { "future-days", 0, 0, G_OPTION_ARG_STRING, &future, N_("Days ahead they reach (182)"),
      N_("N") },
    { "refresh-hours", 0, 0, G_OPTION_ARG_STRING, &refresh,
      N_("How often calendars should look again (6)"), N_("N") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The language of the feeds’ and pages’ words, such as pl or ur (en)"), N_("CODE") },
    G_OPTION_ENTRY_NULL
  };

  hubrota_export_options_init (&options);
  if (!hubrota_cli_call_parse (call, NULL,
                               N_("Writes the public site, ready for any web server: "
                                  "HUB.ics and the page HUB.html for each hub, all-hubs.ics, "
                                  "index.html, hubs.json, and each opening on its own in "
                                  "openings/; with --officers also private/TOKEN.ics. The "
                                  "whole set is replaced in one step, and a file that has "
                                  "not changed is left as it was.\n\n"
                                  "Example: hubrota-cli export --output /srv/www/hubs "
                                  "--base-url https://example.org/hubs"),
                               entries, error))
    return call->help_shown;
  if (!hubrota_cli_require ("--output", output, error) || !check_base_url (base_url, error) ||
      !parse_export_numbers (past, future, refresh, &options, error))
    return FALSE;
  options.base_url = base_url;
  options.language = language;

  /* Officers' feeds may need new tokens stored; the public ones only read. */
  store = options.officers ? hubrota_cli_call_open_store (call, error)
                           : hubrota_cli_call_open_store_to_read (call, error);
  if (store == NULL || (written = hubrota_export (store, output, &options, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < written->len; i++)
    {
      g_autofree char *path = g_build_filename (output, g_ptr_array_index (written, i), NULL);

      /* A hundred or more of those; one line says where they are. */
      if (g_str_has_prefix (g_ptr_array_index (written, i), "openings/"))
        singles++;
      else
        g_print (_("Wrote %s\n"), path);
    }
  if (singles > 0)
    {
      g_autofree char *folder = g_build_filename (output, "openings", NULL);
      g_print (g_dngettext (NULL, "Wrote %u opening on its own in %s\n",
                            "Wrote %u openings each on its own in %s\n", singles),
               singles, folder);
    }
  return TRUE;
}

gboolean
hubrota_cli_officer_new_token (HubrotaCliCall  *call,
                               GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autofree char *token = NULL;

  if (!hubrota_cli_call_parse (call, N_("OFFICER"),
                               N_("The old private feed URL stops working at the next export; "
                                  "give the officer the new one.\n\n"
                                  "Example: hubrota-cli officer new-token PC1234"),
                               NULL, error))
    return call->help_shown;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL || (token = hubrota_store_new_feed_token (store, call->argument, error)) == NULL)
    return FALSE;
  g_print (_("New feed for %s: private/%s.ics\n"), call->argument, token);
  return TRUE;
}
