/* hubrota-cli-common.c: option parsing, value checking and output shared by every command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hubrota-cli.h"

gboolean
hubrota_cli_usage_error (GError      **error,
                         GOptionError  code,
                         const char   *format,
                         ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (G_OPTION_ERROR, code, format, args));
  va_end (args);
  return FALSE;
}

#define bad_value(error, ...) hubrota_cli_usage_error (error, G_OPTION_ERROR_BAD_VALUE, __VA_ARGS__)

static gboolean
mentions_database (int    argc,
                   char **argv)
{
  for (int i = 1; i < argc; i++)
    if (g_str_has_prefix (argv[i], "--database"))
      return TRUE;
  return FALSE;
}

/* Checks what is left once the options are gone: one positional argument for each word of
 * parameter ("HUB", "OFFICER HUB"), or none. */
static gboolean
take_arguments (HubrotaCliCall  *call,
                const char      *parameter,
                GError         **error)
{
  /* How many arguments from the English, which names one per word; what to call them from
   * the translation, whose word count a translator may not keep. */
  g_auto(GStrv) english = g_strsplit (parameter != NULL ? parameter : "", " ", -1);
  g_auto(GStrv) translated = g_strsplit (parameter != NULL ? _(parameter) : "", " ", -1);
  int expected = 1 + (parameter != NULL ? (int) g_strv_length (english) : 0);
  GStrv names = g_strv_length (translated) == g_strv_length (english) ? translated : english;

  if (call->argc < expected)
    return bad_value (error, _("missing %s (see ‘%s --help’)"), names[call->argc - 1],
                      g_get_prgname ());
  if (call->argc > expected)
    return bad_value (error, _("unexpected argument ‘%s’ (see ‘%s --help’)"),
                      call->argv[expected], g_get_prgname ());
  for (int i = 1; i < expected; i++)
    if (!g_utf8_validate (call->argv[i], -1, NULL))
      return bad_value (error, _("%s is not valid UTF-8"), names[i - 1]);

  call->argument = expected > 1 ? call->argv[1] : NULL;
  call->second_argument = expected > 2 ? call->argv[2] : NULL;
  return TRUE;
}

/* Returns TRUE when the command should go on; FALSE with error set when the command line is
 * wrong, and FALSE with call->help_shown set when --help was answered. */
gboolean
hubrota_cli_call_parse (HubrotaCliCall      *call,
                        const char          *parameter,
                        const char          *description,
                        const GOptionEntry  *entries,
                        GError             **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) local_error = NULL;
  gboolean help = FALSE;
  const GOptionEntry help_entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, N_("Show this help and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, help_entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, call->command->summary);
  g_option_context_set_description (context, description);
  g_option_context_set_help_enabled (context, FALSE);

  if (!g_option_context_parse (context, &call->argc, &call->argv, &local_error))
    {
      if (mentions_database (call->argc, call->argv))
        return bad_value (error, _("%s (give --database before the command)"),
                          local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);
      g_print ("%s", text);
      call->help_shown = TRUE;
      return FALSE;
    }

  return take_arguments (call, parameter, error);
}

/* Every command but init works on a database that is already there. */
HubrotaStore *
hubrota_cli_call_open_store (HubrotaCliCall  *call,
                             GError         **error)
{
  return hubrota_store_open (call->database, HUBROTA_STORE_OPEN_DEFAULT, error);
}

/* A command that only reads takes no write lock and never migrates, so it works beside a
 * program that is writing and on a read-only file in a read-only folder. */
HubrotaStore *
hubrota_cli_call_open_store_to_read (HubrotaCliCall  *call,
                                     GError         **error)
{
  return hubrota_store_open (call->database, HUBROTA_STORE_OPEN_READ_ONLY, error);
}

/* An RRULE option given but empty would silently make a one-off. */
gboolean
hubrota_cli_check_rrule (const char  *rrule,
                         GError     **error)
{
  if (rrule == NULL || rrule[0] != '\0')
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--rrule is empty; leave it out for a one-off"));
  return FALSE;
}

gboolean
hubrota_cli_require (const char  *option,
                     const char  *value,
                     GError     **error)
{
  if (value != NULL)
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
               _("%s is required (see ‘%s --help’)"), option, g_get_prgname ());
  return FALSE;
}

/* The core's parsers explain what is wrong with the text; say which option it came from. */
static gboolean
blame_option (GError      **error,
              const char   *option,
              GError       *cause)
{
  return bad_value (error, "%s: %s", option, cause->message);
}

GDateTime *
hubrota_cli_parse_datetime (const char  *option,
                            const char  *text,
                            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GDateTime *datetime;

  if (!hubrota_cli_require (option, text, error))
    return NULL;
  datetime = hubrota_london_parse_input_datetime (text, &local_error);
  if (datetime == NULL)
    blame_option (error, option, local_error);
  return datetime;
}

GDate *
hubrota_cli_parse_date (const char  *option,
                        const char  *text,
                        GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GDate *date;

  if (!hubrota_cli_require (option, text, error))
    return NULL;
  date = hubrota_london_parse_date (text, &local_error);
  if (date == NULL)
    blame_option (error, option, local_error);
  return date;
}

gboolean
hubrota_cli_parse_duration (const char  *option,
                            const char  *text,
                            int         *out_minutes,
                            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  int minutes = 0;

  if (!hubrota_cli_require (option, text, error))
    return FALSE;
  if (!hubrota_london_parse_duration (text, &minutes, &local_error))
    return blame_option (error, option, local_error);
  /* The core refuses these too; checking here keeps the message about the option. */
  if (minutes <= 0)
    return bad_value (error, _("%s must be longer than zero, not ‘%s’"), option, text);

  *out_minutes = minutes;
  return TRUE;
}

/* --end as HH:MM (the start's day) or a full local date-time. */
static GDateTime *
parse_end (GDateTime *start, const char *text, GError **error)
{
  g_autofree char *full = NULL;

  if (strlen (text) == 5 && text[2] == ':')
    {
      g_autofree char *day = g_date_time_format (start, "%Y-%m-%d");
      full = g_strdup_printf ("%sT%s", day, text);
    }
  return hubrota_cli_parse_datetime ("--end", full != NULL ? full : text, error);
}

/* The length of an opening or a shift from --duration or --end (one of them; with neither, required
 * says whether that is an error or "keep as it is", reported as 0 minutes). */
gboolean
hubrota_cli_parse_length (GDateTime   *start,
                          const char  *duration_text,
                          const char  *end_text,
                          gboolean     required,
                          int         *out_minutes,
                          GError     **error)
{
  g_autoptr(GDateTime) end = NULL;
  GTimeSpan span;

  if (duration_text != NULL && end_text != NULL)
    return bad_value (error, _("give --duration or --end, not both"));
  if (end_text == NULL)
    {
      *out_minutes = 0;
      if (duration_text == NULL && !required)
        return TRUE;
      return hubrota_cli_parse_duration ("--duration", duration_text, out_minutes, error);
    }

  end = parse_end (start, end_text, error);
  if (end == NULL)
    return FALSE;
  span = g_date_time_difference (end, start);
  if (span <= 0)
    {
      g_autofree char *a = hubrota_london_format_local (start);
      g_autofree char *b = hubrota_london_format_local (end);
      return bad_value (error, _("--end (%s) is not after the start (%s)"), b, a);
    }
  *out_minutes = (int) MIN (span / G_TIME_SPAN_MINUTE, G_MAXINT);
  return TRUE;
}

gboolean
hubrota_cli_parse_integer (const char  *option,
                           const char  *text,
                           gint64       min,
                           gint64       max,
                           gint64      *out_value,
                           GError     **error)
{
  g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
  g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

  if (!hubrota_cli_require (option, text, error))
    return FALSE;
  if (g_ascii_string_to_signed (text, 10, min, max, out_value, NULL))
    return TRUE;
  if (max == G_MAXINT64)
    return bad_value (error, _("%s must be a whole number, %s or more, not ‘%s’"),
                      option, low, text);
  return bad_value (error, _("%s must be a whole number from %s to %s, not ‘%s’"),
                    option, low, high, text);
}

/* Strict: plain decimal notation only, so no spaces, hex, "nan" or "inf" slip through strtod. */
gboolean
hubrota_cli_parse_degrees (const char  *option,
                           const char  *text,
                           double       limit,
                           double      *out_value,
                           GError     **error)
{
  if (!hubrota_cli_require (option, text, error))
    return FALSE;
  if (!hubrota_parse_degrees (text, limit, out_value))
    return bad_value (error, _("%s must be a number of degrees from -%d to %d, not ‘%s’"),
                      option, (int) limit, (int) limit, text);
  return TRUE;
}

/* Strict like --lat: plain decimal notation, so no spaces, signs, "nan" or "1e2" slip through
 * strtod. */
gboolean
hubrota_cli_parse_number (const char  *option,
                          const char  *text,
                          int          max,
                          double      *out_value,
                          GError     **error)
{
  char *end = NULL;
  double value;

  if (!hubrota_cli_require (option, text, error))
    return FALSE;

  value = g_ascii_strtod (text, &end);
  if (*text == '\0' || text[strspn (text, ".0123456789")] != '\0' || *end != '\0' ||
      !(value >= 0 && value <= max))
    return bad_value (error, _("%s must be a number from 0 to %d, not ‘%s’"), option, max, text);

  *out_value = value;
  return TRUE;
}

char *
hubrota_cli_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.6g", value));
}

/* Both dates are needed; a range that ends before it starts is a mistake, not an empty answer. */
gboolean
hubrota_cli_parse_range (const char  *from_text,
                         const char  *to_text,
                         GDate      **out_from,
                         GDate      **out_to,
                         GError     **error)
{
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;

  if (!hubrota_cli_require ("--from", from_text, error) ||
      !hubrota_cli_require ("--to", to_text, error))
    return FALSE;
  from = hubrota_cli_parse_date ("--from", from_text, error);
  if (from == NULL)
    return FALSE;
  to = hubrota_cli_parse_date ("--to", to_text, error);
  if (to == NULL)
    return FALSE;
  if (g_date_compare (from, to) > 0)
    return bad_value (error, _("--from %s is after --to %s"), from_text, to_text);

  *out_from = g_steal_pointer (&from);
  *out_to = g_steal_pointer (&to);
  return TRUE;
}

char *
hubrota_cli_format_duration (int minutes)
{
  if (minutes % 60 == 0)
    return g_strdup_printf ("%dh", minutes / 60);
  if (minutes < 60)
    return g_strdup_printf ("%dm", minutes);
  return g_strdup_printf ("%dh%02dm", minutes / 60, minutes % 60);
}

void
hubrota_cli_add_string (JsonBuilder *builder,
                        const char  *member,
                        const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* JSON goes out as UTF-8 whatever the locale, so it bypasses g_print's conversion. */
void
hubrota_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *data = NULL;
  gsize length = 0;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  data = json_generator_to_data (generator, &length);
  fwrite (data, 1, length, stdout);
  fputc ('\n', stdout);
}

void
hubrota_cli_print_json_array (GPtrArray         *items,
                              HubrotaCliAddJson  add_item)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    add_item (builder, g_ptr_array_index (items, i));
  json_builder_end_array (builder);
  hubrota_cli_print_json (builder);
}

gboolean
hubrota_cli_run_list (HubrotaCliCall    *call,
                      const char        *parameter,
                      HubrotaCliList     list,
                      HubrotaCliAddJson  add_json,
                      HubrotaCliPrint    print_text,
                      GError           **error)
{
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hubrota_cli_call_parse (call, parameter, NULL, entries, error))
    return call->help_shown;
  store = hubrota_cli_call_open_store_to_read (call, error);
  if (store == NULL || (items = list (store, call->argument, error)) == NULL)
    return FALSE;
  if (json)
    hubrota_cli_print_json_array (items, add_json);
  else
    print_text (items, call->argument);
  return TRUE;
}

/* cells holds n_columns strings a row; the first row is usually the heading. */
void
hubrota_cli_add_double (JsonBuilder *builder,
                        const char  *member,
                        double       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_double_value (builder, value);
}

void
hubrota_cli_add_list_json (JsonBuilder       *builder,
                           const char        *member,
                           GListModel        *model,
                           HubrotaCliAddJson  add_item)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      add_item (builder, item);
    }
  json_builder_end_array (builder);
}

void
hubrota_cli_print_table (GPtrArray *cells,
                         guint      n_columns)
{
  g_autofree glong *widths = g_new0 (glong, n_columns);

  for (guint i = 0; i < cells->len; i++)
    widths[i % n_columns] = MAX (widths[i % n_columns], g_utf8_strlen (cells->pdata[i], -1));

  for (guint row = 0; row < cells->len; row += n_columns)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint column = 0; column < n_columns; column++)
        {
          const char *cell = cells->pdata[row + column];

          g_string_append (line, cell);
          if (column + 1 == n_columns)
            break;
          for (glong pad = g_utf8_strlen (cell, -1); pad < widths[column] + 2; pad++)
            g_string_append_c (line, ' ');
        }
      g_print ("%s\n", g_strchomp (line->str));
    }
}

/* The default database lives in ~/.local/share/hubrota, which a first run has not made yet.
 * A failure here is left for the open to report, with the path in its message. */
void
hubrota_cli_make_parent_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);

  g_mkdir_with_parents (folder, 0700);
}

/* init (or generate) created the file and then failed: take it away again, so a retry starts clean. */
void
hubrota_cli_discard_new_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}
