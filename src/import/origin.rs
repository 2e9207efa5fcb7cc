//! Where an imported record came from, so that a problem the catalogue's validation finds in
//! it is named by its file and its place there: a spreadsheet's row and column, or an XML
//! element's path and line.

use std::sync::Arc;

use super::cells::{place, COLUMNS};
use super::sheet::Column;
use crate::catalogue::Problem;

/// Where an institution's fields and each of its agreements came from (`None`: the
/// catalogue the import started from).
#[derive(Debug, Clone, Default)]
pub(super) struct Record {
    pub fields: Option<Origin>,
    pub agreements: Vec<Option<Origin>>,
}

#[derive(Debug, Clone)]
pub(super) struct Origin {
    pub file: Arc<str>,
    pub at: At,
}

#[derive(Debug, Clone)]
pub(super) enum At {
    /// A spreadsheet row, and the sheet's columns (for their letters).
    Row { row: usize, columns: Arc<[Column]> },
    /// An XML element: `/iias-get-response/iia[2]/cooperation-conditions/...`, and its line.
    Element { path: String, line: u32 },
}

impl Origin {
    /// `file: row 4, column isced (H)` when the field has a column, else `file: row 4`, or
    /// `file: /path (line 12)`.
    fn describe(&self, field: &str) -> String {
        let file = &self.file;
        match &self.at {
            At::Row { row, columns } => match column_of(field) {
                Some(column) => format!("{file}: {}", place(*row, column, columns)),
                None => format!("{file}: row {row}"),
            },
            At::Element { path, line } => format!("{file}: {path} (line {line})"),
        }
    }
}

/// A validation problem of the merged catalogue, named by the file place it came from when
/// an imported record holds it.
pub(super) fn explain(problem: &Problem, records: &[Record]) -> String {
    let Some((index, field)) = problem
        .place
        .strip_prefix("institutions[")
        .and_then(|rest| rest.split_once(']'))
    else {
        return problem.to_string();
    };
    let Some(record) = index.parse::<usize>().ok().and_then(|i| records.get(i)) else {
        return problem.to_string();
    };
    let agreement = field
        .strip_prefix(".agreements[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|n| n.parse::<usize>().ok());
    let origin = match agreement {
        Some(a) => record.agreements.get(a).and_then(Option::as_ref),
        None => record.fields.as_ref(),
    };
    match origin {
        Some(origin) => format!(
            "{}: {} (in the catalogue: {})",
            origin.describe(field),
            problem.message,
            problem.place
        ),
        None => problem.to_string(),
    }
}

/// The column that fills a place inside an institution (`.agreements[0].isced`: isced).
pub(super) fn column_of(field: &str) -> Option<&'static str> {
    let mut parts = field
        .trim_start_matches('.')
        .split('.')
        .map(|part| part.split('[').next().unwrap_or_default());
    let first = parts.next()?;
    let second = parts.next();
    let column = match (first, second) {
        ("agreements", Some("valid")) => match parts.next()? {
            "from" => "valid_from",
            "until" => "valid_until",
            _ => return None,
        },
        ("agreements", Some(field)) => field,
        ("id", None) => "institution_id",
        ("name", None) => "institution_name",
        ("location", Some(field)) => field,
        ("deadlines", Some("autumn")) => "deadline_autumn",
        ("deadlines", Some("spring")) => "deadline_spring",
        (field, None) => field,
        _ => return None,
    };
    COLUMNS.iter().find(|c| **c == column).copied()
}

#[cfg(test)]
mod tests {
    use super::column_of;

    #[test]
    fn catalogue_places_lead_back_to_columns() {
        let cases = [
            (".agreements[0].isced", Some("isced")),
            (".agreements[2].languages[1].lang", Some("languages")),
            (".agreements[0].valid.until", Some("valid_until")),
            (".agreements[0].valid", None),
            (".location.lat", Some("lat")),
            (".name", Some("institution_name")),
            (".deadlines.spring", Some("deadline_spring")),
            (".tags[3]", Some("tags")),
            ("", None),
            (".erasmus_code", Some("erasmus_code")),
            (".contacts[0].name", None),
        ];
        for (field, column) in cases {
            assert_eq!(column_of(field), column, "{field}");
        }
    }
}
