/* hubrota-hub-editor.c: the dialog that adds a hub or changes, archives and restores one
 *
 * Every field is checked as it is typed, with the same rules the store applies, so Save is
 * only offered for something the store should take. When the store refuses anyway (the file
 * is read-only, locked, or another program added the same hub meanwhile) the dialog stays
 * open with everything typed and says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaHubEditor"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-dialog-util.h"
#include "hubrota-format.h"
#include "hubrota-hub-editor-private.h"

struct _HubrotaHubEditor
{
  AdwWindow            parent_instance;

  HubrotaStore        *store;
  char                *slug;          /* the hub's; NULL for a new one until it is saved */
  gboolean             is_new;
  gboolean             archived;
  char                *stored_name;   /* as the store has it, for the archive question */
  GPtrArray           *beats;         /* HubrotaBeat, in the order of beat_names */
  GHashTable          *taken;         /* slugs of the hubs already in the store */
  gboolean             slug_edited;   /* typed by the user: stop deriving it from the name */
  gboolean             deriving;      /* the slug row is being set from the name */
  char                *store_message; /* the store's refusal, until the next edit */
  char                *message;

  AdwToastOverlay     *toast_overlay;
  GtkButton           *save_button;
  GtkRevealer         *message_revealer;
  GtkLabel            *message_label;
  AdwEntryRow         *name_row;
  AdwEntryRow         *slug_row;
  AdwActionRow        *slug_info_row;
  AdwComboRow         *beat_row;
  GtkStringList       *beat_names;
  AdwActionRow        *no_beats_row;
  AdwEntryRow         *address_row;
  AdwEntryRow         *postcode_row;
  AdwEntryRow         *latitude_row;
  AdwEntryRow         *longitude_row;
  GtkTextBuffer       *description_buffer;
  AdwPreferencesGroup *archive_group;
  AdwActionRow        *archive_row;
  GtkButton           *archive_button;
};

G_DEFINE_FINAL_TYPE (HubrotaHubEditor, hubrota_hub_editor, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the fields hold, parsed; blocked when Save must stay off, with the problems to show
 * one a line (none for a form that is only incomplete). */
typedef struct
{
  gboolean    blocked;
  GString    *problems;
  gboolean    has_location;
  double      latitude;
  double      longitude;
} Check;

static void
check_clear (Check *check)
{
  if (check->problems != NULL)
    g_string_free (check->problems, TRUE);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Check, check_clear)

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* An empty row is fine (no position); otherwise a whole decimal number within ±limit. */
static gboolean
parse_degrees (const char *text, double limit, gboolean *present, double *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  *present = *stripped != '\0';
  return !*present || hubrota_parse_degrees (stripped, limit, value);
}

static void
mark (AdwEntryRow *row, gboolean wrong)
{
  hubrota_widget_set_css_class (GTK_WIDGET (row), "error", wrong);
}

static void
fail (Check *check, AdwEntryRow *row, char *problem)
{
  mark (row, TRUE);
  check->blocked = TRUE;
  if (check->problems->len > 0)
    g_string_append_c (check->problems, '\n');
  g_string_append (check->problems, problem);
  g_free (problem);
}

static void
check_name_and_slug (HubrotaHubEditor *self, Check *check)
{
  const char *name = text_of (self->name_row);
  const char *slug = text_of (self->slug_row);

  /* An empty name only keeps Save off: no red on a form nobody has typed in yet. */
  if (*name == '\0')
    check->blocked = TRUE;
  else if (is_blank (name))
    fail (check, self->name_row, g_strdup (_("The name cannot be only spaces.")));
  if (!self->is_new)
    return;
  if (*slug == '\0')
    check->blocked = TRUE;
  else if (!hubrota_store_check_slug (slug, NULL))
    fail (check, self->slug_row,
          g_strdup_printf (_("The identifier may hold only lower-case letters, digits and inner "
                             "hyphens, up to %d characters."), HUBROTA_MAX_SLUG_LENGTH));
  else if (g_hash_table_contains (self->taken, slug))
    fail (check, self->slug_row,
          g_strdup_printf (_("There is already a hub with the identifier “%s”."), slug));
}

static void
check_place (HubrotaHubEditor *self, Check *check)
{
  const char *postcode = text_of (self->postcode_row);
  g_autofree char *normal = hubrota_hub_normalise_postcode (postcode);
  gboolean has_latitude, has_longitude;

  if (normal == NULL)
    fail (check, self->postcode_row,
          g_strdup_printf (_("“%s” is not a UK postcode, such as MK42 9AB."), postcode));
  if (!parse_degrees (text_of (self->latitude_row), HUBROTA_MAX_LATITUDE, &has_latitude,
                      &check->latitude))
    fail (check, self->latitude_row,
          g_strdup (_("The latitude must be a number from -90 to 90, such as 52.115.")));
  if (!parse_degrees (text_of (self->longitude_row), HUBROTA_MAX_LONGITUDE, &has_longitude,
                      &check->longitude))
    fail (check, self->longitude_row,
          g_strdup (_("The longitude must be a number from -180 to 180, such as -0.497.")));
  if (has_latitude != has_longitude)
    fail (check, has_latitude ? self->longitude_row : self->latitude_row,
          g_strdup (_("Give both the latitude and the longitude, or neither.")));
  check->has_location = has_latitude && has_longitude;
}

static void
check_fields (HubrotaHubEditor *self, Check *check)
{
  AdwEntryRow *rows[] = { self->name_row, self->slug_row, self->postcode_row,
                          self->latitude_row, self->longitude_row };

  check->problems = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    mark (rows[i], FALSE);
  check_name_and_slug (self, check);
  check_place (self, check);
  if (self->beats->len == 0)
    check->blocked = TRUE;
}

static void
show_message (HubrotaHubEditor *self, const char *message)
{
  g_free (self->message);
  self->message = g_strdup (message != NULL ? message : "");
  gtk_label_set_label (self->message_label, self->message);
  gtk_revealer_set_reveal_child (self->message_revealer, *self->message != '\0');
}

/* Marks what is wrong, explains it, and offers Save only when nothing is. */
static void
validate (HubrotaHubEditor *self)
{
  g_auto(Check) check = { FALSE, };

  check_fields (self, &check);
  show_message (self, self->store_message != NULL ? self->store_message : check.problems->str);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), !check.blocked && self->store != NULL);
}

static char *
description_text (HubrotaHubEditor *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->description_buffer, &start, &end);
  return gtk_text_buffer_get_text (self->description_buffer, &start, &end, FALSE);
}

static const char *
selected_beat (HubrotaHubEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->beat_row);

  if (selected >= self->beats->len)
    return NULL;
  return hubrota_beat_get_slug (g_ptr_array_index (self->beats, selected));
}

static HubrotaHub *
hub_from_fields (HubrotaHubEditor *self, const Check *check)
{
  const char *slug = self->is_new ? text_of (self->slug_row) : self->slug;
  g_autofree char *name = hubrota_editable_dup_stripped (GTK_EDITABLE (self->name_row));
  g_autofree char *description = description_text (self);
  HubrotaHub *hub = hubrota_hub_new (slug, name, selected_beat (self));

  /* The rest as typed: trimming what another program stored would count as a change. */
  hubrota_hub_set_address (hub, text_of (self->address_row));
  hubrota_hub_set_postcode (hub, text_of (self->postcode_row));
  hubrota_hub_set_description (hub, description);
  if (check->has_location)
    hubrota_hub_set_location (hub, check->latitude, check->longitude);
  return hub;
}

/* The store's one-line reason, kept on show until the user changes something. */
static void
show_refusal (HubrotaHubEditor *self, const GError *error)
{
  g_free (self->store_message);
  /* Translators: the store's reason follows, e.g. "there is already a hub ‘bedford’" */
  self->store_message = g_strdup_printf (_("Not saved: %s"), error->message);
  validate (self);
}

static void
normalise_postcode_row (HubrotaHubEditor *self)
{
  g_autofree char *normal = hubrota_hub_normalise_postcode (text_of (self->postcode_row));

  if (normal != NULL && !g_str_equal (normal, text_of (self->postcode_row)))
    gtk_editable_set_text (GTK_EDITABLE (self->postcode_row), normal);
}

static void
save (HubrotaHubEditor *self)
{
  g_auto(Check) check = { FALSE, };
  g_autoptr(HubrotaHub) hub = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  check_fields (self, &check);
  if (check.blocked || self->store == NULL)
    return;
  normalise_postcode_row (self);
  hub = hub_from_fields (self, &check);
  saved = self->is_new ? hubrota_store_add_hub (self->store, hub, &error)
                       : hubrota_store_update_hub (self->store, hub, &error);
  if (!saved)
    {
      show_refusal (self, error);
      return;
    }
  if (self->is_new)
    self->slug = g_strdup (hubrota_hub_get_slug (hub));
  self->is_new = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
show_archived (HubrotaHubEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->archive_group), !self->is_new);
  hubrota_widget_set_css_class (GTK_WIDGET (self->archive_button), "destructive-action",
                                !self->archived);
  if (self->archived)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->archive_row),
                                     _("This hub is archived"));
      adw_action_row_set_subtitle (self->archive_row,
                                   _("It is not in the rota or the public calendars."));
      gtk_button_set_label (self->archive_button, _("Restore Hub"));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->archive_row),
                                     _("Archive hub"));
      adw_action_row_set_subtitle (self->archive_row,
                                   _("For a hub that has closed. Its history is kept."));
      gtk_button_set_label (self->archive_button, _("Archive Hub"));
    }
}

static void
set_archived (HubrotaHubEditor *self, gboolean archived)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!hubrota_store_set_hub_archived (self->store, self->slug, archived, &error))
    {
      show_refusal (self, error);
      return;
    }
  self->archived = archived;
  show_archived (self);
  g_signal_emit (self, signals[CHANGED], 0);
  done = g_strdup_printf (archived ? _("“%s” archived") : _("“%s” restored"), self->stored_name);
  adw_toast_overlay_add_toast (self->toast_overlay, hubrota_toast_new (done));
}

static void
on_archive_response (HubrotaHubEditor *self,
                     const char       *response)
{
  if (g_str_equal (response, "archive"))
    set_archived (self, TRUE);
}

static AdwMessageDialog *
ask_archive (HubrotaHubEditor *self)
{
  /* Translators: %s is a hub, e.g. "Archive Kempston Library?" */
  g_autofree char *heading = g_strdup_printf (_("Archive %s?"), self->stored_name);

  return ADW_MESSAGE_DIALOG (hubrota_dialog_ask (
    GTK_WINDOW (self), heading,
    _("It leaves the rota and the public calendars at the next publish. Its past openings and "
      "history are kept, and it can be restored."),
    "cancel", _("_Cancel"), "archive", _("_Archive"), G_CALLBACK (on_archive_response), self));
}

static void
on_save_clicked (HubrotaHubEditor *self)
{
  save (self);
}

static void
on_entry_activated (HubrotaHubEditor *self)
{
  if (gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    save (self);
}

static void
on_field_changed (HubrotaHubEditor *self)
{
  g_clear_pointer (&self->store_message, g_free);
  validate (self);
}

static void
on_name_changed (HubrotaHubEditor *self)
{
  if (self->is_new && !self->slug_edited)
    {
      g_autofree char *slug = hubrota_slug_from_name (text_of (self->name_row));

      self->deriving = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->slug_row), slug);
      self->deriving = FALSE;
    }
  on_field_changed (self);
}

/* Typing an identifier stops it following the name; clearing it lets it follow again. */
static void
on_slug_changed (HubrotaHubEditor *self)
{
  if (!self->deriving)
    self->slug_edited = *text_of (self->slug_row) != '\0';
  on_field_changed (self);
}

static void
on_archive_clicked (HubrotaHubEditor *self)
{
  if (self->archived)
    set_archived (self, FALSE);
  else
    ask_archive (self);
}

static void
on_postcode_focus_leave (HubrotaHubEditor *self)
{
  /* The row also loses the focus when the dialog is taken apart, its rows already let go:
   * after Enter in it saved, for one. */
  if (self->postcode_row != NULL)
    normalise_postcode_row (self);
}

static void
hubrota_hub_editor_dispose (GObject *object)
{
  HubrotaHubEditor *self = HUBROTA_HUB_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HUBROTA_TYPE_HUB_EDITOR);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hubrota_hub_editor_parent_class)->dispose (object);
}

static void
hubrota_hub_editor_finalize (GObject *object)
{
  HubrotaHubEditor *self = HUBROTA_HUB_EDITOR (object);

  g_clear_pointer (&self->slug, g_free);
  g_clear_pointer (&self->stored_name, g_free);
  g_clear_pointer (&self->beats, g_ptr_array_unref);
  g_clear_pointer (&self->taken, g_hash_table_unref);
  g_clear_pointer (&self->store_message, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (hubrota_hub_editor_parent_class)->finalize (object);
}

static void
hubrota_hub_editor_class_init (HubrotaHubEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_hub_editor_dispose;
  object_class->finalize = hubrota_hub_editor_finalize;

  /* Emitted after each successful write, so the window can read the rota again. */
  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");

  hubrota_dialog_class_set_template (widget_class,
                                     "/io/github/hubrota/Hubrota/hubrota-hub-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, message_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, slug_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, slug_info_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, beat_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, beat_names);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, no_beats_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, postcode_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, latitude_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, longitude_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, description_buffer);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, archive_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, archive_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaHubEditor, archive_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_slug_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_archive_clicked);

}

static void
hubrota_hub_editor_init (HubrotaHubEditor *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->beats = g_ptr_array_new_with_free_func (g_object_unref);
  self->taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->message = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Degrees read left to right in every language: right to left, "-0.497" would show its
   * minus sign at the wrong end. */
  gtk_widget_set_direction (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->latitude_row))),
                            GTK_TEXT_DIR_LTR);
  gtk_widget_set_direction (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->longitude_row))),
                            GTK_TEXT_DIR_LTR);

  /* "mk42 9ab" becomes "MK42 9AB" on leaving the row, not under the cursor while typing. */
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_postcode_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->postcode_row), focus);
}

static void
load_beats (HubrotaHubEditor *self, GError **error)
{
  g_autoptr(GPtrArray) beats = hubrota_store_list_beats (self->store, error);

  if (beats == NULL)
    return;
  for (guint i = 0; i < beats->len; i++)
    {
      HubrotaBeat *beat = g_ptr_array_index (beats, i);

      g_ptr_array_add (self->beats, g_object_ref (beat));
      gtk_string_list_append (self->beat_names, hubrota_beat_get_name (beat));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->beat_row), beats->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_beats_row), beats->len == 0);
}

static void
load_taken (HubrotaHubEditor *self, GError **error)
{
  g_autoptr(GPtrArray) hubs = hubrota_store_list_hubs (self->store, error);

  for (guint i = 0; hubs != NULL && i < hubs->len; i++)
    g_hash_table_add (self->taken, g_strdup (hubrota_hub_get_slug (g_ptr_array_index (hubs, i))));
}

static void
select_beat (HubrotaHubEditor *self, const char *beat)
{
  for (guint i = 0; i < self->beats->len; i++)
    if (g_str_equal (hubrota_beat_get_slug (g_ptr_array_index (self->beats, i)), beat))
      adw_combo_row_set_selected (self->beat_row, i);
}

/* The shortest text that reads back as the same number, so saving an untouched position
 * is no change (and raises no revision). */
static char *
format_degrees (double value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  for (int digits = 6; digits < 17; digits++)
    {
      g_autofree char *format = g_strdup_printf ("%%.%dg", digits);

      g_ascii_formatd (text, sizeof text, format, value);
      if (g_ascii_strtod (text, NULL) == value)
        return g_strdup (text);
    }
  return g_strdup (g_ascii_dtostr (text, sizeof text, value));
}

static void
fill_from_hub (HubrotaHubEditor *self, HubrotaHub *hub)
{
  double lat, lon;

  self->stored_name = g_strdup (hubrota_hub_get_name (hub));
  self->archived = hubrota_hub_get_archived (hub);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), hubrota_hub_get_name (hub));
  adw_action_row_set_subtitle (self->slug_info_row, hubrota_hub_get_slug (hub));
  select_beat (self, hubrota_hub_get_beat (hub));
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), hubrota_hub_get_address (hub));
  gtk_editable_set_text (GTK_EDITABLE (self->postcode_row), hubrota_hub_get_postcode (hub));
  if (hubrota_hub_get_location (hub, &lat, &lon))
    {
      g_autofree char *latitude = format_degrees (lat);
      g_autofree char *longitude = format_degrees (lon);

      gtk_editable_set_text (GTK_EDITABLE (self->latitude_row), latitude);
      gtk_editable_set_text (GTK_EDITABLE (self->longitude_row), longitude);
    }
  gtk_text_buffer_set_text (self->description_buffer, hubrota_hub_get_description (hub), -1);
}

static void
load (HubrotaHubEditor *self, const char *slug)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaHub) hub = NULL;

  load_beats (self, &error);
  if (error == NULL && self->is_new)
    load_taken (self, &error);
  if (error == NULL && !self->is_new && (hub = hubrota_store_get_hub (self->store, slug,
                                                                      &error)) != NULL)
    fill_from_hub (self, hub);
  if (error != NULL)
    {
      /* Nothing to save into: Save stays off and the reason shows. */
      g_clear_object (&self->store);
      self->store_message = g_strdup_printf (_("Cannot read the hubs: %s"), error->message);
    }
}

GtkWidget *
hubrota_hub_editor_new (GtkWindow    *parent,
                        HubrotaStore *store,
                        const char   *slug)
{
  HubrotaHubEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);

  self = g_object_new (HUBROTA_TYPE_HUB_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->is_new = slug == NULL;
  self->slug = g_strdup (slug);
  gtk_window_set_title (GTK_WINDOW (self), self->is_new ? _("New Hub") : _("Edit Hub"));
  gtk_button_set_label (self->save_button, self->is_new ? _("_Add") : _("_Save"));
  gtk_widget_set_visible (GTK_WIDGET (self->slug_row), self->is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->slug_info_row), !self->is_new);
  load (self, slug);
  show_archived (self);
  validate (self);
  hubrota_dialog_focus_first_field (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
  return GTK_WIDGET (self);
}

/* The slug of the hub being edited, or of the new one once it is added; NULL before. */
const char *
hubrota_hub_editor_get_slug (HubrotaHubEditor *self)
{
  g_return_val_if_fail (HUBROTA_IS_HUB_EDITOR (self), NULL);
  return self->slug;
}

static AdwEntryRow *
row_of (HubrotaHubEditor *self, const char *field)
{
  struct { const char *field; AdwEntryRow *row; } rows[] = {
    { "name", self->name_row }, { "slug", self->slug_row }, { "address", self->address_row },
    { "postcode", self->postcode_row }, { "latitude", self->latitude_row },
    { "longitude", self->longitude_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].field, field))
      return rows[i].row;
  return NULL;
}

void
_hubrota_hub_editor_set_text (HubrotaHubEditor *self,
                              const char       *field,
                              const char       *text)
{
  if (g_str_equal (field, "description"))
    gtk_text_buffer_set_text (self->description_buffer, text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (row_of (self, field)), text);
}

const char *
_hubrota_hub_editor_get_text (HubrotaHubEditor *self,
                              const char       *field)
{
  if (g_str_equal (field, "description"))
    {
      g_autofree char *text = description_text (self);

      g_object_set_data_full (G_OBJECT (self), "description-text", g_steal_pointer (&text),
                              g_free);
      return g_object_get_data (G_OBJECT (self), "description-text");
    }
  return text_of (row_of (self, field));
}

gboolean
_hubrota_hub_editor_is_invalid (HubrotaHubEditor *self,
                                const char       *field)
{
  return gtk_widget_has_css_class (GTK_WIDGET (row_of (self, field)), "error");
}

gboolean
_hubrota_hub_editor_set_beat (HubrotaHubEditor *self,
                              const char       *beat)
{
  select_beat (self, beat);
  return g_strcmp0 (selected_beat (self), beat) == 0;
}

gboolean
_hubrota_hub_editor_can_save (HubrotaHubEditor *self)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (self->save_button));
}

const char *
_hubrota_hub_editor_get_message (HubrotaHubEditor *self)
{
  return self->message;
}

gboolean
_hubrota_hub_editor_save (HubrotaHubEditor *self)
{
  if (!_hubrota_hub_editor_can_save (self))
    return FALSE;
  g_signal_emit_by_name (self->save_button, "clicked");
  return TRUE;
}

AdwMessageDialog *
_hubrota_hub_editor_archive (HubrotaHubEditor *self)
{
  if (self->archived)
    {
      set_archived (self, FALSE);
      return NULL;
    }
  return ask_archive (self);
}

gboolean
_hubrota_hub_editor_is_archived (HubrotaHubEditor *self)
{
  return self->archived;
}
