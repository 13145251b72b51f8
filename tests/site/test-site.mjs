// test-site.mjs: the published site, in Debian's Chromium, as residents and machines meet it
//
// The demo database (and an archived hub, which must not show) is exported with --officers and
// a --base-url pointing at a static file server this test starts on loopback, and then, with
// Debian's real Chromium, headless, driven by playwright-core:
//
//   1. index.html and every hub page (found from the index's links to HUB.html next to a
//      HUB.ics) at 320 px (a phone) and 1280 px: no console errors, no failed request, no
//      request off the loopback server, an icon the browser can fetch, no horizontal scrolling;
//      prefers-color-scheme: dark changes the background and prefers-reduced-motion: reduce
//      leaves nothing moving
//   2. every same-origin link resolves (fragments too), webcal:// links are an existing feed's
//      http link with the scheme swapped and the page gives that link as well, and other links
//      go only to OpenStreetMap, Google Calendar, Outlook or geo:, well formed and at the hub
//      (those are never fetched)
//   3. without JavaScript the index lists every public hub and offers no control that needs
//      the script, and a hub page shows its next opening and says its cancellations; with it,
//      the filter narrows the list by name and postcode district, and "Near me" lists the
//      nearest hub first, from two places (the first is also first unsorted)
//   4. hubs.json lists every public hub with its upcoming openings, cancellations too, times in
//      RFC 3339; and no public file (only private/*.ics) names an officer, gives a collar
//      number or a private feed's token, or mentions the archived hub
//   5. axe-core finds no WCAG 2.1 AA violation, at both widths, light and dark
//   6. every page has a strict Content-Security-Policy; each hub page links its feed as
//      rel=alternate and carries schema.org Events as JSON-LD
//   7. screenshots of the index and Ampthill's page at 320x800 (full page) and 1280x800, into
//      $HUBROTA_SITE_SCREENSHOTS when set (the README's), else only into the temporary folder
//
// All but the axe runs keep the page's Content-Security-Policy enforced, so a script or style
// the policy would block in a real browser fails here too (as a console error). A missing
// Chromium or npm module fails the test (Bail out!), never skips it. TAP on stdout; each
// failure is one line naming the page, the width and what was expected against what was found.
//
// Usage: node test-site.mjs --cli HUBROTA_CLI   (CHROMIUM names another Chromium binary)
//
// SPDX-License-Identifier: GPL-3.0-or-later

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { CHROMIUM, CHROMIUM_ARGS, TYPES } from './browser.mjs';

const run = promisify(execFile);
const here = path.dirname(new URL(import.meta.url).pathname);
// The npm modules are in this folder's node_modules (install-deps runs `npm ci` here), wherever
// meson runs the test from.
const require = createRequire(path.join(here, 'package.json'));

const WIDTHS = [320, 1280];
const HEIGHT = 800;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const EXTERNAL_HOSTS = ['www.openstreetmap.org', 'calendar.google.com', 'outlook.live.com',
  'outlook.office.com'];
// Near Ampthill, as the brief for "Near me" has it, and in Luton: Ampthill is also first in
// the list before sorting, so only the second shows the list was sorted at all.
const PLACES = [
  { label: 'near Ampthill', latitude: 52.03, longitude: -0.49 },
  { label: 'in Luton', latitude: 51.878, longitude: -0.415 },
];
// Filter queries: a hub's name and its postcode district (from its address), one that matches
// nothing, then clearing. Which hubs each must leave is worked out from the hubs' own details.
const FILTER_QUERIES = ['Ampthill', 'MK45', 'zzqx'];
// A hub that is archived: it has openings but must appear nowhere public.
const ARCHIVED = { slug: 'woburn-market', name: 'Woburn Old Market House',
  address: 'Market Place, Woburn', postcode: 'MK17 9PZ', lat: '51.9882', lon: '-0.6195' };
const SCREENSHOT_HUB = 'ampthill';
const DAY_MS = 24 * 3600 * 1000;

class SetupError extends Error {}

// ---------------------------------------------------------------------------------------------
// TAP

let count = 0;
let failures = 0;
// What the test is doing, for the message when meson's timeout stops it.
let stage = 'starting';
// Once a signal has said so, what it interrupts fails without a second Bail out!.
let stopping = false;

/** One check, one line: where (page and width), what was expected, and on failure what was
 *  found instead. */
function check(ok, where, expected, found) {
  count++;
  if (ok) {
    console.log(`ok ${count} - ${where}: ${expected}`);
  } else {
    failures++;
    console.log(`not ok ${count} - ${where}: expected ${expected}, found ${oneLine(found)}`);
  }
  return ok;
}

function note(text) {
  for (const line of String(text).replace(/\n+$/, '').split('\n'))
    console.log(line ? `# ${line}` : '#');
}

function oneLine(text) {
  return String(text ?? 'nothing').replace(/\s*\n\s*/g, ' | ');
}

function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The first few of a list, for a one-line message. */
function some(items, max = 4) {
  const shown = items.slice(0, max).map(String);
  return shown.join('; ') + (items.length > max ? `; and ${items.length - max} more` : '');
}

// ---------------------------------------------------------------------------------------------
// What must be there before anything runs

function preflight(cli) {
  const problems = [];
  if (!cli || !isExecutable(cli))
    problems.push(`hubrota-cli: ${cli || '(no --cli)'} is not an executable`);
  if (!isExecutable(CHROMIUM))
    problems.push(`Chromium: ${CHROMIUM} is not an executable; install chromium ` +
                  '(build-aux/install-deps)');
  const lock = JSON.parse(fs.readFileSync(path.join(here, 'package-lock.json'), 'utf-8'));
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key.startsWith('node_modules/'))
      continue;
    let version = null;
    try {
      version = JSON.parse(fs.readFileSync(path.join(here, key, 'package.json'), 'utf-8')).version;
    } catch {
      // Missing: said below.
    }
    if (version !== entry.version)
      problems.push(`${key.slice('node_modules/'.length)}: ${entry.version} is pinned but ` +
                    `${version ?? 'none'} is in ${path.join(here, 'node_modules')}; ` +
                    'run build-aux/install-deps');
  }
  return problems;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The export, and what the CLI says it should hold

async function cliJson(cli, database, ...args) {
  return JSON.parse(await cliText(cli, database, ...args));
}

async function cliText(cli, database, ...args) {
  try {
    const { stdout } = await run(cli, ['--database', database, ...args],
                                 { maxBuffer: 64 << 20, encoding: 'utf-8' });
    return stdout;
  } catch (error) {
    throw new SetupError(`hubrota-cli ${args.join(' ')} failed (${error.code}): ` +
                         `${oneLine(error.stderr || error.message)}`);
  }
}

/** A London calendar date, YYYY-MM-DD. */
function londonDate(date) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric',
                                            month: '2-digit', day: '2-digit' }).format(date);
}

async function buildFixture(cli, workdir, baseUrl) {
  const database = path.join(workdir, 'site.db');
  const out = path.join(workdir, 'www');
  await cliText(cli, database, 'init', '--demo');
  // Tomorrow, so its openings are in every feed's window whatever the hour.
  const tomorrow = londonDate(new Date(Date.now() + DAY_MS));
  await cliText(cli, database, 'hub', 'add', ARCHIVED.slug, '--name', ARCHIVED.name,
                '--beat', 'ampthill', '--address', ARCHIVED.address, '--postcode',
                ARCHIVED.postcode, '--lat', ARCHIVED.lat, '--lon', ARCHIVED.lon);
  await cliText(cli, database, 'slot', 'add', ARCHIVED.slug, '--start', `${tomorrow}T10:00`,
                '--duration', '2h', '--rrule', 'FREQ=WEEKLY');
  await cliText(cli, database, 'hub', 'archive', ARCHIVED.slug);

  // Openings that end before the export ran are over for it; those after, upcoming.
  const exportedAt = new Date();
  await cliText(cli, database, 'export', '--output', out, '--officers', '--base-url', baseUrl);
  const hubs = await cliJson(cli, database, 'hub', 'list', '--json');
  const officers = await cliJson(cli, database, 'officer', 'list', '--json');
  // export's default window reaches 182 days ahead; a few more cover the hours between.
  const occurrences = await cliJson(cli, database, 'occurrences', '--json',
                                    '--from', londonDate(new Date(exportedAt - DAY_MS)),
                                    '--to', londonDate(new Date(+exportedAt + 190 * DAY_MS)));

  const shapeProblems = [];
  if (!Array.isArray(hubs) || !hubs.every(h => typeof h.slug === 'string' &&
      typeof h.name === 'string' && typeof h.archived === 'boolean'))
    shapeProblems.push('hub list --json is not a list of {slug, name, archived, ...}');
  if (!Array.isArray(officers) || !officers.every(o => typeof o.id === 'string' &&
      typeof o.name === 'string'))
    shapeProblems.push('officer list --json is not a list of {id, name, ...}');
  if (!Array.isArray(occurrences) || !occurrences.every(o => typeof o.hub === 'string' &&
      typeof o.start === 'string' && typeof o.end === 'string' &&
      ['scheduled', 'cancelled'].includes(o.status)))
    shapeProblems.push('occurrences --json is not a list of {hub, start, end, status, ...}');
  if (shapeProblems.length)
    throw new SetupError(shapeProblems.join('; '));
  if (!hubs.some(h => h.slug === ARCHIVED.slug && h.archived))
    throw new SetupError(`hub list --json does not show ${ARCHIVED.slug} archived`);

  const publicHubs = hubs.filter(h => !h.archived);
  const upcoming = occurrences.filter(o => new Date(o.end) > exportedAt)
    .sort((a, b) => new Date(a.start) - new Date(b.start));
  return { database, out, publicHubs, officers, upcoming, exportedAt };
}

// ---------------------------------------------------------------------------------------------
// The static server: what a plain web server with docs/web-server/nginx.conf does, no more

function startServer(root) {
  const server = http.createServer((request, response) => {
    const send = (status, type, body) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache',
                                   'X-Content-Type-Options': 'nosniff' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(405, 'text/plain', 'Only GET and HEAD\n');
    let segments;
    try {
      segments = new URL(request.url, 'http://x').pathname.split('/').map(decodeURIComponent);
    } catch {
      return send(400, 'text/plain', 'Bad path\n');
    }
    // Dotfiles (export's half-built folders among them) and anything climbing out are
    // nobody's business; private/ is fetched by exact name, never as a folder.
    const notFound = () => send(404, 'text/plain', 'Not found\n');
    if (segments.some(s => s.startsWith('.') || s.includes('/') || s.includes('\0')))
      return notFound();
    let file = path.join(root, ...segments);
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      return notFound();
    }
    if (stat.isDirectory()) {
      // As nginx's index: a folder's index.html, never a listing.
      if (!request.url.endsWith('/') || segments.includes('private'))
        return notFound();
      file = path.join(file, 'index.html');
    }
    const type = TYPES[path.extname(file)];
    if (!type)
      return notFound();
    let body;
    try {
      body = fs.readFileSync(file);
    } catch {
      return notFound();
    }
    send(200, type, body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Fetches once per URL (the same links repeat on every page). */
function makeFetcher() {
  const cache = new Map();
  return url => {
    const key = url.split('#')[0];
    if (!cache.has(key))
      cache.set(key, fetch(key).then(async r => ({ status: r.status,
                                                   type: r.headers.get('content-type'),
                                                   text: await r.text() }),
                                     error => ({ status: 0, type: null, text: String(error) })));
    return cache.get(key);
  };
}

// ---------------------------------------------------------------------------------------------
// Pages

/** Loads url in a fresh page of context, recording every request, console error and failure.
 *  External requests never leave the machine: the context's route aborts them. script: false
 *  where the context runs none (no frame callback would ever come to wait for). */
async function openPage(context, url, { script = true } = {}) {
  const page = await context.newPage();
  const seen = { requests: [], errors: [], failed: [] };
  page.on('request', r => seen.requests.push(r.url()));
  page.on('console', m => {
    if (m.type() === 'error')
      seen.errors.push(m.text());
  });
  page.on('pageerror', e => seen.errors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', r => seen.failed.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('response', r => {
    if (r.status() >= 400)
      seen.failed.push(`${r.url()} (HTTP ${r.status()})`);
  });
  await page.goto(url, { waitUntil: 'load' });
  // A frame after load, so work the script does at DOMContentLoaded has been drawn.
  if (script)
    await page.evaluate(() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0))));
  return { page, seen };
}

async function newContext(browser, origin, width, options = {}) {
  // At 320 px a phone: meta viewport honoured, touch; one device pixel per CSS pixel, so the
  // screenshots are the size they say.
  const context = await browser.newContext({
    viewport: { width, height: HEIGHT }, deviceScaleFactor: 1,
    isMobile: width < 600, hasTouch: width < 600,
    locale: 'en-GB', timezoneId: 'Europe/London',
    colorScheme: 'light', reducedMotion: 'no-preference',
    ...options,
  });
  context.setDefaultTimeout(20000);
  await context.route('**/*', route => {
    if (new URL(route.request().url()).origin === origin)
      return route.continue();
    return route.abort('blockedbyclient');
  });
  return context;
}

/** The page's background as a person sees it: body's, or the root's where body has none. */
function backgroundOf(page) {
  return page.evaluate(() => {
    const clear = c => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
    const body = getComputedStyle(document.body).backgroundColor;
    return clear(body) ? getComputedStyle(document.documentElement).backgroundColor : body;
  });
}

/** Elements (and their ::before/::after) that still move under prefers-reduced-motion. */
function movingElements(page) {
  return page.evaluate(() => {
    const name = e => e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') +
      Array.from(e.classList, c => `.${c}`).join('');
    const moving = [];
    const nonZero = value => value.split(',').some(v => parseFloat(v) > 0);
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        if (pseudo && style.content === 'none')
          continue;
        const what = [];
        if (nonZero(style.transitionDuration))
          what.push(`transition-duration ${style.transitionDuration}`);
        if (style.animationName !== 'none' && nonZero(style.animationDuration))
          what.push(`animation-duration ${style.animationDuration}`);
        if (!pseudo && style.scrollBehavior === 'smooth')
          what.push('scroll-behavior smooth');
        if (what.length)
          moving.push(`${name(element)}${pseudo ?? ''} (${what.join(', ')})`);
      }
    }
    return moving;
  });
}

/** Every a[href] on the page: as written and resolved, and whether it is in main. */
function linksOf(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a, index) => ({
    index, raw: a.getAttribute('href'), href: a.href,
    inMain: a.closest('main') !== null,
  })));
}

/** Where each hub is linked on the index (its HUB.html), for hubs whose HUB.ics exists. */
function hubLinks(links, origin, slugs) {
  const bySlug = new Map();
  for (const link of links) {
    let url;
    try {
      url = new URL(link.href);
    } catch {
      continue;
    }
    const match = /^\/([^/]+)\.html$/.exec(url.pathname);
    if (url.origin !== origin || !match || !slugs.has(match[1]))
      continue;
    if (!bySlug.has(match[1]))
      bySlug.set(match[1], []);
    bySlug.get(match[1]).push(link);
  }
  return bySlug;
}

/** The hubs whose entries on the index are visible, in the order they are seen (top to bottom,
 *  then left to right): a hub counts where any link to its page inside main is visible. */
async function visibleHubs(page, slugs, origin) {
  const links = (await linksOf(page)).filter(l => l.inMain);
  const anchors = page.locator('a[href]');
  const placed = [];
  for (const [slug, entries] of hubLinks(links, origin, slugs)) {
    for (const link of entries) {
      const anchor = anchors.nth(link.index);
      if (await anchor.isVisible()) {
        const box = await anchor.boundingBox();
        placed.push({ slug, y: box.y, x: box.x });
        break;
      }
    }
  }
  return placed.sort((a, b) => a.y - b.y || a.x - b.x).map(p => p.slug);
}

/** Polls until test(value) holds or the time is up, returning the last value. */
async function settle(get, test, ms = 3000) {
  const until = Date.now() + ms;
  let value = await get();
  while (!test(value) && Date.now() < until) {
    await new Promise(r => setTimeout(r, 100));
    value = await get();
  }
  return value;
}

function sameSet(a, b) {
  return a.length === b.length && a.every(x => b.includes(x));
}

// Great-circle distance in kilometres (haversine).
function distanceKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const a = Math.sin((lat2 - lat1) * rad / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin((lon2 - lon1) * rad / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** How the pages write an opening's day, the weekday and year aside: "4 December". */
function dayText(isoInstant) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric',
                                            month: 'long' }).format(new Date(isoInstant));
}

/** The day as a regex that does not take 14 December for 4 December. */
function dayPattern(isoInstant) {
  return new RegExp(`(^|[^0-9])${dayText(isoInstant)}\\b`);
}

function clockOf(isoInstant) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit',
                                            minute: '2-digit' }).format(new Date(isoInstant));
}

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy and JSON-LD

function cspProblems(meta) {
  if (!meta.content)
    return 'no <meta http-equiv="Content-Security-Policy">';
  const directives = new Map(meta.content.split(';').map(d => d.trim()).filter(Boolean)
    .map(d => { const [name, ...values] = d.split(/\s+/); return [name.toLowerCase(), values]; }));
  const problems = [];
  if (/'unsafe-(inline|eval|hashes)'/i.test(meta.content))
    problems.push('an unsafe-* source');
  const fallback = directives.get('default-src');
  if (!fallback || !(sameSet(fallback, ["'none'"]) || sameSet(fallback, ["'self'"])))
    problems.push(`default-src ${fallback ? fallback.join(' ') : 'missing'}`);
  // A policy in a meta element covers only what comes after it.
  if (meta.before.length)
    problems.push(`after ${meta.before.join(', ')}`);
  return problems.length ? `"${meta.content}": ${problems.join('; ')}` : null;
}

/** Every object in the JSON-LD with @type Event (or a subtype named *Event), wherever nested. */
function jsonLdEvents(node, found = []) {
  if (Array.isArray(node)) {
    node.forEach(n => jsonLdEvents(n, found));
  } else if (node && typeof node === 'object') {
    const types = [].concat(node['@type'] ?? []);
    if (types.some(t => /Event$/.test(t)))
      found.push(node);
    Object.values(node).forEach(v => jsonLdEvents(v, found));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// External links: well formed, never fetched

function externalProblem(href, published, hubPlace) {
  if (href.startsWith('geo:')) {
    const number = '(-?\\d+(?:\\.\\d+)?)';
    const m = new RegExp(`^geo:${number},${number}(?:,${number})?(?:;[^;]+)*$`).exec(href);
    if (!m || Math.abs(m[1]) > 90 || Math.abs(m[2]) > 180)
      return 'a geo: URI of latitude,longitude (RFC 5870)';
    if (hubPlace && distanceKm(+m[1], +m[2], hubPlace.latitude, hubPlace.longitude) > 0.2)
      return `the hub's position (${hubPlace.latitude},${hubPlace.longitude})`;
    return null;
  }
  let url;
  try {
    url = new URL(href);
  } catch {
    return 'a URL that parses';
  }
  if (url.protocol !== 'https:' || !EXTERNAL_HOSTS.includes(url.hostname))
    return `https to ${EXTERNAL_HOSTS.join(', ')} or geo: only`;
  if (url.hostname === 'www.openstreetmap.org') {
    const [lat, lon] = [url.searchParams.get('mlat'), url.searchParams.get('mlon')];
    const map = /^#map=\d+\/(-?[\d.]+)\/(-?[\d.]+)$/.exec(url.hash);
    const at = lat !== null && lon !== null ? [+lat, +lon] : map ? [+map[1], +map[2]] : null;
    if (!at || at.some(Number.isNaN))
      return 'an OpenStreetMap link with mlat/mlon or #map=zoom/lat/lon';
    if (hubPlace && distanceKm(at[0], at[1], hubPlace.latitude, hubPlace.longitude) > 0.2)
      return `the hub's position (${hubPlace.latitude},${hubPlace.longitude}), not ${at}`;
    return null;
  }
  // Subscribing: the feed's address rides in cid (Google) or url (Outlook), webcal or http.
  const feed = url.searchParams.get('cid') ?? url.searchParams.get('url');
  if (feed !== null) {
    const asHttp = feed.replace(/^webcal:\/\//, 'http://');
    return published.has(asHttp) ? null : `a public feed of this site in cid=/url=, not ${feed}`;
  }
  // Adding one event: Google's TEMPLATE with its dates.
  if (url.searchParams.get('action') === 'TEMPLATE')
    return /^\d{8}T\d{6}Z?\/\d{8}T\d{6}Z?$/.test(url.searchParams.get('dates') ?? '')
      ? null : 'dates=YYYYMMDDTHHMMSSZ/YYYYMMDDTHHMMSSZ';
  if (url.hostname.startsWith('outlook.') && url.pathname.includes('/deeplink/compose'))
    return url.searchParams.get('startdt') && url.searchParams.get('enddt')
      ? null : 'startdt= and enddt=';
  return 'a subscribe (cid=/url=) or add-event link';
}

// ---------------------------------------------------------------------------------------------
// hubs.json: the field names are data.police.uk's neighbourhood events' where they match

function hubsOf(json) {
  return Array.isArray(json) ? json : Array.isArray(json?.hubs) ? json.hubs : null;
}

const jsonHub = {
  id: h => h.id ?? h.slug,
  name: h => h.title ?? h.name,
  latitude: h => Number(h.latitude ?? h.centre?.latitude ?? h.location?.latitude),
  longitude: h => Number(h.longitude ?? h.centre?.longitude ?? h.location?.longitude),
  openings: h => h.openings ?? h.events,
};

const jsonOpening = {
  start: o => o.start_date ?? o.start ?? o.startDate,
  end: o => o.end_date ?? o.end ?? o.endDate,
  cancelled: o => o.cancelled === true || /cancel/i.test(o.status ?? ''),
};

// RFC 3339's date-time, which JavaScript's Date (the site's own script among its readers) and
// JSON consumers read; ISO 8601 also allows an offset of hours alone ("+01"), which Date does not.
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** An instant written in RFC 3339, or, so that what is compared past a bad offset is still
 *  told, with an offset of hours alone. */
function leniently(text) {
  const time = Date.parse(String(text).replace(/([+-]\d\d)$/, '$1:00'));
  return Number.isNaN(time) ? `unreadable ${text}` : new Date(time).toISOString();
}

/** Two openings are the same if they start and end at the same instants. */
function openingKey(start, end, cancelled) {
  return `${leniently(start)}/${leniently(end)}${cancelled ? ' cancelled' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// The public files: nothing about officers

function filesUnder(root, prefix = '') {
  return fs.readdirSync(path.join(root, prefix), { withFileTypes: true }).flatMap(entry => {
    const name = path.posix.join(prefix, entry.name);
    return entry.isDirectory() ? filesUnder(root, name) : [name];
  });
}

function checkPrivacy(out, officers) {
  const files = filesUnder(out);
  const privateFeeds = files.filter(f => /^private\/[^/]+\.ics$/.test(f));
  const publicFiles = files.filter(f => !privateFeeds.includes(f));
  const tokens = privateFeeds.map(f => path.basename(f, '.ics'));
  const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Collar numbers as words (PC2101, not a hex run that happens to hold it); names whole.
  const officerNeedles = officers.flatMap(o => [
    { what: `collar number ${o.id}`,
      re: new RegExp(`(^|[^A-Za-z0-9])${escape(o.id)}($|[^0-9])`, 'i') },
    { what: `officer name ${o.name}`, re: new RegExp(escape(o.name).replace(/ /g, '\\s+'), 'i') },
  ]);
  const needles = [
    ...officerNeedles,
    ...tokens.map(t => ({ what: `private feed token ${t.slice(0, 8)}…`,
                          re: new RegExp(escape(t)) })),
    { what: `archived hub ${ARCHIVED.name}`, re: new RegExp(escape(ARCHIVED.name)) },
    { what: `archived hub ${ARCHIVED.slug}`, re: new RegExp(escape(ARCHIVED.slug)) },
  ];

  // The search must be able to find what it looks for: the private feeds do name officers.
  const named = privateFeeds.filter(f => {
    const text = fs.readFileSync(path.join(out, f), 'utf-8');
    return officerNeedles.some(n => n.re.test(text));
  });
  check(named.length > 0, 'private/*.ics (files)',
        'the private feeds to name officers, so that the search below can find names',
        `none of ${plural(privateFeeds.length, 'private feed')} does`);

  for (const file of publicFiles) {
    const text = fs.readFileSync(path.join(out, file), 'utf-8');
    const leaks = needles.filter(n => n.re.test(text)).map(n => n.what);
    check(leaks.length === 0, `${file} (file)`,
          'no collar number, officer name, private feed token or archived hub', some(leaks));
  }
  return publicFiles;
}

// ---------------------------------------------------------------------------------------------
// The checks

async function main() {
  const argv = process.argv.slice(2);
  const cli = argv[argv.indexOf('--cli') + 1];
  if (argv.indexOf('--cli') < 0) {
    console.log('Bail out! usage: test-site.mjs --cli HUBROTA_CLI');
    return 1;
  }
  const problems = preflight(cli);
  if (problems.length) {
    console.log(`Bail out! ${problems.join('; ')}`);
    return 1;
  }
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
    require.resolve('axe-core/axe.min.js');
  } catch (error) {
    console.log(`Bail out! cannot load the npm modules: ${oneLine(error.message)}; ` +
                'run build-aux/install-deps');
    return 1;
  }

  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hubrota-site-'));
  let server = null;
  let browser = null;
  const cleanUp = async () => {
    await browser?.close().catch(() => {});
    server?.close();
    fs.rmSync(workdir, { recursive: true, force: true });
  };
  // meson's timeout sends SIGTERM: say where it was, and take the browser and folder along.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
    process.once(signal, () => {
      stopping = true;
      console.log(`Bail out! stopped by ${signal} while ${stage}`);
      cleanUp().finally(() => process.exit(1));
    });
  }

  try {
    let fixture;
    try {
      server = await startServer(path.join(workdir, 'www'));
      const origin = `http://127.0.0.1:${server.address().port}`;
      stage = 'exporting the demo database';
      fixture = await buildFixture(cli, workdir, `${origin}/`);
      fixture.origin = origin;
    } catch (error) {
      if (!(error instanceof SetupError))
        throw error;
      console.log(`Bail out! ${oneLine(error.message)}`);
      return 1;
    }
    try {
      // GLib's fatal criticals and glibc's malloc checks are for our programs (test_env); in
      // Chromium, which uses GLib, they would only turn its warnings into crashes.
      const env = { ...process.env };
      delete env.G_DEBUG;
      delete env.MALLOC_CHECK_;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, env,
                                        handleSIGINT: false, handleSIGTERM: false,
                                        handleSIGHUP: false });
    } catch (error) {
      console.log(`Bail out! ${CHROMIUM} did not start: ${oneLine(error.message).slice(0, 400)}`);
      return 1;
    }
    note(`Chromium ${browser.version()}; the export is served at ${fixture.origin}/`);
    await runChecks(browser, fixture);
    console.log(`1..${count}`);
    return failures ? 1 : 0;
  } finally {
    await cleanUp();
  }
}

/** Runs one stage of the checks, naming it for a timeout and saying how long it took. */
async function timed(name, work) {
  stage = name;
  const began = Date.now();
  const result = await work();
  note(`${name}: ${((Date.now() - began) / 1000).toFixed(1)} s`);
  return result;
}

async function runChecks(browser, fixture) {
  const { origin, out, publicHubs, officers, upcoming } = fixture;
  const fetchSite = makeFetcher();
  const shotsDir = process.env.HUBROTA_SITE_SCREENSHOTS || path.join(out, '..', 'screenshots');
  fs.mkdirSync(shotsDir, { recursive: true });

  const hubPages = await timed('finding the hub pages',
                               () => findHubPages(browser, origin, publicHubs, fetchSite));
  const pages = [{ file: 'index.html', slug: null },
                 ...hubPages.map(slug => ({ file: `${slug}.html`, slug }))];
  const hubsJson = await timed('checking hubs.json',
                               () => checkHubsJson(fetchSite, origin, publicHubs, upcoming));
  // Where each hub is, from hubs.json as the brief for "Near me" asks (the CLI's figures
  // where hubs.json fails).
  const places = new Map(publicHubs.map(h => [h.slug, { latitude: h.latitude,
                                                        longitude: h.longitude }]));
  for (const h of hubsJson ?? [])
    places.set(jsonHub.id(h), { latitude: jsonHub.latitude(h), longitude: jsonHub.longitude(h) });

  const links = await timed('loading each page at each width',
                            () => checkPages(browser, origin, pages, shotsDir, fetchSite));
  await timed('checking links', () => checkLinks(links, fetchSite, origin, places, out));
  await timed('reading the pages without JavaScript',
              () => checkWithoutScript(browser, origin, publicHubs, hubPages, upcoming));
  await timed('trying the filter and Near me',
              () => checkFilterAndNearMe(browser, origin, publicHubs, places));
  await timed('running axe-core', () => checkAxe(browser, origin, pages));
  await timed('searching the public files for officers', () => checkPrivacy(out, officers));
}

/** The hub pages: the index's links to HUB.html where HUB.ics exists beside it. */
async function findHubPages(browser, origin, publicHubs, fetchSite) {
  const slugs = publicHubs.map(h => h.slug);
  const context = await newContext(browser, origin, 1280);
  const { page } = await openPage(context, `${origin}/index.html`);
  const indexLinks = await linksOf(page);
  await context.close();
  const candidates = new Set();
  for (const link of indexLinks) {
    const m = link.href.startsWith(`${origin}/`) &&
      /^\/([^/]+)\.html$/.exec(new URL(link.href).pathname);
    if (m && m[1] !== 'index')
      candidates.add(m[1]);
  }
  const hubPages = [];
  for (const slug of candidates) {
    if ((await fetchSite(`${origin}/${slug}.ics`)).status === 200)
      hubPages.push(slug);
  }
  hubPages.sort();
  check(sameSet(hubPages, slugs), 'index.html at 1280 px',
        `a link to HUB.html for each of the ${plural(slugs.length, 'public hub')} ` +
        `(${slugs.join(', ')})`, hubPages.length ? hubPages.join(', ') : 'no hub page links');
  return hubPages;
}

/** 1, 6 and 7: each page at each width, with the policy enforced. Returns every link seen,
 *  by its resolved address, with the first page it was seen on. */
async function checkPages(browser, origin, pages, shotsDir, fetchSite) {
  const links = new Map();
  for (const width of WIDTHS) {
    const context = await newContext(browser, origin, width);
    for (const { file, slug } of pages) {
      const where = `${file} at ${width} px`;
      stage = `loading ${where}`;
      const { page, seen } = await openPage(context, `${origin}/${file}`);
      check(seen.errors.length === 0, where, 'no console errors', some(seen.errors, 3));
      check(seen.failed.length === 0, where, 'no failed requests', some(seen.failed, 3));
      const offSite = seen.requests.filter(u => !u.startsWith(`${origin}/`) &&
                                                !u.startsWith('data:'));
      check(offSite.length === 0, where, `no request off ${origin}`, some(offSite, 3));
      const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth,
                                                inner: window.innerWidth }));
      // A phone zooms a page wider than its meta viewport out to fit, so there innerWidth
      // grows with the content rather than scrollWidth past it.
      check(size.inner === width && size.scroll <= size.inner, where,
            `no horizontal scrolling (scrollWidth <= innerWidth = ${width})`,
            size.inner === width ? `scrollWidth ${size.scroll}`
              : `the page laid out ${size.inner} px wide (scrollWidth ${size.scroll}), ` +
                'zoomed out to fit');

      if (slug === null || slug === SCREENSHOT_HUB) {
        await page.evaluate(() => document.fonts.ready);
        const shot = path.join(shotsDir, `site-${slug ?? 'index'}-${width}.png`);
        await page.screenshot({ path: shot, fullPage: width < 600 });
        note(`screenshot: ${shot}`);
      }

      const light = await backgroundOf(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await backgroundOf(page);
      check(light !== dark, where, 'prefers-color-scheme: dark to change the background',
            `${light} in both`);
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      const moving = await movingElements(page);
      check(moving.length === 0, where,
            'no transition or animation under prefers-reduced-motion: reduce', some(moving, 3));

      // What does not change with the width, once.
      if (width === WIDTHS[WIDTHS.length - 1]) {
        for (const link of await linksOf(page)) {
          if (!links.has(link.href))
            links.set(link.href, { ...link, where });
        }
        await checkHead(page, where, slug, origin, fetchSite);
      }
      await page.close();
    }
    await context.close();
  }
  return links;
}

/** The policy, the icon, the feed link and the JSON-LD, read from the page as the browser
 *  parsed it. */
async function checkHead(page, where, slug, origin, fetchSite) {
  const meta = await page.evaluate(() => {
    const element = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
    const before = [];
    if (element) {
      for (const e of document.querySelectorAll('link, script, style')) {
        if (e.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
          before.push(`<${e.tagName.toLowerCase()}>`);
      }
    }
    return { content: element?.getAttribute('content') ?? null, before: [...new Set(before)] };
  });
  const problem = cspProblems(meta);
  check(problem === null, where, "a Content-Security-Policy meta first in <head>, default-src " +
        "'none' or 'self', nothing unsafe", problem);

  // Browsers ask for an icon by themselves, /favicon.ico unless the page names one; a 404 there
  // is a console error and a failed request in every visitor's browser. (Intercepting requests,
  // as this test does to keep everything on loopback, stops Chromium asking, hence this check.)
  const icons = await page.evaluate(() => Array.from(
    document.querySelectorAll('link[rel~="icon" i]'), l => l.href));
  const tried = icons.length ? icons : [`${origin}/favicon.ico`];
  const fetched = await Promise.all(tried.map(u => u.startsWith('data:')
    ? { status: 200 } : fetchSite(u)));
  check(fetched.some(r => r.status === 200), where,
        'an icon the browser can fetch (a <link rel="icon">, or /favicon.ico)',
        tried.map((u, i) => `${u.replace(`${origin}/`, '')}: HTTP ${fetched[i].status}`)
          .join('; '));
  if (slug === null)
    return;

  const feeds = await page.evaluate(() => Array.from(
    document.querySelectorAll('link[rel~="alternate" i][type="text/calendar" i]'), l => l.href));
  check(feeds.includes(`${origin}/${slug}.ics`), where,
        `<link rel="alternate" type="text/calendar"> to ${slug}.ics`, some(feeds) || 'none');

  const blocks = await page.evaluate(() => Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'), s => s.textContent));
  const parsed = [];
  for (const block of blocks) {
    try {
      parsed.push(JSON.parse(block));
    } catch (error) {
      check(false, where, 'JSON-LD that parses', error.message);
    }
  }
  const events = jsonLdEvents(parsed);
  const complete = events.filter(e => e.name && e.startDate && e.endDate && e.location);
  check(complete.length > 0, where, 'a schema.org Event in JSON-LD with name, startDate, ' +
        'endDate and location', blocks.length === 0 ? 'no <script type="application/ld+json">'
        : `${plural(events.length, 'Event')}, ${complete.length} complete`);
  const badDates = events.flatMap(e => [e.startDate, e.endDate])
    .filter(t => !RFC3339.test(t ?? ''));
  check(badDates.length === 0, where, 'every JSON-LD startDate and endDate in RFC 3339 ' +
        '(Z or ±HH:MM)', `${badDates.length} not: ${some(badDates, 2)}`);
  const contexts = parsed.map(p => JSON.stringify(p['@context'] ?? ''));
  check(parsed.length > 0 && contexts.every(c => /schema\.org/.test(c)), where,
        'JSON-LD with @context schema.org', some(contexts) || 'none');
}

/** 2: same-origin links resolve, webcal is http with the scheme swapped, the rest well formed. */
async function checkLinks(links, fetchSite, origin, places, out) {
  // The public feeds, to check the links calendar services are given against.
  const published = new Set(filesUnder(out).filter(f => f.endsWith('.ics') &&
                                                      !f.startsWith('private/'))
                                           .map(f => `${origin}/${f}`));
  const siteIcs = new Set();
  for (const href of links.keys()) {
    if (href.startsWith(`${origin}/`) && new URL(href).pathname.endsWith('.ics'))
      siteIcs.add(href.split('#')[0]);
  }
  const external = [];
  for (const [href, link] of links) {
    const what = `link "${link.raw}"`;
    if (href.startsWith(`${origin}/`)) {
      const got = await fetchSite(href);
      check(got.status === 200, link.where, `${what} to resolve (HTTP 200)`, `HTTP ${got.status}`);
      const fragment = new URL(href).hash.slice(1);
      if (fragment && got.status === 200 && /html/.test(got.type ?? '')) {
        const target = decodeURIComponent(fragment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const id = new RegExp(`\\s(id|name)="${target}"`);
        check(id.test(got.text), link.where, `${what}: an element with id "${fragment}" there`,
              'none');
      }
    } else if (href.startsWith('webcal://')) {
      const asHttp = href.replace(/^webcal:\/\//, 'http://');
      // Only this server is ever asked: nothing of the test's leaves loopback.
      const ours = asHttp.startsWith(`${origin}/`);
      const got = ours ? await fetchSite(asHttp) : null;
      check(ours && asHttp.endsWith('.ics') && got.status === 200 &&
            /^text\/calendar/.test(got.type ?? ''), link.where,
            `${what}: an .ics of this site with the scheme swapped`,
            ours ? `${asHttp}: HTTP ${got.status} ${got.type ?? ''}` : `${asHttp}, elsewhere`);
      // Not every phone or desktop opens webcal: the page must give the plain link too.
      check(siteIcs.has(asHttp), link.where,
            `${what}: the page also to link ${asHttp.replace(`${origin}/`, '')} itself`,
            'no such link');
    } else {
      external.push([href, link]);
    }
  }
  for (const [href, link] of external) {
    const slug = /^([^ ]+)\.html at/.exec(link.where)?.[1];
    const problem = externalProblem(href, published, places.get(slug));
    check(problem === null, link.where, `link "${link.raw}" to be ${problem ?? 'well formed'}`,
          href);
  }
  note(`${links.size} distinct links, ${external.length} external (not fetched)`);
}

/** 4: hubs.json against the hubs and occurrences the CLI lists. */
async function checkHubsJson(fetchSite, origin, publicHubs, upcoming) {
  const where = 'hubs.json (file)';
  const got = await fetchSite(`${origin}/hubs.json`);
  if (!check(got.status === 200 && /^application\/json/.test(got.type ?? ''), where,
             'served (HTTP 200, application/json)', `HTTP ${got.status} ${got.type ?? ''}`))
    return null;
  let hubs;
  try {
    hubs = hubsOf(JSON.parse(got.text));
  } catch (error) {
    check(false, where, 'JSON that parses', error.message);
    return null;
  }
  if (!check(hubs !== null, where, 'a list of hubs (or an object with one in "hubs")',
             got.text.slice(0, 80)))
    return null;
  const ids = hubs.map(jsonHub.id);
  const want = publicHubs.map(h => h.slug);
  check(sameSet(ids, want), where, `every public hub once (${want.join(', ')})`, ids.join(', '));
  let cancelledSeen = 0;
  for (const hub of hubs) {
    const id = jsonHub.id(hub);
    const cli = publicHubs.find(h => h.slug === id);
    if (!cli)
      continue;
    const at = `hubs.json, ${id} (file)`;
    check(jsonHub.name(hub) === cli.name && typeof hub.address === 'string' &&
          hub.address.includes(cli.address) &&
          Math.abs(jsonHub.latitude(hub) - cli.latitude) < 1e-6 &&
          Math.abs(jsonHub.longitude(hub) - cli.longitude) < 1e-6, at,
          `title "${cli.name}", an address with "${cli.address}", latitude ${cli.latitude} and ` +
          `longitude ${cli.longitude}`,
          `"${jsonHub.name(hub)}", "${hub.address}", ${jsonHub.latitude(hub)}, ` +
          `${jsonHub.longitude(hub)}`);
    const listed = jsonHub.openings(hub);
    if (!check(Array.isArray(listed) && listed.length > 0, at, 'a list of upcoming openings',
               JSON.stringify(listed)?.slice(0, 80)))
      continue;
    const unreadable = listed.flatMap(o => [jsonOpening.start(o), jsonOpening.end(o)])
      .filter(t => !RFC3339.test(t ?? ''));
    check(unreadable.length === 0, at, 'every start_date and end_date in RFC 3339 ' +
          '(YYYY-MM-DDTHH:MM:SS with Z or ±HH:MM, as JavaScript\'s Date reads)',
          `${unreadable.length} not: ${some(unreadable, 2)}`);
    // Up to the last opening it lists (the site may list fewer than the feeds), and at least
    // four weeks ahead.
    const horizon = Math.max(...listed.map(o => Date.parse(leniently(jsonOpening.start(o)))),
                             Date.now() + 28 * DAY_MS);
    const expected = upcoming.filter(o => o.hub === id && Date.parse(o.start) <= horizon)
      .map(o => openingKey(o.start, o.end, o.status === 'cancelled'));
    const found = listed.map(o => openingKey(jsonOpening.start(o), jsonOpening.end(o),
                                             jsonOpening.cancelled(o)));
    const missing = expected.filter(k => !found.includes(k));
    const extra = found.filter(k => !expected.includes(k));
    const cancelled = expected.filter(k => k.endsWith('cancelled')).length;
    cancelledSeen += found.filter(k => k.endsWith('cancelled')).length;
    check(missing.length === 0 && extra.length === 0, at,
          `the ${plural(expected.length, 'upcoming opening')} occurrences --json lists ` +
          `(${cancelled} cancelled)`, `${missing.length} missing (${some(missing, 2)}), ` +
          `${extra.length} extra (${some(extra, 2)})`);
  }
  check(cancelledSeen > 0, where, 'the demo\'s cancellations among the openings', 'none');
  return hubs;
}

/** 3, without JavaScript: the index lists every hub, a hub page its next opening. */
async function checkWithoutScript(browser, origin, publicHubs, hubPages, upcoming) {
  const context = await newContext(browser, origin, 1280, { javaScriptEnabled: false });
  const where = 'index.html at 1280 px, no JavaScript';
  const { page } = await openPage(context, `${origin}/index.html`, { script: false });
  const slugs = new Set(publicHubs.map(h => h.slug));
  const shown = await visibleHubs(page, slugs, origin);
  check(shown.length === publicHubs.length && shown.length === hubPages.length, where,
        `every hub listed (${publicHubs.length} in hub list --json, ${hubPages.length} hub pages)`,
        `${plural(shown.length, 'hub')}: ${shown.join(', ')}`);
  const text = await page.locator('body').innerText();
  const unnamed = publicHubs.filter(h => !text.includes(h.name)).map(h => h.name);
  check(unnamed.length === 0, where, 'every hub\'s name visible', `none of ${some(unnamed)}`);
  await checkNoDeadControls(page, where);
  await page.close();

  for (const slug of hubPages) {
    const at = `${slug}.html at 1280 px, no JavaScript`;
    const hubPage = (await openPage(context, `${origin}/${slug}.html`, { script: false })).page;
    await checkNoDeadControls(hubPage, at);
    const body = await hubPage.locator('body').innerText();
    const mine = upcoming.filter(o => o.hub === slug);
    const next = mine.find(o => o.status === 'scheduled');
    if (next) {
      // An opening under way may be shown as "open now" rather than by its date: the one
      // after it will do then.
      const candidates = [next, ...(Date.parse(next.start) <= Date.now()
        ? mine.filter(o => o.status === 'scheduled' && o !== next).slice(0, 1) : [])];
      const shows = candidates.some(o => dayPattern(o.start).test(body) &&
                                         body.includes(clockOf(o.start)));
      check(shows, at, `the next opening (${dayText(next.start)}, ${clockOf(next.start)})`,
            `"${oneLine(body).slice(0, 120)}…"`);
    }
    // Cancellations in the next four weeks are said as such beside their dates.
    for (const o of mine.filter(o => o.status === 'cancelled' &&
                                     Date.parse(o.start) < Date.now() + 28 * DAY_MS)) {
      const pattern = dayPattern(o.start);
      const said = await hubPage.evaluate(([source]) => {
        const re = new RegExp(source);
        const holders = Array.from(document.querySelectorAll('main *'))
          .filter(e => re.test(e.textContent) &&
                       !Array.from(e.children).some(c => re.test(c.textContent)));
        return holders.map(e => (e.closest('li, tr, article, p, dd') ?? e).textContent.trim());
      }, [pattern.source]);
      check(said.some(t => /cancel|closed/i.test(t)), at,
            `the cancelled opening on ${dayText(o.start)} said to be cancelled or closed`,
            said.length ? `"${oneLine(said[0]).slice(0, 100)}"` : 'the date nowhere');
    }
    await hubPage.close();
  }
  await context.close();
}

/** A control that does nothing without the script (the policy allows no form to submit)
 *  should not be offered without it. */
async function checkNoDeadControls(page, where) {
  const dead = [];
  for (const control of await page.locator('button, input, select, textarea')
    .filter({ visible: true }).all()) {
    dead.push(await control.evaluate(e => `<${e.tagName.toLowerCase()}` +
      (e.id ? ` id="${e.id}"` : '') + `> "${(e.textContent || e.placeholder || '').trim()}"`));
  }
  check(dead.length === 0, where, 'no control that needs JavaScript', some(dead, 3));
}

/** 3, with JavaScript (and the policy enforced): the filter and "Near me". */
async function checkFilterAndNearMe(browser, origin, publicHubs, places) {
  const context = await newContext(browser, origin, 1280);
  const where = 'index.html at 1280 px';
  const { page } = await openPage(context, `${origin}/index.html`);
  const slugs = new Set(publicHubs.map(h => h.slug));
  const all = publicHubs.map(h => h.slug);

  let input = null;
  for (const candidate of [page.getByRole('searchbox', { name: /\S/ }),
                           page.getByRole('textbox', { name: /\S/ }),
                           page.locator('input[type="search"]')]) {
    if (await candidate.count() > 0) {
      input = candidate.first();
      break;
    }
  }
  if (check(input !== null && await input.isVisible(), where,
            'a visible search box with an accessible name (role searchbox or textbox)',
            input ? 'one, hidden' : 'none')) {
    for (const query of [...FILTER_QUERIES, '']) {
      const wanted = publicHubs.filter(h => query === '' ||
        `${h.name} ${h.address} ${h.postcode}`.toLowerCase().includes(query.toLowerCase()))
        .map(h => h.slug);
      await input.fill('');
      if (query)
        await input.pressSequentially(query);
      const shown = await settle(() => visibleHubs(page, slugs, origin), s => sameSet(s, wanted));
      check(sameSet(shown, wanted), where,
            query ? `typing "${query}" to leave ${wanted.length ? wanted.join(', ') : 'no hub'}`
                  : `clearing the search to show all ${all.length} hubs`,
            shown.length ? shown.join(', ') : 'no hub visible');
    }
  }

  const button = page.getByRole('button', { name: /near me/i }).first();
  const offered = check(await button.isVisible(), where, 'a visible "Near me" button', 'none');
  await context.close();
  if (!offered)
    return;

  // A context of its own for each place: the page may rightly take a position the browser
  // already has (maximumAge), as a person clicking twice in one place would want.
  for (const place of PLACES) {
    const at = `${where}, ${place.label}`;
    const placed = await newContext(browser, origin, 1280, {
      permissions: ['geolocation'], geolocation: { latitude: place.latitude,
                                                   longitude: place.longitude } });
    await placed.grantPermissions(['geolocation'], { origin });
    const { page: nearPage } = await openPage(placed, `${origin}/index.html`);
    const order = [...places].filter(([slug]) => slugs.has(slug))
      .map(([slug, p]) => [slug, distanceKm(place.latitude, place.longitude,
                                            p.latitude, p.longitude)])
      .sort((a, b) => a[1] - b[1]).map(([slug]) => slug);
    await nearPage.getByRole('button', { name: /near me/i }).first().click();
    const shown = await settle(() => visibleHubs(nearPage, slugs, origin), s => s[0] === order[0]);
    check(shown[0] === order[0], at,
          `"Near me" to list ${order[0]} first (nearest by great-circle distance)`,
          shown[0] ?? 'no hub');
    const sorted = order.filter(s => shown.includes(s));
    check(shown.join() === sorted.join(), at,
          `"Near me" to list the hubs nearest first (${sorted.join(', ')})`, shown.join(', '));
    await placed.close();
  }
}

/** 5: axe-core, with the policy bypassed only so that its script can be injected. */
async function checkAxe(browser, origin, pages) {
  const axePath = require.resolve('axe-core/axe.min.js');
  for (const width of WIDTHS) {
    for (const scheme of ['light', 'dark']) {
      const context = await newContext(browser, origin, width,
                                       { bypassCSP: true, colorScheme: scheme });
      for (const { file } of pages) {
        const where = `${file} at ${width} px, ${scheme}`;
        stage = `running axe-core on ${where}`;
        const { page } = await openPage(context, `${origin}/${file}`);
        await page.addScriptTag({ path: axePath });
        const result = await page.evaluate(tags => window.axe.run(document, {
          runOnly: tags, resultTypes: ['violations'] }), AXE_TAGS);
        const violations = result.violations;
        check(violations.length === 0, where, 'no WCAG 2.1 AA violations (axe-core)',
              violations.map(v => `${v.id} (${v.impact}, ${plural(v.nodes.length, 'element')})`)
                .join(', '));
        for (const v of violations) {
          for (const node of v.nodes) {
            note(`${where}: ${v.id} [${v.impact}] ${node.target.join(' ')} ${v.helpUrl}`);
            note(`  ${oneLine(node.failureSummary)}`);
          }
        }
        await page.close();
      }
      await context.close();
    }
  }
}

process.exitCode = await main().catch(error => {
  if (!stopping)
    console.log(`Bail out! ${stage}: ${oneLine(error.stack || error)}`);
  return 1;
});
