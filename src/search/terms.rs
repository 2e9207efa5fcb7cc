//! What an understood query is made of: terms, their alternatives, the parts of an
//! alternative and what each part looks for in the documents (probes).

use super::field::Field;

/// One thing the student asked for: a word, a phrase, or places joined by "or".
#[derive(Debug, PartialEq)]
pub(super) struct Term {
    /// The words as typed, for telling the student which were left out.
    pub typed: String,
    /// Any one of these matching is the term matching; the best counts.
    pub alternatives: Vec<Alternative>,
    /// Ranks, never narrows (school, academy).
    pub generic: bool,
}

/// Words that together match: every part that is not generic must match.
#[derive(Debug, PartialEq)]
pub(super) struct Alternative {
    pub parts: Vec<Part>,
}

/// One word's ways to match: its best probe counts.
#[derive(Debug, PartialEq)]
pub(super) struct Part {
    pub probes: Vec<Probe>,
    pub generic: bool,
}

/// What to look for in the documents.
#[derive(Debug, PartialEq)]
pub(super) enum Probe {
    /// A folded word of the vocabulary; `weight` scales its matches (1 for the typed word,
    /// less for a synonym), `partial` scales them again when they are not the word itself (a
    /// completion, a compound, a typo). `exact`: only the word itself (a whole city name), no
    /// prefixes or typos; `typos`: typos and the compounds it is inside of are found too (the
    /// typed word: a scan of the vocabulary), not only the word and its inflections (a synonym: art, arts, not artist).
    Word {
        word: String,
        weight: f32,
        partial: f32,
        exact: bool,
        typos: bool,
    },
    /// Documents in these countries (alpha-2 as bytes).
    Countries(Vec<[u8; 2]>),
    /// These documents, found by a field other than their words (a gazetteer's city).
    Docs { docs: Vec<u32>, field: Field },
    /// Every institution, weakly: a generic word for a school in a compound ("dansschool")
    /// asks for a school, and a BIP is none.
    Institutions,
}

/// Place names only a gazetteer knows: what a folded word or phrase selects, if it names a
/// city or country.
pub(super) trait Places {
    fn probe(&self, folded: &str) -> Option<Probe>;
}

impl Term {
    /// A term that selects places.
    pub(super) fn place(typed: String, probe: Probe) -> Term {
        Term {
            typed,
            alternatives: vec![Alternative {
                parts: vec![Part {
                    probes: vec![probe],
                    generic: false,
                }],
            }],
            generic: false,
        }
    }
}

impl Alternative {
    /// An alternative that selects places (a country, region, city).
    pub(super) fn is_place(&self) -> bool {
        self.parts.iter().all(|p| {
            p.probes.iter().all(|probe| match probe {
                Probe::Countries(_) | Probe::Docs { .. } => true,
                Probe::Word { exact, .. } => *exact,
                Probe::Institutions => false,
            })
        })
    }
}
