/* hubrota-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaStore"

#include "config.h"

#include "hubrota-error-private.h"

G_DEFINE_QUARK (hubrota-store-error-quark, hubrota_store_error)

gboolean
_hubrota_error (GError **error, int code, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (HUBROTA_STORE_ERROR, code, format, args));
  va_end (args);
  return FALSE;
}
