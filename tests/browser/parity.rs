//! What native code gives, the browser gives: folding, the change event's JSON, reading.

use partner_matcher::search::{Criteria, Kind, Sort};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::student;

/// In the browser, folding uses the engine's Unicode data instead of Rust's tables: it must
/// give what the native rules give (see `text::tests`), for Latin and other scripts.
#[wasm_bindgen_test]
fn folding_in_the_browser_follows_the_native_rules() {
    use partner_matcher::text::fold;
    let cases = [
        ("Łódź", "lodz"),
        (
            "  Ærø, Œuvre -- Straße / Đakovo!",
            "aero oeuvre strasse dakovo",
        ),
        ("Jazz-Pop", "jazz pop"),
        ("Italië", "italie"),
        (
            "Conservatoire national supérieur",
            "conservatoire national superieur",
        ),
        (
            "Þórshöfn Sønderborg Bergen-Ø",
            "thorshofn sonderborg bergen o",
        ),
        ("---", ""),
        ("ıstanbul", "istanbul"),
        ("İSTANBUL Güzel Sanatlar", "istanbul guzel sanatlar"),
        ("ŠKOLA umění · Praha", "skola umeni praha"),
        ("Київ, Україна", "киів украіна"),
        ("Ελληνικά (ΑΣΚΤ)", "ελληνικα ασκτ"),
        ("東京藝術大学", "東京藝術大学"),
        ("Art’s “Design” № 2", "art s design 2"),
    ];
    for (text, folded) in cases {
        assert_eq!(fold(text), folded, "fold({text:?})");
    }
    // Latin-1 and Latin Extended-A are folded without the browser (`text::LATIN`), unless the
    // text has other characters too: both ways give the same words.
    let latin: String = ('\u{80}'..='\u{17F}').flat_map(|c| [c, 'x', ' ']).collect();
    assert_eq!(fold(&format!("{latin} 東")), format!("{} 東", fold(&latin)));
}

/// The `partner-matcher:change` detail has exactly the criteria's JSON shape (as serde writes
/// it for the command line and the `Matcher` API).
#[wasm_bindgen_test]
fn change_event_details_have_the_criteria_json_shape() {
    use partner_matcher::catalogue::{Cefr, LanguageRequirement, Level, Mobility, Term};
    use partner_matcher::search::Region;
    use partner_matcher::web::event_detail;
    let full = Criteria {
        query: Some("fotografie".into()),
        programme: Some("photography".into()),
        kinds: Some(vec![Kind::Institution, Kind::Bip]),
        mobility: Some(vec![Mobility::Study, Mobility::StaffTeaching]),
        level: Some(Level::Master),
        term: Some(Term::FullYear),
        countries: Some(vec!["FR".into(), "Polen".into()]),
        region: Some(Region::OutsideEurope),
        languages: Some(vec![LanguageRequirement {
            lang: "fr".into(),
            cefr: Cefr::B2,
        }]),
        max_distance_km: Some(1500.0),
        limit: Some(5),
        today: Some("2026-11-29".into()),
        sort: Some(Sort::Deadline),
        lang: Some(partner_matcher::Locale::Nl),
    };
    // Compared as JavaScript sees them (1500.0 and 1500 are one number there).
    let text = |v: &JsValue| js_sys::JSON::stringify(v).ok().and_then(|s| s.as_string());
    for criteria in [full, Criteria::default(), student()] {
        let serde = serde_json::to_string(&criteria).expect("criteria serialise");
        let expected = js_sys::JSON::parse(&serde).expect("serde writes JSON");
        assert_eq!(
            text(&event_detail::criteria(&criteria)),
            text(&expected),
            "{criteria:?}"
        );
    }
}

/// One truth for `check` and the browser: the inputs that once split them (a BOM, 2^64 in an
/// unknown field, 1e-320, 0.1e-2147483648, a key given twice, bytes that are not UTF-8, one
/// bad record...) give here exactly the outcomes `tests/reader_cases.rs` recorded natively:
/// the same catalogue to the last bit, the same problems, places, words and positions. Only
/// a syntax error's words differ: the engine's `JSON.parse` message here (`catalogue/syntax.rs`).
#[wasm_bindgen_test]
fn the_browser_reads_catalogues_exactly_as_check_does() {
    mod reader_outcome {
        include!("../support/reader_outcome.rs");
    }
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../fixtures/reader-cases.json")).expect("the fixture");
    assert!(cases.len() > 20);
    let mut engine_words = 0;
    for case in &cases {
        let bytes = reader_outcome::input(case);
        let mut outcomes = reader_outcome::outcomes(&bytes);
        let mut expected = case["expected"].clone();
        for mode in ["strict", "lenient"] {
            let (ours, native) = (&mut outcomes[mode], &mut expected[mode]);
            if ours["syntax"] != true || ours["problems"] == native["problems"] {
                continue;
            }
            let said = ours["problems"][0]["message"].take();
            native["problems"][0]["message"].take();
            let said = said.as_str().unwrap_or_default().to_owned();
            let text = std::str::from_utf8(&bytes).expect("UTF-8");
            match js_sys::JSON::parse(text) {
                Err(thrown) => {
                    let engine = String::from(js_sys::Error::from(thrown).message());
                    assert!(
                        !said.is_empty() && engine.starts_with(&said),
                        "{said} / {engine}"
                    );
                }
                Ok(_) => assert!(said.contains("limits"), "{said}"),
            }
            engine_words += 1;
        }
        assert_eq!(outcomes, expected, "{}", case["name"]);
    }
    assert!(
        engine_words >= 6,
        "{engine_words} syntax errors in the engine's words"
    );
}
