/* hubrota-hub-row.c: one hub in the sidebar: its name, its next opening, and how its openings
 * in the period on show stand (the worst of their statuses)
 *
 * The sidebar groups hubs under their beat's name, so the row itself does not repeat it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaHubRow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-format.h"
#include "hubrota-hub-row.h"

struct _HubrotaHubRow
{
  GtkWidget  parent_instance;

  GtkLabel  *name_label;
  GtkLabel  *next_label;
  GtkImage  *state_icon;
  HubrotaStatusLevel level;
};

G_DEFINE_FINAL_TYPE (HubrotaHubRow, hubrota_hub_row, GTK_TYPE_WIDGET)

static void show_level (HubrotaHubRow      *self,
                        HubrotaStatusLevel  level);

static void
hubrota_hub_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_HUB_ROW);
  /* dispose_template only takes the children bound to fields; the rest go here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hubrota_hub_row_parent_class)->dispose (object);
}

static void
hubrota_hub_row_class_init (HubrotaHubRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_hub_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-hub-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubRow, next_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubRow, state_icon);
}

static void
hubrota_hub_row_init (HubrotaHubRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_level (self, HUBROTA_STATUS_CANCELLED);
}

GtkWidget *
hubrota_hub_row_new (void)
{
  return g_object_new (HUBROTA_TYPE_HUB_ROW, NULL);
}

void
hubrota_hub_row_set_hub (HubrotaHubRow     *self,
                         HubrotaHub        *hub,
                         HubrotaOccurrence *next)
{
  g_autofree char *day = NULL, *hours = NULL, *text = NULL;

  g_return_if_fail (HUBROTA_IS_HUB_ROW (self));
  g_return_if_fail (HUBROTA_IS_HUB (hub));

  gtk_label_set_label (self->name_label, hubrota_hub_get_name (hub));
  if (next == NULL)
    {
      gtk_label_set_label (self->next_label, _("No openings planned"));
      return;
    }
  day = hubrota_format_short_day (hubrota_occurrence_get_start (next));
  hours = hubrota_london_format_clock (hubrota_occurrence_get_start (next));
  /* Translators: a hub's next opening, e.g. "Next: Sat 5 Dec 10:00" */
  text = g_strdup_printf (_("Next: %s %s"), day, hours);
  gtk_label_set_label (self->next_label, text);
}

static const char *
describe_level (HubrotaStatusLevel level)
{
  switch (level)
    {
    case HUBROTA_STATUS_ERROR:
      return _("Errors to fix in the week on show");
    case HUBROTA_STATUS_WARNING:
      return _("Openings that need attention in the week on show");
    case HUBROTA_STATUS_NOTE:
    case HUBROTA_STATUS_STAFFED:
      return _("Every opening staffed in the week on show");
    case HUBROTA_STATUS_CANCELLED:
    default:
      return NULL;
    }
}

static void
show_level (HubrotaHubRow      *self,
            HubrotaStatusLevel  level)
{
  const char *state = describe_level (level);

  self->level = level;
  gtk_widget_set_visible (GTK_WIDGET (self->state_icon), state != NULL);
  if (state == NULL)
    return;
  gtk_image_set_from_icon_name (self->state_icon,
                                level == HUBROTA_STATUS_ERROR ? "dialog-error-symbolic"
                                : level == HUBROTA_STATUS_WARNING ? "dialog-warning-symbolic"
                                : "emblem-ok-symbolic");
  for (HubrotaStatusLevel l = HUBROTA_STATUS_CANCELLED; l <= HUBROTA_STATUS_ERROR; l++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->state_icon), hubrota_format_status_class (l));
  /* A note (over-staffed) is nothing wrong: green like staffed. */
  gtk_widget_add_css_class (GTK_WIDGET (self->state_icon),
                            hubrota_format_status_class (level == HUBROTA_STATUS_NOTE
                                                           ? HUBROTA_STATUS_STAFFED : level));
  hubrota_widget_set_tooltip (GTK_WIDGET (self->state_icon), state);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->state_icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  state, -1);
}

/* Every change to the rota asks again; a mark that stays is left alone (restyling sixty rows
 * took 8 ms). */
void
hubrota_hub_row_set_level (HubrotaHubRow      *self,
                           HubrotaStatusLevel  level)
{
  g_return_if_fail (HUBROTA_IS_HUB_ROW (self));

  if (level != self->level)
    show_level (self, level);
}

const char *
hubrota_hub_row_get_next (HubrotaHubRow *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB_ROW (self), NULL);
  return gtk_label_get_label (self->next_label);
}

HubrotaStatusLevel
hubrota_hub_row_get_level (HubrotaHubRow *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB_ROW (self), HUBROTA_STATUS_CANCELLED);
  return self->level;
}
