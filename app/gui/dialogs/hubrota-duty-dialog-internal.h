/* hubrota-duty-dialog-internal.h: the shift pattern dialog's insides, shared by its own files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-duty-dialog-private.h"

G_BEGIN_DECLS

enum { KIND_PATTERN, KIND_ROSTER };

struct _HubrotaDutyDialog
{
  HubrotaFormDialog    parent_instance;

  HubrotaStore        *store;
  HubrotaOfficer      *officer;
  HubrotaDuty         *editing;          /* the duty being changed; NULL when adding one */
  char                *kept_rrule;       /* a rule the form cannot show (typed with the CLI) */
  gboolean             too_many_shifts;  /* a roster with more kinds of shift than the form */
  gboolean             enlarged;         /* made tall enough for a roster */
  char                *problem;
  char                *summary;
  AdwComboRow         *kind;
  AdwEntryRow         *day;
  AdwEntryRow         *start;
  AdwEntryRow         *end;
  AdwComboRow         *repeats;
  AdwActionRow        *kept_row;
  GtkWidget           *days_row;
  GtkToggleButton     *days[7];
  GtkWidget           *weeks_row;
  GtkSpinButton       *weeks;
  GtkWidget           *roster_box;       /* the roster's groups, under the rows above */
  AdwActionRow        *shift_rows[HUBROTA_ROSTER_N_SHIFTS];
  GtkEditable         *shift_start[HUBROTA_ROSTER_N_SHIFTS];
  GtkEditable         *shift_length[HUBROTA_ROSTER_N_SHIFTS];
  GtkButton           *preset_buttons[HUBROTA_ROSTER_N_PRESETS];
  AdwPreferencesGroup *cycle_group;
  GtkSpinButton       *cycle_days;
  GtkStringList       *shift_names;      /* what each day's row offers */
  GPtrArray           *day_rows;         /* AdwComboRow, one a day of the cycle */
};

static inline const char *
_hubrota_duty_dialog_row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static inline gboolean
_hubrota_duty_dialog_is_roster (HubrotaDutyDialog *self)
{
  return adw_combo_row_get_selected (self->kind) == KIND_ROSTER;
}

/* hubrota-duty-dialog.c */
/* An action row titled title with a spin button from 1 to max, in *out_row. */
GtkSpinButton *_hubrota_duty_dialog_make_spin_row   (HubrotaDutyDialog  *self,
                                                      GtkWidget         **out_row,
                                                      const char         *title,
                                                      int                 max);

/* hubrota-duty-dialog-roster.c: the rotating roster's part of the form */
/* The Common Patterns, Shifts and Cycle groups, in self->roster_box. */
void         _hubrota_duty_dialog_make_roster_groups (HubrotaDutyDialog  *self);
/* Marks what is wrong; returns what stops Save, or NULL with the summary in out_note. */
const char  *_hubrota_duty_dialog_check_roster       (HubrotaDutyDialog  *self,
                                                      const char        **out_note);
HubrotaDuty *_hubrota_duty_dialog_build_roster       (HubrotaDutyDialog  *self);
void         _hubrota_duty_dialog_fill_roster_from   (HubrotaDutyDialog  *self,
                                                      HubrotaDuty        *roster);

G_END_DECLS
