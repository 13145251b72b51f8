/* hubrota-workspace-private.h: the workspace's insides, for the benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-workspace.h"

G_BEGIN_DECLS

/* Brings the rota and the models up to what the store now holds for the series' assignments:
 * the work done after a change's commit. */
gboolean _hubrota_workspace_follow_series (HubrotaWorkspace  *self,
                                           gint64             series,
                                           GError           **error);

G_END_DECLS
