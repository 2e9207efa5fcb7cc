//! Properties over random catalogues, criteria and text: no panics, sorted and repeatable
//! results, stable normalisation.
#![cfg(not(target_arch = "wasm32"))]

use partner_matcher::catalogue::{load, load_bytes, path_at, BadRecords, Checked, Rejected};
use partner_matcher::search::{Criteria, Hit, Kind, NoteCode};
use partner_matcher::text::{fold, match_word, WordShape};
use partner_matcher::Matcher;
use proptest::prelude::*;

#[path = "support/mutations.rs"]
mod mutations;
use mutations::{mutate, mutation};
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

fn catalogue() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(programme(), 5),
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
            serde_json::from_value(v).unwrap_or_default()
        })
}

fn is_sorted(hits: &[Hit]) -> bool {
    let related = |h: &Hit| h.warnings.iter().any(|w| w.code == NoteCode::RelatedField);
    hits.windows(2).all(|w| {
        let (a, b) = (&w[0], &w[1]);
        (
            related(a),
            std::cmp::Reverse(a.score.to_bits()),
            a.kind,
            &a.id,
        ) <= (
            related(b),
            std::cmp::Reverse(b.score.to_bits()),
            b.kind,
            &b.id,
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_catalogues_and_criteria_never_panic_and_sort_stably(doc in catalogue(), criteria in criteria()) {
        let text = doc.to_string();
        let loaded = Matcher::from_json(&text);
        prop_assert!(loaded.is_ok(), "generated catalogues are valid: {:?}", loaded.err());
        if let Ok(matcher) = loaded {
            if let Ok(hits) = matcher.search(&criteria) {
                prop_assert!(is_sorted(&hits), "not sorted: {hits:?}");
                prop_assert!(hits.iter().all(|h| (0.0..=1.0).contains(&h.score)));
                if let Some(limit) = criteria.limit {
                    prop_assert!(hits.len() <= limit);
                }
                let again = matcher.search(&criteria);
                prop_assert_eq!(Ok(&hits), again.as_ref());
                let reloaded = Matcher::from_json(&text).map(|m| m.search(&criteria));
                prop_assert!(matches!(reloaded, Ok(Ok(ref h)) if *h == hits), "a fresh load gives the same order");
            }
            let _ = matcher.country_counts(&criteria);
            let _ = matcher.loosenings(&criteria);
        }
    }

    #[test]
    fn any_bytes_load_or_are_refused_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..200), text in any::<String>()) {
        let _ = load_bytes(&bytes, BadRecords::LeaveOut);
        let _ = load_bytes(&bytes, BadRecords::Refuse);
        let _ = load(&text);
        let _ = lenient(&text);
    }

    /// One truth: a strict reading (`check`) and a lenient one (the widget) of generated and
    /// mutated catalogues never panic and agree. The lenient one refuses exactly when the
    /// strict one refuses for a problem of the whole file; when the strict one accepts, the
    /// lenient one gives the same catalogue with nothing left out; otherwise it leaves out
    /// exactly the records whose places hold the strict reading's errors, names each with
    /// those errors, and what it keeps is itself a valid catalogue.
    #[test]
    fn strict_and_lenient_readings_agree(doc in catalogue(), mutations in prop::collection::vec(mutation(), 0..4)) {
        let text = mutate(&doc, &mutations);
        let strict = load(&text);
        let loose = lenient(&text);
        match &strict {
            Ok(checked) => {
                let loose = loose.as_ref().map_err(|r| r.to_string());
                prop_assert!(loose.is_ok(), "{text}\n{loose:?}");
                if let Ok(loose) = loose {
                    prop_assert_eq!(&loose.catalogue, &checked.catalogue);
                    prop_assert_eq!(&loose.warnings, &checked.warnings);
                    prop_assert!(loose.skipped.is_empty());
                }
            }
            Err(rejected) => {
                let whole_file = rejected.syntax || rejected.errors().any(|p| record_of(&p.place).is_none());
                prop_assert_eq!(loose.is_err(), whole_file, "{}\n{:?}", text, rejected.problems);
                if let (Ok(loose), false) = (&loose, whole_file) {
                    agrees_with_strict_errors(loose, rejected)?;
                    let shown = serde_json::to_string(&loose.catalogue).unwrap_or_default();
                    let reloaded = load(&shown).map_err(|r| r.to_string());
                    prop_assert!(reloaded.is_ok(), "what the widget keeps is valid: {reloaded:?}");
                }
            }
        }
    }

    #[test]
    fn mangled_catalogues_are_refused_with_a_place_or_position(doc in catalogue(), cut in 0..2000usize) {
        let text = doc.to_string();
        let cut = text.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(text.len());
        if let Err(rejected) = load(&text[..cut]) {
            let p = rejected.first_error();
            prop_assert!(p.is_some_and(|p| !p.place.is_empty() || p.line.is_some()), "{rejected:?}");
        }
    }

    #[test]
    fn path_lookup_never_panics(text in any::<String>(), line in 0..5usize, column in 0..200usize) {
        let _ = path_at(&text, line, column);
    }

    #[test]
    fn the_index_prefilter_never_drops_a_match(query in "[a-zéł0-9]{1,12}", word in "[a-zéł0-9]{1,14}") {
        let (q, w) = (fold(&query), fold(&word));
        if let Some(m) = match_word(&q, &w) {
            let (qs, ws) = (WordShape::of(&q), WordShape::of(&w));
            let found_without_prefilter = w.starts_with(&q)
                || (q.chars().count() >= 5 && w.contains(&q) && qs.may_be_inside(&ws));
            prop_assert!(
                found_without_prefilter || qs.may_match_typo(&ws),
                "{q} matches {w} ({m:?}) but the prefilter skips it"
            );
        }
    }

    #[test]
    fn folding_is_idempotent_and_plain(text in any::<String>()) {
        let once = fold(&text);
        prop_assert_eq!(fold(&once), once.clone());
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
        prop_assert!(once.chars().all(|c| c == ' ' || c.is_alphanumeric()));
    }
}

fn lenient(text: &str) -> Result<Checked, Rejected> {
    load_bytes(text.as_bytes(), BadRecords::LeaveOut)
}

/// The record a place is in: `institutions[3]` for `institutions[3].agreements[0].isced`.
fn record_of(place: &str) -> Option<&str> {
    ["programmes[", "institutions[", "bips["]
        .iter()
        .find(|list| place.starts_with(*list))
        .and_then(|_| place.find(']').map(|end| &place[..=end]))
}

fn agrees_with_strict_errors(loose: &Checked, strict: &Rejected) -> Result<(), TestCaseError> {
    let mut expected: Vec<(&str, Vec<&partner_matcher::catalogue::Problem>)> = Vec::new();
    for error in strict.errors() {
        let record = record_of(&error.place).unwrap_or_default();
        match expected.iter_mut().find(|(r, _)| *r == record) {
            Some((_, errors)) => errors.push(error),
            None => expected.push((record, vec![error])),
        }
    }
    let mut skipped: Vec<(&str, Vec<&partner_matcher::catalogue::Problem>)> = loose
        .skipped
        .iter()
        .map(|s| (s.place.as_str(), s.problems.iter().collect()))
        .collect();
    expected.sort_by_key(|(r, _)| record_key(r));
    skipped.sort_by_key(|(r, _)| record_key(r));
    prop_assert_eq!(skipped, expected);
    Ok(())
}

/// Sorts `institutions[10]` after `institutions[9]`.
fn record_key(record: &str) -> (String, usize) {
    let (list, index) = record.split_once('[').unwrap_or((record, ""));
    (
        list.to_owned(),
        index.trim_end_matches(']').parse().unwrap_or(0),
    )
}
