/* fuzz-csv.c: an officers' CSV goes in whole or not at all
 *
 * Each input is imported into a fresh database with one beat: either every row goes in (and
 * the store then holds exactly as many officers as it says) or none does, with an error to
 * say why. Nothing may crash or print a GLib-CRITICAL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "hubrota-core.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static guint
count_officers (HubrotaStore *store)
{
  g_autoptr(GPtrArray) officers = hubrota_store_list_officers (store, NULL);

  if (officers == NULL)
    abort ();
  return officers->len;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *dir = g_dir_make_tmp ("hubrota-fuzz-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fuzz.db", NULL);
  g_autoptr(HubrotaStore) store = NULL;
  g_autoptr(HubrotaBeat) beat = hubrota_beat_new ("north", "North");
  g_autoptr(GError) error = NULL;
  guint imported = 0;
  gboolean ok;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  store = hubrota_store_open (path, HUBROTA_STORE_OPEN_CREATE, NULL);
  if (store == NULL || !hubrota_store_add_beat (store, beat, NULL))
    abort ();
  ok = hubrota_store_import_officers (store, (const char *) data, size, &imported, &error);
  if (ok != (error == NULL) || count_officers (store) != (ok ? imported : 0))
    abort ();
  g_clear_object (&store);
  remove_folder (dir);
  return 0;
}
