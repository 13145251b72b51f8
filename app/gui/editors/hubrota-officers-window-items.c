/* hubrota-officers-window-items.c: the officers window's Duty, Time Away and Leaving groups:
 * the shown officer's shift patterns and rosters (each to edit or remove) and time away, the
 * dialogs that add and change them, and their leaving date
 *
 * A leaving date goes through the rota window's history (hubrota_officers_window_set_history;
 * a history of the window's own without one) with hubrota_history_retire_officer, as
 * `officer retire` does: it takes the officer off their openings from that day on in one
 * step, and the toast's Undo puts them back on those and the date back as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOfficersWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-absence-dialog-private.h"
#include "hubrota-dialog-util.h"
#include "hubrota-duty-dialog-private.h"
#include "hubrota-format.h"
#include "hubrota-officers-window-internal.h"

/* The Duty and Time Away groups */

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
add_item_row (AdwPreferencesGroup *group,
              GPtrArray           *rows,
              const char          *title,
              const char          *subtitle,
              const char          *remove_label,
              GCallback            on_remove,
              gpointer             user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (rows->len));
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    {
      g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
    }
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (rows->len));
  g_signal_connect_swapped (remove, "clicked", on_remove, user_data);
  g_object_set_data (G_OBJECT (row), "remove-button", remove);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

/* What a remove button is for: its place in the list it was made for. */
static guint
button_index (GtkWidget *button)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
}

static void
removed (HubrotaOfficersWindow *self,
         gboolean               ok,
         GError                *error,
         const char            *done)
{
  if (!ok)
    {
      g_autofree char *message = hubrota_format_sentence (error->message);
      _hubrota_officers_window_show_toast (self, message);
    }
  else
    _hubrota_officers_window_show_toast (self, done);
  _hubrota_officers_window_show_items (self);
  if (ok)
    _hubrota_officers_window_emit_changed (self);
}

static void
on_remove_duty_clicked (HubrotaOfficersWindow *self,
                        GtkWidget             *button)
{
  HubrotaDuty *duty = g_ptr_array_index (self->duties, button_index (button));
  g_autoptr(GError) error = NULL;
  gboolean ok = hubrota_store_remove_duty (self->store, hubrota_duty_get_id (duty), &error);

  removed (self, ok, error, _("Shift pattern removed"));
}

static void
on_remove_absence_clicked (HubrotaOfficersWindow *self,
                           GtkWidget             *button)
{
  HubrotaAbsence *absence = g_ptr_array_index (self->absences, button_index (button));
  g_autoptr(GError) error = NULL;
  gboolean ok = hubrota_store_remove_absence (self->store, hubrota_absence_get_id (absence),
                                              &error);

  removed (self, ok, error, _("Time away removed"));
}

static HubrotaFormDialog *open_duty_dialog (HubrotaOfficersWindow *self,
                                            HubrotaDuty           *duty);

/* A click on the row or on its pencil. */
static void
on_edit_duty (HubrotaOfficersWindow *self,
              GtkWidget             *widget)
{
  open_duty_dialog (self, g_ptr_array_index (self->duties, button_index (widget)));
}

/* Each row opens the dialog filled in, to change the pattern or roster. */
static void
add_edit_button (HubrotaOfficersWindow *self,
                 GtkWidget             *row)
{
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  const char *label = _("Edit Shift Pattern");

  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_tooltip_text (edit, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data (G_OBJECT (edit), "index", g_object_get_data (G_OBJECT (row), "index"));
  g_signal_connect_swapped (edit, "clicked", G_CALLBACK (on_edit_duty), self);
  /* Before the remove button, which add_item_row put last. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  gtk_widget_insert_before (edit, gtk_widget_get_parent (edit),
                            g_object_get_data (G_OBJECT (row), "remove-button"));
  g_object_set_data (G_OBJECT (row), "edit-button", edit);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_swapped (row, "activated", G_CALLBACK (on_edit_duty), self);
}

static void
show_duties (HubrotaOfficersWindow *self)
{
  for (guint i = 0; i < self->duties->len; i++)
    {
      HubrotaDuty *duty = g_ptr_array_index (self->duties, i);
      g_autofree char *text = hubrota_format_duty (duty);
      g_autofree char *summary = hubrota_duty_is_roster (duty)
                                 ? hubrota_duty_dialog_summarise_roster (duty) : NULL;
      GtkWidget *row = add_item_row (self->duty_group, self->duty_rows, text, summary,
                                     _("Remove Shift Pattern"),
                                     G_CALLBACK (on_remove_duty_clicked), self);
      add_edit_button (self, row);
    }
  adw_preferences_group_set_description (self->duty_group,
                                         self->duties->len == 0
                                           ? _("No shifts yet: every hub opening would be overtime")
                                           : NULL);
}

static void
show_absences (HubrotaOfficersWindow *self)
{
  g_ptr_array_set_size (self->absence_texts, 0);
  for (guint i = 0; i < self->absences->len; i++)
    {
      HubrotaAbsence *absence = g_ptr_array_index (self->absences, i);
      const char *reason = hubrota_absence_get_reason (absence);
      g_autofree char *period = hubrota_format_away (hubrota_absence_get_start (absence),
                                                 hubrota_absence_get_end (absence));
      const char *title = reason[0] != '\0' ? reason : _("Time away");

      add_item_row (self->absence_group, self->absence_rows, title, period, _("Remove Time Away"),
                    G_CALLBACK (on_remove_absence_clicked), self);
      /* Translators: time away, e.g. "Annual leave, 7 Dec – 11 Dec 2026" */
      g_ptr_array_add (self->absence_texts, g_strdup_printf (_("%s, %s"), title, period));
    }
  adw_preferences_group_set_description (self->absence_group,
                                         self->absences->len == 0
                                           ? _("No leave, training or court dates")
                                           : NULL);
}

/* Reads the shown officer's duty and absences again. */
void
_hubrota_officers_window_show_items (HubrotaOfficersWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *id = self->shown != NULL ? hubrota_officer_get_id (self->shown) : NULL;
  GPtrArray *duties = NULL, *absences = NULL;

  clear_rows (self->duty_group, self->duty_rows);
  clear_rows (self->absence_group, self->absence_rows);
  g_ptr_array_set_size (self->duties, 0);
  g_ptr_array_set_size (self->absences, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->duty_group), !self->creating && id != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->absence_group), !self->creating && id != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->leaving_group), !self->creating && id != NULL);
  if (self->creating || id == NULL)
    return;

  duties = hubrota_store_list_duties (self->store, id, &error);
  if (duties != NULL)
    absences = hubrota_store_list_absences (self->store, id, &error);
  if (error != NULL)
    _hubrota_officers_window_show_toast (self, error->message);
  if (duties != NULL)
    g_ptr_array_extend_and_steal (self->duties, duties);
  if (absences != NULL)
    g_ptr_array_extend_and_steal (self->absences, absences);
  show_duties (self);
  show_absences (self);
  _hubrota_officers_window_show_leaving (self);
}

/* The Add Shift Pattern and Add Time Away dialogs */

static void
on_dialog_changed (HubrotaOfficersWindow *self,
                   HubrotaFormDialog     *dialog)
{
  const char *done = !HUBROTA_IS_DUTY_DIALOG (dialog) ? _("Time away added")
                     : self->dialog_edits ? _("Shift pattern saved")
                     : _("Shift pattern added");

  _hubrota_officers_window_show_items (self);
  _hubrota_officers_window_show_toast (self, done);
  _hubrota_officers_window_emit_changed (self);
}

/* One at a time, for the officer shown; the window hears when it has added. */
static HubrotaFormDialog *
present_dialog (HubrotaOfficersWindow *self,
                GtkWidget             *dialog)
{
  g_signal_connect_object (dialog, "changed", G_CALLBACK (on_dialog_changed), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, HUBROTA_FORM_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  return self->dialog;
}

/* duty NULL adds one. */
static HubrotaFormDialog *
open_duty_dialog (HubrotaOfficersWindow *self,
                  HubrotaDuty           *duty)
{
  self->dialog_edits = duty != NULL;
  return present_dialog (self, duty != NULL
                                 ? hubrota_duty_dialog_new_for_duty (GTK_WINDOW (self), self->store,
                                                                     self->shown, duty)
                                 : hubrota_duty_dialog_new (GTK_WINDOW (self), self->store,
                                                            self->shown));
}

static HubrotaFormDialog *
open_dialog (HubrotaOfficersWindow *self,
             gboolean               shift)
{
  if (shift)
    return open_duty_dialog (self, NULL);
  return present_dialog (self, hubrota_absence_dialog_new (GTK_WINDOW (self), self->store,
                                                           self->shown));
}

static void
on_add_duty_clicked (HubrotaOfficersWindow *self)
{
  if (self->shown != NULL && !self->creating)
    open_dialog (self, TRUE);
}

static void
on_add_absence_clicked (HubrotaOfficersWindow *self)
{
  if (self->shown != NULL && !self->creating)
    open_dialog (self, FALSE);
}

/* The Leaving group */

/* "Leaves 31 Dec 2026", "Left 1 Dec 2026", or NULL when the officer is not leaving. */
char *
_hubrota_officers_window_format_leaving (HubrotaOfficer *officer)
{
  const GDate *leaving = hubrota_officer_get_leaving_date (officer);
  GDate today;
  char date[32];

  if (leaving == NULL)
    return NULL;
  hubrota_london_today (&today);
  /* Translators: a leaving date, e.g. "31 Dec 2026"; see g_date_strftime() */
  g_date_strftime (date, sizeof date, _("%-d %b %Y"), leaving);
  /* From 00:00 on the date they are gone. */
  if (g_date_compare (leaving, &today) <= 0)
    /* Translators: an officer who has left, e.g. "Left 1 Dec 2026" */
    return g_strdup_printf (_("Left %s"), date);
  /* Translators: an officer leaving, e.g. "Leaves 31 Dec 2026" */
  return g_strdup_printf (_("Leaves %s"), date);
}

void
_hubrota_officers_window_show_leaving (HubrotaOfficersWindow *self)
{
  g_autofree char *leaving = NULL;

  g_clear_pointer (&self->leaving_text, g_free);
  if (self->shown == NULL || self->creating)
    return;
  leaving = _hubrota_officers_window_format_leaving (self->shown);
  self->leaving_text = g_strdup (leaving != NULL ? leaving : _("Not leaving"));
  adw_action_row_set_subtitle (self->leaving_row, self->leaving_text);
  gtk_widget_set_visible (self->clear_leaving_button, leaving != NULL);
  gtk_button_set_label (GTK_BUTTON (self->retire_button),
                        leaving != NULL ? _("_Change…") : _("Set _Leaving Date…"));
}

static HubrotaHistory *
get_history (HubrotaOfficersWindow *self)
{
  if (self->history == NULL)
    self->history = hubrota_history_new (self->store);
  return self->history;
}

/* The officer list, the form's officer and the Leaving group read again after a change. */
static void
leaving_changed (HubrotaOfficersWindow *self,
                 const char            *officer)
{
  g_autofree char *id = g_strdup (officer);
  HubrotaOfficer *fresh;

  _hubrota_officers_window_reload_officers (self);
  fresh = _hubrota_officers_window_find_officer (self, id, NULL);
  if (fresh != NULL && self->shown != NULL && !self->creating &&
      g_strcmp0 (hubrota_officer_get_id (self->shown), id) == 0)
    g_set_object (&self->shown, fresh);
  _hubrota_officers_window_show_leaving (self);
  _hubrota_officers_window_emit_changed (self);
}

static void
show_error_toast (HubrotaOfficersWindow *self,
                  const GError          *error)
{
  g_autofree char *message = hubrota_format_error (error);

  _hubrota_officers_window_show_toast (self, message);
}

/* A toast saying what happened, whose Undo puts the date (and the openings) back. */
static void
show_undo_toast (HubrotaOfficersWindow *self,
                 const char            *title)
{
  AdwToast *toast = hubrota_toast_new (title);

  g_free (self->last_toast);
  self->last_toast = g_strdup (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "officers.undo-leaving");
  /* Now, not after a toast already showing: Undo is wanted while the change is fresh. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "officers.undo-leaving", TRUE);
}

/* Stores leaving (NULL: not leaving) for the officer shown, remembering how to undo it. */
static void
set_leaving (HubrotaOfficersWindow *self,
             const GDate           *leaving)
{
  const char *id = hubrota_officer_get_id (self->shown);
  const GDate *before = hubrota_officer_get_leaving_date (self->shown);
  g_autoptr(GPtrArray) taken_off = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *who = hubrota_format_officer (self->shown);
  g_autofree char *done = NULL;
  char date[32] = "";

  if (!hubrota_history_retire_officer (get_history (self), id, leaving, &taken_off, &error))
    {
      show_error_toast (self, error);
      return;
    }
  g_free (self->undo_officer);
  self->undo_officer = g_strdup (id);
  g_date_clear (&self->undo_leaving, 1);
  if (before != NULL)
    self->undo_leaving = *before;
  self->undo_step = taken_off->len > 0;
  if (leaving != NULL)
    g_date_strftime (date, sizeof date, _("%-d %b %Y"), leaving);
  if (self->undo_step)
    /* "Took Sam Patel off 3 openings, leaving 15 Jan 2027", as the history says it */
    done = g_strdup (hubrota_history_get_undo_label (self->history));
  else if (leaving != NULL)
    /* Translators: e.g. "Sam Patel (PC1234) leaves on 15 Jan 2027; they were on no opening
     * from then on" */
    done = g_strdup_printf (_("%s leaves on %s; they were on no opening from then on"), who, date);
  else
    /* Translators: e.g. "Sam Patel (PC1234) is no longer leaving" */
    done = g_strdup_printf (_("%s is no longer leaving"), who);
  leaving_changed (self, id);
  show_undo_toast (self, done);
}

static void
on_undo_leaving (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HubrotaOfficersWindow *self = HUBROTA_OFFICERS_WINDOW (widget);
  g_autofree char *id = g_steal_pointer (&self->undo_officer);
  g_autoptr(GError) error = NULL;
  gboolean had_date = g_date_valid (&self->undo_leaving);

  gtk_widget_action_set_enabled (widget, "officers.undo-leaving", FALSE);
  if (id == NULL)
    return;
  /* A step of the history puts the date back with the openings; without one (there were no
   * openings to take them off) only the date changed. */
  if (self->undo_step ? !hubrota_history_undo (self->history, &error)
                      : !hubrota_store_set_leaving_date (self->store, id,
                                                         had_date ? &self->undo_leaving : NULL,
                                                         &error))
    {
      show_error_toast (self, error);
      return;
    }
  leaving_changed (self, id);
  _hubrota_officers_window_show_toast (self, self->undo_step ? _("Put back on their openings, "
                                                                 "with the leaving date as it was")
                                                             : _("Leaving date put back"));
}

static void
on_clear_leaving_clicked (HubrotaOfficersWindow *self)
{
  if (self->shown != NULL && !self->creating)
    set_leaving (self, NULL);
}

/* The question: a date, and the openings it would take the officer off */

/* "Sat 12 Dec, 10:00–13:00 · Bedford Library" */
static char *
describe_opening (HubrotaOfficersWindow *self,
                  HubrotaOccurrence     *opening)
{
  g_autoptr(HubrotaHub) hub = hubrota_store_get_hub (self->store,
                                                     hubrota_occurrence_get_hub (opening), NULL);
  g_autofree char *when = hubrota_format_span (hubrota_occurrence_get_start (opening),
                                               hubrota_occurrence_get_end (opening));

  /* Translators: an opening an officer is taken off, e.g. "Sat 12 Dec, 10:00–13:00 · Bedford
   * Library" */
  return g_strdup_printf (_("%s · %s"), when,
                          hub != NULL ? hubrota_hub_get_name (hub)
                                      : hubrota_occurrence_get_hub (opening));
}

/* Lists what the date chosen would take the officer off: the store's openings from that day
 * to the history's horizon, as `officer retire --dry-run` lists them. */
static void
on_leaving_day_changed (HubrotaOfficersWindow *self)
{
  g_autoptr(GPtrArray) openings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GDate from, to;

  for (guint i = 0; i < self->leaving_opening_rows->len; i++)
    adw_preferences_group_remove (self->leaving_openings_group,
                                  g_ptr_array_index (self->leaving_opening_rows, i));
  g_ptr_array_set_size (self->leaving_opening_rows, 0);
  g_ptr_array_set_size (self->leaving_openings, 0);
  g_ptr_array_set_size (self->leaving_texts, 0);

  hubrota_date_button_get_date (self->leaving_day, &from);
  to = from;
  g_date_add_days (&to, HUBROTA_LEAVER_HORIZON_DAYS);
  openings = hubrota_store_list_officer_openings (self->store, hubrota_officer_get_id (self->shown),
                                                  &from, &to, &error);
  if (openings == NULL)
    {
      g_autofree char *message = hubrota_format_error (error);
      adw_preferences_group_set_title (self->leaving_openings_group, message);
      return;
    }
  for (guint i = 0; i < openings->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      char *text = describe_opening (self, g_ptr_array_index (openings, i));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_group_add (self->leaving_openings_group, row);
      g_ptr_array_add (self->leaving_opening_rows, row);
      g_ptr_array_add (self->leaving_texts, text);
    }
  g_ptr_array_extend_and_steal (self->leaving_openings, g_steal_pointer (&openings));
  if (self->leaving_openings->len == 0)
    title = g_strdup (_("They are on no opening from then on"));
  else
    title = g_strdup_printf (ngettext ("They will be taken off %u opening:",
                                       "They will be taken off %u openings:",
                                       self->leaving_openings->len),
                             self->leaving_openings->len);
  adw_preferences_group_set_title (self->leaving_openings_group, title);
  hubrota_alert_call (set_response_appearance) (HUBROTA_ALERT (self->leaving_dialog), "leave",
                                                self->leaving_openings->len > 0
                                                  ? ADW_RESPONSE_DESTRUCTIVE
                                                  : ADW_RESPONSE_SUGGESTED);
}

static void
on_leaving_response (HubrotaOfficersWindow *self,
                     const char            *response)
{
  GDate leaving;

  hubrota_date_button_get_date (self->leaving_day, &leaving);
  self->leaving_dialog = NULL;
  self->leaving_day = NULL;
  self->leaving_openings_group = NULL;
  g_ptr_array_set_size (self->leaving_opening_rows, 0);
  if (g_strcmp0 (response, "leave") == 0 && self->shown != NULL && !self->creating)
    set_leaving (self, &leaving);
}

/* "Leaves on [date]" and, under it, the openings the date would take them off. */
static GtkWidget *
make_leaving_content (HubrotaOfficersWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *date_group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *openings = adw_preferences_group_new ();
  const GDate *stored = hubrota_officer_get_leaving_date (self->shown);
  GDate day;

  self->leaving_day = HUBROTA_DATE_BUTTON (hubrota_date_button_new ());
  if (stored != NULL)
    day = *stored;
  else
    hubrota_london_today (&day);
  hubrota_date_button_set_date (self->leaving_day, &day);
  gtk_widget_set_valign (GTK_WIDGET (self->leaving_day), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Leaves on"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->leaving_day));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (date_group), row);
  gtk_box_append (GTK_BOX (box), date_group);

  self->leaving_openings_group = ADW_PREFERENCES_GROUP (openings);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 260);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), openings);
  gtk_box_append (GTK_BOX (box), scrolled);
  g_signal_connect_object (self->leaving_day, "notify::date", G_CALLBACK (on_leaving_day_changed),
                           self, G_CONNECT_SWAPPED);
  return box;
}

static void
on_retire_clicked (HubrotaOfficersWindow *self)
{
  g_autofree char *who = NULL;
  g_autofree char *heading = NULL;

  if (self->shown == NULL || self->creating || self->leaving_dialog != NULL)
    return;
  who = hubrota_format_officer (self->shown);
  /* Translators: %s is an officer, e.g. "Sam Patel (PC1234)" */
  heading = g_strdup_printf (_("When Does %s Leave?"), who);
  self->leaving_dialog = hubrota_alert_new (GTK_WINDOW (self), heading,
                                            _("From 00:00 that day they are off suggestions and "
                                              "off every opening they are on in the year from "
                                              "it. They stay on the openings before it and in "
                                              "the history."));
  hubrota_alert_call (add_responses) (HUBROTA_ALERT (self->leaving_dialog),
                                      "cancel", _("_Cancel"), "leave", _("_Set Leaving Date"),
                                      NULL);
  hubrota_alert_call (set_default_response) (HUBROTA_ALERT (self->leaving_dialog), "cancel");
  hubrota_alert_call (set_close_response) (HUBROTA_ALERT (self->leaving_dialog), "cancel");
  hubrota_alert_call (set_extra_child) (HUBROTA_ALERT (self->leaving_dialog),
                                        make_leaving_content (self));
  g_signal_connect_object (self->leaving_dialog, "response", G_CALLBACK (on_leaving_response),
                           self, G_CONNECT_SWAPPED);
  on_leaving_day_changed (self);
  hubrota_alert_present (self->leaving_dialog, GTK_WINDOW (self));
}

void
_hubrota_officers_window_class_add_leaving_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_retire_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_leaving_clicked);
  gtk_widget_class_install_action (widget_class, "officers.undo-leaving", NULL, on_undo_leaving);
}

/* For the tests (hubrota-officers-window-private.h) */

gboolean
_hubrota_officers_window_add_shift_pattern (HubrotaOfficersWindow *self,
                                            const char            *first_day,
                                            const char            *start_time,
                                            const char            *end_time,
                                            HubrotaRepeat          repeat,
                                            guint                  weekdays,
                                            guint                  every_weeks,
                                            char                 **out_message)
{
  g_signal_emit_by_name (self->add_duty_button, "clicked");
  g_assert (HUBROTA_IS_DUTY_DIALOG (self->dialog));
  _hubrota_duty_dialog_fill (HUBROTA_DUTY_DIALOG (self->dialog), first_day, start_time, end_time,
                             repeat, weekdays, every_weeks);
  return _hubrota_form_dialog_press_add (self->dialog, out_message);
}

gboolean
_hubrota_officers_window_add_time_away (HubrotaOfficersWindow *self,
                                        const char            *from_day,
                                        const char            *from_time,
                                        const char            *to_day,
                                        const char            *to_time,
                                        guint                  reason_index,
                                        const char            *details,
                                        char                 **out_message)
{
  g_signal_emit_by_name (self->add_absence_button, "clicked");
  g_assert (HUBROTA_IS_ABSENCE_DIALOG (self->dialog));
  _hubrota_absence_dialog_fill (HUBROTA_ABSENCE_DIALOG (self->dialog), from_day, from_time,
                                to_day, to_time, reason_index, details);
  return _hubrota_form_dialog_press_add (self->dialog, out_message);
}

guint
_hubrota_officers_window_count_duty_rows (HubrotaOfficersWindow *self)
{
  return self->duty_rows->len;
}

guint
_hubrota_officers_window_count_absence_rows (HubrotaOfficersWindow *self)
{
  return self->absence_rows->len;
}

const char *
_hubrota_officers_window_get_duty_text (HubrotaOfficersWindow *self,
                                        guint                  index)
{
  g_assert_cmpuint (index, <, self->duty_rows->len);
  return adw_preferences_row_get_title (g_ptr_array_index (self->duty_rows, index));
}

const char *
_hubrota_officers_window_get_duty_subtitle (HubrotaOfficersWindow *self,
                                            guint                  index)
{
  g_assert_cmpuint (index, <, self->duty_rows->len);
  return adw_action_row_get_subtitle (g_ptr_array_index (self->duty_rows, index));
}

const char *
_hubrota_officers_window_get_absence_text (HubrotaOfficersWindow *self,
                                           guint                  index)
{
  g_assert_cmpuint (index, <, self->absence_texts->len);
  return g_ptr_array_index (self->absence_texts, index);
}

static void
click_remove (GPtrArray *rows,
              guint      index)
{
  g_assert_cmpuint (index, <, rows->len);
  g_signal_emit_by_name (g_object_get_data (g_ptr_array_index (rows, index), "remove-button"),
                         "clicked");
}

void
_hubrota_officers_window_remove_duty (HubrotaOfficersWindow *self,
                                      guint                  index)
{
  click_remove (self->duty_rows, index);
}

void
_hubrota_officers_window_remove_absence (HubrotaOfficersWindow *self,
                                         guint                  index)
{
  click_remove (self->absence_rows, index);
}

gboolean
_hubrota_officers_window_open_leaving (HubrotaOfficersWindow *self,
                                       const char            *day)
{
  g_autoptr(GDate) date = hubrota_parse_day (day);

  g_assert (date != NULL);
  hubrota_dialog_click (GTK_BUTTON (self->retire_button));
  if (self->leaving_dialog == NULL)
    return FALSE;
  hubrota_date_button_set_date (self->leaving_day, date);
  return TRUE;
}

guint
_hubrota_officers_window_count_leaving_openings (HubrotaOfficersWindow *self)
{
  g_assert (self->leaving_dialog != NULL);
  return self->leaving_texts->len;
}

const char *
_hubrota_officers_window_get_leaving_opening (HubrotaOfficersWindow *self,
                                              guint                  index)
{
  g_assert_cmpuint (index, <, self->leaving_texts->len);
  return g_ptr_array_index (self->leaving_texts, index);
}

void
_hubrota_officers_window_answer_leaving (HubrotaOfficersWindow *self,
                                         gboolean               confirm)
{
  g_assert (self->leaving_dialog != NULL);
  hubrota_alert_respond (self->leaving_dialog, confirm ? "leave" : "cancel");
}

const char *
_hubrota_officers_window_get_leaving_text (HubrotaOfficersWindow *self)
{
  return self->leaving_text;
}

GtkWidget *
_hubrota_officers_window_get_leaving_dialog (HubrotaOfficersWindow *self)
{
  return self->leaving_dialog;
}

gboolean
_hubrota_officers_window_clear_leaving (HubrotaOfficersWindow *self)
{
  if (!gtk_widget_get_visible (self->clear_leaving_button))
    return FALSE;
  hubrota_dialog_click (GTK_BUTTON (self->clear_leaving_button));
  return TRUE;
}

gboolean
_hubrota_officers_window_undo_leaving (HubrotaOfficersWindow *self)
{
  if (self->undo_officer == NULL)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self), "officers.undo-leaving", NULL);
}

GtkWindow *
_hubrota_officers_window_edit_duty (HubrotaOfficersWindow *self,
                                    guint                  index)
{
  g_assert_cmpuint (index, <, self->duty_rows->len);
  g_signal_emit_by_name (g_object_get_data (g_ptr_array_index (self->duty_rows, index),
                                            "edit-button"), "clicked");
  g_assert (HUBROTA_IS_DUTY_DIALOG (self->dialog));
  return GTK_WINDOW (self->dialog);
}

GtkWindow *
_hubrota_officers_window_open_dialog (HubrotaOfficersWindow *self,
                                      gboolean               shift)
{
  return GTK_WINDOW (open_dialog (self, shift));
}

void
_hubrota_officers_window_class_add_item_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_add_duty_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_absence_clicked);
}
