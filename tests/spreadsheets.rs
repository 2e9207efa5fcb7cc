//! `partner-matcher import` of workbooks as the office saves them: .xlsx written by
//! `rust_xlsxwriter` and .ods written by `spreadsheet-ods` (real writers, with typed cells:
//! numbers, dates), read with the CSV's columns and giving the CSV's catalogue.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/command.rs"]
mod command;

use command::*;

/// A cell of the sample as a spreadsheet stores it.
enum Cell {
    Text(String),
    Number(f64),
    /// Month and day, stored as a date (in 2027) formatted as a date.
    Date(u32, u32),
    /// A formula whose cached result is this error, as `=1/0` shows `#DIV/0!` (xlsx only).
    Error(&'static str),
}

const NUMBERS: [&str; 5] = ["lat", "lon", "places", "months", "isced"];

/// The CSV's rows as typed cells: coordinates, places, months and ISCED codes as numbers
/// (0213 becomes 213, as a spreadsheet keeps it), deadlines as dates.
fn typed_rows(csv_text: &str) -> Vec<Vec<Cell>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("CSV")).collect();
    let header: Vec<String> = records[0].iter().map(str::to_owned).collect();
    let mut rows = vec![header.iter().map(|h| Cell::Text(h.clone())).collect()];
    for record in &records[1..] {
        let row = record
            .iter()
            .zip(&header)
            .map(|(value, column)| {
                if value.is_empty() {
                    Cell::Text(String::new())
                } else if NUMBERS.contains(&column.as_str()) {
                    Cell::Number(value.parse().expect("a number"))
                } else if column.starts_with("deadline_") {
                    let month = value[2..4].parse().expect("month");
                    let day = value[5..7].parse().expect("day");
                    Cell::Date(month, day)
                } else {
                    Cell::Text(value.to_owned())
                }
            })
            .collect();
        rows.push(row);
    }
    rows
}

fn write_xlsx(path: &std::path::Path, sheets: &[(&str, &[Vec<Cell>])]) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (name, rows) in sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(*name).expect("sheet name");
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                let written = match cell {
                    Cell::Text(t) if t.is_empty() => continue,
                    Cell::Text(t) => sheet.write_string(r, c, t).map(|_| ()),
                    Cell::Number(n) => sheet.write_number(r, c, *n).map(|_| ()),
                    Cell::Error(e) => sheet
                        .write_formula(r, c, rust_xlsxwriter::Formula::new("=1/0").set_result(*e))
                        .map(|_| ()),
                    Cell::Date(m, d) => {
                        let day =
                            ExcelDateTime::from_ymd(2027, *m as u8, *d as u8).expect("a date");
                        sheet
                            .write_datetime_with_format(r, c, &day, &date)
                            .map(|_| ())
                    }
                };
                written.expect("cell written");
            }
        }
    }
    workbook.save(path).expect("xlsx saved");
}

fn write_ods(path: &std::path::Path, sheets: &[(&str, &[Vec<Cell>])]) {
    use spreadsheet_ods::{Sheet, WorkBook};
    let mut workbook = WorkBook::new_empty();
    for (name, rows) in sheets {
        let mut sheet = Sheet::new(*name);
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u32);
                match cell {
                    Cell::Text(t) if t.is_empty() => {}
                    Cell::Text(t) => sheet.set_value(r, c, t.as_str()),
                    Cell::Error(_) => panic!("the .ods writer is not given error cells"),
                    Cell::Number(n) => sheet.set_value(r, c, *n),
                    Cell::Date(m, d) => {
                        let day = chrono::NaiveDate::from_ymd_opt(2027, *m, *d).expect("a date");
                        sheet.set_value(r, c, day);
                    }
                }
            }
        }
        workbook.push_sheet(sheet);
    }
    spreadsheet_ods::write_ods(&mut workbook, path).expect("ods saved");
}

fn sample() -> Vec<Vec<Cell>> {
    typed_rows(&std::fs::read_to_string("www/partners-sample.csv").expect("sample"))
}

/// Imports `input` into the demo catalogue; the catalogue as written.
fn import(input: &std::path::Path, extra: &[&str], name: &str) -> serde_json::Value {
    let out = scratch_path(name);
    let mut args = vec![
        "import",
        path_str(input),
        "--into",
        DEMO,
        "-o",
        path_str(&out),
    ];
    args.extend_from_slice(extra);
    let o = run(&args);
    assert_ok(&o);
    assert_checks(&out);
    read_json(&out)
}

#[test]
fn an_xlsx_with_the_csv_columns_imports_the_same_catalogue_as_the_csv() {
    let from_csv = import(
        std::path::Path::new("www/partners-sample.csv"),
        &[],
        "csv.json",
    );
    let rows = sample();
    let xlsx = scratch_path("partners.xlsx");
    write_xlsx(&xlsx, &[("Partners", &rows)]);
    assert_eq!(import(&xlsx, &[], "xlsx.json"), from_csv);
    // By content, not by name.
    let renamed = scratch("partners.dat", std::fs::read(&xlsx).expect("xlsx"));
    assert_eq!(import(&renamed, &[], "renamed.json"), from_csv);
}

#[test]
fn an_ods_with_the_csv_columns_imports_the_same_catalogue_as_the_csv() {
    let from_csv = import(
        std::path::Path::new("www/partners-sample.csv"),
        &[],
        "csv2.json",
    );
    let rows = sample();
    let ods = scratch_path("partners.ods");
    write_ods(&ods, &[("Partners", &rows)]);
    assert_eq!(import(&ods, &[], "ods.json"), from_csv);
}

#[test]
fn the_first_sheet_is_read_unless_sheet_names_another() {
    let notes = vec![vec![Cell::Text("Read me first".into())]];
    let rows = sample();
    let xlsx = scratch_path("two-sheets.xlsx");
    let contacts = vec![vec![
        Cell::Text("Name".into()),
        Cell::Text("E-mail".into()),
        Cell::Text("Phone".into()),
        Cell::Text("Role".into()),
        Cell::Text("Since".into()),
    ]];
    write_xlsx(
        &xlsx,
        &[
            ("Notes", &notes),
            ("Contacts", &contacts),
            ("Partners", &rows),
        ],
    );
    // The sheet read is named, not its columns: the list is another sheet, which it names.
    let o = run(&["import", path_str(&xlsx), "--into", DEMO]);
    assert_one_problem(
        &o,
        "two-sheets.xlsx: the workbook's first sheet, \"Notes\", is not the partner list: its \
         row 1 names read me first (A), and no column institution_id; to read another sheet, \
         give its name with --sheet: --sheet \"Partners\" (it has the import's columns) or \
         --sheet \"Contacts\"",
    );
    let with_sheet =
        |name: &str| run(&["import", path_str(&xlsx), "--into", DEMO, "--sheet", name]);
    let o = with_sheet("Contacts");
    assert_refused(
        &o,
        "two-sheets.xlsx: sheet \"Contacts\" (given with --sheet) is not the partner list: its \
         row 1 names name (A), e-mail (B), phone (C), role (D), …, and no column \
         institution_id; to read another sheet, give its name with --sheet: --sheet \
         \"Partners\" (it has the import's columns) or --sheet \"Notes\"",
    );
    let empty_first = scratch_path("empty-first.xlsx");
    write_xlsx(&empty_first, &[("Sheet1", &[]), ("Partners", &rows)]);
    let o = run(&["import", path_str(&empty_first), "--into", DEMO]);
    assert_refused(
        &o,
        "empty-first.xlsx: the workbook's first sheet, \"Sheet1\", is empty: its first row must \
         name the columns, and each row after it is one agreement; to read another sheet, give \
         its name with --sheet: --sheet \"Partners\" (it has the import's columns)",
    );
    let catalogue = import(&xlsx, &["--sheet", "Partners"], "second-sheet.json");
    // The demo catalogue's institutions and the sample's six new ones.
    let demo = read_json(std::path::Path::new(DEMO));
    let before = demo["institutions"].as_array().map_or(0, Vec::len);
    assert!(catalogue["institutions"]
        .as_array()
        .is_some_and(|a| a.len() == before + 6));
    let o = with_sheet("Partnerz");
    assert_refused(
        &o,
        "the workbook has no sheet \"Partnerz\"; its sheets are \"Notes\", \"Contacts\", \
         \"Partners\"",
    );
}

#[test]
fn bad_cells_of_a_workbook_are_named_by_row_and_column() {
    let mut rows = sample();
    rows[2][8] = Cell::Text("studie".into()); // mobility, row 3
    rows[3][5] = Cell::Text("north".into()); // lat, row 4 (an institution's first row)
    for (name, write) in [
        (
            "bad.xlsx",
            write_xlsx as fn(&std::path::Path, &[(&str, &[Vec<Cell>])]),
        ),
        ("bad.ods", write_ods),
    ] {
        let path = scratch_path(name);
        write(&path, &[("Partners", &rows)]);
        let out = scratch_path(&format!("{name}.json"));
        let o = run(&[
            "import",
            path_str(&path),
            "--into",
            DEMO,
            "-o",
            path_str(&out),
        ]);
        assert_refused(
            &o,
            &format!("{name}: row 3, column mobility (I): \"studie\" is not one of"),
        );
        let err = stderr(&o);
        assert!(
            err.contains(&format!(
                "{name}: row 4, column lat (F): \"north\" is not a number"
            )),
            "{err}"
        );
        assert!(!out.exists(), "nothing written");
        // A number that parses but does not validate: named by its cell after the merge.
        let mut one = sample();
        one[5][10] = Cell::Number(21111.0);
        write(&path, &[("Partners", &one)]);
        let o = run(&["import", path_str(&path), "--into", DEMO]);
        assert_refused(&o, &format!("{name}: row 6, column isced (K): "));
    }
}

#[test]
fn a_cell_that_shows_an_error_is_named_by_its_column() {
    let mut rows = sample();
    rows[3][5] = Cell::Error("#DIV/0!"); // lat, row 4
    let path = scratch_path("error.xlsx");
    write_xlsx(&path, &[("Partners", &rows)]);
    let o = run(&["import", path_str(&path), "--into", DEMO]);
    assert_one_problem(
        &o,
        "error.xlsx: row 4, column lat (F): the cell shows the error #DIV/0!, not a value (its \
         formula could not be worked out); put a value in it",
    );
    // The row is named by its error alone: its lat is not also said to be empty.
}

#[test]
fn a_workbook_s_headers_as_the_office_types_them_and_its_dutch_error_texts() {
    // `Institution ID`, `Valid From`: the columns, as in a CSV file.
    let mut rows = sample();
    let from_csv = import(
        std::path::Path::new("www/partners-sample.csv"),
        &[],
        "csv-headers.json",
    );
    for cell in &mut rows[0] {
        if let Cell::Text(name) = cell {
            *name = format!(" {} ", name.replace('_', " ").to_uppercase());
        }
    }
    let path = scratch_path("headers.xlsx");
    write_xlsx(&path, &[("Partners", &rows)]);
    assert_eq!(import(&path, &[], "headers.json"), from_csv);
    // A text cell that shows a Dutch Excel's error, pasted as values.
    rows[2][1] = Cell::Text("#N/B".to_owned());
    let path = scratch_path("dutch-error.xlsx");
    write_xlsx(&path, &[("Partners", &rows)]);
    let o = run(&["import", path_str(&path), "--into", DEMO]);
    assert_refused(
        &o,
        "dutch-error.xlsx: row 3, column institution_name (B): the cell shows the error #N/B, not \
         a value",
    );
}
