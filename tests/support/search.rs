//! A catalogue searched as the widget and the command line search it, for tests that look at
//! what the results say.

use partner_matcher::search::{Criteria, Hit};
use partner_matcher::Matcher;
use serde_json::Value;

/// The hits of `criteria` (the JSON criteria) over the catalogue `text`, and its matcher.
pub fn search(text: &str, criteria: Value) -> (Vec<Hit>, Matcher) {
    let matcher = Matcher::from_json(text).unwrap_or_else(|e| panic!("it loads: {e}"));
    let criteria: Criteria =
        serde_json::from_value(criteria).unwrap_or_else(|e| panic!("criteria: {e}"));
    let hits = matcher
        .search(&criteria)
        .unwrap_or_else(|e| panic!("the search runs: {e}"));
    (hits, matcher)
}
