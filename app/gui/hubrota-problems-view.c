/* hubrota-problems-view.c: the week's findings, grouped by rule
 *
 * One group per rule that fires, errors first within the order the rules are listed in, each
 * finding a row in the rule checker's own words. Activating a row emits "finding-activated";
 * the window takes the coordinator to the opening or officer it is about.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaProblemsView"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-format.h"
#include "hubrota-problems-view.h"

struct _HubrotaProblemsView
{
  GtkWidget           parent_instance;

  GtkStack           *stack;
  AdwPreferencesPage *page;
  GPtrArray          *groups;  /* AdwPreferencesGroup shown on the page */
  GPtrArray          *rows;    /* AdwActionRow, in the order shown */
  guint               counts[HUBROTA_N_RULES];
};

G_DEFINE_FINAL_TYPE (HubrotaProblemsView, hubrota_problems_view, GTK_TYPE_WIDGET)

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated (AdwActionRow        *row,
                  HubrotaProblemsView *self)
{
  g_signal_emit (self, signals[FINDING_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "finding"));
}

static GtkWidget *
make_row (HubrotaProblemsView *self,
          HubrotaFinding      *finding)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = NULL;
  g_autofree char *title = g_markup_escape_text (hubrota_finding_get_message (finding), -1);
  g_autofree char *when = hubrota_format_span (hubrota_finding_get_start (finding),
                                               hubrota_finding_get_end (finding));
  gboolean error = hubrota_finding_get_severity (finding) == HUBROTA_SEVERITY_ERROR;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  icon = gtk_image_new_from_icon_name (error ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, error ? "error" : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  error ? _("Error") : _("Warning"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_object_set_data_full (G_OBJECT (row), "finding", g_object_ref (finding), g_object_unref);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
clear (HubrotaProblemsView *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_set_size (self->rows, 0);
  memset (self->counts, 0, sizeof self->counts);
}

static void
add_group (HubrotaProblemsView *self,
           HubrotaRule          rule,
           GPtrArray           *findings)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *title = NULL;

  for (guint i = 0; i < findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (findings, i);
      if (hubrota_finding_get_rule (finding) != rule)
        continue;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), make_row (self, finding));
      self->counts[rule]++;
    }
  if (self->counts[rule] == 0)
    {
      g_object_ref_sink (group);
      g_object_unref (group);
      return;
    }

  /* Translators: a rule and how often it is broken, e.g. "Off duty (3)" */
  title = g_strdup_printf (_("%s (%u)"), hubrota_format_rule (rule), self->counts[rule]);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         hubrota_rule_get_severity (rule) == HUBROTA_SEVERITY_ERROR
                                           ? _("Errors: fix these before the rota is published")
                                           : _("Warnings: worth a look"));
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);
}

void
hubrota_problems_view_show (HubrotaProblemsView *self,
                            GPtrArray           *findings,
                            HubrotaRota         *rota)
{
  g_return_if_fail (HUBROTA_IS_PROBLEMS_VIEW (self));

  clear (self);
  /* Errors before warnings, each in the order the rules are listed. */
  for (int severity = HUBROTA_SEVERITY_ERROR; severity >= HUBROTA_SEVERITY_WARNING; severity--)
    for (int rule = 0; rule < HUBROTA_N_RULES; rule++)
      if ((int) hubrota_rule_get_severity (rule) == severity)
        add_group (self, rule, findings);
  gtk_stack_set_visible_child_name (self->stack, findings->len > 0 ? "problems" : "none");
}

guint
hubrota_problems_view_count_rule (HubrotaProblemsView *self,
                                  HubrotaRule          rule)
{
  g_return_val_if_fail (HUBROTA_IS_PROBLEMS_VIEW (self), 0);
  g_return_val_if_fail (rule < HUBROTA_N_RULES, 0);
  return self->counts[rule];
}

GtkWidget *
hubrota_problems_view_get_row (HubrotaProblemsView *self,
                               guint                index)
{
  g_return_val_if_fail (HUBROTA_IS_PROBLEMS_VIEW (self), NULL);
  return index < self->rows->len ? g_ptr_array_index (self->rows, index) : NULL;
}

static void
hubrota_problems_view_dispose (GObject *object)
{
  HubrotaProblemsView *self = HUBROTA_PROBLEMS_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_PROBLEMS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (hubrota_problems_view_parent_class)->dispose (object);
}

static void
hubrota_problems_view_class_init (HubrotaProblemsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_problems_view_dispose;

  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, HUBROTA_TYPE_FINDING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-problems-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaProblemsView, stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaProblemsView, page);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hubrota_problems_view_init (HubrotaProblemsView *self)
{
  /* The page owns the groups and rows; these only point at them. */
  self->groups = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
