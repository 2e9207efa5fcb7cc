//! How a student's query words are understood, before any document is scored: stop words
//! (never narrow), names of languages (a teaching-language preference, not a place), regions
//! and countries (their countries), places joined by "of", "or", "en", "and" or a comma (any
//! of them), a word that is a whole city name (that city, not a typo of a country), words of
//! the domain lexicon (their synonyms in other languages; generic ones rank but never narrow),
//! Dutch compounds (split into words the index and the lexicon know), and place names only a
//! gazetteer knows.

use std::sync::OnceLock;

use super::index::TextIndex;
use super::terms::{Alternative, Part, Places, Probe, Term};
use super::word_terms::{phrase_alternatives, word_part, word_term};
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

/// What a folded region or country name (English or Dutch, or an alias) selects. One flat
/// list of names, scanned in full (a thousand short strings): smaller in the widget than a
/// map, and quick enough for the few phrases of a query.
fn place_probe(folded: &str) -> Option<Probe> {
    static NAMES: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names = Vec::new();
        for c in countries::all() {
            for name in [c.en, c.nl].into_iter().chain(c.aliases()) {
                names.push((fold(name), c.code));
            }
        }
        names
    });
    let codes = match names.iter().find(|(name, _)| name == folded) {
        Some((_, code)) => code,
        None => regions::countries_named(folded)?,
    };
    let codes = codes.split(' ').map(super::facts::code_bytes).collect();
    Some(Probe::Countries(codes))
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
            return Some((n, Term::place(typed, probe), true));
        }
        if let Some(entry) = lexicon::entry(&phrase) {
            if entry.language.is_none() {
                // The words as typed, without each word's own synonyms: the phrase's synonyms
                // say what it means ("kunst" alone brings "art", which "beeldende kunst" does
                // not mean, and whose matches in a large catalogue are many).
                let mut alternatives = vec![Alternative {
                    parts: run
                        .iter()
                        .map(|t| Part {
                            probes: word_part(&t.word, false)
                                .probes
                                .into_iter()
                                .take(1)
                                .collect(),
                            generic: entry.generic,
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
            return Some((n, Term::place(typed, probe), true));
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
            found.push((Term::place(token.raw.to_owned(), probe), true, joins));
            continue;
        }
        let exact_city = exact.is_some_and(|i| index.in_city(i));
        if exact.is_none() && !lexicon::knows(word) {
            if let Some(probe) = places.and_then(|p| p.probe(word)) {
                found.push((Term::place(token.raw.to_owned(), probe), true, joins));
                continue;
            }
        }
        let (mut term, unknown) = word_term(&token.word, token.raw, index);
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
            found.push((word_term(&token.word, token.raw, index).0, false, false));
        }
    }
    // Places joined by "or" or a comma: any of them.
    for (term, place, joins) in found {
        let previous_is_place = out.terms.last().is_some() && joins && place;
        match out.terms.last_mut() {
            Some(last)
                if previous_is_place && last.alternatives.iter().all(Alternative::is_place) =>
            {
                last.typed = format!("{}, {}", last.typed, term.typed);
                last.alternatives.extend(term.alternatives);
            }
            _ => out.terms.push(term),
        }
    }
    out
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
