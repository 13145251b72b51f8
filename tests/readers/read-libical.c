/* read-libical.c: one published feed as libical reads it, and whether libical finds it valid
 *
 * Prints one line per VEVENT, sorted: UID, start and end in UTC, STATUS and SUMMARY, separated
 * by tabs (the format test-readers.py compares). A TZID is resolved only by the zone built
 * here from the feed's own VTIMEZONE: icalproperty_get_dtstart would quietly fall back on
 * libical's builtin zones (the system's zoneinfo) for a TZID the file does not define, so the
 * raw values are read and given their zone by hand.
 *
 * Then icalrestriction_check () holds the calendar to RFC 5545 and, with a METHOD, to the iTIP
 * rules of RFC 5546; what it (or the parser) objects to comes back as X-LIC-ERROR properties,
 * which are listed on stderr, each once. Not how many times: libical 3.0.16 stops checking at
 * the first component it finds wrong, and may give that one the same error dozens of times.
 * Exit status: 0 when the feed is valid, 1 when it is not (the lines are still printed), 2 when
 * it cannot be read at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <libical/ical.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

/* Every error here is one kind: the feed says something this reader cannot take. */
#define READER_ERROR (g_quark_from_static_string ("read-libical"))

typedef struct
{
  GHashTable *zones;      /* TZID → icaltimezone, built from the file's VTIMEZONEs */
  GHashTable *problems;   /* "VEVENT: text (type)", a set */
} Reader;

static void
free_zone (gpointer zone)
{
  icaltimezone_free (zone, 1);
}

/* The feed's text may hold newlines and tabs: escaped, an event stays on one line. */
static char *
escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '\\': g_string_append (out, "\\\\"); break;
      case '\t': g_string_append (out, "\\t"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      default: g_string_append_c (out, *p);
      }
  return g_string_free (out, FALSE);
}

static gboolean
build_zones (Reader *reader, icalcomponent *calendar, GError **error)
{
  for (icalcomponent *vtimezone = icalcomponent_get_first_component (calendar,
                                                                     ICAL_VTIMEZONE_COMPONENT);
       vtimezone != NULL;
       vtimezone = icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT))
    {
      icaltimezone *zone = icaltimezone_new ();
      const char *tzid;

      /* The zone takes the component for its own, and the calendar keeps its copy. */
      if (!icaltimezone_set_component (zone, icalcomponent_new_clone (vtimezone)) ||
          (tzid = icaltimezone_get_tzid (zone)) == NULL)
        {
          icaltimezone_free (zone, 1);
          g_set_error (error, READER_ERROR, 0,
                       "libical cannot make a zone of a VTIMEZONE: %s",
                       icalerror_strerror (icalerrno));
          return FALSE;
        }
      g_hash_table_insert (reader->zones, g_strdup (tzid), zone);
    }
  return TRUE;
}

/* The property's time in UTC, as 2027-10-31T01:30:00Z, or "NONE" when the event has none. */
static char *
utc_text (Reader *reader, icalcomponent *event, icalproperty_kind kind, GError **error)
{
  icalproperty *property = icalcomponent_get_first_property (event, kind);
  const char *name = icalproperty_kind_to_string (kind);
  icalparameter *tzid_parameter;
  struct icaltimetype t, utc;

  if (property == NULL)
    return g_strdup ("NONE");
  t = icalvalue_get_datetime (icalproperty_get_value (property));
  if (icaltime_is_null_time (t) || t.is_date)
    {
      g_set_error (error, READER_ERROR, 0, "%s is not a date-time", name);
      return NULL;
    }

  tzid_parameter = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  if (tzid_parameter != NULL)
    {
      const char *tzid = icalparameter_get_tzid (tzid_parameter);
      icaltimezone *zone = g_hash_table_lookup (reader->zones, tzid);

      if (zone == NULL)
        {
          g_set_error (error, READER_ERROR, 0,
                       "%s;TZID=%s: the feed has no VTIMEZONE of that TZID", name, tzid);
          return NULL;
        }
      icaltime_set_timezone (&t, zone);
    }
  else if (!icaltime_is_utc (t))
    {
      g_set_error (error, READER_ERROR, 0,
                   "%s is a floating time, with neither TZID nor Z", name);
      return NULL;
    }

  utc = icaltime_convert_to_zone (t, icaltimezone_get_utc_timezone ());
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", utc.year, utc.month, utc.day,
                          utc.hour, utc.minute, utc.second);
}

static char *
event_line (Reader *reader, icalcomponent *event, GError **error)
{
  icalproperty *status = icalcomponent_get_first_property (event, ICAL_STATUS_PROPERTY);
  const char *uid = icalcomponent_get_uid (event);
  const char *summary = icalcomponent_get_summary (event);
  g_autofree char *start = NULL, *end = NULL, *escaped = NULL;

  if ((start = utc_text (reader, event, ICAL_DTSTART_PROPERTY, error)) == NULL ||
      (end = utc_text (reader, event, ICAL_DTEND_PROPERTY, error)) == NULL)
    {
      g_prefix_error (error, "%s: ", uid != NULL ? uid : "an event with no UID");
      return NULL;
    }
  escaped = escape (summary != NULL ? summary : "");
  return g_strdup_printf ("%s\t%s\t%s\t%s\t%s", uid != NULL ? uid : "NONE", start, end,
                          status != NULL
                            ? icalproperty_status_to_string (icalproperty_get_status (status))
                            : "NONE",
                          escaped);
}

/* Every X-LIC-ERROR in the component and those inside it. */
static void
collect_problems (Reader *reader, icalcomponent *component)
{
  const char *kind = icalcomponent_kind_to_string (icalcomponent_isa (component));

  for (icalproperty *error = icalcomponent_get_first_property (component,
                                                               ICAL_XLICERROR_PROPERTY);
       error != NULL;
       error = icalcomponent_get_next_property (component, ICAL_XLICERROR_PROPERTY))
    {
      icalparameter *type = icalproperty_get_first_parameter (error,
                                                              ICAL_XLICERRORTYPE_PARAMETER);
      char *problem = g_strdup_printf ("%s: %s (%s)", kind, icalproperty_get_xlicerror (error),
                                       type != NULL
                                         ? icalparameter_enum_to_string (
                                             icalparameter_get_xlicerrortype (type))
                                         : "no X-LIC-ERRORTYPE");

      g_hash_table_add (reader->problems, problem);
    }
  for (icalcomponent *child = icalcomponent_get_first_component (component, ICAL_ANY_COMPONENT);
       child != NULL;
       child = icalcomponent_get_next_component (component, ICAL_ANY_COMPONENT))
    collect_problems (reader, child);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GList) problems = NULL;
  Reader reader;
  int status = 0;

  if (argc != 2)
    {
      fprintf (stderr, "usage: read-libical FEED.ics\n");
      return 2;
    }
  if (!g_file_get_contents (argv[1], &text, NULL, &error))
    {
      fprintf (stderr, "read-libical: %s\n", error->message);
      return 2;
    }
  calendar = icalparser_parse_string (text);
  if (calendar == NULL || icalcomponent_isa (calendar) != ICAL_VCALENDAR_COMPONENT)
    {
      fprintf (stderr, "read-libical: %s is not one VCALENDAR\n", argv[1]);
      return 2;
    }

  reader.zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_zone);
  reader.problems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!build_zones (&reader, calendar, &error))
    status = 2;
  for (icalcomponent *event = icalcomponent_get_first_component (calendar,
                                                                 ICAL_VEVENT_COMPONENT);
       status == 0 && event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      char *line = event_line (&reader, event, &error);

      if (line == NULL)
        status = 2;
      else
        g_ptr_array_add (lines, line);
    }
  if (status != 0)
    fprintf (stderr, "read-libical: %s\n", error->message);
  else
    {
      g_ptr_array_sort (lines, compare_strings);
      for (guint i = 0; i < lines->len; i++)
        printf ("%s\n", (const char *) g_ptr_array_index (lines, i));

      /* The parser's errors are in the tree already; the check adds its own beside them. */
      icalrestriction_check (calendar);
      collect_problems (&reader, calendar);
      problems = g_list_sort (g_hash_table_get_keys (reader.problems), (GCompareFunc) strcmp);
      for (GList *l = problems; l != NULL; l = l->next)
        fprintf (stderr, "X-LIC-ERROR in %s\n", (const char *) l->data);
      if (problems != NULL)
        status = 1;
    }

  g_hash_table_unref (reader.problems);
  g_hash_table_unref (reader.zones);
  return status;
}
