/* hubrota-officers-window.c: the officers, their duty and their time away
 *
 * Everything `hubrota-cli officer add/import`, `duty add` and `leave add` do, for a
 * coordinator who would rather not type RRULEs: a searchable list of officers beside a form
 * for the chosen one. The form checks itself as it is typed (the Save button stays off until
 * everything is valid), and when the store refuses a save the form keeps what was typed and
 * says why. An import runs in a worker thread with its own connection, all or nothing.
 *
 * This file holds the class and the list pane; the form, the duty and time away groups and
 * the import have files of their own (hubrota-officers-window-form.c, -items.c, -import.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOfficersWindow"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hubrota-dialog-util.h"
#include "hubrota-format.h"
#include "hubrota-officers-window-internal.h"

G_DEFINE_FINAL_TYPE (HubrotaOfficersWindow, hubrota_officers_window, ADW_TYPE_WINDOW)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Helpers */

/* For the window's other files, which cannot see the signal's id. */
void
_hubrota_officers_window_emit_changed (HubrotaOfficersWindow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_hubrota_officers_window_show_toast (HubrotaOfficersWindow *self,
                                     const char            *title)
{
  g_free (self->last_toast);
  self->last_toast = g_strdup (title);
  adw_toast_overlay_add_toast (self->toast_overlay, hubrota_toast_new (title));
}

static const char *
beat_name (HubrotaOfficersWindow *self,
           const char            *slug)
{
  for (guint i = 0; slug != NULL && i < self->beats->len; i++)
    {
      HubrotaBeat *beat = g_ptr_array_index (self->beats, i);
      if (g_strcmp0 (hubrota_beat_get_slug (beat), slug) == 0)
        return hubrota_beat_get_name (beat);
    }
  return slug;
}

/* The position of the beat in self->beats, or -1. */
int
_hubrota_officers_window_beat_index (HubrotaOfficersWindow *self,
                                     const char            *slug)
{
  for (guint i = 0; slug != NULL && i < self->beats->len; i++)
    if (g_strcmp0 (hubrota_beat_get_slug (g_ptr_array_index (self->beats, i)), slug) == 0)
      return (int) i;
  return -1;
}

HubrotaOfficer *
_hubrota_officers_window_find_officer (HubrotaOfficersWindow *self,
                                       const char            *id,
                                       guint                 *out_position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->officers));

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(HubrotaOfficer) officer = g_list_model_get_item (G_LIST_MODEL (self->officers), i);
      if (g_strcmp0 (hubrota_officer_get_id (officer), id) == 0)
        {
          if (out_position != NULL)
            *out_position = i;
          return officer;
        }
    }
  return NULL;
}

/* The list pane */

static gboolean
contains_folded (const char *haystack,
                 const char *folded_needle)
{
  g_autofree char *folded = g_utf8_casefold (haystack, -1);

  return strstr (folded, folded_needle) != NULL;
}

static gboolean
officer_matches (gpointer item,
                 gpointer user_data)
{
  HubrotaOfficersWindow *self = user_data;
  HubrotaOfficer *officer = item;
  const char *beat = hubrota_officer_get_beat (officer);
  guint role_index = gtk_drop_down_get_selected (self->role_filter);
  guint beat_choice = gtk_drop_down_get_selected (self->beat_filter);
  g_autofree char *search = NULL;

  if (role_index != GTK_INVALID_LIST_POSITION && role_index > 0 &&
      (guint) hubrota_officer_get_role (officer) != role_index - 1)
    return FALSE;
  if (beat_choice == 1 && beat != NULL)
    return FALSE;
  if (beat_choice != GTK_INVALID_LIST_POSITION && beat_choice >= 2 &&
      _hubrota_officers_window_beat_index (self, beat) != (int) beat_choice - 2)
    return FALSE;

  search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_strstrip (search);
  return search[0] == '\0' || contains_folded (hubrota_officer_get_name (officer), search) ||
         contains_folded (hubrota_officer_get_id (officer), search);
}

static void
update_count (HubrotaOfficersWindow *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->officers));

  g_free (self->count_text);
  if (shown == total)
    self->count_text = g_strdup_printf (ngettext ("%u officer", "%u officers", total), total);
  else
    /* Translators: how many officers the search and filters leave, e.g. "12 of 42 officers" */
    self->count_text = g_strdup_printf (ngettext ("%u of %u officer", "%u of %u officers", total),
                                        shown, total);
  gtk_label_set_label (self->count_label, self->count_text);

  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");
  if (total == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Officers"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add an officer, or import a spreadsheet saved as CSV "
                                         "with the header row id,name,role,beat,weekly_hours"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Officers"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try another name, collar number, role or beat"));
    }
}

/* Keeps the list's highlight on the officer in the form, without that counting as a choice. */
void
_hubrota_officers_window_select_shown (HubrotaOfficersWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; self->shown != NULL && !self->creating && i < n; i++)
    {
      g_autoptr(HubrotaOfficer) officer = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);
      if (officer == self->shown ||
          g_strcmp0 (hubrota_officer_get_id (officer), hubrota_officer_get_id (self->shown)) == 0)
        position = i;
    }
  self->filling = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->filling = FALSE;
}

static void
on_filter_changed (HubrotaOfficersWindow *self)
{
  if (self->filter == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
  _hubrota_officers_window_select_shown (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

/* "PCSO · Kempston", "PC · Castle · Leaves 31 Dec 2026" */
static char *
describe_officer (HubrotaOfficersWindow *self,
                  HubrotaOfficer        *officer)
{
  const char *beat = hubrota_officer_get_beat (officer);
  g_autofree char *leaving = _hubrota_officers_window_format_leaving (officer);
  const char *role = hubrota_format_role (hubrota_officer_get_role (officer));
  const char *where = beat != NULL ? beat_name (self, beat) : _("No home beat");

  if (leaving != NULL)
    /* Translators: under a leaver in the list, e.g. "PC · Kempston · Leaves 31 Dec 2026" */
    return g_strdup_printf (_("%s · %s · %s"), role, where, leaving);
  /* Translators: under an officer in the list, e.g. "PCSO · Kempston" */
  return g_strdup_printf (_("%s · %s"), role, where);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  HubrotaOfficersWindow *self = user_data;
  HubrotaOfficer *officer = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  g_autofree char *title = hubrota_format_officer (officer);
  g_autofree char *subtitle = describe_officer (self, officer);

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), title);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), subtitle);
}

static void
fill_beat_models (HubrotaOfficersWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) beats = hubrota_store_list_beats (self->store, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (beats == NULL)
    {
      _hubrota_officers_window_show_toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->beats, g_ptr_array_unref);
  self->beats = g_steal_pointer (&beats);
  for (guint i = 0; i < self->beats->len; i++)
    g_ptr_array_add (names, (gpointer) hubrota_beat_get_name (g_ptr_array_index (self->beats, i)));
  g_ptr_array_add (names, NULL);

  gtk_string_list_append (self->beat_filter_model, _("All beats"));
  gtk_string_list_append (self->beat_filter_model, _("No home beat"));
  gtk_string_list_splice (self->beat_filter_model, 2, 0, (const char * const *) names->pdata);
  gtk_string_list_append (self->beat_model, _("No home beat"));
  gtk_string_list_splice (self->beat_model, 1, 0, (const char * const *) names->pdata);
}

static void
fill_role_models (HubrotaOfficersWindow *self)
{
  gtk_string_list_append (self->role_filter_model, _("All roles"));
  for (HubrotaRole role = HUBROTA_ROLE_PC; role < N_ROLES; role++)
    {
      gtk_string_list_append (self->role_filter_model, hubrota_format_role (role));
      gtk_string_list_append (self->role_model, hubrota_format_role (role));
    }
}

/* Reads the officers again; the form stays as it is. */
void
_hubrota_officers_window_reload_officers (HubrotaOfficersWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) officers = hubrota_store_list_officers (self->store, &error);

  if (officers == NULL)
    {
      _hubrota_officers_window_show_toast (self, error->message);
      return;
    }
  self->filling = TRUE;
  g_list_store_splice (self->officers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->officers)),
                       officers->pdata, officers->len);
  self->filling = FALSE;
  update_count (self);
  _hubrota_officers_window_select_shown (self);
}

static void
on_selection_changed (HubrotaOfficersWindow *self)
{
  HubrotaOfficer *officer = gtk_single_selection_get_selected_item (self->selection);

  if (self->filling || officer == NULL || officer == self->shown)
    return;
  _hubrota_officers_window_go_to (self, officer);
}

static void
on_add_clicked (HubrotaOfficersWindow *self)
{
  _hubrota_officers_window_go_to (self, NULL);
}

/* The class */

/* Nor by closing the window (see _hubrota_officers_window_go_to): the same question first. */
static gboolean
hubrota_officers_window_close_request (GtkWindow *window)
{
  HubrotaOfficersWindow *self = HUBROTA_OFFICERS_WINDOW (window);

  if (self->discarded || !_hubrota_officers_window_form_dirty (self))
    return GTK_WINDOW_CLASS (hubrota_officers_window_parent_class)->close_request (window);
  if (self->discard_dialog == NULL)
    {
      self->closing = TRUE;
      _hubrota_officers_window_ask_to_discard (self);
    }
  return TRUE;
}


static void
hubrota_officers_window_dispose (GObject *object)
{
  HubrotaOfficersWindow *self = HUBROTA_OFFICERS_WINDOW (object);

  g_clear_weak_pointer (&self->dialog);
  g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_OFFICERS_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->shown);
  g_clear_object (&self->pending);
  g_clear_object (&self->history);
  g_clear_object (&self->selection);
  g_clear_object (&self->officers);
  g_clear_pointer (&self->beats, g_ptr_array_unref);

  G_OBJECT_CLASS (hubrota_officers_window_parent_class)->dispose (object);
}

static void
hubrota_officers_window_finalize (GObject *object)
{
  HubrotaOfficersWindow *self = HUBROTA_OFFICERS_WINDOW (object);

  g_ptr_array_unref (self->duty_rows);
  g_ptr_array_unref (self->absence_rows);
  g_ptr_array_unref (self->duties);
  g_ptr_array_unref (self->absences);
  g_ptr_array_unref (self->absence_texts);
  g_ptr_array_unref (self->leaving_openings);
  g_ptr_array_unref (self->leaving_opening_rows);
  g_ptr_array_unref (self->leaving_texts);
  g_free (self->undo_officer);
  g_free (self->leaving_text);
  g_free (self->refusal);
  g_free (self->form_text);
  g_free (self->import_name);
  g_free (self->last_toast);
  g_free (self->count_text);

  G_OBJECT_CLASS (hubrota_officers_window_parent_class)->finalize (object);
}

static void
hubrota_officers_window_class_init (HubrotaOfficersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_officers_window_dispose;
  object_class->finalize = hubrota_officers_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = hubrota_officers_window_close_request;

  /* After each successful write, so the rota window can read the rota again. */
  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/hubrota/Hubrota/hubrota-officers-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, HubrotaOfficersWindow, name)
  BIND (toast_overlay);
  BIND (add_button);
  BIND (import_button);
  BIND (search_entry);
  BIND (role_filter);
  BIND (role_filter_model);
  BIND (beat_filter);
  BIND (beat_filter_model);
  BIND (import_box);
  BIND (import_label);
  BIND (import_progress);
  BIND (list_stack);
  BIND (officer_list);
  BIND (empty_page);
  BIND (count_label);
  BIND (detail_stack);
  BIND (detail_page);
  BIND (details_group);
  BIND (save_button);
  BIND (collar_info_row);
  BIND (collar_label);
  BIND (collar_row);
  BIND (name_row);
  BIND (role_row);
  BIND (role_model);
  BIND (beat_row);
  BIND (beat_model);
  BIND (hours_row);
  BIND (hours_spin);
  BIND (form_message);
  BIND (duty_group);
  BIND (absence_group);
  BIND (add_duty_button);
  BIND (add_absence_button);
  BIND (leaving_group);
  BIND (leaving_row);
  BIND (retire_button);
  BIND (clear_leaving_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  _hubrota_officers_window_class_add_form_callbacks (widget_class);
  _hubrota_officers_window_class_add_item_callbacks (widget_class);
  _hubrota_officers_window_class_add_leaving_callbacks (widget_class);
  _hubrota_officers_window_class_add_import_callbacks (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static void
hubrota_officers_window_init (HubrotaOfficersWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->duty_rows = g_ptr_array_new ();
  self->absence_rows = g_ptr_array_new ();
  self->duties = g_ptr_array_new_with_free_func (g_object_unref);
  self->absences = g_ptr_array_new_with_free_func (g_object_unref);
  self->absence_texts = g_ptr_array_new_with_free_func (g_free);
  self->leaving_openings = g_ptr_array_new_with_free_func (g_object_unref);
  self->leaving_opening_rows = g_ptr_array_new ();
  self->leaving_texts = g_ptr_array_new_with_free_func (g_free);
  self->beats = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Until a leaving date has been changed. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "officers.undo-leaving", FALSE);

  self->officers = g_list_store_new (HUBROTA_TYPE_OFFICER);
  self->filter = gtk_custom_filter_new (officer_matches, self, NULL);
  /* The filter model owns the filter, the selection owns the filter model. */
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->officers)),
                                              GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->officer_list, factory);
  gtk_list_view_set_model (self->officer_list, GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_single_click_activate (self->officer_list, FALSE);
}

/* Public API */

GtkWidget *
hubrota_officers_window_new (GtkWindow    *parent,
                             HubrotaStore *store)
{
  HubrotaOfficersWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);

  /* Part of the application, so its shortcuts work here and it lives while this is open;
   * gone with the rota window, whose store it shares. */
  self = g_object_new (HUBROTA_TYPE_OFFICERS_WINDOW,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->filling = TRUE;
  fill_role_models (self);
  fill_beat_models (self);
  gtk_drop_down_set_selected (self->role_filter, 0);
  gtk_drop_down_set_selected (self->beat_filter, 0);
  self->filling = FALSE;
  _hubrota_officers_window_reload_officers (self);
  return GTK_WIDGET (self);
}

void
hubrota_officers_window_set_history (HubrotaOfficersWindow *self,
                                     HubrotaHistory        *history)
{
  g_return_if_fail (HUBROTA_IS_OFFICERS_WINDOW (self));
  g_return_if_fail (HUBROTA_IS_HISTORY (history));

  g_set_object (&self->history, history);
}

void
hubrota_officers_window_show_officer (HubrotaOfficersWindow *self,
                                      const char            *id)
{
  HubrotaOfficer *officer;

  g_return_if_fail (HUBROTA_IS_OFFICERS_WINDOW (self));
  g_return_if_fail (id != NULL);

  officer = _hubrota_officers_window_find_officer (self, id, NULL);
  if (officer == NULL)
    return;
  /* A search or filter that hides the officer would leave the list without its highlight. */
  if (!officer_matches (officer, self))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->role_filter, 0);
      gtk_drop_down_set_selected (self->beat_filter, 0);
      on_filter_changed (self);
    }
  _hubrota_officers_window_go_to (self, officer);
}

/* For the tests (hubrota-officers-window-private.h) */

void
_hubrota_officers_window_set_search (HubrotaOfficersWindow *self,
                                     const char            *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* search-changed comes after a typing pause; a test need not wait for it. */
  on_filter_changed (self);
}

void
_hubrota_officers_window_set_role_filter (HubrotaOfficersWindow *self,
                                          guint                  role_index)
{
  gtk_drop_down_set_selected (self->role_filter, role_index);
}

void
_hubrota_officers_window_set_beat_filter (HubrotaOfficersWindow *self,
                                          guint                  beat_index)
{
  gtk_drop_down_set_selected (self->beat_filter, beat_index);
}

guint
_hubrota_officers_window_count_rows (HubrotaOfficersWindow *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

const char *
_hubrota_officers_window_get_count_text (HubrotaOfficersWindow *self)
{
  return gtk_label_get_label (self->count_label);
}

const char *
_hubrota_officers_window_get_shown (HubrotaOfficersWindow *self)
{
  return self->shown != NULL && !self->creating ? hubrota_officer_get_id (self->shown) : NULL;
}

void
_hubrota_officers_window_start_new (HubrotaOfficersWindow *self)
{
  g_signal_emit_by_name (self->add_button, "clicked");
}

char *
_hubrota_officers_window_describe_row (HubrotaOfficersWindow *self,
                                       guint                  position)
{
  g_autoptr(HubrotaOfficer) officer = g_list_model_get_item (G_LIST_MODEL (self->filtered),
                                                             position);

  g_assert (officer != NULL);
  return describe_officer (self, officer);
}

const char *
_hubrota_officers_window_get_last_toast (HubrotaOfficersWindow *self)
{
  return self->last_toast;
}

