// The npm package (pkg/) initialises without a DOM: initSync in Node, then Matcher.fromJson.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './harness.mjs';

const pkg = await import(join(ROOT, 'pkg', 'partner_matcher.js'));
pkg.initSync({ module: readFileSync(join(ROOT, 'pkg', 'partner_matcher_bg.wasm')) });
const demo = readFileSync(join(ROOT, 'www', 'catalogue.json'), 'utf8');

test('Matcher.fromJson and search work in Node, with plain objects out', () => {
  const matcher = pkg.Matcher.fromJson(demo);
  const results = matcher.search({ query: 'Lodz' });
  assert.ok(Array.isArray(results));
  assert.equal(results[0].id, 'lodz-film-school');
  assert.equal(results[0].kind, 'institution');
  assert.equal(Object.getPrototypeOf(results[0]), Object.prototype, 'a plain object, not a Map');
  assert.equal(results[0].distance_band, '500-1999');
  assert.ok(results[0].reasons.some((r) => r.code === 'query'));
  const photo = matcher.search({ programme: 'fotografie', kinds: ['bip'], limit: 1 });
  assert.equal(photo.length, 1);
  assert.equal(photo[0].id, 'bip-photography-2027');
  assert.ok(matcher.search().length > 100, 'no criteria: everything');
});

test('search flags results open to a related programme only, after every one that fits', () => {
  const matcher = pkg.Matcher.fromJson(demo);
  const results = matcher.search({ programme: 'photography' });
  const fitting = results.findIndex((r) => r.related === true);
  assert.ok(fitting > 0, 'some fit Photography, then related ones follow');
  assert.ok(results.slice(0, fitting).every((r) => !('related' in r)), 'absent when it fits');
  assert.ok(results.slice(fitting).every((r) => r.related === true && r.warnings.some((w) => w.code === 'related-field' && w.detail === '0211')));
});

test('fromJson throws an Error naming the bad place', () => {
  const bad = demo.replace('"country": "FR"', '"country": "XX"');
  assert.throws(() => pkg.Matcher.fromJson(bad), (error) => error instanceof Error && /^institutions\[\d+\]\.country: /.test(error.message) && error.message.includes('"XX"') && error.message.includes('ISO 3166-1'));
  assert.throws(() => pkg.Matcher.fromJson('{'), /line 1, column 1/);
});

test('fromJson with skipBadRecords leaves out only the bad record and names it; strict by default', () => {
  const catalogue = JSON.parse(demo);
  // A French school no BIP refers to (a BIP that refers to a left-out school is left out too).
  const referred = new Set(catalogue.bips.flatMap((b) => [b.host, ...(b.partners ?? [])]));
  const bad = catalogue.institutions.findIndex((i) => i.country === 'FR' && !referred.has(i.id));
  catalogue.institutions[bad].country = 'XX';
  const text = JSON.stringify(catalogue);
  assert.throws(() => pkg.Matcher.fromJson(text), /country/, 'strict without options');
  const matcher = pkg.Matcher.fromJson(text, { skipBadRecords: true });
  assert.equal(matcher.skipped.length, 1, JSON.stringify(matcher.skipped));
  assert.equal(matcher.skipped[0].place, `institutions[${bad}]`);
  assert.ok(matcher.skipped[0].problems.some((p) => p.place === `institutions[${bad}].country`));
  const ids = new Set(matcher.search({ limit: 10000 }).map((r) => r.id));
  assert.equal(ids.has(catalogue.institutions[bad].id), false, 'the bad one is left out');
  assert.deepEqual(catalogue.institutions.filter((i, n) => n !== bad && !ids.has(i.id)).map((i) => i.id), [], 'every other institution is searchable');
  assert.throws(() => pkg.Matcher.fromJson('{', { skipBadRecords: true }), /line 1, column 1/, 'a whole-file error still throws');
});

test('setPlaces attaches the place names table the package ships; a bad table throws naming its line', () => {
  const matcher = pkg.Matcher.fromJson(demo);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'pkg', 'package.json'), 'utf8'));
  assert.ok(manifest.files.includes('places.txt'), 'places.txt is in the package');
  matcher.setPlaces(readFileSync(join(ROOT, 'pkg', 'places.txt'), 'utf8'));
  assert.equal(matcher.search({ query: 'Lodz' })[0].id, 'lodz-film-school', 'searches work as before');
  assert.throws(() => matcher.setPlaces('*BE|Belgium\n5106|x|1|Gent\n'), (error) => error instanceof Error && /^line 2: the longitude/.test(error.message));
});

test('search throws for bad criteria, naming the field', () => {
  const matcher = pkg.Matcher.fromJson(demo);
  assert.throws(() => matcher.search({ contries: ['FR'] }), /unknown field `contries`/);
  assert.throws(() => matcher.search({ programme: 'astrofysica' }), /programme "astrofysica" is not in the catalogue/);
});

test('the package is ready for npm, with types', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'pkg', 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'partner-matcher');
  assert.equal(manifest.type, 'module');
  const types = readFileSync(join(ROOT, 'pkg', 'partner_matcher.d.ts'), 'utf8');
  for (const name of ['export interface Criteria', 'export interface SearchResult', 'search(criteria: Criteria | undefined): SearchResult[]', 'static fromJson(text: string, options?: LoadOptions): Matcher', 'readonly skipped: SkippedRecord[]', 'export function mount(element: Element, options: MountOptions): Handle']) {
    assert.ok(types.includes(name), `${name} in partner_matcher.d.ts`);
  }
});
