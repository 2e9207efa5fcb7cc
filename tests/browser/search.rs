//! Searching and filtering: the first results, typos, words that match nothing, filters.

use partner_matcher::i18n::ui;
use partner_matcher::search::{Criteria, Kind};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlSelectElement;

use crate::{
    blob_url, click, expected, fitting, fresh, matcher, mount, results_text, student, type_into,
    until, CATALOGUE, SERVED,
};

#[wasm_bindgen_test]
async fn mounts_and_lists_partners_from_a_served_catalogue() {
    fresh();
    let w = mount(SERVED, &[]);
    yew::scheduler::flush().await;
    assert!(
        w.text().contains(ui::LOADING.en) || w.find(".pm-results-head").is_some(),
        "loading is shown"
    );
    w.ready().await;
    let all = expected(student());
    assert_eq!(w.text_of(".pm-results-head"), results_text(all.len()));
    assert_eq!(w.all(".pm-card").len(), 10, "the first page of 10");
    assert!(w.text().contains("Gerrit Rietveld Academie") || all.len() > 10);
    assert_eq!(w.events("ready").len(), 1, "one ready event");
    // The live region announces the count once things settle.
    until("the count announced", || {
        w.text_of("[role=status]") == results_text(all.len())
    })
    .await;
    w.destroy();
}

#[wasm_bindgen_test]
async fn a_query_with_a_typo_finds_the_right_first_card() {
    fresh();
    let w = mount(&blob_url(CATALOGUE), &[]);
    w.ready().await;
    type_into(&w.get("input[type=search]"), "Rietvled");
    until("Rietveld first", || {
        w.titles().first().map(String::as_str) == Some("Gerrit Rietveld Academie")
    })
    .await;
    type_into(&w.get("input[type=search]"), "Lodz");
    until("the Łódź film school first", || {
        w.titles().first().is_some_and(|t| t.contains("Łodzi"))
    })
    .await;
    let card = w.get(".pm-card");
    let text = card.text_content().unwrap_or_default();
    assert!(text.contains("Łódź, Poland"), "city and country: {text}");
    assert!(text.contains("1,093 km"), "distance: {text}");
    // What the distance band decides for a student: the estimate (Poland: the third group).
    assert!(text.contains("Erasmus+ ≈ €490 a month"), "{text}");
    assert!(
        text.contains("Matches your search in its city"),
        "why it fits: {text}"
    );
    // Dutch words for a programme work too, with a typo: "fotgrafie".
    type_into(&w.get("input[type=search]"), "fotgrafie");
    let photography = expected(Criteria {
        query: Some("fotgrafie".into()),
        ..student()
    });
    until("photography schools", || {
        w.text_of(".pm-results-head") == results_text(photography.len())
    })
    .await;
    w.destroy();
}

#[wasm_bindgen_test]
async fn a_word_that_matches_nothing_is_left_out_and_said() {
    fresh();
    let w = mount(&blob_url(CATALOGUE), &[]);
    w.ready().await;
    type_into(&w.get("input[type=search]"), "summer photography");
    let note = "No match for ‘summer’: showing results for the other words.";
    until("the note under the count", || {
        w.all(".pm-note")
            .iter()
            .any(|n| n.text_content().unwrap_or_default() == note)
    })
    .await;
    // The results are those of the other word. (No word table here: the test page serves none,
    // so "photography" finds what the catalogue spells that way, not its synonyms.)
    let photography = fitting(Criteria {
        query: Some("photography".into()),
        ..student()
    });
    assert!(
        !photography.is_empty(),
        "the demo catalogue has photography results"
    );
    until("the results of the other word", || {
        w.text_of(".pm-results-head") == results_text(photography.len())
    })
    .await;
    until("the live region says it too", || {
        w.text_of("[role=status]").ends_with(note)
    })
    .await;
    w.destroy();
}

#[wasm_bindgen_test]
async fn filters_change_the_count_and_countries_show_theirs() {
    fresh();
    let w = mount(&blob_url(CATALOGUE), &[("programme", "fotografie".into())]);
    w.ready().await;
    assert_eq!(
        w.get("select.pm-select")
            .dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default(),
        "photography",
        "the programme attribute presets the picker (Dutch name resolved)"
    );
    let base = student();
    let with_programme = Criteria {
        programme: Some("photography".into()),
        ..base.clone()
    };
    let all = fitting(with_programme.clone());
    assert_eq!(w.text_of(".pm-results-head"), results_text(all.len()));

    // Only BIPs.
    let radios = w.all("input[type=radio]");
    click(&radios[2]);
    let bips = fitting(Criteria {
        kinds: Some(vec![Kind::Bip]),
        ..with_programme.clone()
    });
    until("the BIP count", || {
        w.text_of(".pm-results-head") == results_text(bips.len())
    })
    .await;
    assert!(bips.len() < all.len());
    assert!(w
        .all(".pm-results .pm-card")
        .iter()
        .all(|c| c.class_name().contains("pm-card-bip")));

    // Back to everything, then one country: its option showed its count.
    click(&radios[0]);
    until("everything again", || {
        w.text_of(".pm-results-head") == results_text(all.len())
    })
    .await;
    let france = all
        .iter()
        .filter(|h| matcher().country_of(h) == Some("FR"))
        .count();
    assert!(
        w.all(".pm-countries label").is_empty(),
        "countries behind a button"
    );
    let toggle = w.get(".pm-all-countries");
    click(&toggle);
    until("the countries", || !w.all(".pm-countries label").is_empty()).await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let option = w
        .all(".pm-countries label")
        .into_iter()
        .find(|l| l.text_content().unwrap_or_default().starts_with("France"))
        .expect("a France option");
    assert_eq!(
        option.text_content().unwrap_or_default(),
        format!("France ({france})")
    );
    click(
        &option
            .query_selector("input")
            .ok()
            .flatten()
            .expect("checkbox"),
    );
    until("the French results", || {
        w.text_of(".pm-results-head") == results_text(france)
    })
    .await;

    // Clear all: back to the page's defaults.
    w.click(".pm-clear");
    until("cleared", || {
        w.text_of(".pm-results-head") == results_text(all.len())
    })
    .await;
    w.destroy();
}
