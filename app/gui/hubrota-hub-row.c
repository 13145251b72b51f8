/* hubrota-hub-row.c: one hub in the sidebar: its name, and the beat it serves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaHubRow"

#include "config.h"

#include "hubrota-hub-row.h"

struct _HubrotaHubRow
{
  GtkWidget  parent_instance;

  GtkLabel  *name_label;
  GtkLabel  *beat_label;
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
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubRow, beat_label);
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

/* beat_name is the beat's display name; the hub itself only knows the beat's slug. */
void
hubrota_hub_row_set_hub (HubrotaHubRow *self,
                         HubrotaHub    *hub,
                         const char    *beat_name)
{
  g_return_if_fail (HUBROTA_IS_HUB_ROW (self));
  g_return_if_fail (HUBROTA_IS_HUB (hub));

  gtk_label_set_label (self->name_label, hubrota_hub_get_name (hub));
  gtk_label_set_label (self->beat_label, beat_name != NULL ? beat_name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->beat_label), beat_name != NULL && *beat_name);
}
