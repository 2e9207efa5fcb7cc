// Choosing from lists (issue 12, items 4, 5 and 9): the order of the results, countries in
// their regions with a field to find one, a new language row; by keyboard, axe-clean, on a
// laptop and at 360 px, in real headless Chromium against the built site.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PINNED_DAY, ROOT, axe, browserAndServer, events, focus, newPage, waitForReady } from './harness.mjs';

const pkg = await import(join(ROOT, 'pkg', 'partner_matcher.js'));
pkg.initSync({ module: readFileSync(join(ROOT, 'pkg', 'partner_matcher_bg.wasm')) });
const demo = pkg.Matcher.fromJson(readFileSync(join(ROOT, 'www', 'catalogue.json'), 'utf8'));

const site = browserAndServer();

const widget = (page, selector) => page.locator(`partner-matcher ${selector}`);
const changes = async (page) => (await events(page, 'change')).length;
/** Resolves to the criteria of the first change event after the `seen` first ones. */
const nextChange = async (page, seen) => {
  await page.waitForFunction((n) => window.__events.filter((e) => e.name === 'change').length > n, seen, { timeout: 5000 });
  return (await events(page, 'change')).at(-1).detail;
};
/** The keys (`institution:id`) of the cards shown, in order. */
const cardKeys = (page) => widget(page, '.pm-results:not(.pm-results-related) > li[data-key]')
  .evaluateAll((items) => items.map((li) => li.dataset.key));
// The day the pages see as today (harness.mjs).
const today = () => PINNED_DAY;

test('sort by keyboard: nearest first, the order the engine gives, kept in the link', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.url);
  await waitForReady(page);
  const select = widget(page, '.pm-sort select');
  assert.equal(await select.inputValue(), 'best-fit', 'best fit by default');
  // From the results' heading, Tab reaches the sort control first.
  await widget(page, '.pm-results-head').focus();
  await page.keyboard.press('Tab');
  assert.match((await focus(page)).cls, /pm-select/);
  assert.equal(await page.evaluate(() => document.querySelector('partner-matcher').shadowRoot.activeElement.closest('.pm-sort') !== null), true);
  const seen = await changes(page);
  await page.keyboard.press('ArrowDown'); // "Nearest first"
  const criteria = await nextChange(page, seen);
  assert.equal(criteria.sort, 'distance');
  assert.match(page.url(), /pm-sort=distance/);
  // The cards are in the engine's order for these criteria.
  const expected = demo.search({ ...criteria, today: today(), lang: 'en' })
    .filter((h) => !h.related).slice(0, 10).map((h) => `${h.kind}:${h.id}`);
  await page.waitForFunction((first) => document.querySelector('partner-matcher').shadowRoot
    .querySelector('.pm-results > li[data-key]')?.dataset.key === first, expected[0]);
  assert.deepEqual(await cardKeys(page), expected);
  const km = expected.map((k) => demo.search({ ...criteria, today: today() }).find((h) => `${h.kind}:${h.id}` === k)?.distance_km ?? Infinity);
  assert.deepEqual([...km].sort((a, b) => a - b), km, 'nearest first');
  // A fresh page from the link has the same order chosen.
  const again = await newPage(site.browser);
  await again.goto(page.url());
  await waitForReady(again);
  assert.equal(await widget(again, '.pm-sort select').inputValue(), 'distance');
  // "Clear all" clears filters, not the order.
  await widget(again, '.pm-clear').click();
  assert.equal(await widget(again, '.pm-sort select').inputValue(), 'distance');
  // (The harness's axe sets an inline style on each card, which the demo's CSP reports.)
  assert.deepEqual(page.problems.filter((p) => !/inline style/.test(p)), []);
});

test('countries by region: find one, choose a whole region, with results per country and region', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.url);
  await waitForReady(page);
  const all = widget(page, '.pm-all-countries');
  // No count of countries beside it: the regions inside count results, and a number here was
  // read as one more count of results.
  assert.equal((await all.textContent()).trim(), 'All countries');
  await all.focus();
  await page.keyboard.press('Enter');
  const regions = widget(page, '.pm-area');
  await regions.first().waitFor();
  const names = await regions.evaluateAll((rs) => rs.map((r) => r.querySelector(':scope > .pm-check').textContent));
  // Europe's four M49 sub-regions (those with results), then the rest of the world as one.
  assert.match(names[0], /^All of Western Europe \(\d+\)$/, 'Europe first, Western Europe leading');
  assert.ok(names.some((n) => n.startsWith('All of Northern Europe')));
  assert.match(names.at(-1), /^Everywhere outside Europe \(\d+\)$/, 'the rest of the world last');
  assert.equal(names.filter((n) => !/^All of (Western|Northern|Southern|Eastern) Europe /.test(n)).length, 1);
  // Each region's count is the sum of its countries'.
  for (const r of await regions.all()) {
    const head = Number((await r.locator(':scope > .pm-check').textContent()).match(/\((\d+)\)$/)[1]);
    const sum = (await r.locator('.pm-area-countries .pm-check').allTextContents())
      .reduce((n, t) => n + Number(t.match(/\((\d+)\)$/)[1]), 0);
    assert.equal(head, sum);
  }
  // The field finds countries by any of their names, and regions by theirs.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.querySelector('partner-matcher').shadowRoot.activeElement.closest('.pm-country-filter') !== null), true, 'the field follows the button');
  await page.keyboard.type('duits');
  await page.waitForFunction(() => document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-area').length === 1);
  assert.match(await regions.first().textContent(), /Germany \(\d+\)/);
  await widget(page, '.pm-country-filter input').fill('northern europe');
  await page.waitForFunction(() => [...document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-area > .pm-check')]
    .map((c) => c.textContent).join() .startsWith('All of Northern Europe'));
  const group = regions.first();
  const groupCount = Number((await group.locator(':scope > .pm-check').textContent()).match(/\((\d+)\)$/)[1]);
  const countries = (await group.locator('.pm-area-countries .pm-check').count());
  // The keyboard chooses the whole region.
  await widget(page, '.pm-country-filter input').focus();
  await page.keyboard.press('Tab');
  const seen = await changes(page);
  await page.keyboard.press('Space');
  const criteria = await nextChange(page, seen);
  assert.equal(criteria.countries.length, countries, 'every country of the region');
  await page.waitForFunction((n) => document.querySelector('partner-matcher').shadowRoot
    .querySelector('.pm-results-head')?.textContent.startsWith(`${n} result`), groupCount);
  assert.equal(await group.locator('input:checked').count(), countries + 1, 'the region and its countries checked');
  assert.deepEqual(await axe(page), [], 'countries open, filtered, a region chosen');
  // Nothing found says so.
  await widget(page, '.pm-country-filter input').fill('xyzzy');
  await widget(page, '.pm-countries .pm-hint').waitFor();
  assert.equal(await widget(page, '.pm-countries .pm-hint').textContent(), 'No country with results matches.');
  // Unticking the region leaves its countries out again.
  await widget(page, '.pm-country-filter input').fill('northern europe');
  const before = await changes(page);
  await group.locator(':scope > .pm-check input').uncheck();
  assert.equal((await nextChange(page, before)).countries, undefined);
  // (The harness's axe sets an inline style on each card, which the demo's CSP reports.)
  assert.deepEqual(page.problems.filter((p) => !/inline style/.test(p)), []);
});

test('a new language row starts with no language chosen, and the level is not cut off', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.url);
  await waitForReady(page);
  const seen = await changes(page);
  await widget(page, '.pm-add-lang').click();
  const row = widget(page, '.pm-lang-row').first();
  await row.waitFor();
  assert.equal(await row.locator('.pm-lang select').inputValue(), '');
  assert.equal(await row.locator('.pm-lang select option:checked').textContent(), 'Choose a language');
  assert.match((await focus(page)).cls, /pm-select/, 'focus on the new row');
  assert.equal(await changes(page), seen, 'no search for a row without a language');
  await page.keyboard.press('ArrowDown');
  const criteria = await nextChange(page, seen);
  assert.equal(criteria.languages.length, 1);
  assert.equal(criteria.languages[0].cefr, 'B2');
  // In the sidebar the level's select shows its whole text, inside the filters.
  const fits = await row.locator('.pm-cefr select').evaluate((select) => {
    const style = getComputedStyle(select);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const widest = Math.max(...[...select.options].map((o) => ctx.measureText(o.textContent).width));
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16; // the arrow
    const box = select.getBoundingClientRect();
    const side = select.closest('.pm-filters').getBoundingClientRect();
    return { widest, room, inside: box.right <= side.right + 0.5 };
  });
  assert.ok(fits.inside, 'inside the sidebar');
  assert.ok(fits.room >= fits.widest, `the level's text fits (${fits.widest} px in ${fits.room} px)`);
  assert.deepEqual(await axe(page), []);
  // (The harness's axe sets an inline style on each card, which the demo's CSP reports.)
  assert.deepEqual(page.problems.filter((p) => !/inline style/.test(p)), []);
});

test('at 360 px, in Dutch: the open filters keep their own scroll, and sort and regions pass axe', async () => {
  const phone = await newPage(site.browser, { viewport: { width: 360, height: 740 } });
  await phone.goto(`${site.server.url}nl.html`);
  await waitForReady(phone);
  await widget(phone, '.pm-filters-toggle').click();
  await widget(phone, '.pm-all-countries').click();
  await widget(phone, '.pm-area').first().waitFor();
  assert.match(await widget(phone, '.pm-area > .pm-check').first().textContent(), /^Heel West-Europa \(\d+\)$/);
  const panel = await widget(phone, '.pm-filters').evaluate((el) => ({
    height: el.getBoundingClientRect().height, scrolls: el.scrollHeight > el.clientHeight, overflow: getComputedStyle(el).overflowY,
  }));
  assert.ok(panel.height <= 740, `the panel is no taller than the screen (${panel.height} px)`);
  assert.ok(panel.scrolls && panel.overflow === 'auto', 'it scrolls on its own');
  // "Show N results" stays in view at the panel's foot.
  const button = await widget(phone, '.pm-see-results').evaluate((b) => {
    const r = b.getBoundingClientRect();
    const p = b.closest('.pm-filters').getBoundingClientRect();
    return r.bottom <= p.bottom + 1 && r.top >= p.top;
  });
  assert.ok(button, '"Show N results" in view');
  await widget(phone, '.pm-country-filter input').fill('noord');
  await widget(phone, '.pm-area').first().waitFor();
  assert.deepEqual(await axe(phone), [], 'Dutch, 360 px, countries open and filtered');
  await widget(phone, '.pm-see-results').click();
  const select = widget(phone, '.pm-sort select');
  assert.equal(await select.locator('option:checked').textContent(), 'Past het best');
  await select.focus();
  const seen = await changes(phone);
  await phone.keyboard.press('End'); // "Naam"
  assert.equal((await nextChange(phone, seen)).sort, 'name');
  assert.deepEqual(await axe(phone), [], 'Dutch, 360 px, sorted by name');
  const overflow = await phone.locator('partner-matcher').evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(overflow <= 0, `the widget fits 360 px (overflow ${overflow} px)`);
  // (The harness's axe sets an inline style on each card, which this page's CSP reports.)
  assert.deepEqual(phone.problems.filter((p) => !/inline style/.test(p)), []);
});

test('on a phone, every filter reached with Tab is clear of the panel\'s buttons at its foot (EN and NL)', async () => {
  for (const [width, path] of [[390, ''], [320, 'nl.html']]) {
    const phone = await newPage(site.browser, { viewport: { width, height: 700 } });
    await phone.goto(`${site.server.url}${path}`);
    await waitForReady(phone);
    await widget(phone, '.pm-filters-toggle').click();
    await widget(phone, '.pm-all-countries').click();
    await widget(phone, '.pm-area').first().waitFor();
    await widget(phone, '.pm-filters-toggle').focus();
    const covered = [];
    let stops = 0;
    for (;;) {
      await phone.keyboard.press('Tab');
      const stop = await phone.locator('partner-matcher').evaluate((el) => {
        const active = el.shadowRoot.activeElement;
        if (!active?.closest('.pm-filters') || active.closest('.pm-filter-buttons')) return null;
        const bar = el.shadowRoot.querySelector('.pm-filter-buttons').getBoundingClientRect();
        const box = active.getBoundingClientRect();
        return { name: active.closest('label')?.textContent.slice(0, 40) ?? active.textContent, under: box.bottom > bar.top + 1 };
      });
      if (!stop) break;
      stops += 1;
      if (stop.under) covered.push(stop.name);
    }
    assert.ok(stops > 20, `Tab went through the filters (${stops} stops)`);
    assert.deepEqual(covered, [], `${width} px, ${path || 'English'}: focused under the buttons`);
    await phone.close();
  }
});

test('a window narrowed past the filters\' breakpoint while a filter has focus keeps it there, in view', async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(site.server.url);
  await waitForReady(page);
  const level = widget(page, '.pm-filters select').first();
  await level.focus();
  await page.setViewportSize({ width: 390, height: 800 });
  // The narrow layout has come: the button that opens the filters shows.
  await widget(page, '.pm-filters-toggle').waitFor();
  const focused = await page.locator('partner-matcher').evaluate((el) => {
    const active = el.shadowRoot.activeElement;
    const box = active?.getBoundingClientRect();
    return { inFilters: Boolean(active?.closest('.pm-filters')), tag: active?.tagName, shown: Boolean(box && box.width > 0 && box.height > 0) };
  });
  assert.deepEqual(focused, { inFilters: true, tag: 'SELECT', shown: true }, 'the focused filter stays focused and shown');
  assert.deepEqual(await axe(page), [], 'narrowed with a filter focused');
  // Focus moved out of the closed filters: they are out of the way, as on any phone.
  await widget(page, '.pm-filters-toggle').focus();
  await widget(page, '.pm-filters').waitFor({ state: 'hidden' });
  await page.close();
});
