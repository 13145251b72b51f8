/* hubrota-publish-set.c: a published folder replaced as a whole, in one step
 *
 * Renaming the files of a publish into place one by one leaves a mix of old and new if the
 * program is killed half-way, and a web server may serve a mix even when it is not. So the
 * whole new set is written into a hidden sibling of the folder, synced to disk once, and
 * swapped with the folder by renameat2 (RENAME_EXCHANGE), which Linux does in one step; the
 * old set then sits at the sibling's name and is removed. A file system that cannot exchange
 * (some network ones) gets two renames instead: for an instant the folder is missing, never
 * mixed. What an interrupted publish leaves (a sibling, or an older Hubrota's hidden ".new"
 * files) goes at the start of the next one.
 *
 * A folder whose surroundings cannot be written (the one a sandboxed Hubrota was given
 * through the file chooser portal: the portal grants that folder and nothing around it) is
 * published inside itself instead: the new set is written and synced in a hidden folder in
 * it, then each file is renamed into place, each in one step, and what the new set lacks is
 * removed. A reader may then meet old and new files side by side for a moment, never a
 * half-written one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaPublishSet"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hubrota-publish-set-private.h"

#define SIBLING_MARK ".hubrota-"
#define INSIDE_MARK ".hubrota-new-"
#define PRIVATE_FOLDER "private"

struct _HubrotaPublishSet
{
  char *dir;
  char *building;   /* the hidden sibling (or, inside, folder) the new set is written in */
  GHashTable *folders;  /* the folders of the new set made so far */
  GHashTable *files;    /* inside only (else empty): the new set's files, relative to dir */
  gboolean inside;      /* built inside dir, its surroundings being out of reach */
  gboolean committed;
};

/* What failed, for the message: each is a whole sentence for the translators. */
typedef enum
{
  FAILED_CREATE_FOLDER,
  FAILED_CREATE,
  FAILED_WRITE,
  FAILED_OPEN,
  FAILED_SYNC,
  FAILED_PUT_IN_PLACE,
  FAILED_MOVE_ASIDE,
} Failure;

static gboolean
fail_errno (GError **error, int saved, Failure what, const char *path)
{
  GFileError code = g_file_error_from_errno (saved);
  const char *why = g_strerror (saved);

  switch (what)
    {
    case FAILED_CREATE_FOLDER:
      /* Translators: here and in the messages like it, the first %s is a file or folder and
       * the second why the system refused (in its own words). */
      g_set_error (error, G_FILE_ERROR, code, _("cannot create the folder %s: %s"), path, why);
      break;
    case FAILED_CREATE:
      g_set_error (error, G_FILE_ERROR, code, _("cannot create %s: %s"), path, why);
      break;
    case FAILED_WRITE:
      g_set_error (error, G_FILE_ERROR, code, _("cannot write %s: %s"), path, why);
      break;
    case FAILED_OPEN:
      g_set_error (error, G_FILE_ERROR, code, _("cannot open %s: %s"), path, why);
      break;
    case FAILED_SYNC:
      /* Translators: to sync is to make the system write a folder's changes to the disk. */
      g_set_error (error, G_FILE_ERROR, code, _("cannot sync %s: %s"), path, why);
      break;
    case FAILED_PUT_IN_PLACE:
      /* Translators: the published folder, when the newly written one cannot replace it. */
      g_set_error (error, G_FILE_ERROR, code, _("cannot put in place %s: %s"), path, why);
      break;
    case FAILED_MOVE_ASIDE:
      /* Translators: the published folder, when it cannot be moved out of the way of the
       * newly written one. */
      g_set_error (error, G_FILE_ERROR, code, _("cannot move aside %s: %s"), path, why);
      break;
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

/* Removes a file, a symbolic link (never what it points at) or a whole folder. */
static void
remove_tree (const char *path)
{
  GStatBuf info;

  if (g_lstat (path, &info) != 0)
    return;
  if (S_ISDIR (info.st_mode))
    {
      g_autoptr(GDir) listing = g_dir_open (path, 0, NULL);
      const char *name;

      while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
      return;
    }
  g_unlink (path);
}

/* ".feeds.hubrota-": the start of every sibling a publish of dir makes. */
static char *
sibling_prefix (const char *dir)
{
  g_autofree char *base = g_path_get_basename (dir);

  return g_strconcat (".", base, SIBLING_MARK, NULL);
}

/* An older Hubrota wrote each file as ".name.new" beside it before renaming. */
static void
remove_old_temporaries (const char *folder)
{
  g_autoptr(GDir) listing = g_dir_open (folder, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (name[0] == '.' && g_str_has_suffix (name, ".new"))
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);
        g_unlink (path);
      }
}

static void
remove_leftovers (const char *dir)
{
  g_autofree char *parent = g_path_get_dirname (dir);
  g_autofree char *prefix = sibling_prefix (dir);
  g_autofree char *private_folder = g_build_filename (dir, PRIVATE_FOLDER, NULL);
  g_autoptr(GDir) listing = g_dir_open (parent, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_autofree char *path = g_build_filename (parent, name, NULL);
        remove_tree (path);
      }
  remove_old_temporaries (dir);
  remove_old_temporaries (private_folder);
  /* And a publish inside the folder that was interrupted. */
  g_clear_pointer (&listing, g_dir_close);
  listing = g_dir_open (dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, INSIDE_MARK))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        remove_tree (path);
      }
}

/* Whether errno from making the sibling says the folder's surroundings are out of reach. */
static gboolean
is_refusal (int saved)
{
  return saved == EACCES || saved == EPERM || saved == EROFS;
}

static HubrotaPublishSet *
publish_set_new (const char *dir, char *building, gboolean inside)
{
  HubrotaPublishSet *self = g_new0 (HubrotaPublishSet, 1);

  self->dir = g_strdup (dir);
  self->building = building;
  self->inside = inside;
  self->folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

/* A set built inside dir, whose leftovers are already gone. */
static HubrotaPublishSet *
new_inside (const char *dir, GError **error)
{
  g_autofree char *building = g_build_filename (dir, INSIDE_MARK "XXXXXX", NULL);

  if (g_mkdtemp_full (building, 0755) == NULL || g_chmod (building, 0755) != 0)
    {
      fail_errno (error, errno, FAILED_CREATE_FOLDER, building);
      return NULL;
    }
  return publish_set_new (dir, g_steal_pointer (&building), TRUE);
}

HubrotaPublishSet *
_hubrota_publish_set_new_inside (const char  *dir,
                                 GError     **error)
{
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("cannot publish to %s: it is not a folder"), dir);
      return NULL;
    }
  remove_leftovers (dir);
  return new_inside (dir, error);
}

HubrotaPublishSet *
hubrota_publish_set_new (const char  *given_dir,
                         GError     **error)
{
  g_autofree char *parent = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *building = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (given_dir != NULL, NULL);

  /* A folder reached through a symbolic link (/srv/www/hubs → /data/hubs) is published
   * where it really is: swapping would put a folder in the link's place and leave the real
   * one stale. */
  dir = g_file_test (given_dir, G_FILE_TEST_IS_SYMLINK) ? realpath (given_dir, NULL) : NULL;
  if (dir == NULL)
    dir = g_strdup (given_dir);

  if (g_file_test (dir, G_FILE_TEST_EXISTS) && !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR,
                   _("cannot publish to %s: it is a file, not a folder"), dir);
      return NULL;
    }
  parent = g_path_get_dirname (dir);
  if (g_mkdir_with_parents (parent, 0755) != 0)
    {
      fail_errno (error, errno, FAILED_CREATE_FOLDER, parent);
      return NULL;
    }
  remove_leftovers (dir);
  prefix = sibling_prefix (dir);
  building = g_strconcat (parent, G_DIR_SEPARATOR_S, prefix, "new-XXXXXX", NULL);
  if (g_mkdtemp_full (building, 0755) == NULL || g_chmod (building, 0755) != 0)
    {
      int saved = errno;

      if (is_refusal (saved) && g_file_test (dir, G_FILE_TEST_IS_DIR))
        return new_inside (dir, error);
      fail_errno (error, saved, FAILED_CREATE_FOLDER, building);
      return NULL;
    }
  return publish_set_new (dir, g_steal_pointer (&building), FALSE);
}

/* The folders of a new set: private/ may be entered (to fetch a feed by its secret name) but
 * not listed; the rest are readable by all, whatever the umask. */
static gboolean
make_folder (HubrotaPublishSet *self, const char *folder, GError **error)
{
  g_autofree char *base = g_path_get_basename (folder);
  int mode = g_str_equal (base, PRIVATE_FOLDER) ? 0711 : 0755;

  if (g_str_equal (folder, self->building) || g_hash_table_contains (self->folders, folder))
    return TRUE;
  if (g_mkdir_with_parents (folder, mode) != 0 || g_chmod (folder, mode) != 0)
    return fail_errno (error, errno, FAILED_CREATE_FOLDER, folder);
  g_hash_table_add (self->folders, g_strdup (folder));
  return TRUE;
}

/* A new file of the new set, in as few system calls as will do (an export writes two thousand):
 * no temporary name and no fsync, as nobody sees the set before it is synced whole in
 * commit; fchmod so the umask does not decide who may read it. */
static gboolean
write_file (const char *path, const char *contents, GError **error)
{
  gsize length = strlen (contents);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
  int saved = 0;

  if (fd < 0)
    return fail_errno (error, errno, FAILED_CREATE, path);
  if (fchmod (fd, 0644) != 0)
    saved = errno;
  while (saved == 0 && length > 0)
    {
      gssize written = write (fd, contents, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        saved = errno;
      else
        {
          contents += written;
          length -= (gsize) written;
        }
    }
  if (close (fd) != 0 && saved == 0)
    saved = errno;
  return saved == 0 || fail_errno (error, saved, FAILED_WRITE, path);
}

/* A file of the old set brought into the new: a second name for it (the two are side by
 * side, on one file system), or a copy where links are not allowed. */
static gboolean
carry_file (const char *from, const char *to, GError **error)
{
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;

  if (link (from, to) == 0)
    return TRUE;
  source = g_file_new_for_path (from);
  target = g_file_new_for_path (to);
  return g_file_copy (source, target, G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_ALL_METADATA,
                      NULL, NULL, NULL, error);
}

/* Whether the published file at path holds exactly contents (length bytes). */
static gboolean
is_unchanged (const char *path, const char *contents, gsize length)
{
  g_autofree char *published = NULL;
  GStatBuf info;
  gsize published_length;

  if (g_lstat (path, &info) != 0 || !S_ISREG (info.st_mode) || (gsize) info.st_size != length ||
      !g_file_get_contents (path, &published, &published_length, NULL))
    return FALSE;
  return published_length == length && memcmp (published, contents, length) == 0;
}

gboolean
hubrota_publish_set_add (HubrotaPublishSet  *self,
                         const char         *relative,
                         const char         *contents,
                         GError            **error)
{
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *published = NULL;

  g_return_val_if_fail (self != NULL && !self->committed, FALSE);
  g_return_val_if_fail (relative != NULL && contents != NULL, FALSE);

  path = g_build_filename (self->building, relative, NULL);
  folder = g_path_get_dirname (path);
  published = g_build_filename (self->dir, relative, NULL);
  if (!make_folder (self, folder, error))
    return FALSE;
  if (self->inside)
    g_hash_table_add (self->files, g_strdup (relative));
  /* A file that has not changed goes on as the same file, with its modification time: a web
   * server's ETag and Last-Modified stay the same, and a calendar's next poll gets a 304
   * instead of the whole feed again. */
  if (is_unchanged (published, contents, strlen (contents)))
    return carry_file (published, path, error);
  /* Synced with the whole set in commit, not file by file. */
  return write_file (path, contents, error);
}

/* Walks the old set below relative ("" at the top), bringing over what the new set lacks and
 * keep wants. */
static gboolean
carry_over (HubrotaPublishSet  *self,
            const char         *relative,
            HubrotaPublishKeep  keep,
            gpointer            user_data,
            GError            **error)
{
  g_autofree char *folder = g_build_filename (self->dir, relative, NULL);
  g_autoptr(GDir) listing = g_dir_open (folder, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = relative[0] != '\0' ? g_build_filename (relative, name, NULL)
                                                   : g_strdup (name);
      g_autofree char *from = g_build_filename (self->dir, child, NULL);
      g_autofree char *to = g_build_filename (self->building, child, NULL);
      GStatBuf info;

      if (g_lstat (from, &info) != 0 || g_str_equal (from, self->building))
        continue;
      if (S_ISDIR (info.st_mode))
        {
          if (!make_folder (self, to, error) || !carry_over (self, child, keep, user_data, error))
            return FALSE;
          continue;
        }
      if (g_file_test (to, G_FILE_TEST_EXISTS) || !keep (child, user_data))
        continue;
      if (!carry_file (from, to, error))
        return FALSE;
      if (self->inside)
        g_hash_table_add (self->files, g_strdup (child));
    }
  return TRUE;
}

/* Once for the whole set: every file written and every folder made. syncfs(2) writes back and
 * waits for every dirty page and inode of the file system the set is on (and, since Linux 5.8,
 * reports a failed writeback), so after it the new files' data and names are on disk before the
 * swap makes them the published set. That is one call for the set where an fsync per file
 * would be one journal commit per file (two thousand for the officers' feeds); and an fsync of
 * the folders alone would not do, as it persists names, not the files' data. */
static gboolean
sync_folder (const char *folder, gboolean whole_file_system, GError **error)
{
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int result;

  if (fd < 0)
    return fail_errno (error, errno, FAILED_OPEN, folder);
  result = whole_file_system ? syncfs (fd) : fsync (fd);
  close (fd);
  return result == 0 || fail_errno (error, errno, FAILED_SYNC, folder);
}

/* The new set where the folder was, in one step when the file system can exchange. */
static gboolean
swap_in (HubrotaPublishSet *self, GError **error)
{
  g_autofree char *old = NULL;

  if (!g_file_test (self->dir, G_FILE_TEST_EXISTS))
    {
      if (g_rename (self->building, self->dir) != 0)
        return fail_errno (error, errno, FAILED_PUT_IN_PLACE, self->dir);
      g_clear_pointer (&self->building, g_free);
      return TRUE;
    }
  if (renameat2 (AT_FDCWD, self->building, AT_FDCWD, self->dir, RENAME_EXCHANGE) == 0)
    return TRUE;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
    return fail_errno (error, errno, FAILED_PUT_IN_PLACE, self->dir);
  /* No exchange here: the old set steps aside, then the new one takes its name. */
  old = g_strconcat (self->building, "-old", NULL);
  if (g_rename (self->dir, old) != 0)
    return fail_errno (error, errno, FAILED_MOVE_ASIDE, self->dir);
  if (g_rename (self->building, self->dir) != 0)
    {
      int saved = errno;
      g_rename (old, self->dir);
      return fail_errno (error, saved, FAILED_PUT_IN_PLACE, self->dir);
    }
  g_free (self->building);
  self->building = g_steal_pointer (&old);
  return TRUE;
}

/* Inside: each folder on the way to a published file (relative to dir) a real folder of the
 * set's mode, as swapping would have made it: a symbolic link in its place (private/ → some
 * other folder) would take the officers' feeds out of the published folder, and a private/
 * left listable would give their names away. */
static gboolean
make_published_folders (HubrotaPublishSet *self, const char *relative_folder, GError **error)
{
  g_auto(GStrv) parts = g_strsplit (relative_folder, G_DIR_SEPARATOR_S, -1);
  g_autofree char *path = g_strdup (self->dir);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      int mode = g_str_equal (parts[i], PRIVATE_FOLDER) ? 0711 : 0755;
      char *deeper = g_build_filename (path, parts[i], NULL);
      GStatBuf info;

      g_free (path);
      path = deeper;
      if (g_lstat (path, &info) != 0 || !S_ISDIR (info.st_mode))
        {
          remove_tree (path);
          if (g_mkdir (path, mode) != 0)
            return fail_errno (error, errno, FAILED_CREATE_FOLDER, path);
        }
      if (g_chmod (path, mode) != 0)
        return fail_errno (error, errno, FAILED_CREATE_FOLDER, path);
    }
  return TRUE;
}

/* Inside: each file of the new set renamed over its published name (a file that has not
 * changed is the same inode already, and rename leaves it be). */
static gboolean
move_each_in (HubrotaPublishSet *self, GError **error)
{
  g_autofree const char **files = (const char **) g_hash_table_get_keys_as_array (self->files, NULL);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *from = g_build_filename (self->building, files[i], NULL);
      g_autofree char *to = g_build_filename (self->dir, files[i], NULL);
      g_autofree char *folder = g_path_get_dirname (files[i]);

      if (!g_str_equal (folder, ".") && !make_published_folders (self, folder, error))
        return FALSE;
      if (g_rename (from, to) != 0)
        return fail_errno (error, errno, FAILED_PUT_IN_PLACE, to);
    }
  return TRUE;
}

/* Inside: what the published folder holds below relative that the new set does not. */
static void
remove_stale (HubrotaPublishSet *self, const char *relative)
{
  g_autofree char *folder = g_build_filename (self->dir, relative, NULL);
  g_autoptr(GDir) listing = g_dir_open (folder, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = relative[0] != '\0' ? g_build_filename (relative, name, NULL)
                                                   : g_strdup (name);
      g_autofree char *path = g_build_filename (self->dir, child, NULL);

      if (g_str_equal (path, self->building))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        {
          remove_stale (self, child);
          g_rmdir (path);   /* only if the new set left it empty */
        }
      else if (!g_hash_table_contains (self->files, child))
        g_unlink (path);
    }
}

static gboolean
commit_inside (HubrotaPublishSet *self, GError **error)
{
  g_autoptr(GError) sync_error = NULL;

  if (!move_each_in (self, error))
    return FALSE;
  remove_stale (self, "");
  /* Every file is in place by now: a failed sync is worth a warning, not a failure. */
  if (!sync_folder (self->dir, TRUE, &sync_error))
    g_warning ("%s", sync_error->message);
  return TRUE;
}

gboolean
hubrota_publish_set_commit (HubrotaPublishSet  *self,
                            HubrotaPublishKeep  keep,
                            gpointer            user_data,
                            GError            **error)
{
  g_autofree char *parent = NULL;
  g_autoptr(GError) sync_error = NULL;

  g_return_val_if_fail (self != NULL && !self->committed, FALSE);
  g_return_val_if_fail (keep != NULL, FALSE);

  parent = g_path_get_dirname (self->dir);
  if (!carry_over (self, "", keep, user_data, error) ||
      !sync_folder (self->building, TRUE, error))
    return FALSE;
  if (self->inside)
    {
      gboolean done = commit_inside (self, error);

      /* What is left of the building folder: carried files rename left in place. */
      remove_tree (self->building);
      self->committed = done;
      return done;
    }
  if (!swap_in (self, error))
    return FALSE;
  self->committed = TRUE;
  /* The swap itself on disk too; the new set is published either way. */
  if (!sync_folder (parent, FALSE, &sync_error))
    g_warning ("%s", sync_error->message);
  /* The old set, now at the sibling's name (or nothing, on a first publish). */
  if (self->building != NULL)
    remove_tree (self->building);
  return TRUE;
}

void
hubrota_publish_set_free (HubrotaPublishSet *self)
{
  if (self == NULL)
    return;
  if (!self->committed && self->building != NULL)
    remove_tree (self->building);
  g_free (self->dir);
  g_free (self->building);
  g_clear_pointer (&self->folders, g_hash_table_unref);
  g_clear_pointer (&self->files, g_hash_table_unref);
  g_free (self);
}
