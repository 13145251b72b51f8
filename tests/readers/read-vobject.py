#!/usr/bin/python3
# read-vobject.py: one published feed as vobject (Debian's python3-vobject) reads it
#
# Prints one line per VEVENT, sorted: UID, start and end in UTC, STATUS and SUMMARY, separated
# by tabs (the format test-readers.py compares). Times with a TZID must be resolved by the
# feed's own VTIMEZONE: vobject turns each VTIMEZONE into a dateutil tzical zone when it parses
# it, but looks a TZID with no VTIMEZONE up in pytz (rules of its own, when installed), so every
# zone is checked to be the file's before it is used.
#
# Run with /usr/bin/python3: vobject is a Debian package, not in other Pythons' paths.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import sys

import dateutil.tz
import vobject

# dateutil's class for a zone built from a VTIMEZONE; private, but it is what tells the feed's
# own zone from pytz's or the system's, and an AttributeError here is a loud failure.
VTIMEZONE_ZONE = dateutil.tz.tz._tzicalvtz


def escape(text):
    """Keeps an event on one line whatever its text holds (RFC 5545 TEXT may hold newlines,
    and the feed's text tabs)."""
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')


def utc_text(prop, feed_tzids):
    value = prop.value
    if not isinstance(value, datetime.datetime):
        raise ValueError(f'{prop.name} is a {type(value).__name__}, not a date-time')
    zone = value.tzinfo
    tzid = prop.params.get('X-VOBJ-ORIGINAL-TZID', [None])[0]
    if tzid is not None:
        if not isinstance(zone, VTIMEZONE_ZONE) or tzid not in feed_tzids:
            raise ValueError(f'{prop.name};TZID={tzid} was not resolved by the feed\'s own '
                             f'VTIMEZONE (vobject gave {zone!r})')
    elif zone is None:
        raise ValueError(f'{prop.name} is a floating time, with neither TZID nor Z')
    elif zone.utcoffset(value) != datetime.timedelta(0):
        raise ValueError(f'{prop.name} has no TZID but the zone {zone!r}')
    # A wall time the clocks go through twice has fold 0, the first, as RFC 5545 3.3.5 says.
    utc = value.astimezone(datetime.timezone.utc)
    return utc.strftime('%Y-%m-%dT%H:%M:%SZ')


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: read-vobject.py FEED.ics')
    with open(sys.argv[1], encoding='utf-8', newline='') as feed:
        calendar = vobject.readOne(feed.read())

    feed_tzids = {tz.tzid.value for tz in calendar.contents.get('vtimezone', [])}
    lines = []
    for event in calendar.contents.get('vevent', []):
        status = event.status.value if 'status' in event.contents else 'NONE'
        end = utc_text(event.dtend, feed_tzids) if 'dtend' in event.contents else 'NONE'
        lines.append('\t'.join([event.uid.value, utc_text(event.dtstart, feed_tzids), end,
                                status, escape(event.summary.value)]))
    sys.stdout.write(''.join(line + '\n' for line in sorted(lines)))


if __name__ == '__main__':
    main()
