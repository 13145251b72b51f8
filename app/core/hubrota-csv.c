/* hubrota-csv.c: an RFC 4180 CSV reader, for officers exported from a spreadsheet
 *
 * Fields are split on ',' and records on LF or CRLF; a quoted field may hold commas, quotes
 * (doubled) and line breaks. Fields are kept exactly as written: trimming is the caller's job.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCsv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hubrota-csv.h"
#include "hubrota-error-private.h"

#define UTF8_BOM "\xEF\xBB\xBF"

typedef struct
{
  const char *p;
  const char *end;
  guint       line;  /* the line p is on, counted by LFs */
} Parser;

void
hubrota_csv_record_free (HubrotaCsvRecord *record)
{
  if (record == NULL)
    return;
  g_strfreev (record->fields);
  g_free (record);
}

static guint
line_of (const char *start, const char *at)
{
  guint line = 1;

  for (const char *p = start; p < at; p++)
    if (*p == '\n')
      line++;
  return line;
}

/* Checking the whole text first means every field, split at ASCII bytes, is valid UTF-8 too. */
static gboolean
check_text (const char *text, gsize length, GError **error)
{
  const char *bad = NULL;

  if (g_utf8_validate_len (text, length, &bad))
    return TRUE;
  /* A spreadsheet's "Unicode text" export: say what to do about it, not which byte is bad. */
  if (length >= 2 && ((guchar) text[0] == 0xFF || (guchar) text[0] == 0xFE) &&
      (guchar) text[1] == ((guchar) text[0] ^ 0x01))
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("the file is UTF-16 text; save it as CSV in UTF-8"));
  if (*bad == '\0')
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("line %u contains a NUL byte"), line_of (text, bad));
  return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                         _("line %u is not valid UTF-8"), line_of (text, bad));
}

/* At LF, CRLF or the end of the text; a lone CR is an ordinary character. */
static gboolean
at_line_end (const Parser *self)
{
  return self->p == self->end || *self->p == '\n' ||
         (*self->p == '\r' && self->p + 1 < self->end && self->p[1] == '\n');
}

/* Only call this at_line_end (). */
static void
skip_line_end (Parser *self)
{
  if (self->p < self->end && *self->p == '\r')
    self->p++;
  if (self->p < self->end && *self->p == '\n')
    {
      self->p++;
      self->line++;
    }
}

static gboolean
parse_quoted (Parser *self, GString *field, guint index, GError **error)
{
  guint start_line = self->line;

  self->p++;  /* the opening quote */
  for (;;)
    {
      if (self->p == self->end)
        return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                               _("line %u: a quoted field is never closed"), start_line);
      if (*self->p == '"')
        {
          self->p++;
          if (self->p == self->end || *self->p != '"')
            break;
        }
      else if (*self->p == '\n')
        self->line++;
      g_string_append_c (field, *self->p++);
    }

  if (!at_line_end (self) && *self->p != ',')
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           /* Translators: a line of the file, then which field of the row
                            * (counting from 1). */
                           _("line %u: text after the closing quote of field %u"), self->line,
                           index);
  return TRUE;
}

static HubrotaCsvRecord *
parse_record (Parser *self, GError **error)
{
  g_autoptr(HubrotaCsvRecord) record = g_new0 (HubrotaCsvRecord, 1);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);

  record->line = self->line;
  for (guint index = 1;; index++)
    {
      g_autoptr(GString) field = g_string_new (NULL);

      if (self->p < self->end && *self->p == '"')
        {
          if (!parse_quoted (self, field, index, error))
            return NULL;
        }
      else
        {
          /* A stray quote inside an unquoted field (5'10") is kept, as spreadsheets do. */
          while (!at_line_end (self) && *self->p != ',')
            g_string_append_c (field, *self->p++);
        }
      g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));

      if (at_line_end (self))
        break;
      self->p++;  /* the comma */
    }
  skip_line_end (self);

  g_ptr_array_add (fields, NULL);
  record->fields = (GStrv) g_ptr_array_steal (fields, NULL);
  return g_steal_pointer (&record);
}

GPtrArray *
hubrota_csv_parse (const char *text, gsize length, GError **error)
{
  g_autoptr(GPtrArray) records = NULL;
  Parser parser;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  /* NULL + 0 is undefined behaviour, so an empty NULL text becomes "" */
  if (text == NULL)
    text = "";
  parser = (Parser) { text, text + length, 1 };
  if (length >= strlen (UTF8_BOM) && memcmp (text, UTF8_BOM, strlen (UTF8_BOM)) == 0)
    parser.p += strlen (UTF8_BOM);
  if (!check_text (parser.p, parser.end - parser.p, error))
    return NULL;

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) hubrota_csv_record_free);
  while (parser.p < parser.end)
    {
      HubrotaCsvRecord *record;

      /* An empty line is no record at all, not a record of one empty field. */
      if (at_line_end (&parser))
        {
          skip_line_end (&parser);
          continue;
        }
      record = parse_record (&parser, error);
      if (record == NULL)
        return NULL;
      g_ptr_array_add (records, record);
    }
  return g_steal_pointer (&records);
}
