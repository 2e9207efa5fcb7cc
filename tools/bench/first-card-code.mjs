// How much of the widget's wasm the first result card needs: the most that splitting the wasm
// into a part loaded first and a part loaded later could take off a cold visit's critical path.
//
// Each function of `www/pkg/partner_matcher_bg.wasm` gets a first instruction that reports its
// index (binaryen's JS API); the demo page, served with that wasm, runs in headless Chromium
// until the end of the frame that shows the first card (the browser bench's `__firstCard`);
// every function that reported by then is one the card needed. Then, in the wasm as built, the
// body of every other function is replaced by `unreachable`: what remains, gzip -9, is the
// first card's code and data, a lower bound for any first part (a real split adds the imports
// and exports that join the parts).
import binaryen from 'binaryen';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { ROOT } from './node.mjs';
import { watchFirstCard, openToFirstCard } from './browser.mjs';
import { WIDGET_FILES } from '../size.mjs';
import { pinDayIn } from '../pinned-day.mjs';

// The features `make build` gives wasm-opt (Makefile, WASM_SETTINGS), so that the wasm written
// back uses no encoding Chromium refuses.
const F = binaryen.Features;
const FEATURES = F.MutableGlobals | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt
  | F.SignExt | F.ReferenceTypes | F.Multivalue | F.CallIndirectOverlong;

/** The module in `bytes`, and its defined (not imported) functions in order. */
function read(bytes) {
  const module = binaryen.readBinary(bytes);
  module.setFeatures(FEATURES);
  const defined = [];
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const func = module.getFunctionByIndex(i);
    const info = binaryen.getFunctionInfo(func);
    if (!info.module) defined.push({ func, results: info.results });
  }
  return { module, defined };
}

/** `bytes` with a call to the import `cov.hit(k)` first in the k-th defined function. */
function instrument(bytes) {
  const { module, defined } = read(bytes);
  module.addFunctionImport('cov_hit', 'cov', 'hit', binaryen.i32, binaryen.none);
  defined.forEach(({ func, results }, k) => {
    const body = binaryen.Function.getBody(func);
    const hit = module.call('cov_hit', [module.i32.const(k)], binaryen.none);
    binaryen.Function.setBody(func, module.block(null, [hit, body], results));
  });
  const out = module.emitBinary();
  module.dispose();
  return { bytes: Buffer.from(out), functions: defined.length };
}

/** Runs in the page before its scripts: gives the wasm its `cov` import; `__hits` maps each
 * function reported to when it first ran (ms after navigation started). */
function recordHits() {
  window.__hits = new Map();
  const withCov = (imports) => ({
    ...imports,
    cov: { hit: (k) => { if (!window.__hits.has(k)) window.__hits.set(k, performance.now()); } },
  });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = (source, imports) => original.call(WebAssembly, source, withCov(imports));
  }
}

/** gzip -9 of `bytes` as they are, and with the data section's bytes zeroed (code alone). */
function gzipSizes(bytes) {
  const gzip = (b) => gzipSync(b, { level: 9 }).length;
  const zeroed = Buffer.from(bytes);
  let p = 8;
  const leb = () => { let v = 0, shift = 0, byte; do { byte = zeroed[p++]; v |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80); return v >>> 0; };
  while (p < zeroed.length) {
    const id = zeroed[p++];
    const len = leb();
    if (id === 11) zeroed.fill(0, p, p + len);
    p += len;
  }
  return { gzip: gzip(bytes), code: gzip(zeroed) };
}

/**
 * The demo page's first card against the whole wasm: functions run and gzip -9 sizes of the
 * whole wasm and of what the card needs, each also without the data section.
 */
export async function benchFirstCardCode() {
  const wasm = readFileSync(join(ROOT, WIDGET_FILES.wasm));
  const instrumented = instrument(wasm);
  const { url, close } = await serve(join(ROOT, 'www'), { '/pkg/partner_matcher_bg.wasm': instrumented.bytes });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  let run;
  try {
    const context = await browser.newContext();
    await pinDayIn(context);
    const page = await context.newPage();
    await page.addInitScript(watchFirstCard);
    await page.addInitScript(recordHits);
    await openToFirstCard(page, `${url}index.html`);
    run = new Set(await page.evaluate(() => [...window.__hits].filter(([, t]) => t <= window.__firstCard).map(([k]) => k)));
  } finally {
    await browser.close();
    await close();
  }
  const { module, defined } = read(wasm);
  defined.forEach(({ func }, k) => { if (!run.has(k)) binaryen.Function.setBody(func, module.unreachable()); });
  const firstCard = Buffer.from(module.emitBinary());
  module.dispose();
  return { functions: instrumented.functions, run: run.size, whole: gzipSizes(wasm), firstCard: gzipSizes(firstCard) };
}

if (process.argv[1]?.endsWith('first-card-code.mjs')) console.log(await benchFirstCardCode());
