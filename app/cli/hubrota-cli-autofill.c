/* hubrota-cli-autofill.c: autofill, staffing a period's openings below their minimum
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-cli.h"

static char *
format_when (HubrotaOccurrence *occurrence)
{
  return hubrota_london_format_range (
    g_date_time_to_unix (hubrota_occurrence_get_start (occurrence)),
    g_date_time_to_unix (hubrota_occurrence_get_end (occurrence)));
}

static void
add_opening_json (JsonBuilder *builder, HubrotaOccurrence *occurrence, const char *hub_name)
{
  g_autofree char *start = hubrota_london_format_iso (hubrota_occurrence_get_start (occurrence));
  g_autofree char *end = hubrota_london_format_iso (hubrota_occurrence_get_end (occurrence));

  hubrota_cli_add_string (builder, "hub", hubrota_occurrence_get_hub (occurrence));
  hubrota_cli_add_string (builder, "hub_name", hub_name);
  hubrota_cli_add_string (builder, "start", start);
  hubrota_cli_add_string (builder, "end", end);
}

static void
add_proposal_json (JsonBuilder *builder, gpointer item)
{
  HubrotaProposal *proposal = item;
  HubrotaOfficer *officer = hubrota_proposal_get_officer (proposal);

  json_builder_begin_object (builder);
  add_opening_json (builder, hubrota_proposal_get_occurrence (proposal),
                    hubrota_proposal_get_hub_name (proposal));
  hubrota_cli_add_string (builder, "officer", hubrota_officer_get_id (officer));
  hubrota_cli_add_string (builder, "name", hubrota_officer_get_name (officer));
  hubrota_cli_add_double (builder, "away_hours", hubrota_proposal_get_away_hours (proposal));
  hubrota_cli_add_double (builder, "overtime_hours", hubrota_proposal_get_overtime_hours (proposal));
  hubrota_cli_add_double (builder, "share_before", hubrota_proposal_get_share_before (proposal));
  hubrota_cli_add_double (builder, "share_after", hubrota_proposal_get_share_after (proposal));
  hubrota_cli_add_string (builder, "reason", hubrota_proposal_get_reason (proposal));
  json_builder_end_object (builder);
}

static void
add_shortfall_json (JsonBuilder *builder, gpointer item)
{
  HubrotaShortfall *shortfall = item;

  json_builder_begin_object (builder);
  add_opening_json (builder, hubrota_shortfall_get_occurrence (shortfall),
                    hubrota_shortfall_get_hub_name (shortfall));
  json_builder_set_member_name (builder, "missing");
  json_builder_add_int_value (builder, hubrota_shortfall_get_missing (shortfall));
  hubrota_cli_add_string (builder, "reason", hubrota_shortfall_get_reason (shortfall));
  json_builder_end_object (builder);
}

static void
print_json (HubrotaPlan *plan, guint stored)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  hubrota_cli_add_list_json (builder, "proposals", hubrota_plan_get_proposals (plan), add_proposal_json);
  hubrota_cli_add_list_json (builder, "shortfalls", hubrota_plan_get_shortfalls (plan), add_shortfall_json);
  json_builder_set_member_name (builder, "openings");
  json_builder_add_int_value (builder, hubrota_plan_get_n_openings (plan));
  hubrota_cli_add_double (builder, "abstraction_hours", hubrota_plan_get_abstraction_hours (plan));
  hubrota_cli_add_double (builder, "overtime_hours", hubrota_plan_get_overtime_hours (plan));
  hubrota_cli_add_double (builder, "largest_share", hubrota_plan_get_largest_share (plan));
  hubrota_cli_add_double (builder, "objective", hubrota_plan_get_objective (plan));
  json_builder_set_member_name (builder, "stored");
  json_builder_add_int_value (builder, stored);
  json_builder_end_object (builder);
  hubrota_cli_print_json (builder);
}

static void
print_text (HubrotaPlan *plan)
{
  GListModel *proposals = hubrota_plan_get_proposals (plan);
  GListModel *shortfalls = hubrota_plan_get_shortfalls (plan);
  g_autofree char *abstraction = hubrota_cli_format_number (hubrota_plan_get_abstraction_hours (plan));
  g_autofree char *overtime = hubrota_cli_format_number (hubrota_plan_get_overtime_hours (plan));

  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) p = g_list_model_get_item (proposals, i);
      g_autofree char *when = format_when (hubrota_proposal_get_occurrence (p));
      g_print ("%s  %s  %s %s\n    %s\n", when, hubrota_proposal_get_hub_name (p),
               hubrota_officer_get_id (hubrota_proposal_get_officer (p)),
               hubrota_officer_get_name (hubrota_proposal_get_officer (p)),
               hubrota_proposal_get_reason (p));
    }
  for (guint i = 0; i < g_list_model_get_n_items (shortfalls); i++)
    {
      g_autoptr(HubrotaShortfall) s = g_list_model_get_item (shortfalls, i);
      g_autofree char *when = format_when (hubrota_shortfall_get_occurrence (s));
      g_print (_("Not filled: %s  %s\n    %s\n"), when, hubrota_shortfall_get_hub_name (s),
               hubrota_shortfall_get_reason (s));
    }
  guint n_proposals = g_list_model_get_n_items (proposals);
  guint n_openings = hubrota_plan_get_n_openings (plan);
  guint n_short = g_list_model_get_n_items (shortfalls);

  /* One sentence per count, so each takes its own plural form. */
  g_print (g_dngettext (NULL, "%u officer proposed ", "%u officers proposed ", n_proposals),
           n_proposals);
  g_print (g_dngettext (NULL, "for %u opening below its minimum; ",
                        "for %u openings below their minimum; ", n_openings), n_openings);
  g_print (g_dngettext (NULL, "%u left short. ", "%u left short. ", n_short), n_short);
  g_print (_("Abstraction %s h, overtime %s h, largest share of hub work %.1f%%.\n"),
           abstraction, overtime, hubrota_plan_get_largest_share (plan));
}

typedef struct
{
  char *from;
  char *to;
  char **hubs;
  char **beats;
  char *fairness_weeks;
  char *export_lp;
  gboolean no_overtime;
  gboolean every_candidate;
  gboolean dry_run;
  gboolean json;
} AutofillArgs;

static void
autofill_args_clear (AutofillArgs *args)
{
  g_free (args->from);
  g_free (args->to);
  g_strfreev (args->hubs);
  g_strfreev (args->beats);
  g_free (args->fairness_weeks);
  g_free (args->export_lp);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AutofillArgs, autofill_args_clear)

static gboolean
parse_options (AutofillArgs *args, HubrotaAutofillOptions *options, GError **error)
{
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;
  gint64 weeks = HUBROTA_AUTOFILL_FAIRNESS_WEEKS;

  if (!hubrota_cli_parse_range (args->from, args->to, &from, &to, error) ||
      (args->fairness_weeks != NULL &&
       !hubrota_cli_parse_integer ("--fairness-weeks", args->fairness_weeks, 0, 52, &weeks, error)))
    return FALSE;
  hubrota_autofill_options_init (options, from, to);
  options->hubs = args->hubs;
  options->beats = args->beats;
  options->no_overtime = args->no_overtime;
  options->every_candidate = args->every_candidate;
  options->fairness_weeks = (guint) weeks;
  return TRUE;
}

static gboolean
store_plan (HubrotaStore *store, HubrotaPlan *plan, guint *out_stored, GError **error)
{
  g_autoptr(HubrotaWorkspace) workspace = hubrota_workspace_new (store);

  *out_stored = 0;
  if (g_list_model_get_n_items (hubrota_plan_get_proposals (plan)) == 0)
    return TRUE;
  return hubrota_workspace_apply_plan (workspace, plan, out_stored, error);
}

gboolean
hubrota_cli_autofill (HubrotaCliCall  *call,
                      GError         **error)
{
  g_auto(AutofillArgs) args = { 0 };
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaPlan) plan = NULL;
  HubrotaAutofillOptions options;
  guint stored = 0;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &args.from, N_("The first day to fill"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &args.to, N_("The last day to fill"), N_("DATE") },
    { "hub", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args.hubs, N_("Only this hub (repeatable)"),
      N_("HUB") },
    { "beat", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args.beats,
      N_("Only hubs on this beat (repeatable)"), N_("BEAT") },
    { "no-overtime", 0, 0, G_OPTION_ARG_NONE, &args.no_overtime,
      N_("Only officers on duty for the whole opening"), NULL },
    { "fairness-weeks", 0, 0, G_OPTION_ARG_STRING, &args.fairness_weeks,
      N_("Weeks before the period whose hub work counts towards fairness (default 8)"), N_("N") },
    { "every-candidate", 0, 0, G_OPTION_ARG_NONE, &args.every_candidate,
      N_("Offer each opening every officer who could do it, even in a force of thousands "
         "(slower; by default a large force offers each opening its cheapest few)"), NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &args.dry_run, N_("Show the plan; store nothing"), NULL },
    { "export-lp", 0, 0, G_OPTION_ARG_FILENAME, &args.export_lp,
      N_("Also write the problem in CPLEX LP format, for glpsol or cbc"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &args.json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, NULL,
                               N_("Puts officers on the openings below their minimum, never "
                                  "moving anyone already on one and never causing an error, "
                                  "keeping officers on their own beats, then off overtime, then "
                                  "sharing hub work fairly. One step, checked as it is stored.\n\n"
                                  "Example: hubrota-cli autofill --from 2027-01-04 --to 2027-01-31 "
                                  "--dry-run"),
                               entries, error))
    return call->help_shown;
  if (!parse_options (&args, &options, error) ||
      (store = (args.dry_run ? hubrota_cli_call_open_store_to_read (call, error)
                             : hubrota_cli_call_open_store (call, error))) == NULL ||
      (plan = hubrota_autofill_plan (store, &options, error)) == NULL)
    return FALSE;
  if (args.export_lp != NULL && !hubrota_plan_write_lp (plan, args.export_lp, error))
    return FALSE;
  if (!args.dry_run && !store_plan (store, plan, &stored, error))
    return FALSE;
  if (args.json)
    print_json (plan, stored);
  else
    {
      print_text (plan);
      if (!args.dry_run)
        g_print (ngettext ("Stored: %u officer put on.\n", "Stored: %u officers put on.\n", stored),
                 stored);
    }
  return TRUE;
}
