/* hubrota-move-dialog.c: moving one opening to another day or time
 *
 * The opening keeps its name (series and first date), so its officers stay on it; the move
 * is one step of the history. The hours are checked as they are typed, and the summary
 * says where the opening goes from and to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaMoveDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-date-button.h"
#include "hubrota-dialog-util.h"
#include "hubrota-format.h"
#include "hubrota-move-dialog-private.h"

struct _HubrotaMoveDialog
{
  AdwWindow            parent_instance;

  HubrotaWorkspace      *workspace;
  HubrotaOccurrence   *occurrence;
  GDateTime           *new_start;   /* NULL while the fields are wrong */
  int                  minutes;
  const char          *problem;

  GtkButton           *save_button;
  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *error_group;
  GtkLabel            *error_label;
  HubrotaDateButton   *date_button;
  AdwEntryRow         *opens_row;
  AdwEntryRow         *closes_row;
  AdwActionRow        *summary_row;
  GtkImage            *summary_icon;
};

G_DEFINE_FINAL_TYPE (HubrotaMoveDialog, hubrota_move_dialog, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "Sat 5 Dec 10:00–13:00" */
static char *
describe_slot (GDateTime *start, GDateTime *end)
{
  g_autofree char *day = hubrota_format_short_day (start);
  g_autofree char *hours = hubrota_format_time_range (start, end);

  /* Translators: an opening's day and hours, e.g. "Sat 5 Dec 10:00–13:00" */
  return g_strdup_printf (_("%s %s"), day, hours);
}

static char *
describe_move (HubrotaMoveDialog *self)
{
  g_autoptr(GDateTime) from_start = g_date_time_to_timezone (
    hubrota_occurrence_get_start (self->occurrence), hubrota_london_tz ());
  g_autoptr(GDateTime) from_end = g_date_time_to_timezone (
    hubrota_occurrence_get_end (self->occurrence), hubrota_london_tz ());
  g_autoptr(GDateTime) to_end = g_date_time_add_minutes (self->new_start, self->minutes);
  g_autofree char *from = describe_slot (from_start, from_end);
  g_autofree char *to = describe_slot (self->new_start, to_end);

  /* Translators: e.g. "From Sat 5 Dec 10:00–13:00 to Sun 6 Dec 11:00–14:00" */
  return g_strdup_printf (_("From %s to %s"), from, to);
}

static gboolean
unchanged (HubrotaMoveDialog *self)
{
  GTimeSpan length = g_date_time_difference (hubrota_occurrence_get_end (self->occurrence),
                                             hubrota_occurrence_get_start (self->occurrence));

  return g_date_time_equal (self->new_start, hubrota_occurrence_get_start (self->occurrence)) &&
         self->minutes == length / G_TIME_SPAN_MINUTE;
}

static void
update (HubrotaMoveDialog *self)
{
  g_autofree char *summary = NULL;

  g_clear_pointer (&self->new_start, g_date_time_unref);
  self->problem = hubrota_dialog_read_opening (self->date_button, self->opens_row,
                                               self->closes_row, &self->new_start,
                                               &self->minutes);
  if (self->problem == NULL)
    {
      summary = describe_move (self);
      if (unchanged (self))
        self->problem = _("Choose a new date or time");
    }
  hubrota_dialog_show_summary (self->summary_row, self->summary_icon, summary, self->problem);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), self->problem == NULL);
}

/* A change of the fields also clears the store's last refusal: it was about other values. */
static void
on_field_changed (HubrotaMoveDialog *self)
{
  hubrota_dialog_show_error (self->error_group, self->error_label, NULL);
  update (self);
}

static void
on_save_clicked (HubrotaMoveDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean moved;

  update (self);
  if (self->problem != NULL)
    return;
  moved = hubrota_workspace_move (self->workspace, self->occurrence, self->new_start, self->minutes,
                                &error);
  hubrota_dialog_finish_save (GTK_WINDOW (self), signals[CHANGED], moved, error,
                              self->error_group, self->error_label);
}

static void
show_opening (HubrotaMoveDialog *self)
{
  HubrotaStore *store = hubrota_workspace_get_store (self->workspace);
  const char *slug = hubrota_occurrence_get_hub (self->occurrence);
  g_autoptr(HubrotaHub) hub = hubrota_store_get_hub (store, slug, NULL);
  g_autoptr(GDateTime) start = g_date_time_to_timezone (
    hubrota_occurrence_get_start (self->occurrence), hubrota_london_tz ());
  g_autoptr(GDateTime) end = g_date_time_to_timezone (
    hubrota_occurrence_get_end (self->occurrence), hubrota_london_tz ());

  adw_window_title_set_subtitle (self->window_title, hub != NULL ? hubrota_hub_get_name (hub) : slug);
  hubrota_dialog_show_opening (self->date_button, self->opens_row, self->closes_row, start, end);
}

static void
hubrota_move_dialog_dispose (GObject *object)
{
  HubrotaMoveDialog *self = HUBROTA_MOVE_DIALOG (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->occurrence);
  g_clear_pointer (&self->new_start, g_date_time_unref);

  G_OBJECT_CLASS (hubrota_move_dialog_parent_class)->dispose (object);
}

static void
hubrota_move_dialog_class_init (HubrotaMoveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_move_dialog_dispose;

  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");

  g_type_ensure (HUBROTA_TYPE_DATE_BUTTON);
  hubrota_dialog_class_set_template (widget_class,
                                     "/io/github/hubrota/Hubrota/hubrota-move-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaMoveDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaMoveDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HubrotaMoveDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaMoveDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaMoveDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaMoveDialog, opens_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaMoveDialog, closes_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaMoveDialog, summary_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaMoveDialog, summary_icon);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
hubrota_move_dialog_init (HubrotaMoveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hubrota_move_dialog_new (GtkWindow         *parent,
                         HubrotaWorkspace    *workspace,
                         HubrotaOccurrence *occurrence)
{
  HubrotaMoveDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), NULL);

  self = g_object_new (HUBROTA_TYPE_MOVE_DIALOG, "transient-for", parent, NULL);
  self->workspace = g_object_ref (workspace);
  self->occurrence = g_object_ref (occurrence);
  show_opening (self);
  update (self);
  hubrota_dialog_focus_first_field (GTK_WINDOW (self), GTK_WIDGET (self->date_button));
  return GTK_WIDGET (self);
}

/* Test hooks */

void
_hubrota_move_dialog_set_time (HubrotaMoveDialog *self,
                               const GDate       *date,
                               const char        *opens,
                               const char        *closes)
{
  hubrota_dialog_type_opening (self->date_button, self->opens_row, self->closes_row, date, opens,
                               closes);
}

const char *
_hubrota_move_dialog_get_summary (HubrotaMoveDialog *self)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->summary_row));
}

const char *
_hubrota_move_dialog_get_problem (HubrotaMoveDialog *self)
{
  return self->problem;
}

gboolean
_hubrota_move_dialog_can_save (HubrotaMoveDialog *self)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (self->save_button));
}

void
_hubrota_move_dialog_save (HubrotaMoveDialog *self)
{
  hubrota_dialog_click (self->save_button);
}

const char *
_hubrota_move_dialog_get_error (HubrotaMoveDialog *self)
{
  return hubrota_dialog_get_error (self->error_group, self->error_label);
}
