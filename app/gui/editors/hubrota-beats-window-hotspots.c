/* hubrota-beats-window-hotspots.c: the beats window's hotspots of a beat: added, renamed in a
 * popover and removed after a question, each name checked as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaBeatsWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-beats-window-internal.h"
#include "hubrota-dialog-util.h"
#include "hubrota-format.h"

/* One hotspot's row: its rename popover and what it holds. */
typedef struct
{
  HubrotaBeatsWindow *self;
  char               *slug;
  GtkMenuButton      *rename_button;
  GtkEntry           *entry;
  GtkButton          *apply_button;
  GtkLabel           *error;
} HotspotRow;

static void
hotspot_row_free (HotspotRow *row)
{
  g_free (row->slug);
  g_free (row);
}

/* Hotspots */

static gboolean
hotspot_taken (HubrotaBeatsWindow *self,
               const char         *slug)
{
  for (guint i = 0; i < self->hotspots->len; i++)
    if (g_strcmp0 (hubrota_hotspot_get_slug (g_ptr_array_index (self->hotspots, i)), slug) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
validate_hotspot_name (HubrotaBeatsWindow *self,
                       const char         *typed,
                       const char         *current_slug,
                       char              **out_message)
{
  g_autofree char *name = g_strstrip (g_strdup (typed));
  g_autofree char *slug = hubrota_slug_from_name (name);

  *out_message = NULL;
  if (name[0] == '\0')
    *out_message = g_strdup (_("A hotspot needs a name"));
  else if (current_slug == NULL && slug[0] == '\0')
    *out_message = g_strdup (_("The name needs a letter or a digit, to make the identifier from"));
  else if (current_slug == NULL && hotspot_taken (self, slug))
    /* Translators: %s is an identifier, e.g. "church-street" */
    *out_message = g_strdup_printf (_("There is already a hotspot with the identifier “%s”"), slug);
  return *out_message == NULL;
}

static void
on_new_hotspot_changed (HubrotaBeatsWindow *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->new_hotspot_row));
  g_autofree char *message = NULL;
  gboolean valid = validate_hotspot_name (self, typed, NULL, &message);

  /* An empty row is not a mistake yet. */
  if (typed[0] == '\0')
    g_clear_pointer (&message, g_free);
  hubrota_widget_set_css_class (GTK_WIDGET (self->new_hotspot_row), "error", message != NULL);
  _hubrota_beats_window_show_error (self->hotspot_error, message);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_hotspot_button), valid && self->beat != NULL);
}

/* After a hotspot changes: the hotspots and their findings again, the details as typed. */
static void
hotspots_written (HubrotaBeatsWindow *self)
{
  g_autoptr(GError) error = NULL;

  _hubrota_beats_window_emit_changed (self);
  if (!_hubrota_beats_window_read_store (self, &error))
    {
      _hubrota_beats_window_show_error (self->hotspot_error, error->message);
      return;
    }
  _hubrota_beats_window_select_row (self, hubrota_beat_get_slug (self->beat));
  _hubrota_beats_window_update_hotspot_rows (self);
  _hubrota_beats_window_load_week (self);
}

static void
on_add_hotspot_clicked (HubrotaBeatsWindow *self)
{
  g_autofree char *name = NULL, *slug = NULL;
  g_autoptr(HubrotaHotspot) hotspot = NULL;
  g_autoptr(GError) error = NULL;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->add_hotspot_button)))
    return;
  name = hubrota_editable_dup_stripped (GTK_EDITABLE (self->new_hotspot_row));
  slug = hubrota_slug_from_name (name);
  hotspot = hubrota_hotspot_new (slug, hubrota_beat_get_slug (self->beat), name);
  if (!hubrota_store_add_hotspot (self->store, hotspot, &error))
    {
      _hubrota_beats_window_show_error (self->hotspot_error, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_hotspot_row), "");
  hotspots_written (self);
}

static void
on_rename_changed (HotspotRow *row)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (row->entry));
  g_autofree char *message = NULL;
  gboolean valid = validate_hotspot_name (row->self, typed, row->slug, &message);

  hubrota_widget_set_css_class (GTK_WIDGET (row->entry), "error", !valid);
  _hubrota_beats_window_show_error (row->error, message);
  gtk_widget_set_sensitive (GTK_WIDGET (row->apply_button), valid);
}

static HubrotaHotspot *
find_hotspot (HubrotaBeatsWindow *self,
              const char         *slug)
{
  for (guint i = 0; i < self->hotspots->len; i++)
    if (g_strcmp0 (hubrota_hotspot_get_slug (g_ptr_array_index (self->hotspots, i)), slug) == 0)
      return g_ptr_array_index (self->hotspots, i);
  return NULL;
}

static void
on_rename_clicked (HotspotRow *row)
{
  HubrotaBeatsWindow *self = row->self;
  HubrotaHotspot *old = find_hotspot (self, row->slug);
  g_autofree char *name = hubrota_editable_dup_stripped (GTK_EDITABLE (row->entry));
  g_autoptr(HubrotaHotspot) hotspot = NULL;
  g_autoptr(GError) error = NULL;

  if (old == NULL || !gtk_widget_get_sensitive (GTK_WIDGET (row->apply_button)))
    return;
  hotspot = hubrota_hotspot_new (row->slug, hubrota_hotspot_get_beat (old), name);
  if (!hubrota_store_update_hotspot (self->store, hotspot, &error))
    {
      _hubrota_beats_window_show_error (row->error, error->message);
      return;
    }
  gtk_menu_button_popdown (row->rename_button);
  hotspots_written (self);
}

static void
on_remove_response (HubrotaBeatsWindow *self,
                    const char         *response)
{
  g_autofree char *slug = g_steal_pointer (&self->removing);
  g_autoptr(GError) error = NULL;

  self->confirm_dialog = NULL;
  if (g_strcmp0 (response, "remove") != 0 || slug == NULL)
    return;
  if (!hubrota_store_remove_hotspot (self->store, slug, &error))
    {
      _hubrota_beats_window_show_error (self->hotspot_error, error->message);
      return;
    }
  hotspots_written (self);
}

static void
on_remove_clicked (HotspotRow *row)
{
  HubrotaBeatsWindow *self = row->self;
  HubrotaHotspot *hotspot = find_hotspot (self, row->slug);
  g_autofree char *heading = NULL;
  const char *body = _("Hubrota will no longer check that it gets a patrol every three days.");

  if (hotspot == NULL)
    return;
  g_free (self->removing);
  self->removing = g_strdup (row->slug);
  /* Translators: %s is a hotspot, e.g. "Remove Church Street Shops?" */
  heading = g_strdup_printf (_("Remove %s?"), hubrota_hotspot_get_name (hotspot));
  self->confirm_dialog = hubrota_alert_new (GTK_WINDOW (self), heading, body);
  hubrota_alert_call (add_responses) (HUBROTA_ALERT (self->confirm_dialog),
                                      "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  hubrota_alert_call (set_response_appearance) (HUBROTA_ALERT (self->confirm_dialog), "remove",
                                                ADW_RESPONSE_DESTRUCTIVE);
  hubrota_alert_call (set_default_response) (HUBROTA_ALERT (self->confirm_dialog), "cancel");
  g_signal_connect_swapped (self->confirm_dialog, "response", G_CALLBACK (on_remove_response), self);
  hubrota_alert_present (self->confirm_dialog, GTK_WINDOW (self));
}

/* The rename popover: the name, what is wrong with it, and Rename. */
static GtkWidget *
make_rename_button (HotspotRow *row,
                    const char *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *button = gtk_menu_button_new ();
  /* Translators: a button's name for screen readers, e.g. "Rename Church Street shops" */
  g_autofree char *label = g_strdup_printf (_("Rename %s"), name);

  row->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (row->entry), name);
  gtk_editable_set_width_chars (GTK_EDITABLE (row->entry), 28);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Hotspot name"), -1);
  row->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (row->error, TRUE);
  gtk_label_set_max_width_chars (row->error, 28);
  gtk_label_set_xalign (row->error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (row->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (row->error), FALSE);
  row->apply_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Rename")));
  gtk_widget_add_css_class (GTK_WIDGET (row->apply_button), "suggested-action");
  gtk_widget_set_halign (GTK_WIDGET (row->apply_button), GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->error));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->apply_button));
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  row->rename_button = GTK_MENU_BUTTON (button);
  gtk_menu_button_set_icon_name (row->rename_button, "document-edit-symbolic");
  gtk_menu_button_set_popover (row->rename_button, popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Rename"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_swapped (row->entry, "changed", G_CALLBACK (on_rename_changed), row);
  g_signal_connect_swapped (row->entry, "activate", G_CALLBACK (on_rename_clicked), row);
  g_signal_connect_swapped (row->apply_button, "clicked", G_CALLBACK (on_rename_clicked), row);
  return button;
}

static GtkWidget *
make_remove_button (HotspotRow *row,
                    const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: a button's name for screen readers, e.g. "Remove Church Street shops" */
  g_autofree char *label = g_strdup_printf (_("Remove %s"), name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_remove_clicked), row);
  return button;
}

void
_hubrota_beats_window_update_hotspot_rows (HubrotaBeatsWindow *self)
{
  _hubrota_beats_window_clear_rows (self, HOTSPOTS);
  for (guint i = 0; self->beat != NULL && i < self->hotspots->len; i++)
    {
      HubrotaHotspot *hotspot = g_ptr_array_index (self->hotspots, i);
      HotspotRow *data;
      GtkWidget *row;

      if (g_strcmp0 (hubrota_hotspot_get_beat (hotspot), hubrota_beat_get_slug (self->beat)) != 0)
        continue;
      row = _hubrota_beats_window_add_row (self, HOTSPOTS, hubrota_hotspot_get_name (hotspot), NULL,
                                           NULL);
      data = g_new0 (HotspotRow, 1);
      data->self = self;
      data->slug = g_strdup (hubrota_hotspot_get_slug (hotspot));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_rename_button (data, hubrota_hotspot_get_name (hotspot)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_remove_button (data, hubrota_hotspot_get_name (hotspot)));
      g_object_set_data_full (G_OBJECT (row), "hubrota-hotspot", data,
                              (GDestroyNotify) hotspot_row_free);
    }
  /* The new hotspot's name may clash with one just added. */
  on_new_hotspot_changed (self);
}

/* Private API, for the tests */

const char *
_hubrota_beats_window_get_hotspot_error (HubrotaBeatsWindow *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->hotspot_error))
         ? gtk_label_get_text (self->hotspot_error) : NULL;
}

gboolean
_hubrota_beats_window_add_hotspot (HubrotaBeatsWindow *self,
                                   const char         *name)
{
  guint before = self->hotspots->len;

  gtk_editable_set_text (GTK_EDITABLE (self->new_hotspot_row), name);
  on_add_hotspot_clicked (self);
  return self->hotspots->len == before + 1;
}

static HotspotRow *
find_hotspot_row (HubrotaBeatsWindow *self,
                  const char         *slug)
{
  for (guint i = 0; i < self->rows[HOTSPOTS]->len; i++)
    {
      HotspotRow *row = g_object_get_data (g_ptr_array_index (self->rows[HOTSPOTS], i),
                                           "hubrota-hotspot");
      if (g_strcmp0 (row->slug, slug) == 0)
        return row;
    }
  return NULL;
}

gboolean
_hubrota_beats_window_rename_hotspot (HubrotaBeatsWindow *self,
                                      const char         *slug,
                                      const char         *name)
{
  HotspotRow *row = find_hotspot_row (self, slug);
  HubrotaHotspot *hotspot;

  g_assert (row != NULL);
  gtk_menu_button_popup (row->rename_button);
  gtk_editable_set_text (GTK_EDITABLE (row->entry), name);
  if (gtk_widget_get_sensitive (GTK_WIDGET (row->apply_button)))
    g_signal_emit_by_name (row->apply_button, "clicked");
  hotspot = find_hotspot (self, slug);
  return hotspot != NULL && g_strcmp0 (hubrota_hotspot_get_name (hotspot), name) == 0;
}

void
_hubrota_beats_window_remove_hotspot (HubrotaBeatsWindow *self,
                                      const char         *slug)
{
  HotspotRow *row = find_hotspot_row (self, slug);

  g_assert (row != NULL);
  on_remove_clicked (row);
}

GtkWidget *
_hubrota_beats_window_get_confirm_dialog (HubrotaBeatsWindow *self)
{
  return self->confirm_dialog;
}

void
_hubrota_beats_window_respond (HubrotaBeatsWindow *self,
                               const char         *response)
{
  g_assert (self->confirm_dialog != NULL);
  hubrota_alert_respond (self->confirm_dialog, response);
}

char *
_hubrota_beats_window_get_hotspot_names (HubrotaBeatsWindow *self)
{
  return _hubrota_beats_window_rows_text (self, HOTSPOTS);
}

void
_hubrota_beats_window_class_add_hotspot_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_new_hotspot_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_hotspot_clicked);
}
