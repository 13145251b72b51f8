/* hubrota-format.c: dates, hours and people as the windows show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hubrota-format.h"

char *
hubrota_format_day (GDateTime *datetime)
{
  /* Translators: a day, e.g. "Saturday 5 December"; see g_date_time_format() */
  return g_date_time_format (datetime, _("%A %-d %B"));
}

char *
hubrota_format_short_day (GDateTime *datetime)
{
  /* Translators: a day in a few letters, e.g. "Sat 5 Dec"; see g_date_time_format() */
  return g_date_time_format (datetime, _("%a %-d %b"));
}

char *
hubrota_format_time_range (GDateTime *start,
                           GDateTime *end)
{
  g_autofree char *from = hubrota_london_format_clock (start);
  g_autofree char *to = hubrota_london_format_clock (end);

  /* Translators: opening hours, e.g. "10:00–13:00" */
  return g_strdup_printf (_("%s–%s"), from, to);
}

char *
hubrota_slug_from_name (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *slug = g_string_new (NULL);

  /* Runs of anything but letters and digits become one hyphen, none at either end; an
   * apostrophe (’ is ' in ASCII) joins rather than parts: "St John’s" is "st-johns". */
  for (const char *p = ascii; *p != '\0' && slug->len < HUBROTA_MAX_SLUG_LENGTH; p++)
    {
      if (*p == '\'')
        continue;
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  return g_string_free (slug, FALSE);
}

double
hubrota_abstraction_level (double  away_hours,
                           double  on_duty_hours,
                           double  limit,
                           double *out_percent)
{
  double percent = on_duty_hours > 0 ? 100 * away_hours / on_duty_hours
                                     : (away_hours > 0 ? 100 : 0);

  if (out_percent != NULL)
    *out_percent = percent;
  return limit > 0 ? percent / limit : (percent > 0 ? 2 : 0);
}

GtkWidget *
hubrota_abstraction_bar_new (double      level,
                             const char *label)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 2);

  /* Up to the limit is fine; past it the bar turns to a warning. The scale runs to twice
   * the limit, so the limit sits in the middle. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH, 1);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW, 2);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MIN (level, 2));
  /* Adwaita paints any filled block in the accent colour after it paints "low" ones, so the
   * warning needs a class of its own (style.css). */
  hubrota_widget_set_css_class (bar, "over-limit", level > 1);
  gtk_widget_set_size_request (bar, 120, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return bar;
}

GDateTime *
hubrota_date_to_datetime (const GDate *date)
{
  return g_date_time_new (hubrota_london_tz (), g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), 0, 0, 0);
}

void
hubrota_date_from_datetime (GDate     *out_date,
                            GDateTime *datetime)
{
  g_date_clear (out_date, 1);
  g_date_set_dmy (out_date, g_date_time_get_day_of_month (datetime),
                  g_date_time_get_month (datetime), g_date_time_get_year (datetime));
}

void
hubrota_date_to_monday (GDate *day)
{
  g_date_subtract_days (day, g_date_get_weekday (day) - G_DATE_MONDAY);
}

char *
hubrota_format_week (const GDate *monday)
{
  GDate sunday = *monday;
  g_autoptr(GDateTime) first = hubrota_date_to_datetime (monday);
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_date_add_days (&sunday, 6);
  last = hubrota_date_to_datetime (&sunday);
  /* Translators: the first day of a week, e.g. "30 Nov"; see g_date_time_format() */
  from = g_date_time_format (first, _("%-d %b"));
  /* Translators: the last day of a week, e.g. "6 Dec 2026"; see g_date_time_format() */
  to = g_date_time_format (last, _("%-d %b %Y"));
  /* Translators: a week, e.g. "30 Nov – 6 Dec 2026" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static gboolean
is_midnight (GDateTime *datetime)
{
  return g_date_time_get_hour (datetime) == 0 && g_date_time_get_minute (datetime) == 0;
}

char *
hubrota_format_span (GDateTime *start_at,
                     GDateTime *end_at)
{
  g_autoptr(GDateTime) start = g_date_time_to_timezone (start_at, hubrota_london_tz ());
  g_autoptr(GDateTime) end = g_date_time_to_timezone (end_at, hubrota_london_tz ());
  g_autoptr(GDateTime) last = g_date_time_add_seconds (end, -1);
  g_autofree char *day = hubrota_format_short_day (start);
  g_autofree char *last_day = hubrota_format_short_day (last);
  g_autofree char *hours = NULL, *from = NULL, *to = NULL;

  if (g_strcmp0 (day, last_day) == 0 && !(is_midnight (start) && is_midnight (end)))
    {
      hours = hubrota_format_time_range (start, end);
      /* Translators: when a finding applies, e.g. "Sat 5 Dec, 10:00–13:00" */
      return g_strdup_printf (_("%s, %s"), day, hours);
    }
  if (is_midnight (start) && is_midnight (end) && g_strcmp0 (day, last_day) == 0)
    return g_steal_pointer (&day);
  if (is_midnight (start) && is_midnight (end))
    /* Translators: whole days a finding applies, e.g. "Sun 13 Dec – Tue 15 Dec" */
    return g_strdup_printf (_("%s – %s"), day, last_day);
  from = hubrota_london_format_clock (start);
  to = hubrota_london_format_clock (end);
  /* Translators: a finding across midnight, e.g. "Sat 5 Dec 22:00 – Sun 6 Dec 02:00" */
  return g_strdup_printf (_("%s %s – %s %s"), day, from, last_day, to);
}

char *
hubrota_format_change (HubrotaOccurrence *occurrence)
{
  const char *reason = hubrota_occurrence_get_reason (occurrence);
  g_autoptr(GDateTime) original = NULL;
  g_autofree char *day = NULL;

  if (hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED)
    {
      if (reason == NULL || reason[0] == '\0')
        return g_strdup (_("Cancelled"));
      /* Translators: %s is why an opening was cancelled, e.g. "Closed for Christmas" */
      return g_strdup_printf (_("Cancelled: %s"), reason);
    }
  if (!hubrota_occurrence_get_moved (occurrence))
    return NULL;

  original = hubrota_date_to_datetime (hubrota_occurrence_get_original_date (occurrence));
  day = hubrota_format_day (original);
  /* Translators: %s is the day an opening was first planned for */
  return g_strdup_printf (_("Moved from %s"), day);
}

const char *
hubrota_format_role (HubrotaRole role)
{
  switch (role)
    {
    case HUBROTA_ROLE_PC:
      return C_("role", "PC");
    case HUBROTA_ROLE_PCSO:
      return C_("role", "PCSO");
    case HUBROTA_ROLE_SC:
      return C_("role", "Special");
    case HUBROTA_ROLE_SGT:
      return C_("role", "Sergeant");
    case HUBROTA_ROLE_VOL:
      return C_("role", "Volunteer");
    default:
      g_return_val_if_reached ("");
    }
}

char *
hubrota_format_officer (HubrotaOfficer *officer)
{
  /* Translators: an officer, e.g. "Sam Patel (PC1234)" */
  return g_strdup_printf (_("%s (%s)"), hubrota_officer_get_name (officer),
                          hubrota_officer_get_id (officer));
}

const char *
hubrota_format_rule (HubrotaRule rule)
{
  switch (rule)
    {
    case HUBROTA_RULE_DOUBLE_BOOKED:
      return _("Double-booked");
    case HUBROTA_RULE_ON_LEAVE:
      return _("On leave");
    case HUBROTA_RULE_OFF_DUTY:
      return _("Overtime");
    case HUBROTA_RULE_ABSTRACTION_LIMIT:
      return _("Over abstraction limit");
    case HUBROTA_RULE_BEAT_UNCOVERED:
      return _("Beat left uncovered");
    case HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK:
      return _("Hotspot patrol at risk");
    case HUBROTA_RULE_UNDERSTAFFED:
      return _("Understaffed");
    default:
      g_return_val_if_reached ("");
    }
}

/* A broken rule as an opening's status says it: understaffing with its numbers. */
static char *
format_problem (HubrotaOpeningStatus *status,
                HubrotaRule           rule)
{
  if (rule == HUBROTA_RULE_UNDERSTAFFED)
    /* Translators: officers on an opening and officers it needs, e.g. "Understaffed 1 of 2" */
    return g_strdup_printf (_("Understaffed %u of %u"),
                            hubrota_opening_status_get_assigned (status),
                            hubrota_opening_status_get_needed (status));
  return g_strdup (hubrota_format_rule (rule));
}

char *
hubrota_format_status (HubrotaOpeningStatus *status)
{
  guint n_rules;
  const HubrotaRule *rules = hubrota_opening_status_get_rules (status, &n_rules);

  switch (hubrota_opening_status_get_level (status))
    {
    case HUBROTA_STATUS_CANCELLED:
      return g_strdup (_("Cancelled"));
    case HUBROTA_STATUS_STAFFED:
      return g_strdup (_("Staffed"));
    case HUBROTA_STATUS_NOTE:
      /* Translators: more officers on an opening than it needs, e.g. "Over-staffed 3 of 2" */
      return g_strdup_printf (_("Over-staffed %u of %u"),
                              hubrota_opening_status_get_assigned (status),
                              hubrota_opening_status_get_needed (status));
    case HUBROTA_STATUS_WARNING:
    case HUBROTA_STATUS_ERROR:
    default:
      g_return_val_if_fail (n_rules > 0, g_strdup (""));
      return format_problem (status, rules[0]);
    }
}

char *
hubrota_format_status_problems (HubrotaOpeningStatus *status)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_rules;
  const HubrotaRule *rules = hubrota_opening_status_get_rules (status, &n_rules);

  if (hubrota_opening_status_get_level (status) == HUBROTA_STATUS_CANCELLED || n_rules == 0)
    return NULL;
  for (guint i = 0; i < n_rules; i++)
    {
      g_autofree char *problem = format_problem (status, rules[i]);
      /* Translators: between an opening's problems, e.g. "Double-booked · Overtime" */
      g_string_append_printf (text, "%s%s", i > 0 ? _(" · ") : "", problem);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
hubrota_format_status_class (HubrotaStatusLevel level)
{
  static const char * const classes[] = { "dim-label", "success", "accent", "warning", "error" };

  g_return_val_if_fail (level <= HUBROTA_STATUS_ERROR, "error");
  return classes[level];
}

char *
hubrota_format_staffing (HubrotaOpeningStatus *status)
{
  guint assigned = hubrota_opening_status_get_assigned (status);
  guint needed = hubrota_opening_status_get_needed (status);

  if (assigned > needed)
    /* Translators: more officers than an opening needs, e.g. "3 officers, 2 needed" */
    return g_strdup_printf (ngettext ("%u officer, %u needed", "%u officers, %u needed", assigned),
                            assigned, needed);
  /* Translators: staffing of an opening, e.g. "1 of 2 officers" */
  return g_strdup_printf (ngettext ("%u of %u officer", "%u of %u officers", needed), assigned,
                          needed);
}

char *
hubrota_format_officer_problems (HubrotaOpeningStatus *status,
                                 const char           *officer)
{
  GPtrArray *findings = hubrota_opening_status_get_officer_findings (status, officer);
  g_autoptr(GString) text = g_string_new (NULL);

  if (findings->len == 0)
    return NULL;
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *sentence = hubrota_format_sentence (
        hubrota_finding_get_message (g_ptr_array_index (findings, i)));
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", sentence);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
hubrota_editable_dup_stripped (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

#define TOOLTIP_KEY "hubrota-tooltip"

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = hubrota_widget_get_tooltip (widget);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
hubrota_widget_set_tooltip (GtkWidget  *widget,
                            const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY) == NULL && text != NULL)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_object_set_data_full (G_OBJECT (widget), TOOLTIP_KEY, g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

const char *
hubrota_widget_get_tooltip (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  return g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);
}

void
hubrota_widget_set_css_class (GtkWidget  *widget,
                              const char *css_class,
                              gboolean    enabled)
{
  if (enabled)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

char *
hubrota_format_sentence (const char *text)
{
  char head[6] = { 0 };

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), head);
  return g_strconcat (head, g_utf8_next_char (text), NULL);
}

char *
hubrota_format_error (const GError *error)
{
  const char *message = error != NULL ? error->message : NULL;

  if (message == NULL || *message == '\0')
    return g_strdup (_("Something went wrong"));
  return hubrota_format_sentence (message);
}

gboolean
hubrota_parse_clock (const char *text,
                     int        *out_minutes)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  return hubrota_london_parse_clock (trimmed, out_minutes, NULL);
}

const char *
hubrota_read_hours (AdwEntryRow *opens,
                    AdwEntryRow *closes,
                    int         *out_start,
                    int         *out_minutes)
{
  int start = 0, end = 0;
  gboolean opens_ok = hubrota_parse_clock (gtk_editable_get_text (GTK_EDITABLE (opens)), &start);
  gboolean closes_ok = hubrota_parse_clock (gtk_editable_get_text (GTK_EDITABLE (closes)), &end);
  gboolean ordered = !opens_ok || !closes_ok || end > start;

  hubrota_widget_set_css_class (GTK_WIDGET (opens), "error", !opens_ok);
  hubrota_widget_set_css_class (GTK_WIDGET (closes), "error", !closes_ok || !ordered);
  *out_start = start;
  *out_minutes = end - start;
  if (!opens_ok)
    return _("Type the opening time as HH:MM, for example 10:00");
  if (!closes_ok)
    return _("Type the closing time as HH:MM, for example 13:00");
  if (!ordered)
    return _("It must close after it opens");
  return NULL;
}

/* Duty and time away, in words */

static const char *const rrule_days[7] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
static const char *const short_days[7] = {
  NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"), NC_("weekday", "Thu"),
  NC_("weekday", "Fri"), NC_("weekday", "Sat"), NC_("weekday", "Sun"),
};

const char *
hubrota_format_weekday (guint day)
{
  g_return_val_if_fail (day < 7, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday", short_days[day]);
}

char *
hubrota_format_weekly_rrule (guint days,
                             guint every_weeks)
{
  g_autoptr(GString) rule = g_string_new ("FREQ=WEEKLY");

  if (every_weeks > 1)
    g_string_append_printf (rule, ";INTERVAL=%u", every_weeks);
  g_string_append (rule, ";BYDAY=");
  for (guint d = 0, n = 0; d < 7; d++)
    if (days & (1u << d))
      g_string_append_printf (rule, "%s%s", n++ > 0 ? "," : "", rrule_days[d]);
  return g_string_free (g_steal_pointer (&rule), FALSE);
}

/* The days of a BYDAY list as bits (Monday bit 0); 0 when a day has an ordinal ("1SA"). */
static guint
parse_byday (const char *list)
{
  g_auto(GStrv) days = g_strsplit (list, ",", -1);
  guint mask = 0;

  for (guint i = 0; days[i] != NULL; i++)
    {
      guint d;
      for (d = 0; d < 7 && strcmp (days[i], rrule_days[d]) != 0; d++)
        ;
      if (d == 7)
        return 0;
      mask |= 1u << d;
    }
  return mask;
}

static char *
describe_days (guint mask)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (mask == HUBROTA_ALL_DAYS_MASK)
    return g_strdup (_("Every day"));
  if (mask == HUBROTA_WEEKDAYS_MASK)
    return g_strdup (_("Mon–Fri"));
  for (guint d = 0; d < 7; d++)
    if (mask & (1u << d))
      /* Translators: the separator between days, e.g. "Mon, Wed, Fri" */
      g_string_append_printf (text, "%s%s", text->len > 0 ? _(", ") : "",
                              hubrota_format_weekday (d));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "Mon–Fri", "Every day", "Sat, Sun, every 2 weeks"; NULL for a rule beyond what the Add
 * Shift Pattern dialog makes (hubrota_format_weekly_rrule's, and FREQ=DAILY). */
static char *
describe_rrule (const char *rrule,
                GDateTime  *start)
{
  g_auto(GStrv) parts = g_strsplit (rrule, ";", -1);
  const char *freq = NULL;
  guint interval = 1, mask = 0;
  g_autofree char *days = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_has_prefix (parts[i], "FREQ="))
        freq = parts[i] + 5;
      else if (g_str_has_prefix (parts[i], "INTERVAL="))
        interval = (guint) g_ascii_strtoull (parts[i] + 9, NULL, 10);
      else if (g_str_has_prefix (parts[i], "BYDAY="))
        {
          if ((mask = parse_byday (parts[i] + 6)) == 0)
            return NULL;
        }
      else if (!g_str_has_prefix (parts[i], "WKST="))
        return NULL;
    }
  if (g_strcmp0 (freq, "DAILY") == 0 && mask == 0)
    return interval <= 1 ? g_strdup (_("Every day"))
                         : g_strdup_printf (ngettext ("Every %u day", "Every %u days", interval),
                                            interval);
  if (g_strcmp0 (freq, "WEEKLY") != 0)
    return NULL;
  if (mask == 0)
    mask = 1u << (g_date_time_get_day_of_week (start) - 1);
  days = describe_days (mask);
  if (interval <= 1)
    return g_steal_pointer (&days);
  /* Translators: days of a shift pattern and how often, e.g. "Sat, Sun, every 2 weeks" */
  return g_strdup_printf (ngettext ("%s, every %u week", "%s, every %u weeks", interval), days,
                          interval);
}

char *
hubrota_format_duty (HubrotaDuty *duty)
{
  GDateTime *start = hubrota_duty_get_start (duty);
  int minutes = hubrota_duty_get_duration_minutes (duty);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, minutes);
  g_autofree char *hours = hubrota_format_time_range (start, end);
  const char *rrule = hubrota_duty_get_rrule (duty);
  g_autofree char *pattern = NULL;
  g_autofree char *from = NULL;

  /* A rotating roster, as `duty list` says it ("10-day cycle from Mon 7 Dec 2026: …"). */
  if (hubrota_duty_is_roster (duty))
    return hubrota_duty_describe_roster (duty);
  if (rrule == NULL)
    {
      g_autofree char *day = hubrota_format_short_day (start);
      /* Translators: a single shift, e.g. "Once: Sat 5 Dec 10:00–18:00" */
      return g_strdup_printf (_("Once: %s %s"), day, hours);
    }
  pattern = describe_rrule (rrule, start);
  if (pattern == NULL)
    {
      /* Worded as `duty list` words it, by a series standing in for the pattern. */
      g_autoptr(HubrotaSeries) stand_in = hubrota_series_new (hubrota_duty_get_officer (duty),
                                                              start, minutes, rrule);
      return hubrota_series_describe (stand_in);
    }
  /* Translators: the first day of a shift pattern, e.g. "2 Nov 2026"; see g_date_time_format() */
  from = g_date_time_format (start, _("%-d %b %Y"));
  /* Translators: a shift pattern, e.g. "Mon–Fri 08:00–16:00 from 2 Nov 2026" */
  return g_strdup_printf (_("%s %s from %s"), pattern, hours, from);
}

char *
hubrota_format_away (GDateTime *start,
                     GDateTime *end)
{
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!is_midnight (start) || !is_midnight (end))
    {
      g_autofree char *from_day = hubrota_format_short_day (start);
      g_autofree char *from_clock = hubrota_london_format_clock (start);
      g_autofree char *to_clock = hubrota_london_format_clock (end);

      /* Translators: a day with its year, e.g. "Sat 5 Dec 2026"; see g_date_time_format() */
      to = g_date_time_format (end, _("%a %-d %b %Y"));
      /* Translators: a stretch of time away, e.g. "Sat 5 Dec 10:00 – Sat 5 Dec 2026 18:00" */
      return g_strdup_printf (_("%s %s – %s %s"), from_day, from_clock, to, to_clock);
    }
  last = g_date_time_add_days (end, -1);
  /* Translators: a whole day away, e.g. "Mon 7 Dec 2026"; see g_date_time_format() */
  to = g_date_time_format (last, _("%a %-d %b %Y"));
  if (g_date_time_compare (last, start) <= 0)
    return g_steal_pointer (&to);
  g_free (to);
  /* Translators: the first day away, e.g. "7 Dec"; see g_date_time_format() */
  from = g_date_time_format (start, _("%-d %b"));
  /* Translators: the last day away, e.g. "11 Dec 2026"; see g_date_time_format() */
  to = g_date_time_format (last, _("%-d %b %Y"));
  return g_strdup_printf (_("%s – %s"), from, to);
}

GDate *
hubrota_parse_day (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return hubrota_london_parse_date (stripped, NULL);
}

/* Why a clock time that reads as one is no moment on day. */
static const char *
clock_change_problem (const GDate *day,
                      int          minutes,
                      gboolean     has_offset,
                      gboolean     offset_allowed)
{
  g_autoptr(GDateTime) wall = hubrota_london_new_local (g_date_get_year (day),
                                                        g_date_get_month (day),
                                                        g_date_get_day (day),
                                                        minutes / 60, minutes % 60, FALSE);

  /* In the spring gap London's clocks never read the time asked for. */
  if (g_date_time_get_hour (wall) * 60 + g_date_time_get_minute (wall) != minutes)
    return _("That time does not exist that day, as the clocks go forward an hour; choose "
             "another");
  if (has_offset)
    return _("London is not at that offset at that time; leave it out");
  if (offset_allowed)
    return _("That time comes twice that day, as the clocks go back an hour; add +01:00 for "
             "the first (BST) or +00:00 for the second (GMT)");
  return _("That time comes twice that day, as the clocks go back an hour; choose another");
}

GDateTime *
hubrota_parse_moment (const GDate *day,
                      const char  *time_text,
                      gboolean     offset_allowed,
                      const char **out_problem)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (time_text != NULL ? time_text : ""));
  const char *offset = strchr (trimmed, '+');
  g_autofree char *clock = g_strndup (trimmed, offset != NULL ? (gsize) (offset - trimmed)
                                                              : strlen (trimmed));
  GDateTime *moment;
  int minutes;

  *out_problem = NULL;
  if (!hubrota_parse_clock (clock, &minutes) ||
      (offset != NULL && (!offset_allowed || (strcmp (offset, "+01:00") != 0 &&
                                              strcmp (offset, "+00:00") != 0))))
    {
      *out_problem = _("Times are like 08:00 or 16:30");
      return NULL;
    }
  moment = hubrota_london_parse_input_on (day, trimmed, NULL);
  if (moment == NULL)
    *out_problem = clock_change_problem (day, minutes, offset != NULL, offset_allowed);
  return moment;
}

char *
hubrota_format_days_ahead (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

AdwToast *
hubrota_toast_new (const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return adw_toast_new (markup);
}
