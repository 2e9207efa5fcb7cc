//! What the map needs from outside the view: the map module and the outlines file, both
//! fetched the first time a student opens the map (once for the whole page, shared by every
//! widget on it), and the markers of the widget's search, grouped by the module again only
//! when the search changes. (`pm-view=map`, which keeps the map open on reload and in a
//! shared link, is one of the URL parameters that `effects::UrlSync` writes.)
//!
//! The map module is a second wasm with the code only the map needs (`crate::map::module`,
//! built from `map-module/`): the loader fetches it when `load` is first called and gives
//! its functions as `globalThis.__partnerMatcherMap`. They take and give text (`map::wire`):
//! this download keeps only what sends the results and reads the fitting view.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::map_state::{Drawn, MapAction, Module, Outlines};
use super::page_fetch::{PageFetch, PageFile, Slot};
use super::state::{Action, State};
use super::{Dispatch, WidgetProps};
use crate::locale::Locale;
use crate::map::{wire, Camera, Frame};
use crate::search::{Matcher, Page};

#[wasm_bindgen(js_namespace = __partnerMatcherMap)]
extern "C" {
    /// Fetches and starts the map module, once for the page (the loader's); throws when the
    /// page has no loader (the npm package without it).
    #[wasm_bindgen(catch)]
    fn load() -> Result<js_sys::Promise, JsValue>;
    /// `map::module::group`.
    fn group(input: &str) -> String;
    /// `map::module::draw`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn draw(
        markers: &str,
        selected: &str,
        zoom: f64,
        cx: f64,
        cy: f64,
        outlines: u32,
        total: u32,
        page_size: u32,
        star: &str,
        nl: bool,
    ) -> String;
    /// `map::module::announce`.
    pub(super) fn announce(markers: &str, selected: &str, nl: bool) -> String;
}

/// The markers of a search as the map module grouped them (`map::wire::write`), with the
/// frame and view that fit them.
#[derive(Debug)]
pub(super) struct Grouped {
    pub(super) text: String,
    pub(super) frame: Frame,
    pub(super) fit: Camera,
}

thread_local! {
    static PAGE: Slot = const { Cell::new(PageFetch::Idle) };
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

/// The markers of the results that fit (the related ones stay in the list) of a search
/// over every position: the list's own search (`Matcher::page`), run by the widget with every
/// result while the map is open (and its module ready), so the map needs no search or cache
/// of its own.
pub(super) fn markers(m: &Matcher, page: &Page, l: Locale) -> Grouped {
    let fit = page.hits.iter().take_while(|h| !h.related).count();
    let text = group(&wire::encode(m, &page.hits[..fit], l));
    let (frame, fit) = wire::header(&text);
    Grouped { text, frame, fit }
}

/// Has the map module and the outlines fetched when the map opens (`view=map` in the URL is written with the
/// criteria by `UrlSync`: one URL writer).
#[derive(Default)]
pub(super) struct MapSync {
    /// Whether the map was open when last looked at.
    open: bool,
}

impl MapSync {
    pub(super) fn sync(&mut self, s: &State, props: &WidgetProps, link: &Dispatch) {
        if s.map.open && !self.open {
            if s.map.module != Module::Ready {
                start(link);
            }
            if let Some(url) = props.outlines_url.as_deref() {
                OUTLINES.ask(url, link);
            } else {
                link.send_message(outlines(Outlines::Failed));
            }
        }
        self.open = s.map.open;
    }
}

/// Starts the map module (the loader fetches it once for the page) and tells the widget when
/// it is ready or failed.
fn start(link: &Dispatch) {
    let link = link.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = match load() {
            Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            Err(_) => false,
        };
        let module = if loaded {
            Module::Ready
        } else {
            Module::Failed
        };
        link.send_message(Action::Map(MapAction::Module(module)));
    });
}

/// The outlines file's text as the view draws it.
fn read(text: &str) -> Result<Drawn, String> {
    let o = crate::map::Outlines::parse(text)?;
    Ok(Drawn {
        europe: o.europe.into(),
        world: o.world.into(),
    })
}
