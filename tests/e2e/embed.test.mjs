// The drop-in embedding as the web team uses it, in real headless Chromium against the built site.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, axe, events, focus, launch, newPage, startServer, violations, waitForFocusInside, waitForReady, wwwWith } from './harness.mjs';

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

/** Waits for the `partner-matcher:change` event of a search for `query` (sent once the
 * widget has searched and the criteria have settled). */
const waitForChange = (page, query) =>
  page.waitForFunction((q) => window.__events.some((e) => e.name === 'change' && e.detail.query === q), query, { timeout: 5000 });

const shadowText = (page, selector = 'partner-matcher') =>
  page.locator(selector).evaluate((el) => el.shadowRoot?.textContent ?? '');

test('the README snippet, pasted into a blank page, shows a working widget', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const snippet = readme.split('<!-- snippet')[1]?.split('```html')[1]?.split('```')[0];
  assert.ok(snippet?.includes('<partner-matcher'), 'the README has the snippet');
  // The files where the snippet expects them: /partner-matcher/ and /data/partners.json.
  const dir = wwwWith({ 'index.html': `<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head><body>${snippet}</body></html>` });
  mkdirSync(join(dir, 'partner-matcher'));
  mkdirSync(join(dir, 'data'));
  cpSync(join(ROOT, 'www', 'partner-matcher.js'), join(dir, 'partner-matcher', 'partner-matcher.js'));
  cpSync(join(ROOT, 'www', 'partner-matcher.css'), join(dir, 'partner-matcher', 'partner-matcher.css'));
  cpSync(join(ROOT, 'www', 'pkg'), join(dir, 'partner-matcher', 'pkg'), { recursive: true });
  cpSync(join(ROOT, 'www', 'catalogue.json'), join(dir, 'data', 'partners.json'));
  const blank = await startServer({ www: dir });
  try {
    const page = await newPage(browser);
    await page.goto(blank.url);
    await waitForReady(page);
    const text = await shadowText(page);
    assert.match(text, /Fotografie/, 'the programme preset, in Dutch (lang="nl")');
    assert.match(text, /Resultaten|resultaten/);
    assert.ok(await page.locator('partner-matcher .pm-card').count() > 0, 'result cards');
    assert.deepEqual(page.problems, []);
    assert.deepEqual(await violations(page), []);
  } finally {
    await blank.stop();
  }
});

test('the static list shows without JavaScript and until the widget is ready', async () => {
  const heading = { name: 'Partner schools and BIPs for Photography' };
  const noScript = await newPage(browser, { javaScriptEnabled: false });
  await noScript.goto(server.url);
  assert.ok(await noScript.getByRole('heading', heading).isVisible());
  const partners = await noScript.locator('partner-matcher .pm-fallback > ul > li > strong').allTextContents();
  assert.ok(partners.length > 10, `the programme's partners: ${partners.length}`);
  await noScript.context().close();
  // While the widget loads (here: its loader never comes), the list is the page: axe-clean.
  const loading = await newPage(browser);
  await loading.route('**/partner-matcher.js', (route) => route.abort());
  await loading.goto(server.url);
  assert.ok(await loading.getByRole('heading', heading).isVisible());
  assert.deepEqual(await axe(loading), [], 'the static list is axe-clean');
  await loading.context().close();
  const page = await newPage(browser);
  await page.goto(server.url);
  await waitForReady(page);
  assert.equal(await page.locator('partner-matcher').evaluate((el) => el.shadowRoot.querySelector('slot') === null), true, 'fallback gone once ready');
  assert.equal(await page.getByRole('heading', heading).isVisible(), false);
  // The widget's first results are the same partners (the same search), as cards.
  const first = await page.locator('partner-matcher .pm-card-title').first().innerText();
  assert.ok(partners.includes(first), `${first} is in the static list`);
});

/** Holds back `page`'s wasm requests until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/** The demo page on a phone, with the widget's wasm held back until `release()` is called: the
 * static list is the page meanwhile. */
async function listFirst() {
  const page = await newPage(browser, { viewport: { width: 360, height: 800 } });
  const release = await holdWasm(page);
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Germany' }).first().waitFor();
  return { page, release };
}

/** Two frames on: past the one in which the loader hands the list over. */
const twoFrames = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

test('a student reading the static list is taken to the widget\'s start when it is ready', async () => {
  const { page, release } = await listFirst();
  // Scrolled down the list, the keyboard on one of its links.
  const germany = page.getByRole('heading', { name: 'Germany' }).first();
  await germany.scrollIntoViewIfNeeded();
  await germany.locator('xpath=following-sibling::ul[1]//a').first().focus();
  assert.ok(await page.evaluate(() => document.querySelector('partner-matcher').getBoundingClientRect().top < -500), 'scrolled into the list');
  release();
  await waitForReady(page);
  const now = await waitForFocusInside(page, { text: /partner schools and BIPs/ });
  assert.deepEqual([now.inside, now.tag, now.cls], [true, 'h2', 'pm-title'], `focus on the widget's heading, not lost: ${JSON.stringify(now)}`);
  const top = await page.evaluate(() => document.querySelector('partner-matcher').getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 2, `the widget's start at the top of the screen (${top} px)`);
  await page.keyboard.press('Tab');
  const next = await focus(page);
  assert.deepEqual([next.inside, next.tag], [true, 'select'], `Tab goes on to the programme: ${JSON.stringify(next)}`);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(await axe(page), []);
});

test('a student above or below the static list stays where they are', async () => {
  const { page, release } = await listFirst();
  const pageLink = page.getByRole('link', { name: 'Nederlands' });
  await pageLink.focus();
  release();
  await waitForReady(page);
  await page.locator('partner-matcher .pm-card').first().waitFor();
  await twoFrames(page);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'not scrolled');
  assert.equal(await pageLink.evaluate((link) => link === document.activeElement), true, 'focus stays on the page\'s link');
  assert.deepEqual(page.problems, []);
  // Below it: the page's text after the widget stays on screen (the browser's scroll anchoring),
  // also when the page reads its layout as the widget says it is ready.
  const below = await listFirst();
  await below.page.evaluate(() => {
    const text = document.createElement('p');
    text.id = 'after-widget';
    text.textContent = 'More about studying abroad';
    text.style.marginBottom = '2000px';
    document.querySelector('partner-matcher').after(text);
    text.scrollIntoView();
    document.addEventListener('partner-matcher:ready', () => document.body.getBoundingClientRect());
  });
  below.release();
  await waitForReady(below.page);
  await below.page.waitForFunction(() => !document.querySelector('partner-matcher').shadowRoot.querySelector('slot'));
  await twoFrames(below.page);
  const top = await below.page.evaluate(() => document.getElementById('after-widget').getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 2, `the text after the widget still at the top of the screen (${top} px)`);
});

test('after a reload the page stays where the browser put it back', async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 800 } });
  await page.goto(server.url);
  await waitForReady(page);
  await page.evaluate(() => window.scrollTo(0, 3000));
  const release = await holdWasm(page);
  await page.reload();
  await page.waitForFunction(() => window.scrollY === 3000);
  release();
  await waitForReady(page);
  await page.locator('partner-matcher .pm-card').first().waitFor();
  await twoFrames(page);
  // The same results fill the same place again; the widget's start would be at about 370 px.
  assert.equal(await page.evaluate(() => Math.round(window.scrollY / 100)), 30, 'not taken to the widget\'s start');
  assert.deepEqual(page.problems, []);
});

test('the strict Content-Security-Policy page works with zero violations', async () => {
  const page = await newPage(browser);
  const response = await page.goto(`${server.url}csp.html`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await waitForReady(page);
  assert.ok(await page.locator('partner-matcher .pm-card').count() > 0);
  await page.locator('partner-matcher .pm-details').first().click();
  await page.locator('partner-matcher .pm-detail').first().waitFor();
  await page.locator('partner-matcher input[type=search]').fill('lyon');
  await waitForChange(page, 'lyon');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems, []);
});

test('two instances on one page share one wasm instance and do not interfere', async () => {
  const page = await newPage(browser);
  const wasmRequests = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasmRequests.push(r.url()); });
  await page.goto(`${server.url}two.html`);
  await waitForReady(page, 2);
  assert.equal(wasmRequests.length, 1, 'one wasm download');
  assert.match(await shadowText(page, '#photo'), /Jouw opleiding/, 'the Dutch one speaks Dutch');
  assert.match(await shadowText(page, '#jazz'), /Your programme/, 'the English one speaks English');
  await page.locator('#photo input[type=search]').fill('Lyon');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('pm-photo-q') === 'Lyon', null, { timeout: 5000 });
  assert.equal(await page.locator('#jazz input[type=search]').inputValue(), '', 'typing in one leaves the other alone');
  assert.equal(new URL(page.url()).searchParams.has('pm-jazz-q'), false);
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'change'), null, { timeout: 5000 });
  const changes = await events(page, 'change');
  assert.ok(changes.every((e) => e.target === 'photo'), JSON.stringify(changes));
  assert.deepEqual(page.problems, []);
});

test('changing an attribute updates the running widget', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await waitForReady(page);
  assert.match(await shadowText(page), /Your programme/);
  await page.locator('partner-matcher').evaluate((el) => el.setAttribute('lang', 'nl'));
  await page.waitForFunction(() => document.querySelector('partner-matcher').shadowRoot.textContent.includes('Jouw opleiding'));
  await page.locator('partner-matcher').evaluate((el) => el.setAttribute('programme', 'jazz-pop'));
  await page.waitForFunction(() => document.querySelector('partner-matcher').shadowRoot.querySelector('select').selectedOptions[0]?.textContent.includes('Jazz'));
  await page.locator('partner-matcher').evaluate((el) => el.setAttribute('kinds', 'bip'));
  await page.waitForFunction(() => [...document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-card')].every((c) => c.classList.contains('pm-card-bip')));
  assert.deepEqual(page.problems, []);
});

test('removing the element destroys its app; adding one again works', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await waitForReady(page);
  await page.evaluate(() => {
    window.__kept = document.querySelector('partner-matcher');
    window.__kept.remove();
  });
  assert.equal(await page.evaluate(() => window.__kept.shadowRoot.querySelector('.pm-host').childElementCount), 0, 'nothing rendered after removal');
  await page.evaluate(() => {
    const el = document.createElement('partner-matcher');
    el.setAttribute('catalogue', 'catalogue.json');
    el.setAttribute('programme', 'film');
    document.querySelector('main').append(el);
  });
  await waitForReady(page, 2);
  assert.match(await shadowText(page), /Film/);
  assert.deepEqual(page.problems, []);
});

test('every event reaches the page, bubbling and composed', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await waitForReady(page);
  const [ready] = await events(page, 'ready');
  assert.equal(ready.bubbles && ready.composed, true);
  assert.ok(ready.detail.institutions > 80 && ready.detail.bips >= 6, JSON.stringify(ready.detail));
  await page.locator('partner-matcher .pm-details').first().click();
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'select'));
  const [select] = await events(page, 'select');
  assert.ok(['institution', 'bip'].includes(select.detail.kind) && select.detail.id, JSON.stringify(select));
  await page.locator('partner-matcher input[type=search]').fill('Lodz');
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'change' && e.detail.query === 'Lodz'), null, { timeout: 5000 });
  const change = (await events(page, 'change')).at(-1);
  assert.equal(change.detail.programme, 'photography');
  // A catalogue that is not there: an error event, with the status named.
  await page.locator('partner-matcher').evaluate((el) => el.setAttribute('catalogue', 'missing.json'));
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'error'));
  const [error] = await events(page, 'error');
  assert.equal(error.detail.kind, 'http');
  assert.match(error.detail.message, /404/);
  assert.equal(error.bubbles && error.composed, true);
});

test('axe-core finds no WCAG 2.1 A/AA violations: initial, typed, filtered, no results, error', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await waitForReady(page);
  const found = {};
  found.initial = await axe(page);
  await page.locator('partner-matcher input[type=search]').fill('fotgrafie');
  await waitForChange(page, 'fotgrafie');
  await page.locator('partner-matcher .pm-details').first().click();
  await page.locator('partner-matcher .pm-detail').first().waitFor();
  found.typed = await axe(page);
  const toggle = page.locator('partner-matcher .pm-filters-toggle');
  if (await toggle.isVisible()) await toggle.click(); // narrow layouts fold the filters away
  const changes = (await events(page, 'change')).length;
  // The first filter not yet on (the first may already be checked by default).
  await page.locator('partner-matcher fieldset input[type=checkbox]:not(:checked)').first().check();
  await page.waitForFunction((n) => window.__events.filter((e) => e.name === 'change').length > n, changes);
  found.filtered = await axe(page);
  await page.locator('partner-matcher input[type=search]').fill('xyzzy nothing');
  await page.locator('partner-matcher .pm-empty').waitFor();
  found.noResults = await axe(page);
  await page.locator('partner-matcher').evaluate((el) => el.setAttribute('catalogue', 'missing.json'));
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'error'));
  found.error = await axe(page);
  for (const [state, list] of Object.entries(found)) assert.deepEqual(list, [], `axe violations in the ${state} state`);
});

test('keyboard only: from the search box to the shortlist', async () => {
  const page = await newPage(browser);
  // The demo page is preset to Photography: Arles has its school (Lyon, a music school, no longer
  // shows up for Photography since related means the same detailed field, issue 10).
  await page.goto(`${server.url}?pm-q=arles`);
  await waitForReady(page);
  const focused = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.localName, type: el?.getAttribute('type'), cls: el?.className ?? '', text: el?.textContent?.trim() ?? '' };
  });
  // Focus is in the widget when the page's active element is the widget's element and, inside
  // its shadow root, either nothing (the element itself) or an element of that shadow root.
  const inWidget = () => page.evaluate(() => {
    const host = document.querySelector('partner-matcher');
    if (!host || document.activeElement !== host) return false;
    const inner = host.shadowRoot?.activeElement ?? null;
    return inner === null || host.shadowRoot.contains(inner);
  });
  await page.locator('partner-matcher input[type=search]').focus();
  assert.equal((await focused()).type, 'search');
  assert.ok(await inWidget(), 'the search box is inside the widget');
  // Tab forward until the first "Save" button of a card, never leaving the widget.
  let steps = 0;
  while (!(await focused()).cls.includes('pm-save')) {
    await page.keyboard.press('Tab');
    steps += 1;
    assert.ok(steps < 60, 'reached a Save button by Tab');
    const now = await focused();
    assert.ok(await inWidget(), `Tab ${steps} stayed in the widget (focus on <${now.tag}> "${now.text.slice(0, 40)}")`);
  }
  const visible = await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
  assert.ok(visible, 'focus is visible');
  await page.keyboard.press('Enter');
  await page.locator('partner-matcher .pm-shortlist .pm-sl-item').first().waitFor();
  assert.match(await page.locator('partner-matcher .pm-shortlist').textContent(), /photographie|ENSP|Arles/);
  assert.deepEqual(page.problems, []);
});

test('keyboard only: "Skip to results" appears on focus and takes the keyboard past the filters', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await waitForReady(page);
  const skip = page.locator('partner-matcher .pm-skip');
  const width = () => skip.evaluate((el) => el.getBoundingClientRect().width);
  assert.ok((await width()) <= 1, 'out of sight until it has focus');
  // From the search box, Tab reaches it before any filter.
  await page.locator('partner-matcher input[type=search]').focus();
  let steps = 0;
  const focusedClass = () => page.evaluate(() => document.querySelector('partner-matcher').shadowRoot.activeElement?.className ?? '');
  while (!(await focusedClass()).includes('pm-skip')) {
    assert.ok(!(await focusedClass()).includes('pm-check'), 'no filter before the skip link');
    await page.keyboard.press('Tab');
    steps += 1;
    assert.ok(steps < 10, 'reached "Skip to results" by Tab');
  }
  assert.equal(await skip.innerText(), 'Skip to results');
  assert.ok((await width()) > 40, 'shown while it has focus');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('partner-matcher').shadowRoot.activeElement?.classList.contains('pm-results-head'));
  assert.deepEqual(page.problems, []);
  // (axe last: the harness renders every card with an inline style, which this page's CSP
  // reports.)
  await skip.focus();
  assert.deepEqual(await axe(page), []);
});

test('axe-core finds no violations on a phone-sized screen, in Dutch, nor on the two-widget page', async () => {
  const phone = await newPage(browser, { viewport: { width: 360, height: 740 } });
  await phone.goto(`${server.url}nl.html`);
  await waitForReady(phone);
  assert.deepEqual(await axe(phone), [], 'Dutch page at 360 px');
  const overflow = await phone.locator('partner-matcher').evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(overflow <= 0, `the widget fits 360 px (overflow ${overflow} px)`);
  const two = await newPage(browser);
  await two.goto(`${server.url}two.html`);
  await waitForReady(two, 2);
  assert.deepEqual(await axe(two), [], 'two widgets');
});
