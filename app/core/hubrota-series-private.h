/* hubrota-series-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-series.h"

G_BEGIN_DECLS

void _hubrota_series_set_id (HubrotaSeries *self,
                             gint64         id);
/* How often the series or its hub changed in a way a calendar must see (schema 6), and
 * when last: each opening's iCalendar SEQUENCE is this plus its own exception's. */
void       _hubrota_series_set_revision (HubrotaSeries *self,
                                         int            revision,
                                         GDateTime     *modified);
int        _hubrota_series_get_revision (HubrotaSeries *self);
GDateTime *_hubrota_series_get_modified (HubrotaSeries *self);

G_END_DECLS
