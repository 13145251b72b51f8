/* hubrota-first-frame.c: an opt-in start-up timer for benchmarks
 *
 * Nothing happens unless HUBROTA_BENCH_FIRST_FRAME is set. Then the first window the
 * application adds is watched and, at the end of its frames (GdkFrameClock "after-paint"),
 * the program prints to standard output
 *
 *   first-frame-ms T     the first frame painted
 *   first-frame-cpu-ms C the processor time of the program's main thread up to then (its
 *                        other threads read in parallel; a loaded machine stretches T, not C)
 *   content-frame-ms T   the first frame painted with the content shown (content_shown says so;
 *                        without it, the same frame)
 *   frames N             frames painted up to that one
 *
 * and quits. T counts from the moment given as the variable's value, in microseconds of
 * CLOCK_MONOTONIC (a launcher takes it just before it starts the program; see
 * tests/gui/bench-first-frame.c), or, for any other value such as 1, from the process's start
 * in /proc/self/stat (to a clock tick, 10 ms). tests/gui/bare-window.c runs the same code, so
 * a bare libadwaita window is measured the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Hubrota"

#include "config.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "hubrota-first-frame.h"

typedef struct
{
  gint64                   origin;   /* µs of CLOCK_MONOTONIC */
  GtkApplication          *application;
  GtkWindow               *window;
  HubrotaContentShownFunc  content_shown;
  guint                    frames;
} Watch;

static Watch watch;

/* The process's start, as a CLOCK_MONOTONIC time: /proc gives it in clock ticks since boot. */
static gint64
process_start (void)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;
  struct timespec boot;
  gint64 start_ticks;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (after_name = strrchr (stat, ')')) == NULL ||
      clock_gettime (CLOCK_BOOTTIME, &boot) != 0)
    return g_get_monotonic_time ();

  /* After the name come the fields from the third on; the start time is the 22nd. */
  fields = g_strsplit (after_name + 2, " ", 21);
  if (g_strv_length (fields) < 21)
    return g_get_monotonic_time ();
  start_ticks = g_ascii_strtoll (fields[19], NULL, 10);

  return g_get_monotonic_time () -
         (boot.tv_sec * G_USEC_PER_SEC + boot.tv_nsec / 1000 -
          start_ticks * G_USEC_PER_SEC / sysconf (_SC_CLK_TCK));
}

static void
report (const char *what,
        gint64      now)
{
  printf ("%s %.1f\n", what, (now - watch.origin) / 1000.0);
  fflush (stdout);
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (watch.frames++ == 0)
    {
      struct timespec cpu;

      report ("first-frame-ms", now);
      clock_gettime (CLOCK_THREAD_CPUTIME_ID, &cpu);
      printf ("first-frame-cpu-ms %.1f\n", cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6);
    }
  if (watch.content_shown != NULL && !watch.content_shown (watch.window))
    return;

  report ("content-frame-ms", now);
  printf ("frames %u\n", watch.frames);
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, user_data);
  g_application_quit (G_APPLICATION (watch.application));
}

static void
on_window_realize (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
}

static void
on_window_added (GtkApplication *application,
                 GtkWindow      *window)
{
  if (watch.window != NULL)
    return;
  watch.window = window;
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_window_realize (GTK_WIDGET (window));
  else
    g_signal_connect_after (window, "realize", G_CALLBACK (on_window_realize), NULL);
}

/**
 * hubrota_first_frame_watch:
 * @application: the application, before it runs
 * @content_shown: (nullable): whether a window shows its content yet
 *
 * Does nothing unless HUBROTA_BENCH_FIRST_FRAME is set; see the top of this file.
 */
void
hubrota_first_frame_watch (GtkApplication          *application,
                           HubrotaContentShownFunc  content_shown)
{
  const char *value = g_getenv ("HUBROTA_BENCH_FIRST_FRAME");
  gint64 given;

  if (value == NULL)
    return;

  given = g_ascii_strtoll (value, NULL, 10);
  watch.origin = given > 1 ? given : process_start ();
  watch.application = application;
  watch.content_shown = content_shown;
  g_signal_connect (application, "window-added", G_CALLBACK (on_window_added), NULL);
}
