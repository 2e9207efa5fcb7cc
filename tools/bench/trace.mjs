// Where the main thread's time goes on the phone profile, from Chromium's trace (issue 11):
//
//   node tools/bench/trace.mjs load [WWW_DIR] [LOADS]
//     The demo page as served (preload hints, brotli), cold loads: the wasm's arrival, the
//     first card, and the wasm functions V8 compiled on the main thread at their first call
//     (`wasm.CompileLazy`), summed over the load. (JavaScript compiled on the main thread is
//     not given: in these runs nearly all of it was Playwright's own scripts.)
//
//   node tools/bench/trace.mjs keys [WWW_DIR] [INSTITUTIONS]
//     The bench's keystrokes (`keystrokes` of browser.mjs) at 10,000 institutions: each key's
//     time and its main-thread work by kind (key events, frame callbacks, style, layout,
//     paint, wasm compiled). KEYS=0,4,5 picks keys by their place in the sequence (0 is the
//     first key, 4 the `d`); ORDER=1 also lists each picked key's events in order.
//
// Tracing slows the page down: compare figures taken the same way, one build against another.
// WWW_DIR defaults to www/; a build that keeps its function names (docs/performance.md) gives
// profile.mjs names, this tool does not need them.
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { ROOT } from './node.mjs';
import { catalogue } from './catalogue.mjs';
import { phonePage, keystrokes, openToFirstCard, widgetOnlyWith } from './browser.mjs';
import { duration as ms, traced, total as sum } from './tracing.mjs';

const [what = 'keys', www = join(ROOT, 'www'), count] = process.argv.slice(2);
const CATEGORIES = 'devtools.timeline,toplevel,v8,v8.wasm,blink';
/** Per key, summed by these trace event names (thread time). */
const KINDS = {
  'key events': ['EventDispatch'],
  'frame callbacks': ['FireAnimationFrame'],
  timers: ['TimerFire'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  'paint and commit': ['PrePaint', 'Paint', 'Layerize', 'Commit'],
  'markup parsed': ['ParseHTML'],
  'wasm compiled': ['wasm.CompileLazy'],
};

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  if (what === 'load') await load(Number(count ?? 3));
  else if (what === 'keys') await keys(Number(count ?? 10_000));
  else throw new Error(`trace.mjs: "${what}" is neither load nor keys`);
} finally {
  await browser.close();
}

async function load(loads) {
  const server = await serve(www, {}, { brotli: true });
  try {
    for (let i = 0; i < loads; i++) {
      const { context, page } = await phonePage(browser, true);
      const { result, events } = await traced(context, page, CATEGORIES, async () => {
        await openToFirstCard(page, `${server.url}index.html`, { waitUntil: 'commit' });
        return page.evaluate(() => ({
          card: window.__firstCard,
          wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.responseEnd,
        }));
      });
      const lazy = events.filter((e) => e.name === 'wasm.CompileLazy');
      console.log(`load ${i + 1}: wasm arrived ${Math.round(result.wasm)} ms, first card ${Math.round(result.card)} ms; `
        + `wasm functions compiled at first call: ${lazy.length}, ${sum(lazy, ['wasm.CompileLazy']).toFixed(1)} ms`);
      await context.close();
    }
  } finally {
    await server.close();
  }
}

async function keys(institutions) {
  const file = `bench-catalogue-${institutions}.json`;
  const server = await serve(www, { [`/${file}`]: catalogue(institutions), '/keys.html': widgetOnlyWith(www, file) });
  try {
    const { context, page } = await phonePage(browser, true);
    await openToFirstCard(page, `${server.url}keys.html`);
    const { result, events } = await traced(context, page, CATEGORIES, () => keystrokes(page, 'kmdrsvlgfnbazph', 30));
    // One time per key whose results changed: in the bench's sequence, every key.
    const times = await page.evaluate(() => window.__keys);
    const downs = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').map((e) => e.ts);
    const picked = process.env.KEYS?.split(',').map(Number);
    downs.forEach((start, i) => {
      if (picked && !picked.includes(i)) return;
      const end = start + (times[i] ?? 0) * 1000;
      const inKey = events.filter((e) => e.ts >= start && e.ts < end);
      const kinds = Object.entries(KINDS).map(([kind, names]) => `${kind} ${sum(inKey, names).toFixed(1)}`).join(', ');
      console.log(`key ${i}: ${Math.round(times[i] ?? NaN)} ms; main thread (ms): ${kinds}`);
      if (!process.env.ORDER) return;
      const named = new Set([...Object.values(KINDS).flat(), 'FunctionCall', 'HitTest', 'TypingCommand::InsertText']);
      for (const e of inKey.filter((e) => named.has(e.name) && ms(e) >= 0.3)) {
        console.log(`  ${((e.ts - start) / 1000).toFixed(1).padStart(7)} ${ms(e).toFixed(1).padStart(6)} ms  ${e.name} ${e.args?.data?.type ?? ''}`);
      }
    });
    console.log(`p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (${result.n} keys); slowest: ${result.slowest.map((k) => `${k.name} ${Math.round(k.ms)} ms`).join(', ')}`);
    await context.close();
  } finally {
    await server.close();
  }
}
