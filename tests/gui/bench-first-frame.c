/* bench-first-frame.c: Hubrota's first painted frame against a bare libadwaita window's
 *
 * Issue 14's start-up target: the window's first frame on the 2,000-officer force within 1.5x
 * a bare libadwaita window's. In one run it starts, alternately and each as its own process
 * on the same display, tests/gui/bare-window and `hubrota --database FORCE.db` (the force
 * generated first with `hubrota-cli generate --officers 2000 --hubs 60 --weeks 52`), with
 * HUBROTA_BENCH_FIRST_FRAME set to the moment just before the start (app/hubrota-first-frame.c
 * reports from it), GSK_RENDERER=cairo and GDK_BACKEND=x11. Each reports its first frame, the
 * processor time its main thread took to it, and its first frame with content (for Hubrota,
 * the first with a card of the rota laid out: the rota is read in a thread while the window
 * paints), then quits; the process's processor time, all threads to its exit, is from wait4.
 * Wall times swing with the machine's load; the main thread's processor time much less. One
 * pair of runs first warms the page cache and is not counted. Figures, not assertions: run
 * by `make bench`.
 *
 *   GSETTINGS_SCHEMA_DIR=build/data GSETTINGS_BACKEND=memory \
 *     xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
 *     build/tests/gui/bench-first-frame [--runs 7] [--officers 2000] [--database FILE] \
 *     [--hubrota OTHER-BUILD/app/hubrota]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaBench"

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#define TIMEOUT_MS 60000

static int runs = 7;
static int n_officers = 2000;
static int n_hubs = 60;
static int n_weeks = 52;
static char *database = NULL;
static char *program = NULL;

static const GOptionEntry options[] = {
  { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each program (7)", "N" },
  { "officers", 0, 0, G_OPTION_ARG_INT, &n_officers, "Officers of the generated force (2000)", "N" },
  { "hubs", 0, 0, G_OPTION_ARG_INT, &n_hubs, "Hubs (60)", "N" },
  { "weeks", 0, 0, G_OPTION_ARG_INT, &n_weeks, "Weeks (52)", "N" },
  { "database", 0, 0, G_OPTION_ARG_FILENAME, &database,
    "Open this database instead of generating a force", "FILE" },
  { "hubrota", 0, 0, G_OPTION_ARG_FILENAME, &program,
    "Time this build of hubrota (another commit's, say) instead of this one's", "PATH" },
  { NULL }
};

/* One start of one program, in milliseconds; a figure the program did not report is -1. */
typedef struct
{
  double first;
  double first_cpu;   /* the main thread's, to the first frame */
  double content;
  double cpu;
  double exited;
  int    frames;
} Sample;

typedef struct
{
  const char *name;
  GArray     *first, *first_cpu, *content, *cpu, *exited;
} Series;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of the figures reported; -1 when none was. */
static double
median (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < values->len; i++)
    if (g_array_index (values, double, i) >= 0)
      g_array_append_val (sorted, g_array_index (values, double, i));
  if (sorted->len == 0)
    return -1;
  g_array_sort (sorted, compare_doubles);
  if (sorted->len % 2 == 1)
    return g_array_index (sorted, double, sorted->len / 2);
  return (g_array_index (sorted, double, sorted->len / 2 - 1) +
          g_array_index (sorted, double, sorted->len / 2)) / 2;
}

static void
parse_report (const char *output,
              Sample     *sample)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (char **line = lines; *line != NULL; line++)
    {
      if (g_str_has_prefix (*line, "first-frame-cpu-ms "))
        sample->first_cpu = g_ascii_strtod (*line + strlen ("first-frame-cpu-ms "), NULL);
      else if (g_str_has_prefix (*line, "first-frame-ms "))
        sample->first = g_ascii_strtod (*line + strlen ("first-frame-ms "), NULL);
      else if (g_str_has_prefix (*line, "content-frame-ms "))
        sample->content = g_ascii_strtod (*line + strlen ("content-frame-ms "), NULL);
      else if (g_str_has_prefix (*line, "frames "))
        sample->frames = atoi (*line + strlen ("frames "));
    }
}

/* Everything the child writes until it closes its output, or until the time runs out. */
static GString *
read_all (int    fd,
          gint64 deadline)
{
  GString *output = g_string_new (NULL);
  char buffer[4096];

  for (;;)
    {
      struct pollfd poll_fd = { .fd = fd, .events = POLLIN };
      int left_ms = (int) ((deadline - g_get_monotonic_time ()) / 1000);
      ssize_t n;

      if (left_ms <= 0 || poll (&poll_fd, 1, left_ms) == 0)
        break;
      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_string_append_len (output, buffer, n);
    }
  return output;
}

static char **
child_environment (void)
{
  char **env = g_get_environ ();

  /* As /work/shared/tools/screenshot and the GUI tests run; whatever the caller set wins. */
  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", FALSE);
  env = g_environ_setenv (env, "GDK_BACKEND", "x11", FALSE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", FALSE);
  env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", HUBROTA_BUILD_DATA_DIR, FALSE);
  return env;
}

/* Starts argv, waits for its report and its end; FALSE (with a message) when it failed. */
static gboolean
run_once (const char *const *argv,
          Sample            *sample)
{
  g_auto(GStrv) env = child_environment ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) output = NULL;
  g_autofree char *start = NULL;
  struct rusage usage;
  int out_fd, status;
  gint64 started;
  GPid pid;

  *sample = (Sample) { -1, -1, -1, -1, -1, 0 };
  started = g_get_monotonic_time ();
  start = g_strdup_printf ("%" G_GINT64_FORMAT, started);
  env = g_environ_setenv (env, "HUBROTA_BENCH_FIRST_FRAME", start, TRUE);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                 &pid, NULL, &out_fd, NULL, &error))
    {
      g_printerr ("Could not start %s: %s\n", argv[0], error->message);
      return FALSE;
    }

  output = read_all (out_fd, started + TIMEOUT_MS * 1000);
  close (out_fd);
  /* A program that has not quit by the deadline never will. */
  while (wait4 (pid, &status, WNOHANG, &usage) == 0)
    {
      if (g_get_monotonic_time () >= started + TIMEOUT_MS * 1000)
        kill (pid, SIGKILL);
      g_usleep (1000);
    }
  sample->exited = (g_get_monotonic_time () - started) / 1000.0;
  sample->cpu = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  parse_report (output->str, sample);

  if (sample->first < 0)
    g_printerr ("%s painted no frame in %d s (exit status %d)\n", argv[0], TIMEOUT_MS / 1000,
                status);
  return sample->first >= 0;
}

static void
series_init (Series     *series,
             const char *name)
{
  series->name = name;
  series->first = g_array_new (FALSE, FALSE, sizeof (double));
  series->first_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  series->content = g_array_new (FALSE, FALSE, sizeof (double));
  series->cpu = g_array_new (FALSE, FALSE, sizeof (double));
  series->exited = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
series_clear (Series *series)
{
  g_array_unref (series->first);
  g_array_unref (series->first_cpu);
  g_array_unref (series->content);
  g_array_unref (series->cpu);
  g_array_unref (series->exited);
}

static void
series_add (Series       *series,
            const Sample *sample)
{
  g_array_append_val (series->first, sample->first);
  g_array_append_val (series->first_cpu, sample->first_cpu);
  g_array_append_val (series->content, sample->content);
  g_array_append_val (series->cpu, sample->cpu);
  g_array_append_val (series->exited, sample->exited);
}

static void
print_sample (int           run,
              const char   *name,
              const Sample *sample)
{
  g_print ("  %-3d %-8s first frame %7.1f ms (main thread CPU %6.1f ms)   with content %7.1f ms "
           "(frame %d)   process CPU %7.1f ms   exited %7.1f ms\n",
           run, name, sample->first, sample->first_cpu, sample->content, sample->frames,
           sample->cpu, sample->exited);
}

static void
print_series (const Series *series)
{
  g_print ("  %-12s first frame %7.1f ms (main thread CPU %6.1f ms)   with content %7.1f ms   "
           "CPU %7.1f ms   exited %7.1f ms\n",
           series->name, median (series->first), median (series->first_cpu),
           median (series->content), median (series->cpu), median (series->exited));
}

static void
print_ratio (const char *what,
             double      app,
             double      bare,
             double      target)
{
  if (app < 0 || bare <= 0)
    {
      g_print ("  %-24s not measured\n", what);
      return;
    }
  g_print ("  %-24s %.2fx", what, app / bare);
  if (target > 0)
    g_print (" (target <= %.1fx: %s)", target, app / bare <= target ? "met" : "NOT met");
  g_print ("\n");
}

/* A generated force in a fresh folder; returns its path, or NULL. */
static char *
generate_force (char **folder)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *officers = g_strdup_printf ("%d", n_officers);
  g_autofree char *hubs = g_strdup_printf ("%d", n_hubs);
  g_autofree char *weeks = g_strdup_printf ("%d", n_weeks);
  g_autofree char *path = NULL;
  int status = 0;

  *folder = g_dir_make_tmp ("hubrota-bench-XXXXXX", &error);
  if (*folder == NULL)
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }
  path = g_build_filename (*folder, "force.db", NULL);
  {
    const char *argv[] = { HUBROTA_CLI_PATH, "--database", path, "generate", "--officers",
                           officers, "--hubs", hubs, "--weeks", weeks, NULL };
    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                       NULL, &status, &error) ||
        !g_spawn_check_wait_status (status, &error))
      {
        g_printerr ("Could not generate the force: %s\n", error->message);
        return NULL;
      }
  }
  return g_steal_pointer (&path);
}

static void
remove_force (const char *folder,
              const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (folder);
}

static gboolean
measure (const char *path)
{
  const char *bare_argv[] = { HUBROTA_BARE_WINDOW_PATH, NULL };
  const char *app_argv[] = { program != NULL ? program : HUBROTA_APP_PATH, "--database", path,
                             NULL };
  Series bare, app;
  Sample sample;
  gboolean ok = TRUE;

  /* Warms the page cache for both; not counted. */
  if (!run_once (bare_argv, &sample) || !run_once (app_argv, &sample))
    return FALSE;

  series_init (&bare, "bare window");
  series_init (&app, "hubrota");
  for (int run = 1; run <= runs && ok; run++)
    {
      ok = run_once (bare_argv, &sample);
      series_add (&bare, &sample);
      print_sample (run, "bare", &sample);
      ok = ok && run_once (app_argv, &sample);
      series_add (&app, &sample);
      print_sample (run, "hubrota", &sample);
    }

  g_print ("Medians of %d runs each:\n", runs);
  print_series (&bare);
  print_series (&app);
  g_print ("Hubrota against the bare window:\n");
  print_ratio ("first frame", median (app.first), median (bare.first), 1.5);
  print_ratio ("first frame with cards", median (app.content), median (bare.first), 0);
  print_ratio ("main thread CPU to it", median (app.first_cpu), median (bare.first_cpu), 0);
  print_ratio ("process CPU to exit", median (app.cpu), median (bare.cpu), 0);

  series_clear (&bare);
  series_clear (&app);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- Hubrota's first frame");
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  gboolean ok;

  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--runs must be at least 1");
      return EXIT_FAILURE;
    }

  path = database != NULL ? g_canonicalize_filename (database, NULL) : generate_force (&folder);
  if (path == NULL)
    return EXIT_FAILURE;
  g_print ("First painted frame under %s, GSK_RENDERER=cairo, %d alternate runs after one pair "
           "not counted:\nthe bare libadwaita window and hubrota --database %s",
           g_getenv ("DISPLAY") != NULL ? g_getenv ("DISPLAY") : "no display", runs,
           database != NULL ? database : "FORCE.db");
  if (database == NULL)
    g_print (" (generate --officers %d --hubs %d --weeks %d)", n_officers, n_hubs, n_weeks);
  g_print ("\n");

  ok = measure (path);
  if (folder != NULL)
    remove_force (folder, path);
  g_free (database);
  g_free (program);
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
