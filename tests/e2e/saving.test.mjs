// Saving results (issue 12, items 7 and 9): a saved result says "Saved" beside a "Remove"
// button; "Save" on a full list says so on that card; the status region says each change with
// the place in the list; by keyboard, axe-clean, in English and Dutch, in real headless
// Chromium against the built site.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axe, browserAndServer, focus, newPage, waitForReady } from './harness.mjs';

const site = browserAndServer();

const live = (page) => page.locator('partner-matcher .pm-live');
const saved = (page) => page.locator('partner-matcher .pm-sl-item').count();

/** Presses Enter on the Save button of the `n`th card, as a keyboard user does. */
async function pressSave(page, n) {
  await page.locator('partner-matcher .pm-card').nth(n).locator('.pm-save').focus();
  await page.keyboard.press('Enter');
}

for (const [path, words] of [
  ['', { saved: 'Saved', remove: 'Remove', at: 'saved in your shortlist, place', full: 'Your shortlist is full', removed: 'removed from your shortlist.' }],
  ['nl.html', { saved: 'Bewaard', remove: 'Verwijderen', at: 'bewaard in je keuzelijst, plaats', full: 'Je keuzelijst is vol', removed: 'uit je keuzelijst gehaald.' }],
]) {
  test(`saving by keyboard says what happened, and a full list says so where pressed (${path || 'English'})`, async (t) => {
    const page = await newPage(site.browser);
    t.after(() => page.context().close());
    await page.goto(`${site.server.url}${path}`);
    await waitForReady(page);
    const first = page.locator('partner-matcher .pm-card').first();

    await pressSave(page, 0);
    await first.locator('.pm-saved').waitFor();
    assert.equal((await first.locator('.pm-saved').textContent()).trim(), words.saved);
    const where = await focus(page);
    assert.ok(where.inside && /pm-save/.test(where.cls) && where.text.startsWith(words.remove),
      `focus stays on the button, which now removes: ${JSON.stringify(where)}`);
    await page.waitForFunction((w) => document.querySelector('partner-matcher').shadowRoot
      .querySelector('.pm-live')?.textContent.includes(w), words.at);
    assert.match(await live(page).textContent(), new RegExp(`${words.at} 1 .* 1\\.$`));
    assert.deepEqual(await axe(page), [], 'a saved result');

    // Five more fill the list; a seventh is not saved, and its card says why.
    for (let n = 1; n <= 5; n += 1) await pressSave(page, n);
    await page.waitForFunction(() => document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-sl-item').length === 6);
    await pressSave(page, 6);
    const seventh = page.locator('partner-matcher .pm-card').nth(6);
    await seventh.locator('.pm-full-here').waitFor();
    assert.ok((await seventh.locator('.pm-full-here').textContent()).startsWith(words.full));
    await page.waitForFunction((w) => document.querySelector('partner-matcher').shadowRoot
      .querySelector('.pm-live')?.textContent.startsWith(w), words.full);
    assert.equal(await saved(page), 6);
    assert.deepEqual(await axe(page), [], 'a full list, said on the card');

    // Removing from the card: said.
    await pressSave(page, 0);
    await page.waitForFunction(() => document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-sl-item').length === 5);
    await page.waitForFunction((w) => document.querySelector('partner-matcher').shadowRoot
      .querySelector('.pm-live')?.textContent.endsWith(w), words.removed);
    assert.equal(await first.locator('.pm-saved').count(), 0);
    assert.equal(await seventh.locator('.pm-full-here').count(), 0, 'the note goes with the next change');
  });
}
