/* hubrota-beats-window.c: beats, their hotspots, and how each beat's week is going
 *
 * A coordinator sets each beat's abstraction limit and keeps its list of hotspots here, and
 * sees, for one week at a time, what the hub rota costs the beat: how much of each of its
 * officers' duty the hubs take, and whether the hotspots still get their patrol. The week is
 * read and checked in a worker thread (hubrota_rota_load_async); the details and hotspots
 * come straight from the store, which the window only changes through the core API.
 *
 * What is typed into the details survives anything but choosing another beat: a hotspot
 * added, or a refusal from the store, leaves it as it was.
 *
 * This file holds the class, the list of beats and the beat's page; the details, the hotspots
 * and the week have files of their own (hubrota-beats-window-details.c, -hotspots.c, -week.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaBeatsWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-beats-window-internal.h"
#include "hubrota-dialog-util.h"
#include "hubrota-format.h"

G_DEFINE_FINAL_TYPE (HubrotaBeatsWindow, hubrota_beats_window, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

/* For the window's other files, which cannot see the signal's id. */
void
_hubrota_beats_window_emit_changed (HubrotaBeatsWindow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static AdwPreferencesGroup *
group_of (HubrotaBeatsWindow *self,
          int                 which)
{
  AdwPreferencesGroup *groups[] = { self->hotspots_group, self->officers_group, self->risks_group,
                                    self->hubs_group };
  return groups[which];
}

/* A row of plain text (escaped here, as rows take markup); text is what the tests read. */
GtkWidget *
_hubrota_beats_window_add_row (HubrotaBeatsWindow *self,
                               int                 which,
                               const char         *title,
                               const char         *subtitle,
                               const char         *text)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = subtitle != NULL ? g_markup_escape_text (subtitle, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (escaped_subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  g_object_set_data_full (G_OBJECT (row), "hubrota-text", g_strdup (text != NULL ? text : title),
                          g_free);
  if (which == HOTSPOTS)
    {
      /* Hotspots go above the row that adds one. */
      GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self->new_hotspot_row));
      gtk_list_box_insert (GTK_LIST_BOX (list), row, (int) self->rows[HOTSPOTS]->len);
    }
  else
    adw_preferences_group_add (group_of (self, which), row);
  g_ptr_array_add (self->rows[which], row);
  return row;
}

void
_hubrota_beats_window_clear_rows (HubrotaBeatsWindow *self,
                                  int                 which)
{
  for (guint i = 0; i < self->rows[which]->len; i++)
    adw_preferences_group_remove (group_of (self, which), g_ptr_array_index (self->rows[which], i));
  g_ptr_array_set_size (self->rows[which], 0);
}

/* The rows' texts, one a line. */
char *
_hubrota_beats_window_rows_text (HubrotaBeatsWindow *self,
                                 int                 which)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->rows[which]->len; i++)
    g_string_append_printf (text, "%s\n",
                            (char *) g_object_get_data (g_ptr_array_index (self->rows[which], i),
                                                        "hubrota-text"));
  return g_string_free (text, FALSE);
}

void
_hubrota_beats_window_show_error (GtkLabel   *label,
                                  const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

HubrotaBeat *
_hubrota_beats_window_find_beat (HubrotaBeatsWindow *self,
                                 const char         *slug,
                                 guint              *out_position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->beats));

  for (guint i = 0; slug != NULL && i < n; i++)
    {
      g_autoptr(HubrotaBeat) beat = g_list_model_get_item (G_LIST_MODEL (self->beats), i);
      if (g_strcmp0 (hubrota_beat_get_slug (beat), slug) == 0)
        {
          if (out_position != NULL)
            *out_position = i;
          return beat;
        }
    }
  return NULL;
}

static char *
describe_counts (guint n_hubs,
                 guint n_officers)
{
  g_autofree char *hubs = g_strdup_printf (ngettext ("%u hub", "%u hubs", n_hubs), n_hubs);
  g_autofree char *officers = g_strdup_printf (ngettext ("%u officer", "%u officers", n_officers),
                                               n_officers);

  /* Translators: a beat in the list, e.g. "2 hubs · 5 officers" */
  return g_strdup_printf (_("%s · %s"), hubs, officers);
}

typedef const char *(*GetBeat) (gpointer item);

static guint
count_in_beat (GPtrArray  *items,
               GetBeat     get_beat,
               const char *beat)
{
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    n += g_strcmp0 (get_beat (g_ptr_array_index (items, i)), beat) == 0;
  return n;
}

/* Reads the beats, hubs, hotspots and officers again; FALSE with error when the store fails. */
gboolean
_hubrota_beats_window_read_store (HubrotaBeatsWindow  *self,
                                  GError             **error)
{
  g_autoptr(GPtrArray) beats = hubrota_store_list_beats (self->store, error);
  g_autoptr(GPtrArray) hubs = NULL, hotspots = NULL, officers = NULL;

  if (beats == NULL ||
      (hubs = hubrota_store_list_hubs (self->store, error)) == NULL ||
      (hotspots = hubrota_store_list_hotspots (self->store, error)) == NULL ||
      (officers = hubrota_store_list_officers (self->store, error)) == NULL)
    return FALSE;

  g_hash_table_remove_all (self->beat_summaries);
  for (guint i = 0; i < beats->len; i++)
    {
      const char *slug = hubrota_beat_get_slug (g_ptr_array_index (beats, i));
      guint n_hubs = count_in_beat (hubs, (GetBeat) hubrota_hub_get_beat, slug);
      guint n_officers = count_in_beat (officers, (GetBeat) hubrota_officer_get_beat, slug);
      g_hash_table_insert (self->beat_summaries, g_strdup (slug),
                           describe_counts (n_hubs, n_officers));
    }
  g_ptr_array_unref (self->hubs);
  self->hubs = g_steal_pointer (&hubs);
  g_ptr_array_unref (self->hotspots);
  self->hotspots = g_steal_pointer (&hotspots);

  self->filling = TRUE;
  g_list_store_splice (self->beats, 0, g_list_model_get_n_items (G_LIST_MODEL (self->beats)),
                       beats->pdata, beats->len);
  self->filling = FALSE;
  return TRUE;
}

void
_hubrota_beats_window_select_row (HubrotaBeatsWindow *self,
                                  const char         *slug)
{
  guint position = 0;
  GtkListBoxRow *row = NULL;

  if (_hubrota_beats_window_find_beat (self, slug, &position) != NULL)
    row = gtk_list_box_get_row_at_index (self->beat_list, (int) position);
  self->filling = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->beat_list, row);
  else
    gtk_list_box_unselect_all (self->beat_list);
  self->filling = FALSE;
}

/* The beat page */

static void
show_hubs (HubrotaBeatsWindow *self)
{
  _hubrota_beats_window_clear_rows (self, HUBS);
  for (guint i = 0; self->beat != NULL && i < self->hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (self->hubs, i);
      const char *address = hubrota_hub_get_address (hub);

      if (g_strcmp0 (hubrota_hub_get_beat (hub), hubrota_beat_get_slug (self->beat)) == 0)
        _hubrota_beats_window_add_row (self, HUBS, hubrota_hub_get_name (hub),
                                       address != NULL && address[0] != '\0' ? address : NULL,
                                       NULL);
    }
  adw_preferences_group_set_description (self->hubs_group, self->rows[HUBS]->len == 0
                                                           ? _("No hubs in this beat") : NULL);
}

/* Shows the beat (a copy from the store), or a new one when beat is NULL. */
void
_hubrota_beats_window_show_page (HubrotaBeatsWindow *self,
                                 HubrotaBeat        *beat)
{
  gboolean stored = beat != NULL;

  g_set_object (&self->beat, beat);
  self->adding = !stored;
  gtk_stack_set_visible_child_name (self->content_stack, "beat");
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->hotspots_group), stored);
  gtk_widget_set_visible (GTK_WIDGET (self->week_group), stored);
  gtk_widget_set_visible (GTK_WIDGET (self->officers_group), stored);
  gtk_widget_set_visible (GTK_WIDGET (self->risks_group), stored);
  gtk_widget_set_visible (GTK_WIDGET (self->hubs_group), stored);

  _hubrota_beats_window_fill_details (self);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->new_hotspot_row), "");
  self->filling = FALSE;
  _hubrota_beats_window_show_error (self->hotspot_error, NULL);
  _hubrota_beats_window_update_hotspot_rows (self);
  show_hubs (self);
  _hubrota_beats_window_show_week (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
show_nothing (HubrotaBeatsWindow *self)
{
  g_clear_object (&self->beat);
  self->adding = FALSE;
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), FALSE);
  adw_window_title_set_title (self->content_title, "");
}

/* Signal callbacks */

static void
on_beat_row_selected (HubrotaBeatsWindow *self,
                      GtkListBoxRow      *row)
{
  g_autoptr(HubrotaBeat) beat = NULL;

  if (self->filling || row == NULL)
    return;
  beat = g_list_model_get_item (G_LIST_MODEL (self->beats), gtk_list_box_row_get_index (row));
  if (self->adding || self->beat == NULL ||
      g_strcmp0 (hubrota_beat_get_slug (beat), hubrota_beat_get_slug (self->beat)) != 0)
    _hubrota_beats_window_go_to_page (self, beat);
}

static void
on_add_beat_clicked (HubrotaBeatsWindow *self)
{
  _hubrota_beats_window_go_to_page (self, NULL);
}

static void
on_back_clicked (HubrotaBeatsWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static GtkWidget *
create_beat_row (gpointer item,
                 gpointer user_data)
{
  HubrotaBeatsWindow *self = user_data;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (hubrota_beat_get_name (item));
  GtkWidget *subtitle = gtk_label_new (g_hash_table_lookup (self->beat_summaries,
                                                            hubrota_beat_get_slug (item)));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  return box;
}

/* Overrides */

/* Leaving unsaved details asks first (see _hubrota_beats_window_go_to_page), closing too. */
static gboolean
hubrota_beats_window_close_request (GtkWindow *window)
{
  HubrotaBeatsWindow *self = HUBROTA_BEATS_WINDOW (window);

  if (self->discarded || !_hubrota_beats_window_details_dirty (self))
    return GTK_WINDOW_CLASS (hubrota_beats_window_parent_class)->close_request (window);
  if (self->discard_dialog == NULL)
    {
      self->closing = TRUE;
      _hubrota_beats_window_ask_to_discard (self);
    }
  return TRUE;
}

/* Start in the list of beats, not in the name with it selected, ready to be typed over. */
static void
hubrota_beats_window_map (GtkWidget *widget)
{
  HubrotaBeatsWindow *self = HUBROTA_BEATS_WINDOW (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->beat_list);

  GTK_WIDGET_CLASS (hubrota_beats_window_parent_class)->map (widget);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
hubrota_beats_window_dispose (GObject *object)
{
  HubrotaBeatsWindow *self = HUBROTA_BEATS_WINDOW (object);

  g_cancellable_cancel (self->week_loading);
  g_clear_object (&self->week_loading);
  g_clear_object (&self->pending);
  if (self->discard_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->discard_dialog, self);
      hubrota_alert_close (self->discard_dialog);
      self->discard_dialog = NULL;
    }
  if (self->confirm_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->confirm_dialog, self);
      hubrota_alert_close (self->confirm_dialog);
      self->confirm_dialog = NULL;
    }
  g_clear_object (&self->store);
  g_clear_object (&self->beat);
  g_clear_object (&self->rota);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_BEATS_WINDOW);

  G_OBJECT_CLASS (hubrota_beats_window_parent_class)->dispose (object);
}

static void
hubrota_beats_window_finalize (GObject *object)
{
  HubrotaBeatsWindow *self = HUBROTA_BEATS_WINDOW (object);

  g_clear_object (&self->beats);
  g_hash_table_unref (self->beat_summaries);
  g_ptr_array_unref (self->hotspots);
  g_ptr_array_unref (self->hubs);
  g_free (self->removing);
  for (int which = 0; which < N_LISTS; which++)
    g_ptr_array_unref (self->rows[which]);

  G_OBJECT_CLASS (hubrota_beats_window_parent_class)->finalize (object);
}

static void
hubrota_beats_window_class_init (HubrotaBeatsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_beats_window_dispose;
  object_class->finalize = hubrota_beats_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = hubrota_beats_window_close_request;
  widget_class->map = hubrota_beats_window_map;

  /**
   * HubrotaBeatsWindow::changed:
   *
   * Emitted after each change the window wrote to the store.
   */
  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");

  hubrota_dialog_class_set_template (widget_class,
                                     "/io/github/hubrota/Hubrota/hubrota-beats-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, beat_list);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, beat_page);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, details_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, slug_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, limit_spin);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, details_error);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, hotspots_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, new_hotspot_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, add_hotspot_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, hotspot_error);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, week_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, week_spinner);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, officers_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, risks_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, hubs_group);
  gtk_widget_class_bind_template_callback (widget_class, on_beat_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_add_beat_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  _hubrota_beats_window_class_add_details_callbacks (widget_class);
  _hubrota_beats_window_class_add_hotspot_callbacks (widget_class);

  _hubrota_beats_window_class_add_week_actions (widget_class);
  /* The application's Ctrl+W reaches only its own windows, which this is not; as Escape, it
   * goes through close_request, so unsaved details are asked about first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static void
hubrota_beats_window_init (HubrotaBeatsWindow *self)
{
  for (int which = 0; which < N_LISTS; which++)
    self->rows[which] = g_ptr_array_new ();
  self->beats = g_list_store_new (HUBROTA_TYPE_BEAT);
  self->beat_summaries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->hotspots = g_ptr_array_new_with_free_func (g_object_unref);
  self->hubs = g_ptr_array_new_with_free_func (g_object_unref);
  g_date_clear (&self->monday, 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_bind_model (self->beat_list, G_LIST_MODEL (self->beats), create_beat_row, self, NULL);
}

/* Public API */

/**
 * hubrota_beats_window_new:
 * @parent: the window it belongs to
 * @store: the store to show and change
 * @monday: (nullable): a day of the week to show first; %NULL is this week
 *
 * Returns: (transfer floating): a window showing the first beat, not yet presented
 */
GtkWidget *
hubrota_beats_window_new (GtkWindow    *parent,
                          HubrotaStore *store,
                          const GDate  *monday)
{
  HubrotaBeatsWindow *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaBeat) first = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);

  self = g_object_new (HUBROTA_TYPE_BEATS_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  if (monday != NULL && g_date_valid (monday))
    self->monday = *monday;
  else
    hubrota_london_today (&self->monday);
  hubrota_date_to_monday (&self->monday);

  if (!_hubrota_beats_window_read_store (self, &error))
    {
      show_nothing (self);
      adw_window_title_set_title (self->content_title, error->message);
      return GTK_WIDGET (self);
    }
  first = g_list_model_get_item (G_LIST_MODEL (self->beats), 0);
  if (first == NULL)
    {
      show_nothing (self);
      return GTK_WIDGET (self);
    }
  hubrota_beats_window_show_beat (self, hubrota_beat_get_slug (first));
  return GTK_WIDGET (self);
}

/**
 * hubrota_beats_window_show_beat:
 *
 * Shows the beat with that slug as the store has it now (nothing happens for an unknown one).
 */
void
hubrota_beats_window_show_beat (HubrotaBeatsWindow *self,
                                const char         *slug)
{
  g_autoptr(GError) error = NULL;
  HubrotaBeat *beat;

  g_return_if_fail (HUBROTA_IS_BEATS_WINDOW (self));
  g_return_if_fail (slug != NULL);

  if (!_hubrota_beats_window_read_store (self, &error))
    {
      _hubrota_beats_window_show_error (self->details_error, error->message);
      return;
    }
  beat = _hubrota_beats_window_find_beat (self, slug, NULL);
  if (beat == NULL)
    {
      /* Reading the list dropped the selection: put back the beat still on show. */
      _hubrota_beats_window_select_row (self, self->beat != NULL
                                              ? hubrota_beat_get_slug (self->beat) : NULL);
      return;
    }
  _hubrota_beats_window_select_row (self, slug);
  _hubrota_beats_window_show_page (self, beat);
  /* The week was read before this beat's latest change. */
  _hubrota_beats_window_load_week (self);
}

/* Private API, for the tests */

const char *
_hubrota_beats_window_get_beat (HubrotaBeatsWindow *self)
{
  return self->beat != NULL ? hubrota_beat_get_slug (self->beat) : NULL;
}

void
_hubrota_beats_window_add_beat (HubrotaBeatsWindow *self)
{
  on_add_beat_clicked (self);
}

char *
_hubrota_beats_window_get_hub_names (HubrotaBeatsWindow *self)
{
  return _hubrota_beats_window_rows_text (self, HUBS);
}
