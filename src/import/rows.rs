//! A spreadsheet's grid (from CSV, .xlsx or .ods) into the merge: the header checked, each
//! row one agreement (a row with the same institution and agreement as an earlier one is
//! refused), the rows with the same `institution_id` one institution, read from its first row.

use std::collections::HashMap;
use std::sync::Arc;

use super::agreements::Gives;
use super::cells::{Cells, Row};
use super::columns::REQUIRED;
use super::merge::Merge;
use super::origin::{At, Origin};
use super::sheet::{self, Sheet};
use super::twice::{repeats, Given};
use crate::catalogue::{Agreement, Institution};
use crate::changes::agreement_key;

/// Puts the sheet's institutions and agreements into `merge`; every problem, by row and
/// column, in `problems` (nothing is put from a sheet with problems).
pub(super) fn put(sheet: &Sheet, file: &Arc<str>, merge: &mut Merge, problems: &mut Vec<String>) {
    let mut own = check_header(sheet);
    if own.is_empty() && sheet.rows.is_empty() && sheet.unread == 0 {
        own.push(format!(
            "the file has no agreements: row {} names the columns, but no row after it has a \
             value",
            sheet.header_row
        ));
    }
    if !own.is_empty() {
        problems.extend(own.into_iter().map(|p| format!("{file}: {p}")));
        return;
    }
    let columns: Arc<[sheet::Column]> = sheet.columns.clone().into();
    let origin = |row: usize| Origin {
        file: file.clone(),
        at: At::Row {
            row,
            columns: columns.clone(),
        },
    };
    let mut built: Vec<Built> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    // Each row's agreement by its institution, to find one given twice (counted twice).
    let mut seen: Given<String, usize> = Given::default();
    let mut own = Vec::new();
    for sheet_row in &sheet.rows {
        let row = Row::new(sheet_row, &sheet.columns);
        let number = row.number;
        let mut cells = Cells {
            row: number,
            columns: &sheet.columns,
            problems: &mut own,
        };
        if row.institution_id.is_empty() {
            cells.problem("institution_id", "is empty, but every row needs it");
            continue;
        }
        let agreement = cells.agreement(&row);
        if let Some(agreement) = &agreement {
            if let Err(&first) = seen.first(row.institution_id.clone(), agreement, number) {
                let key = agreement_key(agreement);
                let said = repeats(&origin(number), &origin(first), &row.institution_id, &key);
                cells.problems.push(said);
                continue;
            }
        }
        let slot = match by_id.get(&row.institution_id) {
            Some(&i) => {
                same_institution(&mut cells, &built[i], &row);
                i
            }
            None => match cells.institution(&row) {
                Some(institution) => {
                    by_id.insert(row.institution_id.clone(), built.len());
                    built.push(Built {
                        institution,
                        agreements: Vec::new(),
                        first: row,
                    });
                    built.len() - 1
                }
                None => continue,
            },
        };
        if let Some(agreement) = agreement {
            built[slot].agreements.push((agreement, number));
        }
    }
    if !own.is_empty() {
        problems.extend(own.into_iter().map(|p| format!("{file}: {p}")));
        return;
    }
    let gives = Gives::columns(&sheet.columns);
    for built in built {
        let cells = built.first.institution_cells();
        let cells = cells
            .iter()
            .map(|(c, v)| (*c, v.trim().to_owned()))
            .collect();
        let first = origin(built.first.number);
        let at = merge.put_sheet_institution(built.institution, cells, first, problems);
        let agreements = built.agreements.into_iter();
        let agreements = agreements.map(|(a, row)| (a, origin(row))).collect();
        merge.put_agreements(at, agreements, gives, problems);
    }
}

/// An institution as its rows give it: its record, its agreements (each with its row) and
/// its first row.
struct Built {
    institution: Institution,
    agreements: Vec<(Agreement, usize)>,
    first: Row,
}

/// A later row of an institution gives its details (name, place, deadlines…) as its first
/// row does, or leaves them empty: another value there was read by nobody before, and a
/// mistyped one went unchecked. The same as read is the same: `15/04/2027` for `--04-15`.
fn same_institution(cells: &mut Cells, built: &Built, later: &Row) {
    let first = &built.first;
    let firsts = first.institution_cells();
    for ((column, value), (_, first_value)) in later.institution_cells().into_iter().zip(firsts) {
        let value = value.trim();
        if value.is_empty()
            || value == first_value.trim()
            || reads_alike(cells, built, column, value)
        {
            continue;
        }
        cells.problem(
            column,
            format!(
                "\"{value}\", but the institution's first row, row {}, has \"{}\": its \
                 details are read from its first row; leave them empty on later rows or \
                 give the same",
                first.number,
                first_value.trim()
            ),
        );
    }
}

/// Whether the first row, with `value` in `column`, reads as the institution it gave.
fn reads_alike(cells: &Cells, built: &Built, column: &str, value: &str) -> bool {
    let mut unread = Vec::new();
    let mut scratch = Cells {
        row: built.first.number,
        columns: cells.columns,
        problems: &mut unread,
    };
    let read = scratch.institution(&built.first.with_cell(column, value));
    read.is_some_and(|read| unread.is_empty() && read == built.institution)
}

/// Every column named once, and the ones every import needs. (Columns the import does not
/// know were named, and left out, as the sheet was read: `sheet::known_columns`.)
fn check_header(sheet: &Sheet) -> Vec<String> {
    let row = sheet.header_row;
    let mut problems = Vec::new();
    for (i, column) in sheet.columns.iter().enumerate() {
        if let Some(first) = sheet.columns[..i].iter().find(|c| c.name == column.name) {
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
