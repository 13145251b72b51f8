/* hubrota-rota-words.c: findings put into plain English for coordinators
 *
 * In the present tense, as things are: where a finding is only a prediction (the picker, the
 * CLI's refusal) the words around it say "would".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaRota"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "hubrota-london.h"
#include "hubrota-rota-private.h"

static GDateTime *
local_time (gint64 t)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);

  return g_date_time_to_timezone (utc, hubrota_london_tz ());
}

static char *
format_time (gint64 t, const char *format)
{
  g_autoptr(GDateTime) local = local_time (t);

  return g_date_time_format (local, format);
}

/* "7 h", "2.5 h", "45 min" */
static char *
describe_seconds (gint64 seconds)
{
  if (seconds < 3600)
    /* Translators: a length of time in minutes, such as "45 min" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" PRId64 " min", "%" PRId64 " min",
                                         (gulong) (seconds / 60)),
                            (int64_t) (seconds / 60));
  if (seconds % 3600 == 0)
    /* Translators: a length of time in whole hours, such as "7 h" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" PRId64 " h", "%" PRId64 " h",
                                         (gulong) (seconds / 3600)),
                            (int64_t) (seconds / 3600));
  /* Translators: a length of time in hours with one decimal, such as "2.5 h" */
  return g_strdup_printf (_("%.1f h"), seconds / 3600.0);
}

static const char *
hub_name (HubrotaRota *self, int occurrence)
{
  const char *slug = hubrota_occurrence_get_hub (OCCURRENCE (self, occurrence)->object);
  const char *name = g_hash_table_lookup (self->hub_names, slug);

  return name != NULL ? name : slug;
}

static char *
describe_officer (HubrotaRota *self, int officer)
{
  HubrotaOfficer *object = OFFICER (self, officer)->object;

  return g_strdup_printf ("%s %s", hubrota_officer_get_id (object),
                          hubrota_officer_get_name (object));
}

static char *
describe_opening (HubrotaRota *self, int occurrence)
{
  RotaOccurrence *x = OCCURRENCE (self, occurrence);
  g_autofree char *when = hubrota_london_format_range (x->start, x->end);

  /* Translators: an opening of a hub, put into the findings' sentences: the first %s is the
   * hub's name, the second its day and times, as in "Kempston Library on Sat 5 Dec 10:00–12:00" */
  return g_strdup_printf (C_("opening", "%s on %s"), hub_name (self, occurrence), when);
}

static const char *
beat_name (HubrotaRota *self, int beat)
{
  return hubrota_beat_get_name (BEAT (self, beat)->object);
}

static char *
say_double_booked (HubrotaRota *self, const RotaFinding *f)
{
  g_autofree char *who = describe_officer (self, f->officer);
  g_autofree char *first = describe_opening (self, f->other);
  g_autofree char *second = describe_opening (self, f->occurrence);

  /* Translators: the first %s is the officer, as in "PC1001 Sam Patel"; the second and third
   * are openings, as in "Kempston Library on Sat 5 Dec 10:00–12:00" */
  return g_strdup_printf (_("%s is in two places at once: %s overlaps %s"), who, second, first);
}

static char *
say_on_leave (HubrotaRota *self, const RotaFinding *f)
{
  RotaAbsence *absence = &g_array_index (OFFICER (self, f->officer)->absences, RotaAbsence,
                                         f->other);
  g_autofree char *who = describe_officer (self, f->officer);
  g_autofree char *opening = describe_opening (self, f->occurrence);
  g_autofree char *away = hubrota_london_format_range (absence->start, absence->end);

  if (*absence->reason != '\0')
    /* Translators: the first %s is the officer, as in "PC1001 Sam Patel"; the second the
     * reason for the absence, as in "Annual leave" or "left on 2 Jan 2027"; the third the
     * absence's days and times; the fourth an opening, as in
     * "Kempston Library on Sat 5 Dec 10:00–12:00" */
    return g_strdup_printf (_("%s is away (%s) from %s, during %s"), who, absence->reason, away,
                            opening);
  /* Translators: the first %s is the officer, as in "PC1001 Sam Patel"; the second the
   * absence's days and times; the third an opening, as in
   * "Kempston Library on Sat 5 Dec 10:00–12:00" */
  return g_strdup_printf (_("%s is away from %s, during %s"), who, away, opening);
}

static char *
say_off_duty (HubrotaRota *self, const RotaFinding *f)
{
  g_autofree char *who = describe_officer (self, f->officer);
  g_autofree char *opening = describe_opening (self, f->occurrence);
  g_autofree char *outside = describe_seconds (f->amount);

  if (f->amount == f->total)
    /* Translators: the first %s is the officer, as in "PC1001 Sam Patel"; the second an
     * opening, as in "Kempston Library on Sat 5 Dec 10:00–12:00" */
    return g_strdup_printf (_("%s is not on duty at all during %s, so it is overtime"),
                            who, opening);
  /* Translators: the first %s is the officer, as in "PC1001 Sam Patel"; the second a length
   * of time, as in "45 min"; the third an opening, as in
   * "Kempston Library on Sat 5 Dec 10:00–12:00" */
  return g_strdup_printf (_("%s is off duty for %s of %s, so that part is overtime"),
                          who, outside, opening);
}

static char *
say_abstraction (HubrotaRota *self, const RotaFinding *f)
{
  g_autofree char *who = describe_officer (self, f->officer);
  /* Translators: the Monday a week starts, as in "Mon 7 Dec 2026"; a g_date_time_format()
   * layout: %a the short day name, %-d the day, %b the short month name, %Y the year */
  g_autofree char *week = format_time (f->start, _("%a %-d %b %Y"));
  g_autofree char *away = describe_seconds (f->amount);
  g_autofree char *on_duty = describe_seconds (f->total);
  double limit = hubrota_beat_get_abstraction_limit (BEAT (self, f->beat)->object);

  if (f->total == 0)
    /* Translators: the first %s is the officer, as in "PC1001 Sam Patel"; the second a length
     * of time, as in "7 h"; the third the name of their beat; the fourth the Monday the week
     * starts, as in "Mon 7 Dec 2026" */
    return g_strdup_printf (_("%s spends %s at hubs outside %s in the week of %s, with no duty "
                              "that week to set it against"), who, away, beat_name (self, f->beat),
                            week);
  /* Translators: the first %s is the officer, as in "PC1001 Sam Patel"; the second and third
   * lengths of time, as in "7 h" and "37.5 h"; the fourth the name of their beat; the fifth
   * the Monday the week starts, as in "Mon 7 Dec 2026"; %.1f%% the share, as in "18.7%", and
   * %g%% the beat's limit, as in "15%" */
  return g_strdup_printf (_("%s spends %s of %s on duty at hubs outside %s in the week of %s "
                            "(%.1f%%), over the beat’s %g%% abstraction limit"), who, away,
                          on_duty, beat_name (self, f->beat), week, 100.0 * f->amount / f->total,
                          limit);
}

static char *
say_uncovered (HubrotaRota *self, const RotaFinding *f)
{
  g_autofree char *when = hubrota_london_format_range (f->start, f->end);

  /* Translators: the first %s is a beat's name, the second days and times, as in
   * "Sat 5 Dec 10:00–12:00" */
  return g_strdup_printf (_("%s has nobody on the beat %s: every one of its officers on duty "
                            "then is at a hub outside it"), beat_name (self, f->beat), when);
}

static char *
say_hotspot (HubrotaRota *self, const RotaFinding *f)
{
  HubrotaHotspot *hotspot = g_ptr_array_index (BEAT (self, f->beat)->hotspots, f->hotspot);
  /* Translators: a day, as in "Sat 5 Dec"; a g_date_time_format() layout: %a the short day
   * name, %-d the day, %b the short month name */
  g_autofree char *from = format_time (f->start, _("%a %-d %b"));
  g_autofree char *to = format_time (f->end - 1, _("%a %-d %b"));

  /* Translators: the first %s is a beat's name, the second and third days, as in
   * "Sat 5 Dec", the fourth a hotspot's name, as in "Castle shopping parade" */
  return g_strdup_printf (_("No %s officer has 15 minutes on duty on the beat from %s to %s, so "
                            "the patrol of %s due every three days is at risk"),
                          beat_name (self, f->beat), from, to, hubrota_hotspot_get_name (hotspot));
}

static char *
say_understaffed (HubrotaRota *self, const RotaFinding *f)
{
  g_autofree char *opening = describe_opening (self, f->occurrence);

  if (f->amount == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %s is an opening, as in "Kempston
                                          * Library on Sat 5 Dec 10:00–12:00"; the number is how
                                          * many officers it needs */
                                         "%s needs %" PRId64 " officer and has nobody yet",
                                         "%s needs %" PRId64 " officers and has nobody yet",
                                         (gulong) f->total),
                            opening, (int64_t) f->total);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %s is an opening, as in "Kempston Library
                                        * on Sat 5 Dec 10:00–12:00"; the first number is how many
                                        * officers it needs, the second how many it has */
                                       "%s needs %" PRId64 " officer and has %" PRId64,
                                       "%s needs %" PRId64 " officers and has %" PRId64,
                                       (gulong) f->total),
                          opening, (int64_t) f->total, (int64_t) f->amount);
}

static char *
say (HubrotaRota *self, const RotaFinding *f)
{
  switch (f->rule)
    {
    case HUBROTA_RULE_DOUBLE_BOOKED:
      return say_double_booked (self, f);
    case HUBROTA_RULE_ON_LEAVE:
      return say_on_leave (self, f);
    case HUBROTA_RULE_OFF_DUTY:
      return say_off_duty (self, f);
    case HUBROTA_RULE_ABSTRACTION_LIMIT:
      return say_abstraction (self, f);
    case HUBROTA_RULE_BEAT_UNCOVERED:
      return say_uncovered (self, f);
    case HUBROTA_RULE_HOTSPOT_PATROL_AT_RISK:
      return say_hotspot (self, f);
    case HUBROTA_RULE_UNDERSTAFFED:
      return say_understaffed (self, f);
    default:
      g_assert_not_reached ();
    }
}

static HubrotaFinding *
describe_one (HubrotaRota *self, const RotaFinding *f)
{
  g_autofree char *message = say (self, f);
  g_autoptr(GDateTime) start = local_time (f->start);
  g_autoptr(GDateTime) end = local_time (f->end);
  const char *officer = NULL, *hub = NULL, *beat = NULL, *hotspot = NULL;
  HubrotaFinding *finding;

  if (f->officer != NONE)
    officer = hubrota_officer_get_id (OFFICER (self, f->officer)->object);
  if (f->occurrence != NONE)
    hub = hubrota_occurrence_get_hub (OCCURRENCE (self, f->occurrence)->object);
  if (f->beat != NONE)
    beat = hubrota_beat_get_slug (BEAT (self, f->beat)->object);
  if (f->hotspot != NONE)
    hotspot = hubrota_hotspot_get_slug (g_ptr_array_index (BEAT (self, f->beat)->hotspots,
                                                           f->hotspot));
  finding = hubrota_finding_new (f->rule, officer, hub, beat, hotspot, start, end, message);
  if (f->occurrence != NONE)
    hubrota_finding_set_occurrence (finding, OCCURRENCE (self, f->occurrence)->object);
  if (f->rule == HUBROTA_RULE_DOUBLE_BOOKED)
    hubrota_finding_set_other_occurrence (finding, OCCURRENCE (self, f->other)->object);
  hubrota_finding_set_measure (finding, f->amount, f->total);
  return finding;
}

GPtrArray *
_hubrota_rota_describe (HubrotaRota  *self,
                        const GArray *findings)
{
  GPtrArray *out = g_ptr_array_new_full (findings->len, g_object_unref);

  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (out, describe_one (self, &g_array_index (findings, RotaFinding, i)));
  return out;
}
