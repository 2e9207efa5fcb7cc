// The place names table (www/pkg/places.txt) in the built site: fetched only after a query word
// that matches nothing in the catalogue, once per page, under the strict CSP; a failed fetch
// leaves the results as they were.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { events, launch, newPage, startServer, violations, waitForReady, wwwWith } from './harness.mjs';

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

test('the table is fetched only after a query word that matches nothing, once, under the strict CSP', async () => {
  const page = await newPage(browser);
  const requests = watchPlaces(page);
  await page.goto(`${server.url}csp.html`);
  await waitForReady(page);
  await search(page, 'arles');
  await search(page, 'jazz amsterdam');
  assert.deepEqual(requests, [], 'words of the catalogue need no place names');
  const fetched = page.waitForResponse((r) => isPlaces(r.url()));
  await search(page, 'Turijn');
  const response = await fetched;
  assert.equal(response.status(), 200);
  assert.equal(new URL(response.url()).origin, new URL(server.url).origin, 'beside the wasm, same origin');
  await search(page, 'Napels');
  await search(page, 'Rijsel');
  assert.equal(requests.length, 1, 'fetched once per page');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems, []);
});

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
  rmSync(join(dir, 'pkg', 'places.txt'));
  const missing = await startServer({ www: dir });
  try {
    const page = await newPage(browser);
    const requests = watchPlaces(page);
    await page.goto(missing.url);
    await waitForReady(page);
    await search(page, 'arles');
    const shown = await cards(page);
    assert.ok(shown > 0);
    const warned = page.waitForEvent('console', { predicate: (m) => m.type() === 'warning' && m.text().includes('no place names'), timeout: 10_000 });
    await search(page, 'arles Turijn');
    await warned;
    assert.equal(requests.length, 1);
    assert.equal(await page.locator('partner-matcher .pm-error').count(), 0, 'no error state');
    assert.deepEqual(await events(page, 'error'), []);
    await search(page, 'arles');
    assert.equal(await cards(page), shown, 'the results are what they were');
    await search(page, 'arles Napels');
    assert.equal(requests.length, 1, 'not tried again');
    assert.deepEqual(page.problems, []);
  } finally {
    await missing.stop();
  }
});
