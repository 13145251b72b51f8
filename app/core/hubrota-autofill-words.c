/* hubrota-autofill-words.c: auto-fill's reasons, in sentences for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAutofill"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "hubrota-autofill-private.h"
#include "hubrota-london.h"

#define INDEX(array, i) (g_array_index ((array), int, (i)))
#define VAR(inst, v) (&g_array_index ((inst)->vars, AfVar, (v)))
#define OPENING(inst, o) (&g_array_index ((inst)->openings, AfOpening, (o)))

/* "3 h", "2.5 h": hours as a coordinator writes them, with the decimal sign of the user's
 * locale (rounded as printf rounds, so "2.96" is "3 h"). */
static char *
format_hours (double hours)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, "%.1f", hours);
  if (g_str_has_suffix (number, ".0"))
    {
      int64_t whole = g_ascii_strtoll (number, NULL, 10);

      /* Translators: a number of whole hours, such as "3 h" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" PRId64 " h", "%" PRId64 " h",
                                           (gulong) ABS (whole)),
                              whole);
    }
  /* Translators: a number of hours with one decimal, such as "2.5 h" */
  return g_strdup_printf (_("%.1f h"), hours);
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
  g_autofree char *before = format_hours (fair->existing_hours);
  g_autofree char *off = format_hours (var->overtime_hours);
  g_autofree char *away = format_hours (var->away_hours);
  guint weeks = inst->options.fairness_weeks +
                (guint) ((inst->rota->period_end - inst->rota->period_start + 6 * 86400) / (7 * 86400));

  /* The share is of contracted hours over the weeks fairness counts. */
  double share_before = 100 * fair->existing_hours / fair->capacity_hours;
  double share_after = 100 * (fair->existing_hours + added_hours) / fair->capacity_hours;
  gboolean overtime = var->overtime_hours > 0;

  /* One sentence for each of the three places an officer can come from and whether the
   * opening is overtime. In each, "at hubs in the … weeks counted" gives the hours they have
   * at hubs already, as in "12 h", the number of weeks fairness counts, and their share of
   * their contracted hours in those weeks before and after this plan, as in "20%" and "25%". */
  if (officer->beat == NONE && overtime)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: why auto-fill chose an officer who has
                                          * no home beat: the first %s is the hours off duty, as
                                          * in "2 h"; the second their hours at hubs already, as
                                          * in "12 h"; %u the weeks counted; the two percentages
                                          * are their share of their hours before and with this
                                          * plan */
                                         "No home beat to leave; %s off duty (overtime); %s at "
                                         "hubs in the %u week counted: %.0f%% of their hours, "
                                         "%.0f%% with this plan",
                                         "No home beat to leave; %s off duty (overtime); %s at "
                                         "hubs in the %u weeks counted: %.0f%% of their hours, "
                                         "%.0f%% with this plan", weeks),
                            off, before, weeks, share_before, share_after);
  if (officer->beat == NONE)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: why auto-fill chose an officer who has
                                          * no home beat: %s is their hours at hubs already, as
                                          * in "12 h"; %u the weeks counted; the two percentages
                                          * are their share of their hours before and with this
                                          * plan */
                                         "No home beat to leave; on duty; %s at hubs in the %u "
                                         "week counted: %.0f%% of their hours, %.0f%% with this "
                                         "plan",
                                         "No home beat to leave; on duty; %s at hubs in the %u "
                                         "weeks counted: %.0f%% of their hours, %.0f%% with this "
                                         "plan", weeks),
                            before, weeks, share_before, share_after);
  if (officer->beat == x->beat && overtime)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: why auto-fill chose an officer whose
                                          * beat is the hub's: the first %s is the hours off
                                          * duty, as in "2 h"; the second their hours at hubs
                                          * already, as in "12 h"; %u the weeks counted; the two
                                          * percentages are their share of their hours before and
                                          * with this plan */
                                         "On the hub’s own beat; %s off duty (overtime); %s at "
                                         "hubs in the %u week counted: %.0f%% of their hours, "
                                         "%.0f%% with this plan",
                                         "On the hub’s own beat; %s off duty (overtime); %s at "
                                         "hubs in the %u weeks counted: %.0f%% of their hours, "
                                         "%.0f%% with this plan", weeks),
                            off, before, weeks, share_before, share_after);
  if (officer->beat == x->beat)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: why auto-fill chose an officer whose
                                          * beat is the hub's: %s is their hours at hubs already,
                                          * as in "12 h"; %u the weeks counted; the two
                                          * percentages are their share of their hours before and
                                          * with this plan */
                                         "On the hub’s own beat; on duty; %s at hubs in the %u "
                                         "week counted: %.0f%% of their hours, %.0f%% with this "
                                         "plan",
                                         "On the hub’s own beat; on duty; %s at hubs in the %u "
                                         "weeks counted: %.0f%% of their hours, %.0f%% with this "
                                         "plan", weeks),
                            before, weeks, share_before, share_after);
  if (overtime)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: why auto-fill chose an officer from
                                          * another beat: the first %s is the hours away from
                                          * their beat, as in "3 h"; the second the name of their
                                          * beat; the third the hours off duty, as in "2 h"; the
                                          * fourth their hours at hubs already, as in "12 h"; %u
                                          * the weeks counted; the two percentages are their
                                          * share of their hours before and with this plan */
                                         "%s away from %s; %s off duty (overtime); %s at hubs in "
                                         "the %u week counted: %.0f%% of their hours, %.0f%% "
                                         "with this plan",
                                         "%s away from %s; %s off duty (overtime); %s at hubs in "
                                         "the %u weeks counted: %.0f%% of their hours, %.0f%% "
                                         "with this plan", weeks),
                            away, beat_name (inst->rota, officer->beat), off, before, weeks,
                            share_before, share_after);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: why auto-fill chose an officer from
                                        * another beat: the first %s is the hours away from their
                                        * beat, as in "3 h"; the second the name of their beat;
                                        * the third their hours at hubs already, as in "12 h"; %u
                                        * the weeks counted; the two percentages are their share
                                        * of their hours before and with this plan */
                                       "%s away from %s; on duty; %s at hubs in the %u week "
                                       "counted: %.0f%% of their hours, %.0f%% with this plan",
                                       "%s away from %s; on duty; %s at hubs in the %u weeks "
                                       "counted: %.0f%% of their hours, %.0f%% with this plan",
                                       weeks),
                          away, beat_name (inst->rota, officer->beat), before, weeks,
                          share_before, share_after);
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

/* "3 on leave": one reason of a list (taken), with its count in it already, after the ones
 * before; nothing when the count n is 0. */
static void
append_count (GString *text, guint n, char *item)
{
  g_autofree char *owned = item;
  g_autofree char *list = NULL;

  if (n == 0)
    return;
  if (text->len == 0)
    {
      g_string_assign (text, item);
      return;
    }
  /* Translators: joins one more reason onto a list of reasons why officers cannot be added
   * to an opening, as in "3 on leave, 2 at other openings then": the first %s is the list
   * so far, the second the reason to add */
  list = g_strdup_printf (C_("list of reasons", "%s, %s"), text->str, item);
  g_string_assign (text, list);
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
  /* Translators: the times of an opening, as in "10:00–12:00" */
  g_autofree char *when = g_strdup_printf (C_("time range", "%s–%s"), from, to);
  g_autoptr(GString) why = g_string_new (NULL);
  Reasons r = { 0 };

  count_loads (inst, chosen, load, cuts);
  classify (inst, opening, load, cuts, &r);
  if (r.available == 0 && r.off_duty > 0 && r.off_duty + r.left == inst->rota->officers->len)
    /* Translators: why auto-fill added nobody to an opening; %s is its times, as in
     * "10:00–12:00" */
    return g_strdup_printf (_("No officer is on duty %s"), when);
  /* Translators: the reasons below are counts of officers, listed after "Nobody can be
   * added: " and the like, as in "3 on leave, 2 at other openings then" */
  append_count (why, r.on_leave, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u on leave",
                                                               "%u on leave", r.on_leave),
                                                  r.on_leave));
  append_count (why, r.busy,
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: a count of officers, as in "2 at
                                               * other openings then" */
                                              "%u at another opening then",
                                              "%u at other openings then", r.busy),
                                 r.busy));
  append_count (why, r.uncovered,
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: a count of officers, as in "2 would
                                               * leave their beats uncovered" */
                                              "%u would leave their beat uncovered",
                                              "%u would leave their beats uncovered",
                                              r.uncovered),
                                 r.uncovered));
  append_count (why, r.hotspot,
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: a count of officers, as in "2 would
                                               * put hotspot patrols at risk" */
                                              "%u would put a hotspot patrol at risk",
                                              "%u would put hotspot patrols at risk", r.hotspot),
                                 r.hotspot));
  append_count (why, r.off_duty,
                /* Translators: a count of officers who are off duty while an opening is open; %s
                 * is the opening's times, as in "10:00–12:00" */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u off duty %s", "%u off duty %s",
                                              r.off_duty),
                                 r.off_duty, when));
  /* Translators: a count of officers who have left the force */
  append_count (why, r.left, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u has left",
                                                           "%u have left", r.left),
                                              r.left));
  /* An opening that cannot reach its minimum gets nobody (hubrota-autofill-solve.c), so
   * the sentence says why not the whole team, not only why not each officer. */
  if (r.available == 0)
    /* Translators: %s is a list of reasons, as in "3 on leave, 2 at other openings then" */
    return g_strdup_printf (_("Nobody can be added: %s"), why->str);
  if (r.available < (guint) o->need)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %u is how many officers could go, %d how
                                          * many the opening needs, %s a list of reasons the
                                          * others cannot, as in "3 on leave, 2 at other openings
                                          * then" */
                                         "Only %u of the %d officer needed could go, so nobody "
                                         "was added: %s",
                                         "Only %u of the %d officers needed could go, so nobody "
                                         "was added: %s", (gulong) o->need),
                            r.available, o->need, why->str);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %u is how many officers could go one at a
                                        * time, %d how many the opening needs */
                                       "Nobody was added: %u officer could go, but not the %d "
                                       "needed together without leaving a beat uncovered, a "
                                       "hotspot patrol at risk or another opening short",
                                       "Nobody was added: %u officers could each go, but not the "
                                       "%d needed together without leaving a beat uncovered, a "
                                       "hotspot patrol at risk or another opening short",
                                       r.available),
                          r.available, o->need);
}
