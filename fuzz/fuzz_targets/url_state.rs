//! A shared link's query string, as anyone can write it: decoding never panics, the query is
//! within its limits, decoding what was encoded gives the same criteria, and the demo catalogue
//! can be searched with them.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "demo.rs"]
mod demo;
use demo::matcher;
use partner_matcher::search::{MAX_QUERY_CHARS, MAX_QUERY_WORDS};
use partner_matcher::url_state::{decode, encode, from_pairs, prefix};
use partner_matcher::Criteria;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let pairs = text
        .split('&')
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")));
    let defaults = Criteria::default();
    let criteria = decode(&from_pairs(&prefix(None), pairs), &defaults);
    if let Some(query) = &criteria.query {
        assert!(query.chars().count() <= MAX_QUERY_CHARS, "query too long");
        assert!(query.split_whitespace().count() <= MAX_QUERY_WORDS, "too many words");
    }
    let encoded = encode(&criteria, &defaults);
    assert_eq!(decode(&encoded, &defaults), criteria, "decode(encode(c)) == c");
    let _ = matcher().search(&criteria);
});
