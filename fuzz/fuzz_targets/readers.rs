//! The two catalogue readers (serde natively, nanoserde in the browser build, run natively by
//! `load_as_browser`) accept exactly the same texts and refuse them at the same place (issue 8,
//! item 3). Remove this target if one reader is left.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partner_matcher::catalogue::{load, load_as_browser, Checked, Rejected};

fn first_error_place(result: &Result<Checked, Rejected>) -> Option<String> {
    match result {
        Ok(_) => None,
        Err(rejected) => Some(
            rejected
                .first_error()
                .map(|p| p.place.clone())
                .unwrap_or_default(),
        ),
    }
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let (native, browser) = (load(text), load_as_browser(text));
    assert_eq!(
        first_error_place(&native),
        first_error_place(&browser),
        "the readers disagree: native {:?}, browser {:?}",
        native.as_ref().err(),
        browser.as_ref().err()
    );
});
