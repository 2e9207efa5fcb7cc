// Size of the widget as a page downloads it: wasm + JS + CSS, each gzip -9 (zlib, as web
// servers compress; GNU gzip -9 packs the wasm about 1.8 KB tighter). `make test` runs it
// after `make build` and fails above BUDGET, 225 KB. GOAL is where we want to get; see
// docs/performance.md for what weighs most. The one definition of the budget and of what the
// download is: `make bench` (tools/bench/size.mjs) imports both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const BUDGET = 225_000;
const GOAL = 120_000;
// The loader has the wasm-bindgen glue bundled in (`make build`).
export const WIDGET_FILES = { wasm: 'www/pkg/partner_matcher_bg.wasm', loader: 'www/partner-matcher.js', css: 'www/partner-matcher.css' };

/** Bytes and gzip -9 bytes of a file under the repository root. */
export function sizeOf(file) {
  const bytes = readFileSync(join(ROOT, file));
  return { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function report() {
  let total = 0;
  for (const file of Object.values(WIDGET_FILES)) {
    const { bytes, gzip } = sizeOf(file);
    total += gzip;
    console.log(`${file.padEnd(34)} ${String(bytes).padStart(8)} B  ${String(gzip).padStart(7)} B gzip`);
  }
  console.log(`${'total'.padEnd(34)} ${''.padStart(8)}    ${String(total).padStart(7)} B gzip`);
  console.log(`budget ${BUDGET} B: ${total <= BUDGET ? `met, ${BUDGET - total} B to spare` : `NOT met, ${total - BUDGET} B over`}; goal ${GOAL} B`);
  if (total > BUDGET) {
    console.error(`the widget is over its budget: ${total} B gzip > ${BUDGET} B`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) report();
