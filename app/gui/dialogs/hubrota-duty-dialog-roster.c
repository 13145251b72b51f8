/* hubrota-duty-dialog-roster.c: the rotating roster's part of the shift pattern dialog: day 1
 * of the cycle, the Early, Late, Night and Long day shifts, one row a day of the cycle, and
 * presets for the patterns UK forces use most
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaDutyDialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hubrota-dialog-util.h"
#include "hubrota-duty-dialog-internal.h"
#include "hubrota-duty-private.h"
#include "hubrota-format.h"

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
    /* A shift to midnight ends at 24:00, as rotas write it, not at the 00:00 it began on. */
    hours = g_strdup_printf ("%02d:%02d–%02d:%02d", start / 60, start % 60,
                             end == 0 ? 24 : end / 60, end % 60);
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
          /* Translators: a day of the cycle, e.g. "Mon 7 Dec"; see strftime () */
          g_date_strftime (text, sizeof text, _("%a %-d %b"), &day);
        }
      adw_action_row_set_subtitle (g_ptr_array_index (self->day_rows, i), text);
    }
}

/* "6 shifts and 4 rest days, 42 h a week on average" for n days, rest of them rest days, and
 * minutes on shift in all. */
static char *
summarise (guint n,
           guint rest,
           int   minutes)
{
  double weekly = minutes / 60.0 * 7 / n;
  g_autofree char *shifts = g_strdup_printf (ngettext ("%u shift", "%u shifts", n - rest), n - rest);
  g_autofree char *rests = g_strdup_printf (ngettext ("%u rest day", "%u rest days", rest), rest);
  g_autofree char *hours = g_strdup_printf (weekly == (int) weekly ? "%.0f" : "%.1f", weekly);

  /* Translators: e.g. "6 shifts and 4 rest days, 42 h a week on average" */
  return g_strdup_printf (_("%s and %s, %s h a week on average"), shifts, rests, hours);
}

/* "10-day cycle: 6 shifts and 4 rest days, 42 h a week on average" */
static void
update_summary (HubrotaDutyDialog *self,
                guint              rest,
                int                minutes)
{
  g_autofree char *summary = summarise (self->day_rows->len, rest, minutes);

  g_free (self->summary);
  /* Translators: e.g. "10-day cycle: 6 shifts and 4 rest days, 42 h a week on average" */
  self->summary = g_strdup_printf (_("%u-day cycle: %s"), self->day_rows->len, summary);
}

char *
hubrota_duty_dialog_summarise_roster (HubrotaDuty *roster)
{
  guint n, rest = 0;
  int minutes = 0;

  g_return_val_if_fail (HUBROTA_IS_DUTY (roster) && hubrota_duty_is_roster (roster), NULL);

  n = hubrota_duty_get_cycle_days (roster);
  for (guint d = 0; d < n; d++)
    {
      int length;

      if (hubrota_duty_get_roster_shift (roster, d, NULL, &length))
        minutes += length;
      else
        rest++;
    }
  return summarise (n, rest, minutes);
}

static const char *
set_problem (HubrotaDutyDialog *self,
             char              *problem)
{
  g_free (self->problem);
  self->problem = problem;
  return problem;
}

const char *
_hubrota_duty_dialog_check_roster (HubrotaDutyDialog  *self,
              const char        **out_note)
{
  g_autoptr(GDate) first = hubrota_parse_day (_hubrota_duty_dialog_row_text (self->day));
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

HubrotaDuty *
_hubrota_duty_dialog_build_roster (HubrotaDutyDialog *self)
{
  g_autoptr(GDate) first = hubrota_parse_day (_hubrota_duty_dialog_row_text (self->day));
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
  g_autoptr(GDate) first = hubrota_parse_day (_hubrota_duty_dialog_row_text (self->day));

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

void
_hubrota_duty_dialog_fill_roster_from (HubrotaDutyDialog *self,
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
void
_hubrota_duty_dialog_make_roster_groups (HubrotaDutyDialog *self)
{
  GtkWidget *presets_group, *shifts_group, *spin_row;

  self->shift_names = gtk_string_list_new (NULL);
  for (guint s = 0; s < G_N_ELEMENTS (shift_names); s++)
    gtk_string_list_append (self->shift_names, _(shift_names[s]));
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
  self->cycle_days = _hubrota_duty_dialog_make_spin_row (self, &spin_row, _("Days in the cycle"),
                                    HUBROTA_ROSTER_MAX_DAYS);
  adw_preferences_group_add (self->cycle_group, spin_row);
  g_signal_connect_swapped (self->cycle_days, "value-changed",
                            G_CALLBACK (on_cycle_days_changed), self);
  set_days (self, presets[HUBROTA_ROSTER_PRESET_RESPONSE].days);
}

/* For the tests (hubrota-duty-dialog-private.h) */

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

  for (guint d = 0; _hubrota_duty_dialog_is_roster (self) && d < self->day_rows->len; d++)
    g_string_append_c (days, shift_letters[day_shift (self, d)]);
  return g_string_free (days, FALSE);
}

const char *
_hubrota_duty_dialog_get_first_day (HubrotaDutyDialog *self)
{
  return _hubrota_duty_dialog_row_text (self->day);
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
