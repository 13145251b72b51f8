/* hubrota-demo-rota.c: the demo's officers, their shifts and leave, and a rota half built
 *
 * The rota is left as a coordinator might have it mid-way: most hubs staffed for good,
 * a few Saturdays short, and one of each kind of mistake the rules catch, so every rule
 * can be seen in `hubrota-cli check` and in the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaDemo"

#include "config.h"

#include "hubrota-london.h"
#include "hubrota-store-private.h"

typedef struct
{
  const char *id;
  const char *name;
  HubrotaRole role;
  const char *beat;
  const char *pattern;     /* one of the patterns below */
} DemoOfficer;

typedef struct
{
  const char *name;
  GDateWeekday first_day;  /* the first BYDAY of the rule, where the pattern starts */
  int hour;
  int minutes;
  const char *rrule;
} DemoPattern;

static const DemoPattern demo_patterns[] = {
  { "early", G_DATE_MONDAY, 8, 480, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR" },
  { "late", G_DATE_TUESDAY, 14, 480, "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA" },
  { "weekend", G_DATE_WEDNESDAY, 9, 480, "FREQ=WEEKLY;BYDAY=WE,TH,FR,SA,SU" },
  { "long-days", G_DATE_MONDAY, 10, 480, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR" },
  { "tuesday-to-saturday", G_DATE_TUESDAY, 8, 480, "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA" },
  { "saturdays", G_DATE_SATURDAY, 9, 480, "FREQ=WEEKLY;BYDAY=SA" },
  { "volunteer", G_DATE_TUESDAY, 9, 360, "FREQ=WEEKLY;BYDAY=TU,SA" },
};

static const DemoOfficer demo_officers[] = {
  { "PC2101", "Sam Patel", HUBROTA_ROLE_PC, "bedford-castle", "weekend" },
  { "PCSO7702", "Grace Okafor", HUBROTA_ROLE_PCSO, "bedford-castle", "early" },
  { "PC2145", "Tom Hughes", HUBROTA_ROLE_PC, "bedford-castle", "late" },
  { "PCSO7715", "Aisha Rahman", HUBROTA_ROLE_PCSO, "kempston-central", "early" },
  { "PC2230", "Dan Whitfield", HUBROTA_ROLE_PC, "kempston-central", "weekend" },
  { "PCSO7731", "Helen Marsh", HUBROTA_ROLE_PCSO, "ampthill", "long-days" },
  { "PC2260", "Chris Doyle", HUBROTA_ROLE_PC, "ampthill", "late" },
  { "PC3105", "Priya Sharma", HUBROTA_ROLE_PC, "luton-south", "weekend" },
  { "PC3112", "Jamal Ahmed", HUBROTA_ROLE_PC, "luton-south", "early" },
  { "PCSO8804", "Ellie Fraser", HUBROTA_ROLE_PCSO, "luton-south", "late" },
  { "PCSO8810", "Mark Bennett", HUBROTA_ROLE_PCSO, "dunstable-central", "early" },
  { "PC3140", "Zoe Clarke", HUBROTA_ROLE_PC, "dunstable-central", "weekend" },
  { "PCSO8822", "Ruth Adeyemi", HUBROTA_ROLE_PCSO, "leighton-linslade", "tuesday-to-saturday" },
  { "PC2290", "Owen Price", HUBROTA_ROLE_PC, "biggleswade-north", "late" },
  { "PCSO7760", "Megan Lloyd", HUBROTA_ROLE_PCSO, "biggleswade-north", "early" },
  { "SGT4001", "Karen Wells", HUBROTA_ROLE_SGT, NULL, "early" },
  { "SC5120", "Lee Carter", HUBROTA_ROLE_SC, NULL, "saturdays" },
  { "VOL9003", "Pat Simmons", HUBROTA_ROLE_VOL, NULL, "volunteer" },
};

static const struct
{
  const char *slug;
  const char *beat;
  const char *name;
} demo_hotspots[] = {
  { "bedford-bus-station", "bedford-castle", "Bedford bus station" },
  { "harpur-centre", "bedford-castle", "Harpur Centre and Silver Street" },
  { "luton-station", "luton-south", "Luton station approach" },
  { "leighton-high-street", "leighton-linslade", "Leighton Buzzard High Street" },
};

static const DemoPattern *
find_pattern (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_patterns); i++)
    if (g_str_equal (demo_patterns[i].name, name))
      return &demo_patterns[i];
  g_assert_not_reached ();
}

static GDateTime *
at (const GDate *date, int hour, int minute)
{
  return g_date_time_new (hubrota_london_tz (), g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), hour, minute, 0);
}

static GDate
on_or_after (const GDate *from, GDateWeekday weekday, int plus_days)
{
  GDate date = *from;

  g_date_add_days (&date, plus_days);
  while (g_date_get_weekday (&date) != weekday)
    g_date_add_days (&date, 1);
  return date;
}

static gboolean
add_officer (HubrotaStore *self, const DemoOfficer *d, const GDate *from, GError **error)
{
  const DemoPattern *pattern = find_pattern (d->pattern);
  g_autoptr(HubrotaOfficer) officer = hubrota_officer_new (d->id, d->name, d->role, d->beat,
                                                           d->role == HUBROTA_ROLE_VOL ? 12 : 40);
  GDate first = on_or_after (from, pattern->first_day, 0);
  g_autoptr(GDateTime) start = at (&first, pattern->hour, 0);
  g_autoptr(HubrotaDuty) duty = hubrota_duty_new (d->id, start, pattern->minutes, pattern->rrule);

  return hubrota_store_add_officer (self, officer, error) &&
         hubrota_store_add_duty (self, duty, error) != 0;
}

static gboolean
add_absence (HubrotaStore *self, const char *officer, const GDate *first, int days,
             const char *reason, GError **error)
{
  GDate after = *first;
  g_autoptr(GDateTime) start = at (first, 0, 0);
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(HubrotaAbsence) absence = NULL;

  g_date_add_days (&after, days);
  end = at (&after, 0, 0);
  absence = hubrota_absence_new (officer, start, end, reason);
  return hubrota_store_add_absence (self, absence, error) != 0;
}

/* The hub's opening on that day, if it is open then. */
static HubrotaOccurrence *
open_on (HubrotaStore *self, const char *hub, const GDate *date)
{
  g_autoptr(HubrotaOccurrence) opening = hubrota_store_find_occurrence (self, hub, date, NULL, NULL);

  if (opening == NULL || hubrota_occurrence_get_status (opening) != HUBROTA_OCCURRENCE_SCHEDULED)
    return NULL;
  return g_steal_pointer (&opening);
}

/* A coming week (by its Monday) in which Kempston (Wednesday), Ampthill (Friday), Bedford
 * and Luton (Saturday) all open: the examples need them, and Christmas closes them all. */
static gboolean
week_open (HubrotaStore *self, const GDate *monday)
{
  const struct { const char *hub; int day; } needed[] = {
    { "kempston", 2 }, { "ampthill", 4 }, { "bedford-library", 5 }, { "luton-town-centre", 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    {
      g_autoptr(HubrotaOccurrence) opening = NULL;
      GDate day = *monday;

      g_date_add_days (&day, needed[i].day);
      if ((opening = open_on (self, needed[i].hub, &day)) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
find_open_weeks (HubrotaStore *self, const GDate *today, GDate *weeks, guint n_weeks)
{
  GDate monday = on_or_after (today, G_DATE_MONDAY, 1);

  for (guint found = 0; found < n_weeks; g_date_add_days (&monday, 7))
    if (week_open (self, &monday))
      weeks[found++] = monday;
}

static gboolean
assign (HubrotaStore *self, const char *officer, const char *hub, const GDate *monday,
        int day, gboolean whole_series, GError **error)
{
  g_autoptr(HubrotaOccurrence) opening = NULL;
  GDate date = *monday;

  g_date_add_days (&date, day);
  opening = hubrota_store_find_occurrence (self, hub, &date, NULL, error);
  return opening != NULL && hubrota_store_assign (self, officer, opening, whole_series, error);
}

/* Puts the officer on every opening of the hub's series, from its next scheduled one. */
static gboolean
assign_series (HubrotaStore *self, const char *officer, const char *hub, const GDate *today,
               GError **error)
{
  g_autoptr(GPtrArray) openings = NULL;
  GDate to = *today;

  g_date_add_days (&to, 70);
  openings = hubrota_store_list_occurrences (self, today, &to, hub, error);
  if (openings == NULL)
    return FALSE;
  for (guint i = 0; i < openings->len; i++)
    if (hubrota_occurrence_get_status (g_ptr_array_index (openings, i)) ==
        HUBROTA_OCCURRENCE_SCHEDULED)
      return hubrota_store_assign (self, officer, g_ptr_array_index (openings, i), TRUE, error);
  g_assert_not_reached ();
}

static gboolean
add_hotspots_and_officers (HubrotaStore *self, const GDate *from, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_hotspots); i++)
    {
      g_autoptr(HubrotaHotspot) hotspot = hubrota_hotspot_new (demo_hotspots[i].slug,
                                                               demo_hotspots[i].beat,
                                                               demo_hotspots[i].name);
      if (!hubrota_store_add_hotspot (self, hotspot, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (demo_officers); i++)
    if (!add_officer (self, &demo_officers[i], from, error))
      return FALSE;
  return TRUE;
}

/* Most hubs have their own officer for good; Bedford and Luton are built week by week, and
 * the first three open weeks hold one example of each mistake the rules catch. */
static gboolean
add_rota (HubrotaStore *self, const GDate *today, GError **error)
{
  GDate weeks[3];
  GDate leave_start, thursday;

  find_open_weeks (self, today, weeks, G_N_ELEMENTS (weeks));
  /* on-leave: Sam is on Bedford every Saturday, but away in the third week. */
  leave_start = weeks[2];
  g_date_add_days (&leave_start, 3);
  /* hotspot-patrol-at-risk: Leighton's only officer away the whole of that week. */
  thursday = weeks[0];
  g_date_add_days (&thursday, 3);
  return assign_series (self, "PC2290", "biggleswade", today, error) &&
         assign_series (self, "PCSO8810", "dunstable", today, error) &&
         assign_series (self, "PCSO8822", "leighton-buzzard", today, error) &&
         assign (self, "PCSO7715", "kempston", &weeks[0], 2, TRUE, error) &&
         assign (self, "PCSO7731", "ampthill", &weeks[0], 4, TRUE, error) &&
         assign (self, "PC2101", "bedford-library", &weeks[0], 5, TRUE, error) &&
         add_absence (self, "PC2101", &leave_start, 7, "annual leave", error) &&
         add_absence (self, "PCSO7715", &thursday, 1, "training", error) &&
         add_absence (self, "PCSO8822", &weeks[1], 7, "annual leave", error) &&
         /* off-duty: Grace works Monday to Friday. */
         assign (self, "PCSO7702", "bedford-library", &weeks[0], 5, FALSE, error) &&
         /* double-booked: Lee at Bedford and at Luton on the same Saturday morning. */
         assign (self, "SC5120", "bedford-library", &weeks[0], 5, FALSE, error) &&
         assign (self, "SC5120", "luton-town-centre", &weeks[0], 5, FALSE, error) &&
         assign (self, "PC3105", "luton-town-centre", &weeks[0], 5, FALSE, error) &&
         /* beat-uncovered: Dan is Kempston's only officer on duty on Saturdays. */
         assign (self, "PC2230", "bedford-library", &weeks[1], 5, FALSE, error) &&
         /* abstraction-limit: 5 of Tom's 40 hours that week at hubs outside Castle. */
         assign (self, "PC2145", "kempston", &weeks[1], 2, FALSE, error) &&
         assign (self, "PC2145", "ampthill", &weeks[1], 4, FALSE, error) &&
         assign (self, "PC3105", "luton-town-centre", &weeks[1], 5, FALSE, error) &&
         assign (self, "VOL9003", "luton-town-centre", &weeks[1], 5, FALSE, error);
}

gboolean
_hubrota_demo_add_rota (HubrotaStore  *self,
                        const GDate   *from,
                        const GDate   *today,
                        GError       **error)
{
  g_autoptr(HubrotaStatement) stmt = _hubrota_store_prepare (
    self, "UPDATE beat SET abstraction_limit = 15 WHERE slug = 'luton-south'", error);

  /* The town centre beat accepts more hub time: its hub is its busiest public counter. */
  return stmt != NULL && _hubrota_store_run (self, stmt, error) &&
         add_hotspots_and_officers (self, from, error) && add_rota (self, today, error);
}
