/* hubrota-export.c: publishing the calendar feeds to a folder a web server can serve
 *
 * Everything is built in memory first; then the whole set is written beside the folder and
 * swapped with it in one step (hubrota-publish-set.c), so a reader sees the old set or the
 * new one, never a mix, and a failure or a kill before the swap leaves the old one as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaExport"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hubrota-error-private.h"
#include "hubrota-export.h"
#include "hubrota-ical.h"
#include "hubrota-london.h"
#include "hubrota-publish-set.h"
#include "hubrota-site.h"
#include "hubrota-store-private.h"

typedef struct
{
  char *path;       /* relative to the export folder */
  char *contents;
} Pending;

static void
pending_free (Pending *pending)
{
  g_free (pending->path);
  g_free (pending->contents);
  g_free (pending);
}

static void
add_pending (GPtrArray *files, const char *path, char *contents)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->path = g_strdup (path);
  pending->contents = contents;
  g_ptr_array_add (files, pending);
}

void
hubrota_export_options_init (HubrotaExportOptions *options)
{
  *options = (HubrotaExportOptions) { NULL, 28, 182, 6, FALSE, NULL };
}

/* Slugs become file names: nothing that could climb out of the folder or hide a file. */
static gboolean
check_file_slug (const char *slug, GError **error)
{
  if (*slug == '\0' || slug[0] == '.' || strstr (slug, "..") != NULL)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("‘%s’ cannot be used as a file name"), slug);
  for (const char *p = slug; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                             _("‘%s’ cannot be used as a file name"), slug);
  return TRUE;
}

static GPtrArray *
openings_of (GPtrArray *occurrences, const char *hub)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < occurrences->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      if (hub == NULL || g_str_equal (hubrota_occurrence_get_hub (occurrence), hub))
        g_ptr_array_add (out, g_object_ref (occurrence));
    }
  return out;
}

/* The one place the published files are named: the exporter writes these names and the
 * subscription links point at them. */
#define ALL_HUBS_FILE "all-hubs.ics"

static char *
hub_file (const char *slug)
{
  return g_strconcat (slug, ".ics", NULL);
}

static char *
officer_file (const char *token)
{
  return g_strdup_printf ("private/%s.ics", token);
}

/* Each opening still to come on its own, for the hub page's "Add just this one" (a
 * calendar that takes one keeps it as it was, so the page says subscribing is better). */
/* A hub's calendar name, "Bedford police hub", in the feeds' language. */
static char *
hub_calendar_name (const HubrotaIcalOptions *ical, HubrotaHub *hub)
{
  /* Translators: the name of a hub's calendar; %s is the hub's name */
  return g_strdup_printf (hubrota_catalogue_gettext (ical->words, "%s police hub"),
                          hubrota_hub_get_name (hub));
}

static gboolean
add_opening_files (GPtrArray *files, HubrotaHub *hub, GPtrArray *openings,
                   const HubrotaIcalOptions *shared, HubrotaIcalEvents *events, GError **error)
{
  g_autoptr(GPtrArray) one_hub = g_ptr_array_new ();
  g_autofree char *name = hub_calendar_name (shared, hub);

  g_ptr_array_add (one_hub, hub);
  for (guint i = 0; i < openings->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (openings, i);
      g_autoptr(GPtrArray) alone = g_ptr_array_new ();
      g_autofree char *file = NULL;
      char *feed;

      if (hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED ||
          g_date_time_compare (hubrota_occurrence_get_end (occurrence), shared->now) <= 0)
        continue;
      g_ptr_array_add (alone, occurrence);
      feed = hubrota_ical_public_feed_shared (name, one_hub, alone, shared, events, error);
      if (feed == NULL)
        return FALSE;
      file = hubrota_site_opening_file (occurrence);
      add_pending (files, file, feed);
    }
  return TRUE;
}

static void
add_site_file (const char *path, char *contents, gpointer files)
{
  add_pending (files, path, contents);
}

/* The pages, with the same "now" as the feeds, so each page offers the single-opening files
 * that were written. */
static gboolean
add_site (HubrotaStore *store, GPtrArray *files, GPtrArray *hubs, GPtrArray *occurrences,
          const HubrotaExportOptions *options, const HubrotaIcalOptions *ical, GError **error)
{
  g_autoptr(GPtrArray) beats = hubrota_store_list_beats (store, error);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  HubrotaSite site = { hubs, names, occurrences, options->base_url, ical->now, ical->words };

  if (beats == NULL)
    return FALSE;
  for (guint i = 0; i < beats->len; i++)
    g_hash_table_insert (names, (gpointer) hubrota_beat_get_slug (g_ptr_array_index (beats, i)),
                         (gpointer) hubrota_beat_get_name (g_ptr_array_index (beats, i)));
  hubrota_site_build (&site, add_site_file, files);
  return TRUE;
}

static gboolean
add_public_feeds (GPtrArray *files, GPtrArray *hubs, GPtrArray *occurrences,
                  const HubrotaIcalOptions *ical, GError **error)
{
  g_autoptr(HubrotaIcalEvents) events = hubrota_ical_events_new ();
  /* One DTSTAMP for the whole set, so every feed can share each opening's event. */
  HubrotaIcalOptions shared = *ical;
  char *all;

  /* Translators: the name of the calendar of every hub's openings */
  all = hubrota_ical_public_feed_shared (hubrota_catalogue_gettext (ical->words, "Police hubs"),
                                         hubs, occurrences, &shared, events, error);

  if (all == NULL)
    return FALSE;
  add_pending (files, ALL_HUBS_FILE, all);
  for (guint i = 0; i < hubs->len; i++)
    {
      HubrotaHub *hub = g_ptr_array_index (hubs, i);
      const char *slug = hubrota_hub_get_slug (hub);
      g_autoptr(GPtrArray) one = g_ptr_array_new ();
      g_autoptr(GPtrArray) openings = openings_of (occurrences, slug);
      g_autofree char *name = hub_calendar_name (ical, hub);
      g_autofree char *file = hub_file (slug);
      char *feed;

      if (!check_file_slug (slug, error))
        return FALSE;
      g_ptr_array_add (one, hub);
      feed = hubrota_ical_public_feed_shared (name, one, openings, &shared, events, error);
      if (feed == NULL)
        return FALSE;
      add_pending (files, file, feed);
      if (!add_opening_files (files, hub, openings, &shared, events, error))
        return FALSE;
    }
  return TRUE;
}

static void
add_to_officers (GHashTable *by_officer, GPtrArray *officers, HubrotaOccurrence *occurrence)
{
  for (guint j = 0; j < officers->len; j++)
    {
      GPtrArray *own = g_hash_table_lookup (by_officer, g_ptr_array_index (officers, j));
      if (own == NULL)
        g_hash_table_insert (by_officer, g_ptr_array_index (officers, j),
                             own = g_ptr_array_new ());
      g_ptr_array_add (own, occurrence);
    }
}

/* collar number → the openings the officer is on (or was on, before they were cancelled), so
 * each feed looks only at its own. */
static GHashTable *
openings_by_officer (GPtrArray *occurrences)
{
  GHashTable *by_officer = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                  (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < occurrences->len; i++)
    {
      HubrotaOccurrence *occurrence = g_ptr_array_index (occurrences, i);

      add_to_officers (by_officer, hubrota_occurrence_get_assigned (occurrence), occurrence);
      add_to_officers (by_officer, hubrota_occurrence_get_stood_down (occurrence), occurrence);
    }
  return by_officer;
}

static gboolean
add_officer_feeds (HubrotaStore *store, GPtrArray *files, GPtrArray *hubs,
                   GPtrArray *occurrences, const HubrotaIcalOptions *ical, GError **error)
{
  g_autoptr(GPtrArray) officers = hubrota_store_list_officers (store, error);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_officer = openings_by_officer (occurrences);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  if (officers == NULL)
    return FALSE;
  for (guint i = 0; i < officers->len; i++)
    g_hash_table_insert (names, (gpointer) hubrota_officer_get_id (g_ptr_array_index (officers, i)),
                         (gpointer) hubrota_officer_get_name (g_ptr_array_index (officers, i)));
  for (guint i = 0; i < officers->len; i++)
    {
      HubrotaOfficer *officer = g_ptr_array_index (officers, i);
      const char *id = hubrota_officer_get_id (officer);
      GPtrArray *own = g_hash_table_lookup (by_officer, id);
      g_autofree char *token = hubrota_store_get_feed_token (store, id, error);
      g_autofree char *path = NULL;
      char *feed;

      if (token == NULL)
        return FALSE;
      feed = hubrota_ical_officer_feed (officer, hubs, own != NULL ? own : none, names, ical,
                                        error);
      if (feed == NULL)
        return FALSE;
      path = officer_file (token);
      add_pending (files, path, feed);
    }
  /* A web server with listings on must show nothing here. */
  add_pending (files, "private/index.html", g_strdup (""));
  return TRUE;
}

/* What an earlier publish wrote that this one does not, and that goes on all the same: files
 * someone else put in the folder, and feeds of hubs since deleted. Not an archived hub's feed
 * (nobody should subscribe to a closed hub), and nothing in private/ this export did not
 * write: a replaced token's old file would keep serving the officer's duties to whoever holds
 * the old address, and with officers' calendars switched off every private file goes. */
static gboolean
keep_old_file (const char *relative,
               gpointer    user_data)
{
  GPtrArray *archived = user_data;

  if (g_str_has_prefix (relative, "private/"))
    return !g_str_has_suffix (relative, ".ics");
  /* Single openings that are over, or were cancelled or moved since. */
  if (g_str_has_prefix (relative, "openings/"))
    return FALSE;
  for (guint i = 0; i < archived->len; i++)
    {
      const char *slug = hubrota_hub_get_slug (g_ptr_array_index (archived, i));
      g_autofree char *file = hub_file (slug);
      g_autofree char *page = hubrota_site_hub_page (slug);

      if (check_file_slug (slug, NULL) && !g_str_equal (file, ALL_HUBS_FILE) &&
          (g_str_equal (relative, file) || g_str_equal (relative, page)))
        return FALSE;
    }
  return TRUE;
}

/* Splits list_hubs' answer into the hubs that publish and the archived ones. */
static GPtrArray *
take_archived (GPtrArray *hubs)
{
  GPtrArray *archived = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = hubs->len; i > 0; i--)
    if (hubrota_hub_get_archived (g_ptr_array_index (hubs, i - 1)))
      g_ptr_array_add (archived, g_ptr_array_steal_index (hubs, i - 1));
  return archived;
}

static gboolean
publish_set (const char *dir, GPtrArray *files, GPtrArray *archived, GError **error)
{
  g_autoptr(HubrotaPublishSet) set = hubrota_publish_set_new (dir, error);

  if (set == NULL)
    return FALSE;
  for (guint i = 0; i < files->len; i++)
    {
      Pending *pending = g_ptr_array_index (files, i);
      if (!hubrota_publish_set_add (set, pending->path, pending->contents, error))
        return FALSE;
    }
  return hubrota_publish_set_commit (set, keep_old_file, archived, error);
}

static GPtrArray *
paths_of (GPtrArray *files)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (paths, g_strdup (((Pending *) g_ptr_array_index (files, i))->path));
  return paths;
}

/* Every file's contents, in memory: the public feeds, the index and (when asked) each
 * officer's private feed. */
static gboolean
make_feeds (HubrotaStore                *store,
            GPtrArray                   *files,
            const HubrotaExportOptions  *options,
            const HubrotaIcalOptions    *ical,
            const GDate                 *from,
            const GDate                 *to,
            GPtrArray                  **out_archived,
            GError                     **error)
{
  g_autoptr(GPtrArray) hubs = NULL;
  g_autoptr(GPtrArray) occurrences = NULL;

  g_assert (ical->now != NULL);
  /* list_occurrences (NULL) already leaves out archived hubs' openings. */
  if ((hubs = hubrota_store_list_hubs (store, error)) == NULL ||
      (occurrences = hubrota_store_list_occurrences (store, from, to, NULL, error)) == NULL)
    return FALSE;
  *out_archived = take_archived (hubs);
  if (!add_public_feeds (files, hubs, occurrences, ical, error) ||
      !add_site (store, files, hubs, occurrences, options, ical, error))
    return FALSE;
  return !options->officers || add_officer_feeds (store, files, hubs, occurrences, ical, error);
}

GPtrArray *
hubrota_export (HubrotaStore                *store,
                const char                  *dir,
                const HubrotaExportOptions  *options,
                GError                     **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);
  g_autoptr(GPtrArray) archived = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (hubrota_london_tz ());
  g_autoptr(GDateTime) window_start = NULL;
  g_autoptr(GDate) from = NULL;
  g_autoptr(GDate) to = NULL;
  g_autoptr(HubrotaCatalogue) words = NULL;
  HubrotaIcalOptions ical = { 0, };

  g_return_val_if_fail (HUBROTA_IS_STORE (store), NULL);
  g_return_val_if_fail (dir != NULL && options != NULL, NULL);

  words = hubrota_catalogue_new (options->language, error);
  if (words == NULL)
    return NULL;

  from = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                         g_date_time_get_year (now));
  to = g_date_copy (from);
  g_date_subtract_days (from, options->past_days);
  g_date_add_days (to, options->future_days);
  window_start = hubrota_london_start_of_day (from);
  ical = (HubrotaIcalOptions) { options->base_url, options->refresh_hours, now, window_start,
                                words };

  /* One transaction, so hubs, openings and tokens are read as of one moment even while the
   * window writes (publishing runs in a thread). Officers' feeds may make their first
   * tokens, so they take the write lock; public feeds only read (a read-only file will do). */
  if (!(options->officers ? _hubrota_store_begin (store, error)
                          : _hubrota_store_begin_read (store, error)))
    return NULL;
  if (!make_feeds (store, files, options, &ical, from, to, &archived, error))
    {
      _hubrota_store_rollback (store);
      return NULL;
    }
  if (!_hubrota_store_commit (store, error))
    return NULL;

  if (!publish_set (dir, files, archived, error))
    return NULL;
  return paths_of (files);
}

/* Subscription links. An https:// (or http://) address rather than webcal://: calendar
 * applications subscribe to either when it is pasted into them, and only the https form
 * also works in a browser or a mail. */

char *
hubrota_export_all_hubs_url (const char *base_url)
{
  if (base_url == NULL || *base_url == '\0')
    return NULL;
  return hubrota_site_url (base_url, ALL_HUBS_FILE);
}

char *
hubrota_export_hub_url (const char *base_url,
                        const char *hub_slug)
{
  g_autofree char *escaped = NULL;
  g_autofree char *file = NULL;

  g_return_val_if_fail (hub_slug != NULL, NULL);

  if (base_url == NULL || *base_url == '\0')
    return NULL;
  /* The exporter refuses slugs that need escaping; this only keeps a link well formed. */
  escaped = g_uri_escape_string (hub_slug, NULL, FALSE);
  file = hub_file (escaped);
  return hubrota_site_url (base_url, file);
}

char *
hubrota_export_officer_url (const char *base_url,
                            const char *token)
{
  g_autofree char *escaped = NULL;
  g_autofree char *file = NULL;

  g_return_val_if_fail (token != NULL, NULL);

  /* The token is the only secret in the link: never hand it out for plain http. */
  if (base_url == NULL || !g_str_has_prefix (base_url, "https://"))
    return NULL;
  escaped = g_uri_escape_string (token, NULL, FALSE);
  file = officer_file (escaped);
  return hubrota_site_url (base_url, file);
}

/* Publishing in a thread, through a connection of its own, so the window stays responsive
 * and the main thread's store is never shared. */

typedef struct
{
  char                 *db_path;
  char                 *dir;
  char                 *base_url;
  char                 *language;
  HubrotaExportOptions  options;   /* its base_url and language point at the copies above */
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_free (export->db_path);
  g_free (export->dir);
  g_free (export->base_url);
  g_free (export->language);
  g_free (export);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportData *export = task_data;
  g_autoptr(HubrotaStore) store = NULL;
  GPtrArray *written = NULL;
  GError *error = NULL;

  store = hubrota_store_open (export->db_path, HUBROTA_STORE_OPEN_DEFAULT, &error);
  if (store != NULL)
    written = hubrota_export (store, export->dir, &export->options, &error);
  if (written == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, written, (GDestroyNotify) g_ptr_array_unref);
}

void
hubrota_export_async (const char                 *db_path,
                      const char                 *dir,
                      const HubrotaExportOptions *options,
                      GCancellable               *cancellable,
                      GAsyncReadyCallback         callback,
                      gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *export;

  g_return_if_fail (db_path != NULL && dir != NULL && options != NULL);

  export = g_new0 (ExportData, 1);
  export->db_path = g_strdup (db_path);
  export->dir = g_strdup (dir);
  export->base_url = g_strdup (options->base_url);
  export->options = *options;
  export->options.base_url = export->base_url;
  export->language = g_strdup (options->language);
  export->options.language = export->language;

  task = g_task_new (NULL, cancellable, callback, user_data);
  /* What the thread did is what is reported, even if it was cancelled once done. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_source_tag (task, hubrota_export_async);
  g_task_set_task_data (task, export, export_data_free);
  g_task_run_in_thread (task, export_in_thread);
}

GPtrArray *
hubrota_export_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hubrota_export_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
