// Storage that is full or throws: the widget still works, the shortlist still works for the
// visit, and the student is told where they save that the list will not be kept.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { events, focus, launch, newPage, waitForEvent, waitForReady } from './harness.mjs';
import { startFaultServer } from './fault-server.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startFaultServer();
});
after(async () => {
  await server?.stop();
  await browser?.close();
});

/** What the student must read, once they save, in each language. */
const NOT_KEPT = {
  en: /does not let us keep this list.*gone after you close the page/s,
  nl: /laat (ons )?(niet toe|deze lijst niet).*(weg|verdwenen).*(sluit|gesloten)/s,
};

/** Every write to localStorage fails as it does when the quota is used up. */
function storageFull() {
  const realSetItem = Storage.prototype.setItem;
  window.__restoreStorage = () => { Storage.prototype.setItem = realSetItem; };
  Storage.prototype.setItem = function setItem() {
    throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", 'QuotaExceededError');
  };
}

/** Reading `localStorage` at all throws, as it does when the student blocks site data. */
function storageThrows() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  });
}

async function openWith(t, breakStorage, lang = 'en') {
  const page = await newPage(browser);
  t.after(() => page.context().close());
  await page.addInitScript(breakStorage);
  await page.goto(server.page({ lang }));
  await waitForReady(page);
  return page;
}

const shortlist = (page) => page.locator('partner-matcher .pm-shortlist');
const widgetText = (page) => page.locator('partner-matcher').evaluate((el) => el.shadowRoot.textContent);

/** Saves the `n`th result with the keyboard, as a student would. */
async function save(page, n) {
  await page.locator('partner-matcher .pm-card').nth(n).locator('.pm-save').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((count) => document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-sl-item').length >= count, n + 1);
}

async function assertToldWhereSaving(page, lang) {
  await page.waitForFunction(([re, flags]) => new RegExp(re, flags).test(document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-shortlist')?.textContent ?? ''), [NOT_KEPT[lang].source, NOT_KEPT[lang].flags], { timeout: 5_000 }).catch(() => {});
  const text = await shortlist(page).innerText();
  assert.match(text, NOT_KEPT[lang], `the shortlist says the list will not be kept (${lang}): ${text}`);
}

for (const [name, breakStorage] of [['full', storageFull], ['throwing', storageThrows]]) {
  test(`storage ${name}: saving works for the visit and the shortlist says it will not be kept, in both languages`, async (t) => {
    const page = await openWith(t, breakStorage);
    assert.doesNotMatch(await widgetText(page), NOT_KEPT.en, 'nothing said before the student saves');
    await save(page, 0);
    assert.ok(await page.locator('partner-matcher .pm-sl-item').first().isVisible(), 'the saved result is in the shortlist');
    await assertToldWhereSaving(page, 'en');
    const where = await focus(page);
    assert.ok(where.inside && /pm-save/.test(where.cls), `focus stays on Save: ${JSON.stringify(where)}`);

    await page.locator('partner-matcher').evaluate((el) => el.setAttribute('lang', 'nl'));
    await page.waitForFunction(() => document.querySelector('partner-matcher').shadowRoot.textContent.includes('Jouw opleiding'));
    await assertToldWhereSaving(page, 'nl');
    assert.deepEqual(page.problems.filter((p) => p.startsWith('page error')), [], 'no uncaught error');
  });
}

test('storage full, then freed: the next save keeps the list and the warning goes', async (t) => {
  const page = await openWith(t, storageFull);
  await save(page, 0);
  await assertToldWhereSaving(page, 'en');
  await page.evaluate(() => window.__restoreStorage());
  await save(page, 1);
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('partner-matcher:shortlist:') && JSON.parse(localStorage.getItem(k)).length === 2));
  // The widget learns the write succeeded as it writes, after the render that saved: the
  // warning goes in the render after that.
  await page.waitForFunction(([re, flags]) => !new RegExp(re, flags).test(document.querySelector('partner-matcher').shadowRoot.querySelector('.pm-shortlist')?.textContent ?? ''), [NOT_KEPT.en.source, NOT_KEPT.en.flags], { timeout: 5_000 }).catch(() => {});
  assert.doesNotMatch(await shortlist(page).innerText(), NOT_KEPT.en, 'no warning once the list is kept');
  // And it is there after a reload.
  await page.reload();
  await waitForReady(page);
  assert.equal(await page.locator('partner-matcher .pm-sl-item').count(), 2);
});

// The page is told too (README: the error kinds), once, not on every save.
for (const [name, breakStorage] of [['full', storageFull], ['throwing', storageThrows]]) {
  test(`storage ${name}: the page is told once, with a partner-matcher:error of kind storage`, async (t) => {
    const page = await openWith(t, breakStorage);
    await save(page, 0);
    await waitForEvent(page, 'error', 1, 5_000);
    const errors = await events(page, 'error');
    assert.deepEqual(errors.map((e) => e.detail.kind), ['storage'], `one error event of kind storage: ${JSON.stringify(errors)}`);
    assert.ok(errors[0].bubbles && errors[0].composed);
    await save(page, 1);
    assert.equal((await events(page, 'error')).length, 1, 'not again on every save');
    assert.equal((await events(page, 'ready')).length, 1, 'the widget keeps working');
  });
}
