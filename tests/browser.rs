//! The widget in headless Chromium (wasm-bindgen-test): what a student sees and does.
//!
//! Tests share one page (its URL and localStorage), so each starts with `fresh()`, and
//! widgets that use the URL are destroyed before the test ends.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use partner_matcher::i18n::shortlist as words;
use partner_matcher::i18n::{choose, ui, Text};
use partner_matcher::search::{Criteria, Kind, Matcher, Sort};
use partner_matcher::shortlist::Limits;
use partner_matcher::url_state;
use partner_matcher::web::widget::state::{Action, Shortlist, State};
use partner_matcher::web::widget::{load, shortlist};
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
/// A test that failed (a panic, which the widget treats as a crash) does not stop the next.
fn fresh() {
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

/// Listeners that push each `partner-matcher:{name}` event reaching `target`, with its detail,
/// onto `events`.
fn record_events(
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
fn mount(catalogue: &str, extra: &[(&str, JsValue)]) -> Mounted {
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

/// The results that fit the programme (those the count counts), without the related ones.
fn fitting(criteria: Criteria) -> Vec<partner_matcher::Hit> {
    let mut hits = expected(criteria);
    hits.retain(|h| !h.related);
    hits
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
    // The card says when one can go next and how many days are left to apply.
    let next = w.text_of(".pm-card .pm-next");
    assert!(
        next.starts_with("Next: ") && next.contains("apply at your school by"),
        "{next}"
    );
    assert!(w.find(".pm-card .pm-next .pm-pill").is_some(), "{next}");
    // What decides, on the card whatever the filters: levels, months, languages asked.
    let decide = w.text_of(".pm-card .pm-decide");
    assert!(
        decide == "Bachelor only · 5 months · English B2 or Dutch B1",
        "{decide}"
    );
    // What the distance band decides, on the card: the monthly grant.
    assert_eq!(w.text_of(".pm-card .pm-band"), "Erasmus+ ≈ €540 a month");
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
        // Each term's next stay with its deadlines and their years, whatever today is.
        "When you can apply",
        "apply at your school by 1 February 20",
        "(the partner's deadline: 31 March 20",
        "What you need to apply",
        "Motivation letter",
        "rietveldacademie.nl",
        // The Erasmus+ estimate from the demo catalogue's 2026/2027 amounts (the Netherlands
        // is in the middle group), and the office's page.
        "Erasmus+ estimate (amounts of 2026/2027; travel: Programme Guide 2024)",
        "Grant: €540 a month, €2,700 for 5 months",
        "Travelling green: €50 more and up to 4 extra days",
        "Grants: what the international office says",
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
    // A saved result's button removes it, with "Saved" beside it.
    assert!(saves[0]
        .text_content()
        .unwrap_or_default()
        .starts_with(words::REMOVE_SHORT.en));
    assert!(w.find(".pm-card .pm-saved").is_some());
    // The status region says what happened: the list, the place in it and its size
    // ("… saved in “Exchanges in Europe”, place 2 of 3.").
    until("the save announced", || {
        let said = w.text_of(".pm-live");
        said.contains(" saved in “") && said.contains("”, place ")
    })
    .await;
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
    let moved = format!("{} is now place 2 of 2.", before[0]);
    until("the move announced", || w.text_of(".pm-live") == moved).await;
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
    let removed = format!("{} removed from your shortlist.", before[1]);
    until("the removal announced", || {
        again.text_of(".pm-live") == removed
    })
    .await;
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
    assert!(w.text().contains(words::SHORTLIST_EMPTY.en));
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
    // (The shortlist shows full names.)
    until("Rietveld kept", || {
        w.text_of(".pm-sl-name").contains("Rietveld Academie")
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
    // Open a partner school's detail, so that its labels are on screen too (BIPs open for
    // applications may come first).
    w.click(".pm-card:not(.pm-card-bip) .pm-details");
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
        ui::WHEN_TO_APPLY,
        ui::GRANTS,
        ui::WHY,
        ui::WHY_NOT,
        words::SAVE,
        ui::AGREEMENTS,
        ui::FOR,
        ui::PLACES,
        ui::LENGTH,
        ui::WHEN,
        ui::LEVELS,
        ui::FUNDING,
        ui::VALID,
        ui::REQUIREMENTS,
        ui::WEBSITE,
        ui::NEW_TAB,
        words::SHORTLIST,
        words::SHORTLIST_EMPTY,
        ui::UPDATED,
        partner_matcher::i18n::mobility_label(partner_matcher::catalogue::Mobility::Study),
        partner_matcher::i18n::mobility_label(partner_matcher::catalogue::Mobility::StaffTeaching),
        partner_matcher::i18n::kind_label(Kind::Institution),
        partner_matcher::i18n::cefr_label(partner_matcher::catalogue::Cefr::B2),
        choose::SORT_BY,
        choose::sort_label(Sort::BestFit),
        choose::sort_label(Sort::Distance),
        choose::sort_label(Sort::Deadline),
        choose::sort_label(Sort::Name),
        choose::FIND_COUNTRY,
        choose::CHOOSE_LANGUAGE,
    ];
    // "Showreel" (a requirement some film schools list) is Dutch as well: not the label "Show".
    let shown = shown.replace("Showreel", "");
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

/// Issue 10: the count says how many fit the programme; the related ones (Film and Animation
/// for Photography: the same ISCED-F detailed field) follow in their own labelled group, after
/// every one that fits, and are offered by the no-results state when none fits.
#[wasm_bindgen_test]
async fn related_programmes_follow_in_their_own_group_never_counted() {
    fresh();
    let w = mount(
        &blob_url(CATALOGUE),
        &[
            ("programme", "photography".into()),
            ("pageSize", JsValue::from(200)),
        ],
    );
    w.ready().await;
    let criteria = Criteria {
        programme: Some("photography".into()),
        ..student()
    };
    let all = expected(criteria.clone());
    let fit = fitting(criteria);
    let related = all.len() - fit.len();
    assert!(
        !fit.is_empty() && related > 0,
        "{} and {related}",
        fit.len()
    );
    assert_eq!(w.text_of(".pm-results-head"), results_text(fit.len()));
    assert_eq!(
        w.text_of(".pm-related-head"),
        format!("Also open to related programmes: {related}")
    );
    assert_eq!(w.get(".pm-related-head").tag_name(), "H3", "a heading");
    assert_eq!(
        w.all(".pm-results:not(.pm-results-related) > .pm-card")
            .len(),
        fit.len()
    );
    let group = w.all(".pm-results-related > .pm-card");
    assert_eq!(group.len(), related);
    // In the order of the page (and of the keyboard): every one that fits, then the group.
    let titles = w.titles();
    let name = |h: &partner_matcher::Hit| {
        matcher()
            .display_name(
                h.kind,
                &h.id,
                partner_matcher::search::NameLength::Full,
                partner_matcher::Locale::En,
            )
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(titles, all.iter().map(name).collect::<Vec<_>>());
    assert!(group[0]
        .text_content()
        .unwrap_or_default()
        .contains("For another programme in your field"));
    until("the count announced", || {
        w.text_of("[role=status]") == results_text(fit.len())
    })
    .await;

    // In Viborg only Animation (a school and a BIP): nothing fits, the related ones are offered.
    type_into(&w.get("input[type=search]"), "Viborg");
    let viborg = expected(Criteria {
        query: Some("Viborg".into()),
        programme: Some("photography".into()),
        ..student()
    });
    assert!(!viborg.is_empty() && viborg.iter().all(|h| h.related));
    until("no results", || w.find(".pm-empty").is_some()).await;
    assert_eq!(w.text_of(".pm-results-head"), results_text(0));
    let heading = format!("Also open to related programmes: {}", viborg.len());
    assert_eq!(w.text_of(".pm-related-head"), heading);
    assert_eq!(w.titles(), viborg.iter().map(name).collect::<Vec<_>>());
    assert!(w
        .titles()
        .contains(&"The Animation Workshop – VIA University College".to_owned()));
    until("none fits, the related ones announced", || {
        w.text_of("[role=status]") == format!("{} {heading}", ui::NO_RESULTS.en)
    })
    .await;
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

// Issue 8, the widget's side: resilient loading, a shortlist that never lies, bounded input,
// crash isolation, faults that say what happened and keep focus, a layout hostile data cannot
// break.

/// The demo catalogue with its first institution (`rietveld`) given an unknown country.
fn with_one_bad_institution() -> String {
    CATALOGUE.replacen("\"country\": \"NL\"", "\"country\": \"XX\"", 1)
}

/// Where `with_one_bad_institution` puts its error: the first Dutch school, the Rietveld.
fn bad_country_place() -> String {
    let at = matcher()
        .catalogue()
        .institutions
        .iter()
        .position(|i| i.country.as_str() == "NL")
        .unwrap_or_default();
    format!("institutions[{at}].country")
}

fn field(value: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(value, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

fn field_text(value: &JsValue, name: &str) -> String {
    field(value, name).as_string().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn one_bad_record_is_left_out_and_named_and_the_rest_is_shown() {
    fresh();
    let bad = with_one_bad_institution();
    let w = mount(&blob_url(&bad), &[]);
    w.ready().await;
    assert!(w.find(".pm-error").is_none(), "no error state");
    let ready = w.events("ready");
    let detail = &ready[0];
    let total = matcher().catalogue().institutions.len();
    assert_eq!(
        field(detail, "institutions").as_f64(),
        Some((total - 1) as f64),
        "every other institution"
    );
    let skipped = js_sys::Array::from(&field(detail, "skipped"));
    assert_eq!(skipped.length(), 1, "one problem of one record");
    let problem = skipped.get(0);
    assert_eq!(field_text(&problem, "place"), bad_country_place());
    assert!(!field_text(&problem, "message").is_empty());
    assert!(
        !w.titles().iter().any(|t| t.contains("Rietveld")),
        "the bad record is not shown"
    );
    assert_eq!(
        w.text_of(".pm-skipped"),
        "1 entry of the catalogue could not be shown."
    );
    w.destroy();

    let w = mount(&blob_url(&bad), &[("lang", "nl".into())]);
    w.ready().await;
    assert_eq!(
        w.text_of(".pm-skipped"),
        "1 vermelding uit de catalogus kon niet worden getoond."
    );
    w.destroy();

    // A catalogue without errors says nothing about it, and its ready event lists nothing.
    let w = mount(&blob_url(CATALOGUE), &[]);
    w.ready().await;
    assert!(w.find(".pm-skipped").is_none());
    let skipped = js_sys::Array::from(&field(&w.events("ready")[0], "skipped"));
    assert_eq!(skipped.length(), 0);
    w.destroy();
}

fn stored(key: &str) -> Option<String> {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(key).ok().flatten())
}

fn store(key: &str, value: &str) {
    let storage = gloo::utils::window().local_storage().ok().flatten();
    storage
        .expect("localStorage")
        .set_item(key, value)
        .expect("set");
}

#[wasm_bindgen_test]
async fn entries_gone_from_the_catalogue_neither_fill_the_shortlist_nor_block_saving() {
    fresh();
    // Without `home.application`: six exchanges in one list.
    let url = blob_url(&CATALOGUE.replacen("\"application\"", "\"not-the-application\"", 1));
    let key = shortlist::storage_key(&url, None);
    // Six saved, then the office removed or renamed five of them.
    store(
        &key,
        r#"["institution:gone-1", "institution:gone-2", "bip:gone-3", "institution:kabk",
            "institution:gone-4", "institution:gone-5"]"#,
    );
    // Partner schools only: enough of them to fill the list from the first page.
    let kinds = js_sys::Array::of1(&JsValue::from_str("institution"));
    let w = mount(&url, &[("kinds", kinds.into())]);
    w.ready().await;
    until("the one left", || w.all(".pm-sl-item").len() == 1).await;
    assert_eq!(w.text_of(".pm-sl-group .pm-pill"), "1/6");
    let saves = w.all(".pm-card:not(.pm-card-bip) .pm-save");
    assert!(
        saves.iter().all(|b| !b.has_attribute("disabled")),
        "every Save works"
    );
    // Saving five more fills it: the hidden entries never count.
    let mut clicked = 0;
    for save in &saves {
        let unsaved = save
            .text_content()
            .unwrap_or_default()
            .starts_with(words::SAVE.en);
        if unsaved && clicked < 5 {
            click(save);
            clicked += 1;
        }
    }
    until("six shown", || w.all(".pm-sl-item").len() == 6).await;
    assert_eq!(w.text_of(".pm-sl-group .pm-pill"), "6/6");
    // A seventh says so where the student pressed.
    let seventh = saves.iter().find(|b| {
        b.text_content()
            .unwrap_or_default()
            .starts_with(words::SAVE.en)
    });
    click(seventh.expect("an unsaved partner school"));
    until("full", || w.find(".pm-card .pm-full-here").is_some()).await;
    assert_eq!(w.all(".pm-sl-item").len(), 6);
    // What the catalogue may bring back is still stored, after what is shown.
    let text = stored(&key).expect("stored");
    for gone in ["gone-1", "gone-2", "gone-3", "gone-4", "gone-5"] {
        assert!(text.contains(gone), "{gone} kept in {text}");
    }
    assert!(text.starts_with("[\"institution:kabk\""), "{text}");
    w.destroy();
}

/// Makes `Storage.prototype.setItem` throw as a full quota does; the returned function undoes
/// it.
fn storage_full() -> js_sys::Function {
    js_sys::Function::new_no_args(
        "const real = Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { \
           throw new DOMException('Setting the value exceeded the quota.', 'QuotaExceededError'); }; \
         return () => { Storage.prototype.setItem = real; };",
    )
    .call0(&JsValue::NULL)
    .expect("patch setItem")
    .unchecked_into()
}

#[wasm_bindgen_test]
async fn storage_that_refuses_the_list_says_so_where_the_student_saves() {
    fresh();
    let url = blob_url(CATALOGUE);
    let restore = storage_full();
    let w = mount(&url, &[]);
    w.ready().await;
    assert!(
        w.find(".pm-not-kept").is_none(),
        "nothing said before saving"
    );
    let saves = w.all(".pm-card .pm-save");
    click(&saves[0]);
    until("the warning", || w.find(".pm-not-kept").is_some()).await;
    assert_eq!(w.text_of(".pm-shortlist .pm-not-kept"), words::NOT_KEPT.en);
    assert_eq!(
        w.get(".pm-not-kept").get_attribute("role").as_deref(),
        Some("alert")
    );
    assert_eq!(w.all(".pm-sl-item").len(), 1, "saved for the visit");
    // The page is told once, not at every save.
    let errors = w.events("error");
    assert_eq!(errors.len(), 1);
    assert_eq!(field_text(&errors[0], "kind"), "storage");
    click(&saves[2]);
    until("two saved", || w.all(".pm-sl-item").len() == 2).await;
    assert_eq!(w.events("error").len(), 1);
    // Storage is free again: the next save keeps the list, and the warning goes.
    restore.call0(&JsValue::NULL).expect("restore");
    click(&saves[1]);
    until("no warning", || w.find(".pm-not-kept").is_none()).await;
    let key = shortlist::storage_key(&url, None);
    assert_eq!(
        stored(&key).map(|t| t.matches("institution:").count() + t.matches("bip:").count()),
        Some(3)
    );
    w.destroy();

    // The same in Dutch, with storage that throws on every access.
    fresh();
    let window = gloo::utils::window();
    let blocked = js_sys::Function::new_no_args(
        "const own = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
           get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } }); \
         return () => { if (own) Object.defineProperty(window, 'localStorage', own); \
           else delete window.localStorage; };",
    )
    .call0(&window)
    .expect("block storage");
    let w = mount(&url, &[("lang", "nl".into())]);
    w.ready().await;
    click(&w.all(".pm-card .pm-save")[0]);
    until("the Dutch warning", || w.find(".pm-not-kept").is_some()).await;
    assert_eq!(w.text_of(".pm-not-kept"), words::NOT_KEPT.nl);
    blocked
        .unchecked_ref::<js_sys::Function>()
        .call0(&JsValue::NULL)
        .expect("unblock");
    w.destroy();
}

#[wasm_bindgen_test]
async fn a_huge_query_in_the_link_is_cut_to_what_a_search_reads() {
    fresh();
    let words = "lyon ".repeat(70_000);
    let window = gloo::utils::window();
    let path = window.location().pathname().unwrap_or_default();
    let query = web_sys::UrlSearchParams::new().expect("params");
    query.append("pm-q", &words);
    let href = format!("{path}?{}", String::from(query.to_string()));
    window
        .history()
        .expect("history")
        .replace_state_with_url(&JsValue::NULL, "", Some(&href))
        .expect("url");
    let w = mount(&blob_url(CATALOGUE), &[("urlState", JsValue::TRUE)]);
    w.ready().await;
    let input = w
        .get(".pm-search input")
        .dyn_into::<HtmlInputElement>()
        .expect("input");
    assert_eq!(
        input.value().split_whitespace().count(),
        partner_matcher::search::MAX_QUERY_WORDS
    );
    assert_eq!(input.max_length(), 200);
    w.destroy();
    fresh();
}

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

/// `Matcher.fromJson(text, options)`: strict by default; `{ skipBadRecords: true }` leaves bad
/// records out and names them in `matcher.skipped`.
#[wasm_bindgen_test]
fn the_matcher_api_is_strict_unless_asked_to_skip_bad_records() {
    use partner_matcher::web::JsMatcher;
    let bad = with_one_bad_institution();
    let refused = |options: Option<js_sys::Object>| {
        JsMatcher::from_json(&bad, options)
            .err()
            .map(|e| String::from(e.message()))
            .unwrap_or_default()
    };
    let skip = |value: JsValue| -> js_sys::Object {
        options(&[("skipBadRecords", value)]).unchecked_into()
    };
    assert!(refused(None).contains(&bad_country_place()));
    assert!(refused(Some(skip(JsValue::FALSE))).contains(&bad_country_place()));
    assert!(refused(Some(skip(JsValue::NULL))).contains(&bad_country_place()));
    assert_eq!(
        refused(Some(skip("yes".into()))),
        "fromJson options: skipBadRecords must be true or false"
    );
    let strict = JsMatcher::from_json(CATALOGUE, None).expect("the demo catalogue");
    assert_eq!(
        js_sys::Array::from(&strict.skipped().expect("skipped")).length(),
        0
    );
    let lenient = JsMatcher::from_json(&bad, Some(skip(JsValue::TRUE))).expect("lenient");
    let skipped = js_sys::Array::from(&lenient.skipped().expect("skipped"));
    assert_eq!(skipped.length(), 1);
    let record = skipped.get(0);
    let place = bad_country_place();
    let record_place = place.trim_end_matches(".country");
    assert_eq!(field_text(&record, "place"), record_place);
    assert_eq!(field_text(&record, "id"), "rietveld");
    let problems = js_sys::Array::from(&field(&record, "problems"));
    assert_eq!(field_text(&problems.get(0), "place"), place);
    // Whole-file problems still throw.
    assert!(JsMatcher::from_json("{\"format\": 1", Some(skip(JsValue::TRUE))).is_err());
}

/// Loads the widget's stylesheet into the test page (once).
async fn with_stylesheet() {
    let document = gloo::utils::document();
    if document
        .query_selector("link.pm-test-css")
        .ok()
        .flatten()
        .is_none()
    {
        let link = document.create_element("link").expect("link");
        link.set_attribute("rel", "stylesheet").expect("rel");
        link.set_attribute("href", "/assets/partner-matcher.css")
            .expect("href");
        link.set_class_name("pm-test-css");
        document
            .head()
            .expect("head")
            .append_child(&link)
            .expect("append");
    }
    until("the stylesheet", || {
        document
            .query_selector("link.pm-test-css")
            .ok()
            .flatten()
            .and_then(|l| js_sys::Reflect::get(&l, &"sheet".into()).ok())
            .is_some_and(|s| !s.is_null())
    })
    .await;
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

// The pure parts: the reducer, the URL encoding, the loader's classification.

fn state() -> Rc<State> {
    Rc::new(State::new(
        Some("photography".into()),
        &[],
        "k".into(),
        Shortlist::default(),
    ))
}

#[wasm_bindgen_test]
fn the_shortlist_moves_and_removes_in_order() {
    let mut s = state();
    // (How many each list holds: tests/shortlist.rs.)
    let tokens: Vec<String> = (0..6).map(|i| format!("institution:i{i}")).collect();
    let list = Shortlist::from_tokens(&tokens).against(Limits::default(), |_| Some(true));
    s = s.reduce(Action::SetShortlist("k".into(), list));
    assert_eq!(s.shortlist.len(), 6);
    let ids = |s: &State| {
        s.shortlist
            .shown()
            .iter()
            .map(|(k, _)| k.id.clone())
            .collect::<Vec<_>>()
    };
    s = s.reduce(Action::Move(0, 1));
    assert_eq!(ids(&s)[..2], ["i1", "i0"]);
    let same = s.clone();
    assert!(
        Rc::ptr_eq(&same, &same.clone().reduce(Action::Move(0, -1))),
        "no move past the top"
    );
    s = s.reduce(Action::Remove(0));
    assert_eq!(ids(&s)[0], "i0");
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
fn a_region_chooses_its_countries_a_new_language_waits_for_one_and_the_order_stays() {
    use partner_matcher::catalogue::{Cefr, LanguageCode};
    let mut s = state();
    s = s.reduce(Action::ToggleCountry("NO".into()));
    let north: Vec<String> = ["DK", "NO", "SE"].map(String::from).to_vec();
    s = s.reduce(Action::ChooseCountries(north.clone(), true));
    assert_eq!(
        s.criteria.countries.as_ref().map(Vec::len),
        Some(3),
        "each once"
    );
    s = s.reduce(Action::ChooseCountries(north, false));
    assert_eq!(s.criteria.countries, None);
    // A new row: no language yet, so no criteria change until one is chosen.
    s = s.reduce(Action::AddLanguage);
    assert_eq!(s.new_language, Some(Cefr::B2));
    assert_eq!(s.criteria.languages, None);
    s = s.reduce(Action::SetCefr(0, Cefr::C1));
    s = s.reduce(Action::SetLanguage(0, LanguageCode::from("")));
    assert_eq!(s.criteria.languages, None, "no language is no language");
    s = s.reduce(Action::SetLanguage(0, LanguageCode::from("fr")));
    let langs = s.criteria.languages.clone().unwrap_or_default();
    assert_eq!((langs[0].lang.as_str(), langs[0].cefr), ("fr", Cefr::C1));
    assert_eq!(s.new_language, None);
    // The order is no filter: "clear all" keeps it; best fit is the default, written as none.
    s = s.reduce(Action::Sort(Some(Sort::Name)));
    s = s.reduce(Action::ClearAll);
    assert_eq!(s.criteria.sort, Some(Sort::Name));
    s = s.reduce(Action::Sort(Some(Sort::BestFit)));
    assert_eq!(s.criteria, s.defaults);
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
    let kind = |text: &str, content_type: &str| match load::parse(
        "u",
        content_type,
        text.as_bytes().to_vec(),
    ) {
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
    // Latin-1 and Latin Extended-A are folded without the browser (`text::LATIN`), unless the
    // text has other characters too: both ways give the same words.
    let latin: String = ('\u{80}'..='\u{17F}').flat_map(|c| [c, 'x', ' ']).collect();
    assert_eq!(fold(&format!("{latin} 東")), format!("{} 東", fold(&latin)));
}

/// Language names come from the browser (Intl.DisplayNames) in both languages.
#[wasm_bindgen_test]
fn language_names_come_from_the_browser_in_both_languages() {
    use partner_matcher::i18n::{language_level, language_name};
    use partner_matcher::Locale;
    assert_eq!(language_name("fr", Locale::En), "French");
    assert_eq!(language_name("fr", Locale::Nl), "Frans");
    assert_eq!(language_name("de", Locale::Nl), "Duits");
    let it_b2 = partner_matcher::catalogue::LanguageRequirement {
        lang: partner_matcher::catalogue::LanguageCode("it".into()),
        cefr: partner_matcher::catalogue::Cefr::B2,
    };
    assert_eq!(language_level(&it_b2, Locale::Nl), "Italiaans B2");
    // An unknown code is shown as it is.
    assert_eq!(language_name("xx", Locale::En), "xx");
}

/// Country names come from the browser (Intl.DisplayNames) in both languages; the command
/// line's table holds what this browser gave (`tools/country-names.mjs`), so the names the
/// demo's partner schools are in read the same in both; every country has a name; the
/// everyday names students type are still found.
#[wasm_bindgen_test]
fn country_names_come_from_the_browser_as_the_table_has_them() {
    use partner_matcher::reference::countries::{all, by_code, find};
    use partner_matcher::Locale;
    let table: serde_json::Value =
        serde_json::from_str(include_str!("../tools/country-names.json")).expect("the table");
    let demo = Matcher::from_json(include_str!("../www/catalogue.json")).expect("the demo");
    let mut seen = 0;
    for institution in &demo.catalogue().institutions {
        let code = institution.country.as_str();
        let country = by_code(code).expect("a known country");
        let names = &table["names"][code];
        assert_eq!(country.name(Locale::En), names[0], "{code}");
        assert_eq!(country.name(Locale::Nl), names[1], "{code}");
        seen += 1;
    }
    assert!(seen > 40);
    assert_eq!(all().len(), 249);
    for country in all() {
        assert!(country.en != country.code && country.nl != country.code);
    }
    assert_eq!(by_code("BE").map(|c| c.name(Locale::Nl)), Some("België"));
    for typed in [
        "Turkey",
        "Turkije",
        "Türkiye",
        "DR Congo",
        "Congo - Kinshasa",
    ] {
        assert!(find(typed).is_some(), "{typed}");
    }
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

/// One truth for `check` and the browser: the inputs that once split them (a BOM, 2^64 in an
/// unknown field, 1e-320, 0.1e-2147483648, a key given twice, bytes that are not UTF-8, one
/// bad record...) give here exactly the outcomes `tests/reader_cases.rs` recorded natively:
/// the same catalogue to the last bit, the same problems, places, words and positions. Only
/// a syntax error's words differ: the engine's `JSON.parse` message here (`catalogue/syntax.rs`).
#[wasm_bindgen_test]
fn the_browser_reads_catalogues_exactly_as_check_does() {
    mod reader_outcome {
        include!("support/reader_outcome.rs");
    }
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/reader-cases.json")).expect("the fixture");
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
