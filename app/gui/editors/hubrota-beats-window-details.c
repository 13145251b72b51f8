/* hubrota-beats-window-details.c: the beats window's details of a beat (its name, identifier
 * and abstraction limit), checked as they are typed and saved, and the question asked before
 * unsaved details are left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaBeatsWindow"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hubrota-application.h"
#include "hubrota-beats-window-internal.h"
#include "hubrota-dialog-util.h"
#include "hubrota-format.h"

/* Details */

/* A new beat starts with the limit the coordinator chose in the preferences; without the
 * settings schema installed (running from the build folder), with the core's default. */
static double
default_limit (void)
{
  GApplication *app = g_application_get_default ();
  GSettings *settings = HUBROTA_IS_APPLICATION (app)
                        ? hubrota_application_get_settings (HUBROTA_APPLICATION (app)) : NULL;

  if (settings == NULL)
    return HUBROTA_BEAT_DEFAULT_ABSTRACTION_LIMIT;
  return g_settings_get_double (settings, "default-abstraction-limit");
}

/* The limit as typed, before the spin button tidies it (and clamps it) on Enter or leaving. */
static gboolean
read_limit (HubrotaBeatsWindow *self,
            double             *out_percent)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->limit_spin)));
  char *end = NULL;
  double percent;

  g_strstrip (text);
  if (text[0] == '\0')
    return FALSE;
  percent = g_strtod (text, &end);
  while (*end == ' ')
    end++;
  if (*end == '%')
    end++;
  if (*end != '\0' || !isfinite (percent) || percent < 0 || percent > 100)
    return FALSE;
  *out_percent = percent;
  return TRUE;
}

/* Checks the details as typed and says what is wrong, under them; TRUE when they can be
 * saved. */
static gboolean
validate_details (HubrotaBeatsWindow *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autofree char *name = g_strstrip (g_strdup (typed));
  g_autofree char *slug = hubrota_slug_from_name (name);
  g_autofree char *message = NULL;
  double limit;
  gboolean limit_ok = read_limit (self, &limit);

  if (self->adding)
    adw_action_row_set_subtitle (self->slug_row, slug[0] != '\0' ? slug : "—");
  if (name[0] == '\0')
    message = g_strdup (_("A beat needs a name"));
  else if (self->adding && slug[0] == '\0')
    message = g_strdup (_("The name needs a letter or a digit, to make the identifier from"));
  else if (self->adding && _hubrota_beats_window_find_beat (self, slug, NULL) != NULL)
    /* Translators: %s is an identifier, e.g. "ampthill" */
    message = g_strdup_printf (_("There is already a beat with the identifier “%s”"), slug);
  hubrota_widget_set_css_class (GTK_WIDGET (self->name_row), "error", message != NULL);

  if (message == NULL && !limit_ok)
    message = g_strdup (_("An abstraction limit is a percentage from 0 to 100"));
  hubrota_widget_set_css_class (GTK_WIDGET (self->limit_spin), "error", !limit_ok);
  _hubrota_beats_window_show_error (self->details_error, message);
  return message == NULL;
}

static gboolean
details_changed (HubrotaBeatsWindow *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  double limit = -1;

  read_limit (self, &limit);
  return self->adding || self->beat == NULL ||
         g_strcmp0 (name, hubrota_beat_get_name (self->beat)) != 0 ||
         limit != hubrota_beat_get_abstraction_limit (self->beat);
}

static void
update_save (HubrotaBeatsWindow *self)
{
  gboolean valid = validate_details (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button),
                            (self->adding || self->beat != NULL) && valid && details_changed (self));
}

void
_hubrota_beats_window_fill_details (HubrotaBeatsWindow *self)
{
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         self->beat != NULL ? hubrota_beat_get_name (self->beat) : "");
  gtk_spin_button_set_value (self->limit_spin, self->beat != NULL
                                               ? hubrota_beat_get_abstraction_limit (self->beat)
                                               : default_limit ());
  if (self->beat != NULL)
    adw_action_row_set_subtitle (self->slug_row, hubrota_beat_get_slug (self->beat));
  self->filling = FALSE;

  gtk_button_set_label (self->save_button, self->adding ? _("_Add") : _("_Save"));
  adw_preferences_group_set_description (self->details_group, self->adding
                                         ? _("Its hotspots, officers and week show once it is added")
                                         : NULL);
  adw_window_title_set_title (self->content_title, self->beat != NULL
                                                   ? hubrota_beat_get_name (self->beat)
                                                   : _("New Beat"));
  update_save (self);
  /* Only the name is an error before anything is typed. */
  if (self->adding)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
      _hubrota_beats_window_show_error (self->details_error, NULL);
    }
}

static void
on_details_changed (HubrotaBeatsWindow *self)
{
  if (!self->filling)
    update_save (self);
}

static gboolean
save (HubrotaBeatsWindow *self)
{
  g_autofree char *name = NULL, *slug = NULL;
  g_autoptr(HubrotaBeat) beat = NULL;
  g_autoptr(GError) error = NULL;
  gboolean stored;
  double limit = 0;

  /* What is typed in the spin button counts, even before Enter. */
  update_save (self);
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)) || !read_limit (self, &limit))
    return FALSE;

  name = hubrota_editable_dup_stripped (GTK_EDITABLE (self->name_row));
  slug = self->adding ? hubrota_slug_from_name (name)
                      : g_strdup (hubrota_beat_get_slug (self->beat));
  beat = hubrota_beat_new (slug, name);
  hubrota_beat_set_abstraction_limit (beat, limit);
  stored = self->adding ? hubrota_store_add_beat (self->store, beat, &error)
                        : hubrota_store_update_beat (self->store, beat, &error);
  if (!stored)
    {
      /* Everything typed stays, with the store's one line under it. */
      _hubrota_beats_window_show_error (self->details_error, error->message);
      return FALSE;
    }

  _hubrota_beats_window_emit_changed (self);
  hubrota_beats_window_show_beat (self, slug);
  return TRUE;
}

static void
on_save_clicked (HubrotaBeatsWindow *self)
{
  save (self);
}

/* Leaving unsaved details: another beat, a new one, or closing the window */

/* Something typed in the details that is not in the store. */
gboolean
_hubrota_beats_window_details_dirty (HubrotaBeatsWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "beat") != 0)
    return FALSE;
  if (self->adding)
    return gtk_editable_get_text (GTK_EDITABLE (self->name_row))[0] != '\0';
  return self->beat != NULL && details_changed (self);
}

/* A beat's page, or (beat NULL) an empty one for a new beat. */
static void
open_page (HubrotaBeatsWindow *self,
           HubrotaBeat        *beat)
{
  if (beat != NULL)
    {
      _hubrota_beats_window_show_page (self, beat);
      return;
    }
  _hubrota_beats_window_select_row (self, NULL);
  _hubrota_beats_window_show_page (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
on_discard_response (HubrotaBeatsWindow *self,
                     const char         *response)
{
  g_autoptr(HubrotaBeat) pending = g_steal_pointer (&self->pending);
  gboolean discard = g_strcmp0 (response, "discard") == 0;

  self->discard_dialog = NULL;
  if (self->closing)
    {
      self->closing = FALSE;
      self->discarded = discard;
      if (discard)
        hubrota_window_close_later (GTK_WINDOW (self));
      return;
    }
  if (discard)
    open_page (self, pending);
  else
    _hubrota_beats_window_select_row (self, self->beat != NULL
                                            ? hubrota_beat_get_slug (self->beat) : NULL);
}

void
_hubrota_beats_window_ask_to_discard (HubrotaBeatsWindow *self)
{
  g_autofree char *body = NULL;

  if (self->adding)
    body = g_strdup (_("The new beat is not added yet."));
  else
    /* Translators: %s is a beat, e.g. "Castle, Bedford" */
    body = g_strdup_printf (_("Your changes to %s are not saved."),
                            hubrota_beat_get_name (self->beat));
  self->discard_dialog = hubrota_dialog_ask (GTK_WINDOW (self), _("Discard Changes?"), body,
                                             "keep", _("_Keep Editing"), "discard", _("_Discard"),
                                             G_CALLBACK (on_discard_response), self);
}

/* Typing is never lost silently: leaving unsaved details asks first. */
void
_hubrota_beats_window_go_to_page (HubrotaBeatsWindow *self,
                                  HubrotaBeat        *beat)
{
  if (!_hubrota_beats_window_details_dirty (self))
    {
      open_page (self, beat);
      return;
    }
  g_set_object (&self->pending, beat);
  if (self->discard_dialog == NULL)
    _hubrota_beats_window_ask_to_discard (self);
}

/* Private API, for the tests */

gboolean
_hubrota_beats_window_answer_discard (HubrotaBeatsWindow *self,
                                      gboolean            discard)
{
  g_autoptr(GtkWidget) dialog = NULL;

  if (self->discard_dialog == NULL)
    return FALSE;
  /* As a click on the button would, without waiting for the dialog to draw. */
  dialog = g_object_ref (self->discard_dialog);
  g_signal_handlers_disconnect_by_data (dialog, self);
  on_discard_response (self, discard ? "discard" : "keep");
  hubrota_alert_close (dialog);
  return TRUE;
}

void
_hubrota_beats_window_set_name (HubrotaBeatsWindow *self,
                                const char         *name)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
}

const char *
_hubrota_beats_window_get_name (HubrotaBeatsWindow *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

void
_hubrota_beats_window_set_limit (HubrotaBeatsWindow *self,
                                 double              percent)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  gtk_editable_set_text (GTK_EDITABLE (self->limit_spin),
                         g_ascii_formatd (text, sizeof text, "%.1f", percent));
}

double
_hubrota_beats_window_get_limit (HubrotaBeatsWindow *self)
{
  double limit = -1;

  read_limit (self, &limit);
  return limit;
}

const char *
_hubrota_beats_window_get_slug (HubrotaBeatsWindow *self)
{
  return adw_action_row_get_subtitle (self->slug_row);
}

gboolean
_hubrota_beats_window_can_save (HubrotaBeatsWindow *self)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)) &&
         gtk_widget_get_visible (GTK_WIDGET (self->save_button));
}

gboolean
_hubrota_beats_window_save (HubrotaBeatsWindow *self)
{
  return save (self);
}

const char *
_hubrota_beats_window_get_details_error (HubrotaBeatsWindow *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->details_error))
         ? gtk_label_get_text (self->details_error) : NULL;
}

gboolean
_hubrota_beats_window_name_has_error (HubrotaBeatsWindow *self)
{
  return gtk_widget_has_css_class (GTK_WIDGET (self->name_row), "error");
}

void
_hubrota_beats_window_class_add_details_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_details_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}
