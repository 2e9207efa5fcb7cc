//! `import-csv`: the office's spreadsheet merged into the catalogue, bad cells named by row
//! and column.

use serde_json::Value;

use crate::command::{
    assert_one_problem, assert_refused, run, scratch, scratch_path, stderr, stdout, DEMO,
};

#[test]
fn import_csv_merges_the_office_spreadsheet() {
    let out = scratch_path("imported.json");
    let o = run(&[
        "import-csv",
        "www/partners-sample.csv",
        "--into",
        DEMO,
        "--output",
        out.to_str().unwrap_or_default(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("institutions: 6 added (hfbk-hamburg, rncm, esmae, filmuniversitaet-babelsberg, risd, sandberg), 0 changed, 0 unchanged\nagreements: 12 added, 0 changed, 0 unchanged, 0 removed"),
        "{}",
        stderr(&o)
    );
    // The BIPs, untouched, are written as the catalogue has them ("ects": 3, not 3.0).
    let written = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(
        written.contains("\"ects\": 3,") && !written.contains("\"ects\": 3.0"),
        "ects as written"
    );
    let check = run(&["check", out.to_str().unwrap_or_default()]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        stdout(&check).contains("154 institutions"),
        "{}",
        stdout(&check)
    );
}

#[test]
fn import_csv_names_row_and_column_of_bad_cells() {
    let csv =
        "institution_id,institution_name,city,country,lat,lon,mobility,isced,languages,places\n\
               new-school,New School,Oslo,NO,59.9,10.7,study,211,en B2,2\n\
               new-school,,,,,,studie,0211,en B2,2\n\
               other,Other,Paris,FR,north,2.3,study,0213,fr X9,1\n\
               third,Third,Rome,IT,41.9,12.5,study,0216,,1\n";
    let path = scratch("bad.csv", csv);
    let o = run(&[
        "import-csv",
        path.to_str().unwrap_or_default(),
        "--into",
        DEMO,
    ]);
    assert_refused(
        &o,
        "row 3, column mobility (G): \"studie\" is not one of study, traineeship",
    );
    let err = stderr(&o);
    assert!(
        err.contains("row 4, column lat (E): \"north\" is not a number"),
        "{err}"
    );
    assert!(
        err.contains("row 4, column languages (I): \"X9\" is not a CEFR level"),
        "{err}"
    );
    // Cells that parse but do not validate are named by their row and column too.
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced\nthird,Third,Rome,IT,41.9,12.5,study,0216\n";
    let o = run(&[
        "import-csv",
        scratch("bad2.csv", csv).to_str().unwrap_or_default(),
        "--into",
        DEMO,
    ]);
    assert_refused(&o, "row 2, column isced (H): ");
    assert!(
        stderr(&o).contains("(in the catalogue: institutions[148].agreements[0].isced)"),
        "{}",
        stderr(&o)
    );
    let o = run(&[
        "import-csv",
        scratch("bad3.csv", "institution_id,colour\nx,blue\n")
            .to_str()
            .unwrap_or_default(),
        "--into",
        DEMO,
    ]);
    assert_refused(
        &o,
        "row 1, column colour (B): not a column the import knows; the columns are institution_id,",
    );
    assert!(
        stderr(&o).contains(
            "row 1: there are no columns institution_name, city, country, lat, lon, mobility, \
             isced, and every import needs them"
        ),
        "{}",
        stderr(&o)
    );
}

/// Imports a fixture into the demo catalogue; the merged catalogue as JSON and stderr.
fn import_fixture(name: &str) -> (Value, String) {
    let out = scratch_path(&format!("{name}.json"));
    let path = format!("tests/fixtures/{name}");
    let out_path = out.to_str().unwrap_or_default();
    let o = run(&["import-csv", &path, "--into", DEMO, "--output", out_path]);
    assert!(o.status.success(), "{}", stderr(&o));
    let check = run(&["check", out_path]);
    assert!(check.status.success(), "check: {}", stderr(&check));
    let text = std::fs::read_to_string(&out).expect("the output is written");
    (serde_json::from_str(&text).expect("JSON"), stderr(&o))
}

fn institution<'c>(catalogue: &'c Value, id: &str) -> &'c Value {
    catalogue["institutions"]
        .as_array()
        .and_then(|all| all.iter().find(|i| i["id"] == id))
        .unwrap_or_else(|| panic!("{id} was imported"))
}

#[test]
fn import_csv_reads_excel_with_semicolons_decimal_commas_and_empty_columns() {
    // Excel in Belgium and the Netherlands: a byte-order mark, `;`, decimal commas, CRLF,
    // trailing `;;` and an empty row at the end.
    let (catalogue, err) = import_fixture("excel-nl.csv");
    assert!(
        err.contains("institutions: 2 added (hfbk-hamburg-nl, kabk-nl)")
            && err.contains("agreements: 3 added"),
        "{err}"
    );
    assert!(!err.contains("warning"), "{err}");
    let hamburg = institution(&catalogue, "hfbk-hamburg-nl");
    assert_eq!(hamburg["name"], "Hochschule für bildende Künste Hamburg");
    assert_eq!(hamburg["location"]["lat"], 53.5667);
    assert_eq!(hamburg["location"]["lon"], 10.0253);
    let agreements = hamburg["agreements"].as_array().expect("agreements");
    assert_eq!(agreements.len(), 2);
    assert_eq!(
        agreements[0]["levels"],
        serde_json::json!(["bachelor", "master"])
    );
    assert_eq!(agreements[0]["isced"], "0213");
    assert_eq!(agreements[1]["places"], 1, "\"1,0\" is one place");
    assert_eq!(hamburg["deadlines"]["autumn"], "--04-15");
}

#[test]
fn import_csv_reads_windows_1252_with_a_warning() {
    let (catalogue, err) = import_fixture("excel-windows-1252.csv");
    assert!(
        err.contains("warning: tests/fixtures/excel-windows-1252.csv: the file is not UTF-8, so it was read as Windows-1252")
            && err.contains("save it as \"CSV UTF-8\""),
        "{err}"
    );
    assert!(err.contains("agreements: 3 added"), "{err}");
    let lyon = institution(&catalogue, "ensba-lyon-1252");
    assert_eq!(
        lyon["name"],
        "École nationale supérieure des beaux-arts de Lyon"
    );
    assert_eq!(lyon["requirements"][0], "dossier d’œuvres");
    assert_eq!(institution(&catalogue, "zhdk-1252")["city"], "Zürich");
    assert_eq!(
        institution(&catalogue, "ulisboa-1252")["name"],
        "Faculdade de Belas-Artes, Universidade de Lisboa (Praça)"
    );
}

#[test]
fn import_csv_reads_tab_separated_text() {
    let (catalogue, err) = import_fixture("tab-separated.tsv");
    assert!(err.contains("agreements: 2 added"), "{err}");
    let gothenburg = institution(&catalogue, "hdk-tab");
    assert_eq!(gothenburg["city"], "Göteborg");
    assert_eq!(gothenburg["location"]["lat"], 57.6975);
    assert_eq!(
        institution(&catalogue, "aalto-tab")["name"],
        "Aalto University School of Arts, Design and Architecture"
    );
}

#[test]
fn import_csv_refuses_an_empty_file_and_a_header_without_rows() {
    for (name, text, words) in [
        ("empty.csv", "", "the file is empty: its first row must name the columns"),
        ("blank.csv", "\r\n\r\n", "the file is empty"),
        (
            "header-only.csv",
            "institution_id;institution_name;city;country;lat;lon;mobility;isced;;\r\n;;;;;;;;;\r\n",
            "the file has no agreements: row 1 names the columns, but no row after it has a value",
        ),
    ] {
        let path = scratch(name, text);
        let o = run(&["import-csv", path.to_str().unwrap_or_default(), "--into", DEMO]);
        assert_refused(&o, words);
        assert_eq!(stdout(&o), "", "{name}: nothing is written");
    }
}

#[test]
fn import_csv_numbers_rows_as_the_spreadsheet_does_in_every_message() {
    // Windows line ends, a cell over two lines (row 2), a blank row (row 3): value errors and
    // cell-count errors name the rows the spreadsheet shows.
    let csv = "institution_id;institution_name;city;country;lat;lon;mobility;isced;tags\r\n\
               a;A;Oslo;NO;59,9;10,7;study;0211;\"two\r\nlines\"\r\n\
               \r\n\
               b;B;Rome;IT;41,9;12,5;studie;0211;\r\n\
               c;C;Rome\r\n\
               d;D;Rome;IT;41,9;12,5;study;0211;;5\r\n";
    let path = scratch("rows.csv", csv);
    let o = run(&[
        "import-csv",
        path.to_str().unwrap_or_default(),
        "--into",
        DEMO,
    ]);
    assert_refused(&o, "row 4, column mobility (G): \"studie\" is not one of");
    let err = stderr(&o);
    assert!(
        err.contains("row 5: has 3 cells, but row 1 names columns up to I (\"tags\")"),
        "{err}"
    );
    assert!(
        err.contains("row 6, column J: \"5\" is in a column without a name in row 1"),
        "{err}"
    );
}

#[test]
fn import_names_the_catalogue_s_fields_it_cannot_keep() {
    let mut catalogue: Value =
        serde_json::from_str(&std::fs::read_to_string(DEMO).unwrap_or_default())
            .unwrap_or_default();
    catalogue["institutions"][0]["coordinator_note"] = "call Marie before March".into();
    catalogue["_comment"] = "kept by the office".into();
    let into = scratch("with-notes.json", catalogue.to_string());
    let out = scratch_path("with-notes-out.json");
    let o = run(&[
        "import",
        "www/partners-sample.csv",
        "--into",
        into.to_str().unwrap_or_default(),
        "-o",
        out.to_str().unwrap_or_default(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    for place in ["institutions[0].coordinator_note", "_comment"] {
        assert!(
            err.contains(&format!(
                "{place}: a field the catalogue format does not have; it is not in the output"
            )),
            "{err}"
        );
    }
    let written = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(!written.contains("coordinator_note"), "as said, not kept");
}

#[test]
fn a_catalogue_given_to_import_is_named_as_one_in_one_message() {
    let o = run(&["import", DEMO, "--into", DEMO]);
    assert_one_problem(
        &o,
        "www/catalogue.json: a JSON file, such as a catalogue, not one to import",
    );
}

#[test]
fn a_later_row_that_disagrees_with_its_institution_s_first_row_or_repeats_a_row_is_refused() {
    let header =
        "institution_id,institution_name,city,country,lat,lon,mobility,isced,deadline_autumn\n";
    let first = "new-school,New School,Oslo,NO,59.9,10.7,study,0211,--10-01\n";
    let csv = format!(
        "{header}{first}\
         new-school,,,Norway,north,,traineeship,0211,31/12/2026\n\
         new-school,New School,Oslo,NO,59.9,10.7,study,0212,\n\
         {first}"
    );
    let path = scratch("later-rows.csv", csv);
    let o = run(&["import", path.to_str().unwrap_or_default(), "--into", DEMO]);
    assert_refused(
        &o,
        "row 3, column country (D): \"Norway\", but the institution's first row, row 2, has \"NO\"",
    );
    let err = stderr(&o);
    for said in [
        "row 3, column lat (E): \"north\", but the institution's first row, row 2, has \"59.9\"",
        "row 3, column deadline_autumn (I): \"31/12/2026\", but",
        "row 5 repeats the agreement of row 2 (new-school: study 0211): each row is one \
         agreement, so it would be counted twice; delete one of them",
    ] {
        assert!(err.contains(said), "{said}\n{err}");
    }
    // Row 4 repeats the details (and gives an empty deadline): no problem of its own.
    assert!(!err.contains("row 4"), "{err}");
}

/// A later row may write its institution's details as the spreadsheet shows them: the same
/// as read is the same (a deadline as a date, a decimal comma, a country's code in lower case).
#[test]
fn a_later_row_that_writes_its_institution_s_details_otherwise_but_alike_is_read() {
    let header =
        "institution_id,institution_name,city,country,lat,lon,mobility,isced,deadline_autumn\n";
    let csv = format!(
        "{header}new-school,New School,Oslo,NO,59.9,10.7,study,0211,--10-01\n\
         new-school,,,no,\"59,9\",,traineeship,0211,01/10/2027\n"
    );
    let (o, _) = crate::import_cells::import("later-rows-alike.csv", csv);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("1 added (new-school)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_deadline_that_is_not_a_day_of_the_year_is_quoted_as_typed() {
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced,deadline_autumn,deadline_spring\n\
               new-school,New School,Oslo,NO,59.9,10.7,study,0211,12/31/2026,--02-30\n";
    let path = scratch("deadline.csv", csv);
    let o = run(&["import", path.to_str().unwrap_or_default(), "--into", DEMO]);
    // A date is read day first, as in Belgium: 12/31/2026 is no day.
    assert_refused(
        &o,
        "row 2, column deadline_autumn (I): \"12/31/2026\" is not a day of the year: write the month and the day, --MM-DD or MM-DD, such as --04-15 for 15 April, or a date, day first, such as 15/04/2027",
    );
    assert!(
        stderr(&o)
            .contains("row 2, column deadline_spring (J): \"--02-30\" is not a day of the year"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_country_that_is_not_a_code_is_quoted_as_typed() {
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced\n\
               x,X,London,United Kingdom,51.5,-0.1,study,0211\n\
               y,Y,Paris,fr,48.9,2.35,study,0211\n";
    let path = scratch("country.csv", csv);
    let o = run(&["import", path.to_str().unwrap_or_default(), "--into", DEMO]);
    // A country's name is refused with its code.
    assert_refused(&o, "row 2, column country (D): \"United Kingdom\" is not an ISO 3166-1 country code: write GB (United Kingdom)");
    // What is no country at all is named as typed.
    let path = scratch("atlantis.csv", csv.replace("United Kingdom", "Atlantis"));
    let o = run(&["import", path.to_str().unwrap_or_default(), "--into", DEMO]);
    assert_refused(&o, "row 2, column country (D): `country` must be an ISO 3166-1 alpha-2 country code such as \"FR\", found \"Atlantis\"");
    // A code in lower case is the code.
    assert!(!stderr(&o).contains("row 3"), "{}", stderr(&o));
}
