/* test-rrule-cases.c: published RRULE cases with the instances they must give
 *
 * Runs every case in the files named on the command line (the files in tests/rrule; the format is
 * in tests/rrule/README.md) through hubrota_recurrence_validate () and
 * hubrota_recurrence_expand (), and compares the openings exactly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "hubrota-core.h"
#include "hubrota-recurrence.h"
#include "test-util.h"

typedef struct
{
  char *file;
  int line;
  GString *name;
  char *start;
  char *rule;
  char *window_from;
  char *window_to;
  GString *expect;
  char *refuse;
} Case;

static void
case_free (Case *c)
{
  g_free (c->file);
  g_string_free (c->name, TRUE);
  g_free (c->start);
  g_free (c->rule);
  g_free (c->window_from);
  g_free (c->window_to);
  g_string_free (c->expect, TRUE);
  g_free (c->refuse);
  g_free (c);
}

static GDateTime *
local_date (const char *date)
{
  g_autofree char *text = g_strdup_printf ("%sT00:00", date);

  return test_util_local (text);
}

/* Adds "YYYY-MM-DDTHH:MM" (or with an offset) for one expect item to expected. */
static void
add_expected (GPtrArray *expected, const char *item, const char *time_of_day)
{
  g_auto(GStrv) range = g_strsplit (item, "..", 2);
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;
  int step = 1;
  char *slash;

  if (strlen (item) > 10 && range[1] == NULL)
    {
      g_ptr_array_add (expected, g_strdup (item));
      return;
    }
  if (range[1] == NULL)
    {
      g_ptr_array_add (expected, g_strdup_printf ("%sT%s", item, time_of_day));
      return;
    }
  slash = strchr (range[1], '/');
  if (slash != NULL)
    {
      step = atoi (slash + 1);
      *slash = '\0';
    }
  from = test_util_date (range[0]);
  to = test_util_date (range[1]);
  g_assert_cmpint (step, >, 0);
  for (; g_date_compare (from, to) <= 0; g_date_add_days (from, step))
    {
      g_autofree char *day = hubrota_london_format_date (from);
      g_ptr_array_add (expected, g_strdup_printf ("%sT%s", day, time_of_day));
    }
}

/* What an opening looks like beside an expected item: with its offset if the item has one. */
static char *
as_expected (GDateTime *opening, const char *expected)
{
  g_autofree char *iso = hubrota_london_format_iso (opening);

  if (strlen (expected) == 16)
    return g_strndup (iso, 16);
  /* "2027-03-28T02:30:00+01:00" less its seconds */
  return g_strdup_printf ("%.16s%s", iso, iso + 19);
}

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GDateTime) start = test_util_local (c->start);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) got = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_auto(GStrv) items = NULL;
  gboolean valid;

  g_test_message ("%s:%d: %s", c->file, c->line, c->name->str);
  valid = hubrota_recurrence_validate (start, c->rule, &error);
  if (c->refuse != NULL)
    {
      g_assert_false (valid);
      g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
      if (strstr (error->message, c->refuse) == NULL)
        g_error ("%s:%d: ‘%s’ does not say ‘%s’", c->file, c->line, error->message, c->refuse);
      return;
    }
  g_assert_no_error (error);
  g_assert_true (valid);

  items = g_strsplit_set (c->expect->str, " ", -1);
  for (guint i = 0; items[i] != NULL; i++)
    if (*items[i] != '\0')
      add_expected (expected, items[i], c->start + 11);

  if (c->window_from != NULL)
    {
      from = local_date (c->window_from);
      to = local_date (c->window_to);
    }
  else
    {
      from = g_date_time_ref (start);
      to = g_date_time_add_years (start, 20);
    }
  got = hubrota_recurrence_expand (start, c->rule, from, to, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < MAX (got->len, expected->len); i++)
    {
      const char *want = i < expected->len ? g_ptr_array_index (expected, i) : "(nothing)";
      g_autofree char *have = i < got->len ? as_expected (g_ptr_array_index (got, i), want)
                                           : g_strdup ("(nothing)");

      if (g_strcmp0 (have, want) != 0)
        g_error ("%s:%d: %s: opening %u is %s, not %s", c->file, c->line, c->name->str, i + 1,
                 have, want);
    }
  g_assert_cmpuint (got->len, ==, expected->len);
}

static char *
value_of (const char *line, const char *key)
{
  return g_strstrip (g_strdup (line + strlen (key)));
}

static void
read_line (Case *c, const char *line, const char **last_key)
{
  if (g_str_has_prefix (line, "case "))
    {
      if (c->name->len > 0)
        g_string_append_c (c->name, ' ');
      g_string_append (c->name, line + 5);
      *last_key = "case";
    }
  else if (g_str_has_prefix (line, "start "))
    c->start = value_of (line, "start");
  else if (g_str_has_prefix (line, "rule "))
    c->rule = value_of (line, "rule");
  else if (g_str_has_prefix (line, "window "))
    {
      g_auto(GStrv) dates = g_strsplit (line + 7, " ", 2);
      g_assert_nonnull (dates[1]);
      c->window_from = g_strdup (dates[0]);
      c->window_to = g_strstrip (g_strdup (dates[1]));
    }
  else if (g_str_has_prefix (line, "refuse "))
    c->refuse = value_of (line, "refuse");
  else if (g_str_has_prefix (line, "expect ") ||
           (g_strcmp0 (*last_key, "expect") == 0 && g_ascii_isspace (*line)))
    {
      g_string_append_printf (c->expect, " %s", line + (g_ascii_isspace (*line) ? 0 : 7));
      *last_key = "expect";
      return;
    }
  else
    g_error ("%s:%d: cannot read ‘%s’", c->file, c->line, line);
  if (!g_str_has_prefix (line, "case "))
    *last_key = "";
}

static Case *
new_case (const char *file, int line)
{
  Case *c = g_new0 (Case, 1);

  c->file = g_path_get_basename (file);
  c->line = line;
  c->name = g_string_new (NULL);
  c->expect = g_string_new (NULL);
  return c;
}

static gboolean
is_blank (const char *line)
{
  while (g_ascii_isspace (*line))
    line++;
  return *line == '\0';
}

/* Reads one file's cases and adds a test for each. */
static guint
add_cases (const char *path, GPtrArray *cases)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *stem = NULL;
  const char *last_key = "";
  Case *c = NULL;
  guint added = 0;

  if (!g_file_get_contents (path, &text, NULL, &error))
    g_error ("%s", error->message);
  stem = g_path_get_basename (path);
  *strrchr (stem, '.') = '\0';
  lines = g_strsplit (text, "\n", -1);
  for (int i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (*line == '#')
        continue;
      if (is_blank (line))
        {
          last_key = "";
          continue;
        }
      if (g_str_has_prefix (line, "case ") && g_strcmp0 (last_key, "case") != 0)
        {
          g_autofree char *test_path = NULL;

          c = new_case (path, i + 1);
          g_ptr_array_add (cases, c);
          test_path = g_strdup_printf ("/rrule/%s/%d", stem, i + 1);
          g_test_add_data_func (test_path, c, run_case);
          added++;
        }
      g_assert_nonnull (c);
      read_line (c, line, &last_key);
    }
  return added;
}

int
main (int argc, char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func ((GDestroyNotify) case_free);
  int status;

  g_test_init (&argc, &argv, NULL);
  for (int i = 1; i < argc; i++)
    g_test_message ("%s: %u cases", argv[i], add_cases (argv[i], cases));
  g_assert_cmpuint (cases->len, >, 0);
  status = g_test_run ();
  return status;
}
