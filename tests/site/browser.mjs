// browser.mjs: what the two browser tests share: which Chromium, how it is started, and the
// types the pages' files are served as.
//
// SPDX-License-Identifier: GPL-3.0-or-later

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Nothing the browser does on its own (updates, sync, QUIC probes) should reach the network
// or race the pages' own requests; the sandbox needs user namespaces CI may not have.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// What docs/web-server/*.conf serve each type as; anything else is a 404 in the tests, so a new
// kind of file in the export fails them until both it and the server snippets know its type.
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
};
