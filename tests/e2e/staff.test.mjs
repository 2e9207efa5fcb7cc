// Issue 12, item 3: a staff result shows staff terms and a contact, not a student's deadlines
// and requirements, in English and Dutch, keyboard-operable and axe-clean.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axe, launch, newPage, startServer, waitForReady } from './harness.mjs';

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

for (const [path, words] of [
  ['', { terms: 'Staff mobility terms', contact: 'Contact', when: 'When you can apply', teaching: /at least 8 teaching hours a week/, facts: 'Staff: teaching · 2–60 days · 1 place per year · Contact: Julien Martin' }],
  ['nl.html', { terms: 'Voorwaarden personeelsmobiliteit', contact: 'Contact', when: 'Wanneer je kunt aanvragen', teaching: /minstens 8 lesuren per week/, facts: 'Personeel: lesgeven · 2–60 dagen · 1 plaats per jaar · Contact: Julien Martin' }],
]) {
  test(`a teacher looking for staff teaching in Arles sees staff terms and a contact (${path || 'English'})`, async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}${path}?pm-q=arles&pm-mobility=staff-teaching`);
    await waitForReady(page);
    const card = page.locator('partner-matcher .pm-card').first();
    await card.waitFor();
    assert.equal(await card.locator('.pm-decide').textContent(), words.facts);
    assert.equal(await card.locator('.pm-next').count(), 0, 'no next stay: a student deadline');
    // Open the details from the keyboard.
    await card.locator('.pm-details').focus();
    await page.keyboard.press('Enter');
    const detail = card.locator('.pm-detail');
    await detail.waitFor();
    const headings = await detail.locator('h5').allTextContents();
    assert.ok(headings.includes(words.terms), headings.join(' | '));
    assert.ok(headings.includes(words.contact), headings.join(' | '));
    assert.ok(!headings.includes(words.when), 'no student deadlines');
    assert.match(await detail.textContent(), words.teaching);
    const mail = detail.locator('.pm-contacts a');
    assert.equal(await mail.getAttribute('href'), 'mailto:julien.martin@example.org');
    assert.match(await detail.locator('.pm-contacts li').first().textContent(), /^Julien Martin, photography department: julien\.martin@example\.org$/);
    assert.deepEqual(page.problems, []);
    assert.deepEqual(await axe(page), [], 'axe violations with a staff result open');
  });
}
