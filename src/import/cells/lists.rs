//! Cells that hold lists (`programmes`, `levels`, `terms`, `languages`, `requirements`,
//! `tags`): items separated by `;`, and requirements read as the keys the widget translates.

use super::Cells;
use crate::catalogue::{Cefr, LanguageCode, LanguageRequirement};
use crate::i18n::requirement_label;
use crate::import::sheet::shows_error;

/// Requirement keys the widget has words for (see `i18n::requirement_label`).
const REQUIREMENTS: [&str; 10] = [
    "portfolio",
    "motivation-letter",
    "cv",
    "transcript",
    "audition",
    "recording",
    "showreel",
    "language-certificate",
    "learning-agreement",
    "interview",
];

/// "Motivation letter" (or "Motivatiebrief", or "motivation-letter") is the key
/// `motivation-letter`: the widget shows it in the student's language. A requirement the
/// widget has no words for stays as written. Spreadsheet cells and EWP Factsheets alike.
pub(in crate::import) fn requirement_key(name: &str) -> String {
    let name = name.trim();
    let lower = name.to_lowercase();
    REQUIREMENTS
        .into_iter()
        .find(|key| {
            key.eq_ignore_ascii_case(name)
                || requirement_label(key).is_some_and(|label| {
                    label.en.eq_ignore_ascii_case(name) || label.nl.eq_ignore_ascii_case(name)
                })
        })
        .or_else(|| {
            let other = OTHER_NAMES.iter().find(|(other, _)| *other == lower);
            other.map(|&(_, key)| key)
        })
        .map_or_else(|| name.to_owned(), str::to_owned)
}

/// Other names the office writes for a requirement, in lower case, and its key.
const OTHER_NAMES: [(&str, &str); 17] = [
    ("curriculum vitae", "cv"),
    ("resume", "cv"),
    ("résumé", "cv"),
    ("cijferlijst", "transcript"),
    ("transcript", "transcript"),
    ("puntenlijst", "transcript"),
    ("letter of motivation", "motivation-letter"),
    ("motivation", "motivation-letter"),
    ("motivatie", "motivation-letter"),
    ("motivatiebrief", "motivation-letter"),
    ("taalbewijs", "language-certificate"),
    ("taaltest", "language-certificate"),
    ("language test", "language-certificate"),
    ("recordings", "recording"),
    ("opnames", "recording"),
    ("auditions", "audition"),
    ("show reel", "showreel"),
];

impl Cells<'_> {
    /// The items of a list cell, trimmed, empty ones left out. No item holds a comma (ids,
    /// levels, terms, "en B2", requirements and tags), so a comma means items separated the
    /// way the file's columns are not: refused, with the cell as it should be written.
    pub(super) fn list<'v>(&mut self, column: &str, value: &'v str) -> Option<Vec<&'v str>> {
        let items = |separators: &[char]| -> Vec<&'v str> {
            value
                .split(separators)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect()
        };
        if value.contains(',') {
            let written = items(&[';', ',']).join(";");
            self.problem(
                column,
                format!(
                    "\"{value}\" has commas between its items: separate them with \";\" \
                     instead, as in \"{written}\""
                ),
            );
            return None;
        }
        let items = items(&[';']);
        if let Some(error) = items.iter().find(|item| shows_error(item)) {
            self.problem(
                column,
                format!(
                    "\"{value}\" has the error {error} among its items, not a value (its \
                     formula could not be worked out); put the value in its place"
                ),
            );
            return None;
        }
        Some(items)
    }

    /// Each item one of `all` (in any case); an empty cell is `None`, which means all.
    pub(super) fn words<T>(
        &mut self,
        column: &str,
        value: &str,
        parse: fn(&str) -> Option<T>,
        all: &[&str],
    ) -> Option<Option<Vec<T>>> {
        let items = self.list(column, value)?;
        if items.is_empty() {
            return Some(None);
        }
        let mut out = Vec::new();
        for item in items {
            out.push(self.word(column, item, parse, all)?);
        }
        Some(Some(out))
    }

    /// The requirements, each the widget's key where it is one (`Motivation letter`:
    /// `motivation-letter`), others as written; each once.
    pub(super) fn requirements(&mut self, value: &str) -> Option<Vec<String>> {
        let mut keys: Vec<String> = Vec::new();
        for key in self
            .list("requirements", value)?
            .into_iter()
            .map(requirement_key)
        {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        Some(keys)
    }

    /// `en B2;fr B1`: languages and CEFR levels, any one of which suffices.
    pub(super) fn languages(&mut self, value: &str) -> Option<Vec<LanguageRequirement>> {
        let mut out = Vec::new();
        let mut ok = true;
        for item in self.list("languages", value)? {
            let mut parts = item.split_whitespace();
            let (Some(lang), Some(level), None) = (parts.next(), parts.next(), parts.next()) else {
                self.problem(
                    "languages",
                    format!("\"{item}\" is not a language and level such as \"en B2\""),
                );
                ok = false;
                continue;
            };
            match Cefr::parse(&level.to_uppercase()) {
                Some(cefr) => out.push(LanguageRequirement {
                    lang: LanguageCode(lang.to_lowercase()),
                    cefr,
                }),
                None => {
                    self.problem(
                        "languages",
                        format!("\"{level}\" is not a CEFR level (A1 to C2)"),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::requirement_key;
    use crate::import::cells::Cells;

    #[test]
    fn requirements_become_the_widgets_keys() {
        assert_eq!(requirement_key("Motivation letter"), "motivation-letter");
        assert_eq!(requirement_key("motivation-letter"), "motivation-letter");
        assert_eq!(requirement_key("Motivatiebrief"), "motivation-letter");
        assert_eq!(requirement_key("Transcript of Records"), "transcript");
        assert_eq!(requirement_key(" CV "), "cv");
        assert_eq!(requirement_key("Privacy statement"), "Privacy statement");
        // Other names the office writes.
        assert_eq!(requirement_key("Cijferlijst"), "transcript");
        assert_eq!(requirement_key("Curriculum Vitae"), "cv");
        assert_eq!(requirement_key("Résumé"), "cv");
        assert_eq!(requirement_key("Taalbewijs"), "language-certificate");
    }

    #[test]
    fn items_are_separated_by_semicolons_and_commas_are_refused_with_the_cell_rewritten() {
        let mut problems = Vec::new();
        let mut cells = Cells {
            row: 2,
            columns: &[],
            problems: &mut problems,
        };
        assert_eq!(
            cells.list("tags", " film; ;photo "),
            Some(vec!["film", "photo"])
        );
        assert_eq!(cells.list("tags", ""), Some(vec![]));
        assert_eq!(cells.list("tags", "film, photo;video"), None);
        assert_eq!(
            problems,
            [
                "row 2, column tags: \"film, photo;video\" has commas between its items: separate \
              them with \";\" instead, as in \"film;photo;video\""
            ]
        );
    }
}
