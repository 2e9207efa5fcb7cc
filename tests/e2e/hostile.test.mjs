// Hostile catalogue data: markup in any text shows as text, addresses that are not http(s)
// never become links, and very long words or right-to-left text do not break a phone layout.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, events, launch, newPage, waitForOutcome } from './harness.mjs';
import { startFaultServer } from './fault-server.mjs';

const pkg = await import(join(ROOT, 'pkg', 'partner_matcher.js'));
pkg.initSync({ module: readFileSync(join(ROOT, 'pkg', 'partner_matcher_bg.wasm')) });
const DEMO = JSON.parse(readFileSync(join(ROOT, 'www', 'catalogue.json'), 'utf8'));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// A small catalogue: the demo's home and programmes, one photography partner with every
// optional text, and one photography BIP hosted at home.
const PHOTO_AGREEMENT = DEMO.institutions.find((i) => i.id === 'rietveld').agreements.find((a) => a.programmes?.includes('photography'));

function institution(id, fields = {}) {
  return {
    id,
    name: `Academy ${id}`,
    short_name: `Acad ${id}`,
    erasmus_code: 'NL AMSTERD01',
    city: { en: 'Amsterdam', nl: 'Amsterdam' },
    country: 'NL',
    location: { lat: 52.34, lon: 4.86 },
    website: 'https://example.org/',
    tags: ['photography'],
    agreements: [{ ...PHOTO_AGREEMENT, notes: { en: 'Portfolio in English.', nl: 'Portfolio in het Engels.' } }],
    deadlines: { autumn: '--03-31', spring: '--09-30' },
    requirements: ['portfolio'],
    ...fields,
  };
}

function bip(id, fields = {}) {
  return {
    id,
    title: { en: `Summer school ${id}`, nl: `Zomerschool ${id}` },
    host: 'home',
    partners: [],
    programmes: ['photography'],
    isced: '0211',
    levels: ['bachelor', 'master'],
    physical: { start: '2027-07-05', end: '2027-07-10', city: 'Arles', country: 'FR', location: { lat: 43.68, lon: 4.63 } },
    virtual: { en: 'Two online seminars.', nl: 'Twee online seminaries.' },
    description: { en: 'A week of photography in Arles.', nl: 'Een week fotografie in Arles.' },
    ects: 3,
    languages: [{ lang: 'en', cefr: 'B2' }],
    apply_by: '2027-03-15',
    places: 8,
    url: 'https://example.org/bip',
    ...fields,
  };
}

function catalogue({ institutions, bips = [] }) {
  const { format, updated, notice, home, programmes } = DEMO;
  return { format, updated, notice, home, programmes, institutions, bips };
}

async function openWith(t, json, contextOptions) {
  const server = await startFaultServer({ catalogue: JSON.stringify(json) });
  t.after(() => server.stop());
  const page = await newPage(browser, contextOptions);
  t.after(() => page.context().close());
  await page.addInitScript(() => {
    window.__pwned = [];
    window.__pwn = (field) => window.__pwned.push(field);
  });
  await page.goto(server.page());
  return page;
}

/** Opens the details of every result (and so renders every field it has). */
async function openAllDetails(page) {
  const buttons = page.locator('partner-matcher .pm-details[aria-expanded="false"]');
  while (await buttons.count() > 0) {
    const before = await buttons.count();
    await buttons.first().click();
    await page.waitForFunction((n) => document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-details[aria-expanded="false"]').length < n, before);
  }
}

/** Every string leaf of `value`, with its JSON path. */
function* strings(value, path = '') {
  if (typeof value === 'string') yield path;
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

function update(object, path, change) {
  const keys = path.match(/[^.[\]]+/g);
  let target = object;
  for (const key of keys.slice(0, -1)) target = target[key];
  const last = keys.at(-1);
  target[last] = change(target[last]);
}

const markup = (n) => `<img src=x onerror="__pwn(${n})"><script>__pwn(${n})</script><pm-evil data-n="${n}">${n}</pm-evil><a href="javascript:__pwn(${n})">link ${n}</a>`;

test('markup in every text field of the catalogue shows as text: no element made, no script run', async (t) => {
  const base = catalogue({ institutions: [institution('plain')], bips: [bip('bip-plain')] });
  // Every string the checker accepts markup in (ids, codes, dates and addresses refuse it).
  const texts = [];
  const hostile = structuredClone(base);
  for (const path of strings(base)) {
    if (path === 'format') continue;
    const trial = structuredClone(base);
    update(trial, path, (s) => s + markup(texts.length));
    try {
      pkg.Matcher.fromJson(JSON.stringify(trial));
    } catch {
      continue;
    }
    update(hostile, path, (s) => s + markup(texts.length));
    texts.push(path);
  }
  t.diagnostic(`markup in ${texts.length} text fields: ${texts.join(', ')}`);
  for (const field of ['institutions[0].name', 'institutions[0].city.en', 'institutions[0].agreements[0].notes.en', 'bips[0].title.en', 'bips[0].virtual.en', 'notice.en']) {
    assert.ok(texts.includes(field), `${field} takes free text`);
  }

  const page = await openWith(t, hostile);
  assert.equal(await waitForOutcome(page), 'ready', JSON.stringify(await events(page, 'error')));
  await openAllDetails(page);
  // The school on the shortlist shows its short name (its BIP, open for applications, ranks first).
  await page.locator('partner-matcher .pm-card:not(.pm-card-bip) .pm-save').first().click();
  await page.locator('partner-matcher .pm-sl-item').first().waitFor();

  const shown = async () => page.locator('partner-matcher').evaluate((el) => {
    const root = el.shadowRoot;
    return {
      text: root.textContent,
      injected: [...root.querySelectorAll('pm-evil, img, script, iframe, object, embed, [onerror]'), ...document.querySelectorAll('pm-evil, img, [onerror]')].map((e) => e.outerHTML.slice(0, 80)),
      links: [...root.querySelectorAll('a:not(.pm-export a)')].map((a) => a.getAttribute('href')),
      exports: [...root.querySelectorAll('.pm-export a')].map((a) => a.getAttribute('href')),
      pwned: window.__pwned,
    };
  });
  const assertInert = async (state) => {
    const seen = await shown();
    assert.deepEqual(seen.injected, [], `no element from the catalogue (${state})`);
    assert.deepEqual(seen.pwned, [], `no script ran (${state})`);
    for (const href of seen.links) assert.match(href, /^https?:\/\//, `only http(s) links (${state})`);
    // The shortlist's own: its calendar file and its mail, whatever the catalogue says.
    for (const href of seen.exports) assert.match(href, /^(data:text\/calendar;charset=utf-8,|mailto:)/, `export links (${state})`);
    return seen;
  };
  for (const lang of ['en', 'nl']) {
    await page.locator('partner-matcher').evaluate((el, l) => el.setAttribute('lang', l), lang);
    await page.waitForFunction((l) => document.querySelector('partner-matcher').shadowRoot.textContent.includes(l === 'nl' ? 'Jouw opleiding' : 'Your programme'), lang);
    const seen = await assertInert(lang);
    // What the student reads shows the markup as it was written.
    const visible = texts.filter((_, n) => seen.text.includes(markup(n)));
    t.diagnostic(`${lang}: ${visible.length} fields shown as text: ${visible.join(', ')}`);
    // (The short name is in the shortlist's button labels only: the shortlist shows full names.)
    const expected = ['notice', 'institutions[0].name', 'institutions[0].city', 'institutions[0].erasmus_code',
      'institutions[0].agreements[0].notes', 'institutions[0].requirements[0]', 'bips[0].title', 'bips[0].virtual',
      'bips[0].description', 'bips[0].physical.city', 'programmes[0].name']
      .map((f) => (texts.includes(`${f}.${lang}`) ? `${f}.${lang}` : f));
    for (const field of expected) assert.ok(visible.includes(field), `${field} shows as text (${lang})`);
  }
  // The map writes names into its own markup (crate::map::markup): the markers (city and
  // country), the chosen city's heading and its results.
  await page.locator('partner-matcher .pm-view-map').click();
  await page.locator('partner-matcher .pm-mk').first().click();
  await page.locator('partner-matcher .pm-map-place').waitFor();
  const onMap = await assertInert('the map');
  const mapText = await page.locator('partner-matcher .pm-map').textContent();
  assert.ok(texts.some((_, n) => mapText.includes(markup(n))), 'the map shows the markup as text');
  assert.ok(onMap.text.includes(mapText));
  await page.locator('partner-matcher .pm-view-list').click();
  // Markup typed into the search box.
  await page.locator('partner-matcher input[type=search]').fill(`Academy <img src=x onerror="__pwn('query')"><pm-evil>q</pm-evil>`);
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'change' && e.detail.query?.includes('pm-evil')));
  await assertInert('a query with markup');
  assert.deepEqual(page.problems.filter((p) => p.startsWith('page error')), []);
});

const BAD_ADDRESSES = [
  'javascript:__pwn("js")',
  'JavaScript:__pwn("JS")',
  ' javascript:__pwn("space")',
  'java\tscript:__pwn("tab")',
  'data:text/html,<script>__pwn("data")</script>',
  'vbscript:msgbox("vb")',
  '//evil.example/path',
  '\\\\evil.example\\path',
  'https:evil.example',
];

test('javascript:, data:, vbscript: and //host addresses never become links', async (t) => {
  const bad = BAD_ADDRESSES.map((url, n) => [institution(`bad-site-${n}`, { website: url }), bip(`bad-bip-${n}`, { url })]);
  const json = catalogue({
    institutions: [institution('good'), ...bad.map(([i]) => i)],
    bips: [bip('good-bip'), ...bad.map(([, b]) => b)],
  });
  const page = await openWith(t, json);
  assert.equal(await waitForOutcome(page), 'ready', `the valid records show: ${JSON.stringify(await events(page, 'error'))}`);
  const [ready] = await events(page, 'ready');
  await openAllDetails(page);
  // Every element that carries an address, but the loader's own stylesheet.
  const links = await page.locator('partner-matcher').evaluate((el) => [...el.shadowRoot.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')].filter((e) => !(e.localName === 'link' && e.rel === 'stylesheet')).map((a) => ({
    tag: a.localName, href: a.getAttribute('href') ?? a.getAttribute('src') ?? a.getAttribute('action') ?? a.getAttribute('formaction'),
  })));
  t.diagnostic(`links: ${JSON.stringify(links)}`);
  assert.ok(links.some((l) => l.href === 'https://example.org/'), 'the good website is a link');
  assert.ok(links.some((l) => l.href === 'https://example.org/bip'), 'the good BIP page is a link');
  for (const { tag, href } of links) {
    assert.equal(tag, 'a', `only links carry addresses: ${tag}`);
    const url = new URL(href);
    assert.ok(/^https?:\/\//.test(href) && ['http:', 'https:'].includes(url.protocol) && url.hostname === 'example.org', `an http(s) link to the catalogue's host, found ${href}`);
  }
  // The bad records are left out and named, or shown without a link; never silently lost.
  const shownNames = await page.locator('partner-matcher').evaluate((el) => el.shadowRoot.textContent);
  const skipped = ready.detail.skipped ?? [];
  for (let n = 0; n < BAD_ADDRESSES.length; n += 1) {
    // Record n + 1 of each list (the good one is first).
    for (const [place, id, label] of [[`institutions[${n + 1}]`, `bad-site-${n}`, `Academy bad-site-${n}`], [`bips[${n + 1}]`, `bad-bip-${n}`, `Summer school bad-bip-${n}`]]) {
      const named = skipped.some((s) => s.place === place || s.place?.startsWith(`${place}.`));
      assert.ok(named || shownNames.includes(label), `${id} (${JSON.stringify(BAD_ADDRESSES[n])}) is shown without a link or named in the ready event: ${JSON.stringify(skipped)}`);
    }
  }
  assert.deepEqual(await page.evaluate(() => window.__pwned), []);
});

// A word as long as a text may be (2,000 characters), and one longer than that (5,000).
const LONG_WORD = 'Fotografieopleidingen'.repeat(96).slice(0, 2000);
const LONGER_WORD = 'Fotografieopleidingen'.repeat(240).slice(0, 5000);
const RTL_NAME = 'الأكاديمية الملكية للفنون الجميلة ‮ euqimedacA ‬ האקדמיה לאמנות בצלאל';

const PNG_WIDTH = (png) => png.readUInt32BE(16);

test('a 5,000-character word and right-to-left text do not break the 360 px layout', async (t) => {
  const json = catalogue({
    institutions: [
      institution('plain'),
      institution('long-word', {
        name: `Academy ${LONG_WORD}`,
        short_name: LONG_WORD,
        city: LONG_WORD,
        agreements: [{ ...PHOTO_AGREEMENT, notes: LONG_WORD }],
      }),
      institution('longer-word', { name: `Academy ${LONGER_WORD}` }),
      institution('rtl', {
        name: RTL_NAME,
        short_name: 'בצלאל',
        city: { en: 'القاهرة', nl: 'القاهرة' },
        country: 'EG',
        location: { lat: 30.04, lon: 31.24 },
        agreements: [{ ...PHOTO_AGREEMENT, notes: 'ملاحظات باللغة العربية ‮ reversed ‬ ואחרי זה עברית' }],
      }),
    ],
    bips: [bip('long-bip', { title: LONG_WORD, virtual: LONG_WORD })],
  });
  const page = await openWith(t, json, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  assert.equal(await waitForOutcome(page), 'ready', JSON.stringify(await events(page, 'error')));
  const text = () => page.locator('partner-matcher').evaluate((el) => el.shadowRoot.textContent);
  assert.ok((await text()).includes(LONG_WORD), 'the 2,000-character word is shown');
  assert.ok((await text()).includes('בצלאל') || (await text()).includes('الأكاديمية'), 'the right-to-left name is shown');
  await openAllDetails(page);
  for (const n of [0, 1, 2]) await page.locator('partner-matcher .pm-card').nth(n).locator('.pm-save').click();
  await page.waitForFunction(() => document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-sl-item').length === 3);

  const measure = async (state) => {
    const m = await page.evaluate(() => {
      const root = document.querySelector('partner-matcher').shadowRoot;
      const boxes = [...root.querySelectorAll('.pm-card, .pm-sl-item, .pm-detail, .pm-shortlist, .pm-error, .pm-empty')]
        .map((el) => { const r = el.getBoundingClientRect(); return { cls: el.className, left: Math.floor(r.left), right: Math.ceil(r.right), width: Math.ceil(r.width) }; });
      return { scrollWidth: document.scrollingElement.scrollWidth, viewport: window.innerWidth, boxes };
    });
    assert.ok(m.scrollWidth <= 360, `the page does not scroll sideways (${state}): ${m.scrollWidth} px`);
    for (const box of m.boxes) {
      assert.ok(box.width <= m.viewport && box.left >= 0 && box.right <= m.viewport, `${box.cls} fits the ${m.viewport} px screen (${state}): ${JSON.stringify(box)}`);
    }
    const png = await page.screenshot({ fullPage: true });
    assert.equal(PNG_WIDTH(png), 360, `a full-page screenshot is 360 px wide (${state})`);
  };
  await measure('details open, three saved');
  await page.locator('partner-matcher').evaluate((el) => el.setAttribute('lang', 'nl'));
  await page.waitForFunction(() => document.querySelector('partner-matcher').shadowRoot.textContent.includes('Jouw opleiding'));
  await measure('in Dutch');
  // A 5,000-character word typed into the search box.
  await page.locator('partner-matcher input[type=search]').fill(LONGER_WORD);
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'change' && e.detail.query?.length > 100));
  await measure('a 5,000-character query');
});
