//! Every kind of catalogue problem is refused (or warned about) with its place named.
#![cfg(not(target_arch = "wasm32"))]

use partner_matcher::catalogue::{load, load_bytes, BadRecords, Checked, Rejected, Severity};
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

/// Loads the fixture with one edit and returns "place: message" of every error.
fn errors_after(pointer: &str, value: Option<Value>) -> Vec<String> {
    let mut doc = small();
    edit(&mut doc, pointer, value);
    match load(&doc.to_string()) {
        Ok(_) => Vec::new(),
        Err(rejected) => rejected
            .errors()
            .map(|p| format!("{}: {}", p.place, p.message))
            .collect(),
    }
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
            "`id` must be an id of at most 64 lower-case letters, digits and hyphens",
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
            "`country` must be an ISO 3166-1 alpha-2 country code such as \"FR\", found \"XX\"",
        ),
        (
            "/institutions/0/country",
            Some(json!("fr")),
            "institutions[0].country",
            "`country` must be written in upper case, \"FR\", found \"fr\"",
        ),
        (
            "/home/country",
            Some(json!("UK")),
            "home.country",
            "must be an ISO 3166-1 alpha-2 country code such as \"FR\", found \"UK\"",
        ),
        (
            "/bips/0/physical/country",
            Some(json!("EU")),
            "bips[0].physical.country",
            "must be an ISO 3166-1 alpha-2 country code such as \"FR\", found \"EU\"",
        ),
        // ISCED-F
        (
            "/institutions/0/agreements/0/isced",
            Some(json!("0216")),
            "institutions[0].agreements[0].isced",
            "`isced` must be an ISCED-F 2013 field code, four digits such as \"0211\" or \"0215\", found \"0216\"",
        ),
        (
            "/programmes/0/isced",
            Some(json!("211")),
            "programmes[0].isced",
            "`isced` must be an ISCED-F 2013 field code, four digits such as \"0211\" or \"0215\", found \"211\"",
        ),
        // languages
        (
            "/institutions/0/agreements/0/languages/0/lang",
            Some(json!("fra")),
            "institutions[0].agreements[0].languages[0].lang",
            "`lang` must be an ISO 639-1 language code such as \"fr\", found \"fra\"",
        ),
        (
            "/programmes/0/name",
            Some(json!({"en": "Photography", "xx": "Foto"})),
            "programmes[0].name.xx",
            "\"xx\" is not an ISO 639-1 language code",
        ),
        // dates, academic years, yearly deadlines
        (
            "/updated",
            Some(json!("2026-13-01")),
            "updated",
            "`updated` must be a date written YYYY-MM-DD, such as \"2027-03-08\", found \"2026-13-01\"",
        ),
        (
            "/bips/0/physical/start",
            Some(json!("2027-02-30")),
            "bips[0].physical.start",
            "`start` must be a date written YYYY-MM-DD",
        ),
        (
            "/bips/0/apply_by",
            Some(json!("15/12/2026")),
            "bips[0].apply_by",
            "`apply_by` must be a date written YYYY-MM-DD",
        ),
        (
            "/institutions/0/deadlines/spring",
            Some(json!("--02-30")),
            "institutions[0].deadlines.spring",
            "`spring` must be a yearly date written --MM-DD, such as \"--04-15\", found \"--02-30\"",
        ),
        (
            "/institutions/0/agreements/0/valid/from",
            Some(json!("2024-2025")),
            "institutions[0].agreements[0].valid.from",
            "`from` must be an academic year written YYYY/YYYY",
        ),
        (
            "/institutions/0/agreements/0/valid/until",
            Some(json!("2022/2023")),
            "institutions[0].agreements[0].valid.until",
            "`until` is before the start year: 2022/2023 comes before",
        ),
        // order of dates
        (
            "/bips/0/physical/end",
            Some(json!("2027-03-01")),
            "bips[0].physical.end",
            "`end` is before the start: 2027-03-01 comes before",
        ),
        (
            "/bips/0/apply_by",
            Some(json!("2027-04-01")),
            "bips[0].apply_by",
            "`apply_by` is after the BIP starts: 2027-04-01 comes after",
        ),
        // coordinates
        (
            "/institutions/0/location/lat",
            Some(json!(95.5)),
            "institutions[0].location.lat",
            "`lat` must be a number between -90 and 90, found 95.5",
        ),
        (
            "/institutions/1/location/lon",
            Some(json!(-181)),
            "institutions[1].location.lon",
            "`lon` must be a number between -180 and 180, found -181",
        ),
        (
            "/home/location/lat",
            Some(json!(-90.1)),
            "home.location.lat",
            "`lat` must be a number between -90 and 90, found -90.1",
        ),
        // web addresses
        (
            "/institutions/0/website",
            Some(json!("javascript:alert(1)")),
            "institutions[0].website",
            "`website` must be a web address starting with http:// or https://, found \"javascript:alert(1)\"",
        ),
        (
            "/bips/0/url",
            Some(json!("ftp://example.org")),
            "bips[0].url",
            "`url` must be a web address starting with http:// or https://, found \"ftp://example.org\"",
        ),
        // positive numbers
        (
            "/institutions/0/agreements/0/places",
            Some(json!(0)),
            "institutions[0].agreements[0].places",
            "`places` must be a whole number from 1 to 1000, found 0",
        ),
        (
            "/institutions/0/agreements/0/months",
            Some(json!(0)),
            "institutions[0].agreements[0].months",
            "`months` must be a whole number from 1 to 12, found 0",
        ),
        (
            "/institutions/0/agreements/0/months",
            Some(json!(13)),
            "institutions[0].agreements[0].months",
            "`months` must be a whole number from 1 to 12, found 13",
        ),
        (
            "/bips/0/ects",
            Some(json!(0)),
            "bips[0].ects",
            "`ects` must be a number more than 0 and at most 60, found 0",
        ),
        // empty texts and lists
        (
            "/institutions/1/name",
            Some(json!("  ")),
            "institutions[1].name",
            "`name` is empty",
        ),
        (
            "/institutions/0/agreements/0/levels",
            Some(json!([])),
            "institutions[0].agreements[0].levels",
            "`levels` is empty, which would match nobody",
        ),
        (
            "/programmes/0/name",
            Some(json!({})),
            "programmes[0].name",
            "`name` has no text in any language",
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
    // bips[0] also lists institutions[0], which has an error: a lenient reading leaves out both.
    assert_eq!(
        places,
        [
            "institutions[0].country",
            "institutions[1].agreements[0].isced",
            "bips[0].host",
            "bips[0].partners[0]",
            "bips[0].physical.end"
        ]
    );
    assert!(
        rejected.to_string().contains("(and 4 more errors)"),
        "{rejected}"
    );
}

#[test]
fn type_errors_name_place_line_and_column() {
    let text = SMALL.replace("\"places\": 2", "\"places\": \"two\"");
    let rejected = load(&text).expect_err("must be refused");
    let p = rejected.first_error().expect("an error");
    assert_eq!(p.place, "institutions[0].agreements[0].places");
    assert_eq!(
        p.message,
        "`places` must be a whole number from 1 to 1000, found \"two\""
    );
    assert_eq!(p.line, Some(32));
    let text = SMALL.replace("\"mobility\": \"study\",\n", "\"mobility\": \"studie\",\n");
    let p = load(&text).expect_err("refused").problems.remove(0);
    assert_eq!(p.place, "institutions[0].agreements[0].mobility");
    assert!(
        p.message.starts_with(
            "`mobility` must be one of \"study\", \"traineeship\", \"staff-teaching\" or \"staff-training\", found \"studie\""
        ),
        "{p}"
    );
    let text = SMALL.replace("\"city\": \"Arles\",\n      \"country\"", "\"country\"");
    let p = load(&text).expect_err("refused").problems.remove(0);
    assert_eq!(p.place, "institutions[1]");
    assert!(
        p.message
            .starts_with("missing `city`: every institution needs its `city` (a text"),
        "{p}"
    );
    assert!(p.line.is_some(), "the record's position: {p:?}");
}

/// Messages say what is wrong in words, and every value of the wrong type is reported in one
/// pass (not only the first).
#[test]
fn type_errors_say_what_is_wrong_in_words() {
    let mut doc = small();
    edit(
        &mut doc,
        "/institutions/0/location/lat",
        Some(json!("north")),
    );
    edit(&mut doc, "/institutions/1/location/lat", Some(json!(true)));
    edit(&mut doc, "/institutions/1/tags", Some(json!(["ok", 7])));
    edit(&mut doc, "/bips/0/ects", Some(json!("five")));
    edit(
        &mut doc,
        "/programmes/0/name",
        Some(json!({"en": "Photography", "nl": null})),
    );
    let rejected = load(&doc.to_string()).expect_err("refused");
    let errors: Vec<String> = rejected
        .errors()
        .map(|p| format!("{}: {}", p.place, p.message))
        .collect();
    assert_eq!(
        errors,
        [
            "programmes[0].name.nl: `nl` must be a text, found null",
            "institutions[0].location.lat: `lat` must be a number between -90 and 90, found \"north\"",
            "institutions[1].location.lat: `lat` must be a number between -90 and 90, found true",
            "institutions[1].tags[1]: `tags[1]` must be a text, found 7",
            "bips[0].ects: `ects` must be a number more than 0 and at most 60, found \"five\"",
        ]
    );
    assert!(rejected
        .errors()
        .all(|p| p.line.is_some() && p.column.is_some()));
    // The same rule whether the value has the wrong type or the wrong meaning.
    let errors = errors_after("/institutions/0/country", Some(json!("XX")));
    assert_eq!(
        errors[0],
        "institutions[0].country: `country` must be an ISO 3166-1 alpha-2 country code such as \"FR\", found \"XX\""
    );
    let errors = errors_after("/institutions/0/country", Some(json!(33)));
    assert_eq!(
        errors[0],
        "institutions[0].country: `country` must be an ISO 3166-1 alpha-2 country code such as \"FR\", found 33"
    );
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
    for load in [load, lenient] {
        format_versions_are_checked_by(load);
    }
}

fn lenient(text: &str) -> Result<Checked, Rejected> {
    load_bytes(text.as_bytes(), BadRecords::LeaveOut)
}

fn format_versions_are_checked_by(load: fn(&str) -> Result<Checked, Rejected>) {
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

#[test]
fn the_office_contact_and_the_application_counts_are_checked() {
    let good =
        json!({"email": "international@kask.be", "url": "https://www.kask.be/en/international"});
    assert!(errors_after("/home/contact", Some(good)).is_empty());
    let two = json!({"europe": 3, "outside_europe": 3});
    assert!(errors_after("/home/application", Some(two)).is_empty());
    let cases = [
        (
            "/home/contact",
            json!({"email": "kask.be"}),
            "home.contact.email: `email` must be an e-mail address",
        ),
        (
            "/home/contact",
            json!({"url": "ftp://kask.be"}),
            "home.contact.url: `url` must be a web address",
        ),
        (
            "/home/contact",
            json!({"email": 7}),
            "home.contact.email: `email` must be an e-mail address such as \"iro@example.org\", found 7",
        ),
        (
            "/home/application",
            json!({"europe": 30, "outside_europe": 3}),
            "home.application.europe: `europe` must be a whole number from 0 to 20, found 30",
        ),
        (
            "/home/application",
            json!({"europe": 0, "outside_europe": 0}),
            "home.application: the application ranks no exchange at all",
        ),
        (
            "/home/application",
            json!({"europe": 3}),
            "home.application: missing `outside_europe`",
        ),
    ];
    for (pointer, value, expected) in cases {
        let errors = errors_after(pointer, Some(value.clone()));
        assert!(
            errors.iter().any(|e| e.starts_with(expected)),
            "{pointer} = {value}: {errors:?}"
        );
    }
}
