/* hubrota-window-editors.c: the window's actions that open the editors and dialogs (auto-fill
 * among them), print and publish
 *
 * The editors write through the store (or the history, so the change can be undone) and say
 * "changed"; the window then reads the rota again. Hub-specific actions act on the hub on
 * show, opening-specific ones on the opening in the pane, and are disabled without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-autofill-dialog.h"
#include "hubrota-beats-window.h"
#include "hubrota-closure-dialog.h"
#include "hubrota-extra-dialog.h"
#include "hubrota-fairness-dialog.h"
#include "hubrota-hub-editor.h"
#include "hubrota-move-dialog.h"
#include "hubrota-officers-window.h"
#include "hubrota-publish-dialog.h"
#include "hubrota-rota-print.h"
#include "hubrota-schedule-editor.h"
#include "hubrota-window-private.h"

static void
on_editor_changed (HubrotaWindow *self)
{
  _hubrota_window_reload_all (self);
}

/* A dialog that edits the store: the window follows its changes while it is open. */
static void
present_editor (HubrotaWindow *self,
                GtkWidget     *editor)
{
  g_signal_connect_object (editor, "changed", G_CALLBACK (on_editor_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* A window that stays open beside the rota: shown again rather than opened twice. */
static void
present_once (HubrotaWindow  *self,
              GtkWidget     **slot,
              GtkWidget     *(*create) (HubrotaWindow *self))
{
  if (*slot == NULL)
    {
      *slot = create (self);
      g_object_add_weak_pointer (G_OBJECT (*slot), (gpointer *) slot);
      g_signal_connect_object (*slot, "changed", G_CALLBACK (on_editor_changed), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (*slot));
}

/* Hubs */

static void
on_hub_saved (HubrotaWindow    *self,
              HubrotaHubEditor *editor)
{
  const char *slug = hubrota_hub_editor_get_slug (editor);

  _hubrota_window_reload_all (self);
  if (slug != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.select-hub", "s", slug);
}

static void
open_hub_editor (HubrotaWindow *self,
                 const char    *slug)
{
  GtkWidget *editor = hubrota_hub_editor_new (GTK_WINDOW (self), self->store, slug);

  g_signal_connect_object (editor, "changed", G_CALLBACK (on_hub_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_new_hub (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_hub_editor (HUBROTA_WINDOW (widget), NULL);
}

static void
on_edit_hub (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  open_hub_editor (self, self->hub);
}

/* Opening times and exceptions */

static void
on_edit_schedule (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  present_editor (self, hubrota_schedule_editor_new (GTK_WINDOW (self), self->store, self->hub));
}

/* A step taken through the history: say what it was, with Undo at hand. */
static void
on_step_taken (HubrotaWindow *self)
{
  const char *label = hubrota_history_get_undo_label (self->history);

  if (label != NULL)
    _hubrota_window_show_toast (self, label, TRUE);
  _hubrota_window_after_step (self);
}

static void
present_step_dialog (HubrotaWindow *self,
                     GtkWidget     *dialog)
{
  g_signal_connect_object (dialog, "changed", G_CALLBACK (on_step_taken), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_add_extra_opening (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  present_step_dialog (self, hubrota_extra_dialog_new (GTK_WINDOW (self), self->store,
                                                       self->workspace, self->hub));
}

static void
on_close_hubs (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  present_step_dialog (self, hubrota_closure_dialog_new (GTK_WINDOW (self), self->store,
                                                         self->workspace));
}

static void
on_cancel_opening (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  if (self->opened != NULL)
    present_step_dialog (self, hubrota_closure_dialog_new_for_opening (GTK_WINDOW (self), self->store,
                                                                       self->workspace, self->opened));
}

static void
on_move_opening (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  if (self->opened != NULL)
    present_step_dialog (self, hubrota_move_dialog_new (GTK_WINDOW (self), self->workspace,
                                                        self->opened));
}

static void
on_restore_opening (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->opened == NULL)
    return;
  if (!hubrota_workspace_restore (self->workspace, self->opened, &error))
    {
      _hubrota_window_show_error_toast (self, error);
      return;
    }
  on_step_taken (self);
}

/* The period on show: the Month page's weeks, else the week and the hub on show. */
static void
period_on_show (HubrotaWindow  *self,
                GDate          *out_from,
                GDate          *out_to,
                const char    **out_hub)
{
  *out_hub = NULL;
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "month") == 0)
    {
      GDate thursday = self->monday;

      g_date_add_days (&thursday, 3);
      hubrota_month_view_get_period (&thursday, out_from, out_to);
    }
  else
    {
      *out_from = *out_to = self->monday;
      g_date_add_days (out_to, 6);
      *out_hub = self->hub;
    }
}

/* Auto-fill plans the period on show from today on, since openings in the past are not
 * planned. */
static void
autofill_period (HubrotaWindow  *self,
                 GDate          *out_from,
                 GDate          *out_to,
                 const char    **out_hub)
{
  GDate today;

  period_on_show (self, out_from, out_to, out_hub);
  _hubrota_window_get_today (self, &today);
  if (g_date_compare (out_from, &today) < 0)
    *out_from = today;
}

static void
on_autofill (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);
  const char *hub, *scope;
  GDate from, to;

  if (self->rota == NULL)
    return;
  autofill_period (self, &from, &to, &hub);
  scope = hub != NULL ? hubrota_rota_get_hub_name (self->rota, hub) : _("All Hubs");
  present_step_dialog (self, hubrota_autofill_dialog_new (GTK_WINDOW (self), self->workspace,
                                                          &from, &to, hub,
                                                          scope != NULL ? scope : hub));
}

/* Fairness counts what auto-fill balances: the weeks before the period on show and the
 * period itself, at every hub. */
static void
on_fairness (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);
  const char *hub;
  GDate from, to;

  if (self->store == NULL)
    return;
  period_on_show (self, &from, &to, &hub);
  g_date_subtract_days (&from, 7 * HUBROTA_AUTOFILL_FAIRNESS_WEEKS);
  gtk_window_present (GTK_WINDOW (hubrota_fairness_dialog_new (GTK_WINDOW (self), self->store,
                                                               &from, &to)));
}

/* Officers, beats and hotspots */

static GtkWidget *
create_officers_window (HubrotaWindow *self)
{
  GtkWidget *officers = hubrota_officers_window_new (GTK_WINDOW (self), self->store);

  /* A leaving date is a step of the rota's history: Ctrl+Z here takes it back too. */
  hubrota_officers_window_set_history (HUBROTA_OFFICERS_WINDOW (officers),
                                       hubrota_workspace_get_history (self->workspace));
  return officers;
}

static GtkWidget *
create_beats_window (HubrotaWindow *self)
{
  return hubrota_beats_window_new (GTK_WINDOW (self), self->store, &self->monday);
}

static void
on_beats (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  present_once (self, &self->beats_window, create_beats_window);
}

void
_hubrota_window_show_beat (HubrotaWindow *self,
                           const char    *slug)
{
  present_once (self, &self->beats_window, create_beats_window);
  hubrota_beats_window_show_beat (HUBROTA_BEATS_WINDOW (self->beats_window), slug);
}

static void
on_officers (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  present_once (self, &self->officers_window, create_officers_window);
}

/* Publishing */

static void
on_publish (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (hubrota_publish_dialog_new (GTK_WINDOW (self), self->store,
                                                              self->settings)));
}

/* The public calendar of the hub on show, as a calendar application subscribes to it. */
static void
on_copy_hub_link (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);
  g_autofree char *base_url = g_settings_get_string (self->settings, "base-url");
  g_autofree char *url = NULL;

  if (base_url[0] == '\0')
    {
      _hubrota_window_show_toast (self, _("Set the web address of the published calendars in "
                                          "Preferences first"), FALSE);
      return;
    }
  url = hubrota_export_hub_url (base_url, self->hub);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), url);
  _hubrota_window_show_toast (self, _("Subscription link copied"), FALSE);
}

/* Printing */

static void
on_print (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);
  g_autoptr(GPtrArray) openings = NULL;
  const char *scope;

  if (self->rota == NULL)
    return;
  openings = _hubrota_window_openings_on_show (self);
  scope = self->hub != NULL ? hubrota_rota_get_hub_name (self->rota, self->hub) : _("All Hubs");
  hubrota_rota_print (GTK_WINDOW (self), self->rota, openings, &self->monday, scope);
}

void
_hubrota_window_update_editor_actions (HubrotaWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_store = self->store != NULL;
  gboolean has_hub = has_store && self->hub != NULL;
  gboolean has_opening = has_store && self->opened != NULL;

  gtk_widget_action_set_enabled (widget, "win.new-hub", has_store);
  gtk_widget_action_set_enabled (widget, "win.edit-hub", has_hub);
  gtk_widget_action_set_enabled (widget, "win.edit-schedule", has_hub);
  gtk_widget_action_set_enabled (widget, "win.add-extra-opening", has_store);
  gtk_widget_action_set_enabled (widget, "win.close-hubs", has_store);
  gtk_widget_action_set_enabled (widget, "win.autofill", has_store && self->rota != NULL);
  gtk_widget_action_set_enabled (widget, "win.cancel-opening", has_opening);
  gtk_widget_action_set_enabled (widget, "win.move-opening", has_opening);
  gtk_widget_action_set_enabled (widget, "win.restore-opening", has_opening);
  gtk_widget_action_set_enabled (widget, "win.fairness", has_store);
  gtk_widget_action_set_enabled (widget, "win.officers", has_store);
  gtk_widget_action_set_enabled (widget, "win.beats", has_store);
  gtk_widget_action_set_enabled (widget, "win.print", has_store && self->rota != NULL);
  /* Publishing reads its folder and address from the settings. */
  gtk_widget_action_set_enabled (widget, "win.publish", has_store && self->settings != NULL);
  gtk_widget_action_set_enabled (widget, "win.copy-hub-link", has_hub && self->settings != NULL);
}

void
_hubrota_window_class_add_editor_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-hub", NULL, on_new_hub);
  gtk_widget_class_install_action (widget_class, "win.edit-hub", NULL, on_edit_hub);
  gtk_widget_class_install_action (widget_class, "win.edit-schedule", NULL, on_edit_schedule);
  gtk_widget_class_install_action (widget_class, "win.add-extra-opening", NULL, on_add_extra_opening);
  gtk_widget_class_install_action (widget_class, "win.close-hubs", NULL, on_close_hubs);
  gtk_widget_class_install_action (widget_class, "win.autofill", NULL, on_autofill);
  gtk_widget_class_install_action (widget_class, "win.cancel-opening", NULL, on_cancel_opening);
  gtk_widget_class_install_action (widget_class, "win.move-opening", NULL, on_move_opening);
  gtk_widget_class_install_action (widget_class, "win.restore-opening", NULL, on_restore_opening);
  gtk_widget_class_install_action (widget_class, "win.fairness", NULL, on_fairness);
  gtk_widget_class_install_action (widget_class, "win.officers", NULL, on_officers);
  gtk_widget_class_install_action (widget_class, "win.beats", NULL, on_beats);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, on_print);
  gtk_widget_class_install_action (widget_class, "win.publish", NULL, on_publish);
  gtk_widget_class_install_action (widget_class, "win.copy-hub-link", NULL, on_copy_hub_link);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.officers", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.beats", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.autofill", NULL);
}
