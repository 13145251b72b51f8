/* hubrota-schedule-editor.c: a hub's opening times, listed in words and edited in a form
 *
 * The first page lists the hub's series as sentences; the second is one series as a
 * coordinator thinks of it (every other Friday, the last Saturday of each month, until a
 * date), with the next openings it makes beneath, so a wrong choice shows before it is
 * saved. A rule HubrotaPattern cannot express is shown as it is and never rewritten.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaScheduleEditor"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-dialog-util.h"
#include "hubrota-format.h"
#include "hubrota-month-calendar.h"
#include "hubrota-recurrence.h"
#include "hubrota-schedule-editor-private.h"

#define PREVIEW_OPENINGS 6
#define MAX_OFFICERS 20
/* How far ahead the preview looks for its openings: far enough for monthly rules with an
 * end, and for rules the editor cannot show, which might be yearly. */
#define PREVIEW_YEARS 5

/* The Repeats choices, in the order of the combo row. */
enum { REPEAT_ONCE, REPEAT_WEEKLY, REPEAT_FORTNIGHTLY, REPEAT_FEW_WEEKS, REPEAT_MONTHLY };
/* The Ends choices. */
enum { END_NEVER, END_UNTIL, END_COUNT };

struct _HubrotaScheduleEditor
{
  AdwWindow             parent_instance;

  HubrotaStore         *store;
  char                 *hub;
  char                 *hub_name;
  GDate                 today;
  GPtrArray            *series;          /* the hub's, as the list shows them */
  GPtrArray            *series_rows;
  HubrotaSeries        *editing;         /* NULL when adding */
  HubrotaPattern       *stored_pattern;  /* the edited series' own, when it has one */
  gboolean              raw;             /* its rule is beyond the form */
  gboolean              overnight;       /* it closes on the day after it opens */
  GDate                 first;
  GDate                 until;
  gboolean              filling;         /* widgets set by the program: not an edit */
  GPtrArray            *preview_rows;
  GPtrArray            *preview_texts;
  char                 *problem;
  GtkWidget            *confirm_dialog;
  GtkToggleButton      *day_buttons[7];  /* Monday first */

  GtkStack             *stack;
  AdwPreferencesGroup  *series_group;
  AdwWindowTitle       *form_title;
  GtkButton            *save_button;
  AdwPreferencesGroup  *error_group;
  GtkLabel             *error_label;
  AdwPreferencesGroup  *when_group;
  AdwComboRow          *repeat_row;
  AdwActionRow         *interval_row;
  GtkSpinButton        *interval_spin;
  AdwActionRow         *days_row;
  GtkBox               *days_box;
  AdwComboRow          *ordinal_row;
  GtkStringList        *ordinals;
  AdwActionRow         *rule_row;
  AdwActionRow         *date_row;
  GtkMenuButton        *date_button;
  HubrotaMonthCalendar *calendar;
  AdwActionRow         *opens_row;
  GtkSpinButton        *opens_hour;
  GtkSpinButton        *opens_minute;
  AdwActionRow         *closes_row;
  GtkSpinButton        *closes_hour;
  GtkSpinButton        *closes_minute;
  AdwPreferencesGroup  *ends_group;
  AdwComboRow          *end_row;
  AdwActionRow         *until_row;
  GtkMenuButton        *until_button;
  HubrotaMonthCalendar *until_calendar;
  AdwActionRow         *count_row;
  GtkSpinButton        *count_spin;
  GtkSpinButton        *officers_spin;
  AdwPreferencesGroup  *preview_group;
  AdwPreferencesGroup  *remove_group;
};

G_DEFINE_FINAL_TYPE (HubrotaScheduleEditor, hubrota_schedule_editor, ADW_TYPE_WINDOW)

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

/* The ordinal combo's rows, in order. */
static const int ordinal_values[] = { 1, 2, 3, 4, -1 };

static void refresh_form (HubrotaScheduleEditor *self);

/* Helpers */

static GDateTime *
local_datetime (const GDate *date,
                int          minutes)
{
  return g_date_time_new (hubrota_london_tz (), g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), minutes / 60, minutes % 60, 0);
}

static void
date_of (GDateTime *datetime,
         GDate     *out)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (datetime, hubrota_london_tz ());

  hubrota_date_from_datetime (out, local);
}

static char *
format_date (const GDate *date)
{
  g_autoptr(GDateTime) datetime = local_datetime (date, 12 * 60);

  /* Translators: a date on a button, e.g. "Sat 5 Dec 2026"; see g_date_time_format() */
  return g_date_time_format (datetime, _("%a %-d %b %Y"));
}

static int
spin_minutes (GtkSpinButton *hour,
              GtkSpinButton *minute)
{
  return gtk_spin_button_get_value_as_int (hour) * 60 + gtk_spin_button_get_value_as_int (minute);
}

static int
opens_minutes (HubrotaScheduleEditor *self)
{
  return spin_minutes (self->opens_hour, self->opens_minute);
}

static int
closes_minutes (HubrotaScheduleEditor *self)
{
  return spin_minutes (self->closes_hour, self->closes_minute);
}

/* How long each opening lasts; 0 or less when it closes before it opens. A series stored
 * running past midnight keeps doing so: its closing time is on the next day. */
static int
form_minutes (HubrotaScheduleEditor *self)
{
  int minutes = closes_minutes (self) - opens_minutes (self);

  return self->overnight && minutes <= 0 ? minutes + 24 * 60 : minutes;
}

static GDateTime *
form_start (HubrotaScheduleEditor *self)
{
  return local_datetime (&self->first, opens_minutes (self));
}

static void
set_message (char       **field,
             const char  *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

static void
clear_group (AdwPreferencesGroup *group,
             GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
show_error (HubrotaScheduleEditor *self,
            const char            *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

/* Reading the form */

static int
repeat_choice (HubrotaScheduleEditor *self)
{
  return (int) adw_combo_row_get_selected (self->repeat_row);
}

static guint
chosen_weekdays (HubrotaScheduleEditor *self)
{
  guint mask = 0;

  for (int day = 1; day <= 7; day++)
    if (gtk_toggle_button_get_active (self->day_buttons[day - 1]))
      mask |= HUBROTA_PATTERN_WEEKDAY (day);
  return mask;
}

static int
first_weekday (HubrotaScheduleEditor *self)
{
  return g_date_get_weekday (&self->first);
}

static HubrotaPattern *
form_pattern (HubrotaScheduleEditor *self)
{
  g_autoptr(GDateTime) start = form_start (self);
  HubrotaPattern *pattern = hubrota_pattern_new (HUBROTA_PATTERN_ONCE, start);
  int repeat = repeat_choice (self);
  guint ordinal = adw_combo_row_get_selected (self->ordinal_row);

  if (repeat == REPEAT_MONTHLY)
    {
      pattern->kind = HUBROTA_PATTERN_MONTHLY;
      pattern->ordinal = ordinal < G_N_ELEMENTS (ordinal_values) ? ordinal_values[ordinal] : 1;
      pattern->weekdays = HUBROTA_PATTERN_WEEKDAY (first_weekday (self));
    }
  else if (repeat != REPEAT_ONCE)
    {
      pattern->kind = HUBROTA_PATTERN_WEEKLY;
      pattern->interval = repeat == REPEAT_WEEKLY ? 1
                          : repeat == REPEAT_FORTNIGHTLY ? 2
                          : gtk_spin_button_get_value_as_int (self->interval_spin);
      pattern->weekdays = chosen_weekdays (self);
    }
  pattern->end = (HubrotaPatternEnd) adw_combo_row_get_selected (self->end_row);
  pattern->until = self->until;
  pattern->count = gtk_spin_button_get_value_as_int (self->count_spin);
  return pattern;
}

/* The rule to store: the series' own when the form cannot show it or shows it unchanged
 * (so "FREQ=WEEKLY" is not rewritten as "FREQ=WEEKLY;BYDAY=FR" for nothing). */
static char *
form_rrule (HubrotaScheduleEditor *self)
{
  g_autoptr(HubrotaPattern) pattern = NULL;

  if (self->raw)
    return g_strdup (hubrota_series_get_rrule (self->editing));
  pattern = form_pattern (self);
  if (self->stored_pattern != NULL && hubrota_pattern_equal (pattern, self->stored_pattern))
    return g_strdup (hubrota_series_get_rrule (self->editing));
  return hubrota_pattern_to_rrule (pattern);
}

static char *
describe_problem (HubrotaScheduleEditor *self,
                  HubrotaPatternProblem  problem)
{
  g_autoptr(GDateTime) start = form_start (self);
  g_autofree char *weekday = g_date_time_format (start, "%A");
  const char *ordinal = adw_combo_row_get_selected (self->ordinal_row) < 5
    ? gtk_string_list_get_string (self->ordinals, adw_combo_row_get_selected (self->ordinal_row))
    : "";

  switch (problem)
    {
    case HUBROTA_PATTERN_PROBLEM_NO_WEEKDAYS:
      return g_strdup (_("Choose at least one day of the week"));
    case HUBROTA_PATTERN_PROBLEM_START_NOT_ON_DAYS:
      return g_strdup (_("The first opening must fall on one of the chosen days"));
    case HUBROTA_PATTERN_PROBLEM_START_NOT_ORDINAL:
      /* Translators: %s is e.g. "last Saturday" or "first Friday" */
      return g_strdup_printf (_("The first opening must be on the %s of its month"), ordinal);
    case HUBROTA_PATTERN_PROBLEM_UNTIL_BEFORE_START:
      return g_strdup (_("The last date must not be before the first opening"));
    case HUBROTA_PATTERN_PROBLEM_COUNT:
      return g_strdup (_("The number of openings must be between 1 and 999"));
    case HUBROTA_PATTERN_PROBLEM_INTERVAL:
      return g_strdup (_("Openings can be between 1 and 8 weeks apart"));
    case HUBROTA_PATTERN_PROBLEM_ORDINAL:
    case HUBROTA_PATTERN_PROBLEM_NONE:
    default:
      return g_strdup_printf (_("Choose which %s of the month"), weekday);
    }
}

/* Why the form cannot be saved, or NULL: the times first, then the pattern, then anything
 * else the core would refuse. */
static char *
find_problem (HubrotaScheduleEditor *self)
{
  g_autoptr(GDateTime) start = form_start (self);
  g_autoptr(HubrotaPattern) pattern = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rrule = NULL;
  HubrotaPatternProblem problem;

  if (form_minutes (self) <= 0)
    return g_strdup (_("The hub must close after it opens"));
  if (!self->raw)
    {
      pattern = form_pattern (self);
      problem = hubrota_pattern_check (pattern, start);
      if (problem != HUBROTA_PATTERN_PROBLEM_NONE)
        return describe_problem (self, problem);
    }
  rrule = form_rrule (self);
  if (!hubrota_recurrence_validate (start, rrule, &error))
    return g_strdup (error->message);
  return NULL;
}

/* Showing the form */

static void
add_preview_row (HubrotaScheduleEditor *self,
                 const char            *title,
                 gboolean               error)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (error)
    {
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "dialog-warning-symbolic");
      gtk_widget_add_css_class (row, "error");
    }
  adw_preferences_group_add (self->preview_group, row);
  g_ptr_array_add (self->preview_rows, row);
  g_ptr_array_add (self->preview_texts, g_strdup (title));
}

static void
show_openings (HubrotaScheduleEditor *self)
{
  g_autoptr(GDateTime) start = form_start (self);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GPtrArray) starts = NULL;
  g_autofree char *rrule = form_rrule (self);
  int minutes = form_minutes (self);

  from = hubrota_london_start_of_day (g_date_compare (&self->today, &self->first) > 0
                                        ? &self->today : &self->first);
  to = g_date_time_add_years (from, PREVIEW_YEARS);
  starts = hubrota_recurrence_expand (start, rrule, from, to, NULL);
  for (guint i = 0; starts != NULL && i < starts->len && i < PREVIEW_OPENINGS; i++)
    {
      GDateTime *opening = g_ptr_array_index (starts, i);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (opening, minutes);
      g_autofree char *day = g_date_time_format (opening, _("%a %-d %b %Y"));
      g_autofree char *hours = hubrota_format_time_range (opening, end);
      /* Translators: an opening in the preview, e.g. "Sat 5 Dec 2026, 10:00–13:00" */
      g_autofree char *text = g_strdup_printf (_("%s, %s"), day, hours);

      add_preview_row (self, text, FALSE);
    }
  if (self->preview_rows->len == 0)
    add_preview_row (self, _("No openings from today on"), FALSE);
}

static void
show_preview (HubrotaScheduleEditor *self)
{
  clear_group (self->preview_group, self->preview_rows);
  g_ptr_array_set_size (self->preview_texts, 0);
  if (self->problem != NULL)
    add_preview_row (self, self->problem, TRUE);
  else
    show_openings (self);
}

/* Which rows the Repeats and Ends choices need. */
static void
show_rows (HubrotaScheduleEditor *self)
{
  int repeat = repeat_choice (self);
  guint end = adw_combo_row_get_selected (self->end_row);
  gboolean repeating = !self->raw && repeat != REPEAT_ONCE;

  gtk_widget_set_visible (GTK_WIDGET (self->repeat_row), !self->raw);
  gtk_widget_set_visible (GTK_WIDGET (self->rule_row), self->raw);
  gtk_widget_set_visible (GTK_WIDGET (self->interval_row), !self->raw && repeat == REPEAT_FEW_WEEKS);
  gtk_widget_set_visible (GTK_WIDGET (self->days_row),
                          repeating && repeat != REPEAT_MONTHLY);
  gtk_widget_set_visible (GTK_WIDGET (self->ordinal_row), !self->raw && repeat == REPEAT_MONTHLY);
  gtk_widget_set_visible (GTK_WIDGET (self->ends_group), repeating);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), end == END_UNTIL);
  gtk_widget_set_visible (GTK_WIDGET (self->count_row), end == END_COUNT);
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_row), !self->raw);
  gtk_widget_set_visible (GTK_WIDGET (self->remove_group), self->editing != NULL);
}

static char *
ordinal_label (guint       index,
               const char *weekday)
{
  switch (index)
    {
    /* Translators: the nth weekday of a month, in "On the first Saturday"; %s is a weekday */
    case 0: return g_strdup_printf (_("first %s"), weekday);
    case 1: return g_strdup_printf (_("second %s"), weekday);
    case 2: return g_strdup_printf (_("third %s"), weekday);
    case 3: return g_strdup_printf (_("fourth %s"), weekday);
    default: return g_strdup_printf (_("last %s"), weekday);
    }
}

/* "first Saturday" … "last Saturday", for the first opening's weekday. */
static void
fill_ordinals (HubrotaScheduleEditor *self)
{
  g_autoptr(GDateTime) start = form_start (self);
  g_autofree char *weekday = g_date_time_format (start, "%A");
  char *items[G_N_ELEMENTS (ordinal_values) + 1] = { NULL };
  guint selected = adw_combo_row_get_selected (self->ordinal_row);
  gboolean filling = self->filling;

  for (guint i = 0; i < G_N_ELEMENTS (ordinal_values); i++)
    items[i] = ordinal_label (i, weekday);
  self->filling = TRUE;
  gtk_string_list_splice (self->ordinals, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->ordinals)),
                          (const char * const *) items);
  adw_combo_row_set_selected (self->ordinal_row,
                              selected < G_N_ELEMENTS (ordinal_values) ? selected : 0);
  self->filling = filling;
  for (guint i = 0; i < G_N_ELEMENTS (ordinal_values); i++)
    g_free (items[i]);
}

static void
show_dates (HubrotaScheduleEditor *self)
{
  g_autofree char *first = format_date (&self->first);
  g_autofree char *until = g_date_valid (&self->until) ? format_date (&self->until)
                                                       : g_strdup (_("Choose a Date"));

  gtk_menu_button_set_label (self->date_button, first);
  gtk_menu_button_set_label (self->until_button, until);
}

/* Marks the rows the problem is about, besides saying it in the preview. */
static void
mark_rows (HubrotaScheduleEditor *self)
{
  g_autoptr(GDateTime) start = form_start (self);
  g_autoptr(HubrotaPattern) pattern = form_pattern (self);
  HubrotaPatternProblem problem = self->raw ? HUBROTA_PATTERN_PROBLEM_NONE
                                            : hubrota_pattern_check (pattern, start);

  hubrota_widget_set_css_class (GTK_WIDGET (self->closes_row), "error",
                                form_minutes (self) <= 0);
  hubrota_widget_set_css_class (GTK_WIDGET (self->date_row), "error",
                                problem == HUBROTA_PATTERN_PROBLEM_START_NOT_ON_DAYS ||
                                problem == HUBROTA_PATTERN_PROBLEM_START_NOT_ORDINAL);
  hubrota_widget_set_css_class (GTK_WIDGET (self->days_row), "error",
                                problem == HUBROTA_PATTERN_PROBLEM_NO_WEEKDAYS);
  hubrota_widget_set_css_class (GTK_WIDGET (self->until_row), "error",
                                problem == HUBROTA_PATTERN_PROBLEM_UNTIL_BEFORE_START);
}

/* Everything that follows from the fields: rows, the explanation, the preview, Save. */
static void
refresh_form (HubrotaScheduleEditor *self)
{
  g_autofree char *problem = NULL;

  show_rows (self);
  show_dates (self);
  problem = find_problem (self);
  set_message (&self->problem, problem);
  mark_rows (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), problem == NULL);
  show_preview (self);
}

static void
set_spin_time (GtkSpinButton *hour,
               GtkSpinButton *minute,
               int            minutes)
{
  gtk_spin_button_set_value (hour, minutes / 60);
  gtk_spin_button_set_value (minute, minutes % 60);
}

static void
select_calendar_day (HubrotaMonthCalendar *calendar,
                     const GDate          *date)
{
  if (g_date_valid (date))
    hubrota_month_calendar_set_day (calendar, date);
}

static void
set_weekdays (HubrotaScheduleEditor *self,
              guint                  weekdays)
{
  for (int day = 1; day <= 7; day++)
    gtk_toggle_button_set_active (self->day_buttons[day - 1],
                                  (weekdays & HUBROTA_PATTERN_WEEKDAY (day)) != 0);
}

static guint
repeat_for (const HubrotaPattern *pattern)
{
  if (pattern->kind == HUBROTA_PATTERN_ONCE)
    return REPEAT_ONCE;
  if (pattern->kind == HUBROTA_PATTERN_MONTHLY)
    return REPEAT_MONTHLY;
  return pattern->interval == 1 ? REPEAT_WEEKLY
         : pattern->interval == 2 ? REPEAT_FORTNIGHTLY : REPEAT_FEW_WEEKS;
}

static void
fill_pattern (HubrotaScheduleEditor *self,
              const HubrotaPattern  *pattern)
{
  guint ordinal = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ordinal_values); i++)
    if (ordinal_values[i] == pattern->ordinal)
      ordinal = i;
  adw_combo_row_set_selected (self->repeat_row, repeat_for (pattern));
  if (pattern->kind == HUBROTA_PATTERN_WEEKLY)
    {
      gtk_spin_button_set_value (self->interval_spin, MAX (pattern->interval, 3));
      set_weekdays (self, pattern->weekdays);
    }
  adw_combo_row_set_selected (self->ordinal_row, ordinal);
  adw_combo_row_set_selected (self->end_row, pattern->end);
  if (pattern->end == HUBROTA_PATTERN_END_UNTIL && g_date_valid (&pattern->until))
    {
      self->until = pattern->until;
      select_calendar_day (self->until_calendar, &self->until);
    }
  if (pattern->end == HUBROTA_PATTERN_END_COUNT)
    gtk_spin_button_set_value (self->count_spin, pattern->count);
}

/* Puts a series (or, when NULL, a new weekly opening on today's weekday) in the form. */
static void
fill_form (HubrotaScheduleEditor *self,
           HubrotaSeries         *series)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(HubrotaPattern) pattern = NULL;
  int opens = 10 * 60, minutes = 180, officers;

  g_clear_object (&self->editing);
  g_clear_pointer (&self->stored_pattern, hubrota_pattern_free);
  self->editing = series != NULL ? g_object_ref (series) : NULL;
  self->first = self->today;
  g_date_clear (&self->until, 1);
  if (series != NULL)
    {
      GDateTime *stored = hubrota_series_get_start (series);
      date_of (stored, &self->first);
      opens = g_date_time_get_hour (stored) * 60 + g_date_time_get_minute (stored);
      minutes = hubrota_series_get_duration_minutes (series);
      self->stored_pattern = hubrota_pattern_new_from_rrule (hubrota_series_get_rrule (series), stored);
    }
  start = local_datetime (&self->first, opens);
  pattern = self->stored_pattern != NULL ? hubrota_pattern_copy (self->stored_pattern)
                                         : hubrota_pattern_new (HUBROTA_PATTERN_WEEKLY, start);
  self->raw = series != NULL && self->stored_pattern == NULL;
  self->overnight = opens + minutes >= 24 * 60;
  adw_action_row_set_subtitle (self->closes_row, self->overnight ? _("The next day") : NULL);

  self->filling = TRUE;
  set_spin_time (self->opens_hour, self->opens_minute, opens);
  set_spin_time (self->closes_hour, self->closes_minute, (opens + minutes) % (24 * 60));
  officers = series != NULL ? hubrota_series_get_min_officers (series) : 1;
  /* The form offers up to 20; more, set elsewhere, is kept rather than cut down. */
  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->officers_spin),
                            MAX (MAX_OFFICERS, officers));
  gtk_spin_button_set_value (self->officers_spin, officers);
  select_calendar_day (self->calendar, &self->first);
  set_weekdays (self, HUBROTA_PATTERN_WEEKDAY (g_date_get_weekday (&self->first)));
  adw_combo_row_set_selected (self->end_row, END_NEVER);
  gtk_spin_button_set_value (self->count_spin, 10);
  gtk_spin_button_set_value (self->interval_spin, 3);
  fill_ordinals (self);
  fill_pattern (self, pattern);
  self->filling = FALSE;
}

static void
describe_raw (HubrotaScheduleEditor *self)
{
  g_autofree char *text = NULL;
  const char *rrule = self->raw ? hubrota_series_get_rrule (self->editing) : NULL;

  adw_action_row_set_subtitle (self->rule_row, rrule != NULL ? rrule : "");
  if (self->raw)
    /* Translators: %s is an iCalendar RRULE, e.g. "FREQ=YEARLY;BYMONTH=12" */
    text = g_strdup_printf (_("This schedule uses a rule the editor cannot show in its own terms: "
                              "%s; you can still change its times and minimum officers."), rrule);
  adw_preferences_group_set_description (self->when_group, text);
}

static void
open_form (HubrotaScheduleEditor *self,
           HubrotaSeries         *series)
{
  fill_form (self, series);
  describe_raw (self);
  adw_window_title_set_title (self->form_title, series != NULL ? _("Edit Opening Time")
                                                               : _("New Opening Time"));
  adw_window_title_set_subtitle (self->form_title, self->hub_name);
  gtk_button_set_label (self->save_button, series != NULL ? _("_Save") : _("_Add"));
  show_error (self, NULL);
  refresh_form (self);
  gtk_stack_set_visible_child_name (self->stack, "form");
}

/* The list */

static char *
describe_staffing (HubrotaSeries *series)
{
  int n = hubrota_series_get_min_officers (series);

  if (n == 0)
    return g_strdup (_("No minimum number of officers"));
  return g_strdup_printf (ngettext ("At least %d officer at each opening",
                                    "At least %d officers at each opening", n), n);
}

static void
on_series_activated (HubrotaScheduleEditor *self,
                     AdwActionRow          *row)
{
  HubrotaSeries *series = g_object_get_data (G_OBJECT (row), "series");

  open_form (self, series);
}

static void
add_series_row (HubrotaScheduleEditor *self,
                HubrotaSeries         *series)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = hubrota_series_describe (series);
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *staffing = describe_staffing (series);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), staffing);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "series", g_object_ref (series), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "title", g_steal_pointer (&text), g_free);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_series_activated), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->series_group, row);
  g_ptr_array_add (self->series_rows, row);
}

static void
show_list (HubrotaScheduleEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) series = hubrota_store_list_series (self->store, self->hub, &error);

  clear_group (self->series_group, self->series_rows);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  if (series == NULL)
    {
      adw_preferences_group_set_description (self->series_group, error->message);
      return;
    }
  self->series = g_steal_pointer (&series);
  for (guint i = 0; i < self->series->len; i++)
    add_series_row (self, g_ptr_array_index (self->series, i));
  adw_preferences_group_set_description (self->series_group,
                                         self->series->len == 0
                                           ? _("This hub has no opening times yet")
                                           : NULL);
}

static void
back_to_list (HubrotaScheduleEditor *self)
{
  g_clear_object (&self->editing);
  g_clear_pointer (&self->stored_pattern, hubrota_pattern_free);
  show_list (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

/* Writing */

static gboolean
write_form (HubrotaScheduleEditor *self,
            GError               **error)
{
  g_autoptr(GDateTime) start = form_start (self);
  g_autofree char *rrule = form_rrule (self);
  g_autoptr(HubrotaSeries) series = NULL;
  int minutes = form_minutes (self);
  int officers = gtk_spin_button_get_value_as_int (self->officers_spin);

  if (self->editing == NULL)
    {
      series = hubrota_series_new (self->hub, start, minutes, rrule);
      hubrota_series_set_min_officers (series, officers);
      return hubrota_store_add_series (self->store, series, error) > 0;
    }
  series = g_object_ref (self->editing);
  hubrota_series_set_start (series, start);
  hubrota_series_set_duration_minutes (series, minutes);
  hubrota_series_set_rrule (series, rrule);
  hubrota_series_set_min_officers (series, officers);
  return hubrota_store_update_series (self->store, series, error);
}

static gboolean
save (HubrotaScheduleEditor *self)
{
  g_autoptr(GError) error = NULL;

  refresh_form (self);
  if (self->problem != NULL)
    return FALSE;
  if (!write_form (self, &error))
    {
      /* Everything typed stays; only the reason is added. */
      show_error (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[CHANGED], 0);
  back_to_list (self);
  return TRUE;
}

static void
on_remove_response (HubrotaScheduleEditor *self,
                    const char            *response,
                    AdwMessageDialog      *dialog)
{
  g_autoptr(GError) error = NULL;

  self->confirm_dialog = NULL;
  if (g_strcmp0 (response, "remove") != 0 || self->editing == NULL)
    return;
  if (!hubrota_store_remove_series (self->store, hubrota_series_get_id (self->editing), &error))
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
  back_to_list (self);
}

static char *
remove_body (HubrotaScheduleEditor *self)
{
  g_autofree char *what = hubrota_series_describe (self->editing);
  g_autoptr(GError) error = NULL;
  guint officers = 0;

  hubrota_store_count_series_officers (self->store, hubrota_series_get_id (self->editing),
                                       &officers, &error);
  if (officers == 0)
    /* Translators: %s describes the opening time, e.g. "Every Saturday, 10:00–13:00, from…" */
    return g_strdup_printf (_("“%s” and every opening it makes will go from the rota and from "
                              "subscribed calendars."), what);
  return g_strdup_printf (ngettext ("“%s” and every opening it makes will go from the rota and "
                                    "from subscribed calendars. %u officer is assigned to its "
                                    "openings and will be taken off them.",
                                    "“%s” and every opening it makes will go from the rota and "
                                    "from subscribed calendars. %u officers are assigned to its "
                                    "openings and will be taken off them.", officers),
                          what, officers);
}

static GtkWidget *
confirm_remove (HubrotaScheduleEditor *self)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->editing == NULL)
    return NULL;
  body = remove_body (self);
  dialog = hubrota_dialog_ask (GTK_WINDOW (self), _("Remove Opening Time?"), body,
                               "cancel", _("_Cancel"), "remove", _("_Remove"),
                               G_CALLBACK (on_remove_response), self);
  self->confirm_dialog = dialog;
  return dialog;
}

/* Signal callbacks */

/* Ending on a date starts from a quarter of a year of openings, not from no date at all. */
static void
suggest_until (HubrotaScheduleEditor *self)
{
  if (adw_combo_row_get_selected (self->end_row) != END_UNTIL || g_date_valid (&self->until))
    return;
  self->until = self->first;
  g_date_add_days (&self->until, 12 * 7);
  self->filling = TRUE;
  select_calendar_day (self->until_calendar, &self->until);
  self->filling = FALSE;
}

static void
on_form_changed (HubrotaScheduleEditor *self)
{
  if (self->filling || self->store == NULL)
    return;
  suggest_until (self);
  refresh_form (self);
}

static void
on_day_toggled (HubrotaScheduleEditor *self)
{
  on_form_changed (self);
}

/* A new first date carries the choices that followed the old one: a single weekday that
 * was its day, and its place in the month. */
static void
move_first (HubrotaScheduleEditor *self,
            const GDate           *date)
{
  int old_day = g_date_get_weekday (&self->first);
  int new_day = g_date_get_weekday (date);
  g_autoptr(GDateTime) old_start = form_start (self);
  g_autoptr(HubrotaPattern) before = form_pattern (self);
  g_autoptr(GDateTime) new_start = NULL;
  gboolean ordinal_fitted = hubrota_pattern_check (before, old_start) == HUBROTA_PATTERN_PROBLEM_NONE;

  self->first = *date;
  new_start = form_start (self);
  self->filling = TRUE;
  if (chosen_weekdays (self) == HUBROTA_PATTERN_WEEKDAY (old_day))
    set_weekdays (self, HUBROTA_PATTERN_WEEKDAY (new_day));
  fill_ordinals (self);
  if (repeat_choice (self) != REPEAT_MONTHLY || ordinal_fitted)
    {
      int ordinal = hubrota_pattern_ordinal_of (new_start);
      adw_combo_row_set_selected (self->ordinal_row, ordinal == -1 ? 4 : (guint) ordinal - 1);
    }
  self->filling = FALSE;
}

static void
on_first_day_selected (HubrotaScheduleEditor *self)
{
  GDate date;

  if (self->filling)
    return;
  hubrota_month_calendar_get_day (self->calendar, &date);
  if (g_date_compare (&date, &self->first) != 0)
    move_first (self, &date);
  gtk_menu_button_popdown (self->date_button);
  refresh_form (self);
}

static void
on_until_day_selected (HubrotaScheduleEditor *self)
{
  if (self->filling)
    return;
  hubrota_month_calendar_get_day (self->until_calendar, &self->until);
  gtk_menu_button_popdown (self->until_button);
  refresh_form (self);
}

/* Hours and minutes with two digits, as a clock shows them. */
static gboolean
on_time_output (GtkSpinButton *spin,
                gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
on_add_clicked (HubrotaScheduleEditor *self)
{
  open_form (self, NULL);
}

static void
on_cancel_clicked (HubrotaScheduleEditor *self)
{
  back_to_list (self);
}

static void
on_save_clicked (HubrotaScheduleEditor *self)
{
  save (self);
}

static void
on_remove_clicked (HubrotaScheduleEditor *self)
{
  confirm_remove (self);
}

/* Escape leaves the form for the list, and the list for the rota. */
static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HubrotaScheduleEditor *self = HUBROTA_SCHEDULE_EDITOR (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "form") == 0)
    back_to_list (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* Overrides */

static void
make_day_buttons (HubrotaScheduleEditor *self)
{
  const char *short_names[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"),
                                N_("Sun") };
  const char *names[] = { N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
                          N_("Friday"), N_("Saturday"), N_("Sunday") };

  for (int i = 0; i < 7; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_(short_names[i]));

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(names[i]), -1);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_day_toggled), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->days_box, button);
      self->day_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
}

static void
hubrota_schedule_editor_dispose (GObject *object)
{
  HubrotaScheduleEditor *self = HUBROTA_SCHEDULE_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->editing);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->stored_pattern, hubrota_pattern_free);

  G_OBJECT_CLASS (hubrota_schedule_editor_parent_class)->dispose (object);
}

static void
hubrota_schedule_editor_finalize (GObject *object)
{
  HubrotaScheduleEditor *self = HUBROTA_SCHEDULE_EDITOR (object);

  g_free (self->hub);
  g_free (self->hub_name);
  g_free (self->problem);
  g_ptr_array_unref (self->series_rows);
  g_ptr_array_unref (self->preview_rows);
  g_ptr_array_unref (self->preview_texts);

  G_OBJECT_CLASS (hubrota_schedule_editor_parent_class)->finalize (object);
}

static void
hubrota_schedule_editor_class_init (HubrotaScheduleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_schedule_editor_dispose;
  object_class->finalize = hubrota_schedule_editor_finalize;

  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");

  gtk_widget_class_install_action (widget_class, "schedule.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "schedule.back", NULL);

  g_type_ensure (HUBROTA_TYPE_MONTH_CALENDAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-schedule-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, series_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, form_title);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, when_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, interval_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, interval_spin);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, days_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, days_box);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, ordinal_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, ordinals);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, rule_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, opens_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, opens_hour);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, opens_minute);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, closes_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, closes_hour);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, closes_minute);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, ends_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, until_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, until_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, until_calendar);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, count_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, count_spin);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, officers_spin);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, preview_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaScheduleEditor, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, on_form_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_first_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_until_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_time_output);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
hubrota_schedule_editor_init (HubrotaScheduleEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());

  self->series_rows = g_ptr_array_new ();
  self->preview_rows = g_ptr_array_new ();
  self->preview_texts = g_ptr_array_new_with_free_func (g_free);
  date_of (now, &self->today);
  self->first = self->today;
  g_date_clear (&self->until, 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  make_day_buttons (self);
  /* A clock reads hours then minutes, left to right, in every language (14:00, never
   * "00:14" mirrored). */
  gtk_widget_set_direction (gtk_widget_get_parent (GTK_WIDGET (self->opens_hour)),
                            GTK_TEXT_DIR_LTR);
  gtk_widget_set_direction (gtk_widget_get_parent (GTK_WIDGET (self->closes_hour)),
                            GTK_TEXT_DIR_LTR);
}

/* Public API */

GtkWidget *
hubrota_schedule_editor_new (GtkWindow    *parent,
                             HubrotaStore *store,
                             const char   *hub)
{
  HubrotaScheduleEditor *self;
  g_autoptr(HubrotaHub) record = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (hub != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_SCHEDULE_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->hub = g_strdup (hub);
  record = hubrota_store_get_hub (store, hub, NULL);
  self->hub_name = g_strdup (record != NULL ? hubrota_hub_get_name (record) : hub);
  /* Translators: the window's title; %s is a hub, e.g. "Opening Times — Kempston Library" */
  title = g_strdup_printf (_("Opening Times — %s"), self->hub_name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  show_list (self);
  return GTK_WIDGET (self);
}

/* Test hooks */

void
_hubrota_schedule_editor_set_today (HubrotaScheduleEditor *self,
                                    const GDate           *today)
{
  self->today = *today;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "form") == 0)
    refresh_form (self);
}

const char *
_hubrota_schedule_editor_get_page (HubrotaScheduleEditor *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

guint
_hubrota_schedule_editor_count_series (HubrotaScheduleEditor *self)
{
  return self->series_rows->len;
}

const char *
_hubrota_schedule_editor_get_series_title (HubrotaScheduleEditor *self,
                                           guint                  index)
{
  g_return_val_if_fail (index < self->series_rows->len, NULL);
  return g_object_get_data (g_ptr_array_index (self->series_rows, index), "title");
}

const char *
_hubrota_schedule_editor_get_series_subtitle (HubrotaScheduleEditor *self,
                                              guint                  index)
{
  g_return_val_if_fail (index < self->series_rows->len, NULL);
  return adw_action_row_get_subtitle (g_ptr_array_index (self->series_rows, index));
}

void
_hubrota_schedule_editor_edit_series (HubrotaScheduleEditor *self,
                                      gint64                 series_id)
{
  for (guint i = 0; i < self->series_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->series_rows, i);
      HubrotaSeries *series = g_object_get_data (G_OBJECT (row), "series");

      if (hubrota_series_get_id (series) == series_id)
        {
          g_signal_emit_by_name (row, "activated");
          return;
        }
    }
  g_critical ("The editor lists no series %" G_GINT64_FORMAT, series_id);
}

void
_hubrota_schedule_editor_add (HubrotaScheduleEditor *self)
{
  on_add_clicked (self);
}

/* As a person picking the day in the calendar: showing a day is not picking it. */
void
_hubrota_schedule_editor_set_first_date (HubrotaScheduleEditor *self,
                                         const GDate           *date)
{
  select_calendar_day (self->calendar, date);
  on_first_day_selected (self);
}

void
_hubrota_schedule_editor_set_times (HubrotaScheduleEditor *self,
                                    int                    opens_minutes,
                                    int                    closes_minutes)
{
  set_spin_time (self->opens_hour, self->opens_minute, opens_minutes);
  set_spin_time (self->closes_hour, self->closes_minute, closes_minutes);
}

void
_hubrota_schedule_editor_set_pattern (HubrotaScheduleEditor *self,
                                      const HubrotaPattern  *pattern)
{
  fill_pattern (self, pattern);
  refresh_form (self);
}

void
_hubrota_schedule_editor_set_min_officers (HubrotaScheduleEditor *self,
                                           int                    min_officers)
{
  gtk_spin_button_set_value (self->officers_spin, min_officers);
}

gboolean
_hubrota_schedule_editor_is_raw (HubrotaScheduleEditor *self)
{
  return self->raw;
}

const char *
_hubrota_schedule_editor_get_problem (HubrotaScheduleEditor *self)
{
  return self->problem;
}

const char *
_hubrota_schedule_editor_get_error (HubrotaScheduleEditor *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->error_group))
    ? gtk_label_get_label (self->error_label) : NULL;
}

GStrv
_hubrota_schedule_editor_get_preview (HubrotaScheduleEditor *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv texts;

  for (guint i = 0; i < self->preview_texts->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->preview_texts, i));
  texts = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return texts;
}

gboolean
_hubrota_schedule_editor_can_save (HubrotaScheduleEditor *self)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (self->save_button));
}

gboolean
_hubrota_schedule_editor_save (HubrotaScheduleEditor *self)
{
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    return FALSE;
  g_signal_emit_by_name (self->save_button, "clicked");
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0;
}

GtkWidget *
_hubrota_schedule_editor_remove (HubrotaScheduleEditor *self)
{
  on_remove_clicked (self);
  return self->confirm_dialog;
}
