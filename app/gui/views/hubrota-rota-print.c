/* hubrota-rota-print.c: the week's rota as a printed notice, on paper or in a PDF file
 *
 * The notice is for a station noticeboard: who is at which hub when, and which openings
 * still need people. It holds the week's openings and nothing else (no findings, no duty).
 * Every row is measured with Pango before the first page is drawn, so the page count is
 * known up front ("Page 1 of 2") and no row is ever cut across two pages; a day's heading
 * always has at least its first opening under it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRotaPrint"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-format.h"
#include "hubrota-rota-print-private.h"

/* All lengths in points (the operation's unit). */
#define MARGIN_MM     15.0
#define TIME_WIDTH    70.0
#define STATE_WIDTH   130.0
#define GUTTER        12.0
#define ROW_PAD       6.0
#define LINE_GAP      2.0
#define DAY_GAP       14.0
#define HEADER_GAP    10.0
#define FOOTER_GAP    12.0

#define FONT_TITLE    "Sans Bold 22"
#define FONT_SUBTITLE "Sans 13"
#define FONT_RUNNING  "Sans 9"
#define FONT_LABEL    "Sans Bold 8"
#define FONT_DAY      "Sans Bold 12"
#define FONT_BODY     "Sans 10"
#define FONT_STRONG   "Sans Bold 10"
#define FONT_NOTE     "Sans Italic 9"
#define FONT_FOOTER   "Sans 8"

#define GREY          0.4
#define RULE_GREY     0.7

typedef enum
{
  ITEM_DAY,
  ITEM_OPENING,
} ItemKind;

typedef struct
{
  ItemKind  kind;
  char     *heading;     /* a day: "Monday 16 November" */
  char     *continued;   /* a day, atop a page it did not start on */
  guint     day;         /* an opening: the index of its day's heading */
  char     *time;        /* an opening: "10:00–13:00" … */
  char     *hub;
  char     *officers;    /* NULL when cancelled */
  char     *note;        /* "Moved from Saturday 14 November", or NULL */
  char     *state;       /* "Staffed", "Overtime · Understaffed 1 of 2", "Cancelled — Closed" */
  gboolean  stressed;    /* a warning or an error: the state in bold, to catch the eye */
  gboolean  cancelled;
  double    height;
} Item;

typedef struct
{
  GPtrArray *items;
  char      *scope;
  char      *week;
  char      *printed;
  GArray    *page_starts;  /* guint: each page's first item, then items->len */
} Job;

static void
item_free (Item *item)
{
  g_free (item->heading);
  g_free (item->continued);
  g_free (item->time);
  g_free (item->hub);
  g_free (item->officers);
  g_free (item->note);
  g_free (item->state);
  g_free (item);
}

static void
job_free (Job *job)
{
  g_ptr_array_unref (job->items);
  g_free (job->scope);
  g_free (job->week);
  g_free (job->printed);
  g_array_unref (job->page_starts);
  g_free (job);
}

/* "16–22 November 2026", "30 November – 6 December 2026", "28 December 2026 – 3 January 2027" */
static char *
format_week (const GDate *monday)
{
  GDate sunday = *monday;
  g_autoptr(GDateTime) first = hubrota_date_to_datetime (monday);
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_date_add_days (&sunday, 6);
  last = hubrota_date_to_datetime (&sunday);
  /* Translators: the last day of a printed week, e.g. "22 November 2026" */
  to = g_date_time_format (last, _("%-d %B %Y"));
  if (g_date_get_month (monday) == g_date_get_month (&sunday))
    {
      from = g_date_time_format (first, "%-d");
      /* Translators: a week within one month, e.g. "16–22 November 2026" */
      return g_strdup_printf (_("%s–%s"), from, to);
    }
  if (g_date_get_year (monday) == g_date_get_year (&sunday))
    /* Translators: the first day of a printed week, e.g. "30 November" */
    from = g_date_time_format (first, _("%-d %B"));
  else
    from = g_date_time_format (first, _("%-d %B %Y"));
  /* Translators: a week across two months, e.g. "30 November – 6 December 2026" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static char *
format_officers (HubrotaRota *rota, HubrotaOccurrence *occurrence)
{
  GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence);
  g_autoptr(GString) text = g_string_new (NULL);

  if (assigned->len == 0)
    return g_strdup (_("Nobody yet"));
  for (guint i = 0; i < assigned->len; i++)
    {
      const char *id = g_ptr_array_index (assigned, i);
      HubrotaOfficer *officer = hubrota_rota_get_officer (rota, id);
      g_autofree char *name = officer != NULL ? hubrota_format_officer (officer) : g_strdup (id);

      if (i > 0)
        /* Translators: between the officers on one opening */
        g_string_append (text, _(", "));
      g_string_append (text, name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The opening's status as the screen shows it (hubrota_format_status ()), with every problem. */
static void
describe_state (Item *item, HubrotaOpeningStatus *status)
{
  HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (status);
  HubrotaStatusLevel level = hubrota_opening_status_get_level (status);
  const char *reason = hubrota_occurrence_get_reason (occurrence);
  g_autofree char *problems = hubrota_format_status_problems (status);

  item->cancelled = level == HUBROTA_STATUS_CANCELLED;
  if (item->cancelled && reason != NULL && *reason != '\0')
    /* Translators: a cancelled opening and why, e.g. "Cancelled — Closed for Christmas" */
    item->state = g_strdup_printf (_("Cancelled — %s"), reason);
  else if (problems != NULL)
    item->state = g_steal_pointer (&problems);
  else
    item->state = hubrota_format_status (status);
  /* In bold, to catch the eye. */
  item->stressed = level >= HUBROTA_STATUS_WARNING;
}

static Item *
opening_item (HubrotaRota *rota, HubrotaOpeningStatus *status)
{
  HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (status);
  const char *slug = hubrota_occurrence_get_hub (occurrence);
  const char *hub = hubrota_rota_get_hub_name (rota, slug);
  g_autoptr(GDateTime) start = g_date_time_to_timezone (hubrota_occurrence_get_start (occurrence),
                                                        hubrota_london_tz ());
  g_autoptr(GDateTime) end = g_date_time_to_timezone (hubrota_occurrence_get_end (occurrence),
                                                      hubrota_london_tz ());
  Item *item = g_new0 (Item, 1);

  item->kind = ITEM_OPENING;
  item->time = hubrota_format_time_range (start, end);
  item->hub = g_strdup (hub != NULL ? hub : slug);
  describe_state (item, status);
  if (!item->cancelled)
    {
      item->officers = format_officers (rota, occurrence);
      item->note = hubrota_format_change (occurrence);
    }
  return item;
}

static int
compare_openings (gconstpointer a, gconstpointer b)
{
  HubrotaOccurrence *x = *(HubrotaOccurrence **) a;
  HubrotaOccurrence *y = *(HubrotaOccurrence **) b;
  int order = g_date_time_compare (hubrota_occurrence_get_start (x),
                                   hubrota_occurrence_get_start (y));

  return order != 0 ? order : g_strcmp0 (hubrota_occurrence_get_hub (x),
                                         hubrota_occurrence_get_hub (y));
}

static Item *
day_item (GDateTime *start)
{
  Item *heading = g_new0 (Item, 1);

  heading->kind = ITEM_DAY;
  heading->heading = hubrota_format_day (start);
  /* Translators: a day's heading repeated on the next page, e.g.
   * "Friday 20 November (continued)" */
  heading->continued = g_strdup_printf (_("%s (continued)"), heading->heading);
  return heading;
}

/* The week's openings in time order, each day under its heading. */
static GPtrArray *
make_items (HubrotaRota *rota, GPtrArray *openings, const GDate *monday)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (openings->len);
  g_autoptr(GDateTime) from = hubrota_date_to_datetime (monday);
  g_autoptr(GDateTime) to = g_date_time_add_days (from, 7);
  g_autoptr(GPtrArray) findings = hubrota_rota_check (rota);
  g_autoptr(GPtrArray) statuses = hubrota_rota_get_statuses (rota, findings);
  g_autoptr(GHashTable) status_of = g_hash_table_new (NULL, NULL);
  int day = -1;
  guint heading_index = 0;

  for (guint i = 0; i < statuses->len; i++)
    g_hash_table_insert (status_of, hubrota_opening_status_get_occurrence (statuses->pdata[i]),
                         statuses->pdata[i]);
  /* Borrowed pointers: the caller's array keeps the openings alive. */
  for (guint i = 0; i < openings->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (openings, i));
  g_ptr_array_sort (sorted, compare_openings);
  for (guint i = 0; i < sorted->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (sorted, i);
      g_autoptr(HubrotaOpeningStatus) status = NULL;
      HubrotaOpeningStatus *known = g_hash_table_lookup (status_of, occurrence);
      g_autoptr(GDateTime) start = NULL;

      if (g_date_time_compare (hubrota_occurrence_get_start (occurrence), from) < 0 ||
          g_date_time_compare (hubrota_occurrence_get_start (occurrence), to) >= 0)
        continue;
      start = g_date_time_to_timezone (hubrota_occurrence_get_start (occurrence),
                                       hubrota_london_tz ());
      if (g_date_time_get_day_of_year (start) != day)
        {
          heading_index = items->len;
          g_ptr_array_add (items, day_item (start));
          day = g_date_time_get_day_of_year (start);
        }
      /* The rota's own openings have their status already; another copy is worked out. */
      status = known != NULL ? g_object_ref (known)
                             : hubrota_rota_get_status (rota, findings, occurrence);
      g_ptr_array_add (items, opening_item (rota, status));
      ((Item *) g_ptr_array_index (items, items->len - 1))->day = heading_index;
    }
  return items;
}

static Job *
job_new (HubrotaRota *rota, GPtrArray *openings, const GDate *monday, const char *scope_title)
{
  Job *job = g_new0 (Job, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
  g_autofree char *today = NULL;

  job->items = make_items (rota, openings, monday);
  job->scope = g_strdup (scope_title != NULL ? scope_title : _("All Hubs"));
  job->week = format_week (monday);
  /* Translators: the day a notice was printed, e.g. "22 November 2026" */
  today = g_date_time_format (now, _("%-d %B %Y"));
  /* Translators: at the foot of a printed rota, e.g. "Printed 22 November 2026" */
  job->printed = g_strdup_printf (_("Printed %s"), today);
  job->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  return job;
}

/* Text at (x, y) in the given width; returns its height. cr NULL only measures. */
static double
text (GtkPrintContext *context, cairo_t *cr, const char *string, const char *font, double x,
      double y, double width, PangoAlignment align)
{
  g_autoptr(PangoLayout) layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *description = pango_font_description_from_string (font);
  int w, h;

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, string, -1);
  pango_layout_get_size (layout, &w, &h);
  if (cr != NULL)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return pango_units_to_double (h);
}

static void
rule (cairo_t *cr, double y, double width, double thickness, double grey)
{
  if (cr == NULL)
    return;
  cairo_save (cr);
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_set_line_width (cr, thickness);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, width, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
grey (cairo_t *cr, double level)
{
  if (cr != NULL)
    cairo_set_source_rgb (cr, level, level, level);
}

/* The hub, its officers and any note, in the middle column; returns the column's height. */
static double
opening_middle (GtkPrintContext *context, cairo_t *cr, Item *item, double x, double y,
                double width)
{
  double height;

  grey (cr, item->cancelled ? GREY : 0);
  height = text (context, cr, item->hub, FONT_STRONG, x, y, width, PANGO_ALIGN_LEFT);
  grey (cr, 0);
  if (item->officers != NULL)
    height += LINE_GAP + text (context, cr, item->officers, FONT_BODY, x, y + height + LINE_GAP,
                               width, PANGO_ALIGN_LEFT);
  grey (cr, GREY);
  if (item->note != NULL)
    height += LINE_GAP + text (context, cr, item->note, FONT_NOTE, x, y + height + LINE_GAP,
                               width, PANGO_ALIGN_LEFT);
  grey (cr, 0);
  return height;
}

static double
layout_day (GtkPrintContext *context, cairo_t *cr, const char *heading, double y)
{
  double width = gtk_print_context_get_width (context);
  double height = DAY_GAP + text (context, cr, heading, FONT_DAY, 0, y + DAY_GAP, width,
                                  PANGO_ALIGN_LEFT);

  rule (cr, y + height + 2, width, 1.2, 0);
  return height + 4;
}

/* Lays out one item at y (drawing it when cr is not NULL); returns its height. */
static double
layout_item (GtkPrintContext *context, cairo_t *cr, Item *item, double y)
{
  double width = gtk_print_context_get_width (context);
  double middle = width - TIME_WIDTH - STATE_WIDTH - 2 * GUTTER;
  double time_h, middle_h, state_h, height;

  if (item->kind == ITEM_DAY)
    return layout_day (context, cr, item->heading, y);
  grey (cr, item->cancelled ? GREY : 0);
  time_h = text (context, cr, item->time, FONT_STRONG, 0, y + ROW_PAD, TIME_WIDTH,
                 PANGO_ALIGN_LEFT);
  middle_h = opening_middle (context, cr, item, TIME_WIDTH + GUTTER, y + ROW_PAD, middle);
  grey (cr, item->cancelled ? GREY : 0);
  state_h = text (context, cr, item->state, item->stressed ? FONT_STRONG : FONT_BODY,
                  width - STATE_WIDTH, y + ROW_PAD, STATE_WIDTH, PANGO_ALIGN_LEFT);
  grey (cr, 0);
  height = MAX (time_h, MAX (middle_h, state_h)) + 2 * ROW_PAD;
  rule (cr, y + height, width, 0.5, RULE_GREY);
  return height;
}

/* The title block on the first page, a one-line reminder on the others, and the column
 * labels on all; returns where the rows start. */
static double
layout_header (Job *job, GtkPrintContext *context, cairo_t *cr, int page)
{
  double width = gtk_print_context_get_width (context);
  double middle = width - TIME_WIDTH - STATE_WIDTH - 2 * GUTTER;
  g_autofree char *subtitle = NULL;
  double y = 0;

  /* Translators: the scope and the week under the title, e.g. "All Hubs · 16–22 November 2026" */
  subtitle = g_strdup_printf (_("%s · %s"), job->scope, job->week);
  if (page == 0)
    {
      y += text (context, cr, _("Hub rota"), FONT_TITLE, 0, y, width, PANGO_ALIGN_LEFT);
      y += LINE_GAP + text (context, cr, subtitle, FONT_SUBTITLE, 0, y + LINE_GAP, width,
                            PANGO_ALIGN_LEFT);
      y += HEADER_GAP;
    }
  else
    {
      g_autofree char *running = g_strdup_printf ("%s · %s", _("Hub rota"), subtitle);

      grey (cr, GREY);
      y += text (context, cr, running, FONT_RUNNING, 0, y, width, PANGO_ALIGN_LEFT);
      grey (cr, 0);
      y += HEADER_GAP / 2;
    }
  grey (cr, GREY);
  text (context, cr, _("Time"), FONT_LABEL, 0, y, TIME_WIDTH, PANGO_ALIGN_LEFT);
  text (context, cr, _("Hub and officers"), FONT_LABEL, TIME_WIDTH + GUTTER, y, middle,
        PANGO_ALIGN_LEFT);
  y += text (context, cr, _("Staffing"), FONT_LABEL, width - STATE_WIDTH, y, STATE_WIDTH,
             PANGO_ALIGN_LEFT);
  grey (cr, 0);
  rule (cr, y + 3, width, 0.5, RULE_GREY);
  return y + 3;
}

static double
layout_footer (Job *job, GtkPrintContext *context, cairo_t *cr, int page, int n_pages)
{
  double width = gtk_print_context_get_width (context);
  double bottom = gtk_print_context_get_height (context);
  g_autofree char *number = NULL;
  double height;

  /* Translators: in the footer of a printed rota, e.g. "Page 1 of 2" */
  number = g_strdup_printf (_("Page %d of %d"), page + 1, n_pages);
  height = text (context, NULL, number, FONT_FOOTER, 0, 0, width, PANGO_ALIGN_RIGHT);
  grey (cr, GREY);
  text (context, cr, job->printed, FONT_FOOTER, 0, bottom - height, width / 2, PANGO_ALIGN_LEFT);
  text (context, cr, number, FONT_FOOTER, width / 2, bottom - height, width / 2,
        PANGO_ALIGN_RIGHT);
  grey (cr, 0);
  return height + FOOTER_GAP;
}

/* Where a page's rows start: under the header, and under its day's heading again when the
 * page opens in the middle of a day. */
static double
page_top (Job *job, GtkPrintContext *context, cairo_t *cr, int page, guint first)
{
  double y = layout_header (job, context, cr, page);
  Item *item = first < job->items->len ? g_ptr_array_index (job->items, first) : NULL;

  if (item != NULL && item->kind == ITEM_OPENING)
    y += layout_day (context, cr, ((Item *) g_ptr_array_index (job->items, item->day))->continued,
                     y);
  return y;
}

/* A day's heading goes over only when its first opening fits under it. */
static double
space_needed (Job *job, guint i)
{
  Item *item = g_ptr_array_index (job->items, i);

  if (item->kind == ITEM_DAY && i + 1 < job->items->len)
    return item->height + ((Item *) g_ptr_array_index (job->items, i + 1))->height;
  return item->height;
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  double bottom = gtk_print_context_get_height (context) -
                  layout_footer (job, context, NULL, 0, 1);
  guint first = 0;
  int page = 0;
  double y = page_top (job, context, NULL, page, first);

  g_array_set_size (job->page_starts, 0);
  g_array_append_val (job->page_starts, first);
  for (guint i = 0; i < job->items->len; i++)
    ((Item *) g_ptr_array_index (job->items, i))->height =
      layout_item (context, NULL, g_ptr_array_index (job->items, i), 0);
  for (guint i = 0; i < job->items->len; i++)
    {
      /* A row taller than a whole page still goes on a page of its own. */
      if (y + space_needed (job, i) > bottom && i > g_array_index (job->page_starts, guint, page))
        {
          g_array_append_val (job->page_starts, i);
          y = page_top (job, context, NULL, ++page, i);
        }
      y += ((Item *) g_ptr_array_index (job->items, i))->height;
    }
  g_array_append_val (job->page_starts, job->items->len);
  gtk_print_operation_set_n_pages (operation, page + 1);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Job               *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  int n_pages = (int) job->page_starts->len - 1;
  guint from = g_array_index (job->page_starts, guint, page);
  guint to = g_array_index (job->page_starts, guint, page + 1);
  double y = page_top (job, context, cr, page, from);

  if (job->items->len == 0)
    text (context, cr, _("No openings this week."), FONT_BODY, 0, y + DAY_GAP,
          gtk_print_context_get_width (context), PANGO_ALIGN_LEFT);
  for (guint i = from; i < to; i++)
    y += layout_item (context, cr, g_ptr_array_index (job->items, i), y);
  layout_footer (job, context, cr, page, n_pages);
}

static GtkPageSetup *
a4_portrait (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_page_setup_set_top_margin (setup, MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (setup, MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (setup, MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (setup, MARGIN_MM, GTK_UNIT_MM);
  return setup;
}

/* The operation owns the job. */
static GtkPrintOperation *
new_operation (Job *job)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = a4_portrait ();
  /* Translators: the print job's name, e.g. "Hub rota, All Hubs, 16–22 November 2026" */
  g_autofree char *name = g_strdup_printf (_("Hub rota, %s, %s"), job->scope, job->week);

  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "hubrota-job", job, (GDestroyNotify) job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  return operation;
}

/* The printer and its options stay chosen for the rest of the session. */
static GtkPrintSettings *last_settings;

static void
show_print_error (GtkWindow *parent, const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Print"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
release_parent (gpointer  parent,
                GClosure *closure)
{
  if (parent != NULL)
    g_object_unref (parent);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_print_error (parent, error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
  g_object_unref (operation);
}

void
hubrota_rota_print (GtkWindow   *parent,
                    HubrotaRota *rota,
                    GPtrArray   *openings,
                    const GDate *monday,
                    const char  *scope_title)
{
  GtkPrintOperation *operation;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (HUBROTA_IS_ROTA (rota));
  g_return_if_fail (openings != NULL && monday != NULL);

  operation = new_operation (job_new (rota, openings, monday, scope_title));
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* The parent is kept until the printing is done, to place an error message over it. */
  g_signal_connect_data (operation, "done", G_CALLBACK (on_print_done),
                         parent != NULL ? g_object_ref (parent) : NULL,
                         release_parent, 0);
  /* With allow-async the result comes to "done", which also drops the operation; only a
   * failure to start comes back here. */
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR &&
      error != NULL)
    g_debug ("Printing did not start: %s", error->message);
}

gboolean
hubrota_rota_print_to_pdf (HubrotaRota  *rota,
                           GPtrArray    *openings,
                           const GDate  *monday,
                           const char   *scope_title,
                           const char   *pdf_path,
                           GError      **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (HUBROTA_IS_ROTA (rota), FALSE);
  g_return_val_if_fail (openings != NULL && monday != NULL && pdf_path != NULL, FALSE);

  operation = new_operation (job_new (rota, openings, monday, scope_title));
  gtk_print_operation_set_export_filename (operation, pdf_path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

char *
_hubrota_rota_print_text (HubrotaRota *rota,
                          GPtrArray   *openings,
                          const GDate *monday,
                          const char  *scope_title)
{
  Job *job = job_new (rota, openings, monday, scope_title);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n", job->week);
  for (guint i = 0; i < job->items->len; i++)
    {
      Item *item = g_ptr_array_index (job->items, i);

      if (item->kind == ITEM_DAY)
        g_string_append_printf (out, "%s\n", item->heading);
      else
        g_string_append_printf (out, "%s | %s | %s | %s | %s\n", item->time, item->hub,
                                item->officers ?: "", item->note ?: "", item->state);
    }
  job_free (job);
  return g_string_free (out, FALSE);
}
