// Size budget of the widget as a page downloads it: wasm + JS + CSS, each gzip -9.
// Fails above the budget (200 KB); the goal is 120 KB. `make test` runs it after `make build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const BUDGET = 200_000;
const GOAL = 120_000;
const FILES = ['www/pkg/partner_matcher_bg.wasm', 'www/pkg/partner_matcher.js', 'www/partner-matcher.js', 'www/partner-matcher.css'];

let total = 0;
for (const file of FILES) {
  const bytes = readFileSync(join(ROOT, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  console.log(`${file.padEnd(34)} ${String(bytes.length).padStart(8)} B  ${String(gz).padStart(7)} B gzip`);
}
console.log(`${'total'.padEnd(34)} ${''.padStart(8)}    ${String(total).padStart(7)} B gzip (budget ${BUDGET}, goal ${GOAL})`);
if (total > BUDGET) {
  console.error(`size budget exceeded: ${total} B gzip > ${BUDGET} B`);
  process.exit(1);
}
