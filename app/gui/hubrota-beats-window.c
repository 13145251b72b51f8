/* hubrota-beats-window.c: beats, their hotspots, and how each beat's week is going
 *
 * A coordinator sets each beat's abstraction limit and keeps its list of hotspots here, and
 * sees, for one week at a time, what the hub rota costs the beat: how much of each of its
 * officers' duty the hubs take, and whether the hotspots still get their patrol. The week is
 * read and checked in a worker thread (hubrota_rota_load_async); the details and hotspots
 * come straight from the store, which the window only changes through the core API.
 *
 * What is typed into the details survives anything but choosing another beat: a hotspot
 * added, or a refusal from the store, leaves it as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaBeatsWindow"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hubrota-application.h"
#include "hubrota-beats-window-private.h"
#include "hubrota-dialog-util.h"
#include "hubrota-format.h"

enum { HOTSPOTS, OFFICERS, RISKS, HUBS, N_LISTS };

struct _HubrotaBeatsWindow
{
  AdwWindow             parent_instance;

  HubrotaStore         *store;
  GListStore           *beats;          /* HubrotaBeat, as the sidebar lists them */
  GHashTable           *beat_summaries; /* slug → "2 hubs · 5 officers" */
  GPtrArray            *hotspots;       /* every beat's: their slugs share one namespace */
  GPtrArray            *hubs;
  HubrotaBeat          *beat;           /* the beat on show; NULL when adding one or none */
  gboolean              adding;
  gboolean              filling;        /* widgets being set from the store, not typed */

  GDate                 monday;
  HubrotaRota          *rota;           /* the week of monday, NULL until read */
  GPtrArray            *findings;       /* the rota's */
  GCancellable         *week_loading;

  GPtrArray            *rows[N_LISTS];  /* what each group shows, to take away on a change */
  GtkWidget            *confirm_dialog;
  char                 *removing;       /* the hotspot the confirmation is about */
  GtkWidget            *discard_dialog; /* asks before unsaved details are dropped */
  HubrotaBeat          *pending;        /* what to show once they are; NULL: a new beat */
  gboolean              closing;        /* the question is about closing the window */
  gboolean              discarded;      /* the person chose to close without saving */

  AdwLeaflet           *leaflet;
  GtkListBox           *beat_list;
  AdwWindowTitle       *content_title;
  GtkButton            *save_button;
  GtkStack             *content_stack;
  AdwPreferencesPage   *beat_page;
  AdwPreferencesGroup  *details_group;
  AdwEntryRow          *name_row;
  AdwActionRow         *slug_row;
  GtkSpinButton        *limit_spin;
  GtkLabel             *details_error;
  AdwPreferencesGroup  *hotspots_group;
  AdwEntryRow          *new_hotspot_row;
  GtkButton            *add_hotspot_button;
  GtkLabel             *hotspot_error;
  AdwPreferencesGroup  *week_group;
  GtkSpinner           *week_spinner;
  AdwPreferencesGroup  *officers_group;
  AdwPreferencesGroup  *risks_group;
  AdwPreferencesGroup  *hubs_group;
};

G_DEFINE_FINAL_TYPE (HubrotaBeatsWindow, hubrota_beats_window, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One hotspot's row: its rename popover and what it holds. */
typedef struct
{
  HubrotaBeatsWindow *self;
  char               *slug;
  GtkMenuButton      *rename_button;
  GtkEntry           *entry;
  GtkButton          *apply_button;
  GtkLabel           *error;
} HotspotRow;

static void
hotspot_row_free (HotspotRow *row)
{
  g_free (row->slug);
  g_free (row);
}

static void load_week (HubrotaBeatsWindow *self);
static void show_week (HubrotaBeatsWindow *self);

/* Helpers */

static AdwPreferencesGroup *
group_of (HubrotaBeatsWindow *self,
          int                 which)
{
  AdwPreferencesGroup *groups[] = { self->hotspots_group, self->officers_group, self->risks_group,
                                    self->hubs_group };
  return groups[which];
}

/* A row of plain text (escaped here, as rows take markup); text is what the tests read. */
static GtkWidget *
add_row (HubrotaBeatsWindow *self,
         int                 which,
         const char         *title,
         const char         *subtitle,
         const char         *text)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = subtitle != NULL ? g_markup_escape_text (subtitle, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (escaped_subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  g_object_set_data_full (G_OBJECT (row), "hubrota-text", g_strdup (text != NULL ? text : title),
                          g_free);
  if (which == HOTSPOTS)
    {
      /* Hotspots go above the row that adds one. */
      GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self->new_hotspot_row));
      gtk_list_box_insert (GTK_LIST_BOX (list), row, (int) self->rows[HOTSPOTS]->len);
    }
  else
    adw_preferences_group_add (group_of (self, which), row);
  g_ptr_array_add (self->rows[which], row);
  return row;
}

static void
clear_rows (HubrotaBeatsWindow *self,
            int                 which)
{
  for (guint i = 0; i < self->rows[which]->len; i++)
    adw_preferences_group_remove (group_of (self, which), g_ptr_array_index (self->rows[which], i));
  g_ptr_array_set_size (self->rows[which], 0);
}

/* The rows' texts, one a line. */
static char *
rows_text (HubrotaBeatsWindow *self,
           int                 which)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->rows[which]->len; i++)
    g_string_append_printf (text, "%s\n",
                            (char *) g_object_get_data (g_ptr_array_index (self->rows[which], i),
                                                        "hubrota-text"));
  return g_string_free (text, FALSE);
}

static void
show_error (GtkLabel   *label,
            const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static HubrotaBeat *
find_beat (HubrotaBeatsWindow *self,
           const char         *slug,
           guint              *out_position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->beats));

  for (guint i = 0; slug != NULL && i < n; i++)
    {
      g_autoptr(HubrotaBeat) beat = g_list_model_get_item (G_LIST_MODEL (self->beats), i);
      if (g_strcmp0 (hubrota_beat_get_slug (beat), slug) == 0)
        {
          if (out_position != NULL)
            *out_position = i;
          return beat;
        }
    }
  return NULL;
}

static gboolean
hotspot_taken (HubrotaBeatsWindow *self,
               const char         *slug)
{
  for (guint i = 0; i < self->hotspots->len; i++)
    if (g_strcmp0 (hubrota_hotspot_get_slug (g_ptr_array_index (self->hotspots, i)), slug) == 0)
      return TRUE;
  return FALSE;
}

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

static char *
describe_counts (guint n_hubs,
                 guint n_officers)
{
  g_autofree char *hubs = g_strdup_printf (ngettext ("%u hub", "%u hubs", n_hubs), n_hubs);
  g_autofree char *officers = g_strdup_printf (ngettext ("%u officer", "%u officers", n_officers),
                                               n_officers);

  /* Translators: a beat in the list, e.g. "2 hubs · 5 officers" */
  return g_strdup_printf (_("%s · %s"), hubs, officers);
}

typedef const char *(*GetBeat) (gpointer item);

static guint
count_in_beat (GPtrArray  *items,
               GetBeat     get_beat,
               const char *beat)
{
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    n += g_strcmp0 (get_beat (g_ptr_array_index (items, i)), beat) == 0;
  return n;
}

/* Reads the beats, hubs, hotspots and officers again; FALSE with error when the store fails. */
static gboolean
read_store (HubrotaBeatsWindow  *self,
            GError             **error)
{
  g_autoptr(GPtrArray) beats = hubrota_store_list_beats (self->store, error);
  g_autoptr(GPtrArray) hubs = NULL, hotspots = NULL, officers = NULL;

  if (beats == NULL ||
      (hubs = hubrota_store_list_hubs (self->store, error)) == NULL ||
      (hotspots = hubrota_store_list_hotspots (self->store, error)) == NULL ||
      (officers = hubrota_store_list_officers (self->store, error)) == NULL)
    return FALSE;

  g_hash_table_remove_all (self->beat_summaries);
  for (guint i = 0; i < beats->len; i++)
    {
      const char *slug = hubrota_beat_get_slug (g_ptr_array_index (beats, i));
      guint n_hubs = count_in_beat (hubs, (GetBeat) hubrota_hub_get_beat, slug);
      guint n_officers = count_in_beat (officers, (GetBeat) hubrota_officer_get_beat, slug);
      g_hash_table_insert (self->beat_summaries, g_strdup (slug),
                           describe_counts (n_hubs, n_officers));
    }
  g_ptr_array_unref (self->hubs);
  self->hubs = g_steal_pointer (&hubs);
  g_ptr_array_unref (self->hotspots);
  self->hotspots = g_steal_pointer (&hotspots);

  self->filling = TRUE;
  g_list_store_splice (self->beats, 0, g_list_model_get_n_items (G_LIST_MODEL (self->beats)),
                       beats->pdata, beats->len);
  self->filling = FALSE;
  return TRUE;
}

static void
select_row (HubrotaBeatsWindow *self,
            const char         *slug)
{
  guint position = 0;
  GtkListBoxRow *row = NULL;

  if (find_beat (self, slug, &position) != NULL)
    row = gtk_list_box_get_row_at_index (self->beat_list, (int) position);
  self->filling = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->beat_list, row);
  else
    gtk_list_box_unselect_all (self->beat_list);
  self->filling = FALSE;
}

/* Details */

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
  else if (self->adding && find_beat (self, slug, NULL) != NULL)
    /* Translators: %s is an identifier, e.g. "ampthill" */
    message = g_strdup_printf (_("There is already a beat with the identifier “%s”"), slug);
  hubrota_widget_set_css_class (GTK_WIDGET (self->name_row), "error", message != NULL);

  if (message == NULL && !limit_ok)
    message = g_strdup (_("An abstraction limit is a percentage from 0 to 100"));
  hubrota_widget_set_css_class (GTK_WIDGET (self->limit_spin), "error", !limit_ok);
  show_error (self->details_error, message);
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

static void
fill_details (HubrotaBeatsWindow *self)
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
      show_error (self->details_error, NULL);
    }
}

/* Hotspots */

static void
update_hotspot_rows (HubrotaBeatsWindow *self);

static gboolean
validate_hotspot_name (HubrotaBeatsWindow *self,
                       const char         *typed,
                       const char         *current_slug,
                       char              **out_message)
{
  g_autofree char *name = g_strstrip (g_strdup (typed));
  g_autofree char *slug = hubrota_slug_from_name (name);

  *out_message = NULL;
  if (name[0] == '\0')
    *out_message = g_strdup (_("A hotspot needs a name"));
  else if (current_slug == NULL && slug[0] == '\0')
    *out_message = g_strdup (_("The name needs a letter or a digit, to make the identifier from"));
  else if (current_slug == NULL && hotspot_taken (self, slug))
    /* Translators: %s is an identifier, e.g. "church-street" */
    *out_message = g_strdup_printf (_("There is already a hotspot with the identifier “%s”"), slug);
  return *out_message == NULL;
}

static void
on_new_hotspot_changed (HubrotaBeatsWindow *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->new_hotspot_row));
  g_autofree char *message = NULL;
  gboolean valid = validate_hotspot_name (self, typed, NULL, &message);

  /* An empty row is not a mistake yet. */
  if (typed[0] == '\0')
    g_clear_pointer (&message, g_free);
  hubrota_widget_set_css_class (GTK_WIDGET (self->new_hotspot_row), "error", message != NULL);
  show_error (self->hotspot_error, message);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_hotspot_button), valid && self->beat != NULL);
}

/* After a hotspot changes: the hotspots and their findings again, the details as typed. */
static void
hotspots_written (HubrotaBeatsWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_signal_emit (self, signals[CHANGED], 0);
  if (!read_store (self, &error))
    {
      show_error (self->hotspot_error, error->message);
      return;
    }
  select_row (self, hubrota_beat_get_slug (self->beat));
  update_hotspot_rows (self);
  load_week (self);
}

static void
on_add_hotspot_clicked (HubrotaBeatsWindow *self)
{
  g_autofree char *name = NULL, *slug = NULL;
  g_autoptr(HubrotaHotspot) hotspot = NULL;
  g_autoptr(GError) error = NULL;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->add_hotspot_button)))
    return;
  name = hubrota_editable_dup_stripped (GTK_EDITABLE (self->new_hotspot_row));
  slug = hubrota_slug_from_name (name);
  hotspot = hubrota_hotspot_new (slug, hubrota_beat_get_slug (self->beat), name);
  if (!hubrota_store_add_hotspot (self->store, hotspot, &error))
    {
      show_error (self->hotspot_error, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_hotspot_row), "");
  hotspots_written (self);
}

static void
on_rename_changed (HotspotRow *row)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (row->entry));
  g_autofree char *message = NULL;
  gboolean valid = validate_hotspot_name (row->self, typed, row->slug, &message);

  hubrota_widget_set_css_class (GTK_WIDGET (row->entry), "error", !valid);
  show_error (row->error, message);
  gtk_widget_set_sensitive (GTK_WIDGET (row->apply_button), valid);
}

static HubrotaHotspot *
find_hotspot (HubrotaBeatsWindow *self,
              const char         *slug)
{
  for (guint i = 0; i < self->hotspots->len; i++)
    if (g_strcmp0 (hubrota_hotspot_get_slug (g_ptr_array_index (self->hotspots, i)), slug) == 0)
      return g_ptr_array_index (self->hotspots, i);
  return NULL;
}

static void
on_rename_clicked (HotspotRow *row)
{
  HubrotaBeatsWindow *self = row->self;
  HubrotaHotspot *old = find_hotspot (self, row->slug);
  g_autofree char *name = hubrota_editable_dup_stripped (GTK_EDITABLE (row->entry));
  g_autoptr(HubrotaHotspot) hotspot = NULL;
  g_autoptr(GError) error = NULL;

  if (old == NULL || !gtk_widget_get_sensitive (GTK_WIDGET (row->apply_button)))
    return;
  hotspot = hubrota_hotspot_new (row->slug, hubrota_hotspot_get_beat (old), name);
  if (!hubrota_store_update_hotspot (self->store, hotspot, &error))
    {
      show_error (row->error, error->message);
      return;
    }
  gtk_menu_button_popdown (row->rename_button);
  hotspots_written (self);
}

static void
on_remove_response (HubrotaBeatsWindow *self,
                    const char         *response)
{
  g_autofree char *slug = g_steal_pointer (&self->removing);
  g_autoptr(GError) error = NULL;

  self->confirm_dialog = NULL;
  if (g_strcmp0 (response, "remove") != 0 || slug == NULL)
    return;
  if (!hubrota_store_remove_hotspot (self->store, slug, &error))
    {
      show_error (self->hotspot_error, error->message);
      return;
    }
  hotspots_written (self);
}

static void
on_remove_clicked (HotspotRow *row)
{
  HubrotaBeatsWindow *self = row->self;
  HubrotaHotspot *hotspot = find_hotspot (self, row->slug);
  g_autofree char *heading = NULL;
  const char *body = _("Hubrota will no longer check that it gets a patrol every three days.");

  if (hotspot == NULL)
    return;
  g_free (self->removing);
  self->removing = g_strdup (row->slug);
  /* Translators: %s is a hotspot, e.g. "Remove Church Street Shops?" */
  heading = g_strdup_printf (_("Remove %s?"), hubrota_hotspot_get_name (hotspot));
  self->confirm_dialog = hubrota_alert_new (GTK_WINDOW (self), heading, body);
  hubrota_alert_call (add_responses) (HUBROTA_ALERT (self->confirm_dialog),
                                      "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  hubrota_alert_call (set_response_appearance) (HUBROTA_ALERT (self->confirm_dialog), "remove",
                                                ADW_RESPONSE_DESTRUCTIVE);
  hubrota_alert_call (set_default_response) (HUBROTA_ALERT (self->confirm_dialog), "cancel");
  g_signal_connect_swapped (self->confirm_dialog, "response", G_CALLBACK (on_remove_response), self);
  hubrota_alert_present (self->confirm_dialog, GTK_WINDOW (self));
}

/* The rename popover: the name, what is wrong with it, and Rename. */
static GtkWidget *
make_rename_button (HotspotRow *row,
                    const char *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *button = gtk_menu_button_new ();
  /* Translators: a button's name for screen readers, e.g. "Rename Church Street shops" */
  g_autofree char *label = g_strdup_printf (_("Rename %s"), name);

  row->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (row->entry), name);
  gtk_editable_set_width_chars (GTK_EDITABLE (row->entry), 28);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Hotspot name"), -1);
  row->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (row->error, TRUE);
  gtk_label_set_max_width_chars (row->error, 28);
  gtk_label_set_xalign (row->error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (row->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (row->error), FALSE);
  row->apply_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Rename")));
  gtk_widget_add_css_class (GTK_WIDGET (row->apply_button), "suggested-action");
  gtk_widget_set_halign (GTK_WIDGET (row->apply_button), GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->error));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->apply_button));
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  row->rename_button = GTK_MENU_BUTTON (button);
  gtk_menu_button_set_icon_name (row->rename_button, "document-edit-symbolic");
  gtk_menu_button_set_popover (row->rename_button, popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Rename"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_swapped (row->entry, "changed", G_CALLBACK (on_rename_changed), row);
  g_signal_connect_swapped (row->entry, "activate", G_CALLBACK (on_rename_clicked), row);
  g_signal_connect_swapped (row->apply_button, "clicked", G_CALLBACK (on_rename_clicked), row);
  return button;
}

static GtkWidget *
make_remove_button (HotspotRow *row,
                    const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: a button's name for screen readers, e.g. "Remove Church Street shops" */
  g_autofree char *label = g_strdup_printf (_("Remove %s"), name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_remove_clicked), row);
  return button;
}

static void
update_hotspot_rows (HubrotaBeatsWindow *self)
{
  clear_rows (self, HOTSPOTS);
  for (guint i = 0; self->beat != NULL && i < self->hotspots->len; i++)
    {
      HubrotaHotspot *hotspot = g_ptr_array_index (self->hotspots, i);
      HotspotRow *data;
      GtkWidget *row;

      if (g_strcmp0 (hubrota_hotspot_get_beat (hotspot), hubrota_beat_get_slug (self->beat)) != 0)
        continue;
      row = add_row (self, HOTSPOTS, hubrota_hotspot_get_name (hotspot), NULL, NULL);
      data = g_new0 (HotspotRow, 1);
      data->self = self;
      data->slug = g_strdup (hubrota_hotspot_get_slug (hotspot));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_rename_button (data, hubrota_hotspot_get_name (hotspot)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_remove_button (data, hubrota_hotspot_get_name (hotspot)));
      g_object_set_data_full (G_OBJECT (row), "hubrota-hotspot", data,
                              (GDestroyNotify) hotspot_row_free);
    }
  /* The new hotspot's name may clash with one just added. */
  on_new_hotspot_changed (self);
}

/* The beat page */

static void
show_hubs (HubrotaBeatsWindow *self)
{
  clear_rows (self, HUBS);
  for (guint i = 0; self->beat != NULL && i < self->hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (self->hubs, i);
      const char *address = hubrota_hub_get_address (hub);

      if (g_strcmp0 (hubrota_hub_get_beat (hub), hubrota_beat_get_slug (self->beat)) == 0)
        add_row (self, HUBS, hubrota_hub_get_name (hub),
                 address != NULL && address[0] != '\0' ? address : NULL, NULL);
    }
  adw_preferences_group_set_description (self->hubs_group, self->rows[HUBS]->len == 0
                                                           ? _("No hubs in this beat") : NULL);
}

/* Shows the beat (a copy from the store), or a new one when beat is NULL. */
static void
show_page (HubrotaBeatsWindow *self,
           HubrotaBeat        *beat)
{
  gboolean stored = beat != NULL;

  g_set_object (&self->beat, beat);
  self->adding = !stored;
  gtk_stack_set_visible_child_name (self->content_stack, "beat");
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->hotspots_group), stored);
  gtk_widget_set_visible (GTK_WIDGET (self->week_group), stored);
  gtk_widget_set_visible (GTK_WIDGET (self->officers_group), stored);
  gtk_widget_set_visible (GTK_WIDGET (self->risks_group), stored);
  gtk_widget_set_visible (GTK_WIDGET (self->hubs_group), stored);

  fill_details (self);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->new_hotspot_row), "");
  self->filling = FALSE;
  show_error (self->hotspot_error, NULL);
  update_hotspot_rows (self);
  show_hubs (self);
  show_week (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
show_nothing (HubrotaBeatsWindow *self)
{
  g_clear_object (&self->beat);
  self->adding = FALSE;
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), FALSE);
  adw_window_title_set_title (self->content_title, "");
}

/* The week */

static void
show_busy (HubrotaBeatsWindow *self,
           gboolean            busy)
{
  gtk_spinner_set_spinning (self->week_spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->week_spinner), busy);
}

static void
show_officers (HubrotaBeatsWindow *self)
{
  g_autoptr(GPtrArray) officers = hubrota_rota_get_officers (self->rota);
  const char *slug = hubrota_beat_get_slug (self->beat);

  for (guint i = 0; i < officers->len; i++)
    {
      HubrotaOfficer *officer = g_ptr_array_index (officers, i);
      const char *id = hubrota_officer_get_id (officer);
      HubrotaBeat *beat = hubrota_rota_get_officer_beat (self->rota, id);
      g_autofree char *who = NULL, *words = NULL, *text = NULL;
      double away = 0, on_duty = 0, percent, level;
      GtkWidget *row;

      if (beat == NULL || g_strcmp0 (hubrota_beat_get_slug (beat), slug) != 0 ||
          !hubrota_rota_get_abstraction (self->rota, id, &self->monday, &away, &on_duty))
        continue;
      /* The limit the checker used: the beat as the rota read it. */
      level = hubrota_abstraction_level (away, on_duty, hubrota_beat_get_abstraction_limit (beat),
                                         &percent);
      who = hubrota_format_officer (officer);
      if (on_duty == 0 && away == 0)
        words = g_strdup (_("Not on duty this week"));
      else
        /* Translators: hours at hubs outside the beat, of hours on duty, e.g. "3.0 h of 37.5 h,
         * 8.0%"; one decimal, so 10.4% against a 10% limit does not read as 10% */
        words = g_strdup_printf (_("%.1f h of %.1f h, %.1f%%"), away, on_duty, percent);
      text = g_strdup_printf ("%s: %s%s", who, words, level > 1 ? " [over]" : "");
      row = add_row (self, OFFICERS, who, words, text);
      if (level > 1)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
          gtk_widget_add_css_class (icon, "warning");
          gtk_widget_set_tooltip_text (icon, _("Over the beat’s abstraction limit"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Over the beat’s abstraction limit"), -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
        }
      /* A bar of nothing against nothing says less than the words. */
      if (on_duty > 0 || away > 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), hubrota_abstraction_bar_new (level, words));
    }
}

static void
show_findings (HubrotaBeatsWindow *self)
{
  const char *slug = hubrota_beat_get_slug (self->beat);
  guint at_risk = 0;

  for (guint i = 0; i < self->findings->len; i++)
    {
      HubrotaFinding *finding = g_ptr_array_index (self->findings, i);
      HubrotaRule rule = hubrota_finding_get_rule (finding);
      GtkWidget *row, *icon;

      if (g_strcmp0 (hubrota_finding_get_beat (finding), slug) != 0 ||
          (rule != HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK && rule != HUBROTA_RULE_BEAT_UNCOVERED))
        continue;
      at_risk += rule == HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK;
      row = add_row (self, RISKS, hubrota_finding_get_message (finding), hubrota_format_rule (rule),
                     NULL);
      /* Both rules are errors: the beat is short of the officers it is owed. */
      icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  adw_preferences_group_set_description (self->risks_group, at_risk == 0
                                                            ? _("No hotspot at risk this week")
                                                            : NULL);
}

/* The week's part of the page, from the rota read for it (nothing while it is being read). */
static void
show_week (HubrotaBeatsWindow *self)
{
  g_autofree char *week = hubrota_format_week (&self->monday);
  g_autofree char *limit = NULL;

  adw_preferences_group_set_description (self->week_group, week);
  clear_rows (self, OFFICERS);
  clear_rows (self, RISKS);
  adw_preferences_group_set_description (self->officers_group, NULL);
  adw_preferences_group_set_description (self->risks_group, NULL);
  if (self->beat == NULL || self->rota == NULL)
    return;

  show_officers (self);
  /* Translators: %g is a percentage, e.g. "Time at hubs outside the beat, against its 10% limit" */
  limit = g_strdup_printf (_("Time at hubs outside the beat, against its %g%% limit"),
                           hubrota_beat_get_abstraction_limit (self->beat));
  adw_preferences_group_set_description (self->officers_group,
                                         self->rows[OFFICERS]->len == 0
                                           ? _("No officer has this as their home beat")
                                           : limit);
  show_findings (self);
}

static void
on_week_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HubrotaBeatsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaRota) rota = hubrota_rota_load_finish (HUBROTA_STORE (source), result, &error);

  /* A newer read cancelled this one: it is not the week on show any more. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  show_busy (self, FALSE);
  g_clear_object (&self->week_loading);
  if (rota == NULL)
    {
      adw_preferences_group_set_description (self->officers_group, error->message);
      return;
    }
  g_set_object (&self->rota, rota);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = hubrota_rota_check (rota);
  show_week (self);
}

static void
load_week (HubrotaBeatsWindow *self)
{
  GDate sunday = self->monday;

  g_cancellable_cancel (self->week_loading);
  g_clear_object (&self->week_loading);
  g_clear_object (&self->rota);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  show_week (self);

  g_date_add_days (&sunday, 6);
  self->week_loading = g_cancellable_new ();
  show_busy (self, TRUE);
  hubrota_rota_load_async (self->store, &self->monday, &sunday, self->week_loading, on_week_loaded,
                           g_object_ref (self));
}

static void
move_week (HubrotaBeatsWindow *self,
           int                 weeks)
{
  if (weeks < 0)
    g_date_subtract_days (&self->monday, 7 * -weeks);
  else
    g_date_add_days (&self->monday, 7 * weeks);
  load_week (self);
}

/* Leaving unsaved details: another beat, a new one, or closing the window */

/* Something typed in the details that is not in the store. */
static gboolean
details_dirty (HubrotaBeatsWindow *self)
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
      show_page (self, beat);
      return;
    }
  select_row (self, NULL);
  show_page (self, NULL);
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
    select_row (self, self->beat != NULL ? hubrota_beat_get_slug (self->beat) : NULL);
}

static void
ask_to_discard (HubrotaBeatsWindow *self)
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
static void
go_to_page (HubrotaBeatsWindow *self,
            HubrotaBeat        *beat)
{
  if (!details_dirty (self))
    {
      open_page (self, beat);
      return;
    }
  g_set_object (&self->pending, beat);
  if (self->discard_dialog == NULL)
    ask_to_discard (self);
}

static gboolean
hubrota_beats_window_close_request (GtkWindow *window)
{
  HubrotaBeatsWindow *self = HUBROTA_BEATS_WINDOW (window);

  if (self->discarded || !details_dirty (self))
    return GTK_WINDOW_CLASS (hubrota_beats_window_parent_class)->close_request (window);
  if (self->discard_dialog == NULL)
    {
      self->closing = TRUE;
      ask_to_discard (self);
    }
  return TRUE;
}

/* Signal callbacks */

static void
on_beat_row_selected (HubrotaBeatsWindow *self,
                      GtkListBoxRow      *row)
{
  g_autoptr(HubrotaBeat) beat = NULL;

  if (self->filling || row == NULL)
    return;
  beat = g_list_model_get_item (G_LIST_MODEL (self->beats), gtk_list_box_row_get_index (row));
  if (self->adding || self->beat == NULL ||
      g_strcmp0 (hubrota_beat_get_slug (beat), hubrota_beat_get_slug (self->beat)) != 0)
    go_to_page (self, beat);
}

static void
on_add_beat_clicked (HubrotaBeatsWindow *self)
{
  go_to_page (self, NULL);
}

static void
on_back_clicked (HubrotaBeatsWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
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
      show_error (self->details_error, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[CHANGED], 0);
  hubrota_beats_window_show_beat (self, slug);
  return TRUE;
}

static void
on_save_clicked (HubrotaBeatsWindow *self)
{
  save (self);
}

static void
previous_week_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_week (HUBROTA_BEATS_WINDOW (widget), -1);
}

static void
next_week_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  move_week (HUBROTA_BEATS_WINDOW (widget), 1);
}

static GtkWidget *
create_beat_row (gpointer item,
                 gpointer user_data)
{
  HubrotaBeatsWindow *self = user_data;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (hubrota_beat_get_name (item));
  GtkWidget *subtitle = gtk_label_new (g_hash_table_lookup (self->beat_summaries,
                                                            hubrota_beat_get_slug (item)));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  return box;
}

/* Overrides */

/* Start in the list of beats, not in the name with it selected, ready to be typed over. */
static void
hubrota_beats_window_map (GtkWidget *widget)
{
  HubrotaBeatsWindow *self = HUBROTA_BEATS_WINDOW (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->beat_list);

  GTK_WIDGET_CLASS (hubrota_beats_window_parent_class)->map (widget);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
hubrota_beats_window_dispose (GObject *object)
{
  HubrotaBeatsWindow *self = HUBROTA_BEATS_WINDOW (object);

  g_cancellable_cancel (self->week_loading);
  g_clear_object (&self->week_loading);
  g_clear_object (&self->pending);
  if (self->discard_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->discard_dialog, self);
      hubrota_alert_close (self->discard_dialog);
      self->discard_dialog = NULL;
    }
  if (self->confirm_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->confirm_dialog, self);
      hubrota_alert_close (self->confirm_dialog);
      self->confirm_dialog = NULL;
    }
  g_clear_object (&self->store);
  g_clear_object (&self->beat);
  g_clear_object (&self->rota);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_BEATS_WINDOW);

  G_OBJECT_CLASS (hubrota_beats_window_parent_class)->dispose (object);
}

static void
hubrota_beats_window_finalize (GObject *object)
{
  HubrotaBeatsWindow *self = HUBROTA_BEATS_WINDOW (object);

  g_clear_object (&self->beats);
  g_hash_table_unref (self->beat_summaries);
  g_ptr_array_unref (self->hotspots);
  g_ptr_array_unref (self->hubs);
  g_free (self->removing);
  for (int which = 0; which < N_LISTS; which++)
    g_ptr_array_unref (self->rows[which]);

  G_OBJECT_CLASS (hubrota_beats_window_parent_class)->finalize (object);
}

static void
hubrota_beats_window_class_init (HubrotaBeatsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_beats_window_dispose;
  object_class->finalize = hubrota_beats_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = hubrota_beats_window_close_request;
  widget_class->map = hubrota_beats_window_map;

  /**
   * HubrotaBeatsWindow::changed:
   *
   * Emitted after each change the window wrote to the store.
   */
  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");

  hubrota_dialog_class_set_template (widget_class,
                                     "/io/github/hubrota/Hubrota/hubrota-beats-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, beat_list);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, beat_page);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, details_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, slug_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, limit_spin);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, details_error);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, hotspots_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, new_hotspot_row);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, add_hotspot_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, hotspot_error);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, week_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, week_spinner);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, officers_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, risks_group);
  gtk_widget_class_bind_template_child (widget_class, HubrotaBeatsWindow, hubs_group);
  gtk_widget_class_bind_template_callback (widget_class, on_beat_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_add_beat_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_details_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_new_hotspot_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_hotspot_clicked);

  gtk_widget_class_install_action (widget_class, "beats.previous-week", NULL, previous_week_cb);
  gtk_widget_class_install_action (widget_class, "beats.next-week", NULL, next_week_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "beats.previous-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "beats.next-week", NULL);
  /* The application's Ctrl+W reaches only its own windows, which this is not; as Escape, it
   * goes through close_request, so unsaved details are asked about first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static void
hubrota_beats_window_init (HubrotaBeatsWindow *self)
{
  for (int which = 0; which < N_LISTS; which++)
    self->rows[which] = g_ptr_array_new ();
  self->beats = g_list_store_new (HUBROTA_TYPE_BEAT);
  self->beat_summaries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->hotspots = g_ptr_array_new_with_free_func (g_object_unref);
  self->hubs = g_ptr_array_new_with_free_func (g_object_unref);
  g_date_clear (&self->monday, 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_bind_model (self->beat_list, G_LIST_MODEL (self->beats), create_beat_row, self, NULL);
}

/* Public API */

/**
 * hubrota_beats_window_new:
 * @parent: the window it belongs to
 * @store: the store to show and change
 * @monday: (nullable): a day of the week to show first; %NULL is this week
 *
 * Returns: (transfer floating): a window showing the first beat, not yet presented
 */
GtkWidget *
hubrota_beats_window_new (GtkWindow    *parent,
                          HubrotaStore *store,
                          const GDate  *monday)
{
  HubrotaBeatsWindow *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaBeat) first = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);

  self = g_object_new (HUBROTA_TYPE_BEATS_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  if (monday != NULL && g_date_valid (monday))
    self->monday = *monday;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
      hubrota_date_from_datetime (&self->monday, now);
    }
  hubrota_date_to_monday (&self->monday);

  if (!read_store (self, &error))
    {
      show_nothing (self);
      adw_window_title_set_title (self->content_title, error->message);
      return GTK_WIDGET (self);
    }
  first = g_list_model_get_item (G_LIST_MODEL (self->beats), 0);
  if (first == NULL)
    {
      show_nothing (self);
      return GTK_WIDGET (self);
    }
  hubrota_beats_window_show_beat (self, hubrota_beat_get_slug (first));
  return GTK_WIDGET (self);
}

/**
 * hubrota_beats_window_show_beat:
 *
 * Shows the beat with that slug as the store has it now (nothing happens for an unknown one).
 */
void
hubrota_beats_window_show_beat (HubrotaBeatsWindow *self,
                                const char         *slug)
{
  g_autoptr(GError) error = NULL;
  HubrotaBeat *beat;

  g_return_if_fail (HUBROTA_IS_BEATS_WINDOW (self));
  g_return_if_fail (slug != NULL);

  if (!read_store (self, &error))
    {
      show_error (self->details_error, error->message);
      return;
    }
  beat = find_beat (self, slug, NULL);
  if (beat == NULL)
    {
      /* Reading the list dropped the selection: put back the beat still on show. */
      select_row (self, self->beat != NULL ? hubrota_beat_get_slug (self->beat) : NULL);
      return;
    }
  select_row (self, slug);
  show_page (self, beat);
  /* The week was read before this beat's latest change. */
  load_week (self);
}

/* Private API, for the tests */

const char *
_hubrota_beats_window_get_beat (HubrotaBeatsWindow *self)
{
  return self->beat != NULL ? hubrota_beat_get_slug (self->beat) : NULL;
}

void
_hubrota_beats_window_add_beat (HubrotaBeatsWindow *self)
{
  on_add_beat_clicked (self);
}

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

const char *
_hubrota_beats_window_get_hotspot_error (HubrotaBeatsWindow *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->hotspot_error))
         ? gtk_label_get_text (self->hotspot_error) : NULL;
}

gboolean
_hubrota_beats_window_name_has_error (HubrotaBeatsWindow *self)
{
  return gtk_widget_has_css_class (GTK_WIDGET (self->name_row), "error");
}

gboolean
_hubrota_beats_window_add_hotspot (HubrotaBeatsWindow *self,
                                   const char         *name)
{
  guint before = self->hotspots->len;

  gtk_editable_set_text (GTK_EDITABLE (self->new_hotspot_row), name);
  on_add_hotspot_clicked (self);
  return self->hotspots->len == before + 1;
}

static HotspotRow *
find_hotspot_row (HubrotaBeatsWindow *self,
                  const char         *slug)
{
  for (guint i = 0; i < self->rows[HOTSPOTS]->len; i++)
    {
      HotspotRow *row = g_object_get_data (g_ptr_array_index (self->rows[HOTSPOTS], i),
                                           "hubrota-hotspot");
      if (g_strcmp0 (row->slug, slug) == 0)
        return row;
    }
  return NULL;
}

gboolean
_hubrota_beats_window_rename_hotspot (HubrotaBeatsWindow *self,
                                      const char         *slug,
                                      const char         *name)
{
  HotspotRow *row = find_hotspot_row (self, slug);
  HubrotaHotspot *hotspot;

  g_assert (row != NULL);
  gtk_menu_button_popup (row->rename_button);
  gtk_editable_set_text (GTK_EDITABLE (row->entry), name);
  if (gtk_widget_get_sensitive (GTK_WIDGET (row->apply_button)))
    g_signal_emit_by_name (row->apply_button, "clicked");
  hotspot = find_hotspot (self, slug);
  return hotspot != NULL && g_strcmp0 (hubrota_hotspot_get_name (hotspot), name) == 0;
}

void
_hubrota_beats_window_remove_hotspot (HubrotaBeatsWindow *self,
                                      const char         *slug)
{
  HotspotRow *row = find_hotspot_row (self, slug);

  g_assert (row != NULL);
  on_remove_clicked (row);
}

GtkWidget *
_hubrota_beats_window_get_confirm_dialog (HubrotaBeatsWindow *self)
{
  return self->confirm_dialog;
}

void
_hubrota_beats_window_respond (HubrotaBeatsWindow *self,
                               const char         *response)
{
  g_assert (self->confirm_dialog != NULL);
  hubrota_alert_respond (self->confirm_dialog, response);
}

char *
_hubrota_beats_window_get_hotspot_names (HubrotaBeatsWindow *self)
{
  return rows_text (self, HOTSPOTS);
}

gboolean
_hubrota_beats_window_is_loading (HubrotaBeatsWindow *self)
{
  return self->week_loading != NULL;
}

void
_hubrota_beats_window_wait (HubrotaBeatsWindow *self)
{
  while (_hubrota_beats_window_is_loading (self))
    g_main_context_iteration (NULL, TRUE);
}

const GDate *
_hubrota_beats_window_get_monday (HubrotaBeatsWindow *self)
{
  return &self->monday;
}

char *
_hubrota_beats_window_get_officer_texts (HubrotaBeatsWindow *self)
{
  return rows_text (self, OFFICERS);
}

char *
_hubrota_beats_window_get_risk_texts (HubrotaBeatsWindow *self)
{
  return rows_text (self, RISKS);
}

const char *
_hubrota_beats_window_get_risk_summary (HubrotaBeatsWindow *self)
{
  const char *summary = adw_preferences_group_get_description (self->risks_group);

  return summary != NULL && summary[0] != '\0' ? summary : NULL;
}

char *
_hubrota_beats_window_get_hub_names (HubrotaBeatsWindow *self)
{
  return rows_text (self, HUBS);
}
