//! Issue 8, bad data: bad records (widget and `fromJson`), stale or refused storage, a huge query.

use partner_matcher::i18n::shortlist as words;
use partner_matcher::web::widget::shortlist;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::{blob_url, click, field, field_text, fresh, matcher, mount, options, until, CATALOGUE};

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

/// `Matcher.fromJson(text, options)`: strict by default; `{ skipBadRecords: true }` leaves bad
/// records out and names them in `matcher.skipped`.
#[wasm_bindgen_test]
fn the_matcher_api_is_strict_unless_asked_to_skip_bad_records() {
    use partner_matcher::web::JsMatcher;
    let bad = with_one_bad_institution();
    let refused = |options: Option<JsValue>| {
        JsMatcher::from_json(bad.as_str().into(), options)
            .err()
            .map(|e| String::from(e.message()))
            .unwrap_or_default()
    };
    let skip = |value: JsValue| options(&[("skipBadRecords", value)]);
    assert!(refused(None).contains(&bad_country_place()));
    assert!(refused(Some(skip(JsValue::FALSE))).contains(&bad_country_place()));
    assert!(refused(Some(skip(JsValue::NULL))).contains(&bad_country_place()));
    assert_eq!(
        refused(Some(skip("yes".into()))),
        "fromJson options: skipBadRecords must be true or false"
    );
    let strict = JsMatcher::from_json(CATALOGUE.into(), None).expect("the demo catalogue");
    assert_eq!(
        js_sys::Array::from(&strict.skipped().expect("skipped")).length(),
        0
    );
    let lenient =
        JsMatcher::from_json(bad.as_str().into(), Some(skip(JsValue::TRUE))).expect("lenient");
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
    assert!(JsMatcher::from_json("{\"format\": 1".into(), Some(skip(JsValue::TRUE))).is_err());
}
