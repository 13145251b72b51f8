/* hubrota-opening-pane.c: one opening's staff, and the officer picker that adds to it
 *
 * The picker lists every officer, best first as the rule checker ranks them, each with the
 * findings putting them on would add. It is a GtkListView over a GListModel, so only the rows
 * on screen exist, however many officers the force has. Activating a row emits
 * "candidate-activated"; the window decides whether to ask first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOpeningPane"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-candidate-row.h"
#include "hubrota-format.h"
#include "hubrota-opening-card.h"
#include "hubrota-opening-pane.h"

struct _HubrotaOpeningPane
{
  GtkWidget           parent_instance;

  HubrotaOccurrence  *occurrence;
  HubrotaRota        *rota;

  GtkLabel           *title_label;
  GtkLabel           *when_label;
  GtkLabel           *change_label;
  GtkWidget          *actions_box;
  GtkWidget          *restore_button;
  GtkWidget          *unmove_button;
  GtkLabel           *staffing_label;
  GtkListBox         *assigned_list;
  GtkStack           *picker_stack;
  AdwStatusPage      *closed_page;
  GtkSearchEntry     *search_entry;
  GtkWidget          *candidate_list;
  GtkFilterListModel *filtered;
  GListStore         *candidates;
  guint               group_counts[HUBROTA_N_CANDIDATE_GROUPS]; /* in the filtered list */
  GPtrArray          *bound;   /* GtkListItem on screen, whose headings follow the counts */
  GCancellable       *ranking; /* the officers being ranked off the main loop, or NULL */
  char               *assigned_shown; /* the ids the officer rows show, one a line */
};

G_DEFINE_FINAL_TYPE (HubrotaOpeningPane, hubrota_opening_pane, GTK_TYPE_WIDGET)

enum {
  CANDIDATE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
matches_search (gpointer item,
                gpointer user_data)
{
  HubrotaOpeningPane *self = user_data;
  HubrotaOfficer *officer = hubrota_candidate_get_officer (item);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = g_utf8_casefold (text, -1);
  g_autofree char *name = g_utf8_casefold (hubrota_officer_get_name (officer), -1);
  g_autofree char *id = g_utf8_casefold (hubrota_officer_get_id (officer), -1);

  return strstr (name, needle) != NULL || strstr (id, needle) != NULL;
}

static void
on_search_changed (HubrotaOpeningPane *self)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->filtered);

  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void show_heading_of (HubrotaOpeningPane *self,
                             GtkListItem        *item);

/* The groups' sizes, for their headings: counted again whenever the filtered list changes,
 * and the headings on screen said again. */
static void
on_filtered_changed (GListModel         *model,
                     guint               position,
                     guint               removed,
                     guint               added,
                     HubrotaOpeningPane *self)
{
  guint n = g_list_model_get_n_items (model);

  memset (self->group_counts, 0, sizeof self->group_counts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HubrotaCandidate) candidate = g_list_model_get_item (model, i);
      self->group_counts[hubrota_candidate_get_group (candidate)]++;
    }
  for (guint i = 0; i < self->bound->len; i++)
    show_heading_of (self, g_ptr_array_index (self->bound, i));
}

static const char *
group_title (HubrotaCandidateGroup group)
{
  switch (group)
    {
    case HUBROTA_CANDIDATE_OWN_BEAT:
      return _("On Their Own Beat, on Duty");
    case HUBROTA_CANDIDATE_ELSEWHERE:
      return _("Free, From Another Beat or None");
    case HUBROTA_CANDIDATE_WARNINGS:
      return _("Overtime or Over a Limit");
    case HUBROTA_CANDIDATE_ERRORS:
    default:
      return _("Breaks a Rule");
    }
}

/* "Overtime or Over a Limit (12)" above the first row of a group, NULL on the others. */
static char *
group_heading (HubrotaOpeningPane *self,
               guint               position,
               HubrotaCandidate   *candidate)
{
  HubrotaCandidateGroup group = hubrota_candidate_get_group (candidate);
  g_autoptr(HubrotaCandidate) before = NULL;

  if (position > 0)
    before = g_list_model_get_item (G_LIST_MODEL (self->filtered), position - 1);
  if (before != NULL && hubrota_candidate_get_group (before) == group)
    return NULL;
  /* Translators: a group of officers in the picker and how many there are, e.g.
   * "Breaks a Rule (3)" */
  return g_strdup_printf (_("%s (%u)"), group_title (group), self->group_counts[group]);
}

/* Escape in the search clears it, and when it is empty closes the pane, as Escape anywhere
 * else in the window does. */
static void
on_search_stop (HubrotaOpeningPane *self)
{
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    hubrota_opening_pane_clear_search (self);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.close-opening", NULL);
}

/* Enter in the search takes the best officer still listed. */
static void
on_search_activate (HubrotaOpeningPane *self)
{
  g_autoptr(HubrotaCandidate) first = g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);

  if (first != NULL && self->ranking == NULL)
    g_signal_emit (self, signals[CANDIDATE_ACTIVATED], 0, first);
}

static void
show_heading_of (HubrotaOpeningPane *self,
                 GtkListItem        *item)
{
  HubrotaCandidate *candidate = gtk_list_item_get_item (item);
  g_autofree char *heading = NULL;

  if (candidate == NULL)
    return;
  heading = group_heading (self, gtk_list_item_get_position (item), candidate);
  hubrota_candidate_row_set_group (HUBROTA_CANDIDATE_ROW (gtk_list_item_get_child (item)), heading);
}

/* A row that moves (a search removed those above it) may now start its group. */
static void
on_position_changed (GtkListItem        *item,
                     GParamSpec         *pspec,
                     HubrotaOpeningPane *self)
{
  show_heading_of (self, item);
}

static void
on_candidate_setup (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    HubrotaOpeningPane       *self)
{
  gtk_list_item_set_child (item, hubrota_candidate_row_new ());
  g_signal_connect_object (item, "notify::position", G_CALLBACK (on_position_changed), self,
                           G_CONNECT_DEFAULT);
}

static void
on_candidate_bind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   HubrotaOpeningPane       *self)
{
  hubrota_candidate_row_set (HUBROTA_CANDIDATE_ROW (gtk_list_item_get_child (item)),
                             gtk_list_item_get_item (item), self->occurrence, self->rota);
  show_heading_of (self, item);
  g_ptr_array_add (self->bound, item);
}

static void
on_candidate_unbind (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     HubrotaOpeningPane       *self)
{
  g_ptr_array_remove_fast (self->bound, item);
}

static void
on_candidate_activate (GtkListView        *list,
                       guint               position,
                       HubrotaOpeningPane *self)
{
  g_autoptr(HubrotaCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (self->filtered),
                                                                 position);

  if (candidate != NULL && self->ranking == NULL)
    g_signal_emit (self, signals[CANDIDATE_ACTIVATED], 0, candidate);
}

static GtkWidget *
make_assigned_row (HubrotaOpeningPane *self,
                   const char         *id)
{
  HubrotaOfficer *officer = hubrota_rota_get_officer (self->rota, id);
  HubrotaBeat *beat = hubrota_rota_get_officer_beat (self->rota, id);
  g_autofree char *name = officer != NULL ? hubrota_format_officer (officer) : g_strdup (id);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (officer != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 beat != NULL ? hubrota_beat_get_name (beat) : _("No home beat"));

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             hubrota_opening_remove_button_new (self->occurrence, id, name,
                                                                "list-remove-symbolic"));
  return row;
}

static char *
join_ids (GPtrArray *ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (ids, i));
  return g_string_free (text, FALSE);
}

/* The officer rows are made again only when the officers differ (or, after a new read, their
 * names may): the pane is shown again after every change to the rota. */
static void
show_assigned (HubrotaOpeningPane *self,
               gboolean            same_rota)
{
  GPtrArray *assigned = hubrota_occurrence_get_assigned (self->occurrence);
  int needed = hubrota_occurrence_get_min_officers (self->occurrence);
  g_autofree char *ids = join_ids (assigned);
  g_autofree char *staffing = NULL;
  GtkWidget *child;

  if (!same_rota || g_strcmp0 (ids, self->assigned_shown) != 0)
    {
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->assigned_list))) != NULL)
        gtk_list_box_remove (self->assigned_list, child);
      for (guint i = 0; i < assigned->len; i++)
        gtk_list_box_append (self->assigned_list, make_assigned_row (self, g_ptr_array_index (assigned, i)));
      gtk_widget_set_visible (GTK_WIDGET (self->assigned_list), assigned->len > 0);
      g_free (self->assigned_shown);
      self->assigned_shown = g_steal_pointer (&ids);
    }

  /* Translators: a heading, e.g. "On this opening: 1 of 2 needed" */
  staffing = g_strdup_printf (_("On This Opening: %u of %d Needed"), assigned->len, needed);
  gtk_label_set_label (self->staffing_label, staffing);
}

static void
show_heading (HubrotaOpeningPane *self)
{
  const char *hub = hubrota_occurrence_get_hub (self->occurrence);
  const char *hub_name = hubrota_rota_get_hub_name (self->rota, hub);
  GDateTime *start = hubrota_occurrence_get_start (self->occurrence);
  g_autofree char *day = hubrota_format_day (start);
  g_autofree char *hours = hubrota_format_time_range (start, hubrota_occurrence_get_end (self->occurrence));
  g_autofree char *when = NULL;

  gtk_label_set_label (self->title_label, hub_name != NULL ? hub_name : hub);
  /* Translators: when an opening is, e.g. "Saturday 5 December, 10:00–13:00" */
  when = g_strdup_printf (_("%s, %s"), day, hours);
  gtk_label_set_label (self->when_label, when);
}

/* A cancelled opening can only be restored; any other can be moved or cancelled. */
static void
show_change (HubrotaOpeningPane *self)
{
  g_autofree char *change = hubrota_format_change (self->occurrence);
  gboolean cancelled = hubrota_occurrence_get_status (self->occurrence) ==
                       HUBROTA_OCCURRENCE_CANCELLED;

  gtk_label_set_label (self->change_label, change != NULL ? change : "");
  gtk_widget_set_visible (GTK_WIDGET (self->change_label), change != NULL);
  gtk_widget_set_visible (self->actions_box, !cancelled);
  gtk_widget_set_visible (self->restore_button, cancelled);
  gtk_widget_set_visible (self->unmove_button, hubrota_occurrence_get_moved (self->occurrence));
}

static void
on_ranked (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(HubrotaOpeningPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) candidates = hubrota_rota_suggest_finish (HUBROTA_ROTA (source), result,
                                                                 &error);
  g_autofree char *why = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->ranking);
  gtk_widget_set_can_target (self->candidate_list, TRUE);
  if (candidates == NULL)
    {
      g_list_store_remove_all (self->candidates);
      why = g_markup_escape_text (error->message, -1);
      adw_status_page_set_description (self->closed_page, why);
      gtk_stack_set_visible_child_name (self->picker_stack, "closed");
      return;
    }
  g_list_store_splice (self->candidates, 0, g_list_model_get_n_items (G_LIST_MODEL (self->candidates)),
                       candidates->pdata, candidates->len);
  gtk_stack_set_visible_child_name (self->picker_stack, "picker");
}

/* Ranks off the main loop; a ranking for another opening still under way is dropped. */
static void
show_candidates (HubrotaOpeningPane *self)
{
  g_cancellable_cancel (self->ranking);
  g_clear_object (&self->ranking);
  self->ranking = g_cancellable_new ();
  /* The list on show is the last ranking's: not to be picked from (it may hold the officer
   * just put on) until the new one is there, a few milliseconds later. Neither clicks nor
   * Enter reach it meanwhile; making it insensitive would restyle every row (2.5 ms). */
  gtk_widget_set_can_target (self->candidate_list, FALSE);
  hubrota_rota_suggest_async (self->rota, self->occurrence, self->ranking, on_ranked,
                              g_object_ref (self));
}

void
hubrota_opening_pane_show (HubrotaOpeningPane *self,
                           HubrotaOccurrence  *occurrence,
                           HubrotaRota        *rota)
{
  gboolean same_rota = self->rota == rota;

  g_return_if_fail (HUBROTA_IS_OPENING_PANE (self));
  g_return_if_fail (HUBROTA_IS_OCCURRENCE (occurrence));
  g_return_if_fail (HUBROTA_IS_ROTA (rota));

  /* Another opening: its picker starts empty, with no search from the last one. */
  if (self->occurrence == NULL || !hubrota_occurrence_is_same (self->occurrence, occurrence))
    {
      g_list_store_remove_all (self->candidates);
      hubrota_opening_pane_clear_search (self);
    }
  g_set_object (&self->rota, rota);
  g_set_object (&self->occurrence, occurrence);
  show_heading (self);
  show_change (self);
  show_assigned (self, same_rota);
  show_candidates (self);
}

HubrotaOccurrence *
hubrota_opening_pane_get_occurrence (HubrotaOpeningPane *self)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_PANE (self), NULL);
  return self->occurrence;
}

GListModel *
hubrota_opening_pane_get_candidates (HubrotaOpeningPane *self)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_PANE (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

void
hubrota_opening_pane_clear_search (HubrotaOpeningPane *self)
{
  g_return_if_fail (HUBROTA_IS_OPENING_PANE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

gboolean
hubrota_opening_pane_is_ranking (HubrotaOpeningPane *self)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_PANE (self), FALSE);
  return self->ranking != NULL;
}

void
hubrota_opening_pane_focus_search (HubrotaOpeningPane *self)
{
  g_return_if_fail (HUBROTA_IS_OPENING_PANE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
hubrota_opening_pane_dispose (GObject *object)
{
  HubrotaOpeningPane *self = HUBROTA_OPENING_PANE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_OPENING_PANE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->occurrence);
  g_clear_object (&self->rota);
  g_clear_pointer (&self->assigned_shown, g_free);
  g_clear_pointer (&self->bound, g_ptr_array_unref);
  g_cancellable_cancel (self->ranking);
  g_clear_object (&self->ranking);

  G_OBJECT_CLASS (hubrota_opening_pane_parent_class)->dispose (object);
}

static void
hubrota_opening_pane_class_init (HubrotaOpeningPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_opening_pane_dispose;

  signals[CANDIDATE_ACTIVATED] =
    g_signal_new ("candidate-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, HUBROTA_TYPE_CANDIDATE);

  g_type_ensure (HUBROTA_TYPE_CANDIDATE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-opening-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, when_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, change_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, actions_box);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, restore_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, unmove_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, staffing_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, assigned_list);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, picker_stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, closed_page);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, candidate_list);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, filtered);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningPane, candidates);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_activate);
}

static void
hubrota_opening_pane_init (HubrotaOpeningPane *self)
{
  g_autoptr(GtkCustomFilter) filter = NULL;

  self->bound = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  filter = gtk_custom_filter_new (matches_search, self, NULL);
  gtk_filter_list_model_set_filter (self->filtered, GTK_FILTER (filter));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (on_filtered_changed),
                           self, G_CONNECT_DEFAULT);
}
