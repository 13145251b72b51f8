/* hubrota-share-chart.c: a bar per officer of a group, their share of hub work at a glance
 *
 * Each bar is the officer's hub hours as a share of their contracted hours, the part of it
 * spent away from their own beat in a second colour, drawn with GtkSnapshot. A drawing says
 * nothing to a screen reader, so the chart's accessible description carries the same figures
 * as text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaGui"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-share-chart.h"

#define ROW_HEIGHT 24
#define BAR_HEIGHT 14
#define GAP 8
#define VALUE_WIDTH 56

struct _HubrotaShareChart
{
  GtkWidget parent_instance;

  HubrotaShareGroup *group;
  double scale;
};

G_DEFINE_FINAL_TYPE (HubrotaShareChart, hubrota_share_chart, GTK_TYPE_WIDGET)

/* Adwaita's blue 3 and orange 3: the colours GNOME's own charts use for a series and its
 * warning part. */
static const GdkRGBA on_beat_colour = { 0.208, 0.518, 0.894, 1 };
static const GdkRGBA away_colour = { 1.0, 0.471, 0.0, 1 };

static HubrotaShare *
bar_share (HubrotaShareChart *self, guint i)
{
  g_autoptr(HubrotaShare) share =
    g_list_model_get_item (hubrota_share_group_get_shares (self->group), i);

  return share;   /* the group's list keeps its reference */
}

static void
foreground (GtkWidget *widget, GdkRGBA *out)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, out);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), out);
#endif
}

static PangoLayout *
text_layout (GtkWidget *widget, const char *text, int width, PangoAlignment alignment)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  return layout;
}

static void
draw_text (GtkSnapshot *snapshot, PangoLayout *layout, int x, int y, const GdkRGBA *colour)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y + (ROW_HEIGHT - height) / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, colour);
  gtk_snapshot_restore (snapshot);
}

/* Where something w wide that starts at x from the start side goes: right to left (Urdu), the
 * name, the bar and the value run from the right, as the text around the chart does. */
static float
from_start (GtkWidget *widget, float x, float w)
{
  return gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL
         ? gtk_widget_get_width (widget) - x - w : x;
}

static void
draw_bar (HubrotaShareChart *self, GtkSnapshot *snapshot, HubrotaShare *share, int y,
          int label_width, int bar_width, const GdkRGBA *text_colour)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  HubrotaOfficer *officer = hubrota_share_get_officer (share);
  g_autofree char *name = g_strdup_printf ("%s %s", hubrota_officer_get_id (officer),
                                           hubrota_officer_get_name (officer));
  g_autofree char *value = g_strdup_printf ("%.1f%%", hubrota_share_get_percent (share));
  g_autoptr(PangoLayout) name_layout = text_layout (widget, name, label_width,
                                                    rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) value_layout = text_layout (widget, value, VALUE_WIDTH,
                                                     rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
  double hours = hubrota_share_get_hub_hours (share);
  double length = bar_width * MIN (hubrota_share_get_percent (share) / self->scale, 1.0);
  double away = hours > 0 ? length * hubrota_share_get_away_hours (share) / hours : 0;
  float top = y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0f, left = label_width + GAP;

  float on_beat = MAX (length - away, 0);

  draw_text (snapshot, name_layout, from_start (widget, 0, label_width), y, text_colour);
  gtk_snapshot_append_color (snapshot, &on_beat_colour,
                             &GRAPHENE_RECT_INIT (from_start (widget, left, on_beat), top,
                                                  on_beat, BAR_HEIGHT));
  if (away > 0)
    gtk_snapshot_append_color (snapshot, &away_colour,
                               &GRAPHENE_RECT_INIT (from_start (widget, left + length - away, away),
                                                    top, away, BAR_HEIGHT));
  draw_text (snapshot, value_layout, from_start (widget, left + bar_width + GAP, VALUE_WIDTH), y,
             text_colour);
}

static void
hubrota_share_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  HubrotaShareChart *self = HUBROTA_SHARE_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int label_width = MIN (width * 2 / 5, 240);
  int bar_width = width - label_width - VALUE_WIDTH - 2 * GAP;
  guint n = hubrota_share_chart_get_n_bars (self);
  GdkRGBA text_colour;

  if (bar_width <= 0)
    return;
  foreground (widget, &text_colour);
  for (guint i = 0; i < n; i++)
    draw_bar (self, snapshot, bar_share (self, i), (int) i * ROW_HEIGHT, label_width, bar_width,
              &text_colour);
}

static void
hubrota_share_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  HubrotaShareChart *self = HUBROTA_SHARE_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 480;
    }
  else
    *minimum = *natural = (int) hubrota_share_chart_get_n_bars (self) * ROW_HEIGHT;
}

static void
hubrota_share_chart_dispose (GObject *object)
{
  HubrotaShareChart *self = HUBROTA_SHARE_CHART (object);

  g_clear_object (&self->group);
  G_OBJECT_CLASS (hubrota_share_chart_parent_class)->dispose (object);
}

static void
hubrota_share_chart_class_init (HubrotaShareChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_share_chart_dispose;
  widget_class->snapshot = hubrota_share_chart_snapshot;
  widget_class->measure = hubrota_share_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "sharechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hubrota_share_chart_init (HubrotaShareChart *self)
{
  self->scale = 100;
}

GtkWidget *
hubrota_share_chart_new (void)
{
  return g_object_new (HUBROTA_TYPE_SHARE_CHART, NULL);
}

void
hubrota_share_chart_set_group (HubrotaShareChart *self,
                               HubrotaShareGroup *group,
                               double             scale)
{
  g_autofree char *description = NULL;

  g_return_if_fail (HUBROTA_IS_SHARE_CHART (self));
  g_return_if_fail (group == NULL || HUBROTA_IS_SHARE_GROUP (group));

  g_set_object (&self->group, group);
  self->scale = scale > 0 ? scale : 100;
  description = hubrota_share_chart_describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

HubrotaShareGroup *
hubrota_share_chart_get_group (HubrotaShareChart *self)
{
  g_return_val_if_fail (HUBROTA_IS_SHARE_CHART (self), NULL);
  return self->group;
}

/* The officers with any hub work, up to the limit: those with none have no bar to draw. */
guint
hubrota_share_chart_get_n_bars (HubrotaShareChart *self)
{
  guint n = 0;

  g_return_val_if_fail (HUBROTA_IS_SHARE_CHART (self), 0);
  if (self->group == NULL)
    return 0;
  while (n < HUBROTA_SHARE_CHART_MAX_BARS &&
         n < hubrota_share_group_get_n_officers (self->group) &&
         hubrota_share_get_n_openings (bar_share (self, n)) > 0)
    n++;
  return n;
}

/* "PC1 Ann One 6.3% (2 h away); PC4 Di Four 5.0%" */
char *
hubrota_share_chart_describe (HubrotaShareChart *self)
{
  GString *text = g_string_new (NULL);
  guint n = hubrota_share_chart_get_n_bars (self);

  for (guint i = 0; i < n; i++)
    {
      HubrotaShare *share = bar_share (self, i);
      HubrotaOfficer *officer = hubrota_share_get_officer (share);

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, "%s %s %.1f%%", hubrota_officer_get_id (officer),
                              hubrota_officer_get_name (officer), hubrota_share_get_percent (share));
      if (hubrota_share_get_away_hours (share) > 0)
        /* Translators: hours at hubs away from the officer's own beat */
        g_string_append_printf (text, _(" (%g h away)"), hubrota_share_get_away_hours (share));
    }
  if (n == 0)
    g_string_append (text, _("No hub work"));
  return g_string_free (text, FALSE);
}
