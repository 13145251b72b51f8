/* hubrota-text.h: which characters text may hold, and text made safe to show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A character that does something instead of showing: a control (Cc), invisible formatting
 * (Cf) other than the joiners some scripts need, a line or paragraph separator (Zl, Zp). */
gboolean hubrota_text_is_hidden (gunichar c);

/* (transfer full): text with every hidden character but the line feed, the tab and the
 * direction marks (LRM, RLM, ALM and the isolates, which the Urdu words use) shown as
 * ‘<U+001B>’, and every byte that is not UTF-8 as U+FFFD, so that nothing a database holds
 * can move a terminal's cursor, change its colours or turn a line round (U+202E stays
 * shown). */
char *hubrota_text_printable (const char *text);

G_END_DECLS
