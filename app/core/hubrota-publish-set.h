/* hubrota-publish-set.h: a published folder replaced as a whole, in one step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HubrotaPublishSet HubrotaPublishSet;

/* Whether a file of the folder as it was (relative path, "private/x.ics") goes on into the
 * new set when the new set has no file of that name. */
typedef gboolean (*HubrotaPublishKeep) (const char *relative,
                                        gpointer    user_data);

/* Starts a new set for the folder dir (which need not exist yet): removes what an earlier,
 * interrupted publish left beside it, and makes a hidden sibling folder to build in. */
HubrotaPublishSet *hubrota_publish_set_new    (const char         *dir,
                                               GError            **error);
/* A file of the new set, readable by all (0644); "private/…" goes in a folder that can be
 * entered but not listed (0711). */
gboolean           hubrota_publish_set_add    (HubrotaPublishSet  *self,
                                               const char         *relative,
                                               const char         *contents,
                                               GError            **error);
/* Brings over what keep asks for, syncs the new set to disk once, and swaps it with the
 * folder in one step: a reader sees the whole old set or the whole new one, never a mix. The
 * old set is then removed. */
gboolean           hubrota_publish_set_commit (HubrotaPublishSet  *self,
                                               HubrotaPublishKeep  keep,
                                               gpointer            user_data,
                                               GError            **error);
/* Removes the new set if it was never committed. */
void               hubrota_publish_set_free   (HubrotaPublishSet  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HubrotaPublishSet, hubrota_publish_set_free)

G_END_DECLS
