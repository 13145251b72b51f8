/* test-beats.c: the Beats and Hotspots window on real databases, built through the core API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include "hubrota-application.h"
#include "hubrota-beats-window-private.h"

#include "gui-test-util.h"
#include "test-util.h"

typedef struct
{
  HubrotaStore *store;
  HubrotaBeatsWindow *window;
  guint changes;             /* "changed" emissions */
} Fixture;

static HubrotaApplication *app;

/* The week the tests look at: Monday 7 December 2026, which also starts one of the rules'
 * three-day windows (counted from Monday 1 January 2024), so the week holds windows
 * Mon–Wed, Thu–Sat and a Sun–Tue one that runs on into the next week. */
static void
test_monday (GDate *monday)
{
  g_date_clear (monday, 1);
  g_date_set_dmy (monday, 7, G_DATE_DECEMBER, 2026);
}

static GDateTime *
december (int day,
          int hour)
{
  return g_date_time_new (hubrota_london_tz (), 2026, 12, day, hour, 0, 0);
}

/* An officer on duty 08:00–18:00 from first_day for days days (0: none). */
static void
add_officer (HubrotaStore *store,
             const char   *id,
             const char   *name,
             const char   *beat,
             int           first_day,
             int           days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = december (first_day, 8);
  g_autofree char *rrule = days > 1 ? g_strdup_printf ("FREQ=DAILY;COUNT=%d", days) : NULL;
  g_autoptr(HubrotaDuty) duty = hubrota_duty_new (id, start, 600, rrule);

  test_util_add_officer (store, id, name, HUBROTA_ROLE_PC, beat, 40);
  if (days > 0)
    {
      g_assert_cmpint (hubrota_store_add_duty (store, duty, &error), >, 0);
      g_assert_no_error (error);
    }
}

/* Ampthill (limit 5%) with the hotspot Church Street shops and two officers: PC1 on duty
 * every day from 1 to 20 December but on leave Thursday 10 to Saturday 12, and at a
 * Flitwick hub on Monday 7, 10:00–13:00 (3 h of 40 h on duty that week, over the limit);
 * PC3 on duty on Monday 7 only, so Ampthill keeps someone on the beat while PC1 is away.
 * Nobody of Ampthill is on duty from Thursday to Saturday, so Church Street's patrol is at
 * risk then. Flitwick (10%) has the hotspot Station Approach and PC2 on duty every day. */
static HubrotaStore *
create_store (void)
{
  g_autofree char *path = gui_test_temp_path ("beats.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaSeries) series = NULL;
  g_autoptr(HubrotaAbsence) leave = NULL;
  g_autoptr(HubrotaOccurrence) opening = NULL;
  g_autoptr(GDateTime) start = december (7, 10);
  g_autoptr(GDateTime) leave_start = december (10, 0);
  g_autoptr(GDateTime) leave_end = december (13, 0);
  GDate monday;

  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  test_util_add_beat_with_limit (store, "ampthill", "Ampthill", 5);
  test_util_add_beat_with_limit (store, "flitwick", "Flitwick", 10);
  test_util_add_hub (store, "ampthill-rooms", "Ampthill Parish Rooms", "ampthill");
  test_util_add_hub (store, "flitwick-library", "Flitwick Library", "flitwick");
  test_util_add_hotspot (store, "church-street", "ampthill", "Church Street shops");
  test_util_add_hotspot (store, "station-approach", "flitwick", "Station Approach");
  add_officer (store, "PC1", "Ada Lovelace", "ampthill", 1, 20);
  add_officer (store, "PC2", "Bo Diddley", "flitwick", 1, 20);
  add_officer (store, "PC3", "Cy Twombly", "ampthill", 7, 1);

  leave = hubrota_absence_new ("PC1", leave_start, leave_end, "Training");
  g_assert_cmpint (hubrota_store_add_absence (store, leave, &error), >, 0);
  g_assert_no_error (error);

  series = hubrota_series_new ("flitwick-library", start, 180, NULL);
  g_assert_cmpint (hubrota_store_add_series (store, series, &error), >, 0);
  g_assert_no_error (error);
  test_monday (&monday);
  opening = hubrota_store_find_occurrence (store, "flitwick-library", &monday, NULL, &error);
  g_assert_no_error (error);
  hubrota_store_assign (store, "PC1", opening, FALSE, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&store);
}

/* Every beat as "slug|name|limit" and every hotspot as "slug|beat|name", one a line. */
static char *
dump_store (HubrotaStore *store)
{
  g_autofree char *beats = test_util_dump_beats (store);
  g_autofree char *hotspots = test_util_dump_hotspots (store);

  return g_strconcat (beats, hotspots, NULL);
}

#define INITIAL_STORE \
  "ampthill|Ampthill|5\n" \
  "flitwick|Flitwick|10\n" \
  "church-street|ampthill|Church Street shops\n" \
  "station-approach|flitwick|Station Approach\n"

static void
assert_store (HubrotaStore *store,
              const char   *expected)
{
  g_autofree char *dump = dump_store (store);

  g_assert_cmpstr (dump, ==, expected);
}

static void
on_changed (Fixture *fixture)
{
  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GDate monday;

  gui_test_use_system_mime_dirs ();
  gui_test_close_all_windows (NULL);
  fixture->store = create_store ();
  test_monday (&monday);
  fixture->window = HUBROTA_BEATS_WINDOW (hubrota_beats_window_new (NULL, fixture->store, &monday));
  g_signal_connect_swapped (fixture->window, "changed", G_CALLBACK (on_changed), fixture);
  _hubrota_beats_window_wait (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_close_all_windows (NULL);
  g_clear_object (&fixture->store);
}

/* A new beat takes the default limit from the settings, and its identifier from its name. */
static void
test_add_beat (Fixture       *fixture,
               gconstpointer  data)
{
  HubrotaBeatsWindow *window = fixture->window;
  GSettings *settings = hubrota_application_get_settings (app);

  g_assert_nonnull (settings);
  g_settings_set_double (settings, "default-abstraction-limit", 12.5);
  g_assert_cmpstr (_hubrota_beats_window_get_beat (window), ==, "ampthill");

  _hubrota_beats_window_add_beat (window);
  g_assert_null (_hubrota_beats_window_get_beat (window));
  g_assert_cmpfloat (_hubrota_beats_window_get_limit (window), ==, 12.5);
  g_assert_false (_hubrota_beats_window_can_save (window));
  g_assert_null (_hubrota_beats_window_get_details_error (window));

  /* A name whose identifier is taken is refused as it is typed. */
  _hubrota_beats_window_set_name (window, "Ampthill");
  g_assert_cmpstr (_hubrota_beats_window_get_slug (window), ==, "ampthill");
  g_assert_false (_hubrota_beats_window_can_save (window));
  g_assert_true (_hubrota_beats_window_name_has_error (window));
  g_assert_cmpstr (_hubrota_beats_window_get_details_error (window), ==,
                   "There is already a beat with the identifier “ampthill”");
  g_assert_false (_hubrota_beats_window_save (window));
  assert_store (fixture->store, INITIAL_STORE);

  _hubrota_beats_window_set_name (window, "Kempston Rural & Wootton");
  g_assert_cmpstr (_hubrota_beats_window_get_slug (window), ==, "kempston-rural-wootton");
  g_assert_true (_hubrota_beats_window_can_save (window));
  g_assert_null (_hubrota_beats_window_get_details_error (window));
  g_assert_true (_hubrota_beats_window_save (window));
  _hubrota_beats_window_wait (window);

  g_assert_cmpuint (fixture->changes, ==, 1);
  assert_store (fixture->store, "ampthill|Ampthill|5\n"
                                "flitwick|Flitwick|10\n"
                                "kempston-rural-wootton|Kempston Rural & Wootton|12.5\n"
                                "church-street|ampthill|Church Street shops\n"
                                "station-approach|flitwick|Station Approach\n");
  /* The window now shows the stored beat, with nothing left to save. */
  g_assert_cmpstr (_hubrota_beats_window_get_beat (window), ==, "kempston-rural-wootton");
  g_assert_false (_hubrota_beats_window_can_save (window));
  g_settings_reset (settings, "default-abstraction-limit");
}

static void
test_edit_limit (Fixture       *fixture,
                 gconstpointer  data)
{
  HubrotaBeatsWindow *window = fixture->window;

  /* An unknown beat changes nothing. */
  hubrota_beats_window_show_beat (window, "nowhere");
  g_assert_cmpstr (_hubrota_beats_window_get_beat (window), ==, "ampthill");

  hubrota_beats_window_show_beat (window, "flitwick");
  _hubrota_beats_window_wait (window);
  g_assert_cmpfloat (_hubrota_beats_window_get_limit (window), ==, 10);
  g_assert_false (_hubrota_beats_window_can_save (window));

  _hubrota_beats_window_set_limit (window, 17.5);
  g_assert_true (_hubrota_beats_window_can_save (window));
  g_assert_true (_hubrota_beats_window_save (window));
  _hubrota_beats_window_wait (window);
  g_assert_cmpuint (fixture->changes, ==, 1);
  assert_store (fixture->store, "ampthill|Ampthill|5\n"
                                "flitwick|Flitwick|17.5\n"
                                "church-street|ampthill|Church Street shops\n"
                                "station-approach|flitwick|Station Approach\n");

  /* Past 100% is refused as it is typed; nothing reaches the store. */
  _hubrota_beats_window_set_limit (window, 120);
  g_assert_false (_hubrota_beats_window_can_save (window));
  g_assert_cmpstr (_hubrota_beats_window_get_details_error (window), ==,
                   "An abstraction limit is a percentage from 0 to 100");
  g_assert_false (_hubrota_beats_window_save (window));

  /* So is an empty name. */
  _hubrota_beats_window_set_limit (window, 17.5);
  _hubrota_beats_window_set_name (window, "   ");
  g_assert_false (_hubrota_beats_window_can_save (window));
  g_assert_true (_hubrota_beats_window_name_has_error (window));
  g_assert_cmpstr (_hubrota_beats_window_get_details_error (window), ==, "A beat needs a name");
  g_assert_false (_hubrota_beats_window_save (window));

  /* A name the store refuses (two lines) keeps what was typed and shows the store's words. */
  _hubrota_beats_window_set_name (window, "Flitwick\tNorth");
  g_assert_true (_hubrota_beats_window_can_save (window));
  g_assert_false (_hubrota_beats_window_save (window));
  g_assert_cmpstr (_hubrota_beats_window_get_details_error (window), ==,
                   "the name of the beat ‘flitwick’ must be one line, with no tabs or line breaks");
  g_assert_cmpstr (_hubrota_beats_window_get_name (window), ==, "Flitwick\tNorth");
  g_assert_cmpfloat (_hubrota_beats_window_get_limit (window), ==, 17.5);
  g_assert_cmpstr (_hubrota_beats_window_get_beat (window), ==, "flitwick");

  g_assert_cmpuint (fixture->changes, ==, 1);
  assert_store (fixture->store, "ampthill|Ampthill|5\n"
                                "flitwick|Flitwick|17.5\n"
                                "church-street|ampthill|Church Street shops\n"
                                "station-approach|flitwick|Station Approach\n");
}

static void
test_hotspots (Fixture       *fixture,
               gconstpointer  data)
{
  HubrotaBeatsWindow *window = fixture->window;
  g_autofree char *names = NULL;

  g_assert_cmpstr (_hubrota_beats_window_get_beat (window), ==, "ampthill");
  names = _hubrota_beats_window_get_hotspot_names (window);
  g_assert_cmpstr (names, ==, "Church Street shops\n");
  g_clear_pointer (&names, g_free);

  /* Unsaved details survive a hotspot being added. */
  _hubrota_beats_window_set_name (window, "Ampthill Town");
  g_assert_true (_hubrota_beats_window_add_hotspot (window, "Market Square"));
  g_assert_cmpuint (fixture->changes, ==, 1);
  assert_store (fixture->store, "ampthill|Ampthill|5\n"
                                "flitwick|Flitwick|10\n"
                                "church-street|ampthill|Church Street shops\n"
                                "market-square|ampthill|Market Square\n"
                                "station-approach|flitwick|Station Approach\n");
  names = _hubrota_beats_window_get_hotspot_names (window);
  g_assert_cmpstr (names, ==, "Church Street shops\nMarket Square\n");
  g_clear_pointer (&names, g_free);
  g_assert_true (_hubrota_beats_window_can_save (window));
  _hubrota_beats_window_set_name (window, "Ampthill");

  /* A hotspot whose identifier is taken, in any beat, is refused as it is typed. */
  g_assert_false (_hubrota_beats_window_add_hotspot (window, "Station approach"));
  g_assert_cmpstr (_hubrota_beats_window_get_hotspot_error (window), ==,
                   "There is already a hotspot with the identifier “station-approach”");

  g_assert_true (_hubrota_beats_window_rename_hotspot (window, "market-square",
                                                       "Market Square and Bedford Street"));
  g_assert_false (_hubrota_beats_window_rename_hotspot (window, "church-street", " "));
  g_assert_cmpuint (fixture->changes, ==, 2);
  assert_store (fixture->store, "ampthill|Ampthill|5\n"
                                "flitwick|Flitwick|10\n"
                                "church-street|ampthill|Church Street shops\n"
                                "market-square|ampthill|Market Square and Bedford Street\n"
                                "station-approach|flitwick|Station Approach\n");

  /* Removing asks first; Cancel keeps it. */
  _hubrota_beats_window_remove_hotspot (window, "church-street");
  g_assert_nonnull (_hubrota_beats_window_get_confirm_dialog (window));
  _hubrota_beats_window_respond (window, "cancel");
  g_assert_null (_hubrota_beats_window_get_confirm_dialog (window));
  g_assert_cmpuint (fixture->changes, ==, 2);

  _hubrota_beats_window_remove_hotspot (window, "church-street");
  _hubrota_beats_window_respond (window, "remove");
  g_assert_null (_hubrota_beats_window_get_confirm_dialog (window));
  g_assert_cmpuint (fixture->changes, ==, 3);
  assert_store (fixture->store, "ampthill|Ampthill|5\n"
                                "flitwick|Flitwick|10\n"
                                "market-square|ampthill|Market Square and Bedford Street\n"
                                "station-approach|flitwick|Station Approach\n");
  names = _hubrota_beats_window_get_hotspot_names (window);
  g_assert_cmpstr (names, ==, "Market Square and Bedford Street\n");
  _hubrota_beats_window_wait (window);
}

static void
assert_texts (char       *texts,
              const char *expected)
{
  g_assert_cmpstr (texts, ==, expected);
  g_free (texts);
}

/* The week's cost to each beat: only Ampthill's hotspot at risk, only PC1 over the limit. */
static void
test_week (Fixture       *fixture,
           gconstpointer  data)
{
  HubrotaBeatsWindow *window = fixture->window;

  g_assert_cmpstr (_hubrota_beats_window_get_beat (window), ==, "ampthill");
  g_assert_cmpint (g_date_get_day (_hubrota_beats_window_get_monday (window)), ==, 7);
  assert_texts (_hubrota_beats_window_get_officer_texts (window),
                "Ada Lovelace (PC1): 3.0 h of 40.0 h, 7.5% [over]\n"
                "Cy Twombly (PC3): 0.0 h of 10.0 h, 0.0%\n");
  assert_texts (_hubrota_beats_window_get_risk_texts (window),
                "No Ampthill officer has 15 minutes on duty on the beat from Thu 10 Dec to "
                "Sat 12 Dec, so the patrol of Church Street shops due every three days is at "
                "risk\n");
  g_assert_null (_hubrota_beats_window_get_risk_summary (window));
  assert_texts (_hubrota_beats_window_get_hub_names (window), "Ampthill Parish Rooms\n");

  /* Flitwick: PC2 is always on the beat; the hub in Flitwick took an Ampthill officer. */
  hubrota_beats_window_show_beat (window, "flitwick");
  _hubrota_beats_window_wait (window);
  assert_texts (_hubrota_beats_window_get_officer_texts (window),
                "Bo Diddley (PC2): 0.0 h of 70.0 h, 0.0%\n");
  assert_texts (_hubrota_beats_window_get_risk_texts (window), "");
  g_assert_cmpstr (_hubrota_beats_window_get_risk_summary (window), ==,
                   "No hotspot at risk this week");
  assert_texts (_hubrota_beats_window_get_hub_names (window), "Flitwick Library\n");

  /* Two weeks on at once: the first week's read is dropped, the second's shown. */
  hubrota_beats_window_show_beat (window, "ampthill");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "beats.next-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "beats.next-week", NULL));
  g_assert_true (_hubrota_beats_window_is_loading (window));
  _hubrota_beats_window_wait (window);
  g_assert_cmpint (g_date_get_day (_hubrota_beats_window_get_monday (window)), ==, 21);
  assert_texts (_hubrota_beats_window_get_officer_texts (window),
                "Ada Lovelace (PC1): Not on duty this week\n"
                "Cy Twombly (PC3): Not on duty this week\n");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "beats.previous-week", NULL));
  _hubrota_beats_window_wait (window);
  g_assert_cmpint (g_date_get_day (_hubrota_beats_window_get_monday (window)), ==, 14);
  assert_texts (_hubrota_beats_window_get_officer_texts (window),
                "Ada Lovelace (PC1): 0.0 h of 70.0 h, 0.0%\n"
                "Cy Twombly (PC3): Not on duty this week\n");
  assert_texts (_hubrota_beats_window_get_risk_texts (window), "");
  g_assert_cmpstr (_hubrota_beats_window_get_risk_summary (window), ==,
                   "No hotspot at risk this week");
  g_assert_cmpuint (fixture->changes, ==, 0);
}

/* A raised limit takes PC1 back under it, once the week is read again. */
static void
test_limit_changes_week (Fixture       *fixture,
                         gconstpointer  data)
{
  HubrotaBeatsWindow *window = fixture->window;

  _hubrota_beats_window_set_limit (window, 10);
  g_assert_true (_hubrota_beats_window_save (window));
  _hubrota_beats_window_wait (window);
  assert_texts (_hubrota_beats_window_get_officer_texts (window),
                "Ada Lovelace (PC1): 3.0 h of 40.0 h, 7.5%\n"
                "Cy Twombly (PC3): 0.0 h of 10.0 h, 0.0%\n");
}

/* Opens the window on the beat and the week, and saves it as name in the build folder. */
static void
save_screenshot (HubrotaStore *store,
                 const GDate  *monday,
                 const char   *beat,
                 int           height,
                 const char   *name)
{
  GtkWidget *window = hubrota_beats_window_new (NULL, store, monday);

  /* No beat: a new one, with a name that clashes, to see how the mistake shows. */
  if (beat != NULL)
    hubrota_beats_window_show_beat (HUBROTA_BEATS_WINDOW (window), beat);
  else
    {
      _hubrota_beats_window_add_beat (HUBROTA_BEATS_WINDOW (window));
      _hubrota_beats_window_set_name (HUBROTA_BEATS_WINDOW (window), "Ampthill");
    }
  _hubrota_beats_window_wait (HUBROTA_BEATS_WINDOW (window));
  if (height != 680)
    gtk_window_set_default_size (GTK_WINDOW (window), 960, height);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until_drawn (window);
  gui_test_save_screenshot (window, name);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window on the demo data two weeks on, when Castle, Bedford has an officer over its
 * limit and Leighton–Linslade a hotspot at risk: saved as beats-demo.png (the usual size),
 * and each beat's whole page in beats-demo-*.png, in the build folder, to look at. */
static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = gui_test_temp_path ("demo.db");
  g_autoptr(HubrotaStore) store = NULL;
  GDate monday;

  gui_test_close_all_windows (NULL);
  store = test_util_create_demo_store (path);

  gui_test_london_today (&monday);
  g_date_add_days (&monday, 14);
  save_screenshot (store, &monday, "bedford-castle", 680, "beats-demo.png");
  save_screenshot (store, &monday, "bedford-castle", 1400, "beats-demo-castle.png");
  save_screenshot (store, &monday, "leighton-linslade", 1400, "beats-demo-leighton.png");
  save_screenshot (store, &monday, NULL, 680, "beats-demo-new.png");
}

static void
count_destroy (GtkWidget *widget,
               guint     *count)
{
  (*count)++;
}

/* Leaving unsaved details (for a new beat, or by closing the window) asks first; keeping them
 * keeps what was typed, discarding goes on, and the store is never touched. */
static void
test_discard_asks (Fixture       *fixture,
                   gconstpointer  data)
{
  HubrotaBeatsWindow *window = fixture->window;
  guint destroyed = 0;

  g_assert_cmpstr (_hubrota_beats_window_get_beat (window), ==, "ampthill");
  _hubrota_beats_window_set_name (window, "Ampthill and Flitwick");
  _hubrota_beats_window_add_beat (window);
  g_assert_cmpstr (_hubrota_beats_window_get_beat (window), ==, "ampthill");
  g_assert_true (_hubrota_beats_window_answer_discard (window, FALSE));
  g_assert_cmpstr (_hubrota_beats_window_get_name (window), ==, "Ampthill and Flitwick");

  _hubrota_beats_window_add_beat (window);
  g_assert_true (_hubrota_beats_window_answer_discard (window, TRUE));
  g_assert_null (_hubrota_beats_window_get_beat (window));
  g_assert_cmpstr (_hubrota_beats_window_get_name (window), ==, "");
  assert_store (fixture->store, INITIAL_STORE);

  /* Only a window on screen can be asked to close. */
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  _hubrota_beats_window_set_name (window, "Harrold");
  g_signal_connect (window, "destroy", G_CALLBACK (count_destroy), &destroyed);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpuint (destroyed, ==, 0);
  g_assert_true (_hubrota_beats_window_answer_discard (window, TRUE));
  while (destroyed == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (destroyed, ==, 1);
  assert_store (fixture->store, INITIAL_STORE);
  g_assert_cmpuint (fixture->changes, ==, 0);
}

/* Ctrl+W closes the window as Escape does, and both ask first about unsaved details. */
static void
test_close_shortcut (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *keys[] = { "<Control>w", "Escape" };
  HubrotaBeatsWindow *window = fixture->window;
  guint count;

  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until_drawn (GTK_WIDGET (window));
  _hubrota_beats_window_set_name (window, "Harrold");
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_true (gui_test_press_shortcut (GTK_WIDGET (window), keys[i]));
      gui_test_iterate ();
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
      g_assert_true (_hubrota_beats_window_answer_discard (window, FALSE));
      g_assert_cmpstr (_hubrota_beats_window_get_name (window), ==, "Harrold");
    }

  /* Nothing unsaved: it closes at once, without a question. */
  _hubrota_beats_window_set_name (window, "Ampthill");
  g_assert_false (_hubrota_beats_window_can_save (window));
  g_assert_nonnull (gui_test_find_toplevel (HUBROTA_TYPE_BEATS_WINDOW, &count));
  g_object_ref (window);
  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (window), "<Control>w"));
  g_assert_false (_hubrota_beats_window_answer_discard (window, TRUE));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);
  g_assert_null (gui_test_find_toplevel (HUBROTA_TYPE_BEATS_WINDOW, &count));
  g_assert_cmpuint (count, ==, 0);
  assert_store (fixture->store, INITIAL_STORE);
  g_assert_cmpuint (fixture->changes, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv, GUI_TEST_DEFAULT))
    return 0;
  /* The window reads the default limit through the application's settings, and starting
   * the application loads libadwaita's and Hubrota's styles. */
  app = gui_test_application_new (FALSE);

  g_test_add ("/beats/add-beat", Fixture, NULL, fixture_set_up, test_add_beat, fixture_tear_down);
  g_test_add ("/beats/edit-limit", Fixture, NULL, fixture_set_up, test_edit_limit,
              fixture_tear_down);
  g_test_add ("/beats/hotspots", Fixture, NULL, fixture_set_up, test_hotspots, fixture_tear_down);
  g_test_add ("/beats/discard-asks", Fixture, NULL, fixture_set_up, test_discard_asks,
              fixture_tear_down);
  g_test_add ("/beats/close-shortcut", Fixture, NULL, fixture_set_up, test_close_shortcut,
              fixture_tear_down);
  g_test_add ("/beats/week", Fixture, NULL, fixture_set_up, test_week, fixture_tear_down);
  g_test_add ("/beats/limit-changes-week", Fixture, NULL, fixture_set_up, test_limit_changes_week,
              fixture_tear_down);
  g_test_add ("/beats/screenshot", Fixture, NULL, fixture_set_up, test_screenshot,
              fixture_tear_down);

  return gui_test_run ();
}
