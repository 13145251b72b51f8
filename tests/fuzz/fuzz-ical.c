/* fuzz-ical.c: whatever text a hub holds, its feed reads back as written
 *
 * The input is a hub's name, address and description, split at NUL bytes. If the store would
 * accept them, the hub's public feed of two openings (one in the autumn's repeated hour)
 * must parse with libical into exactly two events whose SUMMARY, LOCATION and DESCRIPTION,
 * and a calendar whose X-WR-CALNAME, give back exactly the text put in (but for the spaces at
 * either end). Nothing may crash or print a GLib-CRITICAL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "hubrota-core.h"
#include "hubrota-store-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The NUL-separated field index of data (the rest of the input after the last NUL is the
 * description), or "" when there are fewer fields. */
static char *
field (const uint8_t *data, size_t size, guint index)
{
  const char *p = (const char *) data, *end = p + size;

  for (guint i = 0; i < index && p < end; i++)
    {
      const char *nul = memchr (p, '\0', (size_t) (end - p));
      p = nul != NULL ? nul + 1 : end;
    }
  if (index < 2)
    {
      const char *nul = memchr (p, '\0', (size_t) (end - p));
      if (nul != NULL)
        end = nul;
    }
  return g_strndup (p, (gsize) (end - p));
}

static GPtrArray *
two_openings (void)
{
  GPtrArray *openings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) start = hubrota_london_new_local (2026, 12, 5, 10, 0, FALSE);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 3);
  g_autoptr(GDateTime) repeated = hubrota_london_new_local (2027, 10, 31, 1, 30, FALSE);
  g_autoptr(GDateTime) repeated_end = g_date_time_add_hours (repeated, 2);
  g_autoptr(GDate) first = g_date_new_dmy (5, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) second = g_date_new_dmy (31, G_DATE_OCTOBER, 2027);

  g_ptr_array_add (openings, hubrota_occurrence_new ("fuzz-hub", 1, first, start, end));
  g_ptr_array_add (openings, hubrota_occurrence_new ("fuzz-hub", 2, second, repeated,
                                                     repeated_end));
  return openings;
}

/* Spaces at either end of a value are not kept (libical drops them as it reads, so the feed
 * leaves them out), and text left empty goes out as no property at all. */
static void
expect_text (const char *got, const char *put)
{
  g_autofree char *kept = g_strstrip (g_strdup (put));

  if (*kept == '\0' ? got != NULL : g_strcmp0 (got, kept) != 0)
    abort ();
}

static void
check_feed (const char *feed, const char *name, const char *address, const char *about)
{
  icalcomponent *calendar = icalparser_parse_string (feed);
  g_autofree char *summary = g_strdup_printf ("%s police hub open", name);
  icalproperty *x;
  guint events = 0;

  if (calendar == NULL)
    abort ();
  for (x = icalcomponent_get_first_property (calendar, ICAL_X_PROPERTY); x != NULL;
       x = icalcomponent_get_next_property (calendar, ICAL_X_PROPERTY))
    if (g_str_equal (icalproperty_get_x_name (x), "X-WR-CALNAME"))
      expect_text (icalproperty_get_x (x), name);
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL; event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      expect_text (icalcomponent_get_summary (event), summary);
      expect_text (icalcomponent_get_location (event), address);
      expect_text (icalcomponent_get_description (event), about);
      events++;
    }
  if (events != 2)
    abort ();
  icalcomponent_free (calendar);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *name = field (data, size, 0);
  g_autofree char *address = field (data, size, 1);
  g_autofree char *about = field (data, size, 2);
  g_autoptr(HubrotaHub) hub = NULL;
  g_autoptr(GPtrArray) hubs = g_ptr_array_new ();
  g_autoptr(GPtrArray) openings = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 1, 12, 0, 0);
  HubrotaIcalOptions options = { .now = now };
  g_autoptr(GError) error = NULL;
  g_autofree char *feed = NULL;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  /* Only what the store would take: it refuses the rest before any feed is written. */
  if (!_hubrota_store_check_name ("hub", "fuzz-hub", name, NULL) ||
      !_hubrota_store_check_text ("the address", address, 500, FALSE, NULL) ||
      !_hubrota_store_check_text ("the description", about, 4000, TRUE, NULL))
    return 0;
  hub = hubrota_hub_new ("fuzz-hub", name, "north");
  if (*address != '\0')
    hubrota_hub_set_address (hub, address);
  if (*about != '\0')
    hubrota_hub_set_description (hub, about);
  g_ptr_array_add (hubs, hub);
  openings = two_openings ();
  feed = hubrota_ical_public_feed (name, hubs, openings, &options, &error);
  if (feed == NULL)
    abort ();
  check_feed (feed, name, address, about);
  return 0;
}
