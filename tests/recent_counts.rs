//! The counts a search that finds nothing suggests (the filters to loosen) come from the
//! matcher's memory of recent searches when it has them (`search::recent_counts`): they must
//! be the counts a fresh search gives, whatever was searched before, and place names attached
//! later must not leave an old count behind.
#![cfg(not(target_arch = "wasm32"))]

use partner_matcher::places::Gazetteer;
use partner_matcher::search::{Criteria, Page};
use partner_matcher::Matcher;
use serde_json::{json, Value};

const DEMO: &str = include_str!("../www/catalogue.json");

fn criteria(value: Value) -> Criteria {
    let mut c: Criteria = serde_json::from_value(value).expect("the criteria parse");
    c.today = Some("2026-11-29".to_owned());
    c
}

fn page(m: &Matcher, c: &Criteria) -> Page {
    m.page(c, 0..10, |_| true).expect("the page is made")
}

fn with_places(m: &Matcher) {
    let table = concat!(
        include_str!("../data/places.txt"),
        include_str!("../data/words.txt")
    );
    assert!(m.attach_places(Gazetteer::parse(table).expect("the table parses")));
}

#[test]
fn typing_a_word_that_finds_nothing_suggests_what_a_fresh_search_would() {
    let m = Matcher::from_json(DEMO).expect("the demo loads");
    // A student of Photography types a word letter by letter, erases a letter, types on.
    let typed = ["", "z", "zq", "z", "zx", "zxq", ""];
    for (i, query) in typed.iter().enumerate() {
        let c = criteria(json!({"programme": "photography", "query": query}));
        let seen = page(&m, &c);
        let fresh = page(&m.clone(), &c);
        assert_eq!(seen, fresh, "key {i}, {query:?}");
        if !query.is_empty() {
            assert_eq!(seen.total, 0, "{query:?} finds nothing");
            let without_words = page(&m.clone(), &criteria(json!({"programme": "photography"})));
            let dropped = seen
                .loosenings
                .iter()
                .find(|l| l.filter.as_str() == "query");
            assert_eq!(
                dropped.map(|l| l.results),
                Some(without_words.total),
                "{query:?}"
            );
        }
    }
}

#[test]
fn place_names_attached_later_are_counted() {
    let m = Matcher::from_json(DEMO).expect("the demo loads");
    // Without place names, "Lissabon" (Dutch) finds one school by its likeness to Lisboa.
    let lissabon = criteria(json!({"query": "Lissabon"}));
    let before = page(&m, &lissabon).total;
    with_places(&m);
    // With them it is Lisbon: dropping the country that finds nothing gives Lisbon's count,
    // not the count from before the names came.
    let nowhere = page(
        &m,
        &criteria(json!({"query": "Lissabon", "countries": ["IS"]})),
    );
    assert_eq!(nowhere.total, 0);
    let dropped = nowhere
        .loosenings
        .iter()
        .find(|l| l.filter.as_str() == "countries");
    let lisbon = page(&m.clone(), &lissabon).total;
    assert!(lisbon > before, "{lisbon} against {before}");
    assert_eq!(dropped.map(|l| l.results), Some(lisbon));
}
