/* hubrota-absence.h: a stretch of time an officer is away: leave, training, court
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HUBROTA_TYPE_ABSENCE (hubrota_absence_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaAbsence, hubrota_absence, HUBROTA, ABSENCE, GObject)

/* start and end are local times in Europe/London; end is exclusive. */
HubrotaAbsence *hubrota_absence_new         (const char     *officer,
                                             GDateTime      *start,
                                             GDateTime      *end,
                                             const char     *reason);
gint64          hubrota_absence_get_id      (HubrotaAbsence *self);
void            hubrota_absence_set_id      (HubrotaAbsence *self,
                                             gint64          id);
const char     *hubrota_absence_get_officer (HubrotaAbsence *self);
GDateTime      *hubrota_absence_get_start   (HubrotaAbsence *self);
GDateTime      *hubrota_absence_get_end     (HubrotaAbsence *self);
/* "annual leave", "court"…; never NULL, may be empty. */
const char     *hubrota_absence_get_reason  (HubrotaAbsence *self);

G_END_DECLS
