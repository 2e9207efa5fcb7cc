//! The widget's search: what it runs with, so that the results (and, while the map is open,
//! its markers) are found again only when that changes (`Widget::refresh`).

use super::state::{Shared, State};
use super::WidgetProps;
use crate::locale::Locale;
use crate::map::Markers;
use crate::search::{Criteria, CriteriaError, Page};

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
            (
                Shared(m.clone()),
                state.search_criteria(props.kinds.as_deref(), today),
            )
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
    pub(super) fn find(&self) -> Option<Result<Page, CriteriaError>> {
        self.ready.as_ref().map(|(m, c)| {
            // Through `&dyn Fn`: one instance of `page` in the download, whatever calls it.
            let loosen: &dyn Fn(_) -> bool = &|f| self.own.is_active(f);
            m.0.page(c, 0..self.shown, loosen)
        })
    }

    /// The map's markers of `found`, while the map is open.
    pub(super) fn markers(&self, found: Option<&Result<Page, CriteriaError>>) -> Option<Markers> {
        let (m, _) = self.ready.as_ref()?;
        let page = found?.as_ref().ok()?;
        Some(super::map_task::markers(&m.0, page, self.map?))
    }
}
