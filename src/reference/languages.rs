//! ISO 639-1 languages: which codes exist, and their English and Dutch names.
//!
//! Names come from a table natively and from the browser's own `Intl.DisplayNames` in the
//! browser build, which saves the download 10 KB of names it already has. Languages are only
//! shown, never typed, so the two sources cannot make a search behave differently.

use super::languages_table::CODES;
use crate::locale::Locale;

/// Whether `code` is an ISO 639-1 code (two lower-case letters).
pub fn is_known(code: &str) -> bool {
    // The codes are separated by spaces, so two letters found in the table are one of its
    // codes. One search of the text: splitting it at every call took a tenth of loading
    // 10,000 institutions (issue 11).
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) && CODES.contains(code)
}

/// The language's name in `locale`, if `code` is an ISO 639-1 code.
pub fn name(code: &str, locale: Locale) -> Option<String> {
    is_known(code).then(|| names::of(code, locale))
}

#[cfg(not(target_arch = "wasm32"))]
mod names {
    use super::super::languages_table::NAMES;
    use crate::locale::Locale;

    pub fn of(code: &str, locale: Locale) -> String {
        let skip = match locale {
            Locale::En => 0,
            Locale::Nl => 1,
        };
        NAMES
            .lines()
            .find_map(|row| {
                let mut fields = row.split('|');
                (fields.next() == Some(code)).then(|| fields.nth(skip))?
            })
            .map_or_else(|| code.to_owned(), str::to_owned)
    }
}

#[cfg(target_arch = "wasm32")]
mod names {
    use super::super::display_names::{self, Kind};
    use super::CODES;
    use crate::locale::Locale;

    /// The browser's names of every code, asked once for each language: a render names the
    /// languages of every card's agreements.
    static NAMES: [std::sync::OnceLock<&str>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];

    /// `code` is in `CODES`, each code two letters and a space.
    pub fn of(code: &str, locale: Locale) -> String {
        let names = locale
            .pick(&NAMES[0], &NAMES[1])
            .get_or_init(|| display_names::all_of(Kind::Language, CODES, locale));
        let at = CODES.find(code).map_or(usize::MAX, |at| at / 3);
        names.lines().nth(at).unwrap_or(code).to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_codes_and_names_in_both_languages() {
        let codes: Vec<&str> = CODES.split(' ').collect();
        assert_eq!(codes.len(), 184);
        // `is_known` finds two letters in the table: codes of two letters, a space between.
        assert!(codes.iter().all(|c| c.len() == 2 && is_known(c)));
        assert!(!is_known("a ") && !is_known("ab ") && !is_known("Fr"));
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        assert!(is_known("fr") && is_known("el") && !is_known("xx") && !is_known("fra"));
        assert_eq!(name("fr", Locale::Nl).as_deref(), Some("Frans"));
        assert_eq!(name("el", Locale::En).as_deref(), Some("Greek"));
        assert_eq!(name("xx", Locale::En), None);
    }
}
