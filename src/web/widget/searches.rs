//! The widget's searches: what a search runs with, and the results of the last two, so that
//! going back to the criteria of the search before (a key typed, then erased) shows its
//! results without searching again (issue 11).

use super::state::{Shared, State};
use super::WidgetProps;
use crate::search::{Criteria, CriteriaError, Page};

/// The results of a search (none before the catalogue is loaded).
pub(super) type Found = Option<Result<Page, CriteriaError>>;

/// What a search runs with; the results are found again only when it changes.
#[derive(PartialEq)]
pub(super) struct Search {
    /// The matcher and the search's criteria (once loaded).
    pub(super) ready: Option<(Shared, Criteria)>,
    /// The student's own criteria: filters the page imposes are never suggested for
    /// loosening.
    own: Criteria,
    /// How many results are shown.
    shown: usize,
    /// Whether place names are attached to the matcher: attaching them searches again.
    places: bool,
}

impl Search {
    pub(super) fn new(state: &State, props: &WidgetProps, today: &str) -> Search {
        let ready = state.matcher().map(|m| {
            (
                Shared(m.clone()),
                state.search_criteria(props.kinds.as_deref(), today),
            )
        });
        Search {
            ready,
            own: state.criteria.clone(),
            shown: props.page_size.max(1).saturating_mul(state.pages),
            places: state.matcher().is_some_and(|m| m.places().is_some()),
        }
    }

    /// The shown results, the total and the facets (`Matcher::page`).
    pub(super) fn find(&self) -> Found {
        self.ready.as_ref().map(|(m, c)| {
            // Through `&dyn Fn`: the map's search (`map_task`) shares this one instance.
            let loosen: &dyn Fn(_) -> bool = &|f| self.own.is_active(f);
            m.0.page(c, 0..self.shown, loosen)
        })
    }
}

/// The current search and its results, and the one before with its results.
pub(super) struct Searches {
    pub(super) search: Search,
    pub(super) found: Found,
    before: Option<(Search, Found)>,
}

impl Searches {
    pub(super) fn new(search: Search) -> Searches {
        Searches {
            found: search.find(),
            search,
            before: None,
        }
    }

    /// Makes `search` the current one: its results are the ones kept if it is the search
    /// before, else found now. Nothing changes when it is the current one.
    pub(super) fn run(&mut self, search: Search) {
        if search == self.search {
            return;
        }
        match &mut self.before {
            // Back to the search before: it and the current one change places.
            Some((before, found)) if *before == search => {
                std::mem::swap(&mut self.search, before);
                std::mem::swap(&mut self.found, found);
            }
            before => {
                let found = search.find();
                let search = std::mem::replace(&mut self.search, search);
                *before = Some((search, std::mem::replace(&mut self.found, found)));
            }
        }
    }
}
