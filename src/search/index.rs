//! The free-text index: every distinct folded word of the catalogue, with where it occurs.
//! A query word is compared with the vocabulary once, not with every document.

use super::field::Field;
use crate::lookup::OwnedLookup;
use crate::text::{fold_into, match_word, words, WordShape};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Posting {
    doc: u32,
    field: Field,
}

/// Collects documents' text, then freezes into a [`TextIndex`].
#[derive(Default)]
pub struct IndexBuilder {
    /// Each distinct word, with the place of its postings in `postings`.
    words: OwnedLookup,
    postings: Vec<Vec<Posting>>,
    docs: u32,
    /// Reused for folding each text.
    buffer: String,
}

impl IndexBuilder {
    /// Starts the next document; returns its number.
    pub fn next_doc(&mut self) -> u32 {
        self.docs += 1;
        self.docs - 1
    }

    /// Adds the words of `text` (not yet folded) to document `doc`.
    pub fn add(&mut self, doc: u32, field: Field, text: &str) {
        let mut buffer = std::mem::take(&mut self.buffer);
        fold_into(text, &mut buffer);
        self.add_folded(doc, field, &buffer);
        self.buffer = buffer;
    }

    /// Adds the words of already folded text.
    pub fn add_folded(&mut self, doc: u32, field: Field, folded: &str) {
        for word in words(folded) {
            let place = match self.words.get(word) {
                Some(&place) => place,
                None => {
                    self.words.insert(word.to_owned(), self.postings.len());
                    self.postings.push(Vec::new());
                    self.postings.len() - 1
                }
            };
            let postings = &mut self.postings[place];
            let posting = Posting { doc, field };
            if postings.last() != Some(&posting) {
                postings.push(posting);
            }
        }
    }

    pub fn build(self) -> TextIndex {
        let mut entries: Vec<(String, usize)> = self.words.into_iter().collect();
        crate::order::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        let mut found = self.postings;
        let (vocabulary, postings): (Vec<_>, Vec<_>) = entries
            .into_iter()
            .map(|(word, place)| {
                let mut p = std::mem::take(&mut found[place]);
                crate::order::sort(&mut p);
                p.dedup();
                (word, p)
            })
            .unzip();
        let shapes = vocabulary.iter().map(|w| WordShape::of(w)).collect();
        TextIndex {
            vocabulary,
            shapes,
            postings,
            docs: self.docs as usize,
        }
    }
}

/// The most letters a synonym's completion may add: an ending or plural (art: arts, arte).
const INFLECTION: usize = 2;

/// Sorted vocabulary and, for each word, the documents and fields it occurs in.
#[derive(Debug, Clone)]
pub struct TextIndex {
    vocabulary: Vec<String>,
    /// Parallel to `vocabulary`: what lets most words be skipped without an edit distance.
    shapes: Vec<WordShape>,
    postings: Vec<Vec<Posting>>,
    docs: usize,
}

/// How a document matched a query.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextMatch {
    /// Mean over the query's words of the best match's score × field weight; 0 to 1.
    pub score: f32,
    fields: u16,
}

impl TextMatch {
    /// The fields the query matched in, in a fixed order.
    pub fn fields(&self) -> impl Iterator<Item = Field> + '_ {
        Field::ALL
            .into_iter()
            .filter(|f| self.fields & f.bit() != 0)
    }
}

impl TextMatch {
    pub(super) fn new(score: f32, fields: u16) -> TextMatch {
        TextMatch { score, fields }
    }
}

impl TextIndex {
    /// How many documents the index has.
    pub(super) fn docs(&self) -> usize {
        self.docs
    }

    /// The position of a folded word in the vocabulary, if it is there as it is.
    pub(super) fn exact(&self, word: &str) -> Option<usize> {
        self.vocabulary
            .binary_search_by(|w| w.as_str().cmp(word))
            .ok()
    }

    /// Whether vocabulary entry `i` is (also) a city's name.
    pub(super) fn in_city(&self, i: usize) -> bool {
        self.postings
            .get(i)
            .is_some_and(|p| p.iter().any(|p| p.field == Field::City))
    }

    /// The documents whose city has the folded name `name` (every word of it, in the city
    /// field: "den haag").
    pub(super) fn city_docs(&self, name: &str) -> Vec<u32> {
        let mut docs: Option<Vec<u32>> = None;
        for word in words(name) {
            let mut here = Vec::new();
            if let Some(postings) = self.exact(word).and_then(|i| self.postings.get(i)) {
                for p in postings {
                    let before = docs.as_ref();
                    if p.field == Field::City && before.is_none_or(|b| b.contains(&p.doc)) {
                        here.push(p.doc);
                    }
                }
            }
            docs = Some(here);
        }
        docs.unwrap_or_default()
    }

    /// Calls `found(doc, score, field)` for every occurrence of a vocabulary word that matches
    /// folded `word` (see [`TextIndex::candidates`]), its score times the field's weight and
    /// `weight`, and times `partial` unless it is the word itself. `exact`: only the word
    /// itself.
    pub(super) fn occurrences(
        &self,
        word: &str,
        [weight, partial]: [f32; 2],
        exact: bool,
        typos: bool,
        mut found: impl FnMut(u32, f32, Field),
    ) {
        let candidates = match (exact, self.exact(word)) {
            (true, Some(i)) => vec![(i, 1.0)],
            (true, None) => Vec::new(),
            (false, _) => self.candidates(word, typos),
        };
        for (i, score) in candidates {
            let score = if score < 1.0 { score * partial } else { score };
            for p in &self.postings[i] {
                found(p.doc, score * weight * p.field.weight(), p.field);
            }
        }
    }

    /// Vocabulary entries matching a folded query word, with their match scores. Without
    /// `typos`, only the word itself and its inflections (completions of up to [`INFLECTION`] letters).
    fn candidates(&self, word: &str, typos: bool) -> Vec<(usize, f32)> {
        let mut found = Vec::new();
        // Exact and prefix matches form one sorted run starting at the word itself.
        let start = self.vocabulary.partition_point(|w| w.as_str() < word);
        let mut end = start;
        while end < self.vocabulary.len() && self.vocabulary[end].starts_with(word) {
            end += 1;
        }
        let chars = word.chars().count();
        for i in start..end {
            // A synonym (no `typos`) matches as itself and its inflections only (art: arts,
            // arte), never every longer word that starts with it (artist, Artkamo): the
            // lexicon lists the words it means, and a common synonym's completions are
            // thousands of postings (docs/performance.md, "Synonyms match whole words").
            if !typos && self.vocabulary[i].chars().count() > chars + INFLECTION {
                continue;
            }
            if let Some(m) = match_word(word, &self.vocabulary[i]) {
                found.push((i, m.score));
            }
        }
        let shape = WordShape::of(word);
        // Words inside compounds and typos need a scan of the whole vocabulary: only for the
        // word typed, not for each of its synonyms (a query word's dozen synonyms scanning a
        // large catalogue's vocabulary took a search from 2 to 15 ms).
        if typos && chars >= 4 {
            for (i, candidate) in self.vocabulary.iter().enumerate() {
                if (start..end).contains(&i) {
                    continue;
                }
                let other = &self.shapes[i];
                let inside = chars >= 5 && shape.may_be_inside(other) && candidate.contains(word);
                if inside || shape.may_match_typo(other) {
                    if let Some(m) = match_word(word, candidate) {
                        found.push((i, m.score));
                    }
                }
            }
        }
        found
    }
}
