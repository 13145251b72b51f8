/* hubrota-error.h: the one error domain of the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HUBROTA_STORE_ERROR (hubrota_store_error_quark ())

typedef enum
{
  HUBROTA_STORE_ERROR_FAILED,        /* anything SQLite reports that has no better code */
  HUBROTA_STORE_ERROR_INVALID,       /* bad input: an empty name, a zero duration, a bad RRULE… */
  HUBROTA_STORE_ERROR_NOT_FOUND,     /* an unknown hub, beat, series or opening */
  HUBROTA_STORE_ERROR_EXISTS,        /* a slug that is already taken */
  HUBROTA_STORE_ERROR_AMBIGUOUS,     /* more than one opening matches; name the series */
  HUBROTA_STORE_ERROR_TOO_NEW,       /* the file was written by a newer Hubrota */
  HUBROTA_STORE_ERROR_NOT_DATABASE,  /* the file is not a Hubrota database at all */
  HUBROTA_STORE_ERROR_NO_DATABASE,   /* the file does not exist and we were not asked to create it */
  HUBROTA_STORE_ERROR_READ_ONLY,
  HUBROTA_STORE_ERROR_BUSY,          /* another program holds the lock past the busy timeout */
  HUBROTA_STORE_ERROR_FULL,          /* the disk is full */
  HUBROTA_STORE_ERROR_REFUSED,       /* a change the rules refuse: it would cause an error */
  HUBROTA_STORE_ERROR_DAMAGED,       /* a stored value that cannot be what it should (a bad date) */
  HUBROTA_STORE_ERROR_TOO_OLD,       /* opened only to read, but written by an older Hubrota */
} HubrotaStoreError;

GQuark hubrota_store_error_quark (void);

G_END_DECLS
