/* hubrota-cli-officers.c: the officer, duty and leave commands, the people a rota is made of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hubrota-cli.h"

/* As the store allows: a week has 168 hours. */
#define MAX_WEEKLY_HOURS 168

#define bad_value(error, ...) hubrota_cli_usage_error (error, G_OPTION_ERROR_BAD_VALUE, __VA_ARGS__)

/* `--beat ''` means no beat, as the empty beat column of a CSV file does. */
static const char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static gboolean
parse_role (const char   *text,
            HubrotaRole  *out_role,
            GError      **error)
{
  if (!hubrota_cli_require ("--role", text, error))
    return FALSE;
  if (!hubrota_role_from_string (text, out_role))
    return bad_value (error, _("--role must be PC, PCSO, SC, SGT or VOL, not ‘%s’"), text);
  return TRUE;
}

gboolean
hubrota_cli_officer_add (HubrotaCliCall  *call,
                         GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOfficer) officer = NULL;
  g_autofree char *name = NULL, *role_text = NULL, *beat = NULL, *hours_text = NULL;
  HubrotaRole role = HUBROTA_ROLE_PC;
  double hours = 0;
  const GOptionEntry entries[] = {
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name, N_("The officer’s name, e.g. “Grace Okafor”"),
      N_("NAME") },
    { "role", 'r', 0, G_OPTION_ARG_STRING, &role_text,
      N_("PC, PCSO, SC (special constable), SGT or VOL (police support volunteer)"),
      N_("ROLE") },
    { "beat", 'b', 0, G_OPTION_ARG_STRING, &beat,
      N_("The beat the officer is posted to, by its slug (default: none)"), N_("BEAT") },
    { "weekly-hours", 0, 0, G_OPTION_ARG_STRING, &hours_text,
      N_("Contracted hours a week, e.g. 40 or 37.5 (default 0)"), N_("N") },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("ID"),
                               N_("ID is the collar number: letters and digits only.\n\n"
                                  "Example: hubrota-cli officer add PC1234 --name 'Grace Okafor' "
                                  "--role PC --beat castle --weekly-hours 40"),
                               entries, error))
    return call->help_shown;
  if (!hubrota_cli_require ("--name", name, error) ||
      !parse_role (role_text, &role, error) ||
      (hours_text != NULL &&
       !hubrota_cli_parse_number ("--weekly-hours", hours_text, MAX_WEEKLY_HOURS, &hours,
                                  error)))
    return FALSE;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;
  officer = hubrota_officer_new (call->argument, name, role, nonempty (beat), hours);
  return hubrota_store_add_officer (store, officer, error);
}

static void
add_officer_json (JsonBuilder *builder,
                  gpointer     item)
{
  HubrotaOfficer *officer = item;

  json_builder_begin_object (builder);
  hubrota_cli_add_string (builder, "id", hubrota_officer_get_id (officer));
  hubrota_cli_add_string (builder, "name", hubrota_officer_get_name (officer));
  hubrota_cli_add_string (builder, "role",
                          hubrota_role_to_string (hubrota_officer_get_role (officer)));
  hubrota_cli_add_string (builder, "beat", hubrota_officer_get_beat (officer));
  json_builder_set_member_name (builder, "weekly_hours");
  json_builder_add_double_value (builder, hubrota_officer_get_weekly_hours (officer));
  json_builder_end_object (builder);
}

static void
print_officers_text (GPtrArray  *officers,
                     const char *argument)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  const char *headings[] = { N_("ID"), N_("NAME"), N_("ROLE"), N_("BEAT"), N_("HOURS") };

  if (officers->len == 0)
    {
      g_print (_("No officers yet; add them with ‘%s officer add’ or ‘%s officer import’.\n"),
               HUBROTA_CLI_NAME, HUBROTA_CLI_NAME);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_ptr_array_add (cells, g_strdup (_(headings[i])));
  for (guint i = 0; i < officers->len; i++)
    {
      HubrotaOfficer *officer = g_ptr_array_index (officers, i);
      const char *beat = hubrota_officer_get_beat (officer);
      double hours = hubrota_officer_get_weekly_hours (officer);

      g_ptr_array_add (cells, g_strdup (hubrota_officer_get_id (officer)));
      g_ptr_array_add (cells, g_strdup (hubrota_officer_get_name (officer)));
      g_ptr_array_add (cells,
                       g_strdup (hubrota_role_to_string (hubrota_officer_get_role (officer))));
      g_ptr_array_add (cells, g_strdup (beat ? beat : "—"));
      g_ptr_array_add (cells, hubrota_cli_format_number (hours));
    }
  hubrota_cli_print_table (cells, G_N_ELEMENTS (headings));
}

static GPtrArray *
list_officers (HubrotaStore *store, const char *argument, GError **error)
{
  return hubrota_store_list_officers (store, error);
}

gboolean
hubrota_cli_officer_list (HubrotaCliCall  *call,
                         GError         **error)
{
  return hubrota_cli_run_list (call, NULL, list_officers, add_officer_json, print_officers_text, error);
}

/* The store's report (hubrota_import_report_split ()), one row a line under the file's name. */
static GError *
import_report (const char   *file,
               const GError *cause)
{
  g_auto(GStrv) parts = hubrota_import_report_split (cause->message);
  g_autofree char *display = g_filename_display_name (file);
  g_autoptr(GString) text = g_string_new (NULL);

  g_strdelimit (display, "\r\n", ' ');
  g_string_append_printf (text, "%s: ", display);
  for (guint i = 0; parts[i] != NULL; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n  " : "", parts[i]);
  return g_error_new_literal (HUBROTA_CLI_ERROR, HUBROTA_CLI_ERROR_REPORT, text->str);
}

gboolean
hubrota_cli_officer_import (HubrotaCliCall  *call,
                            GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint imported = 0;

  if (!hubrota_cli_call_parse (call, N_("FILE"),
                               N_("FILE is UTF-8 CSV, as a spreadsheet exports it, with the "
                                  "header row\n"
                                  "  id,name,role,beat,weekly_hours\n"
                                  "(beat and weekly_hours may be left out or left empty). The "
                                  "whole file\n"
                                  "is checked first: every row goes in or, if any row is wrong, "
                                  "none does,\n"
                                  "and each bad row is reported by its line number.\n\n"
                                  "Example: hubrota-cli officer import officers.csv"),
                               NULL, error))
    return call->help_shown;

  if (!g_file_get_contents (call->argument, &contents, &length, error))
    return FALSE;
  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;

  if (!hubrota_store_import_officers (store, contents, length, &imported, &local_error))
    {
      /* A file that is wrong is reported under its name; a failing database as it is. */
      if (g_error_matches (local_error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID))
        g_propagate_error (error, import_report (call->argument, local_error));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_print (ngettext ("Imported %u officer.\n", "Imported %u officers.\n", imported), imported);
  return TRUE;
}

/* Worded exactly like a hub's opening series ("Every Monday and Tuesday, 08:00–16:00, from
 * 7 December 2026"), by a series that stands in for the shift pattern. */
static char *
describe_duty (HubrotaDuty *duty)
{
  g_autoptr(HubrotaSeries) pattern = hubrota_series_new (hubrota_duty_get_officer (duty),
                                                         hubrota_duty_get_start (duty),
                                                         hubrota_duty_get_duration_minutes (duty),
                                                         hubrota_duty_get_rrule (duty));

  return hubrota_series_describe (pattern);
}

/* Night shifts end the next morning: --end 06:00 after a 22:00 start means 06:00 the day
 * after, as a full date-time; NULL when end is not such a bare earlier time. */
static char *
night_shift_end (GDateTime *start, const char *end)
{
  g_autoptr(GDateTime) next_day = NULL;
  g_autofree char *start_time = g_date_time_format (start, "%H:%M");
  g_autofree char *day = NULL;

  if (end == NULL || strlen (end) != 5 || end[2] != ':' || strcmp (end, start_time) >= 0)
    return NULL;
  next_day = g_date_time_add_days (start, 1);
  day = g_date_time_format (next_day, "%Y-%m-%d");
  return g_strdup_printf ("%sT%s", day, end);
}

gboolean
hubrota_cli_duty_add (HubrotaCliCall  *call,
                      GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaDuty) duty = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *start_text = NULL, *duration_text = NULL, *end_text = NULL, *rrule = NULL;
  g_autofree char *description = NULL;
  g_autofree char *overnight = NULL;
  gint64 id;
  int minutes = 0;
  const GOptionEntry entries[] = {
    { "start", 's', 0, G_OPTION_ARG_STRING, &start_text,
      N_("When the (first) shift starts, local time, e.g. 2026-12-07T08:00"), N_("DATETIME") },
    { "duration", 'D', 0, G_OPTION_ARG_STRING, &duration_text,
      N_("How long each shift lasts: 8h, 450m or 7h30m (at most 24h)"), N_("DURATION") },
    { "end", 'e', 0, G_OPTION_ARG_STRING, &end_text,
      N_("Or when the (first) shift ends: 16:00, or 06:00 the next morning for a night shift"),
      N_("TIME") },
    { "rrule", 'r', 0, G_OPTION_ARG_STRING, &rrule,
      N_("How the shift repeats, an iCalendar RRULE such as ‘FREQ=WEEKLY;BYDAY=MO,TU,WE,TH’"),
      N_("RULE") },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("OFFICER"),
                               N_("Prints the shift as it repeats.\n\n"
                                  "Example: hubrota-cli duty add PC1234 --start 2026-12-07T08:00 "
                                  "--duration 8h --rrule 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH'"),
                               entries, error))
    return call->help_shown;

  if (!hubrota_cli_check_rrule (rrule, error))
    return FALSE;
  start = hubrota_cli_parse_datetime ("--start", start_text, error);
  if (start == NULL)
    return FALSE;
  overnight = night_shift_end (start, end_text);
  if (!hubrota_cli_parse_length (start, duration_text, overnight != NULL ? overnight : end_text,
                                 TRUE, &minutes, error))
    return FALSE;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;
  duty = hubrota_duty_new (call->argument, start, minutes, rrule);
  id = hubrota_store_add_duty (store, duty, error);
  if (id <= 0)
    return FALSE;

  description = describe_duty (duty);
  g_print (_("Duty %" G_GINT64_FORMAT " for %s: %s\n"), id, call->argument, description);
  return TRUE;
}

static void
add_duty_json (JsonBuilder *builder,
               gpointer     item)
{
  HubrotaDuty *duty = item;
  g_autofree char *start = hubrota_london_format_iso (hubrota_duty_get_start (duty));
  g_autofree char *description = describe_duty (duty);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, hubrota_duty_get_id (duty));
  hubrota_cli_add_string (builder, "officer", hubrota_duty_get_officer (duty));
  hubrota_cli_add_string (builder, "start", start);
  json_builder_set_member_name (builder, "duration_minutes");
  json_builder_add_int_value (builder, hubrota_duty_get_duration_minutes (duty));
  hubrota_cli_add_string (builder, "rrule", hubrota_duty_get_rrule (duty));
  hubrota_cli_add_string (builder, "description", description);
  json_builder_end_object (builder);
}

static void
print_duties_text (GPtrArray  *duties,
                   const char *officer)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  const char *headings[] = { N_("ID"), N_("START"), N_("LENGTH"), N_("WORKS"), N_("RULE") };

  if (duties->len == 0)
    {
      g_print (_("%s has no duty yet; add it with ‘%s duty add’.\n"), officer, HUBROTA_CLI_NAME);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_ptr_array_add (cells, g_strdup (_(headings[i])));
  for (guint i = 0; i < duties->len; i++)
    {
      HubrotaDuty *duty = g_ptr_array_index (duties, i);
      const char *rrule = hubrota_duty_get_rrule (duty);

      g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, hubrota_duty_get_id (duty)));
      g_ptr_array_add (cells, hubrota_london_format_local (hubrota_duty_get_start (duty)));
      g_ptr_array_add (cells,
                       hubrota_cli_format_duration (hubrota_duty_get_duration_minutes (duty)));
      g_ptr_array_add (cells, describe_duty (duty));
      g_ptr_array_add (cells, g_strdup (rrule ? rrule : _("one-off")));
    }
  hubrota_cli_print_table (cells, G_N_ELEMENTS (headings));
}

/* An unknown officer is an error (the store says so), not an empty list. */
gboolean
hubrota_cli_duty_list (HubrotaCliCall  *call,
                      GError         **error)
{
  return hubrota_cli_run_list (call, N_("OFFICER"), hubrota_store_list_duties, add_duty_json, print_duties_text, error);
}

/* A local date-time, or a date alone meaning 00:00 that day: `--to 2026-12-28` ends the
 * leave as the 28th begins, just as --to 2026-12-28T00:00 does. */
static GDateTime *
parse_moment (const char  *option,
              const char  *text,
              GError     **error)
{
  g_autoptr(GDate) date = NULL;

  if (text == NULL || strchr (text, 'T') != NULL)
    return hubrota_cli_parse_datetime (option, text, error);
  date = hubrota_cli_parse_date (option, text, error);
  if (date == NULL)
    return NULL;
  return hubrota_london_start_of_day (date);
}

static char *
format_moment (GDateTime *moment)
{
  return g_date_time_format (moment, "%a %-d %b %Y %H:%M");
}

gboolean
hubrota_cli_leave_add (HubrotaCliCall  *call,
                       GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaAbsence) absence = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *from_text = NULL, *to_text = NULL, *reason = NULL;
  g_autofree char *from = NULL, *to = NULL;
  gint64 id;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("When the officer goes, e.g. 2026-12-20T00:00, or 2026-12-20 for its 00:00"),
      N_("DATETIME") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("When they are back, not included: 2026-12-28T00:00, or 2026-12-28 for its 00:00"),
      N_("DATETIME") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why, e.g. “annual leave”, “training” or “court”"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("OFFICER"),
                               N_("A date alone means 00:00 that day, for --to as well: "
                                  "--from 2026-12-20\n"
                                  "--to 2026-12-28 is away from the 20th to the 27th, back on "
                                  "the 28th.\n\n"
                                  "Example: hubrota-cli leave add PC1234 --from 2026-12-20 "
                                  "--to 2026-12-28 --reason 'annual leave'"),
                               entries, error))
    return call->help_shown;

  start = parse_moment ("--from", from_text, error);
  if (start == NULL)
    return FALSE;
  end = parse_moment ("--to", to_text, error);
  if (end == NULL)
    return FALSE;
  if (g_date_time_compare (end, start) <= 0)
    return bad_value (error, _("--to %s is not after --from %s"), to_text, from_text);

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL)
    return FALSE;
  absence = hubrota_absence_new (call->argument, start, end, nonempty (reason));
  id = hubrota_store_add_absence (store, absence, error);
  if (id <= 0)
    return FALSE;

  from = format_moment (start);
  to = format_moment (end);
  if (reason != NULL && *reason != '\0')
    g_print (_("Leave %" G_GINT64_FORMAT " for %s: away from %s until %s (%s)\n"), id,
             call->argument, from, to, reason);
  else
    g_print (_("Leave %" G_GINT64_FORMAT " for %s: away from %s until %s\n"), id,
             call->argument, from, to);
  return TRUE;
}

static void
add_absence_json (JsonBuilder *builder,
                  gpointer     item)
{
  HubrotaAbsence *absence = item;
  g_autofree char *start = hubrota_london_format_iso (hubrota_absence_get_start (absence));
  g_autofree char *end = hubrota_london_format_iso (hubrota_absence_get_end (absence));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, hubrota_absence_get_id (absence));
  hubrota_cli_add_string (builder, "officer", hubrota_absence_get_officer (absence));
  hubrota_cli_add_string (builder, "start", start);
  hubrota_cli_add_string (builder, "end", end);
  hubrota_cli_add_string (builder, "reason", nonempty (hubrota_absence_get_reason (absence)));
  json_builder_end_object (builder);
}

static void
print_absences_text (GPtrArray  *absences,
                     const char *officer)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  const char *headings[] = { N_("ID"), N_("FROM"), N_("UNTIL"), N_("REASON") };

  if (absences->len == 0)
    {
      g_print (_("%s has no leave recorded.\n"), officer);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_ptr_array_add (cells, g_strdup (_(headings[i])));
  for (guint i = 0; i < absences->len; i++)
    {
      HubrotaAbsence *absence = g_ptr_array_index (absences, i);
      const char *reason = nonempty (hubrota_absence_get_reason (absence));

      g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT,
                                               hubrota_absence_get_id (absence)));
      g_ptr_array_add (cells, hubrota_london_format_local (hubrota_absence_get_start (absence)));
      g_ptr_array_add (cells, hubrota_london_format_local (hubrota_absence_get_end (absence)));
      g_ptr_array_add (cells, g_strdup (reason ? reason : "—"));
    }
  hubrota_cli_print_table (cells, G_N_ELEMENTS (headings));
}

gboolean
hubrota_cli_leave_list (HubrotaCliCall  *call,
                       GError         **error)
{
  return hubrota_cli_run_list (call, N_("OFFICER"), hubrota_store_list_absences, add_absence_json, print_absences_text, error);
}
