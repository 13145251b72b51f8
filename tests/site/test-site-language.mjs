// test-site-language.mjs: the public pages in Polish and in Urdu, in Debian's Chromium
//
// The demo database exported with --language pl and --language ur, served on loopback, and
// read with JavaScript on, as a resident would: the page's lang and dir; the filter's and
// "Near me"'s words, which hubrota.js takes from the page (each expected string below is the
// catalogue's own); a distance in that language's numbers; no console error (the strict
// Content-Security-Policy enforced); and the Urdu page laid out right to left.
//
// Usage: node test-site-language.mjs --cli HUBROTA_CLI   (HUBROTA_LOCALEDIR names the
// catalogues; CHROMIUM another Chromium binary). TAP on stdout.
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
const require = createRequire(path.join(here, 'package.json'));
// Near Ampthill: its hub is the nearest, about 0.1 km away.
const NEAR_AMPTHILL = { latitude: 52.03, longitude: -0.49 };

const LANGUAGES = [
  { code: 'pl', dir: 'ltr', matching: 'Pasujące punkty: 1 z 7', nearest: 'Od najbliższych',
    distance: /^\d+,\d km stąd$/, nearMe: 'W pobliżu' },
  { code: 'ur', dir: 'rtl', matching: 'ملنے والے مراکز: 7 میں سے 1', nearest: 'قریب ترین پہلے',
    distance: /^\d+\.\d کلومیٹر دور$/, nearMe: null },
];

let count = 0;
let failed = false;
function check (ok, what, found) {
  count++;
  console.log(`${ok ? 'ok' : 'not ok'} ${count} - ${what}`);
  if (!ok) {
    console.log(`# found: ${found}`);
    failed = true;
  }
  return ok;
}

function serve (root) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    response.end(fs.readFileSync(file));
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main () {
  const cli = process.argv[process.argv.indexOf('--cli') + 1];
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch (e) {
    console.log(`Bail out! playwright-core is missing (build-aux/install-deps runs npm ci): ${e.message}`);
    process.exit(1);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hubrota-site-language-'));
  const db = path.join(work, 'demo.db');
  await run(cli, ['--database', db, 'init', '--demo']);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const language of LANGUAGES) {
      const root = path.join(work, language.code);
      const server = await serve(root);
      const origin = `http://127.0.0.1:${server.address().port}`;
      await run(cli, ['--database', db, 'export', '--output', root, '--language', language.code,
        '--base-url', origin]);
      const context = await browser.newContext({ geolocation: NEAR_AMPTHILL,
        permissions: ['geolocation'], viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors = [];
      page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', e => errors.push(String(e)));
      await page.goto(`${origin}/index.html`, { waitUntil: 'load' });

      const html = await page.evaluate(() => ({ lang: document.documentElement.lang,
        dir: getComputedStyle(document.body).direction }));
      check(html.lang === language.code, `${language.code}: <html lang>`, html.lang);
      check(html.dir === language.dir, `${language.code}: the page runs ${language.dir}`, html.dir);

      const status = page.locator('#finder-status');
      await page.fill('#hub-filter', 'Ampthill');
      await page.waitForFunction(() => document.getElementById('finder-status').textContent !== '');
      const matching = await status.textContent();
      check(matching === language.matching, `${language.code}: the filter's count in its words`, matching);
      await page.fill('#hub-filter', '');

      if (language.nearMe !== null) {
        const label = (await page.locator('#near-me').textContent()).trim();
        check(label === language.nearMe, `${language.code}: the Near me button`, label);
      }
      await page.click('#near-me');
      await page.waitForFunction(() => !document.getElementById('nearest').hidden);
      const nearest = await status.textContent();
      check(nearest === language.nearest, `${language.code}: "Nearest first" in its words`, nearest);
      const distance = await page.locator('#nearest .distance').first().textContent();
      check(language.distance.test(distance), `${language.code}: a distance in its numbers`, distance);

      // Right to left, the hub cards' text starts at their right edge.
      if (language.dir === 'rtl') {
        const sides = await page.evaluate(() => {
          const card = document.querySelector('li.hub .card').getBoundingClientRect();
          const name = document.querySelector('li.hub .card h3 a').getBoundingClientRect();
          return { gapRight: card.right - name.right, gapLeft: name.left - card.left };
        });
        check(sides.gapRight < sides.gapLeft, 'ur: a card\'s heading sits at its right',
          JSON.stringify(sides));
      }
      check(errors.length === 0, `${language.code}: no console error`, errors.join(' | '));
      await context.close();
      server.close();
    }
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`1..${count}`);
  process.exit(failed ? 1 : 0);
}

main().catch(e => {
  console.log(`Bail out! ${e.stack || e}`);
  process.exit(1);
});
