//! The bilingual domain lexicon (`src/lexicon.txt`, its format described at its top): the
//! words art students use, linked across languages (fotografie, photography, Fotografia...),
//! which of them are generic (school, academy: they rank but never narrow), and the names of
//! languages (a query word "Engels" is a preference for English teaching, not a place).

use std::sync::OnceLock;

use crate::text::fold;

const TEXT: &str = include_str!("lexicon.txt");

/// What the lexicon knows of a word or phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Its first group (line); a word in several groups has all their synonyms.
    group: u16,
    /// A generic word: it ranks, never narrows.
    pub generic: bool,
    /// The ISO 639-1 code of the language it names.
    pub language: Option<&'static str>,
}

/// Every entry, folded, in the file's order, with its group: a flat list scanned in full
/// (a few hundred short strings), which keeps the widget smaller than a map would.
fn entries() -> &'static [(String, Entry)] {
    static ENTRIES: OnceLock<Vec<(String, Entry)>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let mut out = Vec::new();
        let lines = TEXT.lines().map(str::trim);
        let groups = lines.filter(|l| !l.is_empty() && !l.starts_with('#'));
        for (group, line) in groups.enumerate() {
            let generic = line.starts_with('~');
            let line = line.trim_start_matches('~');
            let (language, line) = match line.split_once(':') {
                Some((code, rest)) if code.len() == 2 => (Some(code), rest),
                _ => (None, line),
            };
            for word in line.split(',') {
                let entry = Entry {
                    group: group as u16,
                    generic,
                    language,
                };
                out.push((fold(word), entry));
            }
        }
        out
    })
}

/// What the lexicon knows of a folded word or phrase: generic only when all its groups are,
/// a language when one of them is.
pub fn entry(folded: &str) -> Option<Entry> {
    let mut found: Option<Entry> = None;
    for (word, e) in entries() {
        if word == folded {
            found = Some(match found {
                None => *e,
                Some(f) => Entry {
                    group: f.group,
                    generic: f.generic && e.generic,
                    language: f.language.or(e.language),
                },
            });
        }
    }
    found
}

/// Whether the lexicon has this folded word or phrase.
pub fn knows(folded: &str) -> bool {
    entries().iter().any(|(word, _)| word == folded)
}

/// The other entries of every group `of` (folded) is in, each once; phrases have spaces.
pub fn synonyms(of: &str) -> Vec<&'static str> {
    let all = entries();
    let mut out: Vec<&'static str> = Vec::new();
    for (word, e) in all {
        if word != of {
            continue;
        }
        for (other, o) in all {
            if o.group == e.group && other != of && !out.contains(&other.as_str()) {
                out.push(other);
            }
        }
    }
    out
}

/// The most words an entry has ("beeldende kunst": 2).
pub fn longest_entry_words() -> usize {
    let words = |(w, _): &(String, Entry)| crate::text::words(w).count();
    entries().iter().map(words).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synonyms_of(word: &str) -> Vec<&'static str> {
        let folded = fold(word);
        synonyms(&folded)
    }

    #[test]
    fn links_the_words_of_the_issue_across_languages() {
        assert!(synonyms_of("kunst").contains(&"arts"));
        assert!(synonyms_of("muziek").contains(&"musique"));
        assert!(synonyms_of("Musik").contains(&"muziek"));
        assert!(synonyms_of("academy").contains(&"akademie"));
        assert!(synonyms_of("conservatorium").contains(&"conservatoire"));
        assert!(synonyms_of("hogeschool").contains(&"university college"));
        assert!(synonyms_of("beeldende kunst").contains(&"fine arts"));
        assert!(synonyms_of("fotografie").contains(&"photography"));
        assert!(!synonyms_of("fotografie").contains(&"fotografie"));
        assert!(synonyms_of("summer").is_empty());
    }

    #[test]
    fn generic_words_and_language_names() {
        assert!(entry("school").is_some_and(|e| e.generic));
        assert!(entry("academie").is_some_and(|e| e.generic));
        assert!(entry("fotografie").is_some_and(|e| !e.generic));
        assert_eq!(entry("engels").and_then(|e| e.language), Some("en"));
        assert_eq!(
            entry(&fold("Français")).and_then(|e| e.language),
            Some("fr")
        );
        assert_eq!(entry("fotografie").and_then(|e| e.language), None);
        assert!(knows("hogeschool") && !knows("summer"));
        assert!(longest_entry_words() >= 2);
    }
}
