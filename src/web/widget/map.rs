//! The List/Map switch and the map view around the SVG (`map_svg`): zoom buttons, legend,
//! what is not on the map, and the results of the chosen city, each of which opens in the
//! list. The map shows the results that fit (the related ones stay in the list); the list
//! always holds every result, so the map is never the only way to one.

use yew::prelude::*;

use super::map_state::{MapAction, Outlines};
use super::markup::{button, el_text, element, text, Aria};
use super::state::Action;
use super::View;
use crate::i18n::{map as words, ui};
use crate::locale::Locale;
use crate::map::{self, Markers};
use crate::search::{CriteriaError, Page};

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
    // The tools, the legend and the chosen city's results are markup text (`crate::map`):
    // raw nodes, redrawn only when their text changes (the tools' never does, so a tool keeps
    // focus), and one click listener for all their buttons and the markers.
    let selected = v.s.map.selected.as_deref();
    let size = v.props.page_size;
    let below = map::legend_and_choice(v.m, markers, selected, &page.hits, size, v.l);
    let raw = |text: String| Html::from_html_unchecked(text.into());
    element(
        "div",
        &["class"],
        vec![Some(AttrValue::Static("pm-map"))],
        Some(super::map_svg::on_click(v.d, (markers.frame, camera))),
        vec![
            el_text("p", "pm-map-count", note),
            raw(map::tools(v.l)),
            super::map_svg::svg(v, markers, camera, drawn),
            raw(below),
        ],
    )
    .into()
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
