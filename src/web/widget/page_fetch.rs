//! A file that the widgets of a page fetch lazily, once for the whole page (the place names
//! table, the map's outlines): the first widget that asks starts the fetch, the others that ask
//! while it is under way wait for it, and those that ask later get the result at once. The
//! result, failure included, is kept until the page reloads: a failed file is not asked again.

use std::cell::Cell;
use std::thread::LocalKey;

use super::deferred::timeout;
use super::effects::later;
use super::load::{self, TIMEOUT_SECONDS};
use super::state::Action;
use super::Dispatch;
use crate::web::crash;

/// Where the page's one fetch of a file stands.
pub(super) enum PageFetch {
    Idle,
    /// Under way: the widgets waiting for it.
    Loading(Vec<Dispatch>),
    /// Read, or failed: what each widget is sent for it (`None`: nothing).
    Done(Option<Action>),
}

/// The parts of a file's reading (`PageFile::read`): `None` until the last.
pub(super) type Steps = Box<dyn FnMut() -> Option<Result<Option<Action>, String>>>;

/// A page-wide slot: `thread_local! { static X: Slot = const { Cell::new(PageFetch::Idle) } }`.
pub(super) type Slot = Cell<PageFetch>;

/// How one kind of file is read and handed to a widget. Not generic: the result kept is the
/// message the widgets are sent, so the place names and the outlines share one copy of this
/// code (a second instance of a generic one weighed 340 B gzip in the download).
pub(super) struct PageFile {
    /// The page's slot for it.
    pub slot: &'static LocalKey<Slot>,
    /// What the file is, for the console line when it fails ("place names").
    pub what: &'static str,
    /// Starts reading the file's text: each call of what it gives reads a part, until one
    /// gives what a widget is sent for it. Between parts the browser runs what waits, a key
    /// typed meanwhile (the place names table took some 90 ms of a phone's main thread read
    /// at once, issue 11).
    pub read: fn(String) -> Steps,
    /// What a widget is sent when the fetch or the read failed.
    pub failed: fn() -> Option<Action>,
}

impl PageFile {
    /// Has the file at `url` fetched (the first time on the page) and its result sent to `link`.
    pub(super) fn ask(&'static self, url: &str, link: &Dispatch) {
        let page = match self.slot.replace(PageFetch::Idle) {
            PageFetch::Idle => {
                self.start(url.to_owned());
                PageFetch::Loading(vec![link.clone()])
            }
            PageFetch::Loading(mut waiting) => {
                waiting.push(link.clone());
                PageFetch::Loading(waiting)
            }
            PageFetch::Done(result) => {
                send(&result, link);
                PageFetch::Done(result)
            }
        };
        self.slot.replace(page);
    }

    fn start(&'static self, url: String) {
        wasm_bindgen_futures::spawn_local(async move {
            match fetch_text(&url).await {
                Ok(text) => self.read_on((self.read)(text), url),
                Err(message) => self.finish(Err(message), &url),
            }
        });
    }

    /// Reads a part, and the next in a task of its own (a zero timeout): what waits for the
    /// main thread, a key typed, runs between parts.
    fn read_on(&'static self, mut steps: Steps, url: String) {
        if crash::crashed() {
            return;
        }
        match steps() {
            Some(read) => self.finish(read, &url),
            None => {
                timeout(0, Box::new(move || self.read_on(steps, url))).forget();
            }
        }
    }

    /// Keeps what the file gave for the page and sends it to the widgets waiting for it.
    fn finish(&'static self, read: Result<Option<Action>, String>, url: &str) {
        if crash::crashed() {
            return;
        }
        let result = match read {
            Ok(result) => result,
            Err(message) => {
                // push_str, not format!: smaller in the download.
                let mut line = String::from("partner-matcher: no ");
                for part in [self.what, " (", url, "): ", &message] {
                    line.push_str(part);
                }
                web_sys::console::warn_1(&line.into());
                (self.failed)()
            }
        };
        if let PageFetch::Loading(waiting) = self.slot.replace(PageFetch::Done(result.clone())) {
            for link in waiting {
                send(&result, &link);
            }
        }
    }
}

/// Sends the file's message in a task of its own, after the reading's last part: a key typed
/// meanwhile is handled first (what the message changes, a search and a render again, takes
/// 24 to 35 ms of a phone's main thread with the place names; the map's outlines are read in
/// one part, in the task that takes their body).
fn send(result: &Option<Action>, link: &Dispatch) {
    if let Some(message) = result {
        later(0, link, message.clone()).forget();
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let controller = web_sys::AbortController::new().ok();
    let file = load::download(url, controller, TIMEOUT_SECONDS * 1000)
        .await
        .map_err(|e| e.technical())?;
    String::from_utf8(file.bytes).map_err(|_| "not UTF-8 text".to_owned())
}
