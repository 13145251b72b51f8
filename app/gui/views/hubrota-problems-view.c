/* hubrota-problems-view.c: the week's findings, grouped by rule
 *
 * One group per rule that fires, errors first within the order the rules are listed in, each
 * finding a row in the rule checker's own words. Each group's list is bound to the rule's
 * share of the findings (a filter model), so a finding that comes or goes is one row. Activating a row emits "finding-activated";
 * the window takes the coordinator to the opening or officer it is about.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaProblemsView"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-format.h"
#include "hubrota-problems-view.h"

/* One rule's group: its rows are bound to the rule's share of the findings. */
typedef struct
{
  HubrotaProblemsView *view;
  HubrotaRule          rule;
  GtkWidget           *group;
  GtkListBox          *list;
  GtkFilterListModel  *findings;
} RuleGroup;

struct _HubrotaProblemsView
{
  GtkWidget           parent_instance;

  GtkStack           *stack;
  AdwPreferencesPage *page;
  RuleGroup           groups[HUBROTA_N_RULES];  /* in the order shown */
  GListModel         *findings;
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
make_row (gpointer item,
          gpointer user_data)
{
  HubrotaProblemsView *self = user_data;
  HubrotaFinding *finding = item;
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
  return row;
}

static gboolean
is_of_rule (gpointer item,
            gpointer user_data)
{
  RuleGroup *group = user_data;

  return hubrota_finding_get_rule (item) == group->rule;
}

/* "Off duty (3)", shown only while the rule has findings; the page says when none has. */
static void
show_groups (HubrotaProblemsView *self)
{
  guint total = 0;

  for (guint i = 0; i < HUBROTA_N_RULES; i++)
    {
      RuleGroup *group = &self->groups[i];
      guint n = g_list_model_get_n_items (G_LIST_MODEL (group->findings));
      g_autofree char *title = NULL;

      /* Translators: a rule and how often it is broken, e.g. "Off duty (3)" */
      title = g_strdup_printf (_("%s (%u)"), hubrota_format_rule (group->rule), n);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group->group), title);
      gtk_widget_set_visible (group->group, n > 0);
      total += n;
    }
  gtk_stack_set_visible_child_name (self->stack, total > 0 ? "problems" : "none");
}

static void
add_group (HubrotaProblemsView *self,
           RuleGroup           *group,
           HubrotaRule          rule)
{
  group->view = self;
  group->rule = rule;
  group->group = adw_preferences_group_new ();
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group->group),
                                         hubrota_rule_get_severity (rule) == HUBROTA_SEVERITY_ERROR
                                           ? _("Errors: fix these before the rota is published")
                                           : _("Warnings: worth a look"));
  group->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (group->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (group->list), "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group->group), GTK_WIDGET (group->list));
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group->group));

  group->findings = gtk_filter_list_model_new (NULL, GTK_FILTER (gtk_custom_filter_new (is_of_rule, group, NULL)));
  gtk_list_box_bind_model (group->list, G_LIST_MODEL (group->findings), make_row, self, NULL);
  g_signal_connect_swapped (group->findings, "items-changed", G_CALLBACK (show_groups), self);
}

void
hubrota_problems_view_bind (HubrotaProblemsView *self,
                            GListModel          *findings)
{
  g_return_if_fail (HUBROTA_IS_PROBLEMS_VIEW (self));
  g_return_if_fail (G_IS_LIST_MODEL (findings));

  g_set_object (&self->findings, findings);
  for (guint i = 0; i < HUBROTA_N_RULES; i++)
    gtk_filter_list_model_set_model (self->groups[i].findings, findings);
  show_groups (self);
}

static RuleGroup *
group_of_rule (HubrotaProblemsView *self,
               HubrotaRule          rule)
{
  for (guint i = 0; i < HUBROTA_N_RULES; i++)
    if (self->groups[i].rule == rule)
      return &self->groups[i];
  g_return_val_if_reached (NULL);
}

guint
hubrota_problems_view_count_rule (HubrotaProblemsView *self,
                                  HubrotaRule          rule)
{
  g_return_val_if_fail (HUBROTA_IS_PROBLEMS_VIEW (self), 0);
  g_return_val_if_fail (rule < HUBROTA_N_RULES, 0);
  return g_list_model_get_n_items (G_LIST_MODEL (group_of_rule (self, rule)->findings));
}

GtkWidget *
hubrota_problems_view_get_row (HubrotaProblemsView *self,
                               guint                index)
{
  g_return_val_if_fail (HUBROTA_IS_PROBLEMS_VIEW (self), NULL);

  for (guint i = 0; i < HUBROTA_N_RULES; i++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->groups[i].findings));
      if (index < n)
        return GTK_WIDGET (gtk_list_box_get_row_at_index (self->groups[i].list, (int) index));
      index -= n;
    }
  return NULL;
}

static void
hubrota_problems_view_dispose (GObject *object)
{
  HubrotaProblemsView *self = HUBROTA_PROBLEMS_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_PROBLEMS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  for (guint i = 0; i < HUBROTA_N_RULES; i++)
    {
      if (self->groups[i].findings != NULL)
        g_signal_handlers_disconnect_by_data (self->groups[i].findings, self);
      g_clear_object (&self->groups[i].findings);
    }
  g_clear_object (&self->findings);

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
  guint n = 0;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Errors before warnings, each in the order the rules are listed. */
  for (int severity = HUBROTA_SEVERITY_ERROR; severity >= HUBROTA_SEVERITY_WARNING; severity--)
    for (int rule = 0; rule < HUBROTA_N_RULES; rule++)
      if ((int) hubrota_rule_get_severity (rule) == severity)
        add_group (self, &self->groups[n++], rule);
  g_assert (n == HUBROTA_N_RULES);
  show_groups (self);
}
