//! What the map needs from outside the view: the outlines file, fetched the first time a
//! student opens the map (once for the whole page, shared by every widget on it), and the
//! markers of the current search, found again only when the search changes. (`pm-view=map`,
//! which keeps the map open on reload and in a shared link, is one of the URL parameters that
//! `effects::UrlSync` writes.)

use std::cell::Cell;
use std::rc::Rc;

use yew::AttrValue;

use super::map_state::{Drawn, MapAction, Outlines};
use super::page_fetch::{PageFetch, PageFile, Slot};
use super::state::{Action, Key, State};
use super::{Dispatch, WidgetProps};
use crate::locale::Locale;
use crate::map::Markers;
use crate::search::{Criteria, Matcher};

thread_local! {
    static PAGE: Slot = const { Cell::new(PageFetch::Idle) };
    /// The markers last found: for which matcher (address), places attached, criteria and
    /// locale; the results' keys in ranked order; the markers.
    static FOUND: Cell<Option<Found>> = const { Cell::new(None) };
}

/// The outlines, read once for the page; a failure is sent too (the map says it has none).
static OUTLINES: PageFile = PageFile {
    slot: &PAGE,
    what: "map outlines",
    read: |text| read(text).map(|drawn| Some(outlines(Outlines::Ready(Rc::new(drawn))))),
    failed: || Some(outlines(Outlines::Failed)),
};

fn outlines(o: Outlines) -> Action {
    Action::Map(MapAction::Outlines(o))
}

// The one access to the markers' thread-local (each other way of reaching one compiles into
// the download again).
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
                OUTLINES.ask(url, link);
            } else {
                link.send_message(outlines(Outlines::Failed));
            }
        }
        self.open = s.map.open;
    }
}

/// The outlines file's text as the view draws it.
fn read(text: &str) -> Result<Drawn, String> {
    let o = crate::map::Outlines::parse(text)?;
    let attr =
        |(land, borders): (String, String)| (AttrValue::from(land), AttrValue::from(borders));
    Ok(Drawn {
        europe: attr(o.europe),
        world: attr(o.world),
    })
}
