// The map view (issue 14) in the built site: the List/Map switch, the outlines fetched once
// and only when the map is first opened, markers that follow the results, a marker's results
// opening in the list, pan and zoom by keyboard, the strict CSP page and axe in the map state.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axe, events, launch, newPage, startServer, violations, waitForEvent, waitForFocusInside, waitForReady } from './harness.mjs';

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

const isOutlines = (url) => new URL(url).pathname.endsWith('/pkg/outlines.txt');

/** Every request the page makes: the outline ones, and any to another origin. */
function watch(page) {
  const seen = { outlines: [], foreign: [] };
  page.on('request', (r) => {
    if (isOutlines(r.url())) seen.outlines.push(r.url());
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) seen.foreign.push(r.url());
  });
  return seen;
}

/** Opens the map and waits until its outlines are drawn. */
async function openMap(page) {
  await page.locator('partner-matcher .pm-view-map').click();
  await page.locator('partner-matcher .pm-map-svg .pm-land').waitFor({ timeout: 10_000 });
}

/** The markers: name, count and kind class, in document (= keyboard) order. */
function markers(page) {
  return page.locator('partner-matcher .pm-mk').evaluateAll((all) => all.map((g) => ({
    name: g.getAttribute('aria-label'),
    cls: g.getAttribute('class'),
    x: Number(/translate\((-?\d+)/.exec(g.getAttribute('transform'))[1]),
    // "Lyon, France: 2 partner schools"; with both kinds the total comes first.
    count: Number(g.getAttribute('aria-label').match(/: (\d+)/)[1]),
  })));
}

const mapCount = async (page) => Number((await page.locator('partner-matcher .pm-map-count').textContent()).match(/\d+/)[0]);
const viewBox = async (page) => (await page.locator('partner-matcher .pm-map-svg').getAttribute('viewBox')).split(' ').map(Number);

test('the map appears on the switch, its outlines are fetched once and only then, from the same origin, under the strict CSP', async () => {
  const page = await newPage(browser);
  const seen = watch(page);
  await page.goto(`${server.url}csp.html`);
  await waitForReady(page);
  assert.equal(await page.locator('partner-matcher .pm-view-list').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(seen.outlines, [], 'no outlines before the map is opened');
  await openMap(page);
  assert.equal(seen.outlines.length, 1);
  assert.equal(await page.locator('partner-matcher .pm-card').count(), 0, 'the map replaces the list');
  assert.match(page.url(), /[?&]pm-view=map\b/, 'kept in the URL');
  assert.ok((await markers(page)).length > 0);
  // Back to the list and to the map again: no second fetch.
  await page.locator('partner-matcher .pm-view-list').click();
  await page.locator('partner-matcher .pm-card').first().waitFor();
  assert.doesNotMatch(page.url(), /pm-view=/);
  await openMap(page);
  assert.equal(seen.outlines.length, 1, 'fetched once per page');
  assert.deepEqual(seen.foreign, [], 'no request leaves the origin');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems, []);
});

test('a link with pm-view=map opens on the map; the photography partners are on it', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}?pm-view=map`);
  await waitForReady(page);
  await page.locator('partner-matcher .pm-map-svg .pm-land').waitFor();
  const list = await markers(page);
  const total = list.reduce((n, m) => n + m.count, 0);
  assert.equal(total, await mapCount(page), 'every result that fits is on one marker');
  assert.ok(list.some((m) => /^Arles, France: /.test(m.name)), list.map((m) => m.name).join('; '));
  assert.deepEqual(page.problems, []);
});

test('markers follow the filters: only BIPs, then everything again', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await waitForReady(page);
  await openMap(page);
  const all = await markers(page);
  const before = await mapCount(page);
  await page.locator('partner-matcher input[name=pm-show]').nth(2).check();
  await page.waitForFunction((n) => {
    const text = document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-map-count')?.textContent;
    return text && Number(text.match(/\d+/)[0]) !== n;
  }, before);
  const bips = await markers(page);
  assert.ok(bips.length > 0 && bips.length < all.length, `${bips.length} of ${all.length}`);
  for (const m of bips) assert.match(m.cls, /pm-mk-bip/, m.name);
  assert.equal(bips.reduce((n, m) => n + m.count, 0), await mapCount(page));
  // The list agrees.
  await page.locator('partner-matcher .pm-view-list').click();
  const head = await page.locator('partner-matcher .pm-results-head').textContent();
  assert.equal(Number(head.match(/\d+/)[0]), await (async () => {
    await page.locator('partner-matcher .pm-view-map').click();
    return mapCount(page);
  })());
});

test('a marker lists its results, announces the choice, and opens one in the list', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await waitForReady(page);
  await openMap(page);
  const first = page.locator('partner-matcher .pm-mk').first();
  const name = await first.getAttribute('aria-label');
  await first.click();
  const place = page.locator('partner-matcher .pm-map-place');
  await place.waitFor();
  assert.equal(await first.getAttribute('aria-pressed'), 'true');
  await page.waitForFunction((n) => document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-live').textContent.includes(n), name);
  const open = place.locator('.pm-map-open').first();
  const title = (await open.textContent()).trim();
  await open.click();
  const focused = await waitForFocusInside(page, { text: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  assert.equal(focused.text, title, 'focus on the result in the list');
  assert.equal(await page.locator('partner-matcher .pm-view-list').getAttribute('aria-pressed'), 'true');
  await waitForEvent(page, 'select');
  const selected = (await events(page, 'select'))[0].detail;
  const card = page.locator(`partner-matcher [data-key="${selected.kind}:${selected.id}"]`);
  assert.equal(await card.locator('.pm-details').getAttribute('aria-expanded'), 'true', 'its details are open');
  assert.deepEqual(page.problems, []);
});

test('keyboard: + and − zoom, arrows pan, Tab reaches every marker west to east, focus stays through a zoom, Enter chooses one', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await waitForReady(page);
  await openMap(page);
  const svg = page.locator('partner-matcher .pm-map-svg');
  await svg.focus();
  const start = await viewBox(page);
  await page.keyboard.press('+');
  await page.waitForFunction((w) => Number(document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-map-svg').getAttribute('viewBox').split(' ')[2]) < w, start[2]);
  const zoomed = await viewBox(page);
  assert.ok(Math.abs(start[2] / zoomed[2] - 1.5) < 0.01, `${start} → ${zoomed}`);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((x) => Number(document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-map-svg').getAttribute('viewBox').split(' ')[0]) > x, zoomed[0]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('-');
  await page.waitForFunction((w) => Number(document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-map-svg').getAttribute('viewBox').split(' ')[2]) === w, start[2]);
  const list = await markers(page);
  for (let i = 1; i < list.length; i += 1) assert.ok(list[i - 1].x <= list[i].x + 1, `${list[i - 1].name} before ${list[i].name}`);
  for (const m of list) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.querySelector('partner-matcher').shadowRoot.activeElement?.getAttribute('aria-label'));
    assert.equal(focused, m.name, 'Tab reaches every marker in order');
  }
  // A zoom draws the markers anew (they keep their size on screen): the focused one keeps focus.
  const focusedName = () => page.evaluate(() => document.querySelector('partner-matcher').shadowRoot.activeElement?.getAttribute('aria-label'));
  await page.keyboard.press('+');
  await page.waitForFunction((w) => Number(document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-map-svg').getAttribute('viewBox').split(' ')[2]) < w, start[2]);
  await page.waitForFunction((n) => document.querySelector('partner-matcher').shadowRoot.activeElement?.getAttribute('aria-label') === n, list[list.length - 1].name);
  assert.equal(await focusedName(), list[list.length - 1].name);
  await page.keyboard.press('Enter');
  await page.locator('partner-matcher .pm-map-place').waitFor();
  const chosen = await page.locator('partner-matcher .pm-mk[aria-pressed=true]').getAttribute('aria-label');
  assert.equal(chosen, list[list.length - 1].name);
  // The switch is drawn anew when pressed: the pressed button keeps focus.
  await page.locator('partner-matcher .pm-view-list').focus();
  await page.keyboard.press('Enter');
  await page.locator('partner-matcher .pm-card').first().waitFor();
  await page.waitForFunction(() => document.querySelector('partner-matcher').shadowRoot.activeElement?.classList.contains('pm-view-list'));
  assert.equal(await page.locator('partner-matcher .pm-view-list').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(page.problems, []);
});

test('mouse: the zoom buttons zoom and dragging pans', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await waitForReady(page);
  await openMap(page);
  const start = await viewBox(page);
  await page.locator('partner-matcher .pm-zoom-in').click();
  await page.waitForFunction((w) => Number(document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-map-svg').getAttribute('viewBox').split(' ')[2]) < w, start[2]);
  const zoomed = await viewBox(page);
  const box = await page.locator('partner-matcher .pm-map-svg').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx - 60, cy, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction((x) => Number(document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-map-svg').getAttribute('viewBox').split(' ')[0]) > x, zoomed[0]);
  await page.locator('partner-matcher .pm-zoom-reset').click();
  await page.waitForFunction((w) => Number(document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-map-svg').getAttribute('viewBox').split(' ')[2]) === w, start[2]);
  assert.deepEqual(page.problems, []);
});

test('the map state is axe-clean on the strict CSP page, and fits 360 px', async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 740 } });
  await page.goto(`${server.url}csp.html`);
  await waitForReady(page);
  await openMap(page);
  await page.locator('partner-matcher .pm-mk').first().click();
  await page.locator('partner-matcher .pm-map-place').waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems, []);
  // (axe-core itself adds a style the policy refuses: checked before it runs.)
  assert.deepEqual(await axe(page), []);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    svg: document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-map-svg').getBoundingClientRect().right,
  }));
  assert.ok(widths.page <= 360, `page ${widths.page} px wide`);
  assert.ok(widths.svg <= 360, `map ends at ${widths.svg} px`);
});
