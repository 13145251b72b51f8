/* hubrota-opening-row.c: one opening of a hub: its day, its hours, and whether it still stands
 *
 * A cancelled opening stays in the list, struck through and with its reason, because the
 * coordinator needs to see the gap as much as the public does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOpeningRow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-opening-row-private.h"

struct _HubrotaOpeningRow
{
  GtkWidget  parent_instance;

  GtkLabel  *date_label;
  GtkLabel  *time_label;
  GtkLabel  *status_label;
};

G_DEFINE_FINAL_TYPE (HubrotaOpeningRow, hubrota_opening_row, GTK_TYPE_WIDGET)

static char *
format_day (GDateTime *datetime)
{
  /* Translators: an opening's day, e.g. "Saturday 5 December"; see g_date_time_format() */
  return g_date_time_format (datetime, _("%A %-d %B"));
}

static char *
format_time_range (GDateTime *start,
                   GDateTime *end)
{
  g_autofree char *from = g_date_time_format (start, "%H:%M");
  g_autofree char *to = g_date_time_format (end, "%H:%M");

  /* Translators: opening hours, e.g. "10:00–13:00" */
  return g_strdup_printf (_("%s–%s"), from, to);
}

static char *
format_original_day (HubrotaOccurrence *occurrence)
{
  const GDate *date = hubrota_occurrence_get_original_date (occurrence);
  g_autoptr(GDateTime) datetime = NULL;

  datetime = g_date_time_new (hubrota_london_tz (), g_date_get_year (date),
                              g_date_get_month (date), g_date_get_day (date), 0, 0, 0);
  return format_day (datetime);
}

static char *
describe_cancellation (HubrotaOccurrence *occurrence)
{
  const char *reason = hubrota_occurrence_get_reason (occurrence);

  if (reason == NULL || reason[0] == '\0')
    return g_strdup (_("Cancelled"));

  /* Translators: %s is why an opening was cancelled, e.g. "Closed for Christmas" */
  return g_strdup_printf (_("Cancelled: %s"), reason);
}

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    enabled)
{
  if (enabled)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
show_cancelled (HubrotaOpeningRow *self,
                gboolean           cancelled)
{
  g_autoptr(PangoAttrList) struck = NULL;

  if (cancelled)
    {
      struck = pango_attr_list_new ();
      pango_attr_list_insert (struck, pango_attr_strikethrough_new (TRUE));
    }
  gtk_label_set_attributes (self->time_label, struck);
  set_css_class (GTK_WIDGET (self->date_label), "dim-label", cancelled);
  set_css_class (GTK_WIDGET (self->time_label), "dim-label", cancelled);
}

static void
show_status (HubrotaOpeningRow *self,
             const char        *text,
             const char        *css_class)
{
  GtkWidget *label = GTK_WIDGET (self->status_label);

  gtk_label_set_label (self->status_label, text != NULL ? text : "");
  gtk_widget_set_visible (label, text != NULL);
  set_css_class (label, "error", g_strcmp0 (css_class, "error") == 0);
  set_css_class (label, "accent", g_strcmp0 (css_class, "accent") == 0);
}

static void
hubrota_opening_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_OPENING_ROW);
  /* dispose_template only takes the children bound to fields; the rest go here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hubrota_opening_row_parent_class)->dispose (object);
}

static void
hubrota_opening_row_class_init (HubrotaOpeningRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_opening_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-opening-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningRow, status_label);
}

static void
hubrota_opening_row_init (HubrotaOpeningRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hubrota_opening_row_new (void)
{
  return g_object_new (HUBROTA_TYPE_OPENING_ROW, NULL);
}

void
hubrota_opening_row_set_occurrence (HubrotaOpeningRow *self,
                                    HubrotaOccurrence *occurrence)
{
  GDateTime *start;
  g_autofree char *day = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *status = NULL;
  g_autofree char *original_day = NULL;
  gboolean cancelled;

  g_return_if_fail (HUBROTA_IS_OPENING_ROW (self));
  g_return_if_fail (HUBROTA_IS_OCCURRENCE (occurrence));

  start = hubrota_occurrence_get_start (occurrence);
  day = format_day (start);
  hours = format_time_range (start, hubrota_occurrence_get_end (occurrence));
  gtk_label_set_label (self->date_label, day);
  gtk_label_set_label (self->time_label, hours);

  cancelled = hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED;
  show_cancelled (self, cancelled);

  if (cancelled)
    {
      status = describe_cancellation (occurrence);
      show_status (self, status, "error");
    }
  else if (hubrota_occurrence_get_moved (occurrence))
    {
      original_day = format_original_day (occurrence);
      /* Translators: %s is the day an opening was first planned for */
      status = g_strdup_printf (_("Moved from %s"), original_day);
      show_status (self, status, "accent");
    }
  else
    {
      show_status (self, NULL, NULL);
    }
}

GtkLabel *
_hubrota_opening_row_get_date_label (HubrotaOpeningRow *self)
{
  return self->date_label;
}

GtkLabel *
_hubrota_opening_row_get_time_label (HubrotaOpeningRow *self)
{
  return self->time_label;
}

GtkLabel *
_hubrota_opening_row_get_status_label (HubrotaOpeningRow *self)
{
  return self->status_label;
}
