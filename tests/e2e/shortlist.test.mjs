// The shortlist leaves the browser: in the link (a fresh browser opens the same ranked list),
// as a calendar file, on paper (A4) and in a mail to the coordinator; compared side by side;
// a full list says so where the student pressed; every change is announced. Keyboard only,
// axe-clean in each state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axe, browserAndServer, events, focus, newPage, waitForReady } from './harness.mjs';

const site = browserAndServer();

const inWidget = (page, fn, arg) => page.locator('partner-matcher').evaluate(fn, arg);

/** Opens the demo at `path`, once `shown` (the first card by default) is in the widget. */
async function open(t, path = '', shown = '.pm-card') {
  const page = await newPage(site.browser);
  t.after(() => page.context().close());
  await page.goto(new URL(path, site.server.url).href);
  await waitForReady(page);
  await page.locator(`partner-matcher ${shown}`).first().waitFor();
  return page;
}

/** The shortlist's entries (data-key) in order. */
const entries = (page) => inWidget(page, (el) => [...el.shadowRoot.querySelectorAll('.pm-sl-item')].map((li) => li.dataset.key));

/** What the status region says, once it says something matching `re`. */
async function announced(page, re) {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-live').textContent), re.source, { timeout: 5_000 }).catch(() => {});
  return inWidget(page, (el) => el.shadowRoot.querySelector('.pm-live').textContent);
}

/** Saves the `n`th result with the keyboard; resolves to its key. */
async function save(page, n) {
  const card = page.locator('partner-matcher .pm-card').nth(n);
  const key = await card.getAttribute('data-key');
  const before = (await entries(page)).length;
  await card.locator('.pm-save').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((count) => document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-sl-item').length > count, before);
  return key;
}

/** A minimal RFC 5545 reader: unfolds lines, checks CRLF and 75 octets, returns the events. */
function parseIcs(text) {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  const raw = text.split('\r\n').slice(0, -1);
  for (const line of raw) {
    assert.ok(!line.includes('\n') && !line.includes('\r'), `bare line break in ${JSON.stringify(line)}`);
    assert.ok(Buffer.byteLength(line) <= 75, `line of ${Buffer.byteLength(line)} octets: ${line}`);
  }
  const lines = [];
  for (const line of raw) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'));
  assert.ok(lines.some((l) => l.startsWith('PRODID:')));
  const events = [];
  let current = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') { events.push(current); current = null; } else if (current) {
      const colon = line.indexOf(':');
      const value = line.slice(colon + 1).replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
      current[line.slice(0, colon)] = value;
    }
  }
  return events;
}

const dayAfter = (yyyymmdd) => {
  const d = new Date(Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8) + 1));
  return d.toISOString().slice(0, 10).replace(/-/g, '');
};

test('a shortlist of three opens from a copied link in a fresh browser, in its order', async (t) => {
  const page = await open(t);
  const saved = [await save(page, 0), await save(page, 1), await save(page, 2)];
  assert.match(await announced(page, /saved in/), /saved in “.*”, place \d of \d\./, 'saving is announced');
  // The saved result's button says what it does now, with "Saved" beside it.
  const card = page.locator('partner-matcher .pm-card').first();
  assert.match(await card.locator('.pm-save').innerText(), /Remove/);
  assert.match(await card.locator('.pm-saved').innerText(), /Saved/);
  const link = page.url();
  assert.match(link, /pm-list=/, `the link carries the shortlist: ${link}`);

  const fresh = await newPage(site.browser);
  t.after(() => fresh.context().close());
  await fresh.goto(link);
  await waitForReady(fresh);
  await fresh.waitForFunction(() => document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-sl-item').length === 3);
  const shown = await entries(fresh);
  assert.deepEqual([...shown].sort(), [...saved].sort(), 'the same three');
  assert.deepEqual(shown, await entries(page), 'in the same order');
  // The link's list is kept in the new browser.
  const stored = await fresh.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('partner-matcher:shortlist:'))?.[1]);
  assert.equal(JSON.parse(stored ?? '[]').length, 3);
});

test('the calendar file, the mail to the coordinator, print on A4 and the comparison', async (t) => {
  // Two partner schools in Europe (one list) and a BIP.
  const page = await open(t, '?pm-show=institution&pm-region=europe');
  const schools = [await save(page, 0), await save(page, 1)];
  await page.goto(new URL('?pm-show=bip', site.server.url).href);
  await page.locator('partner-matcher .pm-card').first().waitFor();
  const bip = await save(page, 0);

  // The calendar: downloaded as the student gets it, and read back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('partner-matcher .pm-ics').click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const ics = await new Promise((resolve, reject) => {
    download.createReadStream().then((stream) => {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      stream.on('error', reject);
    }, reject);
  });
  const events = parseIcs(ics);
  assert.ok(events.length >= 3, `deadlines and BIP days: ${events.length}`);
  for (const e of events) {
    assert.ok(e.UID && e.DTSTAMP && e.SUMMARY, JSON.stringify(e));
    assert.match(e['DTSTART;VALUE=DATE'], /^\d{8}$/);
    assert.match(e.DTSTAMP, /^\d{8}T\d{6}Z$/);
  }
  assert.equal(new Set(events.map((e) => e.UID)).size, events.length, 'unique UIDs');
  const days = events.find((e) => e.SUMMARY.startsWith('BIP: '));
  assert.ok(days, 'the BIP days are an event');
  assert.ok(days['DTEND;VALUE=DATE'] > days['DTSTART;VALUE=DATE'], 'an all-day range');
  const deadlines = events.filter((e) => e.SUMMARY.startsWith('Apply by: '));
  assert.ok(deadlines.length >= 1, 'the schools\' next deadlines');
  for (const e of deadlines) assert.match(e.SUMMARY, /\((autumn|spring) \d{4}\)$/, 'with the stay and its year');
  for (const e of deadlines) assert.equal(e['DTEND;VALUE=DATE'], dayAfter(e['DTSTART;VALUE=DATE']), 'a deadline is one day, its end exclusive');

  // The mail: to the office the catalogue names, the ranked lists and the link, decoded.
  const href = await page.locator('partner-matcher .pm-send').getAttribute('href');
  assert.match(href, /^mailto:international@example\.org\?subject=[^&]+&body=/);
  const params = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
  assert.equal(params.get('subject'), 'My shortlist for an exchange');
  const body = params.get('body');
  assert.match(body, /\r\n1\. .*\r\n/, body);
  const names = await inWidget(page, (el) => [...el.shadowRoot.querySelectorAll('.pm-sl-name')].map((b) => b.textContent));
  let at = -1;
  for (const name of names) {
    const next = body.indexOf(name);
    assert.ok(next > at, `${name} in the mail, in order:\n${body}`);
    at = next;
  }
  const mailed = body.match(/The list online: (\S+)/)?.[1];
  assert.ok(mailed, 'the link is in the mail');
  for (const key of [...schools, bip]) assert.ok(new URL(mailed).search.includes(key.split(':')[1]), `${key} in ${mailed}`);

  // Compare: the entries side by side, a column each, a row per fact; axe-clean; keyboard.
  const compare = page.locator('partner-matcher details.pm-compare');
  assert.equal(await compare.getAttribute('open'), null, 'closed at first');
  await compare.locator('summary').focus();
  await page.keyboard.press('Enter');
  const table = compare.locator('table');
  await table.waitFor();
  assert.equal(await compare.getAttribute('open'), '', 'opened with the keyboard');
  assert.equal(await table.locator('thead th[scope="col"]').count(), 3, 'a column per entry');
  const rows = await table.locator('tbody th[scope="row"]').allInnerTexts();
  assert.deepEqual(rows, ['Levels', 'Language', 'Length', 'Places', 'Next deadline', 'Estimate']);
  const tops = await table.locator('thead th[scope="col"]').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().top)));
  assert.equal(new Set(tops).size, 1, `side by side: ${tops}`);
  assert.match(await table.locator('tbody tr').last().innerText(), /Erasmus\+/, 'the estimate');
  assert.deepEqual(await axe(page), [], 'compare is axe-clean');
  // Searching re-renders the widget; the comparison stays open while its list is the same.
  await page.locator('partner-matcher input[type=search]').fill('kunst');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('pm-q') === 'kunst', null, { timeout: 5_000 });
  assert.equal(await compare.getAttribute('open'), '', 'still open after a search');
  await compare.locator('summary').click();

  // Print: only the shortlist with its facts, on A4.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.pm-side', '.pm-results-section', '.pm-export', '.pm-sl-buttons', '.pm-compare']) {
    assert.equal(await page.locator(`partner-matcher ${hidden}`).first().isVisible(), false, `${hidden} is not printed`);
  }
  assert.ok(await page.locator('partner-matcher .pm-sl-facts').first().isVisible(), 'the facts are printed');
  assert.match(await page.locator('partner-matcher .pm-sl-facts').first().innerText(), /Levels[\s\S]*Next deadline[\s\S]*Estimate/);
  const width = await page.locator('partner-matcher .pm-shortlist').evaluate((el) => el.getBoundingClientRect().width);
  assert.ok(width > 0);
  assert.deepEqual(await axe(page), [], 'print is axe-clean');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  assert.ok(pages >= 1 && pages <= 3, `printed on ${pages} A4 pages`);
  await page.emulateMedia({ media: 'screen' });
});

test('a full list says so where the student pressed, and it is announced; moves are announced', async (t) => {
  const page = await open(t, '?pm-show=institution&pm-region=europe');
  for (const n of [0, 1, 2]) await save(page, n);
  const fourth = page.locator('partner-matcher .pm-card').nth(3);
  await fourth.locator('.pm-save').focus();
  await page.keyboard.press('Enter');
  await fourth.locator('.pm-full-here').waitFor();
  assert.match(await fourth.locator('.pm-full-here').innerText(), /Exchanges in Europe.*is full \(3\)/);
  assert.match(await announced(page, /is full/), /is full/);
  assert.equal((await entries(page)).length, 3, 'not saved');
  assert.deepEqual(await axe(page), [], 'the full state is axe-clean');

  // Move the first down with the keyboard: said, and focus stays on the entry.
  const first = (await entries(page))[0];
  await page.locator(`partner-matcher .pm-sl-item[data-key="${first}"] .pm-down`).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((k) => document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-sl-item')[1]?.dataset.key === k, first);
  assert.match(await announced(page, /now place 2 of 3/), /now place 2 of 3/);
  const where = await focus(page);
  assert.ok(where.inside && /pm-(up|down)/.test(where.cls), `focus stays on the moved entry: ${JSON.stringify(where)}`);
  // Remove: said too.
  await page.keyboard.press('Shift+Tab');
  await page.locator(`partner-matcher .pm-sl-item[data-key="${first}"] .pm-remove`).focus();
  await page.keyboard.press('Enter');
  assert.match(await announced(page, /removed from your shortlist/), /removed from your shortlist/);
});

/** Presses Enter on the shortlist's name of `id`; resolves, once a card's title has focus
 * with its details open, to that card's key, the cards shown, whether the map is open and
 * the page URL's parameters. */
async function reveal(page, id) {
  await page.locator(`partner-matcher .pm-sl-item[data-key$=":${id}"] .pm-sl-name`).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const active = document.querySelector('partner-matcher').shadowRoot.activeElement;
    return active?.classList.contains('pm-card-title') && active.closest('.pm-card').querySelector('.pm-detail');
  }, null, { timeout: 5_000 });
  const shown = await inWidget(page, (el) => ({
    key: el.shadowRoot.activeElement.closest('.pm-card').dataset.key,
    cards: el.shadowRoot.querySelectorAll('.pm-card').length,
    map: !!el.shadowRoot.querySelector('.pm-map-svg'),
  }));
  return { ...shown, params: new URL(page.url()).searchParams };
}

test('the name of a saved result shows it where it stands, the student\'s choices kept', async (t) => {
  // Among the first ten: its details open in place; the level chosen stays, no search is typed.
  const page = await open(t, '?pm-level=master');
  const key = await save(page, 2);
  const id = key.split(':')[1];
  let shown = await reveal(page, id);
  assert.equal(shown.key, key);
  assert.equal(shown.cards, 10);
  assert.deepEqual((await events(page, 'select')).map((e) => `${e.detail.kind}:${e.detail.id}`), [key]);
  assert.equal(shown.params.get('pm-level'), 'master');
  assert.equal(shown.params.get('pm-q'), null);
  assert.equal(await page.locator('partner-matcher .pm-programme select').inputValue(), 'photography');
  assert.deepEqual(await axe(page), []);

  // Further down the results: the pages up to it are shown.
  await page.goto(new URL('?pm-list=', site.server.url).href);
  await waitForReady(page);
  const more = page.locator('partner-matcher .pm-more');
  while (await more.count()) await more.click();
  const keys = await page.locator('partner-matcher .pm-card').evaluateAll((cards) => cards.map((c) => c.dataset.key));
  const far = keys.slice(20).find((k) => k.startsWith('institution:'));
  const fresh = await open(t, `?pm-list=${far.split(':')[1]}`);
  shown = await reveal(fresh, far.split(':')[1]);
  assert.equal(shown.key, far);
  assert.equal(shown.cards, 10 * (Math.floor(keys.indexOf(far) / 10) + 1));
  assert.equal(shown.params.get('pm-q'), null);

  // From the map: the list comes back with the result in it.
  const onMap = await open(t, `?pm-list=${id}&pm-level=master&pm-view=map`, '.pm-map-svg');
  shown = await reveal(onMap, id);
  assert.equal(shown.key, key);
  assert.equal(shown.map, false);
  assert.equal(shown.params.get('pm-view'), null);
  assert.equal(shown.params.get('pm-level'), 'master');
});

test('the name of a saved result the search leaves out searches for it by name', async (t) => {
  const page = await open(t, '?pm-list=ensp-arles');
  await page.locator('partner-matcher .pm-query input').fill('zzz');
  await page.locator('partner-matcher .pm-empty').waitFor();
  const shown = await reveal(page, 'ensp-arles');
  assert.equal(shown.key, 'institution:ensp-arles');
  assert.match(shown.params.get('pm-q'), /photographie/);
  // The page hears which result's details opened, as when a card or the map opens them.
  const selected = (await events(page, 'select')).map((e) => e.detail.id);
  assert.deepEqual(selected, ['ensp-arles']);
  assert.deepEqual(page.problems, []);
});

test('in Dutch: Bewaard and Verwijderen, the lists, the export and the mail in Dutch', async (t) => {
  const page = await open(t, 'nl.html?pm-show=institution');
  const key = await save(page, 0);
  const card = page.locator(`partner-matcher .pm-card[data-key="${key}"]`);
  assert.match(await card.locator('.pm-save').innerText(), /Verwijderen/);
  assert.match(await card.locator('.pm-saved').innerText(), /Bewaard/);
  assert.match(await announced(page, /bewaard in/), /bewaard in “Uitwisselingen (in|buiten) Europa”, plaats 1 van 3\./);
  const shortlist = await page.locator('partner-matcher .pm-shortlist').innerText();
  assert.match(shortlist, /Jouw keuzelijst/);
  assert.match(shortlist, /Volgende deadline: \d+ \S+ \d{4} \((najaar|voorjaar) \d{4}\)/);
  for (const label of ['Vergelijken', 'Afdrukken', 'Deadlines in mijn agenda', 'Naar mijn coördinator sturen']) {
    assert.match(shortlist, new RegExp(label), label);
  }
  const href = await page.locator('partner-matcher .pm-send').getAttribute('href');
  const params = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
  assert.equal(params.get('subject'), 'Mijn keuzelijst voor een uitwisseling');
  assert.match(params.get('body'), /^Beste,\r\n/);
  await page.locator('partner-matcher .pm-compare summary').click();
  const rows = await page.locator('partner-matcher .pm-compare tbody th').allInnerTexts();
  assert.deepEqual(rows, ['Niveaus', 'Taal', 'Duur', 'Plaatsen', 'Volgende deadline', 'Raming']);
  assert.deepEqual(await axe(page), [], 'axe in Dutch');
});
