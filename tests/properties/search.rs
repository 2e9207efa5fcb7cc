//! Searches over random catalogues and criteria: no panics, sorted and repeatable results, the
//! same with more than 64 programmes, stable normalised criteria.

use partner_matcher::search::{Criteria, CriteriaError, Hit, Kind, NoteCode};
use partner_matcher::text::fold;
use partner_matcher::Matcher;
use proptest::prelude::*;
use serde_json::{json, Value};

use super::{catalogue, catalogue_of, criteria};

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
