//! The root component: loads the catalogue, keeps the state, and connects it to the page
//! (URL, storage, events, focus).
//!
//! A struct component rather than a function component with hooks: each hook instance adds
//! its own copy of yew's hook machinery to the download. `update` runs the pure reducer;
//! `rendered` then acts on what changed since it last acted (loading, timers, storage, URL,
//! focus), as effects would.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::html::Scope;
use yew::prelude::*;

use super::load::{self, LoadError, TIMEOUT_SECONDS};
use super::markup::{el, el_text, focusable, root, tag, text, text_button, Fixed};
use super::results;
use super::state::{Action, Load, Shared, State};
use super::url_state;
use super::{
    controls, icon, on, shortlist, ErrorDetail, ReadyDetail, SelectDetail, SkippedDetail, View,
    WidgetEvent, WidgetProps,
};
use crate::i18n::{fill, format_date, ui};
use crate::locale::Locale;
use crate::search::{Criteria, CriteriaError, Matcher, Page};
use crate::url_state::{encode, prefix as url_prefix, Params};
use crate::web::crash;

/// The search box searches once typing pauses this long.
const TYPING_PAUSE_MS: u32 = 300;
/// `partner-matcher:change` waits until the criteria have been stable this long.
const CHANGE_EVENT_MS: u32 = 500;
/// The live region announces a message once it has stayed the same this long.
const SETTLE_MS: u32 = 600;

/// What a search runs with: the matcher and the search's criteria (once loaded), the
/// student's own criteria, and how many results are shown. Results are found again only when
/// it changes.
type Search = (Option<(Shared, Criteria)>, Criteria, usize);

/// What `rendered` last acted on, so that it acts only on changes. `None`: not yet.
#[derive(Default)]
struct Memory {
    /// The catalogue's address and the attempt last loaded.
    load: Option<(AttrValue, u32)>,
    /// The `programme` attribute last seen.
    programme: Option<AttrValue>,
    /// The student's shortlist edits last written to storage.
    written: u32,
    /// The criteria, defaults, whether the URL is ours, and the prefix last put in the URL.
    url: Option<(Criteria, Criteria, bool, String)>,
    /// Whether the URL was written once (later changes add history entries).
    url_synced: bool,
    /// The last focus request handled.
    focus: u32,
    /// The search box's text the typing timer was started for.
    draft: Option<String>,
    /// Whether the URL is ours, and its prefix, when the `popstate` listener was set.
    popstate: Option<(bool, String)>,
    /// The search's criteria the change timer was started for (`None` while not loaded).
    criteria: Option<Criteria>,
    /// The live region's message the settle timer was started for.
    message: Option<String>,
}

/// Whether `now` differs from what `last` holds (or `last` holds nothing); keeps `now`.
fn differs<T: PartialEq>(last: &mut Option<T>, now: T) -> bool {
    if last.as_ref() == Some(&now) {
        return false;
    }
    *last = Some(now);
    true
}

/// A load of the catalogue under way: dropping it aborts the fetch and ignores its result.
struct Fetch {
    current: Rc<Cell<bool>>,
    controller: Option<web_sys::AbortController>,
}

impl Drop for Fetch {
    fn drop(&mut self) {
        self.current.set(false);
        if let Some(c) = &self.controller {
            c.abort();
        }
    }
}

/// Sends `action` after `ms` milliseconds, unless the timer is dropped first.
fn later(ms: u32, link: &Scope<Widget>, action: Action) -> Timeout {
    let link = link.clone();
    Timeout::new(ms, move || link.send_message(action))
}

pub struct Widget {
    state: Rc<State>,
    /// Today's date, read once.
    today: String,
    root: NodeRef,
    /// The results, and what they were found for.
    found: Option<Result<Page, CriteriaError>>,
    search: Search,
    memory: Memory,
    /// The criteria last told with `partner-matcher:change` (or of the first search); the
    /// change timer sets it when it fires.
    told: Rc<RefCell<Option<Criteria>>>,
    // What runs in the background; replacing or dropping one cancels it.
    fetch: Option<Fetch>,
    typing: Option<Timeout>,
    popstate: Option<EventListener>,
    change: Option<Timeout>,
    settle: Option<Timeout>,
}

impl Widget {
    /// What the search runs with now.
    fn search_for(state: &State, props: &WidgetProps, today: &str) -> Search {
        let search = state.matcher().map(|m| {
            (
                Shared(m.clone()),
                state.search_criteria(props.kinds.as_deref(), today),
            )
        });
        let shown = props.page_size.max(1).saturating_mul(state.pages);
        (search, state.criteria.clone(), shown)
    }

    /// The shown results; filters the page imposes (not in `own`, the student's criteria)
    /// are never suggested for loosening.
    fn find((search, own, shown): &Search) -> Option<Result<Page, CriteriaError>> {
        search
            .as_ref()
            .map(|(m, c)| m.0.page(c, 0..*shown, |f| own.is_active(f)))
    }

    /// Searches again if what the search runs with changed.
    fn refresh(&mut self, props: &WidgetProps) {
        let search = Widget::search_for(&self.state, props, &self.today);
        if search != self.search {
            self.found = Widget::find(&search);
            self.search = search;
        }
    }

    /// Loads the catalogue from `url`, dropping (so aborting) any load under way.
    fn load(&mut self, ctx: &Context<Self>, url: &str) {
        self.fetch = None;
        let fetch = Fetch {
            current: Rc::new(Cell::new(true)),
            controller: web_sys::AbortController::new().ok(),
        };
        let link = ctx.link().clone();
        link.send_message(Action::Loading);
        let on_event = ctx.props().on_event.clone();
        let id = ctx.props().mount_id;
        let (url, current, controller) = (
            url.to_owned(),
            fetch.current.clone(),
            fetch.controller.clone(),
        );
        wasm_bindgen_futures::spawn_local(async move {
            let downloaded = load::download(&url, controller, TIMEOUT_SECONDS * 1000).await;
            if !current.get() || crash::crashed() {
                return;
            }
            // Reading the catalogue is this widget's work: a panic in it is its.
            crash::enter(id);
            let result =
                downloaded.and_then(|file| load::parse(&url, &file.content_type, &file.bytes));
            match result {
                Ok(m) => {
                    let detail = ready_detail(&m);
                    link.send_message(Action::Loaded(Shared(Rc::new(m))));
                    on_event.emit(WidgetEvent::Ready(detail));
                }
                Err(e) => {
                    on_event.emit(WidgetEvent::Error(ErrorDetail {
                        kind: e.kind(),
                        message: e.technical(),
                    }));
                    link.send_message(Action::Failed(e));
                }
            }
        });
        self.fetch = Some(fetch);
    }
}

impl Component for Widget {
    type Message = Action;
    type Properties = WidgetProps;

    fn create(ctx: &Context<Self>) -> Self {
        let props = ctx.props();
        crash::enter(props.mount_id);
        let today = crate::web::today();
        let instance = props.instance_id.as_deref();
        let key = shortlist::storage_key(&props.catalogue_url, instance);
        let params = if props.url_state {
            url_state::current(&url_prefix(instance))
        } else {
            Vec::new()
        };
        let list = shortlist::read(&key);
        let programme = props.programme.as_ref().map(|p| p.to_string());
        let state = Rc::new(State::new(programme, &params, key, list));
        let search = Widget::search_for(&state, props, &today);
        Widget {
            found: Widget::find(&search),
            search,
            state,
            today,
            root: NodeRef::default(),
            memory: Memory {
                programme: props.programme.clone(),
                ..Memory::default()
            },
            told: Rc::default(),
            fetch: None,
            typing: None,
            popstate: None,
            change: None,
            settle: None,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, action: Action) -> bool {
        crash::enter(ctx.props().mount_id);
        // Opening a result's details tells the page which result.
        if let Action::ToggleOpen(key) = &action {
            if !self.state.open.contains(key) {
                ctx.props().on_event.emit(WidgetEvent::Select(SelectDetail {
                    kind: key.kind,
                    id: key.id.clone(),
                }));
            }
        }
        // The reducer returns the same state when nothing changed: no render then.
        let next = self.state.clone().reduce(action);
        if Rc::ptr_eq(&next, &self.state) {
            return false;
        }
        self.state = next;
        self.refresh(ctx.props());
        true
    }

    fn changed(&mut self, ctx: &Context<Self>, _old_props: &WidgetProps) -> bool {
        crash::enter(ctx.props().mount_id);
        // What the new properties mean for loading, URL and storage, `rendered` sees to.
        self.refresh(ctx.props());
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let (props, state, d) = (ctx.props(), &*self.state, ctx.link());
        crash::enter(props.mount_id);
        let l = props.locale;
        let found = self.found.as_ref();
        let body = match &state.load {
            Load::Loading => focusable(
                "div",
                "pm-loading",
                vec![
                    tag(
                        "span",
                        &[
                            ("class", Fixed("pm-spinner")),
                            ("aria-hidden", Fixed("true")),
                        ],
                        Vec::new(),
                    ),
                    el_text("p", "", ui::LOADING.get(l)),
                ],
            ),
            Load::Failed(e) => failure(e, l, d),
            Load::Ready(m) => {
                let v = View {
                    s: state,
                    d,
                    m: &m.0,
                    l,
                    today: &self.today,
                    props,
                };
                ready(&v, found)
            }
        };
        let notice = state
            .matcher()
            .and_then(|m| m.catalogue().notice.as_ref())
            .map(|n| n.get(l).to_owned());
        root(
            l.code(),
            self.root.clone(),
            vec![
                tag(
                    "div",
                    &[
                        ("class", Fixed("pm-sr pm-live")),
                        ("role", Fixed("status")),
                        ("aria-live", Fixed("polite")),
                        ("aria-atomic", Fixed("true")),
                    ],
                    vec![text(state.announced.clone())],
                ),
                el(
                    "header",
                    "pm-header",
                    vec![
                        el_text("h2", "pm-title", ui::TITLE.get(l)),
                        notice
                            .map(|n| el_text("p", "pm-notice", n))
                            .unwrap_or_default(),
                    ],
                ),
                body,
            ],
        )
    }

    /// After every render, each part acts when what it depends on changed.
    fn rendered(&mut self, ctx: &Context<Self>, _first_render: bool) {
        let (props, link) = (ctx.props(), ctx.link());
        crash::enter(props.mount_id);
        let state = self.state.clone();
        let instance = props.instance_id.as_deref();
        let prefix = url_prefix(instance);
        let storage_key = shortlist::storage_key(&props.catalogue_url, instance);

        // The catalogue: loaded on mount, for a new address, and on "try again".
        if differs(
            &mut self.memory.load,
            (props.catalogue_url.clone(), state.attempt),
        ) {
            self.load(ctx, &props.catalogue_url);
        }

        let memory = &mut self.memory;
        // A new `programme` attribute presets the programme again.
        if memory.programme != props.programme {
            memory.programme = props.programme.clone();
            link.send_message(Action::Preset(
                props.programme.as_ref().map(|p| p.to_string()),
            ));
        }
        // The shortlist: read for each catalogue, written when the student changes it (never
        // just because it was read: what could not be read stays as it was).
        if state.shortlist_key.as_deref() != Some(storage_key.as_str()) {
            let list = shortlist::read(&storage_key);
            link.send_message(Action::SetShortlist(storage_key, list));
            memory.written = state.shortlist_edits;
        } else if memory.written != state.shortlist_edits {
            memory.written = state.shortlist_edits;
            let kept = shortlist::write(&storage_key, &state.shortlist);
            // The page is told once, when storage starts refusing (the student at each save).
            if !kept && !state.storage_failed {
                props.on_event.emit(WidgetEvent::Error(ErrorDetail {
                    kind: "storage",
                    message: "the browser refused to store the shortlist (localStorage is full or blocked); it lasts until the page is closed".to_owned(),
                }));
            }
            link.send_message(Action::StorageFailed(!kept));
        }
        // The criteria in the page URL: a history entry per change (typing replaces the
        // entry; so does tidying a link's parameters once the catalogue is loaded).
        let url = (
            state.criteria.clone(),
            state.defaults.clone(),
            props.url_state && state.matcher().is_some(),
            prefix.clone(),
        );
        if memory.url.as_ref() != Some(&url) {
            let (criteria, defaults, enabled, prefix) = &url;
            if *enabled {
                let params = encode(criteria, defaults);
                let now = url_state::current(prefix);
                if params != now {
                    let besides_query = |p: &Params| {
                        let mut rest = Params::new();
                        for (n, value) in p {
                            if *n != "q" {
                                rest.push((*n, value.clone()));
                            }
                        }
                        rest
                    };
                    let push = memory.url_synced && besides_query(&params) != besides_query(&now);
                    url_state::write(prefix, &params, push);
                }
                memory.url_synced = true;
            }
            memory.url = Some(url);
        }
        // Focus requests of the state (after moving, removing, showing more).
        let focus = &state.focus;
        if focus.seq != memory.focus && (!focus.if_lost || focus_is_lost()) {
            memory.focus = focus.seq;
            let target = self
                .root
                .cast::<web_sys::Element>()
                .and_then(|r| r.query_selector(&focus.selector).ok().flatten())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(element) = target {
                let _ = element.focus();
            }
        }

        // The search box searches when typing pauses.
        if differs(&mut memory.draft, state.draft.clone()) {
            self.typing = Some(later(TYPING_PAUSE_MS, link, Action::CommitQuery));
        }

        // Back and Forward restore the criteria of the URL.
        if differs(&mut memory.popstate, (props.url_state, prefix.clone())) {
            self.popstate = None;
            self.popstate = props.url_state.then(|| {
                let link = link.clone();
                EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    link.send_message(Action::Restore(url_state::current(&prefix)))
                })
            });
        }

        // `partner-matcher:change`, once the criteria settle (not for the first search).
        let criteria = self.search.0.as_ref().map(|(_, c)| c.clone());
        if memory.criteria != criteria {
            memory.criteria = criteria.clone();
            self.change = None;
            if let Some(c) = criteria {
                let previous = self.told.borrow().clone();
                match previous {
                    None => *self.told.borrow_mut() = Some(c),
                    Some(p) if p != c => {
                        let (told, on_event) = (self.told.clone(), props.on_event.clone());
                        self.change = Some(Timeout::new(CHANGE_EVENT_MS, move || {
                            *told.borrow_mut() = Some(c.clone());
                            on_event.emit(WidgetEvent::Change(c));
                        }));
                    }
                    Some(_) => {}
                }
            }
        }

        // The live region says what changed once the message has stayed the same a while
        // (not at every keystroke).
        let message = announcement(&state, self.found.as_ref(), props.locale);
        if differs(&mut memory.message, message.clone()) {
            self.settle = Some(later(SETTLE_MS, link, Action::Announce(message)));
        }
    }
}

/// What the live region says.
fn announcement(state: &State, found: Option<&Result<Page, CriteriaError>>, l: Locale) -> String {
    match (&state.load, found) {
        (Load::Loading, _) => ui::LOADING.get(l).to_owned(),
        (Load::Failed(e), _) => e.describe(l),
        (Load::Ready(m), _) if is_empty(&m.0) => ui::EMPTY_CATALOGUE.get(l).to_owned(),
        (Load::Ready(_), Some(Ok(f))) if f.total == 0 => ui::NO_RESULTS.get(l).to_owned(),
        (Load::Ready(_), Some(Ok(f))) => ui::results(f.total, l),
        (Load::Ready(_), _) => ui::SEARCH_FAILED.get(l).to_owned(),
    }
}

fn is_empty(m: &crate::search::Matcher) -> bool {
    m.catalogue().institutions.is_empty() && m.catalogue().bips.is_empty()
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

/// The `partner-matcher:ready` detail; each problem of a record left out is also logged.
fn ready_detail(m: &Matcher) -> ReadyDetail {
    let mut skipped = Vec::new();
    for record in m.skipped() {
        for p in &record.problems {
            let mut line = String::from("partner-matcher: left out of the catalogue: ");
            line.push_str(&p.place);
            line.push_str(": ");
            line.push_str(&p.message);
            web_sys::console::warn_1(&line.into());
            skipped.push(SkippedDetail {
                place: p.place.clone(),
                message: p.message.clone(),
            });
        }
    }
    ReadyDetail {
        institutions: m.catalogue().institutions.len(),
        bips: m.catalogue().bips.len(),
        skipped,
    }
}

fn failure(e: &LoadError, l: Locale, d: &super::Dispatch) -> Html {
    // The checker's own words, for whoever fixes the catalogue (they exist in English only,
    // and say so with `lang`); other failures are fully said above.
    let technical = matches!(e, LoadError::Syntax { .. } | LoadError::Invalid { .. }).then(|| {
        el(
            "details",
            "pm-technical",
            vec![
                el_text("summary", "", ui::TECHNICAL.get(l)),
                el(
                    "p",
                    "",
                    vec![tag(
                        "code",
                        &[("lang", Fixed("en"))],
                        vec![text(e.technical())],
                    )],
                ),
            ],
        )
    });
    el(
        "div",
        "pm-error",
        vec![
            focusable(
                "h3",
                "pm-error-title",
                vec![icon(super::icon::ALERT), text(ui::LOAD_FAILED.get(l))],
            ),
            el_text("p", "pm-error-message", e.describe(l)),
            technical.unwrap_or_default(),
            // A refusal already says whom to tell.
            if matches!(e, LoadError::Refused { .. }) {
                Html::default()
            } else {
                el_text("p", "pm-hint", ui::TELL_OFFICE.get(l))
            },
            text_button("pm-btn pm-retry", on(d, Action::Retry), ui::RETRY.get(l)),
        ],
    )
}

fn ready(v: &View, found: Option<&Result<Page, CriteriaError>>) -> Html {
    let catalogue = v.m.catalogue();
    let updated = catalogue
        .updated
        .as_ref()
        .map(|u| fill(ui::UPDATED.get(v.l), &[&format_date(u.as_str(), v.l)]));
    // Records left out for errors: a quiet note, for whoever reads to the end.
    let skipped = v.m.skipped().len();
    let skipped =
        (skipped > 0).then(|| el_text("p", "pm-hint pm-skipped", ui::skipped(skipped, v.l)));
    if is_empty(v.m) {
        return Html::from_iter([
            focusable("p", "pm-empty", vec![text(v.t(ui::EMPTY_CATALOGUE))]),
            skipped.unwrap_or_default(),
        ]);
    }
    let no_counts = Default::default();
    let (counts, total) = match found {
        Some(Ok(f)) => (&f.country_counts, Some(f.total)),
        _ => (&no_counts, None),
    };
    let results = match found {
        Some(found) => results::view(v, found),
        None => Html::default(),
    };
    Html::from_iter([
        controls::search_bar(v),
        el(
            "div",
            "pm-layout",
            vec![
                el(
                    "div",
                    "pm-side",
                    vec![
                        controls::filters_toggle(v),
                        controls::filters(v, counts, total),
                    ],
                ),
                el("div", "pm-main", vec![shortlist::view(v), results]),
            ],
        ),
        updated
            .map(|u| el_text("p", "pm-updated", u))
            .unwrap_or_default(),
        skipped.unwrap_or_default(),
    ])
}
