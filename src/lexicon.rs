//! The bilingual domain lexicon (`src/lexicon.txt`, its format described at its top): the
//! words art students use, linked across languages (fotografie, photography, Fotografia...),
//! which of them are generic (school, academy: they rank but never narrow), and the names of
//! languages (a query word "Engels" is a preference for English teaching, not a place).

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::text::fold;

const TEXT: &str = include_str!("lexicon.txt");

/// What the lexicon knows of a word or phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Its groups, as indices into [`Lexicon::groups`].
    first_group: u16,
    groups: u16,
    /// A generic word: it ranks, never narrows.
    pub generic: bool,
    /// The ISO 639-1 code of the language it names.
    pub language: Option<&'static str>,
}

struct Group {
    /// Folded entries.
    entries: Vec<String>,
}

struct Lexicon {
    groups: Vec<Group>,
    /// Folded entry -> its entry (groups listed in `memberships`).
    entries: FxHashMap<String, Entry>,
    memberships: Vec<u16>,
    longest: usize,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| parse(TEXT))
}

fn parse(text: &'static str) -> Lexicon {
    let mut groups = Vec::new();
    // (entry, group, generic, language)
    let mut found: Vec<(String, u16, bool, Option<&str>)> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (generic, line) = match line.strip_prefix('~') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (language, line) = match line.split_once(':') {
            Some((code, rest)) if code.len() == 2 => (Some(code), rest),
            _ => (None, line),
        };
        let group = groups.len() as u16;
        let entries: Vec<String> = line
            .split(',')
            .map(fold)
            .filter(|e| !e.is_empty())
            .collect();
        for entry in &entries {
            found.push((entry.clone(), group, generic, language));
        }
        groups.push(Group { entries });
    }
    crate::order::sort_by(&mut found, |a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut entries: FxHashMap<String, Entry> = FxHashMap::default();
    let mut memberships = Vec::new();
    let mut longest = 0;
    for (entry, group, generic, language) in found {
        longest = longest.max(crate::text::words(&entry).count());
        let at = memberships.len() as u16;
        memberships.push(group);
        let e = entries.entry(entry).or_insert(Entry {
            first_group: at,
            groups: 0,
            generic: true,
            language: None,
        });
        e.groups += 1;
        e.generic &= generic;
        e.language = e.language.or(language);
    }
    Lexicon {
        groups,
        entries,
        memberships,
        longest,
    }
}

/// What the lexicon knows of a folded word or phrase.
pub fn entry(folded: &str) -> Option<Entry> {
    lexicon().entries.get(folded).copied()
}

/// Whether the lexicon has this folded word or phrase.
pub fn knows(folded: &str) -> bool {
    lexicon().entries.contains_key(folded)
}

/// The other entries of the groups of `entry` (folded; phrases have spaces), each once.
pub fn synonyms(entry: Entry, of: &str) -> Vec<&'static str> {
    let lexicon = lexicon();
    let start = usize::from(entry.first_group);
    let groups = &lexicon.memberships[start..start + usize::from(entry.groups)];
    let mut out: Vec<&'static str> = Vec::new();
    for &g in groups {
        for e in &lexicon.groups[usize::from(g)].entries {
            if e != of && !out.contains(&e.as_str()) {
                out.push(e);
            }
        }
    }
    out
}

/// The most words an entry has ("beeldende kunst": 2).
pub fn longest_entry_words() -> usize {
    lexicon().longest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synonyms_of(word: &str) -> Vec<&'static str> {
        let folded = fold(word);
        entry(&folded).map_or_else(Vec::new, |e| synonyms(e, &folded))
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
