/* hubrota-officer.h: a member of the neighbourhood team, known by their collar number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HUBROTA_ROLE_PC,     /* police constable */
  HUBROTA_ROLE_PCSO,   /* police community support officer */
  HUBROTA_ROLE_SC,     /* special constable */
  HUBROTA_ROLE_SGT,    /* sergeant */
  HUBROTA_ROLE_VOL,    /* police support volunteer */
} HubrotaRole;

#define HUBROTA_TYPE_OFFICER (hubrota_officer_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaOfficer, hubrota_officer, HUBROTA, OFFICER, GObject)

/* beat is NULL for an officer with no home beat (not on a neighbourhood team). */
HubrotaOfficer *hubrota_officer_new              (const char     *id,
                                                  const char     *name,
                                                  HubrotaRole     role,
                                                  const char     *beat,
                                                  double          weekly_hours);
const char     *hubrota_officer_get_id           (HubrotaOfficer *self);
const char     *hubrota_officer_get_name         (HubrotaOfficer *self);
HubrotaRole     hubrota_officer_get_role         (HubrotaOfficer *self);
const char     *hubrota_officer_get_beat         (HubrotaOfficer *self);
double          hubrota_officer_get_weekly_hours (HubrotaOfficer *self);
/* The local date the officer leaves the force (retires, resigns, transfers out), or NULL when
 * they are not leaving. From 00:00 that day on they are gone: off suggestions, auto-fill and
 * every opening that starts then or later; they are kept on earlier assignments and in
 * history. hubrota_store_retire_officer () stores it. */
const GDate    *hubrota_officer_get_leaving_date (HubrotaOfficer *self);
/* Sets (NULL clears) the date on this object only; nothing is stored. */
void            hubrota_officer_set_leaving_date (HubrotaOfficer *self,
                                                  const GDate    *date);

const char     *hubrota_role_to_string           (HubrotaRole     role);
/* "PC", "pcso"… (any case); FALSE for anything else. */
gboolean        hubrota_role_from_string         (const char     *text,
                                                  HubrotaRole    *out_role);

G_END_DECLS
