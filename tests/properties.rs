//! Properties over random catalogues, criteria and text: no panics, sorted and repeatable
//! results, stable normalisation.
#![cfg(not(target_arch = "wasm32"))]

use partner_matcher::catalogue::{load, load_bytes, path_at, BadRecords, Checked, Rejected};
use partner_matcher::search::{Criteria, CriteriaError, Hit, Kind, NoteCode};
use partner_matcher::text::{fold, match_word, WordShape};
use partner_matcher::Matcher;
use proptest::prelude::*;
use serde_json::{json, Value};

#[path = "support/mutations.rs"]
mod mutations;
use mutations::{mutate, mutation};

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

/// The order the README gives ("Order of results"), read from what each hit shows: those that
/// fit before related ones; then score; then every preference met before some, the language
/// met before not, an open deadline (soonest first) before none known before a passed one,
/// more places; then kind; then the name as the engine folds it (English: the criteria ask no
/// language), its text and the id.
fn order_key<'h>(h: &'h Hit, m: &Matcher) -> impl Ord + 'h {
    let catalogue = m.catalogue();
    let name = match h.kind {
        Kind::Institution => catalogue
            .institutions
            .iter()
            .find(|i| i.id.as_str() == h.id)
            .map(|i| i.name.get(partner_matcher::Locale::En).to_owned()),
        Kind::Bip => catalogue
            .bips
            .iter()
            .find(|b| b.id.as_str() == h.id)
            .map(|b| b.title.get(partner_matcher::Locale::En).to_owned()),
    }
    .unwrap_or_default();
    let note = |notes: &[partner_matcher::search::Note], code| {
        notes
            .iter()
            .find(|n| n.code == code)
            .map(|n| n.detail.to_string())
    };
    let language = note(&h.warnings, NoteCode::Language).is_some();
    let passed = note(&h.warnings, NoteCode::DeadlinePassed).is_some()
        || note(&h.warnings, NoteCode::TermClosed).is_some();
    // An institution's next stay orders it only for the term asked (then it has a `term`
    // reason); its day to act by is the home school's deadline, else the partner's.
    let asked = h.kind == Kind::Institution && note(&h.reasons, NoteCode::Term).is_some();
    let next = note(&h.reasons, NoteCode::NextMobility)
        .filter(|_| asked)
        .and_then(|window| {
            let day = |label: &str| {
                let at = window.find(label)? + label.len();
                window.get(at..at + 10).map(str::to_owned)
            };
            day("home ").or_else(|| day("partner "))
        });
    let open = next.or_else(|| note(&h.reasons, NoteCode::ApplyBy));
    let deadline = match (open, passed) {
        (_, true) => (2, String::new()),
        (Some(date), false) => (0, date),
        (None, false) => (1, String::new()),
    };
    let places: u64 = note(&h.reasons, NoteCode::Places)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    (
        h.related,
        std::cmp::Reverse(h.score.to_bits()),
        u8::from(language) + u8::from(passed),
        language,
        deadline,
        std::cmp::Reverse(places),
        h.kind,
        fold(&name),
        name,
        &h.id,
    )
}

fn is_sorted(hits: &[Hit], m: &Matcher) -> bool {
    let flagged = |h: &Hit| h.warnings.iter().any(|w| w.code == NoteCode::RelatedField);
    hits.iter().all(|h| h.related == flagged(h))
        && hits
            .windows(2)
            .all(|w| order_key(&w[0], m) <= order_key(&w[1], m))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_catalogues_and_criteria_never_panic_and_sort_stably(doc in catalogue(), criteria in criteria(), seed in any::<u64>()) {
        let text = doc.to_string();
        let loaded = Matcher::from_json(&text);
        prop_assert!(loaded.is_ok(), "generated catalogues are valid: {:?}", loaded.err());
        let Ok(matcher) = loaded else { return Ok(()) };
        match matcher.search(&criteria) {
            Ok(hits) => {
                prop_assert!(is_sorted(&hits, &matcher), "not sorted: {hits:?}");
                prop_assert!(hits.iter().all(|h| (0.0..=1.0).contains(&h.score)));
                if let Some(limit) = criteria.limit {
                    prop_assert!(hits.len() <= limit);
                }
                let again = matcher.search(&criteria);
                prop_assert_eq!(Ok(&hits), again.as_ref());
                // Another load, of the institutions and BIPs in another order.
                let shuffled = shuffled(&doc, seed).to_string();
                let reloaded = Matcher::from_json(&shuffled).map(|m| m.search(&criteria));
                prop_assert!(matches!(reloaded, Ok(Ok(ref h)) if *h == hits), "a fresh load gives the same order: {reloaded:?}");
                prop_assert!(matcher.country_counts(&criteria).is_ok());
                prop_assert!(matcher.loosenings(&criteria).is_ok());
                // A page ranks only the positions it shows: the same hits as the whole
                // ranking there, and the same counts per country.
                let all = matcher.search(&Criteria { limit: None, ..criteria.clone() });
                let all = all.unwrap_or_default();
                for shown in [0..1, 0..3, 2..5] {
                    let page = matcher.page(&criteria, shown.clone(), |_| true);
                    let page = page.map_err(|e| TestCaseError::fail(e.to_string()))?;
                    let expected = all.get(shown.start.min(all.len())..shown.end.min(all.len()));
                    prop_assert_eq!(Some(&page.hits[..]), expected);
                    let counts = matcher.country_counts(&criteria);
                    prop_assert_eq!(Ok(&page.country_counts), counts.as_ref());
                }
            }
            // Random words need not name a programme; every other refusal is a failure.
            Err(e) => prop_assert!(
                criteria.programme.is_some() && matches!(e, CriteriaError::UnknownProgramme { .. }),
                "refused: {e}"
            ),
        }
    }

    /// Past 64 programmes the search cannot use its programme bit sets and compares
    /// agreements directly: it finds the same.
    #[test]
    fn past_64_programmes_the_search_finds_the_same(doc in catalogue_of(5..=5), criteria in criteria(), extra in 60..70usize) {
        let mut padded = doc.clone();
        if let Some(programmes) = padded["programmes"].as_array_mut() {
            // Programmes of a field no agreement or BIP has: found by nothing.
            programmes.extend((0..extra).map(|n| json!({"id": format!("extra-{n}"), "name": format!("Extra {n}"), "isced": "0311"})));
        }
        let (Ok(plain), Ok(padded)) = (Matcher::from_json(&doc.to_string()), Matcher::from_json(&padded.to_string())) else {
            return Err(TestCaseError::fail("generated catalogues load"));
        };
        prop_assert!(padded.catalogue().programmes.len() > 64);
        let resolved = |m: &Matcher| criteria.programme.as_deref().map(|p| m.resolve_programme(p).map(|p| p.id.clone()));
        prop_assume!(resolved(&plain) == resolved(&padded), "a typed name that resembles an extra programme");
        match (plain.search(&criteria), padded.search(&criteria)) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
            (Err(CriteriaError::UnknownProgramme { .. }), Err(CriteriaError::UnknownProgramme { .. })) => {}
            (a, b) => prop_assert!(false, "{:?}\nvs {:?}", a, b),
        }
        prop_assert_eq!(plain.country_counts(&criteria).ok(), padded.country_counts(&criteria).ok());
        prop_assert_eq!(plain.loosenings(&criteria).ok(), padded.loosenings(&criteria).ok());
    }

    /// Normalised criteria search like the criteria they came from (but for the date and
    /// limit they leave out), and normalise to themselves.
    #[test]
    fn normalised_criteria_are_stable(doc in catalogue(), criteria in criteria()) {
        let Ok(matcher) = Matcher::from_json(&doc.to_string()) else {
            return Err(TestCaseError::fail("generated catalogues load"));
        };
        let once = criteria.normalised(&matcher);
        let twice = once.criteria.normalised(&matcher);
        prop_assert_eq!(&twice.criteria, &once.criteria);
        prop_assert_eq!(twice.unknown_programme, None);
        if once.unknown_programme.is_none() {
            let same = Criteria { today: criteria.today.clone(), ..once.criteria.clone() };
            let unlimited = Criteria { limit: None, ..criteria.clone() };
            prop_assert_eq!(matcher.search(&same).ok(), matcher.search(&unlimited).ok());
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
    partner_matcher::order::sort_by(&mut expected, |a, b| record_key(a.0).cmp(&record_key(b.0)));
    partner_matcher::order::sort_by(&mut skipped, |a, b| record_key(a.0).cmp(&record_key(b.0)));
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

/// `doc` with its institutions and BIPs in an order drawn from `seed`.
fn shuffled(doc: &Value, mut seed: u64) -> Value {
    let mut doc = doc.clone();
    for list in ["institutions", "bips"] {
        if let Some(items) = doc[list].as_array_mut() {
            for i in (1..items.len()).rev() {
                // xorshift; a zero seed would stay zero.
                seed = (seed ^ (seed << 13)) | 1;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                items.swap(i, (seed % (i as u64 + 1)) as usize);
            }
        }
    }
    doc
}
