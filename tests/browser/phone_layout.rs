//! Layout on a phone, with the widget's stylesheet: a long word and right-to-left names.

use partner_matcher::search::Kind;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use crate::{blob_url, click, expected, fresh, mount, student, until, CATALOGUE};

/// The widget's stylesheet as `make build` joins it: the parts `assets/partner-matcher.css`
/// imports, in its order. Built into the test rather than loaded through its `@import`s from
/// the test runner's server: in a full run, two of the seven parts never loaded (their import
/// rules' `styleSheet` stayed null), and the test waited in vain.
fn stylesheet() -> String {
    const PARTS: [(&str, &str); 7] = [
        ("css/base.css", include_str!("../../assets/css/base.css")),
        ("css/form.css", include_str!("../../assets/css/form.css")),
        (
            "css/shortlist.css",
            include_str!("../../assets/css/shortlist.css"),
        ),
        (
            "css/results.css",
            include_str!("../../assets/css/results.css"),
        ),
        (
            "css/narrow.css",
            include_str!("../../assets/css/narrow.css"),
        ),
        ("css/print.css", include_str!("../../assets/css/print.css")),
        ("css/map.css", include_str!("../../assets/css/map.css")),
    ];
    let mut css = String::new();
    for line in include_str!("../../assets/partner-matcher.css").lines() {
        if let Some(name) = line
            .strip_prefix("@import \"")
            .and_then(|rest| rest.strip_suffix("\";"))
        {
            let part = PARTS.iter().find(|(part, _)| *part == name);
            let (_, text) = part.unwrap_or_else(|| panic!("{name}: add it to PARTS"));
            css.push_str(text);
        }
    }
    assert!(css.contains(".pm-filters"), "the parts are joined");
    css
}

/// Puts the widget's stylesheet into the test page (once).
async fn with_stylesheet() {
    let document = gloo::utils::document();
    if document
        .query_selector("style.pm-test-css")
        .ok()
        .flatten()
        .is_none()
    {
        let style = document.create_element("style").expect("style");
        style.set_class_name("pm-test-css");
        style.set_text_content(Some(&stylesheet()));
        document
            .head()
            .expect("head")
            .append_child(&style)
            .expect("append");
    }
}

#[wasm_bindgen_test]
async fn a_long_word_and_right_to_left_names_fit_a_360_px_phone() {
    fresh();
    with_stylesheet().await;
    let mut catalogue: serde_json::Value = serde_json::from_str(CATALOGUE).expect("json");
    // As long a word as a catalogue may have (texts are at most 2,000 characters), in the
    // names of the first two results.
    let long = "Kunst".repeat(390);
    let first: Vec<String> = expected(student())
        .into_iter()
        .filter(|h| h.kind == Kind::Institution)
        .map(|h| h.id)
        .collect();
    let institutions = catalogue["institutions"].as_array_mut().expect("list");
    let position = |n: usize| {
        institutions
            .iter()
            .position(|i| i["id"] == first[n].as_str())
            .expect("an institution")
    };
    let (a, b) = (position(0), position(1));
    institutions[a]["name"] = long.clone().into();
    institutions[a]["short_name"] = serde_json::Value::Null;
    institutions[a]["city"] = long.clone().into();
    institutions[b]["name"] =
        "الأكاديمية الملكية للفنون الجميلة \u{202e} euqimedacA \u{202c} האקדמיה לאמנות בצלאל".into();
    institutions[b]["short_name"] = serde_json::Value::Null;
    let w = mount(&blob_url(&catalogue.to_string()), &[]);
    w.container
        .set_attribute("style", "width: 360px")
        .expect("style");
    w.ready().await;
    let long_title = w
        .all(".pm-card")
        .into_iter()
        .find(|c| c.text_content().unwrap_or_default().contains(&long[..50]));
    let card = long_title.expect("the long name is among the first results");
    // Open it and save it, so that the detail and the shortlist show the long word too.
    click(
        &card
            .query_selector(".pm-details")
            .ok()
            .flatten()
            .expect("details"),
    );
    click(
        &card
            .query_selector(".pm-save")
            .ok()
            .flatten()
            .expect("save"),
    );
    until("saved", || w.all(".pm-sl-item").len() == 1).await;
    until("detail", || w.find(".pm-detail").is_some()).await;
    let width = |e: &Element| {
        js_sys::Function::new_with_args("e", "return e.getBoundingClientRect().width")
            .call1(&JsValue::NULL, e)
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(f64::INFINITY)
    };
    let root = w.get(".pm");
    assert!(
        root.scroll_width() <= 360,
        "scroll width {}",
        root.scroll_width()
    );
    for selector in [
        ".pm-card",
        ".pm-sl-item",
        ".pm-shortlist",
        ".pm-detail",
        ".pm-card-title",
    ] {
        for e in w.all(selector) {
            assert!(width(&e) <= 360.5, "{selector} is {} px wide", width(&e));
        }
    }
    w.destroy();
}
