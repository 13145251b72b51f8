/* hubrota-beat.h: a beat, the ward or neighbourhood a community officer looks after
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HUBROTA_BEAT_DEFAULT_ABSTRACTION_LIMIT 10.0

#define HUBROTA_TYPE_BEAT (hubrota_beat_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaBeat, hubrota_beat, HUBROTA, BEAT, GObject)

HubrotaBeat *hubrota_beat_new      (const char  *slug,
                                    const char  *name);
const char  *hubrota_beat_get_slug (HubrotaBeat *self);
const char  *hubrota_beat_get_name (HubrotaBeat *self);
/* The most abstraction, in percent of an officer's weekly duty time, the beat accepts. */
double       hubrota_beat_get_abstraction_limit (HubrotaBeat *self);
void         hubrota_beat_set_abstraction_limit (HubrotaBeat *self,
                                                 double       percent);

G_END_DECLS
