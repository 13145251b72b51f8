/* hubrota-schedule-editor.h: a hub's opening times, listed in words and edited in a form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_SCHEDULE_EDITOR (hubrota_schedule_editor_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaScheduleEditor, hubrota_schedule_editor, HUBROTA, SCHEDULE_EDITOR,
                      AdwWindow)

/* A modal window over parent for the series of the hub (a slug); it emits "changed" after
 * each change it writes to the store. */
GtkWidget *hubrota_schedule_editor_new (GtkWindow    *parent,
                                        HubrotaStore *store,
                                        const char   *hub);

G_END_DECLS
