/* hubrota-file-chooser.h: asking for a file or a folder, on every GTK Hubrota builds with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  HUBROTA_CHOOSE_FOLDER,    /* an existing folder */
  HUBROTA_CHOOSE_DATABASE,  /* an existing database file */
  HUBROTA_CHOOSE_NEW_FILE,  /* a name for a file to create */
  HUBROTA_CHOOSE_CSV,       /* an existing CSV file, as `officer import` reads */
} HubrotaChooseMode;

/* file: (nullable): the choice, or NULL when the person cancelled. */
typedef void (*HubrotaFileChosenFunc) (GObject *owner,
                                       GFile   *file);

/* Shows the portal's (or GTK's) file chooser, modal to parent. owner is kept alive until
 * callback has been called with it. initial_name: (nullable): for HUBROTA_CHOOSE_NEW_FILE. */
void hubrota_choose_file (GtkWindow             *parent,
                          HubrotaChooseMode      mode,
                          const char            *title,
                          const char            *accept_label,
                          const char            *initial_name,
                          GObject               *owner,
                          HubrotaFileChosenFunc  callback);

G_END_DECLS
