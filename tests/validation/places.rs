//! Each kind of bad value is refused with its place named, and every error in one pass.

use partner_matcher::catalogue::load;
use serde_json::{json, Value};

use super::{edit, errors_after, small};

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
