// read-icaljs.mjs: one published feed as ical.js (Thunderbird's parser) reads it, on Node.js
//
// Prints one line per VEVENT, sorted: UID, start and end in UTC, STATUS and SUMMARY, separated
// by tabs (the format test-readers.py compares). ical.js has no zone database of its own: a
// TZID means whatever VTIMEZONE the program gives it. Since 2.0 it looks the TZID up in the
// calendar's own VTIMEZONEs first and then in ICAL.TimezoneService; the service is emptied
// and given only the file's zones, so both ways lead to the feed's VTIMEZONE, and each time is
// checked to have come out in one of them (an unknown TZID would silently be floating).
//
// ical.js comes from npm at the version tests/readers/package-lock.json pins
// (build-aux/install-deps runs `npm ci` here).
//
// SPDX-License-Identifier: GPL-3.0-or-later

import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

// Keeps an event on one line whatever its text holds (RFC 5545 TEXT may hold newlines, and
// the feed's text tabs).
function escape(text) {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

function utcText(event, name, fileZones) {
  const prop = event.getFirstProperty(name);
  if (prop === null) {
    return 'NONE';
  }
  const time = prop.getFirstValue();
  const tzid = prop.getParameter('tzid');

  if (!(time instanceof ICAL.Time) || time.isDate) {
    throw new Error(`${name} is not a date-time: ${prop.toICALString()}`);
  }
  if (tzid) {
    const zone = time.zone;
    if (!zone || zone.tzid !== tzid || !fileZones.has(tzid) ||
        zone.component?.getFirstPropertyValue('tzid') !== tzid) {
      throw new Error(`${name};TZID=${tzid} was not resolved by the feed's own VTIMEZONE ` +
                      `(ical.js gave ${zone ? zone.tzid : 'no zone'})`);
    }
  } else if (time.zone !== ICAL.Timezone.utcTimezone) {
    throw new Error(`${name} is a floating time, with neither TZID nor Z`);
  }
  // toUnixTime applies the zone's offset at that wall time; the Date only formats the
  // resulting instant, in UTC, so Node's own zone data never comes in.
  return new Date(time.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
}

function main() {
  if (process.argv.length !== 3) {
    process.stderr.write('usage: node read-icaljs.mjs FEED.ics\n');
    process.exit(2);
  }
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], 'utf8')));
  const fileZones = new Set();

  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtimezone);
    ICAL.TimezoneService.register(zone);
    fileZones.add(zone.tzid);
  }

  const lines = calendar.getAllSubcomponents('vevent').map((event) => [
    event.getFirstPropertyValue('uid'),
    utcText(event, 'dtstart', fileZones),
    utcText(event, 'dtend', fileZones),
    event.getFirstPropertyValue('status') ?? 'NONE',
    escape(event.getFirstPropertyValue('summary') ?? ''),
  ].join('\t'));
  // Sorted by code point, as the other readers sort (JavaScript's default sort compares
  // UTF-16 units, which puts characters beyond U+FFFF out of place).
  lines.sort((a, b) => {
    const x = Array.from(a), y = Array.from(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) {
        return x[i].codePointAt(0) - y[i].codePointAt(0);
      }
    }
    return x.length - y.length;
  });
  process.stdout.write(lines.map((line) => line + '\n').join(''));
}

main();
