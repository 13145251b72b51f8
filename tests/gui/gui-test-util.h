/* gui-test-util.h: what every GUI test program needs: start-up under Xvfb, isolated folders,
 * waiting for the main loop, and screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-application.h"
#include "hubrota-core.h"
#include "hubrota-window.h"

G_BEGIN_DECLS

typedef enum
{
  GUI_TEST_DEFAULT = 0,
  /* Draw with cairo: under Xvfb the GL renderer compiles its shaders anew for every window
   * (the isolated folders leave it no shader cache), seconds a window. */
  GUI_TEST_CAIRO = 1 << 0,
} GuiTestFlags;

/* Starts a GUI test program with isolated XDG folders; FALSE (a TAP skip printed) without a
 * display, so `meson test` outside Xvfb skips rather than fails. */
gboolean gui_test_init (int          *argc,
                        char       ***argv,
                        GuiTestFlags  flags);

/* Creates and registers Hubrota's application (its settings and styles); non-unique needs no
 * D-Bus name, so it cannot forward to another test program on the same bus. Owned by
 * gui_test_run (). */
HubrotaApplication *gui_test_application_new (gboolean unique);

/* Runs the tests, then closes every window and frees the application and what gui_test_init
 * kept. */
int gui_test_run (void);

/* The fixture of tests that need only the application: each starts and ends with none of its
 * windows open, and with the system's MIME database. */
typedef struct
{
  int unused;
} GuiTestAppFixture;

void gui_test_app_set_up (GuiTestAppFixture *fixture,
                          gconstpointer      data);
void gui_test_app_tear_down (GuiTestAppFixture *fixture,
                             gconstpointer      data);

/* Points the MIME database back at the system's: the isolated folders hide it, and without it
 * gdk-pixbuf cannot tell an SVG icon from noise. */
void gui_test_use_system_mime_dirs (void);

/* Destroys the application's windows (every toplevel when app is NULL), so no test sees the
 * last one's. */
void gui_test_close_all_windows (GtkApplication *app);

/* A path for a database or folder in this test's own data folder, which vanishes with the test
 * (G_TEST_OPTION_ISOLATE_DIRS). */
char *gui_test_temp_path (const char *name);

/* Today in Europe/London, as the window computes it. */
void gui_test_london_today (GDate *today);

/* hour:00 on date in Europe/London. */
GDateTime *gui_test_london_datetime (const GDate *date,
                                     int          hour);

/* Runs whatever the main loop has ready, without waiting for more. */
void gui_test_iterate (void);

/* Waits until the widget is mapped, then milliseconds more for lists to lay out their rows. */
void gui_test_wait_until_drawn_for (GtkWidget *widget,
                                    guint      milliseconds);

/* The same with half a second, enough for every window the tests open. */
void gui_test_wait_until_drawn (GtkWidget *widget);

/* Waits for the window's rota, which it reads in a thread. */
void gui_test_wait_for_load (HubrotaWindow *window);

/* The widget drawn as on screen, retrying for up to ten seconds while a loaded machine has not
 * laid out the first frame yet. */
GdkTexture *gui_test_render_widget (GtkWidget *widget);

/* Distinct pixel values: text, icons and controls give many, a blank window a handful. */
guint gui_test_count_colours (GdkTexture *texture);

/* Saves texture as name in the build folder, for a person to look at. */
void gui_test_save_texture (GdkTexture *texture,
                            const char *name);

/* Renders the (drawn) widget and saves it as name in the build folder. */
void gui_test_save_screenshot (GtkWidget  *widget,
                               const char *name);

/* The text on the widget's clipboard, read as a paste would, through the main loop. */
char *gui_test_read_clipboard (GtkWidget *widget);

/* The text a widget put on its own clipboard (a local provider, so no round trip); valid until
 * the next call. */
const char *gui_test_clipboard_text (GtkWidget *widget);

/* The visible toplevel of type (the last one if several), and how many there are: a test
 * finds the dialog an action opened. */
GtkWindow *gui_test_find_toplevel (GType  type,
                                   guint *count);

/* The widget with the keyboard focus in widget's window, or NULL. */
GtkWidget *gui_test_get_focus (GtkWidget *widget);

/* The title of the row (an AdwPreferencesRow) that holds the keyboard focus in widget's window,
 * as a person sees the field they are in; NULL when the focus is in no row. */
const char *gui_test_get_focused_row_title (GtkWidget *widget);

/* Types text where the keyboard focus is in widget's window, as typing would: over the
 * selection (a row selects its text when the keyboard enters it), else at the cursor. Fails
 * the test when the focus is not something one can type into. */
void gui_test_type (GtkWidget  *widget,
                    const char *text);

/* Presses accelerator ("<Control>w", "Return", "Left", "Tab") in widget's window: offers it to
 * the shortcuts GTK would, in GTK's order (the capture phase from the window down to the
 * focus, then the bubble phase back up), and runs the first that takes it. FALSE when none
 * did, as a key that does nothing. */
gboolean gui_test_press_shortcut (GtkWidget  *widget,
                                  const char *accelerator);

/* Runs the main loop until *done or seconds have passed; returns *done. For what a click
 * started through gtk_widget_activate () (which releases the button a quarter of a second
 * later), or a window that closes from the main loop. */
gboolean gui_test_wait_for (const gboolean *done,
                            guint           seconds);

/* Runs the main loop until widget (which the caller holds a reference to) is no longer
 * visible, for up to five seconds; returns whether it went. */
gboolean gui_test_wait_until_hidden (GtkWidget *widget);

G_END_DECLS
