//! Type and syntax errors: their place, line and column, and what is wrong in words.

use partner_matcher::catalogue::load;
use serde_json::json;

use super::{edit, errors_after, small, SMALL};

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
