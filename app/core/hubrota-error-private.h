/* hubrota-error-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-error.h"

G_BEGIN_DECLS

/* Sets a HUBROTA_STORE_ERROR and returns FALSE, for `return _hubrota_error (…);`. */
gboolean _hubrota_error (GError     **error,
                         int          code,
                         const char  *format,
                         ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS
