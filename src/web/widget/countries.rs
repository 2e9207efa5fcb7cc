//! The country filter: the chosen countries, and behind a disclosure button every country
//! with results, in Europe's four M49 sub-regions and outside Europe
//! (`crate::regions::group_countries`) with their results, narrowed by a field; a group's
//! checkbox chooses all its countries shown.

use yew::prelude::*;

use super::inputs::{check, search_field};
use super::markup::{button, el, el_text, text, Aria};
use super::state::Action;
use super::{icon, on, on_value, Field, View};
use crate::i18n::choose::{ALL_OF, ALL_OUTSIDE_EUROPE, FIND_COUNTRY, NO_COUNTRY};
use crate::i18n::{country_name, ui};
use crate::regions::group_countries;

/// `counts`: results per country, the country filter left out.
pub(super) fn countries(v: &View, counts: &[(String, usize)]) -> Html {
    let chosen: &[String] = v.s.criteria.countries.as_deref().unwrap_or(&[]);
    if counts.is_empty() && chosen.is_empty() {
        return Html::default();
    }
    let open = v.s.countries_open;
    // Every country with results, and the chosen ones without.
    let mut all: Vec<(String, usize)> = counts.to_vec();
    for code in chosen {
        if !counts.iter().any(|(c, _)| c == code) {
            all.push((code.clone(), 0));
        }
    }
    let country = |code: &str, n: usize| {
        let label = v.fill(ui::COUNT, &[&country_name(code, v.l), &n.to_string()]);
        check(
            "checkbox",
            None,
            label,
            chosen.iter().any(|c| c == code),
            on(v.d, Action::ToggleCountry(code.to_owned())),
        )
    };
    let toggle = button(
        "pm-btn pm-btn-quiet pm-all-countries",
        Aria {
            expanded: Some(open),
            ..Aria::default()
        },
        on(v.d, Action::ToggleCountries),
        vec![text(v.t(ui::ALL_COUNTRIES)), icon(super::icon::DOWN)],
    );
    let mut children = vec![toggle];
    if open {
        let filter = &v.s.country_filter;
        children.push(search_field(
            "pm-field pm-country-filter",
            v.t(FIND_COUNTRY),
            filter,
            "",
            on_value(v.d, Field::CountryFilter),
        ));
        let mut groups = Vec::new();
        for g in group_countries(&all, v.l, filter) {
            let results = g.results.to_string();
            let label = match g.area {
                Some(a) => v.fill(ALL_OF, &[a.name(v.l), &results]),
                None => v.fill(ALL_OUTSIDE_EUROPE, &[&results]),
            };
            let codes = g.codes();
            let mut every = true;
            for code in &codes {
                every &= chosen.contains(code);
            }
            let mut boxes = Vec::new();
            for (code, n) in &g.countries {
                boxes.push(country(code, *n));
            }
            groups.push(el(
                "div",
                "pm-area",
                vec![
                    check(
                        "checkbox",
                        None,
                        label,
                        every,
                        on(v.d, Action::ChooseCountries(codes, !every)),
                    ),
                    el("div", "pm-area-countries", boxes),
                ],
            ));
        }
        if groups.is_empty() {
            groups.push(el_text("p", "pm-hint", v.t(NO_COUNTRY)));
        }
        children.push(el("div", "pm-scroll", groups));
    } else {
        let mut names = Vec::new();
        for (code, _) in &all {
            if chosen.contains(code) {
                names.push((code.clone(), country_name(code, v.l)));
            }
        }
        super::by_label(&mut names);
        let mut boxes = Vec::new();
        for (code, _) in &names {
            let n = all.iter().find(|(c, _)| c == code).map_or(0, |(_, n)| *n);
            boxes.push(country(code, n));
        }
        // As many children as when open: yew matches unkeyed children from the end, and
        // the button (with focus) must stay the button.
        children.push(Html::default());
        children.push(el("div", "", boxes));
    }
    children.insert(0, el_text("legend", "", v.t(ui::COUNTRIES)));
    el("fieldset", "pm-group pm-countries", children)
}
