/* hubrota-duty-dialog-private.h: what the tests use to fill in the shift pattern dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-duty-dialog.h"
#include "hubrota-form-dialog-private.h"

G_BEGIN_DECLS

/* What the Repeats row offers, in its order. */
typedef enum
{
  HUBROTA_REPEAT_ONCE,
  HUBROTA_REPEAT_DAILY,
  HUBROTA_REPEAT_WEEKDAYS,
  HUBROTA_REPEAT_CHOSEN_DAYS,
} HubrotaRepeat;

/* The shifts a roster's days choose from, in the order each day's row offers them. */
typedef enum
{
  HUBROTA_ROSTER_EARLY,
  HUBROTA_ROSTER_LATE,
  HUBROTA_ROSTER_NIGHT,
  HUBROTA_ROSTER_LONG_DAY,
  HUBROTA_ROSTER_REST,
} HubrotaRosterShift;

#define HUBROTA_ROSTER_N_SHIFTS HUBROTA_ROSTER_REST

/* The presets, in the order their rows are shown. */
typedef enum
{
  HUBROTA_ROSTER_PRESET_RESPONSE,       /* 2 earlies, 2 lates, 2 nights, 4 rest */
  HUBROTA_ROSTER_PRESET_FOUR_ON,        /* 2 long days, 2 nights, 4 rest */
  HUBROTA_ROSTER_PRESET_NEIGHBOURHOOD,  /* five weeks of earlies and lates */
  HUBROTA_ROSTER_N_PRESETS,
} HubrotaRosterPreset;

/* As typed: the day YYYY-MM-DD, the times HH:MM; weekdays are bits, Monday bit 0. */
void        _hubrota_duty_dialog_fill          (HubrotaDutyDialog  *self,
                                                const char         *first_day,
                                                const char         *start_time,
                                                const char         *end_time,
                                                HubrotaRepeat       repeat,
                                                guint               weekdays,
                                                guint               every_weeks);
/* Chooses Shift pattern (FALSE) or Rotating roster (TRUE) in the Duty row. */
void        _hubrota_duty_dialog_set_roster    (HubrotaDutyDialog  *self,
                                                gboolean            roster);
/* A roster as typed: day 1 YYYY-MM-DD, and the days as letters, one a day: E(arly), L(ate),
 * N(ight), D (long day) or R(est): the cycle is as long as days. */
void        _hubrota_duty_dialog_fill_roster   (HubrotaDutyDialog  *self,
                                                const char         *first_day,
                                                const char         *days);
/* A shift's start ("07:00") and length ("10h") as typed. */
void        _hubrota_duty_dialog_set_shift     (HubrotaDutyDialog  *self,
                                                HubrotaRosterShift  shift,
                                                const char         *start,
                                                const char         *length);
/* Clicks the preset's Use button. */
void        _hubrota_duty_dialog_use_preset    (HubrotaDutyDialog  *self,
                                                HubrotaRosterPreset preset);
/* The days the form shows, as letters (see fill_roster); "" in pattern mode. */
char       *_hubrota_duty_dialog_get_days      (HubrotaDutyDialog  *self);
/* What the form shows: day 1 (or the first day) and a shift's start and length as typed. */
const char *_hubrota_duty_dialog_get_first_day (HubrotaDutyDialog  *self);
const char *_hubrota_duty_dialog_get_shift_start  (HubrotaDutyDialog  *self,
                                                   HubrotaRosterShift shift);
const char *_hubrota_duty_dialog_get_shift_length (HubrotaDutyDialog  *self,
                                                   HubrotaRosterShift shift);
/* "10-day cycle: 6 shifts and 4 rest days, 42 h a week on average" */
const char *_hubrota_duty_dialog_get_summary   (HubrotaDutyDialog  *self);

G_END_DECLS
