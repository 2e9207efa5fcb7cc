//! The root component: loads the catalogue, keeps the state, and connects it to the page
//! (URL, storage, events, focus).

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::load::{self, LoadError};
use super::markup::{el, el_text, text, text_button};
use super::results::{self, Found};
use super::state::{Action, Key, Load, Shared, State};
use super::url_state::{self, Params};
use super::{
    controls, icon, on, shortlist, Dispatch, ErrorDetail, ReadyDetail, View, WidgetEvent,
    WidgetProps,
};
use crate::i18n::{fill, format_date, ui};
use crate::locale::Locale;
use crate::search::{Criteria, CriteriaError};

/// The search box searches once typing pauses this long.
const TYPING_PAUSE_MS: u32 = 300;
/// `partner-matcher:change` waits until the criteria have been stable this long.
const CHANGE_EVENT_MS: u32 = 500;
/// The live region announces a message once it has stayed the same this long.
const SETTLE_MS: u32 = 600;

/// What the widget remembers between renders besides its state: what the effects last
/// acted on, so that one effect can serve several dependencies.
struct Memory {
    /// Today's date, read once.
    today: String,
    /// The `programme` attribute last seen.
    programme: Option<AttrValue>,
    /// The shortlist last saved, under its key.
    saved: Option<(Vec<Key>, Option<String>)>,
    /// The criteria, defaults, whether the URL is ours, and the prefix last put in the URL.
    url: Option<(Criteria, Criteria, bool, String)>,
    /// Whether the URL was written once (later changes add history entries).
    url_synced: bool,
    /// The last focus request handled.
    focus: u32,
    /// The criteria last told with `partner-matcher:change` (or of the first search).
    changed: Option<Criteria>,
}

/// Dispatches `action` after `ms` milliseconds, unless the timer is dropped first.
fn later(ms: u32, d: Dispatch, action: Action) -> Timeout {
    Timeout::new(ms, move || d.dispatch(action))
}

#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let memory = use_mut_ref(|| Memory {
        today: crate::web::today(),
        programme: props.programme.clone(),
        saved: None,
        url: None,
        url_synced: false,
        focus: 0,
        changed: None,
    });
    let today = memory.borrow().today.clone();
    let instance = props.instance_id.as_deref();
    let prefix = url_state::prefix(instance);
    let storage_key = shortlist::storage_key(&props.catalogue_url, instance);
    let state = {
        let programme = props.programme.as_ref().map(|p| p.to_string());
        let params = if props.url_state {
            url_state::current(&prefix)
        } else {
            Vec::new()
        };
        let key = storage_key.clone();
        use_reducer_eq(move || {
            let list = shortlist::read(&key);
            State::new(programme, &params, key, list)
        })
    };
    let d = state.dispatcher();
    let root = use_node_ref();

    // The catalogue: loaded on mount, for a new address, and on "try again".
    {
        let d = d.clone();
        let on_event = props.on_event.clone();
        use_effect_with(
            (props.catalogue_url.clone(), state.attempt),
            move |(url, _)| {
                let controller = web_sys::AbortController::new().ok();
                let current = Rc::new(Cell::new(true));
                d.dispatch(Action::Loading);
                {
                    let (url, current, controller) =
                        (url.to_string(), current.clone(), controller.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let result = load::fetch(&url, controller).await;
                        if !current.get() {
                            return;
                        }
                        match result {
                            Ok(m) => {
                                let detail = ReadyDetail {
                                    institutions: m.catalogue().institutions.len(),
                                    bips: m.catalogue().bips.len(),
                                };
                                d.dispatch(Action::Loaded(Shared(Rc::new(m))));
                                on_event.emit(WidgetEvent::Ready(detail));
                            }
                            Err(e) => {
                                on_event.emit(WidgetEvent::Error(ErrorDetail {
                                    kind: e.kind(),
                                    message: e.technical(),
                                }));
                                d.dispatch(Action::Failed(e));
                            }
                        }
                    });
                }
                move || {
                    current.set(false);
                    if let Some(c) = controller {
                        c.abort();
                    }
                }
            },
        );
    }

    // After every render, each part acts when what it depends on changed (one effect rather
    // than one per dependency: every effect hook adds its own copy of yew's machinery).
    {
        let (d, memory, root, state) = (d.clone(), memory.clone(), root.clone(), state.clone());
        let programme = props.programme.clone();
        let url = (
            state.criteria.clone(),
            state.defaults.clone(),
            props.url_state && state.matcher().is_some(),
            prefix.clone(),
        );
        let storage_key = storage_key.clone();
        use_effect(move || {
            let mut memory = memory.borrow_mut();
            let memory = &mut *memory;
            // A new `programme` attribute presets the programme again.
            if memory.programme != programme {
                memory.programme = programme.clone();
                d.dispatch(Action::Preset(programme.map(|p| p.to_string())));
            }
            // The shortlist: read for each catalogue, saved on every change.
            if state.shortlist_key.as_deref() != Some(storage_key.as_str()) {
                let list = shortlist::read(&storage_key);
                d.dispatch(Action::SetShortlist(storage_key, list));
            }
            let saved = (state.shortlist.clone(), state.shortlist_key.clone());
            if memory.saved.as_ref() != Some(&saved) {
                if let Some(key) = &saved.1 {
                    shortlist::write(key, &saved.0);
                }
                memory.saved = Some(saved);
            }
            // The criteria in the page URL: a history entry per change (typing replaces the
            // entry; so does tidying a link's parameters once the catalogue is loaded).
            if memory.url.as_ref() != Some(&url) {
                let (criteria, defaults, enabled, prefix) = &url;
                if *enabled {
                    let params = url_state::encode(criteria, defaults);
                    let now = url_state::current(prefix);
                    if params != now {
                        let besides_query = |p: &Params| {
                            p.iter()
                                .filter(|(n, _)| *n != "q")
                                .cloned()
                                .collect::<Params>()
                        };
                        let push =
                            memory.url_synced && besides_query(&params) != besides_query(&now);
                        url_state::write(prefix, &params, push);
                    }
                    memory.url_synced = true;
                }
                memory.url = Some(url);
            }
            // Focus requests of the state (after moving, removing, showing more).
            let focus = &state.focus;
            if focus.seq != memory.focus {
                memory.focus = focus.seq;
                let target = root
                    .cast::<web_sys::Element>()
                    .and_then(|r| r.query_selector(&focus.selector).ok().flatten())
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(element) = target {
                    let _ = element.focus();
                }
            }
        });
    }

    // The search box searches when typing pauses.
    {
        let d = d.clone();
        use_effect_with(state.draft.clone(), move |_| {
            let timer = later(TYPING_PAUSE_MS, d, Action::CommitQuery);
            move || drop(timer)
        });
    }

    // Back and Forward restore the criteria of the URL.
    {
        let d = d.clone();
        use_effect_with((props.url_state, prefix), move |(enabled, prefix)| {
            let prefix = prefix.clone();
            let listener = enabled.then(|| {
                EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    d.dispatch(Action::Restore(url_state::current(&prefix)))
                })
            });
            move || drop(listener)
        });
    }

    // The search itself.
    let search: Option<(Shared, Criteria)> = state.matcher().map(|m| {
        (
            Shared(m.clone()),
            state.search_criteria(props.kinds.as_deref(), &today),
        )
    });
    let shown = props.page_size.max(1).saturating_mul(state.pages);
    let found = use_memo(
        (search.clone(), state.criteria.clone(), shown),
        |(search, own, shown)| {
            search
                .as_ref()
                .map(|(m, c)| results::find(&m.0, c, own, *shown))
        },
    );

    // `partner-matcher:change`, once the criteria settle (not for the first search).
    {
        let memory = memory.clone();
        let on_event = props.on_event.clone();
        use_effect_with(search.map(|(_, c)| c), move |criteria| {
            let mut timer = None;
            if let Some(c) = criteria.clone() {
                let previous = memory.borrow().changed.clone();
                match previous {
                    None => memory.borrow_mut().changed = Some(c),
                    Some(p) if p != c => {
                        let memory = memory.clone();
                        timer = Some(Timeout::new(CHANGE_EVENT_MS, move || {
                            memory.borrow_mut().changed = Some(c.clone());
                            on_event.emit(WidgetEvent::Change(c));
                        }));
                    }
                    Some(_) => {}
                }
            }
            move || drop(timer)
        });
    }

    let l = props.locale;

    // The live region says what changed once the message has stayed the same a while (not at
    // every keystroke).
    {
        let d = d.clone();
        let message = announcement(&state, found.as_ref().as_ref(), l);
        use_effect_with(message, move |message| {
            let timer = later(SETTLE_MS, d, Action::Announce(message.clone()));
            move || drop(timer)
        });
    }
    let body = match &state.load {
        Load::Loading => html! {
            <div class="pm-loading">
                <span class="pm-spinner" aria-hidden="true"></span>
                { el_text("p", "", ui::LOADING.get(l)) }
            </div>
        },
        Load::Failed(e) => failure(e, l, &d),
        Load::Ready(m) => {
            let v = View {
                s: &state,
                d: &d,
                m: &m.0,
                l,
                today: &today,
                props,
            };
            ready(&v, found.as_ref().as_ref())
        }
    };
    let notice = state
        .matcher()
        .and_then(|m| m.catalogue().notice.as_ref())
        .map(|n| n.get(l).to_owned());
    html! {
        <div class="pm" lang={l.code()} ref={root}>
            <div class="pm-sr pm-live" role="status" aria-live="polite" aria-atomic="true">
                { state.announced.clone() }
            </div>
            { el("header", "pm-header", vec![
                el_text("h2", "pm-title", ui::TITLE.get(l)),
                notice.map(|n| el_text("p", "pm-notice", n)).unwrap_or_default(),
            ]) }
            { body }
        </div>
    }
}

/// What the live region says.
fn announcement(state: &State, found: Option<&Result<Found, CriteriaError>>, l: Locale) -> String {
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

fn failure(e: &LoadError, l: Locale, d: &super::Dispatch) -> Html {
    // The checker's own words, for whoever fixes the catalogue (they exist in English only,
    // and say so with `lang`); other failures are fully said above.
    let technical = matches!(e, LoadError::Syntax { .. } | LoadError::Invalid { .. }).then(|| {
        html! {
            <details class="pm-technical">
                { el_text("summary", "", ui::TECHNICAL.get(l)) }
                <p><code lang="en">{ e.technical() }</code></p>
            </details>
        }
    });
    el(
        "div",
        "pm-error",
        vec![
            el(
                "h3",
                "pm-error-title",
                vec![icon(super::icon::ALERT), text(ui::LOAD_FAILED.get(l))],
            ),
            el_text("p", "pm-error-message", e.describe(l)),
            technical.unwrap_or_default(),
            el_text("p", "pm-hint", ui::TELL_OFFICE.get(l)),
            text_button("pm-btn pm-retry", on(d, Action::Retry), ui::RETRY.get(l)),
        ],
    )
}

fn ready(v: &View, found: Option<&Result<Found, CriteriaError>>) -> Html {
    let catalogue = v.m.catalogue();
    let updated = catalogue
        .updated
        .as_ref()
        .map(|u| fill(ui::UPDATED.get(v.l), &[&format_date(u.as_str(), v.l)]));
    if is_empty(v.m) {
        return el_text("p", "pm-empty", v.t(ui::EMPTY_CATALOGUE));
    }
    let no_counts = Default::default();
    let (counts, total) = match found {
        Some(Ok(f)) => (&f.counts, Some(f.total)),
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
    ])
}
