/* main.c: the hubrota program: set up translations and run the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Hubrota"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hubrota-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HubrotaApplication) app = NULL;

  /* Before the application parses the command line, so --help is translated too. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Hubrota"));

  app = hubrota_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
