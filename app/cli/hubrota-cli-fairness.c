/* hubrota-cli-fairness.c: fairness, who carries the hub work over a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-cli.h"

static char *
format_percent (double value)
{
  return g_strdup_printf ("%.1f%%", value);
}

static char *
format_gini (double value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (text, sizeof text, "%.2f", value));
}

static void
add_group_cells (GPtrArray *cells, HubrotaShareGroup *group)
{
  g_ptr_array_add (cells, g_strdup (hubrota_share_group_get_label (group)));
  g_ptr_array_add (cells, g_strdup_printf ("%u", hubrota_share_group_get_n_officers (group)));
  g_ptr_array_add (cells, hubrota_cli_format_number (hubrota_share_group_get_hub_hours (group)));
  g_ptr_array_add (cells, hubrota_cli_format_number (hubrota_share_group_get_away_hours (group)));
  g_ptr_array_add (cells, format_percent (hubrota_share_group_get_largest (group)));
  g_ptr_array_add (cells, format_percent (hubrota_share_group_get_smallest (group)));
  g_ptr_array_add (cells, format_gini (hubrota_share_group_get_gini (group)));
}

static void
print_groups (const char *heading, GListModel *groups)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  const char *titles[] = { heading, _("Officers"), _("Hub h"), _("Away h"), _("Largest"),
                           _("Smallest"), _("Gini") };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_ptr_array_add (cells, g_strdup (titles[i]));
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HubrotaShareGroup) group = g_list_model_get_item (groups, i);
      add_group_cells (cells, group);
    }
  g_print ("\n");
  hubrota_cli_print_table (cells, G_N_ELEMENTS (titles));
}

static void
add_share_cells (GPtrArray *cells, HubrotaShare *share)
{
  HubrotaOfficer *officer = hubrota_share_get_officer (share);
  const char *beat = hubrota_share_get_beat_name (share);

  g_ptr_array_add (cells, g_strdup (hubrota_officer_get_id (officer)));
  g_ptr_array_add (cells, g_strdup (hubrota_officer_get_name (officer)));
  g_ptr_array_add (cells, g_strdup (hubrota_role_to_string (hubrota_officer_get_role (officer))));
  g_ptr_array_add (cells, g_strdup (beat != NULL ? beat : "—"));
  g_ptr_array_add (cells, hubrota_cli_format_number (hubrota_share_get_hub_hours (share)));
  g_ptr_array_add (cells, hubrota_cli_format_number (hubrota_share_get_away_hours (share)));
  g_ptr_array_add (cells, format_percent (hubrota_share_get_percent (share)));
}

/* The officers with hub work, largest share first (all of them with every_officer). */
static void
print_officers (HubrotaShareGroup *everyone, gboolean every_officer)
{
  GListModel *shares = hubrota_share_group_get_shares (everyone);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  const char *titles[] = { _("Officer"), _("Name"), _("Role"), _("Beat"), _("Hub h"),
                           _("Away h"), _("Share") };
  guint idle = 0;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_ptr_array_add (cells, g_strdup (titles[i]));
  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(HubrotaShare) share = g_list_model_get_item (shares, i);
      if (hubrota_share_get_n_openings (share) == 0 && !every_officer)
        idle++;
      else
        add_share_cells (cells, share);
    }
  g_print ("\n");
  hubrota_cli_print_table (cells, G_N_ELEMENTS (titles));
  if (idle > 0)
    g_print (ngettext ("%u more officer had no hub work (--all lists them).\n",
                       "%u more officers had no hub work (--all lists them).\n", idle), idle);
}

static void
print_summary (HubrotaFairness *report)
{
  HubrotaShareGroup *everyone = hubrota_fairness_get_everyone (report);
  GListModel *shares = hubrota_share_group_get_shares (everyone);
  g_autofree char *hours = hubrota_cli_format_number (hubrota_share_group_get_hub_hours (everyone));
  g_autofree char *away = hubrota_cli_format_number (hubrota_share_group_get_away_hours (everyone));
  g_autofree char *gini = format_gini (hubrota_share_group_get_gini (everyone));
  GDate from, to;
  g_autofree char *first = NULL, *last = NULL;

  hubrota_fairness_get_period (report, &from, &to);
  first = hubrota_london_format_date (&from);
  last = hubrota_london_format_date (&to);
  g_print (_("Hub work from %s to %s: %s h among %u officers, %s h of it away from their own "
             "beats.\n"), first, last, hours, g_list_model_get_n_items (shares), away);
  g_print (_("Share of contracted hours: largest %.1f%%, smallest %.1f%%; Gini %s (0 is even, "
             "1 is one officer carrying it all).\n"),
           hubrota_share_group_get_largest (everyone), hubrota_share_group_get_smallest (everyone),
           gini);
}

static void
add_group_json (JsonBuilder *builder, gpointer item)
{
  HubrotaShareGroup *group = item;

  json_builder_begin_object (builder);
  hubrota_cli_add_string (builder, "label", hubrota_share_group_get_label (group));
  json_builder_set_member_name (builder, "officers");
  json_builder_add_int_value (builder, hubrota_share_group_get_n_officers (group));
  hubrota_cli_add_double (builder, "hub_hours", hubrota_share_group_get_hub_hours (group));
  hubrota_cli_add_double (builder, "away_hours", hubrota_share_group_get_away_hours (group));
  hubrota_cli_add_double (builder, "largest_share", hubrota_share_group_get_largest (group));
  hubrota_cli_add_double (builder, "smallest_share", hubrota_share_group_get_smallest (group));
  hubrota_cli_add_double (builder, "gini", hubrota_share_group_get_gini (group));
  json_builder_end_object (builder);
}

static void
add_share_json (JsonBuilder *builder, gpointer item)
{
  HubrotaShare *share = item;
  HubrotaOfficer *officer = hubrota_share_get_officer (share);

  json_builder_begin_object (builder);
  hubrota_cli_add_string (builder, "officer", hubrota_officer_get_id (officer));
  hubrota_cli_add_string (builder, "name", hubrota_officer_get_name (officer));
  hubrota_cli_add_string (builder, "role", hubrota_role_to_string (hubrota_officer_get_role (officer)));
  hubrota_cli_add_string (builder, "beat", hubrota_officer_get_beat (officer));
  json_builder_set_member_name (builder, "openings");
  json_builder_add_int_value (builder, hubrota_share_get_n_openings (share));
  hubrota_cli_add_double (builder, "hub_hours", hubrota_share_get_hub_hours (share));
  hubrota_cli_add_double (builder, "away_hours", hubrota_share_get_away_hours (share));
  hubrota_cli_add_double (builder, "contracted_hours", hubrota_share_get_capacity_hours (share));
  hubrota_cli_add_double (builder, "share", hubrota_share_get_percent (share));
  json_builder_end_object (builder);
}

static void
print_json (HubrotaFairness *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  HubrotaShareGroup *everyone = hubrota_fairness_get_everyone (report);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "everyone");
  add_group_json (builder, everyone);
  hubrota_cli_add_list_json (builder, "roles", hubrota_fairness_get_roles (report), add_group_json);
  hubrota_cli_add_list_json (builder, "beats", hubrota_fairness_get_beats (report), add_group_json);
  hubrota_cli_add_list_json (builder, "officers", hubrota_share_group_get_shares (everyone), add_share_json);
  json_builder_end_object (builder);
  hubrota_cli_print_json (builder);
}

gboolean
hubrota_cli_fairness (HubrotaCliCall  *call,
                      GError         **error)
{
  g_autofree char *from_text = NULL, *to_text = NULL;
  g_autoptr(GDate) from = NULL, to = NULL;
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaFairness) report = NULL;
  gboolean json = FALSE, every_officer = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("The first day counted"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("The last day counted"), N_("DATE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &every_officer,
      N_("List every officer, those with no hub work too"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, NULL,
                               N_("Shows who carries the hub work: each officer's hours at hubs "
                                  "and away from their own beat, as a share of the hours they "
                                  "are contracted for, by role and by beat, with the largest and "
                                  "smallest share and a Gini coefficient. Auto-fill balances the "
                                  "same shares over the 8 weeks before the period it plans and "
                                  "the period itself.\n\n"
                                  "Example: hubrota-cli fairness --from 2026-11-09 --to 2027-01-31"),
                               entries, error))
    return call->help_shown;
  if (!hubrota_cli_parse_range (from_text, to_text, &from, &to, error) ||
      (store = hubrota_cli_call_open_store_to_read (call, error)) == NULL ||
      (report = hubrota_fairness_new (store, from, to, error)) == NULL)
    return FALSE;
  if (json)
    {
      print_json (report);
      return TRUE;
    }
  print_summary (report);
  print_groups (_("Role"), hubrota_fairness_get_roles (report));
  print_groups (_("Beat"), hubrota_fairness_get_beats (report));
  print_officers (hubrota_fairness_get_everyone (report), every_officer);
  return TRUE;
}
