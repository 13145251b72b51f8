/* hubrota-history.h: rota changes that can be undone and redone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hubrota-store.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_HISTORY (hubrota_history_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaHistory, hubrota_history, HUBROTA, HISTORY, GObject)

HubrotaHistory *hubrota_history_new            (HubrotaStore       *store);
/* Assigns (or unassigns) through the store, as hubrota_store_assign does, and remembers
 * exactly what the officer's rows on that series were before and after. */
gboolean        hubrota_history_change         (HubrotaHistory     *self,
                                                const char         *officer,
                                                HubrotaOccurrence  *occurrence,
                                                gboolean            whole_series,
                                                gboolean            assign,
                                                GError            **error);
gboolean        hubrota_history_undo           (HubrotaHistory     *self,
                                                GError            **error);
gboolean        hubrota_history_redo           (HubrotaHistory     *self,
                                                GError            **error);
/* Also the "can-undo" and "can-redo" properties, for binding to actions. */
gboolean        hubrota_history_get_can_undo   (HubrotaHistory     *self);
gboolean        hubrota_history_get_can_redo   (HubrotaHistory     *self);
/* "Put PC1234 on ampthill, Fri 4 Dec 14:00": what undo or redo would act on, or NULL. */
const char     *hubrota_history_get_undo_label (HubrotaHistory     *self);
const char     *hubrota_history_get_redo_label (HubrotaHistory     *self);

G_END_DECLS
