//! What the map needs from outside the view: the outlines file, fetched the first time a
//! student opens the map (once for the whole page, shared by every widget on it), and the
//! markers of the current search, found again only when the search changes. (`pm-view=map`,
//! which keeps the map open on reload and in a shared link, is one of the URL parameters that
//! `effects::UrlSync` writes.)

use std::cell::Cell;
use std::rc::Rc;

use yew::AttrValue;

use super::load::{self, TIMEOUT_SECONDS};
use super::map_state::{Drawn, MapAction, Outlines};
use super::state::{Action, Key, State};
use super::{Dispatch, WidgetProps};
use crate::locale::Locale;
use crate::map::Markers;
use crate::search::{Criteria, Matcher};
use crate::web::crash;

/// The page's one fetch of the outlines.
enum PageFetch {
    Idle,
    /// Under way: the widgets waiting for it.
    Loading(Vec<Dispatch>),
    Done(Outlines),
}

thread_local! {
    static PAGE: Cell<PageFetch> = const { Cell::new(PageFetch::Idle) };
    /// The markers last found: for which matcher (address), places attached, criteria and
    /// locale; the results' keys in ranked order; the markers.
    static FOUND: Cell<Option<Found>> = const { Cell::new(None) };
}

// The one access to each thread-local (each other way of reaching one compiles into the
// download again).
fn swap_page(next: PageFetch) -> PageFetch {
    PAGE.replace(next)
}

fn swap_found(next: Option<Found>) -> Option<Found> {
    FOUND.replace(next)
}

type Found = (usize, bool, Criteria, Locale, Rc<(Vec<Key>, Markers)>);

/// The results that fit `criteria` (the related ones stay in the list) and their markers.
pub(super) fn markers(m: &Rc<Matcher>, criteria: &Criteria, l: Locale) -> Rc<(Vec<Key>, Markers)> {
    let id = (Rc::as_ptr(m) as usize, m.places().is_some());
    let last = swap_found(None);
    if let Some((a, p, c, fl, value)) = &last {
        if (*a, *p) == id && c == criteria && *fl == l {
            let value = value.clone();
            swap_found(last);
            return value;
        }
    }
    {
        // The list's own search (`Matcher::page`) over every position: no second copy of
        // the ranking code in the download.
        // Through `&dyn Fn`, as `app.rs` calls it: one instance of `page` for both.
        let never: &dyn Fn(_) -> bool = &|_| false;
        let mut hits = match m.page(criteria, 0..usize::MAX, never) {
            Ok(page) => page.hits,
            Err(_) => Vec::new(),
        };
        hits.truncate(hits.iter().take_while(|h| !h.related).count());
        let markers = Markers::of(m, &hits, l);
        let mut keys = Vec::new();
        for h in hits {
            keys.push(Key::new(h.kind, h.id));
        }
        let value = Rc::new((keys, markers));
        swap_found(Some((id.0, id.1, criteria.clone(), l, value.clone())));
        value
    }
}

/// Has the outlines fetched when the map opens (`view=map` in the URL is written with the
/// criteria by `UrlSync`: one URL writer).
#[derive(Default)]
pub(super) struct MapSync {
    /// Whether the map was open when last looked at.
    open: bool,
}

impl MapSync {
    pub(super) fn sync(&mut self, s: &State, props: &WidgetProps, link: &Dispatch) {
        if s.map.open && !self.open {
            if let Some(url) = props.outlines_url.as_deref() {
                fetch_once(url, link);
            } else {
                link.send_message(Action::Map(MapAction::Outlines(Outlines::Failed)));
            }
        }
        self.open = s.map.open;
    }
}

/// Has the outlines fetched for the page (the first time) and sent to this widget.
fn fetch_once(url: &str, link: &Dispatch) {
    let page = match swap_page(PageFetch::Idle) {
        PageFetch::Idle => {
            start(url.to_owned());
            PageFetch::Loading(vec![link.clone()])
        }
        PageFetch::Loading(mut waiting) => {
            waiting.push(link.clone());
            PageFetch::Loading(waiting)
        }
        PageFetch::Done(o) => {
            link.send_message(Action::Map(MapAction::Outlines(o.clone())));
            PageFetch::Done(o)
        }
    };
    swap_page(page);
}

fn start(url: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let fetched = fetch(&url).await;
        if crash::crashed() {
            return;
        }
        let outlines = match fetched {
            Ok(drawn) => Outlines::Ready(Rc::new(drawn)),
            Err(message) => {
                // push_str, not format!: smaller in the download.
                let mut line = String::from("partner-matcher: no map outlines (");
                line.push_str(&url);
                line.push_str("): ");
                line.push_str(&message);
                web_sys::console::warn_1(&line.into());
                Outlines::Failed
            }
        };
        if let PageFetch::Loading(waiting) = swap_page(PageFetch::Done(outlines.clone())) {
            for link in waiting {
                link.send_message(Action::Map(MapAction::Outlines(outlines.clone())));
            }
        }
    });
}

async fn fetch(url: &str) -> Result<Drawn, String> {
    let controller = web_sys::AbortController::new().ok();
    let file = load::download(url, controller, TIMEOUT_SECONDS * 1000)
        .await
        .map_err(|e| e.technical())?;
    let text = std::str::from_utf8(&file.bytes).map_err(|_| "not UTF-8 text".to_owned())?;
    let o = crate::map::Outlines::parse(text)?;
    let attr =
        |(land, borders): (String, String)| (AttrValue::from(land), AttrValue::from(borders));
    Ok(Drawn {
        europe: attr(o.europe),
        world: attr(o.world),
    })
}
