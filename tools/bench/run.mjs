// `make bench`: partner-matcher side by side with its peers, in one run. Prints the tables and
// writes them, with the machine and the command, into docs/performance.md (between the
// "make bench" markers) and the plot into docs/bench-plot.svg.
//
// `--short` (run by `make test`): 100 and 1,000 institutions, no throttling, one cold load per
// page, nothing written; it fails when the widget is over its size budget or the relevance set
// falls below its floor. It never asserts a time.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, execSync } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { catalogue, queries } from './catalogue.mjs';
import { ROOT, benchLoad, benchSearch, median } from './node.mjs';
import { benchSize, BUDGET } from './size.mjs';
import { benchRelevance } from './relevance.mjs';
import { benchFirstCardCode } from './first-card-code.mjs';
import { benchBrowser, PHONE } from './browser.mjs';
import { plot } from './plot.mjs';

const SHORT = process.argv.includes('--short');
const SIZES = SHORT ? [100, 1000] : [100, 1000, 10_000];
// hit@1 of the relevance set may not fall below this: the floor tests/relevance.rs asserts
// for the command line (docs/relevance.md).
const RELEVANCE_FLOOR_HIT1 = 0.95;

const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3));
const x = (v) => `${v >= 10 ? v.toFixed(0) : v.toFixed(1)}x`;
/** Of keystrokes on several loads: which load's figures these are, and every load's p95. */
const keyLoads = (k) => (k.p95s.length > 1 ? `, the load whose p95 is the median of ${k.p95s.length} fresh loads (their p95s in turn: ${k.p95s.map((v) => `${ms(v)}`).join(', ')} ms)` : '');
const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
const pct = (v) => `${(v * 100).toFixed(1)}%`;
const table = (head, rows) => [
  `| ${head.join(' | ')} |`,
  `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const log = (s) => process.stdout.write(`${s}\n`);

const sections = [];
const section = (title, text) => { sections.push(`### ${title}\n\n${text}`); log(`\n## ${title}\n\n${text}`); };

// Search and load in Node.
const rows = [];
let perQuery = null;
let largeText = null;
for (const n of SIZES) {
  const text = catalogue(n);
  if (n === SIZES.at(-1)) largeText = text;
  const load = await benchLoad(text, SHORT ? 2 : n >= 10_000 ? 5 : 9);
  const qs = queries(JSON.parse(text));
  const search = benchSearch(load.matcher, load.index, qs, SHORT ? 2 : n >= 10_000 ? 3 : 9);
  load.matcher.free();
  const p = search.map((q) => q.project);
  const f = search.map((q) => q.fuse);
  rows.push({
    size: n, bytes: text.length, queries: qs.length,
    searchProject: median(p), searchProjectMax: Math.max(...p),
    searchFuse: median(f), searchFuseMax: Math.max(...f),
    loadProject: load.project, loadFuse: load.fuse,
  });
  perQuery = search;
  log(`${n} institutions: load ${ms(load.project)} / ${ms(load.fuse)} ms, search ${ms(median(p))} / ${ms(median(f))} ms`);
}

section('Search: partner-matcher (wasm, Node) against Fuse.js 7', `${table(
  ['institutions (+10% BIPs)', 'queries', 'partner-matcher median', 'slowest', 'Fuse.js median', 'slowest', 'Fuse.js / partner-matcher (median)'],
  rows.map((r) => [r.size.toLocaleString('en'), r.queries, `${ms(r.searchProject)} ms`, `${ms(r.searchProjectMax)} ms`,
    `${ms(r.searchFuse)} ms`, `${ms(r.searchFuseMax)} ms`, x(r.searchFuse / r.searchProject)]),
)}

Per query at ${SIZES.at(-1).toLocaleString('en')} institutions (median of its runs; the first page of 10 results):

${table(['kind', 'query', 'partner-matcher', 'Fuse.js', 'ratio'],
    perQuery.map((q) => [q.kind, `\`${q.text}\``, `${ms(q.project)} ms`, `${ms(q.fuse)} ms`, x(q.fuse / q.project)]))}`);

section('Load: `Matcher.fromJson` against `JSON.parse` + the Fuse.js index (same text)', table(
  ['institutions', 'JSON', '`Matcher.fromJson` (parse, validate, index)', '`JSON.parse` + Fuse.js index', 'ratio'],
  rows.map((r) => [r.size.toLocaleString('en'), `${(r.bytes / 1e6).toFixed(2)} MB`, `${ms(r.loadProject)} ms`, `${ms(r.loadFuse)} ms`, x(r.loadProject / r.loadFuse)]),
));

// Size.
const size = benchSize();
const cardCode = await benchFirstCardCode();
section('Download: the widget against the Yew floor (gzip -9)', `${table(
  ['file', 'widget (`www/`)', 'Yew counter (`bench/yew-floor`)'],
  [['wasm', kb(size.widget.wasm), kb(size.floor.wasm)], ['glue (wasm-bindgen, minified)', size.widget.glue ? kb(size.widget.glue) : 'in the loader', kb(size.floor.glue)],
    ['loader', kb(size.widget.loader), '—'], ['stylesheet', kb(size.widget.css), '—'],
    ['**total**', `**${kb(size.widgetTotal)}**`, `**${kb(size.floorTotal)}**`]],
)}

The widget is ${x(size.widgetTotal / size.floorTotal)} the floor (${kb(size.widgetTotal - size.floorTotal)} above it); budget ${kb(BUDGET)}: ${size.widgetTotal <= BUDGET ? 'met' : '**not met**'}.

What the demo page's first result card needs of the wasm (\`tools/bench/first-card-code.mjs\`): it runs
${cardCode.run.toLocaleString('en')} of the wasm's ${cardCode.functions.toLocaleString('en')} functions before the frame that shows the card; the wasm with every
other function emptied is **${kb(cardCode.firstCard.gzip)}** of ${kb(cardCode.whole.gzip)} (its code alone, the data section left out,
${kb(cardCode.firstCard.code)} of ${kb(cardCode.whole.code)}). No split of the wasm into a part loaded first and a part loaded
later can bring the first part below that.`);

// Relevance.
const rel = await benchRelevance();
section('Relevance: the labelled set (`tests/relevance/cases.json`)', `${table(
  ['', 'hit@1', 'hit@3'],
  [['partner-matcher', pct(rel.project.hit1), pct(rel.project.hit3)], ['Fuse.js (weighted keys, threshold 0.4, programme and countries as filters)', pct(rel.fuse.hit1), pct(rel.fuse.hit3)]],
)}

${rel.cases} cases over two catalogues; floor asserted by \`make test\`: hit@1 ≥ ${pct(RELEVANCE_FLOOR_HIT1)}.`);

// Browser. The large page holds its catalogue's static list for the demo's programme, as the
// demo page holds its own (`partner-matcher render`, the command line `make bench` builds).
const large = SIZES.at(-1);
const largeFile = join(tmpdir(), `partner-matcher-bench-${large}.json`);
writeFileSync(largeFile, largeText);
const largeList = execFileSync(join(ROOT, 'target/debug/partner-matcher'),
  ['render', largeFile, '--programme', 'photography', '--lang', 'en'], { encoding: 'utf8', maxBuffer: 1 << 28 });
const browser = await benchBrowser({ largeText, largeList, large, runs: SHORT ? 1 : 3, throttle: !SHORT });
const listed = (largeList.match(/<li><strong>/g) ?? []).length;
const chain = (r) => r.chain.map((c) => `${c.name.replace(/^\//, '')} ${ms(c.start)}–${ms(c.end)}`).join(', ');
const list = (r) => (r.list === null ? '–' : `${ms(r.list)} ms`);
section(`Browser: first results ${SHORT ? '(no throttling)' : 'on the phone profile'}`, `${table(
  ['page', 'static list shown', 'widget, first card', 'floor (fetch + JSON.parse + ten names)', 'static list / floor', 'widget / floor'],
  [['demo page (147 institutions), without preload hints', list(browser.demo), `${ms(browser.demo.ms)} ms`, `${ms(browser.demoFloor.ms)} ms`, x(browser.demo.list / browser.demoFloor.ms), x(browser.demo.ms / browser.demoFloor.ms)],
    [`the demo page as it is, with the preload hints of \`snippet.html\``, list(browser.demoHints), `${ms(browser.demoHints.ms)} ms`, `${ms(browser.demoFloor.ms)} ms`, x(browser.demoHints.list / browser.demoFloor.ms), x(browser.demoHints.ms / browser.demoFloor.ms)],
    ['the same, the widget\'s files sent as the `.gz` files `make build` and `make dist` write (zopfli)', list(browser.demoZopfli), `${ms(browser.demoZopfli.ms)} ms`, `${ms(browser.demoFloor.ms)} ms`, x(browser.demoZopfli.list / browser.demoFloor.ms), x(browser.demoZopfli.ms / browser.demoFloor.ms)],
    ['the same, everything sent with brotli (`make dist`\'s `.br` files; the floor too)', list(browser.demoBrotli), `${ms(browser.demoBrotli.ms)} ms`, `${ms(browser.demoFloorBrotli.ms)} ms`, x(browser.demoBrotli.list / browser.demoFloorBrotli.ms), x(browser.demoBrotli.ms / browser.demoFloorBrotli.ms)],
    ['the demo page with the hints visited again, served with the README\'s caching headers (the widget\'s files from the cache, the page and the catalogue revalidated; the floor\'s page too)', list(browser.demoRevisit), `${ms(browser.demoRevisit.ms)} ms`, `${ms(browser.demoFloorRevisit.ms)} ms`, x(browser.demoRevisit.list / browser.demoFloorRevisit.ms), x(browser.demoRevisit.ms / browser.demoFloorRevisit.ms)],
    [`demo page, ${large.toLocaleString('en')} institutions`, list(browser.large), `${ms(browser.large.ms)} ms`, `${ms(browser.largeFloor.ms)} ms`, x(browser.large.list / browser.largeFloor.ms), x(browser.large.ms / browser.largeFloor.ms)],
    [`the same with the preload hints of \`snippet.html\``, list(browser.largeHints), `${ms(browser.largeHints.ms)} ms`, `${ms(browser.largeFloor.ms)} ms`, x(browser.largeHints.list / browser.largeFloor.ms), x(browser.largeHints.ms / browser.largeFloor.ms)],
    [`demo page, ${large.toLocaleString('en')} institutions, without a static list`, '–', `${ms(browser.largeWidget.ms)} ms`, `${ms(browser.largeFloor.ms)} ms`, '–', x(browser.largeWidget.ms / browser.largeFloor.ms)]],
)}

Navigation start to the end of the frame that first shows the page's static list of the
programme's partners (\`partner-matcher render\`, inside \`<partner-matcher>\`: readable, not yet
searchable; ${listed.toLocaleString('en')} entries on the ${large.toLocaleString('en')} page), to the end of the frame that
first shows the widget's first result card, and to the end of the frame that shows the floor's
names (median of ${SHORT ? 1 : 3} cold loads each; a visit again: the second of two loads in one browser profile). Requests of the
${large.toLocaleString('en')} page (start–end, ms): ${chain(browser.large)}; with the hints: ${chain(browser.largeHints)}.

- wasm linear memory after loading ${large.toLocaleString('en')}: **${(browser.memory / 2 ** 20).toFixed(1)} MiB**, ${x(browser.memory / largeText.length)} the catalogue's JSON (${(largeText.length / 1e6).toFixed(2)} MB).
- keystroke → updated results at ${large.toLocaleString('en')}: **p50 ${ms(browser.keys.p50)} ms, p95 ${ms(browser.keys.p95)} ms** over ${browser.keys.n} keystrokes (a letter into the empty search box, then Backspace; keydown to the end of the first frame that lays out the changed results)${keyLoads(browser.keys)}; the floor, the same keys into a plain text field whose page writes what was typed before the next frame: p50 ${ms(browser.keysFloor.p50)} ms, p95 ${ms(browser.keysFloor.p95)} ms${keyLoads(browser.keysFloor)} (widget / floor: ${x(browser.keys.p50 / browser.keysFloor.p50)}, ${x(browser.keys.p95 / browser.keysFloor.p95)}). The widget's three slowest keys${browser.keys.p95s.length > 1 ? ' in that load' : ''}: ${browser.keys.slowest.map((k) => `${k.name} ${ms(k.ms)} ms`).join(', ')}.
- no dropped input (23 keys 40 ms apart, all in the box): ${browser.noDroppedInput ? 'yes' : '**no**'}.`);

const plotRows = rows;
if (!SHORT) {
  const chromium = execSync('/usr/bin/chromium --version 2>/dev/null').toString().trim();
  const rustc = execSync('rustc --version').toString().trim();
  const machine = `${cpus().length} cores (${cpus()[0].model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium}, ${rustc}`;
  writeFileSync(join(ROOT, 'docs/bench-plot.svg'), plot(plotRows));
  const body = `<!-- make bench: start (written by tools/bench/run.mjs) -->
## Side by side (\`make bench\`)

Measured ${new Date().toISOString().slice(0, 10)} with \`make bench\` on ${machine}. Catalogues generated by
\`tools/bench/catalogue.mjs\` (the generator of \`benches/matcher.rs\`; 10% BIPs), ${rows[0].queries} queries
(names, cities, typos, Dutch words, programmes). Browser: headless Chromium, phone profile: CPU ${PHONE.cpu}x slower
(\`Emulation.setCPUThrottlingRate\`), 1.6 Mbps down, 750 kbps up, 150 ms latency
(\`Network.emulateNetworkConditions\`), cold cache, served gzipped (level 6) from 127.0.0.1. The machine
is shared with other builds: small differences between runs are noise.

![Search and load time against catalogue size](bench-plot.svg)

${sections.join('\n\n')}
<!-- make bench: end -->`;
  const path = join(ROOT, 'docs/performance.md');
  const doc = readFileSync(path, 'utf8');
  const marked = /<!-- make bench: start[\s\S]*?<!-- make bench: end -->/;
  writeFileSync(path, marked.test(doc) ? doc.replace(marked, body) : doc.replace(/\n## Speed\n/, `\n${body}\n\n## Speed\n`));
  log('\nwritten: docs/performance.md, docs/bench-plot.svg');
}

let failed = false;
if (size.widgetTotal > BUDGET) { console.error(`the widget is over its budget: ${size.widgetTotal} B > ${BUDGET} B`); failed = true; }
if (rel.project.hit1 < RELEVANCE_FLOOR_HIT1) { console.error(`relevance below its floor: hit@1 ${pct(rel.project.hit1)} < ${pct(RELEVANCE_FLOOR_HIT1)}`); failed = true; }
if (!browser.noDroppedInput) { console.error('typing dropped input'); failed = true; }
if (failed) process.exit(1);
log(SHORT ? '\nbench (short): size budget, relevance floor and input checks passed' : '');
