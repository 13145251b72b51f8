/* hubrota-series.h: a hub's recurring opening (or a one-off opening: a series with no RRULE)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_SERIES (hubrota_series_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaSeries, hubrota_series, HUBROTA, SERIES, GObject)

/* start is a local time in Europe/London; the series keeps a reference. */
HubrotaSeries *hubrota_series_new                  (const char    *hub,
                                                    GDateTime     *start,
                                                    int            duration_minutes,
                                                    const char    *rrule);
gint64         hubrota_series_get_id               (HubrotaSeries *self);
const char    *hubrota_series_get_hub              (HubrotaSeries *self);
GDateTime     *hubrota_series_get_start            (HubrotaSeries *self);
int            hubrota_series_get_duration_minutes (HubrotaSeries *self);
const char    *hubrota_series_get_rrule            (HubrotaSeries *self);
int            hubrota_series_get_min_officers     (HubrotaSeries *self);
void           hubrota_series_set_min_officers     (HubrotaSeries *self,
                                                    int            min_officers);
/* For hubrota_store_update_series: change a stored series, then save it. */
void           hubrota_series_set_start            (HubrotaSeries *self,
                                                    GDateTime     *start);
void           hubrota_series_set_duration_minutes (HubrotaSeries *self,
                                                    int            duration_minutes);
void           hubrota_series_set_rrule            (HubrotaSeries *self,
                                                    const char    *rrule);
char          *hubrota_series_describe             (HubrotaSeries *self);

G_END_DECLS
