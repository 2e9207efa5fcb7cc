// The npm package (pkg/) initialises without a DOM: initSync in Node, then Matcher.fromJson.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
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
  for (const name of ['export interface Criteria', 'export interface SearchResult', 'search(criteria?: Criteria): SearchResult[]', 'page(criteria?: Criteria, offset?: number): SearchPage', 'export interface SearchPage', 'export interface CatalogueError extends Error', 'displayName(kind: "institution" | "bip", id: string, options?: NameOptions): string | undefined', 'static fromJson(text: string, options?: LoadOptions): Matcher', 'readonly skipped: SkippedRecord[]', 'export function mount(element: Element, options: MountOptions): Handle']) {
    assert.ok(types.includes(name), `${name} in partner_matcher.d.ts`);
  }
});

test('fromJson refuses what is not JSON text in words, and options it does not know', () => {
  // A parsed catalogue (the commonest slip) or a Buffer, instead of the text.
  for (const [given, found] of [[JSON.parse(demo), 'an object'], [Buffer.from(demo), 'a Buffer'], [new Uint8Array(4), 'a Uint8Array'], [undefined, 'undefined'], [42, 'a number']]) {
    assert.throws(() => pkg.Matcher.fromJson(given), (error) => error instanceof TypeError && error.message.startsWith('Matcher.fromJson takes the catalogue\'s JSON text (a string)') && error.message.includes(found), String(found));
  }
  assert.throws(() => pkg.Matcher.fromJson(demo, { skipBadRecord: true }), (error) => error instanceof Error && /^fromJson options: unknown option `skipBadRecord`/.test(error.message) && error.message.includes('skipBadRecords'));
  assert.throws(() => pkg.Matcher.fromJson(demo, 'lenient'), (error) => error instanceof TypeError && /^fromJson options must be an object/.test(error.message));
  assert.throws(() => pkg.Matcher.fromJson(demo, { skipBadRecords: 'yes' }), /skipBadRecords must be true or false/);
  assert.equal(pkg.Matcher.fromJson(demo, { skipBadRecords: undefined }).skipped.length, 0, 'undefined is not set');
  assert.equal(pkg.Matcher.fromJson(demo, null).skipped.length, 0, 'null options are none');
  const matcher = pkg.Matcher.fromJson(demo);
  assert.throws(() => matcher.setPlaces(readFileSync(join(ROOT, 'pkg', 'places.txt'))), (error) => error instanceof TypeError && error.message === 'setPlaces takes the text of places.txt (a string), found a Buffer');
});

test('search reads criteria as JavaScript gives them: what it cannot read throws, in words without JSON positions', () => {
  const matcher = pkg.Matcher.fromJson(demo);
  const all = matcher.search().length;
  // Numbers beyond what wasm32's usize holds, and Infinity, are "all" (as natively); NaN is refused, not taken as absent.
  for (const limit of [2 ** 32, Number.MAX_SAFE_INTEGER, 1e300, Infinity]) {
    assert.equal(matcher.search({ limit }).length, all, `limit ${limit}`);
  }
  assert.equal(matcher.search({ limit: 3 }).length, 3);
  assert.throws(() => matcher.search({ limit: NaN }), /^Error: invalid criteria: limit: must be a whole number of 0 or more \(Infinity for all\), found NaN$/);
  assert.throws(() => matcher.search({ limit: -1 }), /limit: must be a whole number of 0 or more \(Infinity for all\), found -1$/);
  assert.throws(() => matcher.search({ limit: 2.5 }), /limit: must be a whole number .*found 2\.5$/);
  assert.throws(() => matcher.search({ limit: '5' }), /limit: must be a whole number .*found a string$/);
  assert.throws(() => matcher.search({ max_distance_km: NaN }), /^Error: invalid criteria: max_distance_km: must be a number of kilometres, found NaN$/);
  assert.equal(matcher.search({ max_distance_km: Infinity }).length, all, 'no bound');
  // No "at line 1 column 14": the caller wrote no JSON text.
  for (const criteria of [{ level: 'phd' }, { kinds: 'bip' }, { contries: ['FR'] }, { max_distance_km: '100' }, { query: 42 }]) {
    assert.throws(() => matcher.search(criteria), (error) => error instanceof Error && error.message.startsWith('invalid criteria: ') && !/line \d+ column \d+/.test(error.message) && !/\bf64\b|\busize\b/.test(error.message), JSON.stringify(criteria));
  }
  assert.throws(() => matcher.search({ level: 'phd' }), /^Error: invalid criteria: level: unknown variant `phd`, expected one of `bachelor`, `master`, `postgraduate`, `doctorate`$/);
  assert.throws(() => matcher.search({ max_distance_km: '100' }), /max_distance_km: invalid type: string "100", expected a number$/);
  // Criteria that are not an object of criteria: a string, an array, a Map (JSON.stringify would make it {}, every result).
  for (const [criteria, found] of [['lyon', 'a string'], [['lyon'], 'an array'], [new Map([['query', 'lyon']]), 'a Map'], [5, 'a number'], [() => 1, 'a function']]) {
    assert.throws(() => matcher.search(criteria), (error) => error instanceof TypeError && error.message === `criteria must be an object such as { query: "lyon" }, found ${found}`, found);
  }
  // What JSON cannot say is named as such.
  assert.throws(() => matcher.search({ limit: 5n }), /^Error: invalid criteria: limit: must be a whole number .*found a bigint$/);
  assert.throws(() => matcher.search({ max_distance_km: 5n }), (error) => error instanceof TypeError && /^criteria cannot be read: .*BigInt/.test(error.message));
  const cyclic = { query: 'x' };
  cyclic.self = cyclic;
  assert.throws(() => matcher.search(cyclic), (error) => error instanceof TypeError && /^criteria cannot be read: .*circular/i.test(error.message));
  assert.equal(matcher.search({ query: undefined, programme: null }).length, all, 'undefined and null are not set');
});

test('page gives a page of the results with the count, the words left out and the filters to drop', () => {
  const matcher = pkg.Matcher.fromJson(demo);
  const criteria = { programme: 'photography', limit: 10 };
  const all = matcher.search({ programme: 'photography' });
  const first = matcher.page(criteria);
  assert.deepEqual(Object.keys(first), ['total', 'related', 'ignored_words', 'loosenings', 'results']);
  assert.equal(first.total + first.related, all.length, 'every result counted');
  assert.equal(first.related, all.filter((r) => r.related).length);
  assert.deepEqual(first.results, all.slice(0, 10));
  assert.deepEqual(matcher.page(criteria, 10).results, all.slice(10, 20), 'the second page is where search has it');
  assert.deepEqual(matcher.page({ programme: 'photography' }, 5).results, all.slice(5), 'no limit: the rest');
  assert.deepEqual(matcher.page(criteria, Infinity).results, [], 'past the end: none');
  assert.deepEqual(first.ignored_words, []);
  // A word that matches nothing is left out, and named: what the widget says to the student.
  const typed = matcher.page({ query: 'Lodz xyzzyq' });
  assert.deepEqual(typed.ignored_words, ['xyzzyq']);
  assert.equal(typed.results[0].id, 'lodz-film-school');
  const none = matcher.page({ programme: 'photography', countries: ['IS'] });
  assert.equal(none.total, 0);
  assert.ok(none.loosenings.some((l) => l.filter === 'countries' && l.results === first.total), JSON.stringify(none.loosenings));
  assert.throws(() => matcher.page(criteria, -1), /^Error: page: offset: must be a whole number of 0 or more, found -1$/);
  assert.throws(() => matcher.page(criteria, '10'), /^Error: page: offset: must be a whole number of 0 or more, found a string$/);
  assert.throws(() => matcher.page({ level: 'phd' }), /^Error: invalid criteria: level: unknown variant/);
});

test('displayName gives a result\'s name as the widget shows it, in either language', () => {
  const catalogue = JSON.parse(demo);
  const matcher = pkg.Matcher.fromJson(demo);
  const lyon = catalogue.institutions.find((i) => i.short_name && typeof i.name === 'string');
  assert.equal(matcher.displayName('institution', lyon.id), lyon.name);
  assert.equal(matcher.displayName('institution', lyon.id, { short: true }), lyon.short_name);
  const bip = catalogue.bips.find((b) => b.title.nl && b.title.en && b.title.nl !== b.title.en);
  assert.equal(matcher.displayName('bip', bip.id), bip.title.en);
  assert.equal(matcher.displayName('bip', bip.id, { lang: 'nl' }), bip.title.nl);
  assert.equal(matcher.displayName('bip', bip.id, { lang: 'nl-BE' }), bip.title.nl, 'a language tag');
  const home = catalogue.home.name;
  assert.equal(matcher.displayName('institution', 'home'), typeof home === 'string' ? home : home.en, 'a BIP host "home"');
  assert.equal(matcher.displayName('institution', 'nowhere'), undefined);
  assert.equal(matcher.displayName('bip', lyon.id), undefined, 'an institution is no BIP');
  for (const result of matcher.search({ limit: 10000 })) {
    assert.equal(typeof matcher.displayName(result.kind, result.id), 'string', `${result.kind} ${result.id}`);
  }
  assert.throws(() => matcher.displayName('school', lyon.id), (error) => error instanceof TypeError && error.message === 'displayName: kind must be "institution" or "bip", found "school"');
  assert.throws(() => matcher.displayName('bip', 7), (error) => error instanceof TypeError && error.message === 'displayName: id must be a string, found a number');
  assert.throws(() => matcher.displayName('bip', bip.id, { lang: 'fr' }), /^Error: displayName options: lang must be "en" or "nl", found "fr"$/);
  assert.throws(() => matcher.displayName('bip', bip.id, { locale: 'nl' }), /^Error: displayName options: unknown option `locale`; the options are lang, short$/);
  assert.throws(() => matcher.displayName('bip', bip.id, 'nl'), (error) => error instanceof TypeError && /^displayName options must be an object/.test(error.message));
});

test('the package ships what mount needs beside the wasm: the stylesheet, the place names and the map outlines', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'pkg', 'package.json'), 'utf8'));
  for (const file of ['partner-matcher.css', 'places.txt', 'outlines.txt']) {
    assert.ok(manifest.files.includes(file), `${file} in files`);
    assert.equal(manifest.exports[`./${file}`], `./${file}`, `${file} exported`);
  }
  for (const file of manifest.files) {
    assert.ok(existsSync(join(ROOT, 'pkg', file)), `${file} is in pkg/`);
  }
  assert.equal(readFileSync(join(ROOT, 'pkg', 'partner-matcher.css'), 'utf8'), readFileSync(join(ROOT, 'www', 'partner-matcher.css'), 'utf8'), 'the widget\'s stylesheet');
  assert.equal(manifest.exports['./package.json'], './package.json', 'tools may read the manifest');
  // The licence the manifest names, with its texts.
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) assert.ok(manifest.files.includes(file), `${file} in files`);
});

test('fromJson\'s Error lists every problem, not only the first its message names', () => {
  const catalogue = JSON.parse(demo);
  catalogue.institutions[2].country = 'XX';
  catalogue.institutions[5].website = 'ftp://example.org';
  catalogue.institutions[3].webiste = 'https://example.org';
  const text = JSON.stringify(catalogue, null, 2);
  let thrown;
  assert.throws(() => pkg.Matcher.fromJson(text), (error) => { thrown = error; return error instanceof Error; });
  assert.match(thrown.message, /^institutions\[2\]\.country: .*\(and 2 more errors\)$/);
  // The third error is the BIP that names the bad school as a partner.
  assert.deepEqual(thrown.problems.map((p) => [p.severity, p.place]), [['error', 'institutions[2].country'], ['error', 'institutions[5].website'], ['error', 'bips[0].partners[0]'], ['warning', 'institutions[3].webiste']]);
  assert.ok(thrown.problems.every((p) => Number.isInteger(p.line) && Number.isInteger(p.column) && p.message.length > 0), JSON.stringify(thrown.problems));
  assert.throws(() => pkg.Matcher.fromJson('{'), (error) => error.problems.length === 1 && error.problems[0].line === 1 && error.problems[0].place === '');
});

test('criteria messages speak of arrays and objects, as JavaScript does, not serde\'s sequences, maps and structs', () => {
  const matcher = pkg.Matcher.fromJson(demo);
  const message = (criteria) => { try { matcher.search(criteria); } catch (error) { return error.message; } return 'no error'; };
  assert.equal(message({ countries: 'FR' }), 'invalid criteria: countries: invalid type: string "FR", expected an array');
  assert.equal(message({ languages: { lang: 'en', cefr: 'B2' } }), 'invalid criteria: languages: invalid type: an object, expected an array');
  assert.equal(message({ query: ['lyon'] }), 'invalid criteria: query: invalid type: an array, expected a string');
  assert.equal(message({ languages: ['en'] }), 'invalid criteria: languages[0]: invalid type: string "en", expected an object such as { lang: "en", cefr: "B2" }');
});

test('every field of Criteria is documented in the types an editor shows', () => {
  const types = readFileSync(join(ROOT, 'pkg', 'partner_matcher.d.ts'), 'utf8');
  const criteria = types.slice(types.indexOf('export interface Criteria {'), types.indexOf('\n}', types.indexOf('export interface Criteria {')));
  const lines = criteria.split('\n').map((l) => l.trim());
  const fields = lines.map((l, n) => [l, n]).filter(([l]) => /^[a-z_]+\?:/.test(l));
  assert.equal(fields.length, 14);
  for (const [field, n] of fields) {
    assert.ok(lines[n - 1].endsWith('*/'), `${field} has a doc comment`);
  }
});
