/* hubrota-generate.c: a synthetic police force, for tests, benchmarks and trying Hubrota out
 *
 * Shaped like a county force (see hubrota-generate.h). Every choice comes from one GRand
 * seeded by the spec and everything is written in a fixed order, with the times a row was
 * changed set to the start of the data, so the same spec gives the same file byte for byte.
 *
 * The generator keeps its own simple model of each officer's roster and absences so that it
 * can staff openings the way a careful coordinator would (someone of the hub's own beat, on
 * duty, not away, not already elsewhere) without asking the rule checker each time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaGenerate"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hubrota-error-private.h"
#include "hubrota-generate.h"
#include "hubrota-london.h"
#include "hubrota-pattern.h"
#include "hubrota-store-private.h"

#define MINUTES_PER_DAY (24 * 60)
#define NO_BEAT (-1)
#define OFFICERS_PER_BEAT 10
#define MAX_CYCLE 35

typedef struct
{
  int start;    /* minutes after local midnight */
  int minutes;  /* 0: a rest day */
} GenShift;

typedef struct
{
  gint64 start;
  gint64 end;
} GenSpan;

typedef struct
{
  char *id;
  int beat;
  guint cycle;                 /* 0: no duty entered yet */
  guint32 anchor;              /* Julian day of the cycle's first day */
  GenShift days[MAX_CYCLE];
  GArray *away;                /* GenSpan: absences */
  GArray *busy;                /* GenSpan: openings they are on */
} GenOfficer;

typedef struct
{
  HubrotaStore *store;
  const HubrotaForceSpec *spec;
  GRand *rand;
  GDate first_day;             /* the first day of the history weeks, a Monday */
  guint n_days;                /* history and horizon */
  guint n_beats;
  guint posted;                /* officers given a beat so far */
  GPtrArray *beat_slugs;
  GHashTable *hub_beats;       /* hub slug → beat index + 1 */
  GArray *officers;            /* GenOfficer */
  GPtrArray *by_beat;          /* per beat: GArray of int officer indexes */
} Gen;

static void
clear_officer (gpointer data)
{
  GenOfficer *o = data;

  g_free (o->id);
  g_clear_pointer (&o->away, g_array_unref);
  g_clear_pointer (&o->busy, g_array_unref);
}

static void
gen_clear (Gen *g)
{
  g_clear_pointer (&g->rand, g_rand_free);
  g_clear_pointer (&g->beat_slugs, g_ptr_array_unref);
  g_clear_pointer (&g->hub_beats, g_hash_table_unref);
  g_clear_pointer (&g->officers, g_array_unref);
  g_clear_pointer (&g->by_beat, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Gen, gen_clear)

static const char *ward_names[] = {
  "Castle", "Kempston", "Ampthill", "Cauldwell", "Dunstable", "Leighton", "Biggleswade",
  "Harpur", "Queens Park", "Goldington", "Wixams", "Flitwick", "Sandy", "High Town",
  "Farley", "Icknield", "Houghton Regis", "Toddington", "Potton", "Shefford", "Cranfield",
  "Marston", "Woburn", "Stotfold", "Arlesey", "Barton", "Caddington", "Eaton Bray",
};

static const char *venues[] = {
  "Library", "Community Centre", "Parish Rooms", "Town Hall", "Leisure Centre",
  "Family Hub", "Village Hall", "Council Offices",
};

static const char *first_names[] = {
  "Sam", "Priya", "Tom", "Aisha", "Gareth", "Chloe", "Kwame", "Megan", "Tariq", "Lucy",
  "Dev", "Hannah", "Callum", "Zara", "Owen", "Ruth", "Imran", "Jess", "Ben", "Nadia",
  "Marek", "Sinead", "Yusuf", "Ellie", "Rhys", "Amara", "Connor", "Leah", "Harpreet", "Joe",
};

static const char *surnames[] = {
  "Patel", "Okafor", "Hughes", "Khan", "Walsh", "Nowak", "Fraser", "Begum", "Doyle",
  "Reid", "Ahmed", "Clarke", "Mensah", "Shaw", "Kaur", "Byrne", "Lewis", "Hussain",
  "Evans", "Kowalski", "Murphy", "Ali", "Bennett", "Osei", "Price", "Rahman", "Ward", "Singh",
};

static double
coin (Gen *g)
{
  return g_rand_double (g->rand);
}

static guint
pick (Gen *g, guint n)
{
  return (guint) g_rand_int_range (g->rand, 0, (gint32) n);
}

static GDate
day_from_julian (guint32 julian)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, julian);
  return day;
}

/* Local time minutes after the start of a day (past midnight for a night shift). */
static GDateTime *
local_at (guint32 julian, int minutes)
{
  GDate day = day_from_julian (julian + (guint32) (minutes / MINUTES_PER_DAY));

  minutes %= MINUTES_PER_DAY;
  return g_date_time_new (hubrota_london_tz (), g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), minutes / 60, minutes % 60, 0);
}

static gint64
unix_at (guint32 julian, int minutes)
{
  g_autoptr(GDateTime) t = local_at (julian, minutes);

  return g_date_time_to_unix (t);
}

static guint32
first_julian (Gen *g)
{
  return g_date_get_julian (&g->first_day);
}

/* Beats and hubs */

/* "Kempston", "Kempston North"…, then numbers for a force bigger than any county's. */
static char *
place_name (guint index)
{
  static const char *parts[] = { "", " North", " South", " East", " West", " Central",
                                 " Rural", " Park" };
  guint n = G_N_ELEMENTS (ward_names), round = index / n;

  if (round < G_N_ELEMENTS (parts))
    return g_strconcat (ward_names[index % n], parts[round], NULL);
  return g_strdup_printf ("%s %u", ward_names[index % n], round);
}

static gboolean
add_hotspots (Gen *g, const char *beat, const char *place, GError **error)
{
  static const char *kinds[] = { "shopping parade", "recreation ground", "bus station",
                                 "village green", "car park" };
  guint n = coin (g) < 0.45 ? 1 + pick (g, 2) : 0;

  for (guint h = 0; h < n; h++)
    {
      g_autofree char *slug = g_strdup_printf ("%s-hotspot-%u", beat, h + 1);
      g_autofree char *name = g_strdup_printf ("%s %s", place, kinds[pick (g, G_N_ELEMENTS (kinds))]);
      g_autoptr(HubrotaHotspot) hotspot = hubrota_hotspot_new (slug, beat, name);

      if (!hubrota_store_add_hotspot (g->store, hotspot, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_beats (Gen *g, GError **error)
{
  static const double limits[] = { 5.0, 7.5, 10.0, 10.0, 10.0, 12.5, 15.0, 20.0 };

  for (guint i = 0; i < g->n_beats; i++)
    {
      char *slug = g_strdup_printf ("beat-%u", i + 1);
      g_autofree char *name = place_name (i);
      g_autoptr(HubrotaBeat) beat = hubrota_beat_new (slug, name);

      g_ptr_array_add (g->beat_slugs, slug);
      g_ptr_array_add (g->by_beat, g_array_new (FALSE, FALSE, sizeof (int)));
      hubrota_beat_set_abstraction_limit (beat, limits[pick (g, G_N_ELEMENTS (limits))]);
      if (!hubrota_store_add_beat (g->store, beat, error) || !add_hotspots (g, slug, name, error))
        return FALSE;
    }
  return TRUE;
}

/* 0 Monday … 6 Sunday; Saturday most often, the day most hubs open. */
static int
pick_weekday (Gen *g)
{
  return coin (g) < 0.3 ? 5 : (int) pick (g, 7);
}

/* Weekly, fortnightly or monthly (on the first … last such weekday), from the first such
 * weekday of the data. */
static gboolean
add_series (Gen *g, const char *hub, GError **error)
{
  static const int starts[] = { 9 * 60, 9 * 60 + 30, 10 * 60, 10 * 60, 13 * 60, 14 * 60,
                                16 * 60, 18 * 60 };
  guint32 day = first_julian (g) + (guint32) pick_weekday (g) + 7 * pick (g, 4);
  g_autoptr(GDateTime) start = local_at (day, starts[pick (g, G_N_ELEMENTS (starts))]);
  double r = coin (g);
  g_autoptr(HubrotaPattern) pattern = hubrota_pattern_new (r < 0.8 ? HUBROTA_PATTERN_WEEKLY
                                                                   : HUBROTA_PATTERN_MONTHLY,
                                                           start);
  g_autofree char *rrule = NULL;
  g_autoptr(HubrotaSeries) series = NULL;

  if (r >= 0.55 && r < 0.8)
    pattern->interval = 2;
  rrule = hubrota_pattern_to_rrule (pattern);
  series = hubrota_series_new (hub, start, 120 + 30 * (int) pick (g, 5), rrule);
  hubrota_series_set_min_officers (series, coin (g) < 0.35 ? 2 : 1);
  return hubrota_store_add_series (g->store, series, error) != 0;
}

static gboolean
add_hubs (Gen *g, GError **error)
{
  for (guint i = 0; i < g->spec->n_hubs; i++)
    {
      /* Spread evenly over the beats; more hubs than beats share them. */
      guint beat = (guint) ((guint64) i * g->n_beats / g->spec->n_hubs) % g->n_beats;
      char *slug = g_strdup_printf ("hub-%u", i + 1);
      g_autofree char *place = place_name (beat);
      g_autofree char *name = g_strdup_printf ("%s %s", place, venues[pick (g, G_N_ELEMENTS (venues))]);
      g_autofree char *address = g_strdup_printf ("%u High Street, %s", 1 + pick (g, 120), place);
      g_autofree char *postcode = g_strdup_printf ("MK%u %u%c%c", 40 + pick (g, 6), 1 + pick (g, 9),
                                                   'A' + pick (g, 26), 'A' + pick (g, 26));
      g_autoptr(HubrotaHub) hub = hubrota_hub_new (slug, name, g_ptr_array_index (g->beat_slugs, beat));

      hubrota_hub_set_address (hub, address);
      hubrota_hub_set_postcode (hub, postcode);
      hubrota_hub_set_description (hub, "Report a crime, ask about a problem where you live, "
                                        "or pick up crime-prevention advice.");
      g_hash_table_insert (g->hub_beats, slug, GUINT_TO_POINTER (beat + 1));
      if (!hubrota_store_add_hub (g->store, hub, error) || !add_series (g, slug, error) ||
          (coin (g) < 0.3 && !add_series (g, slug, error)))
        return FALSE;
    }
  return TRUE;
}

/* Rosters */

static void
set_shift (GenOfficer *o, guint day, int start_hour, int hours)
{
  o->days[day] = (GenShift) { start_hour * 60, hours * 60 };
}

/* Response: 2 earlies, 2 lates, 2 nights, 4 rest days; five teams two days apart. */
static void
response_roster (Gen *g, GenOfficer *o)
{
  o->cycle = 10;
  o->anchor = first_julian (g) - 2 * pick (g, 5);
  set_shift (o, 0, 7, 10);
  set_shift (o, 1, 7, 10);
  set_shift (o, 2, 14, 10);
  set_shift (o, 3, 14, 10);
  set_shift (o, 4, 22, 10);
  set_shift (o, 5, 22, 10);
}

/* Neighbourhood: a five-week cycle of earlies and lates, Monday to Friday in two weeks and
 * Wednesday to Sunday in three, so every weekend has much of the team. */
static void
neighbourhood_roster (Gen *g, GenOfficer *o)
{
  o->cycle = 35;
  o->anchor = first_julian (g) - 7 * pick (g, 5);
  for (guint week = 0; week < 5; week++)
    {
      gboolean weekend = week % 2 == 0;
      int start = week % 2 == 0 ? 8 : 14;
      for (guint d = weekend ? 2 : 0; d < (weekend ? 7u : 5u); d++)
        set_shift (o, 7 * week + d, start, 8);
    }
}

/* The same days every week: part-timers, specials' evenings, volunteers' mornings. */
static void
weekly_roster (Gen *g, GenOfficer *o, guint days_mask, int start_hour, int hours)
{
  o->cycle = 7;
  o->anchor = first_julian (g);
  for (guint d = 0; d < 7; d++)
    if (days_mask & (1u << d))
      set_shift (o, d, start_hour, hours);
}

static void
pick_roster (Gen *g, GenOfficer *o, HubrotaRole role, double *out_weekly_hours)
{
  double r = coin (g);

  *out_weekly_hours = 40;
  if (r < 0.02)
    return;   /* a new starter whose duty nobody has entered yet */
  if (role == HUBROTA_ROLE_SC)
    {
      *out_weekly_hours = 12;
      weekly_roster (g, o, r < 0.6 ? 0x30 : 0x24, r < 0.6 ? 18 : 17, 6);  /* Fr Sa, or We Sa */
    }
  else if (role == HUBROTA_ROLE_VOL)
    {
      *out_weekly_hours = 10;
      weekly_roster (g, o, 0x0a, 10, 5);                                 /* Tu Th */
    }
  else if (r < 0.15)
    {
      *out_weekly_hours = 24;
      weekly_roster (g, o, r < 0.08 ? 0x07 : 0x1c, 9, 8);                /* part-time */
    }
  else if (o->beat == NO_BEAT)
    response_roster (g, o);
  else
    neighbourhood_roster (g, o);
}

/* One roster per officer, as a force's duty system holds it: the cycle's days from its first
 * day, each a shift or rest (the weekly patterns of specials, volunteers and part-timers are
 * seven-day cycles from a Monday). The rota expands a roster by day arithmetic. */
static gboolean
add_roster (Gen *g, GenOfficer *o, GError **error)
{
  g_autoptr(HubrotaDuty) duty = NULL;
  GDate first;

  g_date_clear (&first, 1);
  g_date_set_julian (&first, o->anchor);
  duty = hubrota_duty_new_roster (o->id, &first, o->cycle);
  for (guint d = 0; d < o->cycle; d++)
    hubrota_duty_set_roster_shift (duty, d, o->days[d].start, o->days[d].minutes);
  return hubrota_store_add_duty (g->store, duty, error) != 0;
}

/* Absences */

static gboolean
add_absence (Gen *g, GenOfficer *o, guint32 day, int start_minutes, guint32 end_day,
             int end_minutes, const char *reason, GError **error)
{
  g_autoptr(GDateTime) start = local_at (day, start_minutes);
  g_autoptr(GDateTime) end = local_at (end_day, end_minutes);
  g_autoptr(HubrotaAbsence) absence = hubrota_absence_new (o->id, start, end, reason);

  g_array_append_val (o->away, ((GenSpan) { g_date_time_to_unix (start),
                                            g_date_time_to_unix (end) }));
  return hubrota_store_add_absence (g->store, absence, error) != 0;
}

/* Leave about twice a quarter, a training day every couple of months, now and then a few days
 * off sick. */
static gboolean
add_absences (Gen *g, GenOfficer *o, GError **error)
{
  guint32 first = first_julian (g);

  for (guint day = 0; day < g->n_days; day += 7)
    {
      guint32 when = first + day + pick (g, 7);
      double r = coin (g);

      if (r < 0.12)
        {
          if (!add_absence (g, o, when, 0, when + 5 + pick (g, 10), 0, "Annual leave", error))
            return FALSE;
          day += 14;
        }
      else if (r < 0.15 && !add_absence (g, o, when, 9 * 60, when, 17 * 60, "Training course",
                                         error))
        return FALSE;
      else if (r >= 0.15 && r < 0.16 &&
               !add_absence (g, o, when, 0, when + 1 + pick (g, 4), 0, "Sick", error))
        return FALSE;
    }
  return TRUE;
}

/* Officers */

static HubrotaRole
pick_role (Gen *g)
{
  double r = coin (g);

  return r < 0.40 ? HUBROTA_ROLE_PC : r < 0.70 ? HUBROTA_ROLE_PCSO : r < 0.82 ? HUBROTA_ROLE_SC
         : r < 0.90 ? HUBROTA_ROLE_SGT : HUBROTA_ROLE_VOL;
}

/* Neighbourhood PCs, PCSOs and specials have beats, dealt round so that teams are of much the
 * same size; response PCs, most sergeants and the volunteers have none. */
static int
pick_beat (Gen *g, HubrotaRole role)
{
  double r = coin (g);

  if (role == HUBROTA_ROLE_VOL || (role == HUBROTA_ROLE_SGT && r < 0.7) ||
      (role == HUBROTA_ROLE_PC && r < 0.3))
    return NO_BEAT;
  return (int) (g->posted++ % g->n_beats);
}

static gboolean
add_officer (Gen *g, guint i, GError **error)
{
  HubrotaRole role = pick_role (g);
  GenOfficer *o;
  g_autofree char *name = NULL;
  g_autoptr(HubrotaOfficer) officer = NULL;
  double weekly_hours;
  int index = (int) g->officers->len;

  g_array_set_size (g->officers, g->officers->len + 1);
  o = &g_array_index (g->officers, GenOfficer, index);
  o->id = g_strdup_printf ("%s%u", hubrota_role_to_string (role), 1001 + i);
  o->beat = pick_beat (g, role);
  o->away = g_array_new (FALSE, FALSE, sizeof (GenSpan));
  o->busy = g_array_new (FALSE, FALSE, sizeof (GenSpan));
  pick_roster (g, o, role, &weekly_hours);
  if (o->beat != NO_BEAT)
    g_array_append_val (g_ptr_array_index (g->by_beat, o->beat), index);
  name = g_strdup_printf ("%s %s", first_names[pick (g, G_N_ELEMENTS (first_names))],
                          surnames[pick (g, G_N_ELEMENTS (surnames))]);
  officer = hubrota_officer_new (o->id, name, role,
                                 o->beat == NO_BEAT ? NULL : g_ptr_array_index (g->beat_slugs, o->beat),
                                 weekly_hours);
  return hubrota_store_add_officer (g->store, officer, error) &&
         (o->cycle == 0 || add_roster (g, o, error)) && add_absences (g, o, error);
}

/* The rota */

static gboolean
spans_overlap (GArray *spans, gint64 start, gint64 end)
{
  for (guint i = 0; i < spans->len; i++)
    {
      GenSpan *span = &g_array_index (spans, GenSpan, i);
      if (span->start < end && span->end > start)
        return TRUE;
    }
  return FALSE;
}

/* Whether a shift of the roster holds [start, end): one starting that day or the day before
 * (a night shift). */
static gboolean
on_duty (GenOfficer *o, guint32 julian, gint64 start, gint64 end)
{
  if (o->cycle == 0)
    return FALSE;
  for (guint32 day = julian - 1; day <= julian; day++)
    {
      gint64 since = (gint64) day - o->anchor;
      GenShift *shift = &o->days[((since % o->cycle) + o->cycle) % o->cycle];
      if (shift->minutes > 0 && unix_at (day, shift->start) <= start &&
          unix_at (day, shift->start + shift->minutes) >= end)
        return TRUE;
    }
  return FALSE;
}

static guint32
julian_of (GDateTime *t)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (t, hubrota_london_tz ());
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  return g_date_get_julian (&day);
}

/* Up to the opening's minimum of its own beat's officers who are free, picked at random. */
static gboolean
staff_opening (Gen *g, HubrotaOccurrence *opening, GError **error)
{
  const char *hub = hubrota_occurrence_get_hub (opening);
  guint beat = GPOINTER_TO_UINT (g_hash_table_lookup (g->hub_beats, hub)) - 1;
  GArray *pool = g_ptr_array_index (g->by_beat, beat);
  gint64 start = g_date_time_to_unix (hubrota_occurrence_get_start (opening));
  gint64 end = g_date_time_to_unix (hubrota_occurrence_get_end (opening));
  guint32 julian = julian_of (hubrota_occurrence_get_start (opening));
  int wanted = hubrota_occurrence_get_min_officers (opening);

  for (guint tries = 0; tries < 2 * pool->len && wanted > 0; tries++)
    {
      GenOfficer *o = &g_array_index (g->officers, GenOfficer,
                                      g_array_index (pool, int, pick (g, pool->len)));
      if (!on_duty (o, julian, start, end) || spans_overlap (o->away, start, end) ||
          spans_overlap (o->busy, start, end))
        continue;
      if (!hubrota_store_assign (g->store, o->id, opening, FALSE, error))
        return FALSE;
      g_array_append_val (o->busy, ((GenSpan) { start, end }));
      wanted--;
    }
  return TRUE;
}

/* A few openings cancelled, and most of the history staffed but only some of what is ahead. */
static gboolean
build_rota (Gen *g, GError **error)
{
  GDate last = day_from_julian (first_julian (g) + g->n_days - 1);
  g_autoptr(GPtrArray) openings = hubrota_store_list_occurrences (g->store, &g->first_day, &last,
                                                                  NULL, error);
  guint32 horizon = g_date_get_julian (&g->spec->first_monday);

  if (openings == NULL)
    return FALSE;
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
      gboolean past = julian_of (hubrota_occurrence_get_start (opening)) < horizon;

      if (coin (g) < 0.02)
        {
          if (!hubrota_store_cancel_occurrence (g->store, hubrota_occurrence_get_hub (opening),
                                                hubrota_occurrence_get_series (opening),
                                                hubrota_occurrence_get_original_date (opening),
                                                "Closed: the venue is needed for an election",
                                                error))
            return FALSE;
          continue;
        }
      if (coin (g) < (past ? 0.85 : 0.3) && !staff_opening (g, opening, error))
        return FALSE;
    }
  return TRUE;
}

/* The stores stamp rows with the time they changed; the generated ones all say the data's
 * first day, so the file does not depend on when it was made. */
static gboolean
fix_stamps (Gen *g, GError **error)
{
  static const char *tables[] = { "hub", "series", "series_exception" };
  g_autofree char *stamp = g_strdup_printf ("%04d-%02d-%02dT00:00:00Z",
                                            g_date_get_year (&g->first_day),
                                            g_date_get_month (&g->first_day),
                                            g_date_get_day (&g->first_day));

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE %s SET modified_utc = '%s'"
                                              " WHERE modified_utc IS NOT NULL", tables[i], stamp);
      if (!_hubrota_store_exec (g->store, sql, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
generate (Gen *g, GError **error)
{
  if (!add_beats (g, error) || !add_hubs (g, error))
    return FALSE;
  for (guint i = 0; i < g->spec->n_officers; i++)
    if (!add_officer (g, i, error))
      return FALSE;
  return build_rota (g, error) && fix_stamps (g, error);
}

static gboolean
check_spec (HubrotaStore *store, const HubrotaForceSpec *spec, GError **error)
{
  g_autoptr(GPtrArray) hubs = NULL;
  g_autoptr(GPtrArray) officers = NULL;

  if (spec->n_officers < 1 || spec->n_officers > HUBROTA_GENERATE_MAX_OFFICERS)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: a demonstration force's size is refused;
                                         * %d is the most officers it can have */
                                        "a force needs 1 to %d officer",
                                        "a force needs 1 to %d officers",
                                        HUBROTA_GENERATE_MAX_OFFICERS),
                           HUBROTA_GENERATE_MAX_OFFICERS);
  if (spec->n_hubs < 1 || spec->n_hubs > HUBROTA_GENERATE_MAX_HUBS)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: a demonstration force's size is refused;
                                         * %d is the most hubs it can have */
                                        "a force needs 1 to %d hub",
                                        "a force needs 1 to %d hubs", HUBROTA_GENERATE_MAX_HUBS),
                           HUBROTA_GENERATE_MAX_HUBS);
  if (spec->n_weeks < 1 || spec->n_weeks > HUBROTA_GENERATE_MAX_WEEKS)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: a demonstration force's length is
                                         * refused; %d is the most weeks it can have */
                                        "a force needs 1 to %d week",
                                        "a force needs 1 to %d weeks", HUBROTA_GENERATE_MAX_WEEKS),
                           HUBROTA_GENERATE_MAX_WEEKS);
  if (!g_date_valid (&spec->first_monday) ||
      g_date_get_weekday (&spec->first_monday) != G_DATE_MONDAY)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID, "%s",
                           _("the first day must be a Monday"));
  if ((hubs = hubrota_store_list_hubs (store, error)) == NULL ||
      (officers = hubrota_store_list_officers (store, error)) == NULL)
    return FALSE;
  if (hubs->len > 0 || officers->len > 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_EXISTS,
                           /* Translators: %s is the database's file name */
                           _("%s already holds hubs or officers; a force is generated only into "
                             "an empty database"), hubrota_store_get_path (store));
  return TRUE;
}

gboolean
hubrota_generate_force (HubrotaStore           *store,
                        const HubrotaForceSpec *spec,
                        GError                **error)
{
  g_auto(Gen) g = {
    .store = store,
    .spec = spec,
    .beat_slugs = g_ptr_array_new_with_free_func (g_free),
    .hub_beats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .officers = g_array_new (FALSE, TRUE, sizeof (GenOfficer)),
    .by_beat = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref),
  };

  g_return_val_if_fail (HUBROTA_IS_STORE (store), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  if (!check_spec (store, spec, error))
    return FALSE;
  g.rand = g_rand_new_with_seed (spec->seed);
  g.n_beats = MAX (1, spec->n_officers / OFFICERS_PER_BEAT);
  g.first_day = spec->first_monday;
  g_date_subtract_days (&g.first_day, 7 * HUBROTA_GENERATE_HISTORY_WEEKS);
  g.n_days = 7 * (HUBROTA_GENERATE_HISTORY_WEEKS + spec->n_weeks);
  g_array_set_clear_func (g.officers, clear_officer);

  if (!_hubrota_store_begin (store, error))
    return FALSE;
  if (!generate (&g, error))
    return _hubrota_store_fail (store);
  return _hubrota_store_commit (store, error);
}
