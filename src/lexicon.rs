//! The words students type beyond place names (`data/words.txt`, its format at its top): the
//! bilingual domain lexicon, which links the words art students use across languages
//! (fotografie, photography, Fotografia...) and says which are generic (school, academy: they
//! rank but never narrow) and which name languages ("Engels": a preference for English
//! teaching, not a place); and region words (Scandinavië, Baltic states, Noord-Europa: their
//! countries).
//!
//! It travels with the place names table (`crate::places` reads both in one text): the command
//! line builds it in, the widget fetches it on the first typed query, so the wasm carries none
//! of its words. Without it the search reads the catalogue's own words only.

use crate::text::{fold, words};

/// The words, parsed. [`Lexicon::EMPTY`] until a table is attached.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Every word or phrase, folded, with the number of its group (line).
    words: Vec<(String, u16)>,
    groups: Vec<Meaning>,
    /// The most words an entry has ("latijns amerika en het caribisch gebied": 6).
    longest: usize,
}

/// What the words of one group (line) mean.
#[derive(Debug, Clone, PartialEq)]
enum Meaning {
    /// The same subject: synonyms.
    Subject,
    /// Generic synonyms: they rank, never narrow.
    Generic,
    /// Names of this language (ISO 639-1).
    Language([u8; 2]),
    /// Names of a region of these countries (alpha-2).
    Region(Vec<[u8; 2]>),
}

/// What the lexicon knows of a word or phrase (not a region's name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Its first group; a word in several groups has all their synonyms.
    group: u16,
    /// A generic word: it ranks, never narrows.
    pub generic: bool,
    /// The ISO 639-1 code of the language it names.
    pub language: Option<[u8; 2]>,
}

impl Lexicon {
    /// No words: the search reads the catalogue's own words only.
    pub const EMPTY: Lexicon = Lexicon {
        words: Vec::new(),
        groups: Vec::new(),
        longest: 0,
    };

    /// Reads one line if it is a group of words (`=`, `~`, `!` or `@` first); None for any
    /// other line. An error says what is wrong with the line (the caller names the line).
    pub fn read_line(&mut self, line: &str) -> Option<Result<(), &'static str>> {
        let mut chars = line.chars();
        let kind = chars.next()?;
        let rest = chars.as_str();
        let (meaning, names) = match kind {
            '=' => (Meaning::Subject, rest),
            '~' => (Meaning::Generic, rest),
            '!' | '@' => {
                let (codes, names) = rest.split_once('|')?;
                match (codes_of(codes, kind == '!'), kind) {
                    (Some(codes), '!') => (Meaning::Language(codes[0]), names),
                    (Some(codes), _) => (Meaning::Region(codes), names),
                    (None, '!') => return Some(Err("not a language code (two small letters)")),
                    (None, _) => {
                        return Some(Err(
                            "not country codes (two capital letters, separated by spaces)",
                        ))
                    }
                }
            }
            _ => return None,
        };
        let Ok(group) = u16::try_from(self.groups.len()) else {
            return Some(Err("more than 65,535 groups of words"));
        };
        for name in names.split('|') {
            let folded = fold(name);
            if folded.is_empty() {
                return Some(Err("a word has no letters or digits"));
            }
            self.longest = self.longest.max(words(&folded).count());
            self.words.push((folded, group));
        }
        self.groups.push(meaning);
        Some(Ok(()))
    }

    /// Reads a text of groups of words only (and `#` comments, blank lines).
    pub fn parse(text: &str) -> Result<Lexicon, String> {
        let mut lexicon = Lexicon::default();
        for (i, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match lexicon.read_line(line) {
                Some(Ok(())) => {}
                Some(Err(what)) => return Err(format!("line {}: {what}: {line}", i + 1)),
                None => return Err(format!("line {}: not a group of words", i + 1)),
            }
        }
        Ok(lexicon)
    }

    /// What the lexicon knows of a folded word or phrase: generic only when all its groups
    /// are, a language when one of them is. Region names are not entries.
    pub fn entry(&self, folded: &str) -> Option<Entry> {
        let mut found: Option<Entry> = None;
        for (word, group) in &self.words {
            if word != folded {
                continue;
            }
            let (generic, language) = match self.groups[usize::from(*group)] {
                Meaning::Subject => (false, None),
                Meaning::Generic => (true, None),
                Meaning::Language(code) => (false, Some(code)),
                Meaning::Region(_) => continue,
            };
            found = Some(match found {
                None => Entry {
                    group: *group,
                    generic,
                    language,
                },
                Some(f) => Entry {
                    group: f.group,
                    generic: f.generic && generic,
                    language: f.language.or(language),
                },
            });
        }
        found
    }

    /// Whether the lexicon has this folded word or phrase (a region's name aside).
    pub fn knows(&self, folded: &str) -> bool {
        self.entry(folded).is_some()
    }

    /// The other entries of every group `of` (folded) is in, each once; phrases have spaces.
    pub fn synonyms(&self, of: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for (word, group) in &self.words {
            if word != of {
                continue;
            }
            for (other, g) in &self.words {
                if g == group && other != of && !out.contains(&other.as_str()) {
                    out.push(other);
                }
            }
        }
        out
    }

    /// The countries of the region a folded phrase names, in English, Dutch or another form
    /// ("scandinavie", "baltic states", "centraal europa").
    pub fn region(&self, folded: &str) -> Option<&[[u8; 2]]> {
        for (word, group) in &self.words {
            if let Meaning::Region(countries) = &self.groups[usize::from(*group)] {
                if word == folded {
                    return Some(countries);
                }
            }
        }
        None
    }

    /// The most words an entry or region name has.
    pub fn longest_entry_words(&self) -> usize {
        self.longest
    }
}

/// Codes separated by spaces: alpha-2 country codes (capitals), or one language code (small
/// letters).
fn codes_of(text: &str, language: bool) -> Option<Vec<[u8; 2]>> {
    let mut out = Vec::new();
    for code in text.split(' ') {
        let &[a, b] = code.as_bytes() else {
            return None;
        };
        let letters = if language {
            a.is_ascii_lowercase() && b.is_ascii_lowercase()
        } else {
            a.is_ascii_uppercase() && b.is_ascii_uppercase()
        };
        if !letters {
            return None;
        }
        out.push([a, b]);
    }
    (!language || out.len() == 1).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let text = include_str!("../data/words.txt");
        Lexicon::parse(text).unwrap_or_else(|e| panic!("data/words.txt: {e}"))
    }

    fn synonyms_of(lexicon: &Lexicon, word: &str) -> Vec<String> {
        let folded = fold(word);
        let found = lexicon.synonyms(&folded);
        found.into_iter().map(str::to_owned).collect()
    }

    #[test]
    fn links_the_words_of_the_issue_across_languages() {
        let l = lexicon();
        let has = |word: &str, synonym: &str| synonyms_of(&l, word).iter().any(|s| s == synonym);
        assert!(has("kunst", "arts"));
        assert!(has("muziek", "musique"));
        assert!(has("Musik", "muziek"));
        assert!(has("academy", "akademie"));
        assert!(has("conservatorium", "conservatoire"));
        assert!(has("hogeschool", "university college"));
        assert!(has("beeldende kunst", "fine arts"));
        assert!(has("fotografie", "photography"));
        assert!(!has("fotografie", "fotografie"));
        assert!(synonyms_of(&l, "summer").is_empty());
    }

    #[test]
    fn generic_words_and_language_names() {
        let l = lexicon();
        assert!(l.entry("school").is_some_and(|e| e.generic));
        assert!(l.entry("academie").is_some_and(|e| e.generic));
        assert!(l.entry("fotografie").is_some_and(|e| !e.generic));
        assert_eq!(l.entry("engels").and_then(|e| e.language), Some(*b"en"));
        let french = l.entry(&fold("Français"));
        assert_eq!(french.and_then(|e| e.language), Some(*b"fr"));
        assert_eq!(l.entry("fotografie").and_then(|e| e.language), None);
        assert!(l.knows("hogeschool") && !l.knows("summer"));
        assert!(l.longest_entry_words() >= 3);
    }

    #[test]
    fn region_names_in_both_languages_and_the_common_ones_m49_lacks() {
        let l = lexicon();
        let named = |s: &str| {
            let codes = l.region(&fold(s))?;
            let codes: Vec<&str> = codes
                .iter()
                .filter_map(|c| std::str::from_utf8(c).ok())
                .collect();
            Some(codes.join(" "))
        };
        assert_eq!(named("Scandinavië").as_deref(), Some("DK NO SE"));
        assert_eq!(named("Scandinavia").as_deref(), Some("DK NO SE"));
        assert_eq!(
            named("Noordse landen").as_deref(),
            Some("AX DK FI FO IS NO SE")
        );
        assert_eq!(named("Baltische staten").as_deref(), Some("EE LT LV"));
        assert_eq!(named("Benelux").as_deref(), Some("BE LU NL"));
        assert_eq!(named("Iberian Peninsula").as_deref(), Some("AD ES GI PT"));
        assert!(named("Centraal-Europa").is_some_and(|c| c.contains("CZ")));
        assert!(named("Oost-Europa").is_some_and(|c| c.contains("PL")));
        assert!(named("Zuid-Europa").is_some_and(|c| c.contains("IT")));
        assert!(named("West-Europa").is_some_and(|c| c.contains("BE")));
        assert!(named("Western Europe").is_some_and(|c| c.contains("FR")));
        assert_eq!(named("Atlantis"), None);
        assert!(!l.knows("benelux"), "a region's name is no lexicon entry");
    }

    #[test]
    fn a_bad_line_is_named() {
        let bad = |text: &str| Lexicon::parse(text).err().unwrap_or_default();
        assert!(bad("!english|engels").contains("line 1"));
        assert!(bad("@dk no|x").contains("country codes"));
        assert!(bad("!english|engels").contains("language code"));
        assert!(bad("=kunst||art").contains("no letters"));
        assert!(bad("kunst").contains("not a group"));
        assert!(Lexicon::parse("# c\n\n=a|b\n").is_ok());
    }
}
