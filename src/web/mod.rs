//! The browser layer (wasm32 only): wasm-bindgen exports and the Yew widget, thin over the
//! core. Nothing here runs at module start-up, so the module initialises without a DOM
//! (`initSync` in Node, then `Matcher.fromJson`).

// `Matcher` for custom front ends (the npm package); the widget's own build leaves it out.
#[cfg(feature = "js-api")]
mod api;
#[cfg(feature = "js-api")]
mod api_input;
pub mod crash;
pub mod event_detail;
#[cfg(feature = "js-api")]
mod json;
mod mount;
pub mod widget;

#[cfg(feature = "js-api")]
pub use api::JsMatcher;
pub use mount::{mount, Handle};

/// Test-only (the `crash-test` feature): panics as if the widget on `target` had failed.
#[cfg(feature = "crash-test")]
pub use crash::{crash_for_test, recover_for_test};

/// Today's date in the browser's time zone, as YYYY-MM-DD.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
