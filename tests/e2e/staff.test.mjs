// Issue 12, item 3: a staff result shows its terms in brief on its card and its contacts with
// mail links in its details, not a student's facts, deadlines and requirements, in English and
// Dutch, keyboard-operable and axe-clean. (The Erasmus+ rules are the command line's:
// tests/staff.rs.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axe, browserAndServer, newPage, waitForReady } from './harness.mjs';

const site = browserAndServer();

for (const [path, words] of [
  ['', { contact: 'Contact', when: 'When you can apply', needs: 'What you need to apply', terms: /^Staff: teaching · 2–60 days · 1 place per year · Contact: Julien Martin$/ }],
  ['nl.html', { contact: 'Contact', when: 'Wanneer je kunt aanvragen', needs: 'Wat je nodig hebt om je kandidaat te stellen', terms: /^Personeel: lesgeven · 2–60 dagen · 1 plaats per jaar · Contact: Julien Martin$/ }],
]) {
  test(`a teacher looking for staff teaching in Arles sees a contact, no student deadlines (${path || 'English'})`, async () => {
    const page = await newPage(site.browser);
    await page.goto(`${site.server.url}${path}?pm-q=arles&pm-mobility=staff-teaching`);
    await waitForReady(page);
    const card = page.locator('partner-matcher .pm-card').first();
    await card.waitFor();
    assert.match(await card.locator('.pm-decide').textContent(), words.terms, 'staff terms, no student levels or languages');
    assert.equal(await card.locator('.pm-next').count(), 0, 'no next stay: a student deadline');
    // Open the details from the keyboard.
    await card.locator('.pm-details').focus();
    await page.keyboard.press('Enter');
    const detail = card.locator('.pm-detail');
    await detail.waitFor();
    const headings = await detail.locator('h5').allTextContents();
    assert.ok(headings.includes(words.contact), headings.join(' | '));
    assert.ok(!headings.includes(words.when), 'no student deadlines');
    assert.ok(!headings.includes(words.needs), 'no student requirements');
    const mail = detail.locator('a[href^="mailto:"]');
    assert.equal(await mail.getAttribute('href'), 'mailto:julien.martin@example.org');
    const person = detail.locator('li:has(a[href^="mailto:"])');
    assert.equal(await person.textContent(), 'Julien Martin, photography department: julien.martin@example.org');
    // The link is reached from the keyboard.
    await mail.focus();
    assert.equal(await page.evaluate(() => document.querySelector('partner-matcher').shadowRoot.activeElement?.getAttribute('href')), 'mailto:julien.martin@example.org');
    assert.deepEqual(page.problems, []);
    assert.deepEqual(await axe(page), [], 'axe violations with a staff result open');
  });
}
