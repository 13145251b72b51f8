/* hubrota-demo.c: a believable Bedfordshire sample to explore Hubrota with
 *
 * The dates are relative to today, so the demo always has recent and upcoming openings,
 * a closure over the coming Christmas, a moved opening and a one-off extra.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaDemo"

#include "config.h"

#include "hubrota-london.h"
#include "hubrota-store-private.h"

typedef struct
{
  const char *slug;
  const char *name;
} DemoBeat;

typedef struct
{
  const char *slug;
  const char *name;
  const char *beat;
  const char *address;
  const char *postcode;
  double latitude;
  double longitude;
  const char *description;
  GDateWeekday weekday;   /* of the first opening */
  int hour;
  int minute;
  int duration_minutes;
  const char *rrule;
  int min_officers;
} DemoHub;

static const DemoBeat demo_beats[] = {
  { "bedford-castle", "Castle, Bedford" },
  { "kempston-central", "Kempston Central and East" },
  { "ampthill", "Ampthill" },
  { "luton-south", "South, Luton" },
  { "dunstable-central", "Dunstable Central" },
  { "leighton-linslade", "Leighton–Linslade" },
  { "biggleswade-north", "Biggleswade North" },
};

#define SERVICES "Report a crime, get crime-prevention advice, have your bike security-marked " \
                 "or speak to your neighbourhood team. No appointment needed."

static const DemoHub demo_hubs[] = {
  { "bedford-library", "Bedford Central Library", "bedford-castle",
    "Harpur Street, Bedford", "MK40 1PG", 52.1373, -0.4665, SERVICES,
    G_DATE_SATURDAY, 10, 0, 180, "FREQ=WEEKLY;BYDAY=SA", 2 },
  { "kempston", "Kempston Library", "kempston-central",
    "Halsey Road, Kempston", "MK42 8AU", 52.1158, -0.4990, SERVICES,
    G_DATE_WEDNESDAY, 14, 0, 120, "FREQ=WEEKLY;BYDAY=WE", 1 },
  { "ampthill", "Ampthill Parish Rooms", "ampthill",
    "Dunstable Street, Ampthill", "MK45 2JT", 52.0290, -0.4950,
    "Meet your local PCSOs on Friday afternoons: report a crime, ask about speeding on "
    "the B530, or pick up a free purse bell.",
    G_DATE_FRIDAY, 14, 0, 180, "FREQ=WEEKLY;BYDAY=FR", 1 },
  { "luton-town-centre", "Luton Town Centre", "luton-south",
    "The Mall, Arndale Centre, Luton", "LU1 2TL", 51.8797, -0.4175, SERVICES,
    G_DATE_SATURDAY, 10, 0, 240, "FREQ=WEEKLY;BYDAY=TU,SA", 2 },
  { "dunstable", "Dunstable Grove House", "dunstable-central",
    "76 High Street North, Dunstable", "LU6 1NF", 51.8882, -0.5213, SERVICES,
    G_DATE_THURSDAY, 10, 0, 180, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", 1 },
  { "leighton-buzzard", "Leighton Buzzard Library", "leighton-linslade",
    "Lake Street, Leighton Buzzard", "LU7 1RX", 51.9153, -0.6618, SERVICES,
    G_DATE_SATURDAY, 10, 0, 120, "FREQ=MONTHLY;BYDAY=1SA", 1 },
  { "biggleswade", "Biggleswade Library", "biggleswade-north",
    "Chestnut Avenue, Biggleswade", "SG18 0LL", 52.0861, -0.2644, SERVICES,
    G_DATE_TUESDAY, 15, 0, 180, "FREQ=WEEKLY;BYDAY=TU", 1 },
};

/* The first date on or after `from` that falls on `weekday` and, for a monthly
 * first-weekday rule, in the first seven days of its month. */
static GDate
first_date (const GDate *from, const DemoHub *hub)
{
  GDate date = *from;
  gboolean monthly = g_str_has_prefix (hub->rrule, "FREQ=MONTHLY");

  while (g_date_get_weekday (&date) != hub->weekday || (monthly && g_date_get_day (&date) > 7))
    g_date_add_days (&date, 1);
  return date;
}

static GDateTime *
at (const GDate *date, int hour, int minute)
{
  return g_date_time_new (hubrota_london_tz (), g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), hour, minute, 0);
}

static gboolean
add_beats_and_hubs (HubrotaStore *self, const GDate *from, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_beats); i++)
    {
      g_autoptr(HubrotaBeat) beat = hubrota_beat_new (demo_beats[i].slug, demo_beats[i].name);
      if (!hubrota_store_add_beat (self, beat, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (demo_hubs); i++)
    {
      const DemoHub *d = &demo_hubs[i];
      g_autoptr(HubrotaHub) hub = hubrota_hub_new (d->slug, d->name, d->beat);
      g_autoptr(HubrotaSeries) series = NULL;
      g_autoptr(GDateTime) start = NULL;
      GDate date = first_date (from, d);

      hubrota_hub_set_address (hub, d->address);
      hubrota_hub_set_postcode (hub, d->postcode);
      hubrota_hub_set_location (hub, d->latitude, d->longitude);
      hubrota_hub_set_description (hub, d->description);
      start = at (&date, d->hour, d->minute);
      series = hubrota_series_new (d->slug, start, d->duration_minutes, d->rrule);
      hubrota_series_set_min_officers (series, d->min_officers);
      if (!hubrota_store_add_hub (self, hub, error) ||
          hubrota_store_add_series (self, series, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* The next opening of the hub at least `days` from today, as a date. */
static gboolean
opening_after (HubrotaStore *self, const char *hub, const GDate *today, int days, GDate *out,
               GError **error)
{
  g_autoptr(GPtrArray) openings = NULL;
  GDate from = *today, to;

  g_date_add_days (&from, days);
  to = from;
  g_date_add_days (&to, 62);
  openings = hubrota_store_list_occurrences (self, &from, &to, hub, error);
  if (openings == NULL)
    return FALSE;
  g_assert (openings->len > 0);
  *out = *hubrota_occurrence_get_original_date (g_ptr_array_index (openings, 0));
  return TRUE;
}

static gboolean
add_exceptions (HubrotaStore *self, const GDate *today, GError **error)
{
  g_autoptr(GDateTime) moved_start = NULL;
  g_autoptr(GDateTime) extra_start = NULL;
  g_autoptr(HubrotaSeries) extra = NULL;
  GDate christmas_eve, new_year, polling_day, moved_day, moved_to, extra_day = *today;
  guint cancelled = 0;
  int year = g_date_get_year (today);

  g_date_clear (&christmas_eve, 1);
  g_date_clear (&new_year, 1);
  g_date_set_dmy (&christmas_eve, 24, G_DATE_DECEMBER, year);
  g_date_set_dmy (&new_year, 1, G_DATE_JANUARY, year + 1);
  if (!hubrota_store_cancel_range (self, NULL, &christmas_eve, &new_year,
                                   "Closed for Christmas and New Year", &cancelled, error) ||
      !opening_after (self, "biggleswade", today, 14, &polling_day, error) ||
      !hubrota_store_cancel_occurrence (self, "biggleswade", 0, &polling_day,
                                        "Closed: the library is a polling station that day",
                                        error) ||
      !opening_after (self, "dunstable", today, 7, &moved_day, error))
    return FALSE;

  /* Dunstable moves one Thursday morning to the Friday afternoon for a market-day event. */
  moved_to = moved_day;
  g_date_add_days (&moved_to, 1);
  moved_start = at (&moved_to, 13, 0);
  g_date_add_days (&extra_day, 10);
  extra_start = at (&extra_day, 11, 0);
  extra = hubrota_series_new ("luton-town-centre", extra_start, 180, NULL);
  return hubrota_store_move_occurrence (self, "dunstable", 0, &moved_day, moved_start, 0, error) &&
         hubrota_store_add_series (self, extra, error) != 0;
}

gboolean
hubrota_store_load_demo (HubrotaStore  *self,
                         GError       **error)
{
  g_autoptr(GPtrArray) hubs = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
  GDate today, from;

  g_return_val_if_fail (HUBROTA_IS_STORE (self), FALSE);

  if ((hubs = hubrota_store_list_hubs (self, error)) == NULL)
    return FALSE;
  if (hubs->len > 0)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_EXISTS,
                           "%s already holds hubs; the demo goes only into an empty database",
                           hubrota_store_get_path (self));

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  from = today;
  g_date_subtract_days (&from, 35);

  if (!_hubrota_store_begin (self, error))
    return FALSE;
  if (!add_beats_and_hubs (self, &from, error) || !add_exceptions (self, &today, error) ||
      !_hubrota_demo_add_rota (self, &from, &today, error))
    return _hubrota_store_fail (self);
  return _hubrota_store_commit (self, error);
}
