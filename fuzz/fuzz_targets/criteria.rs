//! Search criteria from anyone (a shared link, the JS API, the command line) on the demo
//! catalogue: never a panic, and the results respect `limit`. Input that is not criteria JSON
//! is searched as query text, so the text matching gets fuzzed too.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "demo.rs"]
mod demo;
use demo::matcher;
use partner_matcher::Criteria;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let criteria = Criteria::from_json(text).unwrap_or_else(|_| Criteria {
        query: Some(text.to_owned()),
        ..Criteria::default()
    });
    let matcher = matcher();
    if let Ok(hits) = matcher.search(&criteria) {
        if let Some(limit) = criteria.limit {
            assert!(hits.len() <= limit, "{} hits for limit {limit}", hits.len());
        }
    }
    let _ = matcher.country_counts(&criteria);
    let _ = matcher.loosenings(&criteria);
});
