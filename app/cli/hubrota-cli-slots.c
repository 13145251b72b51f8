/* hubrota-cli-slots.c: the slot commands, a hub's opening series and their exceptions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-cli.h"

/* As the store allows: more for one opening of a part-time hub is surely a typing mistake. */
#define MAX_MIN_OFFICERS 100

/* --series is optional: 0 asks the store for whichever series opens on the date. */
static gboolean
parse_series_id (const char  *text,
                 gint64      *out_id,
                 GError     **error)
{
  *out_id = 0;
  if (text == NULL)
    return TRUE;
  return hubrota_cli_parse_integer ("--series", text, 1, G_MAXINT64, out_id, error);
}

static gboolean
add_series (HubrotaCliCall  *call,
            gboolean         recurring,
            const char      *description,
            GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaSeries) series = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *start_text = NULL, *duration_text = NULL, *end_text = NULL;
  g_autofree char *rrule = NULL, *min_text = NULL;
  gint64 min_officers = 1;
  gint64 id;
  int minutes = 0;
  GOptionEntry entries[] = {
    { "start", 's', 0, G_OPTION_ARG_STRING, &start_text,
      N_("When the (first) opening starts, local time, e.g. 2026-12-05T10:00"), N_("DATETIME") },
    { "duration", 'D', 0, G_OPTION_ARG_STRING, &duration_text,
      N_("How long each opening lasts: 3h, 90m, 1h30m or 2h30"), N_("DURATION") },
    { "end", 'e', 0, G_OPTION_ARG_STRING, &end_text,
      N_("Or when the (first) opening ends: 13:00 or 2026-12-05T13:00"), N_("TIME") },
    { "min-officers", 0, 0, G_OPTION_ARG_STRING, &min_text,
      N_("Officers each opening needs (default 1)"), N_("N") },
    /* Last, so that `slot extra` can cut it off. */
    { "rrule", 'r', 0, G_OPTION_ARG_STRING, &rrule,
      N_("How the opening repeats, an iCalendar RRULE such as ‘FREQ=WEEKLY;BYDAY=SA’"),
      N_("RULE") },
    G_OPTION_ENTRY_NULL
  };

  if (!recurring)
    entries[G_N_ELEMENTS (entries) - 2] = (GOptionEntry) G_OPTION_ENTRY_NULL;
  if (!hubrota_cli_call_parse (call, N_("HUB"), description, entries, error))
    return call->help_shown;

  if (!hubrota_cli_check_rrule (rrule, error))
    return FALSE;
  start = hubrota_cli_parse_datetime ("--start", start_text, error);
  if (start == NULL ||
      !hubrota_cli_parse_length (start, duration_text, end_text, TRUE, &minutes, error))
    return FALSE;
  if (min_text != NULL &&
      !hubrota_cli_parse_integer ("--min-officers", min_text, 0, MAX_MIN_OFFICERS,
                                  &min_officers, error))
    return FALSE;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;
  series = hubrota_series_new (call->argument, start, minutes, rrule);
  hubrota_series_set_min_officers (series, (int) min_officers);
  id = hubrota_store_add_series (store, series, error);
  if (id <= 0)
    return FALSE;

  /* Only the id, so that scripts can capture it. */
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return TRUE;
}

gboolean
hubrota_cli_slot_add (HubrotaCliCall  *call,
                      GError         **error)
{
  return add_series (call, TRUE,
                     N_("Prints the new series’ id.\n\n"
                        "Example: hubrota-cli slot add bedford-library --start 2026-12-05T10:00 "
                        "--duration 3h --rrule 'FREQ=WEEKLY;BYDAY=SA'"),
                     error);
}

gboolean
hubrota_cli_slot_extra (HubrotaCliCall  *call,
                        GError         **error)
{
  return add_series (call, FALSE,
                     N_("Prints the new opening’s series id.\n\n"
                        "Example: hubrota-cli slot extra bedford-library --start "
                        "2026-12-23T14:00 --duration 2h"),
                     error);
}

static gboolean
cancel_range (HubrotaStore  *store,
              const char    *hub,
              const char    *from_text,
              const char    *to_text,
              const char    *reason,
              GError       **error)
{
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;
  guint cancelled = 0;

  if (!hubrota_cli_parse_range (from_text, to_text, &from, &to, error) ||
      !hubrota_store_cancel_range (store, hub, from, to, reason, &cancelled, error))
    return FALSE;

  g_print (ngettext ("Cancelled %u opening\n", "Cancelled %u openings\n", cancelled), cancelled);
  return TRUE;
}

static gboolean
cancel_one (HubrotaStore  *store,
            const char    *hub,
            const char    *date_text,
            const char    *series_text,
            const char    *reason,
            GError       **error)
{
  g_autoptr(GDate) date = NULL;
  gint64 series = 0;

  if (!parse_series_id (series_text, &series, error))
    return FALSE;
  date = hubrota_cli_parse_date ("--date", date_text, error);
  if (date == NULL)
    return FALSE;
  return hubrota_store_cancel_occurrence (store, hub, series, date, reason, error);
}

/* slot cancel names one opening (--date, perhaps --series) or a period (--from, --to). */
static gboolean
check_cancel_options (const char  *date,
                      const char  *from,
                      const char  *to,
                      const char  *series,
                      GError     **error)
{
  if (date != NULL && (from != NULL || to != NULL))
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                 _("give either --date, or --from and --to, not both"));
  else if (date == NULL && series != NULL)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                 _("--series goes with --date, not with --from and --to"));
  else if (date == NULL && from == NULL && to == NULL)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                 _("--date, or --from and --to, is required (see ‘%s --help’)"),
                 g_get_prgname ());
  else
    return TRUE;
  return FALSE;
}

gboolean
hubrota_cli_slot_cancel (HubrotaCliCall  *call,
                         GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autofree char *date = NULL, *from = NULL, *to = NULL, *reason = NULL, *series = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The date of the one opening to cancel"),
      N_("DATE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("Cancel every opening from this date (with --to)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("… up to and including this date"), N_("DATE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why, for the public, e.g. “Christmas”"), N_("TEXT") },
    { "series", 0, 0, G_OPTION_ARG_STRING, &series,
      N_("Which series, when the hub opens more than once that day (with --date)"), N_("ID") },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("HUB"),
                               N_("Example: hubrota-cli slot cancel bedford-library "
                                  "--date 2026-12-26 --reason 'Boxing Day'"),
                               entries, error))
    return call->help_shown;

  if (!check_cancel_options (date, from, to, series, error))
    return FALSE;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;
  if (date != NULL)
    return cancel_one (store, call->argument, date, series, reason, error);
  return cancel_range (store, call->argument, from, to, reason, error);
}

gboolean
hubrota_cli_slot_move (HubrotaCliCall  *call,
                       GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDateTime) new_start = NULL;
  g_autofree char *date_text = NULL, *to_text = NULL, *duration_text = NULL, *end_text = NULL;
  g_autofree char *series_text = NULL;
  gint64 series = 0;
  int minutes = 0;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_("The date the opening is on now, as the series has it"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("The new local start, e.g. 2026-12-18T14:00"),
      N_("DATETIME") },
    { "duration", 'D', 0, G_OPTION_ARG_STRING, &duration_text,
      N_("A new length (default: as the series)"), N_("DURATION") },
    { "end", 'e', 0, G_OPTION_ARG_STRING, &end_text,
      N_("Or the new end: 16:00 or 2026-12-18T16:00"), N_("TIME") },
    { "series", 0, 0, G_OPTION_ARG_STRING, &series_text,
      N_("Which series, when the hub opens more than once that day"), N_("ID") },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("HUB"),
                               N_("Example: hubrota-cli slot move bedford-library "
                                  "--date 2026-12-19 --to 2026-12-18T14:00"),
                               entries, error))
    return call->help_shown;

  date = hubrota_cli_parse_date ("--date", date_text, error);
  if (date == NULL)
    return FALSE;
  new_start = hubrota_cli_parse_datetime ("--to", to_text, error);
  if (new_start == NULL)
    return FALSE;
  if (!hubrota_cli_parse_length (new_start, duration_text, end_text, FALSE, &minutes, error) ||
      !parse_series_id (series_text, &series, error))
    return FALSE;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;
  return hubrota_store_move_occurrence (store, call->argument, series, date, new_start, minutes,
                                        error);
}

gboolean
hubrota_cli_slot_restore (HubrotaCliCall  *call,
                          GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GDate) date = NULL;
  g_autofree char *date_text = NULL, *series_text = NULL;
  gint64 series = 0;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_("The date the series puts the opening on"), N_("DATE") },
    { "series", 0, 0, G_OPTION_ARG_STRING, &series_text,
      N_("Which series, when the hub opens more than once that day"), N_("ID") },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("HUB"),
                               N_("Puts a cancelled or moved opening back as its series has it."),
                               entries, error))
    return call->help_shown;

  date = hubrota_cli_parse_date ("--date", date_text, error);
  if (date == NULL || !parse_series_id (series_text, &series, error))
    return FALSE;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;
  return hubrota_store_restore_occurrence (store, call->argument, series, date, error);
}

static void
add_series_json (JsonBuilder *builder,
                 gpointer     item)
{
  HubrotaSeries *series = item;
  g_autofree char *start = hubrota_london_format_iso (hubrota_series_get_start (series));
  g_autofree char *description = hubrota_series_describe (series);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, hubrota_series_get_id (series));
  hubrota_cli_add_string (builder, "hub", hubrota_series_get_hub (series));
  hubrota_cli_add_string (builder, "start", start);
  json_builder_set_member_name (builder, "duration_minutes");
  json_builder_add_int_value (builder, hubrota_series_get_duration_minutes (series));
  hubrota_cli_add_string (builder, "rrule", hubrota_series_get_rrule (series));
  json_builder_set_member_name (builder, "min_officers");
  json_builder_add_int_value (builder, hubrota_series_get_min_officers (series));
  hubrota_cli_add_string (builder, "description", description);
  json_builder_end_object (builder);
}

static void
print_series_text (GPtrArray  *list,
                   const char *hub)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  const char *headings[] = { N_("ID"), N_("START"), N_("LENGTH"), N_("OFFICERS"), N_("OPENS"),
                             N_("RULE") };

  if (list->len == 0)
    {
      g_print (_("%s has no openings yet; add one with ‘%s slot add’.\n"), hub, HUBROTA_CLI_NAME);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_ptr_array_add (cells, g_strdup (_(headings[i])));
  for (guint i = 0; i < list->len; i++)
    {
      HubrotaSeries *series = g_ptr_array_index (list, i);
      const char *rrule = hubrota_series_get_rrule (series);
      gint64 id = hubrota_series_get_id (series);

      g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, id));
      g_ptr_array_add (cells, hubrota_london_format_local (hubrota_series_get_start (series)));
      g_ptr_array_add (cells,
                       hubrota_cli_format_duration (hubrota_series_get_duration_minutes (series)));
      g_ptr_array_add (cells, g_strdup_printf ("%d", hubrota_series_get_min_officers (series)));
      g_ptr_array_add (cells, hubrota_series_describe (series));
      g_ptr_array_add (cells, g_strdup (rrule ? rrule : _("one-off")));
    }
  hubrota_cli_print_table (cells, G_N_ELEMENTS (headings));
}

/* hubrota_store_list_series refuses an unknown hub, rather than listing nothing. */
gboolean
hubrota_cli_slot_list (HubrotaCliCall  *call,
                       GError         **error)
{
  return hubrota_cli_run_list (call, N_("HUB"), hubrota_store_list_series, add_series_json,
                               print_series_text, error);
}
