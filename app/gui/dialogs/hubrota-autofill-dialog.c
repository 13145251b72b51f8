/* hubrota-autofill-dialog.c: auto-fill's plan for a period, reviewed before it is stored
 *
 * The plan is made in a worker thread with its own database connection (auto-fill reads the
 * period and eight weeks before it), with a spinner meanwhile. The coordinator then sees what
 * it proposes, officer by officer with what each costs, and the openings it could not fill
 * with why; each proposal's check box is bound to its "accepted" property, so the workspace
 * stores exactly what stays ticked, as one step of the history, checked again inside the
 * transaction that writes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaAutofillDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-autofill-dialog-private.h"
#include "hubrota-dialog-util.h"
#include "hubrota-format.h"

struct _HubrotaAutofillDialog
{
  AdwWindow         parent_instance;

  HubrotaWorkspace *workspace;
  HubrotaPlan      *plan;
  GCancellable     *planning;     /* NULL once the plan is in */
  const char       *page;
  GDate             from;         /* what is planned, to plan again */
  GDate             to;
  char             *hub;
  gboolean          bulk;         /* ticking many at once: the summary follows at the end */
  guint             ticked;

  AdwWindowTitle   *window_title;
  GtkButton        *add_button;
  GtkStack         *stack;
  GtkSpinner       *spinner;
  AdwStatusPage    *status_page;
  GtkLabel         *summary_label;
  GtkWidget        *error_box;
  GtkLabel         *error_label;
  GtkWidget        *proposals_bar;
  GtkLabel         *proposals_heading;
  GtkWidget        *proposals_separator;
  GtkWidget        *proposals_scroller;
  GtkListView      *proposal_list;
  GtkWidget        *shortfalls_box;
  GtkLabel         *shortfalls_heading;
  GtkScrolledWindow *shortfalls_scroller;
  GtkListView      *shortfall_list;
};

G_DEFINE_FINAL_TYPE (HubrotaAutofillDialog, hubrota_autofill_dialog, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char                   *path;
  char                  **hubs;
  HubrotaAutofillOptions  options;
} PlanData;

static void
plan_data_free (gpointer data)
{
  PlanData *plan = data;

  g_free (plan->path);
  g_strfreev (plan->hubs);
  g_free (plan);
}

/* What the ticked proposals add up to, as the summary says it. */
typedef struct
{
  guint  officers;
  guint  openings;
  guint  short_openings;
  double away_hours;
  double overtime_hours;
} Tally;

/* Wording */

/* "3", "2.5": hours to a tenth, without a trailing ".0". */
static char *
format_hours (double hours)
{
  int tenths = (int) (hours * 10 + 0.5);

  if (tenths % 10 == 0)
    return g_strdup_printf ("%d", tenths / 10);
  return g_strdup_printf ("%d.%d", tenths / 10, tenths % 10);
}

/* "Wed 2 Dec – Sun 6 Dec 2026" */
static char *
format_period (const GDate *from,
               const GDate *to)
{
  g_autoptr(GDateTime) first = hubrota_date_to_datetime (from);
  g_autoptr(GDateTime) last = hubrota_date_to_datetime (to);
  g_autofree char *first_day = hubrota_format_short_day (first);
  g_autofree char *last_day = hubrota_format_short_day (last);

  /* Translators: a period, e.g. "Wed 2 Dec – Sun 6 Dec 2026" */
  return g_strdup_printf (_("%s – %s %d"), first_day, last_day, g_date_get_year (to));
}

/* "Farley Library · Sat 5 Dec, 13:00–15:30" */
static char *
format_opening (HubrotaOccurrence *occurrence,
                const char        *hub_name)
{
  g_autofree char *when = hubrota_format_span (hubrota_occurrence_get_start (occurrence),
                                               hubrota_occurrence_get_end (occurrence));

  /* Translators: a hub and when it opens, e.g. "Farley Library · Sat 5 Dec, 13:00–15:30" */
  return g_strdup_printf (_("%s · %s"), hub_name, when);
}

/* "Puts 14 officers on 9 openings; 2 openings stay short; 3 h away from own beats, no
 * overtime." */
static char *
format_summary (const Tally *tally)
{
  g_autofree char *away = format_hours (tally->away_hours);
  g_autofree char *overtime = format_hours (tally->overtime_hours);
  g_autofree char *who = NULL, *where = NULL;
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (tally->officers == 0)
    g_ptr_array_add (clauses, g_strdup (_("Nothing is ticked, so nothing would be stored")));
  else
    {
      /* Translators: "3 officers" in "Puts 3 officers on 2 openings" */
      who = g_strdup_printf (ngettext ("%u officer", "%u officers", tally->officers),
                             tally->officers);
      /* Translators: "2 openings" in "Puts 3 officers on 2 openings" */
      where = g_strdup_printf (ngettext ("%u opening", "%u openings", tally->openings),
                               tally->openings);
      /* Translators: the first %s is "3 officers", the second "2 openings" */
      g_ptr_array_add (clauses, g_strdup_printf (_("Puts %s on %s"), who, where));
    }
  if (tally->short_openings == 0)
    g_ptr_array_add (clauses, g_strdup (_("every opening gets its minimum")));
  else
    g_ptr_array_add (clauses, g_strdup_printf (ngettext ("%u opening stays short",
                                                         "%u openings stay short",
                                                         tally->short_openings),
                                               tally->short_openings));
  if (tally->officers > 0)
    {
      g_autofree char *beats = tally->away_hours > 0
                               ? g_strdup_printf (_("%s h away from own beats"), away)
                               : g_strdup (_("nobody leaves their own beat"));
      g_autofree char *extra = tally->overtime_hours > 0
                               ? g_strdup_printf (_("%s h overtime"), overtime)
                               : g_strdup (_("no overtime"));

      /* Translators: "2 h away from own beats, 3 h overtime" */
      g_ptr_array_add (clauses, g_strdup_printf (C_("costs", "%s, %s"), beats, extra));
    }
  joined = g_strdup (g_ptr_array_index (clauses, 0));
  for (guint i = 1; i < clauses->len; i++)
    {
      /* Translators: joins the clauses of the auto-fill summary, "Puts 3 officers on 2
       * openings; every opening gets its minimum" */
      char *longer = g_strdup_printf (C_("clauses", "%s; %s"), joined,
                                      (char *) g_ptr_array_index (clauses, i));
      g_free (joined);
      joined = longer;
    }
  if (tally->officers == 0)
    return g_steal_pointer (&joined);
  /* Translators: the end of the auto-fill summary sentence */
  return g_strdup_printf (C_("sentence", "%s."), joined);
}

/* The tally of what is ticked */

typedef struct
{
  HubrotaOccurrence *opening;
  guint              ticked;
} OpeningCount;

static OpeningCount *
find_opening (GArray            *counts,
              HubrotaOccurrence *opening)
{
  for (guint i = 0; i < counts->len; i++)
    {
      OpeningCount *count = &g_array_index (counts, OpeningCount, i);

      if (count->opening == opening || hubrota_occurrence_is_same (count->opening, opening))
        return count;
    }
  g_array_append_val (counts, ((OpeningCount) { opening, 0 }));
  return &g_array_index (counts, OpeningCount, counts->len - 1);
}

static gboolean
is_shortfall (HubrotaPlan       *plan,
              HubrotaOccurrence *opening)
{
  GListModel *shortfalls = hubrota_plan_get_shortfalls (plan);

  for (guint i = 0; i < g_list_model_get_n_items (shortfalls); i++)
    {
      g_autoptr(HubrotaShortfall) shortfall = g_list_model_get_item (shortfalls, i);

      if (hubrota_occurrence_is_same (hubrota_shortfall_get_occurrence (shortfall), opening))
        return TRUE;
    }
  return FALSE;
}

/* An opening is left short when the plan could not fill it, or when a proposal for it is
 * unticked. */
static guint
count_short (HubrotaPlan *plan,
             GArray      *counts)
{
  guint n = g_list_model_get_n_items (hubrota_plan_get_shortfalls (plan));

  for (guint i = 0; i < counts->len; i++)
    {
      OpeningCount *count = &g_array_index (counts, OpeningCount, i);
      guint assigned = hubrota_occurrence_get_assigned (count->opening)->len;
      int min = hubrota_occurrence_get_min_officers (count->opening);

      if ((int) (assigned + count->ticked) < min && !is_shortfall (plan, count->opening))
        n++;
    }
  return n;
}

static void
tally_plan (HubrotaPlan *plan,
            Tally       *tally)
{
  GListModel *proposals = hubrota_plan_get_proposals (plan);
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (OpeningCount));

  *tally = (Tally) { 0 };
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) proposal = g_list_model_get_item (proposals, i);
      OpeningCount *count = find_opening (counts, hubrota_proposal_get_occurrence (proposal));

      if (!hubrota_proposal_get_accepted (proposal))
        continue;
      tally->openings += count->ticked == 0;
      count->ticked++;
      tally->officers++;
      tally->away_hours += hubrota_proposal_get_away_hours (proposal);
      tally->overtime_hours += hubrota_proposal_get_overtime_hours (proposal);
    }
  tally->short_openings = count_short (plan, counts);
}

/* What the dialog shows */

static gboolean
showing_plan (HubrotaAutofillDialog *self)
{
  return g_strcmp0 (self->page, "plan") == 0;
}

static void
update_actions (HubrotaAutofillDialog *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n = showing_plan (self) ? g_list_model_get_n_items (hubrota_plan_get_proposals (self->plan))
                                : 0;

  gtk_widget_action_set_enabled (widget, "autofill.add", self->ticked > 0);
  gtk_widget_action_set_enabled (widget, "autofill.accept-all", self->ticked < n);
  gtk_widget_action_set_enabled (widget, "autofill.untick-all", self->ticked > 0);
}

static void
update_add_button (HubrotaAutofillDialog *self)
{
  g_autofree char *label = NULL;

  if (self->ticked == 0)
    {
      gtk_button_set_label (self->add_button, _("_Add Assignments"));
      return;
    }
  label = g_strdup_printf (ngettext ("_Add %u Assignment", "_Add %u Assignments", self->ticked),
                           self->ticked);
  gtk_button_set_label (self->add_button, label);
}

static void
update (HubrotaAutofillDialog *self)
{
  Tally tally = { 0 };
  g_autofree char *summary = NULL;

  if (self->bulk)
    return;
  if (showing_plan (self))
    {
      tally_plan (self->plan, &tally);
      summary = format_summary (&tally);
      gtk_label_set_label (self->summary_label, summary);
    }
  self->ticked = tally.officers;
  update_add_button (self);
  update_actions (self);
}

static void
show_page (HubrotaAutofillDialog *self,
           const char            *page)
{
  self->page = page;
  gtk_stack_set_visible_child_name (self->stack, g_str_equal (page, "empty") ||
                                                 g_str_equal (page, "failed") ? "status" : page);
  gtk_spinner_set_spinning (self->spinner, g_str_equal (page, "planning"));
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), g_str_equal (page, "plan"));
  update (self);
}

static void
show_status (HubrotaAutofillDialog *self,
             const char            *page,
             const char            *icon_name,
             const char            *title,
             const char            *description)
{
  adw_status_page_set_icon_name (self->status_page, icon_name);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  show_page (self, page);
}

/* Rows */

static GtkWidget *
add_label (GtkBox     *box,
           const char *name,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  g_object_set_data (G_OBJECT (box), name, label);
  return label;
}

static GtkLabel *
row_label (GtkWidget  *row,
           const char *name)
{
  return g_object_get_data (G_OBJECT (row), name);
}

static GtkWidget *
new_row (void)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_margin_top (row, 10);
  gtk_widget_set_margin_bottom (row, 10);
  gtk_widget_set_margin_start (row, 18);
  gtk_widget_set_margin_end (row, 18);
  return row;
}

/* A cost as a chip, styled as the opening pane's candidate rows style theirs. */
static void
add_chip (GtkWidget          *chips,
          const char         *text,
          HubrotaStatusLevel  level)
{
  GtkWidget *chip = gtk_label_new (text);

  gtk_widget_add_css_class (chip, "badge");
  gtk_widget_add_css_class (chip, hubrota_format_status_class (level));
  gtk_flow_box_append (GTK_FLOW_BOX (chips), chip);
  /* As wide as its words, not as the line. */
  gtk_widget_set_halign (gtk_widget_get_parent (chip), GTK_ALIGN_START);
  gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
}

static void
show_costs (GtkWidget       *chips,
            HubrotaProposal *proposal)
{
  double away = hubrota_proposal_get_away_hours (proposal);
  double overtime = hubrota_proposal_get_overtime_hours (proposal);
  g_autofree char *away_text = format_hours (away);
  g_autofree char *overtime_text = format_hours (overtime);
  g_autofree char *text = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (chips)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (chips), child);
  if (away > 0)
    {
      /* Translators: hours at the hub away from the officer's own beat, e.g. "2 h away" */
      text = g_strdup_printf (_("%s h away"), away_text);
      add_chip (chips, text, HUBROTA_STATUS_WARNING);
    }
  else if (hubrota_officer_get_beat (hubrota_proposal_get_officer (proposal)) != NULL)
    add_chip (chips, _("On own beat"), HUBROTA_STATUS_STAFFED);
  if (overtime > 0)
    {
      g_free (text);
      text = g_strdup_printf (_("%s h overtime"), overtime_text);
      add_chip (chips, text, HUBROTA_STATUS_WARNING);
    }
  g_free (text);
  /* Translators: an officer's share of hub work before and after the plan, e.g. "Share 3% → 5%" */
  text = g_strdup_printf (_("Share %.0f%% → %.0f%%"), hubrota_proposal_get_share_before (proposal),
                          hubrota_proposal_get_share_after (proposal));
  add_chip (chips, text, HUBROTA_STATUS_CANCELLED);
}

/* Check box with the officer, the opening, the costs, the reason. */
static void
on_proposal_setup (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *row = new_row ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *chips = gtk_flow_box_new ();

  gtk_box_set_spacing (GTK_BOX (row), 2);
  gtk_box_append (GTK_BOX (row), check);
  /* Under the name, past the check box. */
  gtk_widget_set_margin_start (details, 28);
  gtk_box_append (GTK_BOX (row), details);
  add_label (GTK_BOX (details), "opening", "dim-label");
  /* Chips wrap on a narrow window, as the opening pane's do. */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (chips), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (chips), FALSE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (chips), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (chips), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (chips), 4);
  gtk_widget_set_can_target (chips, FALSE);
  gtk_box_append (GTK_BOX (details), chips);
  add_label (GTK_BOX (details), "reason", "caption");
  gtk_widget_add_css_class (GTK_WIDGET (row_label (details, "reason")), "dim-label");
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "details", details);
  g_object_set_data (G_OBJECT (row), "chips", chips);
  gtk_list_item_set_child (item, row);
}

static void
on_proposal_bind (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  HubrotaProposal *proposal = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *details = g_object_get_data (G_OBJECT (row), "details");
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");
  g_autofree char *officer = hubrota_format_officer (hubrota_proposal_get_officer (proposal));
  g_autofree char *opening = format_opening (hubrota_proposal_get_occurrence (proposal),
                                             hubrota_proposal_get_hub_name (proposal));
  GBinding *binding;

  gtk_check_button_set_label (check, officer);
  gtk_label_set_label (row_label (details, "opening"), opening);
  gtk_label_set_label (row_label (details, "reason"), hubrota_proposal_get_reason (proposal));
  show_costs (g_object_get_data (G_OBJECT (row), "chips"), proposal);
  binding = g_object_bind_property (proposal, "accepted", check, "active",
                                    G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (item), "hubrota-binding", binding);
}

static void
on_proposal_unbind (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GBinding *binding = g_object_steal_data (G_OBJECT (item), "hubrota-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
}

/* The opening, how many it still lacks, and why. */
static void
on_shortfall_setup (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *row = new_row ();

  add_label (GTK_BOX (row), "opening", NULL);
  add_label (GTK_BOX (row), "reason", "caption");
  gtk_widget_add_css_class (GTK_WIDGET (row_label (row, "reason")), "dim-label");
  gtk_list_item_set_child (item, row);
}

static void
on_shortfall_bind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  HubrotaShortfall *shortfall = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  int missing = hubrota_shortfall_get_missing (shortfall);
  g_autofree char *opening = format_opening (hubrota_shortfall_get_occurrence (shortfall),
                                             hubrota_shortfall_get_hub_name (shortfall));
  g_autofree char *text = NULL;

  /* Translators: an opening left short, e.g. "Farley Library · Sat 5 Dec, 13:00–15:30: 1 more
   * officer needed" */
  text = g_strdup_printf (ngettext ("%s: %d more officer needed", "%s: %d more officers needed",
                                    missing), opening, missing);
  gtk_label_set_label (row_label (row, "opening"), text);
  gtk_label_set_label (row_label (row, "reason"), hubrota_shortfall_get_reason (shortfall));
}

static GtkListItemFactory *
new_factory (GCallback setup,
             GCallback bind,
             GCallback unbind)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, NULL);
  g_signal_connect (factory, "bind", bind, NULL);
  if (unbind != NULL)
    g_signal_connect (factory, "unbind", unbind, NULL);
  return factory;
}

static void
set_list_model (GtkListView *list,
                GListModel  *model)
{
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (model));

  gtk_list_view_set_model (list, GTK_SELECTION_MODEL (selection));
}

/* The plan */

static void
show_shortfalls (HubrotaAutofillDialog *self,
                 guint                  n_proposals)
{
  GListModel *shortfalls = hubrota_plan_get_shortfalls (self->plan);
  guint n = g_list_model_get_n_items (shortfalls);
  g_autofree char *heading = NULL;

  gtk_widget_set_visible (self->shortfalls_box, n > 0);
  set_list_model (self->shortfall_list, shortfalls);
  heading = g_strdup_printf (ngettext ("%u Opening Stays Short", "%u Openings Stay Short", n), n);
  gtk_label_set_label (self->shortfalls_heading, heading);
  /* Without proposals, the openings left short are all there is to read. */
  gtk_widget_set_vexpand (GTK_WIDGET (self->shortfalls_scroller), n_proposals == 0);
  gtk_scrolled_window_set_max_content_height (self->shortfalls_scroller,
                                              n_proposals == 0 ? -1 : 200);
}

static void
on_accepted_changed (HubrotaAutofillDialog *self)
{
  update (self);
}

static void
follow_proposals (HubrotaAutofillDialog *self,
                  GListModel            *proposals)
{
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) proposal = g_list_model_get_item (proposals, i);

      g_signal_connect_object (proposal, "notify::accepted", G_CALLBACK (on_accepted_changed), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
show_plan (HubrotaAutofillDialog *self)
{
  GListModel *proposals = hubrota_plan_get_proposals (self->plan);
  guint n = g_list_model_get_n_items (proposals);
  g_autofree char *heading = NULL;

  if (n == 0 && g_list_model_get_n_items (hubrota_plan_get_shortfalls (self->plan)) == 0)
    {
      show_status (self, "empty", "object-select-symbolic", _("Nothing to Fill"),
                   _("Every opening in this period has its minimum."));
      return;
    }
  follow_proposals (self, proposals);
  set_list_model (self->proposal_list, proposals);
  heading = g_strdup_printf (ngettext ("%u Officer Proposed", "%u Officers Proposed", n), n);
  gtk_label_set_label (self->proposals_heading, heading);
  gtk_widget_set_visible (self->proposals_bar, n > 0);
  gtk_widget_set_visible (self->proposals_separator, n > 0);
  gtk_widget_set_visible (self->proposals_scroller, n > 0);
  show_shortfalls (self, n);
  show_page (self, "plan");
  gtk_widget_grab_focus (n > 0 ? GTK_WIDGET (self->proposal_list)
                               : GTK_WIDGET (self->shortfall_list));
}

static void
plan_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PlanData *data = task_data;
  g_autoptr(HubrotaStore) store = NULL;
  HubrotaPlan *plan;
  GError *error = NULL;

  store = hubrota_store_open (data->path, HUBROTA_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || (plan = hubrota_autofill_plan (store, &data->options, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, plan, g_object_unref);
}

static void
on_planned (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HubrotaAutofillDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  HubrotaPlan *plan = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->planning == NULL)
    {
      g_clear_object (&plan);
      return;
    }
  g_clear_object (&self->planning);
  if (plan == NULL)
    {
      message = hubrota_format_error (error);
      show_status (self, "failed", "dialog-error-symbolic", _("Could Not Plan"), message);
      return;
    }
  self->plan = plan;
  show_plan (self);
}

static gboolean
starts_today (const GDate *from)
{
  GDate today;

  hubrota_london_today (&today);
  return g_date_compare (from, &today) == 0;
}

static void
start_planning (HubrotaAutofillDialog *self,
                const GDate           *from,
                const GDate           *to,
                const char            *hub)
{
  g_autoptr(GTask) task = NULL;
  PlanData *data = g_new0 (PlanData, 1);

  data->path = g_strdup (hubrota_store_get_path (hubrota_workspace_get_store (self->workspace)));
  hubrota_autofill_options_init (&data->options, from, to);
  /* The window starts the period today at the earliest; when that is today by the clock, an
   * opening already under way is not planned either. */
  if (starts_today (from))
    data->options.not_before = g_get_real_time () / G_USEC_PER_SEC;
  if (hub != NULL)
    {
      data->hubs = g_new0 (char *, 2);
      data->hubs[0] = g_strdup (hub);
      data->options.hubs = data->hubs;
    }
  self->planning = g_cancellable_new ();
  /* The task holds no widget: whatever drops the last reference to it, in whichever thread,
   * the dialog is only let go of in on_planned (), in the main loop. */
  task = g_task_new (NULL, self->planning, on_planned, g_object_ref (self));
  g_task_set_source_tag (task, start_planning);
  g_task_set_task_data (task, data, plan_data_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, plan_in_thread);
  show_page (self, "planning");
}

/* Actions */

static void
set_all (HubrotaAutofillDialog *self,
         gboolean               accepted)
{
  GListModel *proposals = hubrota_plan_get_proposals (self->plan);

  self->bulk = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) proposal = g_list_model_get_item (proposals, i);

      hubrota_proposal_set_accepted (proposal, accepted);
    }
  self->bulk = FALSE;
  update (self);
}

static void
on_accept_all (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  set_all (HUBROTA_AUTOFILL_DIALOG (widget), TRUE);
}

static void
on_untick_all (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  set_all (HUBROTA_AUTOFILL_DIALOG (widget), FALSE);
}

static void
on_add (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  HubrotaAutofillDialog *self = HUBROTA_AUTOFILL_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!showing_plan (self) || self->ticked == 0)
    return;
  if (!hubrota_workspace_apply_plan (self->workspace, self->plan, NULL, &error))
    {
      message = hubrota_format_error (error);
      gtk_label_set_label (self->error_label, message);
      gtk_widget_set_visible (self->error_box, TRUE);
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

/* Enter or a double click on a row ticks or unticks it. */
static void
on_proposal_activated (HubrotaAutofillDialog *self,
                       guint                  position,
                       GtkListView           *list)
{
  g_autoptr(HubrotaProposal) proposal =
    g_list_model_get_item (hubrota_plan_get_proposals (self->plan), position);

  if (proposal != NULL)
    hubrota_proposal_set_accepted (proposal, !hubrota_proposal_get_accepted (proposal));
}

static void
stop_following (HubrotaAutofillDialog *self)
{
  GListModel *proposals;

  if (self->plan == NULL)
    return;
  proposals = hubrota_plan_get_proposals (self->plan);
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(HubrotaProposal) proposal = g_list_model_get_item (proposals, i);

      g_signal_handlers_disconnect_by_data (proposal, self);
    }
}

/* After a refusal because the rota changed: the same period planned afresh. */
static void
on_plan_again (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HubrotaAutofillDialog *self = HUBROTA_AUTOFILL_DIALOG (widget);

  if (self->planning != NULL)
    return;
  gtk_widget_set_visible (self->error_box, FALSE);
  stop_following (self);
  gtk_list_view_set_model (self->proposal_list, NULL);
  gtk_list_view_set_model (self->shortfall_list, NULL);
  g_clear_object (&self->plan);
  start_planning (self, &self->from, &self->to, self->hub);
}

/* Overrides */

static void
hubrota_autofill_dialog_dispose (GObject *object)
{
  HubrotaAutofillDialog *self = HUBROTA_AUTOFILL_DIALOG (object);

  g_cancellable_cancel (self->planning);
  g_clear_object (&self->planning);
  stop_following (self);
  if (self->proposal_list != NULL)
    gtk_list_view_set_model (self->proposal_list, NULL);
  if (self->shortfall_list != NULL)
    gtk_list_view_set_model (self->shortfall_list, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HUBROTA_TYPE_AUTOFILL_DIALOG);
  g_clear_object (&self->plan);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->hub, g_free);

  G_OBJECT_CLASS (hubrota_autofill_dialog_parent_class)->dispose (object);
}

static void
hubrota_autofill_dialog_class_init (HubrotaAutofillDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_autofill_dialog_dispose;

  signals[CHANGED] = hubrota_signal_new_void (G_TYPE_FROM_CLASS (klass), "changed");

  hubrota_dialog_class_set_template (widget_class,
                                     "/io/github/hubrota/Hubrota/hubrota-autofill-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, status_page);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, error_box);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, proposals_bar);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, proposals_heading);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, proposals_separator);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, proposals_scroller);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, proposal_list);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, shortfalls_box);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, shortfalls_heading);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, shortfalls_scroller);
  gtk_widget_class_bind_template_child (widget_class, HubrotaAutofillDialog, shortfall_list);
  gtk_widget_class_bind_template_callback (widget_class, on_proposal_activated);

  gtk_widget_class_install_action (widget_class, "autofill.add", NULL, on_add);
  gtk_widget_class_install_action (widget_class, "autofill.accept-all", NULL, on_accept_all);
  gtk_widget_class_install_action (widget_class, "autofill.untick-all", NULL, on_untick_all);
  gtk_widget_class_install_action (widget_class, "autofill.plan-again", NULL, on_plan_again);
}

static void
hubrota_autofill_dialog_init (HubrotaAutofillDialog *self)
{
  g_autoptr(GtkListItemFactory) proposals = NULL;
  g_autoptr(GtkListItemFactory) shortfalls = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  proposals = new_factory (G_CALLBACK (on_proposal_setup), G_CALLBACK (on_proposal_bind),
                           G_CALLBACK (on_proposal_unbind));
  shortfalls = new_factory (G_CALLBACK (on_shortfall_setup), G_CALLBACK (on_shortfall_bind), NULL);
  gtk_list_view_set_factory (self->proposal_list, proposals);
  gtk_list_view_set_factory (self->shortfall_list, shortfalls);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->add_button));
}

/* Public API */

GtkWidget *
hubrota_autofill_dialog_new (GtkWindow        *parent,
                             HubrotaWorkspace *workspace,
                             const GDate      *from,
                             const GDate      *to,
                             const char       *hub,
                             const char       *scope)
{
  HubrotaAutofillDialog *self;
  g_autofree char *period = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HUBROTA_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_AUTOFILL_DIALOG, "transient-for", parent, NULL);
  self->workspace = g_object_ref (workspace);
  if (g_date_compare (from, to) > 0)
    {
      adw_window_title_set_subtitle (self->window_title, scope);
      show_status (self, "empty", "document-open-recent-symbolic", _("This Period Is Over"),
                   _("Auto-fill plans openings from today on. Go to this week or a later one."));
      return GTK_WIDGET (self);
    }
  period = format_period (from, to);
  /* Translators: what is planned, e.g. "All Hubs · Wed 2 Dec – Sun 6 Dec 2026" */
  subtitle = g_strdup_printf (_("%s · %s"), scope, period);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  self->from = *from;
  self->to = *to;
  self->hub = g_strdup (hub);
  start_planning (self, from, to, hub);
  return GTK_WIDGET (self);
}

/* Test hooks */

gboolean
_hubrota_autofill_dialog_is_planning (HubrotaAutofillDialog *self)
{
  return self->planning != NULL;
}

const char *
_hubrota_autofill_dialog_get_page (HubrotaAutofillDialog *self)
{
  return self->page;
}

HubrotaPlan *
_hubrota_autofill_dialog_get_plan (HubrotaAutofillDialog *self)
{
  return self->plan;
}

GtkListView *
_hubrota_autofill_dialog_get_proposal_list (HubrotaAutofillDialog *self)
{
  return self->proposal_list;
}

GtkListView *
_hubrota_autofill_dialog_get_shortfall_list (HubrotaAutofillDialog *self)
{
  return self->shortfall_list;
}

GtkButton *
_hubrota_autofill_dialog_get_add_button (HubrotaAutofillDialog *self)
{
  return self->add_button;
}

const char *
_hubrota_autofill_dialog_get_summary (HubrotaAutofillDialog *self)
{
  return showing_plan (self) ? gtk_label_get_label (self->summary_label) : NULL;
}

const char *
_hubrota_autofill_dialog_get_status_title (HubrotaAutofillDialog *self)
{
  return adw_status_page_get_title (self->status_page);
}

const char *
_hubrota_autofill_dialog_get_status_description (HubrotaAutofillDialog *self)
{
  return adw_status_page_get_description (self->status_page);
}

const char *
_hubrota_autofill_dialog_get_error (HubrotaAutofillDialog *self)
{
  return gtk_widget_get_visible (self->error_box)
         ? gtk_label_get_label (self->error_label) : NULL;
}
