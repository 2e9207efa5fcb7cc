//! The widget's searches: what a search runs with, and the results of the last two, so that
//! going back to the criteria of the search before (a key typed, then erased) shows its
//! results without searching again (issue 11), and while none is shown the cards of the last
//! search that showed some stay in the page, hidden; while the map is open, the markers of the
//! current results (`Widget::refresh`).

use super::state::{Shared, State};
use super::WidgetProps;
use crate::locale::Locale;
use crate::map::Markers;
use crate::search::{Criteria, CriteriaError, Page};
use crate::shortlist::Key;

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
    /// The locale of the map's markers while the map is open (it shows every result).
    map: Option<Locale>,
}

impl Search {
    pub(super) fn new(state: &State, props: &WidgetProps, today: &str) -> Search {
        let ready = state.matcher().map(|m| {
            let mut criteria = state.search_criteria(props.kinds.as_deref(), today);
            // Names in order, and equal fits by name, in the widget's language.
            criteria.lang = Some(props.locale);
            (Shared(m.clone()), criteria)
        });
        let map = state.map.open.then_some(props.locale);
        Search {
            ready,
            own: state.criteria.clone(),
            shown: match map {
                Some(_) => usize::MAX,
                None => props.page_size.max(1).saturating_mul(state.pages),
            },
            places: state.matcher().is_some_and(|m| m.places().is_some()),
            map,
        }
    }

    /// The shown results, the total and the facets (`Matcher::page`).
    pub(super) fn find(&self) -> Found {
        self.ready.as_ref().map(|(m, c)| {
            // Through `&dyn Fn`: one instance of `page` in the download, whatever calls it.
            let loosen: &dyn Fn(_) -> bool = &|f| self.own.is_active(f);
            m.0.page(c, 0..self.shown, loosen)
        })
    }

    /// The map's markers of `found`, while the map is open.
    fn markers(&self, found: &Found) -> Option<Markers> {
        let (m, _) = self.ready.as_ref()?;
        let page = found.as_ref()?.as_ref().ok()?;
        Some(super::map_task::markers(&m.0, page, self.map?))
    }
}

/// The current search, its results and their markers, and the one before with its results.
pub(super) struct Searches {
    pub(super) search: Search,
    pub(super) found: Found,
    pub(super) markers: Option<Markers>,
    before: Option<(Search, Found)>,
}

impl Searches {
    pub(super) fn new(search: Search) -> Searches {
        let found = search.find();
        Searches {
            markers: search.markers(&found),
            found,
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
                let found = std::mem::replace(&mut self.found, found);
                // One that showed no card does not replace one that showed some: those are
                // the cards kept (`kept_cards`) until some are shown again.
                let keep =
                    shows_cards(&found) || !before.as_ref().is_some_and(|b| shows_cards(&b.1));
                if keep {
                    *before = Some((search, found));
                }
            }
        }
        self.markers = self.search.markers(&self.found);
    }

    /// Where a saved result stands in the current results (0 is the first), if it is one.
    pub(super) fn position(&self, key: &Key) -> Option<usize> {
        let (m, criteria) = self.search.ready.as_ref()?;
        m.0.position(criteria, key.kind, &key.id).ok().flatten()
    }

    /// When the current search shows no card, the results of the search before if it showed
    /// some: the list keeps their cards, hidden, instead of taking them out of the page. A
    /// key that empties the list and the Backspace that brings it back then change an
    /// attribute, where making ten cards anew took most of a keystroke on a phone (issue 11).
    pub(super) fn kept_cards(&self) -> Option<&Page> {
        match &self.before {
            Some((_, shown @ Some(Ok(before))))
                if shows_cards(shown) && !shows_cards(&self.found) =>
            {
                Some(before)
            }
            _ => None,
        }
    }
}

/// Whether results show cards (not before the catalogue is loaded, nor when none is found).
fn shows_cards(found: &Found) -> bool {
    matches!(found, Some(Ok(page)) if !page.hits.is_empty())
}
