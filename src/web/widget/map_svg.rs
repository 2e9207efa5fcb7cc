//! The map itself: an inline SVG drawn from `crate::map` (outlines, home, one marker per
//! city), and the listeners that pan and zoom it with mouse, touch and keyboard. Markers are
//! buttons in west-to-east order; one set of listeners on the SVG serves them all (a marker
//! is found by its `data-city`).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::html::{onkeydown, onpointerdown, onpointermove, onpointerup};
use yew::prelude::*;
use yew::virtual_dom::Listener;

use super::map_state::{Drawn, MapAction, Shown, IN, OUT};
use super::markup::{element, tag, Fixed};
use super::state::Action;
use super::{icon, View};
use crate::i18n::map as words;
use crate::map::{push_int, Camera, Frame, Markers, PAN_STEP};

/// The primary pointer down on a map (id, x, y), and whether it moved (then no click).
type Pointers = (Option<(i32, f64, f64)>, bool);

thread_local! {
    static POINTERS: Cell<Pointers> = const { Cell::new((None, false)) };
}

/// Puts `next` as the pointers; returns what they were (the one access to `POINTERS`: each
/// other way of reaching a thread-local compiles into the download again).
fn swap_pointers(next: Pointers) -> Pointers {
    POINTERS.replace(next)
}

/// The marker shapes, in marker units (a marker is about 24 across): a circle for partner
/// schools, a diamond for BIPs, a square for a city with both; the count inside.
const SCHOOL: &str = "M-11 0a11 11 0 1 0 22 0a11 11 0 1 0-22 0Z";
const BIP: &str = "M0-13 13 0 0 13-13 0Z";
const BOTH: &str = "M-10-10h20v20h-20Z";

fn attr(s: impl Into<AttrValue>) -> Option<AttrValue> {
    Some(s.into())
}

/// `translate(x y) scale(s)`: a marker's place and size (the same on screen at any zoom).
fn place(x: f64, y: f64, s: f64) -> String {
    let mut t = String::from("translate(");
    push_int(&mut t, x.round() as i32);
    t.push(' ');
    push_int(&mut t, y.round() as i32);
    t.push_str(") scale(");
    let milli = (s * 1000.0).round() as i32;
    push_int(&mut t, milli / 1000);
    t.push('.');
    let frac = milli % 1000;
    for d in [frac / 100, frac / 10 % 10, frac % 10] {
        push_int(&mut t, d);
    }
    t.push(')');
    t
}

#[inline(never)]
pub(super) fn svg(v: &View, map: &Markers, camera: Camera, drawn: Option<&Drawn>) -> Html {
    let frame = map.frame;
    let visible = camera.visible(frame);
    // Markers keep their size on screen: a 640th of the visible width per unit.
    let s = visible.w / 640.0;
    let mut children = Vec::new();
    if let Some(drawn) = drawn {
        let (land, borders) = drawn.of(frame);
        for (class, d) in [("pm-land", land), ("pm-borders", borders)] {
            children.push(
                element(
                    "path",
                    &["class", "d"],
                    vec![attr(class), attr(d.clone())],
                    None,
                    vec![],
                )
                .into(),
            );
        }
    }
    if let Some((x, y)) = map.home {
        let mut t = place(x, y, s);
        t.push_str(" translate(-12 -12)");
        children.push(
            element(
                "path",
                &["class", "transform", "d", "aria-hidden"],
                vec![attr("pm-home"), attr(t), attr(icon::STAR), attr("true")],
                None,
                vec![],
            )
            .into(),
        );
    }
    let selected = v.s.map.selected.as_deref();
    for mk in &map.markers {
        let key = mk.key();
        let chosen = selected == Some(key.as_str());
        let (class, shape): (_, &'static [_]) = match (mk.schools, mk.bips) {
            (_, 0) => ("pm-mk pm-mk-school", &[("d", Fixed(SCHOOL))]),
            (0, _) => ("pm-mk pm-mk-bip", &[("d", Fixed(BIP))]),
            _ => ("pm-mk pm-mk-both", &[("d", Fixed(BOTH))]),
        };
        let name = mk.name(v.l);
        let count = mk.results.len();
        // Fixed attributes through `tag` (one static table each): smaller than built values.
        let mut parts = vec![
            tag("title", &[], vec![super::markup::text(name.clone())]),
            tag(
                "circle",
                &[("class", Fixed("pm-mk-hit")), ("r", Fixed("17"))],
                vec![],
            ),
            tag("path", shape, vec![]),
        ];
        if count > 1 {
            let mut n = String::new();
            push_int(&mut n, count as i32);
            parts.push(tag(
                "text",
                &[
                    ("y", Fixed("4")),
                    ("text-anchor", Fixed("middle")),
                    ("aria-hidden", Fixed("true")),
                ],
                vec![super::markup::text(n)],
            ));
        }
        let mut g = element(
            "g",
            &[
                "class",
                "role",
                "tabindex",
                "aria-label",
                "aria-pressed",
                "data-city",
                "transform",
            ],
            vec![
                attr(class),
                attr("button"),
                attr("0"),
                attr(name),
                attr(if chosen { "true" } else { "false" }),
                attr(key.clone()),
                attr(place(mk.x, mk.y, s)),
            ],
            None,
            parts,
        );
        g.key = Some(key.into());
        children.push(g.into());
    }
    let mut node = element(
        "svg",
        &["class", "viewBox", "role", "aria-label", "tabindex"],
        vec![
            attr(match frame {
                Frame::Europe => "pm-map-svg pm-map-eu",
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
    node.set_listeners(listeners(v.d, (frame, camera)));
    node.into()
}

fn send(d: &super::Dispatch, a: MapAction) {
    d.send_message(Action::Map(a));
}

/// The on-screen size of the map's SVG element around an event's target.
fn size(e: &MouseEvent) -> Option<(f64, f64)> {
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    let r = target
        .closest(".pm-map-svg")
        .ok()??
        .get_bounding_client_rect();
    Some((r.width().max(1.0), r.height().max(1.0)))
}

/// The key of the marker an event is on.
fn city(target: &web_sys::Element) -> Option<String> {
    target
        .closest("[data-city]")
        .ok()??
        .get_attribute("data-city")
}

/// What a pointer did on the map.
#[derive(Clone, Copy)]
enum Pointer {
    Down,
    Move,
    Up,
}

/// Follows the primary pointer on the map: dragging pans. Returns the map action, if any.
/// (Two-finger pinch is left out for size: on touch screens the + and − buttons zoom.)
fn pointer(what: Pointer, e: &PointerEvent, shown: Shown) -> Option<MapAction> {
    let (mut down, mut moved) = swap_pointers((None, false));
    let (id, x, y) = (
        e.pointer_id(),
        f64::from(e.client_x()),
        f64::from(e.client_y()),
    );
    let mut action = None;
    match (what, down) {
        (Pointer::Down, _) if e.is_primary() => {
            down = Some((id, x, y));
            moved = false;
        }
        (Pointer::Up, Some((i, ..))) if i == id => {
            down = None;
            // A press that did not drag chooses the marker under it (no separate click
            // listener: one handler for drag and tap is smaller).
            if !moved {
                let target = e.target().and_then(|t| t.dyn_into().ok());
                action = target
                    .as_ref()
                    .and_then(city)
                    .map(|k| MapAction::Select(Some(k)));
            }
        }
        (Pointer::Move, Some((i, px, py))) if i == id => {
            if let Some((w, h)) = size(e) {
                moved |= (x - px).abs() + (y - py).abs() > 3.0;
                if moved {
                    action = Some(MapAction::Pan(shown, (px - x) / w, (py - y) / h));
                    down = Some((id, x, y));
                }
            }
        }
        _ => {}
    }
    swap_pointers((down, moved));
    action
}

fn listeners(d: &super::Dispatch, shown: Shown) -> Box<[Option<Rc<dyn Listener>>]> {
    let key = {
        let d = d.clone();
        Callback::from(move |e: KeyboardEvent| {
            let a = match e.key().as_str() {
                "+" | "=" => MapAction::Zoom(shown, IN, 0.5, 0.5),
                "-" | "_" => MapAction::Zoom(shown, OUT, 0.5, 0.5),
                "ArrowLeft" => MapAction::Pan(shown, -PAN_STEP, 0.0),
                "ArrowRight" => MapAction::Pan(shown, PAN_STEP, 0.0),
                "ArrowUp" => MapAction::Pan(shown, 0.0, -PAN_STEP),
                "ArrowDown" => MapAction::Pan(shown, 0.0, PAN_STEP),
                "Escape" => MapAction::Select(None),
                "Enter" | " " => {
                    let target = e.target().and_then(|t| t.dyn_into().ok());
                    match target.as_ref().and_then(city) {
                        Some(key) => MapAction::Select(Some(key)),
                        None => return,
                    }
                }
                _ => return,
            };
            e.prevent_default();
            send(&d, a);
        })
    };
    let on_pointer = |what| {
        let d = d.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(a) = pointer(what, &e, shown) {
                send(&d, a);
            }
        })
    };
    Box::new([
        Some(Rc::new(onkeydown::Wrapper::new(key))),
        Some(Rc::new(onpointerdown::Wrapper::new(on_pointer(
            Pointer::Down,
        )))),
        Some(Rc::new(onpointermove::Wrapper::new(on_pointer(
            Pointer::Move,
        )))),
        Some(Rc::new(onpointerup::Wrapper::new(on_pointer(Pointer::Up)))),
    ])
}
