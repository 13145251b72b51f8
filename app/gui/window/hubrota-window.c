/* hubrota-window.c: the main window: hubs on the left, the week's rota on the right
 *
 * The window shows one store. Without one it shows the welcome page; the application decides
 * which database to open and hands the store (or the reason it could not) to the window.
 *
 * The rota of the week on show is read in a worker thread (hubrota_rota_load_async) and then
 * judged by the rule checker; the week view, the Problems page and the opening pane all show
 * that one rota. Every change goes through HubrotaHistory (so it can be undone), is stored in
 * one transaction, and is followed by a fresh read, so what is shown is what is stored.
 *
 * AdwLeaflet folds the sidebar away on narrow windows. It is deprecated from libadwaita 1.4
 * in favour of AdwNavigationSplitView, which 1.2 does not have; only the template names it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-breakpoint-bin.h"
#include "hubrota-dialog-util.h"
#include "hubrota-format.h"
#include "hubrota-hub-row.h"
#include "hubrota-officer-view.h"
#include "hubrota-opening-card.h"
#include "hubrota-opening-pane.h"
#include "hubrota-preferences-window.h"
#include "hubrota-problems-view.h"
#include "hubrota-week-view.h"
#include "hubrota-window-private.h"


G_DEFINE_FINAL_TYPE (HubrotaWindow, hubrota_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void load_week (HubrotaWindow *self);
static void load_officer_weeks (HubrotaWindow *self);
static void go_to_week (HubrotaWindow *self,
                        const GDate   *day);

/* Dates */

void
_hubrota_window_get_today (HubrotaWindow *self,
                           GDate         *today)
{
  if (g_date_valid (&self->today))
    *today = self->today;
  else
    hubrota_london_today (today);
}

static void
get_this_monday (HubrotaWindow *self,
                 GDate         *monday)
{
  _hubrota_window_get_today (self, monday);
  hubrota_date_to_monday (monday);
}

void
_hubrota_window_show_toast (HubrotaWindow *self,
                            const char    *title,
                            gboolean       offer_undo)
{
  AdwToast *toast = hubrota_toast_new (title);

  if (offer_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  g_set_object (&self->last_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_hubrota_window_show_error_toast (HubrotaWindow *self,
                                  const GError  *error)
{
  g_autofree char *message = hubrota_format_error (error);

  _hubrota_window_show_toast (self, message, FALSE);
}

/* The spinner turns while anything is read in a thread. */
static void
update_spinner (HubrotaWindow *self)
{
  gboolean spinning = self->loads > 0 ||
                      (self->workspace != NULL && hubrota_workspace_get_loading (self->workspace));

  gtk_spinner_set_spinning (self->spinner, spinning);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), spinning);
}

static void
show_busy (HubrotaWindow *self,
           gboolean       busy)
{
  self->loads += busy ? 1 : -1;
  update_spinner (self);
}

/* The week on show, filtered from the workspace's month */

/* Whether an opening is of the hub on show (any, for All Hubs). */
static gboolean
hub_on_show (HubrotaWindow     *self,
             HubrotaOccurrence *occurrence)
{
  return self->hub == NULL || g_strcmp0 (hubrota_occurrence_get_hub (occurrence), self->hub) == 0;
}

static gboolean
starts_in_week (gpointer item,
                gpointer user_data)
{
  HubrotaWindow *self = user_data;
  HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (item);
  GDate day;

  hubrota_date_from_datetime (&day, hubrota_occurrence_get_start (occurrence));
  return g_date_valid (&self->monday) &&
         g_date_get_julian (&day) - g_date_get_julian (&self->monday) < 7;
}

static gboolean
is_of_hub_on_show (gpointer item,
                   gpointer user_data)
{
  return hub_on_show (user_data, hubrota_opening_status_get_occurrence (item));
}

/* A finding touches the week as the rule checker counts it (hubrota_rota_check ()), and is
 * about the hub on show or about no hub. */
static gboolean
finding_on_show (gpointer item,
                 gpointer user_data)
{
  HubrotaWindow *self = user_data;
  GDate next_monday = self->monday;
  g_autoptr(GDateTime) week_start = NULL;
  g_autoptr(GDateTime) week_end = NULL;
  const char *hub = hubrota_finding_get_hub (item);

  if (!g_date_valid (&self->monday))
    return FALSE;
  g_date_add_days (&next_monday, 7);
  week_start = hubrota_date_to_datetime (&self->monday);
  week_end = hubrota_date_to_datetime (&next_monday);
  return g_date_time_compare (hubrota_finding_get_start (item), week_end) < 0 &&
         g_date_time_compare (hubrota_finding_get_end (item), week_start) > 0 &&
         (self->hub == NULL || hub == NULL || g_str_equal (hub, self->hub));
}

static GtkFilterListModel *
filter_model (GListModel         *model,
              GtkCustomFilterFunc func,
              HubrotaWindow      *self,
              GtkCustomFilter   **out_filter)
{
  *out_filter = gtk_custom_filter_new (func, self, NULL);
  return gtk_filter_list_model_new (model, g_object_ref (GTK_FILTER (*out_filter)));
}

GPtrArray *
_hubrota_window_openings_on_show (HubrotaWindow *self)
{
  GListModel *shown = G_LIST_MODEL (self->week_statuses);
  GPtrArray *openings = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(HubrotaOpeningStatus) status = g_list_model_get_item (shown, i);
      g_ptr_array_add (openings, g_object_ref (hubrota_opening_status_get_occurrence (status)));
    }
  return openings;
}

static void
show_week_title (HubrotaWindow *self)
{
  g_autofree char *week = NULL;
  g_autoptr(GDateTime) monday = NULL;

  if (!g_date_valid (&self->monday))
    return;
  week = hubrota_format_week (&self->monday);
  monday = hubrota_date_to_datetime (&self->monday);

  gtk_menu_button_set_label (self->week_button, week);
  /* Where the header has no room for the week's button, the title says the week. */
  adw_view_switcher_title_set_subtitle (self->switcher_title,
                                        hubrota_breakpoint_bin_get_wide (HUBROTA_BREAKPOINT_BIN (self->content))
                                          ? NULL : week);
  hubrota_month_calendar_select_day (self->calendar, monday);
}

static void
show_opened (HubrotaWindow *self)
{
  HubrotaOccurrence *current = NULL;

  if (self->opened != NULL && self->rota != NULL)
    current = hubrota_rota_find_occurrence (self->rota, self->opened);
  if (current == NULL)
    {
      g_clear_object (&self->opened);
      gtk_revealer_set_reveal_child (self->detail_revealer, FALSE);
      adw_leaflet_set_visible_child (self->detail_leaflet, self->week_box);
      hubrota_week_view_select (self->week_view, NULL);
    }
  else
    {
      g_set_object (&self->opened, current);
      hubrota_opening_pane_show (self->opening_pane, current, self->rota);
      hubrota_week_view_select (self->week_view, current);
      gtk_revealer_set_reveal_child (self->detail_revealer, TRUE);
      /* On a narrow window the pane takes the week's place until it is closed. */
      adw_leaflet_set_visible_child (self->detail_leaflet, GTK_WIDGET (self->detail_revealer));
    }
  _hubrota_window_update_editor_actions (self);
}

/* The Problems page's badge */
static void
show_problem_count (HubrotaWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->week_findings));

  adw_view_stack_page_set_badge_number (self->problems_page, n);
  adw_view_stack_page_set_needs_attention (self->problems_page, n > 0);
}

/* An opening of the week changed (or came, or went): the sidebar's marks follow, and the
 * pane, if its opening is among those changed, shows it as it now is. */
static void
on_week_statuses_changed (HubrotaWindow *self,
                          guint          position,
                          guint          removed,
                          guint          added)
{
  GListModel *week = G_LIST_MODEL (self->week_all);

  _hubrota_window_show_hub_levels (self);
  if (self->opened == NULL)
    return;
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(HubrotaOpeningStatus) status = g_list_model_get_item (week, i);
      if (hubrota_occurrence_is_same (hubrota_opening_status_get_occurrence (status), self->opened))
        {
          show_opened (self);
          return;
        }
    }
  if (removed > 0)
    show_opened (self);   /* closes the pane if its opening went */
}

/* The hub or the week on show changed: the filters say so, and the views bound to them
 * follow. */
static void
refilter (HubrotaWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->week_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->hub_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->findings_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
_hubrota_window_show_rota (HubrotaWindow *self)
{
  refilter (self);
  show_opened (self);
}

/* The hubs that have openings to show: archived ones have none. */
static GPtrArray *
hubs_in_rota (HubrotaWindow *self)
{
  GPtrArray *hubs = g_ptr_array_new ();

  for (guint i = 0; self->hubs != NULL && i < self->hubs->len; i++)
    if (!hubrota_hub_get_archived (g_ptr_array_index (self->hubs, i)))
      g_ptr_array_add (hubs, g_ptr_array_index (self->hubs, i));
  return hubs;
}

/* The Month page's grid: laid out for the period and hubs the workspace holds. */
static void
show_month (HubrotaWindow *self)
{
  g_autoptr(GPtrArray) hubs = NULL;
  GDate first, last, today;

  if (self->rota == NULL || !hubrota_workspace_get_period (self->workspace, &first, &last))
    return;
  hubs = hubs_in_rota (self);
  _hubrota_window_get_today (self, &today);
  hubrota_month_view_set_period (self->month_view, &first, &last, &today, hubs, self->rota);
}

/* The workspace read a period, or again after a change: its rota names what the views show. */
static void
on_rota_changed (HubrotaWindow *self)
{
  g_set_object (&self->rota, hubrota_workspace_get_rota (self->workspace));
  _hubrota_window_update_editor_actions (self);
  show_month (self);
  /* New officers or hubs may be among the pane's candidates. */
  show_opened (self);
}

/* The weeks of the month the week on show belongs to: the month of its Thursday, as ISO weeks
 * count. The workspace holds those weeks, so paging within a month reads nothing. */
static void
month_period (HubrotaWindow *self,
              GDate         *out_first,
              GDate         *out_last)
{
  GDate thursday = self->monday;

  g_date_add_days (&thursday, 3);
  hubrota_month_view_get_period (&thursday, out_first, out_last);
}

static void
on_period_loaded (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HubrotaWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  show_busy (self, FALSE);
  if (hubrota_workspace_load_finish (HUBROTA_WORKSPACE (source), result, &error))
    {
      _hubrota_window_show_rota (self);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* A lock or a read error after the first read: keep showing the last good weeks. */
  if (self->rota != NULL)
    _hubrota_window_show_error_toast (self, error);
  else
    hubrota_window_show_error (self, error);
}

static void
load_week (HubrotaWindow *self)
{
  GDate first, last, held_first, held_last;

  show_week_title (self);
  hubrota_week_view_set_week (self->week_view, &self->monday);
  refilter (self);
  month_period (self, &first, &last);
  if (hubrota_workspace_get_period (self->workspace, &held_first, &held_last) &&
      g_date_compare (&first, &held_first) == 0 && g_date_compare (&last, &held_last) == 0 &&
      !hubrota_workspace_get_loading (self->workspace))
    {
      show_opened (self);
      return;
    }
  show_busy (self, TRUE);
  hubrota_workspace_load_async (self->workspace, &first, &last, on_period_loaded,
                                g_object_ref (self));
}

/* Reads the days from to to in a thread; a newer read into the same slot cancels this one,
 * so only the newest is shown. The callback gets a reference to the window. */
static void
start_load (HubrotaWindow       *self,
            GCancellable       **slot,
            const GDate         *from,
            const GDate         *to,
            GAsyncReadyCallback  callback)
{
  g_cancellable_cancel (*slot);
  g_clear_object (slot);
  *slot = g_cancellable_new ();
  show_busy (self, TRUE);
  hubrota_rota_load_async (self->store, from, to, *slot, callback, g_object_ref (self));
}

static void
on_month_opening_activated (HubrotaWindow     *self,
                            HubrotaOccurrence *occurrence)
{
  GDate day;

  /* Its hub, its week, and the opening in the pane. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.select-hub", "s",
                              hubrota_occurrence_get_hub (occurrence));
  adw_view_stack_set_visible_child_name (self->view_stack, "week");
  g_set_object (&self->opened, occurrence);
  hubrota_date_from_datetime (&day, hubrota_occurrence_get_start (occurrence));
  go_to_week (self, &day);
}

static void on_history_notify (HubrotaWindow *self);

/* The workspace of the store on show (or none): the views are bound to its models. */
static void
set_workspace (HubrotaWindow    *self,
               HubrotaWorkspace *workspace)
{
  if (self->workspace != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->workspace, self);
      g_signal_handlers_disconnect_by_data (self->history, self);
    }
  g_clear_object (&self->history);
  g_set_object (&self->workspace, workspace);
  gtk_filter_list_model_set_model (self->week_all,
                                   workspace != NULL ? hubrota_workspace_get_statuses (workspace) : NULL);
  gtk_filter_list_model_set_model (self->week_findings,
                                   workspace != NULL ? hubrota_workspace_get_findings (workspace) : NULL);
  if (workspace == NULL)
    return;
  self->history = g_object_ref (hubrota_workspace_get_history (workspace));
  g_signal_connect_swapped (self->history, "notify::can-undo", G_CALLBACK (on_history_notify), self);
  g_signal_connect_swapped (self->history, "notify::can-redo", G_CALLBACK (on_history_notify), self);
  g_signal_connect_swapped (workspace, "notify::rota", G_CALLBACK (on_rota_changed), self);
  g_signal_connect_swapped (workspace, "notify::loading", G_CALLBACK (update_spinner), self);
  hubrota_week_view_bind (self->week_view, G_LIST_MODEL (self->week_statuses), workspace);
  hubrota_problems_view_bind (self->problems_view, G_LIST_MODEL (self->week_findings));
  hubrota_month_view_bind (self->month_view, hubrota_workspace_get_statuses (workspace));
}

/* The week's models: its openings (every hub's, for the sidebar's marks; the hub on show's,
 * for the cards) and its findings, filtered from the workspace's. */
static void
init_week_models (HubrotaWindow *self)
{
  self->week_all = filter_model (NULL, starts_in_week, self, &self->week_filter);
  self->week_statuses = filter_model (g_object_ref (G_LIST_MODEL (self->week_all)),
                                      is_of_hub_on_show, self, &self->hub_filter);
  self->week_findings = filter_model (NULL, finding_on_show, self, &self->findings_filter);
  g_signal_connect_swapped (self->week_all, "items-changed", G_CALLBACK (on_week_statuses_changed),
                            self);
  g_signal_connect_swapped (self->week_findings, "items-changed", G_CALLBACK (show_problem_count),
                            self);
}

static void
clear_week_models (HubrotaWindow *self)
{
  if (self->week_all != NULL)
    g_signal_handlers_disconnect_by_data (self->week_all, self);
  if (self->week_findings != NULL)
    g_signal_handlers_disconnect_by_data (self->week_findings, self);
  g_clear_object (&self->week_statuses);
  g_clear_object (&self->week_all);
  g_clear_object (&self->week_findings);
  g_clear_object (&self->week_filter);
  g_clear_object (&self->hub_filter);
  g_clear_object (&self->findings_filter);
}

/* The officer page reads its own four weeks, from this week on, whichever week is shown. */

static void
on_officer_weeks_loaded (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(HubrotaWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaRota) rota = hubrota_rota_load_finish (HUBROTA_STORE (source), result, &error);
  g_autoptr(GPtrArray) findings = NULL;
  GDate monday;

  show_busy (self, FALSE);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (rota == NULL)
    {
      _hubrota_window_show_error_toast (self, error);
      return;
    }
  get_this_monday (self, &monday);
  findings = hubrota_rota_check (rota);
  hubrota_officer_view_show (self->officer_view, rota, &monday, HUBROTA_WINDOW_OFFICER_WEEKS, findings);
}

static void
load_officer_weeks (HubrotaWindow *self)
{
  GDate monday, last;

  if (self->store == NULL ||
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "officer") != 0)
    return;
  get_this_monday (self, &monday);
  last = monday;
  g_date_add_days (&last, HUBROTA_WINDOW_OFFICER_WEEKS * 7 - 1);

  start_load (self, &self->officer_loading, &monday, &last, on_officer_weeks_loaded);
}

/* AdwViewStack measures every page, not only the one on show: on a county's rota the Month
 * grid and the Problems list are thousands of labels, 0.4 s of the window's first frame. A
 * page not on show keeps its widgets but hides its content, so it costs nothing to measure;
 * the content is shown, and measured, with its page. */
static void
measure_only_the_page_on_show (HubrotaWindow *self)
{
  GtkWidget *pages[] = { GTK_WIDGET (self->month_view), GTK_WIDGET (self->problems_view),
                         GTK_WIDGET (self->officer_view) };
  GtkWidget *on_show = adw_view_stack_get_visible_child (self->view_stack);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (gtk_widget_get_first_child (pages[i]) != NULL)
      gtk_widget_set_visible (gtk_widget_get_first_child (pages[i]), pages[i] == on_show);
}

static void
on_view_changed (HubrotaWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  measure_only_the_page_on_show (self);

  if (self->settings != NULL && name != NULL)
    g_settings_set_string (self->settings, "last-view", name);
  load_officer_weeks (self);
}

/* After an opening was cancelled, moved, restored or added (the workspace reads its period
 * again itself): the sidebar's next openings and the officer page, read on their own. */
void
_hubrota_window_after_step (HubrotaWindow *self)
{
  _hubrota_window_refresh_hub_rows (self);
  load_officer_weeks (self);
}

/* After an editor changed hubs, beats or officers: the sidebar is rebuilt too. */
void
_hubrota_window_reload_all (HubrotaWindow *self)
{
  _hubrota_window_load_hubs (self);
  hubrota_workspace_reload (self->workspace);
  load_officer_weeks (self);
}

static void
go_to_week (HubrotaWindow *self,
            const GDate   *day)
{
  self->monday = *day;
  hubrota_date_to_monday (&self->monday);
  load_week (self);
}

static void
on_calendar_day_selected (HubrotaWindow *self)
{
  GDate day;

  hubrota_month_calendar_get_day (self->calendar, &day);
  gtk_popover_popdown (gtk_menu_button_get_popover (self->week_button));
  go_to_week (self, &day);
}

/* Opening an opening */

static void
open_opening (HubrotaWindow     *self,
              HubrotaOccurrence *occurrence)
{
  g_set_object (&self->opened, occurrence);
  show_opened (self);
  if (self->opened != NULL)
    hubrota_opening_pane_focus_search (self->opening_pane);
}

static void
on_opening_activated (HubrotaWindow     *self,
                      HubrotaOccurrence *occurrence)
{
  open_opening (self, occurrence);
}

/* The first opening on show that a beat's finding comes from, or NULL. */
static HubrotaOccurrence *
find_cause (HubrotaWindow  *self,
            HubrotaFinding *finding)
{
  GPtrArray *all = hubrota_rota_get_occurrences (self->rota);

  for (guint i = 0; i < all->len; i++)
    if (hubrota_rota_finding_concerns (self->rota, finding, g_ptr_array_index (all, i)))
      return g_ptr_array_index (all, i);
  return NULL;
}

static void
on_finding_activated (HubrotaWindow  *self,
                      HubrotaFinding *finding)
{
  HubrotaOccurrence *occurrence = hubrota_finding_get_occurrence (finding);
  const char *officer = hubrota_finding_get_officer (finding);

  if (occurrence == NULL)
    occurrence = find_cause (self, finding);
  if (occurrence != NULL)
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "week");
      open_opening (self, occurrence);
    }
  else if (officer != NULL)
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "officer");
      hubrota_officer_view_set_officer (self->officer_view, officer);
    }
  /* A beat's finding no opening causes (a hotspot nobody can patrol): the beat's week. */
  else if (hubrota_finding_get_beat (finding) != NULL)
    _hubrota_window_show_beat (self, hubrota_finding_get_beat (finding));
}

/* Changing the rota */

static char *
describe_change (HubrotaWindow     *self,
                 const char        *officer,
                 HubrotaOccurrence *occurrence,
                 gboolean           assign)
{
  HubrotaOfficer *known = self->rota != NULL ? hubrota_rota_get_officer (self->rota, officer) : NULL;
  const char *hub = hubrota_occurrence_get_hub (occurrence);
  const char *hub_name = self->rota != NULL ? hubrota_rota_get_hub_name (self->rota, hub) : NULL;
  g_autofree char *day = hubrota_format_short_day (hubrota_occurrence_get_start (occurrence));
  const char *name = known != NULL ? hubrota_officer_get_name (known) : officer;

  if (hub_name == NULL)
    hub_name = hub;
  return assign
    /* Translators: a toast, e.g. "Sam Patel is on Kempston Library, Sat 5 Dec" */
    ? g_strdup_printf (_("%s is on %s, %s"), name, hub_name, day)
    /* Translators: a toast, e.g. "Sam Patel is off Kempston Library, Sat 5 Dec" */
    : g_strdup_printf (_("%s is off %s, %s"), name, hub_name, day);
}

static void clear_pending (HubrotaWindow *self);
static void ask_to_confirm (HubrotaWindow *self,
                            GPtrArray     *findings);

/* After a change the models have already followed; the officer page, read on its own,
 * reads again. */
static void
changed (HubrotaWindow *self,
         const char    *toast)
{
  _hubrota_window_show_toast (self, toast, TRUE);
  load_officer_weeks (self);
}

/* Puts the officer on (or takes them off). Unless forced, an assignment that would cause an
 * error is refused inside the transaction and the coordinator is asked first. */
static void
change (HubrotaWindow     *self,
        const char        *officer,
        HubrotaOccurrence *occurrence,
        gboolean           whole_series,
        gboolean           assign,
        gboolean           force)
{
  /* The change replaces the rota's copy of the opening (and the pane's): hold this one. */
  g_autoptr(HubrotaOccurrence) held = g_object_ref (occurrence);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *done = NULL;

  if (!hubrota_workspace_change (self->workspace, officer, occurrence, whole_series, assign, force,
                                 force ? NULL : &findings, &error))
    {
      if (g_error_matches (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_REFUSED))
        {
          clear_pending (self);
          self->pending_officer = g_strdup (officer);
          self->pending_opening = g_object_ref (occurrence);
          self->pending_series = whole_series;
          ask_to_confirm (self, findings);
        }
      else
        _hubrota_window_show_error_toast (self, error);
      return;
    }
  done = describe_change (self, officer, occurrence, assign);
  /* The search found the officer just put on; the next one starts from the whole list. */
  if (assign)
    hubrota_opening_pane_clear_search (self->opening_pane);
  changed (self, done);
}

static gboolean
whole_series_chosen (HubrotaWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "whole-series");
  g_autoptr(GVariant) state = g_action_get_state (action);

  return g_variant_get_boolean (state);
}

static void
clear_pending (HubrotaWindow *self)
{
  g_clear_pointer (&self->pending_officer, g_free);
  g_clear_object (&self->pending_opening);
  self->confirm_dialog = NULL;
}

static void
on_confirm_response (HubrotaWindow *self,
                     const char    *response)
{
  g_autofree char *officer = g_steal_pointer (&self->pending_officer);
  g_autoptr(HubrotaOccurrence) opening = g_steal_pointer (&self->pending_opening);
  gboolean whole_series = self->pending_series;

  clear_pending (self);
  if (g_strcmp0 (response, "assign") == 0)
    change (self, officer, opening, whole_series, TRUE, TRUE);
}

static char *
list_errors (GPtrArray *findings)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (findings, i);
      if (hubrota_finding_get_severity (finding) == HUBROTA_SEVERITY_ERROR)
        g_string_append_printf (text, "%s• %s", text->len > 0 ? "\n" : "",
                                hubrota_finding_get_message (finding));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* An assignment that would cause errors is only made once the coordinator has read them. */
static void
ask_to_confirm (HubrotaWindow *self,
                GPtrArray     *findings)
{
  g_autofree char *body = list_errors (findings);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  HubrotaOfficer *officer = hubrota_rota_get_officer (self->rota, self->pending_officer);

  name = officer != NULL ? hubrota_format_officer (officer) : g_strdup (self->pending_officer);
  /* Translators: %s is an officer, e.g. "Assign Sam Patel (PC1234) Anyway?" */
  heading = g_strdup_printf (_("Assign %s Anyway?"), name);
  self->confirm_dialog = hubrota_dialog_ask (GTK_WINDOW (self), heading, body,
                                             "cancel", _("_Cancel"), "assign", _("_Assign Anyway"),
                                             G_CALLBACK (on_confirm_response), self);
}

/* A whole series checked over the year: assigned at once when nothing breaks (the
 * coordinator has seen it all otherwise), or asked first. */
static void
assign_or_ask (HubrotaWindow *self,
               GPtrArray     *findings)
{
  g_autofree char *officer = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;

  if (hubrota_findings_count_errors (findings) > 0)
    {
      ask_to_confirm (self, findings);
      return;
    }
  officer = g_steal_pointer (&self->pending_officer);
  opening = g_steal_pointer (&self->pending_opening);
  clear_pending (self);
  change (self, officer, opening, TRUE, TRUE, TRUE);
}

static void
on_series_year_loaded (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(HubrotaWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaRota) year = hubrota_rota_load_finish (HUBROTA_STORE (source), result, &error);
  g_autoptr(GPtrArray) openings = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  show_busy (self, FALSE);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (year != NULL)
    {
      openings = hubrota_rota_series_openings (year, self->pending_opening, self->pending_officer, TRUE);
      findings = hubrota_rota_would_cause_many (year, self->pending_officer, openings, TRUE, &error);
    }
  if (findings == NULL)
    {
      _hubrota_window_show_error_toast (self, error);
      clear_pending (self);
      return;
    }
  assign_or_ask (self, findings);
}

/* A whole series is checked over the coming year, which is read off the main loop. */
static void
check_series (HubrotaWindow *self)
{
  GDate first = *hubrota_occurrence_get_original_date (self->pending_opening);
  GDate last = first;

  g_date_add_days (&last, HUBROTA_ROTA_SERIES_HORIZON_DAYS);
  start_load (self, &self->series_checking, &first, &last, on_series_year_loaded);
}

static void
start_assign (HubrotaWindow *self,
              const char    *officer)
{
  if (self->opened == NULL || self->rota == NULL || self->confirm_dialog != NULL)
    return;
  clear_pending (self);
  if (!whole_series_chosen (self))
    {
      change (self, officer, self->opened, FALSE, TRUE, FALSE);
      return;
    }
  self->pending_officer = g_strdup (officer);
  self->pending_opening = g_object_ref (self->opened);
  self->pending_series = TRUE;
  check_series (self);
}

static void
on_candidate_activated (HubrotaWindow    *self,
                        HubrotaCandidate *candidate)
{
  start_assign (self, hubrota_officer_get_id (hubrota_candidate_get_officer (candidate)));
}

/* Actions */

static void
on_assign (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  start_assign (HUBROTA_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* The rota's opening of the series first planned for the date, or NULL. */
static HubrotaOccurrence *
find_opening (HubrotaWindow *self,
              gint64         series,
              const GDate   *date)
{
  GPtrArray *all = hubrota_rota_get_occurrences (self->rota);

  for (guint i = 0; i < all->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (all, i);
      if (hubrota_occurrence_get_series (occurrence) == series &&
          g_date_compare (hubrota_occurrence_get_original_date (occurrence), date) == 0)
        return occurrence;
    }
  return NULL;
}

static void
on_unassign (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);
  g_autoptr(GDate) date = NULL;
  const char *officer, *original;
  HubrotaOccurrence *occurrence;
  gint64 series;

  g_variant_get (parameter, "(&sx&s)", &officer, &series, &original);
  date = hubrota_london_parse_date (original, NULL);
  if (self->rota == NULL || date == NULL)
    return;
  occurrence = find_opening (self, series, date);
  if (occurrence != NULL)
    change (self, officer, occurrence, FALSE, FALSE, FALSE);
}

static void
on_undo_or_redo (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);
  gboolean undo = g_str_equal (action_name, "win.undo");
  gboolean assignment = (undo ? hubrota_history_get_undo_series (self->history)
                              : hubrota_history_get_redo_series (self->history)) != 0;
  g_autofree char *label = g_strdup (undo ? hubrota_history_get_undo_label (self->history)
                                          : hubrota_history_get_redo_label (self->history));
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!(undo ? hubrota_workspace_undo : hubrota_workspace_redo) (self->workspace, &error))
    {
      _hubrota_window_show_error_toast (self, error);
      return;
    }
  /* Translators: a toast after undoing, e.g.
   * "Undone: Put Sam Patel on Kempston Library, Sat 5 Dec 10:00" */
  done = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), label != NULL ? label : "");
  _hubrota_window_show_toast (self, done, FALSE);
  /* A cancel, move or restore undone changes the sidebar's next openings too. */
  if (assignment)
    load_officer_weeks (self);
  else
    _hubrota_window_after_step (self);
}

static void
on_week_step (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);
  GDate day = self->monday;

  if (self->store == NULL)
    return;
  if (g_str_equal (action_name, "win.next-week"))
    g_date_add_days (&day, 7);
  else if (g_str_equal (action_name, "win.previous-week"))
    g_date_subtract_days (&day, 7);
  else
    _hubrota_window_get_today (self, &day);
  go_to_week (self, &day);
}

static void
on_close_opening (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);
  g_autoptr(HubrotaOccurrence) was_open = g_steal_pointer (&self->opened);
  GtkWidget *card;

  show_opened (self);
  if (was_open == NULL)
    return;
  /* Back to the card the pane was about, where the coordinator left the week. */
  card = hubrota_week_view_get_card (self->week_view, was_open);
  if (card == NULL || !gtk_widget_grab_focus (gtk_widget_get_parent (card)))
    hubrota_week_view_focus_first (self->week_view);
}

static void
on_show_view (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

static void
on_search_hubs (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->hub_search));
}

static void
on_show_hubs (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
on_select_hub (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HubrotaWindow *self = HUBROTA_WINDOW (widget);
  const char *slug = g_variant_get_string (parameter, NULL);
  GtkListBoxRow *row = _hubrota_window_find_hub_row (self, slug[0] != '\0' ? slug : NULL);

  if (row != NULL)
    gtk_list_box_select_row (self->hub_list, row);
}

static void
update_history_actions (HubrotaWindow *self)
{
  gboolean has_store = self->history != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has_store && hubrota_history_get_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has_store && hubrota_history_get_can_redo (self->history));
}

/* Window state */

static void
restore_window_state (HubrotaWindow *self)
{
  g_autofree char *view = NULL;

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  view = g_settings_get_string (self->settings, "last-view");
  if (adw_view_stack_get_child_by_name (self->view_stack, view) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, view);
  hubrota_officer_view_set_settings (self->officer_view, self->settings);
}

static void
save_window_state (HubrotaWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  /* The default size is the unmaximized size, which is what the next start should use. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
hubrota_window_close_request (GtkWindow *window)
{
  save_window_state (HUBROTA_WINDOW (window));

  return GTK_WINDOW_CLASS (hubrota_window_parent_class)->close_request (window);
}

static void
hubrota_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HubrotaWindow *self = HUBROTA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HubrotaWindow *self = HUBROTA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      hubrota_window_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_window_dispose (GObject *object)
{
  HubrotaWindow *self = HUBROTA_WINDOW (object);

  /* The Officers and Beats windows may outlive this one; they must not clear its fields then. */
  g_clear_weak_pointer (&self->officers_window);
  g_clear_weak_pointer (&self->beats_window);
  g_cancellable_cancel (self->officer_loading);
  g_cancellable_cancel (self->series_checking);
  g_clear_pointer (&self->hubs, g_ptr_array_unref);
  g_clear_object (&self->officer_loading);
  g_clear_object (&self->series_checking);
  set_workspace (self, NULL);
  clear_week_models (self);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->rota);
  g_clear_object (&self->opened);
  g_clear_object (&self->last_toast);
  clear_pending (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUBROTA_TYPE_WINDOW);

  G_OBJECT_CLASS (hubrota_window_parent_class)->dispose (object);
}

static void
hubrota_window_finalize (GObject *object)
{
  HubrotaWindow *self = HUBROTA_WINDOW (object);

  g_clear_pointer (&self->beat_names, g_hash_table_unref);
  g_clear_pointer (&self->next_openings, g_hash_table_unref);
  g_free (self->hub);

  G_OBJECT_CLASS (hubrota_window_parent_class)->finalize (object);
}

static void
add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.assign", "s", on_assign);
  gtk_widget_class_install_action (widget_class, "win.unassign", "(sxs)", on_unassign);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, on_undo_or_redo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, on_undo_or_redo);
  gtk_widget_class_install_action (widget_class, "win.previous-week", NULL, on_week_step);
  gtk_widget_class_install_action (widget_class, "win.next-week", NULL, on_week_step);
  gtk_widget_class_install_action (widget_class, "win.today", NULL, on_week_step);
  gtk_widget_class_install_action (widget_class, "win.close-opening", NULL, on_close_opening);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", on_show_view);
  gtk_widget_class_install_action (widget_class, "win.search-hubs", NULL, on_search_hubs);
  gtk_widget_class_install_action (widget_class, "win.show-hubs", NULL, on_show_hubs);
  gtk_widget_class_install_action (widget_class, "win.select-hub", "s", on_select_hub);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.previous-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.next-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "win.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search-hubs", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.close-opening", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "s", "week");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "s", "problems");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-view", "s", "officer");
}

static void
hubrota_window_class_init (HubrotaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->get_property = hubrota_window_get_property;
  object_class->set_property = hubrota_window_set_property;
  object_class->dispose = hubrota_window_dispose;
  object_class->finalize = hubrota_window_finalize;

  window_class->close_request = hubrota_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HUBROTA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The template names these types; make sure GtkBuilder can find them. */
  g_type_ensure (HUBROTA_TYPE_WEEK_VIEW);
  g_type_ensure (HUBROTA_TYPE_OPENING_PANE);
  g_type_ensure (HUBROTA_TYPE_PROBLEMS_VIEW);
  g_type_ensure (HUBROTA_TYPE_OFFICER_VIEW);
  g_type_ensure (HUBROTA_TYPE_MONTH_CALENDAR);
  g_type_ensure (HUBROTA_TYPE_MONTH_VIEW);
  g_type_ensure (HUBROTA_TYPE_BREAKPOINT_BIN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, content);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, hub_search);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, hub_list);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, week_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, problems_page);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, week_stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, hub_bar_revealer);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, hub_title);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, hub_subtitle);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, week_view);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, month_view);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, detail_leaflet);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, week_box);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, detail_revealer);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, opening_pane);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, problems_view);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, officer_view);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_month_opening_activated);
  _hubrota_window_class_add_sidebar_callbacks (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_opening_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_finding_activated);

  add_actions (widget_class);
  _hubrota_window_class_add_editor_actions (widget_class);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  GtkShortcutTrigger *pressed = gtk_shortcut_trigger_parse_string (trigger);

  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (pressed, gtk_named_action_new (action)));
}

/* Ctrl+Z and Ctrl+Shift+Z undo and redo changes to the rota wherever the focus is in the
 * window: caught before a search entry would take them for its own typing. */
static void
add_undo_shortcuts (HubrotaWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>z", "win.undo");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control><Shift>z", "win.redo");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
hubrota_window_init (HubrotaWindow *self)
{
  g_autoptr(GSimpleActionGroup) group = NULL;
  g_autoptr(GSimpleAction) whole_series = NULL;

  self->beat_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->next_openings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_date_clear (&self->today, 1);
  g_date_clear (&self->monday, 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  init_week_models (self);
  g_signal_connect_swapped (self->content, "notify::wide", G_CALLBACK (show_week_title), self);
  add_undo_shortcuts (self);

  /* A stateful action, so the check box in the pane and tests share one switch. */
  whole_series = g_simple_action_new_stateful ("whole-series", NULL, g_variant_new_boolean (FALSE));
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (whole_series));

  _hubrota_window_init_sidebar (self);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  measure_only_the_page_on_show (self);

#if ADW_CHECK_VERSION (1, 4, 0)
  /* Newer libadwaita gives sidebars their own shade; 1.2 has no such style class. */
  gtk_widget_add_css_class (self->sidebar, "sidebar-pane");
#endif

  /* A development build (meson -Dprofile=development) wears libadwaita's striped header bar,
   * as GNOME's own nightly applications do, so it is never mistaken for the release. */
  if (g_str_has_suffix (APPLICATION_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  update_history_actions (self);
  _hubrota_window_update_editor_actions (self);
  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

/**
 * hubrota_window_new:
 * @application: the application
 * @store: (nullable): the database to show, or %NULL for the welcome page
 */
HubrotaWindow *
hubrota_window_new (HubrotaApplication *application,
                    HubrotaStore       *store)
{
  HubrotaWindow *self;

  g_return_val_if_fail (HUBROTA_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || HUBROTA_IS_STORE (store), NULL);

  self = g_object_new (HUBROTA_TYPE_WINDOW, "application", application, NULL);
  /* Settings first: showing the store restores the last hub and view. */
  g_set_object (&self->settings, hubrota_application_get_settings (application));
  restore_window_state (self);
  hubrota_window_set_store (self, store);

  return self;
}

HubrotaStore *
hubrota_window_get_store (HubrotaWindow *self)
{
  g_return_val_if_fail (HUBROTA_IS_WINDOW (self), NULL);

  return self->store;
}

static void
on_history_notify (HubrotaWindow *self)
{
  update_history_actions (self);
}

static void
show_database_name (HubrotaWindow *self)
{
  g_autofree char *basename = NULL;

  if (self->store != NULL)
    basename = g_path_get_basename (hubrota_store_get_path (self->store));
  adw_window_title_set_subtitle (self->sidebar_title, basename != NULL ? basename : "");
}

/* The editors, the Officers and Beats windows and the publish dialog work on the store they
 * were opened with; when another database is opened they go, so nothing lands in the old
 * file. Preferences, which opened it, stays. */
static void
close_editors (HubrotaWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */
  g_autoptr(GPtrArray) editors = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (self) &&
          !HUBROTA_IS_PREFERENCES_WINDOW (window))
        g_ptr_array_add (editors, g_steal_pointer (&window));
    }
  for (guint i = 0; i < editors->len; i++)
    gtk_window_destroy (g_ptr_array_index (editors, i));
}

/**
 * hubrota_window_set_store:
 * @store: (nullable): the database to show, or %NULL for the welcome page
 */
void
hubrota_window_set_store (HubrotaWindow *self,
                          HubrotaStore  *store)
{
  g_return_if_fail (HUBROTA_IS_WINDOW (self));
  g_return_if_fail (store == NULL || HUBROTA_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  close_editors (self);

  g_clear_object (&self->rota);
  g_clear_object (&self->opened);
  show_database_name (self);
  hubrota_officer_view_set_store (self->officer_view, store);
  if (store != NULL)
    {
      g_autoptr(HubrotaWorkspace) workspace = hubrota_workspace_new (store);
      set_workspace (self, workspace);
      get_this_monday (self, &self->monday);
      _hubrota_window_load_hubs (self);
      load_week (self);
      load_officer_weeks (self);
    }
  else
    {
      set_workspace (self, NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }
  update_history_actions (self);
  _hubrota_window_update_editor_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Shows why the database could not be opened or read, in the store's own words. */
void
hubrota_window_show_error (HubrotaWindow *self,
                           const GError  *error)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (HUBROTA_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  markup = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, markup);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/* For the tests (hubrota-window-private.h) */

const char *
_hubrota_window_get_page (HubrotaWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

const char *
_hubrota_window_get_error_message (HubrotaWindow *self)
{
  return adw_status_page_get_description (self->error_page);
}

gboolean
_hubrota_window_is_loading (HubrotaWindow *self)
{
  return self->loads > 0 || hubrota_opening_pane_is_ranking (self->opening_pane) ||
         (self->workspace != NULL && hubrota_workspace_get_loading (self->workspace));
}

const char *
_hubrota_window_get_hub (HubrotaWindow *self)
{
  return self->hub;
}

const GDate *
_hubrota_window_get_monday (HubrotaWindow *self)
{
  return &self->monday;
}

GtkListBox *
_hubrota_window_get_hub_list (HubrotaWindow *self)
{
  return self->hub_list;
}

HubrotaMonthView *
_hubrota_window_get_month_view (HubrotaWindow *self)
{
  return self->month_view;
}

HubrotaWeekView *
_hubrota_window_get_week_view (HubrotaWindow *self)
{
  return self->week_view;
}

HubrotaOpeningPane *
_hubrota_window_get_opening_pane (HubrotaWindow *self)
{
  return self->opening_pane;
}

HubrotaProblemsView *
_hubrota_window_get_problems_view (HubrotaWindow *self)
{
  return self->problems_view;
}

HubrotaOfficerView *
_hubrota_window_get_officer_view (HubrotaWindow *self)
{
  return self->officer_view;
}

HubrotaRota *
_hubrota_window_get_rota (HubrotaWindow *self)
{
  return self->rota;
}

gboolean
_hubrota_window_is_opening_shown (HubrotaWindow *self)
{
  return gtk_revealer_get_reveal_child (self->detail_revealer);
}

void
_hubrota_window_open (HubrotaWindow     *self,
                      HubrotaOccurrence *occurrence)
{
  open_opening (self, occurrence);
}

GtkWidget *
_hubrota_window_get_confirm_dialog (HubrotaWindow *self)
{
  return self->confirm_dialog;
}

AdwToast *
_hubrota_window_get_last_toast (HubrotaWindow *self)
{
  return self->last_toast;
}

AdwViewStack *
_hubrota_window_get_view_stack (HubrotaWindow *self)
{
  return self->view_stack;
}

AdwViewStackPage *
_hubrota_window_get_problems_page (HubrotaWindow *self)
{
  return self->problems_page;
}

void
_hubrota_window_search_hubs (HubrotaWindow *self,
                             const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->hub_search), text);
  /* The entry waits a moment before it says the search changed; a test need not. */
  gtk_list_box_invalidate_filter (self->hub_list);
}

void
_hubrota_window_set_today (HubrotaWindow *self,
                           const GDate   *today)
{
  self->today = *today;
  if (self->store != NULL)
    {
      get_this_monday (self, &self->monday);
      load_week (self);
      show_month (self);
      _hubrota_window_after_step (self);
    }
}
