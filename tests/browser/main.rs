//! The widget in headless Chromium (wasm-bindgen-test): what a student sees and does.
//!
//! Tests share one page (its URL and localStorage), so each starts with `fresh()`, and
//! widgets that use the URL are destroyed before the test ends.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use partner_matcher::i18n::ui;
use partner_matcher::search::{Criteria, Matcher};
use partner_matcher::web::Handle;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test_configure;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

mod detail_and_shortlist;
mod languages;
mod loading;
mod results;
mod search;
// Issue 8, the widget's side: resilient loading, a shortlist that never lies, bounded input,
// crash isolation, faults that say what happened and keep focus, a layout hostile data cannot
// break.
mod bad_data;
mod faults;
mod phone_layout;
// The pure parts: the reducer, the URL encoding, the loader's classification.
mod parity;
mod pure;

pub(crate) const CATALOGUE: &str = include_str!("../../www/catalogue.json");
/// The demo catalogue as the test server serves it (it serves the crate's directory).
pub(crate) const SERVED: &str = "/www/catalogue.json";

/// A URL the widget can fetch the given catalogue text from.
pub(crate) fn blob_url(text: &str) -> String {
    blob_url_typed(text, "application/json")
}

pub(crate) fn blob_url_typed(text: &str, content_type: &str) -> String {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(content_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).expect("blob");
    web_sys::Url::create_object_url_with_blob(&blob).expect("object url")
}

pub(crate) fn new_container() -> web_sys::Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").expect("div");
    gloo::utils::body().append_child(&div).expect("append");
    div
}

/// Waits (up to 10 s) until `check` holds, letting fetches and timers run.
pub(crate) async fn until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..200 {
        yew::scheduler::flush().await;
        if check() {
            return;
        }
        gloo::timers::future::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for: {what}");
}

// The page sees 2026-12-05 as today, the clock running on from it, as tools/pinned-day.mjs
// pins the e2e tests' pages: the demo catalogue's dates are fixed, and the tests must not
// depend on the real day. (Imported as a snippet, that module stopped the test runner from
// starting; so the same few lines, once.)
#[wasm_bindgen(inline_js = "
export function pinToday() {
  if (globalThis.__pinnedDay) return;
  globalThis.__pinnedDay = true;
  const RealDate = Date;
  const offset = new RealDate('2026-12-05T12:00:00Z').getTime() - RealDate.now();
  globalThis.Date = class extends RealDate {
    constructor(...args) { if (args.length) super(...args); else super(RealDate.now() + offset); }
    static now() { return RealDate.now() + offset; }
  };
}")]
extern "C" {
    #[wasm_bindgen(js_name = pinToday)]
    fn pin_today();
}

/// A clean page: no `pm-` URL parameters (the page's own are kept), no stored shortlists,
/// 2026-12-05 as today. A test that failed (a panic, which the widget treats as a crash) does
/// not stop the next.
pub(crate) fn fresh() {
    pin_today();
    partner_matcher::web::recover_for_test();
    let window = gloo::utils::window();
    let path = window.location().pathname().unwrap_or_default();
    let _ =
        window
            .history()
            .expect("history")
            .replace_state_with_url(&JsValue::NULL, "", Some(&path));
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.clear();
    }
}

/// A mounted widget, with the events it sent.
pub(crate) struct Mounted {
    pub(crate) container: Element,
    pub(crate) handle: Handle,
    pub(crate) events: Rc<RefCell<Vec<(String, JsValue)>>>,
    pub(crate) _listeners: Vec<gloo::events::EventListener>,
}

pub(crate) fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &JsValue::from_str(k), v).expect("set");
    }
    o.into()
}

/// Listeners that push each `partner-matcher:{name}` event reaching `target`, with its detail,
/// onto `events`.
pub(crate) fn record_events(
    target: &Element,
    names: &[&'static str],
    events: &Rc<RefCell<Vec<(String, JsValue)>>>,
) -> Vec<gloo::events::EventListener> {
    names
        .iter()
        .map(|&name| {
            let events = events.clone();
            gloo::events::EventListener::new(target, format!("partner-matcher:{name}"), move |e| {
                let detail = e
                    .dyn_ref::<web_sys::CustomEvent>()
                    .map(|c| c.detail())
                    .unwrap_or(JsValue::NULL);
                events.borrow_mut().push((name.to_owned(), detail));
            })
        })
        .collect()
}

/// Mounts with `catalogue` and the given options; the URL state is off unless asked for.
pub(crate) fn mount(catalogue: &str, extra: &[(&str, JsValue)]) -> Mounted {
    let container = new_container();
    let events = Rc::new(RefCell::new(Vec::new()));
    let listeners = record_events(&container, &["ready", "error", "select", "change"], &events);
    let mut pairs = vec![
        ("catalogue", JsValue::from_str(catalogue)),
        ("urlState", JsValue::FALSE),
    ];
    pairs.extend(extra.iter().cloned());
    let handle = partner_matcher::web::mount(container.clone(), options(&pairs)).expect("mount");
    Mounted {
        container,
        handle,
        events,
        _listeners: listeners,
    }
}

impl Mounted {
    pub(crate) fn text(&self) -> String {
        self.container.text_content().unwrap_or_default()
    }

    pub(crate) fn find(&self, selector: &str) -> Option<Element> {
        self.container.query_selector(selector).ok().flatten()
    }

    pub(crate) fn get(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    pub(crate) fn all(&self, selector: &str) -> Vec<Element> {
        // querySelectorAll through JavaScript: the crate enables no NodeList binding.
        let list = js_sys::Reflect::get(&self.container, &"querySelectorAll".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(&self.container, &selector.into()).ok())
            .unwrap_or(JsValue::UNDEFINED);
        js_sys::Array::from(&list)
            .iter()
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    pub(crate) fn text_of(&self, selector: &str) -> String {
        self.find(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    pub(crate) fn click(&self, selector: &str) {
        click(&self.get(selector));
    }

    /// The card titles, in order.
    pub(crate) fn titles(&self) -> Vec<String> {
        self.all(".pm-card-title")
            .iter()
            .map(|e| e.text_content().unwrap_or_default())
            .collect()
    }

    pub(crate) fn events(&self, name: &str) -> Vec<JsValue> {
        self.events
            .borrow()
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, d)| d.clone())
            .collect()
    }

    pub(crate) async fn ready(&self) {
        until("the results", || self.find(".pm-results-head").is_some()).await;
    }

    pub(crate) fn destroy(mut self) {
        self.handle.destroy();
        self.container.remove();
    }
}

pub(crate) fn click(element: &Element) {
    element
        .dyn_ref::<HtmlElement>()
        .expect("an HTML element")
        .click();
}

/// Types into an input as a student would (value, then an `input` event).
pub(crate) fn type_into(input: &Element, text: &str) {
    let input = input.dyn_ref::<HtmlInputElement>().expect("an input");
    input.set_value(text);
    dispatch(input, "input");
}

/// Chooses an option of a select (value, then a `change` event).
pub(crate) fn choose(select: &Element, value: &str) {
    let select = select.dyn_ref::<HtmlSelectElement>().expect("a select");
    select.set_value(value);
    dispatch(select, "change");
}

fn dispatch(target: &web_sys::EventTarget, name: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::CustomEvent::new_with_event_init_dict(name, &init).expect("event");
    target.dispatch_event(&event).expect("dispatch");
}

pub(crate) fn matcher() -> Matcher {
    Matcher::from_json(CATALOGUE).expect("the demo catalogue loads")
}

/// What the engine finds for `criteria` (as the widget runs it: student mobility, today).
pub(crate) fn expected(criteria: Criteria) -> Vec<partner_matcher::Hit> {
    let criteria = Criteria {
        today: Some(partner_matcher::web::today()),
        ..criteria
    };
    matcher().search(&criteria).expect("search")
}

/// The results that fit the programme (those the count counts), without the related ones.
pub(crate) fn fitting(criteria: Criteria) -> Vec<partner_matcher::Hit> {
    let mut hits = expected(criteria);
    hits.retain(|h| !h.related);
    hits
}

pub(crate) fn student() -> Criteria {
    Criteria {
        mobility: Some(partner_matcher::web::widget::state::student_mobility()),
        ..Criteria::default()
    }
}

pub(crate) fn results_text(n: usize) -> String {
    ui::results(n, partner_matcher::Locale::En)
}

pub(crate) fn field(value: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(value, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

pub(crate) fn field_text(value: &JsValue, name: &str) -> String {
    field(value, name).as_string().unwrap_or_default()
}

/// The tests' expectations of the demo catalogue (open BIPs, days left to apply, the next
/// stays) hold on the pinned day, whatever the real one.
#[wasm_bindgen_test::wasm_bindgen_test]
fn the_tests_see_the_pinned_day() {
    fresh();
    assert_eq!(partner_matcher::web::today(), "2026-12-05");
}
