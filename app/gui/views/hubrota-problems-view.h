/* hubrota-problems-view.h: the week's findings, grouped by rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

#define HUBROTA_TYPE_PROBLEMS_VIEW (hubrota_problems_view_get_type ())
G_DECLARE_FINAL_TYPE (HubrotaProblemsView, hubrota_problems_view, HUBROTA, PROBLEMS_VIEW, GtkWidget)

/* findings: HubrotaFinding to list, followed as they change. */
void  hubrota_problems_view_bind        (HubrotaProblemsView *self,
                                         GListModel          *findings);
/* How many findings are listed under the rule. */
guint hubrota_problems_view_count_rule  (HubrotaProblemsView *self,
                                         HubrotaRule          rule);
/* The row of the index-th finding listed, for tests and keyboard focus. */
GtkWidget *hubrota_problems_view_get_row (HubrotaProblemsView *self,
                                          guint                index);

G_END_DECLS
