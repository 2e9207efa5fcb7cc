//! `import`: what a spreadsheet's cells hold, read as the office means it or refused by row
//! and column (name and letter) with what to write instead.

use crate::command::{
    assert_ok, assert_refused, path_str, read_json, run, scratch, scratch_path, stderr, DEMO,
};

/// Imports `csv` (saved as `name`) into the demo catalogue: the output, or the refusal.
pub fn import(name: &str, csv: impl AsRef<[u8]>) -> (std::process::Output, std::path::PathBuf) {
    let path = scratch(name, csv);
    let out = scratch_path(&format!("{name}.json"));
    let o = run(&[
        "import",
        path_str(&path),
        "--into",
        DEMO,
        "-o",
        path_str(&out),
    ]);
    (o, out)
}

/// The institution `id` of a catalogue an import wrote (`null` when it is not there).
pub fn institution<'c>(catalogue: &'c serde_json::Value, id: &str) -> &'c serde_json::Value {
    catalogue["institutions"]
        .as_array()
        .and_then(|all| all.iter().find(|i| i["id"] == id))
        .unwrap_or(&serde_json::Value::Null)
}

#[test]
fn list_cells_with_commas_are_refused_with_the_cell_written_with_semicolons() {
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced,levels,terms,languages,requirements,tags\n\
               x-school,X School,Oslo,NO,59.9,10.7,study,0211,\"bachelor, master\",\"autumn, spring\",\"en B2, fr B1\",\"portfolio, cv, motivation letter\",\"film, photo\"\n";
    let (o, out) = import("commas.csv", csv);
    assert_refused(
        &o,
        "commas.csv: row 2, column requirements (L): \"portfolio, cv, motivation letter\" has \
         commas between its items: separate them with \";\" instead, as in \
         \"portfolio;cv;motivation letter\"",
    );
    let err = stderr(&o);
    for said in [
        "row 2, column tags (M): \"film, photo\" has commas between its items: separate them with \";\" instead, as in \"film;photo\"",
        "row 2, column levels (I): \"bachelor, master\" has commas between its items: separate them with \";\" instead, as in \"bachelor;master\"",
        "row 2, column terms (J): \"autumn, spring\" has commas",
        "row 2, column languages (K): \"en B2, fr B1\" has commas",
    ] {
        assert!(err.contains(said), "{said}\n{err}");
    }
    assert!(!err.contains("is not one of"), "{err}");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn requirements_as_the_office_writes_them_are_the_keys_the_widget_translates() {
    let csv = "institution_id;institution_name;city;country;lat;lon;mobility;isced;requirements;tags\n\
               x-school;X School;Oslo;NO;59,9;10,7;study;0211;\"Motivation letter;Portfolio; CV;Motivatiebrief;Privacy statement\";\"film;photo\"\n";
    let (o, out) = import("requirements.csv", csv);
    assert_ok(&o);
    // "Motivatiebrief" is the motivation letter again, in Dutch: once.
    let catalogue = read_json(&out);
    let school = institution(&catalogue, "x-school");
    assert_eq!(
        school["requirements"],
        serde_json::json!(["motivation-letter", "portfolio", "cv", "Privacy statement"])
    );
    assert_eq!(school["tags"], serde_json::json!(["film", "photo"]));
    // Other names the office writes for them (a Dutch grade list, a CV written out).
    let csv = "institution_id;institution_name;city;country;lat;lon;mobility;isced;requirements\n\
               y-school;Y School;Oslo;NO;59,9;10,7;study;0211;\"Cijferlijst;Curriculum vitae;Taalbewijs\"\n";
    let (o, out) = import("requirements-other-names.csv", csv);
    assert_ok(&o);
    let catalogue = read_json(&out);
    assert_eq!(
        institution(&catalogue, "y-school")["requirements"],
        serde_json::json!(["transcript", "cv", "language-certificate"])
    );
}

#[test]
fn a_negative_count_is_said_to_be_below_zero_with_the_rule() {
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced,places,months\n\
               x-school,X School,Oslo,NO,59.9,10.7,study,0211,-1,\"-2,0\"\n\
               y-school,Y School,Rome,IT,41.9,12.5,study,0211,\"2,5\",99999999999\n";
    let (o, out) = import("negative.csv", csv);
    assert_refused(
        &o,
        "negative.csv: row 2, column places (I): \"-1\" is below zero: write a whole number of \
         places, 1 or more",
    );
    let err = stderr(&o);
    for said in [
        "row 2, column months (J): \"-2,0\" is below zero: write a whole number of months, 1 or more",
        "row 3, column places (I): \"2,5\" is not a whole number",
        "row 3, column months (J): \"99999999999\" is far too large for a number of months",
    ] {
        assert!(err.contains(said), "{said}\n{err}");
    }
    assert!(!err.contains("\"-1\" is not a whole number"), "{err}");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_deadline_saved_as_a_date_is_read_day_first_as_a_workbook_s_date_cell_is() {
    // Excel in Belgium saves a date cell to CSV as it shows it: 15/04/2027.
    let csv = "institution_id;institution_name;city;country;lat;lon;mobility;isced;deadline_autumn;deadline_spring\n\
               x-school;X School;Oslo;NO;59,9;10,7;study;0211;15/04/2027;1-10-26\n\
               y-school;Y School;Rome;IT;41,9;12,5;study;0211;2027-03-31;--10-15\n";
    let (o, out) = import("dates.csv", csv);
    assert_ok(&o);
    let catalogue = read_json(&out);
    let deadlines = |id: &str| institution(&catalogue, id)["deadlines"].clone();
    assert_eq!(
        deadlines("x-school"),
        serde_json::json!({"autumn": "--04-15", "spring": "--10-01"})
    );
    assert_eq!(
        deadlines("y-school"),
        serde_json::json!({"autumn": "--03-31", "spring": "--10-15"})
    );
    // A day that does not exist is refused as typed.
    let csv = csv.replace("15/04/2027", "29/02/2027");
    let (o, _) = import("no-such-day.csv", csv);
    assert_refused(
        &o,
        "no-such-day.csv: row 2, column deadline_autumn (I): \"29/02/2027\" is not a day of the year",
    );
}

#[test]
fn a_country_written_as_the_eu_or_a_person_writes_it_is_refused_with_its_iso_code() {
    let csv = "institution_id,institution_name,city,country,lat,lon,mobility,isced\n\
               x-school,X School,London,UK,51.5,-0.1,study,0211\n\
               y-school,Y School,Athens,EL,37.98,23.73,study,0211\n\
               z-school,Z School,Berlin,Duitsland,52.52,13.4,study,0211\n";
    let (o, out) = import("countries.csv", csv);
    assert_refused(
        &o,
        "countries.csv: row 2, column country (D): \"UK\" is not an ISO 3166-1 country code: \
         write GB (United Kingdom)",
    );
    let err = stderr(&o);
    for said in [
        "row 3, column country (D): \"EL\" is not an ISO 3166-1 country code: write GR (Greece)",
        "row 4, column country (D): \"Duitsland\" is not an ISO 3166-1 country code: write DE (Germany)",
    ] {
        assert!(err.contains(said), "{said}\n{err}");
    }
    assert!(!out.exists(), "nothing written");
}

#[test]
fn the_same_problem_on_many_rows_is_said_once_with_its_rows_and_a_total() {
    let mut csv =
        String::from("institution_id;institution_name;city;country;lat;lon;mobility;isced\n");
    for i in 0..500 {
        csv.push_str(&format!("x{i};X {i};Oslo;UK;north;10,7;study;0211\n"));
    }
    // One row with a problem of its own, said as before.
    csv.push_str("y;Y;Oslo;NO;59,9;10,7;study;0211;extra\n");
    let (o, out) = import("many.csv", csv);
    assert_refused(
        &o,
        "many.csv: rows 2\u{2013}501 (500 rows), column lat (E): \"north\" is not a number\n",
    );
    let err = stderr(&o);
    for said in [
        "many.csv: rows 2\u{2013}501 (500 rows), column country (D): \"UK\" is not an ISO \
         3166-1 country code: write GB (United Kingdom)\n",
        "many.csv: row 502, column I: \"extra\" is in a column without a name in row 1",
        "\n1,001 problems (3 different, each above with its rows); nothing was written: correct \
         them and import again\n",
    ] {
        assert!(err.contains(said), "{said}\n{err}");
    }
    assert_eq!(err.lines().count(), 4, "{err}");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn headers_written_as_the_office_writes_them_are_read_and_unknown_ones_said_once() {
    // Case, spaces for `_` and spaces around a name: the column all the same.
    let csv = "Institution ID;Institution Name;City ;Country;Lat;Lon;Mobility;ISCED;Valid from\n\
               x-school;X School;Oslo;NO;59,9;10,7;study;0211;2024/2025\n";
    let (o, out) = import("spaces.csv", csv);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written = read_json(&out);
    let x = institution(&written, "x-school");
    assert_eq!(x["agreements"][0]["valid"]["from"], "2024/2025", "{x}");
    // Dutch headings and a typo: one message, each with the column it most likely means.
    let csv =
        "Instelling;Stad;Land;Breedtegraad;Lengtegraad;Mobiliteit;ISCED;Colour;institution_nmae\n\
               X School;Oslo;NO;59,9;10,7;study;0211;blue;x-school\n";
    let (o, out) = import("dutch.csv", csv);
    assert_refused(
        &o,
        "dutch.csv: row 1: 8 columns are not columns the import knows: instelling (A, perhaps \
         institution_name), stad (B, perhaps city), land (C, perhaps country), breedtegraad (D, \
         perhaps lat), lengtegraad (E, perhaps lon), mobiliteit (F, perhaps mobility), colour \
         (H), institution_nmae (I, perhaps institution_name); rename each as the import names \
         its column, or delete it; the columns are institution_id, institution_name,",
    );
    let err = stderr(&o);
    assert_eq!(err.matches("the columns are").count(), 1, "{err}");
    assert!(!out.exists(), "nothing written");
}
