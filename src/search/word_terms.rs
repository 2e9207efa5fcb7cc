//! The term of one content word of a query: the word, its synonyms from the domain lexicon
//! (generic ones rank, never narrow), and its split into the words of a compound
//! ("kunsthogeschool": kunst + hogeschool).
//! Plain loops rather than iterator chains: see the size rule in `query.rs`.

use super::index::TextIndex;
use super::terms::{Alternative, Part, Probe, Term};
use crate::lexicon::Lexicon;
use crate::text::words;

/// How much a synonym's match counts against the typed word's.
const SYNONYM: f32 = 0.9;
/// How much a completion of a lexicon word counts: a word the lexicon knows is complete, so
/// a longer word that starts with it is likely another word ("dans" and "Danske").
const COMPLETION_OF_KNOWN: f32 = 0.8;

/// The words a query is read against: the catalogue's (the index) and the lexicon's.
#[derive(Clone, Copy)]
pub(super) struct Vocabulary<'a> {
    pub index: &'a TextIndex,
    pub lexicon: &'a Lexicon,
}

/// A synonym's probe: the word and its inflections (arts, arte), no typos nor longer completions.
fn synonym(word: &str) -> Probe {
    Probe::Word {
        word: word.to_owned(),
        weight: SYNONYM,
        partial: COMPLETION_OF_KNOWN,
        exact: false,
        typos: false,
    }
}

/// The part of one word: the word and its single-word synonyms.
pub(super) fn word_part(word: &str, exact_city: bool, lexicon: &Lexicon) -> Part {
    let entry = lexicon.entry(word);
    let mut probes = vec![Probe::Word {
        word: word.to_owned(),
        weight: 1.0,
        partial: if entry.is_some() {
            COMPLETION_OF_KNOWN
        } else {
            1.0
        },
        exact: exact_city,
        typos: true,
    }];
    if entry.is_some() {
        for s in lexicon.synonyms(word) {
            if !s.contains(' ') {
                probes.push(synonym(s));
            }
        }
    }
    Part {
        probes,
        generic: entry.is_some_and(|e| e.generic),
    }
}

/// Alternatives for a word or phrase of the lexicon: each synonym phrase, all its words.
pub(super) fn phrase_alternatives(
    phrase: &str,
    generic: bool,
    lexicon: &Lexicon,
) -> Vec<Alternative> {
    let mut out = Vec::new();
    for s in lexicon.synonyms(phrase) {
        if !s.contains(' ') && !phrase.contains(' ') {
            continue;
        }
        let mut parts = Vec::new();
        for w in words(s) {
            parts.push(Part {
                probes: vec![synonym(w)],
                generic,
            });
        }
        out.push(Alternative { parts });
    }
    out
}

/// A word the index or the lexicon knows as it is (for splitting compounds).
fn known(word: &str, v: Vocabulary) -> bool {
    word.chars().count() >= 3 && (v.lexicon.knows(word) || v.index.exact(word).is_some())
}

/// Splits a compound into two or three known words, at least one from the lexicon
/// ("kunsthogeschool": kunst + hogeschool); a linking "s" is allowed ("kunstenaarsopleiding").
/// The split with the fewest parts and the longest shortest part wins.
fn split_compound<'w>(word: &'w str, v: Vocabulary) -> Option<Vec<&'w str>> {
    if word.chars().count() < 6 {
        return None;
    }
    let mut best: Option<(Vec<&str>, usize)> = None;
    for (i, _) in word.char_indices().skip(3) {
        let head = &word[..i];
        if !known(head, v) {
            continue;
        }
        let rest = &word[i..];
        let linked = rest.strip_prefix('s').filter(|r| r.len() >= 3);
        for tail in [Some(rest), linked].into_iter().flatten() {
            let mut splits = Vec::new();
            if known(tail, v) {
                splits.push(vec![head, tail]);
            }
            for (j, _) in tail.char_indices().skip(3) {
                let (mid, last) = tail.split_at(j);
                if known(mid, v) && known(last, v) {
                    splits.push(vec![head, mid, last]);
                }
            }
            for parts in splits {
                if !parts.iter().any(|p| v.lexicon.knows(p)) {
                    continue;
                }
                let mut shortest = usize::MAX;
                for p in &parts {
                    shortest = shortest.min(p.len());
                }
                let better = match &best {
                    None => true,
                    Some((b, b_shortest)) => {
                        parts.len() < b.len() || (parts.len() == b.len() && shortest > *b_shortest)
                    }
                };
                if better {
                    best = Some((parts, shortest));
                }
            }
        }
    }
    best.map(|(parts, _)| parts)
}

/// The term of one content word: the word with its synonyms, and its compound split.
pub(super) fn word_term(word: &str, typed: &str, v: Vocabulary) -> Term {
    let exact_city = v.index.exact(word).is_some_and(|i| v.index.in_city(i));
    let whole = word_part(word, exact_city, v.lexicon);
    let generic = whole.generic;
    let mut alternatives = vec![Alternative { parts: vec![whole] }];
    alternatives.extend(phrase_alternatives(word, generic, v.lexicon));
    if !exact_city {
        if let Some(split) = split_compound(word, v) {
            let mut parts = Vec::new();
            for p in split {
                let mut part = word_part(p, false, v.lexicon);
                if part.generic {
                    part.probes.push(Probe::Institutions);
                }
                parts.push(part);
            }
            alternatives.push(Alternative { parts });
        }
    }
    Term {
        typed: typed.to_owned(),
        alternatives,
        generic,
    }
}
