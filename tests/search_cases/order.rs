//! Equal input gives equal order, whatever the order of the catalogue's records.

use partner_matcher::Matcher;
use serde_json::{json, Value};

use super::{ids, parse, search, TODAY};

#[test]
fn equal_input_gives_equal_order() {
    // The same catalogue with its institutions and BIPs in another order ranks the same:
    // the order comes from the criteria and the data, never from positions in the file.
    let shuffled = shuffled_demo();
    let cases = [
        json!({"programme": "fine-arts", "languages": [{"lang": "en", "cefr": "B2"}]}),
        json!({"query": "Frankrijk"}),
        json!({"programme": "photography"}),
        json!({"kinds": ["bip"], "term": "spring"}),
        json!({}),
        json!({"programme": "photography", "sort": "distance"}),
        json!({"programme": "photography", "sort": "deadline"}),
        json!({"sort": "name", "lang": "nl"}),
    ];
    for criteria in &cases {
        let a = search(criteria).map(|h| ids(&h).join(","));
        let mut c = parse(criteria.clone());
        c.today = Some(TODAY.to_owned());
        let b = shuffled
            .search(&c)
            .map(|h| ids(&h).join(","))
            .map_err(|e| e.to_string());
        assert!(
            a.as_ref().is_ok_and(|a| a.contains(',')),
            "{criteria}: {a:?}"
        );
        assert_eq!(a, b, "{criteria}");
        assert_eq!(
            search(criteria),
            shuffled.search(&c).map_err(|e| e.to_string())
        );
    }
    // Equal scores: open deadlines first (the soonest first), then more places, then kind
    // and name (folded: "École" with the E's). "Frankrijk" finds two BIPs open for applications and French schools with 6, 4,
    // 3, 3, 3, 2, 2 and 1 places.
    let hits = search(&json!({"query": "Frankrijk"})).expect("the search runs");
    let tied: Vec<&str> = hits
        .iter()
        .filter(|h| h.score == hits[0].score)
        .map(|h| h.id.as_str())
        .collect();
    assert_eq!(
        tied,
        [
            "bip-composition-2027", // apply by 2026-12-01
            "bip-photography-2027", // apply by 2027-03-15
            "cnsmd-lyon",
            "le-fresnoy",
            "ensp-arles",  // three with 3 places, by name: École ... de la photographie,
            "ensad",       // École ... des Arts Décoratifs,
            "gobelins",    // Gobelins Paris
            "cnsmd-paris", // two with 2: Conservatoire ..., École ...
            "beaux-arts-paris",
            "femis",
        ]
    );
}

/// The demo catalogue with its institutions and BIPs in a scrambled (but fixed) order.
fn shuffled_demo() -> Matcher {
    let mut doc: Value =
        serde_json::from_str(include_str!("../../www/catalogue.json")).expect("the demo is JSON");
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for list in ["institutions", "bips"] {
        let items = doc[list]
            .as_array_mut()
            .expect("the demo has institutions and BIPs");
        let before: Vec<Value> = items.clone();
        // Fisher-Yates with xorshift.
        for i in (1..items.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            items.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        assert_ne!(*items, before, "{list} are shuffled");
    }
    Matcher::from_json(&doc.to_string()).expect("the shuffled demo loads")
}
