//! "What it will cost and what I get": the `funding` section, checked with its places, and the
//! Erasmus+ estimate every result gets from it (or from the Programme Guide's travel table),
//! in both languages.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/search.rs"]
mod search;

use partner_matcher::catalogue::load;
use partner_matcher::estimate::{estimate, Estimate};
use partner_matcher::i18n::estimate_lines;
use partner_matcher::locale::Locale;
use serde_json::{json, Value};

/// The small fixture (Lyon, 593 km, a 5-month study agreement; Arles; a BIP) with `edit`.
fn catalogue(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc: Value = serde_json::from_str(include_str!("fixtures/small.json"))
        .unwrap_or_else(|e| panic!("the fixture is JSON: {e}"));
    edit(&mut doc);
    doc.to_string()
}

/// "place: message" of every error `check` finds in `text`.
fn errors(text: &str) -> Vec<String> {
    match load(text) {
        Ok(_) => Vec::new(),
        Err(rejected) => rejected
            .errors()
            .map(|p| format!("{}: {}", p.place, p.message))
            .collect(),
    }
}

fn funding() -> Value {
    json!({
        "url": "https://example.org/erasmus-grant",
        "years": [
            {"year": "2025/2026", "monthly": [{"countries": ["FR"], "study": 1}]},
            {"year": "2026/2027", "green_top_up": 50, "green_days": 4,
             "monthly": [{"countries": ["FR", "DE"], "study": 540, "traineeship": 690}]}
        ]
    })
}

use search::search as hits;

fn lines_of(text: &str, criteria: Value, id: &str, locale: Locale) -> Vec<String> {
    let (hits, matcher) = hits(text, criteria);
    let Some(hit) = hits.iter().find(|h| h.id == id) else {
        panic!("{id} is a result")
    };
    match estimate(&matcher, hit) {
        Some(e) => estimate_lines(&e, locale),
        None => panic!("{id} has an estimate"),
    }
}

#[test]
fn a_semester_student_sees_the_grant_of_the_latest_year_and_the_green_top_up() {
    let text = catalogue(|doc| doc["funding"] = funding());
    let lyon = lines_of(
        &text,
        json!({"programme": "classical-music", "mobility": ["study"]}),
        "cnsmd-lyon",
        Locale::En,
    );
    assert_eq!(
        lyon,
        [
            "Erasmus+ estimate (amounts of 2026/2027; travel: Programme Guide 2024)",
            "Travel, with fewer opportunities: €309, or €417 travelling green",
            "Grant: €540 a month, €2,700 for 5 months",
            "Travelling green: €50 more and up to 4 extra days",
        ]
    );
    let nl = lines_of(
        &text,
        json!({"programme": "classical-music", "mobility": ["study"]}),
        "cnsmd-lyon",
        Locale::Nl,
    );
    assert_eq!(nl[2], "Beurs: €540 per maand, €2.700 voor 5 maanden");
}

#[test]
fn without_funding_the_guides_travel_table_is_the_estimate_labelled_with_its_year() {
    let text = catalogue(|_| {});
    let (hits, matcher) = hits(&text, json!({}));
    let bip = hits
        .iter()
        .find(|h| h.kind == partner_matcher::search::Kind::Bip);
    let Some(bip) = bip else {
        panic!("the BIP is a result")
    };
    let lines = estimate(&matcher, bip).map(|e| estimate_lines(&e, Locale::En));
    let km = bip.distance_km.unwrap_or(0);
    let expected_travel = match km {
        0..=9 => None,
        10..=99 => Some("Travel: €28, or €56 travelling green"),
        100..=499 => Some("Travel: €211, or €285 travelling green"),
        500..=1999 => Some("Travel: €309, or €417 travelling green"),
        _ => Some("other"),
    };
    let mut expected = vec!["Erasmus+ estimate (Programme Guide 2024)".to_owned()];
    expected.extend(expected_travel.map(str::to_owned));
    assert_eq!(lines, Some(expected), "the BIP is {km} km away");
}

#[test]
fn the_offices_travel_bands_replace_the_guides_and_other_funding_says_so() {
    let staff_text = catalogue(|doc| {
        doc["institutions"][0]["agreements"][0]["mobility"] = json!("staff-training");
        let mut f = funding();
        f["years"][1]["travel"] = json!([
            {"from_km": 10, "standard": 30, "green": 60},
            {"from_km": 500, "standard": 320}
        ]);
        doc["funding"] = f;
    });
    let staff = lines_of(
        &staff_text,
        json!({"mobility": ["staff-training"], "query": "lyon"}),
        "cnsmd-lyon",
        Locale::En,
    );
    assert_eq!(
        staff,
        ["Erasmus+ estimate (amounts of 2026/2027)", "Travel: €320"]
    );
    let global = catalogue(|doc| {
        for agreement in doc["institutions"][0]["agreements"]
            .as_array_mut()
            .into_iter()
            .flatten()
        {
            agreement["funding"] = json!("global-minds");
        }
    });
    let said = lines_of(&global, json!({"query": "lyon"}), "cnsmd-lyon", Locale::Nl);
    assert_eq!(
        said,
        ["Gefinancierd door Global Minds, niet door Erasmus+: vraag de internationale dienst wat het dekt"]
    );
    let (hits, matcher) = hits(&global, json!({"query": "lyon"}));
    let lyon = hits.iter().find(|h| h.id == "cnsmd-lyon");
    assert!(matches!(
        lyon.and_then(|h| estimate(&matcher, h)),
        Some(Estimate::Other(_))
    ));
}

#[test]
fn check_names_every_funding_problem_by_its_place() {
    let text = catalogue(|doc| {
        doc["funding"] = json!({
            "url": "ftp://example.org",
            "years": [
                {"year": "2026-2027"},
                {"year": "2025/2026", "green_days": 40,
                 "travel": [{"from_km": 500, "standard": 309}, {"from_km": 100, "standard": 0}],
                 "monthly": [{"countries": ["FR", "DE"], "study": 540},
                             {"countries": ["fr", "FR"], "traineeship": 200000}]},
                {"year": "2025/2026"}
            ]
        });
    });
    let problems = errors(&text);
    for place in [
        "funding.url",
        "funding.years[0].year",
        "funding.years[1].green_days",
        "funding.years[1].travel[1].standard",
        "funding.years[1].travel[1].from_km",
        "funding.years[1].monthly[1].countries[0]",
        "funding.years[1].monthly[1].countries[1]",
        "funding.years[1].monthly[1].traineeship",
        "funding.years[2].year",
    ] {
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(&format!("{place}: "))),
            "{place} in {problems:#?}"
        );
    }
    let twice = problems
        .iter()
        .find(|p| p.starts_with("funding.years[1].monthly[1].countries[1]"));
    assert_eq!(
        twice.map(String::as_str),
        Some("funding.years[1].monthly[1].countries[1]: \"FR\" is in more than one country group of 2025/2026: keep it in one")
    );
}

#[test]
fn a_funding_entry_that_cannot_be_read_is_named() {
    let text = catalogue(|doc| {
        doc["funding"] = json!({"years": [{"year": "2026/2027", "monthly": [{"study": 1}]}]});
    });
    let problems = errors(&text);
    assert_eq!(
        problems,
        ["funding.years[0].monthly[0]: missing `countries`: every country group needs its `countries` (a list of country codes)"]
    );
}

#[test]
fn the_cards_summary_says_what_decides_most_in_both_languages() {
    use partner_matcher::i18n::estimate_summary;
    let text = catalogue(|doc| doc["funding"] = funding());
    let (found, matcher) = hits(&text, json!({"programme": "classical-music"}));
    let summary = |id: &str, l| {
        let hit = found.iter().find(|h| h.id == id);
        hit.and_then(|h| estimate(&matcher, h))
            .map(|e| estimate_summary(&e, l))
    };
    assert_eq!(
        summary("cnsmd-lyon", Locale::Nl).as_deref(),
        Some("Erasmus+ ≈ €540 per maand")
    );
    let (bips, matcher) = hits(&text, json!({"kinds": ["bip"]}));
    let bip = bips.first().and_then(|h| estimate(&matcher, h));
    let said = bip.map(|e| estimate_summary(&e, Locale::En));
    assert!(
        said.as_deref()
            .is_some_and(|s| s.starts_with("Erasmus+ travel ≈ €")),
        "{said:?}"
    );
}

#[test]
fn funding_lists_are_bounded_as_a_records_are() {
    let years: Vec<Value> = (0..101)
        .map(|i| json!({"year": format!("{}/{}", 1900 + i, 1901 + i)}))
        .collect();
    let text = catalogue(|doc| doc["funding"] = json!({"years": years}));
    assert_eq!(
        errors(&text),
        ["funding.years: `years` has 101 entries; a record has at most 100 in one list"]
    );
    let codes: Vec<String> = (0..301).map(|i| format!("A{}", i % 10)).collect();
    let text = catalogue(|doc| {
        doc["funding"] =
            json!({"years": [{"year": "2026/2027", "monthly": [{"countries": codes}]}]});
    });
    let found = errors(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("funding.years[0].monthly[0].countries: "),
        "{found:?}"
    );
}
