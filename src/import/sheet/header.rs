//! The header row's names as the office writes them: a name that differs from one of the
//! import's columns only in case, spaces or `-` for `_`, or surrounding spaces (`Institution
//! ID`, `valid-from`) is that column; any other name is refused once for the whole header,
//! each with the column it most likely means (a typo, `institution_nmae`; a Dutch, French or
//! English heading, `Instelling`, `Stad`, `Latitude`), and the import's columns listed once.

use super::{Column, SheetRow};
use crate::import::columns::COLUMNS;

/// The column a header cell names: one of the import's columns when it differs only in case,
/// spaces (around it, or for `_`) or `-`; otherwise the name trimmed, in lower case.
pub(in crate::import) fn column_name(raw: &str) -> String {
    let name = raw.trim().to_lowercase();
    let joined = joined(&name);
    if COLUMNS.contains(&joined.as_str()) {
        joined
    } else {
        name
    }
}

/// `valid from`, `valid-from`, `valid__from`: `valid_from`.
fn joined(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .collect();
    words.join("_")
}

/// Headings the office may use in Dutch, French or English for a column, normalised as
/// [`joined`] makes them.
const HEADINGS: &[(&str, &str)] = &[
    ("id", "institution_id"),
    ("instelling_id", "institution_id"),
    ("institution", "institution_name"),
    ("name", "institution_name"),
    ("instelling", "institution_name"),
    ("naam", "institution_name"),
    ("partner", "institution_name"),
    ("établissement", "institution_name"),
    ("nom", "institution_name"),
    ("korte_naam", "short_name"),
    ("afkorting", "short_name"),
    ("stad", "city"),
    ("plaats", "city"),
    ("ville", "city"),
    ("land", "country"),
    ("pays", "country"),
    ("latitude", "lat"),
    ("breedtegraad", "lat"),
    ("longitude", "lon"),
    ("lengtegraad", "lon"),
    ("long", "lon"),
    ("lng", "lon"),
    ("site", "website"),
    ("url", "website"),
    ("mobiliteit", "mobility"),
    ("opleiding", "programmes"),
    ("opleidingen", "programmes"),
    ("programme", "programmes"),
    ("isced_code", "isced"),
    ("niveau", "levels"),
    ("niveaus", "levels"),
    ("semester", "terms"),
    ("plaatsen", "places"),
    ("maanden", "months"),
    ("talen", "languages"),
    ("taal", "languages"),
    ("financiering", "funding"),
    ("geldig_van", "valid_from"),
    ("geldig_vanaf", "valid_from"),
    ("geldig_tot", "valid_until"),
    ("deadline_herfst", "deadline_autumn"),
    ("deadline_lente", "deadline_spring"),
    ("vereisten", "requirements"),
    ("trefwoorden", "tags"),
];

/// The import's column a name most likely means: a heading of [`HEADINGS`], or a column one
/// or two typos away (one for short names), or the one whose words it has in another order.
fn meant(name: &str) -> Option<&'static str> {
    let joined = joined(name);
    if let Some((_, column)) = HEADINGS.iter().find(|(h, _)| *h == joined) {
        return Some(column);
    }
    let allowed = if joined.chars().count() <= 5 { 1 } else { 2 };
    let by_typos = COLUMNS
        .iter()
        .map(|c| (strsim::osa_distance(&joined, c), *c))
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c);
    by_typos.or_else(|| {
        let mut words: Vec<&str> = joined.split('_').collect();
        crate::order::sort(&mut words);
        COLUMNS.iter().copied().find(|c| {
            let mut theirs: Vec<&str> = c.split('_').collect();
            crate::order::sort(&mut theirs);
            theirs == words
        })
    })
}

/// Leaves out of the sheet the columns the import does not know, and says them in one problem
/// (`None` when there are none). Their cells are left out of every row too.
pub(in crate::import) fn leave_out_unknown(
    header_row: usize,
    columns: &mut Vec<Column>,
    rows: &mut [SheetRow],
) -> Option<String> {
    let unknown: Vec<usize> = (0..columns.len())
        .filter(|&i| !COLUMNS.contains(&columns[i].name.as_str()))
        .collect();
    if unknown.is_empty() {
        return None;
    }
    let said: Vec<String> = unknown
        .iter()
        .map(|&i| {
            let column = &columns[i];
            let letter = super::letter(column.index);
            match meant(&column.name) {
                Some(meant) => format!("{} ({letter}, perhaps {meant})", column.name),
                None => format!("{} ({letter})", column.name),
            }
        })
        .collect();
    let problem = match said.as_slice() {
        [one] => format!(
            "row {header_row}, column {one}: not a column the import knows; the columns are {}",
            COLUMNS.join(", ")
        ),
        many => format!(
            "row {header_row}: {} columns are not columns the import knows: {}; rename each as \
             the import names its column, or delete it; the columns are {}",
            many.len(),
            many.join(", "),
            COLUMNS.join(", ")
        ),
    };
    for row in rows.iter_mut() {
        for &i in unknown.iter().rev() {
            if i < row.cells.len() {
                row.cells.remove(i);
            }
        }
    }
    for &i in unknown.iter().rev() {
        columns.remove(i);
    }
    Some(problem)
}

#[cfg(test)]
mod tests {
    use super::{column_name, meant};

    #[test]
    fn names_differing_only_in_case_spaces_or_dashes_are_the_column() {
        assert_eq!(column_name(" Institution ID "), "institution_id");
        assert_eq!(column_name("Valid-from"), "valid_from");
        assert_eq!(column_name("deadline  autumn"), "deadline_autumn");
        assert_eq!(column_name("Colour"), "colour");
        assert_eq!(column_name("Instelling"), "instelling");
    }

    #[test]
    fn the_column_meant_is_found_for_typos_and_other_languages() {
        assert_eq!(meant("institution_nmae"), Some("institution_name"));
        assert_eq!(meant("instelling"), Some("institution_name"));
        assert_eq!(meant("stad"), Some("city"));
        assert_eq!(meant("latitude"), Some("lat"));
        assert_eq!(meant("name institution"), Some("institution_name"));
        assert_eq!(meant("progammes"), Some("programmes"));
        assert_eq!(meant("colour"), None);
        assert_eq!(meant("notes"), None);
    }
}
