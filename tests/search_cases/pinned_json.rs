//! The JSON of hits, pinned as the engine writes it.

use partner_matcher::search::Criteria;
use partner_matcher::Matcher;
use serde_json::{json, Value};

use super::{search, TODAY};

/// The JSON of hits (the `--json` output and `Matcher.search` in JavaScript) is a fixed
/// interface: one hit for each reason and warning code, pinned as the engine writes it.
#[test]
fn hits_serialise_as_the_pinned_json() {
    let picks = [
        (
            json!({"programme": "classical-music", "query": "lyon", "term": "spring", "level": "master", "languages": [{"lang": "fr", "cefr": "C1"}]}),
            "cnsmd-lyon",
        ),
        (
            json!({"programme": "classical-music", "query": "lyon", "term": "autumn"}),
            "cnsmd-lyon",
        ),
        (
            json!({"programme": "photography", "mobility": ["study"], "query": "Arles", "languages": [{"lang": "de", "cefr": "B2"}]}),
            "ensp-arles",
        ),
        (
            json!({"programme": "classical-music", "query": "lyon", "languages": [{"lang": "de", "cefr": "C2"}]}),
            "cnsmd-lyon",
        ),
        (
            json!({"kinds": ["bip"], "programme": "film", "languages": [{"lang": "en", "cefr": "C1"}]}),
            "bip-documentary-2027",
        ),
        (
            json!({"kinds": ["bip"], "programme": "interior-design", "term": "spring"}),
            "bip-interior-2027",
        ),
        (
            json!({"programme": "photography", "countries": ["DK"]}),
            "animation-workshop",
        ),
        (
            json!({"mobility": ["staff-teaching", "study"], "query": "Bologna"}),
            "cons-bologna",
        ),
    ];
    let mut got = Vec::new();
    for (criteria, id) in &picks {
        let hits = search(criteria).unwrap_or_else(|e| panic!("{criteria}: {e}"));
        match hits.into_iter().find(|h| h.id == *id) {
            Some(hit) => got.push(serde_json::to_string(&hit).expect("a hit serialises")),
            None => panic!("{id} is a result of {criteria}"),
        }
    }
    // A BIP open to every programme (the demo has none): the small fixture's BIP without
    // its programme list.
    let mut small: Value = serde_json::from_str(include_str!("../fixtures/small.json"))
        .expect("the small fixture is JSON");
    match small["bips"][0].as_object_mut() {
        Some(bip) => bip.remove("programmes"),
        None => panic!("the small fixture has a BIP"),
    };
    let open = Matcher::from_json(&small.to_string()).expect("the open BIP's catalogue loads");
    let criteria: Criteria =
        serde_json::from_value(json!({"programme": "fine-arts", "kinds": ["bip"], "today": TODAY}))
            .expect("criteria parse");
    for hit in open.search(&criteria).expect("the search runs") {
        got.push(serde_json::to_string(&hit).expect("a hit serialises"));
    }
    assert_eq!(got, PINNED);
}

/// What the hits of `hits_serialise_as_the_pinned_json` were when it was written.
const PINNED: [&str; 9] = [
    r#"{"kind":"institution","id":"cnsmd-lyon","score":0.85,"reasons":[{"code":"programme","detail":"classical-music"},{"code":"query","detail":"name"},{"code":"query","detail":"short-name"},{"code":"query","detail":"city"},{"code":"mobility","detail":"study, staff-training"},{"code":"level","detail":"master"},{"code":"term","detail":"spring"},{"code":"language","detail":"fr B1"},{"code":"places","detail":"3"},{"code":"next-mobility","detail":"spring 2028, home 2027-09-01, partner 2027-09-30"}],"warnings":[{"code":"term-closed","detail":"spring 2027, home 2026-09-01, partner 2026-09-30"}],"distance_km":593,"distance_band":"500-1999","agreements":[1,3]}"#,
    r#"{"kind":"institution","id":"cnsmd-lyon","score":1.0,"reasons":[{"code":"programme","detail":"classical-music"},{"code":"query","detail":"name"},{"code":"query","detail":"short-name"},{"code":"query","detail":"city"},{"code":"mobility","detail":"study, staff-training"},{"code":"term","detail":"autumn"},{"code":"places","detail":"3"},{"code":"next-mobility","detail":"autumn 2027, home 2027-02-01, partner 2027-03-31"}],"warnings":[],"distance_km":593,"distance_band":"500-1999","agreements":[1,3]}"#,
    r#"{"kind":"institution","id":"ensp-arles","score":0.7,"reasons":[{"code":"programme","detail":"photography"},{"code":"query","detail":"short-name"},{"code":"query","detail":"city"},{"code":"mobility","detail":"study"},{"code":"places","detail":"2"},{"code":"next-mobility","detail":"autumn 2027, home 2027-02-01, partner 2027-04-15"}],"warnings":[{"code":"language","detail":"fr B1"}],"distance_km":823,"distance_band":"500-1999","agreements":[0]}"#,
    r#"{"kind":"institution","id":"cnsmd-lyon","score":0.7,"reasons":[{"code":"programme","detail":"classical-music"},{"code":"query","detail":"name"},{"code":"query","detail":"short-name"},{"code":"query","detail":"city"},{"code":"mobility","detail":"study, staff-training"},{"code":"places","detail":"3"},{"code":"next-mobility","detail":"autumn 2027, home 2027-02-01, partner 2027-03-31"}],"warnings":[{"code":"language","detail":"fr B1, en B2"}],"distance_km":593,"distance_band":"500-1999","agreements":[1,3]}"#,
    r#"{"kind":"bip","id":"bip-documentary-2027","score":0.85,"reasons":[{"code":"programme","detail":"film"},{"code":"term","detail":"spring"},{"code":"language","detail":"en B2"},{"code":"dates","detail":"2027-06-07/2027-06-11"},{"code":"places","detail":"8"}],"warnings":[{"code":"deadline-passed","detail":"2026-10-15"}],"distance_km":1093,"distance_band":"500-1999"}"#,
    r#"{"kind":"bip","id":"bip-interior-2027","score":1.0,"reasons":[{"code":"programme","detail":"interior-design"},{"code":"term","detail":"spring"},{"code":"dates","detail":"2027-03-08/2027-03-12"},{"code":"places","detail":"12"},{"code":"apply-by","detail":"2026-12-15"}],"warnings":[],"distance_km":1,"distance_band":"0-9"}"#,
    r#"{"kind":"institution","id":"animation-workshop","score":0.6,"reasons":[{"code":"mobility","detail":"study, traineeship, staff-teaching"},{"code":"places","detail":"5"},{"code":"next-mobility","detail":"autumn 2027, home 2027-02-01, partner 2027-04-15"}],"warnings":[{"code":"related-field","detail":"0211"}],"distance_km":707,"distance_band":"500-1999","agreements":[0,1,2],"related":true}"#,
    r#"{"kind":"institution","id":"cons-bologna","score":1.0,"reasons":[{"code":"query","detail":"name"},{"code":"query","detail":"short-name"},{"code":"query","detail":"city"},{"code":"mobility","detail":"study, staff-teaching"},{"code":"places","detail":"5"},{"code":"next-mobility","detail":"full-year 2027, home 2027-02-01, partner 2027-05-01"}],"warnings":[],"distance_km":925,"distance_band":"500-1999","agreements":[0,1,2]}"#,
    r#"{"kind":"bip","id":"bip-photo-2027","score":1.0,"reasons":[{"code":"open-programme","detail":""},{"code":"term","detail":"spring"},{"code":"dates","detail":"2027-03-08/2027-03-12"},{"code":"apply-by","detail":"2026-12-15"}],"warnings":[],"distance_km":823,"distance_band":"500-1999"}"#,
];
