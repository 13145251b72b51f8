/* hubrota-absence-dialog.c: adding time away (leave, training, court…) to an officer
 *
 * What `hubrota-cli leave add` does: from a moment until the moment they are back, with a
 * reason the checker and the officer's page show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAbsenceDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-absence-dialog-private.h"
#include "hubrota-format.h"

static const char *const reasons[] = {
  N_("Annual leave"), N_("Training"), N_("Court"), N_("Sick"), N_("Other"),
};
#define REASON_OTHER 4

struct _HubrotaAbsenceDialog
{
  HubrotaFormDialog  parent_instance;

  HubrotaStore      *store;
  HubrotaOfficer    *officer;
  AdwEntryRow       *from_day;
  AdwEntryRow       *from_time;
  AdwEntryRow       *to_day;        /* the day they are back */
  AdwEntryRow       *to_time;
  AdwComboRow       *reason;
  AdwEntryRow       *details;
};

G_DEFINE_FINAL_TYPE (HubrotaAbsenceDialog, hubrota_absence_dialog, HUBROTA_TYPE_FORM_DIALOG)

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_error (AdwEntryRow *row,
           gboolean     error)
{
  hubrota_widget_set_css_class (GTK_WIDGET (row), "error", error);
}

/* The moment a day row and a time row name, marking whichever is wrong; NULL with
 * *out_problem set when there is none. A time may carry its offset ("01:30+00:00"), as
 * `leave add` allows, since time away can start in the autumn's repeated hour. */
static GDateTime *
read_moment (AdwEntryRow  *day_row,
             AdwEntryRow  *time_row,
             const char  **out_problem)
{
  g_autoptr(GDate) day = hubrota_parse_day (row_text (day_row));
  GDateTime *moment = NULL;

  set_error (day_row, day == NULL);
  if (day == NULL)
    *out_problem = _("Dates are like 2026-12-07 and times like 08:00");
  else
    moment = hubrota_parse_moment (day, row_text (time_row), TRUE, out_problem);
  set_error (time_row, day != NULL && moment == NULL);
  return moment;
}

/* Both moments, or FALSE with what is wrong. */
static gboolean
read_away (HubrotaAbsenceDialog  *self,
           GDateTime            **out_from,
           GDateTime            **out_until,
           const char           **out_problem)
{
  const char *from_problem = NULL, *until_problem = NULL;

  *out_from = read_moment (self->from_day, self->from_time, &from_problem);
  *out_until = read_moment (self->to_day, self->to_time, &until_problem);
  *out_problem = from_problem != NULL ? from_problem : until_problem;
  if (*out_problem != NULL)
    return FALSE;
  if (g_date_time_compare (*out_until, *out_from) <= 0)
    {
      set_error (self->to_time, TRUE);
      *out_problem = _("The officer must be back after they go");
      return FALSE;
    }
  return TRUE;
}

static const char *
hubrota_absence_dialog_check (HubrotaFormDialog  *dialog,
                              const char        **out_note)
{
  HubrotaAbsenceDialog *self = HUBROTA_ABSENCE_DIALOG (dialog);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) until = NULL;
  gboolean other = adw_combo_row_get_selected (self->reason) == REASON_OTHER;
  g_autofree char *details = hubrota_editable_dup_stripped (GTK_EDITABLE (self->details));
  const char *problem;

  set_error (self->details, other && details[0] == '\0');
  if (!read_away (self, &from, &until, &problem))
    return problem;
  if (other && details[0] == '\0')
    return _("Say what the time away is for");
  return NULL;
}

static gboolean
hubrota_absence_dialog_store (HubrotaFormDialog  *dialog,
                              GError            **error)
{
  HubrotaAbsenceDialog *self = HUBROTA_ABSENCE_DIALOG (dialog);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) until = NULL;
  const char *problem;
  guint choice = adw_combo_row_get_selected (self->reason);
  g_autofree char *details = hubrota_editable_dup_stripped (GTK_EDITABLE (self->details));
  g_autofree char *reason = NULL;
  g_autoptr(HubrotaAbsence) absence = NULL;

  if (choice == REASON_OTHER)
    reason = g_strdup (details);
  else if (details[0] != '\0')
    /* Translators: a reason with details, e.g. "Training: first aid" */
    reason = g_strdup_printf (_("%s: %s"), _(reasons[choice]), details);
  else
    reason = g_strdup (_(reasons[choice]));
  /* check() has passed, so this reads the same two moments. */
  if (!read_away (self, &from, &until, &problem))
    {
      g_set_error_literal (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID, problem);
      return FALSE;
    }
  absence = hubrota_absence_new (hubrota_officer_get_id (self->officer), from, until, reason);
  return hubrota_store_add_absence (self->store, absence, error) > 0;
}

static void
add_rows (HubrotaAbsenceDialog *self)
{
  HubrotaFormDialog *dialog = HUBROTA_FORM_DIALOG (self);
  AdwPreferencesGroup *group = hubrota_form_dialog_get_group (dialog);
  const char *names[G_N_ELEMENTS (reasons) + 1] = { NULL };
  g_autofree char *today = hubrota_format_days_ahead (0);
  g_autofree char *tomorrow = hubrota_format_days_ahead (1);
  g_autofree char *who = hubrota_format_officer (self->officer);

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    names[i] = _(reasons[i]);
  adw_preferences_group_set_title (group, who);
  adw_preferences_group_set_description (group,
                                         _("Away from the first moment until they are back: "
                                           "00:00 on the 7th to 00:00 on the 12th is five days"));
  self->from_day = hubrota_form_dialog_add_entry (dialog, _("Away from (YYYY-MM-DD)"), today);
  self->from_time = hubrota_form_dialog_add_entry (dialog, _("At (HH:MM)"), "00:00");
  self->to_day = hubrota_form_dialog_add_entry (dialog, _("Back on (YYYY-MM-DD)"), tomorrow);
  self->to_time = hubrota_form_dialog_add_entry (dialog, _("At (HH:MM)"), "00:00");
  self->reason = hubrota_form_dialog_add_combo (dialog, _("Reason"), names);
  self->details = hubrota_form_dialog_add_entry (dialog, _("Details (optional)"), "");
  hubrota_form_dialog_finish (dialog);
}

static void
hubrota_absence_dialog_dispose (GObject *object)
{
  HubrotaAbsenceDialog *self = HUBROTA_ABSENCE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->officer);

  G_OBJECT_CLASS (hubrota_absence_dialog_parent_class)->dispose (object);
}

static void
hubrota_absence_dialog_class_init (HubrotaAbsenceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  HubrotaFormDialogClass *form_class = HUBROTA_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hubrota_absence_dialog_dispose;
  form_class->check = hubrota_absence_dialog_check;
  form_class->store = hubrota_absence_dialog_store;
}

static void
hubrota_absence_dialog_init (HubrotaAbsenceDialog *self)
{
}

GtkWidget *
hubrota_absence_dialog_new (GtkWindow      *parent,
                            HubrotaStore   *store,
                            HubrotaOfficer *officer)
{
  HubrotaAbsenceDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (HUBROTA_IS_OFFICER (officer), NULL);

  self = g_object_new (HUBROTA_TYPE_ABSENCE_DIALOG, "transient-for", parent,
                       "title", _("Add Time Away"), NULL);
  self->store = g_object_ref (store);
  self->officer = g_object_ref (officer);
  add_rows (self);
  return GTK_WIDGET (self);
}

/* For the tests (hubrota-absence-dialog-private.h) */

void
_hubrota_absence_dialog_fill (HubrotaAbsenceDialog *self,
                              const char           *from_day,
                              const char           *from_time,
                              const char           *to_day,
                              const char           *to_time,
                              guint                 reason_index,
                              const char           *details)
{
  gtk_editable_set_text (GTK_EDITABLE (self->from_day), from_day);
  gtk_editable_set_text (GTK_EDITABLE (self->from_time), from_time);
  gtk_editable_set_text (GTK_EDITABLE (self->to_day), to_day);
  gtk_editable_set_text (GTK_EDITABLE (self->to_time), to_time);
  adw_combo_row_set_selected (self->reason, reason_index);
  gtk_editable_set_text (GTK_EDITABLE (self->details), details);
}
