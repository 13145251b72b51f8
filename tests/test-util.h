/* test-util.h: what several test programs need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deletes a temporary folder and everything in it. */
void test_remove_tree (const char *path);

G_END_DECLS
