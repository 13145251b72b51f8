/* hubrota-autofill-words.c: auto-fill's reasons, in sentences for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAutofill"

#include "config.h"

#include <string.h>

#include "hubrota-autofill-private.h"
#include "hubrota-london.h"

#define INDEX(array, i) (g_array_index ((array), int, (i)))
#define VAR(inst, v) (&g_array_index ((inst)->vars, AfVar, (v)))
#define OPENING(inst, o) (&g_array_index ((inst)->openings, AfOpening, (o)))

/* "3 h", "2.5 h": hours as a coordinator writes them. */
static char *
format_hours (double hours)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, "%.1f", hours);
  if (g_str_has_suffix (number, ".0"))
    number[strlen (number) - 2] = '\0';
  return g_strdup_printf ("%s h", number);
}

static const char *
beat_name (HubrotaRota *rota, int beat)
{
  return hubrota_beat_get_name (BEAT (rota, beat)->object);
}

char *
_hubrota_autofill_describe (AfInstance     *inst,
                            int             v,
                            double          added_hours)
{
  AfVar *var = VAR (inst, v);
  RotaOfficer *officer = OFFICER (inst->rota, var->officer);
  RotaOccurrence *x = OCCURRENCE (inst->rota, OPENING (inst, var->opening)->occurrence);
  AfOfficer *fair = &g_array_index (inst->officers, AfOfficer, var->officer);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *before = format_hours (fair->existing_hours);
  g_autofree char *off = format_hours (var->overtime_hours);
  g_autofree char *away = format_hours (var->away_hours);
  guint weeks = inst->options.fairness_weeks +
                (guint) ((inst->rota->period_end - inst->rota->period_start + 6 * 86400) / (7 * 86400));

  if (officer->beat == NONE)
    g_string_append (text, "No home beat to leave");
  else if (officer->beat == x->beat)
    g_string_append (text, "On the hub’s own beat");
  else
    g_string_append_printf (text, "%s away from %s", away, beat_name (inst->rota, officer->beat));
  if (var->overtime_hours > 0)
    g_string_append_printf (text, "; %s off duty (overtime)", off);
  else
    g_string_append (text, "; on duty");
  /* The share is of contracted hours over the weeks fairness counts. */
  g_string_append_printf (text, "; %s at hubs in the %u weeks counted: %.0f%% of their hours, "
                          "%.0f%% with this plan", before, weeks,
                          100 * fair->existing_hours / fair->capacity_hours,
                          100 * (fair->existing_hours + added_hours) /
                          fair->capacity_hours);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Why each officer cannot be added, counted by reason. */
typedef struct
{
  guint left;
  guint on_leave;
  guint busy;
  guint off_duty;
  guint uncovered;
  guint hotspot;
  guint available;
} Reasons;

static void
count_loads (AfInstance *inst, const gboolean *chosen, int *load, int *cuts)
{
  for (guint v = 0; v < inst->vars->len; v++)
    if (chosen[v])
      {
        for (int i = INDEX (inst->var_row_start, v); i < INDEX (inst->var_row_start, v + 1); i++)
          load[INDEX (inst->var_rows, i)]++;
        for (int i = INDEX (inst->var_run_start, v); i < INDEX (inst->var_run_start, v + 1); i++)
          cuts[INDEX (inst->var_runs, i)]++;
      }
}

/* Whether choosing v would cut the last run of a hotspot window. */
static gboolean
ends_patrol (AfInstance *inst, int v, const int *cuts)
{
  for (int i = INDEX (inst->var_run_start, v); i < INDEX (inst->var_run_start, v + 1); i++)
    {
      int window = g_array_index (inst->runs, AfRun, INDEX (inst->var_runs, i)).hotspot_window;
      gboolean other_alive = FALSE;

      for (int j = INDEX (inst->window_run_start, window);
           j < INDEX (inst->window_run_start, window + 1) && !other_alive; j++)
        {
          int run = INDEX (inst->window_runs, j);
          gboolean cut_by_v = FALSE;
          for (int k = INDEX (inst->var_run_start, v); k < INDEX (inst->var_run_start, v + 1); k++)
            cut_by_v |= INDEX (inst->var_runs, k) == run;
          other_alive = cuts[run] == 0 && !cut_by_v;
        }
      if (!other_alive)
        return TRUE;
    }
  return FALSE;
}

static void
classify_var (AfInstance *inst, int v, const int *load, const int *cuts, Reasons *out)
{
  for (int i = INDEX (inst->var_row_start, v); i < INDEX (inst->var_row_start, v + 1); i++)
    {
      AfRow *row = &g_array_index (inst->rows, AfRow, INDEX (inst->var_rows, i));
      if (load[INDEX (inst->var_rows, i)] < row->cap)
        continue;
      if (row->kind == AF_ROW_BEAT)
        out->uncovered++;
      else
        out->busy++;
      return;
    }
  if (ends_patrol (inst, v, cuts))
    out->hotspot++;
  else
    out->available++;
}

static void
classify (AfInstance *inst, int opening, const int *load, const int *cuts, Reasons *out)
{
  AfOpening *o = OPENING (inst, opening);
  g_autofree int *var_of = g_new (int, inst->rota->officers->len);

  for (guint k = 0; k < inst->rota->officers->len; k++)
    var_of[k] = -1;
  for (int v = o->first_var; v < o->first_var + o->n_vars; v++)
    var_of[VAR (inst, v)->officer] = v;
  for (guint k = 0; k < inst->rota->officers->len; k++)
    switch (_hubrota_autofill_exclusion (inst, opening, (int) k))
      {
      case AF_LEFT: out->left++; break;
      case AF_ON_LEAVE: out->on_leave++; break;
      case AF_BUSY: out->busy++; break;
      case AF_OFF_DUTY: out->off_duty++; break;
      case AF_CANDIDATE:
        if (var_of[k] >= 0)
          classify_var (inst, var_of[k], load, cuts, out);
        break;
      }
}

/* "3 on leave": a count and what it counts, after a comma when it is not the first. */
static void
append_count (GString *text, guint n, const char *singular, const char *plural)
{
  if (n == 0)
    return;
  if (text->len > 0)
    g_string_append (text, ", ");
  g_string_append_printf (text, "%u %s", n, n == 1 ? singular : plural);
}

char *
_hubrota_autofill_explain (AfInstance     *inst,
                           const gboolean *chosen,
                           int             opening)
{
  AfOpening *o = OPENING (inst, opening);
  RotaOccurrence *x = OCCURRENCE (inst->rota, o->occurrence);
  g_autofree int *load = g_new0 (int, inst->rows->len);
  g_autofree int *cuts = g_new0 (int, inst->runs->len);
  g_autoptr(GDateTime) start = g_date_time_to_timezone (hubrota_occurrence_get_start (x->object),
                                                        hubrota_london_tz ());
  g_autoptr(GDateTime) end = g_date_time_to_timezone (hubrota_occurrence_get_end (x->object),
                                                      hubrota_london_tz ());
  g_autofree char *from = hubrota_london_format_clock (start);
  g_autofree char *to = hubrota_london_format_clock (end);
  g_autofree char *when = g_strdup_printf ("%s–%s", from, to);
  g_autofree char *off_duty = g_strdup_printf ("off duty %s", when);
  g_autoptr(GString) why = g_string_new (NULL);
  Reasons r = { 0 };

  count_loads (inst, chosen, load, cuts);
  classify (inst, opening, load, cuts, &r);
  if (r.available == 0 && r.off_duty > 0 && r.off_duty + r.left == inst->rota->officers->len)
    return g_strdup_printf ("No officer is on duty %s", when);
  append_count (why, r.on_leave, "on leave", "on leave");
  append_count (why, r.busy, "at another opening then", "at other openings then");
  append_count (why, r.uncovered, "would leave their beat uncovered",
                "would leave their beats uncovered");
  append_count (why, r.hotspot, "would put a hotspot patrol at risk",
                "would put hotspot patrols at risk");
  append_count (why, r.off_duty, off_duty, off_duty);
  append_count (why, r.left, "has left", "have left");
  /* An opening that cannot reach its minimum gets nobody (hubrota-autofill-solve.c), so
   * the sentence says why not the whole team, not only why not each officer. */
  if (r.available == 0)
    return g_strdup_printf ("Nobody can be added: %s", why->str);
  if (r.available < (guint) o->need)
    return g_strdup_printf ("Only %u of the %d officers needed could go, so nobody was added: %s",
                            r.available, o->need, why->str);
  return g_strdup_printf ("Nobody was added: %u officers could each go, but not the %d needed "
                          "together without leaving a beat uncovered, a hotspot patrol at risk "
                          "or another opening short", r.available, o->need);
}
