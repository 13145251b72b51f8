/* solver-util.c: running CBC or glpsol on an LP file and reading back its plan and bound
 *
 * Both are Debian packages installed by build-aux/install-deps; neither is ever used by the
 * application. CBC writes its solution with `solu FILE` (lines "index name value reduced",
 * zeros left out) and its bound on stdout ("Lower bound:" when stopped early); glpsol writes
 * a printable report with `-o FILE` (a row per column: number, name, "*" for integers, value)
 * and its bound in the last "mip = BEST >= BOUND" line of its log.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "solver-util.h"

const char *
solver_name (SolverKind kind)
{
  return kind == SOLVER_CBC ? "cbc" : "glpsol";
}

gboolean
solver_available (SolverKind kind)
{
  g_autofree char *path = g_find_program_in_path (solver_name (kind));

  return path != NULL;
}

static double
children_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static void
set_value (SolverResult *out, const char *name, double value)
{
  double *stored = g_new (double, 1);

  *stored = value;
  g_hash_table_insert (out->values, g_strdup (name), stored);
}

/* The number after "label" on the first line that starts with it (after blanks). */
static gboolean
number_after (const char *text, const char *label, double *out)
{
  const char *at = strstr (text, label);

  if (at == NULL)
    return FALSE;
  *out = g_ascii_strtod (at + strlen (label), NULL);
  return TRUE;
}

static void
read_cbc_solution (SolverResult *out, const char *solution)
{
  g_auto(GStrv) lines = g_strsplit (solution, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      const char *w[3] = { NULL, NULL, NULL };
      guint n = 0;

      for (guint j = 0; words[j] != NULL && n < 3; j++)
        if (*words[j] != '\0' && strcmp (words[j], "**") != 0)
          w[n++] = words[j];
      if (n == 3)
        set_value (out, w[1], g_ascii_strtod (w[2], NULL));
    }
}

static void
read_cbc (SolverResult *out, const char *log, const char *solution)
{
  out->solved = strstr (log, "Result - ") != NULL;
  out->optimal = strstr (log, "Result - Optimal solution found") != NULL;
  out->found = out->solved && number_after (log, "Objective value:", &out->objective) &&
               strstr (log, "No feasible solution found") == NULL;
  if (out->optimal)
    out->bound = out->objective;
  else if (!number_after (log, "Lower bound:", &out->bound))
    out->bound = -G_MAXDOUBLE;
  if (out->found)
    read_cbc_solution (out, solution);
}

static void
read_glpk_columns (SolverResult *out, const char *report)
{
  const char *table = strstr (report, "Column name");
  g_auto(GStrv) lines = NULL;

  if (table == NULL)
    return;
  lines = g_strsplit (table, "\n", -1);
  for (guint i = 2; lines[i] != NULL && *g_strstrip (lines[i]) != '\0'; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (lines[i], " \t", -1);
      const char *w[4] = { NULL, NULL, NULL, NULL };
      guint n = 0;

      for (guint j = 0; words[j] != NULL && n < 4; j++)
        if (*words[j] != '\0')
          w[n++] = words[j];
      if (n >= 3)
        set_value (out, w[1], g_ascii_strtod (strcmp (w[2], "*") == 0 ? w[3] : w[2], NULL));
    }
}

static void
read_glpk (SolverResult *out, const char *log, const char *report)
{
  const char *last_bound = g_strrstr (log, ">=");

  out->solved = strstr (report, "Status:") != NULL;
  out->optimal = strstr (report, "INTEGER OPTIMAL") != NULL;
  out->found = out->optimal || strstr (report, "INTEGER NON-OPTIMAL") != NULL;
  if (out->found)
    number_after (report, "obj =", &out->objective);
  if (out->optimal)
    out->bound = out->objective;
  else
    out->bound = last_bound != NULL ? g_ascii_strtod (last_bound + 2, NULL) : -G_MAXDOUBLE;
  if (out->found)
    read_glpk_columns (out, report);
}

static gboolean
run (char **argv, char **out_log, SolverResult *out, GError **error)
{
  double cpu = children_cpu_ms ();
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                     NULL, out_log, NULL, &status, error))
    return FALSE;
  out->wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  out->cpu_ms = children_cpu_ms () - cpu;
  return TRUE;
}

gboolean
solver_solve (SolverKind     kind,
              const char    *lp_path,
              guint          seconds,
              SolverResult  *out,
              GError       **error)
{
  g_autofree char *seconds_text = g_strdup_printf ("%u", seconds);
  g_autofree char *answer_path = g_strconcat (lp_path, kind == SOLVER_CBC ? ".cbc" : ".glpk",
                                              NULL);
  g_autofree char *log = NULL;
  g_autofree char *answer = NULL;
  char *cbc[] = { "cbc", (char *) lp_path, "sec", seconds_text, "solve", "solu",
                  answer_path, NULL };
  char *glpk[] = { "glpsol", "--lp", (char *) lp_path, "--tmlim", seconds_text, "-o",
                   answer_path, NULL };

  memset (out, 0, sizeof *out);
  out->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_remove (answer_path);
  if (!run (kind == SOLVER_CBC ? cbc : glpk, &log, out, error))
    return FALSE;
  if (!g_file_get_contents (answer_path, &answer, NULL, NULL))
    answer = g_strdup ("");
  if (kind == SOLVER_CBC)
    read_cbc (out, log, answer);
  else
    read_glpk (out, log, answer);
  g_remove (answer_path);
  if (out->solved)
    return TRUE;
  g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED, "%s gave no answer we can read: %.200s",
               solver_name (kind), log);
  return FALSE;
}

double
solver_x (SolverResult *result, guint index)
{
  g_autofree char *name = g_strdup_printf ("x%u", index);
  double *value = g_hash_table_lookup (result->values, name);

  return value != NULL ? *value : 0;
}

void
solver_result_clear (SolverResult *result)
{
  g_clear_pointer (&result->values, g_hash_table_unref);
}
