/* hubrota-series-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-series.h"

G_BEGIN_DECLS

void _hubrota_series_set_id (HubrotaSeries *self,
                             gint64         id);

G_END_DECLS
