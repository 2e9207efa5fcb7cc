//! Mutations of generated catalogues for the property tests: wrong types, bad codes, huge and
//! tiny numbers, keys given twice, cut text, byte-order marks.

use proptest::prelude::*;
use serde_json::{json, Value};

/// A change that may break a catalogue, as offices and attackers make them.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// The n-th scalar value replaced (a wrong type, a bad code, a huge or tiny number...).
    Replace(usize, &'static str),
    /// The n-th object's first key given again, with a number, before it.
    DuplicateKey(usize),
    /// An unknown member holding a huge integer in the n-th object.
    HugeUnknown(usize),
    /// The n-th member of an object removed.
    Remove(usize),
    /// The text cut after n characters.
    Cut(usize),
    /// A byte-order mark in front.
    Bom,
}

pub fn mutation() -> impl Strategy<Value = Mutation> {
    let replacement = prop::sample::select(vec![
        "7",
        "\"x\"",
        "true",
        "null",
        "[]",
        "{}",
        "18446744073709551616",
        "1e-320",
        "0.1e-2147483648",
        "-0.0",
        "\"XX\"",
        "\"javascript:alert(1)\"",
        "\"  \"",
        "1e2147483648",
        "\"--02-30\"",
        "\"2024/2026\"",
        "2.5",
        "1001",
    ]);
    prop_oneof![
        (0..200usize, replacement).prop_map(|(n, r)| Mutation::Replace(n, r)),
        (0..60usize).prop_map(Mutation::DuplicateKey),
        (0..60usize).prop_map(Mutation::HugeUnknown),
        (0..200usize).prop_map(Mutation::Remove),
        (0..4000usize).prop_map(Mutation::Cut),
        Just(Mutation::Bom),
    ]
}

/// The catalogue's JSON text with the mutations applied in order.
pub fn mutate(doc: &Value, mutations: &[Mutation]) -> String {
    let mut doc = doc.clone();
    let mut raw = Vec::new();
    for m in mutations {
        match m {
            Mutation::Replace(n, with) => {
                // A marker string, swapped for the raw text after printing (numbers such as
                // 2^64 or 1e-320 have no exact `Value`).
                let marker = format!("@raw{}@", raw.len());
                if replace_nth_scalar(&mut doc, &mut n.clone(), json!(marker)) {
                    raw.push((format!("\"{marker}\""), *with));
                }
            }
            Mutation::Remove(n) => {
                remove_nth_member(&mut doc, &mut n.clone());
            }
            _ => {}
        }
    }
    let mut text = doc.to_string();
    for (marker, with) in raw {
        text = text.replacen(&marker, with, 1);
    }
    for m in mutations {
        match m {
            Mutation::DuplicateKey(n) => {
                if let Some(at) = text.match_indices("{\"").nth(*n).map(|(i, _)| i + 1) {
                    let key_end = text[at + 1..].find('"').map_or(at + 1, |e| at + 2 + e);
                    let key = text[at..key_end].to_owned();
                    text.insert_str(at, &format!("{key}:7,"));
                }
            }
            Mutation::HugeUnknown(n) => {
                if let Some(at) = text.match_indices('{').nth(*n).map(|(i, _)| i + 1) {
                    let member = if text[at..].starts_with('}') {
                        "\"zz\":18446744073709551616"
                    } else {
                        "\"zz\":18446744073709551616,"
                    };
                    text.insert_str(at, member);
                }
            }
            Mutation::Cut(n) => {
                let cut = text
                    .char_indices()
                    .map(|(i, _)| i)
                    .nth(*n)
                    .unwrap_or(text.len());
                text.truncate(cut);
            }
            Mutation::Bom => text.insert(0, '\u{FEFF}'),
            _ => {}
        }
    }
    text
}

/// Replaces the `n`-th string, number or boolean (depth first) with `with`.
fn replace_nth_scalar(doc: &mut Value, n: &mut usize, with: Value) -> bool {
    match doc {
        Value::Array(items) => items
            .iter_mut()
            .any(|v| replace_nth_scalar(v, n, with.clone())),
        Value::Object(members) => members
            .values_mut()
            .any(|v| replace_nth_scalar(v, n, with.clone())),
        _ if *n == 0 => {
            *doc = with;
            true
        }
        _ => {
            *n -= 1;
            false
        }
    }
}

/// Removes the `n`-th object member (depth first).
fn remove_nth_member(doc: &mut Value, n: &mut usize) -> bool {
    match doc {
        Value::Array(items) => items.iter_mut().any(|v| remove_nth_member(v, n)),
        Value::Object(members) => {
            if *n < members.len() {
                let key = members.keys().nth(*n).cloned().unwrap_or_default();
                members.remove(&key);
                return true;
            }
            *n -= members.len();
            members.values_mut().any(|v| remove_nth_member(v, n))
        }
        _ => false,
    }
}
