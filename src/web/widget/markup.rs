//! The few element shapes the views are made of, built in one place.
//!
//! `html!` expands every element into its own construction code (node ref, attribute array,
//! child list, listener boxes), which made the views most of the widget's download. These
//! helpers build the same elements through one non-generic function, so a view's element
//! costs a call. The views keep `html!` for form controls (`input`, `select`), whose value and
//! checked state the macro handles.

use std::rc::Rc;

use yew::html::{onclick, onsubmit};
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, Listener, VTag, VText};

use crate::markup::write;

/// Builds `<tag keys=values…>children</tag>`; a `None` value leaves its attribute out.
#[inline(never)]
pub(super) fn element(
    tag: &'static str,
    keys: &'static [&'static str],
    values: Vec<Option<AttrValue>>,
    listener: Option<Rc<dyn Listener>>,
    children: Vec<Html>,
) -> VTag {
    let mut node = VTag::new(tag);
    node.set_attributes(Attributes::Dynamic {
        keys,
        values: values
            .into_iter()
            .map(|v| v.map(AttributeOrProperty::Attribute))
            .collect(),
    });
    if let Some(listener) = listener {
        node.set_listeners(Box::new([Some(listener)]));
    }
    node.add_children(children);
    node
}

/// A class attribute's value: none when empty, as `html!` does.
fn class_value(class: AttrValue) -> Option<AttrValue> {
    (!class.is_empty()).then_some(class)
}

/// An attribute value fixed in the code, for [`tag`]: `("role", Fixed("alert"))`.
pub(super) use yew::virtual_dom::AttributeOrProperty::Static as Fixed;

/// `<tag name="value"…>children</tag>` with fixed attributes, for what the helpers below do
/// not cover. Each attribute is a (name, value) pair, so a value cannot shift to another name.
#[inline(never)]
pub(super) fn tag(
    tag: &'static str,
    attributes: &'static [(&'static str, AttributeOrProperty)],
    children: Vec<Html>,
) -> Html {
    let mut node = VTag::new(tag);
    node.set_attributes(Attributes::Static(attributes));
    node.add_children(children);
    node.into()
}

/// `<tag class="…" tabindex="-1">children</tag>`: a heading that focus can be moved to.
#[inline(never)]
pub(super) fn focusable(tag: &'static str, class: &'static str, children: Vec<Html>) -> Html {
    element(
        tag,
        &["class", "tabindex"],
        vec![
            Some(AttrValue::Static(class)),
            Some(AttrValue::Static("-1")),
        ],
        None,
        children,
    )
    .into()
}

/// The widget's root: `<div class="pm" lang="…">` with its node reference.
#[inline(never)]
pub(super) fn root(lang: &'static str, node_ref: NodeRef, children: Vec<Html>) -> Html {
    let mut node = element(
        "div",
        &["class", "lang"],
        vec![Some(AttrValue::Static("pm")), Some(AttrValue::Static(lang))],
        None,
        children,
    );
    node.node_ref = node_ref;
    node.into()
}

/// Text.
pub(super) fn text(s: impl Into<AttrValue>) -> Html {
    VText::new(s).into()
}

/// `<tag class="…">children</tag>` (no class attribute when `class` is empty).
#[inline(never)]
pub(super) fn el(tag: &'static str, class: impl Into<AttrValue>, children: Vec<Html>) -> Html {
    element(
        tag,
        &["class"],
        vec![class_value(class.into())],
        None,
        children,
    )
    .into()
}

/// `<tag class="…">text</tag>`.
#[inline(never)]
pub(super) fn el_text(tag: &'static str, class: &'static str, s: impl Into<AttrValue>) -> Html {
    el(tag, class, vec![text(s)])
}

/// `<li class="…" data-key="…">`, not keyed: a result card. When the results change, Yew
/// updates unkeyed cards in place; keyed ones were all made anew, half of a keystroke's work
/// at 10,000 institutions on a phone (issue 11). Open details and saved marks follow the
/// state's keys either way.
#[inline(never)]
pub(super) fn item(key: String, class: impl Into<AttrValue>, children: Vec<Html>) -> Html {
    item_tag(key, class.into(), children).into()
}

fn item_tag(key: String, class: AttrValue, children: Vec<Html>) -> VTag {
    element(
        "li",
        &["class", "data-key"],
        vec![class_value(class), Some(AttrValue::from(key))],
        None,
        children,
    )
}

/// [`item`] with a key, for the items of keyed lists (the shortlist, whose items move).
#[inline(never)]
pub(super) fn keyed_item(key: String, class: impl Into<AttrValue>, children: Vec<Html>) -> Html {
    let mut node = item_tag(key.clone(), class.into(), children);
    node.key = Some(key.into());
    node.into()
}

/// What a button says to assistive technology besides its content.
#[derive(Default)]
pub(super) struct Aria {
    /// `aria-label`: for buttons that show only an icon.
    pub label: Option<String>,
    /// `aria-expanded`: for buttons that show and hide something.
    pub expanded: Option<bool>,
    /// `aria-pressed`: for toggle buttons.
    pub pressed: Option<bool>,
    pub disabled: bool,
}

fn true_false(b: bool) -> AttrValue {
    AttrValue::Static(if b { "true" } else { "false" })
}

/// `<button type="button" class="…">children</button>` that emits `onclick`.
#[inline(never)]
pub(super) fn button(
    class: &'static str,
    aria: Aria,
    onclick: Callback<MouseEvent>,
    children: Vec<Html>,
) -> Html {
    element(
        "button",
        &[
            "type",
            "class",
            "aria-label",
            "aria-expanded",
            "aria-pressed",
            "disabled",
        ],
        vec![
            Some(AttrValue::Static("button")),
            Some(AttrValue::Static(class)),
            aria.label.map(AttrValue::from),
            aria.expanded.map(true_false),
            aria.pressed.map(true_false),
            aria.disabled.then_some(AttrValue::Static("disabled")),
        ],
        Some(Rc::new(onclick::Wrapper::new(onclick))),
        children,
    )
    .into()
}

/// `<form class="…" role="…" aria-label="…">` that emits `onsubmit`.
#[inline(never)]
pub(super) fn form(
    class: &'static str,
    role: Option<&'static str>,
    label: &'static str,
    onsubmit: Callback<SubmitEvent>,
    children: Vec<Html>,
) -> Html {
    element(
        "form",
        &["class", "role", "aria-label"],
        vec![
            Some(AttrValue::Static(class)),
            role.map(AttrValue::Static),
            Some(AttrValue::Static(label)),
        ],
        Some(Rc::new(onsubmit::Wrapper::new(onsubmit))),
        children,
    )
    .into()
}

/// A `button` with only text.
#[inline(never)]
pub(super) fn text_button(
    class: &'static str,
    onclick: Callback<MouseEvent>,
    s: impl Into<AttrValue>,
) -> Html {
    button(class, Aria::default(), onclick, vec![text(s)])
}

/// Text for screen readers only (`pm-sr` hides it visually).
pub(super) fn sr(s: impl Into<AttrValue>) -> Html {
    el_text("span", "pm-sr", s)
}

/// A line icon (24×24, stroked with the text colour), hidden from assistive technology.
/// Without `focusable="false"`: only Internet Explorer put SVG in the tab order, and a
/// browser that runs this widget never did (one attribute less per icon, four a card and
/// more: issue 11).
#[inline(never)]
pub(super) fn icon(path: &'static str) -> Html {
    let path = element(
        "path",
        &["d"],
        vec![Some(AttrValue::Static(path))],
        None,
        Vec::new(),
    );
    element(
        "svg",
        &["class", "viewBox", "aria-hidden"],
        vec![
            Some(AttrValue::Static("pm-i")),
            Some(AttrValue::Static("0 0 24 24")),
            Some(AttrValue::Static("true")),
        ],
        None,
        vec![path.into()],
    )
    .into()
}

// Markup text (`crate::markup`) for the views written as one raw node: the card's summary and
// its details. Values are escaped; the fixed markup is the same as the helpers above build.

/// [`icon`] as markup.
pub(super) fn write_icon(out: &mut String, path: &'static str) {
    write(
        out,
        "<svg class=\"pm-i\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"{}\"></path></svg>",
        &[path],
    );
}

/// `<dt>label</dt><dd>value</dd>`, for a `<dl>`.
pub(super) fn write_fact(out: &mut String, label: &str, value: &str) {
    write(out, "<dt>{}</dt><dd>{}</dd>", &[label, value]);
}

/// A link that opens in a new tab, saying so to screen readers; for http(s) addresses only.
pub(super) fn write_link(out: &mut String, v: &super::View, url: &str, label: &str) {
    if url.starts_with("https://") || url.starts_with("http://") {
        write(
            out,
            "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}<span class=\"pm-sr\">{}</span></a>",
            &[url, label, v.t(crate::i18n::ui::NEW_TAB)],
        );
    }
}
