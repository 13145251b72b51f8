/* hubrota-officer-view.c: one officer's coming weeks: assignments, abstraction, findings
 *
 * What an officer opens Hubrota for: where they are due, and whether the hub work is taking
 * too much of their time away from their own beat. "This is me" remembers the officer, so
 * the view opens on them next time. The Calendar group hands out the address of the
 * officer's private calendar, and replaces it when it has reached the wrong people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOfficerView"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-dialog-util.h"
#include "hubrota-format.h"
#include "hubrota-officer-view-private.h"

struct _HubrotaOfficerView
{
  GtkWidget            parent_instance;

  GSettings           *settings;
  HubrotaStore        *store;
  HubrotaRota         *rota;
  GPtrArray           *findings;
  GDate                monday;
  guint                n_weeks;
  char                *officer;
  gboolean             filling;      /* the drop-down is being refilled: not a choice */

  GtkDropDown         *officer_dropdown;
  GListStore          *officers;
  GtkToggleButton     *me_button;
  AdwPreferencesGroup *assignments_group;
  AdwPreferencesGroup *abstraction_group;
  AdwPreferencesGroup *findings_group;
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *calendar_group;
  AdwActionRow        *link_row;
  GtkWidget           *copy_button;
  GtkWidget           *reset_button;
  GtkWidget           *reset_dialog;  /* weak: the confirmation on show, if any */
  char                *last_toast;
  GPtrArray           *rows[3];      /* what each group shows, to take away on a change */
  GArray              *levels;       /* double per week */
};

G_DEFINE_FINAL_TYPE (HubrotaOfficerView, hubrota_officer_view, GTK_TYPE_WIDGET)

enum { ASSIGNMENTS, ABSTRACTION, FINDINGS };

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static AdwPreferencesGroup *
group_of (HubrotaOfficerView *self,
          int                 which)
{
  AdwPreferencesGroup *groups[] = { self->assignments_group, self->abstraction_group,
                                    self->findings_group };
  return groups[which];
}

static void
add_row (HubrotaOfficerView *self,
         int                 which,
         const char         *title,
         const char         *subtitle,
         GtkWidget          *suffix)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (suffix != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_preferences_group_add (group_of (self, which), row);
  g_ptr_array_add (self->rows[which], row);
}

static void
clear_rows (HubrotaOfficerView *self)
{
  for (int which = ASSIGNMENTS; which <= FINDINGS; which++)
    {
      for (guint i = 0; i < self->rows[which]->len; i++)
        adw_preferences_group_remove (group_of (self, which), g_ptr_array_index (self->rows[which], i));
      g_ptr_array_set_size (self->rows[which], 0);
    }
  g_array_set_size (self->levels, 0);
}

static void
show_assignments (HubrotaOfficerView *self)
{
  GPtrArray *occurrences = hubrota_rota_get_occurrences (self->rota);

  for (guint i = 0; i < occurrences->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      GDateTime *start = hubrota_occurrence_get_start (occurrence);
      const char *hub = hubrota_rota_get_hub_name (self->rota, hubrota_occurrence_get_hub (occurrence));
      g_autofree char *day = NULL, *hours = NULL, *when = NULL;

      if (!g_ptr_array_find_with_equal_func (hubrota_occurrence_get_assigned (occurrence),
                                             self->officer, g_str_equal, NULL))
        continue;
      day = hubrota_format_day (start);
      hours = hubrota_format_time_range (start, hubrota_occurrence_get_end (occurrence));
      /* Translators: when an opening is, e.g. "Saturday 5 December, 10:00–13:00" */
      when = g_strdup_printf (_("%s, %s"), day, hours);
      add_row (self, ASSIGNMENTS, hub != NULL ? hub : hubrota_occurrence_get_hub (occurrence), when, NULL);
    }
  adw_preferences_group_set_description (self->assignments_group,
                                         self->rows[ASSIGNMENTS]->len == 0
                                           ? _("Not on any hub opening in these weeks")
                                           : NULL);
}

static void
show_week (HubrotaOfficerView *self,
           const GDate        *monday,
           double              limit)
{
  g_autoptr(GDateTime) first = hubrota_date_to_datetime (monday);
  g_autofree char *day = g_date_time_format (first, _("%-d %B"));
  g_autofree char *title = NULL, *subtitle = NULL;
  double away = 0, on_duty = 0, percent, level;

  if (!hubrota_rota_get_abstraction (self->rota, self->officer, monday, &away, &on_duty))
    return;
  level = hubrota_abstraction_level (away, on_duty, limit, &percent);
  g_array_append_val (self->levels, level);

  /* Translators: a week, e.g. "Week of 30 November" */
  title = g_strdup_printf (_("Week of %s"), day);
  /* Translators: e.g. "3.0 h of 56.0 h on duty: 5% (limit 10%)" */
  subtitle = g_strdup_printf (_("%.1f h of %.1f h on duty: %.0f%% (limit %.0f%%)"),
                              away, on_duty, percent, limit);
  add_row (self, ABSTRACTION, title, subtitle, hubrota_abstraction_bar_new (level, subtitle));
}

static void
show_abstraction (HubrotaOfficerView *self)
{
  HubrotaBeat *beat = hubrota_rota_get_officer_beat (self->rota, self->officer);
  g_autofree char *description = NULL;

  if (beat == NULL)
    {
      adw_preferences_group_set_description (self->abstraction_group,
                                             _("No home beat, so hub time takes nobody off a beat"));
      return;
    }
  /* Translators: %s is a beat, e.g. "Time at hubs away from Kempston, against its limit" */
  description = g_strdup_printf (_("Time at hubs away from %s, against its limit"),
                                 hubrota_beat_get_name (beat));
  adw_preferences_group_set_description (self->abstraction_group, description);
  for (guint week = 0; week < self->n_weeks; week++)
    {
      GDate monday = self->monday;
      g_date_add_days (&monday, 7 * week);
      show_week (self, &monday, hubrota_beat_get_abstraction_limit (beat));
    }
}

static void
show_findings (HubrotaOfficerView *self)
{
  for (guint i = 0; self->findings != NULL && i < self->findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (self->findings, i);
      g_autofree char *day = NULL;

      if (g_strcmp0 (hubrota_finding_get_officer (finding), self->officer) != 0)
        continue;
      day = hubrota_format_short_day (hubrota_finding_get_start (finding));
      add_row (self, FINDINGS, hubrota_finding_get_message (finding), day, NULL);
    }
  adw_preferences_group_set_description (self->findings_group,
                                         self->rows[FINDINGS]->len == 0
                                           ? _("Nothing in these weeks breaks a rule")
                                           : NULL);
}

static char *
dup_setting (HubrotaOfficerView *self,
             const char         *key)
{
  return self->settings != NULL ? g_settings_get_string (self->settings, key) : g_strdup ("");
}

static gboolean
officer_is_me (HubrotaOfficerView *self)
{
  g_autofree char *me = dup_setting (self, "me");

  return self->officer != NULL && g_strcmp0 (me, self->officer) == 0;
}

static void
show_toast (HubrotaOfficerView *self,
            const char         *title)
{
  g_free (self->last_toast);
  self->last_toast = g_strdup (title);
  adw_toast_overlay_add_toast (self->toast_overlay, hubrota_toast_new (title));
}

/* The private calendar is only written when publishing includes officers; say so where the
 * link is handed out, or people subscribe to an address that never appears. */
static void
show_calendar (HubrotaOfficerView *self)
{
  g_autofree char *base_url = dup_setting (self, "base-url");
  gboolean published = self->settings != NULL &&
                       g_settings_get_boolean (self->settings, "publish-officer-feeds");
  gboolean me = officer_is_me (self);
  gboolean secure = g_str_has_prefix (base_url, "https://");
  const char *subtitle;

  gtk_widget_set_visible (GTK_WIDGET (self->calendar_group), self->officer != NULL);
  gtk_button_set_label (GTK_BUTTON (self->copy_button),
                        me ? _("_Copy My Calendar Link") : _("_Copy Calendar Link"));
  gtk_widget_set_sensitive (self->copy_button, self->store != NULL && secure);
  if (secure)
    gtk_widget_set_tooltip_text (self->copy_button,
                                 _("A link for a calendar application to subscribe to"));
  else if (base_url[0] != '\0')
    gtk_widget_set_tooltip_text (self->copy_button,
                                 _("Private calendar links need an https:// web address: over "
                                   "http the secret part of the link could be read on the way"));
  else
    gtk_widget_set_tooltip_text (self->copy_button,
                                 _("Set the web address of the publish folder in Preferences "
                                   "to make links"));
  gtk_widget_set_sensitive (self->reset_button, self->store != NULL);
  if (!published)
    subtitle = _("Not published: private calendars are only written with “Include officers’ "
                 "private calendars” on in Preferences");
  else if (me)
    subtitle = _("Your openings and who is on with you, at an address only you should have");
  else
    subtitle = _("This officer’s openings and who is on with them, at an address only they "
                 "should have");
  adw_action_row_set_subtitle (self->link_row, subtitle);
}

static void
on_settings_changed (HubrotaOfficerView *self,
                     const char         *key)
{
  if (g_strcmp0 (key, "base-url") == 0 || g_strcmp0 (key, "publish-officer-feeds") == 0 ||
      g_strcmp0 (key, "me") == 0)
    show_calendar (self);
}

static void
on_copy_clicked (HubrotaOfficerView *self)
{
  g_autofree char *base_url = dup_setting (self, "base-url");
  g_autofree char *token = NULL;
  g_autofree char *url = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->officer == NULL)
    return;
  token = hubrota_store_get_feed_token (self->store, self->officer, &error);
  url = token != NULL ? hubrota_export_officer_url (base_url, token) : NULL;
  if (url == NULL)
    {
      show_toast (self, error != NULL ? error->message : _("No web address to make a link from"));
      return;
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), url);
  show_toast (self, _("Link copied"));
}

static void
on_reset_response (HubrotaOfficerView *self,
                   const char         *response)
{
  g_autofree char *token = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reset") != 0 || self->store == NULL || self->officer == NULL)
    return;
  token = hubrota_store_new_feed_token (self->store, self->officer, &error);
  if (token == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  show_toast (self, _("Link reset: copy the new one to subscribe again"));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_reset_clicked (HubrotaOfficerView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = hubrota_dialog_ask (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               _("Reset Calendar Link?"),
                               _("The old link stops working at the next publish; anyone "
                                 "subscribed must subscribe again."),
                               "cancel", _("_Cancel"), "reset", _("_Reset Link"),
                               G_CALLBACK (on_reset_response), self);
  g_set_weak_pointer (&self->reset_dialog, dialog);
}

static void
show_officer (HubrotaOfficerView *self)
{
  g_autofree char *me = NULL;

  clear_rows (self);
  if (self->settings != NULL)
    me = g_settings_get_string (self->settings, "me");
  self->filling = TRUE;
  gtk_toggle_button_set_active (self->me_button, self->officer != NULL && g_strcmp0 (me, self->officer) == 0);
  self->filling = FALSE;
  show_calendar (self);
  if (self->rota == NULL || self->officer == NULL)
    return;
  show_assignments (self);
  show_abstraction (self);
  show_findings (self);
}

static guint
find_officer (HubrotaOfficerView *self,
              const char         *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->officers));

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(HubrotaOfficer) officer = g_list_model_get_item (G_LIST_MODEL (self->officers), i);
      if (g_strcmp0 (hubrota_officer_get_id (officer), id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
on_officer_selected (HubrotaOfficerView *self)
{
  HubrotaOfficer *officer = gtk_drop_down_get_selected_item (self->officer_dropdown);

  if (self->filling)
    return;
  g_free (self->officer);
  self->officer = officer != NULL ? g_strdup (hubrota_officer_get_id (officer)) : NULL;
  show_officer (self);
}

static void
on_me_toggled (HubrotaOfficerView *self)
{
  if (self->filling || self->settings == NULL || self->officer == NULL)
    return;
  g_settings_set_string (self->settings, "me",
                         gtk_toggle_button_get_active (self->me_button) ? self->officer : "");
}

static void
fill_officers (HubrotaOfficerView *self)
{
  g_autoptr(GPtrArray) officers = hubrota_rota_get_officers (self->rota);
  g_autofree char *me = NULL;
  guint position;

  self->filling = TRUE;
  g_list_store_splice (self->officers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->officers)),
                       officers->pdata, officers->len);
  if (self->officer == NULL && self->settings != NULL)
    {
      me = g_settings_get_string (self->settings, "me");
      self->officer = me[0] != '\0' ? g_steal_pointer (&me) : NULL;
    }
  position = find_officer (self, self->officer);
  if (position == GTK_INVALID_LIST_POSITION && officers->len > 0)
    position = 0;
  gtk_drop_down_set_selected (self->officer_dropdown, position);
  self->filling = FALSE;

  g_free (self->officer);
  self->officer = position != GTK_INVALID_LIST_POSITION
    ? g_strdup (hubrota_officer_get_id (g_ptr_array_index (officers, position))) : NULL;
}

void
hubrota_officer_view_show (HubrotaOfficerView *self,
                           HubrotaRota        *rota,
                           const GDate        *monday,
                           guint               n_weeks,
                           GPtrArray          *findings)
{
  g_return_if_fail (HUBROTA_IS_OFFICER_VIEW (self));
  g_return_if_fail (HUBROTA_IS_ROTA (rota));

  g_set_object (&self->rota, rota);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = findings != NULL ? g_ptr_array_ref (findings) : NULL;
  self->monday = *monday;
  self->n_weeks = n_weeks;
  fill_officers (self);
  show_officer (self);
}

void
hubrota_officer_view_set_officer (HubrotaOfficerView *self,
                                  const char         *officer)
{
  guint position;

  g_return_if_fail (HUBROTA_IS_OFFICER_VIEW (self));

  position = find_officer (self, officer);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (self->officer_dropdown, position);
}

const char *
hubrota_officer_view_get_officer (HubrotaOfficerView *self)
{
  g_return_val_if_fail (HUBROTA_IS_OFFICER_VIEW (self), NULL);
  return self->officer;
}

void
hubrota_officer_view_set_settings (HubrotaOfficerView *self,
                                   GSettings          *settings)
{
  g_return_if_fail (HUBROTA_IS_OFFICER_VIEW (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    g_signal_connect_swapped (settings, "changed", G_CALLBACK (on_settings_changed), self);
  show_calendar (self);
}

void
hubrota_officer_view_set_store (HubrotaOfficerView *self,
                                HubrotaStore       *store)
{
  g_return_if_fail (HUBROTA_IS_OFFICER_VIEW (self));
  g_return_if_fail (store == NULL || HUBROTA_IS_STORE (store));

  g_set_object (&self->store, store);
  show_calendar (self);
}

guint
hubrota_officer_view_count_assignments (HubrotaOfficerView *self)
{
  return self->rows[ASSIGNMENTS]->len;
}

guint
hubrota_officer_view_count_findings (HubrotaOfficerView *self)
{
  return self->rows[FINDINGS]->len;
}

double
hubrota_officer_view_get_week_level (HubrotaOfficerView *self,
                                     guint               week)
{
  return week < self->levels->len ? g_array_index (self->levels, double, week) : -1;
}

static char *
officer_label (HubrotaOfficer *officer)
{
  return officer != NULL ? hubrota_format_officer (officer) : g_strdup ("");
}

static void
hubrota_officer_view_dispose (GObject *object)
{
  HubrotaOfficerView *self = HUBROTA_OFFICER_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_OFFICER_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->reset_dialog);
  g_clear_object (&self->rota);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  G_OBJECT_CLASS (hubrota_officer_view_parent_class)->dispose (object);
}

static void
hubrota_officer_view_finalize (GObject *object)
{
  HubrotaOfficerView *self = HUBROTA_OFFICER_VIEW (object);

  g_free (self->officer);
  g_free (self->last_toast);
  for (int which = ASSIGNMENTS; which <= FINDINGS; which++)
    g_ptr_array_unref (self->rows[which]);
  g_array_unref (self->levels);

  G_OBJECT_CLASS (hubrota_officer_view_parent_class)->finalize (object);
}

static void
hubrota_officer_view_class_init (HubrotaOfficerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_officer_view_dispose;
  object_class->finalize = hubrota_officer_view_finalize;

  /**
   * HubrotaOfficerView::changed:
   *
   * Emitted after the view has written to the store (a new calendar link).
   */
  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");

  g_type_ensure (HUBROTA_TYPE_OFFICER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-officer-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaOfficerView, officer_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOfficerView, officers);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOfficerView, me_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOfficerView, assignments_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOfficerView, abstraction_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOfficerView, findings_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOfficerView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOfficerView, calendar_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOfficerView, link_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOfficerView, copy_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOfficerView, reset_button);
  gtk_widget_class_bind_template_callback (widget_class, on_officer_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_me_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hubrota_officer_view_init (HubrotaOfficerView *self)
{
  g_autoptr(GtkExpression) label = NULL;

  for (int which = ASSIGNMENTS; which <= FINDINGS; which++)
    self->rows[which] = g_ptr_array_new ();
  self->levels = g_array_new (FALSE, FALSE, sizeof (double));
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The drop-down shows, and its search matches, "Name (collar number)". */
  label = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                       G_CALLBACK (officer_label), NULL, NULL);
  gtk_drop_down_set_expression (self->officer_dropdown, label);
  show_calendar (self);
}

GtkWidget *
_hubrota_officer_view_get_copy_button (HubrotaOfficerView *self)
{
  return self->copy_button;
}

GtkWidget *
_hubrota_officer_view_get_reset_button (HubrotaOfficerView *self)
{
  return self->reset_button;
}

GtkWidget *
_hubrota_officer_view_get_reset_dialog (HubrotaOfficerView *self)
{
  return self->reset_dialog;
}

const char *
_hubrota_officer_view_get_calendar_subtitle (HubrotaOfficerView *self)
{
  return adw_action_row_get_subtitle (self->link_row);
}

const char *
_hubrota_officer_view_get_last_toast (HubrotaOfficerView *self)
{
  return self->last_toast;
}
