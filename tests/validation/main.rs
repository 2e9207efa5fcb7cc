//! Every kind of catalogue problem is refused (or warned about) with its place named.
#![cfg(not(target_arch = "wasm32"))]

mod accepted;
mod home;
mod messages;
mod places;
mod versions;

use partner_matcher::catalogue::load;
use serde_json::Value;

const SMALL: &str = include_str!("../fixtures/small.json");

fn small() -> Value {
    serde_json::from_str(SMALL).expect("fixture parses")
}

/// Sets (or, with `None`, removes) the value at a JSON pointer.
fn edit(doc: &mut Value, pointer: &str, value: Option<Value>) {
    let (parent, key) = pointer.rsplit_once('/').expect("pointer has a parent");
    let parent = doc
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"));
    match (parent, value) {
        (Value::Object(map), Some(v)) => {
            map.insert(key.to_owned(), v);
        }
        (Value::Object(map), None) => {
            map.remove(key);
        }
        (Value::Array(list), Some(v)) => match key.parse::<usize>() {
            Ok(i) if i < list.len() => list[i] = v,
            _ => list.push(v),
        },
        (Value::Array(list), None) => {
            list.remove(key.parse::<usize>().expect("index"));
        }
        _ => panic!("cannot edit {pointer}"),
    }
}

/// Loads the fixture with one edit and returns "place: message" of every error.
fn errors_after(pointer: &str, value: Option<Value>) -> Vec<String> {
    let mut doc = small();
    edit(&mut doc, pointer, value);
    match load(&doc.to_string()) {
        Ok(_) => Vec::new(),
        Err(rejected) => rejected
            .errors()
            .map(|p| format!("{}: {}", p.place, p.message))
            .collect(),
    }
}
