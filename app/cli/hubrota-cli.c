/* hubrota-cli.c: the command-line front end, for scripts and for coordinators at a terminal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "hubrota-catalogue.h"
#include "hubrota-cli.h"

static const HubrotaCliCommand commands[] = {
  { "init", NULL, hubrota_cli_init,
    N_("Create the database; with --demo, fill it with a sample to explore") },
  { "generate", NULL, hubrota_cli_generate,
    N_("Fill a new database with a made-up force of any size, for trying out and benchmarks") },
  { "beat", "add", hubrota_cli_beat_add,
    N_("Add a beat, the area a neighbourhood team looks after") },
  { "beat", "list", hubrota_cli_beat_list, N_("List the beats") },
  { "hub", "add", hubrota_cli_hub_add, N_("Add a hub, a place the team opens to the public") },
  { "hub", "edit", hubrota_cli_hub_edit,
    N_("Change a hub’s name, beat, address, postcode, position or description") },
  { "hub", "archive", hubrota_cli_hub_archive,
    N_("Take a hub out of the rota and the calendars, keeping its history; --restore undoes it") },
  { "hub", "list", hubrota_cli_hub_list, N_("List the hubs") },
  { "hotspot", "add", hubrota_cli_hotspot_add,
    N_("Add a hotspot, a small place in a beat that needs regular patrols") },
  { "hotspot", "list", hubrota_cli_hotspot_list, N_("List the hotspots") },
  { "slot", "add", hubrota_cli_slot_add, N_("Add a hub’s regular opening") },
  { "slot", "extra", hubrota_cli_slot_extra, N_("Add a one-off opening") },
  { "slot", "cancel", hubrota_cli_slot_cancel,
    N_("Cancel one opening, or every opening between two dates") },
  { "slot", "move", hubrota_cli_slot_move, N_("Move one opening to another time") },
  { "slot", "restore", hubrota_cli_slot_restore,
    N_("Undo the cancelling or moving of an opening") },
  { "slot", "list", hubrota_cli_slot_list, N_("List a hub’s openings and how they repeat") },
  { "occurrences", NULL, hubrota_cli_occurrences, N_("List every opening between two dates") },
  { "officer", "add", hubrota_cli_officer_add, N_("Add an officer, known by their collar number") },
  { "officer", "list", hubrota_cli_officer_list, N_("List the officers") },
  { "officer", "import", hubrota_cli_officer_import,
    N_("Add officers from a CSV file: every row, or none if any is wrong") },
  { "officer", "new-token", hubrota_cli_officer_new_token,
    N_("Give an officer a new private feed address, ending the old one") },
  { "officer", "retire", hubrota_cli_officer_retire,
    N_("Give an officer a leaving date, taking them off their openings from then on") },
  { "duty", "add", hubrota_cli_duty_add,
    N_("Add an officer’s shift, shift pattern or rotating roster") },
  { "duty", "edit", hubrota_cli_duty_edit, N_("Change a shift, shift pattern or roster") },
  { "duty", "remove", hubrota_cli_duty_remove, N_("Remove a shift, shift pattern or roster") },
  { "duty", "list", hubrota_cli_duty_list, N_("List an officer’s shifts") },
  { "leave", "add", hubrota_cli_leave_add,
    N_("Record a time an officer is away: leave, training, court") },
  { "leave", "list", hubrota_cli_leave_list, N_("List an officer’s times away") },
  { "assign", NULL, hubrota_cli_assign,
    N_("Put an officer on an opening, or on its whole series, if the rules allow") },
  { "unassign", NULL, hubrota_cli_unassign, N_("Take an officer off an opening or series") },
  { "autofill", NULL, hubrota_cli_autofill,
    N_("Staff the openings of a period that are below their minimum, fairly and within the rules") },
  { "fairness", NULL, hubrota_cli_fairness,
    N_("Show who carries the hub work, as a share of each officer’s hours, by role and beat") },
  { "check", NULL, hubrota_cli_check, N_("Check the rota between two dates against every rule") },
  { "suggest", NULL, hubrota_cli_suggest, N_("Rank the officers who could staff an opening") },
  { "export", NULL, hubrota_cli_export,
    N_("Publish the hubs’ calendars (and officers’ private ones) to a folder") },
};

G_DEFINE_QUARK (hubrota-cli-error-quark, hubrota_cli_error)

static char *
command_path (const HubrotaCliCommand *command)
{
  if (command->subcommand == NULL)
    return g_strdup (command->name);
  return g_strdup_printf ("%s %s", command->name, command->subcommand);
}

/* What a command is called in a list: its full path, or within a group its subcommand. */
static char *
command_label (const HubrotaCliCommand *command,
               const char              *group)
{
  if (group == NULL)
    return command_path (command);
  if (g_strcmp0 (command->name, group) != 0)
    return NULL;
  return g_strdup (command->subcommand);
}

/* The command list, for the top-level --help (group NULL) or a group's (`hub --help`). */
static char *
describe_commands (const char *group)
{
  g_autoptr(GString) text = g_string_new (_("Commands:"));
  glong width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *label = command_label (&commands[i], group);
      if (label != NULL)
        width = MAX (width, g_utf8_strlen (label, -1));
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *label = command_label (&commands[i], group);

      if (label == NULL)
        continue;
      g_string_append_printf (text, "\n  %s", label);
      for (glong pad = g_utf8_strlen (label, -1); pad < width + 2; pad++)
        g_string_append_c (text, ' ');
      g_string_append (text, _(commands[i].summary));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define usage_error(error, ...) \
  hubrota_cli_usage_error (error, G_OPTION_ERROR_FAILED, __VA_ARGS__)

static void
print_group_help (const char *group)
{
  g_autofree char *list = describe_commands (group);

  g_print (_("Usage:\n  %s %s COMMAND [OPTION…]\n\n"), HUBROTA_CLI_NAME, group);
  g_print ("%s\n\n", list);
  g_print (_("Run ‘%s %s COMMAND --help’ for the options of each.\n"), HUBROTA_CLI_NAME, group);
}

/* Finds the command argv names; returns how many words it took (1 or 2), or 0 on an error.
 * A group's --help is answered here, with *out_command left NULL. */
static int
find_command (int                        argc,
              char                     **argv,
              const HubrotaCliCommand  **out_command,
              GError                   **error)
{
  const char *name = argv[1];
  const char *sub = argc > 2 ? argv[2] : NULL;
  gboolean known = FALSE;

  *out_command = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (commands[i].name, name) != 0)
        continue;
      known = TRUE;
      if (commands[i].subcommand == NULL)
        {
          *out_command = &commands[i];
          return 1;
        }
      if (g_strcmp0 (commands[i].subcommand, sub) == 0)
        {
          *out_command = &commands[i];
          return 2;
        }
    }

  if (!known)
    return usage_error (error, _("unknown command ‘%s’ (see ‘%s --help’)"), name, HUBROTA_CLI_NAME);
  if (g_strcmp0 (sub, "--help") == 0 || g_strcmp0 (sub, "-h") == 0)
    {
      print_group_help (name);
      return 2;
    }
  if (sub == NULL)
    return usage_error (error, _("‘%s’ needs a command (see ‘%s %s --help’)"),
                        name, HUBROTA_CLI_NAME, name);
  return usage_error (error, _("unknown command ‘%s %s’ (see ‘%s %s --help’)"),
                      name, sub, HUBROTA_CLI_NAME, name);
}

static gboolean
run_command (const char   *database,
             int           argc,
             char        **argv,
             GError      **error)
{
  const HubrotaCliCommand *command;
  g_autofree char **sub_argv = NULL;
  g_autofree char *path = NULL;
  g_autofree char *prgname = NULL;
  HubrotaCliCall call = { 0, };
  int taken;

  if (argc < 2)
    return usage_error (error, _("no command given (see ‘%s --help’)"), HUBROTA_CLI_NAME);

  taken = find_command (argc, argv, &command, error);
  if (taken == 0)
    return FALSE;
  if (command == NULL)
    return TRUE;

  /* GOption's usage line names g_get_prgname(), so make it name the command as well. */
  path = command_path (command);
  prgname = g_strdup_printf ("%s %s", HUBROTA_CLI_NAME, path);
  g_set_prgname (prgname);

  sub_argv = g_new0 (char *, argc - taken + 1);
  sub_argv[0] = argv[0];
  for (int i = taken + 1; i < argc; i++)
    sub_argv[i - taken] = argv[i];

  call.command = command;
  call.database = database;
  call.argc = argc - taken;
  call.argv = sub_argv;
  return command->handler (&call, error);
}


static gboolean
run (int      argc,
     char   **argv,
     GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *database = NULL;
  g_autofree char *default_path = hubrota_store_default_path ();
  g_autofree char *default_display = g_filename_display_name (default_path);
  g_autofree char *database_help = NULL;
  g_autofree char *commands_text = describe_commands (NULL);
  g_autofree char *description = NULL;
  gboolean version = FALSE;
  gboolean help = FALSE;

  database_help = g_strdup_printf (_("The database to use (default: %s)"), default_display);
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database, database_help, N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and exit"), NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, N_("Show this help and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (N_("COMMAND"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, N_("Plan the opening times of community police hubs."));
  description = g_strdup_printf ("%s\n\n%s", commands_text,
                                 _("Give --database before the command; run a command with --help\n"
                                   "for its options.\n\n"
                                   "Exit status: 0 on success, 1 when the database refuses or\n"
                                   "fails, 2 when the command line is wrong."));
  g_option_context_set_description (context, description);
  /* Our own --help, so that help returns through main and frees everything like any command;
   * strict POSIX so that parsing stops at the command and leaves its options alone. */
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, error))
    return FALSE;

  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);
      g_print ("%s", text);
      return TRUE;
    }
  if (version)
    {
      g_print ("%s %s\n", HUBROTA_CLI_NAME, PACKAGE_VERSION);
      return TRUE;
    }

  return run_command (database ? database : default_path, argc, argv, error);
}

/* Everything the CLI prints as text goes through here, so that no text a database holds (one
 * written before Hubrota refused hidden characters, or by another program) reaches a terminal
 * raw; JSON is escaped by its own writer. As GLib's own handler, text goes out in the
 * console's character set. */
static void
print_printable (FILE *stream, const char *text)
{
  g_autofree char *printable = hubrota_text_printable (text);
  const char *charset = NULL;
  g_autofree char *converted = NULL;

  if (!g_get_console_charset (&charset))
    converted = g_convert_with_fallback (printable, -1, charset, "UTF-8", "?", NULL, NULL, NULL);
  fputs (converted != NULL ? converted : printable, stream);
  fflush (stream);
}

static void
print_to_stdout (const char *text)
{
  print_printable (stdout, text);
}

static void
print_to_stderr (const char *text)
{
  print_printable (stderr, text);
}

/* One line, whatever the message holds, so that scripts can show it as it is; only a report
 * (an import's bad rows) comes laid out on several lines on purpose. */
static void
print_error (const GError *error)
{
  g_autofree char *message = g_strdup (error->message);

  if (!g_error_matches (error, HUBROTA_CLI_ERROR, HUBROTA_CLI_ERROR_REPORT))
    g_strdelimit (message, "\r\n", ' ');
  g_printerr ("%s: %s\n", HUBROTA_CLI_NAME, message);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, hubrota_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname (HUBROTA_CLI_NAME);
  g_set_print_handler (print_to_stdout);
  g_set_printerr_handler (print_to_stderr);

  if (run (argc, argv, &error))
    return EXIT_SUCCESS;

  /* Every failing path sets an error; should one not, still fail rather than crash. */
  if (error == NULL)
    return EXIT_FAILURE;
  print_error (error);
  return error->domain == G_OPTION_ERROR ? 2 : 1;
}
