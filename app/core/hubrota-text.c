/* hubrota-text.c: which characters text may hold, and text made safe to show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Hubrota"

#include "config.h"

#include <string.h>

#include "hubrota-text.h"

gboolean
hubrota_text_is_hidden (gunichar c)
{
  if (c == 0x200C || c == 0x200D)   /* zero-width non-joiner and joiner */
    return FALSE;
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The marks that set which way text runs (LRM, RLM, ALM and the isolates): the Urdu
 * catalogue starts a sentence that opens with a Latin name with RLM, so it still reads right
 * to left. Stored text may not hold them (hubrota_text_is_hidden), so only Hubrota's own
 * words bring them to the terminal. */
static gboolean
is_direction_mark (gunichar c)
{
  return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x2066 && c <= 0x2069);
}

char *
hubrota_text_printable (const char *text)
{
  GString *printable = g_string_sized_new (strlen (text));
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_unichar (printable, 0xFFFD);
          p++;
          continue;
        }
      if (c != '\n' && c != '\t' && !is_direction_mark (c) && hubrota_text_is_hidden (c))
        g_string_append_printf (printable, "<U+%04X>", c);
      else
        g_string_append_unichar (printable, c);
      p = g_utf8_next_char (p);
    }
  return g_string_free (printable, FALSE);
}
