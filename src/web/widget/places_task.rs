//! The place names table (`crate::places`), fetched only when a search needs it: when a query
//! word finds nothing in the catalogue (`Matcher::needs_places`). One fetch for the whole page,
//! shared by every widget on it; each widget then attaches the table to its matcher and
//! searches again (`Action::PlacesLoaded`). A failed fetch changes nothing the student sees:
//! the results stay as they were, and the console says why.

use std::cell::RefCell;

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
    static PAGE: RefCell<PageFetch> = const { RefCell::new(PageFetch::Idle) };
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
        let start = PAGE.with_borrow_mut(|page| match page {
            PageFetch::Idle => {
                *page = PageFetch::Loading(vec![link.clone()]);
                true
            }
            PageFetch::Loading(waiting) => {
                waiting.push(link.clone());
                false
            }
            PageFetch::Ready(places) => {
                link.send_message(Action::PlacesLoaded(places.clone()));
                false
            }
            PageFetch::Failed => false,
        });
        if start {
            let url = url.to_owned();
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = fetch(&url).await;
                if crash::crashed() {
                    return;
                }
                let next = match fetched {
                    Ok(places) => PageFetch::Ready(places),
                    Err(message) => {
                        let line = format!("partner-matcher: no place names ({url}): {message}");
                        web_sys::console::warn_1(&line.into());
                        PageFetch::Failed
                    }
                };
                let waiting = PAGE.with_borrow_mut(|page| std::mem::replace(page, next));
                if let (PageFetch::Loading(waiting), Some(places)) = (waiting, ready()) {
                    for link in waiting {
                        link.send_message(Action::PlacesLoaded(places.clone()));
                    }
                }
            });
        }
    }
}

/// The page's table, once fetched.
fn ready() -> Option<Gazetteer> {
    PAGE.with_borrow(|page| match page {
        PageFetch::Ready(places) => Some(places.clone()),
        _ => None,
    })
}

async fn fetch(url: &str) -> Result<Gazetteer, String> {
    let controller = web_sys::AbortController::new().ok();
    let file = load::download(url, controller, TIMEOUT_SECONDS * 1000)
        .await
        .map_err(|e| e.technical())?;
    let text = std::str::from_utf8(&file.bytes).map_err(|e| e.to_string())?;
    Gazetteer::parse(text)
}
