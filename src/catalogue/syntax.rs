//! A catalogue that is not JSON: the one problem, where its syntax breaks and what is wrong
//! there.
//!
//! serde_json finds the place on every target (its line and column). The words differ by
//! target. Natively they are serde_json's, or what to do about a hand edit's mistakes
//! (`syntax_words.rs`). In the browser they are the engine's own `JSON.parse` message for the
//! same text ("Expected ',' or '}' after property value"), as developer tools show it. Size
//! rule: the widget's build never formats a `serde_json::Error` (`to_string`, `{}`): its
//! words, and the standard library's I/O error words they bring, are 1.7 KB gzip of the
//! download (docs/performance.md, "The list's shared reasons"). twiggy on a build with names
//! shows them as `<serde_json::error::ErrorCode as core::fmt::Display>::fmt`.

use super::problem::Problem;
#[cfg(not(target_arch = "wasm32"))]
use super::syntax_words::words;

/// serde_json's error as a problem of the whole text, with its line and column (in
/// characters, as editors count them).
pub(crate) fn syntax_problem(text: &str, error: &serde_json::Error) -> Problem {
    let line = error.line();
    let line_text = text.split('\n').nth(line.saturating_sub(1)).unwrap_or("");
    // serde_json counts bytes up to and including the one it stopped at.
    let bytes = error.column().min(line_text.len());
    let before = line_text
        .get(..bytes.saturating_sub(1))
        .unwrap_or(line_text);
    let column = before.chars().count() + 1;
    Problem::error("", words(text, error)).at(line, column)
}

/// What serde_json refuses when the engine's `JSON.parse` does not.
#[cfg(target_arch = "wasm32")]
const LIMITS: &str = "JSON beyond this reader's limits: a number's exponent beyond \
     ±2147483647, arrays and objects nested more than 128 deep, or half a surrogate pair \
     escaped alone (\\ud800)";

/// The engine's `JSON.parse` message, without the position it appends (the problem carries
/// the line and column). The engine accepts the few texts serde_json refuses for its limits,
/// not for their syntax: an exponent beyond 32 bits, nesting deeper than 128, half a
/// surrogate pair escaped alone.
#[cfg(target_arch = "wasm32")]
fn words(text: &str, _error: &serde_json::Error) -> String {
    match js_sys::JSON::parse(text) {
        Err(thrown) => {
            let message = String::from(js_sys::Error::from(thrown).message());
            let said = message.split(" in JSON at position").next();
            said.unwrap_or_default().to_owned()
        }
        Ok(_) => LIMITS.to_owned(),
    }
}
