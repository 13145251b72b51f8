/* hubrota-hub-row.c: one hub in the sidebar: its name, its next opening, and whether it is staffed
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
  gboolean   staffed;
};

G_DEFINE_FINAL_TYPE (HubrotaHubRow, hubrota_hub_row, GTK_TYPE_WIDGET)

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
  const char *state;

  g_return_if_fail (HUBROTA_IS_HUB_ROW (self));
  g_return_if_fail (HUBROTA_IS_HUB (hub));

  gtk_label_set_label (self->name_label, hubrota_hub_get_name (hub));
  self->staffed = next != NULL &&
    (int) hubrota_occurrence_get_assigned (next)->len >= hubrota_occurrence_get_min_officers (next);
  if (next == NULL)
    {
      gtk_label_set_label (self->next_label, _("No openings planned"));
      gtk_widget_set_visible (GTK_WIDGET (self->state_icon), FALSE);
      return;
    }

  day = hubrota_format_short_day (hubrota_occurrence_get_start (next));
  hours = g_date_time_format (hubrota_occurrence_get_start (next), "%H:%M");
  /* Translators: a hub's next opening, e.g. "Next: Sat 5 Dec 10:00" */
  text = g_strdup_printf (_("Next: %s %s"), day, hours);
  gtk_label_set_label (self->next_label, text);

  state = self->staffed ? _("Next opening fully staffed") : _("Next opening needs officers");
  gtk_image_set_from_icon_name (self->state_icon,
                                self->staffed ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  hubrota_widget_set_css_class (GTK_WIDGET (self->state_icon), "success", self->staffed);
  hubrota_widget_set_css_class (GTK_WIDGET (self->state_icon), "warning", !self->staffed);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->state_icon), state);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->state_icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  state, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->state_icon), TRUE);
}

const char *
hubrota_hub_row_get_next (HubrotaHubRow *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB_ROW (self), NULL);
  return gtk_label_get_label (self->next_label);
}

gboolean
hubrota_hub_row_get_staffed (HubrotaHubRow *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB_ROW (self), FALSE);
  return self->staffed;
}
