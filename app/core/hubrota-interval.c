/* hubrota-interval.c: half-open time ranges in Unix seconds, and sets of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaInterval"

#include "config.h"

#include "hubrota-interval.h"

#define AT(array, i) (g_array_index ((array), HubrotaInterval, (i)))

GArray *
hubrota_intervals_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (HubrotaInterval));
}

static int
compare_starts (gconstpointer a, gconstpointer b)
{
  const HubrotaInterval *x = a, *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

void
hubrota_intervals_normalise (GArray *intervals)
{
  guint kept = 0;

  g_array_sort (intervals, compare_starts);
  for (guint i = 0; i < intervals->len; i++)
    {
      HubrotaInterval next = AT (intervals, i);

      if (next.end <= next.start)
        continue;
      if (kept > 0 && next.start <= AT (intervals, kept - 1).end)
        AT (intervals, kept - 1).end = MAX (AT (intervals, kept - 1).end, next.end);
      else
        AT (intervals, kept++) = next;
    }
  g_array_set_size (intervals, kept);
}

guint
hubrota_intervals_search (const GArray *set,
                          gint64        t)
{
  guint low = 0, high = set->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (AT (set, middle).end <= t)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

gint64
hubrota_intervals_measure (const GArray *set,
                           gint64        start,
                           gint64        end)
{
  gint64 total = 0;

  for (guint i = hubrota_intervals_search (set, start); i < set->len && AT (set, i).start < end; i++)
    total += MIN (end, AT (set, i).end) - MAX (start, AT (set, i).start);
  return total;
}

gboolean
hubrota_intervals_contain (const GArray *set,
                           gint64        start,
                           gint64        end)
{
  guint i = hubrota_intervals_search (set, start);

  return i < set->len && AT (set, i).start <= start && AT (set, i).end >= end;
}

void
hubrota_intervals_clip (const GArray *set,
                        gint64        start,
                        gint64        end,
                        GArray       *out)
{
  for (guint i = hubrota_intervals_search (set, start); i < set->len && AT (set, i).start < end; i++)
    {
      HubrotaInterval part = { MAX (start, AT (set, i).start), MIN (end, AT (set, i).end) };
      g_array_append_val (out, part);
    }
}

void
hubrota_intervals_subtract (const GArray *a,
                            const GArray *b,
                            GArray       *out)
{
  guint j = 0;

  for (guint i = 0; i < a->len; i++)
    {
      gint64 cursor = AT (a, i).start;
      gint64 end = AT (a, i).end;

      while (j < b->len && AT (b, j).end <= cursor)
        j++;
      for (guint k = j; k < b->len && AT (b, k).start < end; k++)
        {
          if (AT (b, k).start > cursor)
            {
              HubrotaInterval part = { cursor, AT (b, k).start };
              g_array_append_val (out, part);
            }
          cursor = MAX (cursor, AT (b, k).end);
        }
      if (cursor < end)
        {
          HubrotaInterval part = { cursor, end };
          g_array_append_val (out, part);
        }
    }
}
