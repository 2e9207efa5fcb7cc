//! The term of one content word of a query: the word, its synonyms from the domain lexicon
//! (generic ones rank, never narrow), and its split into the words of a compound
//! ("kunsthogeschool": kunst + hogeschool).

use super::index::TextIndex;
use super::terms::{Alternative, Part, Probe, Term};
use crate::lexicon;
use crate::text::words;

/// How much a synonym's match counts against the typed word's.
const SYNONYM: f32 = 0.9;
/// How much a completion of a lexicon word counts: a word the lexicon knows is complete, so
/// a longer word that starts with it is likely another word ("dans" and "Danske").
const COMPLETION_OF_KNOWN: f32 = 0.8;

/// The part of one word: the word and its single-word synonyms.
pub(super) fn word_part(word: &str, exact_city: bool) -> Part {
    let entry = lexicon::entry(word);
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
        for synonym in lexicon::synonyms(word) {
            if !synonym.contains(' ') {
                probes.push(Probe::Word {
                    word: synonym.to_owned(),
                    weight: SYNONYM,
                    partial: COMPLETION_OF_KNOWN,
                    exact: false,
                    typos: false,
                });
            }
        }
    }
    Part {
        probes,
        generic: entry.is_some_and(|e| e.generic),
    }
}

/// Alternatives for a word or phrase of the lexicon: each synonym phrase, all its words.
pub(super) fn phrase_alternatives(phrase: &str, generic: bool) -> Vec<Alternative> {
    lexicon::synonyms(phrase)
        .into_iter()
        .filter(|s| s.contains(' ') || phrase.contains(' '))
        .map(|s| Alternative {
            parts: words(s)
                .map(|w| Part {
                    probes: vec![Probe::Word {
                        word: w.to_owned(),
                        weight: SYNONYM,
                        partial: COMPLETION_OF_KNOWN,
                        exact: false,
                        typos: false,
                    }],
                    generic,
                })
                .collect(),
        })
        .collect()
}

/// A word the index or the lexicon knows as it is (for splitting compounds).
fn known(word: &str, index: &TextIndex) -> bool {
    word.chars().count() >= 3 && (lexicon::knows(word) || index.exact(word).is_some())
}

/// Splits a compound into two or three known words, at least one from the lexicon
/// ("kunsthogeschool": kunst + hogeschool); a linking "s" is allowed ("kunstenaarsopleiding").
/// The split with the fewest parts and the longest shortest part wins.
fn split_compound<'w>(word: &'w str, index: &TextIndex) -> Option<Vec<&'w str>> {
    if word.chars().count() < 6 {
        return None;
    }
    let mut best: Option<Vec<&str>> = None;
    let mut consider = |parts: Vec<&'w str>| {
        if !parts.iter().any(|p| lexicon::knows(p)) {
            return;
        }
        let shortest = |p: &[&str]| p.iter().map(|w| w.len()).min().unwrap_or(0);
        let better = best.as_ref().is_none_or(|b| {
            (parts.len(), std::cmp::Reverse(shortest(&parts)))
                < (b.len(), std::cmp::Reverse(shortest(b)))
        });
        if better {
            best = Some(parts);
        }
    };
    for (i, _) in word.char_indices().skip(3) {
        let head = &word[..i];
        if !known(head, index) {
            continue;
        }
        let rest = &word[i..];
        let tails = std::iter::once(rest).chain(rest.strip_prefix('s').filter(|r| r.len() >= 3));
        for tail in tails {
            if known(tail, index) {
                consider(vec![head, tail]);
            }
            for (j, _) in tail.char_indices().skip(3) {
                let (mid, last) = tail.split_at(j);
                if known(mid, index) && known(last, index) {
                    consider(vec![head, mid, last]);
                }
            }
        }
    }
    best
}

/// The term of one content word: the word with its synonyms, and its compound split.
pub(super) fn word_term(word: &str, typed: &str, index: &TextIndex) -> (Term, bool) {
    let exact_city = index.exact(word).is_some_and(|i| index.in_city(i));
    let whole = word_part(word, exact_city);
    let generic = whole.generic;
    let mut alternatives = vec![Alternative { parts: vec![whole] }];
    alternatives.extend(phrase_alternatives(word, generic));
    let mut known_somehow = lexicon::knows(word) || index.has_prefix_match(word);
    if !exact_city {
        if let Some(parts) = split_compound(word, index) {
            known_somehow = true;
            let mut parts: Vec<Part> = parts.iter().map(|p| word_part(p, false)).collect();
            for part in parts.iter_mut().filter(|p| p.generic) {
                part.probes.push(Probe::Institutions);
            }
            alternatives.push(Alternative { parts });
        }
    }
    let term = Term {
        typed: typed.to_owned(),
        alternatives,
        generic,
    };
    (term, !known_somehow)
}
