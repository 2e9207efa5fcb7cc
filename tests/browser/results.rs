//! The results around the count: related programmes, no results, the URL's criteria, pages.

use partner_matcher::i18n::ui;
use partner_matcher::search::Criteria;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlInputElement, HtmlSelectElement};

use crate::{
    blob_url, choose, expected, fitting, fresh, matcher, mount, results_text, student, type_into,
    until, CATALOGUE,
};

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
