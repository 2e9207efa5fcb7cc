//! Reading catalogue files as offices save them: byte-order marks, odd numbers, repeated keys,
//! other encodings, upper bounds, and a lenient reading that leaves out only the bad records.
#![cfg(not(target_arch = "wasm32"))]

use partner_matcher::catalogue::{load, load_bytes, BadRecords, Checked, Problem, Rejected};
use partner_matcher::Matcher;
use serde_json::{json, Value};

const SMALL: &str = include_str!("fixtures/small.json");

fn small() -> Value {
    serde_json::from_str(SMALL).expect("fixture parses")
}

fn lenient(text: &str) -> Result<Checked, Rejected> {
    load_bytes(text.as_bytes(), BadRecords::LeaveOut)
}

fn first_error(result: Result<Checked, Rejected>) -> Problem {
    match result {
        Ok(checked) => panic!("accepted: {:?}", checked.warnings),
        Err(rejected) => rejected.problems[0].clone(),
    }
}

#[test]
fn a_byte_order_mark_is_accepted_with_a_warning_by_every_reading() {
    let text = format!("\u{FEFF}{SMALL}");
    for checked in [
        load(&text),
        lenient(&text),
        load_bytes(text.as_bytes(), BadRecords::Refuse),
    ] {
        let checked = checked.expect("a BOM is not a reason to refuse");
        let bom = &checked.warnings[0];
        assert!(bom.message.contains("byte-order mark"), "{bom}");
        assert_eq!(checked.catalogue.institutions.len(), 2);
    }
}

#[test]
fn numbers_are_read_exactly_and_huge_ones_in_unknown_fields_are_fine() {
    // 2^64 and beyond in a field nobody reads: only the unknown-field warning.
    let text = SMALL.replacen("\"lat\": ", "\"zz\": 18446744073709551616, \"lat\": ", 1);
    let checked = load(&text).expect("accepted");
    assert!(
        checked
            .warnings
            .iter()
            .any(|w| w.place.ends_with("location.zz") && w.message.contains("unknown field")),
        "{:?}",
        checked.warnings
    );
    // A subnormal latitude is kept, not read as 0.
    let mut doc = small();
    doc["institutions"][0]["location"]["lat"] = json!(0);
    let text = doc.to_string().replacen("\"lat\":0", "\"lat\":1e-320", 1);
    let lat = load(&text).expect("accepted").catalogue.institutions[0]
        .location
        .lat;
    assert_eq!(lat, 1e-320);
    assert!(lat > 0.0);
    // An exponent beyond 32 bits does not wrap: 0.1e-2147483648 is 0, -2147483649 too.
    for tiny in ["0.1e-2147483648", "5e-2147483649"] {
        let text = doc
            .to_string()
            .replacen("\"lat\":0", &format!("\"lat\":{tiny}"), 1);
        let location = load(&text).expect("accepted").catalogue.institutions[0].location;
        assert_eq!(location.lat, 0.0, "{tiny}");
    }
    // An exponent beyond 32 bits the other way is too large: refused, with its position.
    let text = doc
        .to_string()
        .replacen("\"lat\":0", "\"lat\":1e2147483648", 1);
    let p = first_error(load(&text));
    assert!(p.message.contains("number out of range"), "{p}");
    assert!(p.line.is_some());
    // A whole number may be written with a fraction of zero, as JSON Schema's integers.
    let text = SMALL.replace("\"places\": 2", "\"places\": 2.0");
    assert!(load(&text).is_ok());
}

#[test]
fn a_key_given_twice_is_an_error_at_the_second() {
    let text = SMALL.replacen(
        "\"country\": \"FR\"",
        "\"country\": \"FR\",\n      \"country\": \"DE\"",
        1,
    );
    let rejected = load(&text).expect_err("refused");
    let p = rejected.first_error().expect("an error");
    assert_eq!(p.place, "institutions[0].country");
    assert_eq!(p.message, "`country` is given twice: keep one");
    let second_line = text
        .lines()
        .position(|l| l.contains("\"country\": \"DE\""))
        .map(|i| i + 1);
    assert_eq!(p.line, second_line);
    // Leniently, only that institution is left out.
    let checked = lenient(&text).expect("the others load");
    assert_eq!(checked.skipped[0].place, "institutions[0]");
}

#[test]
fn bytes_that_are_not_utf8_are_named_with_their_line() {
    let mut bytes = SMALL.as_bytes().to_vec();
    let at = SMALL.find("Arles").expect("the fixture names Arles");
    bytes[at] = 0xC9; // "É" in Latin-1
    let rejected = load_bytes(&bytes, BadRecords::LeaveOut).expect_err("refused");
    assert!(rejected.syntax, "a whole-file failure");
    let p = &rejected.problems[0];
    assert!(p.message.contains("not UTF-8"), "{p}");
    assert!(p.message.contains("0xC9"), "{p}");
    let line = SMALL[..at].matches('\n').count() + 1;
    assert_eq!(p.line, Some(line));
}

/// The case of the issue: one bad institution must not blank the page for everyone.
#[test]
fn one_bad_institution_is_left_out_and_named_and_the_rest_loads() {
    let mut doc = small();
    doc["institutions"][1]["country"] = json!("XX");
    let text = doc.to_string();
    assert!(load(&text).is_err(), "check stays strict");
    let checked = lenient(&text).expect("the rest loads");
    let ids: Vec<&str> = checked
        .catalogue
        .institutions
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, ["cnsmd-lyon"]);
    assert_eq!(checked.catalogue.programmes.len(), 3);
    // The BIP lists the bad institution as a partner: it goes too, and says why.
    assert!(checked.catalogue.bips.len() < small()["bips"].as_array().map_or(0, Vec::len));
    let first = &checked.skipped[0];
    assert_eq!(first.place, "institutions[1]");
    assert_eq!(first.id.as_deref(), Some("ensp-arles"));
    assert_eq!(first.problems[0].place, "institutions[1].country");
    assert!(first.problems[0].message.contains("found \"XX\""));
    assert!(first.problems[0].line.is_some());
    let bip = &checked.skipped[1];
    assert!(bip.place.starts_with("bips["), "{bip:?}");
    assert!(bip.problems[0].message.contains("ensp-arles"), "{bip:?}");
    // The Matcher built from it searches the rest.
    let matcher =
        Matcher::from_bytes(text.as_bytes(), BadRecords::LeaveOut).expect("the rest loads");
    assert!(matcher.institution("cnsmd-lyon").is_some());
    assert!(matcher.institution("ensp-arles").is_none());
    assert_eq!(matcher.skipped().len(), 2);
}

#[test]
fn a_record_of_the_wrong_type_or_a_bad_agreement_leaves_out_only_that_record() {
    let mut doc = small();
    doc["institutions"][0]["agreements"][0]["places"] = json!("two");
    doc["programmes"][2] = json!(42);
    doc["bips"][0]["url"] = json!("javascript:alert(1)");
    let checked = lenient(&doc.to_string()).expect("the rest loads");
    let places: Vec<&str> = checked.skipped.iter().map(|s| s.place.as_str()).collect();
    assert!(places.contains(&"institutions[0]"), "{places:?}");
    assert!(places.contains(&"programmes[2]"), "{places:?}");
    assert!(places.contains(&"bips[0]"), "{places:?}");
    assert!(checked
        .catalogue
        .institutions
        .iter()
        .all(|i| i.id.as_str() != "cnsmd-lyon"));
    let programme = checked.skipped.iter().find(|s| s.place == "programmes[2]");
    assert_eq!(programme.and_then(|s| s.id.clone()), None, "no readable id");
}

#[test]
fn whole_file_problems_still_refuse_a_lenient_reading() {
    let mut doc = small();
    doc["home"]["country"] = json!("XX");
    assert!(lenient(&doc.to_string()).is_err(), "home");
    let mut doc = small();
    doc["institutions"] = json!({"cnsmd-lyon": {}});
    assert!(
        lenient(&doc.to_string()).is_err(),
        "a list of the wrong type"
    );
    assert!(lenient("[]").is_err(), "not an object");
    assert!(lenient("{\"format\": ").expect_err("refused").syntax);
    let future = SMALL.replace("catalogue@1\"", "catalogue@2\"");
    assert!(lenient(&future).is_err(), "a future format");
}

#[test]
fn upper_bounds_are_enforced_with_their_place() {
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        (
            "/institutions/0/agreements/0/places",
            json!(1001),
            "institutions[0].agreements[0].places",
            "from 1 to 1000, found 1001",
        ),
        (
            "/bips/0/ects",
            json!(61),
            "bips[0].ects",
            "at most 60, found 61",
        ),
        (
            "/institutions/0/name",
            json!("x".repeat(2001)),
            "institutions[0].name",
            "has 2001 characters; a text has at most 2000",
        ),
        (
            "/institutions/0/tags",
            json!(vec!["x"; 101]),
            "institutions[0].tags",
            "`tags` has 101 entries; a record has at most 100",
        ),
        (
            "/programmes/0/id",
            json!("p".repeat(65)),
            "programmes[0].id",
            "at most 64",
        ),
    ];
    for (pointer, value, place, words) in cases {
        let mut doc = small();
        if let Some(slot) = doc.pointer_mut(pointer) {
            *slot = value;
        }
        let rejected = load(&doc.to_string()).expect_err(pointer);
        assert!(
            rejected
                .errors()
                .any(|p| p.place == place && p.message.contains(words)),
            "{pointer}: {:?}",
            rejected.problems
        );
    }
    let mut doc = small();
    let institution = doc["institutions"][0].clone();
    doc["institutions"] = json!((0..10_001)
        .map(|n| {
            let mut i = institution.clone();
            i["id"] = json!(format!("i{n}"));
            i
        })
        .collect::<Vec<_>>());
    doc["bips"] = json!([]);
    let rejected = lenient(&doc.to_string()).expect_err("a whole-file bound");
    let p = rejected.first_error().expect("an error");
    assert_eq!(p.place, "institutions");
    assert!(p.message.contains("at most 10000"), "{p}");
}

#[test]
fn null_means_left_out_for_optional_fields() {
    let mut doc = small();
    doc["institutions"][0]["website"] = Value::Null;
    doc["institutions"][0]["tags"] = Value::Null;
    let checked = load(&doc.to_string()).expect("accepted");
    assert_eq!(checked.catalogue.institutions[0].website, None);
    let mut doc = small();
    doc["institutions"][0]["city"] = Value::Null;
    let p = first_error(load(&doc.to_string()));
    assert_eq!(p.message, "`city` must be a text, or texts by language such as {\"en\": \"Photography\", \"nl\": \"Fotografie\"}, found null");
}
