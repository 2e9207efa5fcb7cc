// Errors a student understands (what to do first, whom to contact, the technical detail
// behind a disclosure, in both languages), an unknown programme attribute reported, and the
// small things: the skip link, a new language row with no language chosen.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axe, events, launch, newPage, startServer, waitForEvent, waitForFocusInside, waitForReady, wwwWith } from './harness.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  const page = (lang, widget) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>
<script type="module" src="partner-matcher.js"></script></head><body><main>${widget}</main></body></html>`;
  server = await startServer({
    www: wwwWith({
      'missing-en.html': page('en', '<partner-matcher catalogue="no-such-file.json" contact="international@example.org"></partner-matcher>'),
      'missing-nl.html': page('nl', '<partner-matcher catalogue="no-such-file.json" contact="https://example.org/international"></partner-matcher>'),
      'unknown.html': page('en', '<partner-matcher catalogue="catalogue.json" programme="underwater-basket-weaving"></partner-matcher>'),
    }),
  });
});
after(async () => {
  await server?.stop();
  await browser?.close();
});

async function open(t, path) {
  const page = await newPage(browser);
  t.after(() => page.context().close());
  await page.goto(new URL(path, server.url).href);
  return page;
}

test('a list that cannot be loaded says what to do and whom to contact, details behind a disclosure', async (t) => {
  for (const [path, advice, contact, lang] of [
    ['missing-en.html', /^The list of partner schools could not be loaded\s*Try again, or contact the international office\./, 'mailto:international@example.org', 'en'],
    ['missing-nl.html', /^De lijst met partnerscholen kon niet worden geladen\s*Probeer opnieuw, of neem contact op met de internationale dienst\./, 'https://example.org/international', 'nl'],
  ]) {
    const page = await open(t, path);
    await waitForEvent(page, 'error');
    const box = page.locator('partner-matcher .pm-error');
    await box.waitFor();
    assert.match(await box.innerText(), advice, lang);
    assert.equal(await box.locator('.pm-contact a').getAttribute('href'), contact);
    const details = box.locator('details.pm-technical');
    assert.equal(await details.evaluate((d) => d.open), false, 'the technical detail is folded away');
    assert.match(await details.textContent(), /404/, 'and holds the status');
    assert.deepEqual(await axe(page), [], `axe (${lang})`);
  }
});

test('an unknown programme attribute is a setup error and a visible note', async (t) => {
  const page = await open(t, 'unknown.html');
  await waitForReady(page);
  await waitForEvent(page, 'error');
  const [error] = await events(page, 'error');
  assert.equal(error.detail.kind, 'setup');
  assert.match(error.detail.message, /underwater-basket-weaving/);
  const note = page.locator('partner-matcher .pm-results-section .pm-note');
  assert.match(await note.innerText(), /“underwater-basket-weaving” is not one of the programmes/);
});

test('"Skip to results" comes first and leads past the filters; a new language row has no language chosen', async (t) => {
  const page = await open(t, 'index.html');
  await waitForReady(page);
  await page.locator('partner-matcher .pm-card').first().waitFor();
  await page.locator('partner-matcher').evaluate((el) => el.shadowRoot.querySelector('.pm').focus?.());
  // Tab from the page's last element before the widget.
  await page.locator('.lead').evaluate((el) => { el.tabIndex = -1; el.focus(); });
  await page.keyboard.press('Tab');
  let where = await waitForFocusInside(page, { text: /Skip to results/ });
  assert.match(where.text, /Skip to results/, JSON.stringify(where));
  assert.ok(await page.locator('partner-matcher .pm-skip').isVisible(), 'visible when focused');
  await page.keyboard.press('Enter');
  where = await waitForFocusInside(page, { text: /results?$/ });
  assert.match(where.cls, /pm-results-head/, JSON.stringify(where));

  await page.locator('partner-matcher .pm-add-lang').click();
  const select = page.locator('partner-matcher .pm-lang-row select.pm-select').first();
  await select.waitFor();
  assert.equal(await select.inputValue(), '', 'no language chosen');
  assert.equal((await events(page, 'change')).length, 0, 'nothing searched yet');
  await select.selectOption('fr');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('pm-languages')?.startsWith('fr:'));
});
