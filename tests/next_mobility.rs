//! "When can I go?": the next stay a student can still apply for, from the partner's deadline
//! and the home school's own (`home.deadlines`, overridden per partner by `home_deadlines`),
//! told in both languages; and a BIP's season from its dates.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/search.rs"]
mod search;

use partner_matcher::catalogue::load;
use partner_matcher::i18n::{describe_reason, describe_warning};
use partner_matcher::locale::Locale;
use partner_matcher::search::{Criteria, Hit, Kind, Note, NoteCode};
use partner_matcher::Matcher;
use serde_json::{json, Value};

/// The small fixture (Lyon: partner deadlines autumn 15 April, spring 15 October) with the
/// home school's deadlines 1 March and 1 October, and `edit` applied.
fn catalogue(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc: Value = serde_json::from_str(include_str!("fixtures/small.json"))
        .unwrap_or_else(|e| panic!("the fixture is JSON: {e}"));
    doc["home"]["deadlines"] = json!({"autumn": "--03-01", "spring": "--10-01"});
    edit(&mut doc);
    doc.to_string()
}

fn lyon(text: &str, criteria: Value) -> (Hit, Matcher) {
    let (hits, matcher) = search::search(text, criteria.clone());
    match hits.into_iter().find(|h| h.id == "cnsmd-lyon") {
        Some(hit) => (hit, matcher),
        None => panic!("Lyon is a result of {criteria}"),
    }
}

/// The detail of the note with `code`, as the JSON writes it.
fn detail(notes: &[Note], code: NoteCode) -> Option<String> {
    let note = notes.iter().find(|n| n.code == code)?;
    Some(note.detail.to_string())
}

fn sentences(hit: &Hit, matcher: &Matcher, locale: Locale) -> (Vec<String>, Vec<String>) {
    let c = matcher.catalogue();
    let reasons = hit
        .reasons
        .iter()
        .filter(|n| matches!(n.code, NoteCode::NextMobility | NoteCode::Term))
        .map(|n| describe_reason(n, hit.kind, c, locale))
        .collect();
    let warnings = hit
        .warnings
        .iter()
        .map(|n| describe_warning(n, c, locale))
        .collect();
    (reasons, warnings)
}

#[test]
fn a_closed_spring_says_so_and_gives_next_years_spring_with_both_deadlines() {
    let text = catalogue(|_| {});
    let asked = json!({"programme": "classical-music", "term": "spring", "today": "2026-12-02"});
    let (hit, matcher) = lyon(&text, asked);
    let (reasons, warnings) = sentences(&hit, &matcher, Locale::En);
    assert_eq!(
        warnings,
        ["Spring 2027 is closed: the deadline was 1 October 2026"]
    );
    assert!(
        reasons.contains(
            &"Next: spring 2028, apply at your school by 1 October 2027 (the partner's deadline: 15 October 2027)"
                .to_owned()
        ),
        "{reasons:?}"
    );
    let (reasons, warnings) = sentences(&hit, &matcher, Locale::Nl);
    assert_eq!(
        warnings,
        ["Voorjaar 2027 is afgesloten: de deadline was 1 oktober 2026"]
    );
    assert!(
        reasons.contains(&"Volgende kans: voorjaar 2028, aanvragen bij je eigen school vóór 1 oktober 2027 (deadline van de partner: 15 oktober 2027)".to_owned()),
        "{reasons:?}"
    );
}

#[test]
fn an_open_term_names_its_own_stay_and_without_a_term_the_soonest_one() {
    let text = catalogue(|_| {});
    let asked = json!({"programme": "classical-music", "term": "autumn", "today": "2026-12-02"});
    let (hit, _) = lyon(&text, asked);
    assert!(hit.warnings.is_empty(), "{:?}", hit.warnings);
    assert_eq!(
        detail(&hit.reasons, NoteCode::NextMobility).as_deref(),
        Some("autumn 2027, home 2027-03-01, partner 2027-04-15")
    );
    // No term asked: the soonest stay the agreements offer (autumn 2027 closes before
    // spring 2028), never a warning.
    let (hit, _) = lyon(
        &text,
        json!({"programme": "classical-music", "today": "2026-12-02"}),
    );
    assert!(hit.warnings.is_empty(), "{:?}", hit.warnings);
    assert_eq!(
        detail(&hit.reasons, NoteCode::NextMobility).as_deref(),
        Some("autumn 2027, home 2027-03-01, partner 2027-04-15")
    );
}

#[test]
fn a_partners_own_home_deadline_overrides_the_schools_for_its_terms() {
    // Lyon's spring applications close at home on 15 September; autumn keeps 1 March.
    let text = catalogue(|doc| {
        doc["institutions"][0]["home_deadlines"] = json!({"spring": "--09-15"});
    });
    let today = "2026-09-20";
    let (hit, _) = lyon(
        &text,
        json!({"programme": "classical-music", "term": "spring", "today": today}),
    );
    assert_eq!(
        detail(&hit.warnings, NoteCode::TermClosed).as_deref(),
        Some("spring 2027, home 2026-09-15, partner 2026-10-15")
    );
    let (hit, _) = lyon(
        &text,
        json!({"programme": "classical-music", "term": "autumn", "today": today}),
    );
    assert_eq!(
        detail(&hit.reasons, NoteCode::NextMobility).as_deref(),
        Some("autumn 2027, home 2027-03-01, partner 2027-04-15")
    );
}

#[test]
fn home_deadlines_are_checked_like_a_partners_and_named_by_their_place() {
    let text = catalogue(|doc| {
        doc["home"]["deadlines"]["spring"] = json!("--02-30");
        doc["institutions"][0]["home_deadlines"] = json!({"autumn": "15 March"});
    });
    let errors: Vec<String> = match load(&text) {
        Ok(_) => Vec::new(),
        Err(rejected) => rejected.errors().map(|p| p.place.clone()).collect(),
    };
    assert!(
        errors.contains(&"home.deadlines.spring".to_owned()),
        "{errors:?}"
    );
    assert!(
        errors.contains(&"institutions[0].home_deadlines.autumn".to_owned()),
        "{errors:?}"
    );
}

#[test]
fn a_summer_bip_is_outside_the_semesters_and_says_its_places() {
    let text = catalogue(|doc| {
        doc["bips"][0]["physical"]["start"] = json!("2027-07-05");
        doc["bips"][0]["physical"]["end"] = json!("2027-07-10");
        doc["bips"][0]["places"] = json!(8);
    });
    let matcher = Matcher::from_json(&text).unwrap_or_else(|e| panic!("it loads: {e}"));
    let bips = |term: Option<&str>| {
        let mut c = json!({"kinds": ["bip"], "today": "2026-12-02"});
        if let Some(term) = term {
            c["term"] = json!(term);
        }
        let c: Criteria = serde_json::from_value(c).unwrap_or_else(|e| panic!("{e}"));
        matcher
            .search(&c)
            .unwrap_or_else(|e| panic!("the search runs: {e}"))
    };
    assert!(
        bips(Some("spring")).is_empty(),
        "a July BIP is not in spring"
    );
    assert_eq!(bips(Some("full-year")).len(), 1);
    let all = bips(None);
    let Some(bip) = all.first() else {
        panic!("the BIP is a result")
    };
    let said: Vec<String> = bip
        .reasons
        .iter()
        .filter(|n| matches!(n.code, NoteCode::Term | NoteCode::Places))
        .map(|n| describe_reason(n, Kind::Bip, matcher.catalogue(), Locale::En))
        .collect();
    assert_eq!(said, ["In the summer, outside the semesters", "8 places"]);
    let said_nl: Vec<String> = bip
        .reasons
        .iter()
        .filter(|n| matches!(n.code, NoteCode::Term | NoteCode::Places))
        .map(|n| describe_reason(n, Kind::Bip, matcher.catalogue(), Locale::Nl))
        .collect();
    assert_eq!(said_nl, ["In de zomer, buiten de semesters", "8 plaatsen"]);
}
