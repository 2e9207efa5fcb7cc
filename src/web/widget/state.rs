//! The widget's state and everything a student can do to it (`Action`); what each action
//! does to the state is in `reducer`. Pure: no DOM access.

use std::rc::Rc;

use super::load::LoadError;
use crate::catalogue::{Cefr, LanguageCode, Level, Mobility, Term};
use crate::search::{Criteria, Filter, Kind, Matcher, Region, Sort};
pub use crate::shortlist::{Group, Key, Shortlist, Toggled};
use crate::url_state::{decode, decode_shortlist, Params};

/// A loaded catalogue, compared by identity (one load, one matcher).
#[derive(Debug, Clone)]
pub struct Shared(pub Rc<Matcher>);

impl PartialEq for Shared {
    fn eq(&self, other: &Shared) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Where the catalogue is in its loading.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    Loading,
    Failed(LoadError),
    Ready(Shared),
}

/// A request to move keyboard focus once the next render is done: the element matching
/// `selector` inside the widget. `seq` tells requests apart. With `if_lost`, focus moves only
/// if it is nowhere (on the page's body), as after the focused element went away.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Focus {
    pub seq: u32,
    pub selector: String,
    pub if_lost: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub load: Load,
    /// Counts retries, so that retrying the same address loads it again.
    pub attempt: u32,
    /// What "clear all" returns to: the page's programme and the student mobility types.
    pub defaults: Criteria,
    /// The student's criteria (without `today` and `limit`).
    pub criteria: Criteria,
    /// The search box's text, committed to `criteria.query` after a pause in typing.
    pub draft: String,
    /// Pages of results shown.
    pub pages: usize,
    /// Results whose details are open.
    pub open: Vec<Key>,
    pub shortlist: Shortlist,
    /// The storage key `shortlist` belongs to; `None` until it was read.
    pub shortlist_key: Option<String>,
    /// Counts the student's changes to the shortlist: each one is written to storage.
    pub shortlist_edits: u32,
    /// The browser refused the last write: the list lasts only as long as the page.
    pub storage_failed: bool,
    /// What the status region says about the student's last change to the shortlist (until
    /// the criteria change); for a full list, also the card where "Save" was pressed.
    pub said: Option<Said>,
    /// The filter panel on narrow screens.
    pub filters_open: bool,
    /// The full list of countries (else only the chosen ones show).
    pub countries_open: bool,
    /// What the student typed to find a country in that list.
    pub country_filter: String,
    /// A new language row without a language yet, with its level.
    pub new_language: Option<Cefr>,
    /// A programme asked for (attribute or link) that the catalogue does not have.
    pub unknown_programme: Option<String>,
    pub focus: Focus,
    /// What the live region says (loading, result counts, errors), once it has settled.
    pub announced: String,
    /// The map view (`map_state`).
    pub map: super::map_state::MapState,
}

/// A change to the shortlist, as the status region says it.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    Saved(Key, Group, usize),
    Removed(Key),
    /// Moved to this rank of its list.
    Moved(Key, Group, usize),
    /// Not saved: this list is full (said on this result's card too).
    Full(Key, Group),
}

/// Everything that changes the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A load of the catalogue began (new address, or first mount).
    Loading,
    /// The student asked to load again after a failure.
    Retry,
    Loaded(Shared),
    /// The place names table arrived (`places_task`): the matcher takes it, the search runs
    /// again; the state itself does not change.
    PlacesLoaded(crate::places::Gazetteer),
    Failed(LoadError),
    /// Text typed in the search box.
    Type(String),
    /// The typing paused: search for the box's text.
    CommitQuery,
    Programme(Option<String>),
    /// The page's programme changed (attribute): it becomes the default and the choice.
    Preset(Option<String>),
    Kinds(Option<Kind>),
    ToggleMobility(Mobility),
    Level(Option<Level>),
    Term(Option<Term>),
    Region(Option<Region>),
    MaxKm(Option<f64>),
    ToggleCountry(String),
    /// Choose (true) or leave out (false) these countries: a group's checkbox.
    ChooseCountries(Vec<String>, bool),
    /// Text typed in the field that finds a country.
    FilterCountries(String),
    /// A new language row, no language chosen yet.
    AddLanguage,
    SetLanguage(usize, LanguageCode),
    SetCefr(usize, Cefr),
    RemoveLanguage(usize),
    ClearAll,
    Sort(Option<Sort>),
    /// Drop one filter (from the "no results" suggestion).
    Loosen(Filter),
    /// Criteria from the page URL's parameters (Back, Forward).
    Restore(Params),
    ShowMore,
    ToggleOpen(Key),
    ToggleFilters,
    /// Close the filters (narrow screens) and go to the results.
    SeeResults,
    ToggleCountries,
    /// Save to or remove from the shortlist.
    ToggleSaved(Key),
    /// Show a saved result in the results, its details open: where it stands if it is one of
    /// them, else searched for by its name (`Widget::update`).
    Reveal(Key, String),
    /// Remove the shortlist item at this index (from the shortlist itself).
    Remove(usize),
    /// Move the shortlist item at this index one up (-1) or down (+1).
    Move(usize, isize),
    /// The shortlist read from storage under a key.
    SetShortlist(String, Shortlist),
    /// Whether the browser refused to store the shortlist.
    StorageFailed(bool),
    /// The live region's message settled.
    Announce(String),
    /// On the map (`map_state::apply`).
    Map(super::map_state::MapAction),
}

/// The loading message, which holds focus while "try again" loads.
pub const LOADING_SELECTOR: &str = ".pm-loading";

/// Student mobility: what a student sees first (staff types are one click away).
pub fn student_mobility() -> Vec<Mobility> {
    Mobility::STUDENT.to_vec()
}

impl State {
    /// The state before anything is loaded: the page's programme preset, criteria from the
    /// URL's parameters, the shortlist read from storage.
    pub fn new(
        programme: Option<String>,
        params: &[(&'static str, String)],
        shortlist_key: String,
        stored: Shortlist,
    ) -> State {
        // A link's shortlist is added to the stored one, its entries first; stored if new.
        let shortlist = stored.merged(&decode_shortlist(params));
        let shortlist_edits = u32::from(shortlist.tokens() != stored.tokens());
        let defaults = Criteria {
            programme,
            mobility: Some(student_mobility()),
            ..Criteria::default()
        };
        let criteria = decode(params, &defaults);
        State {
            load: Load::Loading,
            attempt: 0,
            draft: criteria.query.clone().unwrap_or_default(),
            defaults,
            criteria,
            pages: 1,
            open: Vec::new(),
            shortlist,
            shortlist_key: Some(shortlist_key),
            shortlist_edits,
            storage_failed: false,
            said: None,
            filters_open: false,
            countries_open: false,
            country_filter: String::new(),
            new_language: None,
            unknown_programme: None,
            focus: Focus::default(),
            announced: String::new(),
            map: super::map_state::MapState {
                open: crate::url_state::map_open(params),
                ..Default::default()
            },
        }
    }

    pub fn matcher(&self) -> Option<&Rc<Matcher>> {
        match &self.load {
            Load::Ready(m) => Some(&m.0),
            _ => None,
        }
    }

    /// The criteria the search runs with: the student's, within the kinds the page allows,
    /// judged on `today`.
    pub fn search_criteria(&self, allowed: Option<&[Kind]>, today: &str) -> Criteria {
        let mut c = self.criteria.clone();
        if let Some(allowed) = allowed.filter(|a| !a.is_empty()) {
            let kinds: Vec<Kind> = match &c.kinds {
                Some(chosen) => {
                    let mut kinds = allowed.to_vec();
                    kinds.retain(|k| chosen.contains(k));
                    kinds
                }
                None => allowed.to_vec(),
            };
            c.kinds = Some(if kinds.is_empty() {
                allowed.to_vec()
            } else {
                kinds
            });
        }
        c.today = Some(today.to_owned());
        c.limit = None;
        c
    }

    /// How many filters differ from the defaults (for the filter button on small screens).
    pub fn active_filters(&self) -> usize {
        let (c, d) = (&self.criteria, &self.defaults);
        [
            c.kinds != d.kinds,
            c.mobility != d.mobility,
            c.level != d.level,
            c.term != d.term,
            c.region != d.region,
            c.max_distance_km != d.max_distance_km,
            c.countries.as_ref().is_some_and(|l| !l.is_empty()),
            c.languages.as_ref().is_some_and(|l| !l.is_empty()),
        ]
        .into_iter()
        .filter(|&b| b)
        .count()
    }

    pub fn is_saved(&self, key: &Key) -> bool {
        self.shortlist.contains(key)
    }

    pub(super) fn focus(&mut self, selector: String) {
        self.focus.seq = self.focus.seq.wrapping_add(1);
        self.focus.selector = selector;
        self.focus.if_lost = false;
    }

    /// `[data-key="institution:x"] .pm-remove`: an element of a result or shortlist entry.
    pub(super) fn selector(key: &Key, inner: &str) -> String {
        let mut s = String::from("[data-key=\"");
        s.push_str(&key.token());
        s.push_str("\"] ");
        s.push_str(inner);
        s
    }

    pub(super) fn focus_on(&mut self, key: &Key, inner: &str) {
        self.focus(State::selector(key, inner));
    }

    /// After "try again", the loading message had focus; what replaces it takes it over: the
    /// new error's "try again" (to try once more) or the results.
    pub(super) fn focus_after_retry(&mut self, selector: &str) {
        if self.focus.selector == LOADING_SELECTOR {
            self.focus(selector.to_owned());
            self.focus.if_lost = true;
        }
    }

    /// The shortlist was changed by the student: shown again and stored.
    pub(super) fn edited_shortlist(&mut self) {
        self.shortlist_edits = self.shortlist_edits.wrapping_add(1);
    }

    /// Applies a change of criteria: results start again at the first page, and the status
    /// region speaks of them again.
    pub(super) fn edit(&mut self, change: impl FnOnce(&mut Criteria)) {
        change(&mut self.criteria);
        self.pages = 1;
        self.said = None;
    }

    /// Fits the criteria and the defaults to the loaded catalogue (`Criteria::normalised`).
    pub(super) fn normalise(&mut self) {
        if let Some(m) = self.matcher().cloned() {
            let fitted = self.criteria.normalised(&m);
            self.criteria = fitted.criteria;
            self.unknown_programme = fitted.unknown_programme;
            self.defaults = self.defaults.normalised(&m).criteria;
        }
    }
}
