/* hubrota-cli-officers.c: the officer, duty and leave commands, the people a rota is made of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <inttypes.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hubrota-cli.h"
#include "hubrota-duty-private.h"

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
  const GDate *date = hubrota_officer_get_leaving_date (officer);
  g_autofree char *leaving = date != NULL ? hubrota_london_format_date (date) : NULL;

  json_builder_begin_object (builder);
  hubrota_cli_add_string (builder, "id", hubrota_officer_get_id (officer));
  hubrota_cli_add_string (builder, "name", hubrota_officer_get_name (officer));
  hubrota_cli_add_string (builder, "role",
                          hubrota_role_to_string (hubrota_officer_get_role (officer)));
  hubrota_cli_add_string (builder, "beat", hubrota_officer_get_beat (officer));
  json_builder_set_member_name (builder, "weekly_hours");
  json_builder_add_double_value (builder, hubrota_officer_get_weekly_hours (officer));
  hubrota_cli_add_string (builder, "leaving_date", leaving);
  json_builder_end_object (builder);
}

static void
print_officers_text (GPtrArray  *officers,
                     const char *argument)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  const char *headings[] = {
    N_("ID"), N_("NAME"), N_("ROLE"), N_("BEAT"), N_("HOURS"), N_("LEAVES"),
  };

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
      const GDate *leaving = hubrota_officer_get_leaving_date (officer);

      g_ptr_array_add (cells, g_strdup (hubrota_officer_get_id (officer)));
      g_ptr_array_add (cells, g_strdup (hubrota_officer_get_name (officer)));
      g_ptr_array_add (cells,
                       g_strdup (hubrota_role_to_string (hubrota_officer_get_role (officer))));
      g_ptr_array_add (cells, g_strdup (beat ? beat : "—"));
      g_ptr_array_add (cells, hubrota_cli_format_number (hours));
      g_ptr_array_add (cells, leaving != NULL ? hubrota_london_format_date (leaving)
                                              : g_strdup ("—"));
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
  g_autoptr(HubrotaSeries) pattern = NULL;

  if (hubrota_duty_is_roster (duty))
    return hubrota_duty_describe_roster (duty);
  pattern = hubrota_series_new (hubrota_duty_get_officer (duty), hubrota_duty_get_start (duty),
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

/* Rosters: --start DATE --shifts 'E E L L N N R R R R' --shift E=07:00+10h … */

typedef struct
{
  /* what was typed, NULL when not given */
  char *start;
  char *duration;
  char *end;
  char *rrule;
  char *cycle;
  char *shifts;
  char **codes;
} DutyOptions;

static void
duty_options_clear (DutyOptions *o)
{
  g_free (o->start);
  g_free (o->duration);
  g_free (o->end);
  g_free (o->rrule);
  g_free (o->cycle);
  g_free (o->shifts);
  g_strfreev (o->codes);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DutyOptions, duty_options_clear)

static gboolean
is_roster_options (const DutyOptions *o)
{
  return o->cycle != NULL || o->shifts != NULL || o->codes != NULL;
}


/* "07:00+10h": a local start and a length of 1 minute to 24 hours. */
static gboolean
parse_shift (const char *option, const char *text, int *out_start, int *out_minutes,
             GError **error)
{
  g_autofree char *clock = g_strndup (text, 5);
  int length = 0;

  if (strlen (text) < 7 || text[5] != '+' || clock[2] != ':')
    return bad_value (error, _("%s: ‘%s’ is not a shift; write it as HH:MM+LENGTH, e.g. "
                               "07:00+10h"), option, text);
  if (!hubrota_london_parse_clock (clock, out_start, NULL))
    return bad_value (error, _("%s: ‘%s’ does not start at a time of day (00:00 to 23:59)"),
                      option, text);
  if (!hubrota_london_parse_duration (text + 6, &length, NULL) || length <= 0 ||
      length > 24 * 60)
    return bad_value (error, _("%s: a shift lasts from 1 minute to 24 hours (8h, 450m, 7h30m), "
                               "not ‘%s’"), option, text + 6);
  *out_minutes = length;
  return TRUE;
}

/* CODE → "HH:MM+LENGTH", from each --shift CODE=HH:MM+LENGTH. */
static GHashTable *
parse_codes (char **codes, GError **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      char *equals = strchr (codes[i], '=');
      int start, minutes;

      if (equals == NULL || equals == codes[i])
        {
          bad_value (error, _("--shift must be CODE=HH:MM+LENGTH, e.g. E=07:00+10h, not ‘%s’"),
                     codes[i]);
          return NULL;
        }
      *equals = '\0';
      if (g_ascii_strcasecmp (codes[i], "R") == 0)
        {
          bad_value (error, _("--shift: R means a rest day and cannot name a shift"));
          return NULL;
        }
      if (strchr (codes[i], ':') != NULL || strchr (codes[i], ' ') != NULL)
        {
          bad_value (error, _("--shift: the code ‘%s’ must be letters or digits"), codes[i]);
          return NULL;
        }
      if (g_hash_table_contains (table, codes[i]))
        {
          bad_value (error, _("--shift %s is given twice"), codes[i]);
          return NULL;
        }
      if (!parse_shift ("--shift", equals + 1, &start, &minutes, error))
        return NULL;
      g_hash_table_insert (table, codes[i], equals + 1);
    }
  return g_steal_pointer (&table);
}

/* One day of --shifts: R (rest), a --shift code, or a shift written out. */
static gboolean
set_day (HubrotaDuty *roster, guint day, const char *token, GHashTable *codes, GError **error)
{
  const char *shift = g_hash_table_lookup (codes, token);
  int start, minutes;

  if (g_ascii_strcasecmp (token, "R") == 0)
    return TRUE;
  if (shift == NULL && strchr (token, ':') == NULL)
    return bad_value (error, _("--shifts: day %u is ‘%s’, which no --shift defines "
                               "(e.g. --shift %s=07:00+10h); R is a rest day"),
                      day + 1, token, token);
  if (!parse_shift ("--shifts", shift != NULL ? shift : token, &start, &minutes, error))
    return FALSE;
  hubrota_duty_set_roster_shift (roster, day, start, minutes);
  return TRUE;
}

static GPtrArray *
split_days (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, " ,\t", -1);
  GPtrArray *days = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (days, g_strdup (parts[i]));
  return days;
}

static gboolean
check_cycle (const char *cycle, guint n_days, GError **error)
{
  gint64 days = 0;

  if (n_days == 0)
    return bad_value (error, _("--shifts is empty: give each day’s shift, or R for rest"));
  if (n_days > HUBROTA_ROSTER_MAX_DAYS)
    return bad_value (error, _("--shifts names %u days; a cycle has at most %d"), n_days,
                      HUBROTA_ROSTER_MAX_DAYS);
  if (cycle == NULL)
    return TRUE;
  if (!hubrota_cli_parse_integer ("--cycle", cycle, 1, HUBROTA_ROSTER_MAX_DAYS, &days, error))
    return FALSE;
  if (days != n_days)
    /* Translators: the first number is the length of the cycle in days; the second is
     * how many shift letters the --shifts option gave. */
    return bad_value (error, g_dngettext (GETTEXT_PACKAGE,
                                          "--cycle is %" PRId64 " day but --shifts names %u",
                                          "--cycle is %" PRId64 " days but --shifts names %u",
                                          days), days, n_days);
  return TRUE;
}

/* The cycle's first day: a date, not a date and time. */
static GDate *
parse_first_day (const char *text, GError **error)
{
  if (text != NULL && strchr (text, 'T') != NULL)
    {
      bad_value (error, _("--start of a roster is the first day of its cycle, a date such as "
                          "2026-12-07, not ‘%s’"), text);
      return NULL;
    }
  return hubrota_cli_parse_date ("--start", text, error);
}

static HubrotaDuty *
parse_roster (const char *officer, const DutyOptions *o, GError **error)
{
  g_autoptr(GDate) first = NULL;
  g_autoptr(GHashTable) codes = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(HubrotaDuty) roster = NULL;

  if (o->duration != NULL || o->end != NULL || o->rrule != NULL)
    {
      bad_value (error, _("--%s is for a shift pattern; a roster’s shifts are in --shifts"),
                 o->rrule != NULL ? "rrule" : o->duration != NULL ? "duration" : "end");
      return NULL;
    }
  if (o->shifts == NULL)
    {
      bad_value (error, _("--shifts is required for a roster: each day’s shift or R, e.g. "
                          "'E E L L N N R R R R'"));
      return NULL;
    }
  days = split_days (o->shifts);
  if (!check_cycle (o->cycle, days->len, error) ||
      (first = parse_first_day (o->start, error)) == NULL ||
      (codes = parse_codes (o->codes, error)) == NULL)
    return NULL;
  roster = hubrota_duty_new_roster (officer, first, days->len);
  for (guint i = 0; i < days->len; i++)
    if (!set_day (roster, i, g_ptr_array_index (days, i), codes, error))
      return NULL;
  return g_steal_pointer (&roster);
}

static HubrotaDuty *
parse_pattern (const char *officer, const DutyOptions *o, GError **error)
{
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *overnight = NULL;
  int minutes = 0;

  if (!hubrota_cli_check_rrule (o->rrule, error) ||
      (start = hubrota_cli_parse_datetime ("--start", o->start, error)) == NULL)
    return NULL;
  overnight = night_shift_end (start, o->end);
  if (!hubrota_cli_parse_length (start, o->duration, overnight != NULL ? overnight : o->end,
                                 TRUE, &minutes, error))
    return NULL;
  return hubrota_duty_new (officer, start, minutes, o->rrule);
}

/* The options add and edit share; they fill o. */
#define DUTY_ENTRIES(o) \
    { "start", 's', 0, G_OPTION_ARG_STRING, &(o).start, \
      N_("When the (first) shift starts, local time, e.g. 2026-12-07T08:00; for a roster, the " \
         "first day of its cycle, e.g. 2026-12-07"), N_("DATETIME") }, \
    { "duration", 'D', 0, G_OPTION_ARG_STRING, &(o).duration, \
      N_("How long each shift lasts: 8h, 450m or 7h30m (at most 24h)"), N_("DURATION") }, \
    { "end", 'e', 0, G_OPTION_ARG_STRING, &(o).end, \
      N_("Or when the (first) shift ends: 16:00, or 06:00 the next morning for a night shift"), \
      N_("TIME") }, \
    { "rrule", 'r', 0, G_OPTION_ARG_STRING, &(o).rrule, \
      N_("How the shift repeats, an iCalendar RRULE such as ‘FREQ=WEEKLY;BYDAY=MO,TU,WE,TH’"), \
      N_("RULE") }, \
    { "cycle", 0, 0, G_OPTION_ARG_STRING, &(o).cycle, \
      N_("A rotating roster of this many days (1 to 70), which repeats for ever"), N_("DAYS") }, \
    { "shifts", 0, 0, G_OPTION_ARG_STRING, &(o).shifts, \
      N_("The roster’s days in order: a --shift code, HH:MM+LENGTH, or R for rest"), \
      N_("'E E L L N N R R R R'") }, \
    { "shift", 0, 0, G_OPTION_ARG_STRING_ARRAY, &(o).codes, \
      N_("Names a roster shift: CODE=HH:MM+LENGTH, e.g. N=22:00+10h (repeat for each)"), \
      N_("CODE=HH:MM+LENGTH") }

static void
print_duty (HubrotaDuty *duty, gint64 id, const char *officer)
{
  g_autofree char *description = describe_duty (duty);

  g_print (_("Duty %" PRId64 " for %s: %s\n"), id, officer, description);
}

gboolean
hubrota_cli_duty_add (HubrotaCliCall  *call,
                      GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaDuty) duty = NULL;
  g_auto(DutyOptions) o = { NULL };
  gint64 id;
  const GOptionEntry entries[] = { DUTY_ENTRIES (o), G_OPTION_ENTRY_NULL };

  if (!hubrota_cli_call_parse (call, N_("OFFICER"),
                               N_("A shift or shift pattern: --start, --duration or --end, and --rrule.\n"
                                  "A rotating roster: --start (the date of its day 1), --shifts "
                                  "with each day's shift or\n"
                                  "R for rest, and --shift for each code it uses; --cycle says "
                                  "how many days it has.\n"
                                  "A roster's shifts keep the wall clock: a 22:00+10h night ends "
                                  "at 08:00 every night,\n"
                                  "so on the nights the clocks change it is 9 h (March) or 11 h "
                                  "(October).\n\n"
                                  "Prints the shift as it repeats.\n\n"
                                  "Examples: hubrota-cli duty add PC1234 --start 2026-12-07T08:00 "
                                  "--duration 8h --rrule 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH'\n"
                                  "  hubrota-cli duty add PC1234 --cycle 10 --start 2026-12-07 "
                                  "--shifts 'E E L L N N R R R R' --shift E=07:00+10h "
                                  "--shift L=14:00+10h --shift N=22:00+10h"),
                               entries, error))
    return call->help_shown;

  duty = is_roster_options (&o) ? parse_roster (call->argument, &o, error)
                                : parse_pattern (call->argument, &o, error);
  if (duty == NULL || (store = hubrota_cli_call_open_store (call, error)) == NULL)
    return FALSE;
  if ((id = hubrota_store_add_duty (store, duty, error)) <= 0)
    return FALSE;
  print_duty (duty, id, call->argument);
  return TRUE;
}

static gboolean
parse_duty_id (const char *text, gint64 *out_id, GError **error)
{
  return hubrota_cli_parse_integer ("ID", text, 1, G_MAXINT64, out_id, error);
}

/* What was not given is taken from the stored duty, when it is of the same kind. */
static void
fill_from_pattern (DutyOptions *o, HubrotaDuty *stored)
{
  if (hubrota_duty_is_roster (stored))
    return;
  if (o->start == NULL)
    o->start = hubrota_london_format_local (hubrota_duty_get_start (stored));
  if (o->duration == NULL && o->end == NULL)
    o->duration = g_strdup_printf ("%dm", hubrota_duty_get_duration_minutes (stored));
  if (o->rrule == NULL && hubrota_duty_get_rrule (stored) != NULL)
    o->rrule = g_strdup (hubrota_duty_get_rrule (stored));
}

static void
fill_from_roster (DutyOptions *o, HubrotaDuty *stored)
{
  if (!hubrota_duty_is_roster (stored))
    return;
  if (o->start == NULL)
    o->start = hubrota_london_format_date (hubrota_duty_get_first_day (stored));
  if (o->shifts == NULL && o->codes == NULL && o->cycle == NULL)
    {
      g_autoptr(GString) days = g_string_new (NULL);

      for (guint day = 0; day < hubrota_duty_get_cycle_days (stored); day++)
        {
          g_autofree char *shift = NULL;
          int start, minutes;

          if (hubrota_duty_get_roster_shift (stored, day, &start, &minutes))
            shift = _hubrota_duty_format_shift (start, minutes);
          g_string_append_printf (days, "%s%s", day > 0 ? " " : "", shift ? shift : "R");
        }
      o->shifts = g_string_free (g_steal_pointer (&days), FALSE);
    }
}

static HubrotaDuty *
edited_duty (HubrotaDuty *stored, DutyOptions *o, GError **error)
{
  const char *officer = hubrota_duty_get_officer (stored);
  gboolean pattern_given = o->duration != NULL || o->end != NULL || o->rrule != NULL;
  gboolean roster = is_roster_options (o) || (hubrota_duty_is_roster (stored) && !pattern_given);

  if (o->start == NULL && !pattern_given && !is_roster_options (o))
    {
      bad_value (error, _("nothing to change: give --start, --duration, --end, --rrule, --cycle, "
                          "--shifts or --shift"));
      return NULL;
    }
  if (roster && o->shifts == NULL && o->codes != NULL)
    {
      bad_value (error, _("--shift names the codes of --shifts; give --shifts too"));
      return NULL;
    }
  if (roster)
    fill_from_roster (o, stored);
  else
    fill_from_pattern (o, stored);
  return roster ? parse_roster (officer, o, error) : parse_pattern (officer, o, error);
}

gboolean
hubrota_cli_duty_edit (HubrotaCliCall  *call,
                       GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaDuty) stored = NULL;
  g_autoptr(HubrotaDuty) duty = NULL;
  g_auto(DutyOptions) o = { NULL };
  gint64 id = 0;
  const GOptionEntry entries[] = { DUTY_ENTRIES (o), G_OPTION_ENTRY_NULL };

  if (!hubrota_cli_call_parse (call, N_("ID"),
                               N_("A shift or shift pattern: --start, --duration or --end, and --rrule.\n"
                                  "A rotating roster: --start (the date of its day 1), --shifts "
                                  "with each day's shift or\n"
                                  "R for rest, and --shift for each code it uses; --cycle says "
                                  "how many days it has.\n"
                                  "A roster's shifts keep the wall clock: a 22:00+10h night ends "
                                  "at 08:00 every night,\n"
                                  "so on the nights the clocks change it is 9 h (March) or 11 h "
                                  "(October).\n\n"
                                  "ID is the number duty list shows. Only what is given changes; "
                                  "giving --shifts\n"
                                  "turns a shift pattern into a roster, and --rrule or --duration "
                                  "a roster into\n"
                                  "a shift pattern (both then need --start).\n\n"
                                  "Examples: hubrota-cli duty edit 3 --start 2026-12-07T07:00\n"
                                  "  hubrota-cli duty edit 4 --shifts 'E E L L N N R R R R' "
                                  "--shift E=06:00+10h --shift L=14:00+10h --shift N=22:00+9h"),
                               entries, error))
    return call->help_shown;

  if (!parse_duty_id (call->argument, &id, error) ||
      (store = hubrota_cli_call_open_store (call, error)) == NULL ||
      (stored = hubrota_store_get_duty (store, id, error)) == NULL ||
      (duty = edited_duty (stored, &o, error)) == NULL)
    return FALSE;
  hubrota_duty_set_id (duty, id);
  if (!hubrota_store_update_duty (store, duty, error))
    return FALSE;
  print_duty (duty, id, hubrota_duty_get_officer (duty));
  return TRUE;
}

gboolean
hubrota_cli_duty_remove (HubrotaCliCall  *call,
                         GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  gint64 id = 0;

  if (!hubrota_cli_call_parse (call, N_("ID"),
                               N_("ID is the number duty list shows.\n\n"
                                  "Example: hubrota-cli duty remove 3"),
                               NULL, error))
    return call->help_shown;
  if (!parse_duty_id (call->argument, &id, error) ||
      (store = hubrota_cli_call_open_store (call, error)) == NULL ||
      !hubrota_store_remove_duty (store, id, error))
    return FALSE;
  g_print (_("Removed duty %" PRId64 ".\n"), id);
  return TRUE;
}

/* "cycle_days": 10, "shifts": [{"start": "07:00", "duration_minutes": 600}, …, null] */
static void
add_roster_json (JsonBuilder *builder,
                 HubrotaDuty *duty)
{
  json_builder_set_member_name (builder, "cycle_days");
  json_builder_add_int_value (builder, hubrota_duty_get_cycle_days (duty));
  json_builder_set_member_name (builder, "shifts");
  json_builder_begin_array (builder);
  for (guint day = 0; day < hubrota_duty_get_cycle_days (duty); day++)
    {
      g_autofree char *start = NULL;
      int minute, length;

      if (!hubrota_duty_get_roster_shift (duty, day, &minute, &length))
        {
          json_builder_add_null_value (builder);
          continue;
        }
      start = g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);
      json_builder_begin_object (builder);
      hubrota_cli_add_string (builder, "start", start);
      json_builder_set_member_name (builder, "duration_minutes");
      json_builder_add_int_value (builder, length);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
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
  if (hubrota_duty_is_roster (duty))
    add_roster_json (builder, duty);
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

      gboolean roster = hubrota_duty_is_roster (duty);

      g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, hubrota_duty_get_id (duty)));
      g_ptr_array_add (cells, roster ? hubrota_london_format_date (hubrota_duty_get_first_day (duty))
                                     : hubrota_london_format_local (hubrota_duty_get_start (duty)));
      g_ptr_array_add (cells, roster ? g_strdup ("—")
                       : hubrota_cli_format_duration (hubrota_duty_get_duration_minutes (duty)));
      g_ptr_array_add (cells, describe_duty (duty));
      g_ptr_array_add (cells, g_strdup (roster ? _("roster") : rrule ? rrule : _("one-off")));
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
  g_autofree char *day = g_date_time_format (moment, "%a %-d %b %Y");
  g_autofree char *clock = hubrota_london_format_clock (moment);

  return g_strdup_printf ("%s %s", day, clock);
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
    g_print (_("Leave %" PRId64 " for %s: away from %s until %s (%s)\n"), id,
             call->argument, from, to, reason);
  else
    g_print (_("Leave %" PRId64 " for %s: away from %s until %s\n"), id,
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

/* Leavers */

/* "  Sat 12 Dec 2026 10:00–13:00  bedford" */
static void
print_openings (GPtrArray *openings)
{
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (openings, i);
      g_autofree char *start = format_moment (hubrota_occurrence_get_start (occurrence));
      g_autofree char *end = hubrota_london_format_clock (hubrota_occurrence_get_end (occurrence));

      g_print ("  %s–%s  %s\n", start, end, hubrota_occurrence_get_hub (occurrence));
    }
}

static gboolean
preview_retire (HubrotaStore *store, const char *officer, const GDate *leaving, GError **error)
{
  g_autoptr(GPtrArray) openings = NULL;
  GDate last = *leaving;

  g_date_add_days (&last, HUBROTA_LEAVER_HORIZON_DAYS);
  openings = hubrota_store_list_officer_openings (store, officer, leaving, &last, error);
  if (openings == NULL)
    return FALSE;
  g_print (ngettext ("%s would be taken off %u opening:\n", "%s would be taken off %u openings:\n",
                     openings->len), officer, openings->len);
  print_openings (openings);
  return TRUE;
}

static gboolean
retire (HubrotaStore *store, const char *officer, const GDate *leaving, GError **error)
{
  g_autoptr(HubrotaHistory) history = hubrota_history_new (store);
  g_autoptr(GPtrArray) taken_off = NULL;
  char date[32];

  if (!hubrota_history_retire_officer (history, officer, leaving, &taken_off, error))
    return FALSE;
  if (leaving == NULL)
    {
      g_print (_("%s is no longer leaving.\n"), officer);
      return TRUE;
    }
  /* Translators: a leaving day, e.g. "Thu 31 Dec 2026"; see strftime () */
  g_date_strftime (date, sizeof date, _("%a %-d %b %Y"), leaving);
  if (taken_off->len == 0)
    g_print (_("%s leaves on %s; they were on no opening from then on.\n"), officer, date);
  else
    g_print (ngettext ("%s leaves on %s; taken off %u opening:\n",
                       "%s leaves on %s; taken off %u openings:\n", taken_off->len),
             officer, date, taken_off->len);
  print_openings (taken_off);
  return TRUE;
}

gboolean
hubrota_cli_officer_retire (HubrotaCliCall  *call,
                            GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GDate) leaving = NULL;
  g_autofree char *on = NULL;
  gboolean clear = FALSE, dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on,
      N_("The day they leave: from 00:00 that day they are on no opening"), N_("DATE") },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear,
      N_("They are not leaving after all (openings taken off stay off)"), NULL },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Only list the openings they would be taken off; store nothing"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("OFFICER"),
                               N_("The officer stays on the openings before the date and in the "
                                  "history; from\n"
                                  "00:00 that day they are off suggestions, and every opening they "
                                  "are on in the\n"
                                  "year from it is listed and taken off, in one step.\n\n"
                                  "Example: hubrota-cli officer retire PC1234 --on 2027-01-15"),
                               entries, error))
    return call->help_shown;

  if (clear && on != NULL)
    return bad_value (error, _("give --on DATE or --clear, not both"));
  if (clear && dry_run)
    return bad_value (error, _("--dry-run is for --on: --clear takes nobody off anything"));
  if (!clear && (leaving = hubrota_cli_parse_date ("--on", on, error)) == NULL)
    return FALSE;
  if ((store = hubrota_cli_call_open_store (call, error)) == NULL)
    return FALSE;
  if (dry_run)
    return preview_retire (store, call->argument, leaving, error);
  return retire (store, call->argument, leaving, error);
}
