/* hubrota-date-button.c: a local date, chosen from a calendar in a popover
 *
 * The button shows the date in words ("Thu 24 Dec 2026"); picking a day in the calendar
 * sets it and closes the popover. The calendar is Hubrota's own, whose weeks start on Monday
 * whatever the locale (GtkCalendar's follow it, and start on Sunday under C or en_US). The
 * dialogs that close hubs, move openings and add them share it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaDateButton"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-date-button.h"
#include "hubrota-format.h"
#include "hubrota-month-calendar.h"

struct _HubrotaDateButton
{
  GtkWidget      parent_instance;

  GDate                 date;
  GtkMenuButton        *button;
  HubrotaMonthCalendar *calendar;
};

G_DEFINE_FINAL_TYPE (HubrotaDateButton, hubrota_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_date (HubrotaDateButton *self)
{
  g_autoptr(GDateTime) datetime = hubrota_date_to_datetime (&self->date);
  /* Translators: a date on a button, e.g. "Thu 24 Dec 2026"; see g_date_time_format() */
  g_autofree char *label = g_date_time_format (datetime, _("%a %-d %b %Y"));

  gtk_menu_button_set_label (self->button, label);
  hubrota_month_calendar_set_day (self->calendar, &self->date);
}

static void
on_day_selected (HubrotaDateButton *self)
{
  GDate date;

  hubrota_month_calendar_get_day (self->calendar, &date);
  hubrota_date_button_set_date (self, &date);
  gtk_menu_button_popdown (self->button);
}

/* Days moved to with the keyboard but not picked are forgotten: the calendar opens on the
 * date the button shows. */
static void
on_popover_show (HubrotaDateButton *self)
{
  hubrota_month_calendar_set_day (self->calendar, &self->date);
}

static void
hubrota_date_button_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HubrotaDateButton *self = HUBROTA_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_date_button_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HubrotaDateButton *self = HUBROTA_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      if (g_value_get_boxed (value) != NULL)
        hubrota_date_button_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The keyboard goes to the button inside: a dialog can open with its date field focused. */
static gboolean
hubrota_date_button_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (HUBROTA_DATE_BUTTON (widget)->button));
}

static void
hubrota_date_button_dispose (GObject *object)
{
  HubrotaDateButton *self = HUBROTA_DATE_BUTTON (object);

  g_clear_pointer ((GtkWidget **) &self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (hubrota_date_button_parent_class)->dispose (object);
}

static void
hubrota_date_button_class_init (HubrotaDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_date_button_dispose;
  object_class->get_property = hubrota_date_button_get_property;
  object_class->set_property = hubrota_date_button_set_property;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->grab_focus = hubrota_date_button_grab_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hubrota_date_button_init (HubrotaDateButton *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
  GtkWidget *popover = gtk_popover_new ();

  self->calendar = HUBROTA_MONTH_CALENDAR (hubrota_month_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_show), self);
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  hubrota_date_from_datetime (&self->date, now);
  show_date (self);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
}

GtkWidget *
hubrota_date_button_new (void)
{
  return g_object_new (HUBROTA_TYPE_DATE_BUTTON, NULL);
}

void
hubrota_date_button_get_date (HubrotaDateButton *self,
                              GDate             *out_date)
{
  g_return_if_fail (HUBROTA_IS_DATE_BUTTON (self));
  g_return_if_fail (out_date != NULL);

  *out_date = self->date;
}

void
hubrota_date_button_set_date (HubrotaDateButton *self,
                              const GDate       *date)
{
  g_return_if_fail (HUBROTA_IS_DATE_BUTTON (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (g_date_compare (&self->date, date) == 0)
    return;
  self->date = *date;
  show_date (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
