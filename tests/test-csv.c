/* test-csv.c: reading RFC 4180 CSV exported from a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hubrota-csv.h"
#include "hubrota-error.h"

static GPtrArray *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = hubrota_csv_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

/* The i-th record starts on line and holds exactly the NULL-terminated fields given. */
static void
assert_record (GPtrArray *records, guint i, guint line, ...)
{
  HubrotaCsvRecord *record;
  const char *expected;
  va_list args;
  guint n = 0;

  g_assert_cmpuint (i, <, records->len);
  record = g_ptr_array_index (records, i);
  g_assert_cmpuint (record->line, ==, line);
  g_assert_nonnull (record->fields);

  va_start (args, line);
  while ((expected = va_arg (args, const char *)) != NULL)
    {
      g_assert_nonnull (record->fields[n]);
      g_assert_cmpstr (record->fields[n], ==, expected);
      n++;
    }
  va_end (args);
  g_assert_null (record->fields[n]);
  g_assert_cmpuint (g_strv_length (record->fields), ==, n);
}

/* length -1 means text is NUL-terminated */
static void
assert_fails (const char *text, gssize length, const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records =
    hubrota_csv_parse (text, length < 0 ? strlen (text) : (gsize) length, &error);

  g_assert_null (records);
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_simple (void)
{
  g_autoptr(GPtrArray) records = parse ("name,rank\nAda Lovelace,PC\nAlan Turing,Sgt\n");

  g_assert_cmpuint (records->len, ==, 3);
  assert_record (records, 0, 1, "name", "rank", NULL);
  assert_record (records, 1, 2, "Ada Lovelace", "PC", NULL);
  assert_record (records, 2, 3, "Alan Turing", "Sgt", NULL);
}

static void
test_crlf (void)
{
  g_autoptr(GPtrArray) records = parse ("name,rank\r\nAda,PC\r\nAlan,Sgt\r\n");

  g_assert_cmpuint (records->len, ==, 3);
  assert_record (records, 0, 1, "name", "rank", NULL);
  assert_record (records, 1, 2, "Ada", "PC", NULL);
  assert_record (records, 2, 3, "Alan", "Sgt", NULL);
}

static void
test_quoted_commas (void)
{
  g_autoptr(GPtrArray) records = parse ("\"Lovelace, Ada\",PC,\"\"\n\"a,b,c\",\",\"\n");

  g_assert_cmpuint (records->len, ==, 2);
  assert_record (records, 0, 1, "Lovelace, Ada", "PC", "", NULL);
  assert_record (records, 1, 2, "a,b,c", ",", NULL);
}

static void
test_doubled_quotes (void)
{
  g_autoptr(GPtrArray) records = parse ("\"say \"\"hi\"\"\",\"\"\"\"\n\"\"\"\"\"\"\n");

  g_assert_cmpuint (records->len, ==, 2);
  assert_record (records, 0, 1, "say \"hi\"", "\"", NULL);
  assert_record (records, 1, 2, "\"\"", NULL);
}

static void
test_embedded_newline (void)
{
  g_autoptr(GPtrArray) records =
    parse ("id,note\n1,\"two\nlines\"\n2,\"three\r\nmore\nlines\"\r\n3,\"lone\rcr\"\n4,last\n");

  g_assert_cmpuint (records->len, ==, 5);
  assert_record (records, 0, 1, "id", "note", NULL);
  assert_record (records, 1, 2, "1", "two\nlines", NULL);
  assert_record (records, 2, 4, "2", "three\r\nmore\nlines", NULL);
  assert_record (records, 3, 7, "3", "lone\rcr", NULL);
  assert_record (records, 4, 8, "4", "last", NULL);
}

static void
test_bom (void)
{
  g_autoptr(GPtrArray) records = parse ("\xEF\xBB\xBFname,rank\nAda,PC\n");
  g_autoptr(GPtrArray) only_bom = parse ("\xEF\xBB\xBF");

  g_assert_cmpuint (records->len, ==, 2);
  assert_record (records, 0, 1, "name", "rank", NULL);
  assert_record (records, 1, 2, "Ada", "PC", NULL);
  g_assert_cmpuint (only_bom->len, ==, 0);
}

static void
test_no_trailing_newline (void)
{
  g_autoptr(GPtrArray) records = parse ("a,b\nc,d");
  g_autoptr(GPtrArray) quoted = parse ("a,b\r\n\"c\",\"d\"");

  g_assert_cmpuint (records->len, ==, 2);
  assert_record (records, 0, 1, "a", "b", NULL);
  assert_record (records, 1, 2, "c", "d", NULL);
  g_assert_cmpuint (quoted->len, ==, 2);
  assert_record (quoted, 1, 2, "c", "d", NULL);
}

static void
test_blank_lines (void)
{
  g_autoptr(GPtrArray) records = parse ("\n\na,b\n\r\n\nc,d\n\n");
  g_autoptr(GPtrArray) empty = parse ("");
  g_autoptr(GPtrArray) only_blank = parse ("\n\r\n\n");
  g_autoptr(GPtrArray) from_null = hubrota_csv_parse (NULL, 0, NULL);

  g_assert_cmpuint (records->len, ==, 2);
  assert_record (records, 0, 3, "a", "b", NULL);
  assert_record (records, 1, 6, "c", "d", NULL);
  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (only_blank->len, ==, 0);
  g_assert_nonnull (from_null);
  g_assert_cmpuint (from_null->len, ==, 0);
}

static void
test_empty_fields (void)
{
  g_autoptr(GPtrArray) records = parse (",,\n,\na,\n,b\n  ,\t\n\"\"\n");

  g_assert_cmpuint (records->len, ==, 6);
  assert_record (records, 0, 1, "", "", "", NULL);
  assert_record (records, 1, 2, "", "", NULL);
  assert_record (records, 2, 3, "a", "", NULL);
  assert_record (records, 3, 4, "", "b", NULL);
  /* not trimmed: that is the caller's business */
  assert_record (records, 4, 5, "  ", "\t", NULL);
  assert_record (records, 5, 6, "", NULL);
}

static void
test_invalid_utf8 (void)
{
  const char text[] = "a\nb\nc\nd\xC3\x28,e\n";

  assert_fails (text, -1, "line 4 is not valid UTF-8");
  assert_fails ("\xFF", -1, "line 1 is not valid UTF-8");
}

static void
test_nul (void)
{
  const char text[] = "a,b\nc,\0d\n";

  assert_fails (text, sizeof text - 1, "line 2 contains a NUL byte");
}

static void
test_unclosed_quote (void)
{
  assert_fails ("1\n2\n3\n4\n5\n6\nx,\"never\nclosed\n", -1,
                "line 7: a quoted field is never closed");
  assert_fails ("\"", -1, "line 1: a quoted field is never closed");
  assert_fails ("a,\"b\"\"", -1, "line 1: a quoted field is never closed");
}

static void
test_text_after_quote (void)
{
  const char text[] = "\"multi\nline\",x\nc,\"d\"e,f\n";

  assert_fails (text, -1, "line 3: text after the closing quote of field 2");
  assert_fails ("\"a\" ,b", -1, "line 1: text after the closing quote of field 1");
  assert_fails ("\"a\"\rb", -1, "line 1: text after the closing quote of field 1");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/simple", test_simple);
  g_test_add_func ("/csv/crlf", test_crlf);
  g_test_add_func ("/csv/quoted-commas", test_quoted_commas);
  g_test_add_func ("/csv/doubled-quotes", test_doubled_quotes);
  g_test_add_func ("/csv/embedded-newline", test_embedded_newline);
  g_test_add_func ("/csv/bom", test_bom);
  g_test_add_func ("/csv/no-trailing-newline", test_no_trailing_newline);
  g_test_add_func ("/csv/blank-lines", test_blank_lines);
  g_test_add_func ("/csv/empty-fields", test_empty_fields);
  g_test_add_func ("/csv/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/csv/nul", test_nul);
  g_test_add_func ("/csv/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/csv/text-after-quote", test_text_after_quote);

  return g_test_run ();
}
