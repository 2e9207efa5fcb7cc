//! Properties over random catalogues, criteria and text: no panics, sorted and repeatable
//! results, stable normalisation.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/mutations.rs"]
mod mutations;

// proptest keeps each module's failure seeds in tests/proptest-regressions/<module>.txt (its
// default beside a main.rs), and replays them before new cases.
mod reading;
mod search;
mod text;

use partner_matcher::search::{Criteria, Kind};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Words from the demo's world plus noise, so that queries sometimes hit and sometimes miss.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Lyon".to_owned()),
        Just("Łódź".to_owned()),
        Just("foto".to_owned()),
        Just("Frankrijk".to_owned()),
        Just("Fine Arts".to_owned()),
        Just("the".to_owned()),
        "[a-zA-Zøéł -]{0,12}",
        any::<String>(),
    ]
}

/// A word that is not blank (names must not be).
fn name() -> impl Strategy<Value = String> {
    word().prop_filter("names are not blank", |w| !w.trim().is_empty())
}

fn maybe<T: std::fmt::Debug + Clone + 'static>(
    s: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Option<T>> {
    prop_oneof![Just(None), s.prop_map(Some)].boxed()
}

fn programme() -> impl Strategy<Value = Value> {
    (name(), prop::sample::select(vec!["0211", "0213", "0215", "0212", "0288", "9999"]))
        .prop_map(|(name, isced)| json!({"id": "", "name": {"en": name, "nl": format!("{name} nl")}, "isced": isced, "aliases": [name]}))
}

fn language() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec!["en", "fr", "de", "nl", "it"]),
        prop::sample::select(vec!["A1", "A2", "B1", "B2", "C1", "C2"]),
    )
        .prop_map(|(lang, cefr)| json!({"lang": lang, "cefr": cefr}))
}

fn agreement() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec!["study", "traineeship", "staff-teaching", "staff-training"]),
        maybe(prop::collection::vec(0..5usize, 1..3)),
        prop::sample::select(vec!["0211", "0213", "0215", "0212", "0214"]),
        maybe(prop::sample::subsequence(vec!["bachelor", "master", "doctorate"], 1..3)),
        maybe(prop::sample::subsequence(vec!["autumn", "spring", "full-year"], 1..3)),
        prop::collection::vec(language(), 0..3),
        maybe(2020..2030i32),
    )
        .prop_map(|(mobility, programmes, isced, levels, terms, languages, until)| {
            let mut a = json!({"mobility": mobility, "isced": isced, "places": 1, "languages": languages});
            if let Some(p) = programmes {
                a["programmes"] = json!(p.iter().map(|i| format!("p{i}")).collect::<Vec<_>>());
            }
            if let Some(l) = levels {
                a["levels"] = json!(l);
            }
            if let Some(t) = terms {
                a["terms"] = json!(t);
            }
            if let Some(y) = until {
                a["valid"] = json!({"until": format!("{y}/{}", y + 1)});
            }
            a
        })
}

fn institution() -> impl Strategy<Value = Value> {
    (
        name(),
        name(),
        prop::sample::select(vec!["FR", "DE", "JP", "ZA", "BE", "TR"]),
        -90.0..90.0f64,
        -180.0..180.0f64,
        prop::collection::vec(agreement(), 0..4),
        maybe(prop::sample::select(vec!["--04-15", "--10-01", "--02-29"])),
    )
        .prop_map(|(name, city, country, lat, lon, agreements, deadline)| {
            let mut i = json!({"id": "", "name": name, "city": city, "country": country,
                "location": {"lat": lat, "lon": lon}, "agreements": agreements, "tags": ["x"]});
            if let Some(d) = deadline {
                i["deadlines"] = json!({"autumn": d, "spring": d});
            }
            i
        })
}

fn bip() -> impl Strategy<Value = Value> {
    (name(), maybe(0..5usize), 1..28u32, 1..12u32, 0..5u32, prop::collection::vec(language(), 0..2))
        .prop_map(|(title, programme, day, month, length, languages)| {
            let start = format!("2027-{month:02}-{day:02}");
            let end = format!("2027-{month:02}-{:02}", day + length.min(28 - day));
            let mut b = json!({"id": "", "title": title, "host": "home", "languages": languages,
                "physical": {"start": start, "end": end, "city": "Ghent", "country": "BE", "location": {"lat": 51.0, "lon": 3.7}},
                "apply_by": "2026-12-01"});
            if let Some(p) = programme {
                b["programmes"] = json!([format!("p{p}")]);
            }
            b
        })
}

/// Catalogues of 5 programmes, and sometimes of more than 64 (the search then works without
/// its programme bit sets).
fn catalogue() -> impl Strategy<Value = Value> {
    prop_oneof![3 => catalogue_of(5..=5), 1 => catalogue_of(65..=70)]
}

fn catalogue_of(programmes: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(programme(), programmes),
        prop::collection::vec(institution(), 0..12),
        prop::collection::vec(bip(), 0..4),
    )
        .prop_map(|(programmes, mut institutions, mut bips)| {
            // Unique ids that agreements can refer to, so most generated catalogues load.
            let mut programmes = programmes;
            for (n, p) in programmes.iter_mut().enumerate() {
                p["id"] = json!(format!("p{n}"));
            }
            for (n, i) in institutions.iter_mut().enumerate() {
                i["id"] = json!(format!("i{n}"));
            }
            for (n, b) in bips.iter_mut().enumerate() {
                b["id"] = json!(format!("b{n}"));
            }
            json!({"format": "partner-matcher/catalogue@1",
                "home": {"name": "Home", "city": "Ghent", "country": "BE", "location": {"lat": 51.05, "lon": 3.72}},
                "programmes": programmes, "institutions": institutions, "bips": bips})
        })
}

fn criteria() -> impl Strategy<Value = Criteria> {
    (
        maybe(word()),
        maybe(prop_oneof![Just("p0".to_owned()), Just("p1".to_owned()), word()]),
        maybe(prop::sample::subsequence(vec![Kind::Institution, Kind::Bip], 0..3)),
        maybe(prop::sample::select(vec!["bachelor", "master"])),
        maybe(prop::sample::select(vec!["autumn", "spring", "full-year"])),
        maybe(prop::collection::vec(prop::sample::select(vec!["FR", "de", "Japan", "Zuid-Afrika"]), 0..3)),
        maybe(prop::collection::vec(language(), 0..3)),
        maybe(0.0..20000.0f64),
        maybe(0..10usize),
        maybe(prop::sample::select(vec!["europe", "outside-europe"])),
    )
        .prop_map(|(query, programme, kinds, level, term, countries, languages, distance, limit, region)| {
            let v = json!({"query": query, "programme": programme, "kinds": kinds, "level": level,
                "term": term, "countries": countries, "languages": languages, "max_distance_km": distance,
                "limit": limit, "region": region, "today": "2026-11-29"});
            match serde_json::from_value(v) {
                Ok(criteria) => criteria,
                Err(e) => panic!("generated criteria read: {e}"),
            }
        })
}
