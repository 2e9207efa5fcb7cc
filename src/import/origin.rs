//! Where an imported record came from, so that a problem the catalogue's validation finds in
//! it is named by its file and its place there: a spreadsheet's row and column, or an XML
//! element's path and line.

use std::sync::Arc;

use super::cells::place;
use super::columns::COLUMNS;
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
    /// `row 4`, or `/iias-get-response/iia[2]/... (line 12)`: the place in its file.
    pub fn at(&self) -> String {
        self.at.place()
    }

    /// `file.csv: row 4`: how a message about what came from here starts.
    pub fn named(&self) -> String {
        format!("{}: {}", self.file, self.at())
    }

    /// Another place as seen from this one: `row 2` in the same file, `other.csv, row 2` in
    /// another.
    pub fn other(&self, other: &Origin) -> String {
        if self.file == other.file {
            other.at()
        } else {
            format!("{}, {}", other.file, other.at())
        }
    }

    /// A spreadsheet's columns (none for an XML element).
    pub fn columns(&self) -> &[Column] {
        match &self.at {
            At::Row { columns, .. } => columns,
            At::Element { .. } => &[],
        }
    }

    /// `file: row 4, column isced (H)` when the field has a column, else `file: row 4`, or
    /// `file: /path (line 12)`.
    fn describe(&self, field: &str) -> String {
        match column_of(field) {
            Some(column) => self.cell(column),
            None => self.named(),
        }
    }

    /// `file: row 4, column lat (E)` (an XML element has no columns: `file: /path (line 12)`).
    pub fn cell(&self, column: &str) -> String {
        match &self.at {
            At::Row { row, columns } => format!("{}: {}", self.file, place(*row, column, columns)),
            At::Element { .. } => self.named(),
        }
    }
}

/// A validation problem of the merged catalogue, named by the file place it came from when
/// an imported record holds it. `before`: how many institutions the catalogue had before the
/// files were merged into it (the records after them are the ones the files added).
pub(super) fn explain(problem: &Problem, records: &[Record], before: usize) -> String {
    if let Some(too_many) = too_many(problem, records, before) {
        return too_many;
    }
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

/// The merged catalogue lists more institutions than a catalogue may (the problem at
/// `institutions` itself, not one of them): named by the files whose new institutions took it
/// there, how many each added and where the first and the last of them are, with the
/// catalogue's own words on the limit. `None` for any other problem.
fn too_many(problem: &Problem, records: &[Record], before: usize) -> Option<String> {
    if problem.place != "institutions" {
        return None;
    }
    // Each file that added institutions, in the order of its first.
    let mut files: Vec<Added> = Vec::new();
    for origin in records
        .iter()
        .skip(before)
        .filter_map(|r| r.fields.as_ref())
    {
        match files.iter_mut().find(|f| f.file == origin.file) {
            Some(added) => {
                added.count += 1;
                added.last = &origin.at;
            }
            None => files.push(Added {
                file: origin.file.clone(),
                count: 1,
                first: &origin.at,
                last: &origin.at,
            }),
        }
    }
    let (names, adds, into) = match files.as_slice() {
        [] => return None,
        [one] => (
            one.file.to_string(),
            match one.count {
                1 => format!("the institution it adds ({})", one.places()),
                n => format!("the {n} institutions it adds ({})", one.places()),
            },
            "it is",
        ),
        several => {
            let names: Vec<&str> = several.iter().map(|f| &*f.file).collect();
            let each: Vec<String> = several
                .iter()
                .map(|f| format!("{}: {}, {}", f.file, f.count, f.places()))
                .collect();
            (
                names.join(", "),
                format!("the institutions these files add ({})", each.join("; ")),
                "they are",
            )
        }
    };
    Some(format!(
        "{names}: {adds} and the {before} of the catalogue {into} merged into (--into) are more \
         than one catalogue may list: {}; leave out some of the partners new to the catalogue, \
         or remove institutions it no longer needs",
        problem.message
    ))
}

/// The institutions one file added.
struct Added<'r> {
    file: Arc<str>,
    count: usize,
    first: &'r At,
    last: &'r At,
}

impl Added<'_> {
    /// "on row 2", or "the first on row 2, the last on row 9855".
    fn places(&self) -> String {
        if self.count == 1 {
            on(self.first)
        } else {
            format!("the first {}, the last {}", on(self.first), on(self.last))
        }
    }
}

/// "on row 4", "at /iias-get-response/iia[2]/.../receiving-hei-id (line 12)".
fn on(at: &At) -> String {
    match at {
        At::Row { .. } => format!("on {}", at.place()),
        At::Element { .. } => format!("at {}", at.place()),
    }
}

impl At {
    /// `row 4`, or `/iias-get-response/iia[2]/... (line 12)`.
    fn place(&self) -> String {
        match self {
            At::Row { row, .. } => format!("row {row}"),
            At::Element { path, line } => format!("{path} (line {line})"),
        }
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
