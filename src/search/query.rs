//! How a student's query words are understood, before any document is scored: stop words
//! (never narrow), names of languages (a teaching-language preference, not a place), regions
//! and countries (their countries), places joined by "of", "or", "en", "and" or a comma (any
//! of them), a word that is a whole city name (that city, not a typo of a country), words of
//! the domain lexicon (their synonyms in other languages; generic ones rank but never narrow),
//! Dutch compounds (split into words the index and the lexicon know), and place names only a
//! gazetteer knows.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::field::Field;
use super::index::TextIndex;
use crate::lexicon;
use crate::reference::countries;
use crate::regions;
use crate::text::{fold, is_stopword, words};

/// A query, understood.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Query {
    /// What must (or, when generic, may) match, in the order typed.
    pub terms: Vec<Term>,
    /// Languages the query asks to be taught in (ISO 639-1), each once.
    pub languages: Vec<&'static str>,
    /// Some content word is unknown to the index (no exact or prefix match) and no gazetteer
    /// was asked: with one, it might be a place name.
    pub unknown_words: bool,
}

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
    /// prefixes or typos; `typos`: typos allowed (the typed word, not a synonym).
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

/// How much a synonym's match counts against the typed word's.
const SYNONYM: f32 = 0.9;
/// How much a completion of a lexicon word counts: a word the lexicon knows is complete, so
/// a longer word that starts with it is likely another word ("dans" and "Danske").
const COMPLETION_OF_KNOWN: f32 = 0.8;

/// Place names only a gazetteer knows: what a folded word or phrase selects, if it names a
/// city or country.
pub(super) trait Places {
    fn probe(&self, folded: &str) -> Option<Probe>;
}

/// A query word as typed and folded.
struct Token<'q> {
    word: String,
    raw: &'q str,
    /// A comma stands before it (a separator between alternatives).
    comma_before: bool,
}

fn tokens(query: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    for (s, segment) in query.split([',', ';', '/']).enumerate() {
        let mut first = true;
        for raw in segment.split_whitespace() {
            for word in words(&fold(raw)) {
                out.push(Token {
                    word: word.to_owned(),
                    raw,
                    comma_before: s > 0 && first,
                });
                first = false;
            }
        }
    }
    out
}

/// Words that join places into alternatives ("Duitsland of Zweden").
fn is_joiner(word: &str) -> bool {
    matches!(
        word,
        "of" | "or" | "en" | "and" | "oder" | "ou" | "o" | "u" | "e"
    )
}

/// Words around a language that add nothing ("taught in English", "Engelstalige les").
fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "taught" | "teaching" | "language" | "taal" | "talig" | "les" | "lessen" | "onderwijs"
    )
}

/// A folded country name or alias (English, Dutch) -> its code.
fn country_named(folded: &str) -> Option<[u8; 2]> {
    static NAMES: OnceLock<FxHashMap<String, [u8; 2]>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names = FxHashMap::default();
        for c in countries::all() {
            let code = super::facts::code_bytes(c.code);
            for name in [c.en, c.nl].into_iter().chain(c.aliases()) {
                names.entry(fold(name)).or_insert(code);
            }
        }
        names
    });
    names.get(folded).copied()
}

/// What a region or country name selects.
fn place_probe(folded: &str) -> Option<Probe> {
    if let Some(code) = country_named(folded) {
        return Some(Probe::Countries(vec![code]));
    }
    regions::countries_named(folded)
        .map(|codes| Probe::Countries(codes.iter().map(|c| super::facts::code_bytes(c)).collect()))
}

/// The part of one word: the word and its single-word synonyms.
fn word_part(word: &str, exact_city: bool) -> Part {
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
    if let Some(e) = entry {
        for synonym in lexicon::synonyms(e, word) {
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
fn phrase_alternatives(phrase: &str, generic: bool) -> Vec<Alternative> {
    let Some(entry) = lexicon::entry(phrase) else {
        return Vec::new();
    };
    lexicon::synonyms(entry, phrase)
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
fn word_term(token: &Token, index: &TextIndex) -> (Term, bool) {
    let word = token.word.as_str();
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
        typed: token.raw.to_owned(),
        alternatives,
        generic,
    };
    (term, !known_somehow)
}

/// A phrase of several words that names a region or country, or is a lexicon entry, or a
/// place the gazetteer knows: the longest one starting at `at`, with its length.
fn phrase_at(
    tokens: &[Token],
    at: usize,
    places: Option<&dyn Places>,
) -> Option<(usize, Term, bool)> {
    let longest = regions::longest_name_words()
        .max(lexicon::longest_entry_words())
        .max(3)
        .min(tokens.len() - at);
    for n in (2..=longest).rev() {
        let run = &tokens[at..at + n];
        if run.iter().skip(1).any(|t| t.comma_before) || is_stopword(&run[0].word) {
            continue;
        }
        let phrase: Vec<&str> = run.iter().map(|t| t.word.as_str()).collect();
        let phrase = phrase.join(" ");
        let typed = typed_of(run);
        if let Some(probe) = place_probe(&phrase) {
            return Some((n, place_term(typed, probe), true));
        }
        if let Some(entry) = lexicon::entry(&phrase) {
            if entry.language.is_none() {
                let mut alternatives = vec![Alternative {
                    parts: run
                        .iter()
                        .map(|t| word_part(&t.word, false))
                        .map(|p| Part {
                            generic: entry.generic,
                            ..p
                        })
                        .collect(),
                }];
                alternatives.extend(phrase_alternatives(&phrase, entry.generic));
                let term = Term {
                    typed,
                    alternatives,
                    generic: entry.generic,
                };
                return Some((n, term, false));
            }
        }
        if let Some(probe) = places.and_then(|p| p.probe(&phrase)) {
            return Some((n, place_term(typed, probe), true));
        }
    }
    None
}

fn typed_of(run: &[Token]) -> String {
    let mut raws: Vec<&str> = Vec::new();
    for t in run {
        if raws.last() != Some(&t.raw) {
            raws.push(t.raw);
        }
    }
    raws.join(" ")
}

fn place_term(typed: String, probe: Probe) -> Term {
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

/// Understands `query` (already capped) against the index and, when attached, a gazetteer.
pub(super) fn understand(query: &str, index: &TextIndex, places: Option<&dyn Places>) -> Query {
    let tokens = tokens(query);
    let mut out = Query::default();
    // Each term, whether it is a place, and whether a joiner or comma came before it.
    let mut found: Vec<(Term, bool, bool)> = Vec::new();
    let mut joined = false;
    let mut stopwords: Vec<&Token> = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        let token = &tokens[at];
        let joins = joined || token.comma_before;
        if let Some((n, term, place)) = phrase_at(&tokens, at, places) {
            found.push((term, place, joins));
            joined = false;
            at += n;
            continue;
        }
        at += 1;
        let word = token.word.as_str();
        if let Some(language) = lexicon::entry(word).and_then(|e| e.language) {
            if !out.languages.contains(&language) {
                out.languages.push(language);
            }
            continue;
        }
        if is_joiner(word) && found.last().is_some_and(|(_, place, _)| *place) {
            joined = true;
            stopwords.push(token);
            continue;
        }
        if is_stopword(word) || is_filler(word) {
            stopwords.push(token);
            continue;
        }
        joined = false;
        let exact = index.exact(word);
        if let Some(probe) = place_probe(word) {
            found.push((place_term(token.raw.to_owned(), probe), true, joins));
            continue;
        }
        let exact_city = exact.is_some_and(|i| index.in_city(i));
        if exact.is_none() && !lexicon::knows(word) {
            if let Some(probe) = places.and_then(|p| p.probe(word)) {
                found.push((place_term(token.raw.to_owned(), probe), true, joins));
                continue;
            }
        }
        let (mut term, unknown) = word_term(token, index);
        out.unknown_words |= unknown && places.is_none();
        if exact_city {
            // The city as the gazetteer knows it: also the schools in its suburbs, and under
            // its other names.
            if let Some(probe @ Probe::Docs { .. }) = places.and_then(|p| p.probe(word)) {
                if let Some(part) = term
                    .alternatives
                    .first_mut()
                    .and_then(|a| a.parts.first_mut())
                {
                    part.probes.push(probe);
                }
            }
        }
        found.push((term, exact_city, joins));
    }
    // A query of nothing but stop words looks for them.
    if found.is_empty() && out.languages.is_empty() {
        for token in stopwords {
            found.push((word_term(token, index).0, false, false));
        }
    }
    // Places joined by "or" or a comma: any of them.
    for (term, place, joins) in found {
        let previous_is_place = out.terms.last().is_some() && joins && place;
        match out.terms.last_mut() {
            Some(last) if previous_is_place && last.alternatives.iter().all(is_place) => {
                last.typed = format!("{}, {}", last.typed, term.typed);
                last.alternatives.extend(term.alternatives);
            }
            _ => out.terms.push(term),
        }
    }
    out
}

/// An alternative that selects places (a country, region, city).
fn is_place(alternative: &Alternative) -> bool {
    alternative.parts.iter().all(|p| {
        p.probes.iter().all(|probe| match probe {
            Probe::Countries(_) | Probe::Docs { .. } => true,
            Probe::Word { exact, .. } => *exact,
            Probe::Institutions => false,
        })
    })
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
