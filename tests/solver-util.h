/* solver-util.h: auto-fill's LP solved by an exact solver (COIN-OR CBC or GLPK's glpsol), for
 * the test that checks the LP against Hubrota's own scoring and the benchmark that compares
 * them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SOLVER_CBC,
  SOLVER_GLPK,
} SolverKind;

typedef struct
{
  gboolean solved;        /* the solver ran and said something we understood */
  gboolean found;         /* it has an integer solution */
  gboolean optimal;       /* and proved it optimal */
  double objective;       /* its best objective, by its own arithmetic */
  double bound;           /* the lower bound it proved */
  double wall_ms;
  double cpu_ms;          /* the solver process's user and system time */
  GHashTable *values;     /* column name → its value as a double in a gdouble* */
} SolverResult;

const char *solver_name       (SolverKind     kind);
/* Whether its program is on PATH. */
gboolean    solver_available  (SolverKind     kind);
/* Solves the LP file with a time limit in seconds; FALSE with error when the solver could
 * not be run or its answer not read. */
gboolean    solver_solve      (SolverKind     kind,
                               const char    *lp_path,
                               guint          seconds,
                               SolverResult  *out,
                               GError       **error);
/* The value of column x<index> (0 when the solver did not print it, as CBC omits zeros). */
double      solver_x          (SolverResult  *result,
                               guint          index);
void        solver_result_clear (SolverResult *result);

G_END_DECLS
