/* hubrota-catalogue.c: reading a compiled gettext catalogue (.mo) for one language
 *
 * The .mo layout is GNU gettext's: a header, then two tables of (length, offset) pairs, one
 * for the original strings (sorted, so a binary search finds one) and one for their
 * translations. A plural entry's original is "singular\0plural" and its translation holds each
 * form in turn, separated by NULs; which form a number takes is the C expression after
 * "plural=" in the catalogue's Plural-Forms header, evaluated here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaCatalogue"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hubrota-catalogue.h"
#include "hubrota-error-private.h"

#define MO_MAGIC 0x950412de
#define MO_MAGIC_SWAPPED 0xde120495

struct _HubrotaCatalogue
{
  char *language;
  GMappedFile *file;   /* NULL for English */
  const guint8 *data;
  gsize size;
  gboolean swapped;
  guint32 n_strings;
  guint32 originals;   /* offset of the originals' table */
  guint32 translations;
  char *plural;        /* the expression after "plural=", or NULL for n != 1 */
};

const char *
hubrota_locale_dir (void)
{
  const char *dir = g_getenv ("HUBROTA_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

static guint32
read_word (HubrotaCatalogue *self,
           guint32           offset)
{
  guint32 word;

  memcpy (&word, self->data + offset, sizeof word);
  return self->swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The string at entry i of the table at table_offset, or NULL if the file lies about it. */
static const char *
read_string (HubrotaCatalogue *self,
             guint32           table_offset,
             guint32           i,
             guint32          *length)
{
  guint64 entry = (guint64) table_offset + 8 * (guint64) i;
  guint32 offset;

  if (entry + 8 > self->size)
    return NULL;
  *length = read_word (self, entry);
  offset = read_word (self, entry + 4);
  /* Each string is followed by a NUL the length does not count. */
  if ((guint64) offset + *length >= self->size || self->data[offset + *length] != '\0')
    return NULL;
  return (const char *) self->data + offset;
}

/* The translation of key (context\004msgid for a context), with its length, or NULL. */
static const char *
lookup (HubrotaCatalogue *self,
        const char       *key,
        guint32          *length)
{
  guint32 low = 0, high;

  if (self == NULL || self->file == NULL)
    return NULL;
  high = self->n_strings;
  while (low < high)
    {
      guint32 middle = low + (high - low) / 2, original_length;
      const char *original = read_string (self, self->originals, middle, &original_length);
      int order;

      if (original == NULL)
        return NULL;
      order = strcmp (key, original);
      if (order == 0)
        {
          const char *translation = read_string (self, self->translations, middle, length);

          return translation != NULL && *length > 0 ? translation : NULL;
        }
      if (order < 0)
        high = middle;
      else
        low = middle + 1;
    }
  return NULL;
}

/* ---- Plural-Forms: a small C expression in n ---- */

/* Evaluated as it is parsed, as GNU gettext's grammar has it (C's precedence), with the
 * branches not taken parsed but not evaluated (skip), so a division by zero there does not
 * count; and no deeper than MAX_DEPTH, so a hostile catalogue cannot exhaust the stack. */
#define MAX_DEPTH 64

typedef struct
{
  const char *at;
  gulong n;
  guint depth;
  guint skip;      /* > 0 inside a branch whose value is not used */
  gboolean failed;
} PluralParser;

static gulong parse_ternary (PluralParser *p);

static void
skip_spaces (PluralParser *p)
{
  while (*p->at == ' ' || *p->at == '\t' || *p->at == '\n')
    p->at++;
}

static gboolean
accept (PluralParser *p,
        const char   *token)
{
  gsize length = strlen (token);

  skip_spaces (p);
  if (strncmp (p->at, token, length) != 0)
    return FALSE;
  /* "<" must not swallow the start of "<=", nor "!" of "!=" */
  if (length == 1 && strchr ("<>!=", token[0]) != NULL && p->at[1] == '=')
    return FALSE;
  p->at += length;
  return TRUE;
}

static gulong
parse_primary (PluralParser *p)
{
  skip_spaces (p);
  if (p->failed || ++p->depth > MAX_DEPTH)
    {
      p->failed = TRUE;
      return 0;
    }
  if (accept (p, "("))
    {
      gulong value = parse_ternary (p);

      if (!accept (p, ")"))
        p->failed = TRUE;
      p->depth--;
      return value;
    }
  if (accept (p, "!"))
    {
      gulong value = !parse_primary (p);

      p->depth--;
      return value;
    }
  p->depth--;
  if (*p->at == 'n')
    {
      p->at++;
      return p->n;
    }
  if (g_ascii_isdigit (*p->at))
    {
      char *end;
      gulong value = strtoul (p->at, &end, 10);

      p->at = end;
      return value;
    }
  p->failed = TRUE;
  return 0;
}

static gulong
parse_product (PluralParser *p)
{
  gulong value = parse_primary (p);

  for (;;)
    {
      if (accept (p, "*"))
        value *= parse_primary (p);
      else if (accept (p, "/") || accept (p, "%"))
        {
          gboolean modulo = p->at[-1] == '%';
          gulong divisor = parse_primary (p);

          if (divisor == 0 && p->skip == 0)
            {
              p->failed = TRUE;
              return 0;
            }
          if (divisor != 0)
            value = modulo ? value % divisor : value / divisor;
        }
      else
        return value;
    }
}

static gulong
parse_sum (PluralParser *p)
{
  gulong value = parse_product (p);

  for (;;)
    {
      if (accept (p, "+"))
        value += parse_product (p);
      else if (accept (p, "-"))
        value -= parse_product (p);
      else
        return value;
    }
}

static gulong
parse_relation (PluralParser *p)
{
  gulong value = parse_sum (p);

  for (;;)
    {
      if (accept (p, "<="))
        value = value <= parse_sum (p);
      else if (accept (p, ">="))
        value = value >= parse_sum (p);
      else if (accept (p, "<"))
        value = value < parse_sum (p);
      else if (accept (p, ">"))
        value = value > parse_sum (p);
      else
        return value;
    }
}

static gulong
parse_equality (PluralParser *p)
{
  gulong value = parse_relation (p);

  for (;;)
    {
      if (accept (p, "=="))
        value = value == parse_relation (p);
      else if (accept (p, "!="))
        value = value != parse_relation (p);
      else
        return value;
    }
}

/* The right-hand side of && or ||, evaluated only when it decides the value. */
static gulong
parse_skipped_unless (PluralParser *p, gboolean needed, gulong (*parse) (PluralParser *))
{
  gulong value;

  p->skip += needed ? 0 : 1;
  value = parse (p);
  p->skip -= needed ? 0 : 1;
  return value;
}

static gulong
parse_and (PluralParser *p)
{
  gulong value = parse_equality (p);

  while (accept (p, "&&"))
    {
      gulong right = parse_skipped_unless (p, value != 0, parse_equality);

      value = value && right;
    }
  return value;
}

static gulong
parse_or (PluralParser *p)
{
  gulong value = parse_and (p);

  while (accept (p, "||"))
    {
      gulong right = parse_skipped_unless (p, value == 0, parse_and);

      value = value || right;
    }
  return value;
}

static gulong
parse_ternary (PluralParser *p)
{
  gulong condition, yes, no;

  if (p->failed || ++p->depth > MAX_DEPTH)
    {
      p->failed = TRUE;
      return 0;
    }
  condition = parse_or (p);
  if (!accept (p, "?"))
    {
      p->depth--;
      return condition;
    }
  yes = parse_skipped_unless (p, condition != 0, parse_ternary);
  if (!accept (p, ":"))
    p->failed = TRUE;
  no = parse_skipped_unless (p, condition == 0, parse_ternary);
  p->depth--;
  return condition ? yes : no;
}

static gulong
plural_form (HubrotaCatalogue *self,
             gulong            n)
{
  PluralParser parser = { self->plural, n, 0, 0, FALSE };
  gulong form;

  if (self->plural == NULL)
    return n != 1;
  form = parse_ternary (&parser);
  skip_spaces (&parser);
  return parser.failed || (*parser.at != ';' && *parser.at != '\0') ? n != 1 : form;
}

/* ---- loading ---- */

static void
read_plural_forms (HubrotaCatalogue *self)
{
  guint32 length;
  const char *header = lookup (self, "", &length);
  const char *line, *plural, *end;

  if (header == NULL || (line = strstr (header, "Plural-Forms:")) == NULL ||
      (plural = strstr (line, "plural=")) == NULL)
    return;
  plural += strlen ("plural=");
  end = strpbrk (plural, ";\n");
  self->plural = g_strndup (plural, end != NULL ? (gsize) (end - plural) : strlen (plural));
}

static gboolean
is_language_code (const char *language)
{
  for (const char *c = language; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && *c != '_' && *c != '@' && *c != '-')
      return FALSE;
  return *language != '\0' && strlen (language) <= 32;
}

static gboolean
is_english (const char *language)
{
  return language == NULL || *language == '\0' || g_str_equal (language, "en") ||
         g_str_has_prefix (language, "en_") || g_str_equal (language, "C");
}

static gboolean
open_file (HubrotaCatalogue *self,
           GError          **error)
{
  g_autofree char *path = g_build_filename (hubrota_locale_dir (), self->language,
                                            "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  guint32 magic;

  self->file = g_mapped_file_new (path, FALSE, NULL);
  if (self->file == NULL)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("Hubrota has no translation into the language ‘%s’"),
                           self->language);
  self->data = (const guint8 *) g_mapped_file_get_contents (self->file);
  self->size = g_mapped_file_get_length (self->file);
  if (self->size < 20)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("%s is not a compiled translation"), path);
  memcpy (&magic, self->data, sizeof magic);
  self->swapped = magic == MO_MAGIC_SWAPPED;
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                           _("%s is not a compiled translation"), path);
  self->n_strings = read_word (self, 8);
  self->originals = read_word (self, 12);
  self->translations = read_word (self, 16);
  read_plural_forms (self);
  return TRUE;
}

HubrotaCatalogue *
hubrota_catalogue_new (const char *language,
                       GError    **error)
{
  g_autoptr (HubrotaCatalogue) self = g_new0 (HubrotaCatalogue, 1);

  if (is_english (language))
    {
      self->language = g_strdup ("en");
      return g_steal_pointer (&self);
    }
  if (!is_language_code (language))
    {
      _hubrota_error (error, HUBROTA_STORE_ERROR_INVALID,
                      _("‘%s’ is not a language code such as pl or ur"), language);
      return NULL;
    }
  self->language = g_strdup (language);
  if (!open_file (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
hubrota_catalogue_free (HubrotaCatalogue *self)
{
  if (self == NULL)
    return;
  g_free (self->language);
  g_free (self->plural);
  g_clear_pointer (&self->file, g_mapped_file_unref);
  g_free (self);
}

const char *
hubrota_catalogue_get_language (HubrotaCatalogue *self)
{
  return self != NULL ? self->language : "en";
}

char *
hubrota_catalogue_dup_tag (HubrotaCatalogue *self)
{
  const char *language = hubrota_catalogue_get_language (self);
  const char *modifier = strchr (language, '@');
  char *tag;

  if (g_str_equal (language, "en"))
    return g_strdup ("en-GB");
  tag = modifier != NULL ? g_strndup (language, (gsize) (modifier - language))
                         : g_strdup (language);
  return g_strdelimit (tag, "_", '-');
}

gboolean
hubrota_catalogue_is_right_to_left (HubrotaCatalogue *self)
{
  /* GTK's own test. Translators: write "default:RTL" if your language is written right to
   * left, else leave "default:LTR"; never translate it otherwise. */
  return g_str_equal (hubrota_catalogue_pgettext (self, "text direction", "default:LTR"),
                      "default:RTL");
}

const char *
hubrota_catalogue_gettext (HubrotaCatalogue *self,
                           const char       *msgid)
{
  guint32 length;
  const char *translation = lookup (self, msgid, &length);

  return translation != NULL ? translation : msgid;
}

const char *
hubrota_catalogue_pgettext (HubrotaCatalogue *self,
                            const char       *context,
                            const char       *msgid)
{
  g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);
  guint32 length;
  const char *translation = lookup (self, key, &length);

  return translation != NULL ? translation : msgid;
}

const char *
hubrota_catalogue_ngettext (HubrotaCatalogue *self,
                            const char       *msgid,
                            const char       *msgid_plural,
                            gulong            n)
{
  guint32 length;
  const char *forms = lookup (self, msgid, &length);
  const char *form, *end;
  gulong wanted;

  if (forms == NULL)
    return n == 1 ? msgid : msgid_plural;
  wanted = plural_form (self, n);
  form = forms;
  end = forms + length;
  for (gulong i = 0; i < wanted && form < end; i++)
    form += strlen (form) + 1;
  return form < end ? form : (n == 1 ? msgid : msgid_plural);
}

/* ---- dates ---- */

static const char *
weekday_name (HubrotaCatalogue *self,
              int               day,
              gboolean          abbreviated)
{
  static const char *const full[] = {
    NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
    NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
    NC_("weekday", "Sunday"),
  };
  static const char *const shortened[] = {
    NC_("weekday, abbreviated", "Mon"), NC_("weekday, abbreviated", "Tue"),
    NC_("weekday, abbreviated", "Wed"), NC_("weekday, abbreviated", "Thu"),
    NC_("weekday, abbreviated", "Fri"), NC_("weekday, abbreviated", "Sat"),
    NC_("weekday, abbreviated", "Sun"),
  };

  return abbreviated ? hubrota_catalogue_pgettext (self, "weekday, abbreviated", shortened[day])
                     : hubrota_catalogue_pgettext (self, "weekday", full[day]);
}

static const char *
month_name (HubrotaCatalogue *self,
            int               month,
            gboolean          standalone)
{
  /* Translators: a month as it reads after a day number ("5 December"); languages with
   * cases use the genitive here (Polish "grudnia"). */
  static const char *const after_day[] = {
    NC_("month, after a day number", "January"), NC_("month, after a day number", "February"),
    NC_("month, after a day number", "March"), NC_("month, after a day number", "April"),
    NC_("month, after a day number", "May"), NC_("month, after a day number", "June"),
    NC_("month, after a day number", "July"), NC_("month, after a day number", "August"),
    NC_("month, after a day number", "September"),
    NC_("month, after a day number", "October"),
    NC_("month, after a day number", "November"),
    NC_("month, after a day number", "December"),
  };
  static const char *const alone[] = {
    NC_("month, on its own", "January"), NC_("month, on its own", "February"),
    NC_("month, on its own", "March"), NC_("month, on its own", "April"),
    NC_("month, on its own", "May"), NC_("month, on its own", "June"),
    NC_("month, on its own", "July"), NC_("month, on its own", "August"),
    NC_("month, on its own", "September"), NC_("month, on its own", "October"),
    NC_("month, on its own", "November"), NC_("month, on its own", "December"),
  };

  return standalone ? hubrota_catalogue_pgettext (self, "month, on its own", alone[month])
                    : hubrota_catalogue_pgettext (self, "month, after a day number",
                                                  after_day[month]);
}

/* Appends s with each % doubled, so g_date_time_format () copies it as it is. */
static void
append_literal (GString    *out,
                const char *s)
{
  for (; *s != '\0'; s++)
    {
      if (*s == '%')
        g_string_append_c (out, '%');
      g_string_append_c (out, *s);
    }
}

char *
hubrota_catalogue_format_time (HubrotaCatalogue *self,
                               GDateTime        *time,
                               const char       *format)
{
  g_autoptr (GString) layout = g_string_new (NULL);
  int weekday = g_date_time_get_day_of_week (time) - 1;
  int month = g_date_time_get_month (time) - 1;
  char *text;

  for (const char *c = format; *c != '\0'; c++)
    {
      if (*c != '%' || c[1] == '\0')
        {
          g_string_append_c (layout, *c);
          continue;
        }
      if (c[1] == 'A' || c[1] == 'a')
        append_literal (layout, weekday_name (self, weekday, c[1] == 'a'));
      else if (c[1] == 'B' || c[1] == 'b' || c[1] == 'h')
        /* The catalogue has no shortened months: the whole name, in its language. */
        append_literal (layout, month_name (self, month, FALSE));
      else if (c[1] == 'O' && c[2] == 'B')
        {
          append_literal (layout, month_name (self, month, TRUE));
          c++;
        }
      else
        {
          g_string_append_c (layout, '%');
          g_string_append_c (layout, c[1]);
        }
      c++;
    }
  text = g_date_time_format (time, layout->str);
  /* A layout GLib does not know (a translator's slip): the date, plainly, not NULL. */
  return text != NULL ? text : g_date_time_format (time, "%Y-%m-%d");
}
