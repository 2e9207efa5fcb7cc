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
