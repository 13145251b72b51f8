/* main.c: the hubrota program: set up translations and run the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Hubrota"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hubrota-application.h"
#include "hubrota-catalogue.h"
#include "hubrota-first-frame.h"
#include "hubrota-opening-card.h"

/* For HUBROTA_BENCH_FIRST_FRAME: whether a card of the rota is laid out in a frame on show. */
static gboolean
shows_a_card (GtkWidget *widget)
{
  if (HUBROTA_IS_OPENING_CARD (widget))
    return gtk_widget_is_drawable (widget) && gtk_widget_get_width (widget) > 0;
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_a_card (child))
      return TRUE;
  return FALSE;
}

static gboolean
rota_shown (GtkWindow *window)
{
  return shows_a_card (GTK_WIDGET (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HubrotaApplication) app = NULL;

  /* Before the application parses the command line, so --help is translated too. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, hubrota_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Hubrota"));

  app = hubrota_application_new ();
  /* Nothing unless HUBROTA_BENCH_FIRST_FRAME is set (make bench's start-up figures). */
  hubrota_first_frame_watch (GTK_APPLICATION (app), rota_shown);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
