/* hubrota-officers-window.c: the officers, their duty and their time away
 *
 * Everything `hubrota-cli officer add/import`, `duty add` and `leave add` do, for a
 * coordinator who would rather not type RRULEs: a searchable list of officers beside a form
 * for the chosen one. The form checks itself as it is typed (the Save button stays off until
 * everything is valid), and when the store refuses a save the form keeps what was typed and
 * says why. An import runs in a worker thread with its own connection, all or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOfficersWindow"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hubrota-absence-dialog-private.h"
#include "hubrota-dialog-util.h"
#include "hubrota-duty-dialog-private.h"
#include "hubrota-file-chooser.h"
#include "hubrota-format.h"
#include "hubrota-officers-window-private.h"

/* As the store allows (hubrota-store-officers.c). */
#define MAX_COLLAR_LENGTH 16
#define MAX_WEEKLY_HOURS 168.0

struct _HubrotaOfficersWindow
{
  AdwWindow            parent_instance;

  HubrotaStore        *store;
  GListStore          *officers;        /* HubrotaOfficer, in the store's order */
  GPtrArray           *beats;           /* HubrotaBeat, in the store's order */
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filtered;
  GtkSingleSelection  *selection;
  HubrotaOfficer      *shown;           /* the officer in the form; NULL for a new one */
  gboolean             creating;        /* the form is for a new officer */
  gboolean             filling;         /* widgets are being set from the store, not by a person */
  char                *refusal;         /* why the store last refused the form, until it changes */
  char                *form_text;
  GPtrArray           *duty_rows;       /* AdwActionRow */
  GPtrArray           *absence_rows;
  GPtrArray           *duties;          /* HubrotaDuty, what duty_rows show */
  GPtrArray           *absences;        /* HubrotaAbsence */
  GPtrArray           *absence_texts;   /* "Annual leave, 7 Dec – 11 Dec 2026" */
  HubrotaFormDialog   *dialog;          /* the open Add Shift Pattern or Add Time Away dialog */
  GCancellable        *import_cancellable;
  char                *import_name;
  GtkWidget           *import_error_dialog;
  GtkTextBuffer       *import_error_buffer;
  char                *last_toast;
  char                *count_text;
  GtkWidget           *discard_dialog;  /* asks before unsaved changes are dropped */
  HubrotaOfficer      *pending;         /* what to show once they are: an officer, */
  gboolean             pending_new;     /* or a new one */
  gboolean             closing;         /* the question is about closing the window */
  gboolean             discarded;       /* the person chose to close without saving */

  AdwToastOverlay     *toast_overlay;
  GtkWidget           *add_button;
  GtkWidget           *import_button;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *role_filter;
  GtkStringList       *role_filter_model;
  GtkDropDown         *beat_filter;
  GtkStringList       *beat_filter_model;
  GtkWidget           *import_box;
  GtkLabel            *import_label;
  GtkProgressBar      *import_progress;
  GtkStack            *list_stack;
  GtkListView         *officer_list;
  AdwStatusPage       *empty_page;
  GtkLabel            *count_label;
  GtkStack            *detail_stack;
  AdwPreferencesPage  *detail_page;
  AdwPreferencesGroup *details_group;
  GtkButton           *save_button;
  GtkWidget           *collar_info_row;   /* an existing officer's collar number, fixed */
  GtkLabel            *collar_label;
  AdwEntryRow         *collar_row;        /* a new officer's, typed */
  AdwEntryRow         *name_row;
  AdwComboRow         *role_row;
  GtkStringList       *role_model;
  AdwComboRow         *beat_row;
  GtkStringList       *beat_model;
  GtkWidget           *hours_row;
  GtkSpinButton       *hours_spin;
  GtkLabel            *form_message;
  AdwPreferencesGroup *duty_group;
  GtkWidget           *add_duty_button;
  AdwPreferencesGroup *absence_group;
  GtkWidget           *add_absence_button;
};

G_DEFINE_FINAL_TYPE (HubrotaOfficersWindow, hubrota_officers_window, ADW_TYPE_WINDOW)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

#define N_ROLES (HUBROTA_ROLE_VOL + 1)

/* Helpers */

static void
show_toast (HubrotaOfficersWindow *self,
            const char            *title)
{
  g_free (self->last_toast);
  self->last_toast = g_strdup (title);
  adw_toast_overlay_add_toast (self->toast_overlay, hubrota_toast_new (title));
}

static const char *
beat_name (HubrotaOfficersWindow *self,
           const char            *slug)
{
  for (guint i = 0; slug != NULL && i < self->beats->len; i++)
    {
      HubrotaBeat *beat = g_ptr_array_index (self->beats, i);
      if (g_strcmp0 (hubrota_beat_get_slug (beat), slug) == 0)
        return hubrota_beat_get_name (beat);
    }
  return slug;
}

/* The position of the beat in self->beats, or -1. */
static int
beat_index (HubrotaOfficersWindow *self,
            const char            *slug)
{
  for (guint i = 0; slug != NULL && i < self->beats->len; i++)
    if (g_strcmp0 (hubrota_beat_get_slug (g_ptr_array_index (self->beats, i)), slug) == 0)
      return (int) i;
  return -1;
}

static HubrotaOfficer *
find_officer (HubrotaOfficersWindow *self,
              const char            *id,
              guint                 *out_position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->officers));

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(HubrotaOfficer) officer = g_list_model_get_item (G_LIST_MODEL (self->officers), i);
      if (g_strcmp0 (hubrota_officer_get_id (officer), id) == 0)
        {
          if (out_position != NULL)
            *out_position = i;
          return officer;
        }
    }
  return NULL;
}

static void
set_error (GtkWidget *widget,
           gboolean   error)
{
  hubrota_widget_set_css_class (widget, "error", error);
}

/* The list pane */

static gboolean
contains_folded (const char *haystack,
                 const char *folded_needle)
{
  g_autofree char *folded = g_utf8_casefold (haystack, -1);

  return strstr (folded, folded_needle) != NULL;
}

static gboolean
officer_matches (gpointer item,
                 gpointer user_data)
{
  HubrotaOfficersWindow *self = user_data;
  HubrotaOfficer *officer = item;
  const char *beat = hubrota_officer_get_beat (officer);
  guint role_index = gtk_drop_down_get_selected (self->role_filter);
  guint beat_choice = gtk_drop_down_get_selected (self->beat_filter);
  g_autofree char *search = NULL;

  if (role_index != GTK_INVALID_LIST_POSITION && role_index > 0 &&
      (guint) hubrota_officer_get_role (officer) != role_index - 1)
    return FALSE;
  if (beat_choice == 1 && beat != NULL)
    return FALSE;
  if (beat_choice != GTK_INVALID_LIST_POSITION && beat_choice >= 2 &&
      beat_index (self, beat) != (int) beat_choice - 2)
    return FALSE;

  search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_strstrip (search);
  return search[0] == '\0' || contains_folded (hubrota_officer_get_name (officer), search) ||
         contains_folded (hubrota_officer_get_id (officer), search);
}

static void
update_count (HubrotaOfficersWindow *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->officers));

  g_free (self->count_text);
  if (shown == total)
    self->count_text = g_strdup_printf (ngettext ("%u officer", "%u officers", total), total);
  else
    /* Translators: how many officers the search and filters leave, e.g. "12 of 42 officers" */
    self->count_text = g_strdup_printf (ngettext ("%u of %u officer", "%u of %u officers", total),
                                        shown, total);
  gtk_label_set_label (self->count_label, self->count_text);

  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");
  if (total == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Officers"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add an officer, or import a spreadsheet saved as CSV "
                                         "with the header row id,name,role,beat,weekly_hours"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Officers"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try another name, collar number, role or beat"));
    }
}

/* Keeps the list's highlight on the officer in the form, without that counting as a choice. */
static void
select_shown (HubrotaOfficersWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; self->shown != NULL && !self->creating && i < n; i++)
    {
      g_autoptr(HubrotaOfficer) officer = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);
      if (officer == self->shown ||
          g_strcmp0 (hubrota_officer_get_id (officer), hubrota_officer_get_id (self->shown)) == 0)
        position = i;
    }
  self->filling = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->filling = FALSE;
}

static void
on_filter_changed (HubrotaOfficersWindow *self)
{
  if (self->filter == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
  select_shown (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  HubrotaOfficersWindow *self = user_data;
  HubrotaOfficer *officer = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  const char *beat = hubrota_officer_get_beat (officer);
  g_autofree char *title = hubrota_format_officer (officer);
  g_autofree char *subtitle = NULL;

  /* Translators: under an officer in the list, e.g. "PCSO · Kempston" */
  subtitle = g_strdup_printf (_("%s · %s"),
                              hubrota_format_role (hubrota_officer_get_role (officer)),
                              beat != NULL ? beat_name (self, beat) : _("No home beat"));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), title);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (box)), subtitle);
}

static void
fill_beat_models (HubrotaOfficersWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) beats = hubrota_store_list_beats (self->store, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (beats == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->beats, g_ptr_array_unref);
  self->beats = g_steal_pointer (&beats);
  for (guint i = 0; i < self->beats->len; i++)
    g_ptr_array_add (names, (gpointer) hubrota_beat_get_name (g_ptr_array_index (self->beats, i)));
  g_ptr_array_add (names, NULL);

  gtk_string_list_append (self->beat_filter_model, _("All beats"));
  gtk_string_list_append (self->beat_filter_model, _("No home beat"));
  gtk_string_list_splice (self->beat_filter_model, 2, 0, (const char * const *) names->pdata);
  gtk_string_list_append (self->beat_model, _("No home beat"));
  gtk_string_list_splice (self->beat_model, 1, 0, (const char * const *) names->pdata);
}

static void
fill_role_models (HubrotaOfficersWindow *self)
{
  gtk_string_list_append (self->role_filter_model, _("All roles"));
  for (HubrotaRole role = HUBROTA_ROLE_PC; role < N_ROLES; role++)
    {
      gtk_string_list_append (self->role_filter_model, hubrota_format_role (role));
      gtk_string_list_append (self->role_model, hubrota_format_role (role));
    }
}

/* Reads the officers again; the form stays as it is. */
static void
reload_officers (HubrotaOfficersWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) officers = hubrota_store_list_officers (self->store, &error);

  if (officers == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  self->filling = TRUE;
  g_list_store_splice (self->officers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->officers)),
                       officers->pdata, officers->len);
  self->filling = FALSE;
  update_count (self);
  select_shown (self);
}

/* The form */

static double
form_hours (HubrotaOfficersWindow *self)
{
  return gtk_spin_button_get_value (self->hours_spin);
}

static const char *
form_beat (HubrotaOfficersWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->beat_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0 || selected > self->beats->len)
    return NULL;
  return hubrota_beat_get_slug (g_ptr_array_index (self->beats, selected - 1));
}

static HubrotaRole
form_role (HubrotaOfficersWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->role_row);

  return selected < N_ROLES ? (HubrotaRole) selected : HUBROTA_ROLE_PC;
}

static char *
form_name (HubrotaOfficersWindow *self)
{
  return hubrota_editable_dup_stripped (GTK_EDITABLE (self->name_row));
}

/* NULL when the collar number would do for a new officer, else why not. */
static char *
check_collar (HubrotaOfficersWindow *self,
              const char            *collar)
{
  HubrotaOfficer *taken;

  if (strlen (collar) > MAX_COLLAR_LENGTH)
    return g_strdup_printf (_("A collar number has at most %d letters and digits"),
                            MAX_COLLAR_LENGTH);
  for (const char *p = collar; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return g_strdup (_("A collar number has only letters and digits, e.g. PC1234"));
  taken = find_officer (self, collar, NULL);
  if (taken != NULL)
    {
      g_autofree char *who = hubrota_format_officer (taken);
      /* Translators: %s is an officer, e.g. "Sam Patel (PC1234)" */
      return g_strdup_printf (_("That collar number is taken by %s"), who);
    }
  return NULL;
}

static gboolean
form_differs (HubrotaOfficersWindow *self,
              const char            *name)
{
  if (self->creating || self->shown == NULL)
    return TRUE;
  return g_strcmp0 (name, hubrota_officer_get_name (self->shown)) != 0 ||
         form_role (self) != hubrota_officer_get_role (self->shown) ||
         g_strcmp0 (form_beat (self), hubrota_officer_get_beat (self->shown)) != 0 ||
         fabs (form_hours (self) - hubrota_officer_get_weekly_hours (self->shown)) > 1e-9;
}

static void
set_form_message (HubrotaOfficersWindow *self,
                  const char            *text,
                  gboolean               error)
{
  g_free (self->form_text);
  self->form_text = g_strdup (text != NULL ? text : "");
  gtk_label_set_label (self->form_message, self->form_text);
  gtk_widget_set_visible (GTK_WIDGET (self->form_message), text != NULL);
  hubrota_widget_set_css_class (GTK_WIDGET (self->form_message), "error", error);
  hubrota_widget_set_css_class (GTK_WIDGET (self->form_message), "dim-label", !error);
}

/* Marks what is wrong as it is typed, and allows Save only for a valid change. An empty
 * field in a new officer is not yet an error, just not finished. */
static void
validate_form (HubrotaOfficersWindow *self)
{
  const char *collar = gtk_editable_get_text (GTK_EDITABLE (self->collar_row));
  g_autofree char *name = form_name (self);
  g_autofree char *collar_problem = self->creating ? check_collar (self, collar) : NULL;
  const char *raw_name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  gboolean name_bad = (!self->creating && name[0] == '\0') || strpbrk (raw_name, "\t\n\r") != NULL;
  gboolean hours_bad = form_hours (self) > MAX_WEEKLY_HOURS;
  gboolean unfinished = self->creating && (collar[0] == '\0' || name[0] == '\0');
  gboolean changed = form_differs (self, name);

  set_error (GTK_WIDGET (self->collar_row), collar_problem != NULL);
  set_error (GTK_WIDGET (self->name_row), name_bad);
  set_error (self->hours_row, hours_bad);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button),
                            collar_problem == NULL && !name_bad && !hours_bad && !unfinished &&
                            changed);

  if (collar_problem != NULL)
    set_form_message (self, collar_problem, TRUE);
  else if (name_bad)
    set_form_message (self, _("A name is one line of text and cannot be empty"), TRUE);
  else if (hours_bad)
    set_form_message (self, _("Weekly hours must be between 0 and 168"), TRUE);
  else if (self->refusal != NULL)
    set_form_message (self, self->refusal, TRUE);
  else if (unfinished)
    set_form_message (self, _("Enter the collar number and the name"), FALSE);
  else
    set_form_message (self, NULL, FALSE);
}

static void
on_form_changed (HubrotaOfficersWindow *self)
{
  if (self->filling)
    return;
  /* Whatever the store objected to may be what was just changed. */
  g_clear_pointer (&self->refusal, g_free);
  validate_form (self);
}

/* The Duty and Time Away groups */

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
add_item_row (AdwPreferencesGroup *group,
              GPtrArray           *rows,
              const char          *title,
              const char          *subtitle,
              const char          *remove_label,
              GCallback            on_remove,
              gpointer             user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    {
      g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
    }
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (rows->len));
  g_signal_connect_swapped (remove, "clicked", on_remove, user_data);
  g_object_set_data (G_OBJECT (row), "remove-button", remove);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

static void show_items (HubrotaOfficersWindow *self);

/* What a remove button is for: its place in the list it was made for. */
static guint
button_index (GtkWidget *button)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
}

static void
removed (HubrotaOfficersWindow *self,
         gboolean               ok,
         GError                *error,
         const char            *done)
{
  if (!ok)
    {
      g_autofree char *message = hubrota_format_sentence (error->message);
      show_toast (self, message);
    }
  else
    show_toast (self, done);
  show_items (self);
  if (ok)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_remove_duty_clicked (HubrotaOfficersWindow *self,
                        GtkWidget             *button)
{
  HubrotaDuty *duty = g_ptr_array_index (self->duties, button_index (button));
  g_autoptr(GError) error = NULL;
  gboolean ok = hubrota_store_remove_duty (self->store, hubrota_duty_get_id (duty), &error);

  removed (self, ok, error, _("Shift pattern removed"));
}

static void
on_remove_absence_clicked (HubrotaOfficersWindow *self,
                           GtkWidget             *button)
{
  HubrotaAbsence *absence = g_ptr_array_index (self->absences, button_index (button));
  g_autoptr(GError) error = NULL;
  gboolean ok = hubrota_store_remove_absence (self->store, hubrota_absence_get_id (absence),
                                              &error);

  removed (self, ok, error, _("Time away removed"));
}

static void
show_duties (HubrotaOfficersWindow *self)
{
  for (guint i = 0; i < self->duties->len; i++)
    {
      g_autofree char *text = hubrota_format_duty (g_ptr_array_index (self->duties, i));
      add_item_row (self->duty_group, self->duty_rows, text, NULL, _("Remove Shift Pattern"),
                    G_CALLBACK (on_remove_duty_clicked), self);
    }
  adw_preferences_group_set_description (self->duty_group,
                                         self->duties->len == 0
                                           ? _("No shifts yet: every hub opening would be overtime")
                                           : NULL);
}

static void
show_absences (HubrotaOfficersWindow *self)
{
  g_ptr_array_set_size (self->absence_texts, 0);
  for (guint i = 0; i < self->absences->len; i++)
    {
      HubrotaAbsence *absence = g_ptr_array_index (self->absences, i);
      const char *reason = hubrota_absence_get_reason (absence);
      g_autofree char *period = hubrota_format_away (hubrota_absence_get_start (absence),
                                                 hubrota_absence_get_end (absence));
      const char *title = reason[0] != '\0' ? reason : _("Time away");

      add_item_row (self->absence_group, self->absence_rows, title, period, _("Remove Time Away"),
                    G_CALLBACK (on_remove_absence_clicked), self);
      /* Translators: time away, e.g. "Annual leave, 7 Dec – 11 Dec 2026" */
      g_ptr_array_add (self->absence_texts, g_strdup_printf (_("%s, %s"), title, period));
    }
  adw_preferences_group_set_description (self->absence_group,
                                         self->absences->len == 0
                                           ? _("No leave, training or court dates")
                                           : NULL);
}

/* Reads the shown officer's duty and absences again. */
static void
show_items (HubrotaOfficersWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *id = self->shown != NULL ? hubrota_officer_get_id (self->shown) : NULL;
  GPtrArray *duties = NULL, *absences = NULL;

  clear_rows (self->duty_group, self->duty_rows);
  clear_rows (self->absence_group, self->absence_rows);
  g_ptr_array_set_size (self->duties, 0);
  g_ptr_array_set_size (self->absences, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->duty_group), !self->creating && id != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->absence_group), !self->creating && id != NULL);
  if (self->creating || id == NULL)
    return;

  duties = hubrota_store_list_duties (self->store, id, &error);
  if (duties != NULL)
    absences = hubrota_store_list_absences (self->store, id, &error);
  if (error != NULL)
    show_toast (self, error->message);
  if (duties != NULL)
    g_ptr_array_extend_and_steal (self->duties, duties);
  if (absences != NULL)
    g_ptr_array_extend_and_steal (self->absences, absences);
  show_duties (self);
  show_absences (self);
}

/* Fills the form from officer, or empties it for a new one (officer NULL). */
static void
fill_form (HubrotaOfficersWindow *self,
           HubrotaOfficer        *officer)
{
  int beat = officer != NULL ? beat_index (self, hubrota_officer_get_beat (officer)) : -1;

  self->filling = TRUE;
  g_clear_pointer (&self->refusal, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->collar_row),
                         officer != NULL ? hubrota_officer_get_id (officer) : "");
  /* The collar number names the officer everywhere; once stored it never changes. */
  gtk_label_set_label (self->collar_label, officer != NULL ? hubrota_officer_get_id (officer) : "");
  gtk_widget_set_visible (self->collar_info_row, officer != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->collar_row), officer == NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         officer != NULL ? hubrota_officer_get_name (officer) : "");
  adw_combo_row_set_selected (self->role_row, officer != NULL ? hubrota_officer_get_role (officer)
                                                              : HUBROTA_ROLE_PC);
  adw_combo_row_set_selected (self->beat_row, (guint) (beat + 1));
  gtk_spin_button_set_value (self->hours_spin,
                             officer != NULL ? hubrota_officer_get_weekly_hours (officer) : 0);
  gtk_button_set_label (self->save_button, officer != NULL ? _("_Save") : _("_Add"));
  adw_preferences_group_set_title (self->details_group,
                                   officer != NULL ? _("Details") : _("New Officer"));
  self->filling = FALSE;
  validate_form (self);
}

static void
show_officer (HubrotaOfficersWindow *self,
              HubrotaOfficer        *officer)
{
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_set_object (&self->shown, officer);
  self->creating = officer == NULL;
  fill_form (self, officer);
  show_items (self);
  gtk_stack_set_visible_child_name (self->detail_stack, "officer");
  select_shown (self);
}

/* Something typed in the form that is not in the store. */
static gboolean
form_dirty (HubrotaOfficersWindow *self)
{
  g_autofree char *name = form_name (self);

  if (gtk_stack_get_visible_child_name (self->detail_stack) == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "officer") != 0)
    return FALSE;
  if (self->creating)
    return gtk_editable_get_text (GTK_EDITABLE (self->collar_row))[0] != '\0' || name[0] != '\0';
  return self->shown != NULL && form_differs (self, name);
}

static void
show_pending (HubrotaOfficersWindow *self)
{
  g_autoptr(HubrotaOfficer) officer = g_steal_pointer (&self->pending);

  show_officer (self, self->pending_new ? NULL : officer);
  if (self->creating)
    gtk_widget_grab_focus (GTK_WIDGET (self->collar_row));
}

static void
on_discard_response (HubrotaOfficersWindow *self,
                     const char            *response)
{
  self->discard_dialog = NULL;
  if (self->closing)
    {
      self->closing = FALSE;
      self->discarded = g_strcmp0 (response, "discard") == 0;
      if (self->discarded)
        hubrota_window_close_later (GTK_WINDOW (self));
      return;
    }
  if (g_strcmp0 (response, "discard") == 0)
    {
      show_pending (self);
      return;
    }
  g_clear_object (&self->pending);
  select_shown (self);
}

static void
ask_to_discard (HubrotaOfficersWindow *self)
{
  g_autofree char *body = NULL;
  g_autofree char *who = NULL;

  who = self->creating ? g_strdup (_("the new officer")) : hubrota_format_officer (self->shown);
  /* Translators: %s is an officer, e.g. "Sam Patel (PC1234)", or "the new officer" */
  body = g_strdup_printf (_("Your changes to %s are not saved."), who);
  self->discard_dialog = hubrota_dialog_ask (GTK_WINDOW (self), _("Discard Changes?"), body,
                                             "keep", _("_Keep Editing"), "discard", _("_Discard"),
                                             G_CALLBACK (on_discard_response), self);
}

/* Typing is never lost silently: moving to another officer with unsaved changes asks first. */
static void
go_to (HubrotaOfficersWindow *self,
       HubrotaOfficer        *officer)
{
  g_set_object (&self->pending, officer);
  self->pending_new = officer == NULL;
  if (!form_dirty (self))
    {
      show_pending (self);
      return;
    }
  if (self->discard_dialog == NULL)
    ask_to_discard (self);
}

/* Nor by closing the window: the same question first. */
static gboolean
hubrota_officers_window_close_request (GtkWindow *window)
{
  HubrotaOfficersWindow *self = HUBROTA_OFFICERS_WINDOW (window);

  if (self->discarded || !form_dirty (self))
    return GTK_WINDOW_CLASS (hubrota_officers_window_parent_class)->close_request (window);
  if (self->discard_dialog == NULL)
    {
      self->closing = TRUE;
      ask_to_discard (self);
    }
  return TRUE;
}

static void
on_selection_changed (HubrotaOfficersWindow *self)
{
  HubrotaOfficer *officer = gtk_single_selection_get_selected_item (self->selection);

  if (self->filling || officer == NULL || officer == self->shown)
    return;
  go_to (self, officer);
}

static void
on_add_clicked (HubrotaOfficersWindow *self)
{
  go_to (self, NULL);
}

static void
on_save_clicked (HubrotaOfficersWindow *self)
{
  g_autofree char *name = form_name (self);
  g_autofree char *collar = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->collar_row)));
  g_autoptr(HubrotaOfficer) officer = hubrota_officer_new (collar, name, form_role (self),
                                                           form_beat (self), form_hours (self));
  g_autoptr(GError) error = NULL;
  gboolean created = self->creating;
  g_autofree char *done = NULL;
  gboolean ok = created ? hubrota_store_add_officer (self->store, officer, &error)
                        : hubrota_store_update_officer (self->store, officer, &error);

  if (!ok)
    {
      /* Everything typed stays; the line under the form says why, until something changes. */
      g_free (self->refusal);
      self->refusal = hubrota_format_sentence (error->message);
      validate_form (self);
      return;
    }
  reload_officers (self);
  show_officer (self, find_officer (self, collar, NULL));
  /* Translators: a toast, e.g. "Added Sam Patel" or "Saved Sam Patel" */
  done = g_strdup_printf (created ? _("Added %s") : _("Saved %s"), name);
  show_toast (self, done);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The Add Shift Pattern and Add Time Away dialogs */

static void
on_dialog_changed (HubrotaOfficersWindow *self,
                   HubrotaFormDialog     *dialog)
{
  show_items (self);
  show_toast (self, HUBROTA_IS_DUTY_DIALOG (dialog) ? _("Shift pattern added")
                                                    : _("Time away added"));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* One at a time, for the officer shown; the window hears when it has added. */
static HubrotaFormDialog *
open_dialog (HubrotaOfficersWindow *self,
             gboolean               shift)
{
  GtkWidget *dialog = shift ? hubrota_duty_dialog_new (GTK_WINDOW (self), self->store, self->shown)
                            : hubrota_absence_dialog_new (GTK_WINDOW (self), self->store,
                                                          self->shown);

  g_signal_connect_object (dialog, "changed", G_CALLBACK (on_dialog_changed), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, HUBROTA_FORM_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  return self->dialog;
}

static void
on_add_duty_clicked (HubrotaOfficersWindow *self)
{
  if (self->shown != NULL && !self->creating)
    open_dialog (self, TRUE);
}

static void
on_add_absence_clicked (HubrotaOfficersWindow *self)
{
  if (self->shown != NULL && !self->creating)
    open_dialog (self, FALSE);
}

/* Importing a CSV file */

static void
set_importing (HubrotaOfficersWindow *self,
               gboolean               importing)
{
  gtk_widget_set_visible (self->import_box, importing);
  gtk_widget_set_sensitive (self->import_button, !importing);
  gtk_widget_set_sensitive (self->add_button, !importing);
  if (!importing)
    g_clear_object (&self->import_cancellable);
}

static void
import_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  HubrotaOfficersWindow *self = user_data;
  g_autofree char *text = NULL;

  if (self->import_cancellable == NULL)
    return;
  /* Translators: while importing, e.g. "Checking row 1,200 of 5,000" */
  text = g_strdup_printf (_("Checking row %'u of %'u"), done, total);
  gtk_progress_bar_set_fraction (self->import_progress, total > 0 ? (double) done / total : 1);
  gtk_progress_bar_set_text (self->import_progress, text);
  gtk_progress_bar_set_show_text (self->import_progress, TRUE);
}

/* The store's report, one bad row a line: a quoted field can hold a line break, so a new line
 * starts only at "line N:" (as the command line lays it out). */
static char *
import_report (const char *message)
{
  g_autoptr(GRegex) row_start = g_regex_new ("\n(?=line [0-9]+: )", 0, 0, NULL);
  g_auto(GStrv) parts = g_regex_split (row_start, message, 0);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *line = i == 0 ? hubrota_format_sentence (parts[i]) : g_strdup (parts[i]);
      g_strdelimit (line, "\r\n", ' ');
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_import_error_destroyed (HubrotaOfficersWindow *self)
{
  self->import_error_dialog = NULL;
  self->import_error_buffer = NULL;
}

static void
show_import_error (HubrotaOfficersWindow *self,
                   const GError          *error)
{
  g_autofree char *report = import_report (error->message);
  g_autofree char *body = NULL;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  /* Translators: %s is the file's name */
  if (self->import_error_dialog != NULL)
    hubrota_alert_close (self->import_error_dialog);
  body = g_strdup_printf (_("Fix these rows in %s and import it again. Its first row must be "
                            "the header id,name,role,beat,weekly_hours."), self->import_name);
  self->import_error_dialog = hubrota_alert_new (GTK_WINDOW (self), _("Nothing Was Imported"),
                                                 body);
  hubrota_alert_call (add_response) (HUBROTA_ALERT (self->import_error_dialog), "close",
                                     _("_Close"));
  self->import_error_buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (self->import_error_buffer, report, -1);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), 4);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The rows that are wrong"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 440);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  hubrota_alert_call (set_extra_child) (HUBROTA_ALERT (self->import_error_dialog), scrolled);
  hubrota_alert_call (set_close_response) (HUBROTA_ALERT (self->import_error_dialog), "close");
  g_signal_connect_swapped (self->import_error_dialog, "destroy",
                            G_CALLBACK (on_import_error_destroyed), self);
  hubrota_alert_present (self->import_error_dialog, GTK_WINDOW (self));
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HubrotaOfficersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  guint imported = 0;

  if (!hubrota_officer_import_finish (result, &imported, &error))
    {
      if (self->store != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_importing (self, FALSE);
          show_import_error (self, error);
        }
      return;
    }
  if (self->store == NULL)
    return;
  set_importing (self, FALSE);
  reload_officers (self);
  /* Translators: a toast after an import */
  done = g_strdup_printf (ngettext ("Imported %u officer", "Imported %u officers", imported),
                          imported);
  show_toast (self, done);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
file_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HubrotaOfficersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) contents = NULL;
  char *data = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &data, &length, NULL, &error))
    {
      if (self->store != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_importing (self, FALSE);
          show_import_error (self, error);
        }
      return;
    }
  contents = g_bytes_new_take (data, length);
  hubrota_officer_import_async (hubrota_store_get_path (self->store), contents,
                                self->import_cancellable, import_progress_cb, self,
                                import_done_cb, g_object_ref (self));
}

static void
import_file (HubrotaOfficersWindow *self,
             GFile                 *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *label = NULL;

  if (self->import_cancellable != NULL)
    return;
  g_free (self->import_name);
  self->import_name = g_filename_display_name (basename);
  /* Translators: %s is a file name, e.g. "Importing officers.csv…" */
  label = g_strdup_printf (_("Importing %s…"), self->import_name);
  gtk_label_set_label (self->import_label, label);
  gtk_progress_bar_set_fraction (self->import_progress, 0);
  gtk_progress_bar_set_show_text (self->import_progress, FALSE);
  self->import_cancellable = g_cancellable_new ();
  set_importing (self, TRUE);
  g_file_load_contents_async (file, self->import_cancellable, file_loaded_cb, g_object_ref (self));
}

static void
on_csv_chosen (GObject *owner,
               GFile   *file)
{
  HubrotaOfficersWindow *self = HUBROTA_OFFICERS_WINDOW (owner);

  if (file != NULL && self->store != NULL)
    import_file (self, file);
}

static void
on_import_clicked (HubrotaOfficersWindow *self)
{
  hubrota_choose_file (GTK_WINDOW (self), HUBROTA_CHOOSE_CSV, _("Import Officers"), _("_Import"),
                       NULL, G_OBJECT (self), on_csv_chosen);
}

/* The class */

static void
hubrota_officers_window_dispose (GObject *object)
{
  HubrotaOfficersWindow *self = HUBROTA_OFFICERS_WINDOW (object);

  g_clear_weak_pointer (&self->dialog);
  g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_OFFICERS_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->shown);
  g_clear_object (&self->pending);
  g_clear_object (&self->selection);
  g_clear_object (&self->officers);
  g_clear_pointer (&self->beats, g_ptr_array_unref);

  G_OBJECT_CLASS (hubrota_officers_window_parent_class)->dispose (object);
}

static void
hubrota_officers_window_finalize (GObject *object)
{
  HubrotaOfficersWindow *self = HUBROTA_OFFICERS_WINDOW (object);

  g_ptr_array_unref (self->duty_rows);
  g_ptr_array_unref (self->absence_rows);
  g_ptr_array_unref (self->duties);
  g_ptr_array_unref (self->absences);
  g_ptr_array_unref (self->absence_texts);
  g_free (self->refusal);
  g_free (self->form_text);
  g_free (self->import_name);
  g_free (self->last_toast);
  g_free (self->count_text);

  G_OBJECT_CLASS (hubrota_officers_window_parent_class)->finalize (object);
}

static void
hubrota_officers_window_class_init (HubrotaOfficersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_officers_window_dispose;
  object_class->finalize = hubrota_officers_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = hubrota_officers_window_close_request;

  /* After each successful write, so the rota window can read the rota again. */
  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/hubrota/Hubrota/hubrota-officers-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, HubrotaOfficersWindow, name)
  BIND (toast_overlay);
  BIND (add_button);
  BIND (import_button);
  BIND (search_entry);
  BIND (role_filter);
  BIND (role_filter_model);
  BIND (beat_filter);
  BIND (beat_filter_model);
  BIND (import_box);
  BIND (import_label);
  BIND (import_progress);
  BIND (list_stack);
  BIND (officer_list);
  BIND (empty_page);
  BIND (count_label);
  BIND (detail_stack);
  BIND (detail_page);
  BIND (details_group);
  BIND (save_button);
  BIND (collar_info_row);
  BIND (collar_label);
  BIND (collar_row);
  BIND (name_row);
  BIND (role_row);
  BIND (role_model);
  BIND (beat_row);
  BIND (beat_model);
  BIND (hours_row);
  BIND (hours_spin);
  BIND (form_message);
  BIND (duty_group);
  BIND (absence_group);
  BIND (add_duty_button);
  BIND (add_absence_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_form_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_duty_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_absence_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static void
hubrota_officers_window_init (HubrotaOfficersWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->duty_rows = g_ptr_array_new ();
  self->absence_rows = g_ptr_array_new ();
  self->duties = g_ptr_array_new_with_free_func (g_object_unref);
  self->absences = g_ptr_array_new_with_free_func (g_object_unref);
  self->absence_texts = g_ptr_array_new_with_free_func (g_free);
  self->beats = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->officers = g_list_store_new (HUBROTA_TYPE_OFFICER);
  self->filter = gtk_custom_filter_new (officer_matches, self, NULL);
  /* The filter model owns the filter, the selection owns the filter model. */
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->officers)),
                                              GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->officer_list, factory);
  gtk_list_view_set_model (self->officer_list, GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_single_click_activate (self->officer_list, FALSE);
}

/* Public API */

GtkWidget *
hubrota_officers_window_new (GtkWindow    *parent,
                             HubrotaStore *store)
{
  HubrotaOfficersWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);

  /* Part of the application, so its shortcuts work here and it lives while this is open;
   * gone with the rota window, whose store it shares. */
  self = g_object_new (HUBROTA_TYPE_OFFICERS_WINDOW,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->filling = TRUE;
  fill_role_models (self);
  fill_beat_models (self);
  gtk_drop_down_set_selected (self->role_filter, 0);
  gtk_drop_down_set_selected (self->beat_filter, 0);
  self->filling = FALSE;
  reload_officers (self);
  return GTK_WIDGET (self);
}

void
hubrota_officers_window_show_officer (HubrotaOfficersWindow *self,
                                      const char            *id)
{
  HubrotaOfficer *officer;

  g_return_if_fail (HUBROTA_IS_OFFICERS_WINDOW (self));
  g_return_if_fail (id != NULL);

  officer = find_officer (self, id, NULL);
  if (officer == NULL)
    return;
  /* A search or filter that hides the officer would leave the list without its highlight. */
  if (!officer_matches (officer, self))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->role_filter, 0);
      gtk_drop_down_set_selected (self->beat_filter, 0);
      on_filter_changed (self);
    }
  go_to (self, officer);
}

/* For the tests (hubrota-officers-window-private.h) */

void
_hubrota_officers_window_set_search (HubrotaOfficersWindow *self,
                                     const char            *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* search-changed comes after a typing pause; a test need not wait for it. */
  on_filter_changed (self);
}

void
_hubrota_officers_window_set_role_filter (HubrotaOfficersWindow *self,
                                          guint                  role_index)
{
  gtk_drop_down_set_selected (self->role_filter, role_index);
}

void
_hubrota_officers_window_set_beat_filter (HubrotaOfficersWindow *self,
                                          guint                  beat_index)
{
  gtk_drop_down_set_selected (self->beat_filter, beat_index);
}

guint
_hubrota_officers_window_count_rows (HubrotaOfficersWindow *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

const char *
_hubrota_officers_window_get_count_text (HubrotaOfficersWindow *self)
{
  return gtk_label_get_label (self->count_label);
}

const char *
_hubrota_officers_window_get_shown (HubrotaOfficersWindow *self)
{
  return self->shown != NULL && !self->creating ? hubrota_officer_get_id (self->shown) : NULL;
}

void
_hubrota_officers_window_start_new (HubrotaOfficersWindow *self)
{
  g_signal_emit_by_name (self->add_button, "clicked");
}

void
_hubrota_officers_window_set_collar (HubrotaOfficersWindow *self,
                                     const char            *collar)
{
  gtk_editable_set_text (GTK_EDITABLE (self->collar_row), collar);
}

void
_hubrota_officers_window_set_name (HubrotaOfficersWindow *self,
                                   const char            *name)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
}

void
_hubrota_officers_window_set_role (HubrotaOfficersWindow *self,
                                   HubrotaRole            role)
{
  adw_combo_row_set_selected (self->role_row, role);
}

void
_hubrota_officers_window_set_beat (HubrotaOfficersWindow *self,
                                   const char            *beat)
{
  adw_combo_row_set_selected (self->beat_row, (guint) (beat_index (self, beat) + 1));
}

void
_hubrota_officers_window_set_hours (HubrotaOfficersWindow *self,
                                    double                 hours)
{
  gtk_spin_button_set_value (self->hours_spin, hours);
}

const char *
_hubrota_officers_window_get_name (HubrotaOfficersWindow *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

gboolean
_hubrota_officers_window_can_save (HubrotaOfficersWindow *self)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (self->save_button));
}

gboolean
_hubrota_officers_window_save (HubrotaOfficersWindow *self)
{
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    return FALSE;
  g_signal_emit_by_name (self->save_button, "clicked");
  return TRUE;
}

const char *
_hubrota_officers_window_get_form_message (HubrotaOfficersWindow *self)
{
  return self->form_text != NULL ? self->form_text : "";
}

gboolean
_hubrota_officers_window_collar_has_error (HubrotaOfficersWindow *self)
{
  return gtk_widget_has_css_class (GTK_WIDGET (self->collar_row), "error");
}

gboolean
_hubrota_officers_window_add_shift_pattern (HubrotaOfficersWindow *self,
                                            const char            *first_day,
                                            const char            *start_time,
                                            const char            *end_time,
                                            HubrotaRepeat          repeat,
                                            guint                  weekdays,
                                            guint                  every_weeks,
                                            char                 **out_message)
{
  g_signal_emit_by_name (self->add_duty_button, "clicked");
  g_assert (HUBROTA_IS_DUTY_DIALOG (self->dialog));
  _hubrota_duty_dialog_fill (HUBROTA_DUTY_DIALOG (self->dialog), first_day, start_time, end_time,
                             repeat, weekdays, every_weeks);
  return _hubrota_form_dialog_press_add (self->dialog, out_message);
}

gboolean
_hubrota_officers_window_add_time_away (HubrotaOfficersWindow *self,
                                        const char            *from_day,
                                        const char            *from_time,
                                        const char            *to_day,
                                        const char            *to_time,
                                        guint                  reason_index,
                                        const char            *details,
                                        char                 **out_message)
{
  g_signal_emit_by_name (self->add_absence_button, "clicked");
  g_assert (HUBROTA_IS_ABSENCE_DIALOG (self->dialog));
  _hubrota_absence_dialog_fill (HUBROTA_ABSENCE_DIALOG (self->dialog), from_day, from_time,
                                to_day, to_time, reason_index, details);
  return _hubrota_form_dialog_press_add (self->dialog, out_message);
}

guint
_hubrota_officers_window_count_duty_rows (HubrotaOfficersWindow *self)
{
  return self->duty_rows->len;
}

guint
_hubrota_officers_window_count_absence_rows (HubrotaOfficersWindow *self)
{
  return self->absence_rows->len;
}

const char *
_hubrota_officers_window_get_duty_text (HubrotaOfficersWindow *self,
                                        guint                  index)
{
  g_assert_cmpuint (index, <, self->duty_rows->len);
  return adw_preferences_row_get_title (g_ptr_array_index (self->duty_rows, index));
}

const char *
_hubrota_officers_window_get_absence_text (HubrotaOfficersWindow *self,
                                           guint                  index)
{
  g_assert_cmpuint (index, <, self->absence_texts->len);
  return g_ptr_array_index (self->absence_texts, index);
}

static void
click_remove (GPtrArray *rows,
              guint      index)
{
  g_assert_cmpuint (index, <, rows->len);
  g_signal_emit_by_name (g_object_get_data (g_ptr_array_index (rows, index), "remove-button"),
                         "clicked");
}

void
_hubrota_officers_window_remove_duty (HubrotaOfficersWindow *self,
                                      guint                  index)
{
  click_remove (self->duty_rows, index);
}

void
_hubrota_officers_window_remove_absence (HubrotaOfficersWindow *self,
                                         guint                  index)
{
  click_remove (self->absence_rows, index);
}

void
_hubrota_officers_window_import_file (HubrotaOfficersWindow *self,
                                      GFile                 *file)
{
  import_file (self, file);
}

gboolean
_hubrota_officers_window_is_importing (HubrotaOfficersWindow *self)
{
  return self->import_cancellable != NULL;
}

char *
_hubrota_officers_window_get_import_error (HubrotaOfficersWindow *self)
{
  GtkTextIter start, end;

  if (self->import_error_buffer == NULL)
    return NULL;
  gtk_text_buffer_get_bounds (self->import_error_buffer, &start, &end);
  return gtk_text_buffer_get_text (self->import_error_buffer, &start, &end, FALSE);
}

const char *
_hubrota_officers_window_get_last_toast (HubrotaOfficersWindow *self)
{
  return self->last_toast;
}

GtkWindow *
_hubrota_officers_window_open_dialog (HubrotaOfficersWindow *self,
                                      gboolean               shift)
{
  return GTK_WINDOW (open_dialog (self, shift));
}

gboolean
_hubrota_officers_window_answer_discard (HubrotaOfficersWindow *self,
                                         gboolean               discard)
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

GtkWidget *
_hubrota_officers_window_get_import_error_dialog (HubrotaOfficersWindow *self)
{
  return self->import_error_dialog;
}

double
_hubrota_officers_window_get_import_fraction (HubrotaOfficersWindow *self)
{
  return gtk_progress_bar_get_fraction (self->import_progress);
}
