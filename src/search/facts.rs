//! What the inner loop of a search reads of each document, packed flat.

use time::{Date, Month};

use crate::catalogue::{self, Catalogue, Term};
use crate::geo::distance_km;
use crate::lookup::{Lookup, TextMap};

/// A document's country, packed for the country and region filters.
#[derive(Debug, Clone, Copy)]
pub(super) struct Place {
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
pub(super) fn code_bytes(code: &str) -> [u8; 2] {
    let b = code.as_bytes();
    [
        b.first().copied().unwrap_or(0),
        b.get(1).copied().unwrap_or(0),
    ]
}

/// A yearly deadline: month and day.
type YearlyDay = (Month, u8);

/// Yearly deadlines per term, in the slots of `Facts::deadlines`.
fn by_term(d: &catalogue::Deadlines) -> [Option<YearlyDay>; 3] {
    [
        d.day(Term::Autumn),
        d.day(Term::Spring),
        d.day(Term::FullYear),
    ]
}

/// A BIP's dates, parsed.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct BipDates {
    /// First and last day of the physical part.
    pub start: Option<Date>,
    pub end: Option<Date>,
    /// The application deadline.
    pub apply_by: Option<Date>,
}

/// What the inner loop of a search asks of every document, packed in flat arrays: of each
/// agreement which programmes it serves (exactly, or as a related programme of the same
/// ISCED-F detailed field, as bits over the catalogue's programmes), its mobility, levels,
/// terms, places, last academic year and languages;
/// of each institution and BIP its country, distance, deadlines and dates. Reading the model
/// itself there means chasing pointers into scattered strings, which costs more than the work.
///
/// Documents are numbered as the text index numbers them: institutions first, then BIPs.
#[derive(Debug, Clone, Default)]
pub(super) struct Facts {
    /// How many institutions there are: document `n` and later are BIPs.
    institutions: usize,
    /// Per institution, where its agreements start in `agreements`.
    start: Vec<u32>,
    agreements: Vec<AgreementFacts>,
    /// Whether the programme bits exist (catalogues of up to 64 programmes).
    programme_bits: bool,
    /// Language requirements of all agreements, then of all BIPs.
    langs: Vec<Lang>,
    /// Per BIP, its range of `langs`.
    bip_langs: Vec<(u32, u32)>,
    /// Per institution: the partner's nomination deadlines (month, day) for autumn, spring and
    /// a full year.
    deadlines: Vec<[Option<YearlyDay>; 3]>,
    /// Per institution: the home school's deadlines for it (its own, else the catalogue's).
    home_deadlines: Vec<[Option<YearlyDay>; 3]>,
    /// Per BIP, its dates.
    bip_dates: Vec<BipDates>,
    /// Per document: its country (institution, or BIP's physical part); None for a BIP without
    /// a physical part.
    places: Vec<Option<Place>>,
    /// Per document: its distance from home (None: a BIP without a location).
    distances: Vec<Option<f64>>,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct AgreementFacts {
    /// The programmes it is for: the ones it names, or (naming none) those of its ISCED code.
    pub exact: u64,
    /// The other programmes of its four-digit ISCED-F detailed field.
    pub related: u64,
    /// Places per year (0: not given).
    pub places: u32,
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
pub(super) struct Lang {
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

    /// The requirement unpacked, for a note.
    pub fn requirement(&self) -> catalogue::LanguageRequirement {
        let code: String = self.code.iter().map(|&b| char::from(b)).collect();
        catalogue::LanguageRequirement {
            lang: catalogue::LanguageCode(code),
            cefr: self.cefr,
        }
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
    pub(super) fn new(catalogue: &Catalogue) -> Facts {
        let home = catalogue.home.location;
        let mut facts = Facts {
            institutions: catalogue.institutions.len(),
            ..Facts::default()
        };
        facts.add_agreements(catalogue);
        for bip in &catalogue.bips {
            let range = push_langs(&mut facts.langs, &bip.languages);
            facts.bip_langs.push(range);
            let physical = bip.physical.as_ref();
            facts.bip_dates.push(BipDates {
                start: physical.and_then(|p| p.start.parse()),
                end: physical.and_then(|p| p.end.parse()),
                apply_by: bip.apply_by.as_ref().and_then(|d| d.parse()),
            });
        }
        for institution in &catalogue.institutions {
            facts.places.push(Some(Place::of(&institution.country)));
            facts
                .distances
                .push(Some(distance_km(home, institution.location)));
        }
        for bip in &catalogue.bips {
            let physical = bip.physical.as_ref();
            facts.places.push(physical.map(|p| Place::of(&p.country)));
            let location = physical.and_then(|p| p.location);
            facts.distances.push(location.map(|l| distance_km(home, l)));
        }
        facts
    }

    /// The facts of every institution's agreements, and its nomination deadlines.
    fn add_agreements(&mut self, catalogue: &Catalogue) {
        let programmes = &catalogue.programmes;
        let programme_bits = programmes.len() <= 64;
        self.programme_bits = programme_bits;
        // Each programme's bit by id, and the bits of programmes with a given ISCED code, so that
        // an agreement's fit is a few lookups rather than string comparisons.
        let mut by_id = Lookup::default();
        let mut by_isced: TextMap<u64> = TextMap::default();
        for (bit, p) in programmes.iter().enumerate().filter(|_| programme_bits) {
            by_id.insert(p.id.as_str(), bit);
            *by_isced.get_or_insert_with(p.isced.as_str(), || 0) |= 1 << bit;
        }
        for institution in &catalogue.institutions {
            let home = catalogue.home_deadlines_for(institution);
            self.deadlines.push(by_term(&institution.deadlines));
            self.home_deadlines.push(by_term(&home));
            self.start.push(self.agreements.len() as u32);
            for a in &institution.agreements {
                let exact = match &a.programmes {
                    Some(ids) => ids
                        .iter()
                        .filter_map(|id| by_id.get(id.as_str()))
                        .fold(0, |x, bit| x | 1 << bit),
                    None => by_isced.get(a.isced.as_str()).copied().unwrap_or(0),
                };
                // Related: the same detailed field (all four digits), another programme. A
                // shared narrow field (three digits: every arts agreement is 021x) is not.
                let field = by_isced.get(a.isced.as_str()).copied().unwrap_or(0);
                self.agreements.push(AgreementFacts {
                    exact,
                    related: field & !exact,
                    places: a.places.unwrap_or(0),
                    mobility: a.mobility,
                    levels: bits(&catalogue::Level::ALL, &a.levels),
                    terms: bits(&catalogue::Term::ALL, &a.terms),
                    last_year: a
                        .valid
                        .as_ref()
                        .and_then(|v| v.until.as_ref())
                        .and_then(|y| y.start_year())
                        .unwrap_or(i32::MAX),
                    langs: push_langs(&mut self.langs, &a.languages),
                });
            }
        }
    }

    fn langs(&self, (start, end): (u32, u32)) -> &[Lang] {
        self.langs
            .get(start as usize..end as usize)
            .unwrap_or_default()
    }

    /// The language requirements of an agreement.
    pub(super) fn agreement_langs(&self, doc: usize, agreement: usize) -> &[Lang] {
        self.agreement(doc, agreement)
            .map_or(&[], |f| self.langs(f.langs))
    }

    /// The language requirements of a BIP.
    pub(super) fn bip_langs(&self, doc: usize) -> &[Lang] {
        self.bip_langs
            .get(doc.wrapping_sub(self.institutions))
            .map_or(&[], |&range| self.langs(range))
    }

    /// An institution's deadlines for a stay starting in `term`: the partner's nomination
    /// deadline and the home school's own.
    pub(super) fn deadlines(
        &self,
        doc: usize,
        term: Term,
    ) -> (Option<YearlyDay>, Option<YearlyDay>) {
        let slot = match term {
            Term::Autumn => 0,
            Term::Spring => 1,
            Term::FullYear => 2,
        };
        let of = |list: &Vec<[Option<YearlyDay>; 3]>| list.get(doc).and_then(|d| d[slot]);
        (of(&self.deadlines), of(&self.home_deadlines))
    }

    /// The bit of the catalogue's `index`th programme, when programme bits were computed.
    pub(super) fn programme_bit(&self, index: usize) -> Option<u64> {
        (self.programme_bits && index < 64).then(|| 1 << index)
    }

    /// The facts of agreement `agreement` of institution `doc`.
    pub(super) fn agreement(&self, doc: usize, agreement: usize) -> Option<&AgreementFacts> {
        self.start
            .get(doc)
            .and_then(|&s| self.agreements.get(s as usize + agreement))
    }

    /// A BIP's dates (all None for an institution).
    pub(super) fn bip_dates(&self, doc: usize) -> BipDates {
        self.bip_dates
            .get(doc.wrapping_sub(self.institutions))
            .copied()
            .unwrap_or_default()
    }

    /// Where document `doc` is: None for a BIP without a physical part.
    pub(super) fn place(&self, doc: usize) -> Option<Place> {
        self.places.get(doc).copied().flatten()
    }

    /// The country code of document `doc`.
    pub(super) fn country(&self, doc: usize) -> Option<&str> {
        let place = self.places.get(doc)?.as_ref()?;
        std::str::from_utf8(&place.country).ok()
    }

    /// How far from home document `doc` is, in kilometres.
    pub(super) fn distance(&self, doc: usize) -> Option<f64> {
        self.distances.get(doc).copied().flatten()
    }
}

/// Appends requirements to `langs`; their range there.
fn push_langs(langs: &mut Vec<Lang>, reqs: &[catalogue::LanguageRequirement]) -> (u32, u32) {
    let start = langs.len() as u32;
    langs.extend(reqs.iter().map(Lang::of));
    (start, langs.len() as u32)
}
