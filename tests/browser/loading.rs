//! What goes wrong before the results: bad mount options, broken or empty catalogues, retry.

use partner_matcher::i18n::ui;
use partner_matcher::search::Matcher;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::{
    blob_url, blob_url_typed, fresh, mount, new_container, options, until, CATALOGUE, SERVED,
};

#[wasm_bindgen_test]
async fn broken_catalogues_say_what_is_wrong() {
    fresh();
    // Invalid JSON: line and column.
    let broken = "{\n  \"format\": \"partner-matcher/catalogue@1\",\n  \"home\": {,\n}";
    let syntax = serde_json::from_str::<serde_json::Value>(broken).expect_err("broken");
    let w = mount(&blob_url(broken), &[]);
    until("the syntax error", || w.find(".pm-error").is_some()).await;
    let message = w.text_of(".pm-error-message");
    assert!(
        message.contains(&format!(
            "line {}, column {}",
            syntax.line(),
            syntax.column()
        )),
        "{message}"
    );
    assert!(w.find(".pm-retry").is_some(), "a retry button");
    let error = w.events("error");
    assert_eq!(
        js_sys::Reflect::get(&error[0], &"kind".into())
            .ok()
            .and_then(|k| k.as_string())
            .as_deref(),
        Some("json")
    );
    w.destroy();

    // Valid JSON, unusable catalogue (a bad `home`; a bad record alone is left out): the
    // place of the first error.
    let invalid = CATALOGUE.replacen("\"country\": \"BE\"", "\"country\": \"XX\"", 1);
    let place = match Matcher::from_json(&invalid) {
        Err(r) => r.first_error().map(|p| p.place.clone()).unwrap_or_default(),
        Ok(_) => panic!("the catalogue should be rejected"),
    };
    assert!(place.ends_with("country"), "{place}");
    let w = mount(&blob_url(&invalid), &[]);
    until("the validation error", || w.find(".pm-error").is_some()).await;
    let message = w.text_of(".pm-error-message");
    assert!(message.contains(&place), "{place} in {message}");
    w.destroy();

    // A web page instead of JSON.
    let w = mount(
        &blob_url_typed("<!doctype html><p>Not found</p>", "text/html"),
        &[],
    );
    until("not JSON", || w.find(".pm-error").is_some()).await;
    assert!(w
        .text_of(".pm-error-message")
        .contains("did not send a JSON file"));
    w.destroy();

    // HTTP 404 from the server, then the right address.
    let mut w = mount("/www/no-such-catalogue.json", &[("lang", "nl".into())]);
    until("the 404", || w.find(".pm-error").is_some()).await;
    let message = w.text_of(".pm-error-message");
    assert!(message.contains("HTTP-status 404"), "{message}");
    w.handle
        .update(options(&[
            ("catalogue", SERVED.into()),
            ("lang", "nl".into()),
            ("urlState", JsValue::FALSE),
        ]))
        .expect("update");
    w.ready().await;
    assert!(w.find(".pm-error").is_none());
    w.destroy();

    // Nothing answers: a network error.
    let w = mount("http://127.0.0.1:9/catalogue.json", &[]);
    until("the network error", || w.find(".pm-error").is_some()).await;
    assert!(w
        .text_of(".pm-error-message")
        .contains("could not be reached"));
    w.destroy();
}

#[wasm_bindgen_test]
async fn retry_fetches_again() {
    fresh();
    // The first fetch fails as if offline; the second goes through.
    let window = gloo::utils::window();
    let real = js_sys::Reflect::get(&window, &"fetch".into()).expect("fetch");
    let flaky = js_sys::Function::new_with_args(
        "real",
        "let calls = 0; return function (...args) { calls += 1; \
         return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : real.apply(this, args); };",
    );
    let patched = flaky.call1(&JsValue::NULL, &real).expect("patch");
    js_sys::Reflect::set(&window, &"fetch".into(), &patched).expect("set fetch");
    let w = mount(&blob_url(CATALOGUE), &[]);
    until("the network error", || w.find(".pm-error").is_some()).await;
    assert!(w
        .text_of(".pm-error-message")
        .contains("could not be reached"));
    w.click(".pm-retry");
    js_sys::Reflect::set(&window, &"fetch".into(), &real).expect("restore fetch");
    w.ready().await;
    assert!(w.find(".pm-error").is_none());
    assert_eq!(w.events("error").len(), 1);
    assert_eq!(w.events("ready").len(), 1);
    w.destroy();
}

#[wasm_bindgen_test]
async fn an_empty_catalogue_says_so() {
    fresh();
    let empty = r#"{"format": "partner-matcher/catalogue@1",
        "home": {"name": "KASK", "city": "Ghent", "country": "BE", "location": {"lat": 51.05, "lon": 3.72}}}"#;
    let w = mount(&blob_url(empty), &[]);
    until("the empty message", || {
        w.text().contains(ui::EMPTY_CATALOGUE.en)
    })
    .await;
    assert!(w.find(".pm-error").is_none());
    w.destroy();
}

/// Bad mount options are refused with an Error naming the option; `null` means "not set".
#[wasm_bindgen_test]
fn bad_mount_options_are_named() {
    partner_matcher::web::recover_for_test();
    let refused = |pairs: &[(&str, JsValue)]| {
        partner_matcher::web::mount(new_container(), options(pairs))
            .err()
            .map(|e| String::from(e.message()))
            .unwrap_or_default()
    };
    let catalogue = ("catalogue", JsValue::from_str(SERVED));
    assert!(refused(&[]).contains("catalogue (the catalogue's URL) is required"));
    assert!(refused(&[("catalogue", JsValue::from(3))]).contains("catalogue must be a string"));
    let bad_kinds = js_sys::Array::of1(&"partners".into());
    assert!(refused(&[catalogue.clone(), ("kinds", bad_kinds.into())])
        .contains("kinds must be a list of \"institution\" and \"bip\""));
    assert!(refused(&[catalogue.clone(), ("pageSize", "ten".into())])
        .contains("pageSize must be a whole number"));
    assert!(refused(&[catalogue.clone(), ("urlState", "no".into())])
        .contains("urlState must be true or false"));
    let fine = partner_matcher::web::mount(
        new_container(),
        options(&[
            catalogue,
            ("programme", JsValue::NULL),
            ("urlState", JsValue::FALSE),
            ("pageSize", JsValue::from(5)),
            ("kinds", js_sys::Array::of1(&"bip".into()).into()),
        ]),
    );
    assert!(fine.is_ok());
    if let Ok(mut handle) = fine {
        handle.destroy();
    }
}
