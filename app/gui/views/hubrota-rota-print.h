/* hubrota-rota-print.h: the week's rota as a printed notice, on paper or in a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

/* Prints the openings of the week starting monday (as the window shows them) with the print
 * dialog. openings: HubrotaOccurrence; scope_title: "All Hubs" or a hub's name. */
void     hubrota_rota_print        (GtkWindow    *parent,
                                    HubrotaRota  *rota,
                                    GPtrArray    *openings,
                                    const GDate  *monday,
                                    const char   *scope_title);
/* The same pages straight into a PDF file (GTK_PRINT_OPERATION_ACTION_EXPORT), for tests and
 * "Save as PDF". */
gboolean hubrota_rota_print_to_pdf (HubrotaRota  *rota,
                                    GPtrArray    *openings,
                                    const GDate  *monday,
                                    const char   *scope_title,
                                    const char   *pdf_path,
                                    GError      **error);

G_END_DECLS
