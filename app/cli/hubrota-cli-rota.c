/* hubrota-cli-rota.c: putting officers on openings, checking the rota, and suggestions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hubrota-cli.h"

/* Suggestions share hub work out fairly over the fortnight either side of the opening. */
#define FAIRNESS_DAYS 14

/* "10:00" (or "01:30+00:00" in the autumn's repeated hour) on date; NULL, any time. */
static gboolean
parse_at (const GDate *date, const char *text, GDateTime **out_at, GError **error)
{
  g_autoptr(GError) local_error = NULL;

  *out_at = NULL;
  if (text == NULL)
    return TRUE;
  if (strlen (text) < 5 || text[2] != ':')
    return hubrota_cli_usage_error (error, G_OPTION_ERROR_BAD_VALUE,
                                    _("--at must be a time such as 10:00, not ‘%s’"), text);
  *out_at = hubrota_london_parse_input_on (date, text, &local_error);
  if (*out_at == NULL)
    return hubrota_cli_usage_error (error, G_OPTION_ERROR_BAD_VALUE, "--at: %s",
                                    local_error->message);
  return TRUE;
}

/* The opening OFFICER HUB --date D [--at T] names, as the store has it. */
static HubrotaOccurrence *
find_opening (HubrotaStore *store, const char *hub, const char *date_text, const char *at_text,
              GError **error)
{
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDateTime) at = NULL;

  if (!hubrota_cli_require ("--date", date_text, error) ||
      (date = hubrota_cli_parse_date ("--date", date_text, error)) == NULL ||
      !parse_at (date, at_text, &at, error))
    return NULL;
  return hubrota_store_find_occurrence (store, hub, date, at, error);
}

static GDate *
local_date_of (GDateTime *time, int plus_days)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, hubrota_london_tz ());
  GDate *date = g_date_new_dmy (g_date_time_get_day_of_month (local),
                                g_date_time_get_month (local), g_date_time_get_year (local));

  if (plus_days > 0)
    g_date_add_days (date, plus_days);
  else
    g_date_subtract_days (date, -plus_days);
  return date;
}

static HubrotaRota *
load_around (HubrotaStore *store, HubrotaOccurrence *occurrence, int days_before, int days_after,
             GError **error)
{
  GDateTime *start = hubrota_occurrence_get_start (occurrence);
  g_autoptr(GDate) from = local_date_of (start, -days_before);
  g_autoptr(GDate) to = local_date_of (start, days_after);

  return hubrota_rota_load (store, from, to, error);
}

static void
add_finding_json (JsonBuilder *builder, gpointer item)
{
  HubrotaFinding *finding = item;
  g_autofree char *start = hubrota_london_format_iso (hubrota_finding_get_start (finding));
  g_autofree char *end = hubrota_london_format_iso (hubrota_finding_get_end (finding));

  json_builder_begin_object (builder);
  hubrota_cli_add_string (builder, "rule", hubrota_rule_to_string (hubrota_finding_get_rule (finding)));
  hubrota_cli_add_string (builder, "severity",
                          hubrota_severity_to_string (hubrota_finding_get_severity (finding)));
  hubrota_cli_add_string (builder, "officer", hubrota_finding_get_officer (finding));
  hubrota_cli_add_string (builder, "hub", hubrota_finding_get_hub (finding));
  hubrota_cli_add_string (builder, "beat", hubrota_finding_get_beat (finding));
  hubrota_cli_add_string (builder, "hotspot", hubrota_finding_get_hotspot (finding));
  hubrota_cli_add_string (builder, "start", start);
  hubrota_cli_add_string (builder, "end", end);
  hubrota_cli_add_string (builder, "message", hubrota_finding_get_message (finding));
  json_builder_end_object (builder);
}

static void
add_findings_json (JsonBuilder *builder, GPtrArray *findings)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < findings->len; i++)
    add_finding_json (builder, g_ptr_array_index (findings, i));
  json_builder_end_array (builder);
}

/* "error   beat-uncovered  Nobody is left on Castle…" */
static void
print_findings (GPtrArray *findings, const char *indent)
{
  for (guint i = 0; i < findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (findings, i);
      g_print ("%s%-7s %-22s %s\n", indent,
               hubrota_severity_to_string (hubrota_finding_get_severity (finding)),
               hubrota_rule_to_string (hubrota_finding_get_rule (finding)),
               hubrota_finding_get_message (finding));
    }
}

static char *
describe_opening (HubrotaOccurrence *occurrence, gboolean whole_series)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (hubrota_occurrence_get_start (occurrence),
                                                        hubrota_london_tz ());
  /* Translators: a day, e.g. "Saturday 5 December 2026"; see g_date_time_format () */
  g_autofree char *day = g_date_time_format (local, _("%A %-d %B %Y"));
  g_autofree char *clock = hubrota_london_format_clock (local);
  /* Translators: when an opening starts, e.g. "Saturday 5 December 2026 at 10:00" */
  g_autofree char *when = g_strdup_printf (_("%s at %s"), day, clock);

  if (whole_series)
    return g_strdup_printf (_("every opening of ‘%s’ in the series that opens on %s"),
                            hubrota_occurrence_get_hub (occurrence), when);
  return g_strdup_printf (_("‘%s’ on %s"), hubrota_occurrence_get_hub (occurrence), when);
}

typedef struct
{
  char *date;
  char *at;
  gboolean series;
  gboolean force;
} AssignOptions;

static void
assign_options_clear (AssignOptions *options)
{
  g_clear_pointer (&options->date, g_free);
  g_clear_pointer (&options->at, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AssignOptions, assign_options_clear)

/* Through the workspace, so the rules are checked inside the transaction that writes. */
static gboolean
change_assignment (HubrotaCliCall *call, AssignOptions *options, gboolean assign, GError **error)
{
  const char *officer = call->argument;
  const char *hub = call->second_argument;
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaOfficer) known = NULL;
  g_autoptr(HubrotaOccurrence) occurrence = NULL;
  g_autoptr(HubrotaWorkspace) workspace = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *what = NULL;

  store = hubrota_cli_call_open_store (call, error);
  if (store == NULL ||
      (known = hubrota_store_get_officer (store, officer, error)) == NULL ||
      (occurrence = find_opening (store, hub, options->date, options->at, error)) == NULL)
    return FALSE;
  workspace = hubrota_workspace_new (store);
  what = describe_opening (occurrence, options->series);
  if (!hubrota_workspace_change (workspace, officer, occurrence, options->series, assign,
                                 options->force, &findings, &local_error))
    {
      if (g_error_matches (local_error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_REFUSED))
        {
          guint errors = hubrota_findings_count_errors (findings);
          g_print (_("Putting %s on %s would cause:\n"), officer, what);
          print_findings (findings, "  ");
          g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID,
                       ngettext ("refused: it would cause %u error; nothing was stored "
                                 "(--force assigns anyway)",
                                 "refused: it would cause %u errors; nothing was stored "
                                 "(--force assigns anyway)", errors), errors);
          return FALSE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_print (assign ? _("Put %s on %s.\n") : _("Took %s off %s.\n"), officer, what);
  if (findings->len > 0)
    {
      g_print (_("This causes:\n"));
      print_findings (findings, "  ");
    }
  return TRUE;
}

gboolean
hubrota_cli_assign (HubrotaCliCall  *call,
                    GError         **error)
{
  g_auto(AssignOptions) options = { 0, };
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &options.date, N_("The date of the opening"),
      N_("DATE") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &options.at,
      N_("Its start time, when the hub opens more than once that day"), N_("HH:MM") },
    { "series", 0, 0, G_OPTION_ARG_NONE, &options.series,
      N_("Every opening of that opening’s series (checked for a year ahead)"), NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &options.force,
      N_("Assign even when the rules find an error"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("OFFICER HUB"),
                               N_("Prints what the assignment would cause, and refuses (storing "
                                  "nothing) when that includes an error.\n\n"
                                  "Example: hubrota-cli assign PC1234 bedford-library "
                                  "--date 2026-12-05"),
                               entries, error))
    return call->help_shown;
  return change_assignment (call, &options, TRUE, error);
}

gboolean
hubrota_cli_unassign (HubrotaCliCall  *call,
                      GError         **error)
{
  g_auto(AssignOptions) options = { 0, };
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &options.date, N_("The date of the opening"),
      N_("DATE") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &options.at,
      N_("Its start time, when the hub opens more than once that day"), N_("HH:MM") },
    { "series", 0, 0, G_OPTION_ARG_NONE, &options.series,
      N_("Every opening of that opening’s series"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("OFFICER HUB"),
                               N_("Example: hubrota-cli unassign PC1234 bedford-library "
                                  "--date 2026-12-05"),
                               entries, error))
    return call->help_shown;
  return change_assignment (call, &options, FALSE, error);
}

/* Exit status 1 when there are errors, so scripts and CI can gate on it. */
gboolean
hubrota_cli_check (HubrotaCliCall  *call,
                   GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;
  g_autofree char *from_text = NULL, *to_text = NULL;
  gboolean json = FALSE;
  guint errors;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("The first day to check"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("The last day to check"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, NULL,
                               N_("Exit status: 0 when there are no errors (warnings are fine), "
                                  "1 when there are, 2 on bad input.\n\n"
                                  "Example: hubrota-cli check --from 2026-12-01 --to 2026-12-31"),
                               entries, error))
    return call->help_shown;
  if (!hubrota_cli_parse_range (from_text, to_text, &from, &to, error))
    return FALSE;

  store = hubrota_cli_call_open_store_to_read (call, error);
  if (store == NULL || (rota = hubrota_rota_load (store, from, to, error)) == NULL)
    return FALSE;
  findings = hubrota_rota_check (rota);
  errors = hubrota_findings_count_errors (findings);
  if (json)
    hubrota_cli_print_json_array (findings, add_finding_json);
  else if (findings->len == 0)
    g_print (_("No findings: the rota keeps to every rule.\n"));
  else
    print_findings (findings, "");
  if (errors == 0)
    return TRUE;
  g_set_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID,
               ngettext ("%u error in the rota from %s to %s", "%u errors in the rota from %s to %s",
                         errors), errors, from_text, to_text);
  return FALSE;
}

static void
add_candidate_json (JsonBuilder *builder, gpointer item)
{
  HubrotaCandidate *candidate = item;
  HubrotaOfficer *officer = hubrota_candidate_get_officer (candidate);
  GPtrArray *reasons = hubrota_candidate_get_reasons (candidate);

  json_builder_begin_object (builder);
  hubrota_cli_add_string (builder, "officer", hubrota_officer_get_id (officer));
  hubrota_cli_add_string (builder, "name", hubrota_officer_get_name (officer));
  hubrota_cli_add_string (builder, "role", hubrota_role_to_string (hubrota_officer_get_role (officer)));
  hubrota_cli_add_string (builder, "beat", hubrota_officer_get_beat (officer));
  json_builder_set_member_name (builder, "errors");
  json_builder_add_int_value (builder, hubrota_candidate_count_errors (candidate));
  json_builder_set_member_name (builder, "findings");
  add_findings_json (builder, hubrota_candidate_get_findings (candidate));
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < reasons->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (reasons, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_candidates_text (GPtrArray *candidates)
{
  for (guint i = 0; i < candidates->len; i++)
    {
      HubrotaCandidate *candidate = g_ptr_array_index (candidates, i);
      HubrotaOfficer *officer = hubrota_candidate_get_officer (candidate);
      GPtrArray *reasons = hubrota_candidate_get_reasons (candidate);
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint j = 0; j < reasons->len; j++)
        g_string_append_printf (line, "%s%s", j > 0 ? "; " : "",
                                (char *) g_ptr_array_index (reasons, j));
      g_print ("%2u. %s %s (%s): %s\n", i + 1, hubrota_officer_get_id (officer),
               hubrota_officer_get_name (officer),
               hubrota_role_to_string (hubrota_officer_get_role (officer)), line->str);
      print_findings (hubrota_candidate_get_findings (candidate), "      ");
    }
}

gboolean
hubrota_cli_suggest (HubrotaCliCall  *call,
                     GError         **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaRota) rota = NULL;
  g_autoptr(HubrotaOccurrence) occurrence = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autofree char *date = NULL, *at = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The date of the opening"), N_("DATE") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at,
      N_("Its start time, when the hub opens more than once that day"), N_("HH:MM") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, N_("HUB"),
                               N_("Every officer not yet on the opening, best first: those it "
                                  "would cause no error for, then those whose beat the hub is "
                                  "in, then the least abstracted that week, then the fewest hub "
                                  "hours in the fortnight either side.\n\n"
                                  "Example: hubrota-cli suggest bedford-library --date 2026-12-05"),
                               entries, error))
    return call->help_shown;

  store = hubrota_cli_call_open_store_to_read (call, error);
  if (store == NULL ||
      (occurrence = find_opening (store, call->argument, date, at, error)) == NULL ||
      (rota = load_around (store, occurrence, FAIRNESS_DAYS, FAIRNESS_DAYS, error)) == NULL)
    return FALSE;
  candidates = hubrota_rota_suggest (rota, hubrota_rota_find_occurrence (rota, occurrence), error);
  if (candidates == NULL)
    return FALSE;
  if (json)
    hubrota_cli_print_json_array (candidates, add_candidate_json);
  else
    print_candidates_text (candidates);
  return TRUE;
}
