//! The catalogue's load lifecycle: loaded on mount, for a new address and on "try again"; one
//! load at a time (a new one aborts the one under way); the outcome told to the widget
//! (`Action::Loaded`, `Action::Failed`) and to the page (`ready`, `error` events). The work
//! of a load (download, parse, errors) is `load`.

use std::cell::Cell;
use std::rc::Rc;

use yew::AttrValue;

use super::effects::differs;
use super::load::{self, TIMEOUT_SECONDS};
use super::state::{Action, Shared};
use super::{Dispatch, ErrorDetail, ReadyDetail, SkippedDetail, WidgetEvent, WidgetProps};
use crate::search::Matcher;
use crate::web::crash;

/// A load of the catalogue under way: dropping it aborts the fetch and ignores its result.
struct Fetch {
    current: Rc<Cell<bool>>,
    controller: Option<web_sys::AbortController>,
}

impl Drop for Fetch {
    fn drop(&mut self) {
        self.current.set(false);
        if let Some(c) = &self.controller {
            c.abort();
        }
    }
}

/// The widget's loads of the catalogue: one for each address and attempt.
#[derive(Default)]
pub(super) struct CatalogueLoad {
    /// The catalogue's address and the attempt last loaded.
    last: Option<(AttrValue, u32)>,
    fetch: Option<Fetch>,
}

impl CatalogueLoad {
    /// Loads the catalogue if its address or the attempt (`State::attempt`) changed.
    pub(super) fn sync(&mut self, props: &WidgetProps, attempt: u32, link: &Dispatch) {
        if differs(&mut self.last, (props.catalogue_url.clone(), attempt)) {
            self.start(props, link);
        }
    }

    /// Loads the catalogue, dropping (so aborting) any load under way.
    fn start(&mut self, props: &WidgetProps, link: &Dispatch) {
        self.fetch = None;
        let fetch = Fetch {
            current: Rc::new(Cell::new(true)),
            controller: web_sys::AbortController::new().ok(),
        };
        let link = link.clone();
        link.send_message(Action::Loading);
        let on_event = props.on_event.clone();
        let id = props.mount_id;
        let (url, current, controller) = (
            props.catalogue_url.to_string(),
            fetch.current.clone(),
            fetch.controller.clone(),
        );
        wasm_bindgen_futures::spawn_local(async move {
            let downloaded = load::download(&url, controller, TIMEOUT_SECONDS * 1000).await;
            if !current.get() || crash::crashed() {
                return;
            }
            // Reading the catalogue is this widget's work: a panic in it is its.
            crash::enter(id);
            let result =
                downloaded.and_then(|file| load::parse(&url, &file.content_type, file.bytes));
            match result {
                Ok(m) => {
                    let detail = ready_detail(&m);
                    link.send_message(Action::Loaded(Shared(Rc::new(m))));
                    on_event.emit(WidgetEvent::Ready(detail));
                }
                Err(e) => {
                    on_event.emit(WidgetEvent::Error(ErrorDetail {
                        kind: e.kind(),
                        message: e.technical(),
                    }));
                    link.send_message(Action::Failed(e));
                }
            }
        });
        self.fetch = Some(fetch);
    }
}

/// The `partner-matcher:ready` detail; each problem of a record left out is also logged.
fn ready_detail(m: &Matcher) -> ReadyDetail {
    let mut skipped = Vec::new();
    for record in m.skipped() {
        for p in &record.problems {
            let mut line = String::from("partner-matcher: left out of the catalogue: ");
            line.push_str(&p.place);
            line.push_str(": ");
            line.push_str(&p.message);
            web_sys::console::warn_1(&line.into());
            skipped.push(SkippedDetail {
                place: p.place.clone(),
                message: p.message.clone(),
            });
        }
    }
    ReadyDetail {
        institutions: m.catalogue().institutions.len(),
        bips: m.catalogue().bips.len(),
        skipped,
    }
}
