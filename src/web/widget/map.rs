//! The List/Map switch and the map view around the SVG (`map_svg`): zoom buttons, legend,
//! what is not on the map, and the results of the chosen city, each of which opens in the
//! list. The map shows the results that fit (the related ones stay in the list); the list
//! always holds every result, so the map is never the only way to one.

use yew::prelude::*;

use super::map_state::Outlines;
use super::map_svg::{self, MapEvent};
use super::markup::{el, el_text, element};
use super::View;
use crate::i18n::{map as words, ui};
use crate::locale::Locale;
use crate::map::{self, Camera, Frame, Markers};
use crate::search::{CriteriaError, Page};

/// The widget's search.
type Found = Result<Page, CriteriaError>;

/// The switch, then the map or the list of results; one click listener serves the switch
/// and every control on the map (`map_svg::listener`).
#[inline(never)]
pub(super) fn view(v: &View, found: &Found, map: Option<&Markers>) -> Html {
    let open = v.s.map.open;
    let mut shown = (Frame::Europe, Camera::default());
    let content = match (found, map) {
        (Ok(page), Some(markers)) if open => {
            shown = (
                markers.frame,
                v.s.map.camera_for(markers.frame, markers.fit),
            );
            view_map(v, page, markers, shown.1)
        }
        _ => super::results::view(v, found),
    };
    element(
        "div",
        &[],
        vec![],
        Some(map_svg::listener(v.d, MapEvent::Click, shown)),
        vec![raw(map::switch(open, v.l)), content],
    )
    .into()
}

/// Markup text from `crate::map` as a raw node: redrawn only when its text changes.
fn raw(text: String) -> Html {
    Html::from_html_unchecked(text.into())
}

#[inline(never)]
fn view_map(v: &View, page: &Page, markers: &Markers, camera: Camera) -> Html {
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
        let mut n = String::new();
        map::push_int(&mut n, markers.unplaced as i32);
        note.push_str(&v.fill(words::UNPLACED, &[&n]));
    }
    // The tools, the legend and the chosen city's results are markup text: the tools' never
    // changes, so a tool keeps focus.
    let selected = v.s.map.selected.as_deref();
    let size = v.props.page_size;
    let below = map::legend_and_choice(v.m, markers, selected, &page.hits, size, v.l);
    el(
        "div",
        "pm-map",
        vec![
            el_text("p", "pm-map-count", note),
            raw(map::tools(v.l)),
            map_svg::svg(v, markers, camera, drawn),
            raw(below),
        ],
    )
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
