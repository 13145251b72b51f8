/* test-catalogue.c: HubrotaCatalogue reads the built Polish and Urdu catalogues itself
 *
 * HUBROTA_LOCALEDIR points at the build's po/ folder, where meson puts LANG/LC_MESSAGES/
 * hubrota.mo. The expected strings are the catalogues' own, so a test fails when a lookup,
 * a context, a plural form or a weekday name comes out wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hubrota-core.h"

static HubrotaCatalogue *
open_catalogue (const char *language)
{
  g_autoptr(GError) error = NULL;
  HubrotaCatalogue *catalogue = hubrota_catalogue_new (language, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  return catalogue;
}

static void
test_english (void)
{
  g_autoptr(HubrotaCatalogue) en = open_catalogue (NULL);
  g_autoptr(HubrotaCatalogue) en_gb = open_catalogue ("en_GB");
  g_autofree char *tag = NULL;

  g_assert_cmpstr (hubrota_catalogue_get_language (en), ==, "en");
  g_assert_cmpstr (hubrota_catalogue_get_language (en_gb), ==, "en");
  g_assert_cmpstr (hubrota_catalogue_gettext (en, "Near me"), ==, "Near me");
  g_assert_cmpstr (hubrota_catalogue_pgettext (en, "weekday", "Monday"), ==, "Monday");
  g_assert_cmpstr (hubrota_catalogue_ngettext (en, "%u hub", "%u hubs", 1), ==, "%u hub");
  g_assert_cmpstr (hubrota_catalogue_ngettext (en, "%u hub", "%u hubs", 0), ==, "%u hubs");
  g_assert_false (hubrota_catalogue_is_right_to_left (en));
  tag = hubrota_catalogue_dup_tag (en);
  g_assert_cmpstr (tag, ==, "en-GB");
  /* NULL is English too, for callers with no language set. */
  g_assert_cmpstr (hubrota_catalogue_get_language (NULL), ==, "en");
  g_assert_cmpstr (hubrota_catalogue_gettext (NULL, "Near me"), ==, "Near me");
}

static void
test_polish_plurals (void)
{
  g_autoptr(HubrotaCatalogue) pl = open_catalogue ("pl");
  const char *one = "Wrote %u opening on its own in %s\n";
  const char *many = "Wrote %u openings each on its own in %s\n";
  /* Polish: 1 one; 2–4, 22–24, 102–104 few; 0, 5–21, 25–31, 111–114 many. */
  const struct { gulong n; const char *form; } cases[] = {
    { 1, "Zapisano %u otwarcie osobno w %s\n" },
    { 2, "Zapisano %u otwarcia, każde osobno, w %s\n" },
    { 4, "Zapisano %u otwarcia, każde osobno, w %s\n" },
    { 22, "Zapisano %u otwarcia, każde osobno, w %s\n" },
    { 104, "Zapisano %u otwarcia, każde osobno, w %s\n" },
    { 0, "Zapisano %u otwarć, każde osobno, w %s\n" },
    { 5, "Zapisano %u otwarć, każde osobno, w %s\n" },
    { 12, "Zapisano %u otwarć, każde osobno, w %s\n" },
    { 21, "Zapisano %u otwarć, każde osobno, w %s\n" },
    { 112, "Zapisano %u otwarć, każde osobno, w %s\n" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (hubrota_catalogue_ngettext (pl, one, many, cases[i].n), ==, cases[i].form);
  g_assert_cmpstr (hubrota_catalogue_gettext (pl, "unknown command ‘%s’ (see ‘%s --help’)"), ==,
                   "nieznane polecenie „%s” (zobacz „%s --help”)");
  /* What the catalogue does not hold comes back as it was given. */
  g_assert_cmpstr (hubrota_catalogue_gettext (pl, "No such message, ever"), ==,
                   "No such message, ever");
  g_assert_cmpstr (hubrota_catalogue_ngettext (pl, "No %u such", "No %u such things", 3), ==,
                   "No %u such things");
  g_assert_false (hubrota_catalogue_is_right_to_left (pl));
}

static void
test_urdu (void)
{
  g_autoptr(HubrotaCatalogue) ur = open_catalogue ("ur");
  const char *one = "Wrote %u opening on its own in %s\n";
  const char *many = "Wrote %u openings each on its own in %s\n";

  g_autofree char *tag = hubrota_catalogue_dup_tag (ur);

  g_assert_cmpstr (tag, ==, "ur");
  g_assert_true (hubrota_catalogue_is_right_to_left (ur));
  g_assert_cmpstr (hubrota_catalogue_ngettext (ur, one, many, 1), ==,
                   "لکھا گیا: %u نشست الگ سے، %s میں\n");
  g_assert_cmpstr (hubrota_catalogue_ngettext (ur, one, many, 2), ==,
                   "لکھا گیا: %u نشستیں، ہر ایک الگ سے، %s میں\n");
  g_assert_cmpstr (hubrota_catalogue_gettext (ur, "unknown command ‘%s’ (see ‘%s --help’)"), ==,
                   "نامعلوم کمانڈ ‘%s’ (دیکھیں ‘%s --help’)");
}

/* The names come from the catalogue, not from LC_TIME (the tests run in C.UTF-8): Polish
 * puts the month in the genitive after a day and the nominative alone. */
static void
test_dates (void)
{
  g_autoptr(HubrotaCatalogue) pl = open_catalogue ("pl");
  g_autoptr(HubrotaCatalogue) en = open_catalogue ("en");
  g_autoptr(GDateTime) saturday = g_date_time_new (hubrota_london_tz (), 2026, 12, 5, 10, 0, 0);
  g_autofree char *pl_day = hubrota_catalogue_format_time (pl, saturday, "%A %-d %B %Y, %H:%M");
  g_autofree char *pl_month = hubrota_catalogue_format_time (pl, saturday, "%OB %Y");
  g_autofree char *en_day = hubrota_catalogue_format_time (en, saturday, "%a %-d %B");
  g_autofree char *percent = hubrota_catalogue_format_time (en, saturday, "100%% %A");

  g_assert_cmpstr (pl_day, ==, "sobota 5 grudnia 2026, 10:00");
  g_assert_cmpstr (pl_month, ==, "grudzień 2026");
  g_assert_cmpstr (en_day, ==, "Sat 5 December");
  g_assert_cmpstr (percent, ==, "100% Saturday");
}

static void
test_refusals (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hubrota-catalogue-XXXXXX", NULL);
  g_autofree char *messages = g_build_filename (dir, "xx", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (messages, "hubrota.mo", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *saved = g_strdup (g_getenv ("HUBROTA_LOCALEDIR"));

  g_assert_null (hubrota_catalogue_new ("de", &error));
  g_assert_error (error, HUBROTA_STORE_ERROR, HUBROTA_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Hubrota has no translation into the language ‘de’");
  g_clear_error (&error);

  g_assert_null (hubrota_catalogue_new ("../pl", &error));
  g_assert_cmpstr (error->message, ==, "‘../pl’ is not a language code such as pl or ur");
  g_clear_error (&error);

  /* A file that is not a catalogue is refused, not read. */
  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  g_assert_true (g_file_set_contents (mo, "this is not a catalogue at all", -1, NULL));
  g_setenv ("HUBROTA_LOCALEDIR", dir, TRUE);
  g_assert_null (hubrota_catalogue_new ("xx", &error));
  expected = g_strdup_printf ("%s is not a compiled translation", mo);
  g_assert_cmpstr (error->message, ==, expected);
  g_setenv ("HUBROTA_LOCALEDIR", saved, TRUE);

  g_remove (mo);
  g_rmdir (messages);
  g_autofree char *xx = g_build_filename (dir, "xx", NULL);
  g_rmdir (xx);
  g_rmdir (dir);
}

/* A catalogue of one plural message whose forms say their own index, under Plural-Forms
 * expression, compiled by msgfmt into dir/code/LC_MESSAGES/hubrota.mo. */
static void
make_catalogue (const char *dir, const char *code, const char *expression)
{
  g_autofree char *messages = g_build_filename (dir, code, "LC_MESSAGES", NULL);
  g_autofree char *po = g_build_filename (dir, "plural.po", NULL);
  g_autofree char *mo = g_build_filename (messages, "hubrota.mo", NULL);
  g_autofree char *text = g_strdup_printf (
    "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "\"Plural-Forms: nplurals=3; plural=%s;\\n\"\n\n"
    "msgid \"%%u hub\"\nmsgid_plural \"%%u hubs\"\n"
    "msgstr[0] \"form 0\"\nmsgstr[1] \"form 1\"\nmsgstr[2] \"form 2\"\n", expression);
  const char *argv[] = { "msgfmt", "-o", mo, po, NULL };
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  g_assert_true (g_file_set_contents (po, text, -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
}

static const char *
form (HubrotaCatalogue *catalogue, gulong n)
{
  return hubrota_catalogue_ngettext (catalogue, "%u hub", "%u hubs", n);
}

/* C's precedence (== below <), the branch not taken left unevaluated (its division by zero
 * does not count), and an expression nested beyond reason refused (n != 1) rather than
 * overflowing the stack: as GNU gettext reads Plural-Forms. */
static void
test_plural_expressions (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hubrota-plural-XXXXXX", NULL);
  g_autofree char *saved = g_strdup (g_getenv ("HUBROTA_LOCALEDIR"));
  g_autoptr(GString) deep = g_string_new (NULL);

  for (int i = 0; i < 5000; i++)
    g_string_append_c (deep, '(');
  g_string_append (deep, "n==2");
  for (int i = 0; i < 5000; i++)
    g_string_append_c (deep, ')');
  make_catalogue (dir, "xa", "n == 1 < 2");
  make_catalogue (dir, "xb", "n==0 ? 0 : 12/n > 5 ? 1 : 2");
  make_catalogue (dir, "xc", "n != 0 && 10 % n == 0 ? 1 : 2");
  make_catalogue (dir, "xd", deep->str);
  g_setenv ("HUBROTA_LOCALEDIR", dir, TRUE);
  {
    g_autoptr(HubrotaCatalogue) xa = open_catalogue ("xa");
    g_autoptr(HubrotaCatalogue) xb = open_catalogue ("xb");
    g_autoptr(HubrotaCatalogue) xc = open_catalogue ("xc");
    g_autoptr(HubrotaCatalogue) xd = open_catalogue ("xd");

    /* n == (1 < 2), that is n == 1 */
    g_assert_cmpstr (form (xa, 0), ==, "form 0");
    g_assert_cmpstr (form (xa, 1), ==, "form 1");
    g_assert_cmpstr (form (xb, 0), ==, "form 0");
    g_assert_cmpstr (form (xb, 1), ==, "form 1");
    g_assert_cmpstr (form (xb, 3), ==, "form 2");
    g_assert_cmpstr (form (xc, 0), ==, "form 2");
    g_assert_cmpstr (form (xc, 5), ==, "form 1");
    g_assert_cmpstr (form (xc, 3), ==, "form 2");
    /* Refused, so English's rule: one for 1, the other for the rest. */
    g_assert_cmpstr (form (xd, 2), ==, "form 1");
    g_assert_cmpstr (form (xd, 1), ==, "form 0");
  }
  g_setenv ("HUBROTA_LOCALEDIR", saved, TRUE);
}

/* A layout GLib cannot use gives the ISO date, not NULL; %b is the month's whole name. */
static void
test_bad_layout (void)
{
  g_autoptr(HubrotaCatalogue) pl = open_catalogue ("pl");
  g_autoptr(GDateTime) saturday = g_date_time_new (hubrota_london_tz (), 2026, 12, 5, 10, 0, 0);
  g_autofree char *bad = hubrota_catalogue_format_time (pl, saturday, "%A %Q");
  g_autofree char *shortened = hubrota_catalogue_format_time (pl, saturday, "%-d %b");

  g_assert_cmpstr (bad, ==, "2026-12-05");
  g_assert_cmpstr (shortened, ==, "5 grudnia");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("HUBROTA_LOCALEDIR"));
  g_test_add_func ("/catalogue/english", test_english);
  g_test_add_func ("/catalogue/polish-plurals", test_polish_plurals);
  g_test_add_func ("/catalogue/urdu", test_urdu);
  g_test_add_func ("/catalogue/dates", test_dates);
  g_test_add_func ("/catalogue/refusals", test_refusals);
  g_test_add_func ("/catalogue/plural-expressions", test_plural_expressions);
  g_test_add_func ("/catalogue/bad-layout", test_bad_layout);
  return g_test_run ();
}
