//! The grid of a CSV file as the spreadsheet shows it: the separator found in the header row
//! (`;` from Excel in Belgium and the Netherlands, `,` elsewhere, or tab), rows numbered as
//! the spreadsheet numbers them (the header is row 1; a cell spanning lines is one row), and
//! the empty columns and rows spreadsheets add left out.

mod errors;
mod header;

use csv::StringRecord;

pub(super) use errors::{error_cell, shows_error};
pub(super) use header::column_name;

/// A column the header names: its position (for its letter) and its name, trimmed and in
/// lower case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Column {
    pub index: usize,
    pub name: String,
}

impl Column {
    /// `lat (E)`: the name the header gives and the letter the spreadsheet shows.
    pub fn describe(&self) -> String {
        format!("{} ({})", self.name, letter(self.index))
    }
}

/// One row with a value: its number and its cells, trimmed, one per named column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SheetRow {
    pub number: usize,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Sheet {
    pub separator: char,
    pub header_row: usize,
    pub columns: Vec<Column>,
    pub rows: Vec<SheetRow>,
    /// How many rows with a value are not in `rows`: they could not be read, and a problem
    /// names each (so the sheet is not said to have no rows).
    pub unread: usize,
}

/// Reads the grid ([`grid`]) without the columns the import does not know, which are one
/// problem, the first.
pub(super) fn read(text: &str) -> (Result<Sheet, String>, Vec<String>) {
    let (sheet, mut problems) = grid(text);
    (sheet.map(|s| known_columns(s, &mut problems)), problems)
}

/// Reads the grid. The header must name at least one column; a column without a name is
/// ignored while it is empty. Problems in rows are collected (each naming its row), the rest
/// of the rows still read; a file without a header is one problem.
fn grid(text: &str) -> (Result<Sheet, String>, Vec<String>) {
    // A lone CR ends lines in files from old Macs; the CSV reader counts lines by LF.
    let text = if text.contains('\r') && !text.contains('\n') {
        std::borrow::Cow::Owned(text.replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let (separator, text) = separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator as u8)
        .from_reader(text.as_bytes());
    let mut problems = Vec::new();
    // Lines inside quoted cells so far: a record's row is its first line less these.
    let mut lines_inside_cells = 0;
    let mut header: Option<(usize, Vec<Column>)> = None;
    let mut rows = Vec::new();
    let mut unread = 0;
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                problems.push(format!(
                    "row {}: {e}",
                    line.saturating_sub(lines_inside_cells)
                ));
                unread += 1;
                continue;
            }
        };
        let number = first_line(&record, text).saturating_sub(lines_inside_cells);
        lines_inside_cells += record
            .iter()
            .map(|c| c.matches('\n').count())
            .sum::<usize>();
        match &header {
            None => {
                let columns = named_columns(&record);
                if columns.is_empty() {
                    return (
                        Err(format!(
                            "row {number}: the first row is empty, but it must name the columns"
                        )),
                        problems,
                    );
                }
                header = Some((number, columns));
            }
            Some((header_row, columns)) => {
                match row_of(number, &record, *header_row, columns, separator) {
                    Ok(Some(row)) => rows.push(row),
                    Ok(None) => {}
                    Err(own) => {
                        problems.extend(own);
                        unread += 1;
                    }
                }
            }
        }
    }
    let sheet = match header {
        None => Err(
            "the file is empty: its first row must name the columns, and each row after it is \
             one agreement"
                .to_owned(),
        ),
        Some((header_row, columns)) => Ok(Sheet {
            separator,
            header_row,
            columns,
            rows,
            unread,
        }),
    };
    (sheet, problems)
}

/// The sheet without the columns the import does not know; they are one problem, the first.
pub(super) fn known_columns(mut sheet: Sheet, problems: &mut Vec<String>) -> Sheet {
    let unknown = header::leave_out_unknown(sheet.header_row, &mut sheet.columns, &mut sheet.rows);
    if let Some(unknown) = unknown {
        problems.insert(0, unknown);
    }
    sheet
}

/// The line a record starts on. The reader's position is where it started looking: before
/// the blank lines it skipped, and before the LF of a CRLF that ended the previous record.
fn first_line(record: &StringRecord, text: &str) -> usize {
    let Some(position) = record.position() else {
        return 1;
    };
    let from = usize::try_from(position.byte()).unwrap_or(usize::MAX);
    let skipped = text
        .get(from..)
        .unwrap_or_default()
        .bytes()
        .take_while(|b| matches!(b, b'\r' | b'\n'))
        .filter(|&b| b == b'\n')
        .count();
    usize::try_from(position.line()).unwrap_or(usize::MAX) + skipped
}

/// The separator the header row uses most: `,`, `;` or tab (ties in that order). A first
/// line `sep=;`, which Excel writes and reads, names it instead and is not a row.
fn separator(text: &str) -> (char, &str) {
    let (separator, sep_line) = separator_of(text.as_bytes());
    (
        char::from(separator),
        text.get(sep_line..).unwrap_or_default(),
    )
}

/// [`separator`] of the file's bytes (the CSV reader's and `encoding.rs`'s): the separator,
/// and how many bytes its `sep=` line takes (0 without one).
pub(super) fn separator_of(bytes: &[u8]) -> (u8, usize) {
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let mut given = first_line;
    while let Some(rest) = given.strip_suffix(b"\r") {
        given = rest;
    }
    if let Some(&[c]) = given.strip_prefix(b"sep=") {
        if c.is_ascii() {
            let line_feed = usize::from(bytes.get(first_line.len()) == Some(&b'\n'));
            return (c, first_line.len() + line_feed);
        }
    }
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in first_line {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(entry) = counts.iter_mut().find(|(s, _)| *s == b) {
                entry.1 += 1;
            }
        }
    }
    let mut best = counts[0];
    for entry in counts {
        if entry.1 > best.1 {
            best = entry;
        }
    }
    (best.0, 0)
}

/// The header's named columns; empty names (Excel's trailing `;;`) are left out.
fn named_columns(header: &StringRecord) -> Vec<Column> {
    header
        .iter()
        .enumerate()
        .map(|(index, name)| Column {
            index,
            name: column_name(name),
        })
        .filter(|c| !c.name.is_empty())
        .collect()
}

/// The row's cells under the named columns; `None` for a row with no value at all. A value
/// under no name, a row too short to reach the last name, or cells that show a spreadsheet's
/// error (`#NAME?`) are problems.
fn row_of(
    number: usize,
    record: &StringRecord,
    header_row: usize,
    columns: &[Column],
    separator: char,
) -> Result<Option<SheetRow>, Vec<String>> {
    let named = |i: usize| columns.iter().any(|c| c.index == i);
    if let Some((index, value)) = record
        .iter()
        .enumerate()
        .find(|(i, v)| !v.trim().is_empty() && !named(*i))
    {
        let hint = match separator {
            ',' => "; a cell with a comma in it (a decimal comma, say) must be in quotes, or \
                    save the file with \";\" as the separator"
                .to_owned(),
            other => format!(
                "; a cell with \"{}\" in it must be in quotes",
                printable(other)
            ),
        };
        return Err(vec![format!(
            "row {number}, column {}: \"{}\" is in a column without a name in row {header_row}{hint}",
            letter(index),
            value.trim()
        )]);
    }
    if record.iter().all(|v| v.trim().is_empty()) {
        return Ok(None);
    }
    let needed = columns.last().map_or(0, |c| c.index + 1);
    if record.len() < needed {
        let cells = match record.len() {
            1 => "1 cell".to_owned(),
            n => format!("{n} cells"),
        };
        return Err(vec![format!(
            "row {number}: has {cells}, but row {header_row} names columns up to {} \
             (\"{}\"); is the separator \"{}\" missing or different in this row?",
            letter(needed - 1),
            columns.last().map_or("", |c| c.name.as_str()),
            printable(separator),
        )]);
    }
    let cells: Vec<String> = columns
        .iter()
        .map(|c| record.get(c.index).unwrap_or_default().trim().to_owned())
        .collect();
    let errors: Vec<String> = columns
        .iter()
        .zip(&cells)
        .filter(|(_, value)| shows_error(value))
        .map(|(column, value)| error_cell(number, &column.describe(), value))
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Some(SheetRow { number, cells }))
}

fn printable(separator: char) -> String {
    match separator {
        '\t' => "tab".to_owned(),
        c => c.to_string(),
    }
}

/// The spreadsheet's name for a column: A to Z, then AA, AB...
pub(super) fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        out.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(text: &str) -> Sheet {
        match grid(text) {
            (Ok(sheet), problems) if problems.is_empty() => sheet,
            (sheet, problems) => panic!("{sheet:?} {problems:?}"),
        }
    }

    #[test]
    fn letters_are_the_spreadsheets() {
        let letters: Vec<String> = [0, 25, 26, 27, 701, 702].map(letter).into();
        assert_eq!(letters, ["A", "Z", "AA", "AB", "ZZ", "AAA"]);
    }

    #[test]
    fn the_separator_is_the_one_the_header_uses() {
        assert_eq!(sheet("a;b;c\n1,5;2;3\n").separator, ';');
        assert_eq!(sheet("a,b,c\n\"1;2\",2,3\n").separator, ',');
        assert_eq!(sheet("a\tb\n1,5\t2\n").separator, '\t');
        assert_eq!(sheet("a\n1\n").separator, ',');
        let s = sheet("sep=;\r\na;b\r\n1,5;2\r\n");
        assert_eq!((s.separator, s.header_row), (';', 1));
        assert_eq!(s.rows[0].cells, ["1,5", "2"]);
        assert_eq!(s.rows[0].number, 2);
    }

    #[test]
    fn rows_are_numbered_as_the_spreadsheet_shows_them() {
        let s = sheet("a,b\n\"two\nlines\",x\n\n\";;\",\n,\nlast,y\n");
        let numbers: Vec<usize> = s.rows.iter().map(|r| r.number).collect();
        // Row 2 spans two lines; row 3 is blank, row 5 is empty: both left out.
        assert_eq!(numbers, [2, 4, 6]);
        assert_eq!(s.rows[1].cells, [";;", ""]);
        // Windows line ends, blank lines among them.
        let s = sheet("a;b\r\n1;2\r\n\r\n\r\n3;4\r\n");
        let numbers: Vec<usize> = s.rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [2, 5]);
    }

    #[test]
    fn empty_columns_are_ignored_and_values_in_them_named() {
        let s = sheet("a;;b;;\r\n1;;2;;\r\n");
        assert_eq!(
            s.columns.iter().map(Column::describe).collect::<Vec<_>>(),
            ["a (A)", "b (C)"]
        );
        assert_eq!(s.rows[0].cells, ["1", "2"]);
        let (_, problems) = grid("a,b\n51,05,3\n1\n");
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("row 2, column C: \"3\" is in a column without a name"));
        assert!(problems[0].contains("decimal comma"));
        assert!(problems[1].starts_with("row 3: has 1 cell, but row 1 names columns up to B"));
    }

    #[test]
    fn cells_that_show_a_spreadsheet_s_error_are_named_and_their_row_left_out() {
        let (sheet, problems) = grid("a;b\n#name?;Err:502\n#N/A is missing;Err:5\n");
        assert_eq!(
            problems,
            [
                "row 2, column a (A): the cell shows the error #name?, not a value (its formula \
                 could not be worked out); put a value in it",
                "row 2, column b (B): the cell shows the error Err:502, not a value (its formula \
                 could not be worked out); put a value in it",
            ]
        );
        let sheet = sheet.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((sheet.rows.len(), sheet.unread), (1, 1));
        assert_eq!(sheet.rows[0].cells, ["#N/A is missing", "Err:5"]);
    }

    #[test]
    fn an_empty_file_has_no_header() {
        for text in ["", "\n\n", ";;;\n"] {
            assert!(grid(text).0.is_err(), "{text:?}");
        }
    }
}
