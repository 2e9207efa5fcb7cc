// The browser figures of `make bench`: headless Debian Chromium through playwright-core, with
// the phone profile of issue 11 (CPU 4x slower, 1.6 Mbps down / 750 kbps up, 150 ms latency,
// cold cache: a new browser context for each load), pages served gzipped by server.mjs.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { ROOT, median, percentile } from './node.mjs';
import { pinDayIn } from '../pinned-day.mjs';

export const PHONE = {
  cpu: 4,
  network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
};

// Runs in every page before its scripts: the end of the frame that first shows a result card
// (in ms after navigation started), found in the widget's shadow root as it fills; the same for
// the static list the page holds inside <partner-matcher> (`partner-matcher render`: read
// before the widget has loaded); and the wasm memory. The floor page (floor.js) marks its names
// with the same `__afterFrame`.
export function watchFirstCard() {
  // After the next frame's paint (`requestAnimationFrame`, then a task): when what was just
  // added is on the screen. Both are added in tasks, not in a frame's callbacks, so the next
  // frame is the one that shows them.
  const afterFrame = (mark) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => mark(performance.now());
    channel.port2.postMessage(0);
  });
  window.__afterFrame = afterFrame;
  new MutationObserver((_, seen) => {
    if (!document.querySelector('partner-matcher section.pm-fallback li')) return;
    seen.disconnect();
    afterFrame((t) => { window.__firstList = t; });
  }).observe(document, { childList: true, subtree: true });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      // The memory by its type, not its name: the widget's build shortens export names.
      const { exports } = result.instance ?? result;
      window.__wasmMemory = Object.values(exports).find((e) => e instanceof WebAssembly.Memory);
      return result;
    };
  }
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const seen = new MutationObserver(() => {
      if (root.querySelector('.pm-card')) {
        seen.disconnect();
        afterFrame((t) => { window.__firstCard ??= t; });
      }
    });
    seen.observe(root, { childList: true, subtree: true });
    return root;
  };
}

/** The static list a demo page holds inside <partner-matcher> (`tools/demo-lists.mjs`). */
const STATIC_LIST = /<section class="pm-fallback"[\s\S]*?<\/section>\n/;

/** The demo page's preload hints, with the comment before them. */
const PRELOAD_HINTS = /\n *<!-- The preload hints[\s\S]*?-->(\n *<link rel="preload"[^>]*>)+/;

/**
 * The demo page without its static list and preload hints (the widget's own time, for the
 * profiling tools).
 */
export const widgetOnly = (html) => html.replace(STATIC_LIST, '').replace(PRELOAD_HINTS, '');

/** `www`'s demo page as `widgetOnly` makes it, its widget reading the catalogue at `file`. */
export const widgetOnlyWith = (www, file) => widgetOnly(readFileSync(join(www, 'index.html'), 'utf8'))
  .replace('catalogue="catalogue.json"', `catalogue="${file}"`);

/**
 * `page` (from `phonePage`) at `url` until its first result card, or the floor's names, has
 * been shown (`__firstCard`); `goto`: Playwright's navigation options.
 */
export async function openToFirstCard(page, url, goto = {}) {
  await page.goto(url, goto);
  await page.waitForFunction(() => window.__firstCard !== undefined, null, { timeout: 120_000, polling: 100 });
}

/**
 * The pages, relative to the server: the demo page without its preload hints (as served, it
 * carries those of `make dist`'s snippet.html), and the demo page with and without them on
 * `catalogue` with `largeList`, that catalogue's static list for the demo's programme, in place
 * of the demo's.
 */
function pages(catalogueFile, largeList) {
  const demo = readFileSync(join(ROOT, 'www/index.html'), 'utf8');
  const plain = demo.replace(PRELOAD_HINTS, '');
  // The catalogue's URL in the widget's attribute and in the hint.
  const onLarge = (html) => html
    .replaceAll('"catalogue.json"', `"${catalogueFile}"`)
    .replace(STATIC_LIST, () => largeList);
  const large = onLarge(plain);
  const floor = (file) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title>
<script type="module" src="bench-floor.js"></script></head>
<body><ol id="names" data-catalogue="${file}"></ol></body></html>`;
  return {
    '/bench-demo-plain.html': plain,
    '/bench-demo-large.html': large,
    '/bench-demo-large-widget.html': widgetOnly(large),
    '/bench-demo-large-hints.html': onLarge(demo),
    '/bench-floor-demo.html': floor('catalogue.json'),
    '/bench-floor-large.html': floor(catalogueFile),
    '/bench-floor.js': readFileSync(join(ROOT, 'tools/bench/floor.js')),
    '/bench-floor-keys.html': readFileSync(join(ROOT, 'tools/bench/floor-keys.html')),
    '/bench-floor-keys.js': readFileSync(join(ROOT, 'tools/bench/floor-keys.js')),
  };
}

export async function phonePage(browser, throttle, { cache = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 });
  // The demo's results as on the day the tests pin (tools/pinned-day.mjs): on the real clock,
  // its BIPs and agreements end, and with them the first card the bench waits for.
  await pinDayIn(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cache });
    await cdp.send('Network.emulateNetworkConditions', PHONE.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  }
  await page.addInitScript(watchFirstCard);
  return { context, page };
}

/**
 * Navigation to the first result card (or the floor's names), in ms; and the request chain.
 * With `revisit`, the page was opened once before in the same browser profile: what its
 * cache kept, as the server's caching headers allow, is not downloaded again.
 */
async function firstResults(browser, url, throttle, { revisit = false } = {}) {
  const { context, page } = await phonePage(browser, throttle, { cache: revisit });
  try {
    if (revisit) {
      await openToFirstCard(page, url);
      await page.goto('about:blank');
    }
    await openToFirstCard(page, url, { waitUntil: 'commit' });
    return await page.evaluate(() => ({
      ms: window.__firstCard,
      list: window.__firstList ?? null,
      chain: performance.getEntriesByType('resource').map((r) => ({
        name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd,
      })),
    }));
  } finally {
    await context.close();
  }
}

/** Bytes of wasm linear memory once the widget shows results. */
async function wasmMemory(page) {
  return page.evaluate(() => window.__wasmMemory.buffer.byteLength);
}

// In the page: each keydown in the search box, then the first change of the widget outside the
// search form after it, then the frame that shows it: keydown → the end of that frame, in ms.
// The frame that shows a change is the first whose layout comes after it, whether the change was
// made in a task before the frame or in one of the frame's own animation frame callbacks (a
// watch started from the change, `requestAnimationFrame` then, would count the latter a frame
// late: callbacks asked for during a frame's callbacks run in the next frame). A probe outside
// the widget, resized at each frame, tells when a frame's layout is done: ResizeObserver
// callbacks run in the frame's rendering, after layout, before paint.
export function watchKeystrokes() {
  const host = document.querySelector('partner-matcher');
  const root = host.shadowRoot;
  window.__keys = [];
  let start = null; // the timeStamp of the keydown whose results are awaited
  let changed = false;
  let ticking = false;
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;top:0;left:0;height:1px;width:1px;visibility:hidden;pointer-events:none';
  document.body.append(probe);
  const tick = () => { probe.style.width = probe.style.width === '1px' ? '2px' : '1px'; };
  new ResizeObserver(() => {
    if (start === null) { ticking = false; return; }
    if (!changed) { requestAnimationFrame(tick); return; }
    const from = start;
    start = null;
    ticking = false;
    // After the frame's paint: the next task.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.__keys.push(performance.now() - from);
      window.__keyDone?.();
    };
    channel.port2.postMessage(0);
  }).observe(probe);
  root.addEventListener('keydown', (e) => {
    start = e.timeStamp;
    changed = false;
    if (!ticking) { ticking = true; requestAnimationFrame(tick); }
  }, true);
  // Not a change of the results: the search box's own, and the live region's, which says the
  // new count 600 ms after typing settles (a key whose results look the same would otherwise
  // be timed to that announcement).
  const ignored = '.pm-search, .pm-live';
  new MutationObserver((records) => {
    if (start === null || changed) return;
    if (records.every((r) => r.target.closest?.(ignored) || r.target.parentElement?.closest(ignored))) return;
    changed = true;
  }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  // Resolves with the time of the key after the `n` measured so far, or null after 2 s (the
  // results did not change): one call from the bench for each key, instead of polling the
  // page, which would run on the main thread while it handles the key.
  window.__nextKey = (n) => new Promise((resolve) => {
    const done = () => { window.__keyDone = null; resolve(window.__keys[n] ?? null); };
    if (window.__keys.length > n) return done();
    window.__keyDone = done;
    setTimeout(done, 2000);
  });
}

/**
 * One key pressed in the search box (`watchKeystrokes` running): its time to the end of the
 * frame that shows its results, or null when the results did not change within 2 s.
 */
export async function timeKey(page, key) {
  const before = await page.evaluate(() => window.__keys.length);
  const next = page.evaluate((n) => window.__nextKey(n), before);
  await page.keyboard.press(key);
  return next;
}

/**
 * Keystroke → updated results: each of `letters` typed into the empty search box, then erased
 * (Backspace): every key changes the results (a one-letter prefix, then none).
 */
export async function keystrokes(page, letters, wanted) {
  await page.evaluate(watchKeystrokes);
  const input = page.locator('partner-matcher input.pm-input');
  await input.click();
  const measured = []; // each key whose results changed, with its time, in order
  let unchanged = 0;
  const keys = [];
  for (const ch of letters) keys.push(ch, 'Backspace');
  for (const [i, key] of keys.entries()) {
    if (measured.length >= wanted) break;
    const ms = await timeKey(page, key);
    if (ms === null) {
      unchanged += 1; // the results did not change for this key
      continue;
    }
    const name = key === 'Backspace' ? `Backspace after \`${keys[i - 1]}\`` : `\`${key}\``;
    measured.push({ name: i === 0 ? `${name} (the first key)` : name, ms });
  }
  const times = measured.map((k) => k.ms);
  // What sets the p95: the slowest keys, named.
  const slowest = [...measured].sort((a, b) => b.ms - a.ms).slice(0, 3);
  return { p50: median(times), p95: percentile(times, 0.95), n: times.length, unchanged, slowest };
}

/** No dropped input: keys typed 40 ms apart all arrive, and the results follow the last. */
export async function fastTyping(page, text) {
  const input = page.locator('partner-matcher input.pm-input');
  await input.fill('');
  await input.pressSequentially(text, { delay: 40 });
  return (await input.inputValue()) === text;
}

/**
 * The browser figures: first results on the demo page and at `large` institutions for the widget
 * (its static list, then its first card) and the floor (median of `runs` cold loads each, by
 * the first card), memory and keystrokes at `large`.
 */
export async function benchBrowser({ largeText, largeList, large, runs, throttle }) {
  const catalogueFile = `bench-catalogue-${large}.json`;
  const extra = { [`/${catalogueFile}`]: largeText, ...pages(catalogueFile, largeList) };
  // BENCH_WWW: another build's www/ (to compare two builds one right after the other).
  const www = process.env.BENCH_WWW ?? join(ROOT, 'www');
  const server = await serve(www, extra);
  // The demo page again, everything sent with brotli (as `make dist`'s files can be).
  const brotliServer = await serve(www, extra, { brotli: true });
  // And with the caching headers the README asks of hosts, for a student's second visit.
  const cachingServer = await serve(www, extra, { caching: true });
  // The widget's files as the `.gz` files of `make build` and `make dist` (zopfli), which a
  // host following the README sends as they are; the page and the catalogue as before.
  const zopfliServer = await serve(www, extra, { zopfli: true });
  // Compress everything once before measuring (the large catalogue not with brotli, which
  // measures the demo page only: brotli 11 takes tens of seconds on 8.5 MB).
  const demoFiles = ['index.html', 'bench-floor-demo.html', 'bench-floor.js', 'catalogue.json', 'pkg/partner_matcher_bg.wasm', 'partner-matcher.js', 'partner-matcher.css', 'demo.css', 'demo.js'];
  for (const p of [...demoFiles, 'bench-demo-large.html', catalogueFile]) await fetch(server.url + p);
  for (const p of demoFiles) await fetch(brotliServer.url + p, { headers: { 'Accept-Encoding': 'br' } });
  for (const p of demoFiles) await fetch(cachingServer.url + p);
  for (const p of demoFiles) await fetch(zopfliServer.url + p);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const load = async (path, from = server, options = {}) => {
      const all = [];
      for (let r = 0; r < runs; r++) all.push(await firstResults(browser, from.url + path, throttle, options));
      all.sort((a, b) => a.ms - b.ms);
      return all[all.length >> 1];
    };
    const out = {
      demo: await load('bench-demo-plain.html'),
      demoHints: await load('index.html'),
      demoZopfli: await load('index.html', zopfliServer),
      demoBrotli: await load('index.html', brotliServer),
      demoFloorBrotli: await load('bench-floor-demo.html', brotliServer),
      demoFloor: await load('bench-floor-demo.html'),
      demoRevisit: await load('index.html', cachingServer, { revisit: true }),
      demoFloorRevisit: await load('bench-floor-demo.html', cachingServer, { revisit: true }),
      large: await load('bench-demo-large.html'),
      largeWidget: await load('bench-demo-large-widget.html'),
      largeHints: await load('bench-demo-large-hints.html'),
      largeFloor: await load('bench-floor-large.html'),
    };
    // Keystrokes on `runs` fresh loads of the widget alone, as before the pages held a static
    // list (comparable figures); the floor's the same way. A p95 of 30 keys moves by tens of
    // milliseconds from one load to the next on a shared machine: the figures are those of the
    // load whose p95 is the median, with every load's p95 beside them. `first(page)` runs on the
    // first load before its keys, `after(page)` after them.
    const typed = async (url, { first, after } = {}) => {
      const loads = [];
      for (let r = 0; r < runs; r++) {
        const { context, page } = await phonePage(browser, throttle);
        try {
          await openToFirstCard(page, url);
          if (r === 0) await first?.(page);
          loads.push(await keystrokes(page, 'kmdrsvlgfnbazph', 30));
          if (r === 0) await after?.(page);
        } finally {
          await context.close();
        }
      }
      const p95s = loads.map((k) => k.p95);
      loads.sort((a, b) => a.p95 - b.p95);
      return { ...loads[loads.length >> 1], p95s };
    };
    out.keys = await typed(server.url + 'bench-demo-large-widget.html', {
      first: async (page) => { out.memory = await wasmMemory(page); },
      after: async (page) => { out.noDroppedInput = await fastTyping(page, 'accademia di belle arti'); },
    });
    out.keysFloor = await typed(server.url + 'bench-floor-keys.html');
    return out;
  } finally {
    await browser.close();
    await server.close();
    await brotliServer.close();
    await cachingServer.close();
    await zopfliServer.close();
  }
}
