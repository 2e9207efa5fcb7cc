//! Issue 8, faults around the widget: failed fetches and focus, CORS, slow bodies, a panic.

use std::cell::RefCell;
use std::rc::Rc;

use partner_matcher::i18n::ui;
use partner_matcher::web::widget::load;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement};

use crate::{
    blob_url, field_text, fresh, matcher, mount, new_container, options, record_events, until,
    Mounted, CATALOGUE,
};

/// Replaces `window.fetch` with `make(real)`; the returned function puts the real one back.
fn patch_fetch(make: &str) -> impl Fn() {
    let window = gloo::utils::window();
    let real = js_sys::Reflect::get(&window, &"fetch".into()).expect("fetch");
    let patched = js_sys::Function::new_with_args("real", make)
        .call1(&JsValue::NULL, &real)
        .expect("patch");
    js_sys::Reflect::set(&window, &"fetch".into(), &patched).expect("set fetch");
    move || {
        let _ = js_sys::Reflect::set(&gloo::utils::window(), &"fetch".into(), &real);
    }
}

fn active_element() -> Option<Element> {
    gloo::utils::document().active_element()
}

#[wasm_bindgen_test]
async fn try_again_keeps_focus_in_the_widget() {
    fresh();
    // Offline for the first two tries.
    let restore = patch_fetch(
        "let calls = 0; return function (...args) { calls += 1; \
         return calls <= 2 ? Promise.reject(new TypeError('Failed to fetch')) : real.apply(this, args); };",
    );
    let w = mount(&blob_url(CATALOGUE), &[]);
    until("the network error", || w.find(".pm-retry").is_some()).await;
    let inside = |w: &Mounted| {
        active_element().is_some_and(|a| w.container.contains(Some(a.unchecked_ref())))
    };
    // A failed try: focus is back on "Try again".
    w.get(".pm-retry")
        .dyn_into::<HtmlElement>()
        .expect("button")
        .focus()
        .expect("focus");
    w.click(".pm-retry");
    yew::scheduler::flush().await;
    assert!(inside(&w), "focus stays in the widget while loading");
    until("the second error", || w.events("error").len() == 2).await;
    until("focus on Try again", || {
        active_element().is_some_and(|a| a.class_name().contains("pm-retry"))
    })
    .await;
    // A successful try: focus stays in the widget, on the results.
    w.click(".pm-retry");
    w.ready().await;
    until("focus on the results", || {
        active_element().is_some_and(|a| a.class_name().contains("pm-results-head"))
    })
    .await;
    assert!(inside(&w));
    restore();
    w.destroy();
}

/// A `fetch` on which CORS fails: the server `answers` a `no-cors` request or not. (The test
/// page is cross-origin isolated, so a real `no-cors` answer from another origin is blocked
/// here; the end-to-end tests use a real server on another origin.)
fn cors_fails(answers: bool) -> impl Fn() {
    patch_fetch(&format!(
        "window.__noCorsAsked = 0; return function (url, init) {{
           if (init?.mode === 'no-cors') {{
             window.__noCorsAsked += 1;
             return {answers} ? Promise.resolve(new Response(null)) : Promise.reject(new TypeError('Failed to fetch'));
           }}
           return Promise.reject(new TypeError('Failed to fetch'));
         }};"
    ))
}

fn no_cors_asked() -> f64 {
    js_sys::Reflect::get(&gloo::utils::window(), &"__noCorsAsked".into())
        .ok()
        .and_then(|n| n.as_f64())
        .unwrap_or(-1.0)
}

#[wasm_bindgen_test]
async fn a_server_that_refuses_to_share_is_not_called_offline() {
    fresh();
    let origin = "https://data.example.org";
    let url = format!("{origin}/partners/catalogue.json");
    // It answers, but not to this page: it refused to share.
    let restore = cors_fails(true);
    let w = mount(&url, &[]);
    until("the error", || w.find(".pm-error").is_some()).await;
    restore();
    let error = &w.events("error")[0];
    assert_eq!(field_text(error, "kind"), "cors");
    assert!(field_text(error, "message").contains("Access-Control-Allow-Origin"));
    let message = w.text_of(".pm-error-message");
    assert_eq!(
        message,
        partner_matcher::i18n::fill(ui::REFUSED.en, &[origin])
    );
    assert!(!message.contains("internet connection"));
    assert!(w.find(".pm-retry").is_some());
    w.destroy();
    let restore = cors_fails(true);
    let w = mount(&url, &[("lang", "nl".into())]);
    until("the Dutch error", || w.find(".pm-error").is_some()).await;
    restore();
    assert_eq!(
        w.text_of(".pm-error-message"),
        partner_matcher::i18n::fill(ui::REFUSED.nl, &[origin])
    );
    w.destroy();

    // No answer at all: offline.
    let restore = cors_fails(false);
    let w = mount(&url, &[]);
    until("the error", || w.find(".pm-error").is_some()).await;
    restore();
    assert_eq!(field_text(&w.events("error")[0], "kind"), "network");
    assert!(w
        .text_of(".pm-error-message")
        .contains("internet connection"));
    w.destroy();

    // On the page's own origin there is no CORS to refuse: not asked again.
    let restore = cors_fails(true);
    let w = mount("/www/catalogue.json", &[]);
    until("the error", || w.find(".pm-error").is_some()).await;
    restore();
    assert_eq!(field_text(&w.events("error")[0], "kind"), "network");
    assert_eq!(no_cors_asked(), 0.0);
    w.destroy();
}

/// A `fetch` whose answer arrives in `parts` pieces of the catalogue, `gap_ms` apart; with
/// `stall`, it stops after the first piece (and ends when the fetch is aborted).
fn streaming_fetch(parts: u32, gap_ms: u32, stall: bool) -> impl Fn() {
    patch_fetch(&format!(
        "return function (url, init) {{
           const bytes = new TextEncoder().encode({text});
           const parts = {parts}, size = Math.ceil(bytes.length / parts);
           let sent = 0;
           const body = new ReadableStream({{
             start(c) {{
               init?.signal?.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
               const next = () => {{
                 if (sent >= bytes.length) {{ c.close(); return; }}
                 c.enqueue(bytes.slice(sent, sent + size)); sent += size;
                 if (!{stall}) setTimeout(next, {gap_ms});
               }};
               next();
             }}
           }});
           return Promise.resolve(new Response(body, {{ headers: {{ 'content-type': 'application/json' }} }}));
         }};",
        text = serde_json::to_string(CATALOGUE).expect("a JS string"),
    ))
}

#[wasm_bindgen_test]
async fn the_time_limit_is_for_silence_not_for_a_slow_download() {
    // Twenty pieces 40 ms apart: 800 ms in all, four times the 200 ms of silence allowed.
    let restore = streaming_fetch(20, 40, false);
    let controller = web_sys::AbortController::new().ok();
    let loaded = load::fetch("/slow.json", controller, 200).await;
    restore();
    let m = loaded.expect("a slow body that keeps arriving completes");
    assert_eq!(
        m.catalogue().institutions.len(),
        matcher().catalogue().institutions.len()
    );

    // One piece, then silence: the limit stops it.
    let restore = streaming_fetch(20, 40, true);
    let controller = web_sys::AbortController::new().ok();
    let stalled = load::fetch("/stalled.json", controller, 200).await;
    restore();
    match stalled {
        Err(e) => assert_eq!(e.kind(), "timeout"),
        Ok(_) => panic!("a silent server must time out"),
    }
}

/// A host element as the loader makes it: fallback content in the light DOM, an open shadow
/// root with a default slot (removed once ready) and the container the widget mounts into.
fn mount_in_shadow(catalogue: &str) -> (Element, Mounted) {
    let document = gloo::utils::document();
    let host = document.create_element("div").expect("host");
    let fallback = document.create_element("a").expect("link");
    fallback
        .set_attribute("href", "/partners.html")
        .expect("href");
    fallback.set_text_content(Some("Our partner schools"));
    host.append_child(&fallback).expect("fallback");
    gloo::utils::body().append_child(&host).expect("append");
    let shadow: web_sys::ShadowRoot =
        js_sys::Function::new_with_args("host", "return host.attachShadow({ mode: 'open' })")
            .call1(&JsValue::NULL, &host)
            .expect("shadow root")
            .unchecked_into();
    let container = document.create_element("div").expect("container");
    container.set_class_name("pm-host");
    shadow.append_child(&container).expect("container");
    let events = Rc::new(RefCell::new(Vec::new()));
    let listeners = record_events(&host, &["ready", "error"], &events);
    let handle = partner_matcher::web::mount(
        container.clone(),
        options(&[
            ("catalogue", catalogue.into()),
            ("urlState", JsValue::FALSE),
        ]),
    )
    .expect("mount");
    let mounted = Mounted {
        container,
        handle,
        events,
        _listeners: listeners,
    };
    (host, mounted)
}

fn slot_in(host: &Element) -> Option<Element> {
    host.shadow_root()
        .and_then(|s| s.query_selector("slot").ok().flatten())
}

#[wasm_bindgen_test]
async fn a_panic_stops_every_widget_says_so_and_brings_back_their_fallbacks() {
    fresh();
    let url = blob_url(CATALOGUE);
    let (host_a, a) = mount_in_shadow(&url);
    let (host_b, b) = mount_in_shadow(&url);
    a.ready().await;
    b.ready().await;
    assert!(slot_in(&host_a).is_none() && slot_in(&host_b).is_none());
    // The panic runs in its own task, as a failure in a widget's event or timer would.
    let target = a.container.clone();
    let crash = wasm_bindgen::closure::Closure::once_into_js(move || {
        partner_matcher::web::crash_for_test(&target)
    });
    gloo::utils::window()
        .set_timeout_with_callback(crash.unchecked_ref())
        .expect("timer");
    until("crash events on both", || {
        a.events("error").len() == 1 && b.events("error").len() == 1
    })
    .await;
    for w in [&a, &b] {
        let error = &w.events("error")[0];
        assert_eq!(field_text(error, "kind"), "crash");
        assert!(field_text(error, "message").contains("stopped after an internal error"));
        assert!(
            w.get(".pm-layout")
                .closest("[hidden]")
                .ok()
                .flatten()
                .is_some(),
            "the stopped widget is hidden"
        );
    }
    // The widget that was working says it stopped; the other one just gives way.
    assert_eq!(a.text_of(".pm-crashed .pm-error-message"), ui::CRASHED.en);
    assert_eq!(
        a.get(".pm-crashed .pm-error")
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
    assert!(b.find(".pm-crashed").is_none());
    // Both show their own content again.
    for host in [&host_a, &host_b] {
        let slot = slot_in(host).expect("the fallback slot is back");
        let assigned: js_sys::Array = js_sys::Reflect::get(&slot, &"assignedNodes".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call0(&slot).ok())
            .map(|v| js_sys::Array::from(&v))
            .unwrap_or_default();
        let texts: Vec<String> = assigned
            .iter()
            .filter_map(|n| n.dyn_into::<web_sys::Node>().ok())
            .filter_map(|n| n.text_content())
            .collect();
        assert!(
            texts.iter().any(|t| t == "Our partner schools"),
            "{texts:?}"
        );
    }
    // Nothing new starts in the stopped instance.
    let refused = partner_matcher::web::mount(
        new_container(),
        options(&[("catalogue", url.as_str().into())]),
    );
    assert!(refused
        .err()
        .map(|e| String::from(e.message()))
        .is_some_and(|m| m.contains("stopped after an internal error")));
    partner_matcher::web::recover_for_test();
    a.destroy();
    b.destroy();
    host_a.remove();
    host_b.remove();
}
