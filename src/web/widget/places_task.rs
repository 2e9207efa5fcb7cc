//! The place names and words table (`crate::places`, with the lexicon and region words),
//! fetched when a search first needs it: on the first typed query (`Matcher::needs_places`;
//! browsing by programme and filters never does). The search does not wait: it runs at once
//! with the catalogue's own words, and again when the table arrives. One fetch for the whole
//! page, shared by every widget on it; each widget then attaches the table to its matcher and
//! searches again (`Action::PlacesLoaded`). A failed fetch changes nothing the student sees:
//! the results stay as they were, and the console says why.

use super::effects::differs;
use super::page_fetch::{PageFetch, PageFile, Slot};
use super::state::{Action, Shared};
use super::Dispatch;
use crate::places::Gazetteer;
use crate::search::Criteria;

thread_local! {
    static PAGE: Slot = const { std::cell::Cell::new(PageFetch::Idle) };
}

/// How much of the table is read in one task: about 10 ms of a phone's main thread (the whole,
/// 170 KB, took some 90 ms).
const STEP_BYTES: usize = 16_000;

/// The table, read once for the page; a failed fetch sends nothing.
static TABLE: PageFile = PageFile {
    slot: &PAGE,
    what: "place names",
    read: |text| {
        let mut reading = Gazetteer::reading(text);
        Box::new(move || {
            let read = reading.step(STEP_BYTES)?;
            Some(read.map(|places| Some(Action::PlacesLoaded(places))))
        })
    },
    failed: || None,
};

/// Asks for the table when a search needs it.
#[derive(Default)]
pub(super) struct PlacesLoad {
    /// The matcher and criteria of the search last looked at.
    last: Option<(Shared, Criteria)>,
}

impl PlacesLoad {
    /// After a new search: if it needs place names and `url` says where they are, have them
    /// fetched (once per page) and sent to this widget.
    pub(super) fn sync(
        &mut self,
        url: Option<&str>,
        search: Option<&(Shared, Criteria)>,
        link: &Dispatch,
    ) {
        let (Some(url), Some(search)) = (url, search) else {
            return;
        };
        if !differs(&mut self.last, search.clone()) || !search.0 .0.needs_places(&search.1) {
            return;
        }
        TABLE.ask(url, link);
    }
}
