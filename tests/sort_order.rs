//! The orders a student can choose (README, "Order of results"): best fit, the nearest first,
//! the soonest next deadline first, by name in the student's language as the engine folds
//! text. In each, what fits the programme comes before what is related, and results equal in
//! the order chosen follow the best fit, then their names, never their ids.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/search.rs"]
mod support;

use serde_json::{json, Value};

/// A Photography school with one agreement, where it is and its deadlines.
fn school(id: &str, name: Value, (lat, lon): (f64, f64), deadlines: Value, places: u32) -> Value {
    json!({
        "id": id, "name": name, "city": "Somewhere", "country": "FR",
        "location": { "lat": lat, "lon": lon }, "deadlines": deadlines,
        "agreements": [{ "mobility": "study", "programmes": ["photography"], "isced": "0211",
                         "places": places }]
    })
}

/// Ghent is home. Today (29 November 2026) the spring 2027 deadlines of 15 October have
/// passed: that school's next chance is spring 2028. Film (related) is the nearest of all.
fn catalogue() -> String {
    let lille = (50.63, 3.06); // 75 km
    let paris = (48.86, 2.35); // 265 km
    let lyon = (45.76, 4.84); // 600 km
    let spring = |day: &str| json!({ "spring": day });
    let mut film = school(
        "film",
        json!("Aardvark Film School"),
        (51.0, 3.7),
        json!({}),
        1,
    );
    film["agreements"][0]["programmes"] = json!(["film"]);
    json!({
        "format": "partner-matcher/catalogue@1",
        "home": { "name": "Home", "city": "Ghent", "country": "BE",
                  "location": { "lat": 51.05, "lon": 3.72 } },
        "programmes": [
            { "id": "photography", "name": "Photography", "isced": "0211" },
            { "id": "film", "name": "Film", "isced": "0211" }
        ],
        "institutions": [
            school("a", json!("Zebra Academy"), lyon, spring("--12-15"), 2),
            school("b", json!({ "en": "Lille School of Arts", "nl": "Kunstschool Rijsel" }), lille, spring("--10-15"), 2),
            school("c", json!("École de Paris"), paris, spring("--01-10"), 2),
            school("d", json!("Ecole de Paris"), paris, json!({}), 2),
            school("e", json!("Łódź Photo"), lyon, spring("--12-15"), 2),
            film
        ],
        "bips": [
            { "id": "bip", "title": { "en": "Mud and Light", "nl": "Aarde en licht" },
              "host": "home", "programmes": ["photography"],
              "physical": { "start": "2027-03-08", "end": "2027-03-12", "city": "Ghent",
                            "country": "BE", "location": { "lat": 51.05, "lon": 3.72 } },
              "apply_by": "2026-12-20" }
        ]
    })
    .to_string()
}

/// The ids in the order of `sort` (none: the default), for a Photography student asking for
/// spring, with the names read in `lang`.
fn order(sort: Option<&str>, lang: &str) -> Vec<String> {
    let mut criteria = json!({ "programme": "photography", "term": "spring",
                               "today": "2026-11-29", "lang": lang });
    if let Some(sort) = sort {
        criteria["sort"] = json!(sort);
    }
    let (hits, _) = support::search(&catalogue(), criteria);
    hits.into_iter().map(|h| h.id).collect()
}

#[test]
fn best_fit_is_the_default_and_equal_fits_go_by_name_not_id() {
    // Open deadlines first, the soonest first (the BIP on 20 December; "a" and "e" both on
    // 15 December, and equal in all else: by name, Łódź with the L's before Zebra), then
    // "c" (10 January), then none known ("d"), then the one that passed ("b").
    let best = order(None, "en");
    assert_eq!(best, ["e", "a", "bip", "c", "d", "b", "film"]);
    assert_eq!(order(Some("best-fit"), "en"), best);
}

#[test]
fn distance_puts_the_nearest_first_and_related_results_still_last() {
    // The BIP in Ghent (0 km), Lille, the two in Paris (equal: best fit, so the one with an
    // open deadline first), then the two in Lyon (best fit: the same, so by name). Film is
    // nearer than all but the BIP, and still follows as a related result.
    assert_eq!(
        order(Some("distance"), "en"),
        ["bip", "b", "c", "d", "e", "a", "film"]
    );
}

#[test]
fn next_deadline_puts_the_soonest_chance_first_and_unknown_last() {
    // 15 December (two, by name), 20 December, 10 January, then "b" whose spring 2027 closed:
    // its next chance is spring 2028 (apply by 15 October 2027); "d" has no deadline.
    assert_eq!(
        order(Some("deadline"), "en"),
        ["e", "a", "bip", "c", "b", "d", "film"]
    );
}

#[test]
fn name_order_folds_accents_and_reads_the_students_language() {
    // "Ecole" and "École" fold alike (their text decides: the plain E first); "Łódź" sorts
    // with the L's. In Dutch "Lille School of Arts" is "Kunstschool Rijsel" and the BIP,
    // "Mud and Light" in English, is "Aarde en licht": first.
    assert_eq!(
        order(Some("name"), "en"),
        ["d", "c", "b", "e", "bip", "a", "film"]
    );
    assert_eq!(
        order(Some("name"), "nl"),
        ["bip", "d", "c", "b", "e", "a", "film"]
    );
}

#[test]
fn the_same_order_without_a_term_uses_the_soonest_term_offered() {
    // Without a term, the next deadline is the soonest of the terms each school offers.
    let criteria = json!({ "programme": "photography", "today": "2026-11-29",
                           "sort": "deadline" });
    let (hits, _) = support::search(&catalogue(), criteria);
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["e", "a", "bip", "c", "b", "d", "film"]);
}

#[test]
fn an_unknown_sort_is_refused_with_its_field_named() {
    let err = partner_matcher::search::Criteria::from_json(r#"{"sort": "random"}"#);
    let message = err.map(|_| String::new()).unwrap_or_else(|e| e.to_string());
    assert!(message.contains("sort"), "{message}");
}
