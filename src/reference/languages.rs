//! ISO 639-1 languages with English and Dutch names.

use crate::locale::Locale;

/// One language of ISO 639-1.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// Two-letter code, lower case ("fr").
    pub code: &'static str,
    pub en: &'static str,
    pub nl: &'static str,
}

impl Language {
    pub fn name(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.en,
            Locale::Nl => self.nl,
        }
    }

    /// A row of the table: `code|English|Dutch`.
    fn from_row(row: &'static str) -> Option<Language> {
        let mut fields = row.split('|');
        Some(Language {
            code: fields.next()?,
            en: fields.next()?,
            nl: fields.next()?,
        })
    }
}

/// Every language, sorted by code.
pub fn all() -> &'static [Language] {
    static TABLE: std::sync::OnceLock<Vec<Language>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        super::languages_table::LANGUAGES
            .lines()
            .filter_map(Language::from_row)
            .collect()
    })
}

/// The language with this two-letter code (lower case).
pub fn by_code(code: &str) -> Option<&'static Language> {
    let table = all();
    table
        .binary_search_by(|l| l.code.cmp(code))
        .ok()
        .map(|i| &table[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_languages() {
        assert!(all().windows(2).all(|w| w[0].code < w[1].code));
        assert_eq!(by_code("fr").map(|l| l.nl), Some("Frans"));
        assert_eq!(by_code("el").map(|l| l.en), Some("Greek"));
        assert!(by_code("xx").is_none());
    }
}
