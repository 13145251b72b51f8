/* fuzz-datetime.c: the date, time and duration parsers take only what they can print back
 *
 * Whatever parses as a local date and time prints back as exactly the text it came from
 * (so "10:-0" can never be stored as 10:00), or that text without an offset that is not
 * needed, and reads back as the same instant; a date likewise, and a duration is a positive
 * number of minutes no longer than a day; a clock time prints back as itself. Nothing may
 * crash or print a GLib-CRITICAL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hubrota-core.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GDateTime) datetime = NULL;
  g_autoptr(GDate) date = NULL;
  int minutes = 0;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  datetime = hubrota_london_parse_datetime (text, NULL);
  if (datetime != NULL)
    {
      g_autofree char *again = hubrota_london_format_local (datetime);
      g_autoptr(GDateTime) reread = hubrota_london_parse_datetime (again, NULL);
      if (strcmp (again, text) != 0 && !(strlen (again) == 16 && strncmp (again, text, 16) == 0))
        abort ();
      if (reread == NULL || !g_date_time_equal (reread, datetime))
        abort ();
    }
  date = hubrota_london_parse_date (text, NULL);
  if (date != NULL)
    {
      g_autofree char *again = hubrota_london_format_date (date);
      if (strcmp (again, text) != 0)
        abort ();
    }
  if (hubrota_london_parse_duration (text, &minutes, NULL) && (minutes <= 0 || minutes > 24 * 60))
    abort ();
  if (hubrota_london_parse_clock (text, &minutes, NULL))
    {
      g_autofree char *again = g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
      if (minutes < 0 || minutes >= 24 * 60 || strcmp (again, text) != 0)
        abort ();
    }
  return 0;
}
