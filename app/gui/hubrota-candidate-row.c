/* hubrota-candidate-row.c: one officer in the picker, with what assigning them would cost
 *
 * The row says who the officer is (role, home beat), how much hub time they already have this
 * week, and, in the rule checker's words, every finding that putting them on would add.
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

  GtkImage  *verdict_icon;
  GtkLabel  *name_label;
  GtkLabel  *details_label;
  GtkLabel  *findings_label;
};

G_DEFINE_FINAL_TYPE (HubrotaCandidateRow, hubrota_candidate_row, GTK_TYPE_WIDGET)

static char *
describe_officer (HubrotaCandidate *candidate,
                  HubrotaRota      *rota)
{
  HubrotaOfficer *officer = hubrota_candidate_get_officer (candidate);
  HubrotaBeat *beat = hubrota_rota_get_officer_beat (rota, hubrota_officer_get_id (officer));
  double abstraction = hubrota_candidate_get_abstraction (candidate);
  g_autofree char *hours = NULL;
  g_autofree char *away = NULL;

  /* Translators: hours an officer has already spent at hubs this week */
  hours = g_strdup_printf (_("%.1f h at hubs this week"), hubrota_candidate_get_hub_hours (candidate));
  if (beat == NULL)
    /* Translators: role · "no home beat" · hours, e.g. "Volunteer · No home beat · 3.0 h at hubs this week" */
    return g_strdup_printf (_("%s · No home beat · %s"),
                            hubrota_format_role (hubrota_officer_get_role (officer)), hours);

  /* Translators: the share of an officer's duty this week taken off their beat */
  away = g_strdup_printf (_("%.0f%% abstracted"), abstraction);
  /* Translators: role · home beat · hours · abstraction, e.g. "PC · Kempston · 3.0 h at hubs this week · 5% abstracted" */
  return g_strdup_printf (_("%s · %s · %s · %s"),
                          hubrota_format_role (hubrota_officer_get_role (officer)),
                          hubrota_beat_get_name (beat), hours, away);
}

static char *
join_findings (GPtrArray *findings)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (findings, i);
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", hubrota_finding_get_message (finding));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
hubrota_candidate_row_set (HubrotaCandidateRow *self,
                           HubrotaCandidate    *candidate,
                           HubrotaRota         *rota)
{
  GPtrArray *findings = hubrota_candidate_get_findings (candidate);
  guint errors = hubrota_candidate_count_errors (candidate);
  g_autofree char *name = hubrota_format_officer (hubrota_candidate_get_officer (candidate));
  g_autofree char *details = describe_officer (candidate, rota);
  g_autofree char *costs = join_findings (findings);
  const char *icon, *verdict;

  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->findings_label, costs);
  gtk_widget_set_visible (GTK_WIDGET (self->findings_label), findings->len > 0);
  hubrota_widget_set_css_class (GTK_WIDGET (self->findings_label), "error", errors > 0);
  hubrota_widget_set_css_class (GTK_WIDGET (self->findings_label), "warning", errors == 0);

  if (errors > 0)
    icon = "dialog-error-symbolic", verdict = _("Would cause an error");
  else if (findings->len > 0)
    icon = "dialog-warning-symbolic", verdict = _("Would cause a warning");
  else
    icon = "emblem-ok-symbolic", verdict = _("Breaks no rule");
  gtk_image_set_from_icon_name (self->verdict_icon, icon);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->verdict_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, verdict, -1);
  hubrota_widget_set_css_class (GTK_WIDGET (self->verdict_icon), "error", errors > 0);
  hubrota_widget_set_css_class (GTK_WIDGET (self->verdict_icon), "warning",
                                errors == 0 && findings->len > 0);
  hubrota_widget_set_css_class (GTK_WIDGET (self->verdict_icon), "success", findings->len == 0);
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
  gtk_widget_class_bind_template_child (widget_class, HubrotaCandidateRow, verdict_icon);
  gtk_widget_class_bind_template_child (widget_class, HubrotaCandidateRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaCandidateRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaCandidateRow, findings_label);
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
