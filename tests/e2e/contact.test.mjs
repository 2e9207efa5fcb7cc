// Errors a student understands (issue 12, item 8): what to do first, with the international
// office linked (the page's `contact` attribute while the catalogue is unread, the
// catalogue's `home.contact` once it is), the technical detail behind a disclosure, in both
// languages, axe-clean.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axe, launch, newPage, startServer, waitForEvent, wwwWith } from './harness.mjs';

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
      'missing-none.html': page('en', '<partner-matcher catalogue="no-such-file.json"></partner-matcher>'),
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
    ['missing-en.html', /^The list of partner schools could not be loaded\s*Try again, or contact the international office: international@example\.org\./, 'mailto:international@example.org', 'en'],
    ['missing-nl.html', /^De lijst met partnerscholen kon niet worden geladen\s*Probeer opnieuw, of neem contact op met de internationale dienst: example\.org\/international\./, 'https://example.org/international', 'nl'],
    ['missing-none.html', /^The list of partner schools could not be loaded\s*Try again, or contact the international office\.\s*Technical details/, null, 'en'],
  ]) {
    const page = await open(t, path);
    await waitForEvent(page, 'error');
    const box = page.locator('partner-matcher .pm-error');
    await box.waitFor();
    assert.match(await box.innerText(), advice, lang);
    const link = box.locator('.pm-error-advice a');
    if (contact) assert.equal(await link.getAttribute('href'), contact);
    else assert.equal(await link.count(), 0, 'no office named when the page names none');
    const details = box.locator('details.pm-technical');
    assert.equal(await details.evaluate((d) => d.open), false, 'the technical detail is folded away');
    assert.match(await details.textContent(), /404/, 'and holds the status');
    // Opened with the keyboard.
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await details.evaluate((d) => d.open), true, 'the keyboard opens it');
    assert.ok(await details.locator('.pm-error-message').isVisible());
    assert.deepEqual(await axe(page), [], `axe (${path})`);
  }
});
