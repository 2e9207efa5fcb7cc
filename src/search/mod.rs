//! The matching engine: from criteria to ranked, explained hits.

mod criteria;
mod evaluate;
mod index;
mod programme;
mod result;

use rustc_hash::FxHashMap;
use std::ops::Range;

pub use criteria::{
    capped_query, Criteria, CriteriaError, Filter, Kind, Region, MAX_QUERY_CHARS, MAX_QUERY_WORDS,
};
pub use index::Field;
pub use result::{Hit, Note, NoteCode};

use crate::catalogue::{self, Catalogue, Checked, Problem, Rejected, Skipped, HOME_HOST};
use crate::geo::distance_km;
use crate::locale::Locale;
use crate::reference::countries;
use crate::text::fold;
use index::{IndexBuilder, TextIndex};
use programme::ProgrammeNames;

/// A loaded catalogue, indexed for searching. Build once, search many times.
#[derive(Debug, Clone)]
pub struct Matcher {
    catalogue: Catalogue,
    warnings: Vec<Problem>,
    skipped: Vec<Skipped>,
    index: TextIndex,
    programmes: ProgrammeNames,
    /// Distance from home per institution, then per BIP (None: BIP without a location).
    distances: Vec<Option<f64>>,
    /// Document number of each institution and BIP id.
    institution_docs: FxHashMap<String, usize>,
    bip_docs: FxHashMap<String, usize>,
    /// Per document, its id's position among the ids of its kind: ties break on it.
    id_order: Vec<u32>,
    /// Each agreement's programmes, mobility, levels, terms and years, packed for searching.
    facts: Facts,
    /// Per document: its country (institution, or BIP's physical part) and whether it is in
    /// Europe; None for a BIP without a physical part.
    places: Vec<Option<Place>>,
    /// Per BIP: start and end of the physical part, and the application deadline, parsed.
    bip_dates: Vec<BipDates>,
}

/// Results per country, the plan's `countries` filter left out.
fn country_counts(plan: &evaluate::Plan) -> Result<Vec<(String, usize)>, CriteriaError> {
    let without = plan.criteria().without(Filter::Countries);
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for candidate in plan.for_criteria(&without)?.candidates() {
        if let Some(country) = plan.matcher().country_of_doc(candidate.doc as usize) {
            *counts.entry(country).or_insert(0) += 1;
        }
    }
    let mut counts: Vec<(String, usize)> =
        counts.into_iter().map(|(c, n)| (c.to_owned(), n)).collect();
    crate::order::sort(&mut counts);
    Ok(counts)
}

/// The active filters of the plan's criteria that, dropped, give more than `current` results.
fn loosenings(plan: &evaluate::Plan, current: usize) -> Result<Vec<Loosening>, CriteriaError> {
    let criteria = plan.criteria();
    let mut out = Vec::new();
    for filter in Filter::ALL {
        if criteria.is_active(filter) {
            let without = criteria.without(filter);
            let results = plan.for_criteria(&without)?.candidates().len();
            if results > current {
                out.push(Loosening { filter, results });
            }
        }
    }
    crate::order::sort_by(&mut out, |a, b| b.results.cmp(&a.results));
    Ok(out)
}

/// A document's country, packed for the country and region filters.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place {
    pub country: [u8; 2],
    pub europe: bool,
}

impl Place {
    fn of(code: &catalogue::CountryCode) -> Place {
        Place {
            country: code_bytes(code.as_str()),
            europe: code.is_europe(),
        }
    }
}

/// A two-letter code as bytes (validated codes are two ASCII letters).
pub(crate) fn code_bytes(code: &str) -> [u8; 2] {
    let b = code.as_bytes();
    [
        b.first().copied().unwrap_or(0),
        b.get(1).copied().unwrap_or(0),
    ]
}

/// (start, end, apply by) of a BIP.
type BipDates = (Option<time::Date>, Option<time::Date>, Option<time::Date>);

/// What the inner loop of a search asks of every agreement, packed flat in one array: which
/// programmes it serves (exactly, or through a related field, as bits over the catalogue's
/// programmes), its mobility, levels, terms and last academic year. Reading the model itself
/// there means chasing pointers into scattered strings, which costs more than the work.
#[derive(Debug, Clone, Default)]
struct Facts {
    /// Per institution, where its agreements start in `agreements`.
    start: Vec<u32>,
    agreements: Vec<AgreementFacts>,
    /// Whether the programme bits exist (catalogues of up to 64 programmes).
    programme_bits: bool,
    /// Language requirements of all agreements, then of all BIPs.
    langs: Vec<Lang>,
    /// Per BIP, its range of `langs`.
    bip_langs: Vec<(u32, u32)>,
    /// Per institution: nomination deadlines (month, day) for autumn, spring and a full year.
    deadlines: Vec<[Option<(time::Month, u8)>; 3]>,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct AgreementFacts {
    pub exact: u64,
    pub related: u64,
    pub mobility: catalogue::Mobility,
    /// Bit per `Level` / `Term` (in declaration order); 0 means all.
    pub levels: u8,
    pub terms: u8,
    /// The first calendar year of its last academic year (i32::MAX: open-ended).
    pub last_year: i32,
    /// Its language requirements: a range of `Facts::langs`.
    pub langs: (u32, u32),
}

/// A language and CEFR level, packed: the code's two ASCII letters (validated ISO 639-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Lang {
    pub code: [u8; 2],
    pub cefr: catalogue::Cefr,
}

impl Lang {
    pub fn of(req: &catalogue::LanguageRequirement) -> Lang {
        let b = req.lang.as_str().as_bytes();
        Lang {
            code: [
                b.first().copied().unwrap_or(b'?'),
                b.get(1).copied().unwrap_or(b'?'),
            ],
            cefr: req.cefr,
        }
    }

    /// "fr B1", as notes give it.
    pub fn describe(&self) -> String {
        let code: String = self.code.iter().map(|&b| char::from(b)).collect();
        format!("{code} {}", self.cefr)
    }
}

/// Bits for the values of a vocabulary list; 0 for an absent list (all values).
fn bits<T: Copy + PartialEq>(all: &[T], list: &Option<Vec<T>>) -> u8 {
    list.as_ref().map_or(0, |list| {
        all.iter()
            .enumerate()
            .filter(|(_, v)| list.contains(v))
            .fold(0, |acc, (i, _)| acc | 1 << i)
    })
}

impl Facts {
    fn new(catalogue: &Catalogue) -> Facts {
        let programmes = &catalogue.programmes;
        let programme_bits = programmes.len() <= 64;
        let mut facts = Facts {
            programme_bits,
            ..Facts::default()
        };
        // Programme bits by id, and the bits of programmes with a given ISCED code or narrow
        // field, so that an agreement's fit is a few lookups rather than string comparisons.
        let mut by_id: FxHashMap<&str, u64> = FxHashMap::default();
        let mut by_isced: FxHashMap<&str, u64> = FxHashMap::default();
        let mut by_narrow: FxHashMap<&str, u64> = FxHashMap::default();
        for (bit, p) in programmes.iter().enumerate().filter(|_| programme_bits) {
            by_id.insert(p.id.as_str(), 1 << bit);
            *by_isced.entry(p.isced.as_str()).or_default() |= 1 << bit;
            if let Some(narrow) = p.isced.as_str().get(..3) {
                *by_narrow.entry(narrow).or_default() |= 1 << bit;
            }
        }
        let push_langs = |langs: &mut Vec<Lang>, reqs: &[catalogue::LanguageRequirement]| {
            let start = langs.len() as u32;
            langs.extend(reqs.iter().map(Lang::of));
            (start, langs.len() as u32)
        };
        for institution in &catalogue.institutions {
            let d = &institution.deadlines;
            let day = |term| d.for_term(term).and_then(catalogue::MonthDay::parse);
            use catalogue::Term::{Autumn, FullYear, Spring};
            facts
                .deadlines
                .push([day(Autumn), day(Spring), day(FullYear)]);
            facts.start.push(facts.agreements.len() as u32);
            for a in &institution.agreements {
                let exact = match &a.programmes {
                    Some(ids) => ids
                        .iter()
                        .filter_map(|id| by_id.get(id.as_str()))
                        .fold(0, |x, b| x | b),
                    None => by_isced.get(a.isced.as_str()).copied().unwrap_or(0),
                };
                let narrow = a.isced.as_str().get(..3).and_then(|n| by_narrow.get(n));
                let related = narrow.copied().unwrap_or(0) & !exact;
                facts.agreements.push(AgreementFacts {
                    exact,
                    related,
                    mobility: a.mobility,
                    levels: bits(catalogue::Level::ALL, &a.levels),
                    terms: bits(catalogue::Term::ALL, &a.terms),
                    last_year: a
                        .valid
                        .as_ref()
                        .and_then(|v| v.until.as_ref())
                        .and_then(|y| y.start_year())
                        .unwrap_or(i32::MAX),
                    langs: push_langs(&mut facts.langs, &a.languages),
                });
            }
        }
        for bip in &catalogue.bips {
            let range = push_langs(&mut facts.langs, &bip.languages);
            facts.bip_langs.push(range);
        }
        facts
    }

    fn langs(&self, (start, end): (u32, u32)) -> &[Lang] {
        self.langs
            .get(start as usize..end as usize)
            .unwrap_or_default()
    }

    /// The language requirements of an agreement.
    fn agreement_langs(&self, doc: usize, agreement: usize) -> &[Lang] {
        self.get(doc, agreement)
            .map_or(&[], |f| self.langs(f.langs))
    }

    /// The language requirements of the `i`th BIP.
    fn bip_langs(&self, i: usize) -> &[Lang] {
        self.bip_langs
            .get(i)
            .map_or(&[], |&range| self.langs(range))
    }

    /// An institution's nomination deadline for a stay starting in `term`.
    fn deadline(&self, doc: usize, term: catalogue::Term) -> Option<(time::Month, u8)> {
        let slot = match term {
            catalogue::Term::Autumn => 0,
            catalogue::Term::Spring => 1,
            catalogue::Term::FullYear => 2,
        };
        self.deadlines.get(doc).and_then(|d| d[slot])
    }

    /// The bit of programme `p`, when programme bits were computed.
    fn programme_bit(&self, catalogue: &Catalogue, p: &catalogue::Programme) -> Option<u64> {
        if !self.programme_bits {
            return None;
        }
        let index = catalogue.programmes.iter().position(|q| q.id == p.id)?;
        Some(1 << index)
    }

    fn get(&self, doc: usize, agreement: usize) -> Option<&AgreementFacts> {
        self.start
            .get(doc)
            .and_then(|&s| self.agreements.get(s as usize + agreement))
    }
}

/// The ranked results of one search, not yet explained: counting and paging are cheap, and
/// only the hits asked for get their reasons and warnings written out.
pub struct Ranking<'m> {
    plan: evaluate::Plan<'m>,
    ranked: Vec<evaluate::Candidate>,
}

impl Ranking<'_> {
    pub fn len(&self) -> usize {
        self.ranked.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ranked.is_empty()
    }

    /// [`Matcher::country_counts`] for these criteria, reusing their query's matches.
    pub fn country_counts(&self) -> Result<Vec<(String, usize)>, CriteriaError> {
        country_counts(&self.plan)
    }

    /// [`Matcher::loosenings`] for these criteria, reusing their query's matches.
    pub fn loosenings(&self) -> Result<Vec<Loosening>, CriteriaError> {
        loosenings(&self.plan, self.len())
    }

    /// The explained hits at these positions (clamped to the results there are).
    pub fn hits(&self, range: Range<usize>) -> Vec<Hit> {
        let end = range.end.min(self.ranked.len());
        let start = range.start.min(end);
        self.ranked[start..end]
            .iter()
            .filter_map(|c| self.plan.explain(c.doc))
            .collect()
    }
}

/// A filter the student could drop, and how many results they would then get.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Loosening {
    pub filter: Filter,
    pub results: usize,
}

impl Matcher {
    /// Parses, validates and indexes catalogue JSON.
    pub fn from_json(text: &str) -> Result<Matcher, Rejected> {
        catalogue::load(text).map(Matcher::from_checked)
    }

    pub fn from_checked(checked: Checked) -> Matcher {
        let Checked {
            catalogue,
            warnings,
            skipped,
        } = checked;
        let facts = Facts::new(&catalogue);
        let index = build_index(&catalogue, &facts);
        let programmes = ProgrammeNames::new(&catalogue.programmes);
        let home = catalogue.home.location;
        let distances = catalogue
            .institutions
            .iter()
            .map(|i| Some(distance_km(home, i.location)))
            .chain(catalogue.bips.iter().map(|b| {
                b.physical
                    .as_ref()
                    .and_then(|p| p.location)
                    .map(|l| distance_km(home, l))
            }))
            .collect();
        let institution_docs: FxHashMap<String, usize> = catalogue
            .institutions
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.to_string(), i))
            .collect();
        let n = catalogue.institutions.len();
        let bip_docs: FxHashMap<String, usize> = catalogue
            .bips
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.to_string(), n + i))
            .collect();
        let mut id_order = vec![0u32; n + catalogue.bips.len()];
        for docs in [&institution_docs, &bip_docs] {
            let mut sorted: Vec<(&String, &usize)> = docs.iter().collect();
            crate::order::sort(&mut sorted);
            for (position, (_, &doc)) in sorted.into_iter().enumerate() {
                id_order[doc] = position as u32;
            }
        }
        let bip_dates = catalogue
            .bips
            .iter()
            .map(|b| {
                let physical = b.physical.as_ref();
                (
                    physical.and_then(|p| p.start.parse()),
                    physical.and_then(|p| p.end.parse()),
                    b.apply_by.as_ref().and_then(|d| d.parse()),
                )
            })
            .collect();
        let places = catalogue
            .institutions
            .iter()
            .map(|i| Some(Place::of(&i.country)))
            .chain(
                catalogue
                    .bips
                    .iter()
                    .map(|b| b.physical.as_ref().map(|p| Place::of(&p.country))),
            )
            .collect();
        Matcher {
            facts,
            places,
            bip_dates,
            catalogue,
            warnings,
            skipped,
            index,
            programmes,
            distances,
            institution_docs,
            bip_docs,
            id_order,
        }
    }

    /// The institution with this id (constant time).
    pub fn institution(&self, id: &str) -> Option<&catalogue::Institution> {
        self.institution_docs
            .get(id)
            .and_then(|&doc| self.catalogue.institutions.get(doc))
    }

    /// The BIP with this id (constant time).
    pub fn bip(&self, id: &str) -> Option<&catalogue::Bip> {
        let n = self.catalogue.institutions.len();
        self.bip_docs
            .get(id)
            .and_then(|&doc| self.catalogue.bips.get(doc - n))
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// Warnings raised while loading (unknown fields, agreements nobody can see).
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }

    /// The records a lenient reading left out (see [`catalogue::BadRecords`]).
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// The programme `text` names (id, name or alias, either language, typos allowed).
    pub fn resolve_programme(&self, text: &str) -> Option<&catalogue::Programme> {
        self.programmes
            .resolve(text)
            .and_then(|i| self.catalogue.programmes.get(i))
    }

    /// Ranked hits for `criteria`, best first, at most `limit`; equal input always gives
    /// equal output.
    pub fn search(&self, criteria: &Criteria) -> Result<Vec<Hit>, CriteriaError> {
        let ranking = self.rank(criteria)?;
        Ok(ranking.hits(0..criteria.limit.unwrap_or(usize::MAX)))
    }

    /// Every result for `criteria` in order, unexplained until [`Ranking::hits`] (the
    /// `limit` of the criteria is not applied).
    pub fn rank<'m>(&'m self, criteria: &'m Criteria) -> Result<Ranking<'m>, CriteriaError> {
        let plan = evaluate::Plan::new(self, criteria)?;
        let mut ranked = plan.candidates();
        crate::order::sort_by(&mut ranked, evaluate::Candidate::order);
        Ok(Ranking { plan, ranked })
    }

    /// Results per country for every country option, ignoring the `countries` filter itself
    /// (so that each option shows what choosing it would give). Sorted by country code.
    pub fn country_counts(
        &self,
        criteria: &Criteria,
    ) -> Result<Vec<(String, usize)>, CriteriaError> {
        country_counts(&evaluate::Plan::new(self, criteria)?)
    }

    /// For criteria with few or no results: each active filter that, dropped, gives more
    /// results, most results first.
    pub fn loosenings(&self, criteria: &Criteria) -> Result<Vec<Loosening>, CriteriaError> {
        let plan = evaluate::Plan::new(self, criteria)?;
        loosenings(&plan, plan.candidates().len())
    }

    /// The country code of a hit's institution, or of a BIP's physical part.
    pub fn country_of(&self, hit: &Hit) -> Option<&str> {
        let docs = match hit.kind {
            Kind::Institution => &self.institution_docs,
            Kind::Bip => &self.bip_docs,
        };
        docs.get(&hit.id).and_then(|&doc| self.country_of_doc(doc))
    }

    fn country_of_doc(&self, doc: usize) -> Option<&str> {
        let place = self.places.get(doc)?.as_ref()?;
        std::str::from_utf8(&place.country).ok()
    }

    /// The display name of a hit in `locale`: an institution's name, a BIP's title.
    pub fn name_of(&self, hit: &Hit, locale: Locale) -> String {
        match hit.kind {
            Kind::Institution => self
                .institution(&hit.id)
                .map(|i| i.name.get(locale).to_owned()),
            Kind::Bip => self.bip(&hit.id).map(|b| b.title.get(locale).to_owned()),
        }
        .unwrap_or_default()
    }
}

/// The index over institutions (documents 0..n) then BIPs (n..n+m).
fn build_index(catalogue: &Catalogue, facts: &Facts) -> TextIndex {
    let mut b = IndexBuilder::default();
    // Each programme's and country's words are folded once, not once per mention.
    let programme_words: Vec<String> = catalogue
        .programmes
        .iter()
        .map(|p| {
            let texts: Vec<&str> = p
                .name
                .all()
                .chain(p.aliases.iter().map(String::as_str))
                .collect();
            fold(&texts.join(" "))
        })
        .collect();
    let mut country_words: FxHashMap<&str, String> = FxHashMap::default();
    let mut country = |code: &str| -> String {
        country_words
            .entry(countries::by_code(code).map_or("", |c| c.code))
            .or_insert_with(|| {
                countries::by_code(code).map_or_else(String::new, |c| {
                    let mut names = vec![c.en, c.nl];
                    names.extend(c.aliases());
                    fold(&names.join(" "))
                })
            })
            .clone()
    };
    let by_id: FxHashMap<&str, &catalogue::Institution> = catalogue
        .institutions
        .iter()
        .map(|i| (i.id.as_str(), i))
        .collect();
    let institution_name = |id: &str| -> Option<Vec<&str>> {
        by_id.get(id).map(|i| {
            let mut names: Vec<&str> = i.name.all().collect();
            names.extend(i.short_name.as_deref());
            names.extend(i.city.all());
            names
        })
    };
    for institution in &catalogue.institutions {
        let doc = b.next_doc();
        for name in institution.name.all() {
            b.add(doc, Field::Name, name);
        }
        if let Some(short) = &institution.short_name {
            b.add(doc, Field::ShortName, short);
        }
        for city in institution.city.all() {
            b.add(doc, Field::City, city);
        }
        b.add_folded(doc, Field::Country, &country(institution.country.as_str()));
        for tag in &institution.tags {
            b.add(doc, Field::Tag, tag);
        }
        let served = |(p, programme): &(usize, &catalogue::Programme)| {
            if facts.programme_bits {
                let bit = 1u64 << p;
                (0..institution.agreements.len()).any(|a| {
                    facts
                        .get(doc as usize, a)
                        .is_some_and(|f| f.exact & bit != 0)
                })
            } else {
                institution.agreements.iter().any(|a| a.covers(programme))
            }
        };
        for (p, _) in catalogue.programmes.iter().enumerate().filter(served) {
            b.add_folded(doc, Field::Programme, &programme_words[p]);
        }
    }
    for bip in &catalogue.bips {
        let doc = b.next_doc();
        for title in bip.title.all() {
            b.add(doc, Field::Title, title);
        }
        if let Some(physical) = &bip.physical {
            for city in physical.city.all() {
                b.add(doc, Field::City, city);
            }
            b.add_folded(doc, Field::Country, &country(physical.country.as_str()));
        }
        if bip.host == HOME_HOST {
            for name in catalogue.home.name.all() {
                b.add(doc, Field::Host, name);
            }
        } else if let Some(names) = institution_name(&bip.host) {
            for name in names {
                b.add(doc, Field::Host, name);
            }
        }
        for partner in &bip.partners {
            for name in institution_name(partner.as_str()).unwrap_or_default() {
                b.add(doc, Field::Partner, name);
            }
        }
        for (p, programme) in catalogue.programmes.iter().enumerate() {
            let open = match (&bip.programmes, &bip.isced) {
                (Some(ids), _) => ids.contains(&programme.id),
                (None, Some(isced)) => *isced == programme.isced,
                (None, None) => false,
            };
            if open {
                b.add_folded(doc, Field::Programme, &programme_words[p]);
            }
        }
        b.add(doc, Field::Tag, "bip");
    }
    b.build()
}
