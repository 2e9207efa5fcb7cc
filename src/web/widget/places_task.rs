//! The place names and words table (`crate::places`, with the lexicon and region words),
//! fetched when a search first needs it: on the first typed query (`Matcher::needs_places`;
//! browsing by programme and filters never does). The search does not wait: it runs at once
//! with the catalogue's own words, and again when the table arrives. One fetch for the whole
//! page, shared by every widget on it; each widget then attaches the table to its matcher and
//! searches again (`Action::PlacesLoaded`). A failed fetch changes nothing the student sees:
//! the results stay as they were, and the console says why.

use std::cell::Cell;

use super::effects::differs;
use super::load::{self, TIMEOUT_SECONDS};
use super::state::{Action, Shared};
use super::Dispatch;
use crate::places::Gazetteer;
use crate::search::Criteria;
use crate::web::crash;

/// The page's one fetch of the table.
enum PageFetch {
    Idle,
    /// Under way: the widgets waiting for it.
    Loading(Vec<Dispatch>),
    Ready(Gazetteer),
    /// Failed once: not tried again until the page reloads.
    Failed,
}

thread_local! {
    static PAGE: Cell<PageFetch> = const { Cell::new(PageFetch::Idle) };
}

/// Puts `next` as the page's fetch; returns what it was. (The one access to `PAGE`: each
/// other way of reaching a thread-local compiles into the download again.)
fn swap_page(next: PageFetch) -> PageFetch {
    PAGE.replace(next)
}

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
        let page = match swap_page(PageFetch::Idle) {
            PageFetch::Idle => {
                start(url.to_owned());
                PageFetch::Loading(vec![link.clone()])
            }
            PageFetch::Loading(mut waiting) => {
                waiting.push(link.clone());
                PageFetch::Loading(waiting)
            }
            PageFetch::Ready(places) => {
                link.send_message(Action::PlacesLoaded(places.clone()));
                PageFetch::Ready(places)
            }
            PageFetch::Failed => PageFetch::Failed,
        };
        swap_page(page);
    }
}

/// Fetches the table for the page, then sends it to every widget waiting for it.
fn start(url: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let fetched = fetch(&url).await;
        if crash::crashed() {
            return;
        }
        let (next, places) = match fetched {
            Ok(places) => (PageFetch::Ready(places.clone()), Some(places)),
            Err(message) => {
                let line = format!("partner-matcher: no place names ({url}): {message}");
                web_sys::console::warn_1(&line.into());
                (PageFetch::Failed, None)
            }
        };
        if let (PageFetch::Loading(waiting), Some(places)) = (swap_page(next), places) {
            for link in waiting {
                link.send_message(Action::PlacesLoaded(places.clone()));
            }
        }
    });
}

async fn fetch(url: &str) -> Result<Gazetteer, String> {
    let controller = web_sys::AbortController::new().ok();
    let file = load::download(url, controller, TIMEOUT_SECONDS * 1000)
        .await
        .map_err(|e| e.technical())?;
    let text = std::str::from_utf8(&file.bytes).map_err(|_| "not UTF-8 text".to_owned())?;
    Gazetteer::parse(text)
}
