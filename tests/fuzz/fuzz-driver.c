/* fuzz-driver.c: runs a fuzz target over every file of its corpus, for `make check`
 *
 * libFuzzer (clang, `make fuzz`) brings its own main; built with any compiler, this one
 * feeds each corpus file to LLVMFuzzerTestOneInput () once, so every input a fuzzer ever
 * found stays a regression test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
main (int argc, char *argv[])
{
  guint inputs = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      if (dir == NULL)
        {
          fprintf (stderr, "fuzz-driver: cannot read the corpus %s\n", argv[i]);
          return EXIT_FAILURE;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          g_autofree char *contents = NULL;
          gsize length = 0;

          if (!g_file_get_contents (path, &contents, &length, NULL))
            {
              fprintf (stderr, "fuzz-driver: cannot read %s\n", path);
              return EXIT_FAILURE;
            }
          LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
          inputs++;
        }
    }
  printf ("%u inputs, no crash and no mismatch\n", inputs);
  return inputs > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
