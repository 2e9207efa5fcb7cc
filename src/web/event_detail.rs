//! The `partner-matcher:*` events: the `detail` of each, built as plain JS objects (through
//! serde_json and `JSON.parse` they took 2.7 KB more of the download; the browser tests compare
//! both ways), and their dispatch on the widget's element, for `mount` and `crash` alike.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use super::widget::WidgetEvent;
use crate::search::Criteria;

/// The event's name and its detail.
pub fn of(event: &WidgetEvent) -> (&'static str, JsValue) {
    match event {
        WidgetEvent::Ready(d) => {
            let skipped = Array::new();
            for s in &d.skipped {
                skipped.push(&object(&[
                    ("place", s.place.as_str().into()),
                    ("message", s.message.as_str().into()),
                ]));
            }
            (
                "partner-matcher:ready",
                object(&[
                    ("institutions", JsValue::from(d.institutions)),
                    ("bips", JsValue::from(d.bips)),
                    ("skipped", skipped.into()),
                ]),
            )
        }
        WidgetEvent::Error(d) => (
            "partner-matcher:error",
            object(&[
                ("kind", d.kind.into()),
                ("message", d.message.as_str().into()),
            ]),
        ),
        WidgetEvent::Select(d) => (
            "partner-matcher:select",
            object(&[
                ("kind", d.kind.as_str().into()),
                ("id", d.id.as_str().into()),
            ]),
        ),
        WidgetEvent::Change(c) => ("partner-matcher:change", criteria(c)),
    }
}

/// The criteria as their JSON shape (design: "Search criteria"); absent fields are left out.
pub fn criteria(c: &Criteria) -> JsValue {
    let o = Object::new();
    let set = |name: &str, value: Option<JsValue>| {
        if let Some(value) = value {
            let _ = Reflect::set(&o, &JsValue::from_str(name), &value);
        }
    };
    let text = |t: Option<&str>| t.map(JsValue::from);
    set("query", text(c.query.as_deref()));
    set("programme", text(c.programme.as_deref()));
    set("kinds", c.kinds.as_ref().map(|k| words(k, |k| k.as_str())));
    set(
        "mobility",
        c.mobility.as_ref().map(|m| words(m, |m| m.as_str())),
    );
    set("level", text(c.level.map(|l| l.as_str())));
    set("term", text(c.term.map(|t| t.as_str())));
    set(
        "countries",
        c.countries.as_ref().map(|l| words(l, String::as_str)),
    );
    set("region", text(c.region.map(|r| r.as_str())));
    set(
        "languages",
        c.languages.as_ref().map(|list| {
            let a = Array::new();
            for l in list {
                a.push(&object(&[
                    ("lang", l.lang.as_str().into()),
                    ("cefr", l.cefr.as_str().into()),
                ]));
            }
            a.into()
        }),
    );
    set("max_distance_km", c.max_distance_km.map(JsValue::from));
    set("limit", c.limit.map(JsValue::from));
    set("today", text(c.today.as_deref()));
    set("sort", text(c.sort.map(|s| s.as_str())));
    set("lang", text(c.lang.map(|l| l.code())));
    o.into()
}

/// A list as a JS array of its words.
fn words<T>(list: &[T], word: fn(&T) -> &str) -> JsValue {
    let a = Array::new();
    for item in list {
        a.push(&JsValue::from_str(word(item)));
    }
    a.into()
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(name), value);
    }
    o.into()
}

/// `event` as a CustomEvent on `target`, bubbling and composed.
pub fn dispatch(target: &Element, event: &WidgetEvent) {
    let (name, detail) = of(event);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(e) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&e);
    }
}
