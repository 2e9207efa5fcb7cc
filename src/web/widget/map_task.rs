//! What the map needs from outside the view: the outlines file, fetched the first time a
//! student opens the map (once for the whole page, shared by every widget on it), and the
//! markers of the widget's search, found again only when the search changes. (`pm-view=map`,
//! which keeps the map open on reload and in a shared link, is one of the URL parameters that
//! `effects::UrlSync` writes.)

use std::cell::Cell;
use std::rc::Rc;

use super::map_state::{Drawn, MapAction, Outlines};
use super::page_fetch::{PageFetch, PageFile, Slot};
use super::state::{Action, State};
use super::{Dispatch, WidgetProps};
use crate::locale::Locale;
use crate::map::Markers;
use crate::search::{Matcher, Page};

thread_local! {
    static PAGE: Slot = const { Cell::new(PageFetch::Idle) };
}

/// The outlines, read once for the page; a failure is sent too (the map says it has none).
static OUTLINES: PageFile = PageFile {
    slot: &PAGE,
    what: "map outlines",
    // In one step: the map waits for all of it.
    read: |text| {
        Box::new(move || {
            Some(read(&text).map(|drawn| Some(outlines(Outlines::Ready(Rc::new(drawn))))))
        })
    },
    failed: || Some(outlines(Outlines::Failed)),
};

fn outlines(o: Outlines) -> Action {
    Action::Map(MapAction::Outlines(o))
}

/// The markers of the results that fit (the related ones stay in the list) of a search
/// over every position: the list's own search (`Matcher::page`), run by the widget with every
/// result while the map is open, so the map needs no search or cache of its own.
pub(super) fn markers(m: &Matcher, page: &Page, l: Locale) -> Markers {
    let fit = page.hits.iter().take_while(|h| !h.related).count();
    Markers::of(m, &page.hits[..fit], l)
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
    Ok(Drawn {
        europe: o.europe.into(),
        world: o.world.into(),
    })
}
