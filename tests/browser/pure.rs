//! The pure parts: the reducer, the URL encoding, the loader's classification.

use std::rc::Rc;

use partner_matcher::search::Sort;
use partner_matcher::shortlist::Limits;
use partner_matcher::url_state;
use partner_matcher::web::widget::load;
use partner_matcher::web::widget::state::{Action, Shortlist, State};
use wasm_bindgen_test::wasm_bindgen_test;
use yew::Reducible;

use crate::CATALOGUE;

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
