//! The form controls the filters are made of: labelled drop-downs (one for every vocabulary:
//! level, term, region) and check boxes. With the search box, these are the views built with
//! `html!`, which handles a control's value and checked state (see `markup`).

use yew::prelude::*;

use super::markup::{el, el_text};
use super::{on_value, Field, View};
use crate::catalogue::{Level, Term};
use crate::i18n::{level_label, region_label, term_label, ui, Text};
use crate::search::Region;

pub(super) type Options = Vec<(String, String)>;

/// A labelled drop-down; `class` is the label's (`pm-field pm-…`).
pub(super) fn select(
    class: &'static str,
    label: &str,
    options: Options,
    selected: &str,
    onchange: Callback<Event>,
) -> Html {
    // `selected` chooses on creation; the `value` property follows later changes, and keyed
    // options keep the choice when a new language re-sorts them.
    let control = html! {
        <select class="pm-select" {onchange} ~value={selected.to_owned()}>
            { for options.into_iter().map(|(value, text)| {
                let chosen = value == selected;
                html! { <option key={value.clone()} {value} selected={chosen}>{ text }</option> }
            }) }
        </select>
    };
    el(
        "label",
        class,
        vec![el_text("span", "pm-label", label.to_owned()), control],
    )
}

/// A labelled search field (`class` is the label's): the search box and the field that finds
/// a country share it, so that there is one copy of its code.
pub(super) fn search_field(
    class: &'static str,
    label: &str,
    value: &str,
    placeholder: &str,
    oninput: Callback<InputEvent>,
) -> Html {
    let input = html! {
        <input type="search" class="pm-input" value={value.to_owned()} maxlength="200"
            placeholder={placeholder.to_owned()} autocomplete="off" spellcheck="false"
            {oninput} />
    };
    el(
        "label",
        class,
        vec![el_text("span", "pm-label", label.to_owned()), input],
    )
}

/// A checkbox or radio button with its label.
pub(super) fn check(
    kind: &'static str,
    name: Option<&'static str>,
    label: String,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    el(
        "label",
        "pm-check",
        vec![
            html! { <input type={kind} {name} {checked} {onchange} /> },
            el_text("span", "", label),
        ],
    )
}

/// A drop-down's option: its value and label.
#[inline(never)]
pub(super) fn option(value: &str, label: &str) -> (String, String) {
    (value.to_owned(), label.to_owned())
}

/// A vocabulary a drop-down offers: "Any …" first, then its values by their labels.
pub(super) struct Vocabulary<T: 'static> {
    any: Text,
    values: &'static [T],
    code: fn(T) -> &'static str,
    label: fn(T) -> Text,
}

pub(super) const LEVELS: Vocabulary<Level> = Vocabulary {
    any: ui::ANY_LEVEL,
    values: &Level::ALL,
    code: Level::as_str,
    label: level_label,
};

pub(super) const TERMS: Vocabulary<Term> = Vocabulary {
    any: ui::ANY_TERM,
    values: &Term::ALL,
    code: Term::as_str,
    label: term_label,
};

pub(super) const REGIONS: Vocabulary<Region> = Vocabulary {
    any: ui::ANYWHERE,
    values: &[Region::Europe, Region::OutsideEurope],
    code: Region::as_str,
    label: region_label,
};

/// The labelled drop-down of a vocabulary (level, term, region), `current` chosen.
pub(super) fn vocabulary_select<T: Copy>(
    v: &View,
    class: &'static str,
    label: Text,
    vocabulary: &Vocabulary<T>,
    current: Option<T>,
    field: Field,
) -> Html {
    let mut options = vec![option("", v.t(vocabulary.any))];
    for &x in vocabulary.values {
        options.push(option((vocabulary.code)(x), v.t((vocabulary.label)(x))));
    }
    select(
        class,
        v.t(label),
        options,
        current.map_or("", vocabulary.code),
        on_value(v.d, field),
    )
}
