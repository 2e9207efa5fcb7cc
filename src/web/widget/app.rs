//! The root component: loads the catalogue, keeps the state, and connects it to the page
//! (URL, storage, events, focus).

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::live::Live;
use super::load::{self, LoadError};
use super::markup::{el, el_text, text, text_button};
use super::results::{self, Found};
use super::state::{Action, Load, Shared, State};
use super::url_state::{self, Params};
use super::{
    controls, icon, on, shortlist, ErrorDetail, ReadyDetail, View, WidgetEvent, WidgetProps,
};
use crate::i18n::{fill, format_date, ui};
use crate::locale::Locale;
use crate::search::{Criteria, CriteriaError};

/// The search box searches once typing pauses this long.
const TYPING_PAUSE_MS: u32 = 300;
/// `partner-matcher:change` waits until the criteria have been stable this long.
const CHANGE_EVENT_MS: u32 = 500;

#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let today = use_memo((), |_| crate::web::today());
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

    // A new `programme` attribute presets the programme again.
    {
        let d = d.clone();
        let seen = use_mut_ref(|| props.programme.clone());
        use_effect_with(props.programme.clone(), move |p| {
            if *seen.borrow() != *p {
                *seen.borrow_mut() = p.clone();
                d.dispatch(Action::Preset(p.as_ref().map(|p| p.to_string())));
            }
        });
    }

    // The shortlist: read for each catalogue, saved on every change.
    {
        let d = d.clone();
        let current = state.shortlist_key.clone();
        use_effect_with(storage_key, move |key| {
            if current.as_deref() != Some(key.as_str()) {
                d.dispatch(Action::SetShortlist(key.clone(), shortlist::read(key)));
            }
        });
    }
    use_effect_with(
        (state.shortlist.clone(), state.shortlist_key.clone()),
        |(list, key)| {
            if let Some(key) = key {
                shortlist::write(key, list);
            }
        },
    );

    // The search box searches when typing pauses.
    {
        let d = d.clone();
        use_effect_with(state.draft.clone(), move |_| {
            let timer = Timeout::new(TYPING_PAUSE_MS, move || d.dispatch(Action::CommitQuery));
            move || drop(timer)
        });
    }

    // The criteria in the page URL: a history entry per change (typing replaces the entry;
    // so does tidying a link's parameters once the catalogue is loaded), restored on Back and
    // Forward.
    {
        let synced = use_mut_ref(|| false);
        use_effect_with(
            (
                state.criteria.clone(),
                state.defaults.clone(),
                props.url_state && state.matcher().is_some(),
                prefix.clone(),
            ),
            move |(criteria, defaults, enabled, prefix)| {
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
                            *synced.borrow() && besides_query(&params) != besides_query(&now);
                        url_state::write(prefix, &params, push);
                    }
                    *synced.borrow_mut() = true;
                }
            },
        );
    }
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
        let last = use_mut_ref(|| None::<Criteria>);
        let on_event = props.on_event.clone();
        use_effect_with(search.map(|(_, c)| c), move |criteria| {
            let mut timer = None;
            if let Some(c) = criteria.clone() {
                let previous = last.borrow().clone();
                match previous {
                    None => *last.borrow_mut() = Some(c),
                    Some(p) if p != c => {
                        let last = last.clone();
                        timer = Some(Timeout::new(CHANGE_EVENT_MS, move || {
                            *last.borrow_mut() = Some(c.clone());
                            on_event.emit(WidgetEvent::Change(c));
                        }));
                    }
                    Some(_) => {}
                }
            }
            move || drop(timer)
        });
    }

    // Focus requests of the state (after moving, removing, showing more).
    {
        let root = root.clone();
        use_effect_with(state.focus.clone(), move |focus| {
            if focus.seq > 0 {
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

    let l = props.locale;
    let message = announcement(&state, found.as_ref().as_ref(), l);
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
            <Live {message} />
            { el("header", "pm-header", vec![
                el_text("h2", "pm-title", ui::TITLE.get(l)),
                notice.map(|n| el_text("p", "pm-notice", n)).unwrap_or_default(),
            ]) }
            { body }
        </div>
    }
}

/// What the live region says.
fn announcement(
    state: &State,
    found: Option<&Result<Found, CriteriaError>>,
    l: Locale,
) -> AttrValue {
    let text = match (&state.load, found) {
        (Load::Loading, _) => ui::LOADING.get(l).to_owned(),
        (Load::Failed(e), _) => e.describe(l),
        (Load::Ready(m), _) if is_empty(&m.0) => ui::EMPTY_CATALOGUE.get(l).to_owned(),
        (Load::Ready(_), Some(Ok(f))) if f.total == 0 => ui::NO_RESULTS.get(l).to_owned(),
        (Load::Ready(_), Some(Ok(f))) => ui::results(f.total, l),
        (Load::Ready(_), _) => ui::SEARCH_FAILED.get(l).to_owned(),
    };
    text.into()
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
