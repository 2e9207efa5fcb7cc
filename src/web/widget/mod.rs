//! The Yew widget students use.
//!
//! `state` is the pure model (criteria, loading, shortlist, what is open) and `reducer` what
//! each action does to it;
//! `app` is the root component: it finds the results (`searches`: `Matcher::page` and the
//! map's markers, again only when the search changes; the search before kept with its
//! results, and the last cards shown kept while none is) and runs the effects that connect
//! the state to the page, each a small type (`load_task`: loading the catalogue with `load`;
//! `effects`: the URL, storage, events, focus, the live region and the search box's search in
//! the next frame; their timers and frame callbacks through `deferred`). The views (`controls`
//! with its `inputs`, `results` with each result's `card`, `detail`, `shortlist`) render the
//! state and dispatch actions. Every word shown comes from `crate::i18n`; every product rule
//! (criteria fitted to a catalogue, ranking, facets, names) from `crate::search`.
//!
//! Two size rules the views follow, because the widget's download is mostly their code (see
//! `docs/performance.md`); they look like things to tidy, and are not:
//!
//! 1. **Elements through the `markup` helpers, not `html!`.** `html!` expands every element
//!    into its own construction code (attribute arrays, child lists, listener boxes); a
//!    helper builds it through one shared non-generic function, so an element costs a call.
//!    Only form controls (`inputs`, the search box) keep `html!`, which handles their value
//!    and checked state.
//! 2. **Loops that push into a `Vec`, not iterator chains.** Each `map`/`filter`/`collect`
//!    chain over a new closure is a new generic instance compiled into the download; a `for`
//!    loop is not.
//!
//! And one rule for speed and size both: **what holds no control is markup text.** A card's
//! summary and its details (`card`, `detail`) are written as text (`crate::markup`, every
//! value escaped; `markup::write_icon`, `write_fact`, `write_link`) and inserted as one raw
//! node: a render compares one string per card instead of some fifty virtual nodes, and a
//! changed card is parsed by the browser in one call (issue 11). Buttons and anything with a
//! listener or focus to keep stay virtual nodes.

mod app;
mod card;
mod controls;
mod countries;
mod deferred;
mod detail;
mod effects;
mod export_bar;
mod inputs;
pub mod load;
mod load_task;
mod map;
pub mod map_state;
mod map_svg;
mod map_task;
mod markup;
mod page_fetch;
mod places_task;
mod reducer;
mod results;
mod searches;
pub mod shortlist;
pub mod state;
pub mod url_state;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::catalogue::{Cefr, LanguageCode, Level, Term};
use crate::i18n::Text;
use crate::locale::Locale;
use crate::search::{Criteria, Kind, Matcher, NameLength, Region, Sort};
pub use app::Widget;
use markup::icon;
use state::{Action, State};

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    pub catalogue_url: AttrValue,
    /// Where the place names and words table is (`places.txt` beside the wasm, as the loader
    /// says): fetched on the first typed query. None: only the catalogue's own words.
    pub places_url: Option<AttrValue>,
    /// Where the map's outlines are (`outlines.txt` beside the wasm, as the loader says):
    /// fetched when the map is first opened (`map_task`).
    pub outlines_url: Option<AttrValue>,
    pub programme: Option<AttrValue>,
    pub locale: Locale,
    pub kinds: Option<Vec<Kind>>,
    pub page_size: usize,
    pub url_state: bool,
    /// Set when several widgets share a page: prefixes URL parameters and storage keys.
    pub instance_id: Option<AttrValue>,
    /// The international office as the page names it (`contact` attribute: an e-mail address
    /// or a web page), for when the catalogue cannot be loaded.
    pub contact: Option<AttrValue>,
    pub on_event: Callback<WidgetEvent>,
    /// Which mounted widget this is, for crash isolation (`web::crash`).
    pub mount_id: u32,
}

/// What the widget tells the host page.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetEvent {
    Ready(ReadyDetail),
    Error(ErrorDetail),
    Select(SelectDetail),
    Change(Criteria),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReadyDetail {
    pub institutions: usize,
    pub bips: usize,
    /// One per problem of each record left out for errors.
    pub skipped: Vec<SkippedDetail>,
}

/// A problem of a record the widget left out: its place (`institutions[3].country`) and what
/// is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct SkippedDetail {
    pub place: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorDetail {
    /// network, cors, timeout, http, json, catalogue; storage (the shortlist cannot be
    /// kept); setup (a `programme` attribute the catalogue does not know); `crash` comes from
    /// `web::crash`
    pub kind: &'static str,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SelectDetail {
    pub kind: Kind,
    pub id: String,
}

/// Where views send actions: the root component's scope.
type Dispatch = yew::html::Scope<Widget>;

/// What every view renders from.
struct View<'a> {
    s: &'a State,
    d: &'a Dispatch,
    m: &'a Matcher,
    l: Locale,
    today: &'a str,
    props: &'a WidgetProps,
    /// While no card is shown, the cards of the search before, kept hidden
    /// (`Searches::kept_cards`).
    kept: Option<&'a crate::search::Page>,
}

impl View<'_> {
    fn t(&self, text: Text) -> &'static str {
        text.get(self.l)
    }

    fn fill(&self, text: Text, args: &[&str]) -> String {
        crate::i18n::fill(text.get(self.l), args)
    }

    /// An institution's short name (a BIP's host or partner): `Matcher::display_name`, or
    /// the id where the catalogue has no such institution.
    fn short_name<'s>(&'s self, id: &'s str) -> &'s str {
        self.m
            .display_name(Kind::Institution, id, NameLength::Short, self.l)
            .unwrap_or(id)
    }
}

/// A callback that sends `action` to the widget on any event.
fn on<E: 'static>(d: &Dispatch, action: Action) -> Callback<E> {
    let d = d.clone();
    Callback::from(move |_| d.send_message(action.clone()))
}

/// A form control whose value makes an action (see `on_value`).
#[derive(Clone, Copy)]
enum Field {
    Query,
    Programme,
    Level,
    Term,
    Region,
    Distance,
    /// The language of the student's language at this index.
    Language(usize),
    /// The CEFR level of the student's language at this index.
    Cefr(usize),
    CountryFilter,
    Sort,
}

impl Field {
    /// The action a value of this control makes (none for a value that makes no sense).
    fn action(self, x: String) -> Option<Action> {
        Some(match self {
            Field::Query => Action::Type(x),
            Field::Programme => Action::Programme((!x.is_empty()).then_some(x)),
            Field::Level => Action::Level(Level::parse(&x)),
            Field::Term => Action::Term(Term::parse(&x)),
            Field::Region => Action::Region(Region::parse(&x)),
            Field::Distance => Action::MaxKm(x.parse::<u32>().ok().map(f64::from)),
            Field::Language(i) => Action::SetLanguage(i, LanguageCode::from(x.as_str())),
            Field::Cefr(i) => Action::SetCefr(i, Cefr::parse(&x)?),
            Field::CountryFilter => Action::FilterCountries(x),
            Field::Sort => Action::Sort(Sort::parse(&x)),
        })
    }
}

/// Sends the action a control's new value makes.
#[inline(never)]
fn send_value(d: &Dispatch, field: Field, e: &web_sys::Event) {
    let value = e
        .target()
        .and_then(|t| js_sys::Reflect::get(&t, &JsValue::from_str("value")).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    if let Some(a) = field.action(value) {
        d.send_message(a);
    }
}

/// A callback for `change`/`input` events: the control's value, made into an action.
fn on_value<E: AsRef<web_sys::Event> + 'static>(d: &Dispatch, field: Field) -> Callback<E> {
    let d = d.clone();
    Callback::from(move |e: E| send_value(&d, field, e.as_ref()))
}

/// A callback for a form's `submit`: no page load, and `action` if any.
fn on_submit(d: &Dispatch, action: Option<Action>) -> Callback<SubmitEvent> {
    let d = d.clone();
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        if let Some(a) = &action {
            d.send_message(a.clone());
        }
    })
}

/// Sorts (value, label) options by label.
fn by_label(options: &mut [(String, String)]) {
    crate::order::sort_by(options, |a, b| a.1.cmp(&b.1));
}

/// A class list from the parts that apply.
fn class_list(parts: &[Option<&str>]) -> String {
    let mut out = String::new();
    for part in parts.iter().flatten() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// The paths of the line icons (see `markup::icon`).
mod icon {
    pub const UP: &str = "M6 15l6-6 6 6";
    pub const DOWN: &str = "M6 9l6 6 6-6";
    pub const CLOSE: &str = "M6 6l12 12M18 6L6 18";
    pub const PLUS: &str = "M12 5v14M5 12h14";
    pub const STAR: &str = "M12 3.6l2.5 5.2 5.7.8-4.1 4 1 5.7-5.1-2.7-5.1 2.7 1-5.7-4.1-4 5.7-.8z";
    pub const CHECK: &str = "M5 12.5l4.5 4.5L19 7.5";
    pub const ALERT: &str = "M12 4l9 16H3zM12 10v4M12 17v.5";
    pub const PIN: &str = "M12 21s-6.5-6-6.5-11a6.5 6.5 0 0113 0c0 5-6.5 11-6.5 11zM12 12.5a2.5 2.5 0 100-5 2.5 2.5 0 000 5z";
    pub const FILTER: &str = "M4 6h16M7 12h10M10 18h4";
}
