//! The shortlist in localStorage, per catalogue (and instance), and its view. What the list
//! holds and how it changes is `crate::shortlist`; here the browser keeps it. Storage that
//! cannot be read counts as empty; storage that cannot be written is said where the student
//! saves.

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::export_bar;
use super::markup::{button, el, el_text, focusable, keyed_item, tag, text, Aria, Fixed};
use super::state::{Action, Key, Said, Shortlist, State};
use super::{icon, on, View};
use crate::i18n::shortlist::{self as words, group_name};
use crate::i18n::{fill, Text};
use crate::locale::Locale;
use crate::search::{Matcher, NameLength};

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
        .map(|a| {
            let mut tokens = Vec::new();
            for t in a.iter() {
                tokens.extend(t.as_string());
            }
            tokens
        })
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
    let array = js_sys::Array::new();
    for t in &tokens {
        array.push(&JsValue::from_str(t));
    }
    js_sys::JSON::stringify(&array)
        .ok()
        .and_then(|j| j.as_string())
        .is_some_and(|json| s.set_item(key, &json).is_ok())
}

/// "Amsterdam, Netherlands": where a result is.
pub(super) fn place(v: &View, key: &Key) -> Option<String> {
    crate::shortlist_facts::place(v.m, key, v.l)
}

/// "2/3": how full a list is.
fn fullness(count: usize, limit: usize) -> String {
    let mut s = count.to_string();
    s.push('/');
    s.push_str(&limit.to_string());
    s
}

/// What the status region says about the last change to the shortlist.
pub(super) fn said(s: &State, m: &Matcher, l: Locale) -> Option<String> {
    let said = s.said.as_ref()?;
    let name = |key: &Key| {
        m.display_name(key.kind, &key.id, NameLength::Short, l)
            .unwrap_or(&key.id)
            .to_owned()
    };
    let limits = s.shortlist.limits();
    Some(match said {
        Said::Saved(key, group, rank) => fill(
            words::SAVED_AT.get(l),
            &[
                &name(key),
                group_name(*group).get(l),
                &rank.to_string(),
                &limits.limit(*group).to_string(),
            ],
        ),
        Said::Removed(key) => fill(words::REMOVED.get(l), &[&name(key)]),
        Said::Moved(key, group, rank) => fill(
            words::MOVED.get(l),
            &[
                &name(key),
                &rank.to_string(),
                &s.shortlist.count(*group).to_string(),
            ],
        ),
        Said::Full(_, group) => full_text(s, *group, l),
    })
}

/// "Your list “Exchanges in Europe” is full (3): …".
pub(super) fn full_text(s: &State, group: crate::shortlist::Group, l: Locale) -> String {
    fill(
        words::FULL.get(l),
        &[
            group_name(group).get(l),
            &s.shortlist.limits().limit(group).to_string(),
        ],
    )
}

fn item(v: &View, i: usize, rank: usize, last: usize, key: &Key) -> Html {
    let Some(short) = v.m.display_name(key.kind, &key.id, NameLength::Short, v.l) else {
        return Html::default();
    };
    let full =
        v.m.display_name(key.kind, &key.id, NameLength::Full, v.l)
            .unwrap_or(short);
    let button = |class: &'static str, label: Text, path, action, disabled| {
        button(
            class,
            Aria {
                label: Some(v.fill(label, &[short])),
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
            words::MOVE_UP,
            super::icon::UP,
            Action::Move(i, -1),
            rank == 1,
        ),
        button(
            "pm-icon-btn pm-down",
            words::MOVE_DOWN,
            super::icon::DOWN,
            Action::Move(i, 1),
            rank == last,
        ),
        button(
            "pm-icon-btn pm-remove",
            words::REMOVE,
            super::icon::CLOSE,
            Action::Remove(i),
            false,
        ),
    ];
    let rank = tag(
        "span",
        &[("class", Fixed("pm-rank")), ("aria-hidden", Fixed("true"))],
        vec![text(rank.to_string())],
    );
    // The name leads to the result's details (a button: it acts in the page).
    let name = super::markup::button(
        "pm-link pm-sl-name",
        Aria {
            label: Some(v.fill(words::SEE_DETAILS, &[full])),
            ..Aria::default()
        },
        on(v.d, Action::Reveal(key.clone(), full.to_owned())),
        vec![text(full.to_owned())],
    );
    keyed_item(
        key.token(),
        "pm-sl-item",
        vec![
            rank,
            el(
                "span",
                "pm-sl-text",
                vec![name, export_bar::entry_lines(v, key)],
            ),
            el("span", "pm-sl-buttons", buttons),
        ],
    )
}

pub(super) fn view(v: &View) -> Html {
    let list = &v.s.shortlist;
    let mut body = Vec::new();
    if list.is_empty() {
        body.push(el_text("p", "pm-hint", v.t(words::SHORTLIST_EMPTY)));
    } else {
        let limits = list.limits();
        for &group in limits.groups() {
            let entries = list.list(group);
            if entries.is_empty() {
                continue;
            }
            let mut items = Vec::new();
            for (rank, (i, key)) in entries.iter().enumerate() {
                items.push(item(v, *i, rank + 1, entries.len(), key));
            }
            let count = fullness(entries.len(), limits.limit(group));
            body.push(el(
                "h4",
                "pm-sl-group",
                vec![
                    text(v.t(group_name(group))),
                    el_text("span", "pm-pill", count),
                ],
            ));
            body.push(el("ol", "pm-sl", items));
        }
        body.push(el_text("p", "pm-hint", v.t(words::SHORTLIST_HINT)));
        body.push(export_bar::export_bar(v));
        body.push(export_bar::comparison(v));
    }
    // Said as soon as it happens (an alert), and for as long as there is a list to lose.
    let not_kept = (v.s.storage_failed && !list.is_empty()).then(|| {
        tag(
            "p",
            &[
                ("class", Fixed("pm-note pm-not-kept")),
                ("role", Fixed("alert")),
            ],
            vec![text(v.t(words::NOT_KEPT))],
        )
    });
    el(
        "section",
        "pm-shortlist",
        vec![
            focusable(
                "h3",
                "pm-shortlist-head",
                vec![
                    text(v.t(words::SHORTLIST)),
                    el_text("span", "pm-pill", list.len().to_string()),
                ],
            ),
            not_kept.unwrap_or_default(),
            Html::from_iter(body),
        ],
    )
}
