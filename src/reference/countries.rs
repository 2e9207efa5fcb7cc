//! ISO 3166-1 alpha-2 countries with English and Dutch names.
//!
//! The names are Unicode CLDR's, as browsers give them: natively from a table, in the browser
//! build from the browser's own `Intl.DisplayNames`, which saves the download the names it
//! already has (`tools/country-names.mjs` takes the table's from the Chromium `make test`
//! installs, so both give the same). The words students also type ("Turkey", "Holland") are
//! aliases in the table on every target, so searches match the same words everywhere.

use crate::locale::Locale;

/// One country of ISO 3166-1.
#[derive(Debug, PartialEq, Eq)]
pub struct Country {
    /// Alpha-2 code, upper case ("FR").
    pub code: &'static str,
    pub en: &'static str,
    pub nl: &'static str,
    /// Geographic Europe plus the Erasmus+ programme countries Cyprus and Turkey.
    pub europe: bool,
    /// Other words students type for it ("UK", "Engeland"), separated by `;`; searched,
    /// never shown.
    aliases: &'static str,
}

impl Country {
    /// The country's name in `locale`.
    pub fn name(&self, locale: Locale) -> &'static str {
        locale.pick(self.en, self.nl)
    }

    /// Other words students type for it ("UK", "Engeland"); searched, never shown.
    pub fn aliases(&self) -> impl Iterator<Item = &'static str> {
        self.aliases.split(';').filter(|a| !a.is_empty())
    }

    /// A row of the table (`code|europe or nothing|aliases`) with its names.
    fn from_row(row: &'static str, (en, nl): (&'static str, &'static str)) -> Option<Country> {
        let mut fields = row.split('|');
        Some(Country {
            code: fields.next()?,
            en,
            nl,
            europe: fields.next()? == "europe",
            aliases: fields.next()?,
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod names {
    use super::super::countries_table::NAMES;

    /// The English and Dutch names of each row's country, from the table.
    pub fn of_all(rows: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
        rows.lines().map(|row| {
            let code = row.get(..2).unwrap_or(row);
            of(code).unwrap_or((code, code))
        })
    }

    /// The English and Dutch names of `code`, from the table.
    pub fn of(code: &str) -> Option<(&'static str, &'static str)> {
        NAMES.lines().find_map(|row| {
            let mut fields = row.split('|');
            if fields.next()? != code {
                return None;
            }
            Some((fields.next()?, fields.next()?))
        })
    }
}

#[cfg(target_arch = "wasm32")]
mod names {
    use super::super::display_names::{self, Kind};
    use crate::locale::Locale;

    /// The English and Dutch names of each row's country, asked of the browser once, when the
    /// table is built, in one call per language (`display_names::all_of`). A browser without
    /// them shows the codes.
    pub fn of_all(rows: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
        // Each row starts with its code.
        let mut codes = String::new();
        for row in rows.lines() {
            codes.push_str(row.get(..2).unwrap_or_default());
            codes.push(' ');
        }
        let codes = codes.trim_end();
        let ask = |locale| display_names::all_of(Kind::Region, codes, locale).lines();
        ask(Locale::En).zip(ask(Locale::Nl))
    }
}

/// Every country, sorted by code.
pub fn all() -> &'static [Country] {
    static TABLE: std::sync::OnceLock<Vec<Country>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let rows = super::countries_table::COUNTRIES;
        rows.lines()
            .zip(names::of_all(rows))
            .filter_map(|(row, names)| Country::from_row(row, names))
            .collect()
    })
}

/// The country with this alpha-2 code (case-sensitive: codes are upper case).
pub fn by_code(code: &str) -> Option<&'static Country> {
    let table = all();
    table
        .binary_search_by(|c| c.code.cmp(code))
        .ok()
        .map(|i| &table[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_complete() {
        assert_eq!(all().len(), 249);
        assert!(all().windows(2).all(|w| w[0].code < w[1].code));
    }

    #[test]
    fn looks_up_names_in_both_languages() {
        let za = by_code("ZA").map(|c| (c.en, c.nl, c.europe));
        assert_eq!(za, Some(("South Africa", "Zuid-Afrika", false)));
        assert_eq!(by_code("BE").map(|c| c.name(Locale::Nl)), Some("België"));
        assert!(by_code("TR").is_some_and(|c| c.europe));
        assert!(by_code("fr").is_none());
        assert!(by_code("XX").is_none());
    }
}

/// The country a student means: a code in any case ("fr"), or an English or Dutch name or
/// alias, accents and case ignored, one typo allowed in longer names ("Itali", "Frankrijk").
pub fn find(text: &str) -> Option<&'static Country> {
    let trimmed = text.trim();
    if trimmed.len() == 2 {
        return by_code(&trimmed.to_ascii_uppercase());
    }
    let wanted = crate::text::fold(trimmed);
    if wanted.is_empty() {
        return None;
    }
    let names = |c: &'static Country| {
        [c.en, c.nl]
            .into_iter()
            .chain(c.aliases())
            .map(crate::text::fold)
    };
    all()
        .iter()
        .find(|c| names(c).any(|n| n == wanted))
        .or_else(|| {
            let typos = crate::text::allowed_typos(wanted.chars().count()).min(1);
            all()
                .iter()
                .find(|c| names(c).any(|n| crate::text::typo_distance(&n, &wanted) <= typos))
        })
}

#[cfg(test)]
mod find_tests {
    use super::find;

    #[test]
    fn finds_countries_by_code_and_name_in_both_languages() {
        let code = |t: &str| find(t).map(|c| c.code);
        assert_eq!(code("fr"), Some("FR"));
        assert_eq!(code("Frankrijk"), Some("FR"));
        assert_eq!(code("duitsland"), Some("DE"));
        assert_eq!(code("Zuid-Afrika"), Some("ZA"));
        assert_eq!(code("Italië"), Some("IT"));
        assert_eq!(code("italie"), Some("IT"));
        assert_eq!(code("Engeland"), Some("GB"));
        assert_eq!(code("Polnd"), Some("PL"));
        assert_eq!(code("Atlantis"), None);
        assert_eq!(code(""), None);
    }

    #[test]
    fn the_browser_s_names_are_shown_and_the_everyday_ones_still_found() {
        let tr = crate::reference::countries::by_code("TR").map(|c| (c.en, c.nl));
        assert_eq!(tr, Some(("Türkiye", "Turkije")));
        let code = |t: &str| find(t).map(|c| c.code);
        for (typed, wanted) in [
            ("Turkey", "TR"),
            ("Turkiye", "TR"),
            ("DR Congo", "CD"),
            ("Congo - Kinshasa", "CD"),
            ("Saint Lucia", "LC"),
            ("St. Lucia", "LC"),
            ("Bosnia and Herzegovina", "BA"),
            ("Bosnia & Herzegovina", "BA"),
            ("Wit-Rusland", "BY"),
        ] {
            assert_eq!(code(typed), Some(wanted), "{typed}");
        }
    }
}
