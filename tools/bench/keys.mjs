// Keystroke → updated results on the phone profile (issue 11), the bench's own measure
// (`keystrokes` of browser.mjs: a letter into the empty box, then Backspace, 30 keys), for one
// or more builds one right after the other, with the letters and the Backspaces apart and the
// main thread's CPU time per key from Chromium's trace (thread time: less moved by the
// machine's other load than wall time, though CPU throttling is counted in it too).
//
//   node tools/bench/keys.mjs INSTITUTIONS WWW_DIR...   (e.g. 10000 www /tmp/www-main)
//
// `floor` as a WWW_DIR measures the keystroke floor's page (`floor-keys.js`: a plain text
// field) the same way. With KEYS_SERIES=1 each key's time is printed too, in order (the
// first keys and the one that meets the place names' arrival stand out).
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { serve } from './server.mjs';
import { ROOT, median, percentile } from './node.mjs';
import { catalogue } from './catalogue.mjs';
import { phonePage, keystrokes, openToFirstCard, widgetOnlyWith } from './browser.mjs';
import { traced, total } from './tracing.mjs';

const n = Number(process.argv[2] ?? 10_000);
const file = `bench-catalogue-${n}.json`;
const text = catalogue(n);
const p95 = (t) => percentile(t, 0.95);
const r = (v) => Math.round(v);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const www of process.argv.slice(3)) {
    const floor = www === 'floor';
    const html = floor
      ? readFileSync(join(ROOT, 'tools/bench/floor-keys.html'), 'utf8')
      : widgetOnlyWith(www, file);
    const server = await serve(floor ? join(ROOT, 'www') : www, {
      [`/${file}`]: text, '/keys.html': html, '/bench-floor-keys.js': readFileSync(join(ROOT, 'tools/bench/floor-keys.js')),
    });
    const { context, page } = await phonePage(browser, true);
    await openToFirstCard(page, `${server.url}keys.html`);
    const { result: k, events } = await traced(context, page, 'devtools.timeline,toplevel', () => keystrokes(page, 'kmdrsvlgfnbazph', 30));
    const all = await page.evaluate(() => window.__keys);
    if (process.env.KEYS_SERIES) console.log(all.map(Math.round).join(' '));
    const letters = all.filter((_, i) => i % 2 === 0);
    const erased = all.filter((_, i) => i % 2 === 1);
    const keys = k.n + k.unchanged;
    const cpu = (...names) => total(events, names) / keys;
    console.log(`${www}: ${n} institutions, ${k.n} keys: p50 ${r(k.p50)} ms, p95 ${r(k.p95)} ms; letters ${r(median(letters))} / ${r(p95(letters))}, Backspace ${r(median(erased))} / ${r(p95(erased))} (p50 / p95); main-thread CPU a key: search and render (frame callbacks and timers) ${cpu('FireAnimationFrame', 'TimerFire').toFixed(1)} ms, key events ${cpu('EventDispatch').toFixed(1)}, style ${cpu('UpdateLayoutTree').toFixed(1)}, layout ${cpu('Layout').toFixed(1)}, paint ${cpu('Paint').toFixed(1)}`);
    await context.close();
    await server.close();
  }
} finally {
  await browser.close();
}
