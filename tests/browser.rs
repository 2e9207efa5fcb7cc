//! The widget in headless Chromium (wasm-bindgen-test): what a student sees and does.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CATALOGUE: &str = include_str!("../www/catalogue.json");

/// A URL the widget can fetch the given catalogue text from.
fn blob_url(text: &str) -> String {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).expect("blob");
    web_sys::Url::create_object_url_with_blob(&blob).expect("object url")
}

fn new_container() -> web_sys::Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").expect("div");
    gloo::utils::body().append_child(&div).expect("append");
    div
}

/// Waits (up to 10 s) until `check` holds, letting fetches and timers run.
async fn until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..200 {
        yew::scheduler::flush();
        if check() {
            return;
        }
        gloo::timers::future::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for: {what}");
}

#[wasm_bindgen_test]
async fn mounts_and_lists_partners_from_a_served_catalogue() {
    let container = new_container();
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"catalogue".into(), &blob_url(CATALOGUE).into()).expect("set");
    let _handle = partner_matcher::web::mount(container.clone(), options.into()).expect("mount");
    until("the partner list", || {
        container
            .text_content()
            .unwrap_or_default()
            .contains("Gerrit Rietveld Academie")
    })
    .await;
    let _ = container.dyn_ref::<web_sys::HtmlElement>();
}
