// Issue 10, "related means related", in the built widget: the count says how many results fit
// the programme; agreements of the same ISCED-F detailed field for other programmes follow in a
// group of their own, under a heading, after every result that fits; axe-clean.
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

/** The text of the first element matching `selector` inside the widget. */
const textOf = (page, selector) => page.locator(`partner-matcher ${selector}`).first().textContent();

test('a Photography student in Amsterdam: 1 result, then Film under its own heading', async () => {
  // The demo page's widget is preset to Photography; the query comes from the URL.
  const page = await newPage(browser);
  await page.goto(`${server.url}?pm-q=Amsterdam`);
  await waitForReady(page);
  await page.locator('partner-matcher .pm-related-head').waitFor();
  assert.equal(await textOf(page, '.pm-results-head'), '1 result');
  const heading = page.locator('partner-matcher').getByRole('heading', { name: 'Also open to related programmes: 1' });
  assert.equal(await heading.count(), 1, 'the group is a heading');
  const titles = await page.locator('partner-matcher .pm-card-title').allTextContents();
  assert.deepEqual(titles, ['Gerrit Rietveld Academie', 'Nederlandse Filmacademie'], 'the fitting one, then the related one');
  // The related card sits in the group, after the heading, in document (and keyboard) order.
  const order = await page.locator('partner-matcher').evaluate((host) => {
    const root = host.shadowRoot;
    const head = root.querySelector('.pm-related-head');
    const fit = root.querySelector('.pm-results:not(.pm-results-related) .pm-card');
    const related = root.querySelector('.pm-results-related .pm-card');
    const follows = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { headAfterFit: follows(fit, head), cardAfterHead: follows(head, related) };
  });
  assert.deepEqual(order, { headAfterFit: true, cardAfterHead: true });
  assert.match(await textOf(page, '.pm-results-related .pm-card'), /For another programme in your field/);
  assert.deepEqual(page.problems, []); // before axe, whose own inline styles the page's CSP refuses
  assert.deepEqual(await axe(page), [], 'axe violations with the related group');
});

test('nothing fits in Viborg: the no-results state offers the related ones, axe-clean, in Dutch too', async () => {
  for (const [path, none, heading] of [
    ['', 'Nothing matches all your choices.', /^Also open to related programmes: \d+$/],
    ['nl.html', 'Niets past bij al je keuzes.', /^Ook open voor verwante opleidingen: \d+$/],
  ]) {
    const page = await newPage(browser);
    await page.goto(`${server.url}${path}?pm-q=Viborg&pm-programme=photography`);
    await waitForReady(page);
    await page.locator('partner-matcher .pm-empty').waitFor();
    assert.match(await textOf(page, '.pm-empty'), new RegExp(none));
    assert.match(await textOf(page, '.pm-related-head'), heading);
    assert.ok(await page.locator('partner-matcher .pm-results-related .pm-card').count() > 0);
    assert.deepEqual(page.problems, []);
    assert.deepEqual(await axe(page), [], `axe violations, ${path || 'English'}`);
  }
});

test('a reason every card shares is said once above the list, not on each card (EN and NL)', async () => {
  for (const [path, said, onCards] of [
    ['', 'Every result here: Open to Photography students', /Photography students|Agreement for Photography/],
    ['nl.html', 'Elk resultaat hier: Open voor studenten Fotografie', /studenten Fotografie|Akkoord voor Fotografie/],
  ]) {
    const page = await newPage(browser);
    await page.goto(`${server.url}${path}`);
    await waitForReady(page);
    const shared = page.locator('partner-matcher .pm-results-section > .pm-shared');
    await shared.waitFor();
    assert.equal(await shared.textContent(), said);
    const why = await page.locator('partner-matcher .pm-results:not(.pm-results-related) .pm-why').allTextContents();
    assert.ok(why.length > 1, 'cards still say why they fit');
    assert.ok(why.every((text) => !onCards.test(text)), why.join(' | '));
    assert.deepEqual(page.problems, []);
    assert.deepEqual(await axe(page), [], `axe violations, ${path || 'English'}`);
  }
});

test('the line above the list says only what holds for every result, not just the first cards (EN and NL)', async () => {
  // A student with English B2: the first ten Photography results ask for English, later ones
  // for French, German or Italian only (ENSP Arles: French B1).
  for (const [path, said, later] of [
    ['', 'Every result here: Open to Photography students', /Asks for French B1/],
    ['nl.html', 'Elk resultaat hier: Open voor studenten Fotografie', /Vraagt Frans B1/],
  ]) {
    const page = await newPage(browser);
    await page.goto(`${server.url}${path}?pm-languages=en%3AB2`);
    await waitForReady(page);
    const shared = page.locator('partner-matcher .pm-results-section > .pm-shared');
    await shared.waitFor();
    assert.equal(await shared.textContent(), said);
    // Shown to the end, a later card asks for another language: the ten first cards' language
    // was not every result's.
    const more = page.locator('partner-matcher .pm-more');
    while (await more.count()) await more.click();
    const cards = await page.locator('partner-matcher .pm-results:not(.pm-results-related) > .pm-card').allTextContents();
    assert.ok(cards.some((text) => later.test(text)), `a later card asks for another language (${path || 'English'})`);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});
