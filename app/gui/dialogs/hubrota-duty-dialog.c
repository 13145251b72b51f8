/* hubrota-duty-dialog.c: adding or changing an officer's shift pattern or rotating roster
 *
 * What `hubrota-cli duty add` and `duty edit` do, for a coordinator who would rather not type
 * RRULEs. A shift pattern: a first day, the hours (an end before the start is a night shift)
 * and how it repeats. A rotating roster: the day its cycle starts, the hours of its Early,
 * Late, Night and Long day shifts, and for each day of the cycle one of them or rest, with
 * presets for the patterns UK forces use most.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaDutyDialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hubrota-dialog-util.h"
#include "hubrota-duty-dialog-internal.h"
#include "hubrota-format.h"

G_DEFINE_FINAL_TYPE (HubrotaDutyDialog, hubrota_duty_dialog, HUBROTA_TYPE_FORM_DIALOG)

/* Minutes after midnight, or -1. */
static int
row_minutes (AdwEntryRow *row)
{
  int minutes;

  return hubrota_parse_clock (_hubrota_duty_dialog_row_text (row), &minutes) ? minutes : -1;
}

/* The weekly shift pattern */

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
  if (self->kept_rrule != NULL)
    return 0;
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

  if (self->kept_rrule != NULL)
    return g_strdup (self->kept_rrule);
  if (repeat == HUBROTA_REPEAT_ONCE)
    return NULL;
  if (repeat == HUBROTA_REPEAT_DAILY)
    return g_strdup ("FREQ=DAILY");
  return hubrota_format_weekly_rrule (repeat_days (self),
                                      (guint) gtk_spin_button_get_value_as_int (self->weeks));
}

/* The first day of the pattern on or after the day chosen, at its start time, or NULL with
 * what is wrong with that time: a pattern starts on one of its own days, as the store
 * requires, and (as `duty add --start`) not at a time the clocks skip or show twice. */
static GDateTime *
first_shift (HubrotaDutyDialog  *self,
             GDate              *day,
             const char        **out_problem)
{
  guint mask = repeat_days (self);

  for (int i = 0; i < 7 && mask != 0; i++, g_date_add_days (day, 1))
    if (mask & (1u << (g_date_get_weekday (day) - G_DATE_MONDAY)))
      break;
  return hubrota_parse_moment (day, _hubrota_duty_dialog_row_text (self->start), FALSE,
                               out_problem);
}

static const char *
check_pattern (HubrotaDutyDialog  *self,
               const char        **out_note)
{
  g_autoptr(GDate) day = hubrota_parse_day (_hubrota_duty_dialog_row_text (self->day));
  g_autoptr(GDateTime) first = NULL;
  const char *first_problem = NULL;
  int start = row_minutes (self->start);
  int end = row_minutes (self->end);
  guint repeat = adw_combo_row_get_selected (self->repeats);

  if (day != NULL && start >= 0)
    first = first_shift (self, day, &first_problem);
  hubrota_widget_set_css_class (GTK_WIDGET (self->day), "error", day == NULL);
  hubrota_widget_set_css_class (GTK_WIDGET (self->start), "error",
                                start < 0 || first_problem != NULL);
  hubrota_widget_set_css_class (GTK_WIDGET (self->end), "error", end < 0 || end == start);
  if (self->kept_rrule != NULL)
    *out_note = _("The rule was typed with hubrota-cli and is kept as it is; the first day and "
                  "the hours can change");
  else if (start >= 0 && end >= 0 && end < start)
    *out_note = _("A night shift: it ends the next morning");
  if (day == NULL)
    return _("The first day is a date like 2026-11-02");
  if (start < 0 || end < 0)
    return _("Times are like 08:00 or 16:30");
  if (end == start)
    return _("A shift must end at another time than it starts");
  if (self->kept_rrule == NULL && repeat == HUBROTA_REPEAT_CHOSEN_DAYS && chosen_days (self) == 0)
    return _("Choose at least one day");
  return first_problem;
}

static HubrotaDuty *
build_pattern (HubrotaDutyDialog *self)
{
  g_autoptr(GDate) day = hubrota_parse_day (_hubrota_duty_dialog_row_text (self->day));
  const char *problem;
  /* check_pattern() has passed, so there is a first shift. */
  g_autoptr(GDateTime) start = first_shift (self, day, &problem);
  g_autofree char *rrule = build_rrule (self);
  int minutes = row_minutes (self->end) - row_minutes (self->start);

  if (minutes < 0)
    minutes += 24 * 60;
  return hubrota_duty_new (hubrota_officer_get_id (self->officer), start, minutes, rrule);
}

/* Filling the form from a stored pattern */

static void
fill_pattern (HubrotaDutyDialog *self,
              HubrotaDuty       *duty)
{
  GDateTime *start = hubrota_duty_get_start (duty);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start,
                                                      hubrota_duty_get_duration_minutes (duty));
  const char *rrule = hubrota_duty_get_rrule (duty);
  g_autoptr(HubrotaPattern) pattern = rrule != NULL ? hubrota_pattern_new_from_rrule (rrule, start)
                                                    : NULL;
  g_autofree char *day = g_date_time_format (start, "%Y-%m-%d");
  g_autofree char *from = g_date_time_format (start, "%H:%M");
  g_autofree char *to = g_date_time_format (end, "%H:%M");
  HubrotaRepeat repeat = HUBROTA_REPEAT_CHOSEN_DAYS;

  if (rrule == NULL)
    repeat = HUBROTA_REPEAT_ONCE;
  else if (g_strcmp0 (rrule, "FREQ=DAILY") == 0)
    repeat = HUBROTA_REPEAT_DAILY;
  else if (pattern == NULL || pattern->kind != HUBROTA_PATTERN_WEEKLY ||
           pattern->end != HUBROTA_PATTERN_END_NEVER)
    self->kept_rrule = g_strdup (rrule);
  else if (pattern->weekdays == HUBROTA_WEEKDAYS_MASK)
    repeat = HUBROTA_REPEAT_WEEKDAYS;
  _hubrota_duty_dialog_fill (self, day, from, to, repeat,
                             pattern != NULL ? pattern->weekdays : 0,
                             pattern != NULL ? (guint) pattern->interval : 1);
  adw_action_row_set_subtitle (self->kept_row, rrule != NULL ? rrule : "");
}

/* The form dialog's check and store */

static void
show_kind (HubrotaDutyDialog *self)
{
  gboolean roster = _hubrota_duty_dialog_is_roster (self);
  guint repeat = adw_combo_row_get_selected (self->repeats);
  gboolean weekly = repeat == HUBROTA_REPEAT_WEEKDAYS || repeat == HUBROTA_REPEAT_CHOSEN_DAYS;
  gboolean shown_rule = !roster && self->kept_rrule == NULL;
  const char *title = roster ? _("Day 1 of the cycle (YYYY-MM-DD)") : _("First day (YYYY-MM-DD)");

  AdwPreferencesGroup *group = hubrota_form_dialog_get_group (HUBROTA_FORM_DIALOG (self));
  const char *description = roster ? _("Days that repeat in a cycle, each a shift or rest")
                                   : _("An end before the start is a night shift that ends the "
                                       "next morning");

  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->day)), title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->day), title);
  if (g_strcmp0 (adw_preferences_group_get_description (group), description) != 0)
    adw_preferences_group_set_description (group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->start), !roster);
  gtk_widget_set_visible (GTK_WIDGET (self->end), !roster);
  gtk_widget_set_visible (GTK_WIDGET (self->repeats), shown_rule);
  gtk_widget_set_visible (GTK_WIDGET (self->kept_row), !roster && self->kept_rrule != NULL);
  gtk_widget_set_visible (self->days_row, shown_rule && repeat == HUBROTA_REPEAT_CHOSEN_DAYS);
  gtk_widget_set_visible (self->weeks_row, shown_rule && weekly);
  gtk_widget_set_visible (self->roster_box, roster);
  if (self->editing == NULL)
    gtk_window_set_title (GTK_WINDOW (self), roster ? _("Add Roster") : _("Add Shift Pattern"));
  /* Room for the presets, the shifts and the first days, once. */
  if (roster && !self->enlarged)
    {
      self->enlarged = TRUE;
      gtk_window_set_default_size (GTK_WINDOW (self), 520, 760);
    }
}

static const char *
hubrota_duty_dialog_check (HubrotaFormDialog  *dialog,
                           const char        **out_note)
{
  HubrotaDutyDialog *self = HUBROTA_DUTY_DIALOG (dialog);

  show_kind (self);
  return _hubrota_duty_dialog_is_roster (self) ? _hubrota_duty_dialog_check_roster (self, out_note) : check_pattern (self, out_note);
}

static gboolean
hubrota_duty_dialog_store (HubrotaFormDialog  *dialog,
                           GError            **error)
{
  HubrotaDutyDialog *self = HUBROTA_DUTY_DIALOG (dialog);
  g_autoptr(HubrotaDuty) duty = _hubrota_duty_dialog_is_roster (self) ? _hubrota_duty_dialog_build_roster (self) : build_pattern (self);

  if (self->editing == NULL)
    return hubrota_store_add_duty (self->store, duty, error) > 0;
  hubrota_duty_set_id (duty, hubrota_duty_get_id (self->editing));
  return hubrota_store_update_duty (self->store, duty, error);
}

/* Making the rows */

static GtkWidget *
make_days_row (HubrotaDutyDialog *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  /* One context a day: Tuesday and Thursday share an initial in English, not in Polish. */
  static const char *const contexts[7] = {
    "Monday, initial", "Tuesday, initial", "Wednesday, initial", "Thursday, initial",
    "Friday, initial", "Saturday, initial", "Sunday, initial",
  };
  static const char *const initials[7] = {
    NC_("Monday, initial", "M"), NC_("Tuesday, initial", "T"), NC_("Wednesday, initial", "W"),
    NC_("Thursday, initial", "T"), NC_("Friday, initial", "F"), NC_("Saturday, initial", "S"),
    NC_("Sunday, initial", "S"),
  };

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Days"));
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint d = 0; d < 7; d++)
    {
      const char *initial = g_dpgettext2 (GETTEXT_PACKAGE, contexts[d], initials[d]);
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

GtkSpinButton *
_hubrota_duty_dialog_make_spin_row (HubrotaDutyDialog *self,
               GtkWidget        **out_row,
               const char        *title,
               int                max)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, max, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  *out_row = row;
  return GTK_SPIN_BUTTON (spin);
}

static void
add_rows (HubrotaDutyDialog *self)
{
  HubrotaFormDialog *dialog = HUBROTA_FORM_DIALOG (self);
  AdwPreferencesGroup *group = hubrota_form_dialog_get_group (dialog);
  const char *const repeats[] = {
    _("Once"), _("Every day"), _("Monday to Friday"), _("Chosen days"), NULL,
  };
  const char *const kinds[] = { _("Shift pattern"), _("Rotating roster"), NULL };
  g_autoptr(GtkStringList) kind_model = gtk_string_list_new (kinds);
  g_autofree char *today = hubrota_format_days_ahead (0);
  g_autofree char *who = hubrota_format_officer (self->officer);

  adw_preferences_group_set_title (group, who);
  /* Not the first field: the keyboard starts in the first day, as it always has. */
  self->kind = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind), _("Duty"));
  adw_combo_row_set_model (self->kind, G_LIST_MODEL (kind_model));
  g_signal_connect_swapped (self->kind, "notify::selected", G_CALLBACK (hubrota_form_dialog_check),
                            self);
  adw_preferences_group_add (group, GTK_WIDGET (self->kind));
  self->day = hubrota_form_dialog_add_entry (dialog, _("First day (YYYY-MM-DD)"), today);
  self->start = hubrota_form_dialog_add_entry (dialog, _("Starts (HH:MM)"), "08:00");
  self->end = hubrota_form_dialog_add_entry (dialog, _("Ends (HH:MM)"), "16:00");
  self->repeats = hubrota_form_dialog_add_combo (dialog, _("Repeats"), repeats);
  adw_combo_row_set_selected (self->repeats, HUBROTA_REPEAT_WEEKDAYS);
  self->kept_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kept_row), _("Repeats"));
  adw_preferences_group_add (group, GTK_WIDGET (self->kept_row));
  self->days_row = make_days_row (self);
  adw_preferences_group_add (group, self->days_row);
  self->weeks = _hubrota_duty_dialog_make_spin_row (self, &self->weeks_row, _("Every how many weeks"), 8);
  adw_preferences_group_add (group, self->weeks_row);
  _hubrota_duty_dialog_make_roster_groups (self);
}

static void
hubrota_duty_dialog_dispose (GObject *object)
{
  HubrotaDutyDialog *self = HUBROTA_DUTY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->officer);
  g_clear_object (&self->editing);
  g_clear_object (&self->shift_names);

  G_OBJECT_CLASS (hubrota_duty_dialog_parent_class)->dispose (object);
}

static void
hubrota_duty_dialog_finalize (GObject *object)
{
  HubrotaDutyDialog *self = HUBROTA_DUTY_DIALOG (object);

  g_ptr_array_unref (self->day_rows);
  g_free (self->kept_rrule);
  g_free (self->problem);
  g_free (self->summary);

  G_OBJECT_CLASS (hubrota_duty_dialog_parent_class)->finalize (object);
}

static void
hubrota_duty_dialog_class_init (HubrotaDutyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  HubrotaFormDialogClass *form_class = HUBROTA_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hubrota_duty_dialog_dispose;
  object_class->finalize = hubrota_duty_dialog_finalize;
  form_class->check = hubrota_duty_dialog_check;
  form_class->store = hubrota_duty_dialog_store;
}

static void
hubrota_duty_dialog_init (HubrotaDutyDialog *self)
{
  self->day_rows = g_ptr_array_new ();
}

static HubrotaDutyDialog *
duty_dialog_new (GtkWindow      *parent,
                 HubrotaStore   *store,
                 HubrotaOfficer *officer,
                 HubrotaDuty    *editing)
{
  const char *title = editing == NULL ? _("Add Shift Pattern")
                      : hubrota_duty_is_roster (editing) ? _("Edit Roster")
                      : _("Edit Shift Pattern");
  HubrotaDutyDialog *self = g_object_new (HUBROTA_TYPE_DUTY_DIALOG, "transient-for", parent,
                                          "title", title, NULL);

  self->store = g_object_ref (store);
  self->officer = g_object_ref (officer);
  g_set_object (&self->editing, editing);
  add_rows (self);
  if (editing != NULL && hubrota_duty_is_roster (editing))
    _hubrota_duty_dialog_fill_roster_from (self, editing);
  else if (editing != NULL)
    fill_pattern (self, editing);
  if (editing != NULL)
    hubrota_form_dialog_set_add_label (HUBROTA_FORM_DIALOG (self), _("_Save"));
  hubrota_form_dialog_finish (HUBROTA_FORM_DIALOG (self));
  /* After finish, so the line saying what is wrong stays under the rows above. */
  adw_preferences_group_add (hubrota_form_dialog_get_group (HUBROTA_FORM_DIALOG (self)),
                             self->roster_box);
  hubrota_form_dialog_check (HUBROTA_FORM_DIALOG (self));
  return self;
}

GtkWidget *
hubrota_duty_dialog_new (GtkWindow      *parent,
                         HubrotaStore   *store,
                         HubrotaOfficer *officer)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer), NULL);

  return GTK_WIDGET (duty_dialog_new (parent, store, officer, NULL));
}

GtkWidget *
hubrota_duty_dialog_new_for_duty (GtkWindow      *parent,
                                  HubrotaStore   *store,
                                  HubrotaOfficer *officer,
                                  HubrotaDuty    *duty)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer), NULL);
  g_return_val_if_fail (HUBROTA_IS_DUTY (duty), NULL);

  return GTK_WIDGET (duty_dialog_new (parent, store, officer, duty));
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

void
_hubrota_duty_dialog_set_roster (HubrotaDutyDialog *self,
                                 gboolean           roster)
{
  adw_combo_row_set_selected (self->kind, roster ? KIND_ROSTER : KIND_PATTERN);
}
