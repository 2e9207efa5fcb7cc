// hit@1 and hit@3 of the labelled relevance set (tests/relevance/cases.json) for the project's
// Matcher (pkg/) and for Fuse.js over the same records (node.mjs's set-up); the criteria a
// Fuse.js front end cannot read as text (programme, countries) are applied to it as filters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { ROOT, loadPkg, fuseRecords, FUSE_OPTIONS } from './node.mjs';

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The ids of a catalogue's programmes a programme criterion names (id, name or alias). */
function programmeIds(cat, wanted) {
  const w = fold(wanted);
  return new Set(cat.programmes.filter((p) => {
    const names = [p.id, ...(typeof p.name === 'string' ? [p.name] : Object.values(p.name)), ...(p.aliases ?? [])];
    return names.some((n) => fold(n) === w);
  }).map((p) => p.id));
}

function fuseIds(cat, fuse, records, criteria) {
  const programmes = criteria.programme ? programmeIds(cat, criteria.programme) : null;
  const fits = (r) => (!programmes?.size || r.programmeIds.some((id) => programmes.has(id)))
    && (!criteria.countries || criteria.countries.includes(r.country));
  const found = criteria.query ? fuse.search(criteria.query).map((h) => h.item) : records;
  return found.filter(fits).slice(0, 3).map((r) => r.id);
}

/** { project: {hit1, hit3}, fuse: {hit1, hit3}, cases } as fractions. */
export async function benchRelevance() {
  const set = JSON.parse(readFileSync(join(ROOT, 'tests/relevance/cases.json'), 'utf8'));
  const { Matcher } = await loadPkg();
  // The place names and words table (data/places.txt + data/words.txt), as the widget fetches
  // it (`make build` writes pkg/places.txt) and the command line embeds it.
  const places = readFileSync(join(ROOT, 'pkg/places.txt'), 'utf8');
  const sides = {};
  for (const [name, path] of Object.entries(set.catalogues)) {
    const text = readFileSync(join(ROOT, path), 'utf8');
    const cat = JSON.parse(text);
    const records = fuseRecords(cat);
    const matcher = Matcher.fromJson(text);
    if (matcher.setPlaces) matcher.setPlaces(places);
    sides[name] = { cat, matcher, records, fuse: new Fuse(records, FUSE_OPTIONS) };
  }
  const score = { project: [0, 0], fuse: [0, 0] };
  for (const c of set.cases) {
    const s = sides[c.catalogue];
    const project = s.matcher.search({ ...c.criteria, today: set.today, limit: 3 }).map((h) => h.id);
    const fuse = fuseIds(s.cat, s.fuse, s.records, c.criteria);
    for (const [side, ids] of [['project', project], ['fuse', fuse]]) {
      score[side][0] += c.expect.includes(ids[0]) ? 1 : 0;
      score[side][1] += ids.some((id) => c.expect.includes(id)) ? 1 : 0;
    }
  }
  for (const s of Object.values(sides)) s.matcher.free();
  const n = set.cases.length;
  const frac = ([a, b]) => ({ hit1: a / n, hit3: b / n });
  return { project: frac(score.project), fuse: frac(score.fuse), cases: n };
}
