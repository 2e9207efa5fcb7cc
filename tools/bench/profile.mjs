// Where the widget's time goes on the phone profile (issue 11): Chromium's CPU profiler (CDP
// `Profiler`) over loading the 10,000 catalogue and over typing into the search box, summed by
// function (self time). For wasm function names, serve a build whose wasm keeps its name
// section: `WWW=dir` (a copy of www/ whose pkg/partner_matcher_bg.wasm is wasm-bindgen's output
// before wasm-opt strips the names; see docs/performance.md).
//
//   node tools/bench/profile.mjs [load|keys] [institutions]
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { ROOT } from './node.mjs';
import { catalogue } from './catalogue.mjs';
import { PHONE, phonePage, keystrokes, fastTyping, openToFirstCard, widgetOnlyWith } from './browser.mjs';
import { mainThread, total } from './tracing.mjs';
import { pinDayIn } from '../pinned-day.mjs';

const what = process.argv[2] ?? 'keys';
const n = Number(process.argv[3] ?? 10_000);
const file = `bench-catalogue-${n}.json`;
const server = await serve(process.env.WWW ?? join(ROOT, 'www'), {
  [`/${file}`]: catalogue(n),
  '/profile.html': widgetOnlyWith(join(ROOT, 'www'), file),
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });

/** Self time by function name (and its URL's last part), most first. */
function summary(profile, top = 40) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1)}`;
    self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  // Inclusive time of the functions whose names contain INCLUSIVE's words (comma-separated).
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const words = (process.env.INCLUSIVE ?? '').split(',').filter(Boolean);
  const inclusive = new Map();
  for (let i = 0; words.length && i < profile.samples.length; i++) {
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id).callFrame.functionName;
      const word = words.find((w) => name.includes(w));
      if (word && !seen.has(word)) { seen.add(word); inclusive.set(word, (inclusive.get(word) ?? 0) + (dt[i] ?? 0) / 1000); }
    }
  }
  if (words.length) console.log([...inclusive].map(([k, v]) => `${v.toFixed(1).padStart(8)} ms incl.  ${k}`).join('\n'));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [`total ${total.toFixed(0)} ms`, ...rows.map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)].join('\n');
}

/** Complete trace events of the renderer's main thread, summed by name (wall time). */
function traceSummary(events, top = 30) {
  const mine = mainThread(events);
  const by = new Map();
  for (const name of new Set(mine.map((e) => e.name))) by.set(name, total(mine, [name], 'dur'));
  // The main thread's CPU time in its top-level tasks (thread time: what the machine's other
  // load does not inflate, unlike wall time); at the phone profile's 4x, about 4 times that.
  const cpu = total(mine, ['RunTask', 'ThreadControllerImpl::RunTask']);
  return [`main thread CPU in tasks: ${cpu.toFixed(0)} ms`, ...[...by].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)].join('\n');
}

if (what === 'measure') {
  // The bench's keystroke figures alone: first card, memory, p50/p95, dropped input.
  try {
    const { context, page } = await phonePage(browser, true);
    await openToFirstCard(page, `${server.url}profile.html`);
    const first = await page.evaluate(() => window.__firstCard);
    const memory = await page.evaluate(() => window.__wasmMemory.buffer.byteLength);
    const keys = await keystrokes(page, 'kmdrsvlgfnbazph', 30);
    const typed = await fastTyping(page, 'accademia di belle arti');
    console.log(JSON.stringify({ first: Math.round(first), memoryMiB: +(memory / 2 ** 20).toFixed(1), p50: Math.round(keys.p50), p95: Math.round(keys.p95), n: keys.n, typed }));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}

/** The main thread's tasks of one keystroke in order (TIMELINE=1): name, start, duration. */
function timeline(events) {
  const wanted = new Set(['EventDispatch', 'TimerFire', 'Layout', 'UpdateLayoutTree', 'Paint', 'FunctionCall', 'RunMicrotasks', 'HitTest', 'TypingCommand::InsertText', 'ParseHTML']);
  const mine = mainThread(events).filter((e) => wanted.has(e.name) && e.dur > 300);
  const t0 = mine.find((e) => e.name === 'EventDispatch')?.ts ?? 0;
  return mine.filter((e) => e.ts - t0 < 1_000_000).map((e) => `${((e.ts - t0) / 1000).toFixed(1).padStart(8)} ${(e.dur / 1000).toFixed(1).padStart(7)} ms  ${e.name} ${e.args?.data?.type ?? e.args?.data?.functionName ?? ''}`).join('\n');
}

try {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  await pinDayIn(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const card = () => page.waitForFunction(() => document.querySelector('partner-matcher')?.shadowRoot?.querySelector('.pm-card'), null, { timeout: 120_000, polling: 100 });
  const tracing = process.env.TRACE === '1';
  const events = [];
  const start = async () => {
    if (!tracing) return cdp.send('Profiler.start');
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    return cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink,toplevel', transferMode: 'ReportEvents' });
  };
  if (what === 'load') await start();
  await page.goto(`${server.url}profile.html`);
  await card();
  if (what === 'keys') {
    const input = page.locator('partner-matcher input.pm-input');
    await input.click();
    await start();
    for (const ch of 'kmdrsvlgfn') {
      await page.keyboard.press(ch);
      await page.waitForTimeout(400);
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(400);
    }
  }
  if (tracing) {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    console.log(traceSummary(events));
    if (process.env.TIMELINE) console.log(timeline(events));
  } else {
    const { profile } = await cdp.send('Profiler.stop');
    console.log(summary(profile));
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
