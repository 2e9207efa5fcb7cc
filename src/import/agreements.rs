//! The agreements a file gives for one institution, into the catalogue: each updates the
//! agreement of the catalogue it matches, or is added.
//!
//! An agreement matches one with its mobility and ISCED code and, when the file can name them
//! (a spreadsheet with a `programmes` column; EWP names none), its programmes. Among several
//! of those, the closest is taken: identical, then the same levels and terms (where the file
//! gives them), the same levels, the same terms, any that shares a term, and last one with
//! none of its terms (`changes::pair`), so that of two agreements that differ by level (or
//! term) each row finds its own. Levels identify an agreement: one with none of a stored
//! agreement's levels, where the file gives them, is not that agreement. Terms do not: a row
//! with none of the stored agreement's terms is the file's newer terms for it (autumn moved to
//! spring), when no agreement left shares a term with the row. One that could update several
//! equally is refused, naming them and what tells them apart. What a file cannot say (notes, contacts, and every field it has no
//! column for; EWP's programmes and terms) is kept from the agreement it updates. An
//! agreement given twice (by two files, or twice in one EWP file) is refused, by both places.

use super::merge::Merge;
use super::origin::{At, Origin};
use super::sheet::Column;
use super::twice::repeats;
use crate::catalogue::{Agreement, Validity};
use crate::changes::{
    agreement_key, likeness, pair, same_set, words, Paired, IDENTICAL, OTHER_TERMS,
};

/// Which of an agreement's fields a file says; the others are kept from the agreement it
/// updates (notes and contacts always: no file says them).
#[derive(Debug, Clone, Copy)]
pub(super) struct Gives {
    programmes: bool,
    levels: bool,
    terms: bool,
    places: bool,
    months: bool,
    languages: bool,
    funding: bool,
    valid_from: bool,
    valid_until: bool,
}

impl Gives {
    /// An EWP agreement says all but the programmes and the terms.
    pub const EWP: Gives = Gives {
        programmes: false,
        levels: true,
        terms: false,
        places: true,
        months: true,
        languages: true,
        funding: true,
        valid_from: true,
        valid_until: true,
    };

    /// A spreadsheet says what it has columns for (an empty cell says "none").
    pub fn columns(columns: &[Column]) -> Gives {
        let has = |name: &str| columns.iter().any(|c| c.name == name);
        Gives {
            programmes: has("programmes"),
            levels: has("levels"),
            terms: has("terms"),
            places: has("places"),
            months: has("months"),
            languages: has("languages"),
            funding: has("funding"),
            valid_from: has("valid_from"),
            valid_until: has("valid_until"),
        }
    }

    /// `given`, with what the file does not say taken from `stored`.
    fn fill(self, given: &Agreement, stored: &Agreement) -> Agreement {
        fn pick<T: Clone>(says: bool, given: &T, stored: &T) -> T {
            (if says { given } else { stored }).clone()
        }
        // A list the file gives as the catalogue has it, in another order, stays as it was.
        fn pick_set<T: Clone + Ord>(
            says: bool,
            given: &Option<Vec<T>>,
            stored: &Option<Vec<T>>,
        ) -> Option<Vec<T>> {
            pick(says && !same_set(given, stored), given, stored)
        }
        let year = |a: &Agreement, until: bool| {
            a.valid
                .as_ref()
                .and_then(|v| (if until { &v.until } else { &v.from }).clone())
        };
        let from = pick(self.valid_from, &year(given, false), &year(stored, false));
        let until = pick(self.valid_until, &year(given, true), &year(stored, true));
        Agreement {
            mobility: given.mobility,
            programmes: pick_set(self.programmes, &given.programmes, &stored.programmes),
            isced: given.isced.clone(),
            levels: pick_set(self.levels, &given.levels, &stored.levels),
            terms: pick_set(self.terms, &given.terms, &stored.terms),
            places: pick(self.places, &given.places, &stored.places),
            months: pick(self.months, &given.months, &stored.months),
            languages: pick(self.languages, &given.languages, &stored.languages),
            funding: pick(self.funding, &given.funding, &stored.funding),
            valid: (from.is_some() || until.is_some()).then_some(Validity { from, until }),
            notes: stored.notes.clone(),
            contacts: stored.contacts.clone(),
        }
    }

    /// How close `given` is to `stored` (`None`: it cannot update it).
    fn rank(self, given: &Agreement, stored: &Agreement) -> Option<u8> {
        if given.mobility != stored.mobility
            || given.isced != stored.isced
            || (self.programmes && !same_set(&given.programmes, &stored.programmes))
        {
            return None;
        }
        // Levels the file gives identify the agreement: one with none of the stored one's
        // (absent: all) is another agreement, added, not this one changed.
        if self.levels && !overlap(&given.levels, &stored.levels) {
            return None;
        }
        if self.fill(given, stored) == *stored {
            return Some(IDENTICAL);
        }
        // Terms do not: none of the stored one's is the file's newer terms for it (autumn
        // moved to spring), taken only when no agreement left shares a term with the row.
        if self.terms && !overlap(&given.terms, &stored.terms) {
            return Some(OTHER_TERMS);
        }
        Some(likeness(
            !self.levels || same_set(&given.levels, &stored.levels),
            !self.terms || same_set(&given.terms, &stored.terms),
        ))
    }

    /// `study 0215 (classical-music), bachelor, master`: the key, and the levels and terms
    /// the file gives.
    fn name(self, agreement: &Agreement) -> String {
        let mut name = agreement_key(agreement);
        if self.levels {
            name = format!("{name}, {}", words(&agreement.levels, "all levels"));
        }
        if self.terms && agreement.terms.is_some() {
            name = format!("{name}, {}", words(&agreement.terms, "every term"));
        }
        name
    }
}

impl Merge {
    /// The agreements one file gives for the institution at `at`, each with its place.
    pub fn put_agreements(
        &mut self,
        at: usize,
        given: Vec<(Agreement, Origin)>,
        gives: Gives,
        problems: &mut Vec<String>,
    ) {
        self.touched.insert(at);
        let id = self.catalogue.institutions[at].id.to_string();
        let mut fresh = Vec::new();
        for (agreement, origin) in given {
            match self.given.first(at, &agreement, origin.clone()) {
                Err(earlier) => problems.push(format!(
                    "{}: {}",
                    origin.file,
                    repeats(&origin, earlier, &id, &agreement_key(&agreement))
                )),
                Ok(()) => fresh.push((agreement, origin)),
            }
        }
        // Agreements a file already updated or added in this import are not updated again.
        let mut taken: Vec<bool> = self.records[at]
            .agreements
            .iter()
            .map(Option::is_some)
            .collect();
        let stored = &self.catalogue.institutions[at].agreements;
        let paired = pair(fresh.len(), &mut taken, false, |k, j| {
            gives.rank(&fresh[k].0, &stored[j])
        });
        for ((agreement, origin), paired) in fresh.into_iter().zip(paired) {
            self.agreements_put += 1;
            let institution = &mut self.catalogue.institutions[at];
            match paired {
                Paired::With(j) => {
                    institution.agreements[j] = gives.fill(&agreement, &institution.agreements[j]);
                    self.records[at].agreements[j] = Some(origin);
                }
                Paired::Alone => {
                    institution.agreements.push(agreement);
                    self.records[at].agreements.push(Some(origin));
                }
                Paired::Tied(candidates) => {
                    let named: Vec<String> = candidates
                        .iter()
                        .map(|&j| describe(at, j, &institution.agreements[j], gives))
                        .collect();
                    problems.push(format!(
                        "{}: {id}'s agreement {} could update {} agreements of the catalogue \
                         equally: {}; {}",
                        origin.named(),
                        gives.name(&agreement),
                        named.len(),
                        and(&named),
                        remedy(&origin, gives, &candidates, &institution.agreements)
                    ));
                }
            }
        }
    }
}

/// Whether two lists share an item; absent is every item.
fn overlap<T: PartialEq>(a: &Option<Vec<T>>, b: &Option<Vec<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.iter().any(|x| b.contains(x)),
        _ => true,
    }
}

/// `institutions[10].agreements[1] (levels bachelor; 2 places)`, with its programmes too
/// when the file does not say them.
fn describe(at: usize, j: usize, agreement: &Agreement, gives: Gives) -> String {
    let mut facts = Vec::new();
    if !gives.programmes {
        facts.push(match &agreement.programmes {
            Some(_) => format!("programmes {}", words(&agreement.programmes, "")),
            None => "every programme with the code".to_owned(),
        });
    }
    facts.push(match &agreement.levels {
        Some(_) => format!("levels {}", words(&agreement.levels, "")),
        None => "all levels".to_owned(),
    });
    if agreement.terms.is_some() {
        facts.push(format!("terms {}", words(&agreement.terms, "")));
    }
    match agreement.places {
        Some(1) => facts.push("1 place".to_owned()),
        Some(n) => facts.push(format!("{n} places")),
        None => {}
    }
    format!("institutions[{at}].agreements[{j}] ({})", facts.join("; "))
}

/// `a, b and c`.
fn and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Whether the agreements at `candidates` differ in a field.
fn differ<T: Ord>(
    candidates: &[usize],
    stored: &[Agreement],
    field: impl Fn(&Agreement) -> &Option<Vec<T>>,
) -> bool {
    let mut them = candidates.iter().filter_map(|&j| stored.get(j)).map(field);
    let first = them.next();
    them.any(|other| first.is_some_and(|first| !same_set(first, other)))
}

/// What the office can do so that the import knows which agreement is meant: only what
/// tells the candidates apart, and how to add a new agreement instead.
fn remedy(origin: &Origin, gives: Gives, candidates: &[usize], stored: &[Agreement]) -> String {
    if let At::Element { .. } = origin.at {
        return "EWP gives one agreement where the catalogue has these: make them one in the \
                catalogue (with the programmes and terms of both), or, where EWP gives them \
                apart by level, give each the levels it has there (<eqf-level>), so that the \
                import knows which this one updates"
            .to_owned();
    }
    let fields: [(&str, bool, bool); 3] = [
        (
            "programmes",
            gives.programmes,
            differ(candidates, stored, |a| &a.programmes),
        ),
        (
            "levels",
            gives.levels,
            differ(candidates, stored, |a| &a.levels),
        ),
        (
            "terms",
            gives.terms,
            differ(candidates, stored, |a| &a.terms),
        ),
    ];
    let apart: Vec<(&str, bool)> = fields
        .iter()
        .filter(|(_, _, differs)| *differs)
        .map(|&(name, has, _)| (name, has))
        .collect();
    // Levels tell a new agreement from these; terms do not (a row with other terms moves
    // one's terms), but rows of the file that update these leave the row none to update.
    let mut new = if gives.levels {
        "; for a new agreement instead, give the row levels that none of these has".to_owned()
    } else {
        "; for a new agreement instead, add a levels column and give the row levels that none \
         of these has"
            .to_owned()
    };
    if gives.terms {
        new.push_str(", or give each of these a row of its own in the file as well");
    }
    if apart.is_empty() {
        return format!(
            "these agreements of the catalogue are alike in programmes, levels and terms, so no \
             column can tell them apart: make them one in the catalogue, or give them different \
             levels or terms there{new}"
        );
    }
    let names: Vec<String> = apart.iter().map(|(n, _)| (*n).to_owned()).collect();
    let missing: Vec<String> = apart
        .iter()
        .filter(|(_, has)| !has)
        .map(|(n, _)| (*n).to_owned())
        .collect();
    let add = match missing.as_slice() {
        [] => String::new(),
        [one] => format!(" (the file has no {one} column: add one)"),
        several => format!(" (the file has no {} columns: add them)", and(several)),
    };
    format!(
        "give the row the {} of the one it updates, as the catalogue has them{add}, so that \
         the import knows which{new}",
        and(&names)
    )
}
