/* hubrota-week-view.c: a week's openings as cards, day by day
 *
 * Each day with openings gets a heading and a flow box of cards, so the week reads top to
 * bottom and folds to one column on a narrow window. The arrow keys move between cards and,
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

struct _HubrotaWeekView
{
  GtkWidget  parent_instance;

  GtkStack  *stack;
  GtkBox    *days;
  GPtrArray *flow_boxes;   /* one per day shown, in order */
  GPtrArray *cards;        /* HubrotaOpeningCard, in order */
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

static gboolean
focus_day (HubrotaWeekView *self,
           int              index,
           gboolean         first)
{
  GtkWidget *flow_box, *child;

  if (index < 0 || index >= (int) self->flow_boxes->len)
    return FALSE;
  flow_box = g_ptr_array_index (self->flow_boxes, index);
  child = first ? gtk_widget_get_first_child (flow_box) : gtk_widget_get_last_child (flow_box);
  return child != NULL && gtk_widget_grab_focus (child);
}

/* At the last card of a day, Down goes on to the next day; at the first, Up goes back. */
static gboolean
on_keynav_failed (GtkWidget        *flow_box,
                  GtkDirectionType  direction,
                  HubrotaWeekView  *self)
{
  guint index;

  if (!g_ptr_array_find (self->flow_boxes, flow_box, &index))
    return FALSE;
  if (direction == GTK_DIR_DOWN || direction == GTK_DIR_RIGHT)
    return focus_day (self, (int) index + 1, TRUE);
  if (direction == GTK_DIR_UP || direction == GTK_DIR_LEFT)
    return focus_day (self, (int) index - 1, FALSE);
  return FALSE;
}

static GtkWidget *
add_day (HubrotaWeekView *self,
         GDateTime       *day)
{
  g_autofree char *title = hubrota_format_day (day);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *flow_box = gtk_flow_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (self->days, heading);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow_box), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow_box), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow_box), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow_box), 12);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow_box), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow_box), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect (flow_box, "child-activated", G_CALLBACK (on_child_activated), self);
  g_signal_connect (flow_box, "keynav-failed", G_CALLBACK (on_keynav_failed), self);
  gtk_box_append (self->days, flow_box);
  g_ptr_array_add (self->flow_boxes, flow_box);
  return flow_box;
}

static void
clear (HubrotaWeekView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days))) != NULL)
    gtk_box_remove (self->days, child);
  g_ptr_array_set_size (self->flow_boxes, 0);
  g_ptr_array_set_size (self->cards, 0);
}

void
hubrota_week_view_show (HubrotaWeekView *self,
                        const GDate     *monday,
                        GPtrArray       *statuses,
                        HubrotaRota     *rota)
{
  GtkWidget *flow_box = NULL;
  int shown_day = -1;

  g_return_if_fail (HUBROTA_IS_WEEK_VIEW (self));

  clear (self);
  for (guint i = 0; i < statuses->len; i++)
    {
      HubrotaOpeningStatus *status = g_ptr_array_index (statuses, i);
      HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (status);
      GDateTime *start = hubrota_occurrence_get_start (occurrence);
      GtkWidget *card = hubrota_opening_card_new (status, rota);

      if (g_date_time_get_day_of_year (start) != shown_day)
        {
          flow_box = add_day (self, start);
          shown_day = g_date_time_get_day_of_year (start);
        }
      gtk_flow_box_append (GTK_FLOW_BOX (flow_box), card);
      g_ptr_array_add (self->cards, card);
    }
  gtk_stack_set_visible_child_name (self->stack, statuses->len > 0 ? "openings" : "empty");
}

GtkWidget *
hubrota_week_view_get_card (HubrotaWeekView   *self,
                            HubrotaOccurrence *occurrence)
{
  g_return_val_if_fail (HUBROTA_IS_WEEK_VIEW (self), NULL);

  for (guint i = 0; i < self->cards->len; i++)
    {
      HubrotaOpeningCard *card = g_ptr_array_index (self->cards, i);
      if (hubrota_occurrence_is_same (hubrota_opening_card_get_occurrence (card), occurrence))
        return GTK_WIDGET (card);
    }
  return NULL;
}

void
hubrota_week_view_select (HubrotaWeekView   *self,
                          HubrotaOccurrence *occurrence)
{
  g_return_if_fail (HUBROTA_IS_WEEK_VIEW (self));

  for (guint i = 0; i < self->cards->len; i++)
    {
      HubrotaOpeningCard *card = g_ptr_array_index (self->cards, i);
      gboolean selected = occurrence != NULL &&
        hubrota_occurrence_is_same (hubrota_opening_card_get_occurrence (card), occurrence);

      hubrota_widget_set_css_class (GTK_WIDGET (card), "selected", selected);
    }
}

guint
hubrota_week_view_count_cards (HubrotaWeekView *self)
{
  g_return_val_if_fail (HUBROTA_IS_WEEK_VIEW (self), 0);
  return self->cards->len;
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

  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_WEEK_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->flow_boxes, g_ptr_array_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);

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
  /* The boxes and cards are the day box's children; these only point at them. */
  self->flow_boxes = g_ptr_array_new ();
  self->cards = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
