/* hubrota.js: what the public pages do when JavaScript runs. Every page reads and works
 * without it; this only adds the hub filter, "Near me", copying a calendar link, and keeps
 * "Next open" true on a day after the page was published. Nothing is fetched from anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
'use strict';

(function () {
  const ZONE = 'Europe/London';
  /* The page's language: its words are in <body data-words>, written by Hubrota in the
   * language it published in; dates and numbers are the browser's for that language. */
  const LANG = document.documentElement.lang || 'en-GB';
  let WORDS = {};

  /* say('openToday', { hours: '14:00–17:00' }): the page's words, with each {name} filled. */
  function say (key, values = {}) {
    const template = WORDS[key] || key;
    return template.replace(/\{(\w+)\}/g, (whole, name) =>
      Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole);
  }

  function londonDay (date) {
    return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit',
                                              day: '2-digit' }).format(date);
  }

  function londonClock (date) {
    return new Intl.DateTimeFormat(LANG, { timeZone: ZONE, hour: '2-digit', minute: '2-digit',
                                           hourCycle: 'h23' }).format(date);
  }

  function londonLongDay (date) {
    return new Intl.DateTimeFormat(LANG, { timeZone: ZONE, weekday: 'long', day: 'numeric',
                                           month: 'long' }).format(date);
  }

  /* "Open now until 17:00", "Open today 14:00–17:00", "Next open tomorrow, 14:00": the
   * published line says the date, which stays true; these words need today's date. */
  function nextOpenWords (start, end, now) {
    const today = londonDay(now);
    const tomorrow = londonDay(new Date(now.getTime() + 24 * 3600 * 1000));
    const hours = londonClock(start) + '–' + londonClock(end);
    if (start <= now)
      return [say('openNow', { end: londonClock(end) }), 'today'];
    if (londonDay(start) === today)
      return [say('openToday', { hours }), 'today'];
    if (londonDay(start) === tomorrow)
      return [say('openTomorrow', { hours }), ''];
    return [say('openOn', { day: londonLongDay(start), hours }), ''];
  }

  function refreshNextOpen (scope, now) {
    const line = scope.querySelector('.next-open');
    if (!line)
      return;
    const openings = Array.from(scope.querySelectorAll('[data-start]'))
      .filter(o => !o.hasAttribute('data-cancelled'))
      .map(o => ({ start: new Date(o.dataset.start), end: new Date(o.dataset.end) }))
      .filter(o => o.end > now)
      .sort((a, b) => a.start - b.start);
    if (openings.length === 0)
      return;
    const [words, kind] = nextOpenWords(openings[0].start, openings[0].end, now);
    line.textContent = words;
    line.classList.toggle('today', kind === 'today');
  }

  /* Openings that are over by the time someone reads the page drop out of its lists. */
  function hidePast (now) {
    for (const item of document.querySelectorAll('.openings > li[data-end]'))
      if (new Date(item.dataset.end) <= now)
        item.hidden = true;
  }

  function setUpFilter () {
    const finder = document.querySelector('.finder');
    const input = document.getElementById('hub-filter');
    const status = document.getElementById('finder-status');
    if (!finder || !input)
      return;
    const hubs = Array.from(document.querySelectorAll('.hub-list > li.hub'));
    finder.hidden = false;
    input.addEventListener('input', () => {
      const words = input.value.trim().toLowerCase().split(/\s+/).filter(w => w !== '');
      let shown = 0;
      for (const hub of hubs) {
        const text = hub.dataset.search || '';
        const match = words.every(w => text.includes(w));
        hub.classList.toggle('hidden-by-filter', !match);
        shown += match ? 1 : 0;
      }
      for (const group of document.querySelectorAll('.hub-group'))
        group.hidden = group.querySelector('li.hub:not(.hidden-by-filter)') === null;
      status.textContent = words.length === 0 ? ''
        : shown === 0 ? say('noMatch', { text: input.value.trim() })
        : say('matching', { shown: count(shown), total: count(hubs.length) });
    });
  }

  function count (n, digits = 0) {
    return new Intl.NumberFormat(LANG, { maximumFractionDigits: digits,
                                         minimumFractionDigits: digits }).format(n);
  }

  /* Great-circle distance in kilometres. */
  function distanceKm (lat1, lon1, lat2, lon2) {
    const rad = Math.PI / 180;
    const a = Math.sin((lat2 - lat1) * rad / 2) ** 2 +
              Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin((lon2 - lon1) * rad / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  }

  /* The browser asks the visitor first; the position never leaves the page. */
  function setUpNearMe () {
    const button = document.getElementById('near-me');
    const status = document.getElementById('finder-status');
    const nearest = document.getElementById('nearest');
    if (!button || !nearest || !('geolocation' in navigator))
      return;
    button.hidden = false;
    button.addEventListener('click', () => {
      status.textContent = say('locating');
      navigator.geolocation.getCurrentPosition(position => {
        const { latitude, longitude } = position.coords;
        const placed = Array.from(document.querySelectorAll('li.hub[data-lat]')).map(hub => ({
          hub, km: distanceKm(latitude, longitude, Number(hub.dataset.lat), Number(hub.dataset.lon))
        })).sort((a, b) => a.km - b.km);
        const list = nearest.querySelector('.hub-list');
        for (const { hub, km } of placed) {
          let distance = hub.querySelector('.distance');
          if (!distance) {
            distance = document.createElement('p');
            distance.className = 'distance';
            hub.querySelector('.card').appendChild(distance);
          }
          distance.textContent = say('distance', { km: count(km, km < 10 ? 1 : 0) });
          list.appendChild(hub);
        }
        for (const group of document.querySelectorAll('.hub-group'))
          group.hidden = group.querySelector('li.hub') === null;
        nearest.hidden = false;
        status.textContent = say('nearest');
      }, () => {
        status.textContent = say('notShared');
      }, { maximumAge: 600000, timeout: 15000 });
    });
  }

  function setUpCopy () {
    for (const button of document.querySelectorAll('button[data-copy]')) {
      if (!navigator.clipboard)
        continue;
      button.hidden = false;
      button.addEventListener('click', async () => {
        const link = new URL(button.dataset.copy, document.baseURI).href;
        const said = button.nextElementSibling;
        try {
          await navigator.clipboard.writeText(link);
          said.textContent = say('copied');
        } catch (e) {
          said.textContent = say('notCopied');
        }
      });
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const now = new Date();
    try {
      WORDS = JSON.parse(document.body.dataset.words || '{}');
    } catch (e) {
      WORDS = {};
    }
    hidePast(now);
    for (const hub of document.querySelectorAll('li.hub'))
      refreshNextOpen(hub, now);
    const page = document.querySelector('main.hub-page');
    if (page)
      refreshNextOpen(page, now);
    setUpFilter();
    setUpNearMe();
    setUpCopy();
  });
})();
