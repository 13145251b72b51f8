/* hubrota-duty.h: when an officer is at work, a single shift or a repeating shift pattern
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_DUTY (hubrota_duty_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaDuty, hubrota_duty, HUBROTA, DUTY, GObject)

/* start is a local time in Europe/London; rrule NULL means a single shift. */
HubrotaDuty *hubrota_duty_new                  (const char  *officer,
                                                GDateTime   *start,
                                                int          duration_minutes,
                                                const char  *rrule);
gint64       hubrota_duty_get_id               (HubrotaDuty *self);
void         hubrota_duty_set_id               (HubrotaDuty *self,
                                                gint64       id);
const char  *hubrota_duty_get_officer          (HubrotaDuty *self);
GDateTime   *hubrota_duty_get_start            (HubrotaDuty *self);
int          hubrota_duty_get_duration_minutes (HubrotaDuty *self);
const char  *hubrota_duty_get_rrule            (HubrotaDuty *self);

G_END_DECLS
