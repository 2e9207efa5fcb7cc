//! A spreadsheet's grid (from CSV, .xlsx or .ods) into the merge: the header checked, each
//! row one agreement, the rows with the same `institution_id` one institution.

use std::collections::HashMap;
use std::sync::Arc;

use super::cells::{Cells, Row, COLUMNS, REQUIRED};
use super::merge::Merge;
use super::origin::{At, Origin};
use super::sheet::{self, Sheet};

/// Puts the sheet's institutions and agreements into `merge`; every problem, by row and
/// column, in `problems` (nothing is put from a sheet with problems).
pub(super) fn put(sheet: &Sheet, file: &Arc<str>, merge: &mut Merge, problems: &mut Vec<String>) {
    let mut own = check_header(sheet);
    if own.is_empty() && sheet.rows.is_empty() {
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
    let mut built = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut own = Vec::new();
    for sheet_row in &sheet.rows {
        let row = Row::new(sheet_row, &sheet.columns);
        let mut cells = Cells {
            row: row.number,
            columns: &sheet.columns,
            problems: &mut own,
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
                    built.push((institution, row.number, Vec::new()));
                    built.len() - 1
                }
                None => continue,
            },
        };
        if let Some(agreement) = agreement {
            built[slot].2.push((agreement, row.number));
        }
    }
    if !own.is_empty() {
        problems.extend(own.into_iter().map(|p| format!("{file}: {p}")));
        return;
    }
    for (institution, first_row, agreements) in built {
        let at = merge.put_sheet_institution(institution, origin(first_row));
        for (agreement, row) in agreements {
            merge.put_agreement(at, agreement, origin(row));
        }
    }
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
