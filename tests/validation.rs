//! Every kind of catalogue problem is refused (or warned about) with its place named.
#![cfg(not(target_arch = "wasm32"))]

use partner_matcher::catalogue::{load, load_as_browser, Severity};
use serde_json::{json, Value};

const SMALL: &str = include_str!("fixtures/small.json");

fn small() -> Value {
    serde_json::from_str(SMALL).expect("fixture parses")
}

/// Sets (or, with `None`, removes) the value at a JSON pointer.
fn edit(doc: &mut Value, pointer: &str, value: Option<Value>) {
    let (parent, key) = pointer.rsplit_once('/').expect("pointer has a parent");
    let parent = doc
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"));
    match (parent, value) {
        (Value::Object(map), Some(v)) => {
            map.insert(key.to_owned(), v);
        }
        (Value::Object(map), None) => {
            map.remove(key);
        }
        (Value::Array(list), Some(v)) => match key.parse::<usize>() {
            Ok(i) if i < list.len() => list[i] = v,
            _ => list.push(v),
        },
        (Value::Array(list), None) => {
            list.remove(key.parse::<usize>().expect("index"));
        }
        _ => panic!("cannot edit {pointer}"),
    }
}

/// Loads the fixture with one edit and returns "place: message" of every error. The browser's
/// reader must find the same.
fn errors_after(pointer: &str, value: Option<Value>) -> Vec<String> {
    let mut doc = small();
    edit(&mut doc, pointer, value);
    let errors = |result: Result<_, partner_matcher::catalogue::Rejected>| match result {
        Ok(_) => Vec::new(),
        Err(rejected) => rejected
            .errors()
            .map(|p| format!("{}: {}", p.place, p.message))
            .collect::<Vec<_>>(),
    };
    let text = doc.to_string();
    let native = errors(load(&text));
    assert_eq!(
        native,
        errors(load_as_browser(&text)),
        "the browser's reader"
    );
    native
}

#[test]
fn the_fixture_and_the_demo_catalogue_are_valid() {
    let fixture = load(SMALL).map_err(|r| r.to_string());
    assert!(
        fixture.as_ref().is_ok_and(|c| c.warnings.is_empty()),
        "{fixture:?}"
    );
    let demo = load(include_str!("../www/catalogue.json")).map_err(|r| r.to_string());
    assert!(
        demo.as_ref().is_ok_and(|c| c.warnings.is_empty()),
        "{:?}",
        demo.map(|c| c.warnings)
    );
}

/// (pointer to edit, new value (None removes), place expected, words expected in the message)
#[test]
fn each_kind_of_error_names_its_place() {
    let cases: Vec<(&str, Option<Value>, &str, &str)> = vec![
        // duplicate ids
        (
            "/institutions/1/id",
            Some(json!("cnsmd-lyon")),
            "institutions[1].id",
            "duplicate id \"cnsmd-lyon\"",
        ),
        (
            "/programmes/1/id",
            Some(json!("photography")),
            "programmes[1].id",
            "duplicate id",
        ),
        (
            "/bips/1",
            Some(json!({"id": "bip-photo-2027", "title": "Again", "host": "home"})),
            "bips[1].id",
            "duplicate id",
        ),
        // malformed ids and the reserved one
        (
            "/institutions/0/id",
            Some(json!("CNSMD Lyon")),
            "institutions[0].id",
            "not a valid id",
        ),
        (
            "/institutions/1/id",
            Some(json!("home")),
            "institutions[1].id",
            "reserved",
        ),
        // references to missing ids
        (
            "/institutions/0/agreements/0/programmes/0",
            Some(json!("jazz")),
            "institutions[0].agreements[0].programmes[0]",
            "programme \"jazz\"",
        ),
        (
            "/bips/0/host",
            Some(json!("nowhere")),
            "bips[0].host",
            "institution \"nowhere\"",
        ),
        (
            "/bips/0/partners/0",
            Some(json!("ghost")),
            "bips[0].partners[0]",
            "institution \"ghost\"",
        ),
        (
            "/bips/0/partners/0",
            Some(json!("ensp-arles")),
            "bips[0].partners[0]",
            "listed twice",
        ),
        (
            "/bips/0/programmes/0",
            Some(json!("dance")),
            "bips[0].programmes[0]",
            "programme \"dance\"",
        ),
        // country codes, checked against the ISO list
        (
            "/institutions/0/country",
            Some(json!("XX")),
            "institutions[0].country",
            "not an ISO 3166-1",
        ),
        (
            "/institutions/0/country",
            Some(json!("fr")),
            "institutions[0].country",
            "upper case",
        ),
        (
            "/home/country",
            Some(json!("UK")),
            "home.country",
            "not an ISO 3166-1",
        ),
        (
            "/bips/0/physical/country",
            Some(json!("EU")),
            "bips[0].physical.country",
            "not an ISO 3166-1",
        ),
        // ISCED-F
        (
            "/institutions/0/agreements/0/isced",
            Some(json!("0216")),
            "institutions[0].agreements[0].isced",
            "not an ISCED-F 2013",
        ),
        (
            "/programmes/0/isced",
            Some(json!("211")),
            "programmes[0].isced",
            "not an ISCED-F 2013",
        ),
        // languages
        (
            "/institutions/0/agreements/0/languages/0/lang",
            Some(json!("fra")),
            "institutions[0].agreements[0].languages[0].lang",
            "not an ISO 639-1",
        ),
        (
            "/programmes/0/name",
            Some(json!({"en": "Photography", "xx": "Foto"})),
            "programmes[0].name.xx",
            "not an ISO 639-1",
        ),
        // dates, academic years, yearly deadlines
        (
            "/updated",
            Some(json!("2026-13-01")),
            "updated",
            "not a date",
        ),
        (
            "/bips/0/physical/start",
            Some(json!("2027-02-30")),
            "bips[0].physical.start",
            "not a date",
        ),
        (
            "/bips/0/apply_by",
            Some(json!("15/12/2026")),
            "bips[0].apply_by",
            "not a date",
        ),
        (
            "/institutions/0/deadlines/spring",
            Some(json!("--02-30")),
            "institutions[0].deadlines.spring",
            "--MM-DD",
        ),
        (
            "/institutions/0/agreements/0/valid/from",
            Some(json!("2024-2025")),
            "institutions[0].agreements[0].valid.from",
            "academic year",
        ),
        (
            "/institutions/0/agreements/0/valid/until",
            Some(json!("2022/2023")),
            "institutions[0].agreements[0].valid.until",
            "before the start year",
        ),
        // order of dates
        (
            "/bips/0/physical/end",
            Some(json!("2027-03-01")),
            "bips[0].physical.end",
            "before the start",
        ),
        (
            "/bips/0/apply_by",
            Some(json!("2027-04-01")),
            "bips[0].apply_by",
            "after the BIP starts",
        ),
        // coordinates
        (
            "/institutions/0/location/lat",
            Some(json!(95.5)),
            "institutions[0].location.lat",
            "latitude 95.5 is out of range",
        ),
        (
            "/institutions/1/location/lon",
            Some(json!(-181)),
            "institutions[1].location.lon",
            "longitude -181.0 is out of range",
        ),
        (
            "/home/location/lat",
            Some(json!(-90.1)),
            "home.location.lat",
            "out of range",
        ),
        // web addresses
        (
            "/institutions/0/website",
            Some(json!("javascript:alert(1)")),
            "institutions[0].website",
            "only http:// and https://",
        ),
        (
            "/bips/0/url",
            Some(json!("ftp://example.org")),
            "bips[0].url",
            "only http:// and https://",
        ),
        // positive numbers
        (
            "/institutions/0/agreements/0/places",
            Some(json!(0)),
            "institutions[0].agreements[0].places",
            "at least 1",
        ),
        (
            "/institutions/0/agreements/0/months",
            Some(json!(0)),
            "institutions[0].agreements[0].months",
            "at least 1",
        ),
        (
            "/institutions/0/agreements/0/months",
            Some(json!(13)),
            "institutions[0].agreements[0].months",
            "at most 12",
        ),
        (
            "/bips/0/ects",
            Some(json!(0)),
            "bips[0].ects",
            "more than 0",
        ),
        // empty texts and lists
        (
            "/institutions/1/name",
            Some(json!("  ")),
            "institutions[1].name",
            "is empty",
        ),
        (
            "/institutions/0/agreements/0/levels",
            Some(json!([])),
            "institutions[0].agreements[0].levels",
            "would match nobody",
        ),
        (
            "/programmes/0/name",
            Some(json!({})),
            "programmes[0].name",
            "no text in any language",
        ),
    ];
    for (pointer, value, place, words) in cases {
        let errors = errors_after(pointer, value);
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with(&format!("{place}: ")) && e.contains(words)),
            "editing {pointer}: expected \"{place}: ...{words}...\", got {errors:?}"
        );
    }
}

#[test]
fn all_problems_are_reported_in_one_pass() {
    let mut doc = small();
    edit(&mut doc, "/institutions/0/country", Some(json!("XX")));
    edit(
        &mut doc,
        "/institutions/1/agreements/0/isced",
        Some(json!("9876")),
    );
    edit(&mut doc, "/bips/0/host", Some(json!("nowhere")));
    edit(&mut doc, "/bips/0/physical/end", Some(json!("2027-01-01")));
    let rejected = load(&doc.to_string()).expect_err("must be refused");
    let places: Vec<&str> = rejected.errors().map(|p| p.place.as_str()).collect();
    assert_eq!(
        places,
        [
            "institutions[0].country",
            "institutions[1].agreements[0].isced",
            "bips[0].host",
            "bips[0].physical.end"
        ]
    );
    assert!(
        rejected.to_string().contains("(and 3 more errors)"),
        "{rejected}"
    );
}

#[test]
fn type_errors_name_place_line_and_column() {
    let text = SMALL.replace("\"places\": 2", "\"places\": \"two\"");
    let rejected = load(&text).expect_err("must be refused");
    let p = rejected.first_error().expect("an error");
    assert_eq!(p.place, "institutions[0].agreements[0].places");
    assert!(p.message.contains("invalid type: string \"two\""), "{p}");
    assert_eq!(p.line, Some(32));
    let text = SMALL.replace("\"mobility\": \"study\",\n", "\"mobility\": \"studie\",\n");
    let p = load(&text).expect_err("refused").problems.remove(0);
    assert_eq!(p.place, "institutions[0].agreements[0].mobility");
    assert!(
        p.message
            .contains("unknown variant `studie`, expected one of `study`"),
        "{p}"
    );
    let text = SMALL.replace("\"city\": \"Arles\",\n      \"country\"", "\"country\"");
    let p = load(&text).expect_err("refused").problems.remove(0);
    assert_eq!(
        (p.place.as_str(), p.message.as_str()),
        ("institutions[1]", "missing field `city`")
    );
}

/// The browser's reader words type errors its own way, at the same place and line.
#[test]
fn the_browser_reader_names_type_errors_by_place_too() {
    let first = |text: &str| {
        load_as_browser(text)
            .expect_err("refused")
            .problems
            .remove(0)
    };
    let p = first(&SMALL.replace("\"places\": 2", "\"places\": \"two\""));
    assert_eq!(p.place, "institutions[0].agreements[0].places");
    assert_eq!(
        p.message,
        "invalid type: a string, expected a whole number, 0 or more"
    );
    assert_eq!(p.line, Some(32));
    let p = first(&SMALL.replace("\"mobility\": \"study\",\n", "\"mobility\": \"studie\",\n"));
    assert_eq!(p.place, "institutions[0].agreements[0].mobility");
    assert!(
        p.message
            .contains("unknown variant `studie`, expected one of `study`"),
        "{p}"
    );
    let p = first(&SMALL.replace("\"city\": \"Arles\",\n      \"country\"", "\"country\""));
    assert_eq!(
        (p.place.as_str(), p.message.as_str()),
        ("institutions[1]", "missing field `city`")
    );
    let p = first(&SMALL.replace("\"lat\": 43.", "\"lat\": true, \"x\": 43."));
    assert!(p.place.ends_with(".location.lat"), "{p}");
    assert_eq!(p.message, "invalid type: true or false, expected a number");
    // Syntax errors are serde_json's, as natively.
    let broken = SMALL.replacen(
        "\"updated\": \"2026-10-01\",",
        "\"updated\": \"2026-10-01\"",
        1,
    );
    let (native, browser) = (
        load(&broken).expect_err("refused"),
        load_as_browser(&broken).expect_err("refused"),
    );
    assert!(native.syntax && browser.syntax);
    assert_eq!(native.problems, browser.problems);
}

#[test]
fn syntax_errors_give_line_and_column() {
    let text = SMALL.replacen(
        "\"updated\": \"2026-10-01\",",
        "\"updated\": \"2026-10-01\"",
        1,
    );
    let p = load(&text).expect_err("refused").problems.remove(0);
    assert_eq!((p.line, p.column), (Some(4), Some(3)));
    assert!(p.place.is_empty());
    assert!(p.to_string().contains("(line 4, column 3)"), "{p}");
    assert!(load("").is_err());
    assert!(load("{\"format\": \"partner-matcher/catalogue@1\"} trailing").is_err());
    assert!(load("not json")
        .expect_err("refused")
        .to_string()
        .contains("line 1"));
}

#[test]
fn format_versions_are_checked() {
    for load in [load, load_as_browser] {
        format_versions_are_checked_by(load);
    }
}

fn format_versions_are_checked_by(
    load: fn(
        &str,
    )
        -> Result<partner_matcher::catalogue::Checked, partner_matcher::catalogue::Rejected>,
) {
    let future = SMALL.replace("catalogue@1\"", "catalogue@2\"");
    let message = load(&future).expect_err("refused").to_string();
    assert!(
        message.contains("format version 2") && message.contains("newer partner-matcher"),
        "{message}"
    );
    // A future version with a changed structure still gets the version message.
    let future = r#"{"format": "partner-matcher/catalogue@3", "partners": []}"#;
    assert!(load(future)
        .expect_err("refused")
        .to_string()
        .contains("format version 3"));
    let minor = SMALL.replace("catalogue@1\"", "catalogue@1.4\"");
    assert!(load(&minor).is_ok(), "a minor version is read");
    let other = SMALL.replace("partner-matcher/catalogue@1", "something-else");
    assert!(load(&other)
        .expect_err("refused")
        .to_string()
        .contains("not a partner-matcher catalogue format"));
    let mut missing = small();
    edit(&mut missing, "/format", None);
    assert!(load(&missing.to_string())
        .expect_err("refused")
        .to_string()
        .starts_with("format: missing"));
}

#[test]
fn unknown_fields_and_unreachable_agreements_are_warnings() {
    let mut doc = small();
    edit(
        &mut doc,
        "/institutions/0/agreements/0/placse",
        Some(json!(3)),
    );
    edit(
        &mut doc,
        "/institutions/1/agreements/0/isced",
        Some(json!("0731")),
    );
    edit(&mut doc, "/institutions/1/agreements/0/programmes", None);
    edit(&mut doc, "/colour", Some(json!("blue")));
    let checked = load(&doc.to_string()).expect("warnings do not refuse");
    let warnings: Vec<String> = checked.warnings.iter().map(|w| w.to_string()).collect();
    assert!(checked
        .warnings
        .iter()
        .all(|w| w.severity == Severity::Warning));
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("institutions[0].agreements[0].placse: unknown field")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("colour: unknown field")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w
                .starts_with("institutions[1].agreements[0].isced: no programme has ISCED 0731")),
        "{warnings:?}"
    );
}
