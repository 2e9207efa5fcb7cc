//! What the inner loop of a search reads of each document, packed flat.

use rustc_hash::FxHashMap;

use crate::catalogue::{self, Catalogue};

/// A document's country, packed for the country and region filters.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place {
    pub country: [u8; 2],
    pub europe: bool,
}

impl Place {
    pub(super) fn of(code: &catalogue::CountryCode) -> Place {
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
pub(super) type BipDates = (Option<time::Date>, Option<time::Date>, Option<time::Date>);

/// What the inner loop of a search asks of every agreement, packed flat in one array: which
/// programmes it serves (exactly, or through a related field, as bits over the catalogue's
/// programmes), its mobility, levels, terms and last academic year. Reading the model itself
/// there means chasing pointers into scattered strings, which costs more than the work.
#[derive(Debug, Clone, Default)]
pub(super) struct Facts {
    /// Per institution, where its agreements start in `agreements`.
    start: Vec<u32>,
    agreements: Vec<AgreementFacts>,
    /// Whether the programme bits exist (catalogues of up to 64 programmes).
    pub(super) programme_bits: bool,
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
    pub(super) fn new(catalogue: &Catalogue) -> Facts {
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

    pub(super) fn langs(&self, (start, end): (u32, u32)) -> &[Lang] {
        self.langs
            .get(start as usize..end as usize)
            .unwrap_or_default()
    }

    /// The language requirements of an agreement.
    pub(super) fn agreement_langs(&self, doc: usize, agreement: usize) -> &[Lang] {
        self.get(doc, agreement)
            .map_or(&[], |f| self.langs(f.langs))
    }

    /// The language requirements of the `i`th BIP.
    pub(super) fn bip_langs(&self, i: usize) -> &[Lang] {
        self.bip_langs
            .get(i)
            .map_or(&[], |&range| self.langs(range))
    }

    /// An institution's nomination deadline for a stay starting in `term`.
    pub(super) fn deadline(&self, doc: usize, term: catalogue::Term) -> Option<(time::Month, u8)> {
        let slot = match term {
            catalogue::Term::Autumn => 0,
            catalogue::Term::Spring => 1,
            catalogue::Term::FullYear => 2,
        };
        self.deadlines.get(doc).and_then(|d| d[slot])
    }

    /// The bit of programme `p`, when programme bits were computed.
    pub(super) fn programme_bit(
        &self,
        catalogue: &Catalogue,
        p: &catalogue::Programme,
    ) -> Option<u64> {
        if !self.programme_bits {
            return None;
        }
        let index = catalogue.programmes.iter().position(|q| q.id == p.id)?;
        Some(1 << index)
    }

    pub(super) fn get(&self, doc: usize, agreement: usize) -> Option<&AgreementFacts> {
        self.start
            .get(doc)
            .and_then(|&s| self.agreements.get(s as usize + agreement))
    }
}
