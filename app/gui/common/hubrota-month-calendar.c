/* hubrota-month-calendar.c: a month of days, Monday to Sunday, to pick one from
 *
 * GtkCalendar takes the first day of its weeks from the locale (nl_langinfo's
 * _NL_TIME_FIRST_WEEKDAY, else the "calendar:week_start" translation), with no way to set
 * it: under C.UTF-8 or en_US its weeks start on Sunday. Hubrota's weeks (the rota, the
 * abstraction limits) run Monday to Sunday, and a calendar that disagrees invites picking the
 * wrong week. So this one is Hubrota's own, a drop-in for GtkCalendar's few calls.
 *
 * The grid is six rows of seven day buttons, days of the months either side dimmed. Only the
 * selected day is in the Tab order, so the calendar is one stop, as GtkCalendar is; the arrow
 * keys move the selection a day or a week, Page Up and Page Down a month, and Enter, Space or
 * a click picks the day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaMonthCalendar"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-core.h"
#include "hubrota-format.h"
#include "hubrota-month-calendar-private.h"

#define N_COLUMNS 7
#define N_CELLS   (HUBROTA_MONTH_CALENDAR_ROWS * N_COLUMNS)

struct _HubrotaMonthCalendar
{
  GtkWidget  parent_instance;

  GDate      selected;
  GDate      first_shown;          /* the Monday in the first row */

  GtkLabel  *title_label;
  GtkGrid   *grid;
  GtkLabel  *weekdays[N_COLUMNS];
  GtkWidget *cells[N_CELLS];
};

G_DEFINE_FINAL_TYPE (HubrotaMonthCalendar, hubrota_month_calendar, GTK_TYPE_WIDGET)

enum {
  DAY_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

/* Far enough from GDate's ends that the grid around a day stays within them. */
static gboolean
in_range (const GDate *day)
{
  return g_date_valid (day) && g_date_get_year (day) > 1 && g_date_get_year (day) < 9999;
}

static char *
format_day (const GDate *day,
            const char  *format)
{
  g_autoptr(GDateTime) datetime = hubrota_date_to_datetime (day);

  return g_date_time_format (datetime, format);
}

/* "Monday 30 November 2026" */
static char *
describe_day (const GDate *day)
{
  /* Translators: a day as a screen reader says it; see g_date_time_format() */
  return format_day (day, _("%A %-d %B %Y"));
}

static GDate
cell_day (HubrotaMonthCalendar *self,
          guint                 cell)
{
  GDate day = self->first_shown;

  g_date_add_days (&day, cell);
  return day;
}

static GtkWidget *
selected_cell (HubrotaMonthCalendar *self)
{
  guint cell = g_date_days_between (&self->first_shown, &self->selected);

  g_assert (cell < N_CELLS);
  return self->cells[cell];
}

/* The keyboard is on a day (and should follow the selection). */
static gboolean
has_focus_in_grid (HubrotaMonthCalendar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->grid));
}

static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

static void
show_cell (HubrotaMonthCalendar *self,
           guint                 cell,
           const GDate          *today)
{
  GtkWidget *button = self->cells[cell];
  GDate day = cell_day (self, cell);
  g_autofree char *number = g_strdup_printf ("%u", g_date_get_day (&day));
  g_autofree char *label = describe_day (&day);
  gboolean other_month = g_date_get_month (&day) != g_date_get_month (&self->selected);
  gboolean is_today = g_date_compare (&day, today) == 0;
  gboolean selected = g_date_compare (&day, &self->selected) == 0;

  gtk_label_set_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), number);
  /* The marks GTK styles (Adwaita's classes), and plain ones saying what the day is. Buttons
   * are bold in Adwaita: only today's number is, so it stands out. */
  set_class (button, "flat", !selected);
  set_class (button, "suggested-action", selected);
  set_class (button, "selected", selected);
  set_class (button, "accent", is_today && !selected);
  set_class (gtk_button_get_child (GTK_BUTTON (button)), "heading", is_today);
  set_class (gtk_button_get_child (GTK_BUTTON (button)), "body", !is_today);
  set_class (button, "today", is_today);
  set_class (button, "dim-label", other_month && !selected);
  set_class (button, "other-month", other_month);
  gtk_widget_set_focusable (button, selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_SELECTED, selected,
                               -1);
  if (is_today)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    _("Today"), -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The selected day's month, from the Monday on or before its first day. */
static void
show_month (HubrotaMonthCalendar *self)
{
  /* Translators: the month on show, e.g. "December 2026"; %OB is the month's name on its own */
  g_autofree char *title = format_day (&self->selected, _("%OB %Y"));
  GDate today;

  self->first_shown = self->selected;
  g_date_set_day (&self->first_shown, 1);
  hubrota_date_to_monday (&self->first_shown);
  hubrota_london_today (&today);
  gtk_label_set_label (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  for (guint cell = 0; cell < N_CELLS; cell++)
    show_cell (self, cell, &today);
}

static void
select_day (HubrotaMonthCalendar *self,
            const GDate          *day)
{
  gboolean follow = has_focus_in_grid (self);

  if (!in_range (day))
    return;
  self->selected = *day;
  show_month (self);
  if (follow)
    gtk_widget_grab_focus (selected_cell (self));
}

/* Signal callbacks */

static void
on_day_clicked (HubrotaMonthCalendar *self,
                GtkWidget            *button)
{
  for (guint cell = 0; cell < N_CELLS; cell++)
    if (self->cells[cell] == button)
      {
        GDate day = cell_day (self, cell);

        select_day (self, &day);
        g_signal_emit (self, signals[DAY_SELECTED], 0);
        return;
      }
}

static void
move_day_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HubrotaMonthCalendar *self = HUBROTA_MONTH_CALENDAR (widget);
  int days = g_variant_get_int32 (parameter);
  GDate day = self->selected;

  if (days >= 0)
    g_date_add_days (&day, days);
  else
    g_date_subtract_days (&day, -days);
  select_day (self, &day);
}

/* The same day of the other month, or its last day when it is shorter. */
static void
move_month_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HubrotaMonthCalendar *self = HUBROTA_MONTH_CALENDAR (widget);
  int months = g_variant_get_int32 (parameter);
  GDate day = self->selected;

  if (months >= 0)
    g_date_add_months (&day, months);
  else
    g_date_subtract_months (&day, -months);
  select_day (self, &day);
}

/* Overrides */

static gboolean
hubrota_month_calendar_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (selected_cell (HUBROTA_MONTH_CALENDAR (widget)));
}

/* Today may have changed since the calendar was last on screen (a popover kept overnight). */
static void
hubrota_month_calendar_map (GtkWidget *widget)
{
  show_month (HUBROTA_MONTH_CALENDAR (widget));
  GTK_WIDGET_CLASS (hubrota_month_calendar_parent_class)->map (widget);
}

static void
hubrota_month_calendar_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_MONTH_CALENDAR);
  /* The header is not bound, so disposing the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hubrota_month_calendar_parent_class)->dispose (object);
}

static void
add_move_keys (GtkWidgetClass *widget_class,
               guint           keyval,
               guint           keypad_keyval,
               const char     *action,
               int             step)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, action, "i", step);
  gtk_widget_class_add_binding_action (widget_class, keypad_keyval, 0, action, "i", step);
}

static void
hubrota_month_calendar_class_init (HubrotaMonthCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_month_calendar_dispose;
  widget_class->grab_focus = hubrota_month_calendar_grab_focus;
  widget_class->map = hubrota_month_calendar_map;

  /**
   * HubrotaMonthCalendar::day-selected:
   *
   * Emitted once when a person picks a day, as GtkCalendar's signal of that name; read it
   * with hubrota_month_calendar_get_date().
   */
  signals[DAY_SELECTED] = g_signal_new ("day-selected", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/hubrota/Hubrota/hubrota-month-calendar.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaMonthCalendar, title_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaMonthCalendar, grid);

  gtk_widget_class_install_action (widget_class, "calendar.move-day", "i", move_day_cb);
  gtk_widget_class_install_action (widget_class, "calendar.move-month", "i", move_month_cb);
  /* Only a day takes the keyboard, so these act on the selection and nothing else. */
  add_move_keys (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, "calendar.move-day", -1);
  add_move_keys (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, "calendar.move-day", 1);
  add_move_keys (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, "calendar.move-day", -7);
  add_move_keys (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, "calendar.move-day", 7);
  add_move_keys (widget_class, GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, "calendar.move-month", -1);
  add_move_keys (widget_class, GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, "calendar.move-month", 1);

  gtk_widget_class_set_css_name (widget_class, "monthcalendar");
}

static void
add_weekday_labels (HubrotaMonthCalendar *self)
{
  GDate monday;

  /* 1 January 2024 was a Monday. */
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 1, G_DATE_JANUARY, 2024);
  for (guint column = 0; column < N_COLUMNS; column++)
    {
      g_autofree char *name = format_day (&monday, "%a");
      GtkWidget *label = gtk_label_new (name);

      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_grid_attach (self->grid, label, column, 0, 1, 1);
      self->weekdays[column] = GTK_LABEL (label);
      g_date_add_days (&monday, 1);
    }
}

static void
add_day_buttons (HubrotaMonthCalendar *self)
{
  for (guint cell = 0; cell < N_CELLS; cell++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *number = gtk_label_new (NULL);

      gtk_widget_add_css_class (number, "numeric");
      gtk_button_set_child (GTK_BUTTON (button), number);
      gtk_widget_add_css_class (button, "circular");
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_day_clicked), self);
      gtk_grid_attach (self->grid, button, cell % N_COLUMNS, 1 + cell / N_COLUMNS, 1, 1);
      self->cells[cell] = button;
    }
}

static void
hubrota_month_calendar_init (HubrotaMonthCalendar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_weekday_labels (self);
  add_day_buttons (self);
  hubrota_london_today (&self->selected);
  show_month (self);
}

/* Public API */

GtkWidget *
hubrota_month_calendar_new (void)
{
  return g_object_new (HUBROTA_TYPE_MONTH_CALENDAR, NULL);
}

void
hubrota_month_calendar_select_day (HubrotaMonthCalendar *self,
                                   GDateTime            *date)
{
  GDate day;

  g_return_if_fail (HUBROTA_IS_MONTH_CALENDAR (self));
  g_return_if_fail (date != NULL);

  hubrota_date_from_datetime (&day, date);
  hubrota_month_calendar_set_day (self, &day);
}

GDateTime *
hubrota_month_calendar_get_date (HubrotaMonthCalendar *self)
{
  g_return_val_if_fail (HUBROTA_IS_MONTH_CALENDAR (self), NULL);

  return hubrota_date_to_datetime (&self->selected);
}

void
hubrota_month_calendar_get_day (HubrotaMonthCalendar *self,
                                GDate                *out_day)
{
  g_return_if_fail (HUBROTA_IS_MONTH_CALENDAR (self));
  g_return_if_fail (out_day != NULL);

  *out_day = self->selected;
}

void
hubrota_month_calendar_set_day (HubrotaMonthCalendar *self,
                                const GDate          *day)
{
  g_return_if_fail (HUBROTA_IS_MONTH_CALENDAR (self));
  g_return_if_fail (day != NULL && in_range (day));

  select_day (self, day);
}

/* For the tests (hubrota-month-calendar-private.h) */

GtkWidget *
_hubrota_month_calendar_get_cell (HubrotaMonthCalendar *self,
                                  guint                 row,
                                  guint                 column,
                                  GDate                *out_day)
{
  guint cell = row * N_COLUMNS + column;

  g_assert (row < HUBROTA_MONTH_CALENDAR_ROWS && column < N_COLUMNS);
  if (out_day != NULL)
    *out_day = cell_day (self, cell);
  return self->cells[cell];
}

char *
_hubrota_month_calendar_describe (HubrotaMonthCalendar *self,
                                  guint                 row,
                                  guint                 column)
{
  GDate day;

  _hubrota_month_calendar_get_cell (self, row, column, &day);
  return describe_day (&day);
}

const char *
_hubrota_month_calendar_get_weekday (HubrotaMonthCalendar *self,
                                     guint                 column)
{
  g_assert (column < N_COLUMNS);
  return gtk_label_get_label (self->weekdays[column]);
}

const char *
_hubrota_month_calendar_get_title (HubrotaMonthCalendar *self)
{
  return gtk_label_get_label (self->title_label);
}
