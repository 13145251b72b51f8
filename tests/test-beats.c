/* test-beats.c: changing beats and hotspots once they are stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hubrota-core.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  HubrotaStore *store;
} Fixture;

/* Two beats, Ampthill with a 12% limit and Kempston with the default, and two hotspots in
 * Ampthill. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{

  f->store = test_util_create_temp_store ("hubrota-beats-XXXXXX", &f->dir, NULL);

  test_util_add_beat_with_limit (f->store, "ampthill", "Ampthill", 12);
  test_util_add_beat_with_limit (f->store, "kempston", "Kempston",
                                 HUBROTA_BEAT_DEFAULT_ABSTRACTION_LIMIT);
  test_util_add_hotspot (f->store, "church-street", "ampthill", "Church Street shops");
  test_util_add_hotspot (f->store, "market-square", "ampthill", "Market Square");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  test_util_remove_temp_store (&f->store, &f->dir, NULL);
}

static void
assert_beats (HubrotaStore *store,
              const char   *expected)
{
  g_autofree char *beats = test_util_dump_beats (store);

  g_assert_cmpstr (beats, ==, expected);
}

static void
assert_hotspots (HubrotaStore *store,
                 const char   *expected)
{
  g_autofree char *hotspots = test_util_dump_hotspots (store);

  g_assert_cmpstr (hotspots, ==, expected);
}

static void
test_update_beat (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HubrotaBeat) beat = hubrota_beat_new ("ampthill", "Ampthill and Flitwick");
  g_autoptr(GError) error = NULL;

  hubrota_beat_set_abstraction_limit (beat, 17.5);
  g_assert_true (hubrota_store_update_beat (f->store, beat, &error));
  g_assert_no_error (error);
  assert_beats (f->store, "ampthill|Ampthill and Flitwick|17.5\n"
                          "kempston|Kempston|10\n");

  /* The ends of the range are allowed. */
  hubrota_beat_set_abstraction_limit (beat, 0);
  g_assert_true (hubrota_store_update_beat (f->store, beat, &error));
  g_assert_no_error (error);
  g_clear_object (&beat);
  beat = hubrota_beat_new ("kempston", "Kempston");
  hubrota_beat_set_abstraction_limit (beat, 100);
  g_assert_true (hubrota_store_update_beat (f->store, beat, &error));
  g_assert_no_error (error);
  assert_beats (f->store, "ampthill|Ampthill and Flitwick|0\n"
                          "kempston|Kempston|100\n");
}

static void
test_update_beat_invalid (Fixture       *f,
                          gconstpointer  data)
{
  const char *before = "ampthill|Ampthill|12\nkempston|Kempston|10\n";
  g_autoptr(HubrotaBeat) beat = hubrota_beat_new ("ampthill", "Ampthill North");
  g_autoptr(HubrotaBeat) unnamed = hubrota_beat_new ("ampthill", "  ");
  g_autoptr(HubrotaBeat) two_lines = hubrota_beat_new ("ampthill", "Ampthill\nNorth");
  g_autoptr(GError) error = NULL;

  hubrota_beat_set_abstraction_limit (beat, 120);
  g_assert_false (hubrota_store_update_beat (f->store, beat, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "an abstraction limit is a percentage from 0 to 100");
  g_clear_error (&error);
  assert_beats (f->store, before);

  hubrota_beat_set_abstraction_limit (beat, -0.5);
  g_assert_false (hubrota_store_update_beat (f->store, beat, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  assert_beats (f->store, before);

  g_assert_false (hubrota_store_update_beat (f->store, unnamed, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "the beat ‘ampthill’ needs a name");
  g_clear_error (&error);
  assert_beats (f->store, before);

  g_assert_false (hubrota_store_update_beat (f->store, two_lines, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "the name of the beat ‘ampthill’ must be one line, with no tabs or line breaks");
  g_clear_error (&error);
  assert_beats (f->store, before);
}

static void
test_update_beat_unknown (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(HubrotaBeat) beat = hubrota_beat_new ("flitwick", "Flitwick");
  g_autoptr(GError) error = NULL;

  g_assert_false (hubrota_store_update_beat (f->store, beat, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "unknown beat ‘flitwick’");
  assert_beats (f->store, "ampthill|Ampthill|12\nkempston|Kempston|10\n");
}

static void
test_update_hotspot (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HubrotaHotspot) renamed = hubrota_hotspot_new ("church-street", "ampthill",
                                                           "Church Street and the precinct");
  g_autoptr(HubrotaHotspot) moved = hubrota_hotspot_new ("market-square", "kempston",
                                                         "Market Square");
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_update_hotspot (f->store, renamed, &error));
  g_assert_no_error (error);
  assert_hotspots (f->store, "church-street|ampthill|Church Street and the precinct\n"
                             "market-square|ampthill|Market Square\n");

  g_assert_true (hubrota_store_update_hotspot (f->store, moved, &error));
  g_assert_no_error (error);
  assert_hotspots (f->store, "church-street|ampthill|Church Street and the precinct\n"
                             "market-square|kempston|Market Square\n");
}

static void
test_update_hotspot_invalid (Fixture       *f,
                             gconstpointer  data)
{
  const char *before = "church-street|ampthill|Church Street shops\n"
                       "market-square|ampthill|Market Square\n";
  g_autoptr(HubrotaHotspot) unnamed = hubrota_hotspot_new ("church-street", "ampthill", "");
  g_autoptr(HubrotaHotspot) no_beat = hubrota_hotspot_new ("church-street", "flitwick", "Shops");
  g_autoptr(HubrotaHotspot) unknown = hubrota_hotspot_new ("high-street", "ampthill", "Shops");
  g_autoptr(GError) error = NULL;

  g_assert_false (hubrota_store_update_hotspot (f->store, unnamed, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "the hotspot ‘church-street’ needs a name");
  g_clear_error (&error);
  assert_hotspots (f->store, before);

  g_assert_false (hubrota_store_update_hotspot (f->store, no_beat, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "unknown beat ‘flitwick’");
  g_clear_error (&error);
  assert_hotspots (f->store, before);

  g_assert_false (hubrota_store_update_hotspot (f->store, unknown, &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "unknown hotspot ‘high-street’");
  g_clear_error (&error);
  assert_hotspots (f->store, before);
}

static void
test_remove_hotspot (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hubrota_store_remove_hotspot (f->store, "church-street", &error));
  g_assert_no_error (error);
  assert_hotspots (f->store, "market-square|ampthill|Market Square\n");

  g_assert_false (hubrota_store_remove_hotspot (f->store, "church-street", &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "unknown hotspot ‘church-street’");
  assert_hotspots (f->store, "market-square|ampthill|Market Square\n");

  /* A removed slug is free again. */
  test_util_add_hotspot (f->store, "church-street", "kempston", "Church Street");
  assert_hotspots (f->store, "market-square|ampthill|Market Square\n"
                             "church-street|kempston|Church Street\n");
  assert_beats (f->store, "ampthill|Ampthill|12\nkempston|Kempston|10\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/beats/update-beat", Fixture, NULL,
              fixture_set_up, test_update_beat, fixture_tear_down);
  g_test_add ("/beats/update-beat/invalid", Fixture, NULL,
              fixture_set_up, test_update_beat_invalid, fixture_tear_down);
  g_test_add ("/beats/update-beat/unknown", Fixture, NULL,
              fixture_set_up, test_update_beat_unknown, fixture_tear_down);
  g_test_add ("/beats/update-hotspot", Fixture, NULL,
              fixture_set_up, test_update_hotspot, fixture_tear_down);
  g_test_add ("/beats/update-hotspot/invalid", Fixture, NULL,
              fixture_set_up, test_update_hotspot_invalid, fixture_tear_down);
  g_test_add ("/beats/remove-hotspot", Fixture, NULL,
              fixture_set_up, test_remove_hotspot, fixture_tear_down);

  return g_test_run ();
}
