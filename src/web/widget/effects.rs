//! What the root component does to the page after a render, one type per effect: the
//! `programme` attribute, the shortlist in storage, the criteria in the URL, Back and
//! Forward, focus, the typing pause, the `change` event and the live region. Each keeps what
//! it last acted on and acts only when that changed, as a hook's effect would (without the
//! hooks' weight in the download: see `app`); dropping one cancels its timer or listener.
//! The catalogue's loading is `load_task`.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::{AttrValue, Callback, NodeRef};

use super::deferred::{timeout, NextFrame};
use super::state::{Action, Focus, State};
use super::{shortlist, url_state, Dispatch, ErrorDetail, WidgetEvent, WidgetProps};
use crate::search::Criteria;
use crate::url_state::{encode, encode_shortlist, Params, SHORTLIST_NAMES, VIEW};

/// A query typed reaches the page URL once it has been stable this long.
const URL_TYPING_MS: u32 = 400;
/// `partner-matcher:change` waits until the criteria have been stable this long.
const CHANGE_EVENT_MS: u32 = 500;
/// The live region announces a message once it has stayed the same this long.
const SETTLE_MS: u32 = 600;

/// Whether `now` differs from what `last` holds (or `last` holds nothing); keeps `now`.
pub(super) fn differs<T: PartialEq>(last: &mut Option<T>, now: T) -> bool {
    if last.as_ref() == Some(&now) {
        return false;
    }
    *last = Some(now);
    true
}

/// Sends `action` after `ms` milliseconds, unless the timer is dropped first.
pub(super) fn later(ms: u32, link: &Dispatch, action: Action) -> Timeout {
    let link = link.clone();
    timeout(ms, Box::new(move || link.send_message(action)))
}

/// A new `programme` attribute presets the programme again; one the catalogue does not know
/// is told to the page once (an `error` event of kind `setup`; the student reads a note).
pub(super) struct ProgrammeAttribute {
    seen: Option<AttrValue>,
    /// The unknown attribute already told.
    told: Option<String>,
}

impl ProgrammeAttribute {
    /// `seen`: the attribute the state was made with.
    pub(super) fn new(seen: Option<AttrValue>) -> ProgrammeAttribute {
        ProgrammeAttribute { seen, told: None }
    }

    pub(super) fn sync(&mut self, state: &State, props: &WidgetProps, link: &Dispatch) {
        if self.seen != props.programme {
            self.seen = props.programme.clone();
            link.send_message(Action::Preset(
                props.programme.as_ref().map(|p| p.to_string()),
            ));
            return;
        }
        let unknown = state.unknown_programme.as_ref();
        let preset = unknown.filter(|p| props.programme.as_deref() == Some(p.as_str()));
        if let Some(p) = preset.filter(|p| self.told.as_ref() != Some(*p)) {
            self.told = Some(p.clone());
            let mut message = String::from("the programme attribute \"");
            message.push_str(p);
            message.push_str("\" names no programme of the catalogue: all programmes are shown");
            props.on_event.emit(WidgetEvent::Error(ErrorDetail {
                kind: "setup",
                message,
            }));
        }
    }
}

/// The shortlist in storage: read for each catalogue, written when the student changes it
/// (never just because it was read: what could not be read stays as it was).
#[derive(Default)]
pub(super) struct StorageSync {
    /// The student's shortlist edits last written.
    written: u32,
}

impl StorageSync {
    pub(super) fn sync(&mut self, state: &State, props: &WidgetProps, link: &Dispatch) {
        let key = shortlist::storage_key(&props.catalogue_url, props.instance_id.as_deref());
        if state.shortlist_key.as_deref() != Some(key.as_str()) {
            let list = shortlist::read(&key);
            link.send_message(Action::SetShortlist(key, list));
            self.written = state.shortlist_edits;
        } else if self.written != state.shortlist_edits {
            self.written = state.shortlist_edits;
            let kept = shortlist::write(&key, &state.shortlist);
            // The page is told once, when storage starts refusing (the student at each save).
            if !kept && !state.storage_failed {
                props.on_event.emit(WidgetEvent::Error(ErrorDetail {
                    kind: "storage",
                    message: "the browser refused to store the shortlist (localStorage is full or blocked); it lasts until the page is closed".to_owned(),
                }));
            }
            link.send_message(Action::StorageFailed(!kept));
        }
    }
}

/// What the URL shows: the criteria (against their defaults), when the URL is the widget's
/// (`url_state` on, catalogue loaded), under which prefix.
#[derive(PartialEq)]
struct UrlShown {
    criteria: Criteria,
    defaults: Criteria,
    /// The map is open (`view=map`, written with the criteria).
    map: bool,
    /// The shortlist's parameters.
    list: Params,
    enabled: bool,
    prefix: String,
}

/// The criteria in the page URL: a history entry per change of criteria (typing replaces the
/// entry; so does tidying a link's parameters once the catalogue is loaded). What typing changes
/// is written once the text has stayed the same for [`URL_TYPING_MS`]: in Chromium each
/// `history.replaceState` took about 40 ms of every keystroke (issue 11).
#[derive(Default)]
pub(super) struct UrlSync {
    last: Option<UrlShown>,
    /// Whether the URL was written once (later changes add history entries).
    synced: bool,
    /// The replacement waiting for typing to settle; any newer change drops it.
    pending: Option<Timeout>,
}

impl UrlSync {
    pub(super) fn sync(&mut self, state: &State, props: &WidgetProps, prefix: &str) {
        let now = UrlShown {
            criteria: state.criteria.clone(),
            defaults: state.defaults.clone(),
            map: state.map.open,
            list: encode_shortlist(&state.shortlist),
            enabled: props.url_state && state.matcher().is_some(),
            prefix: prefix.to_owned(),
        };
        if self.last.as_ref() == Some(&now) {
            return;
        }
        self.pending = None;
        if now.enabled {
            let mut params = encode(&now.criteria, &now.defaults);
            if now.map {
                params.push((VIEW, "map".to_owned()));
            }
            params.extend(now.list.iter().cloned());
            let current = url_state::current(prefix);
            if params != current {
                // The view and the shortlist change the entry in place, as typing does (no
                // history entry).
                let besides_query = |p: &Params| {
                    let mut rest = Params::new();
                    for (n, value) in p {
                        if *n != "q" && *n != VIEW && !SHORTLIST_NAMES.contains(n) {
                            rest.push((*n, value.clone()));
                        }
                    }
                    rest
                };
                let push = self.synced && besides_query(&params) != besides_query(&current);
                // Only the query changed: typing.
                let but_query = |p: &Params| -> Params {
                    let mut rest = p.clone();
                    rest.retain(|(n, _)| *n != "q");
                    rest
                };
                let typing = self.synced && but_query(&params) == but_query(&current);
                if typing {
                    let prefix = prefix.to_owned();
                    self.pending = Some(timeout(
                        URL_TYPING_MS,
                        Box::new(move || url_state::write(&prefix, &params, false)),
                    ));
                } else {
                    url_state::write(prefix, &params, push);
                }
            }
            self.synced = true;
        }
        self.last = Some(now);
    }
}

/// Back and Forward restore the criteria of the URL (while the URL is the widget's).
#[derive(Default)]
pub(super) struct History {
    /// Whether the URL is the widget's, and its prefix, when the listener was set.
    last: Option<(bool, String)>,
    popstate: Option<EventListener>,
}

impl History {
    pub(super) fn sync(&mut self, props: &WidgetProps, prefix: &str, link: &Dispatch) {
        if differs(&mut self.last, (props.url_state, prefix.to_owned())) {
            self.popstate = None;
            self.popstate = props.url_state.then(|| {
                let (link, prefix) = (link.clone(), prefix.to_owned());
                EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    link.send_message(Action::Restore(url_state::current(&prefix)))
                })
            });
        }
    }
}

/// Moves focus as the state asks (after moving, removing, showing more).
#[derive(Default)]
pub(super) struct FocusMover {
    /// The last request handled (`Focus::seq`).
    handled: u32,
}

impl FocusMover {
    pub(super) fn sync(&mut self, focus: &Focus, root: &NodeRef) {
        // A request is looked at once, after the render it came with: one that waits for
        // focus to be lost is dropped if it was not.
        if focus.seq == self.handled {
            return;
        }
        self.handled = focus.seq;
        if focus.if_lost && !focus_is_lost() {
            return;
        }
        let target = root
            .cast::<web_sys::Element>()
            .and_then(|r| r.query_selector(&focus.selector).ok().flatten());
        if let Some(element) = target {
            // An HTML or an SVG element (a map marker): both have `focus`, which this calls
            // by name.
            let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
}

/// Whether nothing has focus (the focused element went away).
fn focus_is_lost() -> bool {
    let document = gloo::utils::document();
    let active: Option<web_sys::Element> = document.active_element();
    match active {
        None => true,
        Some(e) => document.body().is_some_and(|b| *b == e),
    }
}

/// The search box searches in the browser's next frame, before it is drawn: the results and
/// the typed letter show in the same frame, and the keys typed before that frame are one
/// search for the latest text (issue 11). A zero timer here (and a 300 ms pause before it)
/// cost a frame: browsers draw the frame that shows a typed letter before running timers.
#[derive(Default)]
pub(super) struct TypedSearch {
    /// The search box's text the frame was asked for.
    draft: Option<String>,
    frame: Option<NextFrame>,
}

impl TypedSearch {
    pub(super) fn sync(&mut self, draft: &str, link: &Dispatch) {
        if differs(&mut self.draft, draft.to_owned()) {
            // The frame a key before asked for is cancelled as this replaces it.
            let link = link.clone();
            self.frame = NextFrame::ask(Box::new(move || link.send_message(Action::CommitQuery)));
        }
    }
}

/// `partner-matcher:change`, once the search's criteria settle (not for the first search).
#[derive(Default)]
pub(super) struct ChangeEvent {
    /// The criteria the timer was started for (`None` while not loaded).
    criteria: Option<Criteria>,
    /// The criteria last told (or of the first search); the timer sets it when it fires.
    told: Rc<RefCell<Option<Criteria>>>,
    timer: Option<Timeout>,
}

impl ChangeEvent {
    pub(super) fn sync(&mut self, criteria: Option<&Criteria>, on_event: &Callback<WidgetEvent>) {
        if self.criteria.as_ref() == criteria {
            return;
        }
        self.criteria = criteria.cloned();
        self.timer = None;
        let Some(c) = criteria.cloned() else {
            return;
        };
        let previous = self.told.borrow().clone();
        match previous {
            None => *self.told.borrow_mut() = Some(c),
            Some(p) if p != c => {
                let (told, on_event) = (self.told.clone(), on_event.clone());
                self.timer = Some(timeout(
                    CHANGE_EVENT_MS,
                    Box::new(move || {
                        *told.borrow_mut() = Some(c.clone());
                        on_event.emit(WidgetEvent::Change(c));
                    }),
                ));
            }
            Some(_) => {}
        }
    }
}

/// The live region says what changed once the message has stayed the same a while (not at
/// every keystroke).
#[derive(Default)]
pub(super) struct Announcer {
    /// The message the timer was started for.
    message: Option<String>,
    timer: Option<Timeout>,
}

impl Announcer {
    pub(super) fn sync(&mut self, message: String, link: &Dispatch) {
        if differs(&mut self.message, message.clone()) {
            self.timer = Some(later(SETTLE_MS, link, Action::Announce(message)));
        }
    }
}
