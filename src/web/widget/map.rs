//! The List/Map switch and the map view around the SVG (`map_svg`): zoom buttons, legend,
//! what is not on the map, and the results of the chosen city, each of which opens in the
//! list. The map shows the results that fit (the related ones stay in the list); the list
//! always holds every result, so the map is never the only way to one. The map module
//! (`map_task`) writes the view's parts as text; until it has arrived, or when it could not
//! be fetched, the map view says so (the switch leads back to the list).

use yew::prelude::*;

use super::map_state::{Module, Outlines, Shown};
use super::map_svg::{self, MapEvent};
use super::map_task::{self, Grouped};
use super::markup::{el, el_text, element};
use super::{icon, View};
use crate::i18n::{map as words, ui, Text};
use crate::locale::Locale;
use crate::map::{self, module, Camera, Frame};
use crate::search::{CriteriaError, Page};

/// The widget's search.
type Found = Result<Page, CriteriaError>;

/// The switch, then the map or the list of results; one click listener serves the switch
/// and every control on the map (`map_svg::listener`).
#[inline(never)]
pub(super) fn view(v: &View, found: &Found, map: Option<&Grouped>) -> Html {
    let open = v.s.map.open;
    let mut shown = (Frame::Europe, Camera::default());
    let content = match found {
        Ok(page) if open => {
            if let Some(g) = map {
                shown = (g.frame, v.s.map.camera_for(g.frame, g.fit));
            }
            view_map(v, page, map, shown)
        }
        _ => super::results::view(v, found),
    };
    element(
        "div",
        &[],
        vec![],
        Some(map_svg::listener(v.d, MapEvent::Click, shown)),
        vec![raw(&map::switch(open, v.l)), content],
    )
    .into()
}

/// Markup text as a raw node: redrawn only when its text changes.
fn raw(text: &str) -> Html {
    Html::from_html_unchecked(AttrValue::from(text.to_owned()))
}

#[inline(never)]
fn view_map(v: &View, page: &Page, map: Option<&Grouped>, shown: Shown) -> Html {
    let camera = shown.1;
    let note = |words: Text| {
        let mut note = ui::results(page.total, v.l);
        note.push_str(". ");
        note.push_str(v.t(words));
        el_text("p", "pm-map-count", note)
    };
    let Some(map) = map else {
        let state = match v.s.map.module {
            Module::Failed => words::NO_MAP,
            _ => words::LOADING,
        };
        return el("div", "pm-map", vec![note(state)]);
    };
    let (drawn, outlines) = match &v.s.map.outlines {
        Outlines::Ready(d) => (Some(&**d), module::OUTLINES_READY),
        Outlines::Waiting => (None, module::OUTLINES_LOADING),
        Outlines::Failed => (None, module::OUTLINES_LOADING + 1),
    };
    let selected = v.s.map.selected.as_deref().unwrap_or_default();
    let text = map_task::draw(
        &map.text,
        selected,
        camera.zoom,
        camera.cx,
        camera.cy,
        outlines,
        page.total as u32,
        v.props.page_size as u32,
        icon::STAR,
        v.l == Locale::Nl,
    );
    // The note, the tools, the SVG's view and label, its markers, the legend and the chosen
    // city's results (`map::module::draw`). The tools' text never changes, so a tool keeps
    // focus.
    let mut parts = text.split(module::PART);
    let mut part = || parts.next().unwrap_or_default();
    let (count, tools) = (part(), part());
    let (view_box, label, markers) = (part(), part(), part());
    el(
        "div",
        "pm-map",
        vec![
            el_text("p", "pm-map-count", count.to_owned()),
            raw(tools),
            map_svg::svg(v, shown, view_box, label, markers, drawn),
            raw(part()),
        ],
    )
}

/// What the live region adds while a city is chosen: its name ("Lyon, France: 2 partner
/// schools selected"), from the markers of the search the map last drew.
pub(super) fn announcement(
    s: &super::state::State,
    map: Option<&Grouped>,
    l: Locale,
) -> Option<String> {
    let key = s.map.selected.as_deref().filter(|_| s.map.open)?;
    let chosen = map_task::announce(&map?.text, key, l == Locale::Nl);
    Some(chosen).filter(|c| !c.is_empty())
}
