/* hubrota-month-view.c: a month's openings at a glance, hub by hub and day by day
 *
 * One row per hub and one column per day, Monday to Sunday, for the weeks of a month. Each
 * opening is a small button saying how many officers it has of those it needs, coloured by
 * the same status the week's cards show (hubrota_format_status ()); activating it opens that
 * opening. Only openings get widgets, so sixty hubs stay a few hundred buttons; the arrow keys
 * move between them as they lie on screen. The cells follow the model of statuses: an item
 * changed is one cell replaced, and the grid is laid out again only for another period or
 * another set of hubs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaMonthView"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-format.h"
#include "hubrota-month-view.h"

struct _HubrotaMonthView
{
  GtkWidget      parent_instance;

  GtkLabel      *title_label;
  GtkDropDown   *beat_filter;
  GtkGrid       *grid;

  GPtrArray     *beats;       /* beat slugs, in the filter's order after "All Beats" */
  GPtrArray     *row_beats;   /* each grid row's hub's beat slug (row 0: the days) */
  GPtrArray     *hubs;        /* HubrotaHub, one row each */
  GListModel    *statuses;    /* HubrotaOpeningStatus, the period's, by start */
  GPtrArray     *cells;       /* GtkButton (with "occurrence" data) of each status, or NULL */
  GHashTable    *boxes;       /* row * 1000 + column → that day's box in the grid (made on first use) */
  HubrotaRota   *rota;        /* for the hubs' names */
  GDate          first;       /* the days shown, and today */
  GDate          last;
  GDate          today;
  gboolean       filling;
};

G_DEFINE_FINAL_TYPE (HubrotaMonthView, hubrota_month_view, GTK_TYPE_WIDGET)

enum {
  OPENING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
hubrota_month_view_get_period (const GDate *day,
                               GDate       *out_first,
                               GDate       *out_last)
{
  g_date_clear (out_first, 1);
  g_date_set_dmy (out_first, 1, g_date_get_month (day), g_date_get_year (day));
  *out_last = *out_first;
  g_date_add_months (out_last, 1);
  g_date_subtract_days (out_last, 1);
  hubrota_date_to_monday (out_first);
  g_date_add_days (out_last, G_DATE_SUNDAY - g_date_get_weekday (out_last));
}

static void
on_cell_clicked (GtkButton        *cell,
                 HubrotaMonthView *self)
{
  g_signal_emit (self, signals[OPENING_ACTIVATED], 0,
                 g_object_get_data (G_OBJECT (cell), "occurrence"));
}

static void
clear (HubrotaMonthView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_ptr_array_set_size (self->cells, 0);
  g_ptr_array_set_size (self->row_beats, 0);
  g_hash_table_remove_all (self->boxes);
}

/* "Mon 30": the day's column heading, Mondays set apart, today marked. */
static void
add_day_headings (HubrotaMonthView *self,
                  const GDate      *first,
                  guint             n_days,
                  const GDate      *today)
{
  for (guint i = 0; i < n_days; i++)
    {
      GDate day = *first;
      g_autoptr(GDateTime) midnight = NULL;
      g_autofree char *weekday = NULL;
      g_autofree char *text = NULL;
      GtkWidget *heading;

      g_date_add_days (&day, i);
      midnight = hubrota_date_to_datetime (&day);
      weekday = g_date_time_format (midnight, "%a");
      /* Translators: a day's column in the month, e.g. "Mon\n30" */
      text = g_strdup_printf (_("%s\n%d"), weekday, g_date_get_day (&day));
      heading = gtk_label_new (text);
      gtk_label_set_justify (GTK_LABEL (heading), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (heading, "caption");
      gtk_widget_add_css_class (heading, "monthday");
      hubrota_widget_set_css_class (heading, "week-start",
                                    g_date_get_weekday (&day) == G_DATE_MONDAY);
      hubrota_widget_set_css_class (heading, "today", g_date_compare (&day, today) == 0);
      hubrota_widget_set_css_class (heading, "dim-label",
                                    g_date_get_weekday (&day) >= G_DATE_SATURDAY);
      gtk_grid_attach (self->grid, heading, (int) i + 1, 0, 1, 1);
    }
}

static char *
describe_cell (HubrotaOpeningStatus *status,
               HubrotaRota          *rota)
{
  HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (status);
  const char *hub = hubrota_occurrence_get_hub (occurrence);
  const char *name = hubrota_rota_get_hub_name (rota, hub);
  g_autofree char *day = hubrota_format_short_day (hubrota_occurrence_get_start (occurrence));
  g_autofree char *hours = hubrota_format_time_range (hubrota_occurrence_get_start (occurrence),
                                                      hubrota_occurrence_get_end (occurrence));
  g_autofree char *problems = hubrota_format_status_problems (status);
  g_autofree char *headline = hubrota_format_status (status);

  /* Translators: an opening in the month, e.g. "Luton Town Centre, Tue 8 Dec, 10:00–14:00:
   * Understaffed 0 of 2" */
  return g_strdup_printf (_("%s, %s, %s: %s"), name != NULL ? name : hub, day, hours,
                          problems != NULL ? problems : headline);
}

static GtkWidget *
make_cell (HubrotaMonthView     *self,
           HubrotaOpeningStatus *status)
{
  HubrotaRota *rota = self->rota;
  HubrotaStatusLevel level = hubrota_opening_status_get_level (status);
  g_autofree char *text = NULL;
  g_autofree char *description = describe_cell (status, rota);
  GtkWidget *cell;

  if (level == HUBROTA_STATUS_CANCELLED)
    text = g_strdup ("—");
  else
    /* Translators: officers on an opening of those it needs, in a month cell, e.g. "1/2" */
    text = g_strdup_printf (_("%u/%u"), hubrota_opening_status_get_assigned (status),
                            hubrota_opening_status_get_needed (status));
  cell = gtk_button_new_with_label (text);
  gtk_widget_add_css_class (cell, "monthcell");
  gtk_widget_add_css_class (cell, hubrota_format_status_class (level));
  hubrota_widget_set_tooltip (cell, description);
  /* Said once, as its name: "1/2" alone means nothing to a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_object_set_data_full (G_OBJECT (cell), "occurrence",
                          g_object_ref (hubrota_opening_status_get_occurrence (status)),
                          g_object_unref);
  g_signal_connect (cell, "clicked", G_CALLBACK (on_cell_clicked), self);
  return cell;
}

/* The day's box of a hub's row, made on first use. Kept in a table: the grid's own lookup
 * walks every child (some 2,500 at sixty hubs), 4 ms for each cell replaced. */
static GtkWidget *
day_box (HubrotaMonthView *self,
         int               row,
         int               column)
{
  gpointer key = GINT_TO_POINTER (row * 1000 + column);
  GtkWidget *box = g_hash_table_lookup (self->boxes, key);

  if (box == NULL)
    {
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_grid_attach (self->grid, box, column, row, 1, 1);
      g_hash_table_insert (self->boxes, key, box);
    }
  return box;
}

static int
row_of_hub (GPtrArray  *hubs,
            const char *slug)
{
  for (guint i = 0; i < hubs->len; i++)
    if (g_str_equal (hubrota_hub_get_slug (g_ptr_array_index (hubs, i)), slug))
      return (int) i + 1;
  return -1;
}

static void
add_hub_rows (HubrotaMonthView *self,
              GPtrArray        *hubs)
{
  for (guint i = 0; i < hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (hubs, i);
      GtkWidget *name = gtk_label_new (hubrota_hub_get_name (hub));

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 24);
      gtk_label_set_width_chars (GTK_LABEL (name), 16);
      hubrota_widget_set_tooltip (name, hubrota_hub_get_name (hub));
      gtk_grid_attach (self->grid, name, 0, (int) i + 1, 1, 1);
      g_ptr_array_add (self->row_beats, g_strdup (hubrota_hub_get_beat (hub)));
    }
}

/* "All Beats", then each beat of the hubs shown, by name; the beat chosen before stays chosen
 * when it is still there, so a reload after a change keeps the coordinator's filter. */
static void
fill_beat_filter (HubrotaMonthView *self,
                  GPtrArray        *hubs,
                  HubrotaRota      *rota)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint chosen = gtk_drop_down_get_selected (self->beat_filter);
  g_autofree char *was = chosen > 0 && chosen <= self->beats->len
                         ? g_strdup (g_ptr_array_index (self->beats, chosen - 1)) : NULL;
  guint again = 0;

  g_ptr_array_set_size (self->beats, 0);
  gtk_string_list_append (names, _("All Beats"));
  for (guint i = 0; i < hubs->len; i++)
    {
      const char *slug = hubrota_hub_get_beat (g_ptr_array_index (hubs, i));
      HubrotaBeat *beat = hubrota_rota_get_beat (rota, slug);

      if (g_ptr_array_find_with_equal_func (self->beats, slug, g_str_equal, NULL))
        continue;
      g_ptr_array_add (self->beats, g_strdup (slug));
      gtk_string_list_append (names, beat != NULL ? hubrota_beat_get_name (beat) : slug);
      if (g_strcmp0 (slug, was) == 0)
        again = self->beats->len;
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->beat_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->beat_filter, again);
  self->filling = FALSE;
  hubrota_month_view_set_beat (self, again > 0 ? was : NULL);
}

static void
show_title (HubrotaMonthView *self,
            const GDate      *first,
            const GDate      *last)
{
  GDate middle = *first;
  char month[64];

  g_date_add_days (&middle, (g_date_get_julian (last) - g_date_get_julian (first)) / 2);
  /* Translators: the month shown, e.g. "December 2026"; %OB is the month's name on its own
   * (nominative, not "grudnia"); see strftime () */
  g_date_strftime (month, sizeof month, _("%OB %Y"), &middle);
  gtk_label_set_label (self->title_label, month);
}

/* The opening's cell, in its hub's row and its day's column, after the cells of that day
 * before it; NULL when its hub or day is not shown. */
static GtkWidget *
place_cell (HubrotaMonthView     *self,
            HubrotaOpeningStatus *status,
            guint                 position)
{
  HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (status);
  int row = row_of_hub (self->hubs, hubrota_occurrence_get_hub (occurrence));
  int n_days = (int) (g_date_get_julian (&self->last) - g_date_get_julian (&self->first)) + 1;
  GtkWidget *box, *cell, *before = NULL;
  GDate day;
  int column;

  hubrota_date_from_datetime (&day, hubrota_occurrence_get_start (occurrence));
  column = (int) (g_date_get_julian (&day) - g_date_get_julian (&self->first)) + 1;
  if (row < 0 || column < 1 || column > n_days)
    return NULL;
  box = day_box (self, row, column);
  cell = make_cell (self, status);
  for (guint i = position; i-- > 0 && before == NULL;)
    {
      GtkWidget *earlier = g_ptr_array_index (self->cells, i);
      if (earlier != NULL && gtk_widget_get_parent (earlier) == box)
        before = earlier;
    }
  gtk_box_insert_child_after (GTK_BOX (box), cell, before);
  return cell;
}

/* Cells follow the model: those of the items removed go, the new items get theirs. */
static void
on_statuses_changed (HubrotaMonthView *self,
                     guint             position,
                     guint             removed,
                     guint             added)
{
  if (self->hubs == NULL || position > self->cells->len)
    return;
  for (guint i = position; i < position + removed && i < self->cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (self->cells, i);
      if (cell != NULL)
        gtk_box_remove (GTK_BOX (gtk_widget_get_parent (cell)), cell);
    }
  g_ptr_array_remove_range (self->cells, position, MIN (removed, self->cells->len - position));
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(HubrotaOpeningStatus) status = g_list_model_get_item (self->statuses, i);
      g_ptr_array_insert (self->cells, (int) i, NULL);
      g_ptr_array_index (self->cells, i) = place_cell (self, status, i);
    }
}

static void
fill (HubrotaMonthView *self)
{
  guint n_days = g_date_get_julian (&self->last) - g_date_get_julian (&self->first) + 1;

  clear (self);
  show_title (self, &self->first, &self->last);
  g_ptr_array_add (self->row_beats, NULL);
  add_day_headings (self, &self->first, n_days, &self->today);
  add_hub_rows (self, self->hubs);
  if (self->statuses != NULL)
    on_statuses_changed (self, 0, 0, g_list_model_get_n_items (self->statuses));
  fill_beat_filter (self, self->hubs, self->rota);
}

void
hubrota_month_view_bind (HubrotaMonthView *self,
                         GListModel       *statuses)
{
  g_return_if_fail (HUBROTA_IS_MONTH_VIEW (self));
  g_return_if_fail (G_IS_LIST_MODEL (statuses));

  if (self->statuses != NULL)
    g_signal_handlers_disconnect_by_data (self->statuses, self);
  g_set_object (&self->statuses, statuses);
  g_signal_connect_swapped (statuses, "items-changed", G_CALLBACK (on_statuses_changed), self);
  if (self->hubs != NULL)
    fill (self);
}

static gboolean
same_hubs (GPtrArray *a,
           GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      HubrotaHub *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);
      if (g_strcmp0 (hubrota_hub_get_slug (x), hubrota_hub_get_slug (y)) != 0 ||
          g_strcmp0 (hubrota_hub_get_name (x), hubrota_hub_get_name (y)) != 0 ||
          g_strcmp0 (hubrota_hub_get_beat (x), hubrota_hub_get_beat (y)) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_day (const GDate *a,
          const GDate *b)
{
  return g_date_valid (a) && g_date_valid (b) && g_date_compare (a, b) == 0;
}

void
hubrota_month_view_set_period (HubrotaMonthView *self,
                               const GDate      *first,
                               const GDate      *last,
                               const GDate      *today,
                               GPtrArray        *hubs,
                               HubrotaRota      *rota)
{
  gboolean same;

  g_return_if_fail (HUBROTA_IS_MONTH_VIEW (self));
  g_return_if_fail (first != NULL && last != NULL && today != NULL);
  g_return_if_fail (hubs != NULL && HUBROTA_IS_ROTA (rota));

  same = same_day (&self->first, first) && same_day (&self->last, last) &&
         same_day (&self->today, today) && same_hubs (self->hubs, hubs);
  g_set_object (&self->rota, rota);
  if (same)
    return;
  self->first = *first;
  self->last = *last;
  self->today = *today;
  g_clear_pointer (&self->hubs, g_ptr_array_unref);
  self->hubs = g_ptr_array_new_full (hubs->len, g_object_unref);
  for (guint i = 0; i < hubs->len; i++)
    g_ptr_array_add (self->hubs, g_object_ref (g_ptr_array_index (hubs, i)));
  fill (self);
}

void
hubrota_month_view_set_beat (HubrotaMonthView *self,
                             const char       *beat)
{
  g_return_if_fail (HUBROTA_IS_MONTH_VIEW (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int row;

      gtk_grid_query_child (self->grid, child, NULL, &row, NULL, NULL);
      gtk_widget_set_visible (child,
                              row == 0 || beat == NULL ||
                              g_strcmp0 (g_ptr_array_index (self->row_beats, row), beat) == 0);
    }
}

static void
on_beat_filter_changed (HubrotaMonthView *self)
{
  guint selected = gtk_drop_down_get_selected (self->beat_filter);

  if (self->filling)
    return;
  hubrota_month_view_set_beat (self, selected > 0 && selected <= self->beats->len
                                       ? g_ptr_array_index (self->beats, selected - 1) : NULL);
}

GtkWidget *
hubrota_month_view_get_cell (HubrotaMonthView  *self,
                             HubrotaOccurrence *occurrence)
{
  g_return_val_if_fail (HUBROTA_IS_MONTH_VIEW (self), NULL);

  for (guint i = 0; i < self->cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (self->cells, i);
      if (cell != NULL &&
          hubrota_occurrence_is_same (g_object_get_data (G_OBJECT (cell), "occurrence"), occurrence))
        return cell;
    }
  return NULL;
}

guint
hubrota_month_view_count_cells (HubrotaMonthView *self)
{
  guint shown = 0;

  g_return_val_if_fail (HUBROTA_IS_MONTH_VIEW (self), 0);

  for (guint i = 0; i < self->cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (self->cells, i);
      shown += cell != NULL && gtk_widget_get_visible (gtk_widget_get_parent (cell));
    }
  return shown;
}

static void
hubrota_month_view_dispose (GObject *object)
{
  HubrotaMonthView *self = HUBROTA_MONTH_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_MONTH_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->beats, g_ptr_array_unref);
  g_clear_pointer (&self->row_beats, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->boxes, g_hash_table_unref);
  g_clear_pointer (&self->hubs, g_ptr_array_unref);
  if (self->statuses != NULL)
    g_signal_handlers_disconnect_by_data (self->statuses, self);
  g_clear_object (&self->statuses);
  g_clear_object (&self->rota);

  G_OBJECT_CLASS (hubrota_month_view_parent_class)->dispose (object);
}

static void
hubrota_month_view_class_init (HubrotaMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_month_view_dispose;

  signals[OPENING_ACTIVATED] =
    g_signal_new ("opening-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, HUBROTA_TYPE_OCCURRENCE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-month-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaMonthView, title_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaMonthView, beat_filter);
  gtk_widget_class_bind_template_child (widget_class, HubrotaMonthView, grid);
  gtk_widget_class_bind_template_callback (widget_class, on_beat_filter_changed);
}

static void
hubrota_month_view_init (HubrotaMonthView *self)
{
  self->beats = g_ptr_array_new_with_free_func (g_free);
  self->row_beats = g_ptr_array_new_with_free_func (g_free);
  /* The grid owns the cells; this only points at them. */
  self->cells = g_ptr_array_new ();
  self->boxes = g_hash_table_new (NULL, NULL);
  g_date_clear (&self->first, 1);
  g_date_clear (&self->last, 1);
  g_date_clear (&self->today, 1);
  gtk_widget_init_template (GTK_WIDGET (self));
}
