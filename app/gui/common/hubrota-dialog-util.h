/* hubrota-dialog-util.h: what the editing dialogs share
 *
 * The extra-opening, move, closure and officer dialogs are each an AdwWindow with an error
 * line for a store's refusal, a summary row that says what saving would do, and (most of
 * them) a day with opening and closing hours. These helpers keep that in one place, so each
 * dialog holds only what is its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-date-button.h"

G_BEGIN_DECLS

/* A signal with no parameters and no return, run last, as every editor's "changed". */
guint       hubrota_signal_new_void       (GType                itype,
                                           const char          *name);
/* Sets a dialog class's template and makes Escape close its windows. */
void        hubrota_dialog_class_set_template (GtkWidgetClass   *widget_class,
                                               const char       *resource);

/* Puts the keyboard in field, a dialog's first, before the dialog is presented. Left to
 * itself a window gives the focus to the first button of its header bar, Cancel, where
 * typing goes nowhere and Space cancels. */
void        hubrota_dialog_focus_first_field (GtkWindow        *dialog,
                                              GtkWidget        *field);

/* A store's refusal (or any one-line message) in a dialog's error group, which is hidden
 * when message is NULL; the get is NULL while it is hidden. */
void        hubrota_dialog_show_error     (AdwPreferencesGroup *group,
                                           GtkLabel            *label,
                                           const char          *message);
const char *hubrota_dialog_get_error      (AdwPreferencesGroup *group,
                                           GtkLabel            *label);
/* After a save: when saved emits signal_id on dialog and closes it; otherwise shows the
 * error and keeps everything typed. Returns saved. */
gboolean    hubrota_dialog_finish_save    (GtkWindow           *dialog,
                                           guint                signal_id,
                                           gboolean             saved,
                                           const GError        *error,
                                           AdwPreferencesGroup *error_group,
                                           GtkLabel            *error_label);

/* The summary row: what saving would do (summary) with what stops it (problem) under it;
 * with no summary the problem is the title. A warning icon while there is a problem. */
void        hubrota_dialog_show_summary   (AdwActionRow        *row,
                                           GtkImage            *icon,
                                           const char          *summary,
                                           const char          *problem);

/* A day and "HH:MM" opening and closing hours: reads them as a London start (NULL when they
 * are wrong) and a length, marking a wrong row; returns what is wrong, or NULL. */
const char *hubrota_dialog_read_opening   (HubrotaDateButton   *day,
                                           AdwEntryRow         *opens,
                                           AdwEntryRow         *closes,
                                           GDateTime          **out_start,
                                           int                 *out_minutes);
/* Shows start to end (local times of one day) in the same three fields. */
void        hubrota_dialog_show_opening   (HubrotaDateButton   *day,
                                           AdwEntryRow         *opens,
                                           AdwEntryRow         *closes,
                                           GDateTime           *start,
                                           GDateTime           *end);
/* As typed: the day, and the hours as text. */
void        hubrota_dialog_type_opening   (HubrotaDateButton   *day,
                                           AdwEntryRow         *opens,
                                           AdwEntryRow         *closes,
                                           const GDate         *date,
                                           const char          *opens_text,
                                           const char          *closes_text);

/* A question before something is lost: cancel_id is the default and Escape's answer,
 * action_id the destructive one. response (swapped: the object, the response id) is
 * connected for as long as object lives. Presented, and returned. */
GtkWidget  *hubrota_dialog_ask            (GtkWindow           *parent,
                                           const char          *heading,
                                           const char          *body,
                                           const char          *cancel_id,
                                           const char          *cancel_label,
                                           const char          *action_id,
                                           const char          *action_label,
                                           GCallback            response,
                                           gpointer             object);

/* Questions and reports that must build without deprecations everywhere: AdwMessageDialog on
 * libadwaita 1.2 (Debian 12), AdwAlertDialog from 1.5, where the other is deprecated. Both
 * are GtkWidgets with the same response API: call it as
 * hubrota_alert_call (add_responses) (HUBROTA_ALERT (dialog), …). */
#if ADW_CHECK_VERSION (1, 5, 0)
#define HUBROTA_ALERT(dialog) ADW_ALERT_DIALOG (dialog)
#define hubrota_alert_call(name) adw_alert_dialog_##name
#else
#define HUBROTA_ALERT(dialog) ADW_MESSAGE_DIALOG (dialog)
#define hubrota_alert_call(name) adw_message_dialog_##name
#endif

/* Goes with parent (a window). */
GtkWidget  *hubrota_alert_new             (GtkWindow           *parent,
                                           const char          *heading,
                                           const char          *body);
void        hubrota_alert_present         (GtkWidget           *dialog,
                                           GtkWindow           *parent);
/* Closes without a response. */
void        hubrota_alert_close           (GtkWidget           *dialog);
/* As if the person chose response, then closes. */
void        hubrota_alert_respond         (GtkWidget           *dialog,
                                           const char          *response);

/* Closes window from the main loop: when a question's "response" asks to close its parent,
 * the question finishes delivering it before the parent goes. */
void        hubrota_window_close_later    (GtkWindow           *window);

/* As a click from a test: nothing when the button is off. (gtk_widget_activate() clicks only
 * after a visible press of a quarter of a second.) */
void        hubrota_dialog_click          (GtkButton           *button);

G_END_DECLS
