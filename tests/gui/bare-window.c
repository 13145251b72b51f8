/* bare-window.c: the yardstick for Hubrota's start-up: a bare libadwaita window
 *
 * An AdwApplication with one AdwApplicationWindow holding a header bar and a label, the size
 * Hubrota's window opens at, and nothing else. bench-first-frame starts it and the real
 * program alternately; both report their first frame through the same code
 * (app/hubrota-first-frame.c, with HUBROTA_BENCH_FIRST_FRAME set).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaBench"

#include "config.h"

#include <adwaita.h>

#include "hubrota-first-frame.h"

static void
on_activate (GtkApplication *application)
{
  GtkWidget *window = adw_application_window_new (application);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("A bare libadwaita window");

  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  /* Hubrota's window-width and window-height defaults, so both paint the same area. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_set_title (GTK_WINDOW (window), "Bare Window");
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application =
    adw_application_new ("io.github.hubrota.BareWindow", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (application, "activate", G_CALLBACK (on_activate), NULL);
  hubrota_first_frame_watch (GTK_APPLICATION (application), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
