#!/usr/bin/python3
# test-readers.py: the published feeds, read by independent iCalendar readers, hold exactly the
# openings `hubrota-cli occurrences --json` lists for the same window
#
# A feed can be valid to our own tests and still be read wrong by the calendars people use, and
# most of those get the clock changes from the feed's VTIMEZONE rather than from a zone
# database. So the demo database, with openings added across the next spring and autumn clock
# changes (one in each of the autumn's two 01:30s) and a cancelled and a moved opening, is
# exported and every .ics is read by:
#
#   vobject  Debian's python3-vobject, zones by dateutil (read-vobject.py)
#   ical.js  Thunderbird's parser, from npm, on Node.js (read-icaljs.mjs)
#   libical  Evolution's library (read-libical.c), which also checks the calendar against
#            RFC 5545/5546 with icalrestriction_check ()
#
# each resolving every TZID with the file's own VTIMEZONE, never the system's zone data: each
# reader checks where its zone came from, and a copy of the feed with the VTIMEZONE's summer
# offset doctored must change what each reader reads. Every reader must give, per event, the
# same UID, start and end instants (in UTC), STATUS and SUMMARY as occurrences --json implies.
#
# A reader that is missing fails the test (Bail out!), never skips it. TAP on stdout.
#
# Run with /usr/bin/python3 (the readers' Python: vobject is a Debian package).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import concurrent.futures
import datetime
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile
import zoneinfo

LONDON = zoneinfo.ZoneInfo('Europe/London')
# export's own defaults (export --help), given explicitly so occurrences can be asked for the
# same days.
PAST_DAYS = 28
DEFAULT_FUTURE_DAYS = 182
TEST_HUB = 'clock-test'
# Text libical must escape (; , \ and a quote), non-ASCII up to four bytes a character, and long
# enough that the SUMMARY line is folded, so each reader must unfold and unescape it.
TEST_HUB_NAME = 'Clock-change test room; "Café" \\ corner, Ampthill — €€€€€€€€€€ 𝄞𝄞𝄞𝄞𝄞'

# The readers run in a zone far from London's, so that one that fell back on the process's own
# zone, rather than the feed's, would be hours out instead of by luck right.
READER_ENV = dict(os.environ, TZ='Asia/Kolkata')


class SetupError(Exception):
    pass


def tap_diag(text):
    for line in text.rstrip('\n').split('\n'):
        print('# ' + line if line else '#')


def escape(text):
    """As the readers escape text, so that an event stays on one line."""
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')


def plural(count, noun):
    return f'{count} {noun}{"" if count == 1 else "s"}'


def utc_text(iso):
    return datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc).strftime(
        '%Y-%m-%dT%H:%M:%SZ')


def last_sunday(year, month):
    last = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return last - datetime.timedelta(days=(last.weekday() - 6) % 7)


def next_change(today, month):
    """The next last Sunday of month at least two days off, so its openings are in the future
    whatever the hour the test runs at."""
    for year in (today.year, today.year + 1):
        day = last_sunday(year, month)
        if day > today + datetime.timedelta(days=1):
            return day
    raise AssertionError('unreachable')


class Readers:
    """How to run each reader on one file: a list of argv."""

    def __init__(self, args):
        here = args.srcdir
        self.commands = {
            'vobject': [sys.executable, os.path.join(here, 'read-vobject.py')],
            'ical.js': [args.node, os.path.join(here, 'read-icaljs.mjs')],
            'libical': [args.libical_reader],
        }
        self.names = list(self.commands)
        self.srcdir = here
        self.node = args.node

    def missing(self):
        """Why each missing reader is missing; install-deps brings them all."""
        problems = []
        try:
            importlib.import_module('vobject')
        except ImportError as error:
            problems.append(f'vobject: {sys.executable} cannot import it ({error}); '
                            'install python3-vobject')
        if not self.node or not os.access(self.node, os.X_OK):
            problems.append('ical.js: no Node.js (node) was found when meson configured; '
                            'install nodejs and reconfigure')
        with open(os.path.join(self.srcdir, 'package-lock.json'), encoding='utf-8') as lock:
            pinned = json.load(lock)['packages']['node_modules/ical.js']['version']
        installed_json = os.path.join(self.srcdir, 'node_modules', 'ical.js', 'package.json')
        try:
            with open(installed_json, encoding='utf-8') as installed:
                version = json.load(installed)['version']
        except OSError:
            version = None
        if version != pinned:
            problems.append(f'ical.js: {pinned} is pinned but '
                            f'{"none" if version is None else version} is in '
                            f'{os.path.dirname(os.path.dirname(installed_json))}; '
                            'run build-aux/install-deps')
        if not os.access(self.commands['libical'][0], os.X_OK):
            problems.append(f'libical: {self.commands["libical"][0]} is not built')
        return problems

    def run(self, name, path):
        """(lines, exit status, stderr). libical's status 1 means read, but invalid."""
        result = subprocess.run(self.commands[name] + [path], capture_output=True,
                                encoding='utf-8', env=READER_ENV, check=False)
        return sorted(result.stdout.splitlines()), result.returncode, result.stderr


class Fixture:
    """The demo database with openings at the clock changes, and its export."""

    def __init__(self, cli, workdir):
        self.cli = cli
        self.workdir = workdir
        self.database = os.path.join(workdir, 'feeds.db')

    def run_cli(self, *args):
        result = subprocess.run([self.cli, '--database', self.database] + list(args),
                                capture_output=True, encoding='utf-8', check=False)
        if result.returncode != 0:
            raise SetupError(f'hubrota-cli {" ".join(args)} failed ({result.returncode}):\n'
                             f'{result.stdout}{result.stderr}')
        return result.stdout

    def build(self, today):
        self.spring = next_change(today, 3)
        self.autumn = next_change(today, 10)
        self.future_days = (max(self.spring, self.autumn) - today).days + 14
        spring, autumn = self.spring.isoformat(), self.autumn.isoformat()

        self.run_cli('init', '--demo')
        self.run_cli('hub', 'add', TEST_HUB, '--name', TEST_HUB_NAME, '--beat', 'ampthill')
        # Across the spring gap: 00:30 GMT to 04:30 BST is three hours.
        self.run_cli('slot', 'extra', TEST_HUB, '--start', spring + 'T00:30', '--duration', '3h')
        # Across the autumn's repeated hour, from 00:30 BST to 02:30 GMT.
        self.run_cli('slot', 'extra', TEST_HUB, '--start', autumn + 'T00:30', '--duration', '3h')
        # The first 01:30 (BST), to the second. RFC 5545 3.3.5 reads a wall time that comes
        # twice, given with a TZID, as the first; ical.js and libical (3.0.16) take the second,
        # as their "want_daylight = false" says, so the feed had better not leave it to them.
        self.run_cli('slot', 'extra', TEST_HUB, '--start', autumn + 'T01:30+01:00',
                     '--duration', '1h')
        # The second 01:30 (GMT), cancelled.
        second = self.run_cli('slot', 'extra', TEST_HUB, '--start', autumn + 'T01:30+00:00',
                              '--duration', '30m').strip()
        self.run_cli('slot', 'cancel', TEST_HUB, '--date', autumn, '--series', second,
                     '--reason', 'Cancelled; the room is needed, sorry')
        # A regular opening in summer time cancelled, and one moved over the autumn change (its
        # UID keeps the date it came from): Ampthill opens every Friday, 14:00-17:00.
        self.run_cli('slot', 'cancel', 'ampthill',
                     '--date', (self.spring + datetime.timedelta(days=5)).isoformat(),
                     '--reason', 'Parish council meeting')
        self.run_cli('slot', 'move', 'ampthill',
                     '--date', (self.autumn - datetime.timedelta(days=2)).isoformat(),
                     '--to', (self.autumn + datetime.timedelta(days=1)).isoformat() + 'T14:00')

    def export(self, name, future_days):
        """The export into a folder of its own, and occurrences --json for the same days, as
        of one London date."""
        for _ in range(2):
            today = datetime.datetime.now(LONDON).date()
            out = os.path.join(self.workdir, f'{name}-{today.isoformat()}')
            self.run_cli('export', '--output', out, '--past-days', str(PAST_DAYS),
                         '--future-days', str(future_days))
            occurrences = json.loads(self.run_cli(
                'occurrences', '--json',
                '--from', (today - datetime.timedelta(days=PAST_DAYS)).isoformat(),
                '--to', (today + datetime.timedelta(days=future_days)).isoformat()))
            # Midnight between the two, and they may not be the same days.
            if datetime.datetime.now(LONDON).date() == today:
                hubs = json.loads(self.run_cli('hub', 'list', '--json'))
                return out, hubs, occurrences
        raise SetupError('the London date changed during two exports running')


def expected_lines(hubs, occurrences):
    """Each feed's lines as occurrences --json implies them, by file name. The UID is made as
    app/core/hubrota-ical.c's opening_uid makes it, from the series and the date the series put
    the opening on (the JSON's date, which a move does not change)."""
    names = {hub['slug']: hub['name'] for hub in hubs if not hub['archived']}
    feeds = {slug + '.ics': [] for slug in names}
    feeds['all-hubs.ics'] = []
    uids = set()
    for opening in occurrences:
        uid = f'{opening["series"]}-{opening["date"].replace("-", "")}@{opening["hub"]}.hubrota'
        if uid in uids:
            raise SetupError(f'occurrences --json gives two openings the UID {uid}')
        uids.add(uid)
        if opening['status'] not in ('scheduled', 'cancelled'):
            raise SetupError(f'occurrences --json has the status {opening["status"]!r}, which '
                             'this test does not know the feed\'s STATUS of')
        cancelled = opening['status'] == 'cancelled'
        summary = f'{"Cancelled: " if cancelled else ""}{names[opening["hub"]]} police hub open'
        line = '\t'.join([uid, utc_text(opening['start']), utc_text(opening['end']),
                          'CANCELLED' if cancelled else 'CONFIRMED', escape(summary)])
        feeds['all-hubs.ics'].append(line)
        feeds[opening['hub'] + '.ics'].append(line)
    return {name: sorted(lines) for name, lines in feeds.items()}


FIELDS = ('UID', 'start', 'end', 'STATUS', 'SUMMARY')


def how_differ(expected, got):
    """Which fields of one event differ, with a time's shift in hours."""
    notes = []
    for field, want, have in zip(FIELDS, expected.split('\t'), got.split('\t')):
        if want == have:
            continue
        try:
            shift = (datetime.datetime.fromisoformat(have.replace('Z', '+00:00')) -
                     datetime.datetime.fromisoformat(want.replace('Z', '+00:00')))
            notes.append(f'{field} {shift.total_seconds() / 3600:+g} h')
        except ValueError:
            notes.append(field)
    return ', '.join(notes) or 'the number of fields'


def compare(expected, got):
    """(number of events that differ, a description of the first), matching events by UID."""
    want = {line.split('\t', 1)[0]: line for line in expected}
    have = {}
    extra = []
    for line in got:
        uid = line.split('\t', 1)[0]
        # An event twice over is as wrong as one that should not be there.
        if uid in have or uid not in want:
            extra.append(line)
        have.setdefault(uid, line)
    changed = [uid for uid in sorted(want) if uid in have and have[uid] != want[uid]]
    missing = [uid for uid in sorted(want) if uid not in have]
    count = len(changed) + len(missing) + len(extra)
    if count == 0:
        return 0, None
    first = min(changed + missing) if changed or missing else None
    if first is None:
        detail = f'first extra event:\n  reader:   {extra[0]}'
    elif first in missing:
        detail = f'first missing event:\n  expected: {want[first]}'
    else:
        detail = (f'first differing event ({how_differ(want[first], have[first])}):\n'
                  f'  expected: {want[first]}\n  reader:   {have[first]}')
    return count, (f'{count} of {len(expected)} events differ ({len(changed)} changed, '
                   f'{len(missing)} missing, {len(extra)} extra); {detail}')


def doctored(path, workdir):
    """A copy of the feed whose VTIMEZONE says summer time is two hours ahead, not one."""
    with open(path, encoding='utf-8', newline='') as feed:
        text = feed.read()
    begin, end = text.find('BEGIN:VTIMEZONE'), text.find('END:VTIMEZONE')
    if begin < 0 or end < begin:
        raise SetupError(f'{path} has no VTIMEZONE')
    zone = re.sub(r'(TZOFFSET(?:FROM|TO)):\+0100', r'\1:+0200', text[begin:end])
    if zone == text[begin:end]:
        raise SetupError(f'{path}: no +0100 offset in the VTIMEZONE to doctor')
    copy = os.path.join(workdir, 'doctored.ics')
    with open(copy, 'w', encoding='utf-8', newline='') as feed:
        feed.write(text[:begin] + zone + text[end:])
    return copy


def main():
    parser = argparse.ArgumentParser(description='The published feeds, read by independent '
                                     'iCalendar readers, against occurrences --json.')
    parser.add_argument('--cli', required=True)
    parser.add_argument('--libical-reader', required=True)
    parser.add_argument('--node', default='')
    parser.add_argument('--srcdir', required=True)
    args = parser.parse_args()

    readers = Readers(args)
    missing = readers.missing()
    if missing:
        print('Bail out! readers missing: ' + '; '.join(missing))
        return 1

    with tempfile.TemporaryDirectory(prefix='hubrota-readers-') as workdir:
        # Two exports: the window the feeds are published with unless told otherwise, whose
        # VTIMEZONE is cut to it, and one reaching over both of the next clock changes.
        try:
            fixture = Fixture(args.cli, workdir)
            fixture.build(datetime.datetime.now(LONDON).date())
            windows = {}
            for window, future_days in (('default', DEFAULT_FUTURE_DAYS),
                                        ('long', fixture.future_days)):
                out, hubs, occurrences = fixture.export(window, future_days)
                windows[window] = (out, expected_lines(hubs, occurrences),
                                   sorted(name for name in os.listdir(out)
                                          if name.endswith('.ics')))
                tap_diag(f'{window} window: {len(occurrences)} openings from {PAST_DAYS} days '
                         f'back to {future_days} ahead; {len(windows[window][2])} feeds')
            tap_diag(f'the long window has the clock changes on {fixture.spring} and '
                     f'{fixture.autumn}')
            canary = doctored(os.path.join(windows['long'][0], 'all-hubs.ics'), workdir)
        except SetupError as error:
            print('Bail out! ' + str(error).replace('\n', ' | '))
            return 1

        # A process per reader and file, so they run side by side, one a core.
        jobs = [(name, os.path.join(out, feed)) for out, _, feeds in windows.values()
                for feed in feeds for name in readers.names]
        jobs += [(name, canary) for name in readers.names]
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            results = dict(zip(jobs, pool.map(lambda job: readers.run(*job), jobs)))

        number = 0
        failed = False
        differing = {name: {} for name in readers.names}

        def report(ok, description, diagnostics=None):
            nonlocal number, failed
            number += 1
            failed |= not ok
            print(f'{"ok" if ok else "not ok"} {number} - {description}')
            if diagnostics:
                tap_diag(diagnostics)

        for window, (out, expected, feeds) in windows.items():
            for feed in feeds:
                where = f'{feed} ({window} window)'
                if feed not in expected:
                    report(False, f'{where} is a hub feed occurrences --json has no hub for')
                    continue
                for name in readers.names:
                    lines, status, errors = results[(name, os.path.join(out, feed))]
                    invalid = name == 'libical' and status == 1
                    if status != 0 and not invalid:
                        report(False, f'{name} cannot read {where} (exit status {status})',
                               errors)
                        continue
                    count, detail = compare(expected[feed], lines)
                    differing[name][where] = count
                    report(count == 0, f'{name} reads {where} as occurrences --json lists it '
                           f'({plural(len(expected[feed]), "event")})',
                           f'{name}, {where}: {detail}' if detail else None)
                    if name == 'libical':
                        report(not invalid,
                               f'libical finds {where} valid (icalrestriction_check)',
                               f'libical, {where}:\n{errors}' if invalid else None)
            for feed in sorted(set(expected) - set(feeds)):
                report(False, f'the export wrote no {feed} ({window} window)')

        # The doctored zone moves the summer openings: a reader that reads the same as before
        # took its zone from somewhere else.
        original = os.path.join(windows['long'][0], 'all-hubs.ics')
        for name in readers.names:
            lines, status, errors = results[(name, canary)]
            read = status == 0 or (name == 'libical' and status == 1)
            moved = len(set(lines) - set(results[(name, original)][0]))
            report(read and moved > 0,
                   f'{name} takes its times from the feed\'s VTIMEZONE '
                   f'({moved} events move when its summer offset is doctored)',
                   None if read else errors)

        # Per reader, the openings it gets wrong: all-hubs.ics has each of them once.
        for name in readers.names:
            counts = differing[name]
            every = sum(counts.values())
            tap_diag(f'{name}: ' + ', '.join(
                f'{counts.get(f"all-hubs.ics ({window} window)", "?")} of '
                f'{len(lines_of["all-hubs.ics"])} openings wrong in the {window} window'
                for window, (_, lines_of, _) in windows.items()) +
                f' ({every} wrong events over every feed)')
        print(f'1..{number}')
        return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
