//! How a student's query words are understood, before any document is scored: stop words
//! (never narrow), names of languages (a teaching-language preference, not a place), regions
//! and countries (their countries), places joined by "of", "or", "en", "and" or a comma (any
//! of them), a word that is a whole city name (that city, not a typo of a country), words of
//! the domain lexicon (their synonyms in other languages; generic ones rank but never narrow),
//! Dutch compounds (split into words the index and the lexicon know), and place names only a
//! gazetteer knows.

use std::sync::OnceLock;

use super::terms::{Alternative, Part, Places, Probe, Term};
use super::word_terms::{phrase_alternatives, word_part, word_term, Vocabulary};
use crate::reference::countries;
use crate::text::{fold, is_stopword, words};

// Size rule of the query reading (here, `word_terms.rs`, `scoring.rs`), as of the widget's views:
// plain loops rather than iterator chains with closures, each of which compiles into `fold` and
// `from_iter` instantiations of its own in the wasm, several times the loop's size (the scoring's
// chains alone were 3 KB gzip of the download).

/// A query, understood.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Query {
    /// What must (or, when generic, may) match, in the order typed.
    pub terms: Vec<Term>,
    /// Languages the query asks to be taught in (ISO 639-1), each once.
    pub languages: Vec<[u8; 2]>,
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

/// What a folded country name (English or Dutch, or an alias) or region word selects. One
/// flat list of country names, scanned in full (a thousand short strings): smaller in the
/// widget than a map, and quick enough for the few phrases of a query.
fn place_probe(folded: &str, v: Vocabulary) -> Option<Probe> {
    static NAMES: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names = Vec::new();
        for c in countries::all() {
            names.push((fold(c.en), c.code));
            names.push((fold(c.nl), c.code));
            for alias in c.aliases() {
                names.push((fold(alias), c.code));
            }
        }
        names
    });
    for (name, code) in names {
        if name == folded {
            return Some(Probe::Countries(vec![super::facts::code_bytes(code)]));
        }
    }
    let region = v.lexicon.region(folded)?;
    Some(Probe::Countries(region.to_vec()))
}

/// A term of several words that names a region or country, or is a lexicon entry, or a
/// place the gazetteer knows: the longest one starting at `at`, with its length and whether
/// it is a place.
fn phrase_at(
    tokens: &[Token],
    at: usize,
    v: Vocabulary,
    places: Option<&dyn Places>,
) -> Option<(usize, Term, bool)> {
    let longest = v
        .lexicon
        .longest_entry_words()
        .max(3)
        .min(tokens.len() - at);
    for n in (2..=longest).rev() {
        let run = &tokens[at..at + n];
        if is_stopword(&run[0].word) || run[1..].iter().any(|t| t.comma_before) {
            continue;
        }
        let mut phrase = String::new();
        for t in run {
            if !phrase.is_empty() {
                phrase.push(' ');
            }
            phrase.push_str(&t.word);
        }
        let typed = typed_of(run);
        if let Some(probe) = place_probe(&phrase, v) {
            return Some((n, Term::place(typed, probe), true));
        }
        if let Some(entry) = v.lexicon.entry(&phrase) {
            if entry.language.is_none() {
                // The words as typed, without each word's own synonyms: the phrase's synonyms
                // say what it means ("kunst" alone brings "art", which "beeldende kunst" does
                // not mean, and whose matches in a large catalogue are many).
                let mut parts = Vec::new();
                for t in run {
                    let mut probes = word_part(&t.word, false, v.lexicon).probes;
                    probes.truncate(1);
                    parts.push(Part {
                        probes,
                        generic: entry.generic,
                    });
                }
                let mut alternatives = vec![Alternative { parts }];
                alternatives.extend(phrase_alternatives(&phrase, entry.generic, v.lexicon));
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

/// The words of a run of tokens as typed (a typed word that folds to several tokens once).
fn typed_of(run: &[Token]) -> String {
    let mut typed = String::new();
    let mut last: Option<&str> = None;
    for t in run {
        if last != Some(t.raw) {
            if last.is_some() {
                typed.push(' ');
            }
            typed.push_str(t.raw);
            last = Some(t.raw);
        }
    }
    typed
}

/// Understands `query` (already capped) against the catalogue's index and the lexicon and,
/// when attached, a gazetteer.
pub(super) fn understand(query: &str, v: Vocabulary, places: Option<&dyn Places>) -> Query {
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
        if let Some((n, term, place)) = phrase_at(&tokens, at, v, places) {
            found.push((term, place, joins));
            joined = false;
            at += n;
            continue;
        }
        at += 1;
        let word = token.word.as_str();
        let entry = v.lexicon.entry(word);
        if let Some(language) = entry.and_then(|e| e.language) {
            if !out.languages.contains(&language) {
                out.languages.push(language);
            }
            continue;
        }
        let after_place = matches!(found.last(), Some((_, true, _)));
        if (is_joiner(word) && after_place) || is_stopword(word) || is_filler(word) {
            joined |= is_joiner(word) && after_place;
            stopwords.push(token);
            continue;
        }
        joined = false;
        let exact = v.index.exact(word);
        if let Some(probe) = place_probe(word, v) {
            found.push((Term::place(token.raw.to_owned(), probe), true, joins));
            continue;
        }
        let exact_city = exact.is_some_and(|i| v.index.in_city(i));
        // A place only the gazetteer knows; a city of the catalogue also brings the schools
        // in its suburbs and under its other names.
        let gazetteer = if exact.is_none() && entry.is_none() || exact_city {
            places.and_then(|p| p.probe(word))
        } else {
            None
        };
        if exact.is_none() && entry.is_none() {
            if let Some(probe) = gazetteer {
                found.push((Term::place(token.raw.to_owned(), probe), true, joins));
                continue;
            }
        }
        let mut term = word_term(word, token.raw, v);
        if let (true, Some(probe @ Probe::Docs { .. })) = (exact_city, gazetteer) {
            if let Some(part) = term
                .alternatives
                .first_mut()
                .and_then(|a| a.parts.first_mut())
            {
                part.probes.push(probe);
            }
        }
        found.push((term, exact_city, joins));
    }
    // A query of nothing but stop words looks for them.
    if found.is_empty() && out.languages.is_empty() {
        for token in stopwords {
            found.push((word_term(&token.word, token.raw, v), false, false));
        }
    }
    // Places joined by "or" or a comma: any of them.
    for (term, place, joins) in found {
        if let Some(last) = out.terms.last_mut() {
            if joins && place && last.alternatives.iter().all(Alternative::is_place) {
                last.typed.push_str(", ");
                last.typed.push_str(&term.typed);
                last.alternatives.extend(term.alternatives);
                continue;
            }
        }
        out.terms.push(term);
    }
    out
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
