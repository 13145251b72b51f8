/* hubrota-catalogue.h: the words of one language, whatever the process's own locale is
 *
 * The window and the command line speak the user's language through gettext. Public files do
 * not: a hub's feed and pages are read by the public, so their words follow the language the
 * coordinator publishes in (English unless they choose another), never the language of the
 * desktop that happened to run the export. A catalogue reads hubrota's compiled .mo file for
 * that language itself, so two exports in two languages can run at once in one process.
 *
 * The strings handed to it are marked for xgettext (po/meson.build names these functions as
 * keywords), so they reach the translators with the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HubrotaCatalogue HubrotaCatalogue;

/* Where hubrota's compiled translations live: $HUBROTA_LOCALEDIR when set (an uninstalled
 * build, the tests), else the installed locale folder. */
const char       *hubrota_locale_dir               (void);

/* language is a gettext language code ("pl", "ur", "pt_BR"); NULL, "" or "en" give English.
 * Fails with HUBROTA_STORE_ERROR_INVALID when the code is malformed or hubrota has no
 * translation for it. */
HubrotaCatalogue *hubrota_catalogue_new            (const char        *language,
                                                    GError           **error);
void              hubrota_catalogue_free           (HubrotaCatalogue  *self);

/* Every function below takes NULL for English. */

/* The code given ("en" for English), and whether the language is written right to left. */
const char       *hubrota_catalogue_get_language   (HubrotaCatalogue  *self);
gboolean          hubrota_catalogue_is_right_to_left (HubrotaCatalogue *self);

/* The language as a BCP 47 tag, for HTML's lang and iCalendar's LANGUAGE: "pl", "pt-BR",
 * "sr" for sr@latin; British English ("en-GB") for English. */
char             *hubrota_catalogue_dup_tag        (HubrotaCatalogue  *self);

/* The translation of msgid, or msgid itself when the catalogue has none. Marked as format
 * arguments, as gettext is, so a translated printf format is still checked. */
const char       *hubrota_catalogue_gettext        (HubrotaCatalogue  *self,
                                                    const char        *msgid)
                                                    G_GNUC_FORMAT (2);
const char       *hubrota_catalogue_pgettext       (HubrotaCatalogue  *self,
                                                    const char        *context,
                                                    const char        *msgid)
                                                    G_GNUC_FORMAT (3);
const char       *hubrota_catalogue_ngettext       (HubrotaCatalogue  *self,
                                                    const char        *msgid,
                                                    const char        *msgid_plural,
                                                    gulong             n)
                                                    G_GNUC_FORMAT (2) G_GNUC_FORMAT (3);

/* g_date_time_format () with the weekday and month names taken from the catalogue, not from
 * the process's LC_TIME. format is a translated layout and may use %A, %a, %B (the month as
 * it reads after a day number, "5 grudnia"; %b and %h give the same) and %OB (the month on its
 * own), with GLib's numeric conversions. A layout GLib refuses gives the ISO date. */
char             *hubrota_catalogue_format_time    (HubrotaCatalogue  *self,
                                                    GDateTime         *time,
                                                    const char        *format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HubrotaCatalogue, hubrota_catalogue_free)

G_END_DECLS
