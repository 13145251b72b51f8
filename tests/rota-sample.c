/* rota-sample.c: a random but believable rota, for the property test and the benchmark
 *
 * The data are shaped like a county force's neighbourhood teams: beats of uneven size (a
 * few thin ones, so a beat can be left uncovered), hubs open a few hours a week, officers on
 * weekday, rotating or 4-on-4-off shift patterns, some leave and sickness, and a rota a
 * coordinator has half built. Most picks are sensible (someone from the hub's own beat who
 * is on duty); enough are not (another beat's officer, someone already at another hub,
 * someone off duty or on leave) that every rule fires somewhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaSample"

#include "config.h"

#include "hubrota-store-private.h"
#include "rota-sample.h"

#define MINUTES_PER_DAY (24 * 60)
#define NO_BEAT (-1)

/* An officer's shift pattern, as the store holds it and in a form quick to ask "on duty?" */
typedef struct
{
  char *id;
  int beat;
  guint cycle;            /* days before the pattern repeats; 0: no duty at all */
  guint32 on_days;        /* bit d: on duty on day d of the cycle, counted from the anchor */
  int shift_start[2];     /* minutes after midnight, in the first and second week of a cycle */
  int shift_minutes;
} SampleOfficer;

typedef struct
{
  HubrotaStore *store;
  GRand *rand;
  GDate first_day;
  guint n_days;
  GDate anchor;           /* a Monday two weeks or so before first_day: where patterns start */
  guint n_beats;
  guint thin_posted;      /* officers posted to thin beats so far */
  GPtrArray *beat_slugs;  /* char * */
  GHashTable *hub_beats;  /* hub slug → beat index + 1 */
  GArray *officers;       /* SampleOfficer */
  GPtrArray *by_beat;     /* per beat, then one more for no beat: GArray of int officers */
  GArray *thin_officers;  /* int: those of the thin beats */
} Sample;

static void
clear_officer (gpointer data)
{
  g_free (((SampleOfficer *) data)->id);
}

static void
sample_clear (Sample *s)
{
  g_clear_pointer (&s->rand, g_rand_free);
  g_clear_pointer (&s->beat_slugs, g_ptr_array_unref);
  g_clear_pointer (&s->hub_beats, g_hash_table_unref);
  g_clear_pointer (&s->officers, g_array_unref);
  g_clear_pointer (&s->by_beat, g_ptr_array_unref);
  g_clear_pointer (&s->thin_officers, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sample, sample_clear)

static const char *ward_names[] = {
  "Castle", "Kempston Central", "Ampthill", "South", "Dunstable Central", "Leighton–Linslade",
  "Biggleswade North", "Harpur", "Queens Park", "Cauldwell", "Wixams", "Flitwick",
  "Sandy", "High Town", "Farley", "Icknield", "Houghton Regis", "Toddington",
};

static const char *first_names[] = {
  "Sam", "Priya", "Tom", "Aisha", "Gareth", "Chloe", "Kwame", "Megan", "Tariq", "Lucy",
  "Dev", "Hannah", "Callum", "Zara", "Owen", "Ruth", "Imran", "Jess", "Ben", "Nadia",
};

static const char *surnames[] = {
  "Patel", "Okafor", "Hughes", "Khan", "Walsh", "Nowak", "Fraser", "Begum", "Doyle",
  "Reid", "Ahmed", "Clarke", "Mensah", "Shaw", "Kaur", "Byrne", "Lewis", "Hussain",
};

static double
coin (Sample *s)
{
  return g_rand_double (s->rand);
}

static guint
pick (Sample *s, guint n)
{
  return (guint) g_rand_int_range (s->rand, 0, (gint32) n);
}

static GDate
day_at (const GDate *day, int offset)
{
  GDate out = *day;

  if (offset >= 0)
    g_date_add_days (&out, (guint) offset);
  else
    g_date_subtract_days (&out, (guint) -offset);
  return out;
}

/* minutes may run past midnight, for a shift or opening that starts on a later day. */
static GDateTime *
local_at (const GDate *day, int offset, int minutes)
{
  GDate date = day_at (day, offset + minutes / MINUTES_PER_DAY);

  minutes %= MINUTES_PER_DAY;
  return g_date_time_new (hubrota_london_tz (), g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), minutes / 60, minutes % 60, 0);
}

/* Beats and hubs */

/* Every fourth beat is a thin rural one (see pick_beat). */
static gboolean
is_thin (guint beat)
{
  return beat % 4 == 3;
}

/* Thin beats all have a hotspot or two (a village green, a lay-by); town beats sometimes. */
static gboolean
add_hotspots (Sample *s, const char *beat, guint index, GError **error)
{
  gboolean thin = is_thin (index);
  guint n = thin || coin (s) < 0.3 ? 1 + pick (s, 2) : 0;

  for (guint h = 0; h < n; h++)
    {
      g_autofree char *slug = g_strdup_printf ("%s-hotspot-%u", beat, h + 1);
      g_autofree char *name = g_strdup_printf ("%s %s %u",
                                               ward_names[index % G_N_ELEMENTS (ward_names)],
                                               thin ? "village green" : "shopping parade", h + 1);
      g_autoptr(HubrotaHotspot) hotspot = hubrota_hotspot_new (slug, beat, name);
      if (!hubrota_store_add_hotspot (s->store, hotspot, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_beats (Sample *s, GError **error)
{
  static const double limits[] = { 5.0, 7.5, 10.0, 10.0, 10.0, 12.5, 15.0, 20.0 };

  for (guint i = 0; i < s->n_beats; i++)
    {
      char *slug = g_strdup_printf ("beat-%u", i + 1);
      g_autofree char *name = g_strdup_printf ("%s %u", ward_names[i % G_N_ELEMENTS (ward_names)],
                                               i + 1);
      g_autoptr(HubrotaBeat) beat = hubrota_beat_new (slug, name);

      g_ptr_array_add (s->beat_slugs, slug);
      hubrota_beat_set_abstraction_limit (beat, limits[pick (s, G_N_ELEMENTS (limits))]);
      if (!hubrota_store_add_beat (s->store, beat, error) || !add_hotspots (s, slug, i, error))
        return FALSE;
    }
  return TRUE;
}

/* A weekday, 0 = Monday; Saturday more often, the day most hubs open. */
static int
pick_weekday (Sample *s)
{
  return coin (s) < 0.2 ? 5 : (int) pick (s, 7);
}

/* "MO" or "MO,TH" for one or two weekdays, and the first of them. */
static char *
pick_weekdays (Sample *s, int *out_first)
{
  static const char *codes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
  int a = pick_weekday (s), b = pick_weekday (s);

  if (coin (s) < 0.7 || a == b)
    {
      *out_first = a;
      return g_strdup (codes[a]);
    }
  *out_first = MIN (a, b);
  return g_strdup_printf ("%s,%s", codes[MIN (a, b)], codes[MAX (a, b)]);
}

static gboolean
add_series (Sample *s, const char *hub, GError **error)
{
  static const int starts[] = { 9 * 60, 9 * 60 + 30, 10 * 60, 13 * 60, 14 * 60, 16 * 60, 18 * 60 };
  int first_weekday;
  g_autofree char *days = pick_weekdays (s, &first_weekday);
  g_autofree char *rrule = g_strdup_printf ("FREQ=WEEKLY%s;BYDAY=%s",
                                            coin (s) < 0.1 ? ";INTERVAL=2" : "", days);
  g_autoptr(GDateTime) start = local_at (&s->anchor, first_weekday,
                                         starts[pick (s, G_N_ELEMENTS (starts))]);
  g_autoptr(HubrotaSeries) series = hubrota_series_new (hub, start, 120 + 30 * (int) pick (s, 5),
                                                        rrule);
  double r = coin (s);

  hubrota_series_set_min_officers (series, r < 0.55 ? 1 : r < 0.9 ? 2 : 3);
  return hubrota_store_add_series (s->store, series, error) != 0;
}

/* A one-off extra opening: a fun day, a crime-prevention stall. */
static gboolean
add_extra (Sample *s, const char *hub, GError **error)
{
  g_autoptr(GDateTime) start = local_at (&s->first_day, (int) pick (s, s->n_days),
                                         10 * 60 + 60 * (int) pick (s, 8));
  g_autoptr(HubrotaSeries) series = hubrota_series_new (hub, start, 180, NULL);

  hubrota_series_set_min_officers (series, 2);
  return hubrota_store_add_series (s->store, series, error) != 0;
}

static gboolean
add_hubs (Sample *s, guint n_hubs, GError **error)
{
  for (guint i = 0; i < n_hubs; i++)
    {
      /* Every beat gets a hub first, then the rest go anywhere. */
      int beat = i < s->n_beats ? (int) i : (int) pick (s, s->n_beats);
      char *slug = g_strdup_printf ("hub-%u", i + 1);
      g_autofree char *name = g_strdup_printf ("%s Community Hub %u",
                                               ward_names[beat % G_N_ELEMENTS (ward_names)], i + 1);
      g_autoptr(HubrotaHub) hub = hubrota_hub_new (slug, name,
                                                   g_ptr_array_index (s->beat_slugs, beat));

      g_hash_table_insert (s->hub_beats, slug, GINT_TO_POINTER (beat + 1));
      if (!hubrota_store_add_hub (s->store, hub, error) || !add_series (s, slug, error) ||
          (coin (s) < 0.4 && !add_series (s, slug, error)) ||
          (coin (s) < 0.15 && !add_extra (s, slug, error)))
        return FALSE;
    }
  return TRUE;
}

/* Officers and their duty */

static gboolean
add_duty_row (Sample *s, SampleOfficer *o, int offset, int minutes, const char *rrule,
              GError **error)
{
  g_autoptr(GDateTime) start = local_at (&s->anchor, offset, minutes);
  g_autoptr(HubrotaDuty) duty = hubrota_duty_new (o->id, start, o->shift_minutes, rrule);

  return hubrota_store_add_duty (s->store, duty, error) != 0;
}

/* Four 10-hour shifts on, four off: one row per day of the block, each every eighth day. */
static gboolean
add_four_on_four_off (Sample *s, SampleOfficer *o, GError **error)
{
  double r = coin (s);
  int offset = (int) pick (s, 8);

  o->cycle = 8;
  o->shift_minutes = r < 0.2 ? 9 * 60 : 10 * 60;
  o->shift_start[0] = o->shift_start[1] = r < 0.2 ? 22 * 60 : r < 0.6 ? 7 * 60 : 14 * 60;
  for (int k = 0; k < 4; k++)
    {
      o->on_days |= 1u << ((offset + k) % 8);
      if (!add_duty_row (s, o, offset + k, o->shift_start[0], "FREQ=DAILY;INTERVAL=8", error))
        return FALSE;
    }
  return TRUE;
}

/* Monday to Friday, 8 hours: always days or always lates, or alternating weeks of each. */
static gboolean
add_weekdays (Sample *s, SampleOfficer *o, GError **error)
{
  const char *weekly = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";
  const char *fortnightly = "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR";

  o->shift_minutes = 8 * 60;
  o->shift_start[0] = coin (s) < 0.6 ? 8 * 60 : 14 * 60;
  if (coin (s) < 0.6)
    {
      o->cycle = 7;
      o->on_days = 0x1f;
      o->shift_start[1] = o->shift_start[0];
      return add_duty_row (s, o, 0, o->shift_start[0], weekly, error);
    }
  o->cycle = 14;
  o->on_days = 0x1f | (0x1f << 7);
  o->shift_start[1] = o->shift_start[0] == 8 * 60 ? 14 * 60 : 8 * 60;
  return add_duty_row (s, o, 0, o->shift_start[0], fortnightly, error) &&
         add_duty_row (s, o, 7, o->shift_start[1], fortnightly, error);
}

/* Specials and volunteers give a session or two a week: Friday and Saturday nights, a
 * Saturday morning, or Tuesday and Thursday mornings. A short session is all the cover some
 * thin beats have, so one hub opening elsewhere can take it all. */
static gboolean
add_part_time (Sample *s, SampleOfficer *o, HubrotaRole role, GError **error)
{
  double r = coin (s);

  o->cycle = 7;
  if (role == HUBROTA_ROLE_SC && r < 0.5)
    {
      o->on_days = (1u << 4) | (1u << 5);
      o->shift_minutes = 6 * 60;
      o->shift_start[0] = o->shift_start[1] = 18 * 60;
      return add_duty_row (s, o, 4, o->shift_start[0], "FREQ=WEEKLY;BYDAY=FR,SA", error);
    }
  if (role == HUBROTA_ROLE_SC)
    {
      o->on_days = 1u << 5;
      o->shift_minutes = 2 * 60;
      o->shift_start[0] = o->shift_start[1] = 10 * 60;
      return add_duty_row (s, o, 5, o->shift_start[0], "FREQ=WEEKLY;BYDAY=SA", error);
    }
  o->on_days = (1u << 1) | (1u << 3);
  o->shift_minutes = 5 * 60;
  o->shift_start[0] = o->shift_start[1] = 10 * 60;
  return add_duty_row (s, o, 1, o->shift_start[0], "FREQ=WEEKLY;BYDAY=TU,TH", error);
}

/* Rural PCSOs work 4-on-4-off; so do about half the others. */
static gboolean
add_pattern (Sample *s, SampleOfficer *o, HubrotaRole role, gboolean thin, GError **error)
{
  double r = coin (s);

  /* A new starter whose duty nobody has entered yet. */
  if (r < 0.03)
    return TRUE;
  if (role == HUBROTA_ROLE_SC || role == HUBROTA_ROLE_VOL)
    return add_part_time (s, o, role, error);
  if (thin || r < 0.55)
    return add_four_on_four_off (s, o, error);
  return add_weekdays (s, o, error);
}

static gboolean
add_absence (Sample *s, SampleOfficer *o, GError **error)
{
  static const char *reasons[] = { "Annual leave", "Sick", "Training course", "Court" };
  guint kind = pick (s, G_N_ELEMENTS (reasons));
  int day = (int) pick (s, s->n_days);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(HubrotaAbsence) absence = NULL;

  if (kind <= 1)
    {
      int days = kind == 0 ? 3 + (int) pick (s, 12) : 1 + (int) pick (s, 3);
      start = local_at (&s->first_day, day, 0);
      end = local_at (&s->first_day, day + days, 0);
    }
  else
    {
      start = local_at (&s->first_day, day, kind == 2 ? 9 * 60 : 10 * 60);
      end = local_at (&s->first_day, day, kind == 2 ? 17 * 60 : 16 * 60);
    }
  absence = hubrota_absence_new (o->id, start, end, reasons[kind]);
  return hubrota_store_add_absence (s->store, absence, error) != 0;
}

static HubrotaRole
pick_role (Sample *s)
{
  double r = coin (s);

  return r < 0.45 ? HUBROTA_ROLE_PC : r < 0.80 ? HUBROTA_ROLE_PCSO : r < 0.88 ? HUBROTA_ROLE_SC
         : r < 0.95 ? HUBROTA_ROLE_SGT : HUBROTA_ROLE_VOL;
}

/* Beats are of uneven size: every fourth is a thin rural one, however big the force, with
 * one PCSO and one special constable, who can easily both be away or off at once. The
 * first officers go there; the rest spread over the other beats. */
static int
pick_beat (Sample *s, HubrotaRole *role)
{
  guint n_thin = s->n_beats / 4, n_thick = s->n_beats - n_thin;
  guint k;

  if (s->thin_posted < 2 * n_thin)
    {
      k = s->thin_posted++;
      *role = k < n_thin ? HUBROTA_ROLE_PCSO : HUBROTA_ROLE_SC;
      return (int) (3 + 4 * (k % n_thin));
    }
  if (*role == HUBROTA_ROLE_VOL || (*role == HUBROTA_ROLE_SGT && coin (s) < 0.7))
    return NO_BEAT;
  /* The k-th beat that is not thin. */
  k = pick (s, n_thick);
  return (int) (k + k / 3);
}

static HubrotaOfficer *
new_officer (Sample *s, const SampleOfficer *o, HubrotaRole role)
{
  g_autofree char *name = g_strdup_printf ("%s %s",
                                           first_names[pick (s, G_N_ELEMENTS (first_names))],
                                           surnames[pick (s, G_N_ELEMENTS (surnames))]);
  double hours = role == HUBROTA_ROLE_VOL ? 10 : role == HUBROTA_ROLE_SC ? 12 : 40;
  const char *beat = o->beat == NO_BEAT ? NULL : g_ptr_array_index (s->beat_slugs, o->beat);

  return hubrota_officer_new (o->id, name, role, beat, hours);
}

static gboolean
add_officer (Sample *s, guint i, GError **error)
{
  HubrotaRole role = pick_role (s);
  int beat = pick_beat (s, &role);
  gboolean thin = beat != NO_BEAT && is_thin ((guint) beat);
  int index = (int) s->officers->len;
  SampleOfficer *o;
  g_autoptr(HubrotaOfficer) officer = NULL;

  g_array_set_size (s->officers, index + 1);
  o = &g_array_index (s->officers, SampleOfficer, index);
  *o = (SampleOfficer) {
    .id = g_strdup_printf ("%s%u", hubrota_role_to_string (role), 1001 + i),
    .beat = beat,
  };
  g_array_append_val (g_ptr_array_index (s->by_beat, beat == NO_BEAT ? s->n_beats : (guint) beat),
                      index);
  if (thin)
    g_array_append_val (s->thin_officers, index);
  officer = new_officer (s, o, role);
  if (!hubrota_store_add_officer (s->store, officer, error) ||
      !add_pattern (s, o, role, thin, error))
    return FALSE;
  /* About a third have some leave, sickness, training or court in the period. */
  return (coin (s) >= 0.35 || add_absence (s, o, error)) &&
         (coin (s) >= 0.1 || add_absence (s, o, error));
}

/* Exceptions and the rota */

static gboolean
cancel_and_move (Sample *s, GPtrArray *openings, GError **error)
{
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *o = g_ptr_array_index (openings, i);
      const char *hub = hubrota_occurrence_get_hub (o);
      gint64 series = hubrota_occurrence_get_series (o);
      const GDate *date = hubrota_occurrence_get_original_date (o);
      double r = coin (s);

      if (r < 0.015 && !hubrota_store_cancel_occurrence (s->store, hub, series, date,
                                                         "Closed: the venue is needed", error))
        return FALSE;
      if (r >= 0.015 && r < 0.025)
        {
          /* Two hours earlier or three later on the same date (so later lookups by date still
           * find one opening), for an event at the venue; a late one then runs past midnight. */
          g_autoptr(GDateTime) start = g_date_time_add_hours (hubrota_occurrence_get_start (o),
                                                              coin (s) < 0.5 ? -2 : 3);
          if (!hubrota_store_move_occurrence (s->store, hub, series, date, start, 0, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
covers (Sample *s, const SampleOfficer *o, HubrotaOccurrence *opening)
{
  g_autoptr(GDateTime) start = g_date_time_to_timezone (hubrota_occurrence_get_start (opening),
                                                        hubrota_london_tz ());
  GDate day;
  int minutes = g_date_time_get_hour (start) * 60 + g_date_time_get_minute (start);
  int length = (int) (g_date_time_difference (hubrota_occurrence_get_end (opening),
                                              hubrota_occurrence_get_start (opening))
                      / G_TIME_SPAN_MINUTE);
  guint d, shift;

  if (o->cycle == 0)
    return FALSE;
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (start), g_date_time_get_month (start),
                  g_date_time_get_year (start));
  d = (g_date_get_julian (&day) - g_date_get_julian (&s->anchor)) % o->cycle;
  shift = (guint) o->shift_start[d >= 7];
  return (o->on_days & (1u << d)) != 0 && minutes >= (int) shift &&
         minutes + length <= (int) shift + o->shift_minutes;
}

/* Mostly someone on duty then, as a coordinator would pick; sometimes whoever comes up. */
static int
pick_from (Sample *s, GArray *pool, HubrotaOccurrence *opening)
{
  int officer = NO_BEAT;
  guint tries = coin (s) < 0.9 ? 16 : 1;

  for (guint t = 0; t < tries && pool->len > 0; t++)
    {
      officer = g_array_index (pool, int, pick (s, pool->len));
      if (covers (s, &g_array_index (s->officers, SampleOfficer, officer), opening))
        break;
    }
  return officer;
}

/* Someone already at an opening that overlaps this one, for a double booking. */
static int
pick_busy (Sample *s, GPtrArray *openings, GPtrArray *staff, guint i)
{
  GDateTime *start = hubrota_occurrence_get_start (g_ptr_array_index (openings, i));

  for (guint j = i; j-- > 0 && i - j < 40;)
    {
      GArray *there = g_ptr_array_index (staff, j);
      HubrotaOccurrence *other = g_ptr_array_index (openings, j);
      if (there->len > 0 && g_date_time_compare (hubrota_occurrence_get_end (other), start) > 0)
        return g_array_index (there, int, pick (s, there->len));
    }
  return NO_BEAT;
}

static int
pick_officer (Sample *s, GPtrArray *openings, GPtrArray *staff, guint i)
{
  HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
  int beat = GPOINTER_TO_INT (g_hash_table_lookup (s->hub_beats,
                                                   hubrota_occurrence_get_hub (opening))) - 1;
  g_autoptr(GArray) everyone = NULL;
  double r = coin (s);

  if (r < 0.06)
    return pick_busy (s, openings, staff, i);
  if (r < 0.70)
    return pick_from (s, g_ptr_array_index (s->by_beat, beat), opening);
  if (r < 0.85)
    return pick_from (s, g_ptr_array_index (s->by_beat, s->n_beats), opening);
  /* Borrowed from a thin rural beat for a town hub, leaving it short. */
  if (r < 0.89 && s->thin_officers->len > 0)
    return pick_from (s, s->thin_officers, opening);
  /* Anyone at all: usually an officer from another beat, abstracted to cover. */
  everyone = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint k = 0; k < 8; k++)
    {
      int officer = (int) pick (s, s->officers->len);
      g_array_append_val (everyone, officer);
    }
  return pick_from (s, everyone, opening);
}

static gboolean
contains (GArray *officers, int officer)
{
  for (guint i = 0; i < officers->len; i++)
    if (g_array_index (officers, int, i) == officer)
      return TRUE;
  return FALSE;
}

/* Staffs about half the openings, some short, some over the minimum. */
static gboolean
build_rota (Sample *s, GPtrArray *openings, GError **error)
{
  g_autoptr(GPtrArray) staff = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
      GArray *there = g_array_new (FALSE, FALSE, sizeof (int));
      int wanted = hubrota_occurrence_get_min_officers (opening) + (int) pick (s, 3) - 1;

      g_ptr_array_add (staff, there);
      if (hubrota_occurrence_get_status (opening) == HUBROTA_OCCURRENCE_CANCELLED ||
          coin (s) > 0.55)
        continue;
      for (int k = 0; k < wanted; k++)
        {
          int officer = pick_officer (s, openings, staff, i);
          SampleOfficer *o;
          if (officer == NO_BEAT || contains (there, officer))
            continue;
          o = &g_array_index (s->officers, SampleOfficer, officer);
          if (!hubrota_store_assign (s->store, o->id, opening, FALSE, error))
            return FALSE;
          g_array_append_val (there, officer);
        }
    }
  return TRUE;
}

/* Someone on a weekly pattern who is on duty for the opening, so for every one like it. */
static int
pick_regular (Sample *s, GArray *pool, HubrotaOccurrence *opening)
{
  for (guint t = 0; t < 8; t++)
    {
      int officer = g_array_index (pool, int, pick (s, pool->len));
      SampleOfficer *o = &g_array_index (s->officers, SampleOfficer, officer);
      if (o->cycle == 7 && covers (s, o, opening))
        return officer;
    }
  return NO_BEAT;
}

/* A few officers run a hub's session every week: put on the whole series. */
static gboolean
add_regulars (Sample *s, GPtrArray *openings, GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *opening = g_ptr_array_index (openings, i);
      gint64 series = hubrota_occurrence_get_series (opening);
      int beat = GPOINTER_TO_INT (g_hash_table_lookup (s->hub_beats,
                                                       hubrota_occurrence_get_hub (opening))) - 1;
      GArray *pool = g_ptr_array_index (s->by_beat, beat);
      int officer;

      if (g_hash_table_contains (seen, &series))
        continue;
      g_hash_table_add (seen, g_memdup2 (&series, sizeof series));
      if (pool->len == 0 || coin (s) > 0.1)
        continue;
      if ((officer = pick_regular (s, pool, opening)) == NO_BEAT)
        continue;
      if (!hubrota_store_assign (s->store, g_array_index (s->officers, SampleOfficer, officer).id,
                                 opening, TRUE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
fill (Sample *s, guint n_officers, guint n_hubs, GError **error)
{
  GDate last = day_at (&s->first_day, (int) s->n_days - 1);
  g_autoptr(GPtrArray) openings = NULL;

  if (!add_beats (s, error) || !add_hubs (s, n_hubs, error))
    return FALSE;
  for (guint i = 0; i < n_officers; i++)
    if (!add_officer (s, i, error))
      return FALSE;
  openings = hubrota_store_list_occurrences (s->store, &s->first_day, &last, NULL, error);
  if (openings == NULL || !cancel_and_move (s, openings, error))
    return FALSE;
  /* Again, for the cancellations and the moves. */
  g_clear_pointer (&openings, g_ptr_array_unref);
  openings = hubrota_store_list_occurrences (s->store, &s->first_day, &last, NULL, error);
  return openings != NULL && build_rota (s, openings, error) && add_regulars (s, openings, error);
}

gboolean
rota_sample_fill (HubrotaStore  *store,
                  guint32        seed,
                  guint          n_officers,
                  guint          n_hubs,
                  const GDate   *first_day,
                  guint          n_days,
                  GError       **error)
{
  g_auto(Sample) s = {
    .store = store,
    .rand = g_rand_new_with_seed (seed),
    .first_day = *first_day,
    .n_days = n_days,
    .n_beats = MAX (1, (n_hubs + 1) / 2),
    .beat_slugs = g_ptr_array_new_with_free_func (g_free),
    .hub_beats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .officers = g_array_new (FALSE, FALSE, sizeof (SampleOfficer)),
    .by_beat = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref),
    .thin_officers = g_array_new (FALSE, FALSE, sizeof (int)),
  };

  g_return_val_if_fail (n_hubs > 0 && n_days > 0, FALSE);

  g_array_set_clear_func (s.officers, clear_officer);
  for (guint b = 0; b <= s.n_beats; b++)
    g_ptr_array_add (s.by_beat, g_array_new (FALSE, FALSE, sizeof (int)));
  /* Patterns start on a Monday well before the period, so shifts straddle its start. */
  s.anchor = day_at (first_day, -14);
  while (g_date_get_weekday (&s.anchor) != G_DATE_MONDAY)
    g_date_subtract_days (&s.anchor, 1);

  /* One transaction: thousands of rows, one commit. */
  if (!_hubrota_store_begin (store, error))
    return FALSE;
  if (!fill (&s, n_officers, n_hubs, error))
    return _hubrota_store_fail (store);
  return _hubrota_store_commit (store, error);
}
