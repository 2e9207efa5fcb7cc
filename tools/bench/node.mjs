// Search and load in Node, the project's wasm `Matcher` (pkg/) against Fuse.js 7 over the same
// catalogue text and the same queries. Used by tools/bench/run.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';

const EN = new Intl.DisplayNames(['en'], { type: 'region' });
const NL = new Intl.DisplayNames(['nl'], { type: 'region' });

export const ROOT = join(new URL('.', import.meta.url).pathname, '..', '..');

let pkg = null;
/** The npm package pkg/ (built by `make build`), instantiated once. */
export async function loadPkg() {
  if (!pkg) {
    pkg = await import(join(ROOT, 'pkg/partner_matcher.js'));
    pkg.initSync({ module: readFileSync(join(ROOT, 'pkg/partner_matcher_bg.wasm')) });
  }
  return pkg;
}

/**
 * The records Fuse.js searches, one per institution and BIP, with the fields a student's words
 * may name: names, city, country (code and names in English and Dutch), tags, and the programmes
 * of its agreements in English and Dutch (what the project's matcher searches too).
 */
export function fuseRecords(cat) {
  const programmeNames = new Map(cat.programmes.map((p) => [p.id, typeof p.name === 'string' ? [p.name] : Object.values(p.name)]));
  const names = (ids) => [...new Set((ids ?? []).flatMap((id) => programmeNames.get(id) ?? []))];
  const text = (t) => (t == null ? [] : typeof t === 'string' ? [t] : Object.values(t));
  const countryNames = (code) => (code ? [EN.of(code), NL.of(code)] : []);
  const records = [];
  for (const i of cat.institutions) {
    const programmeIds = i.agreements.flatMap((a) => a.programmes ?? []);
    records.push({
      kind: 'institution', id: i.id, name: i.name, short_name: i.short_name ?? '', city: i.city,
      country: i.country, country_names: countryNames(i.country), tags: i.tags ?? [],
      programmes: names(programmeIds), programmeIds,
    });
  }
  for (const b of cat.bips ?? []) {
    const country = b.physical?.country ?? '';
    records.push({
      kind: 'bip', id: b.id, name: text(b.title), short_name: '', city: b.physical?.city ?? '',
      country, country_names: countryNames(country), tags: [], programmes: names(b.programmes),
      programmeIds: b.programmes ?? [],
    });
  }
  return records;
}

/**
 * A reasonable Fuse.js set-up for this data: weighted keys (names first), typo tolerance at
 * Fuse's default threshold, matches anywhere in a field (ignoreLocation: names put the
 * distinctive word last), extended search off.
 */
export const FUSE_OPTIONS = {
  keys: [
    { name: 'name', weight: 3 }, { name: 'short_name', weight: 2 }, { name: 'city', weight: 2 },
    { name: 'programmes', weight: 1.5 }, { name: 'country_names', weight: 1 }, { name: 'tags', weight: 1 },
  ],
  threshold: 0.4,
  ignoreLocation: true,
  includeScore: true,
};

/** JSON.parse, the records and the Fuse index: what a Fuse.js front end does on load. */
export function fuseLoad(text) {
  const cat = JSON.parse(text);
  return new Fuse(fuseRecords(cat), FUSE_OPTIONS);
}

const TODAY = '2026-11-29';
const LIMIT = 10;

/** The project's search for a query: the first page of 10, as the widget shows. */
export function projectSearch(matcher, text) {
  return matcher.search({ query: text, limit: LIMIT, today: TODAY });
}

export function fuseSearch(fuse, text) {
  return fuse.search(text, { limit: LIMIT });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The `q` percentile of `xs` (0.95: of 30 values, the second largest), by nearest rank. */
export function percentile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * q) - 1))];
}

function time(f) {
  const t = performance.now();
  const r = f();
  return [performance.now() - t, r];
}

/** Median of `runs` loads of `text` by each side, in ms, and a ready matcher and index. */
export async function benchLoad(text, runs) {
  const { Matcher } = await loadPkg();
  const wasm = [];
  const fuse = [];
  let matcher = null;
  let index = null;
  for (let r = 0; r < runs; r++) {
    matcher?.free();
    const [tw, m] = time(() => Matcher.fromJson(text));
    matcher = m;
    wasm.push(tw);
    const [tf, f] = time(() => fuseLoad(text));
    index = f;
    fuse.push(tf);
  }
  return { project: median(wasm), fuse: median(fuse), matcher, index };
}

/** Each query `runs` times on each side (after one warm-up): per query the median in ms. */
export function benchSearch(matcher, fuse, queries, runs) {
  return queries.map((q) => {
    projectSearch(matcher, q.text);
    fuseSearch(fuse, q.text);
    const p = [];
    const f = [];
    for (let r = 0; r < runs; r++) {
      p.push(time(() => projectSearch(matcher, q.text))[0]);
      f.push(time(() => fuseSearch(fuse, q.text))[0]);
    }
    return { ...q, project: median(p), fuse: median(f) };
  });
}

export { median };
