/* hubrota-candidate-row.c: one officer in the picker, with what assigning them would cost
 *
 * The row says who the officer is (role, home beat) and how much hub time they already have
 * this week, and then, as short chips with numbers, what putting them on this opening would
 * change: "+3 h overtime", "Abstraction 4% → 11% (limit 10%)", "Kempston left uncovered
 * 10:00–13:00". The rule checker's full sentences are the row's tooltip. The first row of each
 * group of the ranking carries the group's heading.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCandidateRow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-candidate-row.h"
#include "hubrota-format.h"

struct _HubrotaCandidateRow
{
  GtkWidget  parent_instance;

  GtkLabel   *group_label;
  GtkImage   *verdict_icon;
  GtkLabel   *name_label;
  GtkLabel   *details_label;
  GtkFlowBox *chips;
};

G_DEFINE_FINAL_TYPE (HubrotaCandidateRow, hubrota_candidate_row, GTK_TYPE_WIDGET)

static char *
describe_officer (HubrotaCandidate *candidate,
                  HubrotaRota      *rota)
{
  HubrotaOfficer *officer = hubrota_candidate_get_officer (candidate);
  HubrotaBeat *beat = hubrota_rota_get_officer_beat (rota, hubrota_officer_get_id (officer));
  g_autofree char *hours = NULL;

  /* Translators: hours an officer has already spent at hubs this week */
  hours = g_strdup_printf (_("%.1f h at hubs this week"), hubrota_candidate_get_hub_hours (candidate));
  /* Translators: role · home beat · hours, e.g. "PC · Kempston · 3.0 h at hubs this week" */
  return g_strdup_printf (_("%s · %s · %s"),
                          hubrota_format_role (hubrota_officer_get_role (officer)),
                          beat != NULL ? hubrota_beat_get_name (beat) : _("No home beat"), hours);
}

static char *
join_findings (GPtrArray *findings)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *sentence = hubrota_format_sentence (hubrota_finding_get_message (finding));
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", sentence);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_chip (HubrotaCandidateRow *self,
          const char          *text,
          HubrotaStatusLevel   level)
{
  GtkWidget *chip = gtk_label_new (text);

  gtk_widget_add_css_class (chip, "badge");
  gtk_widget_add_css_class (chip, hubrota_format_status_class (level));
  gtk_flow_box_append (self->chips, chip);
  /* As wide as its words, not as the line. */
  gtk_widget_set_halign (gtk_widget_get_parent (chip), GTK_ALIGN_START);
  gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
}

/* "Abstraction 4% → 11% (limit 10%)": a warning past the limit, a note below it. */
static void
add_abstraction_chip (HubrotaCandidateRow *self,
                      HubrotaCandidate    *candidate)
{
  double before = hubrota_candidate_get_abstraction (candidate);
  double after = hubrota_candidate_get_abstraction_after (candidate);
  double limit = hubrota_candidate_get_abstraction_limit (candidate);
  g_autofree char *text = NULL;

  if (hubrota_candidate_get_home (candidate) || before < 0)
    return;
  /* Translators: an officer's abstraction this week now and with this opening, and their
   * beat's limit, e.g. "Abstraction 4% → 11% (limit 10%)" */
  text = g_strdup_printf (_("Abstraction %.0f%% → %.0f%% (limit %g%%)"), before, after, limit);
  add_chip (self, text, after > limit ? HUBROTA_STATUS_WARNING : HUBROTA_STATUS_NOTE);
}

static char *
format_hours (gint64 seconds)
{
  if (seconds < 3600)
    /* Translators: a length of time under an hour, e.g. "45 min" */
    return g_strdup_printf (_("%d min"), (int) (seconds / 60));
  /* Translators: a length of time in hours, e.g. "3 h", "1.5 h" */
  return g_strdup_printf (_("%g h"), ((seconds + 180) / 360) / 10.0);
}

/* The other opening of a double booking: the one that is not the opening being staffed. */
static HubrotaOccurrence *
other_opening (HubrotaFinding    *finding,
               HubrotaOccurrence *opening)
{
  HubrotaOccurrence *named = hubrota_finding_get_occurrence (finding);

  return named != NULL && hubrota_occurrence_is_same (named, opening)
         ? hubrota_finding_get_other_occurrence (finding) : named;
}

static char *
describe_double_booking (HubrotaFinding    *finding,
                         HubrotaOccurrence *opening,
                         HubrotaRota       *rota)
{
  HubrotaOccurrence *other = other_opening (finding, opening);
  const char *hub = other != NULL ? hubrota_occurrence_get_hub (other) : NULL;
  const char *name = hub != NULL ? hubrota_rota_get_hub_name (rota, hub) : NULL;
  g_autofree char *at = NULL;

  if (other == NULL)
    return g_strdup (hubrota_format_rule (HUBROTA_RULE_DOUBLE_BOOKED));
  at = hubrota_london_format_clock (hubrota_occurrence_get_start (other));
  /* Translators: the other opening an officer would be at, e.g. "Double-booked with Luton
   * Town Centre 10:00" */
  return g_strdup_printf (_("Double-booked with %s %s"), name != NULL ? name : hub, at);
}

static char *
describe_hotspot (HubrotaFinding *finding,
                  HubrotaRota    *rota)
{
  HubrotaHotspot *hotspot = hubrota_rota_get_hotspot (rota, hubrota_finding_get_beat (finding),
                                                      hubrota_finding_get_hotspot (finding));
  g_autoptr(GDateTime) last = g_date_time_add_seconds (hubrota_finding_get_end (finding), -1);
  g_autofree char *from = g_date_time_format (hubrota_finding_get_start (finding), "%a");
  g_autofree char *to = g_date_time_format (last, "%a");

  /* Translators: a hotspot and the days its patrol is at risk, e.g. "George Street patrol at
   * risk Sun–Tue" */
  return g_strdup_printf (_("%s patrol at risk %s–%s"),
                          hotspot != NULL ? hubrota_hotspot_get_name (hotspot)
                                          : hubrota_finding_get_hotspot (finding), from, to);
}

/* "10:00–13:00" within the day, as the opening being staffed is; with the days when it runs
 * past midnight. */
static char *
describe_gap (HubrotaFinding *finding)
{
  GDateTime *start = hubrota_finding_get_start (finding);
  GDateTime *end = hubrota_finding_get_end (finding);
  g_autoptr(GDateTime) last = g_date_time_add_seconds (end, -1);

  if (g_date_time_get_day_of_year (start) == g_date_time_get_day_of_year (last))
    return hubrota_format_time_range (start, end);
  return hubrota_format_span (start, end);
}

/* A finding as a chip, or NULL when another chip already says it. */
static char *
describe_cost (HubrotaFinding    *finding,
               HubrotaOccurrence *opening,
               HubrotaRota       *rota)
{
  HubrotaBeat *beat = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *when = NULL;

  switch (hubrota_finding_get_rule (finding))
    {
    case HUBROTA_RULE_DOUBLE_BOOKED:
      return describe_double_booking (finding, opening, rota);
    case HUBROTA_RULE_OFF_DUTY:
      hours = format_hours (hubrota_finding_get_amount (finding));
      /* Translators: hours of overtime an assignment would take, e.g. "+3 h overtime" */
      return g_strdup_printf (_("+%s overtime"), hours);
    case HUBROTA_RULE_ABSTRACTION_LIMIT:
      return NULL;
    case HUBROTA_RULE_BEAT_UNCOVERED:
      beat = hubrota_rota_get_beat (rota, hubrota_finding_get_beat (finding));
      when = describe_gap (finding);
      /* Translators: a beat left with nobody, e.g. "Kempston left uncovered 10:00–13:00" */
      return g_strdup_printf (_("%s left uncovered %s"),
                              beat != NULL ? hubrota_beat_get_name (beat)
                                           : hubrota_finding_get_beat (finding), when);
    case HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK:
      return describe_hotspot (finding, rota);
    case HUBROTA_RULE_ON_LEAVE:
    case HUBROTA_RULE_UNDERSTAFFED:
    default:
      return g_strdup (hubrota_format_rule (hubrota_finding_get_rule (finding)));
    }
}

static void
show_costs (HubrotaCandidateRow *self,
            HubrotaCandidate    *candidate,
            HubrotaOccurrence   *opening,
            HubrotaRota         *rota)
{
  GPtrArray *findings = hubrota_candidate_get_findings (candidate);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips))) != NULL)
    gtk_flow_box_remove (self->chips, child);
  for (guint i = 0; i < findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *cost = describe_cost (finding, opening, rota);
      gboolean error = hubrota_finding_get_severity (finding) == HUBROTA_SEVERITY_ERROR;

      if (cost != NULL)
        add_chip (self, cost, error ? HUBROTA_STATUS_ERROR : HUBROTA_STATUS_WARNING);
    }
  add_abstraction_chip (self, candidate);
  gtk_widget_set_visible (GTK_WIDGET (self->chips),
                          gtk_widget_get_first_child (GTK_WIDGET (self->chips)) != NULL);
}

static void
show_verdict (HubrotaCandidateRow *self,
              HubrotaCandidate    *candidate)
{
  guint errors = hubrota_candidate_count_errors (candidate);
  guint findings = hubrota_candidate_count_findings (candidate);
  const char *icon, *verdict;

  if (errors > 0)
    icon = "dialog-error-symbolic", verdict = _("Would cause an error");
  else if (findings > 0)
    icon = "dialog-warning-symbolic", verdict = _("Would cause a warning");
  else
    icon = "emblem-ok-symbolic", verdict = _("Breaks no rule");
  gtk_image_set_from_icon_name (self->verdict_icon, icon);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->verdict_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, verdict, -1);
  hubrota_widget_set_css_class (GTK_WIDGET (self->verdict_icon), "error", errors > 0);
  hubrota_widget_set_css_class (GTK_WIDGET (self->verdict_icon), "warning",
                                errors == 0 && findings > 0);
  hubrota_widget_set_css_class (GTK_WIDGET (self->verdict_icon), "success", findings == 0);
}

void
hubrota_candidate_row_set (HubrotaCandidateRow *self,
                           HubrotaCandidate    *candidate,
                           HubrotaOccurrence   *opening,
                           HubrotaRota         *rota)
{
  g_autofree char *name = hubrota_format_officer (hubrota_candidate_get_officer (candidate));
  g_autofree char *details = describe_officer (candidate, rota);
  g_autofree char *sentences = join_findings (hubrota_candidate_get_findings (candidate));

  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->details_label, details);
  show_costs (self, candidate, opening, rota);
  show_verdict (self, candidate);
  hubrota_widget_set_tooltip (GTK_WIDGET (self), sentences[0] != '\0' ? sentences : NULL);
}

void
hubrota_candidate_row_set_group (HubrotaCandidateRow *self,
                                 const char          *heading)
{
  g_return_if_fail (HUBROTA_IS_CANDIDATE_ROW (self));

  gtk_label_set_label (self->group_label, heading != NULL ? heading : "");
  gtk_widget_set_visible (GTK_WIDGET (self->group_label), heading != NULL);
}

const char *
hubrota_candidate_row_get_group (HubrotaCandidateRow *self)
{
  g_return_val_if_fail (HUBROTA_IS_CANDIDATE_ROW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->group_label))
         ? gtk_label_get_label (self->group_label) : NULL;
}

/* Every chip's text, one a line, as a coordinator reads them. */
char *
hubrota_candidate_row_dup_costs (HubrotaCandidateRow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (HUBROTA_IS_CANDIDATE_ROW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->chips)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_string_append_printf (text, "%s\n",
                            gtk_label_get_label (GTK_LABEL (gtk_flow_box_child_get_child (
                              GTK_FLOW_BOX_CHILD (child)))));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
hubrota_candidate_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_CANDIDATE_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hubrota_candidate_row_parent_class)->dispose (object);
}

static void
hubrota_candidate_row_class_init (HubrotaCandidateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_candidate_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-candidate-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaCandidateRow, group_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaCandidateRow, verdict_icon);
  gtk_widget_class_bind_template_child (widget_class, HubrotaCandidateRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaCandidateRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaCandidateRow, chips);
}

static void
hubrota_candidate_row_init (HubrotaCandidateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hubrota_candidate_row_new (void)
{
  return g_object_new (HUBROTA_TYPE_CANDIDATE_ROW, NULL);
}
