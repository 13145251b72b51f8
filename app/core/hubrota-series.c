/* hubrota-series.c: a hub's recurring opening (or a one-off opening: a series with no RRULE)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaSeries"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>

#include "hubrota-london.h"
#include "hubrota-recurrence.h"
#include "hubrota-series-private.h"

struct _HubrotaSeries
{
  GObject parent_instance;

  gint64 id;
  char *hub;
  GDateTime *start;
  int duration_minutes;
  char *rrule;
  int min_officers;
  int revision;            /* the series' and its hub's, added to each opening's sequence */
  GDateTime *modified;     /* UTC, when either last changed; NULL when never */
};

G_DEFINE_FINAL_TYPE (HubrotaSeries, hubrota_series, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_HUB,
  PROP_START,
  PROP_DURATION_MINUTES,
  PROP_RRULE,
  PROP_MIN_OFFICERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hubrota_series_finalize (GObject *object)
{
  HubrotaSeries *self = (HubrotaSeries *) object;

  g_clear_pointer (&self->hub, g_free);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->rrule, g_free);
  g_clear_pointer (&self->modified, g_date_time_unref);

  G_OBJECT_CLASS (hubrota_series_parent_class)->finalize (object);
}

static void
hubrota_series_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HubrotaSeries *self = HUBROTA_SERIES (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_HUB:
      g_value_set_string (value, self->hub);
      break;
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_DURATION_MINUTES:
      g_value_set_int (value, self->duration_minutes);
      break;
    case PROP_RRULE:
      g_value_set_string (value, self->rrule);
      break;
    case PROP_MIN_OFFICERS:
      g_value_set_int (value, self->min_officers);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_series_class_init (HubrotaSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hubrota_series_finalize;
  object_class->get_property = hubrota_series_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_HUB] = g_param_spec_string ("hub", NULL, NULL, NULL, flags);
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_DURATION_MINUTES] =
    g_param_spec_int ("duration-minutes", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_RRULE] = g_param_spec_string ("rrule", NULL, NULL, NULL, flags);
  properties[PROP_MIN_OFFICERS] =
    g_param_spec_int ("min-officers", NULL, NULL, 0, G_MAXINT, 1, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hubrota_series_init (HubrotaSeries *self)
{
  self->min_officers = 1;
}

HubrotaSeries *
hubrota_series_new (const char *hub,
                    GDateTime  *start,
                    int         duration_minutes,
                    const char *rrule)
{
  HubrotaSeries *self;

  g_return_val_if_fail (hub != NULL, NULL);
  g_return_val_if_fail (start != NULL, NULL);

  self = g_object_new (HUBROTA_TYPE_SERIES, NULL);
  self->hub = g_strdup (hub);
  self->start = g_date_time_to_timezone (start, hubrota_london_tz ());
  self->duration_minutes = duration_minutes;
  self->rrule = rrule != NULL && *rrule != '\0' ? g_strdup (rrule) : NULL;
  return self;
}

gint64
hubrota_series_get_id (HubrotaSeries *self)
{
  g_return_val_if_fail (HUBROTA_IS_SERIES (self), 0);
  return self->id;
}

void
_hubrota_series_set_id (HubrotaSeries *self,
                        gint64         id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_hubrota_series_set_revision (HubrotaSeries *self,
                              int            revision,
                              GDateTime     *modified)
{
  self->revision = revision;
  g_clear_pointer (&self->modified, g_date_time_unref);
  if (modified != NULL)
    self->modified = g_date_time_ref (modified);
}

int
_hubrota_series_get_revision (HubrotaSeries *self)
{
  return self->revision;
}

GDateTime *
_hubrota_series_get_modified (HubrotaSeries *self)
{
  return self->modified;
}

const char *
hubrota_series_get_hub (HubrotaSeries *self)
{
  g_return_val_if_fail (HUBROTA_IS_SERIES (self), NULL);
  return self->hub;
}

GDateTime *
hubrota_series_get_start (HubrotaSeries *self)
{
  g_return_val_if_fail (HUBROTA_IS_SERIES (self), NULL);
  return self->start;
}

int
hubrota_series_get_duration_minutes (HubrotaSeries *self)
{
  g_return_val_if_fail (HUBROTA_IS_SERIES (self), 0);
  return self->duration_minutes;
}

const char *
hubrota_series_get_rrule (HubrotaSeries *self)
{
  g_return_val_if_fail (HUBROTA_IS_SERIES (self), NULL);
  return self->rrule;
}

int
hubrota_series_get_min_officers (HubrotaSeries *self)
{
  g_return_val_if_fail (HUBROTA_IS_SERIES (self), 0);
  return self->min_officers;
}

void
hubrota_series_set_min_officers (HubrotaSeries *self,
                                 int            min_officers)
{
  g_return_if_fail (HUBROTA_IS_SERIES (self));

  if (self->min_officers == min_officers)
    return;
  self->min_officers = min_officers;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_OFFICERS]);
}

void
hubrota_series_set_start (HubrotaSeries *self,
                          GDateTime     *start)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_if_fail (HUBROTA_IS_SERIES (self));
  g_return_if_fail (start != NULL);

  local = g_date_time_to_timezone (start, hubrota_london_tz ());
  if (g_date_time_equal (local, self->start))
    return;
  g_date_time_unref (self->start);
  self->start = g_steal_pointer (&local);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

void
hubrota_series_set_duration_minutes (HubrotaSeries *self,
                                     int            duration_minutes)
{
  g_return_if_fail (HUBROTA_IS_SERIES (self));

  if (self->duration_minutes == duration_minutes)
    return;
  self->duration_minutes = duration_minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION_MINUTES]);
}

/* NULL or "" makes it a one-off opening. */
void
hubrota_series_set_rrule (HubrotaSeries *self,
                          const char    *rrule)
{
  g_return_if_fail (HUBROTA_IS_SERIES (self));

  if (rrule != NULL && *rrule == '\0')
    rrule = NULL;
  if (g_strcmp0 (self->rrule, rrule) == 0)
    return;
  g_free (self->rrule);
  self->rrule = g_strdup (rrule);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RRULE]);
}

/* The COUNT (0 for none) or the UNTIL day (NULL for none) of a rule. */
static void
read_limit (const char *rrule, int *out_count, GDateTime **out_until)
{
  struct icalrecurrencetype recur;

  *out_count = 0;
  *out_until = NULL;
  icalerror_clear_errno ();
  recur = icalrecurrencetype_from_string (rrule);
  g_free (recur.rscale);
  if (recur.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      return;
    }
  if (recur.count > 0)
    *out_count = recur.count;
  else if (!icaltime_is_null_time (recur.until))
    *out_until = g_date_time_new_utc (recur.until.year, recur.until.month, recur.until.day,
                                      0, 0, 0);
}

/* The text with its first letter as at the start of a sentence. */
static char *
capitalise (const char *text)
{
  GString *capital = g_string_new (NULL);

  if (*text == '\0')
    return g_string_free (capital, FALSE);
  g_string_append_unichar (capital, g_unichar_totitle (g_utf8_get_char (text)));
  g_string_append (capital, g_utf8_next_char (text));
  return g_string_free (capital, FALSE);
}

/* "Every Saturday, 10:00–13:00, from 5 December 2026", or the RRULE itself when the rule
 * is beyond words: never lose what is stored. */
char *
hubrota_series_describe (HubrotaSeries *self)
{
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *from = NULL;
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;
  g_autofree char *times = NULL;
  g_autofree char *last = NULL;
  int count = 0;

  g_return_val_if_fail (HUBROTA_IS_SERIES (self), NULL);

  end = g_date_time_add_minutes (self->start, self->duration_minutes);
  opens = hubrota_london_format_clock (self->start);
  closes = hubrota_london_format_clock (end);
  /* Translators: when an opening opens and closes: "10:00–13:00". */
  times = g_strdup_printf (C_("time range", "%s–%s"), opens, closes);
  pattern = hubrota_recurrence_describe (self->start, self->rrule);
  if (pattern == NULL)
    pattern = g_strdup_printf ("RRULE %s", self->rrule);
  else
    {
      char *sentence = capitalise (pattern);

      g_free (pattern);
      pattern = sentence;
    }
  if (self->rrule == NULL)
    /* Translators: a one-off opening, "Once, on Wednesday 23 December 2026, 11:00–12:30": its
     * day, then its times. */
    return g_strdup_printf (C_("one-off opening", "%s, %s"), pattern, times);

  /* Translators: a layout for g_date_time_format (): "27 March 2027". %-d is the day of the
   * month, %B the month's name (as it reads after a day number) and %Y the year. */
  from = g_date_time_format (self->start, _("%-d %B %Y"));
  read_limit (self->rrule, &count, &until);
  if (count > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: a series of openings, "The first
                                          * Saturday of each month, 10:00–12:00, from 5
                                          * December 2026 (6 times)": how it repeats, its
                                          * times, its first day and how many openings it
                                          * has. */
                                         "%s, %s, from %s (%d time)",
                                         "%s, %s, from %s (%d times)", count),
                            pattern, times, from, count);
  if (until != NULL)
    {
      last = g_date_time_format (until, _("%-d %B %Y"));
      /* Translators: a series of openings, "Every Tuesday and Thursday, 10:00–11:00, from 1
       * December 2026 until 27 March 2027": how it repeats, its times, its first day and its
       * last. */
      return g_strdup_printf (_("%s, %s, from %s until %s"), pattern, times, from, last);
    }
  /* Translators: a series of openings, "Every Saturday, 10:00–13:00, from 5 December 2026":
   * how it repeats, its times and its first day. */
  return g_strdup_printf (_("%s, %s, from %s"), pattern, times, from);
}
