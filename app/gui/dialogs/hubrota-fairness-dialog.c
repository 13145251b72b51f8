/* hubrota-fairness-dialog.c: who carries the hub work, by role and by beat, with a chart
 *
 * The report (hubrota-fairness.c, the same one `hubrota-cli fairness` prints) is counted in a
 * worker thread with its own connection, so a force's worth of openings never blocks the
 * window. Each group is a row of a list view bound to the report's model: its figures and a
 * chart of its officers' shares, drawn to one scale across the page so bars compare between
 * groups.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaGui"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-fairness-dialog.h"
#include "hubrota-format.h"
#include "hubrota-share-chart.h"

struct _HubrotaFairnessDialog
{
  AdwWindow parent_instance;

  AdwWindowTitle *window_title;
  GtkStack *stack;
  GtkSpinner *spinner;
  AdwStatusPage *failed_page;
  GtkLabel *summary_label;
  GtkLabel *shares_label;
  GtkListView *role_list;
  GtkListView *beat_list;

  GCancellable *counting;
  HubrotaFairness *report;
};

G_DEFINE_FINAL_TYPE (HubrotaFairnessDialog, hubrota_fairness_dialog, ADW_TYPE_WINDOW)

typedef struct
{
  char *path;
  GDate from;
  GDate to;
} CountData;

static void
count_data_free (gpointer data)
{
  CountData *count = data;

  g_free (count->path);
  g_free (count);
}

/* Rows */

typedef struct
{
  GtkLabel *title;
  GtkLabel *figures;
  HubrotaShareChart *chart;
  GtkLabel *more;
} GroupRow;

static GtkLabel *
row_label (GtkBox *box, const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static void
on_setup_row (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  unused)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GroupRow *row = g_new0 (GroupRow, 1);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  row->title = row_label (GTK_BOX (box), "heading");
  row->figures = row_label (GTK_BOX (box), "dim-label");
  row->chart = HUBROTA_SHARE_CHART (hubrota_share_chart_new ());
  gtk_widget_set_margin_top (GTK_WIDGET (row->chart), 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->chart));
  row->more = row_label (GTK_BOX (box), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (row->more), "caption");
  g_object_set_data_full (G_OBJECT (item), "row", row, g_free);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

/* "PCSO", "Special", or a beat's name as it is. */
static const char *
group_title (HubrotaShareGroup *group, gboolean by_role)
{
  HubrotaRole role;

  if (by_role && hubrota_role_from_string (hubrota_share_group_get_label (group), &role))
    return hubrota_format_role (role);
  return hubrota_share_group_get_label (group);
}

/* "4 officers · 13 h at hubs, 2 h away · shares 5.0–37.5% · Gini 0.44"; for one officer
 * "1 officer · 3 h at hubs, 0 h away · share 7.5%", a spread of one saying nothing. */
static char *
group_figures (HubrotaShareGroup *group)
{
  guint n = hubrota_share_group_get_n_officers (group);
  g_autofree char *officers = g_strdup_printf (ngettext ("%u officer", "%u officers", n), n);

  if (n == 1)
    return g_strdup_printf (_("%s · %g h at hubs, %g h away · share %.1f%%"), officers,
                            hubrota_share_group_get_hub_hours (group),
                            hubrota_share_group_get_away_hours (group),
                            hubrota_share_group_get_largest (group));
  return g_strdup_printf (_("%s · %g h at hubs, %g h away · shares %.1f–%.1f%% · Gini %.2f"),
                          officers, hubrota_share_group_get_hub_hours (group),
                          hubrota_share_group_get_away_hours (group),
                          hubrota_share_group_get_smallest (group),
                          hubrota_share_group_get_largest (group),
                          hubrota_share_group_get_gini (group));
}

/* What the chart leaves out: "3 more with hub work · 12 with none". */
static char *
group_rest (HubrotaShareGroup *group, guint n_bars)
{
  GListModel *shares = hubrota_share_group_get_shares (group);
  guint with_work = 0, n = g_list_model_get_n_items (shares);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HubrotaShare) share = g_list_model_get_item (shares, i);
      with_work += hubrota_share_get_n_openings (share) > 0;
    }
  if (with_work > n_bars)
    g_string_append_printf (text, ngettext ("%u more with hub work", "%u more with hub work",
                                            with_work - n_bars), with_work - n_bars);
  if (text->len > 0 && n > with_work)
    g_string_append (text, " · ");
  if (with_work == 0)
    g_string_append (text, _("No hub work in these weeks"));
  else if (n > with_work)
    g_string_append_printf (text, ngettext ("%u with none", "%u with none", n - with_work),
                            n - with_work);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_bind_row (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  HubrotaFairnessDialog *self = user_data;
  GroupRow *row = g_object_get_data (G_OBJECT (item), "row");
  HubrotaShareGroup *group = gtk_list_item_get_item (item);
  gboolean by_role = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "by-role"));
  g_autofree char *figures = group_figures (group);
  g_autofree char *rest = NULL;
  double scale = hubrota_share_group_get_largest (hubrota_fairness_get_everyone (self->report));

  gtk_label_set_label (row->title, group_title (group, by_role));
  gtk_label_set_label (row->figures, figures);
  hubrota_share_chart_set_group (row->chart, group, scale);
  rest = group_rest (group, hubrota_share_chart_get_n_bars (row->chart));
  gtk_label_set_label (row->more, rest);
  gtk_widget_set_visible (GTK_WIDGET (row->more), *rest != '\0');
}

static void
set_groups (HubrotaFairnessDialog *self, GtkListView *list, GListModel *groups)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (groups));

  g_object_set_data (G_OBJECT (factory), "by-role", GINT_TO_POINTER (list == self->role_list));
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_row), self);
  gtk_list_view_set_factory (list, factory);
  gtk_list_view_set_model (list, GTK_SELECTION_MODEL (selection));
}

/* The report */

static void
show_summary (HubrotaFairnessDialog *self)
{
  HubrotaShareGroup *everyone = hubrota_fairness_get_everyone (self->report);
  guint n = hubrota_share_group_get_n_officers (everyone);
  g_autofree char *officers = g_strdup_printf (ngettext ("%u officer", "%u officers", n), n);
  g_autofree char *summary = NULL, *shares = NULL;

  /* Translators: "412 h at hubs among 2000 officers, 12 h of it away from their own beats." */
  summary = g_strdup_printf (_("%g h at hubs among %s, %g h of it away from their own beats."),
                             hubrota_share_group_get_hub_hours (everyone), officers,
                             hubrota_share_group_get_away_hours (everyone));
  shares = g_strdup_printf (_("Largest share %.1f%%, smallest %.1f%%; Gini %.2f, where 0 is even "
                              "and 1 is one officer carrying it all."),
                            hubrota_share_group_get_largest (everyone),
                            hubrota_share_group_get_smallest (everyone),
                            hubrota_share_group_get_gini (everyone));
  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_label (self->shares_label, shares);
}

static void
show_report (HubrotaFairnessDialog *self)
{
  show_summary (self);
  set_groups (self, self->role_list, hubrota_fairness_get_roles (self->report));
  set_groups (self, self->beat_list, hubrota_fairness_get_beats (self->report));
  gtk_stack_set_visible_child_name (self->stack, "report");
}

static void
count_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CountData *data = task_data;
  g_autoptr(HubrotaStore) store = NULL;
  HubrotaFairness *report = NULL;
  GError *error = NULL;

  store = hubrota_store_open (data->path, HUBROTA_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || (report = hubrota_fairness_new (store, &data->from, &data->to, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, report, g_object_unref);
}

static void
on_counted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HubrotaFairnessDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  HubrotaFairness *report = g_task_propagate_pointer (G_TASK (result), &error);

  if (self->counting == NULL || g_cancellable_is_cancelled (self->counting))
    {
      g_clear_object (&report);
      return;
    }
  g_clear_object (&self->counting);
  gtk_spinner_stop (self->spinner);
  if (report == NULL)
    {
      message = hubrota_format_error (error);
      adw_status_page_set_description (self->failed_page, message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }
  self->report = report;
  show_report (self);
}

static void
start_counting (HubrotaFairnessDialog *self, HubrotaStore *store, const GDate *from, const GDate *to)
{
  g_autoptr(GTask) task = NULL;
  CountData *data = g_new0 (CountData, 1);

  data->path = g_strdup (hubrota_store_get_path (store));
  data->from = *from;
  data->to = *to;
  self->counting = g_cancellable_new ();
  /* The task holds no widget, so the dialog is only let go of in on_counted (), in the main
   * loop, whichever thread drops the task. */
  task = g_task_new (NULL, self->counting, on_counted, g_object_ref (self));
  g_task_set_source_tag (task, start_counting);
  g_task_set_task_data (task, data, count_data_free);
  g_task_run_in_thread (task, count_in_thread);
  gtk_spinner_start (self->spinner);
}

static void
set_period (HubrotaFairnessDialog *self, const GDate *from, const GDate *to)
{
  g_autoptr(GDateTime) start = hubrota_london_start_of_day (from);
  g_autoptr(GDateTime) end = hubrota_london_start_of_day (to);
  g_autoptr(GDateTime) end_of_last = g_date_time_add_days (end, 1);
  g_autofree char *span = hubrota_format_span (start, end_of_last);

  adw_window_title_set_subtitle (self->window_title, span);
}

static void
hubrota_fairness_dialog_dispose (GObject *object)
{
  HubrotaFairnessDialog *self = HUBROTA_FAIRNESS_DIALOG (object);

  if (self->counting != NULL)
    g_cancellable_cancel (self->counting);
  g_clear_object (&self->counting);
  g_clear_object (&self->report);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUBROTA_TYPE_FAIRNESS_DIALOG);
  G_OBJECT_CLASS (hubrota_fairness_dialog_parent_class)->dispose (object);
}

static void
hubrota_fairness_dialog_class_init (HubrotaFairnessDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_fairness_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-fairness-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaFairnessDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HubrotaFairnessDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaFairnessDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, HubrotaFairnessDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, HubrotaFairnessDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaFairnessDialog, shares_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaFairnessDialog, role_list);
  gtk_widget_class_bind_template_child (widget_class, HubrotaFairnessDialog, beat_list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hubrota_fairness_dialog_init (HubrotaFairnessDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hubrota_fairness_dialog_new (GtkWindow    *parent,
                             HubrotaStore *store,
                             const GDate  *from,
                             const GDate  *to)
{
  HubrotaFairnessDialog *self;

  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_FAIRNESS_DIALOG, "transient-for", parent, NULL);
  set_period (self, from, to);
  start_counting (self, store, from, to);
  return GTK_WIDGET (self);
}

HubrotaFairness *
hubrota_fairness_dialog_get_report (HubrotaFairnessDialog *self)
{
  g_return_val_if_fail (HUBROTA_IS_FAIRNESS_DIALOG (self), NULL);
  return self->report;
}
