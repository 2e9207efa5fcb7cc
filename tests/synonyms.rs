//! Which catalogue words a query word's synonyms match: a synonym matches as itself and its
//! inflections (kunst: art, arts, umetnosti), never a word that merely starts with it (art:
//! Artolina); the word the student typed still completes.

use partner_matcher::places::Gazetteer;
use partner_matcher::search::Criteria;
use partner_matcher::Matcher;
use serde_json::{json, Value};

fn institution(id: &str, name: &str, city: &str) -> Value {
    json!({
        "id": id, "name": name, "city": city, "country": "FR",
        "location": {"lat": 45.0, "lon": 4.0},
        "agreements": [{"mobility": "study", "programmes": ["film"], "isced": "0211",
            "valid": {"from": "2024/2025", "until": "2028/2029"}}]
    })
}

fn matcher() -> Matcher {
    let catalogue = json!({
        "format": "partner-matcher/catalogue@1",
        "home": {"name": "Home", "city": "Ghent", "country": "BE", "location": {"lat": 51.05, "lon": 3.72}},
        "programmes": [{"id": "film", "name": {"en": "Film", "nl": "Film"}, "isced": "0211"}],
        "institutions": [
            institution("arts", "Academy of Arts", "Lyon"),
            institution("umetnosti", "Fakultet likovnih umetnosti", "Lyon"),
            institution("artolina", "Artolina Film Lab", "Lyon"),
        ]
    });
    let mut m = Matcher::from_json(&catalogue.to_string()).expect("the catalogue is valid");
    let table = concat!(
        include_str!("../data/places.txt"),
        include_str!("../data/words.txt")
    );
    m.set_places(Gazetteer::parse(table).expect("the table parses"));
    m
}

fn found(m: &Matcher, query: &str) -> Vec<String> {
    let criteria: Criteria =
        serde_json::from_value(json!({"query": query, "today": "2026-11-29"})).expect("criteria");
    let mut ids: Vec<String> = m
        .search(&criteria)
        .expect("the search runs")
        .into_iter()
        .map(|h| h.id)
        .collect();
    partner_matcher::order::sort(&mut ids);
    ids
}

#[test]
fn a_synonym_matches_itself_and_its_inflections_not_words_that_start_with_it() {
    let m = matcher();
    // kunst: art, arts, umetnost (umetnosti: an inflection); not Artolina, which only starts
    // with "art".
    assert_eq!(found(&m, "kunst"), ["arts", "umetnosti"]);
}

#[test]
fn the_typed_word_still_completes() {
    let m = matcher();
    assert_eq!(found(&m, "artol"), ["artolina"]);
}
