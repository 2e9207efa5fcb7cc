//! What the browser calls later: a timer, or a callback before its next frame is drawn.
//!
//! Every callback is one type, a boxed `FnOnce`. SIZE RULE: pass a `Box`, do not make these
//! generic: wasm-bindgen and gloo copy their closure code into the download once for each
//! type of closure they are given, and one type for the widget's timers (five places) and its
//! frame callback is one copy (330 B gzip less than a closure type each, issue 11).

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A callback the browser calls once.
pub(super) type Once = Box<dyn FnOnce()>;

/// Calls `f` after `ms` milliseconds, unless the timer is dropped first.
pub(super) fn timeout(ms: u32, f: Once) -> Timeout {
    Timeout::new(ms, f)
}

/// `f`, called before the browser draws its next frame, unless this is dropped first (as
/// gloo's timers are: the widget taken off the page drops it, and the browser must not call a
/// dropped closure).
pub(super) struct NextFrame {
    asked: i32,
    _f: Closure<dyn FnMut()>,
}

impl NextFrame {
    /// `None` if the browser refuses the frame (it does not while it has a window).
    pub(super) fn ask(f: Once) -> Option<NextFrame> {
        let f = Closure::once(f);
        let window = gloo::utils::window();
        let asked = window
            .request_animation_frame(f.as_ref().unchecked_ref())
            .ok()?;
        Some(NextFrame { asked, _f: f })
    }
}

impl Drop for NextFrame {
    fn drop(&mut self) {
        // After the frame this cancels nothing.
        let _ = gloo::utils::window().cancel_animation_frame(self.asked);
    }
}
