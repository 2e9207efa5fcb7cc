//! The free-text index: every distinct folded word of the catalogue, with where it occurs.
//! A query word is compared with the vocabulary once, not with every document.

use rustc_hash::FxHashMap;

use super::field::Field;
use crate::text::{fold, fold_into, is_stopword, match_word, words, WordShape};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Posting {
    doc: u32,
    field: Field,
}

/// Collects documents' text, then freezes into a [`TextIndex`].
#[derive(Default)]
pub struct IndexBuilder {
    words: FxHashMap<String, Vec<Posting>>,
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
            let postings = match self.words.get_mut(word) {
                Some(p) => p,
                None => self.words.entry(word.to_owned()).or_default(),
            };
            let posting = Posting { doc, field };
            if postings.last() != Some(&posting) {
                postings.push(posting);
            }
        }
    }

    pub fn build(self) -> TextIndex {
        let mut entries: Vec<(String, Vec<Posting>)> = self.words.into_iter().collect();
        crate::order::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        let (vocabulary, postings): (Vec<_>, Vec<_>) = entries
            .into_iter()
            .map(|(word, mut p)| {
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

impl TextIndex {
    /// Scores every document against `query`. `None` when the query has no words; otherwise
    /// one entry per document, `None` for documents that miss a (non-stop) word of the query.
    pub fn search(&self, query: &str) -> Option<Vec<Option<TextMatch>>> {
        let folded = fold(query);
        let all_words: Vec<&str> = words(&folded).collect();
        // Stopwords count only in a query of nothing else ("the", "de").
        let meaningful: Vec<&str> = all_words
            .iter()
            .copied()
            .filter(|w| !is_stopword(w))
            .collect();
        let query_words = if meaningful.is_empty() {
            all_words
        } else {
            meaningful
        };
        if query_words.is_empty() {
            return None;
        }
        let mut total = vec![0f32; self.docs];
        let mut fields = vec![0u16; self.docs];
        // How many query words each document matched: as wide as the count of query words,
        // so no query can wrap it (a u16 wrapped at 65,536 repeated words).
        let mut hits = vec![0usize; self.docs];
        let mut best = vec![0f32; self.docs];
        for word in &query_words {
            best.iter_mut().for_each(|b| *b = 0.0);
            for (i, candidate) in self.candidates(word) {
                for p in &self.postings[i] {
                    let doc = p.doc as usize;
                    let score = candidate * p.field.weight();
                    if score > best[doc] {
                        best[doc] = score;
                    }
                    fields[doc] |= p.field.bit();
                }
            }
            for doc in 0..self.docs {
                if best[doc] > 0.0 {
                    total[doc] += best[doc];
                    hits[doc] += 1;
                }
            }
        }
        let required = query_words.len();
        let counted = query_words.len() as f32;
        Some(
            (0..self.docs)
                .map(|doc| {
                    (hits[doc] == required).then(|| TextMatch {
                        score: (total[doc] / counted).min(1.0),
                        fields: fields[doc],
                    })
                })
                .collect(),
        )
    }

    /// Whether a folded query word matches some word of the catalogue (exactly, as a prefix,
    /// inside a compound or with a typo): what one word of a search costs.
    pub fn knows(&self, word: &str) -> bool {
        !self.candidates(word).is_empty()
    }

    /// Vocabulary entries matching a folded query word, with their match scores.
    fn candidates(&self, word: &str) -> Vec<(usize, f32)> {
        let mut found = Vec::new();
        // Exact and prefix matches form one sorted run starting at the word itself.
        let start = self.vocabulary.partition_point(|w| w.as_str() < word);
        let mut end = start;
        while end < self.vocabulary.len() && self.vocabulary[end].starts_with(word) {
            end += 1;
        }
        for i in start..end {
            if let Some(m) = match_word(word, &self.vocabulary[i]) {
                found.push((i, m.score));
            }
        }
        // Words inside compounds and typos need a scan; short words allow neither.
        let shape = WordShape::of(word);
        let chars = word.chars().count();
        if chars >= 4 {
            for (i, candidate) in self.vocabulary.iter().enumerate() {
                if (start..end).contains(&i) {
                    continue;
                }
                let other = &self.shapes[i];
                let plausible =
                    (chars >= 5 && shape.may_be_inside(other) && candidate.contains(word))
                        || shape.may_match_typo(other);
                if plausible {
                    if let Some(m) = match_word(word, candidate) {
                        found.push((i, m.score));
                    }
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The matches of a query that has words.
    fn matches(idx: &TextIndex, query: &str) -> Vec<Option<TextMatch>> {
        match idx.search(query) {
            Some(matches) => matches,
            None => panic!("{query:?} has words"),
        }
    }

    fn index(docs: &[&[(Field, &str)]]) -> TextIndex {
        let mut b = IndexBuilder::default();
        for fields in docs {
            let doc = b.next_doc();
            for (field, text) in *fields {
                b.add(doc, *field, text);
            }
        }
        b.build()
    }

    #[test]
    fn every_word_must_match_but_stopwords_are_ignored() {
        let idx = index(&[
            &[
                (Field::Name, "Accademia di Belle Arti"),
                (Field::City, "Milano"),
            ],
            &[
                (Field::Name, "Royal Academy of Art"),
                (Field::City, "Den Haag"),
            ],
        ]);
        let r = matches(&idx, "academy of art");
        assert!(r[0].is_none() && r[1].is_some());
        let r = matches(&idx, "belle arti milano");
        assert!(r[0].is_some() && r[1].is_none());
        assert!(idx.search(" -- ").is_none());
    }

    #[test]
    fn a_word_repeated_2_pow_17_times_still_needs_to_match() {
        // 131,072 is 0 in a u16: a wrapping counter let every document match.
        let idx = index(&[&[(Field::City, "Lyon")], &[(Field::City, "Milano")]]);
        let query = "lyon ".repeat(1 << 17);
        let r = matches(&idx, &query);
        assert!(r[0].is_some(), "Lyon matches");
        assert!(r[1].is_none(), "Milano does not");
        let once = matches(&idx, "lyon")[0].map_or(0.0, |m| m.score);
        let repeated = r[0].map_or(0.0, |m| m.score);
        assert!((once - repeated).abs() < 0.01, "{once} vs {repeated}");
    }

    #[test]
    fn exact_beats_prefix_beats_typo_and_fields_are_reported() {
        let idx = index(&[
            &[(Field::City, "Lyon")],
            &[(Field::City, "Lyonnais")],
            &[(Field::City, "Lyom")],
        ]);
        let r = matches(&idx, "lyon");
        let scores: Vec<f32> = r.iter().map(|m| m.map_or(0.0, |m| m.score)).collect();
        assert!(
            scores[0] > scores[1] && scores[1] > scores[2] && scores[2] > 0.0,
            "{scores:?}"
        );
        let fields: Vec<Field> = r[0].map_or_else(Vec::new, |m| m.fields().collect());
        assert_eq!(fields, [Field::City]);
    }
}
