//! A workbook as the office saves it (.xlsx, .ods, and the older .xls) read with `calamine`
//! into the same grid a CSV file gives: the first sheet unless one is named, rows and columns
//! as the spreadsheet numbers them, and typed cells as text the columns understand: a date
//! cell under `deadline_autumn` is `--04-15`, a number cell 211 under `isced` is `211` (read
//! as 0211), a number 2.0 is `2`. A sheet that is not the partner list (no column
//! institution_id) is named, with the workbook's other sheets to give with `--sheet`.

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader};

use super::sheet::{
    column_name, error_cell, known_columns, letter, shows_error, Column, Sheet, SheetRow,
};

type Workbook<'b> = calamine::Sheets<Cursor<&'b [u8]>>;

/// Reads the sheet named `sheet` (or the first one). Problems in cells are collected, each by
/// row and column; a workbook that cannot be opened, or has no such sheet, is one problem.
pub(super) fn read(bytes: &[u8], sheet: Option<&str>) -> (Result<Sheet, String>, Vec<String>) {
    let mut workbook = match open_workbook_auto_from_rs(Cursor::new(bytes)) {
        Ok(workbook) => workbook,
        Err(e) => {
            return (
                Err(format!(
                    "the file looks like a workbook but cannot be read as .xlsx, .ods or .xls \
                     ({e}); open it in the spreadsheet and save it again"
                )),
                Vec::new(),
            )
        }
    };
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => match names.iter().find(|n| n.as_str() == wanted) {
            Some(name) => name.clone(),
            None => {
                return (
                    Err(format!(
                        "the workbook has no sheet \"{wanted}\"; its sheets are {}",
                        quoted_list(&names)
                    )),
                    Vec::new(),
                )
            }
        },
        None => match names.first() {
            Some(name) => name.clone(),
            None => return (Err("the workbook has no sheets".to_owned()), Vec::new()),
        },
    };
    let range = match workbook.worksheet_range(&name) {
        Ok(range) => range,
        Err(e) => {
            return (
                Err(format!("sheet \"{name}\" cannot be read: {e}")),
                Vec::new(),
            )
        }
    };
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let (first_row, first_column) = (first_row as usize, first_column as usize);
    let mut problems = Vec::new();
    let mut header: Option<(usize, Vec<Column>)> = None;
    let mut rows = Vec::new();
    let mut unread = 0;
    for (i, cells) in range.rows().enumerate() {
        let number = first_row + i + 1;
        let Some((header_row, columns)) = &header else {
            let columns: Vec<Column> = cells
                .iter()
                .enumerate()
                .map(|(j, cell)| Column {
                    index: first_column + j,
                    name: column_name(&text(cell, "")),
                })
                .filter(|c| !c.name.is_empty())
                .collect();
            if !columns.is_empty() {
                header = Some((number, columns));
            }
            continue;
        };
        let mut values = Vec::with_capacity(columns.len());
        let mut any = false;
        let mut errors = false;
        for (j, cell) in cells.iter().enumerate() {
            let index = first_column + j;
            let column = columns.iter().find(|c| c.index == index);
            // An error cell, or a text cell that shows one (pasted as values from a sheet
            // whose formula failed, in any language: `#N/B`).
            let error = match cell {
                Data::Error(e) => Some(e.to_string()),
                Data::String(s) if shows_error(s.trim()) => Some(s.trim().to_owned()),
                _ => None,
            };
            if let Some(error) = error {
                let column = column.map_or_else(|| letter(index), Column::describe);
                problems.push(error_cell(number, &column, &error));
                errors = true;
                continue;
            }
            let value = text(cell, column.map_or("", |c| c.name.as_str()));
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            any = true;
            if column.is_none() {
                problems.push(format!(
                    "row {number}, column {}: \"{value}\" is in a column without a name in row \
                     {header_row}",
                    letter(index)
                ));
            }
        }
        // A row with an error is named by it, and its other cells are read once it has none.
        if errors {
            unread += 1;
            continue;
        }
        if !any {
            continue;
        }
        for column in columns {
            let cell = cells
                .get(column.index - first_column)
                .unwrap_or(&Data::Empty);
            values.push(text(cell, &column.name).trim().to_owned());
        }
        rows.push(SheetRow {
            number,
            cells: values,
        });
    }
    let read = match sheet {
        Some(_) => format!("sheet \"{name}\" (given with --sheet)"),
        None => format!("the workbook's first sheet, \"{name}\","),
    };
    let sheet = match header {
        None => Err(format!(
            "{read} is empty: its first row must name the columns, and each row after it is one \
             agreement{}",
            other_sheets(&mut workbook, &names, &name)
        )),
        // Another sheet than the partner list (notes, contacts): its columns are not the point.
        Some((header_row, columns))
            if names.len() > 1 && !columns.iter().any(|c| c.name == "institution_id") =>
        {
            let named: Vec<String> = columns.iter().take(4).map(Column::describe).collect();
            let more = if columns.len() > 4 { ", …" } else { "" };
            return (
                Err(format!(
                    "{read} is not the partner list: its row {header_row} names {}{more}, and no \
                     column institution_id{}",
                    named.join(", "),
                    other_sheets(&mut workbook, &names, &name)
                )),
                Vec::new(),
            );
        }
        Some((header_row, columns)) => Ok(known_columns(
            Sheet {
                separator: ',',
                header_row,
                columns,
                rows,
                unread,
            },
            &mut problems,
        )),
    };
    (sheet, problems)
}

/// `; to read another sheet, give its name with --sheet: --sheet "Partners" (it has the
/// import's columns) or --sheet "Notes"`: the workbook's sheets but the one `read`, those whose
/// first row names institution_id first. Empty when there are none.
fn other_sheets(workbook: &mut Workbook, names: &[String], read: &str) -> String {
    let (lists, others): (Vec<&String>, Vec<&String>) = names
        .iter()
        .filter(|n| n.as_str() != read)
        .partition(|n| is_partner_list(workbook, n));
    let lists = lists
        .into_iter()
        .map(|n| format!("--sheet \"{n}\" (it has the import's columns)"));
    let each: Vec<String> = lists
        .chain(others.into_iter().map(|n| format!("--sheet \"{n}\"")))
        .collect();
    if each.is_empty() {
        return String::new();
    }
    format!(
        "; to read another sheet, give its name with --sheet: {}",
        each.join(" or ")
    )
}

/// Whether a sheet's first row with a value names the column institution_id.
fn is_partner_list(workbook: &mut Workbook, name: &str) -> bool {
    let Ok(range) = workbook.worksheet_range(name) else {
        return false;
    };
    let header = range
        .rows()
        .find(|cells| cells.iter().any(|c| !text(c, "").trim().is_empty()));
    header.is_some_and(|cells| {
        cells
            .iter()
            .any(|c| column_name(&text(c, "")) == "institution_id")
    })
}

/// A cell as the text the column reads: dates as `YYYY-MM-DD` (or `--MM-DD` under a deadline
/// column), whole numbers without a decimal point.
fn text(cell: &Data, column: &str) -> String {
    let deadline = column.starts_with("deadline_");
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            let (year, month, day, ..) = d.to_ymd_hms_milli();
            if deadline {
                format!("--{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02}")
            }
        }
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::DateTimeIso(s) => {
            let date = s.split('T').next().unwrap_or_default();
            match (deadline, date.get(4..)) {
                (true, Some(month_day)) if date.len() == 10 => format!("-{month_day}"),
                _ => date.to_owned(),
            }
        }
        Data::DurationIso(s) => s.clone(),
    }
}

fn quoted_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    quoted.join(", ")
}
