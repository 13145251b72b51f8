/* hubrota-beats-window-private.h: what the GUI tests may do inside a HubrotaBeatsWindow
 *
 * Each function works the real widgets (types into the rows, presses the buttons), so a test
 * goes through exactly what a coordinator's clicks go through.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-beats-window.h"

G_BEGIN_DECLS

/* The beat on show, or NULL for a new one or none. */
const char  *_hubrota_beats_window_get_beat          (HubrotaBeatsWindow *self);
/* Answers the "Discard Changes?" question asked on leaving unsaved details; FALSE when none
 * was asked. */
gboolean     _hubrota_beats_window_answer_discard    (HubrotaBeatsWindow *self,
                                                      gboolean            discard);
/* Presses "Add Beat". */
void         _hubrota_beats_window_add_beat          (HubrotaBeatsWindow *self);
void         _hubrota_beats_window_set_name          (HubrotaBeatsWindow *self,
                                                      const char         *name);
const char  *_hubrota_beats_window_get_name          (HubrotaBeatsWindow *self);
/* Types the limit into the spin button, as text, so it is not clamped before Save. */
void         _hubrota_beats_window_set_limit         (HubrotaBeatsWindow *self,
                                                      double              percent);
double       _hubrota_beats_window_get_limit         (HubrotaBeatsWindow *self);
/* The identifier shown: derived from the name for a new beat. */
const char  *_hubrota_beats_window_get_slug          (HubrotaBeatsWindow *self);
gboolean     _hubrota_beats_window_can_save          (HubrotaBeatsWindow *self);
/* Presses Save (or Add); FALSE when it was insensitive or the store refused. */
gboolean     _hubrota_beats_window_save              (HubrotaBeatsWindow *self);
/* The one line under the details or the hotspots, or NULL when none shows. */
const char  *_hubrota_beats_window_get_details_error (HubrotaBeatsWindow *self);
const char  *_hubrota_beats_window_get_hotspot_error (HubrotaBeatsWindow *self);
/* Whether the name row is marked as wrong. */
gboolean     _hubrota_beats_window_name_has_error    (HubrotaBeatsWindow *self);

/* Types the name and presses Add Hotspot; FALSE when it was insensitive or refused. */
gboolean     _hubrota_beats_window_add_hotspot       (HubrotaBeatsWindow *self,
                                                      const char         *name);
/* Opens the hotspot's rename popover, types the name, presses Rename. */
gboolean     _hubrota_beats_window_rename_hotspot    (HubrotaBeatsWindow *self,
                                                      const char         *slug,
                                                      const char         *name);
/* Presses the hotspot's remove button, which asks first. */
void         _hubrota_beats_window_remove_hotspot    (HubrotaBeatsWindow *self,
                                                      const char         *slug);
GtkWidget   *_hubrota_beats_window_get_confirm_dialog (HubrotaBeatsWindow *self);
/* Answers the open confirmation: "remove" or "cancel". */
void         _hubrota_beats_window_respond           (HubrotaBeatsWindow *self,
                                                      const char         *response);
/* The names of the hotspots listed, in order, one a line. */
char        *_hubrota_beats_window_get_hotspot_names (HubrotaBeatsWindow *self);

/* Whether the week is still being read in a thread. */
gboolean     _hubrota_beats_window_is_loading        (HubrotaBeatsWindow *self);
void         _hubrota_beats_window_wait              (HubrotaBeatsWindow *self);
const GDate *_hubrota_beats_window_get_monday        (HubrotaBeatsWindow *self);
/* "Ada Lovelace (PC1): 3.0 h of 37.5 h, 8.0%", one a line, with " [over]" after those past
 * the beat's limit. */
char        *_hubrota_beats_window_get_officer_texts (HubrotaBeatsWindow *self);
/* The findings listed for the beat's week, in the checker's words, one a line. */
char        *_hubrota_beats_window_get_risk_texts    (HubrotaBeatsWindow *self);
/* The description under the findings ("No hotspot at risk this week"), or NULL. */
const char  *_hubrota_beats_window_get_risk_summary  (HubrotaBeatsWindow *self);
/* The hubs listed in the beat, one a line. */
char        *_hubrota_beats_window_get_hub_names     (HubrotaBeatsWindow *self);

G_END_DECLS
