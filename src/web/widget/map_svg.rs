//! The map itself: an inline SVG of the outlines and, as one raw node, the home school and
//! the markers that `crate::map` writes as text; and the listeners of the map view. One click
//! listener on the whole view serves every control in it (zoom tools, markers, the chosen
//! city's results: each says what it does in `data-act`, see `crate::map::markup`); the SVG
//! has one for keys and one for pointer moves, which pan while a button or finger is down.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew::virtual_dom::{Listener, ListenerKind};

use super::map_state::{Drawn, MapAction, Shown, IN, OUT};
use super::markup::element;
use super::state::{Action, Key};
use super::{icon, Dispatch, View};
use crate::i18n::map as words;
use crate::map::{Camera, Frame, Markers, PAN_STEP};

thread_local! {
    /// The last pointer move on a map: pointer id and position.
    static LAST: Cell<(i32, f64, f64)> = const { Cell::new((0, 0.0, 0.0)) };
}

fn attr(s: impl Into<AttrValue>) -> Option<AttrValue> {
    Some(s.into())
}

#[inline(never)]
pub(super) fn svg(v: &View, map: &Markers, camera: Camera, drawn: Option<&Drawn>) -> Html {
    let frame = map.frame;
    let mut children = Vec::new();
    if let Some(drawn) = drawn {
        children.push(Html::from_html_unchecked(drawn.of(frame).clone()));
    }
    // Markers keep their size on screen: a 640th of the visible width per unit. The text only
    // changes with the zoom or the choice, so a pan leaves their elements (and focus) alone.
    let scale = camera.visible(frame).w / 640.0;
    let selected = v.s.map.selected.as_deref();
    let markers = map.svg(selected, scale, icon::STAR, v.l);
    children.push(Html::from_html_unchecked(markers.into()));
    let mut node = element(
        "svg",
        &["class", "viewBox", "role", "aria-label", "tabindex"],
        vec![
            attr(match frame {
                Frame::Europe => "pm-map-svg",
                Frame::World => "pm-map-svg pm-map-world",
            }),
            attr(camera.view_box(frame)),
            attr("group"),
            attr(v.t(words::MAP_LABEL)),
            attr("0"),
        ],
        None,
        children,
    );
    node.set_listeners(Box::new([
        Some(listener(v.d, MapEvent::Key, (frame, camera))),
        Some(listener(v.d, MapEvent::Move, (frame, camera))),
    ]));
    node.into()
}

/// The map's listeners, of one type for their three kinds of event (a closure and a yew
/// wrapper for each weighed more in the download): clicks on the switch and the map view,
/// keys and pointer moves on the SVG. `shown`: the map's frame and view.
struct MapListener {
    d: Dispatch,
    event: MapEvent,
    shown: Shown,
}

/// The events the map listens to.
#[derive(Clone, Copy)]
pub(super) enum MapEvent {
    Click,
    Key,
    Move,
}

pub(super) fn listener(d: &Dispatch, event: MapEvent, shown: Shown) -> Rc<dyn Listener> {
    Rc::new(MapListener {
        d: d.clone(),
        event,
        shown,
    })
}

impl Listener for MapListener {
    // (`ListenerKind` is made, not kept: cloning one is a table of a hundred kinds.)
    fn kind(&self) -> ListenerKind {
        match self.event {
            MapEvent::Click => ListenerKind::onclick,
            MapEvent::Key => ListenerKind::onkeydown,
            MapEvent::Move => ListenerKind::onpointermove,
        }
    }

    fn handle(&self, e: Event) {
        let (d, shown) = (&self.d, self.shown);
        match self.event {
            MapEvent::Key => on_key(d, e.unchecked_ref(), shown),
            MapEvent::Move => {
                if let Some(a) = drag(e.unchecked_ref(), shown) {
                    send(d, a);
                }
            }
            MapEvent::Click => {
                if let Some(act) = control(&e) {
                    run(d, &act, Some(&act), shown);
                }
            }
        }
    }

    fn passive(&self) -> bool {
        false
    }
}

fn send(d: &Dispatch, a: MapAction) {
    d.send_message(Action::Map(a));
}

/// The `data-act` of the control an event is on.
fn control(e: &Event) -> Option<String> {
    // Clicks, keys and pointers target elements (no check needed).
    let target: web_sys::Element = e.target()?.unchecked_into();
    target
        .closest("[data-act]")
        .ok()??
        .get_attribute("data-act")
}

/// The zooms and moves, by `data-act` or key name: factor and fractions (`MapAction::Move`).
const STEPS: [(&str, f64, f64, f64); 8] = [
    ("+", IN, 0.0, 0.0),
    ("=", IN, 0.0, 0.0),
    ("-", OUT, 0.0, 0.0),
    ("_", OUT, 0.0, 0.0),
    ("ArrowLeft", 1.0, -PAN_STEP, 0.0),
    ("ArrowRight", 1.0, PAN_STEP, 0.0),
    ("ArrowUp", 1.0, 0.0, -PAN_STEP),
    ("ArrowDown", 1.0, 0.0, PAN_STEP),
];

/// Does what a `data-act` (`crate::map::markup`) or a key's name says (`STEPS`; Escape clears
/// the choice, 0 shows all); returns whether it was one. The control `keep` gets focus back
/// if the next drawing replaces it (a switch button, a marker zoomed from the keyboard); a
/// choice or an opened result then moves focus on. (Its selector is not escaped: a city name
/// with a quote would only leave focus where the browser puts it.)
fn run(d: &Dispatch, act: &str, keep: Option<&str>, shown: Shown) -> bool {
    let a = match (act, STEPS.iter().find(|s| s.0 == act)) {
        (_, Some(&(_, zoom, dx, dy))) => MapAction::Move(shown, zoom, dx, dy),
        ("0", _) => MapAction::Reset,
        ("Escape", _) => MapAction::Select(None),
        ("list", _) => MapAction::Show(false),
        ("map", _) => MapAction::Show(true),
        // A marker's key always has a colon ("FR:Lyon"): a key named "m" is none.
        _ => match act.strip_prefix('m').filter(|key| key.contains(':')) {
            Some(city) => MapAction::Select(Some(city.to_owned())),
            None => {
                let reveal = act.strip_prefix('r').and_then(|r| r.split_once(' '));
                let Some((pages, token)) = reveal else {
                    return false;
                };
                // u32: the parser the widget already has.
                match (Key::parse(token), pages.parse::<u32>()) {
                    (Some(key), Ok(pages)) => MapAction::Reveal(key, pages as usize),
                    _ => return false,
                }
            }
        },
    };
    if let Some(keep) = keep {
        let mut selector = String::from("[data-act=\"");
        selector.push_str(keep);
        selector.push_str("\"]");
        send(d, MapAction::Keep(selector));
    }
    send(d, a);
    true
}

/// A key on the map or on a marker: + and − zoom, arrows pan, Escape clears the choice, 0
/// shows all, Enter and Space choose the marker.
fn on_key(d: &Dispatch, e: &KeyboardEvent, shown: Shown) {
    let marker = control(e);
    let key = e.key();
    let act = match key.as_str() {
        "Enter" | " " => marker.as_deref().unwrap_or_default(),
        key => key,
    };
    if run(d, act, marker.as_deref(), shown) {
        e.prevent_default();
    }
}

/// A pointer that moves while pressed (a mouse button, a finger) pans by as much as it moved
/// since its last move; the first move of a new pointer (a new touch) only says where it is.
/// A tap or click chooses a marker through the click listener. (Two-finger pinch is left out
/// for size: on touch screens the + and − buttons zoom.)
fn drag(e: &PointerEvent, shown: Shown) -> Option<MapAction> {
    let now = (
        e.pointer_id(),
        f64::from(e.client_x()),
        f64::from(e.client_y()),
    );
    let (id, x, y) = LAST.replace(now);
    if e.buttons() & 1 == 0 || id != now.0 {
        return None;
    }
    let target: web_sys::Element = e.target()?.unchecked_into();
    let svg = target.closest(".pm-map-svg").ok()??;
    let (w, h) = (svg.client_width().max(1), svg.client_height().max(1));
    let (w, h) = (f64::from(w), f64::from(h));
    Some(MapAction::Move(
        shown,
        1.0,
        (x - now.1) / w,
        (y - now.2) / h,
    ))
}
