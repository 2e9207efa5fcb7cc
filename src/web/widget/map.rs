//! The List/Map switch and the map view around the SVG (`map_svg`): zoom buttons, legend,
//! what is not on the map, and the results of the chosen city, each of which opens in the
//! list. The map shows the results that fit (the related ones stay in the list); the list
//! always holds every result, so the map is never the only way to one.

use yew::prelude::*;

use super::map_state::{MapAction, Outlines, IN, OUT};
use super::markup::{button, el, el_text, element, focusable, text, Aria};
use super::state::{Action, Key};
use super::View;
use crate::i18n::{country_name, map as words, ui};
use crate::locale::Locale;
use crate::map::Markers;
use crate::search::{CriteriaError, Hit, NameLength, Page};

/// The widget's search.
type Found = Result<Page, CriteriaError>;

fn send(v: &View, a: MapAction) -> Callback<MouseEvent> {
    super::on(v.d, Action::Map(a))
}

/// The switch, then the map or the list of results.
#[inline(never)]
pub(super) fn view(v: &View, found: &Found, map: Option<&Markers>) -> Html {
    let open = v.s.map.open;
    let mut choices = Vec::new();
    for (class, label, show) in [
        ("pm-btn pm-view-list", words::LIST, false),
        ("pm-btn pm-view-map", words::MAP, true),
    ] {
        choices.push(button(
            class,
            Aria {
                pressed: Some(open == show),
                ..Aria::default()
            },
            send(v, MapAction::Show(show)),
            vec![text(v.t(label))],
        ));
    }
    let switch = element(
        "div",
        &["class", "role", "aria-label"],
        vec![
            Some(AttrValue::Static("pm-view")),
            Some(AttrValue::Static("group")),
            Some(AttrValue::Static(v.t(words::VIEW))),
        ],
        None,
        choices,
    );
    let shown = match (found, map) {
        (Ok(page), Some(markers)) if open => view_map(v, page, markers),
        _ => super::results::view(v, found),
    };
    Html::from_iter([switch.into(), shown])
}

#[inline(never)]
fn view_map(v: &View, page: &Page, markers: &Markers) -> Html {
    let camera = v.s.map.camera_for(markers.frame, markers.fit);
    let (drawn, state) = match &v.s.map.outlines {
        Outlines::Ready(d) => (Some(&**d), None),
        Outlines::Waiting => (None, Some(words::LOADING)),
        Outlines::Failed => (None, Some(words::NO_OUTLINES)),
    };
    let shown = (markers.frame, camera);
    let mut tools = Vec::new();
    for (class, label, a, s) in [
        (
            "pm-btn pm-zoom-in",
            words::ZOOM_IN,
            MapAction::Zoom(shown, IN, 0.5, 0.5),
            "+",
        ),
        (
            "pm-btn pm-zoom-out",
            words::ZOOM_OUT,
            MapAction::Zoom(shown, OUT, 0.5, 0.5),
            "−",
        ),
        ("pm-btn pm-zoom-reset", words::RESET, MapAction::Reset, ""),
    ] {
        // The reset button says what it does; the other two are signs, named for assistive
        // technology.
        let (label, s) = if s.is_empty() {
            (None, v.t(label))
        } else {
            (Some(v.t(label).to_owned()), s)
        };
        tools.push(button(
            class,
            Aria {
                label,
                ..Aria::default()
            },
            send(v, a),
            vec![text(s)],
        ));
    }
    let mut legend = Vec::new();
    for (class, label) in [
        ("pm-lg pm-lg-school", words::LEGEND_SCHOOL),
        ("pm-lg pm-lg-bip", words::LEGEND_BIP),
        ("pm-lg pm-lg-both", words::LEGEND_BOTH),
        ("pm-lg pm-lg-home", words::LEGEND_HOME),
    ] {
        legend.push(el_text("li", class, v.t(label)));
    }
    // One line says how many results the map shows, how the outlines are coming along and
    // what is not on the map.
    let mut note = ui::results(page.total, v.l);
    if let Some(state) = state {
        note.push_str(". ");
        note.push_str(v.t(state));
    }
    if markers.unplaced > 0 {
        note.push_str(". ");
        note.push_str(&v.fill(words::UNPLACED, &[&markers.unplaced.to_string()]));
    }
    el(
        "div",
        "pm-map",
        vec![
            el_text("p", "pm-map-count", note),
            el("div", "pm-map-tools", tools),
            super::map_svg::svg(v, markers, camera, drawn),
            el("ul", "pm-legend", legend),
            chosen(v, &page.hits, markers),
        ],
    )
}

/// The chosen city's results; each opens in the list.
#[inline(never)]
fn chosen(v: &View, hits: &[Hit], markers: &Markers) -> Html {
    let Some(mk) = v.s.map.selected.as_deref().and_then(|k| markers.find(k)) else {
        return el_text("p", "pm-hint", v.t(words::HINT));
    };
    let page = v.props.page_size.max(1);
    let mut items = Vec::new();
    for &i in &mk.results {
        let hit = &hits[i];
        let name =
            v.m.display_name(hit.kind, &hit.id, NameLength::Full, v.l)
                .unwrap_or(&hit.id)
                .to_owned();
        // Opening tells the page (`select`), as the card's own button does (`Widget::update`).
        let key = Key::new(hit.kind, hit.id.clone());
        let reveal = Action::Map(MapAction::Reveal(key, i / page + 1));
        items.push(el(
            "li",
            "",
            vec![button(
                "pm-btn pm-btn-quiet pm-map-open",
                Aria::default(),
                super::on(v.d, reveal),
                vec![text(name)],
            )],
        ));
    }
    let place = place_name(&mk.city, &mk.country, v.l);
    el(
        "section",
        "pm-map-place",
        vec![
            focusable("h4", "", vec![text(v.fill(words::AT, &[&place]))]),
            el("ul", "pm-list", items),
        ],
    )
}

fn place_name(city: &str, country: &str, l: Locale) -> String {
    let mut s = String::from(city);
    s.push_str(", ");
    s.push_str(&country_name(country, l));
    s
}

/// What the live region adds while a city is chosen: its name ("Lyon, France: 2 partner
/// schools selected"), from the markers of the search the map last drew.
pub(super) fn announcement(
    s: &super::state::State,
    map: Option<&Markers>,
    l: Locale,
) -> Option<String> {
    let key = s.map.selected.as_deref().filter(|_| s.map.open)?;
    let mk = map?.find(key)?;
    Some(crate::i18n::fill(words::SELECTED.get(l), &[&mk.name(l)]))
}
