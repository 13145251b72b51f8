/* hubrota-autofill-lp.c: auto-fill's instance as a mixed-integer programme in CPLEX LP format
 *
 * The same variables, constraints and objective as the planner (hubrota-autofill-private.h),
 * for an exact solver to find the optimum or a bound: GLPK reads it with `glpsol --lp` and
 * COIN-OR CBC with `cbc FILE.lp`. Two things need more than the planner's arithmetic:
 *
 * - the largest share is a variable m with m >= every eligible officer's share;
 * - the spread's hours squared are q_k >= each tangent of a_k² at half-hour breakpoints up to
 *   12 h and then every 2 h to 40 h, where a_k is the hours the plan adds for officer k. With
 *   openings in half hours (as every one so far) that is exact up to 12 added hours, and
 *   below the true value beyond; the solver's plan is scored again by Hubrota, so this can
 *   only make its bound weaker, never its plan look better.
 *
 * Runs (hotspot windows) are continuous z_r in [0, 1] with z_r + x_v <= 1 for each v that cuts
 * r and a sum of at least 1 over each window's runs: integral once the x are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAutofill"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hubrota-autofill-private.h"
#include "hubrota-error-private.h"

#define INDEX(array, i) (g_array_index ((array), int, (i)))
#define VAR(inst, v) (&g_array_index ((inst)->vars, AfVar, (v)))
#define OPENING(inst, o) (&g_array_index ((inst)->openings, AfOpening, (o)))
#define AF_OFFICER(inst, k) (&g_array_index ((inst)->officers, AfOfficer, (k)))
/* LP format wants lines of at most 255 characters; a break after every few terms. */
#define TERMS_PER_LINE 8

typedef struct
{
  GString *out;
  guint terms;
} Line;

static void
term (Line *line, double coefficient, char kind, int index)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (coefficient == 0)
    return;
  g_ascii_formatd (number, sizeof number, "%.12g", coefficient < 0 ? -coefficient : coefficient);
  if (line->terms > 0 && line->terms % TERMS_PER_LINE == 0)
    g_string_append (line->out, "\n   ");
  g_string_append_printf (line->out, " %s %s ", coefficient < 0 ? "-" : (line->terms > 0 ? "+" : ""),
                          number);
  g_string_append_printf (line->out, "%c%d", kind, index);
  line->terms++;
}

static void
end_row (Line *line, const char *sense, double rhs)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, "%.12g", rhs);
  g_string_append_printf (line->out, " %s %s\n", sense, number);
  line->terms = 0;
}

static const double *
breakpoints (guint *out_n)
{
  static double points[24 + 14];
  guint n = 0;

  for (int i = 1; i <= 24; i++)
    points[n++] = i * 0.5;
  for (int h = 14; h <= 40; h += 2)
    points[n++] = h;
  *out_n = n;
  return points;
}

static void
write_objective (AfInstance *inst, Line *line)
{
  g_string_append (line->out, "Minimize\n obj:");
  for (guint v = 0; v < inst->vars->len; v++)
    {
      AfVar *var = VAR (inst, v);
      AfOfficer *o = AF_OFFICER (inst, var->officer);
      double hours = OPENING (inst, var->opening)->hours;
      /* The spread's part that is linear: 2 E h / c, E the hours already counted. */
      term (line, var->cost + AUTOFILL_WEIGHT_SPREAD * 2 * o->existing_hours * hours /
                                o->capacity_hours, 'x', (int) v);
    }
  for (guint o = 0; o < inst->openings->len; o++)
    term (line, AUTOFILL_WEIGHT_UNFILLED, 'u', (int) o);
  term (line, AUTOFILL_WEIGHT_LARGEST_SHARE, 'm', 0);
  for (guint k = 0; k < inst->officers->len; k++)
    if (AF_OFFICER (inst, k)->eligible)
      term (line, AUTOFILL_WEIGHT_SPREAD / AF_OFFICER (inst, k)->capacity_hours, 'q', (int) k);
  g_string_append (line->out, "\n");
  line->terms = 0;
}

static void
write_rows (AfInstance *inst, Line *line)
{
  for (guint r = 0; r < inst->rows->len; r++)
    {
      g_string_append_printf (line->out, " r%u:", r);
      for (int i = INDEX (inst->row_start, r); i < INDEX (inst->row_start, r + 1); i++)
        term (line, 1, 'x', INDEX (inst->row_vars, i));
      end_row (line, "<=", g_array_index (inst->rows, AfRow, r).cap);
    }
  for (guint o = 0; o < inst->openings->len; o++)
    {
      AfOpening *opening = OPENING (inst, o);
      g_string_append_printf (line->out, " f%u:", o);
      for (int v = opening->first_var; v < opening->first_var + opening->n_vars; v++)
        term (line, 1, 'x', v);
      term (line, opening->need, 'u', (int) o);
      end_row (line, ">=", opening->need);
    }
}

/* a_k = the hours added, m >= the share, q_k >= the tangents of a_k². */
static void
write_fairness (AfInstance *inst, Line *line)
{
  g_autoptr(GPtrArray) by_officer = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint n_points;
  const double *points = breakpoints (&n_points);

  for (guint k = 0; k < inst->officers->len; k++)
    g_ptr_array_add (by_officer, g_array_new (FALSE, FALSE, sizeof (int)));
  for (guint v = 0; v < inst->vars->len; v++)
    g_array_append_val (g_ptr_array_index (by_officer, VAR (inst, v)->officer), v);
  for (guint k = 0; k < inst->officers->len; k++)
    {
      AfOfficer *o = AF_OFFICER (inst, k);
      GArray *vars = g_ptr_array_index (by_officer, k);

      if (!o->eligible)
        continue;
      g_string_append_printf (line->out, " a%u:", k);
      for (guint i = 0; i < vars->len; i++)
        term (line, OPENING (inst, VAR (inst, INDEX (vars, i))->opening)->hours, 'x',
              INDEX (vars, i));
      term (line, -1, 'a', (int) k);
      end_row (line, "=", 0);
      g_string_append_printf (line->out, " s%u:", k);
      term (line, 100 / o->capacity_hours, 'a', (int) k);
      term (line, -1, 'm', 0);
      end_row (line, "<=", -100 * o->existing_hours / o->capacity_hours);
      for (guint b = 0; b < n_points; b++)
        {
          g_string_append_printf (line->out, " t%u_%u:", k, b);
          term (line, 2 * points[b], 'a', (int) k);
          term (line, -1, 'q', (int) k);
          end_row (line, "<=", points[b] * points[b]);
        }
    }
}

static void
write_runs (AfInstance *inst, Line *line)
{
  for (guint w = 0; w < inst->windows->len; w++)
    {
      g_string_append_printf (line->out, " w%u:", w);
      for (int i = INDEX (inst->window_run_start, w); i < INDEX (inst->window_run_start, w + 1); i++)
        term (line, 1, 'z', INDEX (inst->window_runs, i));
      end_row (line, ">=", 1);
    }
  for (guint r = 0; r < inst->runs->len; r++)
    for (int i = INDEX (inst->run_start, r); i < INDEX (inst->run_start, r + 1); i++)
      {
        g_string_append_printf (line->out, " k%u_%d:", r, i - INDEX (inst->run_start, r));
        term (line, 1, 'z', (int) r);
        term (line, 1, 'x', INDEX (inst->run_vars, i));
        end_row (line, "<=", 1);
      }
}

static void
write_bounds (AfInstance *inst, Line *line)
{
  g_string_append (line->out, "Bounds\n");
  for (guint r = 0; r < inst->runs->len; r++)
    g_string_append_printf (line->out, " 0 <= z%u <= 1\n", r);
  g_string_append (line->out, "Binary\n");
  for (guint v = 0; v < inst->vars->len; v++)
    g_string_append_printf (line->out, " x%u\n", v);
  for (guint o = 0; o < inst->openings->len; o++)
    g_string_append_printf (line->out, " u%u\n", o);
  g_string_append (line->out, "End\n");
}

gboolean
_hubrota_autofill_write_lp (AfInstance  *inst,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  Line line = { out, 0 };
  g_autoptr(GError) local_error = NULL;

  g_string_append_printf (out, "\\ Hubrota auto-fill: %u openings below their minimum, %u "
                          "officer-opening variables, %u rows, %u hotspot runs\n",
                          inst->openings->len, inst->vars->len, inst->rows->len, inst->runs->len);
  write_objective (inst, &line);
  g_string_append (out, "Subject To\n");
  write_rows (inst, &line);
  write_fairness (inst, &line);
  write_runs (inst, &line);
  write_bounds (inst, &line);
  if (g_file_set_contents (path, out->str, (gssize) out->len, &local_error))
    return TRUE;
  /* Translators: the first %s is a file name, the second why it could not be written */
  return _hubrota_error (error, HUBROTA_STORE_ERROR_FAILED, _("cannot write %s: %s"), path,
                         local_error->message);
}
