//! The search bar (programme, words) and the filters.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use yew::prelude::*;

use super::inputs::{
    check, option, search_field, select, vocabulary_select, Options, LEVELS, REGIONS, TERMS,
};
use super::markup::{button, el, el_text, form, text, text_button, Aria};
use super::state::{Action, Load};
use super::{by_label, icon, on, on_submit, on_value, Field, View};
use crate::catalogue::{Cefr, Mobility};
use crate::i18n::choose::CHOOSE_LANGUAGE;
use crate::i18n::{cefr_label, kind_label, language_name, mobility_label, ui, Text};
use crate::search::{Kind, Matcher};

/// Distance limits offered, in km (the Erasmus+ distance bands' edges).
const DISTANCES: [u32; 6] = [100, 500, 2000, 3000, 4000, 8000];

// The search box's `maxlength`: no more than a search reads (`capped_query`).
const _: () = assert!(crate::search::MAX_QUERY_CHARS == 200);

pub(super) fn search_bar(v: &View) -> Html {
    let mut programmes = Options::new();
    for p in &v.m.catalogue().programmes {
        programmes.push(option(p.id.as_str(), p.name.get(v.l)));
    }
    by_label(&mut programmes);
    programmes.insert(0, option("", v.t(ui::ANY_PROGRAMME)));
    let programme = v.s.criteria.programme.as_deref().unwrap_or("");
    form(
        "pm-search",
        Some("search"),
        v.t(ui::SEARCH_FORM),
        on_submit(v.d, Some(Action::CommitQuery)),
        vec![
            select(
                "pm-field pm-programme",
                v.t(ui::PROGRAMME),
                programmes,
                programme,
                on_value(v.d, Field::Programme),
            ),
            search_field(
                "pm-field pm-query",
                v.t(ui::SEARCH),
                &v.s.draft,
                v.t(ui::SEARCH_PLACEHOLDER),
                on_value(v.d, Field::Query),
            ),
        ],
    )
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
    let mut mobility = Vec::new();
    for m in Mobility::ALL {
        mobility.push(check(
            "checkbox",
            None,
            v.t(mobility_label(m)).to_owned(),
            c.mobility.as_ref().is_some_and(|l| l.contains(&m)),
            on(v.d, Action::ToggleMobility(m)),
        ));
    }
    let mut distances: Vec<u32> = DISTANCES.to_vec();
    let current_km = c.max_distance_km.map(|d| d.round() as u32);
    if let Some(km) = current_km.filter(|km| !distances.contains(km)) {
        distances.push(km);
        crate::order::sort(&mut distances);
    }
    let mut distance_options = vec![option("", v.t(ui::ANY_DISTANCE))];
    for km in distances {
        let label = v.fill(ui::UP_TO, &[&ui::km(u64::from(km), v.l)]);
        distance_options.push((km.to_string(), label));
    }
    let home_city = v.m.catalogue().home.city.get(v.l).to_owned();
    let see_results = total.map(|n| {
        text_button(
            "pm-btn pm-see-results",
            on(v.d, Action::SeeResults),
            v.fill(ui::SEE_RESULTS, &[&ui::results(n, v.l)]),
        )
    });
    form(
        if v.s.filters_open {
            "pm-filters"
        } else {
            "pm-filters pm-closed"
        },
        None,
        v.t(ui::FILTERS),
        on_submit(v.d, None),
        vec![
            if kinds_allowed > 1 {
                group(
                    "pm-group",
                    v.t(ui::SHOW),
                    vec![
                        kind(None, ui::EVERYTHING),
                        kind(Some(Kind::Institution), kind_label(Kind::Institution)),
                        kind(Some(Kind::Bip), kind_label(Kind::Bip)),
                    ],
                )
            } else {
                Html::default()
            },
            group("pm-group", v.t(ui::MOBILITY), mobility),
            group(
                "pm-group",
                v.t(ui::STUDIES),
                vec![
                    vocabulary_select(
                        v,
                        "pm-field pm-level",
                        ui::LEVEL,
                        &LEVELS,
                        c.level,
                        Field::Level,
                    ),
                    vocabulary_select(v, "pm-field pm-term", ui::TERM, &TERMS, c.term, Field::Term),
                ],
            ),
            group(
                "pm-group",
                v.t(ui::WHERE),
                vec![
                    vocabulary_select(
                        v,
                        "pm-field pm-region",
                        ui::REGION,
                        &REGIONS,
                        c.region,
                        Field::Region,
                    ),
                    select(
                        "pm-field pm-distance",
                        &v.fill(ui::DISTANCE, &[&home_city]),
                        distance_options,
                        &current_km.map(|k| k.to_string()).unwrap_or_default(),
                        on_value(v.d, Field::Distance),
                    ),
                ],
            ),
            super::countries::countries(v, counts),
            languages(v),
            el(
                "div",
                "pm-filter-buttons",
                vec![
                    button(
                        "pm-btn pm-btn-quiet pm-clear",
                        Aria::default(),
                        on(v.d, Action::ClearAll),
                        vec![icon(super::icon::CLOSE), text(v.t(ui::CLEAR_ALL))],
                    ),
                    see_results.unwrap_or_default(),
                ],
            ),
        ],
    )
}

/// `<fieldset class="…"><legend>…</legend>…</fieldset>`.
fn group(class: &'static str, legend: &'static str, mut children: Vec<Html>) -> Html {
    children.insert(0, el_text("legend", "", legend));
    el("fieldset", class, children)
}

/// The languages the catalogue asks for, by code: found once per catalogue (a scan of every
/// agreement, which took a third of each render at 10,000 institutions; issue 11) and kept
/// while that catalogue is the one shown.
fn asked_languages(v: &View) -> Rc<[String]> {
    /// The catalogue the codes were found in, and the codes.
    type Asked = Option<(Weak<Matcher>, Rc<[String]>)>;
    thread_local! {
        static ASKED: RefCell<Asked> = const { RefCell::new(None) };
    }
    let Some(matcher) = v.s.matcher() else {
        return scan_languages(v.m).into();
    };
    ASKED.with(|asked| {
        let mut asked = asked.borrow_mut();
        if let Some((of, codes)) = asked.as_ref() {
            if of.upgrade().is_some_and(|m| Rc::ptr_eq(&m, matcher)) {
                return codes.clone();
            }
        }
        let codes: Rc<[String]> = scan_languages(matcher).into();
        *asked = Some((Rc::downgrade(matcher), codes.clone()));
        codes
    })
}

/// Every language code of the catalogue's agreements and BIPs, once each, in order.
fn scan_languages<'a>(m: &'a Matcher) -> Vec<String> {
    let c = m.catalogue();
    let mut codes: Vec<&str> = Vec::new();
    let mut keep = |code: &'a str| {
        if !codes.contains(&code) {
            codes.push(code);
        }
    };
    for i in &c.institutions {
        for a in &i.agreements {
            for l in &a.languages {
                keep(l.lang.as_str());
            }
        }
    }
    for b in &c.bips {
        for l in &b.languages {
            keep(l.lang.as_str());
        }
    }
    crate::order::sort(&mut codes);
    let mut owned = Vec::new();
    for code in codes {
        owned.push(code.to_owned());
    }
    owned
}

fn languages(v: &View) -> Html {
    let spoken = v.s.criteria.languages.as_deref().unwrap_or(&[]);
    let asked = asked_languages(v);
    let mut codes: Vec<&str> = asked.iter().map(String::as_str).collect();
    for l in spoken {
        if !codes.contains(&l.lang.as_str()) {
            codes.push(l.lang.as_str());
        }
    }
    let mut options = Options::new();
    for &code in &codes {
        options.push((code.to_owned(), language_name(code, v.l)));
    }
    by_label(&mut options);
    let mut cefr = Options::new();
    for c in Cefr::ALL {
        cefr.push(option(c.as_str(), v.t(cefr_label(c))));
    }
    // The rows of the languages chosen, and a new row without a language yet, if any.
    let mut rows = Vec::new();
    let new_row = usize::from(v.s.new_language.is_some());
    for i in 0..spoken.len() + new_row {
        let (lang, cefr_level, name, lang_options) = match spoken.get(i) {
            Some(l) => (
                l.lang.as_str(),
                l.cefr,
                language_name(l.lang.as_str(), v.l),
                options.clone(),
            ),
            None => {
                let mut with_none = vec![option("", v.t(CHOOSE_LANGUAGE))];
                for o in &options {
                    with_none.push(o.clone());
                }
                let cefr = v.s.new_language.unwrap_or(Cefr::B2);
                ("", cefr, v.t(ui::LANGUAGE).to_owned(), with_none)
            }
        };
        rows.push(el(
            "li",
            "pm-lang-row",
            vec![
                select(
                    "pm-field pm-lang",
                    v.t(ui::LANGUAGE),
                    lang_options,
                    lang,
                    on_value(v.d, Field::Language(i)),
                ),
                select(
                    "pm-field pm-cefr",
                    v.t(ui::CEFR_LEVEL),
                    cefr.clone(),
                    cefr_level.as_str(),
                    on_value(v.d, Field::Cefr(i)),
                ),
                button(
                    "pm-icon-btn pm-remove-lang",
                    Aria {
                        label: Some(v.fill(ui::REMOVE_LANGUAGE, &[&name])),
                        ..Aria::default()
                    },
                    on(v.d, Action::RemoveLanguage(i)),
                    vec![icon(super::icon::CLOSE)],
                ),
            ],
        ));
    }
    group(
        "pm-group pm-languages",
        v.t(ui::LANGUAGES),
        vec![
            el_text("p", "pm-hint", v.t(ui::LANGUAGES_HINT)),
            if rows.is_empty() {
                Html::default()
            } else {
                el("ul", "pm-lang-rows", rows)
            },
            button(
                "pm-btn pm-btn-quiet pm-add-lang",
                Aria::default(),
                on(v.d, Action::AddLanguage),
                vec![icon(super::icon::PLUS), text(v.t(ui::ADD_LANGUAGE))],
            ),
        ],
    )
}

/// The toggle that shows the filters on narrow screens.
pub(super) fn filters_toggle(v: &View) -> Html {
    let active = v.s.active_filters();
    if !matches!(v.s.load, Load::Ready(_)) {
        return Html::default();
    }
    let pill = (active > 0).then(|| {
        el_text(
            "span",
            "pm-pill",
            v.fill(ui::ACTIVE, &[&active.to_string()]),
        )
    });
    button(
        "pm-btn pm-btn-quiet pm-filters-toggle",
        Aria {
            expanded: Some(v.s.filters_open),
            ..Aria::default()
        },
        on(v.d, Action::ToggleFilters),
        vec![
            icon(super::icon::FILTER),
            text(v.t(ui::FILTERS)),
            pill.unwrap_or_default(),
        ],
    )
}
