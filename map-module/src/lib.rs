//! The map module's exports, thin over `partner_matcher::map::module` (where they are
//! described and tested natively). Plain wasm functions, without wasm-bindgen's glue: the
//! loader (`assets/partner-matcher.js`, `__partnerMatcherMap`) writes each text argument
//! into memory from `alloc`, calls, and reads the answer at the pointer returned, `out_len`
//! bytes long. Ten lines of JavaScript instead of 1.6 KB gzip of glue in the first download.
//! Wasm32 only; on other targets the crate is empty.

#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;

use partner_matcher::map::{module, Camera};
use partner_matcher::Locale;

thread_local! {
    /// The last answer, kept until the next call (the loader reads it right away).
    static OUT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Room for `len` bytes of a text argument; the call it is passed to takes it back.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    Box::into_raw(vec![0u8; len].into_boxed_slice()).cast()
}

/// A text argument: `len` bytes at `ptr`, from `alloc`, written by the loader (UTF-8, as
/// `TextEncoder` writes).
///
/// # Safety
/// `ptr` must come from `alloc(len)` and be passed once.
unsafe fn text(ptr: *mut u8, len: usize) -> String {
    // SAFETY: the loader passes each block of `alloc` once, with its length.
    let bytes = unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr, len)) };
    String::from_utf8(bytes.into_vec()).unwrap_or_default()
}

/// Keeps the answer for the loader to read; its address.
fn answer(out: String) -> *const u8 {
    OUT.with(|o| {
        *o.borrow_mut() = out;
        o.borrow().as_ptr()
    })
}

/// The last answer's length in bytes.
#[no_mangle]
pub extern "C" fn out_len() -> usize {
    OUT.with(|o| o.borrow().len())
}

fn locale(nl: u32) -> Locale {
    if nl == 1 {
        Locale::Nl
    } else {
        Locale::En
    }
}

/// `module::group`: the markers of the widget's results.
///
/// # Safety
/// Text arguments as `text` takes them.
#[no_mangle]
pub unsafe extern "C" fn group(input: *mut u8, len: usize) -> *const u8 {
    // SAFETY: as the function's contract says.
    let input = unsafe { text(input, len) };
    answer(module::group(&input))
}

/// `module::draw`: the map view's parts at a view (zoom, cx, cy).
///
/// # Safety
/// Text arguments as `text` takes them.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn draw(
    markers: *mut u8,
    markers_len: usize,
    selected: *mut u8,
    selected_len: usize,
    star: *mut u8,
    star_len: usize,
    zoom: f64,
    cx: f64,
    cy: f64,
    outlines: u32,
    total: u32,
    page_size: u32,
    nl: u32,
) -> *const u8 {
    // SAFETY: as the function's contract says.
    let (markers, selected, star) = unsafe {
        (
            text(markers, markers_len),
            text(selected, selected_len),
            text(star, star_len),
        )
    };
    let camera = Camera { zoom, cx, cy };
    let (total, page_size) = (total as usize, page_size as usize);
    let l = locale(nl);
    answer(module::draw(
        &markers, &selected, camera, outlines, total, page_size, &star, l,
    ))
}

/// `module::announce`: the live region's words for the chosen city.
///
/// # Safety
/// Text arguments as `text` takes them.
#[no_mangle]
pub unsafe extern "C" fn announce(
    markers: *mut u8,
    markers_len: usize,
    selected: *mut u8,
    selected_len: usize,
    nl: u32,
) -> *const u8 {
    // SAFETY: as the function's contract says.
    let (markers, selected) = unsafe { (text(markers, markers_len), text(selected, selected_len)) };
    answer(module::announce(&markers, &selected, locale(nl)))
}
