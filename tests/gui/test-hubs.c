/* test-hubs.c: the hub editor on real databases: add, change, refuse, archive and restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <glib/gstdio.h>

#include "hubrota-hub-editor-private.h"

#include "gui-test-util.h"
#include "test-util.h"

typedef struct
{
  char *path;
  HubrotaStore *store;
  HubrotaHubEditor *editor;
  guint changed;
  GDate first;   /* Kempston Library's first opening: tomorrow */
} Fixture;

static void
add_library (Fixture *f)
{
  g_autoptr(HubrotaHub) hub = hubrota_hub_new ("kempston-library", "Kempston Library",
                                               "kempston");
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(HubrotaSeries) series = NULL;
  g_autoptr(GError) error = NULL;

  hubrota_hub_set_address (hub, "Halsey Road, Kempston");
  hubrota_hub_set_postcode (hub, "MK42 8AX");
  hubrota_hub_set_location (hub, 52.11512345, -0.49712345);
  hubrota_hub_set_description (hub, "Report a crime.\nGet advice.");
  g_assert_true (hubrota_store_add_hub (f->store, hub, &error));
  g_assert_no_error (error);
  start = gui_test_london_datetime (&f->first, 10);
  series = hubrota_series_new ("kempston-library", start, 180, "FREQ=WEEKLY;COUNT=8");
  g_assert_cmpint (hubrota_store_add_series (f->store, series, &error), >, 0);
  g_assert_no_error (error);
}

/* Two beats and two hubs: Ampthill Parish Rooms, and Kempston Library opening weekly from
 * tomorrow. data TRUE: an empty store, not even a beat. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->path = gui_test_temp_path ("hubs.db");
  f->store = test_util_create_store (f->path);
  gui_test_london_today (&f->first);
  g_date_add_days (&f->first, 1);
  if (GPOINTER_TO_INT (data))
    return;
  test_util_add_beat (f->store, "ampthill", "Ampthill");
  test_util_add_beat (f->store, "kempston", "Kempston");
  test_util_add_hub (f->store, "ampthill", "Ampthill Parish Rooms", "ampthill");
  add_library (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  if (f->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (f->editor));
  g_clear_object (&f->editor);
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_free (f->path);
}

static void
on_changed (HubrotaHubEditor *editor, Fixture *f)
{
  f->changed++;
}

static HubrotaHubEditor *
open_editor (Fixture *f, const char *slug)
{
  if (f->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (f->editor));
  g_clear_object (&f->editor);
  f->editor = HUBROTA_HUB_EDITOR (g_object_ref_sink (hubrota_hub_editor_new (NULL, f->store,
                                                                             slug)));
  g_signal_connect (f->editor, "changed", G_CALLBACK (on_changed), f);
  gtk_window_present (GTK_WINDOW (f->editor));
  gui_test_iterate ();
  return f->editor;
}

/* Every field of a hub's row, on one line. */
static char *
describe_hub (Fixture *f, const char *slug)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaHub) hub = hubrota_store_get_hub (f->store, slug, &error);
  double lat = 0, lon = 0;
  gboolean located;

  g_assert_no_error (error);
  located = hubrota_hub_get_location (hub, &lat, &lon);
  return g_strdup_printf ("%s|%s|%s|%s|%s|%s|%.6f|%.6f|%s|%d", hubrota_hub_get_slug (hub),
                          hubrota_hub_get_name (hub), hubrota_hub_get_beat (hub),
                          hubrota_hub_get_address (hub), hubrota_hub_get_postcode (hub),
                          located ? "located" : "nowhere", lat, lon,
                          hubrota_hub_get_description (hub), hubrota_hub_get_archived (hub));
}

/* Every hub in the store, one line each. */
static char *
describe_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hubs = hubrota_store_list_hubs (f->store, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < hubs->len; i++)
    {
      g_autofree char *row = describe_hub (f, hubrota_hub_get_slug (g_ptr_array_index (hubs, i)));
      g_string_append_printf (text, "%s\n", row);
    }
  return g_string_free (text, FALSE);
}

static int
first_sequence (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaOccurrence) occurrence =
    hubrota_store_find_occurrence (f->store, "kempston-library", &f->first, NULL, &error);

  g_assert_no_error (error);
  return hubrota_occurrence_get_sequence (occurrence);
}

static guint
count_all_openings (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GDate to = f->first;
  g_autoptr(GPtrArray) openings = NULL;

  g_date_add_days (&to, 60);
  openings = hubrota_store_list_occurrences (f->store, &f->first, &to, NULL, &error);
  g_assert_no_error (error);
  return openings->len;
}

static void
test_add (Fixture *f, gconstpointer data)
{
  HubrotaHubEditor *editor = open_editor (f, NULL);
  g_autofree char *row = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Hub");
  g_assert_false (_hubrota_hub_editor_can_save (editor));
  g_assert_cmpstr (_hubrota_hub_editor_get_message (editor), ==, "");
  g_assert_null (hubrota_hub_editor_get_slug (editor));

  _hubrota_hub_editor_set_text (editor, "name", "Bedford Central Library");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "slug"), ==, "bedford-central-library");
  g_assert_true (_hubrota_hub_editor_can_save (editor));
  _hubrota_hub_editor_set_text (editor, "name", "St John’s Hall");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "slug"), ==, "st-johns-hall");
  _hubrota_hub_editor_set_text (editor, "name", "Kempston Library West");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "slug"), ==, "kempston-library-west");
  /* A typed identifier stops following the name. */
  _hubrota_hub_editor_set_text (editor, "slug", "kempston-west");
  _hubrota_hub_editor_set_text (editor, "name", "Kempston West Library");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "slug"), ==, "kempston-west");

  g_assert_true (_hubrota_hub_editor_set_beat (editor, "kempston"));
  _hubrota_hub_editor_set_text (editor, "address", "Bedford Road, Kempston");
  _hubrota_hub_editor_set_text (editor, "postcode", "mk429ab");
  _hubrota_hub_editor_set_text (editor, "latitude", "52.1");
  _hubrota_hub_editor_set_text (editor, "longitude", "-0.5");
  _hubrota_hub_editor_set_text (editor, "description", "Advice on scams.\nReport a crime.");
  g_assert_true (_hubrota_hub_editor_can_save (editor));
  g_assert_cmpstr (_hubrota_hub_editor_get_message (editor), ==, "");

  g_assert_true (_hubrota_hub_editor_save (editor));
  gui_test_iterate ();
  g_assert_cmpuint (f->changed, ==, 1);
  g_assert_cmpstr (hubrota_hub_editor_get_slug (editor), ==, "kempston-west");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  row = describe_hub (f, "kempston-west");
  g_assert_cmpstr (row, ==, "kempston-west|Kempston West Library|kempston|Bedford Road, Kempston|"
                            "MK42 9AB|located|52.100000|-0.500000|"
                            "Advice on scams.\nReport a crime.|0");
}

/* The dialog opens with the keyboard in the Name row, not on Cancel (where Space would close
 * it): typing a name, Tab and Enter add the hub, with its identifier made from the name. */
static void
test_add_by_keyboard (Fixture *f, gconstpointer data)
{
  HubrotaHubEditor *editor = open_editor (f, NULL);
  g_autofree char *row = NULL;

  g_assert_cmpstr (gui_test_get_focused_row_title (GTK_WIDGET (editor)), ==, "Name");
  /* Enter on a form that is not ready yet adds nothing. */
  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (editor), "Return"));
  gui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (f->changed, ==, 0);

  gui_test_type (GTK_WIDGET (editor), "Wootton Village Hall");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "name"), ==, "Wootton Village Hall");
  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (editor), "Tab"));
  g_assert_cmpstr (gui_test_get_focused_row_title (GTK_WIDGET (editor)), ==,
                   "Identifier (used in calendar addresses)");
  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (editor), "Tab"));
  g_assert_cmpstr (gui_test_get_focused_row_title (GTK_WIDGET (editor)), ==, "Beat");
  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (editor), "Tab"));
  g_assert_cmpstr (gui_test_get_focused_row_title (GTK_WIDGET (editor)), ==, "Street and town");
  gui_test_type (GTK_WIDGET (editor), "Church Road, Wootton");
  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (editor), "Tab"));
  gui_test_type (GTK_WIDGET (editor), "mk43 9ha");
  g_assert_cmpuint (f->changed, ==, 0);

  g_assert_true (gui_test_press_shortcut (GTK_WIDGET (editor), "Return"));
  g_assert_true (gui_test_wait_until_hidden (GTK_WIDGET (editor)));
  g_assert_cmpuint (f->changed, ==, 1);
  row = describe_hub (f, "wootton-village-hall");
  g_assert_cmpstr (row, ==, "wootton-village-hall|Wootton Village Hall|ampthill|"
                            "Church Road, Wootton|MK43 9HA|nowhere|0.000000|0.000000||0");
  /* Edit Hub too opens in the Name row. */
  editor = open_editor (f, "wootton-village-hall");
  g_assert_cmpstr (gui_test_get_focused_row_title (GTK_WIDGET (editor)), ==, "Name");
}

/* Each wrong field is marked and explained and keeps Save off; nothing reaches the store. */
static void
test_add_invalid (Fixture *f, gconstpointer data)
{
  g_autofree char *before = describe_store (f);
  g_autofree char *after = NULL;
  HubrotaHubEditor *editor = open_editor (f, NULL);

  _hubrota_hub_editor_set_text (editor, "name", "Ampthill");
  g_assert_true (_hubrota_hub_editor_is_invalid (editor, "slug"));
  g_assert_false (_hubrota_hub_editor_can_save (editor));
  g_assert_cmpstr (_hubrota_hub_editor_get_message (editor), ==,
                   "There is already a hub with the identifier “ampthill”.");
  g_assert_false (_hubrota_hub_editor_save (editor));

  _hubrota_hub_editor_set_text (editor, "slug", "Ampthill Rooms");
  g_assert_true (_hubrota_hub_editor_is_invalid (editor, "slug"));
  g_assert_cmpstr (_hubrota_hub_editor_get_message (editor), ==,
                   "The identifier may hold only lower-case letters, digits and inner hyphens, "
                   "up to 64 characters.");
  _hubrota_hub_editor_set_text (editor, "slug", "-ampthill");
  g_assert_true (_hubrota_hub_editor_is_invalid (editor, "slug"));
  _hubrota_hub_editor_set_text (editor, "slug", "ampthill-rooms");
  g_assert_false (_hubrota_hub_editor_is_invalid (editor, "slug"));
  g_assert_true (_hubrota_hub_editor_can_save (editor));

  _hubrota_hub_editor_set_text (editor, "latitude", "95");
  _hubrota_hub_editor_set_text (editor, "longitude", "-0.5");
  g_assert_true (_hubrota_hub_editor_is_invalid (editor, "latitude"));
  g_assert_false (_hubrota_hub_editor_is_invalid (editor, "longitude"));
  g_assert_cmpstr (_hubrota_hub_editor_get_message (editor), ==,
                   "The latitude must be a number from -90 to 90, such as 52.115.");
  g_assert_false (_hubrota_hub_editor_can_save (editor));
  _hubrota_hub_editor_set_text (editor, "latitude", "52,1");
  g_assert_true (_hubrota_hub_editor_is_invalid (editor, "latitude"));
  _hubrota_hub_editor_set_text (editor, "latitude", "52.03");
  _hubrota_hub_editor_set_text (editor, "longitude", "");
  g_assert_false (_hubrota_hub_editor_is_invalid (editor, "latitude"));
  g_assert_true (_hubrota_hub_editor_is_invalid (editor, "longitude"));
  g_assert_cmpstr (_hubrota_hub_editor_get_message (editor), ==,
                   "Give both the latitude and the longitude, or neither.");
  _hubrota_hub_editor_set_text (editor, "latitude", "");
  g_assert_true (_hubrota_hub_editor_can_save (editor));

  _hubrota_hub_editor_set_text (editor, "postcode", "12345");
  g_assert_true (_hubrota_hub_editor_is_invalid (editor, "postcode"));
  g_assert_cmpstr (_hubrota_hub_editor_get_message (editor), ==,
                   "“12345” is not a UK postcode, such as MK42 9AB.");
  g_assert_false (_hubrota_hub_editor_save (editor));
  _hubrota_hub_editor_set_text (editor, "name", "   ");
  g_assert_true (_hubrota_hub_editor_is_invalid (editor, "name"));

  after = describe_store (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (f->changed, ==, 0);
}

/* Another program adds the same hub while the dialog is open: the store refuses, and the
 * dialog stays with everything typed and the reason. */
static void
test_add_refused (Fixture *f, gconstpointer data)
{
  HubrotaHubEditor *editor = open_editor (f, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HubrotaStore) other = hubrota_store_open (f->path, 0, &error);
  g_autoptr(HubrotaHub) hub = hubrota_hub_new ("ampthill-rooms", "Other", "ampthill");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  _hubrota_hub_editor_set_text (editor, "name", "Ampthill Rooms");
  _hubrota_hub_editor_set_text (editor, "address", "Dunstable Street");
  g_assert_true (_hubrota_hub_editor_can_save (editor));
  g_assert_true (hubrota_store_add_hub (other, hub, &error));
  before = describe_store (f);

  g_assert_true (_hubrota_hub_editor_save (editor));
  gui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (f->changed, ==, 0);
  g_assert_null (hubrota_hub_editor_get_slug (editor));
  g_assert_cmpstr (_hubrota_hub_editor_get_message (editor), ==,
                   "Not saved: there is already a hub ‘ampthill-rooms’");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "name"), ==, "Ampthill Rooms");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "address"), ==, "Dunstable Street");
  after = describe_store (f);
  g_assert_cmpstr (after, ==, before);

  /* The next edit clears the store's complaint. */
  _hubrota_hub_editor_set_text (editor, "slug", "ampthill-rooms-2");
  g_assert_cmpstr (_hubrota_hub_editor_get_message (editor), ==, "");
  g_assert_true (_hubrota_hub_editor_save (editor));
  g_assert_cmpuint (f->changed, ==, 1);
}

static void
test_edit (Fixture *f, gconstpointer data)
{
  HubrotaHubEditor *editor = open_editor (f, "kempston-library");
  g_autofree char *row = NULL;
  g_autofree char *beat_only = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Hub");
  g_assert_cmpstr (hubrota_hub_editor_get_slug (editor), ==, "kempston-library");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "name"), ==, "Kempston Library");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "address"), ==, "Halsey Road, Kempston");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "postcode"), ==, "MK42 8AX");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "latitude"), ==, "52.11512345");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "longitude"), ==, "-0.49712345");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "description"), ==,
                   "Report a crime.\nGet advice.");
  g_assert_true (_hubrota_hub_editor_can_save (editor));
  g_assert_cmpint (first_sequence (f), ==, 0);

  /* Saved untouched: no change the public could see, so no new sequence. */
  before = describe_store (f);
  g_assert_true (_hubrota_hub_editor_save (editor));
  g_assert_cmpuint (f->changed, ==, 1);
  g_assert_cmpint (first_sequence (f), ==, 0);
  after = describe_store (f);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  editor = open_editor (f, "kempston-library");

  /* A wrong postcode: Save goes off and the store keeps what it had. */
  before = describe_store (f);
  _hubrota_hub_editor_set_text (editor, "postcode", "MK42");
  g_assert_false (_hubrota_hub_editor_can_save (editor));
  g_assert_false (_hubrota_hub_editor_save (editor));
  after = describe_store (f);
  g_assert_cmpstr (after, ==, before);

  _hubrota_hub_editor_set_text (editor, "postcode", "MK42 8AX");
  _hubrota_hub_editor_set_text (editor, "address", "Bedford Road, Kempston");
  g_assert_true (_hubrota_hub_editor_save (editor));
  g_assert_cmpuint (f->changed, ==, 2);
  g_assert_cmpint (first_sequence (f), ==, 1);
  row = describe_hub (f, "kempston-library");
  g_assert_cmpstr (row, ==, "kempston-library|Kempston Library|kempston|Bedford Road, Kempston|"
                            "MK42 8AX|located|52.115123|-0.497123|"
                            "Report a crime.\nGet advice.|0");

  /* The beat alone is not the public's business: the sequence stays. */
  editor = open_editor (f, "kempston-library");
  g_assert_true (_hubrota_hub_editor_set_beat (editor, "ampthill"));
  g_assert_true (_hubrota_hub_editor_save (editor));
  g_assert_cmpuint (f->changed, ==, 3);
  g_assert_cmpint (first_sequence (f), ==, 1);
  beat_only = describe_hub (f, "kempston-library");
  g_assert_cmpstr (beat_only, ==, "kempston-library|Kempston Library|ampthill|"
                                  "Bedford Road, Kempston|MK42 8AX|located|52.115123|-0.497123|"
                                  "Report a crime.\nGet advice.|0");
}

static void
test_archive (Fixture *f, gconstpointer data)
{
  HubrotaHubEditor *editor = open_editor (f, "kempston-library");
  AdwMessageDialog *question;
  g_autofree char *archived = NULL;

  g_assert_cmpuint (count_all_openings (f), ==, 8);
  g_assert_false (_hubrota_hub_editor_is_archived (editor));

  question = _hubrota_hub_editor_archive (editor);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Archive Kempston Library?");
  adw_message_dialog_response (question, "cancel");
  gtk_window_destroy (GTK_WINDOW (question));
  g_assert_cmpuint (f->changed, ==, 0);
  g_assert_cmpuint (count_all_openings (f), ==, 8);

  question = _hubrota_hub_editor_archive (editor);
  adw_message_dialog_response (question, "archive");
  gtk_window_destroy (GTK_WINDOW (question));
  g_assert_cmpuint (f->changed, ==, 1);
  g_assert_true (_hubrota_hub_editor_is_archived (editor));
  archived = describe_hub (f, "kempston-library");
  g_assert_true (g_str_has_suffix (archived, "|1"));
  g_assert_cmpuint (count_all_openings (f), ==, 0);
  g_assert_cmpint (first_sequence (f), ==, 1);

  /* Reopened, it offers Restore Hub, which needs no question. */
  editor = open_editor (f, "kempston-library");
  g_assert_true (_hubrota_hub_editor_is_archived (editor));
  g_assert_null (_hubrota_hub_editor_archive (editor));
  g_assert_cmpuint (f->changed, ==, 2);
  g_assert_false (_hubrota_hub_editor_is_archived (editor));
  g_assert_cmpuint (count_all_openings (f), ==, 8);
  g_assert_cmpint (first_sequence (f), ==, 2);
}


static void
test_no_beats (Fixture *f, gconstpointer data)
{
  HubrotaHubEditor *editor = open_editor (f, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hubs = NULL;

  _hubrota_hub_editor_set_text (editor, "name", "Kempston Library");
  g_assert_cmpstr (_hubrota_hub_editor_get_text (editor, "slug"), ==, "kempston-library");
  g_assert_false (_hubrota_hub_editor_can_save (editor));
  g_assert_false (_hubrota_hub_editor_save (editor));
  hubs = hubrota_store_list_hubs (f->store, &error);
  g_assert_cmpuint (hubs->len, ==, 0);
  gui_test_wait_until_drawn (GTK_WIDGET (editor));
  gui_test_save_screenshot (GTK_WIDGET (editor), "hub-editor-no-beats.png");
}

static void
test_screenshot (Fixture *f, gconstpointer data)
{
  HubrotaHubEditor *editor = open_editor (f, "kempston-library");

  gtk_window_set_default_size (GTK_WINDOW (editor), 560, 1100);

  gui_test_wait_until_drawn (GTK_WIDGET (editor));
  gui_test_save_screenshot (GTK_WIDGET (editor), "hub-editor-edit.png");

  editor = open_editor (f, NULL);
  gtk_window_set_default_size (GTK_WINDOW (editor), 560, 1000);
  _hubrota_hub_editor_set_text (editor, "name", "Ampthill");
  _hubrota_hub_editor_set_text (editor, "latitude", "95");
  gui_test_wait_until_drawn (GTK_WIDGET (editor));
  gui_test_save_screenshot (GTK_WIDGET (editor), "hub-editor-new.png");
}

int
main (int argc, char *argv[])
{
  /* Under Xvfb the GL renderer runs in software and takes seconds a window; these tests are
   * about what the dialogs do, and cairo draws the same widgets. */
  if (!gui_test_init (&argc, &argv, GUI_TEST_CAIRO))
    return 0;
  adw_init ();
  gui_test_use_system_mime_dirs ();

  g_test_add ("/hubs/editor/add", Fixture, NULL, fixture_set_up, test_add, fixture_tear_down);
  g_test_add ("/hubs/editor/add-by-keyboard", Fixture, NULL, fixture_set_up,
              test_add_by_keyboard, fixture_tear_down);
  g_test_add ("/hubs/editor/add-invalid", Fixture, NULL, fixture_set_up, test_add_invalid,
              fixture_tear_down);
  g_test_add ("/hubs/editor/add-refused", Fixture, NULL, fixture_set_up, test_add_refused,
              fixture_tear_down);
  g_test_add ("/hubs/editor/edit", Fixture, NULL, fixture_set_up, test_edit, fixture_tear_down);
  g_test_add ("/hubs/editor/archive", Fixture, NULL, fixture_set_up, test_archive,
              fixture_tear_down);
  g_test_add ("/hubs/editor/no-beats", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_no_beats, fixture_tear_down);
  g_test_add ("/hubs/editor/screenshot", Fixture, NULL, fixture_set_up, test_screenshot,
              fixture_tear_down);

  return gui_test_run ();
}
