//! `check` and `schema`: a catalogue passes, or each of its errors is named by its place.

use serde_json::Value;

use crate::command::{assert_refused, run, scratch, stderr, stdout, DEMO};

#[test]
fn check_accepts_the_demo_catalogue() {
    let o = run(&["check", DEMO]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("ok: 12 programmes") && out.contains("BIPs"),
        "{out}"
    );
}

#[test]
fn check_names_every_error_and_fails() {
    let bad = include_str!("../fixtures/small.json")
        .replace("\"country\": \"FR\"", "\"country\": \"XX\"")
        .replace(
            "\"isced\": \"0211\", \"places\"",
            "\"isced\": \"02111\", \"places\"",
        );
    let path = scratch("bad.json", &bad);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(
        &o,
        "error: institutions[0].country: `country` must be an ISO 3166-1 alpha-2 country code such as \"FR\", found \"XX\" (line 21, column 18)",
    );
    assert!(stderr(&o).contains("institutions[1].country"));
    assert!(stderr(&o).contains("institutions[1].agreements[0].isced"));
    let o = run(&["check", "--json", path.to_str().unwrap_or_default()]);
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap_or_default();
    assert_eq!(report["ok"], Value::Bool(false));
    assert_eq!(report["problems"][0]["place"], "institutions[0].country");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn check_says_which_records_the_widget_would_leave_out() {
    let bad = include_str!("../fixtures/small.json").replace(
        "\"city\": \"Arles\",\n      \"country\": \"FR\"",
        "\"city\": \"Arles\",\n      \"country\": \"XX\"",
    );
    let path = scratch("one-bad.json", &bad);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(
        &o,
        "the widget would leave out 2 records and show the rest: institutions[1] (ensp-arles), bips[0] (bip-photo-2027)",
    );
    let o = run(&["check", "--json", path.to_str().unwrap_or_default()]);
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap_or_default();
    assert_eq!(report["ok"], Value::Bool(false));
    assert_eq!(report["widget"]["shows"], Value::Bool(true));
    assert_eq!(report["widget"]["left_out"][0]["place"], "institutions[1]");
    assert_eq!(report["widget"]["left_out"][0]["id"], "ensp-arles");
    let whole = include_str!("../fixtures/small.json").replace("\"BE\"", "\"XX\"");
    let path = scratch("bad-home.json", &whole);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(&o, "the widget would show no partners");
    // Bytes that are not UTF-8 are a problem of the file, with its line.
    let path = scratch("latin1.json", "");
    let mut bytes = include_str!("../fixtures/small.json").as_bytes().to_vec();
    let at = bytes.iter().position(|&b| b == b'A').unwrap_or_default();
    bytes[at] = 0xC9;
    std::fs::write(&path, bytes).unwrap_or_default();
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(&o, "not UTF-8");
}

#[test]
fn check_reports_syntax_errors_by_line_and_column() {
    let path = scratch(
        "syntax.json",
        "{\n  \"format\": \"partner-matcher/catalogue@1\",\n  \"home\": {,}\n}",
    );
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert_refused(&o, "(line 3, column 12)");
}

#[test]
fn schema_validates_the_demo_and_rejects_bad_catalogues() {
    let o = run(&["schema"]);
    assert!(o.status.success());
    let schema: Value = serde_json::from_str(&stdout(&o)).expect("schema is JSON");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let demo: Value =
        serde_json::from_str(include_str!("../../www/catalogue.json")).expect("demo parses");
    let errors: Vec<String> = validator
        .iter_errors(&demo)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut bad = demo.clone();
    bad["institutions"][3]["location"]["lat"] = Value::from(123.0);
    bad["institutions"][4]["agreements"][0]["mobility"] = Value::from("holiday");
    bad["institutions"][5]["country"] = Value::from("france");
    let places: Vec<String> = validator
        .iter_errors(&bad)
        .map(|e| e.instance_path().to_string())
        .collect();
    for place in [
        "/institutions/3/location/lat",
        "/institutions/4/agreements/0/mobility",
        "/institutions/5/country",
    ] {
        assert!(
            places.iter().any(|p| p == place),
            "{place} not in {places:?}"
        );
    }
    let criteria = run(&["schema", "--criteria"]);
    let schema: Value = serde_json::from_str(&stdout(&criteria)).expect("criteria schema is JSON");
    assert!(schema["properties"]["max_distance_km"].is_object());
}

#[test]
fn check_says_what_to_do_with_an_empty_cut_off_or_wrong_kind_of_file() {
    let demo = std::fs::read_to_string(DEMO).unwrap_or_default();
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("empty.json", Vec::new(), "the file is empty"),
        (
            "cut-off.json",
            demo.as_bytes()[..100_000].to_vec(),
            "the file ends before its last }: it may have been cut off, or not saved completely",
        ),
        (
            "sheet.csv",
            std::fs::read("www/partners-sample.csv").unwrap_or_default(),
            "this is not a JSON catalogue: it begins with \"i\" where a catalogue begins with { \
             (a spreadsheet or CSV of the office goes through `partner-matcher import`)",
        ),
        (
            // A workbook's first bytes: a zip file's mark, then binary.
            "book.xlsx",
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00\xff\xfe".to_vec(),
            "this is a spreadsheet workbook (.xlsx, .ods or .xls), not a JSON catalogue",
        ),
    ];
    for (name, bytes, said) in cases {
        let path = scratch(name, bytes);
        let o = run(&["check", path.to_str().unwrap_or_default()]);
        assert_refused(&o, said);
        // diff reads each catalogue as check does.
        let o = run(&["diff", DEMO, path.to_str().unwrap_or_default()]);
        assert_refused(&o, said);
    }
}

#[test]
fn options_that_would_do_nothing_are_named() {
    // --limit 0 would hide every result found.
    let o = run(&["search", DEMO, "--limit", "0"]);
    assert_refused(&o, "a whole number, 1 or more");
    // A CSV file has no sheets: --sheet is said to be unused.
    let o = run(&[
        "import",
        "www/partners-sample.csv",
        "--sheet",
        "Nope",
        "--into",
        DEMO,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("a CSV file has no sheets, so --sheet \"Nope\" was not used"),
        "{}",
        stderr(&o)
    );
    // preview names --www when the folder is not there.
    let o = run(&["preview", DEMO, "--www", "no-such-folder"]);
    assert_refused(
        &o,
        "there is no folder no-such-folder: give the folder of the built widget with --www",
    );
}

#[test]
fn check_counts_in_words_that_agree_with_the_number() {
    let one = r#"{"format": "partner-matcher/catalogue@1",
        "home": {"name": "KASK", "city": "Gent", "country": "BE",
                 "location": {"lat": 51.05, "lon": 3.72}},
        "programmes": [{"id": "photography", "name": "Photography", "isced": "0211"}],
        "institutions": [{"id": "x", "name": "X", "city": "Oslo", "country": "NO",
            "location": {"lat": 59.9, "lon": 10.7},
            "agreements": [{"mobility": "study", "isced": "0211"}]}]}"#;
    let path = scratch("one.json", one);
    let o = run(&["check", path.to_str().unwrap_or_default()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("ok: 1 programme, 1 institution in 1 country, 1 agreement, 0 BIPs"),
        "{}",
        stdout(&o)
    );
}

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
fn the_schema_refuses_a_date_that_is_no_day_as_check_does() {
    // An editor that validates formats (VS Code does) flags "2027-02-30" as check does.
    let schema: Value = serde_json::from_str(&stdout(&run(&["schema"]))).expect("schema");
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("a valid JSON Schema");
    let mut demo: Value =
        serde_json::from_str(include_str!("../../www/catalogue.json")).expect("demo parses");
    assert!(validator.is_valid(&demo));
    demo["bips"][0]["apply_by"] = Value::from("2027-02-30");
    let places: Vec<String> = validator
        .iter_errors(&demo)
        .map(|e| e.instance_path().to_string())
        .collect();
    assert_eq!(places, ["/bips/0/apply_by"]);
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
fn a_command_refusing_a_catalogue_with_more_errors_says_how_to_see_them_all() {
    let bad = include_str!("../fixtures/small.json")
        .replace(
            "\"isced\": \"0211\", \"places\"",
            "\"isced\": \"211\", \"places\"",
        )
        .replace("\"ects\": 3", "\"ects\": \"3\"");
    let path = scratch("two-errors.json", &bad);
    let file = path.to_str().unwrap_or_default();
    for args in [
        vec!["render", file],
        vec!["search", file],
        vec!["diff", DEMO, file],
    ] {
        let o = run(&args);
        assert_refused(
            &o,
            &format!("(and 1 more error: `partner-matcher check {file}` names every one)\n"),
        );
    }
}

#[test]
fn check_warns_of_what_is_over_and_so_not_shown() {
    // A BIP of a year gone by and an agreement that ended: valid, but neither the widget nor
    // render shows them, which a mistyped year makes a surprise.
    let past = include_str!("../fixtures/small.json")
        .replace(
            "\"start\": \"2027-03-08\", \"end\": \"2027-03-12\"",
            "\"start\": \"2024-03-04\", \"end\": \"2024-03-08\"",
        )
        .replace("\"until\": \"2028/2029\"", "\"until\": \"2025/2026\"")
        .replace(
            "\"apply_by\": \"2026-12-15\"",
            "\"apply_by\": \"2023-12-01\"",
        );
    let path = scratch("over.json", &past);
    let file = path.to_str().unwrap_or_default();
    let o = run(&["check", file, "--today", "2026-12-05"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    for said in [
        "warning: institutions[0].agreements[0].valid.until: the agreement ended with the \
         academic year 2025/2026: the widget and render leave it out (a year mistyped?) (line 36,",
        "warning: bips[0].physical.end: the BIP ended on 2024-03-08: the widget and render \
         leave it out (a year mistyped?) (line 60,",
    ] {
        assert!(err.contains(said), "{said}: {err}");
    }
    assert!(stdout(&o).ends_with("(2 warnings)\n"), "{}", stdout(&o));
    // On a day before they ended, nothing to say.
    let o = run(&["check", file, "--today", "2024-03-01"]);
    assert_eq!(stderr(&o), "");
    // --json has them too.
    let o = run(&["check", "--json", file, "--today", "2026-12-05"]);
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap_or_default();
    assert_eq!(report["ok"], Value::Bool(true));
    assert_eq!(report["problems"][1]["place"], "bips[0].physical.end");
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
