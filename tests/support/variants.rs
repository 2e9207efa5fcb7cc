// Variants of the demo catalogue that tests of import and diff share.
#![allow(dead_code)]

use serde_json::{json, Value};

/// The institution with this id, to change.
pub fn institution_mut<'c>(catalogue: &'c mut Value, id: &str) -> &'c mut Value {
    catalogue["institutions"]
        .as_array_mut()
        .and_then(|all| all.iter_mut().find(|i| i["id"] == id))
        .unwrap_or_else(|| panic!("the catalogue has {id}"))
}

/// cnsmd-lyon's classical-music study agreement made two that differ only by level: bachelor
/// (2 places), then master (1 place); the index of the bachelor one.
pub fn lyon_by_level(catalogue: &mut Value) -> usize {
    let agreements = institution_mut(catalogue, "cnsmd-lyon")["agreements"]
        .as_array_mut()
        .expect("agreements");
    let at = agreements
        .iter()
        .position(|a| a["programmes"] == json!(["classical-music"]) && a["mobility"] == "study")
        .expect("the classical-music study agreement");
    agreements[at]["levels"] = json!(["bachelor"]);
    let mut master = agreements[at].clone();
    master["levels"] = json!(["master"]);
    master["places"] = json!(1);
    agreements.insert(at + 1, master);
    at
}
