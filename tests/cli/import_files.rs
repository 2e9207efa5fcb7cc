//! `import`: how the office's files are read, whatever saved them: encodings and kinds of
//! file, each problem named by file and place with what to do.

use crate::command::{assert_ok, assert_one_problem, assert_refused, read_json, stderr};
use crate::import_cells::{import, institution};

#[test]
fn a_utf8_file_with_a_row_in_windows_1252_is_read_row_by_row_and_that_row_named() {
    let mut csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced\n\
                   zhdk-mixed,Zürcher Hochschule der Künste,Zürich,CH,47.39,8.51,study,0215\n"
        .as_bytes()
        .to_vec();
    // A row added in Windows-1252 (É is byte C9 there, not UTF-8).
    csv.extend_from_slice(
        b"ecal-mixed,\xc9cole cantonale d'art de Lausanne,Renens,CH,46.53,6.59,study,0212\n",
    );
    let (o, out) = import("mixed.csv", csv);
    assert_ok(&o);
    let catalogue = read_json(&out);
    let name = |id: &str| institution(&catalogue, id)["name"].clone();
    assert_eq!(name("zhdk-mixed"), "Zürcher Hochschule der Künste");
    assert_eq!(name("ecal-mixed"), "École cantonale d'art de Lausanne");
    let err = stderr(&o);
    assert!(
        err.contains(
            "mixed.csv: the file is UTF-8, but row 3 is not: it was read as Windows-1252, \
             what Excel saves as \"CSV\" in Western Europe (row 3 has \"École\"); check the \
             accented letters of the output there, and save the whole file as \"CSV UTF-8\" \
             next time"
        ),
        "{err}"
    );
}

#[test]
fn a_value_in_a_column_without_a_name_is_the_only_problem_of_its_row() {
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced\n\
               x-school,X School,Oslo,NO,59.9,10.7,study,0211,CV\n";
    let (o, _) = import("unnamed.csv", csv);
    // Not also "the file has no agreements": the row has them, and could not be read.
    assert_one_problem(
        &o,
        "unnamed.csv: row 2, column I: \"CV\" is in a column without a name in row 1",
    );
}

#[test]
fn a_csv_cell_that_shows_a_spreadsheet_error_is_refused_by_row_and_column() {
    let csv =
        "institution_id;institution_name;short_name;city;country;lat;lon;mobility;isced;places\n\
               x-school;X School;#NAME?;#N/A;NO;59,9;10,7;study;0211;2\n\
               y-school;Y School;Y;Rome;IT;41,9;12,5;study;0211;#DIV/0!\n\
               z-school;Z School;Z;Rome;IT;41,9;12,5;study;0211;Err:502\n";
    let (o, out) = import("errors.csv", csv);
    assert_refused(
        &o,
        "errors.csv: row 2, column short_name (C): the cell shows the error #NAME?, not a value \
         (its formula could not be worked out); put a value in it",
    );
    let err = stderr(&o);
    for said in [
        "row 2, column city (D): the cell shows the error #N/A, not a value",
        "row 3, column places (J): the cell shows the error #DIV/0!, not a value",
        "row 4, column places (J): the cell shows the error Err:502, not a value",
    ] {
        assert!(err.contains(said), "{said}\n{err}");
    }
    // Each cell once: not also "is not a whole number", nor "is empty".
    assert_eq!(err.lines().count(), 5, "{err}");
    assert!(err.ends_with("\n4 problems; nothing was written: correct them and import again\n"));
    assert!(!out.exists(), "nothing written");
}

#[test]
fn error_values_in_dutch_french_or_german_and_in_list_cells_are_refused() {
    // Belgian Excel saves a failed formula's cell in its own language.
    let csv =
        "institution_id;institution_name;short_name;city;country;lat;lon;mobility;isced;tags\n\
               x-school;#NAAM?;#N/B;Oslo;NO;59,9;10,7;study;0211;#VERW!\n\
               y-school;Y School;#NOM?;Rome;IT;41,9;12,5;study;0211;film\n\
               z-school;Z School;#waarde!;Rome;IT;41,9;12,5;study;0211;#BEZUG!\n\
               w-school;W School;W;Rome;IT;41,9;12,5;study;0211;\"film;#DIV/0!\"\n";
    let (o, out) = import("nl-errors.csv", csv);
    assert_refused(
        &o,
        "nl-errors.csv: row 2, column institution_name (B): the cell shows the error #NAAM?, not \
         a value (its formula could not be worked out); put a value in it",
    );
    let err = stderr(&o);
    for said in [
        "row 2, column short_name (C): the cell shows the error #N/B, not a value",
        "row 2, column tags (J): the cell shows the error #VERW!, not a value",
        "row 3, column short_name (C): the cell shows the error #NOM?, not a value",
        "row 4, column short_name (C): the cell shows the error #waarde!, not a value",
        "row 4, column tags (J): the cell shows the error #BEZUG!, not a value",
        "row 5, column tags (J): \"film;#DIV/0!\" has the error #DIV/0! among its items, not a \
         value (its formula could not be worked out); put the value in its place",
    ] {
        assert!(err.contains(said), "{said}\n{err}");
    }
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_web_page_given_to_import_is_named_as_one_with_what_to_save_instead() {
    for (name, page) in [
        (
            "iias.xml",
            &b"<!doctype html>\n<html lang=\"en\"><head><title>EWP Dashboard</title></head></html>\n"[..],
        ),
        (
            "sign-in.html",
            b"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>Caf\xe9</body></html>\n",
        ),
    ] {
        let (o, _) = import(name, page);
        assert_one_problem(
            &o,
            &format!(
                "{name}: the file is a web page (HTML), not an EWP response nor a spreadsheet: a \
                 page saved from the browser (the page that shows the response, or a sign-in or \
                 error page), or a spreadsheet saved as a web page? Save the EWP response itself, \
                 the XML that starts with <iias-get-response>, <institutions-response> or \
                 <factsheet-response>; or save the spreadsheet as \"CSV UTF-8\", .xlsx or .ods"
            ),
        );
    }
}
