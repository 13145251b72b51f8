/* hubrota-week-view.c: a week's openings as cards, day by day
 *
 * Each day with openings gets a heading and a flow box of cards, so the week reads top to
 * bottom and folds to one column on a narrow window. Each day's flow box is bound to that
 * day's share of the week's openings (a filter model), so a changed opening replaces one card. The arrow keys move between cards and,
 * at the end of a day, on to the next day's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaWeekView"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-format.h"
#include "hubrota-opening-card.h"
#include "hubrota-week-view.h"

#define N_DAYS 7

/* One day of the week: a heading and a flow box bound to the day's share of the openings. */
typedef struct
{
  HubrotaWeekView    *view;
  guint               index;     /* 0 for Monday */
  GtkWidget          *heading;
  GtkWidget          *flow_box;
  GtkCustomFilter    *filter;
  GtkFilterListModel *openings;
} WeekDay;

struct _HubrotaWeekView
{
  GtkWidget          parent_instance;

  GtkStack          *stack;
  GtkBox            *days;
  WeekDay            week[N_DAYS];
  GDate              monday;
  GListModel        *statuses;   /* HubrotaOpeningStatus, the week's, by start */
  HubrotaWorkspace  *workspace;  /* for the names on the cards */
  HubrotaOccurrence *selected;
};

G_DEFINE_FINAL_TYPE (HubrotaWeekView, hubrota_week_view, GTK_TYPE_WIDGET)

enum {
  OPENING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_child_activated (GtkFlowBox      *flow_box,
                    GtkFlowBoxChild *child,
                    HubrotaWeekView *self)
{
  HubrotaOpeningCard *card = HUBROTA_OPENING_CARD (gtk_flow_box_child_get_child (child));

  g_signal_emit (self, signals[OPENING_ACTIVATED], 0, hubrota_opening_card_get_occurrence (card));
}

/* The first (or last) card of the first day with openings from index on, going forward (or
 * back). */
static gboolean
focus_day (HubrotaWeekView *self,
           int              index,
           gboolean         forward)
{
  for (; index >= 0 && index < N_DAYS; index += forward ? 1 : -1)
    {
      GtkWidget *flow_box = self->week[index].flow_box;
      GtkWidget *child = forward ? gtk_widget_get_first_child (flow_box)
                                 : gtk_widget_get_last_child (flow_box);
      if (child != NULL && gtk_widget_get_visible (flow_box))
        return gtk_widget_grab_focus (child);
    }
  return FALSE;
}

/* At the last card of a day, Down goes on to the next day's; at the first, Up goes back. */
static gboolean
on_keynav_failed (GtkWidget        *flow_box,
                  GtkDirectionType  direction,
                  WeekDay          *day)
{
  if (direction == GTK_DIR_DOWN || direction == GTK_DIR_RIGHT)
    return focus_day (day->view, (int) day->index + 1, TRUE);
  if (direction == GTK_DIR_UP || direction == GTK_DIR_LEFT)
    return focus_day (day->view, (int) day->index - 1, FALSE);
  return FALSE;
}

static gboolean
is_on_day (gpointer item,
           gpointer user_data)
{
  WeekDay *day = user_data;
  HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (item);
  GDate date;

  if (!g_date_valid (&day->view->monday))
    return FALSE;
  hubrota_date_from_datetime (&date, hubrota_occurrence_get_start (occurrence));
  return g_date_get_julian (&date) == g_date_get_julian (&day->view->monday) + day->index;
}

static gboolean
is_selected (HubrotaWeekView   *self,
             HubrotaOccurrence *occurrence)
{
  return self->selected != NULL && hubrota_occurrence_is_same (occurrence, self->selected);
}

static GtkWidget *
make_card (gpointer item,
           gpointer user_data)
{
  HubrotaWeekView *self = user_data;
  GtkWidget *card = hubrota_opening_card_new (item, hubrota_workspace_get_rota (self->workspace));

  hubrota_widget_set_css_class (card, "selected",
                                is_selected (self, hubrota_opening_status_get_occurrence (item)));
  return card;
}

/* A day shows only when it has openings; the week says so when none has, once it has been
 * read (the window paints before its first read is in, and is blank until then). */
static void
show_days (HubrotaWeekView *self)
{
  gboolean read = self->workspace == NULL || hubrota_workspace_get_rota (self->workspace) != NULL;
  guint shown = 0;

  for (guint i = 0; i < N_DAYS; i++)
    {
      WeekDay *day = &self->week[i];
      gboolean any = g_list_model_get_n_items (G_LIST_MODEL (day->openings)) > 0;

      gtk_widget_set_visible (day->heading, any);
      gtk_widget_set_visible (day->flow_box, any);
      shown += any;
    }
  gtk_stack_set_visible_child_name (self->stack, shown > 0 || !read ? "openings" : "empty");
}

static void
add_day (HubrotaWeekView *self,
         guint            index)
{
  WeekDay *day = &self->week[index];

  day->view = self;
  day->index = index;
  day->heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (day->heading), 0);
  gtk_widget_add_css_class (day->heading, "heading");
  gtk_box_append (self->days, day->heading);

  day->flow_box = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (day->flow_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (day->flow_box), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (day->flow_box), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (day->flow_box), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (day->flow_box), 12);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (day->flow_box), 12);
  g_signal_connect (day->flow_box, "child-activated", G_CALLBACK (on_child_activated), self);
  g_signal_connect (day->flow_box, "keynav-failed", G_CALLBACK (on_keynav_failed), day);
  gtk_box_append (self->days, day->flow_box);

  day->filter = gtk_custom_filter_new (is_on_day, day, NULL);
  day->openings = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (day->filter)));
  g_signal_connect_swapped (day->openings, "items-changed", G_CALLBACK (show_days), self);
}

void
hubrota_week_view_bind (HubrotaWeekView  *self,
                        GListModel       *statuses,
                        HubrotaWorkspace *workspace)
{
  g_return_if_fail (HUBROTA_IS_WEEK_VIEW (self));
  g_return_if_fail (G_IS_LIST_MODEL (statuses) && HUBROTA_IS_WORKSPACE (workspace));

  g_set_object (&self->statuses, statuses);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, show_days, self);
  g_set_object (&self->workspace, workspace);
  g_signal_connect_swapped (workspace, "notify::rota", G_CALLBACK (show_days), self);
  for (guint i = 0; i < N_DAYS; i++)
    {
      WeekDay *day = &self->week[i];
      gtk_filter_list_model_set_model (day->openings, statuses);
      gtk_flow_box_bind_model (GTK_FLOW_BOX (day->flow_box), G_LIST_MODEL (day->openings),
                               make_card, self, NULL);
    }
  show_days (self);
}

void
hubrota_week_view_set_week (HubrotaWeekView *self,
                            const GDate     *monday)
{
  g_return_if_fail (HUBROTA_IS_WEEK_VIEW (self));
  g_return_if_fail (monday != NULL && g_date_valid (monday));

  self->monday = *monday;
  for (guint i = 0; i < N_DAYS; i++)
    {
      WeekDay *day = &self->week[i];
      GDate date = *monday;
      g_autoptr(GDateTime) midnight = NULL;
      g_autofree char *title = NULL;

      g_date_add_days (&date, i);
      midnight = hubrota_date_to_datetime (&date);
      title = hubrota_format_day (midnight);
      gtk_label_set_label (GTK_LABEL (day->heading), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (day->flow_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      gtk_filter_changed (GTK_FILTER (day->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
  show_days (self);
}

/* Calls func on each card shown, until it returns TRUE; returns that card or NULL. */
static GtkWidget *
find_card (HubrotaWeekView *self,
           gboolean       (*func) (HubrotaWeekView *self, GtkWidget *card, gpointer data),
           gpointer         data)
{
  for (guint i = 0; i < N_DAYS; i++)
    for (GtkWidget *child = gtk_widget_get_first_child (self->week[i].flow_box); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        GtkWidget *card = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
        if (func (self, card, data))
          return card;
      }
  return NULL;
}

static gboolean
card_is_of (HubrotaWeekView *self,
            GtkWidget       *card,
            gpointer         occurrence)
{
  return hubrota_occurrence_is_same (hubrota_opening_card_get_occurrence (HUBROTA_OPENING_CARD (card)),
                                     occurrence);
}

GtkWidget *
hubrota_week_view_get_card (HubrotaWeekView   *self,
                            HubrotaOccurrence *occurrence)
{
  g_return_val_if_fail (HUBROTA_IS_WEEK_VIEW (self), NULL);
  return find_card (self, card_is_of, occurrence);
}

static gboolean
mark_selected (HubrotaWeekView *self,
               GtkWidget       *card,
               gpointer         data)
{
  hubrota_widget_set_css_class (card, "selected",
                                is_selected (self, hubrota_opening_card_get_occurrence (HUBROTA_OPENING_CARD (card))));
  return FALSE;
}

void
hubrota_week_view_select (HubrotaWeekView   *self,
                          HubrotaOccurrence *occurrence)
{
  g_return_if_fail (HUBROTA_IS_WEEK_VIEW (self));

  g_set_object (&self->selected, occurrence);
  find_card (self, mark_selected, NULL);
}

guint
hubrota_week_view_count_cards (HubrotaWeekView *self)
{
  guint n = 0;

  g_return_val_if_fail (HUBROTA_IS_WEEK_VIEW (self), 0);

  for (guint i = 0; i < N_DAYS; i++)
    n += g_list_model_get_n_items (G_LIST_MODEL (self->week[i].openings));
  return n;
}

gboolean
hubrota_week_view_focus_first (HubrotaWeekView *self)
{
  g_return_val_if_fail (HUBROTA_IS_WEEK_VIEW (self), FALSE);
  return focus_day (self, 0, TRUE);
}

static void
hubrota_week_view_dispose (GObject *object)
{
  HubrotaWeekView *self = HUBROTA_WEEK_VIEW (object);
  GtkWidget *child;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, show_days, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_WEEK_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  for (guint i = 0; i < N_DAYS; i++)
    {
      if (self->week[i].openings != NULL)
        g_signal_handlers_disconnect_by_data (self->week[i].openings, self);
      g_clear_object (&self->week[i].openings);
      g_clear_object (&self->week[i].filter);
    }
  g_clear_object (&self->statuses);
  g_clear_object (&self->workspace);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (hubrota_week_view_parent_class)->dispose (object);
}

static void
hubrota_week_view_class_init (HubrotaWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_week_view_dispose;

  signals[OPENING_ACTIVATED] =
    g_signal_new ("opening-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, HUBROTA_TYPE_OCCURRENCE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-week-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaWeekView, stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWeekView, days);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hubrota_week_view_init (HubrotaWeekView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->monday, 1);
  for (guint i = 0; i < N_DAYS; i++)
    add_day (self, i);
  show_days (self);
}
