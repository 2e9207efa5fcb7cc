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
    // A name a shell would break on, as a second download is named ("partners(1).json"), is
    // in quotes, as one with a space is: the command can be pasted as it is.
    for name in ["two errors.json", "two-errors(1).json", "two&errors.json"] {
        let path = scratch(name, &bad);
        let file = path.to_str().unwrap_or_default();
        assert_refused(
            &run(&["render", file]),
            &format!("`partner-matcher check \"{file}\"` names every one"),
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
