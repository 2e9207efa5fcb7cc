//! The widget in headless Chromium (wasm-bindgen-test): what a student sees and does.
//!
//! Tests share one page (its URL and localStorage), so each starts with `fresh()`, and
//! widgets that use the URL are destroyed before the test ends.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use partner_matcher::i18n::{ui, Text};
use partner_matcher::search::{Criteria, Kind, Matcher};
use partner_matcher::web::widget::state::{Action, Key, State};
use partner_matcher::web::widget::{load, shortlist, url_state};
use partner_matcher::web::Handle;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

const CATALOGUE: &str = include_str!("../www/catalogue.json");
/// The demo catalogue as the test server serves it (it serves the crate's directory).
const SERVED: &str = "/www/catalogue.json";

/// A URL the widget can fetch the given catalogue text from.
fn blob_url(text: &str) -> String {
    blob_url_typed(text, "application/json")
}

fn blob_url_typed(text: &str, content_type: &str) -> String {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(content_type);
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
        yew::scheduler::flush().await;
        if check() {
            return;
        }
        gloo::timers::future::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for: {what}");
}

/// A clean page: no `pm-` URL parameters (the page's own are kept), no stored shortlists.
fn fresh() {
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
struct Mounted {
    container: Element,
    handle: Handle,
    events: Rc<RefCell<Vec<(String, JsValue)>>>,
    _listeners: Vec<gloo::events::EventListener>,
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &JsValue::from_str(k), v).expect("set");
    }
    o.into()
}

/// Mounts with `catalogue` and the given options; the URL state is off unless asked for.
fn mount(catalogue: &str, extra: &[(&str, JsValue)]) -> Mounted {
    let container = new_container();
    let events = Rc::new(RefCell::new(Vec::new()));
    let listeners = ["ready", "error", "select", "change"]
        .into_iter()
        .map(|name| {
            let events = events.clone();
            gloo::events::EventListener::new(
                &container,
                format!("partner-matcher:{name}"),
                move |e| {
                    let detail = e
                        .dyn_ref::<web_sys::CustomEvent>()
                        .map(|c| c.detail())
                        .unwrap_or(JsValue::NULL);
                    events.borrow_mut().push((name.to_owned(), detail));
                },
            )
        })
        .collect();
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
    fn text(&self) -> String {
        self.container.text_content().unwrap_or_default()
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.container.query_selector(selector).ok().flatten()
    }

    fn get(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn all(&self, selector: &str) -> Vec<Element> {
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

    fn text_of(&self, selector: &str) -> String {
        self.find(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    fn click(&self, selector: &str) {
        click(&self.get(selector));
    }

    /// The card titles, in order.
    fn titles(&self) -> Vec<String> {
        self.all(".pm-card-title")
            .iter()
            .map(|e| e.text_content().unwrap_or_default())
            .collect()
    }

    fn events(&self, name: &str) -> Vec<JsValue> {
        self.events
            .borrow()
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, d)| d.clone())
            .collect()
    }

    async fn ready(&self) {
        until("the results", || self.find(".pm-results-head").is_some()).await;
    }

    fn destroy(mut self) {
        self.handle.destroy();
        self.container.remove();
    }
}

fn click(element: &Element) {
    element
        .dyn_ref::<HtmlElement>()
        .expect("an HTML element")
        .click();
}

/// Types into an input as a student would (value, then an `input` event).
fn type_into(input: &Element, text: &str) {
    let input = input.dyn_ref::<HtmlInputElement>().expect("an input");
    input.set_value(text);
    dispatch(input, "input");
}

/// Chooses an option of a select (value, then a `change` event).
fn choose(select: &Element, value: &str) {
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

fn matcher() -> Matcher {
    Matcher::from_json(CATALOGUE).expect("the demo catalogue loads")
}

/// What the engine finds for `criteria` (as the widget runs it: student mobility, today).
fn expected(criteria: Criteria) -> Vec<partner_matcher::Hit> {
    let criteria = Criteria {
        today: Some(partner_matcher::web::today()),
        ..criteria
    };
    matcher().search(&criteria).expect("search")
}

fn student() -> Criteria {
    Criteria {
        mobility: Some(partner_matcher::web::widget::state::student_mobility()),
        ..Criteria::default()
    }
}

fn results_text(n: usize) -> String {
    ui::results(n, partner_matcher::Locale::En)
}

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
    assert!(
        text.contains("Erasmus+ distance band 500–1,999 km"),
        "{text}"
    );
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
    let all = expected(with_programme.clone());
    assert_eq!(w.text_of(".pm-results-head"), results_text(all.len()));

    // Only BIPs.
    let radios = w.all("input[type=radio]");
    click(&radios[2]);
    let bips = expected(Criteria {
        kinds: Some(vec![Kind::Bip]),
        ..with_programme.clone()
    });
    until("the BIP count", || {
        w.text_of(".pm-results-head") == results_text(bips.len())
    })
    .await;
    assert!(bips.len() < all.len());
    assert!(w
        .all(".pm-card")
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

#[wasm_bindgen_test]
async fn a_detail_shows_agreements_deadlines_and_requirements() {
    fresh();
    let w = mount(&blob_url(CATALOGUE), &[]);
    w.ready().await;
    type_into(&w.get("input[type=search]"), "Rietveld");
    until("Rietveld first", || {
        w.titles().first().map(String::as_str) == Some("Gerrit Rietveld Academie")
    })
    .await;
    let button = w.get(".pm-card .pm-details");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    click(&button);
    until("the detail", || w.find(".pm-detail").is_some()).await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let detail = w.text_of(".pm-detail");
    for expected in [
        "Agreements",
        "Study exchange",
        "Photography",
        "2 places per year",
        "5 months",
        "English B2 or Dutch B1",
        "Erasmus+",
        "2021/2022 – 2027/2028",
        "Nomination deadlines",
        "Autumn semester",
        "31 March",
        "What you need to apply",
        "Motivation letter",
        "rietveldacademie.nl",
    ] {
        assert!(detail.contains(expected), "{expected} in {detail}");
    }
    let link = w.get(".pm-detail a");
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    let select = w.events("select");
    assert_eq!(select.len(), 1, "a select event");
    let id = js_sys::Reflect::get(&select[0], &"id".into()).unwrap_or_default();
    assert_eq!(id.as_string().as_deref(), Some("rietveld"));
    click(&button);
    until("closed", || w.find(".pm-detail").is_none()).await;

    // A BIP: dates, credits, host and partners, apply-by with the days left.
    type_into(&w.get("input[type=search]"), "archive as material");
    until("the photography BIP", || {
        w.titles().first().map(String::as_str) == Some("The Archive as Material")
    })
    .await;
    let card = w.get(".pm-card").text_content().unwrap_or_default();
    assert!(
        card.contains("5–9 July 2027") || card.contains("July 2027"),
        "{card}"
    );
    assert!(card.contains("ECTS"), "{card}");
    assert!(card.contains("Host"), "{card}");
    assert!(card.contains("15 March 2027"), "{card}");
    let days = partner_matcher::i18n::days_until("2027-03-15", &partner_matcher::web::today())
        .expect("days");
    assert!(
        card.contains(&ui::days_left(days, partner_matcher::Locale::En)),
        "{card}"
    );
    w.destroy();
}

#[wasm_bindgen_test]
async fn the_shortlist_is_kept_ordered_and_survives_a_reload() {
    fresh();
    let url = blob_url(CATALOGUE);
    let w = mount(&url, &[]);
    w.ready().await;
    let titles = w.titles();
    let saves = w.all(".pm-card .pm-save");
    click(&saves[0]);
    click(&saves[1]);
    until("two saved", || w.all(".pm-sl-item").len() == 2).await;
    assert_eq!(
        saves[0].get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let names = |w: &Mounted| {
        w.all(".pm-sl-name")
            .iter()
            .map(|e| e.text_content().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    let before = names(&w);
    // Move the first one down, by keyboard-operable button; focus follows it.
    w.click(".pm-sl-item .pm-down");
    until("reordered", || {
        names(&w) == vec![before[1].clone(), before[0].clone()]
    })
    .await;
    let active = gloo::utils::document().active_element().expect("focus");
    assert!(
        active.class_name().contains("pm-up"),
        "focus stays on the moved item"
    );
    w.destroy();

    // "Reload": the same catalogue again.
    let again = mount(&url, &[]);
    again.ready().await;
    until("the kept shortlist", || {
        names(&again) == vec![before[1].clone(), before[0].clone()]
    })
    .await;
    assert_eq!(again.titles(), titles);
    // Remove one from the shortlist itself.
    again.click(".pm-sl-item .pm-remove");
    until("one left", || again.all(".pm-sl-item").len() == 1).await;
    again.destroy();
}

#[wasm_bindgen_test]
async fn unreadable_storage_is_ignored() {
    fresh();
    let url = blob_url(CATALOGUE);
    let storage = gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .expect("localStorage");
    let key = shortlist::storage_key(&url, None);
    storage.set_item(&key, "{not json").expect("set");
    let w = mount(&url, &[]);
    w.ready().await;
    assert!(w.all(".pm-sl-item").is_empty());
    assert!(w.text().contains(ui::SHORTLIST_EMPTY.en));
    w.destroy();
    // Partly sensible: what makes sense is kept.
    storage
        .set_item(
            &key,
            r#"["institution:rietveld", "nonsense", "bip:", "institution:rietveld"]"#,
        )
        .expect("set");
    let w = mount(&url, &[]);
    w.ready().await;
    until("Rietveld kept", || {
        w.text_of(".pm-sl-name") == "Rietveld Academie"
    })
    .await;
    assert_eq!(w.all(".pm-sl-item").len(), 1);
    w.destroy();
}

/// English strings of the interface that differ from their Dutch versions, as fragments
/// (without `{}` placeholders) long enough to mean something.
fn english_fragments(texts: &[Text]) -> Vec<&'static str> {
    texts
        .iter()
        .filter(|t| t.en != t.nl)
        .flat_map(|t| t.en.split("{}"))
        .map(str::trim)
        .filter(|f| f.len() >= 4)
        .collect()
}

#[wasm_bindgen_test]
async fn switching_to_dutch_leaves_no_english() {
    fresh();
    let url = blob_url(CATALOGUE);
    let mut w = mount(&url, &[("programme", "photography".into())]);
    w.ready().await;
    assert!(w.text().contains(ui::PROGRAMME.en));
    // Open a detail and a BIP, so that their labels are on screen too.
    w.click(".pm-card .pm-details");
    click(&w.all("input[type=radio]")[0]);
    w.click(".pm-add-lang");
    w.handle
        .update(options(&[
            ("catalogue", url.as_str().into()),
            ("programme", "photography".into()),
            ("lang", "nl".into()),
            ("urlState", JsValue::FALSE),
        ]))
        .expect("update");
    until("Dutch labels", || w.text().contains(ui::PROGRAMME.nl)).await;
    assert_eq!(w.get(".pm").get_attribute("lang").as_deref(), Some("nl"));
    let text = w.text();
    for dutch in [
        "Soort uitwisseling",
        "Studie-uitwisseling",
        "Talen die je spreekt",
        "Waarom het past",
        "Akkoorden",
        "Jouw keuzelijst",
        "resultaten",
        "Toon er nog",
    ] {
        assert!(text.contains(dutch), "{dutch} in the Dutch interface");
    }
    // No English label, visible or for assistive technology.
    let mut shown = text.clone();
    for e in w.all("[aria-label], [placeholder]") {
        for attribute in ["aria-label", "placeholder"] {
            if let Some(value) = e.get_attribute(attribute) {
                shown.push('\n');
                shown.push_str(&value);
            }
        }
    }
    let labels = [
        ui::TITLE,
        ui::PROGRAMME,
        ui::ANY_PROGRAMME,
        ui::SEARCH,
        ui::SEARCH_PLACEHOLDER,
        ui::SEARCH_FORM,
        ui::SHOW,
        ui::EVERYTHING,
        ui::MOBILITY,
        ui::STUDIES,
        ui::LEVEL,
        ui::ANY_LEVEL,
        ui::ANY_TERM,
        ui::WHERE,
        ui::REGION,
        ui::ANYWHERE,
        ui::DISTANCE,
        ui::ANY_DISTANCE,
        ui::COUNTRIES,
        ui::LANGUAGES,
        ui::LANGUAGES_HINT,
        ui::LANGUAGE,
        ui::ADD_LANGUAGE,
        ui::REMOVE_LANGUAGE,
        ui::CLEAR_ALL,
        ui::SHOWING,
        ui::SHOW_MORE,
        ui::PARTNER,
        ui::BAND,
        ui::WHY,
        ui::WHY_NOT,
        ui::SAVE,
        ui::AGREEMENTS,
        ui::FOR,
        ui::PLACES,
        ui::LENGTH,
        ui::WHEN,
        ui::LEVELS,
        ui::FUNDING,
        ui::VALID,
        ui::DEADLINES,
        ui::REQUIREMENTS,
        ui::WEBSITE,
        ui::NEW_TAB,
        ui::SHORTLIST,
        ui::SHORTLIST_EMPTY,
        ui::UPDATED,
        partner_matcher::i18n::mobility_label(partner_matcher::catalogue::Mobility::Study),
        partner_matcher::i18n::mobility_label(partner_matcher::catalogue::Mobility::StaffTeaching),
        partner_matcher::i18n::kind_label(Kind::Institution),
        partner_matcher::i18n::cefr_label(partner_matcher::catalogue::Cefr::B2),
    ];
    for english in english_fragments(&labels) {
        assert!(
            !shown.contains(english),
            "English “{english}” in the Dutch interface"
        );
    }
    for english in [
        " results",
        "places per year",
        " months",
        "Offers:",
        "Agreement for",
    ] {
        assert!(
            !shown.contains(english),
            "English “{english}” in the Dutch interface"
        );
    }
    // Dates in Dutch.
    assert!(text.contains("1 oktober 2026"), "Dutch date: updated on");

    // A new programme attribute presets the picker again (by its Dutch name).
    w.handle
        .update(options(&[
            ("catalogue", url.as_str().into()),
            ("programme", "Animatiefilm".into()),
            ("lang", "nl".into()),
            ("urlState", JsValue::FALSE),
        ]))
        .expect("update");
    until("animation film", || {
        w.get(".pm-programme select")
            .dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default()
            == "animation-film"
    })
    .await;
    w.destroy();
}

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

    // Valid JSON, invalid catalogue: the place of the first error.
    let invalid = CATALOGUE.replacen("\"country\": \"NL\"", "\"country\": \"XX\"", 1);
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

#[wasm_bindgen_test]
async fn no_results_suggests_the_filter_to_loosen() {
    fresh();
    let w = mount(&blob_url(CATALOGUE), &[]);
    w.ready().await;
    type_into(&w.get("input[type=search]"), "Lodz");
    let lodz = expected(Criteria {
        query: Some("Lodz".into()),
        ..student()
    })
    .len();
    until("Łódź", || {
        w.text_of(".pm-results-head") == results_text(lodz)
    })
    .await;
    choose(&w.get(".pm-region select"), "outside-europe");
    until("no results", || w.find(".pm-empty").is_some()).await;
    // The engine's best loosening is named, with what it would give.
    let criteria = Criteria {
        query: Some("Lodz".into()),
        region: Some(partner_matcher::search::Region::OutsideEurope),
        today: Some(partner_matcher::web::today()),
        ..student()
    };
    let best = matcher().loosenings(&criteria).expect("loosenings")[0].clone();
    let name = ui::filter_name(best.filter).en;
    let text = w.text_of(".pm-empty");
    assert!(text.contains(ui::NO_RESULTS.en), "{text}");
    assert!(
        text.contains(&format!(
            "Without the filter “{name}” there would be {}.",
            results_text(best.results)
        )),
        "{text}"
    );
    // Dropping it gives those results; the other filters stay.
    w.click(".pm-loosen");
    until("results again", || {
        w.text_of(".pm-results-head") == results_text(best.results)
    })
    .await;
    let value = |selector: &str| {
        let e = w.get(selector);
        e.dyn_ref::<HtmlSelectElement>()
            .map(|s| s.value())
            .or_else(|| e.dyn_ref::<HtmlInputElement>().map(|i| i.value()))
            .unwrap_or_default()
    };
    let (query, region) = (value("input[type=search]"), value(".pm-region select"));
    match best.filter {
        partner_matcher::search::Filter::Query => {
            assert_eq!(query, "");
            assert_eq!(region, "outside-europe");
        }
        _ => {
            assert_eq!(query, "Lodz");
            assert_eq!(region, "");
        }
    }
    assert!(lodz > 0);
    w.destroy();
}

fn page_query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn criteria_live_in_the_url_and_come_back() {
    fresh();
    let window = gloo::utils::window();
    let history = window.history().expect("history");
    let path = window.location().pathname().unwrap_or_default();
    // A shared link: the page's own parameter and ours.
    history
        .replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!(
                "{path}?page=photo&pm-q=Rietveld&pm-level=bachelor"
            )),
        )
        .expect("url");
    let url = blob_url(CATALOGUE);
    let w = mount(&url, &[("urlState", JsValue::TRUE)]);
    w.ready().await;
    assert_eq!(
        w.get("input[type=search]")
            .dyn_into::<HtmlInputElement>()
            .map(|i| i.value())
            .unwrap_or_default(),
        "Rietveld"
    );
    assert_eq!(
        w.get(".pm-level select")
            .dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default(),
        "bachelor"
    );
    until("Rietveld first", || {
        w.titles().first().map(String::as_str) == Some("Gerrit Rietveld Academie")
    })
    .await;

    // A change: a new history entry with pm- parameters; the page's parameter stays.
    let length = history.length().unwrap_or(0);
    choose(&w.get(".pm-level select"), "master");
    until("pm-level=master", || {
        page_query().contains("pm-level=master")
    })
    .await;
    assert!(page_query().contains("page=photo"), "{}", page_query());
    assert!(page_query().contains("pm-q=Rietveld"), "{}", page_query());
    assert_eq!(history.length().unwrap_or(0), length + 1);
    // Back restores the previous criteria.
    history.back().expect("back");
    until("bachelor again", || {
        w.get(".pm-level select")
            .dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default()
            == "bachelor"
    })
    .await;
    history.forward().expect("forward");
    until("master again", || {
        w.get(".pm-level select")
            .dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default()
            == "master"
    })
    .await;
    // The change event tells the page the criteria.
    until("a change event", || !w.events("change").is_empty()).await;
    w.destroy();

    // With an instance id, the parameters carry it.
    fresh();
    let w = mount(&url, &[("urlState", JsValue::TRUE), ("id", "a".into())]);
    w.ready().await;
    choose(&w.get(".pm-term select"), "spring");
    until("pm-a-term", || page_query().contains("pm-a-term=spring")).await;
    w.destroy();

    // A link with parameters the catalogue cannot use is tidied in place, without a new
    // history entry; what can be used is used.
    fresh();
    history
        .replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}?pm-countries=FR,Narnia&pm-programme=xyzzy")),
        )
        .expect("url");
    let length = history.length().unwrap_or(0);
    let w = mount(&url, &[("urlState", JsValue::TRUE)]);
    w.ready().await;
    until("tidied", || {
        page_query().contains("pm-countries=FR") && !page_query().contains("Narnia")
    })
    .await;
    assert_eq!(history.length().unwrap_or(0), length);
    assert!(w.text().contains("“xyzzy” is not one of the programmes"));
    w.destroy();
    fresh();
}

#[wasm_bindgen_test]
async fn pages_of_results_and_kinds_from_the_page() {
    fresh();
    let w = mount(
        &blob_url(CATALOGUE),
        &[
            ("pageSize", JsValue::from(4)),
            ("kinds", js_sys::Array::of1(&"bip".into()).into()),
        ],
    );
    w.ready().await;
    assert!(
        w.find("input[type=radio]").is_none(),
        "no kind choice when the page sets it"
    );
    assert_eq!(w.all(".pm-card").len(), 4);
    assert!(w
        .all(".pm-card")
        .iter()
        .all(|c| c.class_name().contains("pm-card-bip")));
    w.click(".pm-more");
    until("the next page", || w.all(".pm-card").len() == 8).await;
    let active = gloo::utils::document().active_element().expect("focus");
    assert_eq!(
        active.text_content().unwrap_or_default(),
        w.titles()[4],
        "focus moves to the first new result"
    );
    w.destroy();
}

// The pure parts: the reducer, the URL encoding, the loader's classification.

fn state() -> Rc<State> {
    Rc::new(State::new(
        Some("photography".into()),
        &[],
        "k".into(),
        Vec::new(),
    ))
}

#[wasm_bindgen_test]
fn the_shortlist_holds_six_in_order() {
    let mut s = state();
    for i in 0..8 {
        s = s.reduce(Action::ToggleSaved(Key::new(
            Kind::Institution,
            format!("i{i}"),
        )));
    }
    assert_eq!(s.shortlist.len(), 6, "at most six");
    s = s.reduce(Action::Move(0, 1));
    assert_eq!(s.shortlist[0].id, "i1");
    assert_eq!(s.shortlist[1].id, "i0");
    let same = s.clone();
    assert!(
        Rc::ptr_eq(&same, &same.clone().reduce(Action::Move(0, -1))),
        "no move past the top"
    );
    s = s.reduce(Action::Remove(0));
    assert_eq!(s.shortlist[0].id, "i0");
    assert!(s.focus.selector.contains("institution:i0"));
}

#[wasm_bindgen_test]
fn criteria_changes_reset_paging_and_clear_all_restores_the_defaults() {
    let mut s = state();
    s = s.reduce(Action::ShowMore);
    assert_eq!(s.pages, 2);
    s = s.reduce(Action::Type("lyon".into()));
    assert_eq!(s.criteria.query, None, "typing alone does not search");
    s = s.reduce(Action::CommitQuery);
    assert_eq!(s.criteria.query.as_deref(), Some("lyon"));
    assert_eq!(s.pages, 1);
    s = s.reduce(Action::ToggleCountry("FR".into()));
    s = s.reduce(Action::Level(Some(
        partner_matcher::catalogue::Level::Master,
    )));
    assert_eq!(s.active_filters(), 2);
    s = s.reduce(Action::Loosen(partner_matcher::search::Filter::Countries));
    assert_eq!(s.criteria.countries, None);
    s = s.reduce(Action::ClearAll);
    assert_eq!(s.criteria, s.defaults);
    assert_eq!(s.draft, "");
}

#[wasm_bindgen_test]
fn url_parameters_round_trip() {
    let s = state();
    let mut c = s.defaults.clone();
    c.query = Some("Łódź film".into());
    c.mobility = None;
    c.level = Some(partner_matcher::catalogue::Level::Bachelor);
    c.countries = Some(vec!["FR".into(), "IT".into()]);
    c.languages = Some(vec![partner_matcher::catalogue::LanguageRequirement {
        lang: "fr".into(),
        cefr: partner_matcher::catalogue::Cefr::B1,
    }]);
    c.max_distance_km = Some(2000.0);
    let params = url_state::encode(&c, &s.defaults);
    let names: Vec<&str> = params.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names,
        ["q", "mobility", "level", "countries", "languages", "km"]
    );
    assert_eq!(url_state::decode(&params, &s.defaults), c);
    assert!(url_state::encode(&s.defaults, &s.defaults).is_empty());
}

#[wasm_bindgen_test]
fn load_errors_are_classified() {
    let kind = |text: &str, content_type: &str| match load::parse("u", content_type, text) {
        Ok(_) => "ok",
        Err(e) => e.kind(),
    };
    assert_eq!(kind(CATALOGUE, "application/json"), "ok");
    assert_eq!(kind("", "application/json"), "json");
    assert_eq!(kind("<html>", "text/html"), "json");
    assert_eq!(kind("{\"format\": 1", "application/json"), "json");
    assert_eq!(
        kind("{\"format\": \"partner-matcher/catalogue@1\"}", ""),
        "catalogue"
    );
}

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
}

/// Language names come from the browser (Intl.DisplayNames) in both languages.
#[wasm_bindgen_test]
fn language_names_come_from_the_browser_in_both_languages() {
    use partner_matcher::i18n::{language_level, language_name};
    use partner_matcher::Locale;
    assert_eq!(language_name("fr", Locale::En), "French");
    assert_eq!(language_name("fr", Locale::Nl), "Frans");
    assert_eq!(language_name("de", Locale::Nl), "Duits");
    assert_eq!(language_level("it B2", Locale::Nl), "Italiaans B2");
    // An unknown code is shown as it is.
    assert_eq!(language_name("xx", Locale::En), "xx");
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

/// Bad mount options are refused with an Error naming the option; `null` means "not set".
#[wasm_bindgen_test]
fn bad_mount_options_are_named() {
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

/// One truth for `check` and the browser: the inputs that once split them (a BOM, 2^64 in an
/// unknown field, 1e-320, 0.1e-2147483648, a key given twice, bytes that are not UTF-8, one
/// bad record...) give here exactly the outcomes `tests/reader_cases.rs` recorded natively:
/// the same catalogue to the last bit, the same problems, places, words and positions.
#[wasm_bindgen_test]
fn the_browser_reads_catalogues_exactly_as_check_does() {
    mod reader_outcome {
        include!("support/reader_outcome.rs");
    }
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/reader-cases.json")).expect("the fixture");
    assert!(cases.len() > 20);
    for case in &cases {
        let outcomes = reader_outcome::outcomes(&reader_outcome::input(case));
        assert_eq!(outcomes, case["expected"], "{}", case["name"]);
    }
}
