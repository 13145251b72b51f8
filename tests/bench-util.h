/* bench-util.h: what the benchmarks share: timing and medians
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Milliseconds of wall time since start (g_get_monotonic_time ()). */
double bench_ms_since (gint64  start);
/* CPU time of the process (every thread), which a busy machine does not inflate as it does
 * wall time. */
double bench_cpu_ms   (void);
/* The median of doubles (0 for none); sorts them. */
double bench_median   (GArray *values);

G_END_DECLS
