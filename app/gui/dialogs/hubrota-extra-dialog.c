/* hubrota-extra-dialog.c: adding a one-off opening to a hub
 *
 * A one-off opening is a series with no RRULE; adding it is one step of the history, so
 * Undo takes it away again, with anything since put on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaExtraDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-date-button.h"
#include "hubrota-dialog-util.h"
#include "hubrota-extra-dialog-private.h"
#include "hubrota-format.h"

struct _HubrotaExtraDialog
{
  AdwWindow            parent_instance;

  HubrotaStore        *store;
  HubrotaWorkspace      *workspace;
  GPtrArray           *hub_slugs;   /* char *, as listed in hub_row */
  GDateTime           *start;       /* NULL while the fields are wrong */
  int                  minutes;
  const char          *problem;

  GtkButton           *save_button;
  AdwPreferencesGroup *error_group;
  GtkLabel            *error_label;
  AdwComboRow         *hub_row;
  GtkStringList       *hub_names;
  HubrotaDateButton   *date_button;
  AdwEntryRow         *opens_row;
  AdwEntryRow         *closes_row;
  GtkSpinButton       *officers_spin;
  AdwActionRow        *summary_row;
  GtkImage            *summary_icon;
};

G_DEFINE_FINAL_TYPE (HubrotaExtraDialog, hubrota_extra_dialog, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
selected_hub (HubrotaExtraDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->hub_row);

  return selected < self->hub_slugs->len ? g_ptr_array_index (self->hub_slugs, selected) : NULL;
}

/* "Tue 15 Dec 18:00–19:30" */
static char *
describe_opening (HubrotaExtraDialog *self)
{
  g_autoptr(GDateTime) end = g_date_time_add_minutes (self->start, self->minutes);
  g_autofree char *day = hubrota_format_day (self->start);
  g_autofree char *hours = hubrota_format_time_range (self->start, end);

  /* Translators: when the new opening is, e.g. "Opens Tuesday 15 December, 18:00–19:30" */
  return g_strdup_printf (_("Opens %s, %s"), day, hours);
}

static void
update (HubrotaExtraDialog *self)
{
  g_autofree char *summary = NULL;

  g_clear_pointer (&self->start, g_date_time_unref);
  self->problem = hubrota_dialog_read_opening (self->date_button, self->opens_row,
                                               self->closes_row, &self->start, &self->minutes);
  if (self->problem == NULL)
    summary = describe_opening (self);
  if (selected_hub (self) == NULL)
    self->problem = _("Choose the hub");
  hubrota_dialog_show_summary (self->summary_row, self->summary_icon, summary, self->problem);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), self->problem == NULL);
}

/* A change of the fields also clears the store's last refusal: it was about other values. */
static void
on_field_changed (HubrotaExtraDialog *self)
{
  hubrota_dialog_show_error (self->error_group, self->error_label, NULL);
  update (self);
}

static void
on_save_clicked (HubrotaExtraDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  update (self);
  if (self->problem != NULL)
    return;
  id = hubrota_workspace_add_extra (self->workspace, selected_hub (self), self->start, self->minutes,
                                  gtk_spin_button_get_value_as_int (self->officers_spin), &error);
  hubrota_dialog_finish_save (GTK_WINDOW (self), signals[CHANGED], id != 0, error,
                              self->error_group, self->error_label);
}

static void
fill_hubs (HubrotaExtraDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hubs = hubrota_store_list_open_hubs (self->store, &error);

  if (hubs == NULL)
    {
      hubrota_dialog_show_error (self->error_group, self->error_label, error->message);
      return;
    }
  for (guint i = 0; i < hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (hubs, i);
      g_ptr_array_add (self->hub_slugs, g_strdup (hubrota_hub_get_slug (hub)));
      gtk_string_list_append (self->hub_names, hubrota_hub_get_name (hub));
    }
}

static void
hubrota_extra_dialog_dispose (GObject *object)
{
  HubrotaExtraDialog *self = HUBROTA_EXTRA_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->start, g_date_time_unref);

  G_OBJECT_CLASS (hubrota_extra_dialog_parent_class)->dispose (object);
}

static void
hubrota_extra_dialog_finalize (GObject *object)
{
  HubrotaExtraDialog *self = HUBROTA_EXTRA_DIALOG (object);

  g_clear_pointer (&self->hub_slugs, g_ptr_array_unref);

  G_OBJECT_CLASS (hubrota_extra_dialog_parent_class)->finalize (object);
}

static void
hubrota_extra_dialog_class_init (HubrotaExtraDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_extra_dialog_dispose;
  object_class->finalize = hubrota_extra_dialog_finalize;

  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");

  g_type_ensure (HUBROTA_TYPE_DATE_BUTTON);
  hubrota_dialog_class_set_template (widget_class,
                                     "/io/github/hubrota/Hubrota/hubrota-extra-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaExtraDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaExtraDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaExtraDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaExtraDialog, hub_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaExtraDialog, hub_names);
  gtk_widget_class_bind_template_child (widget_class, HubrotaExtraDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaExtraDialog, opens_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaExtraDialog, closes_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaExtraDialog, officers_spin);
  gtk_widget_class_bind_template_child (widget_class, HubrotaExtraDialog, summary_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaExtraDialog, summary_icon);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
hubrota_extra_dialog_init (HubrotaExtraDialog *self)
{
  self->hub_slugs = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hubrota_extra_dialog_new (GtkWindow      *parent,
                          HubrotaStore   *store,
                          HubrotaWorkspace *workspace,
                          const char     *hub)
{
  HubrotaExtraDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (HUBROTA_TYPE_EXTRA_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->workspace = g_object_ref (workspace);
  fill_hubs (self);
  if (hub != NULL)
    _hubrota_extra_dialog_set_hub (self, hub);
  gtk_editable_set_text (GTK_EDITABLE (self->opens_row), "10:00");
  gtk_editable_set_text (GTK_EDITABLE (self->closes_row), "13:00");
  update (self);
  hubrota_dialog_focus_first_field (GTK_WINDOW (self), GTK_WIDGET (self->hub_row));
  return GTK_WIDGET (self);
}

/* Test hooks */

gboolean
_hubrota_extra_dialog_set_hub (HubrotaExtraDialog *self,
                               const char         *hub)
{
  for (guint i = 0; i < self->hub_slugs->len; i++)
    if (g_str_equal (g_ptr_array_index (self->hub_slugs, i), hub))
      {
        adw_combo_row_set_selected (self->hub_row, i);
        return TRUE;
      }
  return FALSE;
}

const char *
_hubrota_extra_dialog_get_hub (HubrotaExtraDialog *self)
{
  return selected_hub (self);
}

void
_hubrota_extra_dialog_set_time (HubrotaExtraDialog *self,
                                const GDate        *date,
                                const char         *opens,
                                const char         *closes)
{
  hubrota_dialog_type_opening (self->date_button, self->opens_row, self->closes_row, date, opens,
                               closes);
}

void
_hubrota_extra_dialog_set_officers (HubrotaExtraDialog *self,
                                    int                 min_officers)
{
  gtk_spin_button_set_value (self->officers_spin, min_officers);
}

const char *
_hubrota_extra_dialog_get_problem (HubrotaExtraDialog *self)
{
  return self->problem;
}

gboolean
_hubrota_extra_dialog_can_save (HubrotaExtraDialog *self)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (self->save_button));
}

void
_hubrota_extra_dialog_save (HubrotaExtraDialog *self)
{
  hubrota_dialog_click (self->save_button);
}

const char *
_hubrota_extra_dialog_get_error (HubrotaExtraDialog *self)
{
  return hubrota_dialog_get_error (self->error_group, self->error_label);
}
