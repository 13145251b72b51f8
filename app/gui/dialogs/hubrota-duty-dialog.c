/* hubrota-duty-dialog.c: adding a shift pattern (or one shift) to an officer
 *
 * What `hubrota-cli duty add` does, for a coordinator who would rather not type RRULEs: a
 * first day, the hours (an end before the start is a night shift) and how it repeats.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaDutyDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-duty-dialog-private.h"
#include "hubrota-format.h"

struct _HubrotaDutyDialog
{
  HubrotaFormDialog  parent_instance;

  HubrotaStore      *store;
  HubrotaOfficer    *officer;
  AdwEntryRow       *day;
  AdwEntryRow       *start;
  AdwEntryRow       *end;
  AdwComboRow       *repeats;
  GtkWidget         *days_row;
  GtkToggleButton   *days[7];
  GtkWidget         *weeks_row;
  GtkSpinButton     *weeks;
};

G_DEFINE_FINAL_TYPE (HubrotaDutyDialog, hubrota_duty_dialog, HUBROTA_TYPE_FORM_DIALOG)

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Minutes after midnight, or -1. */
static int
row_minutes (AdwEntryRow *row)
{
  int minutes;

  return hubrota_parse_clock (row_text (row), &minutes) ? minutes : -1;
}

static guint
chosen_days (HubrotaDutyDialog *self)
{
  guint mask = 0;

  for (guint d = 0; d < 7; d++)
    if (gtk_toggle_button_get_active (self->days[d]))
      mask |= 1u << d;
  return mask;
}

static guint
repeat_days (HubrotaDutyDialog *self)
{
  switch (adw_combo_row_get_selected (self->repeats))
    {
    case HUBROTA_REPEAT_WEEKDAYS:
      return HUBROTA_WEEKDAYS_MASK;
    case HUBROTA_REPEAT_CHOSEN_DAYS:
      return chosen_days (self);
    default:
      return 0;
    }
}

/* The RRULE `duty add --rrule` would be given for the choices, NULL for a single shift. */
static char *
build_rrule (HubrotaDutyDialog *self)
{
  guint repeat = adw_combo_row_get_selected (self->repeats);

  if (repeat == HUBROTA_REPEAT_ONCE)
    return NULL;
  if (repeat == HUBROTA_REPEAT_DAILY)
    return g_strdup ("FREQ=DAILY");
  return hubrota_format_weekly_rrule (repeat_days (self),
                                      (guint) gtk_spin_button_get_value_as_int (self->weeks));
}

static const char *
hubrota_duty_dialog_check (HubrotaFormDialog  *dialog,
                           const char        **out_note)
{
  HubrotaDutyDialog *self = HUBROTA_DUTY_DIALOG (dialog);
  g_autoptr(GDateTime) first = hubrota_parse_moment (row_text (self->day), "00:00");
  int start = row_minutes (self->start);
  int end = row_minutes (self->end);
  guint repeat = adw_combo_row_get_selected (self->repeats);

  hubrota_widget_set_css_class (GTK_WIDGET (self->day), "error", first == NULL);
  hubrota_widget_set_css_class (GTK_WIDGET (self->start), "error", start < 0);
  hubrota_widget_set_css_class (GTK_WIDGET (self->end), "error", end < 0 || end == start);
  gtk_widget_set_visible (self->days_row, repeat == HUBROTA_REPEAT_CHOSEN_DAYS);
  gtk_widget_set_visible (self->weeks_row, repeat == HUBROTA_REPEAT_WEEKDAYS ||
                                           repeat == HUBROTA_REPEAT_CHOSEN_DAYS);
  if (start >= 0 && end >= 0 && end < start)
    *out_note = _("A night shift: it ends the next morning");
  if (first == NULL)
    return _("The first day is a date like 2026-11-02");
  if (start < 0 || end < 0)
    return _("Times are like 08:00 or 16:30");
  if (end == start)
    return _("A shift must end at another time than it starts");
  if (repeat == HUBROTA_REPEAT_CHOSEN_DAYS && chosen_days (self) == 0)
    return _("Choose at least one day");
  return NULL;
}

/* The first day of the pattern on or after the day chosen: a pattern starts on one of its
 * own days, as the store requires. */
static GDateTime *
first_shift (HubrotaDutyDialog *self)
{
  g_autoptr(GDateTime) start = hubrota_parse_moment (row_text (self->day),
                                                     row_text (self->start));
  guint mask = repeat_days (self);

  for (int i = 0; i < 7 && mask != 0; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (start, i);
      if (mask & (1u << (g_date_time_get_day_of_week (day) - 1)))
        return g_steal_pointer (&day);
    }
  return g_steal_pointer (&start);
}

static gboolean
hubrota_duty_dialog_store (HubrotaFormDialog  *dialog,
                           GError            **error)
{
  HubrotaDutyDialog *self = HUBROTA_DUTY_DIALOG (dialog);
  g_autoptr(GDateTime) start = first_shift (self);
  g_autofree char *rrule = build_rrule (self);
  int minutes = row_minutes (self->end) - row_minutes (self->start);
  g_autoptr(HubrotaDuty) duty = NULL;

  if (minutes < 0)
    minutes += 24 * 60;
  duty = hubrota_duty_new (hubrota_officer_get_id (self->officer), start, minutes, rrule);
  return hubrota_store_add_duty (self->store, duty, error) > 0;
}

static GtkWidget *
make_days_row (HubrotaDutyDialog *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  static const char *const initials[7] = {
    NC_("weekday initial", "M"), NC_("weekday initial", "T"), NC_("weekday initial", "W"),
    NC_("weekday initial", "T"), NC_("weekday initial", "F"), NC_("weekday initial", "S"),
    NC_("weekday initial", "S"),
  };

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Days"));
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint d = 0; d < 7; d++)
    {
      const char *initial = g_dpgettext2 (GETTEXT_PACKAGE, "weekday initial", initials[d]);
      const char *day = hubrota_format_weekday (d);
      GtkWidget *toggle = gtk_toggle_button_new_with_label (initial);

      gtk_widget_set_tooltip_text (toggle, day);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, day,
                                      -1);
      g_signal_connect_swapped (toggle, "toggled", G_CALLBACK (hubrota_form_dialog_check), self);
      self->days[d] = GTK_TOGGLE_BUTTON (toggle);
      gtk_box_append (GTK_BOX (box), toggle);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

static GtkWidget *
make_weeks_row (HubrotaDutyDialog *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, 8, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Every how many weeks"));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Every how many weeks"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  self->weeks = GTK_SPIN_BUTTON (spin);
  return row;
}

static void
add_rows (HubrotaDutyDialog *self)
{
  HubrotaFormDialog *dialog = HUBROTA_FORM_DIALOG (self);
  AdwPreferencesGroup *group = hubrota_form_dialog_get_group (dialog);
  const char *const repeats[] = {
    _("Once"), _("Every day"), _("Monday to Friday"), _("Chosen days"), NULL,
  };
  g_autofree char *today = hubrota_format_days_ahead (0);
  g_autofree char *who = hubrota_format_officer (self->officer);

  adw_preferences_group_set_title (group, who);
  adw_preferences_group_set_description (group,
                                         _("An end before the start is a night shift that ends "
                                           "the next morning"));
  self->day = hubrota_form_dialog_add_entry (dialog, _("First day (YYYY-MM-DD)"), today);
  self->start = hubrota_form_dialog_add_entry (dialog, _("Starts (HH:MM)"), "08:00");
  self->end = hubrota_form_dialog_add_entry (dialog, _("Ends (HH:MM)"), "16:00");
  self->repeats = hubrota_form_dialog_add_combo (dialog, _("Repeats"), repeats);
  adw_combo_row_set_selected (self->repeats, HUBROTA_REPEAT_WEEKDAYS);
  self->days_row = make_days_row (self);
  adw_preferences_group_add (group, self->days_row);
  self->weeks_row = make_weeks_row (self);
  adw_preferences_group_add (group, self->weeks_row);
  hubrota_form_dialog_finish (dialog);
}

static void
hubrota_duty_dialog_dispose (GObject *object)
{
  HubrotaDutyDialog *self = HUBROTA_DUTY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->officer);

  G_OBJECT_CLASS (hubrota_duty_dialog_parent_class)->dispose (object);
}

static void
hubrota_duty_dialog_class_init (HubrotaDutyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  HubrotaFormDialogClass *form_class = HUBROTA_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hubrota_duty_dialog_dispose;
  form_class->check = hubrota_duty_dialog_check;
  form_class->store = hubrota_duty_dialog_store;
}

static void
hubrota_duty_dialog_init (HubrotaDutyDialog *self)
{
}

GtkWidget *
hubrota_duty_dialog_new (GtkWindow      *parent,
                         HubrotaStore   *store,
                         HubrotaOfficer *officer)
{
  HubrotaDutyDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer), NULL);

  self = g_object_new (HUBROTA_TYPE_DUTY_DIALOG, "transient-for", parent,
                       "title", _("Add Shift Pattern"), NULL);
  self->store = g_object_ref (store);
  self->officer = g_object_ref (officer);
  add_rows (self);
  return GTK_WIDGET (self);
}

/* For the tests (hubrota-duty-dialog-private.h) */

void
_hubrota_duty_dialog_fill (HubrotaDutyDialog *self,
                           const char        *first_day,
                           const char        *start_time,
                           const char        *end_time,
                           HubrotaRepeat      repeat,
                           guint              weekdays,
                           guint              every_weeks)
{
  gtk_editable_set_text (GTK_EDITABLE (self->day), first_day);
  gtk_editable_set_text (GTK_EDITABLE (self->start), start_time);
  gtk_editable_set_text (GTK_EDITABLE (self->end), end_time);
  adw_combo_row_set_selected (self->repeats, repeat);
  for (guint d = 0; d < 7; d++)
    gtk_toggle_button_set_active (self->days[d], (weekdays & (1u << d)) != 0);
  gtk_spin_button_set_value (self->weeks, every_weeks);
}
