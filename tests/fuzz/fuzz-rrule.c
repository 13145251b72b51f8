/* fuzz-rrule.c: any RRULE Hubrota accepts expands into starts it can stand behind
 *
 * The input is an RRULE. If it is accepted for a Saturday 10:00 start, its expansion over a
 * year is in order, without repeats, inside the window, and each start is a local time that
 * exists at 10:00. Nothing may crash or print a GLib-CRITICAL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "hubrota-core.h"
#include "hubrota-recurrence.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *rrule = g_strndup ((const char *) data, MIN (size, 512));
  g_autoptr(GDateTime) start = g_date_time_new (hubrota_london_tz (), 2026, 12, 5, 10, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_new (hubrota_london_tz (), 2026, 11, 30, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_add_years (from, 1);
  g_autoptr(GPtrArray) starts = NULL;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  if (!hubrota_recurrence_validate (start, rrule, NULL))
    return 0;
  starts = hubrota_recurrence_expand (start, rrule, from, to, NULL);
  if (starts == NULL)
    return 0;
  for (guint i = 0; i < starts->len; i++)
    {
      GDateTime *one = g_ptr_array_index (starts, i);
      if (g_date_time_compare (one, from) < 0 || g_date_time_compare (one, to) >= 0 ||
          (i > 0 && g_date_time_compare (g_ptr_array_index (starts, i - 1), one) >= 0))
        abort ();
    }
  return 0;
}
