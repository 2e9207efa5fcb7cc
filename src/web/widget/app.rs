//! The root component: keeps the state, finds the results, and runs the effects that connect
//! it to the page (`load_task`: the catalogue; `effects`: URL, storage, events, focus, the
//! live region).
//!
//! A struct component rather than a function component with hooks: each hook instance adds
//! its own copy of yew's hook machinery to the download. `update` runs the pure reducer;
//! `rendered` then runs each effect, which acts only on what changed since it last acted.

use std::rc::Rc;

use yew::prelude::*;

use super::effects::{
    Announcer, ChangeEvent, FocusMover, History, ProgrammeAttribute, StorageSync, TypedSearch,
    UrlSync,
};
use super::load::LoadError;
use super::load_task::CatalogueLoad;
use super::map_state::MapAction;
use super::map_task::MapSync;
use super::markup::{el, el_text, focusable, root, tag, text, text_button, Fixed};
use super::places_task::PlacesLoad;
use super::searches::{Search, Searches};
use super::state::{Action, Load, State};
use super::url_state;
use super::{controls, icon, on, shortlist, SelectDetail, View, WidgetEvent, WidgetProps};
use crate::i18n::{fill, format_date, ui};
use crate::locale::Locale;
use crate::map::Markers;
use crate::search::{pages_to_show, CriteriaError, Page};
use crate::url_state::prefix as url_prefix;
use crate::web::crash;

pub struct Widget {
    state: Rc<State>,
    /// Today's date, read once.
    today: String,
    root: NodeRef,
    /// The results, and what they were found for (and the search before).
    searches: Searches,
    // The effects, in the order they run after a render.
    catalogue: CatalogueLoad,
    places: PlacesLoad,
    map: MapSync,
    programme: ProgrammeAttribute,
    storage: StorageSync,
    url: UrlSync,
    focus: FocusMover,
    typing: TypedSearch,
    history: History,
    change: ChangeEvent,
    announcer: Announcer,
}

impl Widget {
    /// Searches again if what the search runs with changed.
    fn refresh(&mut self, props: &WidgetProps) {
        let search = Search::new(&self.state, props, &self.today);
        self.searches.run(search);
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
        let search = Search::new(&state, props, &today);
        Widget {
            searches: Searches::new(search),
            state,
            today,
            root: NodeRef::default(),
            catalogue: CatalogueLoad::default(),
            places: PlacesLoad::default(),
            map: MapSync::default(),
            programme: ProgrammeAttribute::new(props.programme.clone()),
            storage: StorageSync::default(),
            url: UrlSync::default(),
            focus: FocusMover::default(),
            typing: TypedSearch::default(),
            history: History::default(),
            change: ChangeEvent::default(),
            announcer: Announcer::default(),
        }
    }

    fn update(&mut self, ctx: &Context<Self>, action: Action) -> bool {
        crash::enter(ctx.props().mount_id);
        // A saved result among the current results is shown where it stands, as the map's
        // result buttons show theirs; only one the search leaves out is searched for by name.
        let action = match action {
            Action::Reveal(key, name) => match self.searches.position(&key) {
                Some(at) => {
                    let pages = pages_to_show(at, ctx.props().page_size);
                    Action::Map(MapAction::Reveal(key, pages))
                }
                None => Action::Reveal(key, name),
            },
            action => action,
        };
        // Opening a result's details tells the page which result.
        if let Action::ToggleOpen(key)
        | Action::Reveal(key, _)
        | Action::Map(MapAction::Reveal(key, _)) = &action
        {
            if !self.state.open.contains(key) {
                ctx.props().on_event.emit(WidgetEvent::Select(SelectDetail {
                    kind: key.kind,
                    id: key.id.clone(),
                }));
            }
        }
        if let Action::PlacesLoaded(places) = &action {
            let attached = self
                .state
                .matcher()
                .is_some_and(|m| m.attach_places(places.clone()));
            if attached {
                self.refresh(ctx.props());
            }
            return attached;
        }
        let typed = matches!(action, Action::Type(_));
        // The reducer returns the same state when nothing changed: no render then.
        let next = self.state.clone().reduce(action);
        if Rc::ptr_eq(&next, &self.state) {
            return false;
        }
        self.state = next;
        if typed {
            // The box already shows what was typed: no render until the search for it (issue
            // 11: rendering the whole widget for each key, then again for its results, doubled
            // the work of every keystroke). The search follows in the next frame (`TypedSearch`).
            self.typing.sync(&self.state.draft, ctx.link());
            return false;
        }
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
        let found = self.searches.found.as_ref();
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
            Load::Failed(e) => failure(e, l, d, props.contact.as_deref()),
            Load::Ready(m) => {
                let v = View {
                    s: state,
                    d,
                    m: &m.0,
                    l,
                    today: &self.today,
                    props,
                    kept: self.searches.kept_cards(),
                };
                ready(&v, found, self.searches.markers.as_ref())
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
                        // The loader gives it the focus the static list had (assets/partner-matcher.js).
                        focusable("h2", "pm-title", vec![text(ui::TITLE.get(l))]),
                        notice
                            .map(|n| el_text("p", "pm-notice", n))
                            .unwrap_or_default(),
                    ],
                ),
                body,
            ],
        )
    }

    /// After every render, each effect acts if what it depends on changed.
    fn rendered(&mut self, ctx: &Context<Self>, _first_render: bool) {
        let (props, link) = (ctx.props(), ctx.link());
        crash::enter(props.mount_id);
        let state = self.state.clone();
        let prefix = url_prefix(props.instance_id.as_deref());
        self.catalogue.sync(props, state.attempt, link);
        let places_url = props.places_url.as_deref();
        self.places
            .sync(places_url, self.searches.search.ready.as_ref(), link);
        self.map.sync(&state, props, link);
        self.programme.sync(&state, props, link);
        self.storage.sync(&state, props, link);
        self.url.sync(&state, props, &prefix);
        self.focus.sync(&state.focus, &self.root);
        self.typing.sync(&state.draft, link);
        self.history.sync(props, &prefix, link);
        let criteria = self.searches.search.ready.as_ref().map(|(_, c)| c);
        self.change.sync(criteria, &props.on_event);
        let found = self.searches.found.as_ref();
        let mut message = announcement(&state, found, props.locale);
        let markers = self.searches.markers.as_ref();
        if let Some(chosen) = super::map::announcement(&state, markers, props.locale) {
            message.push(' ');
            message.push_str(&chosen);
        }
        self.announcer.sync(message, link);
    }
}

/// What the live region says.
fn announcement(state: &State, found: Option<&Result<Page, CriteriaError>>, l: Locale) -> String {
    match (&state.load, found) {
        (Load::Loading, _) => ui::LOADING.get(l).to_owned(),
        (Load::Failed(e), _) => fill("{}. {}", &[ui::LOAD_FAILED.get(l), advice(e).get(l)]),
        (Load::Ready(m), _) if is_empty(&m.0) => ui::EMPTY_CATALOGUE.get(l).to_owned(),
        (Load::Ready(m), _) if state.said.is_some() => {
            shortlist::said(state, &m.0, l).unwrap_or_default()
        }
        (Load::Ready(_), Some(Ok(f))) if f.total == 0 && f.related > 0 => {
            let related = fill(ui::RELATED.get(l), &[&f.related.to_string()]);
            format!("{} {related}", ui::NO_RESULTS.get(l))
        }
        (Load::Ready(_), Some(Ok(f))) if f.total == 0 => ui::NO_RESULTS.get(l).to_owned(),
        (Load::Ready(_), Some(Ok(f))) => match crate::i18n::ignored_words(&f.ignored_words, l) {
            Some(note) => format!("{} {note}", ui::results(f.total, l)),
            None => ui::results(f.total, l),
        },
        (Load::Ready(_), _) => ui::SEARCH_FAILED.get(l).to_owned(),
    }
}

fn is_empty(m: &crate::search::Matcher) -> bool {
    m.catalogue().institutions.is_empty() && m.catalogue().bips.is_empty()
}

/// What a student can do about a failed load.
fn advice(e: &LoadError) -> crate::i18n::Text {
    match e {
        LoadError::Network { .. } | LoadError::Interrupted { .. } | LoadError::Timeout { .. } => {
            ui::ADVICE_CONNECTION
        }
        LoadError::Refused { .. } => ui::ADVICE_CONTACT,
        _ => ui::ADVICE_RETRY,
    }
}

/// What failed, what to do and whom to ask (`contact`: the page's `contact` attribute, the
/// catalogue being unread), then the browser's or the checker's own words behind a
/// disclosure, for whoever fixes it (in English, and marked so).
fn failure(e: &LoadError, l: Locale, d: &super::Dispatch, contact: Option<&str>) -> Html {
    let mut said = String::new();
    let office = crate::office::Office::from_attribute(contact);
    crate::office::advice(&mut said, "pm-error-advice", advice(e).get(l), office);
    crate::markup::write(
        &mut said,
        "<details class=\"pm-technical\"><summary>{}</summary><p class=\"pm-error-message\">{}</p><p><code lang=\"en\">{}</code></p></details>",
        &[ui::TECHNICAL.get(l), &e.describe(l), &e.technical()],
    );
    el(
        "div",
        "pm-error",
        vec![
            focusable(
                "h3",
                "pm-error-title",
                vec![icon(super::icon::ALERT), text(ui::LOAD_FAILED.get(l))],
            ),
            Html::from_html_unchecked(said.into()),
            text_button("pm-btn pm-retry", on(d, Action::Retry), ui::RETRY.get(l)),
        ],
    )
}

/// "Contact the international office: …", when the catalogue names it.
fn contact_note(v: &View) -> Html {
    let office = crate::office::Office::of(v.m.catalogue());
    if office == crate::office::Office::default() {
        return Html::default();
    }
    let mut out = String::new();
    crate::office::advice(&mut out, "pm-contact", v.t(ui::CONTACT_OFFICE), office);
    Html::from_html_unchecked(out.into())
}

fn ready(v: &View, found: Option<&Result<Page, CriteriaError>>, map: Option<&Markers>) -> Html {
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
            contact_note(v),
            skipped.unwrap_or_default(),
        ]);
    }
    let no_counts = Default::default();
    let (counts, total) = match found {
        Some(Ok(f)) => (&f.country_counts, Some(f.total)),
        _ => (&no_counts, None),
    };
    let results = found
        .map(|f| super::map::view(v, f, map))
        .unwrap_or_default();
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
                        // For the keyboard: past the filters to the results (shown on focus).
                        text_button(
                            "pm-btn pm-skip",
                            on(v.d, Action::SeeResults),
                            v.t(ui::SKIP_TO_RESULTS),
                        ),
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
