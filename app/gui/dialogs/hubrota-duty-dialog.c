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
#include "hubrota-duty-dialog-private.h"
#include "hubrota-duty-private.h"
#include "hubrota-format.h"

enum { KIND_PATTERN, KIND_ROSTER };

struct _HubrotaDutyDialog
{
  HubrotaFormDialog    parent_instance;

  HubrotaStore        *store;
  HubrotaOfficer      *officer;
  HubrotaDuty         *editing;          /* the duty being changed; NULL when adding one */
  char                *kept_rrule;       /* a rule the form cannot show (typed with the CLI) */
  gboolean             too_many_shifts;  /* a roster with more kinds of shift than the form */
  char                *problem;
  char                *summary;
  AdwComboRow         *kind;
  AdwEntryRow         *day;
  AdwEntryRow         *start;
  AdwEntryRow         *end;
  AdwComboRow         *repeats;
  AdwActionRow        *kept_row;
  GtkWidget           *days_row;
  GtkToggleButton     *days[7];
  GtkWidget           *weeks_row;
  GtkSpinButton       *weeks;
  GtkWidget           *roster_box;       /* the roster's groups, under the rows above */
  AdwActionRow        *shift_rows[HUBROTA_ROSTER_N_SHIFTS];
  GtkEditable         *shift_start[HUBROTA_ROSTER_N_SHIFTS];
  GtkEditable         *shift_length[HUBROTA_ROSTER_N_SHIFTS];
  GtkButton           *preset_buttons[HUBROTA_ROSTER_N_PRESETS];
  AdwPreferencesGroup *cycle_group;
  GtkSpinButton       *cycle_days;
  GtkStringList       *shift_names;      /* what each day's row offers */
  GPtrArray           *day_rows;         /* AdwComboRow, one a day of the cycle */
};

G_DEFINE_FINAL_TYPE (HubrotaDutyDialog, hubrota_duty_dialog, HUBROTA_TYPE_FORM_DIALOG)

/* In HubrotaRosterShift order; the letters are the tests' shorthand. */
static const char *const shift_names[] = {
  N_("Early"), N_("Late"), N_("Night"), N_("Long day"), N_("Rest"),
};
static const char shift_letters[] = "ELNDR";
static const char *const default_starts[] = { "07:00", "14:00", "22:00", "07:00" };
static const char *const default_lengths[] = { "10h", "10h", "10h", "12h" };

typedef struct
{
  const char *title;
  const char *subtitle;
  const char *days;                                 /* letters, as in shift_letters */
  const char *starts[HUBROTA_ROSTER_N_SHIFTS];
  const char *lengths[HUBROTA_ROSTER_N_SHIFTS];
  gboolean    from_monday;                          /* day 1 is a Monday */
} Preset;

static const Preset presets[HUBROTA_ROSTER_N_PRESETS] = {
  { N_("2 earlies, 2 lates, 2 nights, 4 rest"), N_("10-day response cycle of 10-hour shifts"),
    "EELLNNRRRR", { "07:00", "14:00", "22:00", "07:00" }, { "10h", "10h", "10h", "12h" },
    FALSE },
  { N_("2 long days, 2 nights, 4 rest"), N_("8-day cycle of 12-hour shifts (4 on, 4 off)"),
    "DDNNRRRR", { "07:00", "14:00", "19:00", "07:00" }, { "10h", "10h", "12h", "12h" }, FALSE },
  { N_("Neighbourhood, five weeks"),
    N_("Earlies Wednesday to Sunday and lates Monday to Friday, week about, from a Monday"),
    "RREEEEE" "LLLLLRR" "RREEEEE" "LLLLLRR" "RREEEEE",
    { "08:00", "14:00", "22:00", "07:00" }, { "8h", "8h", "10h", "12h" }, TRUE },
};

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
is_roster (HubrotaDutyDialog *self)
{
  return adw_combo_row_get_selected (self->kind) == KIND_ROSTER;
}

/* Minutes after midnight, or -1. */
static int
row_minutes (AdwEntryRow *row)
{
  int minutes;

  return hubrota_parse_clock (row_text (row), &minutes) ? minutes : -1;
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

static const char *
check_pattern (HubrotaDutyDialog  *self,
               const char        **out_note)
{
  g_autoptr(GDateTime) first = hubrota_parse_moment (row_text (self->day), "00:00");
  int start = row_minutes (self->start);
  int end = row_minutes (self->end);
  guint repeat = adw_combo_row_get_selected (self->repeats);

  hubrota_widget_set_css_class (GTK_WIDGET (self->day), "error", first == NULL);
  hubrota_widget_set_css_class (GTK_WIDGET (self->start), "error", start < 0);
  hubrota_widget_set_css_class (GTK_WIDGET (self->end), "error", end < 0 || end == start);
  if (self->kept_rrule != NULL)
    *out_note = _("The rule was typed with hubrota-cli and is kept as it is; the first day and "
                  "the hours can change");
  else if (start >= 0 && end >= 0 && end < start)
    *out_note = _("A night shift: it ends the next morning");
  if (first == NULL)
    return _("The first day is a date like 2026-11-02");
  if (start < 0 || end < 0)
    return _("Times are like 08:00 or 16:30");
  if (end == start)
    return _("A shift must end at another time than it starts");
  if (self->kept_rrule == NULL && repeat == HUBROTA_REPEAT_CHOSEN_DAYS && chosen_days (self) == 0)
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

static HubrotaDuty *
build_pattern (HubrotaDutyDialog *self)
{
  g_autoptr(GDateTime) start = first_shift (self);
  g_autofree char *rrule = build_rrule (self);
  int minutes = row_minutes (self->end) - row_minutes (self->start);

  if (minutes < 0)
    minutes += 24 * 60;
  return hubrota_duty_new (hubrota_officer_get_id (self->officer), start, minutes, rrule);
}

/* The rotating roster */

static guint
day_shift (HubrotaDutyDialog *self,
           guint              day)
{
  guint shift = adw_combo_row_get_selected (g_ptr_array_index (self->day_rows, day));

  return shift < HUBROTA_ROSTER_N_SHIFTS ? shift : HUBROTA_ROSTER_REST;
}

/* The shift's start and length as typed, each marked when it is wrong; FALSE if either is. */
static gboolean
read_shift (HubrotaDutyDialog *self,
            guint              shift,
            int               *out_start,
            int               *out_minutes)
{
  g_autofree char *length = g_strstrip (g_strdup (gtk_editable_get_text (self->shift_length[shift])));
  gboolean start_ok = hubrota_parse_clock (gtk_editable_get_text (self->shift_start[shift]),
                                           out_start);
  gboolean length_ok = length[0] != '\0' &&
                       hubrota_london_parse_duration (length, out_minutes, NULL) &&
                       *out_minutes > 0 && *out_minutes <= 24 * 60;

  hubrota_widget_set_css_class (GTK_WIDGET (self->shift_start[shift]), "error", !start_ok);
  hubrota_widget_set_css_class (GTK_WIDGET (self->shift_length[shift]), "error", !length_ok);
  return start_ok && length_ok;
}

/* "07:00–17:00" under each shift's name, "22:00–08:00 the next morning" for a night. */
static void
show_shift_hours (HubrotaDutyDialog *self,
                  guint              shift,
                  gboolean           ok,
                  int                start,
                  int                minutes)
{
  g_autofree char *hours = NULL;
  int end = (start + minutes) % (24 * 60);

  if (!ok)
    hours = g_strdup (_("Start like 07:00, length like 10h or 8h30m"));
  else if (start + minutes > 24 * 60)
    /* Translators: a shift's hours when it ends the next day, e.g. "22:00–08:00 next day" */
    hours = g_strdup_printf (_("%02d:%02d–%02d:%02d next day"), start / 60, start % 60, end / 60,
                             end % 60);
  else
    hours = g_strdup_printf ("%02d:%02d–%02d:%02d", start / 60, start % 60, end / 60, end % 60);
  adw_action_row_set_subtitle (self->shift_rows[shift], hours);
}

/* "Mon 7 Dec" under each day of the first cycle. */
static void
show_day_dates (HubrotaDutyDialog *self,
                const GDate       *first)
{
  for (guint i = 0; i < self->day_rows->len; i++)
    {
      char text[32] = "";

      if (first != NULL)
        {
          GDate day = *first;
          g_date_add_days (&day, i);
          g_date_strftime (text, sizeof text, "%a %-d %b", &day);
        }
      adw_action_row_set_subtitle (g_ptr_array_index (self->day_rows, i), text);
    }
}

/* "10-day cycle: 6 shifts and 4 rest days, 42 h a week on average" */
static void
update_summary (HubrotaDutyDialog *self,
                guint              rest,
                int                minutes)
{
  guint n = self->day_rows->len;
  double weekly = minutes / 60.0 * 7 / n;
  g_autofree char *shifts = g_strdup_printf (ngettext ("%u shift", "%u shifts", n - rest), n - rest);
  g_autofree char *rests = g_strdup_printf (ngettext ("%u rest day", "%u rest days", rest), rest);
  g_autofree char *hours = g_strdup_printf (weekly == (int) weekly ? "%.0f" : "%.1f", weekly);

  g_free (self->summary);
  /* Translators: e.g. "10-day cycle: 6 shifts and 4 rest days, 42 h a week on average" */
  self->summary = g_strdup_printf (_("%u-day cycle: %s and %s, %s h a week on average"), n,
                                   shifts, rests, hours);
}

static const char *
set_problem (HubrotaDutyDialog *self,
             char              *problem)
{
  g_free (self->problem);
  self->problem = problem;
  return problem;
}

static const char *
check_roster (HubrotaDutyDialog  *self,
              const char        **out_note)
{
  g_autoptr(GDate) first = hubrota_parse_day (row_text (self->day));
  gboolean ok[HUBROTA_ROSTER_N_SHIFTS];
  int starts[HUBROTA_ROSTER_N_SHIFTS], lengths[HUBROTA_ROSTER_N_SHIFTS];
  guint used = 0, rest = 0;
  int minutes = 0;

  hubrota_widget_set_css_class (GTK_WIDGET (self->day), "error", first == NULL);
  for (guint s = 0; s < HUBROTA_ROSTER_N_SHIFTS; s++)
    {
      starts[s] = lengths[s] = 0;
      ok[s] = read_shift (self, s, &starts[s], &lengths[s]);
      show_shift_hours (self, s, ok[s], starts[s], lengths[s]);
    }
  for (guint d = 0; d < self->day_rows->len; d++)
    {
      guint shift = day_shift (self, d);
      if (shift == HUBROTA_ROSTER_REST)
        {
          rest++;
          continue;
        }
      used |= 1u << shift;
      minutes += ok[shift] ? lengths[shift] : 0;
    }
  show_day_dates (self, first);
  update_summary (self, rest, minutes);

  if (self->too_many_shifts)
    return _("This roster has more than four different shifts: change it with hubrota-cli "
             "duty edit");
  if (first == NULL)
    return _("Day 1 of the cycle is a date like 2026-12-07");
  for (guint s = 0; s < HUBROTA_ROSTER_N_SHIFTS; s++)
    if ((used & (1u << s)) && !ok[s])
      /* Translators: %s is a shift, "Early", "Late", "Night" or "Long day" */
      return set_problem (self, g_strdup_printf (_("The %s shift starts at a time like 07:00 and "
                                                   "lasts from 1 minute to 24 hours, like 10h "
                                                   "or 8h30m"), _(shift_names[s])));
  if (rest == self->day_rows->len)
    return _("Every day is a rest day: give at least one day a shift");
  *out_note = self->summary;
  return NULL;
}

static HubrotaDuty *
build_roster (HubrotaDutyDialog *self)
{
  g_autoptr(GDate) first = hubrota_parse_day (row_text (self->day));
  HubrotaDuty *roster = hubrota_duty_new_roster (hubrota_officer_get_id (self->officer), first,
                                                 self->day_rows->len);

  for (guint d = 0; d < self->day_rows->len; d++)
    {
      guint shift = day_shift (self, d);
      int start, minutes;

      if (shift != HUBROTA_ROSTER_REST && read_shift (self, shift, &start, &minutes))
        hubrota_duty_set_roster_shift (roster, d, start, minutes);
    }
  return roster;
}

static void
add_day_row (HubrotaDutyDialog *self)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autofree char *title = g_strdup_printf (_("Day %u"), self->day_rows->len + 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (self->shift_names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), HUBROTA_ROSTER_REST);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (hubrota_form_dialog_check), self);
  adw_preferences_group_add (self->cycle_group, row);
  g_ptr_array_add (self->day_rows, row);
}

/* The cycle as long as the Days spin button says: days added rest until chosen. */
static void
on_cycle_days_changed (HubrotaDutyDialog *self)
{
  guint n = (guint) gtk_spin_button_get_value_as_int (self->cycle_days);

  while (self->day_rows->len > n)
    {
      adw_preferences_group_remove (self->cycle_group,
                                    g_ptr_array_index (self->day_rows, self->day_rows->len - 1));
      g_ptr_array_set_size (self->day_rows, self->day_rows->len - 1);
    }
  while (self->day_rows->len < n)
    add_day_row (self);
  hubrota_form_dialog_check (HUBROTA_FORM_DIALOG (self));
}

static void
set_shift_text (HubrotaDutyDialog *self,
                guint              shift,
                const char        *start,
                const char        *length)
{
  gtk_editable_set_text (self->shift_start[shift], start);
  gtk_editable_set_text (self->shift_length[shift], length);
}

/* Day 1 and the days as letters (shift_letters); the cycle is as long as days. */
static void
set_days (HubrotaDutyDialog *self,
          const char        *days)
{
  gtk_spin_button_set_value (self->cycle_days, strlen (days));
  on_cycle_days_changed (self);   /* the value may have been that already */
  for (guint d = 0; days[d] != '\0'; d++)
    {
      const char *letter = strchr (shift_letters, days[d]);
      g_assert (letter != NULL);
      adw_combo_row_set_selected (g_ptr_array_index (self->day_rows, d),
                                  (guint) (letter - shift_letters));
    }
}

static void
apply_preset (HubrotaDutyDialog *self,
              const Preset      *preset)
{
  g_autoptr(GDate) first = hubrota_parse_day (row_text (self->day));

  for (guint s = 0; s < HUBROTA_ROSTER_N_SHIFTS; s++)
    set_shift_text (self, s, preset->starts[s], preset->lengths[s]);
  set_days (self, preset->days);
  if (preset->from_monday && first != NULL && g_date_get_weekday (first) != G_DATE_MONDAY)
    {
      char text[16];

      g_date_add_days (first, 8 - g_date_get_weekday (first));
      g_date_strftime (text, sizeof text, "%Y-%m-%d", first);
      gtk_editable_set_text (GTK_EDITABLE (self->day), text);
    }
  hubrota_form_dialog_check (HUBROTA_FORM_DIALOG (self));
}

static void
on_preset_clicked (HubrotaDutyDialog *self,
                   GtkButton         *button)
{
  apply_preset (self, &presets[GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button),
                                                                    "preset"))]);
}

/* Filling the form from a stored duty */

/* Which of the form's shifts a stored one becomes: by its start, else the first free. */
static guint
shift_slot (int       start,
            gboolean *taken)
{
  guint preferred = start >= 4 * 60 && start < 12 * 60 ? HUBROTA_ROSTER_EARLY
                    : start >= 12 * 60 && start < 19 * 60 ? HUBROTA_ROSTER_LATE
                    : HUBROTA_ROSTER_NIGHT;
  const guint order[] = { preferred, HUBROTA_ROSTER_LONG_DAY, HUBROTA_ROSTER_EARLY,
                          HUBROTA_ROSTER_LATE, HUBROTA_ROSTER_NIGHT };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (!taken[order[i]])
      return order[i];
  return HUBROTA_ROSTER_REST;
}

/* The shift `duty add --shift` would be given, in the form's two fields. */
static void
show_stored_shift (HubrotaDutyDialog *self,
                   guint              slot,
                   int                start,
                   int                minutes)
{
  g_autofree char *shift = _hubrota_duty_format_shift (start, minutes);
  char *plus = strchr (shift, '+');

  *plus = '\0';
  set_shift_text (self, slot, shift, plus + 1);
}

static void
fill_roster (HubrotaDutyDialog *self,
             HubrotaDuty       *roster)
{
  guint n = hubrota_duty_get_cycle_days (roster);
  g_autofree char *days = g_malloc0 (n + 1);
  int starts[HUBROTA_ROSTER_N_SHIFTS] = { 0 }, lengths[HUBROTA_ROSTER_N_SHIFTS] = { 0 };
  gboolean taken[HUBROTA_ROSTER_N_SHIFTS + 1] = { FALSE };
  char first[16];

  for (guint d = 0; d < n; d++)
    {
      int start, minutes;
      guint slot = HUBROTA_ROSTER_REST;

      if (hubrota_duty_get_roster_shift (roster, d, &start, &minutes))
        {
          for (guint s = 0; s < HUBROTA_ROSTER_N_SHIFTS && slot == HUBROTA_ROSTER_REST; s++)
            if (taken[s] && starts[s] == start && lengths[s] == minutes)
              slot = s;
          if (slot == HUBROTA_ROSTER_REST && (slot = shift_slot (start, taken)) !=
                                             HUBROTA_ROSTER_REST)
            {
              taken[slot] = TRUE;
              starts[slot] = start, lengths[slot] = minutes;
              show_stored_shift (self, slot, start, minutes);
            }
          self->too_many_shifts |= slot == HUBROTA_ROSTER_REST;
        }
      days[d] = shift_letters[slot];
    }
  g_date_strftime (first, sizeof first, "%Y-%m-%d", hubrota_duty_get_first_day (roster));
  gtk_editable_set_text (GTK_EDITABLE (self->day), first);
  set_days (self, days);
  adw_combo_row_set_selected (self->kind, KIND_ROSTER);
}

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
  gboolean roster = is_roster (self);
  guint repeat = adw_combo_row_get_selected (self->repeats);
  gboolean weekly = repeat == HUBROTA_REPEAT_WEEKDAYS || repeat == HUBROTA_REPEAT_CHOSEN_DAYS;
  gboolean shown_rule = !roster && self->kept_rrule == NULL;
  const char *title = roster ? _("Day 1 of the cycle (YYYY-MM-DD)") : _("First day (YYYY-MM-DD)");

  AdwPreferencesGroup *group = hubrota_form_dialog_get_group (HUBROTA_FORM_DIALOG (self));
  const char *description = roster ? _("A cycle of days, each a shift or rest, repeating for "
                                       "ever from day 1")
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
}

static const char *
hubrota_duty_dialog_check (HubrotaFormDialog  *dialog,
                           const char        **out_note)
{
  HubrotaDutyDialog *self = HUBROTA_DUTY_DIALOG (dialog);

  show_kind (self);
  return is_roster (self) ? check_roster (self, out_note) : check_pattern (self, out_note);
}

static gboolean
hubrota_duty_dialog_store (HubrotaFormDialog  *dialog,
                           GError            **error)
{
  HubrotaDutyDialog *self = HUBROTA_DUTY_DIALOG (dialog);
  g_autoptr(HubrotaDuty) duty = is_roster (self) ? build_roster (self) : build_pattern (self);

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

static GtkSpinButton *
make_spin_row (HubrotaDutyDialog *self,
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

static GtkEditable *
make_shift_entry (HubrotaDutyDialog *self,
                  const char        *text,
                  int                width,
                  const char        *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (entry, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (hubrota_form_dialog_check), self);
  return GTK_EDITABLE (entry);
}

/* "Early   07:00–17:00   [07:00] for [10h]" */
static GtkWidget *
make_shift_row (HubrotaDutyDialog *self,
                guint              shift)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *name = _(shift_names[shift]);
  /* Translators: what a screen reader says for a roster shift's fields, e.g. "Early starts" */
  g_autofree char *starts = g_strdup_printf (_("%s starts (HH:MM)"), name);
  g_autofree char *lasts = g_strdup_printf (_("%s lasts (like 10h or 8h30m)"), name);
  GtkWidget *word = gtk_label_new (C_("a shift starts at… for…", "for"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  self->shift_start[shift] = make_shift_entry (self, default_starts[shift], 5, starts);
  self->shift_length[shift] = make_shift_entry (self, default_lengths[shift], 6, lasts);
  gtk_widget_add_css_class (word, "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->shift_start[shift]));
  gtk_box_append (GTK_BOX (box), word);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->shift_length[shift]));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  self->shift_rows[shift] = ADW_ACTION_ROW (row);
  return row;
}

static GtkWidget *
make_preset_row (HubrotaDutyDialog *self,
                 guint              index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *use = gtk_button_new_with_label (C_("a roster preset", "Use"));
  /* Translators: the accessible name of a preset's button, e.g. "Use 2 earlies, …" */
  g_autofree char *label = g_strdup_printf (_("Use %s"), _(presets[index].title));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(presets[index].title));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(presets[index].subtitle));
  gtk_widget_set_valign (use, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (use), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (use), "preset", GUINT_TO_POINTER (index));
  g_signal_connect_swapped (use, "clicked", G_CALLBACK (on_preset_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), use);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), use);
  self->preset_buttons[index] = GTK_BUTTON (use);
  return row;
}

static GtkWidget *
make_group (GtkWidget  *box,
            const char *title,
            const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (box), group);
  return group;
}

/* Presets, shifts and days, in groups of their own under the form's rows and its message. */
static void
make_roster_groups (HubrotaDutyDialog *self)
{
  GtkWidget *presets_group, *shifts_group, *spin_row;

  self->roster_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (self->roster_box, 12);
  presets_group = make_group (self->roster_box, _("Common Patterns"),
                              _("Fill in the shifts and the days at once"));
  for (guint i = 0; i < HUBROTA_ROSTER_N_PRESETS; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (presets_group), make_preset_row (self, i));
  shifts_group = make_group (self->roster_box, _("Shifts"),
                             _("Each keeps the wall clock, across the clock changes too"));
  for (guint s = 0; s < HUBROTA_ROSTER_N_SHIFTS; s++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (shifts_group), make_shift_row (self, s));
  self->cycle_group = ADW_PREFERENCES_GROUP (
    make_group (self->roster_box, _("Cycle"), _("Each day from day 1, repeating for ever")));
  self->cycle_days = make_spin_row (self, &spin_row, _("Days in the cycle"),
                                    HUBROTA_ROSTER_MAX_DAYS);
  adw_preferences_group_add (self->cycle_group, spin_row);
  g_signal_connect_swapped (self->cycle_days, "value-changed",
                            G_CALLBACK (on_cycle_days_changed), self);
  set_days (self, presets[HUBROTA_ROSTER_PRESET_RESPONSE].days);
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
  self->weeks = make_spin_row (self, &self->weeks_row, _("Every how many weeks"), 8);
  adw_preferences_group_add (group, self->weeks_row);
  make_roster_groups (self);
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
  self->shift_names = gtk_string_list_new (NULL);
  for (guint s = 0; s < G_N_ELEMENTS (shift_names); s++)
    gtk_string_list_append (self->shift_names, _(shift_names[s]));
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
    fill_roster (self, editing);
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

void
_hubrota_duty_dialog_fill_roster (HubrotaDutyDialog *self,
                                  const char        *first_day,
                                  const char        *days)
{
  _hubrota_duty_dialog_set_roster (self, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->day), first_day);
  set_days (self, days);
}

void
_hubrota_duty_dialog_set_shift (HubrotaDutyDialog  *self,
                                HubrotaRosterShift  shift,
                                const char         *start,
                                const char         *length)
{
  g_assert (shift < HUBROTA_ROSTER_N_SHIFTS);
  set_shift_text (self, shift, start, length);
}

void
_hubrota_duty_dialog_use_preset (HubrotaDutyDialog   *self,
                                 HubrotaRosterPreset  preset)
{
  g_assert (preset < HUBROTA_ROSTER_N_PRESETS);
  hubrota_dialog_click (self->preset_buttons[preset]);
}

char *
_hubrota_duty_dialog_get_days (HubrotaDutyDialog *self)
{
  GString *days = g_string_new (NULL);

  for (guint d = 0; is_roster (self) && d < self->day_rows->len; d++)
    g_string_append_c (days, shift_letters[day_shift (self, d)]);
  return g_string_free (days, FALSE);
}

const char *
_hubrota_duty_dialog_get_first_day (HubrotaDutyDialog *self)
{
  return row_text (self->day);
}

const char *
_hubrota_duty_dialog_get_shift_start (HubrotaDutyDialog  *self,
                                      HubrotaRosterShift  shift)
{
  return gtk_editable_get_text (self->shift_start[shift]);
}

const char *
_hubrota_duty_dialog_get_shift_length (HubrotaDutyDialog  *self,
                                       HubrotaRosterShift  shift)
{
  return gtk_editable_get_text (self->shift_length[shift]);
}

const char *
_hubrota_duty_dialog_get_summary (HubrotaDutyDialog *self)
{
  return self->summary;
}
