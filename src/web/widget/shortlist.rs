//! The shortlist in localStorage, per catalogue (and instance), and its view. What the list
//! holds and how it changes is `crate::shortlist`; here the browser keeps it. Storage that
//! cannot be read counts as empty; storage that cannot be written is said where the student
//! saves.

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::markup::{button, el, el_text, focusable, keyed_item, tag, text, Aria, Fixed};
use super::state::{Action, Key, Said, Shortlist, State, SHORTLIST_MAX};
use super::{icon, on, View};
use crate::i18n::shortlist::{MOVED, REMOVED, SAVED_AT};
use crate::i18n::{country_name, fill, ui, Text};
use crate::locale::Locale;
use crate::search::{Kind, Matcher, NameLength};

/// What the status region says of the last change to the shortlist: "ENSP Arles saved in
/// your shortlist, place 2 of 3."
pub(super) fn said(s: &State, m: &Matcher, l: Locale) -> Option<String> {
    let said = s.said.as_ref()?;
    let name = |key: &Key| {
        m.display_name(key.kind, &key.id, NameLength::Short, l)
            .unwrap_or(&key.id)
            .to_owned()
    };
    let count = s.shortlist.len().to_string();
    Some(match said {
        Said::Saved(key, place) => fill(SAVED_AT.get(l), &[&name(key), &place.to_string(), &count]),
        Said::Removed(key) => fill(REMOVED.get(l), &[&name(key)]),
        Said::Moved(key, place) => fill(MOVED.get(l), &[&name(key), &place.to_string(), &count]),
        Said::Full(_) => ui::SHORTLIST_FULL.get(l).to_owned(),
    })
}

/// The storage key of the shortlist for a catalogue address (and widget instance).
pub fn storage_key(catalogue_url: &str, instance: Option<&str>) -> String {
    let mut key = String::from("partner-matcher:shortlist:");
    if let Some(id) = instance {
        key.push_str(id);
        key.push(':');
    }
    key.push_str(catalogue_url);
    key
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The stored list (a JSON array of `kind:id` strings); anything unreadable counts as empty.
pub fn read(key: &str) -> Shortlist {
    let tokens = storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
        .map(|a| a.iter().filter_map(|t| t.as_string()).collect::<Vec<_>>())
        .unwrap_or_default();
    Shortlist::from_tokens(tokens)
}

/// Stores the list; false when the browser refuses (no storage, storage full, or blocked).
pub fn write(key: &str, list: &Shortlist) -> bool {
    let Some(s) = storage() else {
        return false;
    };
    let tokens = list.tokens();
    if tokens.is_empty() {
        return s.remove_item(key).is_ok();
    }
    let tokens: js_sys::Array = tokens.iter().map(|t| JsValue::from(t.as_str())).collect();
    js_sys::JSON::stringify(&tokens)
        .ok()
        .and_then(|j| j.as_string())
        .is_some_and(|json| s.set_item(key, &json).is_ok())
}

/// "Amsterdam, Netherlands": where a result is.
pub(super) fn place(v: &View, key: &Key) -> Option<String> {
    let (city, country) = match key.kind {
        Kind::Institution => {
            let i = v.m.institution(&key.id)?;
            (i.city.get(v.l), i.country.as_str())
        }
        Kind::Bip => {
            let p = v.m.bip(&key.id)?.physical.as_ref()?;
            (p.city.get(v.l), p.country.as_str())
        }
    };
    Some(v.fill(ui::PLACE, &[city, &country_name(country, v.l)]))
}

pub(super) fn view(v: &View) -> Html {
    let list = v.s.shortlist.shown();
    let count = {
        let mut s = list.len().to_string();
        s.push('/');
        s.push_str(&SHORTLIST_MAX.to_string());
        s
    };
    let last = list.len().saturating_sub(1);
    let mut items = Vec::new();
    for (i, key) in list.iter().enumerate() {
        let Some(name) = v.m.display_name(key.kind, &key.id, NameLength::Short, v.l) else {
            continue;
        };
        let button = |class: &'static str, label: Text, path, action, disabled| {
            button(
                class,
                Aria {
                    label: Some(v.fill(label, &[name])),
                    disabled,
                    ..Aria::default()
                },
                on(v.d, action),
                vec![icon(path)],
            )
        };
        let buttons = vec![
            button(
                "pm-icon-btn pm-up",
                ui::MOVE_UP,
                super::icon::UP,
                Action::Move(i, -1),
                i == 0,
            ),
            button(
                "pm-icon-btn pm-down",
                ui::MOVE_DOWN,
                super::icon::DOWN,
                Action::Move(i, 1),
                i == last,
            ),
            button(
                "pm-icon-btn pm-remove",
                ui::REMOVE,
                super::icon::CLOSE,
                Action::Remove(i),
                false,
            ),
        ];
        let rank = tag(
            "span",
            &[("class", Fixed("pm-rank")), ("aria-hidden", Fixed("true"))],
            vec![text((i + 1).to_string())],
        );
        let place = place(v, key).unwrap_or_default();
        items.push(keyed_item(
            key.token(),
            "pm-sl-item",
            vec![
                rank,
                el(
                    "span",
                    "pm-sl-text",
                    vec![
                        el_text("span", "pm-sl-name", name.to_owned()),
                        el_text("span", "pm-sl-place", place),
                    ],
                ),
                el("span", "pm-sl-buttons", buttons),
            ],
        ));
    }
    let body = if list.is_empty() {
        vec![el_text("p", "pm-hint", v.t(ui::SHORTLIST_EMPTY))]
    } else {
        let hint = v.fill(ui::SHORTLIST_HINT, &[&SHORTLIST_MAX.to_string()]);
        let full =
            v.s.shortlist
                .is_full()
                .then(|| el_text("p", "pm-hint pm-full", v.t(ui::SHORTLIST_FULL)));
        vec![
            el("ol", "pm-sl", items),
            el_text("p", "pm-hint", hint),
            full.unwrap_or_default(),
        ]
    };
    // Said as soon as it happens (an alert), and for as long as there is a list to lose.
    let not_kept = (v.s.storage_failed && !list.is_empty()).then(|| {
        tag(
            "p",
            &[
                ("class", Fixed("pm-note pm-not-kept")),
                ("role", Fixed("alert")),
            ],
            vec![text(v.t(ui::NOT_KEPT))],
        )
    });
    el(
        "section",
        "pm-shortlist",
        vec![
            focusable(
                "h3",
                "pm-shortlist-head",
                vec![text(v.t(ui::SHORTLIST)), el_text("span", "pm-pill", count)],
            ),
            not_kept.unwrap_or_default(),
            Html::from_iter(body),
        ],
    )
}
