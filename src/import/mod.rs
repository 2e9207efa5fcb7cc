//! Import from the international office's spreadsheet: CSV, one row per agreement, as
//! spreadsheets save it.
//!
//! The file may be UTF-8 (with or without a byte-order mark), UTF-16 with its mark, or
//! Windows-1252 (read with a warning). The separator is `,`, `;` or tab, whichever the header
//! row uses; numbers may have a decimal comma; empty columns and rows are ignored. Rows are
//! numbered as the spreadsheet numbers them (the header is row 1) in every message, and
//! every message about a cell names its row and column.
//!
//! Columns (header row required, order free, unknown columns refused so typos show):
//!
//! | column | content |
//! | --- | --- |
//! | `institution_id` | required; rows with the same id form one institution |
//! | `institution_name`, `short_name`, `city`, `country`, `lat`, `lon`, `website` | the institution (name, city, country, lat, lon required on its first row; later rows may leave them empty) |
//! | `mobility` | study, traineeship, staff-teaching or staff-training |
//! | `programmes` | home programme ids, `;`-separated; empty means every programme with the ISCED code |
//! | `isced` | ISCED-F code, four digits (a spreadsheet's 211 is read as 0211) |
//! | `levels`, `terms` | `;`-separated; empty means all |
//! | `places`, `months` | whole numbers |
//! | `languages` | `;`-separated "lang CEFR" pairs: `en B2;fr B1` (any one suffices) |
//! | `funding` | erasmus, global-minds, bilateral or other |
//! | `valid_from`, `valid_until` | academic years, 2024/2025 |
//! | `deadline_autumn`, `deadline_spring` | nomination deadlines, --MM-DD (or MM-DD) |
//! | `requirements`, `tags` | `;`-separated |
//!
//! Imported institutions replace those with the same id in the base catalogue, or are added.

mod cells;
mod encoding;
mod sheet;

use std::collections::HashMap;
use std::fmt;
use std::io::Read;

use crate::catalogue::{validate, Catalogue, Institution, Problem};
use cells::{place, Cells, Row, COLUMNS, REQUIRED};
use sheet::{Column, Sheet};

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub catalogue: Catalogue,
    pub added: Vec<String>,
    pub replaced: Vec<String>,
    pub agreements: usize,
    /// What the user should know: how the file was read (its encoding), then the validation
    /// warnings of the result, each naming its row and column where it comes from the file.
    pub warnings: Vec<String>,
}

/// Why an import failed: every problem, each naming its row and column (or catalogue place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub problems: Vec<String>,
    /// How the file was read, when that may explain the problems (its encoding).
    pub warnings: Vec<String>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problems.join("\n"))
    }
}

impl std::error::Error for ImportError {}

/// Reads the CSV in `input` and merges its institutions into `base`.
pub fn import_csv(mut input: impl Read, mut base: Catalogue) -> Result<Imported, ImportError> {
    let mut warnings = Vec::new();
    let fail = |problems: Vec<String>, warnings: &[String]| ImportError {
        problems,
        warnings: warnings.to_vec(),
    };
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|e| fail(vec![format!("cannot read the file: {e}")], &warnings))?;
    let decoded = encoding::decode(&bytes).map_err(|e| fail(vec![e], &warnings))?;
    warnings.extend(decoded.warning);
    let (sheet, mut problems) = sheet::read(&decoded.text);
    let sheet = sheet.map_err(|e| fail(vec![e], &warnings))?;
    let header_problems = check_header(&sheet);
    if !header_problems.is_empty() {
        return Err(fail(header_problems, &warnings));
    }
    if sheet.rows.is_empty() && problems.is_empty() {
        return Err(fail(
            vec![format!(
                "the file has no agreements: row {} names the columns, but no row after it has \
                 a value",
                sheet.header_row
            )],
            &warnings,
        ));
    }
    // Institutions in first-seen order, with the spreadsheet rows each agreement came from.
    let mut built: Vec<(Institution, Vec<usize>)> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut agreements = 0;
    for sheet_row in &sheet.rows {
        let row = Row::new(sheet_row, &sheet.columns);
        let mut cells = Cells {
            row: row.number,
            columns: &sheet.columns,
            problems: &mut problems,
        };
        if row.institution_id.is_empty() {
            cells.problem("institution_id", "is empty, but every row needs it");
            continue;
        }
        let agreement = cells.agreement(&row);
        let slot = match by_id.get(&row.institution_id) {
            Some(&i) => i,
            None => match cells.institution(&row) {
                Some(institution) => {
                    by_id.insert(row.institution_id.clone(), built.len());
                    built.push((institution, Vec::new()));
                    built.len() - 1
                }
                None => continue,
            },
        };
        if let Some(agreement) = agreement {
            built[slot].0.agreements.push(agreement);
            built[slot].1.push(row.number);
            agreements += 1;
        }
    }
    if !problems.is_empty() {
        return Err(fail(problems, &warnings));
    }
    let mut added = Vec::new();
    let mut replaced = Vec::new();
    let mut rows_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for (institution, rows) in built {
        let id = institution.id.to_string();
        let at = match base
            .institutions
            .iter()
            .position(|i| i.id == institution.id)
        {
            Some(i) => {
                base.institutions[i] = institution;
                replaced.push(id);
                i
            }
            None => {
                base.institutions.push(institution);
                added.push(id);
                base.institutions.len() - 1
            }
        };
        rows_of.insert(at, rows);
    }
    let (errors, checked): (Vec<Problem>, Vec<Problem>) =
        validate(&base).into_iter().partition(Problem::is_error);
    let in_words = |p: &Problem| with_rows(p, &rows_of, &sheet.columns);
    if !errors.is_empty() {
        return Err(fail(errors.iter().map(in_words).collect(), &warnings));
    }
    warnings.extend(checked.iter().map(in_words));
    Ok(Imported {
        catalogue: base,
        added,
        replaced,
        agreements,
        warnings,
    })
}

/// Every column named once, each one the import knows, and the ones every import needs.
fn check_header(sheet: &Sheet) -> Vec<String> {
    let row = sheet.header_row;
    let mut problems = Vec::new();
    for (i, column) in sheet.columns.iter().enumerate() {
        if !COLUMNS.contains(&column.name.as_str()) {
            problems.push(format!(
                "row {row}, column {}: not a column the import knows; the columns are {}",
                column.describe(),
                COLUMNS.join(", ")
            ));
        } else if let Some(first) = sheet.columns[..i].iter().find(|c| c.name == column.name) {
            problems.push(format!(
                "row {row}, column {}: the same name as column {}; each column may appear once",
                column.describe(),
                sheet::letter(first.index)
            ));
        }
    }
    let missing: Vec<&str> = REQUIRED
        .into_iter()
        .filter(|name| !sheet.columns.iter().any(|c| c.name == *name))
        .collect();
    match missing.as_slice() {
        [] => {}
        [name] => problems.push(format!(
            "row {row}: there is no column {name}, and every import needs it"
        )),
        names => problems.push(format!(
            "row {row}: there are no columns {}, and every import needs them",
            names.join(", ")
        )),
    }
    problems
}

/// Names the spreadsheet row and column behind a problem in an imported institution.
fn with_rows(
    problem: &Problem,
    rows_of: &HashMap<usize, Vec<usize>>,
    columns: &[Column],
) -> String {
    let Some((index, field)) = problem
        .place
        .strip_prefix("institutions[")
        .and_then(|rest| rest.split_once(']'))
    else {
        return problem.to_string();
    };
    let Some(rows) = index.parse::<usize>().ok().and_then(|i| rows_of.get(&i)) else {
        return problem.to_string();
    };
    let agreement = field
        .strip_prefix(".agreements[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|n| n.parse::<usize>().ok());
    // An agreement's cells are on its row; the institution's on its first row.
    let row = match agreement {
        Some(a) => rows.get(a),
        None => rows.first().filter(|_| column_of(field).is_some()),
    };
    match (row, column_of(field)) {
        (Some(&row), Some(column)) => format!(
            "{}: {} (in the catalogue: {})",
            place(row, column, columns),
            problem.message,
            problem.place
        ),
        (Some(row), None) => format!("row {row}: {problem}"),
        (None, _) => {
            let list: Vec<String> = rows.iter().map(usize::to_string).collect();
            format!("rows {}: {problem}", list.join(", "))
        }
    }
}

/// The column that fills a place inside an institution (`.agreements[0].isced`: isced).
fn column_of(field: &str) -> Option<&'static str> {
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
    use super::{column_of, import_csv};
    use proptest::prelude::*;

    fn base() -> crate::Catalogue {
        match crate::catalogue::load(include_str!("../../tests/fixtures/small.json")) {
            Ok(checked) => checked.catalogue,
            Err(e) => panic!("the fixture loads: {e}"),
        }
    }

    proptest! {
        /// Whatever a spreadsheet holds, the import never panics, and every problem names
        /// its row (or says the file as a whole is wrong).
        #[test]
        fn any_file_gives_an_import_or_problems_by_row(
            header in prop::sample::select(vec![
                "institution_id,institution_name,city,country,lat,lon,mobility,isced,places",
                "institution_id;institution_name;city;country;lat;lon;mobility;isced;places;;",
                "institution_id\tinstitution_name\tcity\tcountry\tlat\tlon\tmobility\tisced",
                "",
            ]),
            body in "[a-c0-9é ,;\t\"\r\n.-]{0,120}",
            latin1 in any::<bool>(),
        ) {
            let mut bytes = format!("{header}\n{body}").into_bytes();
            if latin1 {
                bytes.push(0xe9);
            }
            if let Err(e) = import_csv(bytes.as_slice(), base()) {
                prop_assert!(!e.problems.is_empty());
                for problem in &e.problems {
                    prop_assert!(
                        problem.starts_with("row ") || problem.starts_with("rows ")
                            || problem.starts_with("the file "),
                        "{problem}"
                    );
                }
            }
        }
    }

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
            (".erasmus_code", None),
        ];
        for (field, column) in cases {
            assert_eq!(column_of(field), column, "{field}");
        }
    }
}
