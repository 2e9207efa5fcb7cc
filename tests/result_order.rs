//! What a search returns for a programme and in what order (README, "Order of results"): the
//! results that fit the programme, then the related ones (same ISCED-F detailed field, other
//! programmes named), never those that share only the narrow field; among results that fit
//! equally, every preference met before some, the language met before not, an open deadline
//! (the soonest first) before a passed one, then more places, then the name (tests/sort_order.rs:
//! the other orders).
#![cfg(not(target_arch = "wasm32"))]

use partner_matcher::search::{Criteria, Hit, NoteCode};
use partner_matcher::Matcher;
use serde_json::{json, Value};

/// An institution in Lyon with one agreement.
fn institution(id: &str, agreement: Value, deadlines: Value) -> Value {
    json!({
        "id": id, "name": format!("School {id}"), "city": "Lyon", "country": "FR",
        "location": { "lat": 45.77, "lon": 4.81 },
        "agreements": [agreement], "deadlines": deadlines
    })
}

fn agreement(programme: &str, isced: &str, places: u32) -> Value {
    json!({ "mobility": "study", "programmes": [programme], "isced": isced, "places": places })
}

/// Photography and Film share the detailed field 0211; Classical Music is 0215 (the same
/// narrow field 021).
fn catalogue(extra_programmes: usize) -> Value {
    let spring = |day: &str| json!({ "spring": day });
    let none = json!({});
    let mut french = agreement("photography", "0211", 1);
    french["languages"] = json!([{ "lang": "fr", "cefr": "B2" }]);
    let mut master_only = agreement("photography", "0211", 9);
    master_only["levels"] = json!(["master"]);
    let mut programmes = vec![
        json!({ "id": "photography", "name": { "en": "Photography", "nl": "Fotografie" }, "isced": "0211" }),
        json!({ "id": "film", "name": { "en": "Film", "nl": "Film" }, "isced": "0211" }),
        json!({ "id": "classical-music", "name": { "en": "Classical Music", "nl": "Klassieke muziek" }, "isced": "0215" }),
    ];
    // Past 64 programmes the engine computes fits without its bit sets: the same answers.
    for i in 0..extra_programmes {
        programmes.push(json!({ "id": format!("p{i}"), "name": { "en": format!("P {i}"), "nl": format!("P {i}") }, "isced": "0213" }));
    }
    json!({
        "format": "partner-matcher/catalogue@1",
        "home": { "name": "Home", "city": "Ghent", "country": "BE", "location": { "lat": 51.05, "lon": 3.72 } },
        "programmes": programmes,
        "institutions": [
            // Nominations for spring 2027 closed on 15 October 2026.
            institution("a-passed", agreement("photography", "0211", 9), spring("--10-15")),
            institution("b-open-later", agreement("photography", "0211", 1), spring("--12-15")),
            institution("c-open-sooner", agreement("photography", "0211", 1), spring("--12-05")),
            institution("d-french", french, spring("--12-05")),
            institution("e-five-places", agreement("photography", "0211", 5), none.clone()),
            institution("f-two-places", agreement("photography", "0211", 2), none.clone()),
            institution("g-film", agreement("film", "0211", 3), none.clone()),
            institution("h-music", agreement("classical-music", "0215", 3), none.clone()),
            institution("i-master-only", master_only, none.clone()),
            institution("j-open-field", json!({ "mobility": "study", "isced": "0211" }), none),
        ],
        "bips": []
    })
}

fn search(extra_programmes: usize, criteria: Value) -> Vec<Hit> {
    let matcher = match Matcher::from_json(&catalogue(extra_programmes).to_string()) {
        Ok(m) => m,
        Err(e) => panic!("the test catalogue loads: {e}"),
    };
    let criteria: Criteria = match serde_json::from_value(criteria) {
        Ok(c) => c,
        Err(e) => panic!("criteria parse: {e}"),
    };
    match matcher.search(&criteria) {
        Ok(hits) => hits,
        Err(e) => panic!("the search runs: {e}"),
    }
}

fn ids(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

fn student() -> Value {
    json!({ "programme": "photography", "level": "bachelor", "term": "spring",
            "languages": [{ "lang": "en", "cefr": "B2" }], "today": "2026-11-29" })
}

#[test]
fn fitting_results_are_ordered_by_what_the_student_asked_for_then_related_ones_follow() {
    for extra in [0, 70] {
        let hits = search(extra, student());
        assert_eq!(
            ids(&hits),
            [
                // Every preference met: open deadlines, the soonest first (places do not
                // come before the deadline) ...
                "c-open-sooner",
                "b-open-later",
                // ... then those without a deadline, more places first (none given last) ...
                "e-five-places",
                "f-two-places",
                "j-open-field", // names no programme, has Photography's code: it fits
                // ... then a passed deadline (9 places do not lift it) ...
                "a-passed",
                // ... then the language asked for not met ...
                "d-french",
                // ... and last, in a group of their own: Film, the same detailed field 0211.
                "g-film",
            ],
            "with {extra} extra programmes"
        );
        let related: Vec<bool> = hits.iter().map(|h| h.related).collect();
        assert_eq!(
            related,
            [false, false, false, false, false, false, false, true]
        );
        let film = &hits[7];
        assert!(film
            .warnings
            .iter()
            .any(|w| w.code == NoteCode::RelatedField && w.detail.to_string() == "0211"));
        // Classical Music shares only the narrow field 021: no result at all. The master-only
        // Photography agreement fails the level: not a result, not a related one either.
        assert!(!ids(&hits).contains(&"h-music"));
        assert!(!ids(&hits).contains(&"i-master-only"));
    }
}

#[test]
fn a_master_student_finds_the_master_only_agreement_as_a_fit() {
    let mut criteria = student();
    criteria["level"] = json!("master");
    let hits = search(0, criteria);
    let master = hits.iter().find(|h| h.id == "i-master-only");
    assert!(master.is_some_and(|h| !h.related), "{:?}", ids(&hits));
}

#[test]
fn only_related_results_and_the_json_flag() {
    // A Film student: the Film agreement fits; the Photography ones (and the open 0211 one,
    // which is Photography's and Film's alike) follow or fit.
    let hits = search(0, json!({ "programme": "film", "today": "2026-11-29" }));
    let fitting: Vec<&str> = hits
        .iter()
        .filter(|h| !h.related)
        .map(|h| h.id.as_str())
        .collect();
    assert_eq!(fitting, ["g-film", "j-open-field"]);
    assert!(hits.iter().skip(2).all(|h| h.related), "{:?}", ids(&hits));
    assert!(!ids(&hits).contains(&"h-music"));
    let json = |h: &Hit| serde_json::to_value(h).unwrap_or_default();
    assert_eq!(json(&hits[0]).get("related"), None, "absent when it fits");
    assert_eq!(json(&hits[2])["related"], json!(true));
}
