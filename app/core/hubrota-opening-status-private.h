/* hubrota-opening-status-private.h: how the rota builds an opening's status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-opening-status.h"

G_BEGIN_DECLS

HubrotaOpeningStatus *_hubrota_opening_status_new (HubrotaOccurrence    *occurrence);
/* Records that the finding concerns the opening and, unless officer is NULL, that the officer
 * on it is part of it. The same finding may come again for another officer. */
void                  _hubrota_opening_status_add (HubrotaOpeningStatus *self,
                                                   HubrotaFinding       *finding,
                                                   const char           *officer);

G_END_DECLS
