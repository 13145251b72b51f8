/* hubrota-fairness-dialog.h: who carries the hub work, by role and by beat, with a chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_FAIRNESS_DIALOG (hubrota_fairness_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaFairnessDialog, hubrota_fairness_dialog, HUBROTA, FAIRNESS_DIALOG,
                      AdwWindow)

/* Counts the hub work of [from, to] (local dates) in a worker thread with its own connection
 * to the store's file, then shows it. */
GtkWidget       *hubrota_fairness_dialog_new        (GtkWindow       *parent,
                                                     HubrotaStore    *store,
                                                     const GDate     *from,
                                                     const GDate     *to);
/* The report shown, or NULL while it is being counted (or could not be). */
HubrotaFairness *hubrota_fairness_dialog_get_report (HubrotaFairnessDialog *self);

G_END_DECLS
