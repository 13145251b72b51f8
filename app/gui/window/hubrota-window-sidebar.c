/* hubrota-window-sidebar.c: the window's sidebar: hubs grouped by beat, each with its next
 * opening and the worst status of its week on show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-format.h"
#include "hubrota-hub-row.h"
#include "hubrota-window-private.h"

/* How far ahead the sidebar looks for each hub's next opening. */
#define NEXT_OPENING_WEEKS 12

/* The sidebar: hubs grouped by beat, each with its next opening */

static const char *
lookup_beat_name (HubrotaWindow *self,
                  const char    *slug)
{
  const char *name;

  if (slug == NULL)
    return NULL;
  name = g_hash_table_lookup (self->beat_names, slug);
  return name != NULL ? name : slug;
}

static HubrotaHub *
hub_of_row (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "hub") : NULL;
}

/* The sidebar's heading over a hub: its beat, or "Archived" for a hub kept only for its
 * history (listed last, so it can be opened and restored). */
static const char *
group_of (HubrotaWindow *self,
          HubrotaHub    *hub)
{
  const char *beat = hubrota_hub_get_beat (hub);

  if (hubrota_hub_get_archived (hub))
    return _("Archived");
  return beat != NULL ? lookup_beat_name (self, beat) : _("No Beat");
}

static void
set_header (GtkListBoxRow *row,
            GtkListBoxRow *before,
            gpointer       user_data)
{
  HubrotaWindow *self = user_data;
  HubrotaHub *hub = hub_of_row (row);
  HubrotaHub *previous = hub_of_row (before);
  GtkWidget *header;

  if (hub == NULL ||
      (previous != NULL && g_strcmp0 (group_of (self, previous), group_of (self, hub)) == 0))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (group_of (self, hub));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 3);
  gtk_list_box_row_set_header (row, header);
}

static gboolean
matches_hub_search (GtkListBoxRow *row,
                    gpointer       user_data)
{
  HubrotaWindow *self = user_data;
  HubrotaHub *hub = hub_of_row (row);
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->hub_search)), -1);
  g_autofree char *words = NULL;
  g_autofree char *haystack = NULL;

  if (needle[0] == '\0')
    return TRUE;
  if (hub == NULL)
    return FALSE;
  /* The beat's name last: g_strjoin stops at a hub without one. */
  words = g_strjoin (" ", hubrota_hub_get_name (hub), hubrota_hub_get_slug (hub),
                     lookup_beat_name (self, hubrota_hub_get_beat (hub)), NULL);
  haystack = g_utf8_casefold (words, -1);
  return strstr (haystack, needle) != NULL;
}

static void
on_hub_search_changed (HubrotaWindow *self)
{
  gtk_list_box_invalidate_filter (self->hub_list);
}

static GtkWidget *
make_all_hubs_row (void)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (_("All Hubs"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  return row;
}

static int
compare_by_beat (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  HubrotaWindow *self = user_data;
  HubrotaHub *x = *(HubrotaHub **) a, *y = *(HubrotaHub **) b;
  const char *x_beat = lookup_beat_name (self, hubrota_hub_get_beat (x));
  const char *y_beat = lookup_beat_name (self, hubrota_hub_get_beat (y));
  int order;

  /* Archived hubs come last, and before them hubs without a beat. */
  if (hubrota_hub_get_archived (x) != hubrota_hub_get_archived (y))
    return hubrota_hub_get_archived (x) ? 1 : -1;
  if ((x_beat == NULL) != (y_beat == NULL))
    return x_beat == NULL ? 1 : -1;
  order = g_utf8_collate (x_beat != NULL ? x_beat : "", y_beat != NULL ? y_beat : "");
  return order != 0 ? order : g_utf8_collate (hubrota_hub_get_name (x), hubrota_hub_get_name (y));
}

GtkListBoxRow *
_hubrota_window_find_hub_row (HubrotaWindow *self,
                              const char    *slug)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->hub_list, i)) != NULL; i++)
    {
      HubrotaHub *hub = hub_of_row (row);
      if ((hub == NULL && slug == NULL) ||
          (hub != NULL && g_strcmp0 (hubrota_hub_get_slug (hub), slug) == 0))
        return row;
    }
  return NULL;
}

static void
fill_hub_list (HubrotaWindow *self,
               GPtrArray     *hubs)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->hub_list))) != NULL)
    gtk_list_box_remove (self->hub_list, child);

  gtk_list_box_append (self->hub_list, make_all_hubs_row ());
  g_ptr_array_sort_with_data (hubs, compare_by_beat, self);
  for (guint i = 0; i < hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (hubs, i);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), hubrota_hub_row_new ());
      g_object_set_data_full (G_OBJECT (row), "hub", g_object_ref (hub), g_object_unref);
      gtk_list_box_append (self->hub_list, row);
    }
}

/* Reads each hub's next opening from today, for the sidebar's "next" and staffed state. */
void
_hubrota_window_refresh_hub_rows (HubrotaWindow *self)
{
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;
  GDate from, to;

  _hubrota_window_get_today (self, &from);
  to = from;
  g_date_add_days (&to, NEXT_OPENING_WEEKS * 7);
  occurrences = hubrota_store_list_occurrences (self->store, &from, &to, NULL, &error);
  if (occurrences == NULL)
    {
      g_warning ("Could not read the coming openings: %s", error->message);
      return;
    }

  g_hash_table_remove_all (self->next_openings);
  for (guint i = 0; i < occurrences->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      const char *hub = hubrota_occurrence_get_hub (occurrence);

      if (hubrota_occurrence_get_status (occurrence) != HUBROTA_OCCURRENCE_CANCELLED &&
          !g_hash_table_contains (self->next_openings, hub))
        g_hash_table_insert (self->next_openings, g_strdup (hub), g_object_ref (occurrence));
    }

  for (int i = 1; (row = gtk_list_box_get_row_at_index (self->hub_list, i)) != NULL; i++)
    {
      HubrotaHub *hub = hub_of_row (row);
      hubrota_hub_row_set_hub (HUBROTA_HUB_ROW (gtk_list_box_row_get_child (row)), hub,
                               g_hash_table_lookup (self->next_openings, hubrota_hub_get_slug (hub)));
    }
}

static gboolean
load_beat_names (HubrotaWindow  *self,
                 GError        **error)
{
  g_autoptr(GPtrArray) beats = hubrota_store_list_beats (self->store, error);

  if (beats == NULL)
    return FALSE;

  g_hash_table_remove_all (self->beat_names);
  for (guint i = 0; i < beats->len; i++)
    {
      HubrotaBeat *beat = g_ptr_array_index (beats, i);

      g_hash_table_insert (self->beat_names,
                           g_strdup (hubrota_beat_get_slug (beat)),
                           g_strdup (hubrota_beat_get_name (beat)));
    }
  return TRUE;
}

void
_hubrota_window_load_hubs (HubrotaWindow *self)
{
  g_autoptr(GPtrArray) hubs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last_hub = NULL;
  GtkListBoxRow *row;

  if (!load_beat_names (self, &error) ||
      (hubs = hubrota_store_list_hubs (self->store, &error)) == NULL)
    {
      hubrota_window_show_error (self, error);
      return;
    }

  /* Read before filling: selecting a row rewrites last-hub. */
  if (self->settings != NULL)
    last_hub = g_settings_get_string (self->settings, "last-hub");
  fill_hub_list (self, hubs);
  g_clear_pointer (&self->hubs, g_ptr_array_unref);
  self->hubs = g_ptr_array_ref (hubs);
  _hubrota_window_refresh_hub_rows (self);
  gtk_stack_set_visible_child_name (self->week_stack, hubs->len > 0 ? "week" : "first-steps");

  /* Rebuilt after an edit: keep the hub on show; at the start: the one shown last time. */
  if (self->rota != NULL)
    row = _hubrota_window_find_hub_row (self, self->hub);
  else
    row = _hubrota_window_find_hub_row (self, last_hub != NULL && last_hub[0] != '\0' ? last_hub
                                                                                 : NULL);
  gtk_list_box_select_row (self->hub_list, row != NULL ? row : gtk_list_box_get_row_at_index (self->hub_list, 0));
  gtk_stack_set_visible_child_name (self->main_stack, "hubs");
}

/* Above the week of one hub: its name, where it is, and what can be done to it. */
static void
show_hub_bar (HubrotaWindow *self,
              HubrotaHub    *hub)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;
  const char *address = hub != NULL ? hubrota_hub_get_address (hub) : NULL;
  const char *postcode = hub != NULL ? hubrota_hub_get_postcode (hub) : NULL;

  gtk_revealer_set_reveal_child (self->hub_bar_revealer, hub != NULL);
  if (hub == NULL)
    return;
  if (address != NULL && *address != '\0')
    g_ptr_array_add (parts, (gpointer) address);
  if (postcode != NULL && *postcode != '\0')
    g_ptr_array_add (parts, (gpointer) postcode);
  g_ptr_array_add (parts, (gpointer) lookup_beat_name (self, hubrota_hub_get_beat (hub)));
  if (hubrota_hub_get_archived (hub))
    g_ptr_array_add (parts, _("Archived: not in the rota or the calendars"));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_label (self->hub_title, hubrota_hub_get_name (hub));
  gtk_label_set_label (self->hub_subtitle, subtitle);
}

static void
on_hub_row_selected (HubrotaWindow *self,
                     GtkListBoxRow *row)
{
  HubrotaHub *hub = hub_of_row (row);
  const char *slug = hub != NULL ? hubrota_hub_get_slug (hub) : NULL;
  gboolean same = self->rota != NULL && g_strcmp0 (slug, self->hub) == 0;

  if (row == NULL)
    return;
  g_free (self->hub);
  self->hub = g_strdup (slug);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-hub", self->hub != NULL ? self->hub : "");
  show_hub_bar (self, hub);
  _hubrota_window_update_editor_actions (self);

  /* The sidebar rebuilt after an edit picks the same hub again: nothing to move away from. */
  if (same)
    return;
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  if (self->rota != NULL)
    {
      g_clear_object (&self->opened);
      _hubrota_window_show_rota (self);
    }
}

/* A click on the hub already chosen selects nothing new; on a folded window it still goes on
 * to the week, rather than leaving the coordinator on the sidebar. */
static void
on_hub_row_activated (HubrotaWindow *self,
                      GtkListBoxRow *row)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* Each hub's mark in the sidebar: the worst status of its openings in the week on show. */
void
_hubrota_window_show_hub_levels (HubrotaWindow *self)
{
  g_autoptr(GHashTable) levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *week = G_LIST_MODEL (self->week_all);
  GtkListBoxRow *row;

  for (guint i = 0; i < g_list_model_get_n_items (week); i++)
    {
      g_autoptr(HubrotaOpeningStatus) status = g_list_model_get_item (week, i);
      const char *hub = hubrota_occurrence_get_hub (hubrota_opening_status_get_occurrence (status));
      HubrotaStatusLevel level = GPOINTER_TO_INT (g_hash_table_lookup (levels, hub));

      level = hubrota_status_level_worst (level, hubrota_opening_status_get_level (status));
      g_hash_table_insert (levels, g_strdup (hub), GINT_TO_POINTER (level));
    }
  for (int i = 1; (row = gtk_list_box_get_row_at_index (self->hub_list, i)) != NULL; i++)
    {
      const char *slug = hubrota_hub_get_slug (hub_of_row (row));
      hubrota_hub_row_set_level (HUBROTA_HUB_ROW (gtk_list_box_row_get_child (row)),
                                 GPOINTER_TO_INT (g_hash_table_lookup (levels, slug)));
    }
}

void
_hubrota_window_init_sidebar (HubrotaWindow *self)
{
  gtk_list_box_set_header_func (self->hub_list, set_header, self, NULL);
  gtk_list_box_set_filter_func (self->hub_list, matches_hub_search, self, NULL);
}

void
_hubrota_window_class_add_sidebar_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_hub_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_hub_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_hub_row_activated);
}
