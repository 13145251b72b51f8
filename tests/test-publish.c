/* test-publish.c: subscription links, and publishing in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "hubrota-core.h"
#include "hubrota-export.h"
#include "hubrota-publish-set-private.h"
#include "hubrota-store-private.h"
#include "test-util.h"

#define BASE_URL "https://example.org/hubs"

typedef struct
{
  char *dir;
  char *db_path;
  HubrotaStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{

  f->store = test_util_create_temp_store ("hubrota-publish-XXXXXX", &f->dir, &f->db_path);
  test_util_load_demo (f->store);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_util_remove_temp_store (&f->store, &f->dir, &f->db_path);
}

static void
assert_url (char *url, const char *expected)
{
  g_assert_cmpstr (url, ==, expected);
  g_free (url);
}

/* With or without trailing slashes, the same address. */
static void
test_urls (void)
{
  const char *bases[] = { BASE_URL, BASE_URL "/", BASE_URL "//" };

  for (guint i = 0; i < G_N_ELEMENTS (bases); i++)
    {
      assert_url (hubrota_export_all_hubs_url (bases[i]), BASE_URL "/all-hubs.ics");
      assert_url (hubrota_export_hub_url (bases[i], "ampthill"), BASE_URL "/ampthill.ics");
      assert_url (hubrota_export_hub_url (bases[i], "marsh-farm-2"), BASE_URL "/marsh-farm-2.ics");
      assert_url (hubrota_export_officer_url (bases[i], "0a1b2c"), BASE_URL "/private/0a1b2c.ics");
    }
  assert_url (hubrota_export_all_hubs_url ("http://example.org"), "http://example.org/all-hubs.ics");
  assert_url (hubrota_export_hub_url ("https://example.org/", "luton"),
              "https://example.org/luton.ics");
  /* A slug the exporter would refuse still gives a well-formed link. */
  assert_url (hubrota_export_hub_url (BASE_URL, "a b"), BASE_URL "/a%20b.ics");
}

static void
test_urls_without_base (void)
{
  g_assert_null (hubrota_export_all_hubs_url (NULL));
  g_assert_null (hubrota_export_all_hubs_url (""));
  g_assert_null (hubrota_export_hub_url (NULL, "ampthill"));
  g_assert_null (hubrota_export_hub_url ("", "ampthill"));
  g_assert_null (hubrota_export_officer_url (NULL, "0a1b2c"));
  g_assert_null (hubrota_export_officer_url ("", "0a1b2c"));
  /* The token is the link's only secret: no private link over plain http. */
  g_assert_null (hubrota_export_officer_url ("http://example.org", "0a1b2c"));
}

static gboolean
contains_path (GPtrArray *written, const char *path)
{
  return g_ptr_array_find_with_equal_func (written, path, g_str_equal, NULL);
}

static GPtrArray *
export_now (Fixture *f, const char *dir)
{
  HubrotaExportOptions options;
  g_autoptr(GError) error = NULL;
  GPtrArray *written;

  hubrota_export_options_init (&options);
  options.base_url = BASE_URL;
  options.officers = TRUE;
  written = hubrota_export (f->store, dir, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (written);
  return written;
}

static guint
count_private_feeds (const char *dir)
{
  g_autofree char *folder = g_build_filename (dir, "private", NULL);
  g_autoptr(GDir) listing = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    n += g_str_has_suffix (name, ".ics");
  return n;
}

/* Switching officers' calendars off and publishing again takes their files down. */
static void
test_officers_off_removes_private (Fixture *f, gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->dir, "public", NULL);
  g_autoptr(GPtrArray) first = export_now (f, out);
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaExportOptions options;

  g_assert_cmpuint (count_private_feeds (out), ==, 18);
  hubrota_export_options_init (&options);
  options.base_url = BASE_URL;
  second = hubrota_export (f->store, out, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_private_feeds (out), ==, 0);
}

/* Public feeds only read: a database that cannot be written still publishes them. */
static guint
count_besides_openings (GPtrArray *written)
{
  guint count = 0;

  for (guint i = 0; i < written->len; i++)
    count += !g_str_has_prefix (g_ptr_array_index (written, i), "openings/");
  return count;
}

static void
test_public_from_read_only (Fixture *f, gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->dir, "public", NULL);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  HubrotaExportOptions options;

  g_assert_true (_hubrota_store_exec (f->store, "PRAGMA query_only = ON", &error));
  hubrota_export_options_init (&options);
  options.base_url = BASE_URL;
  written = hubrota_export (f->store, out, &options, &error);
  g_assert_no_error (error);
  /* The demo's seven hubs' feeds and pages, all hubs, the index, hubs.json, the style sheet,
   * the script and the icon; and the single openings. */
  g_assert_cmpuint (count_besides_openings (written), ==, 20);
  g_assert_cmpuint (written->len, >, 20);
  g_assert_true (_hubrota_store_exec (f->store, "PRAGMA query_only = OFF", &error));
}

/* Every link names a file the exporter really wrote. */
static void
test_urls_name_written_files (Fixture *f, gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->dir, "public", NULL);
  g_autoptr(GPtrArray) written = export_now (f, out);
  g_autoptr(GPtrArray) hubs = NULL;
  g_autoptr(GPtrArray) officers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *all = hubrota_export_all_hubs_url (BASE_URL "/");
  const gsize prefix = strlen (BASE_URL "/");
  guint links = 1;

  g_assert_true (g_str_has_prefix (all, BASE_URL "/"));
  g_assert_true (contains_path (written, all + prefix));
  hubs = hubrota_store_list_hubs (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < hubs->len; i++, links++)
    {
      HubrotaHub *hub = g_ptr_array_index (hubs, i);
      g_autofree char *url = hubrota_export_hub_url (BASE_URL, hubrota_hub_get_slug (hub));

      g_assert_true (contains_path (written, url + prefix));
    }
  officers = hubrota_store_list_officers (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < officers->len; i++, links++)
    {
      const char *id = hubrota_officer_get_id (g_ptr_array_index (officers, i));
      g_autofree char *token = hubrota_store_get_feed_token (f->store, id, &error);
      g_autofree char *url = NULL;

      g_assert_no_error (error);
      url = hubrota_export_officer_url (BASE_URL, token);
      g_assert_true (contains_path (written, url + prefix));
    }
  /* The demo: seven hubs and eighteen officers; besides the feeds, index.html,
   * private/index.html, the hubs' pages, hubs.json, the style sheet, the script and icon. */
  g_assert_cmpuint (hubs->len, ==, 7);
  g_assert_cmpuint (officers->len, ==, 18);
  g_assert_cmpuint (links, ==, 26);
  g_assert_cmpuint (count_besides_openings (written), ==, links + 2 + 7 + 4);
}

static void
on_exported (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (source);
  *out = g_object_ref (result);
}

static GPtrArray *
export_in_thread (const char *db_path, const char *dir, GError **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  HubrotaExportOptions options;
  g_autofree char *base_url = g_strdup (BASE_URL);

  hubrota_export_options_init (&options);
  options.base_url = base_url;
  options.officers = TRUE;
  hubrota_export_async (db_path, dir, &options, NULL, on_exported, &result);
  /* The options' strings are the task's own copies. */
  memset (base_url, 'x', strlen (base_url));
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return hubrota_export_finish (result, error);
}

/* The file with its DTSTAMP lines (the moment of writing) left out. */
static char *
read_without_stamps (const char *root, const char *file)
{
  g_autofree char *text = test_util_read_file (root, file);
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_new (NULL);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "DTSTAMP"))
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (out, FALSE);
}

/* The thread writes exactly what the plain export writes. */
static void
test_async_same_files (Fixture *f, gconstpointer data)
{
  g_autofree char *plain_dir = g_build_filename (f->dir, "plain", NULL);
  g_autofree char *thread_dir = g_build_filename (f->dir, "thread", NULL);
  g_autoptr(GPtrArray) plain = export_now (f, plain_dir);
  g_autoptr(GPtrArray) threaded = NULL;
  g_autoptr(GPtrArray) plain_tree = NULL;
  g_autoptr(GPtrArray) thread_tree = NULL;
  g_autoptr(GError) error = NULL;

  threaded = export_in_thread (f->db_path, thread_dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (threaded);
  g_assert_cmpuint (threaded->len, ==, plain->len);
  g_assert_cmpuint (count_besides_openings (threaded), ==, 28 + 11);
  for (guint i = 0; i < plain->len; i++)
    g_assert_cmpstr (g_ptr_array_index (threaded, i), ==, g_ptr_array_index (plain, i));

  plain_tree = test_util_sorted_tree (plain_dir);
  thread_tree = test_util_sorted_tree (thread_dir);
  g_assert_cmpuint (plain_tree->len, ==, plain->len);
  g_assert_cmpuint (thread_tree->len, ==, plain_tree->len);
  for (guint i = 0; i < plain_tree->len; i++)
    {
      const char *file = g_ptr_array_index (plain_tree, i);
      g_autofree char *a = read_without_stamps (plain_dir, file);
      g_autofree char *b = read_without_stamps (thread_dir, file);

      g_assert_cmpstr (g_ptr_array_index (thread_tree, i), ==, file);
      g_assert_cmpstr (b, ==, a);
    }
}

/* A folder that is a file: the error comes back, and nothing is written beside it. */
static void
test_async_errors (Fixture *f, gconstpointer data)
{
  g_autofree char *file = g_build_filename (f->dir, "not-a-folder", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GPtrArray) tree = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (file, "x", -1, &error);
  g_assert_no_error (error);
  written = export_in_thread (f->db_path, file, &error);
  g_assert_null (written);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_clear_error (&error);

  written = export_in_thread (missing, out, &error);
  g_assert_null (written);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_NO_DATABASE);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  tree = test_util_sorted_tree (f->dir);
  /* The database (and its WAL files) and the file; nothing else. */
  for (guint i = 0; i < tree->len; i++)
    g_assert_true (g_str_has_prefix (g_ptr_array_index (tree, i), "hubrota.db") ||
                   g_str_equal (g_ptr_array_index (tree, i), "not-a-folder"));
}

/* Published through a symbolic link, the real folder gets the set and the link stays. */
static void
test_through_symlink (Fixture *f, gconstpointer data)
{
  g_autofree char *real = g_build_filename (f->dir, "real", NULL);
  g_autofree char *link = g_build_filename (f->dir, "served", NULL);
  g_autofree char *index = g_build_filename (real, "index.html", NULL);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;

  g_assert_cmpint (g_mkdir (real, 0755), ==, 0);
  g_assert_cmpint (symlink (real, link), ==, 0);
  first = export_now (f, link);
  second = export_now (f, link);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (second->len, ==, first->len);
}

static void
put (const char *dir, const char *relative, const char *contents)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static char *
read_back (const char *dir, const char *relative)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) ? contents : NULL;
}

static gboolean
keep_sub (const char *relative, gpointer user_data)
{
  return g_str_has_prefix (relative, "sub/");
}

/* How many names in dir start with prefix. */
static guint
count_named (const char *dir, const char *prefix)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    n += g_str_has_prefix (name, prefix);
  return n;
}

/* The folder a sandbox was given, whose surroundings it cannot write: the set is built inside
 * it and each file moved in; the new files are there, an unchanged one is the same inode, what
 * the new set lacks has gone (what keep keeps stays), and nothing of the work is left. */
static void
test_inside_folder (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = g_build_filename (f->dir, "portal", NULL);
  g_autofree char *index = g_build_filename (dir, "index.html", NULL);
  g_autofree char *stale = g_build_filename (dir, "stale.ics", NULL);
  g_autofree char *private_folder = g_build_filename (dir, "private", NULL);
  g_autofree char *elsewhere = g_build_filename (f->dir, "elsewhere", NULL);
  g_autofree char *openings = g_build_filename (dir, "openings", NULL);
  g_autofree char *leaked = g_build_filename (elsewhere, "b.ics", NULL);
  g_autofree char *private_feed = NULL;
  g_autoptr(HubrotaPublishSet) again = NULL;
  GStatBuf folder_info;
  g_autoptr(HubrotaPublishSet) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *kept = NULL, *page = NULL;
  GStatBuf before, after;

  put (dir, "a.ics", "old a");
  put (dir, "stale.ics", "gone soon");
  put (dir, "index.html", "the same page");
  put (dir, "private/x.ics", "an old token's feed");
  /* A symbolic link where the new set has a folder: the feeds go in a real folder, not
   * through the link out of the published one. */
  put (f->dir, "elsewhere/old.ics", "not ours");
  g_assert_cmpint (symlink (elsewhere, openings), ==, 0);
  put (dir, "sub/keep.txt", "kept by keep");
  put (dir, ".hubrota-new-LEFTOVR/a.ics", "from an interrupted publish");
  g_assert_cmpint (g_stat (index, &before), ==, 0);

  set = _hubrota_publish_set_new_inside (dir, &error);
  g_assert_no_error (error);
  /* The interrupted publish's leftovers went; this one's own folder is the only one. */
  g_assert_cmpuint (count_named (dir, ".hubrota-new-"), ==, 1);
  g_assert_true (hubrota_publish_set_add (set, "a.ics", "new a", &error));
  g_assert_true (hubrota_publish_set_add (set, "openings/b.ics", "new b", &error));
  g_assert_true (hubrota_publish_set_add (set, "index.html", "the same page", &error));
  g_assert_true (hubrota_publish_set_commit (set, keep_sub, NULL, &error));
  g_assert_no_error (error);

  a = read_back (dir, "a.ics");
  b = read_back (dir, "openings/b.ics");
  kept = read_back (dir, "sub/keep.txt");
  page = read_back (dir, "index.html");
  g_assert_cmpstr (a, ==, "new a");
  g_assert_cmpstr (b, ==, "new b");
  g_assert_cmpstr (kept, ==, "kept by keep");
  g_assert_cmpstr (page, ==, "the same page");
  g_assert_cmpint (g_stat (index, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  /* private/ held only a feed the new set dropped: it goes, empty. */
  g_assert_false (g_file_test (private_folder, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_named (dir, ".hubrota-"), ==, 0);
  /* Nothing was made beside the folder. */
  g_assert_cmpuint (count_named (f->dir, ".portal"), ==, 0);
  g_assert_false (g_file_test (openings, G_FILE_TEST_IS_SYMLINK));
  g_assert_false (g_file_test (leaked, G_FILE_TEST_EXISTS));

  /* A private/ left listable by someone is made unlistable again, as a swap would make it. */
  g_assert_cmpint (g_mkdir (private_folder, 0755), ==, 0);
  again = _hubrota_publish_set_new_inside (dir, &error);
  g_assert_no_error (error);
  g_assert_true (hubrota_publish_set_add (again, "private/token.ics", "a feed", &error));
  g_assert_true (hubrota_publish_set_commit (again, keep_sub, NULL, &error));
  g_assert_cmpint (g_stat (private_folder, &folder_info), ==, 0);
  g_assert_cmpint (folder_info.st_mode & 0777, ==, 0711);
  private_feed = read_back (dir, "private/token.ics");
  g_assert_cmpstr (private_feed, ==, "a feed");
}

/* The same through hubrota_publish_set_new, when the folder's parent refuses a sibling. As
 * root the parent cannot refuse, so this runs only as another user. */
static void
test_refused_surroundings (Fixture *f, gconstpointer data)
{
  g_autofree char *parent = g_build_filename (f->dir, "locked", NULL);
  g_autofree char *dir = g_build_filename (parent, "portal", NULL);
  g_autoptr(HubrotaPublishSet) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root may write any folder; /publish/inside-folder covers the rest");
      return;
    }
  put (dir, "a.ics", "old a");
  g_assert_cmpint (g_chmod (parent, 0500), ==, 0);
  set = hubrota_publish_set_new (dir, &error);
  g_assert_no_error (error);
  g_assert_true (hubrota_publish_set_add (set, "a.ics", "new a", &error));
  g_assert_true (hubrota_publish_set_commit (set, keep_sub, NULL, &error));
  g_assert_cmpint (g_chmod (parent, 0755), ==, 0);
  a = read_back (dir, "a.ics");
  g_assert_cmpstr (a, ==, "new a");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/publish/urls", test_urls);
  g_test_add_func ("/publish/urls/without-base", test_urls_without_base);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/publish/officers-off-removes-private", test_officers_off_removes_private);
  ADD ("/publish/public-from-read-only", test_public_from_read_only);
  ADD ("/publish/urls/name-written-files", test_urls_name_written_files);
  ADD ("/publish/async/same-files", test_async_same_files);
  ADD ("/publish/async/errors", test_async_errors);
  ADD ("/publish/through-symlink", test_through_symlink);
  ADD ("/publish/inside-folder", test_inside_folder);
  ADD ("/publish/refused-surroundings", test_refused_surroundings);
#undef ADD

  return g_test_run ();
}
