// The place names and words table (www/pkg/places.txt: data/places.txt + data/words.txt) in the
// built site: not part of the initial download, fetched on the first typed query, once per page,
// under the strict CSP; the search runs at once and again when it arrives; a failed fetch leaves
// the results as they were.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, events, launch, newPage, startServer, violations, waitForReady, wwwWith } from './harness.mjs';

let browser;
let server;

before(async () => {
  browser = await launch();
  server = await startServer();
});

after(async () => {
  await server?.stop();
  await browser?.close();
});

const isPlaces = (url) => new URL(url).pathname.endsWith('/pkg/places.txt');

/** Every request the page makes for the place names table. */
function watchPlaces(page) {
  const requests = [];
  page.on('request', (r) => { if (isPlaces(r.url())) requests.push(r.url()); });
  return requests;
}

/** Types `query` into the search box of `selector` and waits until the last `change` event is its. */
async function search(page, query, selector = 'partner-matcher') {
  await page.locator(`${selector} input[type=search]`).fill(query);
  await page.waitForFunction((q) => window.__events.findLast((e) => e.name === 'change')?.detail.query === q, query, { timeout: 5000 });
}

const cards = (page, selector = 'partner-matcher') => page.locator(`${selector} .pm-card`).count();

test('the table is fetched on the first typed query, once, under the strict CSP', async () => {
  const page = await newPage(browser);
  const requests = watchPlaces(page);
  await page.goto(`${server.url}csp.html`);
  await waitForReady(page);
  assert.ok(await cards(page) > 0, 'the programme\'s results, at once');
  assert.deepEqual(requests, [], 'not part of the initial download, nor of browsing by programme');
  const fetched = page.waitForResponse((r) => isPlaces(r.url()));
  await search(page, 'lyon');
  const response = await fetched;
  assert.equal(response.status(), 200);
  assert.equal(new URL(response.url()).origin, new URL(server.url).origin, 'beside the wasm, same origin');
  await search(page, 'Napels');
  await search(page, 'Rijsel');
  assert.equal(requests.length, 1, 'fetched once per page');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems, []);
});

// Keulen is Köln only for the table, and "summer" ("zomer") is no word of the catalogue: the
// search runs at once without the table, and again when it arrives, with the Cologne school and
// a note naming the word left out.
for (const [file, query, said] of [
  ['index.html', 'summer Keulen', 'No match for ‘summer’'],
  ['nl.html', 'zomer Keulen', 'Geen resultaat voor ‘zomer’'],
]) {
  test(`${file}: the search runs again with the table, and names the word left out`, async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}${file}`);
    await waitForReady(page);
    await search(page, query);
    await page.locator('partner-matcher .pm-card', { hasText: 'Köln' }).first().waitFor({ timeout: 10_000 });
    const notes = await page.locator('partner-matcher .pm-note').allTextContents();
    assert.ok(notes.some((n) => n.includes(said)), JSON.stringify(notes));
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.problems, []);
  });
}

test('two widgets on a page share one fetch of the table', async () => {
  const page = await newPage(browser);
  const requests = watchPlaces(page);
  await page.goto(`${server.url}two.html`);
  await waitForReady(page, 2);
  const fetched = page.waitForResponse((r) => isPlaces(r.url()));
  await search(page, 'Turijn', '#photo');
  await fetched;
  await search(page, 'Napels', '#jazz');
  assert.equal(requests.length, 1, JSON.stringify(requests));
  assert.deepEqual(page.problems, []);
});

test('a failed fetch of the table leaves the results as they were, with a console warning', async () => {
  const dir = wwwWith({});
  for (const file of ['places.txt', 'places.txt.gz', 'places.txt.br']) rmSync(join(dir, 'pkg', file));
  const missing = await startServer({ www: dir });
  try {
    const page = await newPage(browser);
    const requests = watchPlaces(page);
    await page.goto(missing.url);
    await waitForReady(page);
    const warned = page.waitForEvent('console', { predicate: (m) => m.type() === 'warning' && m.text().includes('no place names'), timeout: 10_000 });
    await search(page, 'arles');
    await warned;
    const shown = await cards(page);
    assert.ok(shown > 0, 'the catalogue\'s own words still find');
    assert.equal(requests.length, 1);
    assert.equal(await page.locator('partner-matcher .pm-error').count(), 0, 'no error state');
    assert.deepEqual(await events(page, 'error'), []);
    await search(page, 'arles Napels');
    await search(page, 'arles');
    assert.equal(await cards(page), shown, 'the results are what they were');
    assert.equal(requests.length, 1, 'not tried again');
    assert.deepEqual(page.problems, []);
  } finally {
    await missing.stop();
  }
});

test('a table with a bad line past its first parts is refused as a whole, naming the line', async () => {
  // The widget reads the table 16 KB at a time, a task each: the bad line at the end is met in
  // a later part, after the first have been read.
  const good = readFileSync(join(ROOT, 'www', 'pkg', 'places.txt'), 'utf8');
  const lines = good.split('\n').length;
  const dir = wwwWith({ 'pkg/places.txt': `${good}5106|372|many|Gent\n` });
  for (const file of ['places.txt.gz', 'places.txt.br']) rmSync(join(dir, 'pkg', file));
  const bad = await startServer({ www: dir });
  try {
    const page = await newPage(browser);
    await page.goto(bad.url);
    await waitForReady(page);
    const warned = page.waitForEvent('console', { predicate: (m) => m.type() === 'warning' && m.text().includes('no place names'), timeout: 10_000 });
    await search(page, 'arles');
    const warning = (await warned).text();
    assert.match(warning, new RegExp(`line ${lines}: the population is not a whole number`), warning);
    const shown = await cards(page);
    assert.ok(shown > 0, 'the catalogue\'s own words still find');
    // Mailand is Milano for the table only (three schools with it attached).
    await search(page, 'Mailand');
    const shownNow = await page.locator('partner-matcher .pm-card:visible').count();
    assert.equal(shownNow, 0, 'no place names attached: Mailand finds nothing');
    assert.equal(await page.locator('partner-matcher .pm-error').count(), 0, 'no error state');
    assert.deepEqual(await events(page, 'error'), []);
    assert.deepEqual(page.problems, []);
  } finally {
    await bad.stop();
  }
});
