//! The search bar (programme, words) and the filters.

use yew::prelude::*;

use super::state::{Action, Load};
use super::{by_label, class_list, icon, on, on_value, View};
use crate::catalogue::{Cefr, LanguageCode, Level, Mobility, Term};
use crate::i18n::{
    cefr_label, country_name, kind_label, language_name, level_label, mobility_label, region_label,
    term_label, ui, Text,
};
use crate::search::{Kind, Region};

/// Distance limits offered, in km (the Erasmus+ distance bands' edges).
const DISTANCES: [u32; 6] = [100, 500, 2000, 3000, 4000, 8000];

type Options = Vec<(String, String)>;

/// A labelled drop-down.
fn select(
    class: &'static str,
    label: &str,
    options: Options,
    selected: &str,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class={class_list(&[Some("pm-field"), Some(class)])}>
            <span class="pm-label">{ label.to_owned() }</span>
            // `selected` chooses on creation; the `value` property follows later changes, and
            // keyed options keep the choice when a new language re-sorts them.
            <select class="pm-select" {onchange} ~value={selected.to_owned()}>
                { for options.into_iter().map(|(value, text)| {
                    let chosen = value == selected;
                    html! { <option key={value.clone()} {value} selected={chosen}>{ text }</option> }
                }) }
            </select>
        </label>
    }
}

/// A checkbox or radio button with its label.
fn check(
    kind: &'static str,
    name: Option<&'static str>,
    label: String,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class="pm-check">
            <input type={kind} {name} {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

/// "Any …" first, then the vocabulary's values by their labels.
fn vocabulary<T: Copy>(
    v: &View,
    any: Text,
    values: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> Text,
) -> Options {
    std::iter::once((String::new(), v.t(any).to_owned()))
        .chain(
            values
                .iter()
                .map(|&x| (code(x).to_owned(), v.t(label(x)).to_owned())),
        )
        .collect()
}

pub(super) fn search_bar(v: &View) -> Html {
    let mut programmes: Options =
        v.m.catalogue()
            .programmes
            .iter()
            .map(|p| (p.id.as_str().to_owned(), p.name.get(v.l).to_owned()))
            .collect();
    by_label(&mut programmes);
    programmes.insert(0, (String::new(), v.t(ui::ANY_PROGRAMME).to_owned()));
    let programme = v.s.criteria.programme.as_deref().unwrap_or("");
    let onsubmit = {
        let d = v.d.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.dispatch(Action::CommitQuery);
        })
    };
    html! {
        <form class="pm-search" role="search" aria-label={v.t(ui::SEARCH_FORM)} {onsubmit}>
            { select("pm-programme", v.t(ui::PROGRAMME), programmes, programme,
                on_value(v.d, |p| Some(Action::Programme((!p.is_empty()).then_some(p))))) }
            <label class="pm-field pm-query">
                <span class="pm-label">{ v.t(ui::SEARCH) }</span>
                <input type="search" class="pm-input" value={v.s.draft.clone()}
                    placeholder={v.t(ui::SEARCH_PLACEHOLDER)} autocomplete="off" spellcheck="false"
                    oninput={on_value(v.d, |q| Some(Action::Type(q)))} />
            </label>
        </form>
    }
}

pub(super) fn filters(v: &View, counts: &[(String, usize)], total: Option<usize>) -> Html {
    let c = &v.s.criteria;
    let kinds_allowed = v.props.kinds.as_ref().map_or(2, Vec::len);
    let shown_kind = c.kinds.as_ref().and_then(|k| (k.len() == 1).then(|| k[0]));
    let kind = |k: Option<Kind>, label: Text| {
        check(
            "radio",
            Some("pm-show"),
            v.t(label).to_owned(),
            shown_kind == k,
            on(v.d, Action::Kinds(k)),
        )
    };
    let mobility = Mobility::ALL.iter().map(|&m| {
        check(
            "checkbox",
            None,
            v.t(mobility_label(m)).to_owned(),
            c.mobility.as_ref().is_some_and(|l| l.contains(&m)),
            on(v.d, Action::ToggleMobility(m)),
        )
    });
    let regions = [Region::Europe, Region::OutsideEurope];
    let region_code = |r: Region| match r {
        Region::Europe => "europe",
        Region::OutsideEurope => "outside-europe",
    };
    let mut distances: Vec<u32> = DISTANCES.to_vec();
    let current_km = c.max_distance_km.map(|d| d.round() as u32);
    if let Some(km) = current_km.filter(|km| !distances.contains(km)) {
        distances.push(km);
        crate::order::sort(&mut distances);
    }
    let distance_options: Options =
        std::iter::once((String::new(), v.t(ui::ANY_DISTANCE).to_owned()))
            .chain(distances.iter().map(|&km| {
                (
                    km.to_string(),
                    v.fill(ui::UP_TO, &[&ui::km(u64::from(km), v.l)]),
                )
            }))
            .collect();
    let home_city = v.m.catalogue().home.city.get(v.l).to_owned();
    html! {
        <form class={class_list(&[Some("pm-filters"), (!v.s.filters_open).then_some("pm-closed")])}
            aria-label={v.t(ui::FILTERS)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            if kinds_allowed > 1 {
                <fieldset class="pm-group">
                    <legend>{ v.t(ui::SHOW) }</legend>
                    { kind(None, ui::EVERYTHING) }
                    { kind(Some(Kind::Institution), kind_label(Kind::Institution)) }
                    { kind(Some(Kind::Bip), kind_label(Kind::Bip)) }
                </fieldset>
            }
            <fieldset class="pm-group">
                <legend>{ v.t(ui::MOBILITY) }</legend>
                { for mobility }
            </fieldset>
            <fieldset class="pm-group">
                <legend>{ v.t(ui::STUDIES) }</legend>
                { select("pm-level", v.t(ui::LEVEL),
                    vocabulary(v, ui::ANY_LEVEL, Level::ALL, Level::as_str, level_label),
                    c.level.map_or("", Level::as_str),
                    on_value(v.d, |x| Some(Action::Level(Level::parse(&x))))) }
                { select("pm-term", v.t(ui::TERM),
                    vocabulary(v, ui::ANY_TERM, Term::ALL, Term::as_str, term_label),
                    c.term.map_or("", Term::as_str),
                    on_value(v.d, |x| Some(Action::Term(Term::parse(&x))))) }
            </fieldset>
            <fieldset class="pm-group">
                <legend>{ v.t(ui::WHERE) }</legend>
                { select("pm-region", v.t(ui::REGION),
                    vocabulary(v, ui::ANYWHERE, &regions, region_code, region_label),
                    c.region.map_or("", region_code),
                    on_value(v.d, move |x| Some(Action::Region(
                        regions.into_iter().find(|r| region_code(*r) == x))))) }
                { select("pm-distance", &v.fill(ui::DISTANCE, &[&home_city]), distance_options,
                    &current_km.map(|k| k.to_string()).unwrap_or_default(),
                    on_value(v.d, |x| Some(Action::MaxKm(x.parse::<u32>().ok().map(f64::from))))) }
            </fieldset>
            { countries(v, counts) }
            { languages(v) }
            <div class="pm-filter-buttons">
                <button type="button" class="pm-btn pm-btn-quiet pm-clear" onclick={on(v.d, Action::ClearAll)}>
                    { icon(super::icon::CLOSE) }{ v.t(ui::CLEAR_ALL) }
                </button>
                if let Some(n) = total {
                    <button type="button" class="pm-btn pm-see-results" onclick={on(v.d, Action::SeeResults)}>
                        { v.fill(ui::SEE_RESULTS, &[&ui::results(n, v.l)]) }
                    </button>
                }
            </div>
        </form>
    }
}

/// One checkbox per country that has results (or is chosen), with its count; the full list
/// behind a disclosure button, so that the keyboard need not pass fifty countries.
fn countries(v: &View, counts: &[(String, usize)]) -> Html {
    let chosen: &[String] = v.s.criteria.countries.as_deref().unwrap_or(&[]);
    let open = v.s.countries_open;
    let count_of = |code: &str| counts.iter().find(|(c, _)| c == code).map(|(_, n)| *n);
    let mut options: Options = counts
        .iter()
        .map(|(code, _)| code)
        .filter(|code| open || chosen.contains(code))
        .chain(chosen.iter().filter(|code| count_of(code).is_none()))
        .map(|code| (code.clone(), country_name(code, v.l)))
        .collect();
    by_label(&mut options);
    if counts.is_empty() && chosen.is_empty() {
        return Html::default();
    }
    html! {
        <fieldset class="pm-group pm-countries">
            <legend>{ v.t(ui::COUNTRIES) }</legend>
            if !options.is_empty() {
                <div class={class_list(&[open.then_some("pm-scroll")])}>
                    { for options.into_iter().map(|(code, name)| {
                        let n = count_of(&code).unwrap_or(0);
                        let label = v.fill(ui::COUNT, &[&name, &n.to_string()]);
                        check("checkbox", None, label, chosen.contains(&code),
                            on(v.d, Action::ToggleCountry(code)))
                    }) }
                </div>
            }
            <button type="button" class="pm-btn pm-btn-quiet pm-all-countries"
                aria-expanded={open.to_string()} onclick={on(v.d, Action::ToggleCountries)}>
                { v.fill(ui::ALL_COUNTRIES, &[&counts.len().to_string()]) }
                { icon(super::icon::DOWN) }
            </button>
        </fieldset>
    }
}

/// The languages the catalogue asks for, by code.
fn asked_languages<'a>(v: &View<'a>) -> Vec<&'a str> {
    let c = v.m.catalogue();
    let mut codes: Vec<&str> = c
        .institutions
        .iter()
        .flat_map(|i| i.agreements.iter().flat_map(|a| a.languages.iter()))
        .chain(c.bips.iter().flat_map(|b| b.languages.iter()))
        .map(|l| l.lang.as_str())
        .collect();
    crate::order::sort(&mut codes);
    codes.dedup();
    codes
}

fn languages(v: &View) -> Html {
    let spoken = v.s.criteria.languages.as_deref().unwrap_or(&[]);
    let mut codes = asked_languages(v);
    for l in spoken {
        if !codes.contains(&l.lang.as_str()) {
            codes.push(l.lang.as_str());
        }
    }
    let mut options: Options = codes
        .iter()
        .map(|&code| (code.to_owned(), language_name(code, v.l)))
        .collect();
    by_label(&mut options);
    let next = codes
        .iter()
        .copied()
        .filter(|code| !spoken.iter().any(|l| l.lang.as_str() == *code))
        .min_by_key(|code| (*code != "en", *code != v.l.code(), *code))
        .unwrap_or("en");
    let cefr: Options = Cefr::ALL
        .iter()
        .map(|&c| (c.as_str().to_owned(), v.t(cefr_label(c)).to_owned()))
        .collect();
    let rows = spoken.iter().enumerate().map(|(i, l)| {
        let name = language_name(l.lang.as_str(), v.l);
        html! {
            <li class="pm-lang-row">
                { select("pm-lang", v.t(ui::LANGUAGE), options.clone(), l.lang.as_str(),
                    on_value(v.d, move |x| Some(Action::SetLanguage(i, LanguageCode::from(x.as_str()))))) }
                { select("pm-cefr", v.t(ui::CEFR_LEVEL), cefr.clone(), l.cefr.as_str(),
                    on_value(v.d, move |x| Cefr::parse(&x).map(|c| Action::SetCefr(i, c)))) }
                <button type="button" class="pm-icon-btn pm-remove-lang"
                    aria-label={v.fill(ui::REMOVE_LANGUAGE, &[&name])}
                    onclick={on(v.d, Action::RemoveLanguage(i))}>
                    { icon(super::icon::CLOSE) }
                </button>
            </li>
        }
    });
    html! {
        <fieldset class="pm-group pm-languages">
            <legend>{ v.t(ui::LANGUAGES) }</legend>
            <p class="pm-hint">{ v.t(ui::LANGUAGES_HINT) }</p>
            if !spoken.is_empty() {
                <ul class="pm-lang-rows">{ for rows }</ul>
            }
            <button type="button" class="pm-btn pm-btn-quiet pm-add-lang"
                onclick={on(v.d, Action::AddLanguage(LanguageCode::from(next)))}>
                { icon(super::icon::PLUS) }{ v.t(ui::ADD_LANGUAGE) }
            </button>
        </fieldset>
    }
}

/// The toggle that shows the filters on narrow screens.
pub(super) fn filters_toggle(v: &View) -> Html {
    let active = v.s.active_filters();
    if !matches!(v.s.load, Load::Ready(_)) {
        return Html::default();
    }
    html! {
        <button type="button" class="pm-btn pm-btn-quiet pm-filters-toggle" aria-expanded={v.s.filters_open.to_string()}
            onclick={on(v.d, Action::ToggleFilters)}>
            { icon(super::icon::FILTER) }{ v.t(ui::FILTERS) }
            if active > 0 {
                <span class="pm-pill">{ v.fill(ui::ACTIVE, &[&active.to_string()]) }</span>
            }
        </button>
    }
}
