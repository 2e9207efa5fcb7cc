//! The inputs that once split the command line and the browser (two readers), with what the
//! one reader makes of them natively, kept in `tests/fixtures/reader-cases.json`. A test in
//! `tests/browser/` reads the same inputs in headless Chromium and must get the same.
//!
//! `UPDATE_READER_CASES=1 cargo test --test reader_cases` rewrites the file after a change.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/reader_outcome.rs"]
mod reader_outcome;

use serde_json::{json, Value};

const SMALL: &str = include_str!("fixtures/small.json");
const FIXTURE: &str = "tests/fixtures/reader-cases.json";

/// The small catalogue, compact, with `edit` applied to its text.
fn small(edit: impl Fn(String) -> String) -> String {
    let compact: Value = serde_json::from_str(SMALL).unwrap_or_default();
    edit(compact.to_string())
}

fn cases() -> Vec<(&'static str, Value)> {
    let text = |t: String| json!({ "text": t });
    let lat = |with: &str| {
        let with = with.to_owned();
        small(move |t| t.replacen("\"lat\":45.77", &format!("\"lat\":{with}"), 1))
    };
    let mut not_utf8 = small(|t| t).into_bytes();
    if let Some(at) = not_utf8.iter().position(|&b| b == b'A') {
        not_utf8[at] = 0xC9;
    }
    let hex: String = not_utf8.iter().map(|b| format!("{b:02x}")).collect();
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    vec![
        ("valid", text(small(|t| t))),
        ("byte-order mark", text(format!("\u{FEFF}{}", small(|t| t)))),
        (
            "2^64 in an unknown field",
            text(small(|t| {
                t.replacen(
                    "\"lat\":45.77",
                    "\"zz\":18446744073709551616,\"lat\":45.77",
                    1,
                )
            })),
        ),
        ("subnormal latitude", text(lat("1e-320"))),
        ("exponent below i32", text(lat("0.1e-2147483648"))),
        ("exponent above i32", text(lat("1e2147483648"))),
        ("negative zero", text(lat("-0.0"))),
        (
            "many digits",
            text(lat("45.770000000000000000000000000001")),
        ),
        ("halfway digits", text(lat("0.30000000000000004441"))),
        ("latitude in words", text(lat("\"north\""))),
        // Numbers in messages are written as natively (the browser's `Number` writes
        // 10000000000000000 and 0.000001, serde_json 1e+16 and 1e-6).
        ("latitude of 1e16", text(lat("1e16"))),
        ("latitude of 20 digits", text(lat("12345678901234567890"))),
        (
            "ects of minus a millionth",
            text(small(|t| t.replacen("\"ects\":3", "\"ects\":-0.000001", 1))),
        ),
        (
            "ects of minus zero",
            text(small(|t| t.replacen("\"ects\":3", "\"ects\":-0.0", 1))),
        ),
        ("latitude out of range", text(lat("95.5"))),
        (
            "key given twice",
            text(small(|t| {
                t.replacen(
                    "\"city\":\"Lyon\",\"country\":\"FR\"",
                    "\"city\":\"Lyon\",\"country\":\"FR\",\"country\":\"DE\"",
                    1,
                )
            })),
        ),
        ("not UTF-8", json!({ "hex": hex })),
        (
            "one bad country",
            text(small(|t| {
                t.replacen(
                    "\"city\":\"Arles\",\"country\":\"FR\",\"id\"",
                    "\"city\":\"Arles\",\"country\":\"XX\",\"id\"",
                    1,
                )
            })),
        ),
        (
            "one non-http address",
            text(small(|t| {
                t.replace("https://www.cnsmd-lyon.fr", "javascript:alert(1)")
            })),
        ),
        (
            "unknown mobility",
            text(small(|t| t.replacen("\"study\"", "\"studie\"", 1))),
        ),
        (
            "missing city",
            text(small(|t| {
                t.replacen(
                    "\"city\":\"Arles\",\"country\":\"FR\",\"id\"",
                    "\"country\":\"FR\",\"id\"",
                    1,
                )
            })),
        ),
        (
            "places in words",
            text(small(|t| t.replace("\"places\":2", "\"places\":\"two\""))),
        ),
        (
            "bad programme code cascades",
            text(small(|t| {
                t.replacen(
                    "\"id\":\"classical-music\",\"isced\":\"0215\"",
                    "\"id\":\"classical-music\",\"isced\":\"0216\"",
                    1,
                )
            })),
        ),
        (
            "bad home",
            text(small(|t| t.replacen("\"BE\"", "\"XX\"", 1))),
        ),
        (
            "future format",
            text(small(|t| t.replace("catalogue@1", "catalogue@2"))),
        ),
        ("not an object", text("[]".to_owned())),
        ("empty", text(String::new())),
        (
            "syntax error",
            text(small(|t| t.replacen(",\"home\"", "\"home\"", 1))),
        ),
        (
            "escapes and a language twice",
            text(small(|t| {
                t.replacen(
                    "\"name\":{\"en\":\"Photography\"",
                    "\"name\":{\"en\":\"Photogr\\u0061phy\",\"en\":\"x\"",
                    1,
                )
            })),
        ),
        (
            "deep nesting in an unknown field",
            text(small(|t| t.replacen("{", &format!("{{\"zz\":{deep},"), 1))),
        ),
    ]
}

#[test]
fn the_reader_cases_fixture_holds_the_native_outcomes() {
    let current: Vec<Value> = cases()
        .into_iter()
        .map(|(name, mut case)| {
            let outcomes = reader_outcome::outcomes(&reader_outcome::input(&case));
            case["name"] = json!(name);
            case["expected"] = outcomes;
            case
        })
        .collect();
    let text = serde_json::to_string_pretty(&current).unwrap_or_default() + "\n";
    if std::env::var_os("UPDATE_READER_CASES").is_some() {
        std::fs::write(FIXTURE, &text).unwrap_or_else(|e| panic!("cannot write {FIXTURE}: {e}"));
    }
    let stored = std::fs::read_to_string(FIXTURE).unwrap_or_default();
    assert!(
        stored == text,
        "{FIXTURE} is not what the reader gives now; after checking the change, run \
         UPDATE_READER_CASES=1 cargo test --test reader_cases"
    );
}
