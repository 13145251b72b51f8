/* hubrota-closure-dialog.c: cancelling openings, a period of several hubs' or one
 *
 * Closing hubs for a period ("Closed for Christmas") cancels every opening of the chosen
 * hubs in it as one step of the history, so one Undo brings them all back, officers
 * included. The summary says how many openings that is and how many have officers on
 * them, as the fields change; when any have, a second question names the count before
 * anything is written. Everything is validated as it is typed; a refusal from the store
 * keeps the dialog open with what was typed and says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaClosureDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-closure-dialog-private.h"
#include "hubrota-date-button.h"
#include "hubrota-dialog-util.h"
#include "hubrota-format.h"

struct _HubrotaClosureDialog
{
  AdwWindow          parent_instance;

  HubrotaStore      *store;
  HubrotaWorkspace    *workspace;
  HubrotaOccurrence *occurrence;   /* NULL when closing hubs for a period */
  GPtrArray         *hub_slugs;    /* char *, as the check buttons */
  GPtrArray         *hub_checks;   /* GtkCheckButton * */
  guint              openings;     /* what saving would cancel now */
  guint              staffed;      /* of those, with officers on them */
  char              *problem;      /* why it cannot be saved, or NULL */
  gboolean           reason_typed; /* no error style on a reason not yet typed */
  AdwMessageDialog  *confirmation;

  GtkButton         *save_button;
  AdwPreferencesGroup *error_group;
  GtkLabel          *error_label;
  AdwPreferencesGroup *opening_group;
  AdwActionRow      *opening_row;
  AdwPreferencesGroup *period_group;
  AdwActionRow      *to_row;
  HubrotaDateButton *from_button;
  HubrotaDateButton *to_button;
  AdwPreferencesGroup *hubs_group;
  GtkButton         *select_button;
  AdwEntryRow       *reason_row;
  AdwActionRow      *summary_row;
  GtkImage          *summary_icon;
};

G_DEFINE_FINAL_TYPE (HubrotaClosureDialog, hubrota_closure_dialog, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
get_reason (HubrotaClosureDialog *self)
{
  return hubrota_editable_dup_stripped (GTK_EDITABLE (self->reason_row));
}

static GStrv
chosen_hubs (HubrotaClosureDialog *self)
{
  g_autoptr(GStrvBuilder) hubs = g_strv_builder_new ();

  for (guint i = 0; i < self->hub_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->hub_checks, i)))
      g_strv_builder_add (hubs, g_ptr_array_index (self->hub_slugs, i));
  return g_strv_builder_end (hubs);
}

static void
count_openings (HubrotaClosureDialog *self, GPtrArray *openings)
{
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (openings, i);
      if (hubrota_occurrence_get_status (occurrence) != HUBROTA_OCCURRENCE_SCHEDULED)
        continue;
      self->openings++;
      if (hubrota_occurrence_get_assigned (occurrence)->len > 0)
        self->staffed++;
    }
}

/* What saving would cancel, read afresh, so the second question gives the true count. */
static gboolean
count_period (HubrotaClosureDialog *self, GError **error)
{
  g_auto(GStrv) hubs = chosen_hubs (self);
  GDate from, to;

  hubrota_date_button_get_date (self->from_button, &from);
  hubrota_date_button_get_date (self->to_button, &to);
  self->openings = self->staffed = 0;
  for (guint i = 0; hubs[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) openings = hubrota_store_list_occurrences (self->store, &from, &to,
                                                                      hubs[i], error);
      if (openings == NULL)
        return FALSE;
      count_openings (self, openings);
    }
  return TRUE;
}

/* The opening as the store has it now (the caller's copy may be from an older read). */
static gboolean
count_opening (HubrotaClosureDialog *self, GError **error)
{
  GDate day;
  g_autoptr(GPtrArray) openings = NULL;

  hubrota_date_from_datetime (&day, hubrota_occurrence_get_start (self->occurrence));
  openings = hubrota_store_list_occurrences (self->store, &day, &day,
                                             hubrota_occurrence_get_hub (self->occurrence), error);
  if (openings == NULL)
    return FALSE;
  self->openings = self->staffed = 0;
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (openings, i);
      if (hubrota_occurrence_is_same (occurrence, self->occurrence))
        {
          self->openings = 1;
          self->staffed = hubrota_occurrence_get_assigned (occurrence)->len;
        }
    }
  return TRUE;
}

static char *
describe_count (HubrotaClosureDialog *self)
{
  g_autofree char *openings = NULL;

  if (self->occurrence != NULL)
    {
      if (self->staffed == 0)
        return g_strdup (_("The opening will be cancelled; nobody is on it"));
      return g_strdup_printf (ngettext ("The opening will be cancelled; %u officer will be taken off it",
                                        "The opening will be cancelled; %u officers will be taken off it",
                                        self->staffed), self->staffed);
    }
  openings = g_strdup_printf (ngettext ("%u opening will be cancelled",
                                        "%u openings will be cancelled", self->openings),
                              self->openings);
  if (self->staffed == 0)
    /* Translators: %s is e.g. "7 openings will be cancelled" */
    return g_strdup_printf (_("%s; none of them have officers on them"), openings);
  /* Translators: %s is e.g. "7 openings will be cancelled", %u how many are staffed */
  return g_strdup_printf (ngettext ("%s; %u of them has officers on it",
                                    "%s; %u of them have officers on them", self->staffed),
                          openings, self->staffed);
}

/* Checks every field, shows what is wrong where it is, and says whether saving can go on. */
static void
update (HubrotaClosureDialog *self, gboolean recount)
{
  g_autofree char *reason = get_reason (self);
  g_autofree char *count = NULL;
  g_auto(GStrv) hubs = chosen_hubs (self);
  g_autoptr(GError) error = NULL;
  gboolean period_ok = TRUE;
  const char *problem = NULL;
  GDate from, to;

  if (self->occurrence == NULL)
    {
      hubrota_date_button_get_date (self->from_button, &from);
      hubrota_date_button_get_date (self->to_button, &to);
      period_ok = g_date_compare (&from, &to) <= 0;
      gtk_button_set_label (self->select_button,
                            hubs[0] != NULL && g_strv_length (hubs) == self->hub_checks->len
                              /* Translators: a button that ticks, or unticks, every hub */
                              ? _("Select _None") : _("Select _All"));
    }
  hubrota_widget_set_css_class (GTK_WIDGET (self->to_row), "error", !period_ok);
  hubrota_widget_set_css_class (GTK_WIDGET (self->reason_row), "error",
                                self->reason_typed && reason[0] == '\0');

  if (!period_ok)
    problem = _("The period ends before it starts");
  else if (self->occurrence == NULL && hubs[0] == NULL)
    problem = _("Choose at least one hub");
  else if (recount && !(self->occurrence != NULL ? count_opening (self, &error)
                                                 : count_period (self, &error)))
    problem = error->message;
  else if (self->openings == 0)
    problem = self->occurrence != NULL ? _("The opening is no longer there")
                                       : _("There are no openings to cancel in this period");
  else if (reason[0] == '\0')
    problem = _("Give a reason; the public sees it in the hub calendars");

  if (period_ok && (self->occurrence != NULL || hubs[0] != NULL) && error == NULL)
    count = describe_count (self);
  hubrota_dialog_show_summary (self->summary_row, self->summary_icon, count, problem);
  g_free (self->problem);
  self->problem = g_strdup (problem);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), problem == NULL);
}

/* A change of the fields also clears the store's last refusal: it was about other values. */
static void
on_period_changed (HubrotaClosureDialog *self)
{
  hubrota_dialog_show_error (self->error_group, self->error_label, NULL);
  update (self, TRUE);
}

static void
on_reason_changed (HubrotaClosureDialog *self)
{
  self->reason_typed = TRUE;
  hubrota_dialog_show_error (self->error_group, self->error_label, NULL);
  update (self, FALSE);
}

static void
on_hub_toggled (HubrotaClosureDialog *self)
{
  update (self, TRUE);
}

static void
set_all_hubs (HubrotaClosureDialog *self, gboolean active)
{
  for (guint i = 0; i < self->hub_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->hub_checks, i);
      g_signal_handlers_block_by_func (check, on_hub_toggled, self);
      gtk_check_button_set_active (check, active);
      g_signal_handlers_unblock_by_func (check, on_hub_toggled, self);
    }
  update (self, TRUE);
}

static void
on_select_clicked (HubrotaClosureDialog *self)
{
  g_auto(GStrv) hubs = chosen_hubs (self);

  set_all_hubs (self, g_strv_length (hubs) < self->hub_checks->len);
}

static gboolean
cancel_now (HubrotaClosureDialog *self, GError **error)
{
  g_autofree char *reason = get_reason (self);
  g_auto(GStrv) hubs = NULL;
  GDate from, to;

  if (self->occurrence != NULL)
    return hubrota_workspace_cancel (self->workspace, self->occurrence, reason, error);
  hubs = chosen_hubs (self);
  hubrota_date_button_get_date (self->from_button, &from);
  hubrota_date_button_get_date (self->to_button, &to);
  return hubrota_workspace_cancel_range (self->workspace, (const char * const *) hubs, &from, &to,
                                       reason, NULL, error);
}

static void
save (HubrotaClosureDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean cancelled = cancel_now (self, &error);

  if (!hubrota_dialog_finish_save (GTK_WINDOW (self), signals[CHANGED], cancelled, error,
                                   self->error_group, self->error_label))
    update (self, TRUE);
}

static void
on_confirmation_response (HubrotaClosureDialog *self,
                          const char           *response,
                          AdwMessageDialog     *confirmation)
{
  /* Saving closes this dialog while the question is still finishing its response: let go
   * of it first, so it never refers to a parent that is gone. */
  gtk_window_set_transient_for (GTK_WINDOW (confirmation), NULL);
  if (g_str_equal (response, "cancel-openings"))
    save (self);
}

static void
ask_first (HubrotaClosureDialog *self)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->occurrence != NULL)
    {
      heading = g_strdup (_("Take Officers Off This Opening?"));
      body = g_strdup_printf (ngettext ("%u officer is on this opening. Cancelling it takes them off; Undo puts them back.",
                                        "%u officers are on this opening. Cancelling it takes them off; Undo puts them back.",
                                        self->staffed), self->staffed);
    }
  else
    {
      heading = g_strdup_printf (ngettext ("Take Officers Off %u Opening?",
                                           "Take Officers Off %u Openings?", self->staffed),
                                 self->staffed);
      body = g_strdup_printf (ngettext ("%u of the %u openings has officers on it. Cancelling takes them off; Undo puts them back.",
                                        "%u of the %u openings have officers on them. Cancelling takes them off; Undo puts them back.",
                                        self->staffed), self->staffed, self->openings);
    }
  dialog = hubrota_dialog_ask (GTK_WINDOW (self), heading, body, "back", _("_Go Back"),
                               "cancel-openings", self->occurrence != NULL
                                                    ? _("Cancel _Opening")
                                                    : _("C_lose Hubs"),
                               G_CALLBACK (on_confirmation_response), self);
  self->confirmation = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->confirmation);
}

static void
on_save_clicked (HubrotaClosureDialog *self)
{
  update (self, TRUE);
  if (self->problem != NULL)
    return;
  if (self->staffed > 0)
    ask_first (self);
  else
    save (self);
}

static void
add_hub_row (HubrotaClosureDialog *self, HubrotaHub *hub)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  /* Hub names are text, not markup: "R&D Centre" must show. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hubrota_hub_get_name (hub));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  row, NULL, -1);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_hub_toggled), self);
  adw_preferences_group_add (self->hubs_group, row);
  g_ptr_array_add (self->hub_slugs, g_strdup (hubrota_hub_get_slug (hub)));
  g_ptr_array_add (self->hub_checks, check);
}

static void
fill_hubs (HubrotaClosureDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hubs = hubrota_store_list_open_hubs (self->store, &error);

  if (hubs == NULL)
    {
      hubrota_dialog_show_error (self->error_group, self->error_label, error->message);
      return;
    }
  for (guint i = 0; i < hubs->len; i++)
    add_hub_row (self, g_ptr_array_index (hubs, i));
}

static void
show_opening (HubrotaClosureDialog *self)
{
  const char *slug = hubrota_occurrence_get_hub (self->occurrence);
  g_autoptr(HubrotaHub) hub = hubrota_store_get_hub (self->store, slug, NULL);
  GDateTime *start = hubrota_occurrence_get_start (self->occurrence);
  g_autofree char *day = hubrota_format_day (start);
  g_autofree char *hours = hubrota_format_time_range (start,
                                                      hubrota_occurrence_get_end (self->occurrence));
  /* Translators: when an opening is, e.g. "Saturday 5 December, 10:00–13:00" */
  g_autofree char *when = g_strdup_printf (_("%s, %s"), day, hours);

  gtk_window_set_title (GTK_WINDOW (self), _("Cancel Opening"));
  gtk_button_set_label (self->save_button, _("Cancel _Opening"));
  /* No period or hub list: as tall as the opening and the reason need. */
  gtk_window_set_default_size (GTK_WINDOW (self), 560, -1);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->opening_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->opening_row),
                                 hub != NULL ? hubrota_hub_get_name (hub) : slug);
  adw_action_row_set_subtitle (self->opening_row, when);
  gtk_widget_set_visible (GTK_WIDGET (self->opening_group), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->period_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->hubs_group), FALSE);
}

static void
hubrota_closure_dialog_dispose (GObject *object)
{
  HubrotaClosureDialog *self = HUBROTA_CLOSURE_DIALOG (object);

  if (self->confirmation != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->confirmation, self);
      g_object_remove_weak_pointer (G_OBJECT (self->confirmation),
                                    (gpointer *) &self->confirmation);
      self->confirmation = NULL;
    }
  g_clear_object (&self->store);
  g_clear_object (&self->workspace);
  g_clear_object (&self->occurrence);

  G_OBJECT_CLASS (hubrota_closure_dialog_parent_class)->dispose (object);
}

static void
hubrota_closure_dialog_finalize (GObject *object)
{
  HubrotaClosureDialog *self = HUBROTA_CLOSURE_DIALOG (object);

  g_clear_pointer (&self->hub_slugs, g_ptr_array_unref);
  g_clear_pointer (&self->hub_checks, g_ptr_array_unref);
  g_free (self->problem);

  G_OBJECT_CLASS (hubrota_closure_dialog_parent_class)->finalize (object);
}

static void
hubrota_closure_dialog_class_init (HubrotaClosureDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_closure_dialog_dispose;
  object_class->finalize = hubrota_closure_dialog_finalize;

  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");

  g_type_ensure (HUBROTA_TYPE_DATE_BUTTON);
  hubrota_dialog_class_set_template (widget_class,
                                     "/io/github/hubrota/Hubrota/hubrota-closure-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, opening_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, opening_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, period_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, from_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, to_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, hubs_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, select_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, summary_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaClosureDialog, summary_icon);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_select_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
hubrota_closure_dialog_init (HubrotaClosureDialog *self)
{
  self->hub_slugs = g_ptr_array_new_with_free_func (g_free);
  self->hub_checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

static HubrotaClosureDialog *
create (GtkWindow *parent, HubrotaStore *store, HubrotaWorkspace *workspace)
{
  HubrotaClosureDialog *self = g_object_new (HUBROTA_TYPE_CLOSURE_DIALOG,
                                             "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  self->workspace = g_object_ref (workspace);
  return self;
}

GtkWidget *
hubrota_closure_dialog_new (GtkWindow      *parent,
                            HubrotaStore   *store,
                            HubrotaWorkspace *workspace)
{
  HubrotaClosureDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (workspace), NULL);

  self = create (parent, store, workspace);
  fill_hubs (self);
  update (self, TRUE);
  hubrota_dialog_focus_first_field (GTK_WINDOW (self), GTK_WIDGET (self->from_button));
  return GTK_WIDGET (self);
}

GtkWidget *
hubrota_closure_dialog_new_for_opening (GtkWindow         *parent,
                                        HubrotaStore      *store,
                                        HubrotaWorkspace    *workspace,
                                        HubrotaOccurrence *occurrence)
{
  HubrotaClosureDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), NULL);

  self = create (parent, store, workspace);
  self->occurrence = g_object_ref (occurrence);
  show_opening (self);
  update (self, TRUE);
  /* The opening is given: the reason is all there is to type. */
  hubrota_dialog_focus_first_field (GTK_WINDOW (self), GTK_WIDGET (self->reason_row));
  return GTK_WIDGET (self);
}

/* Test hooks */

void
_hubrota_closure_dialog_set_period (HubrotaClosureDialog *self,
                                    const GDate          *from,
                                    const GDate          *to)
{
  hubrota_date_button_set_date (self->from_button, from);
  hubrota_date_button_set_date (self->to_button, to);
}

void
_hubrota_closure_dialog_set_hubs (HubrotaClosureDialog *self,
                                  const char * const   *hubs)
{
  for (guint i = 0; i < self->hub_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->hub_checks, i),
                                 g_strv_contains (hubs, g_ptr_array_index (self->hub_slugs, i)));
}

void
_hubrota_closure_dialog_select_all (HubrotaClosureDialog *self)
{
  hubrota_dialog_click (self->select_button);
}

void
_hubrota_closure_dialog_set_reason (HubrotaClosureDialog *self,
                                    const char           *reason)
{
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason);
}

const char *
_hubrota_closure_dialog_get_summary (HubrotaClosureDialog *self)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->summary_row));
}

const char *
_hubrota_closure_dialog_get_problem (HubrotaClosureDialog *self)
{
  return self->problem;
}

gboolean
_hubrota_closure_dialog_can_save (HubrotaClosureDialog *self)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (self->save_button));
}

void
_hubrota_closure_dialog_save (HubrotaClosureDialog *self)
{
  hubrota_dialog_click (self->save_button);
}

AdwMessageDialog *
_hubrota_closure_dialog_get_confirmation (HubrotaClosureDialog *self)
{
  return self->confirmation;
}

void
_hubrota_closure_dialog_confirm (HubrotaClosureDialog *self,
                                 gboolean              go_ahead)
{
  g_return_if_fail (self->confirmation != NULL);
  adw_message_dialog_response (self->confirmation, go_ahead ? "cancel-openings" : "back");
}

const char *
_hubrota_closure_dialog_get_error (HubrotaClosureDialog *self)
{
  return hubrota_dialog_get_error (self->error_group, self->error_label);
}
