/* hubrota-store.h: the Hubrota database, one SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hubrota-absence.h"
#include "hubrota-beat.h"
#include "hubrota-duty.h"
#include "hubrota-error.h"
#include "hubrota-hotspot.h"
#include "hubrota-hub.h"
#include "hubrota-occurrence.h"
#include "hubrota-officer.h"
#include "hubrota-series.h"

G_BEGIN_DECLS

/* The schema version this build writes; a file with a higher PRAGMA user_version is refused. */
#define HUBROTA_STORE_SCHEMA_VERSION 10

typedef enum
{
  HUBROTA_STORE_OPEN_DEFAULT = 0,
  HUBROTA_STORE_OPEN_CREATE = 1 << 0,   /* create the file if it does not exist */
  HUBROTA_STORE_OPEN_READ_ONLY = 1 << 1, /* only read: never migrate, works in a read-only folder */
} HubrotaStoreOpenFlags;

#define HUBROTA_TYPE_STORE (hubrota_store_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaStore, hubrota_store, HUBROTA, STORE, GObject)

char         *hubrota_store_default_path       (void);
HubrotaStore *hubrota_store_open               (const char             *path,
                                                HubrotaStoreOpenFlags   flags,
                                                GError                **error);
const char   *hubrota_store_get_path           (HubrotaStore           *self);

/* Beats and hubs */
/* The rules a hub's id (slug) follows: a-z, 0-9 and inner hyphens, as for beats and
 * hotspots, and not "all-hubs", the name of the feed of every hub. */
gboolean      hubrota_store_check_slug         (const char             *slug,
                                                GError                **error);
gboolean      hubrota_store_add_beat           (HubrotaStore           *self,
                                                HubrotaBeat            *beat,
                                                GError                **error);
GPtrArray    *hubrota_store_list_beats         (HubrotaStore           *self,
                                                GError                **error);
gboolean      hubrota_store_add_hub            (HubrotaStore           *self,
                                                HubrotaHub             *hub,
                                                GError                **error);
HubrotaHub   *hubrota_store_get_hub            (HubrotaStore           *self,
                                                const char             *slug,
                                                GError                **error);
GPtrArray    *hubrota_store_list_hubs          (HubrotaStore           *self,
                                                GError                **error);
/* The hubs that open, without the archived ones: those a new opening or a closure can be for. */
GPtrArray    *hubrota_store_list_open_hubs     (HubrotaStore           *self,
                                                GError                **error);
/* Changes everything but the slug; raises the hub's revision (every opening's SEQUENCE)
 * when something the public sees changes, not for the beat alone. */
gboolean      hubrota_store_update_hub         (HubrotaStore           *self,
                                                HubrotaHub             *hub,
                                                GError                **error);
/* An archived hub leaves the rota and the feeds (list_hubs still has it); history stays. */
gboolean      hubrota_store_set_hub_archived   (HubrotaStore           *self,
                                                const char             *slug,
                                                gboolean                archived,
                                                GError                **error);
gboolean      hubrota_store_add_hotspot        (HubrotaStore           *self,
                                                HubrotaHotspot         *hotspot,
                                                GError                **error);
GPtrArray    *hubrota_store_list_hotspots      (HubrotaStore           *self,
                                                GError                **error);
/* A beat's name and abstraction limit, and a hotspot's name and beat, found by their slug,
 * which never changes (hubrota-store-beats.c). */
gboolean      hubrota_store_update_beat        (HubrotaStore           *self,
                                                HubrotaBeat            *beat,
                                                GError                **error);
gboolean      hubrota_store_update_hotspot     (HubrotaStore           *self,
                                                HubrotaHotspot         *hotspot,
                                                GError                **error);
gboolean      hubrota_store_remove_hotspot     (HubrotaStore           *self,
                                                const char             *slug,
                                                GError                **error);

/* Officers, their duty and their absences */
gboolean      hubrota_store_add_officer        (HubrotaStore           *self,
                                                HubrotaOfficer         *officer,
                                                GError                **error);
HubrotaOfficer *hubrota_store_get_officer      (HubrotaStore           *self,
                                                const char             *id,
                                                GError                **error);
GPtrArray    *hubrota_store_list_officers      (HubrotaStore           *self,
                                                GError                **error);
/* A CSV file with the header id,name,role,beat,weekly_hours: every row goes in or none
 * does; the error then has one line per bad row, naming its line number. */
gboolean      hubrota_store_import_officers    (HubrotaStore           *self,
                                                const char             *csv,
                                                gsize                   length,
                                                guint                  *out_imported,
                                                GError                **error);
/* An import's error message as its headline and then one bad row a line ("line 4: …"): a
 * quoted field may hold a line break, so a row starts only at "line N: ", and breaks inside
 * one become spaces. For the command line and the window alike. */
GStrv         hubrota_import_report_split      (const char             *message);
/* How far an import has got: done of total rows checked. */
typedef void (*HubrotaImportProgress) (guint     done,
                                       guint     total,
                                       gpointer  user_data);
/* The same, telling progress after each row (in the calling thread); progress may be NULL. */
gboolean      hubrota_store_import_officers_full (HubrotaStore         *self,
                                                  const char           *csv,
                                                  gsize                 length,
                                                  HubrotaImportProgress progress,
                                                  gpointer              user_data,
                                                  guint                *out_imported,
                                                  GError              **error);
/* The same in a worker thread with its own connection to the database at db_path. progress
 * (may be NULL) is called on the caller's thread-default main context, at most about a
 * hundred times; cancelling before the end imports nothing. */
void          hubrota_officer_import_async     (const char             *db_path,
                                                GBytes                 *csv,
                                                GCancellable           *cancellable,
                                                HubrotaImportProgress   progress,
                                                gpointer                progress_data,
                                                GAsyncReadyCallback     callback,
                                                gpointer                user_data);
gboolean      hubrota_officer_import_finish    (GAsyncResult           *result,
                                                guint                  *out_imported,
                                                GError                **error);
/* Name, role, home beat and weekly hours of the officer with that collar number, checked as
 * adding checks them; the collar number itself never changes. */
gboolean      hubrota_store_update_officer     (HubrotaStore           *self,
                                                HubrotaOfficer         *officer,
                                                GError                **error);
/* The token naming the officer's private calendar file: 192 random bits from the operating
 * system, made on first use; new_feed_token replaces it, so an old URL stops working. */
char         *hubrota_store_get_feed_token     (HubrotaStore           *self,
                                                const char             *officer,
                                                GError                **error);
char         *hubrota_store_new_feed_token     (HubrotaStore           *self,
                                                const char             *officer,
                                                GError                **error);
gint64        hubrota_store_add_duty           (HubrotaStore           *self,
                                                HubrotaDuty            *duty,
                                                GError                **error);
/* officer NULL means every officer's. */
GPtrArray    *hubrota_store_list_duties        (HubrotaStore           *self,
                                                const char             *officer,
                                                GError                **error);
HubrotaDuty  *hubrota_store_get_duty           (HubrotaStore           *self,
                                                gint64                  duty_id,
                                                GError                **error);
/* Replaces the stored duty period with the same id (a single shift, an RRULE pattern or a
 * roster, and it may change from one kind to another), checked as adding checks it; its
 * officer stays. */
gboolean      hubrota_store_update_duty        (HubrotaStore           *self,
                                                HubrotaDuty            *duty,
                                                GError                **error);
/* Stores the officer's leaving date (NULL: not leaving), only the date: see
 * hubrota_history_retire_officer for taking them off their openings from then on. */
gboolean      hubrota_store_set_leaving_date   (HubrotaStore           *self,
                                                const char             *officer,
                                                const GDate            *date,
                                                GError                **error);
/* The scheduled openings of every hub the officer is on, from one local date to another
 * (inclusive), by start. */
GPtrArray    *hubrota_store_list_officer_openings (HubrotaStore        *self,
                                                   const char          *officer,
                                                   const GDate         *from,
                                                   const GDate         *to,
                                                   GError             **error);
gboolean      hubrota_store_remove_duty        (HubrotaStore           *self,
                                                gint64                  duty_id,
                                                GError                **error);
gint64        hubrota_store_add_absence        (HubrotaStore           *self,
                                                HubrotaAbsence         *absence,
                                                GError                **error);
GPtrArray    *hubrota_store_list_absences      (HubrotaStore           *self,
                                                const char             *officer,
                                                GError                **error);
gboolean      hubrota_store_remove_absence     (HubrotaStore           *self,
                                                gint64                  absence_id,
                                                GError                **error);

/* Opening series and their exceptions */
gint64        hubrota_store_add_series         (HubrotaStore           *self,
                                                HubrotaSeries          *series,
                                                GError                **error);
GPtrArray    *hubrota_store_list_series        (HubrotaStore           *self,
                                                const char             *hub,
                                                GError                **error);
/* Changes the start, duration, RRULE and minimum officers of the stored series with the
 * same id (its hub stays). A change of when it opens raises its revision, so subscribed
 * calendars replace their copies; exceptions and assignments stay on their dates. */
gboolean      hubrota_store_update_series      (HubrotaStore           *self,
                                                HubrotaSeries          *series,
                                                GError                **error);
/* Deletes the series with its exceptions and assignments. */
gboolean      hubrota_store_remove_series      (HubrotaStore           *self,
                                                gint64                  series_id,
                                                GError                **error);
/* How many officers are on some or all of the series' openings. */
gboolean      hubrota_store_count_series_officers (HubrotaStore        *self,
                                                   gint64               series_id,
                                                   guint               *out_count,
                                                   GError             **error);
/* series_id 0 means "whichever series of the hub opens on that date" (an error if several do). */
gboolean      hubrota_store_cancel_occurrence  (HubrotaStore           *self,
                                                const char             *hub,
                                                gint64                  series_id,
                                                const GDate            *date,
                                                const char             *reason,
                                                GError                **error);
gboolean      hubrota_store_cancel_range       (HubrotaStore           *self,
                                                const char             *hub,
                                                const GDate            *from,
                                                const GDate            *to,
                                                const char             *reason,
                                                guint                  *out_cancelled,
                                                GError                **error);
/* duration_minutes 0 keeps the series' duration. */
gboolean      hubrota_store_move_occurrence    (HubrotaStore           *self,
                                                const char             *hub,
                                                gint64                  series_id,
                                                const GDate            *date,
                                                GDateTime              *new_start,
                                                int                     duration_minutes,
                                                GError                **error);
gboolean      hubrota_store_restore_occurrence (HubrotaStore           *self,
                                                const char             *hub,
                                                gint64                  series_id,
                                                const GDate            *date,
                                                GError                **error);
/* The opening of the hub on a local date, found by where it is now (moved ones too); at (its
 * start, or NULL for any) picks one when there are several. */
HubrotaOccurrence *hubrota_store_find_occurrence (HubrotaStore         *self,
                                                  const char           *hub,
                                                  const GDate          *date,
                                                  GDateTime            *at,
                                                  GError              **error);

/* Putting an officer on one opening, or (whole_series) on every opening of its series.
 * A cancelled opening cannot be staffed; unassigning always works. */
gboolean      hubrota_store_assign             (HubrotaStore           *self,
                                                const char             *officer,
                                                HubrotaOccurrence      *occurrence,
                                                gboolean                whole_series,
                                                GError                **error);
gboolean      hubrota_store_unassign           (HubrotaStore           *self,
                                                const char             *officer,
                                                HubrotaOccurrence      *occurrence,
                                                gboolean                whole_series,
                                                GError                **error);

/* Every opening that starts between 00:00 on from and 24:00 on to (local dates, both
 * inclusive), cancelled ones too, in start order; hub NULL means all hubs. */
GPtrArray    *hubrota_store_list_occurrences   (HubrotaStore           *self,
                                                const GDate            *from,
                                                const GDate            *to,
                                                const char             *hub,
                                                GError                **error);

/* A believable Bedfordshire sample, in one transaction, into an empty store. */
gboolean      hubrota_store_load_demo          (HubrotaStore           *self,
                                                GError                **error);

G_END_DECLS
