/* hubrota-cli-occurrences.c: every opening between two dates, as a coordinator or a script sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-cli.h"

static void
add_occurrence_json (JsonBuilder *builder,
                     gpointer     item)
{
  HubrotaOccurrence *occurrence = item;
  HubrotaOccurrenceStatus status = hubrota_occurrence_get_status (occurrence);
  const GDate *original_date = hubrota_occurrence_get_original_date (occurrence);
  g_autofree char *date = hubrota_london_format_date (original_date);
  g_autofree char *start = hubrota_london_format_iso (hubrota_occurrence_get_start (occurrence));
  g_autofree char *end = hubrota_london_format_iso (hubrota_occurrence_get_end (occurrence));
  GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence);

  json_builder_begin_object (builder);
  hubrota_cli_add_string (builder, "hub", hubrota_occurrence_get_hub (occurrence));
  json_builder_set_member_name (builder, "series");
  json_builder_add_int_value (builder, hubrota_occurrence_get_series (occurrence));
  hubrota_cli_add_string (builder, "date", date);
  hubrota_cli_add_string (builder, "start", start);
  hubrota_cli_add_string (builder, "end", end);
  hubrota_cli_add_string (builder, "status", hubrota_occurrence_status_to_string (status));
  hubrota_cli_add_string (builder, "reason", hubrota_occurrence_get_reason (occurrence));
  json_builder_set_member_name (builder, "moved");
  json_builder_add_boolean_value (builder, hubrota_occurrence_get_moved (occurrence));
  json_builder_set_member_name (builder, "min_officers");
  json_builder_add_int_value (builder, hubrota_occurrence_get_min_officers (occurrence));
  json_builder_set_member_name (builder, "assigned");
  json_builder_begin_array (builder);
  for (guint i = 0; i < assigned->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (assigned, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Printed in Europe/London whatever TZ says: the hubs open in local time there. */
static char *
format_london (GDateTime  *datetime,
               const char *format)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (datetime, hubrota_london_tz ());

  return g_date_time_format (local, format);
}

static char *
format_times (HubrotaOccurrence *occurrence)
{
  GDateTime *start = hubrota_occurrence_get_start (occurrence);
  GDateTime *end = hubrota_occurrence_get_end (occurrence);
  g_autofree char *start_day = format_london (start, "%F");
  g_autofree char *end_day = format_london (end, "%F");
  g_autofree char *from = hubrota_london_format_clock (start);
  g_autofree char *until = hubrota_london_format_clock (end);
  g_autofree char *end_weekday = NULL;

  /* An opening that runs past midnight says on which day it ends. */
  if (g_str_equal (start_day, end_day))
    return g_strdup_printf ("%s–%s", from, until);
  end_weekday = format_london (end, "%a");
  return g_strdup_printf ("%s–%s %s", from, end_weekday, until);
}

static char *
format_status (HubrotaOccurrence *occurrence)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *reason = hubrota_occurrence_get_reason (occurrence);

  if (hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED)
    {
      if (reason != NULL)
        g_string_append_printf (text, _("cancelled: %s"), reason);
      else
        g_string_append (text, _("cancelled"));
    }
  else
    g_string_append (text, _("scheduled"));

  if (hubrota_occurrence_get_moved (occurrence))
    {
      const GDate *date = hubrota_occurrence_get_original_date (occurrence);
      char day[64];

      /* Translators: the day a moved opening was on, e.g. "Sat 05 Dec"; see strftime () */
      g_date_strftime (day, sizeof day, _("%a %d %b"), date);
      g_string_append_printf (text, _(", moved from %s"), day);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "PC1234, PCSO77", or "nobody yet" for a scheduled opening without staff. */
static char *
format_assigned (HubrotaOccurrence *occurrence)
{
  GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence);
  g_autoptr(GString) text = g_string_new (NULL);

  if (hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED)
    return g_strdup ("");
  if (assigned->len == 0)
    return g_strdup (_("nobody yet"));
  for (guint i = 0; i < assigned->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (assigned, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
print_occurrences_text (GPtrArray  *occurrences,
                        const char *from,
                        const char *to)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  if (occurrences->len == 0)
    {
      g_print (_("No openings from %s to %s.\n"), from, to);
      return;
    }

  for (guint i = 0; i < occurrences->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (occurrences, i);

      g_ptr_array_add (cells, format_london (hubrota_occurrence_get_start (occurrence),
                                             /* Translators: an opening's day in the table,
                                              * "Sat 05 Dec 2026"; see g_date_time_format () */
                                             _("%a %d %b %Y")));
      g_ptr_array_add (cells, format_times (occurrence));
      g_ptr_array_add (cells, g_strdup (hubrota_occurrence_get_hub (occurrence)));
      g_ptr_array_add (cells, format_status (occurrence));
      g_ptr_array_add (cells, format_assigned (occurrence));
    }
  hubrota_cli_print_table (cells, 5);
}

gboolean
hubrota_cli_occurrences (HubrotaCliCall  *call,
                         GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaHub) found = NULL;
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;
  g_autofree char *from_text = NULL, *to_text = NULL, *hub = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("The first day, e.g. 2026-12-01"),
      N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("The last day, included"), N_("DATE") },
    { "hub", 0, 0, G_OPTION_ARG_STRING, &hub, N_("Only this hub’s openings"), N_("HUB") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, NULL,
                               N_("Cancelled openings are listed too, marked as such.\n\n"
                                  "Example: hubrota-cli occurrences --from 2026-12-01 "
                                  "--to 2027-01-31 --hub bedford-library"),
                               entries, error))
    return call->help_shown;
  if (!hubrota_cli_parse_range (from_text, to_text, &from, &to, error))
    return FALSE;

  store = hubrota_cli_call_open_store_to_read (call, error);
  if (store == NULL)
    return FALSE;
  /* An unknown hub is an error, not an empty list. */
  if (hub != NULL && (found = hubrota_store_get_hub (store, hub, error)) == NULL)
    return FALSE;
  occurrences = hubrota_store_list_occurrences (store, from, to, hub, error);
  if (occurrences == NULL)
    return FALSE;

  if (json)
    hubrota_cli_print_json_array (occurrences, add_occurrence_json);
  else
    print_occurrences_text (occurrences, from_text, to_text);
  return TRUE;
}
