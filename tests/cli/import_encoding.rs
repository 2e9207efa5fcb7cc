//! `import`: the encodings of the office's CSV files, as Excel and other programs save them,
//! and the rows a warning names.

use crate::command::{assert_ok, read_json, stderr};
use crate::import_cells::{import, institution};

const HEADER: &str = "institution_id,institution_name,city,country,lat,lon,mobility,isced\n";

/// The warning for a UTF-8 file whose row `row` (with `word`) is in Windows-1252.
fn one_row_warning(file: &str, row: usize, word: &str) -> String {
    format!(
        "{file}: the file is UTF-8, but row {row} is not: it was read as Windows-1252, what \
         Excel saves as \"CSV\" in Western Europe (row {row} has \"{word}\"); check the \
         accented letters of the output there, and save the whole file as \"CSV UTF-8\" next \
         time"
    )
}

#[test]
fn a_csv_utf8_file_with_its_mark_and_a_row_in_windows_1252_is_read_row_by_row() {
    // Excel's "CSV UTF-8" starts with the mark; a row added in Windows-1252 (É is C9).
    let mut csv = b"\xef\xbb\xbf".to_vec();
    csv.extend_from_slice(HEADER.as_bytes());
    csv.extend_from_slice(
        "zhdk-bom,Zürcher Hochschule der Künste,Zürich,CH,47.39,8.51,study,0215\n".as_bytes(),
    );
    csv.extend_from_slice(
        b"ecal-bom,\xc9cole cantonale d'art de Lausanne,Renens,CH,46.53,6.59,study,0212\n",
    );
    let (o, out) = import("bom-mixed.csv", csv);
    assert_ok(&o);
    let catalogue = read_json(&out);
    let name = |id: &str| institution(&catalogue, id)["name"].clone();
    assert_eq!(name("zhdk-bom"), "Zürcher Hochschule der Künste");
    assert_eq!(name("ecal-bom"), "École cantonale d'art de Lausanne");
    let err = stderr(&o);
    assert!(
        err.contains(&one_row_warning("bom-mixed.csv", 3, "École")),
        "{err}"
    );
}

#[test]
fn the_row_in_windows_1252_is_named_after_a_quote_inside_an_unquoted_cell() {
    // `12"` is an ordinary character in a cell that does not start with a quote.
    let mut csv = HEADER.as_bytes().to_vec();
    csv.extend_from_slice(
        "screen-quote,Screen 12\" School,Zürich,CH,47.39,8.51,study,0211\n".as_bytes(),
    );
    csv.extend_from_slice(b"ecole-quote,\xc9cole Z,Renens,CH,46.53,6.59,study,0212\n");
    let (o, out) = import("quote-mixed.csv", csv);
    assert_ok(&o);
    let catalogue = read_json(&out);
    assert_eq!(
        institution(&catalogue, "screen-quote")["name"],
        "Screen 12\" School"
    );
    assert_eq!(institution(&catalogue, "ecole-quote")["name"], "École Z");
    let err = stderr(&o);
    assert!(
        err.contains(&one_row_warning("quote-mixed.csv", 3, "École")),
        "{err}"
    );
}

#[test]
fn a_file_with_lone_carriage_returns_is_read_row_by_row_too() {
    // Lines ended by CR alone, as old Macs save them.
    let mut csv = HEADER.replace('\n', "\r").into_bytes();
    csv.extend_from_slice(
        "zhdk-cr,Zürcher Hochschule der Künste,Zürich,CH,47.39,8.51,study,0215\r".as_bytes(),
    );
    csv.extend_from_slice(b"ecal-cr,\xc9cole cantonale,Renens,CH,46.53,6.59,study,0212\r");
    let (o, out) = import("cr-mixed.csv", csv);
    assert_ok(&o);
    let catalogue = read_json(&out);
    let name = |id: &str| institution(&catalogue, id)["name"].clone();
    assert_eq!(name("zhdk-cr"), "Zürcher Hochschule der Künste");
    assert_eq!(name("ecal-cr"), "École cantonale");
    let err = stderr(&o);
    assert!(
        err.contains(&one_row_warning("cr-mixed.csv", 3, "École")),
        "{err}"
    );
}
