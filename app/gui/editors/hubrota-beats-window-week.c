/* hubrota-beats-window-week.c: the beats window's week of a beat: how much of each of its
 * officers' duty the hubs take, the hotspots at risk, and the actions that move the week
 *
 * The week is read and checked in a worker thread (hubrota_rota_load_async); a newer read
 * cancels the one before it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaBeatsWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-beats-window-internal.h"
#include "hubrota-format.h"

/* The week */

static void
show_busy (HubrotaBeatsWindow *self,
           gboolean            busy)
{
  gtk_spinner_set_spinning (self->week_spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->week_spinner), busy);
}

static void
show_officers (HubrotaBeatsWindow *self)
{
  g_autoptr(GPtrArray) officers = hubrota_rota_get_officers (self->rota);
  const char *slug = hubrota_beat_get_slug (self->beat);

  for (guint i = 0; i < officers->len; i++)
    {
      HubrotaOfficer *officer = g_ptr_array_index (officers, i);
      const char *id = hubrota_officer_get_id (officer);
      HubrotaBeat *beat = hubrota_rota_get_officer_beat (self->rota, id);
      g_autofree char *who = NULL, *words = NULL, *text = NULL;
      double away = 0, on_duty = 0, percent, level;
      GtkWidget *row;

      if (beat == NULL || g_strcmp0 (hubrota_beat_get_slug (beat), slug) != 0 ||
          !hubrota_rota_get_abstraction (self->rota, id, &self->monday, &away, &on_duty))
        continue;
      /* The limit the checker used: the beat as the rota read it. */
      level = hubrota_abstraction_level (away, on_duty, hubrota_beat_get_abstraction_limit (beat),
                                         &percent);
      who = hubrota_format_officer (officer);
      if (on_duty == 0 && away == 0)
        words = g_strdup (_("Not on duty this week"));
      else
        /* Translators: hours at hubs outside the beat, of hours on duty, e.g. "3.0 h of 37.5 h,
         * 8.0%"; one decimal, so 10.4% against a 10% limit does not read as 10% */
        words = g_strdup_printf (_("%.1f h of %.1f h, %.1f%%"), away, on_duty, percent);
      /* Translators: a row's text for copying, officer and hours; the second marks one over
       * the beat's abstraction limit */
      text = g_strdup_printf (level > 1 ? _("%s: %s [over]") : _("%s: %s"), who, words);
      row = _hubrota_beats_window_add_row (self, OFFICERS, who, words, text);
      if (level > 1)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
          gtk_widget_add_css_class (icon, "warning");
          gtk_widget_set_tooltip_text (icon, _("Over the beat’s abstraction limit"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Over the beat’s abstraction limit"), -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
        }
      /* A bar of nothing against nothing says less than the words. */
      if (on_duty > 0 || away > 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), hubrota_abstraction_bar_new (level, words));
    }
}

static void
show_findings (HubrotaBeatsWindow *self)
{
  const char *slug = hubrota_beat_get_slug (self->beat);
  guint at_risk = 0;

  for (guint i = 0; i < self->findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (self->findings, i);
      HubrotaRule rule = hubrota_finding_get_rule (finding);
      GtkWidget *row, *icon;

      if (g_strcmp0 (hubrota_finding_get_beat (finding), slug) != 0 ||
          (rule != HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK && rule != HUBROTA_RULE_BEAT_UNCOVERED))
        continue;
      at_risk += rule == HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK;
      row = _hubrota_beats_window_add_row (self, RISKS, hubrota_finding_get_message (finding),
                                           hubrota_format_rule (rule), NULL);
      /* Both rules are errors: the beat is short of the officers it is owed. */
      icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  adw_preferences_group_set_description (self->risks_group, at_risk == 0
                                                            ? _("No hotspot at risk this week")
                                                            : NULL);
}

/* The week's part of the page, from the rota read for it (nothing while it is being read). */
void
_hubrota_beats_window_show_week (HubrotaBeatsWindow *self)
{
  g_autofree char *week = hubrota_format_week (&self->monday);
  g_autofree char *limit = NULL;

  adw_preferences_group_set_description (self->week_group, week);
  _hubrota_beats_window_clear_rows (self, OFFICERS);
  _hubrota_beats_window_clear_rows (self, RISKS);
  adw_preferences_group_set_description (self->officers_group, NULL);
  adw_preferences_group_set_description (self->risks_group, NULL);
  if (self->beat == NULL || self->rota == NULL)
    return;

  show_officers (self);
  /* Translators: %g is a percentage, e.g. "Time at hubs outside the beat, against its 10% limit" */
  limit = g_strdup_printf (_("Time at hubs outside the beat, against its %g%% limit"),
                           hubrota_beat_get_abstraction_limit (self->beat));
  adw_preferences_group_set_description (self->officers_group,
                                         self->rows[OFFICERS]->len == 0
                                           ? _("No officer has this as their home beat")
                                           : limit);
  show_findings (self);
}

static void
on_week_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HubrotaBeatsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaRota) rota = hubrota_rota_load_finish (HUBROTA_STORE (source), result, &error);

  /* A newer read cancelled this one: it is not the week on show any more. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  show_busy (self, FALSE);
  g_clear_object (&self->week_loading);
  if (rota == NULL)
    {
      adw_preferences_group_set_description (self->officers_group, error->message);
      return;
    }
  g_set_object (&self->rota, rota);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = hubrota_rota_check (rota);
  _hubrota_beats_window_show_week (self);
}

void
_hubrota_beats_window_load_week (HubrotaBeatsWindow *self)
{
  GDate sunday = self->monday;

  g_cancellable_cancel (self->week_loading);
  g_clear_object (&self->week_loading);
  g_clear_object (&self->rota);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  _hubrota_beats_window_show_week (self);

  g_date_add_days (&sunday, 6);
  self->week_loading = g_cancellable_new ();
  show_busy (self, TRUE);
  hubrota_rota_load_async (self->store, &self->monday, &sunday, self->week_loading, on_week_loaded,
                           g_object_ref (self));
}

static void
move_week (HubrotaBeatsWindow *self,
           int                 weeks)
{
  if (weeks < 0)
    g_date_subtract_days (&self->monday, 7 * -weeks);
  else
    g_date_add_days (&self->monday, 7 * weeks);
  _hubrota_beats_window_load_week (self);
}

static void
previous_week_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_week (HUBROTA_BEATS_WINDOW (widget), -1);
}

static void
next_week_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  move_week (HUBROTA_BEATS_WINDOW (widget), 1);
}

/* Private API, for the tests */

gboolean
_hubrota_beats_window_is_loading (HubrotaBeatsWindow *self)
{
  return self->week_loading != NULL;
}

void
_hubrota_beats_window_wait (HubrotaBeatsWindow *self)
{
  while (_hubrota_beats_window_is_loading (self))
    g_main_context_iteration (NULL, TRUE);
}

const GDate *
_hubrota_beats_window_get_monday (HubrotaBeatsWindow *self)
{
  return &self->monday;
}

char *
_hubrota_beats_window_get_officer_texts (HubrotaBeatsWindow *self)
{
  return _hubrota_beats_window_rows_text (self, OFFICERS);
}

char *
_hubrota_beats_window_get_risk_texts (HubrotaBeatsWindow *self)
{
  return _hubrota_beats_window_rows_text (self, RISKS);
}

const char *
_hubrota_beats_window_get_risk_summary (HubrotaBeatsWindow *self)
{
  const char *summary = adw_preferences_group_get_description (self->risks_group);

  return summary != NULL && summary[0] != '\0' ? summary : NULL;
}

void
_hubrota_beats_window_class_add_week_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "beats.previous-week", NULL, previous_week_cb);
  gtk_widget_class_install_action (widget_class, "beats.next-week", NULL, next_week_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "beats.previous-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "beats.next-week", NULL);
}
