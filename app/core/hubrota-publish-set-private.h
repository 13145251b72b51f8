/* hubrota-publish-set-private.h: for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-publish-set.h"

G_BEGIN_DECLS

/* A set built inside the existing folder dir and moved in file by file, as
 * hubrota_publish_set_new () does when the folder's surroundings refuse it (which a test run
 * as root cannot make them do). */
HubrotaPublishSet *_hubrota_publish_set_new_inside (const char  *dir,
                                                    GError     **error);

G_END_DECLS
