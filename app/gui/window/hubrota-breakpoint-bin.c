/* hubrota-breakpoint-bin.c: a bin that says whether it is wide enough for its whole header
 *
 * libadwaita 1.4 has AdwBreakpoint for this; 1.2, which Debian 12 ships, does not. The bin
 * follows the width it is given, never its child's folding, so what is hidden below the
 * threshold cannot feed back: the threshold is above the width the child needs with
 * everything shown, so showing it never asks for more than the bin already has. The
 * property changes after the allocation, not during it, which GTK does not allow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaBreakpointBin"

#include "config.h"

#include "hubrota-breakpoint-bin.h"

struct _HubrotaBreakpointBin
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        threshold;
  gboolean   wide;
  guint      update_id;
};

G_DEFINE_FINAL_TYPE (HubrotaBreakpointBin, hubrota_breakpoint_bin, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  PROP_THRESHOLD,
  PROP_WIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_wide (HubrotaBreakpointBin *self,
          gboolean              wide)
{
  if (self->wide == wide)
    return;
  self->wide = wide;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDE]);
}

static gboolean
update_wide (gpointer user_data)
{
  HubrotaBreakpointBin *self = user_data;

  self->update_id = 0;
  set_wide (self, gtk_widget_get_width (GTK_WIDGET (self)) >= self->threshold);
  return G_SOURCE_REMOVE;
}

static void
hubrota_breakpoint_bin_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  HubrotaBreakpointBin *self = HUBROTA_BREAKPOINT_BIN (widget);

  *minimum = *natural = 0;
  if (self->child != NULL && gtk_widget_get_visible (self->child))
    gtk_widget_measure (self->child, orientation, for_size, minimum, natural, minimum_baseline,
                        natural_baseline);
}

static void
hubrota_breakpoint_bin_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  HubrotaBreakpointBin *self = HUBROTA_BREAKPOINT_BIN (widget);

  if (self->child != NULL && gtk_widget_get_visible (self->child))
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
  if ((width >= self->threshold) != self->wide && self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_wide, self, NULL);
}

static GtkSizeRequestMode
hubrota_breakpoint_bin_get_request_mode (GtkWidget *widget)
{
  HubrotaBreakpointBin *self = HUBROTA_BREAKPOINT_BIN (widget);

  return self->child != NULL ? gtk_widget_get_request_mode (self->child)
                             : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

void
hubrota_breakpoint_bin_set_child (HubrotaBreakpointBin *self,
                                  GtkWidget            *child)
{
  g_return_if_fail (HUBROTA_IS_BREAKPOINT_BIN (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

GtkWidget *
hubrota_breakpoint_bin_get_child (HubrotaBreakpointBin *self)
{
  g_return_val_if_fail (HUBROTA_IS_BREAKPOINT_BIN (self), NULL);
  return self->child;
}

void
hubrota_breakpoint_bin_set_threshold (HubrotaBreakpointBin *self,
                                      int                   threshold)
{
  g_return_if_fail (HUBROTA_IS_BREAKPOINT_BIN (self));

  self->threshold = threshold;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

gboolean
hubrota_breakpoint_bin_get_wide (HubrotaBreakpointBin *self)
{
  g_return_val_if_fail (HUBROTA_IS_BREAKPOINT_BIN (self), FALSE);
  return self->wide;
}

static void
hubrota_breakpoint_bin_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HubrotaBreakpointBin *self = HUBROTA_BREAKPOINT_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_THRESHOLD:
      g_value_set_int (value, self->threshold);
      break;
    case PROP_WIDE:
      g_value_set_boolean (value, self->wide);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_breakpoint_bin_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HubrotaBreakpointBin *self = HUBROTA_BREAKPOINT_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      hubrota_breakpoint_bin_set_child (self, g_value_get_object (value));
      break;
    case PROP_THRESHOLD:
      hubrota_breakpoint_bin_set_threshold (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_breakpoint_bin_dispose (GObject *object)
{
  HubrotaBreakpointBin *self = HUBROTA_BREAKPOINT_BIN (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (hubrota_breakpoint_bin_parent_class)->dispose (object);
}

static void
hubrota_breakpoint_bin_class_init (HubrotaBreakpointBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = hubrota_breakpoint_bin_get_property;
  object_class->set_property = hubrota_breakpoint_bin_set_property;
  object_class->dispose = hubrota_breakpoint_bin_dispose;
  widget_class->measure = hubrota_breakpoint_bin_measure;
  widget_class->size_allocate = hubrota_breakpoint_bin_size_allocate;
  widget_class->get_request_mode = hubrota_breakpoint_bin_get_request_mode;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THRESHOLD] =
    g_param_spec_int ("threshold", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIDE] =
    g_param_spec_boolean ("wide", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hubrota_breakpoint_bin_init (HubrotaBreakpointBin *self)
{
  /* Narrow until the first allocation says otherwise: starting wide would ask a window
   * opened at a phone's width for the whole header, and get it, and stay wide. */
  self->wide = FALSE;
}

GtkWidget *
hubrota_breakpoint_bin_new (void)
{
  return g_object_new (HUBROTA_TYPE_BREAKPOINT_BIN, NULL);
}
