// Deterministic benchmark catalogues (format v1): the generator of benches/matcher.rs in
// JavaScript, so `make bench` needs no extra Rust build. `catalogue(n)` has n institutions
// (1 to 4 agreements each) and n/10 BIPs; names mix syllables with diacritics, 28 countries,
// 10 programmes with Dutch names. Every run makes the same bytes.

const SYLLABLES = ['ka', 'mo', 'ri', 'sta', 'vel', 'dor', 'lin', 'gra', 'fe', 'nu', 'bel', 'art', 'zon',
  'pri', 'ło', 'dź', 'é', 'ü', 'ska', 'tor', 'mi', 'len', 'ha', 'qui'];
const KINDS = ['Academy of Fine Arts', 'Conservatory', 'School of Design', 'Film School',
  'University of the Arts', 'Kunsthochschule', 'Accademia di Belle Arti', "École supérieure d'art",
  'Hogeschool voor de Kunsten'];
const COUNTRIES = ['FR', 'DE', 'IT', 'ES', 'PT', 'NL', 'PL', 'CZ', 'AT', 'SE', 'FI', 'NO', 'DK', 'GB',
  'IE', 'HU', 'RO', 'GR', 'TR', 'CA', 'US', 'JP', 'KR', 'ZA', 'BR', 'MX', 'AU', 'IN'];
export const PROGRAMMES = [
  ['interior-design', 'Interior Design', 'Interieurarchitectuur', '0212'],
  ['photography', 'Photography', 'Fotografie', '0211'],
  ['fine-arts', 'Fine Arts', 'Beeldende kunsten', '0213'],
  ['graphic-design', 'Graphic Design', 'Grafisch ontwerp', '0212'],
  ['animation-film', 'Animation Film', 'Animatiefilm', '0211'],
  ['film', 'Film', 'Film', '0211'],
  ['drama', 'Drama', 'Drama', '0215'],
  ['classical-music', 'Classical Music', 'Klassieke muziek', '0215'],
  ['jazz-pop', 'Jazz-Pop', 'Jazz-pop', '0215'],
  ['composition', 'Composition', 'Compositie', '0215'],
];

/** xorshift64, as in benches/matcher.rs. */
class Rng {
  constructor(seed) { this.s = BigInt.asUintN(64, seed); }
  next() {
    let s = this.s;
    s ^= BigInt.asUintN(64, s << 13n);
    s ^= s >> 7n;
    s ^= BigInt.asUintN(64, s << 17n);
    this.s = s;
    return s;
  }
  below(n) { return Number(this.next() % BigInt(n)); }
  pick(items) { return items[this.below(items.length)]; }
  float(lo, hi) { return lo + this.below(1_000_000) / 1_000_000 * (hi - lo); }
}

function word(rng) {
  const n = 2 + rng.below(3);
  let w = '';
  for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** The catalogue as an object: `institutions` partners and `institutions / 10` BIPs. */
export function catalogueObject(institutions) {
  const rng = new Rng(0x5eedcafef00dn);
  const bips = Math.round(institutions / 10);
  const programmes = PROGRAMMES.map(([id, en, nl, isced]) => ({ id, name: { en, nl }, isced }));
  const list = [];
  for (let i = 0; i < institutions; i++) {
    const city = word(rng);
    const agreements = [];
    for (let a = 1 + rng.below(4); a > 0; a--) {
      const [id, , , isced] = rng.pick(PROGRAMMES);
      agreements.push({
        mobility: rng.pick(['study', 'study', 'study', 'traineeship', 'staff-teaching']),
        programmes: [id], isced, places: 1 + rng.below(3), months: 5,
        terms: [rng.pick(['autumn', 'spring'])],
        languages: [{ lang: rng.pick(['en', 'fr', 'de', 'it']), cefr: rng.pick(['B1', 'B2']) }],
        valid: { from: '2024/2025', until: '2028/2029' },
      });
    }
    list.push({
      id: `inst-${i}`,
      name: `${rng.pick(KINDS)} ${word(rng)} ${city}`,
      short_name: word(rng),
      city,
      country: rng.pick(COUNTRIES),
      location: { lat: rng.float(-50, 65), lon: rng.float(-120, 150) },
      website: `https://example.org/${i}`,
      tags: [rng.pick(['conservatoire', 'design', 'film-school', 'art-academy'])],
      agreements,
      deadlines: { autumn: '--04-15', spring: '--10-15' },
      requirements: ['portfolio'],
    });
  }
  const bipList = [];
  for (let i = 0; i < bips; i++) {
    const [id] = rng.pick(PROGRAMMES);
    const month = String(1 + rng.below(11)).padStart(2, '0');
    bipList.push({
      id: `bip-${i}`,
      title: { en: `${word(rng)} Lab ${word(rng)}`, nl: `${word(rng)} Labo` },
      host: `inst-${rng.below(institutions)}`,
      partners: [`inst-${rng.below(institutions)}`],
      programmes: [id],
      physical: { start: `2027-${month}-08`, end: `2027-${month}-12`, city: word(rng),
        country: rng.pick(COUNTRIES), location: { lat: 48, lon: 9 } },
      ects: 3, apply_by: '2026-12-15', languages: [{ lang: 'en', cefr: 'B2' }],
    });
  }
  return {
    format: 'partner-matcher/catalogue@1',
    home: { name: 'KASK & Conservatorium', city: 'Ghent', country: 'BE', location: { lat: 51.0543, lon: 3.7174 } },
    programmes, institutions: list, bips: bipList,
  };
}

/** The catalogue's JSON text. */
export function catalogue(institutions) {
  return JSON.stringify(catalogueObject(institutions));
}

/** A typo: two neighbouring letters swapped in the middle of a word. */
function typo(w) {
  const i = Math.max(1, Math.floor(w.length / 2) - 1);
  return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
}

/**
 * The benchmark's 34 queries over a catalogue object: names (words of institution names and
 * short names from the catalogue itself), cities, typos of both, Dutch words (programmes,
 * countries, school kinds) and programmes in English, each labelled with its kind.
 */
export function queries(cat) {
  const inst = cat.institutions;
  const at = (f) => inst[Math.floor(f * (inst.length - 1))];
  const nameWord = (r) => r.name.split(' ').at(-2);
  const q = [
    ['name', 'conservatory'], ['name', 'kunsthochschule'], ['name', 'accademia belle arti'],
    ['name', 'university of the arts'], ['name', 'film school'],
    ['name', nameWord(at(0.1))], ['name', nameWord(at(0.5))], ['name', at(0.3).short_name],
    ['name', at(0.9).short_name], ['name', `conservatory ${at(0.7).city}`],
    ['city', at(0.05).city], ['city', at(0.25).city], ['city', at(0.45).city],
    ['city', at(0.65).city], ['city', at(0.85).city],
    ['typo', 'consevratory'], ['typo', 'acadmy'], ['typo', 'phtography'],
    ['typo', typo(at(0.2).city)], ['typo', typo(at(0.6).city)], ['typo', typo(nameWord(at(0.4)))],
    ['dutch', 'fotografie'], ['dutch', 'beeldende kunsten'], ['dutch', 'Frankrijk'],
    ['dutch', 'film Duitsland'], ['dutch', 'hogeschool'], ['dutch', 'klassieke muziek Italië'],
    ['dutch', 'grafisch ontwerp'],
    ['programme', 'photography'], ['programme', 'interior design'], ['programme', 'animation film'],
    ['programme', 'jazz'], ['programme', 'graphic design Japan'], ['programme', 'drama'],
  ];
  return q.map(([kind, text]) => ({ kind, text }));
}
