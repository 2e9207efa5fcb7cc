//! Crash isolation: every widget on a page shares one WebAssembly instance, and a panic
//! aborts it. The panic hook turns that into something the page and the student can see:
//! the widget that was working says it stopped, every widget sends `partner-matcher:error` of
//! kind `crash`, and each one shows its fallback content again (the element's own children,
//! through a `<slot>` in its shadow root). Afterwards the widgets refuse new work.
//!
//! The hook formats no panic payload (that would pull formatting code into the download);
//! it names the source location only.

use std::cell::{Cell, RefCell};
use std::panic::PanicHookInfo;

use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRoot};

use super::widget::{ErrorDetail, WidgetEvent};
use crate::i18n::ui;
use crate::locale::Locale;

/// A mounted widget: where it renders and in which language.
#[derive(Clone)]
struct Mounted {
    id: u32,
    target: Element,
    locale: Locale,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
    /// The widget whose code runs now (set on each entry into it).
    static ACTIVE: Cell<u32> = const { Cell::new(u32::MAX) };
    static CRASHED: Cell<bool> = const { Cell::new(false) };
    static HOOKED: Cell<bool> = const { Cell::new(false) };
}

/// Whether a panic stopped the widgets: nothing may run in the instance any more.
pub fn crashed() -> bool {
    CRASHED.with(Cell::get)
}

/// Notes a widget mounted on `target`; its id. Installs the panic hook on first use.
pub fn register(target: &Element, locale: Locale) -> u32 {
    if !HOOKED.with(|h| h.replace(true)) {
        // Through Yew, which otherwise puts its own hook in place when a widget renders.
        #[cfg(not(feature = "crash-test"))]
        yew::set_custom_panic_hook(Box::new(on_panic));
        // Under test, the harness's hook (which reports failed assertions) runs after ours.
        // (Not in shipped builds: keeping the previous hook links Rust's default one, 3 KB.)
        #[cfg(feature = "crash-test")]
        {
            let previous = std::panic::take_hook();
            yew::set_custom_panic_hook(Box::new(move |info| {
                on_panic(info);
                previous(info);
            }));
        }
    }
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            id,
            target: target.clone(),
            locale,
        })
    });
    id
}

/// The widget's language changed.
pub fn relocale(id: u32, locale: Locale) {
    MOUNTED.with(|m| {
        for w in m.borrow_mut().iter_mut().filter(|w| w.id == id) {
            w.locale = locale;
        }
    });
}

/// The widget was removed.
pub fn unregister(id: u32) {
    MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(i) = m.iter().position(|w| w.id == id) {
            m.remove(i);
        }
    });
}

/// The widget `id` is about to run (render, update, load): a panic now is its.
pub fn enter(id: u32) {
    ACTIVE.with(|a| a.set(id));
}

fn on_panic(info: &PanicHookInfo) {
    if CRASHED.with(|c| c.replace(true)) {
        return;
    }
    let mut message = String::from("partner-matcher stopped after an internal error");
    if let Some(at) = info.location() {
        message.push_str(" at ");
        message.push_str(at.file());
        message.push(':');
        message.push_str(&at.line().to_string());
    }
    message.push_str(
        "; every widget on this page stopped with it. Reloading the page starts them again.",
    );
    web_sys::console::error_1(&message.as_str().into());
    let active = ACTIVE.with(Cell::get);
    let mounted = MOUNTED.with(|m| m.try_borrow().map(|m| m.clone()).unwrap_or_default());
    for w in &mounted {
        stop(w, w.id == active);
        tell(&w.target, &message);
    }
}

/// Hides the widget, says so in the one that was working, and shows the fallback again.
fn stop(w: &Mounted, active: bool) {
    let document = gloo::utils::document();
    if let Ok(Some(root)) = w.target.query_selector(":scope > .pm") {
        let _ = root.set_attribute("hidden", "");
    }
    if active {
        if let (Ok(frame), Ok(error), Ok(p)) = (
            document.create_element("div"),
            document.create_element("div"),
            document.create_element("p"),
        ) {
            frame.set_class_name("pm pm-crashed");
            let _ = frame.set_attribute("lang", w.locale.code());
            error.set_class_name("pm-error");
            let _ = error.set_attribute("role", "alert");
            p.set_class_name("pm-error-message");
            p.set_text_content(Some(ui::CRASHED.get(w.locale)));
            let _ = error.append_child(&p);
            let _ = frame.append_child(&error);
            let _ = w.target.append_child(&frame);
        }
    }
    // The element's own content comes back through a default slot after the widget.
    if let Some(shadow) = w
        .target
        .parent_node()
        .and_then(|p| p.dyn_into::<ShadowRoot>().ok())
    {
        let has_slot = shadow.query_selector("slot").ok().flatten().is_some();
        if !has_slot {
            if let Ok(slot) = document.create_element("slot") {
                slot.set_class_name("pm-fallback");
                let _ = w.target.after_with_node_1(&slot);
            }
        }
    }
}

/// `partner-matcher:error` of kind `crash` on the widget's element.
fn tell(target: &Element, message: &str) {
    let event = WidgetEvent::Error(ErrorDetail {
        kind: "crash",
        message: message.to_owned(),
    });
    super::event_detail::dispatch(target, &event);
}

/// Test-only (the `crash-test` feature, never in a shipped build): panics as if the widget
/// mounted on `target` had failed while running.
#[cfg(feature = "crash-test")]
pub fn crash_for_test(target: &Element) {
    let id = MOUNTED.with(|m| {
        m.borrow()
            .iter()
            .find(|w| w.target == *target)
            .map(|w| w.id)
    });
    enter(id.unwrap_or(u32::MAX));
    panic!("a crash provoked by a test");
}

/// Test-only: lets widgets mount again after a provoked crash (the instance is sound: the
/// test's panic held nothing).
#[cfg(feature = "crash-test")]
pub fn recover_for_test() {
    CRASHED.with(|c| c.set(false));
}
