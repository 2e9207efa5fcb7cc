//! `check`'s words for what the command line knows more than the core (src/cli/clarify.rs):
//! a file saved as UTF-16, a date that is no day, an id with a typo, a value as a spreadsheet
//! leaves it, an academic year whose years do not follow each other.

use crate::command::{assert_refused, run, scratch, stderr};

#[test]
fn a_catalogue_saved_as_utf16_is_named_as_such() {
    // Notepad's and Excel's "Unicode" is UTF-16 with its mark: not Latin-1, as a byte that
    // is not UTF-8 would otherwise be called.
    let text = include_str!("../fixtures/small.json");
    for (name, mark, big_endian) in [
        ("utf16le.json", [0xFF, 0xFE], false),
        ("utf16be.json", [0xFE, 0xFF], true),
    ] {
        let mut bytes = mark.to_vec();
        for unit in text.encode_utf16() {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            bytes.extend(pair);
        }
        let path = scratch(name, bytes);
        let o = run(&["check", path.to_str().unwrap_or_default()]);
        assert_refused(
            &o,
            "error: the file is UTF-16 text (\"Unicode\" in Notepad's or Excel's Save As), not \
             UTF-8: save it as UTF-8",
        );
        assert!(!stderr(&o).contains("Latin-1"), "{}", stderr(&o));
        let o = run(&["render", path.to_str().unwrap_or_default()]);
        assert_refused(&o, "is UTF-16 text");
    }
}

#[test]
fn a_date_written_well_that_does_not_exist_says_why() {
    let bad = include_str!("../fixtures/small.json")
        .replace("\"2026-12-15\"", "\"2027-02-30\"")
        .replace("\"2027-03-08\"", "\"2027-13-08\"")
        .replace("\"until\": \"2028/2029\"", "\"until\": \"2028/2030\"")
        .replace("\"autumn\": \"--04-15\"", "\"autumn\": \"--04-31\"");
    let path = scratch("no-such-day.json", &bad);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    let err = stderr(&o);
    for said in [
        "found \"2027-02-30\": February 2027 has no day 30: it has 28 days (line",
        "found \"2027-13-08\": there is no month 13: months go from 01 to 12 (line",
        "found \"2028/2030\": an academic year is two years in a row, such as \"2028/2029\" (line",
        "found \"--04-31\": April has no day 31: it has 30 days (line",
    ] {
        assert_refused(&o, said);
    }
    assert!(!err.contains("(give a date"), "{err}");
}

#[test]
fn an_id_referred_to_with_a_typo_names_the_id_meant() {
    let bad = include_str!("../fixtures/small.json").replace(
        "\"partners\": [\"cnsmd-lyon\"]",
        "\"partners\": [\"cnsmd-lyno\"]",
    );
    let path = scratch("typo-in-id.json", &bad);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(
        &o,
        "refers to institution \"cnsmd-lyno\", which is not in institutions: did you mean \
         \"cnsmd-lyon\"? (line",
    );
    // Saved with a byte-order mark, as Notepad may save it: the same.
    let path = scratch("typo-in-id-bom.json", format!("\u{feff}{bad}"));
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(&o, "did you mean \"cnsmd-lyon\"? (line");
    // An id like none of the catalogue's is not given a guess.
    let far = include_str!("../fixtures/small.json").replace(
        "\"partners\": [\"cnsmd-lyon\"]",
        "\"partners\": [\"royal-college\"]",
    );
    let path = scratch("unknown-id.json", &far);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(&o, "which is not in institutions (line");
    assert!(!stderr(&o).contains("did you mean"), "{}", stderr(&o));
    // A programme by its name instead of its id: the id of the programme of that name.
    let named = include_str!("../fixtures/small.json").replace(
        "\"programmes\": [\"photography\"]",
        "\"programmes\": [\"fotografie\"]",
    );
    let path = scratch("programme-by-name.json", &named);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(
        &o,
        "refers to programme \"fotografie\", which is not in programmes: did you mean \
         \"photography\"? (line",
    );
    // ... in either language, with a typo, and in capitals.
    let misspelt = named.replace("\"fotografie\"", "\"Fotografy\"");
    let path = scratch("programme-by-name-misspelt.json", &misspelt);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(
        &o,
        "refers to programme \"Fotografy\", which is not in programmes: did you mean \
         \"photography\"? (line",
    );
}

#[test]
fn a_value_a_spreadsheet_mangled_says_what_to_write() {
    // A code copied from a spreadsheet, which drops the leading zero; a number in quotes.
    let bad = include_str!("../fixtures/small.json")
        .replace(
            "\"isced\": \"0211\", \"places\"",
            "\"isced\": 211, \"places\"",
        )
        .replace("\"isced\": \"0215\"", "\"isced\": \"215\"")
        .replace(
            "\"lat\": 43.68, \"lon\": 4.63 } },",
            "\"lat\": \"43,68\", \"lon\": 4.63 } },",
        )
        .replace("\"ects\": 3", "\"ects\": \"3\"");
    let path = scratch("spreadsheet-values.json", &bad);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    for said in [
        "found 211: a spreadsheet drops the leading zero of a code: write \"0211\" (line",
        "found \"215\": a spreadsheet drops the leading zero of a code: write \"0215\" (line",
        "found \"43,68\": write the number without quotes, with a decimal point: 43.68 (line",
        "found \"3\": write the number without quotes: 3 (line",
    ] {
        assert_refused(&o, said);
    }
}

#[test]
fn a_number_in_quotes_is_given_back_as_json_writes_it() {
    // "+3", ".5", "03" are numbers to a spreadsheet, not to JSON: the number to write is one
    // the catalogue's reader takes, and a whole number's field is not given a fraction.
    let text = include_str!("../fixtures/small.json");
    for (from, to, said) in [
        (
            "\"ects\": 3",
            "\"ects\": \"+3\"",
            "found \"+3\": write the number without quotes: 3 (",
        ),
        (
            "\"ects\": 3",
            "\"ects\": \".5\"",
            "found \".5\": write the number without quotes: 0.5 (",
        ),
        (
            "\"ects\": 3",
            "\"ects\": \"03\"",
            "found \"03\": write the number without quotes: 3 (",
        ),
        (
            "\"lat\": 43.68, \"lon\": 4.63 } },",
            "\"lat\": \"+43,68\", \"lon\": 4.63 } },",
            "found \"+43,68\": write the number without quotes, with a decimal point: 43.68 (",
        ),
        (
            "\"places\": 2,",
            "\"places\": \"2.0\",",
            "found \"2.0\": write the number without quotes: 2 (",
        ),
    ] {
        let path = scratch("number-in-quotes.json", text.replacen(from, to, 1));
        assert_refused(&run(&["check", path.to_str().unwrap_or_default()]), said);
    }
    // 2.5 places is no whole number either way: only the rule is said.
    let path = scratch(
        "fraction-in-quotes.json",
        text.replacen("\"places\": 2,", "\"places\": \"2.5\",", 1),
    );
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(&o, "found \"2.5\" (line");
    assert!(!stderr(&o).contains("write the number"), "{}", stderr(&o));
}

#[test]
fn an_academic_year_in_another_form_is_not_said_to_be_years_apart() {
    // "two years in a row" is said of YYYY/YYYY whose years do not follow each other only: a
    // space, a third year or a short second year is the form's fault, which the rule says.
    for written in ["2028/2029 ", "2028/2029/2030", "2028/29"] {
        let bad = include_str!("../fixtures/small.json").replace(
            "\"until\": \"2028/2029\"",
            &format!("\"until\": \"{written}\""),
        );
        let path = scratch("academic-year-form.json", &bad);
        let o = run(&["check", path.to_str().unwrap_or_default()]);
        assert_refused(
            &o,
            &format!("must be an academic year written YYYY/YYYY, such as \"2024/2025\", found \"{written}\" (line"),
        );
        assert!(!stderr(&o).contains("two years in a row"), "{}", stderr(&o));
    }
}
