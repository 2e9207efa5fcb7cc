//! `partner-matcher diff OLD NEW`: what changed, named by id; exit 0 whatever changed.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/command.rs"]
mod command;
#[path = "support/variants.rs"]
mod variants;

use command::*;
use serde_json::{json, Value};
use variants::{institution_mut, lyon_by_level};

fn demo() -> Value {
    read_json(std::path::Path::new(DEMO))
}

fn write(name: &str, catalogue: &Value) -> std::path::PathBuf {
    scratch(name, serde_json::to_string_pretty(catalogue).expect("JSON"))
}

#[test]
fn one_changed_agreement_is_named_with_its_old_and_new_values() {
    let mut changed = demo();
    let institution = changed["institutions"]
        .as_array_mut()
        .and_then(|all| {
            all.iter_mut()
                .find(|i| i["id"] == "design-academy-eindhoven")
        })
        .expect("the demo catalogue has design-academy-eindhoven");
    institution["agreements"][0]["places"] = json!(3);
    let path = write("one-change.json", &changed);
    let o = run(&["diff", DEMO, path_str(&path)]);
    assert_ok(&o);
    assert_eq!(
        stdout(&o),
        "agreement changed: design-academy-eindhoven: study 0212: places 2 -> 3\n1 change\n"
    );
    let o = run(&["diff", DEMO, path_str(&path), "--json"]);
    assert_ok(&o);
    let report: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(
        report["agreements_changed"],
        json!([{"institution": "design-academy-eindhoven", "agreement": "study 0212",
                "fields": [{"field": "places", "old": 2, "new": 3}]}])
    );
}

#[test]
fn every_kind_of_change_is_named_by_id() {
    let old = demo();
    let mut new = old.clone();
    let institutions = new["institutions"].as_array_mut().expect("institutions");
    // Removed: one no BIP names; added: a copy of it under a new id.
    let at = institutions
        .iter()
        .position(|i| i["id"] == "design-academy-eindhoven")
        .expect("there");
    let mut copy = institutions.remove(at);
    copy["id"] = json!("design-academy-copy");
    institutions.push(copy);
    let lyon = &mut institutions[0];
    let lyon_id = lyon["id"].as_str().unwrap_or_default().to_owned();
    lyon["deadlines"] = json!({"autumn": "--05-01"});
    lyon["agreements"][0]["levels"] = json!(["master"]);
    lyon["agreements"][0]["terms"] = json!(["autumn"]);
    lyon["agreements"][0]["languages"] = json!([{"lang": "fr", "cefr": "C1"}]);
    lyon["agreements"][0]["valid"] = json!({"from": "2030/2031"});
    let removed_agreement = lyon["agreements"].as_array_mut().and_then(|a| a.pop());
    assert!(
        removed_agreement.is_some(),
        "the first institution has agreements"
    );
    new["bips"].as_array_mut().expect("bips").remove(0);
    new["bips"][0]["apply_by"] = json!("2027-01-31");
    let path = write("many-changes.json", &new);
    let o = run(&["diff", DEMO, path_str(&path)]);
    assert_ok(&o);
    let out = stdout(&o);
    assert!(
        out.contains("institution added: design-academy-copy\n"),
        "{out}"
    );
    assert!(
        out.contains("institution removed: design-academy-eindhoven\n"),
        "{out}"
    );
    assert!(
        out.contains(&format!("institution changed: {lyon_id}: deadlines")),
        "{out}"
    );
    assert!(
        out.contains(&format!("agreement changed: {lyon_id}: ")),
        "{out}"
    );
    // `valid` by the part that changed: valid.from, not the two objects whole.
    for field in [
        "languages ",
        "levels [\"bachelor\"",
        "terms ",
        "valid.from ",
    ] {
        assert!(out.contains(field), "{field}: {out}");
    }
    assert!(
        out.contains(&format!("agreement removed: {lyon_id}: ")),
        "{out}"
    );
    assert!(
        out.contains("agreement added: design-academy-copy: study 0212"),
        "{out}"
    );
    let first_bip = old["bips"][0]["id"].as_str().unwrap_or_default();
    let second_bip = old["bips"][1]["id"].as_str().unwrap_or_default();
    assert!(
        out.contains(&format!("BIP removed: {first_bip}\n")),
        "{out}"
    );
    assert!(
        out.contains(&format!("BIP changed: {second_bip}: apply_by")),
        "{out}"
    );
}

#[test]
fn the_same_catalogue_has_no_changes_and_an_invalid_file_fails() {
    let o = run(&["diff", DEMO, DEMO]);
    assert_ok(&o);
    assert_eq!(stdout(&o), "no changes\n");
    let bad = scratch(
        "invalid.json",
        "{\"format\": \"partner-matcher/catalogue@1\"",
    );
    let o = run(&["diff", DEMO, path_str(&bad)]);
    assert_refused(&o, "invalid.json: ");
    assert_eq!(stdout(&o), "");
}

#[test]
fn agreements_that_differ_by_level_are_paired_by_their_levels_not_their_order() {
    // cnsmd-lyon's classical-music study agreement for bachelors (2 places) and for masters
    // (1 place); then the bachelor one removed and the master one given 3 places.
    let mut old = demo();
    let at = lyon_by_level(&mut old);
    let mut new = old.clone();
    let agreements = institution_mut(&mut new, "cnsmd-lyon")["agreements"]
        .as_array_mut()
        .expect("agreements");
    agreements.remove(at);
    agreements[at]["places"] = json!(3);
    let (old, new) = (
        write("by-level-old.json", &old),
        write("by-level-new.json", &new),
    );
    let o = run(&["diff", path_str(&old), path_str(&new)]);
    assert_ok(&o);
    assert_eq!(
        stdout(&o),
        "agreement removed: cnsmd-lyon: study 0215 (classical-music), bachelor\n\
         agreement changed: cnsmd-lyon: study 0215 (classical-music), master: places 1 -> 3\n\
         2 changes\n"
    );
}

#[test]
fn a_change_inside_a_field_is_named_by_the_part_that_changed() {
    let mut new = demo();
    new["bips"][0]["physical"]["start"] = json!("2027-03-09");
    new["programmes"][0]["name"]["nl"] = json!("Interieur");
    new["home"]["deadlines"]["autumn"] = json!("--02-15");
    let path = write("inner-changes.json", &new);
    let o = run(&["diff", DEMO, path_str(&path)]);
    assert_ok(&o);
    let out = stdout(&o);
    let bip = new["bips"][0]["id"].as_str().unwrap_or_default();
    let programme = new["programmes"][0]["id"].as_str().unwrap_or_default();
    for said in [
        format!("BIP changed: {bip}: physical.start 2027-03-08 -> 2027-03-09\n"),
        format!("programme changed: {programme}: name.nl Interieurarchitectuur -> Interieur\n"),
        "catalogue changed: home.deadlines.autumn --02-01 -> --02-15\n".to_owned(),
    ] {
        assert!(out.contains(&said), "{said}: {out}");
    }
    assert!(out.ends_with("\n3 changes\n"), "{out}");
    // --json keeps the fields as they were: the whole value of each.
    let o = run(&["diff", DEMO, path_str(&path), "--json"]);
    let report: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(report["bips_changed"][0]["fields"][0]["field"], "physical");
}

#[test]
fn a_field_diff_does_not_know_is_named_not_passed_over() {
    // A misspelt field is ignored, as check says: the review says so too, not only that the
    // field it meant is gone.
    let mut new = demo();
    let institution = &mut new["institutions"][0];
    let id = institution["id"].as_str().unwrap_or_default().to_owned();
    let website = institution
        .as_object_mut()
        .and_then(|i| i.remove("website"))
        .expect("the first institution has a website");
    institution["webiste"] = website;
    let path = write("misspelt-field.json", &new);
    let o = run(&["diff", DEMO, path_str(&path)]);
    assert_ok(&o);
    assert!(
        stdout(&o).starts_with(&format!("institution changed: {id}: website ")),
        "{}",
        stdout(&o)
    );
    let err = stderr(&o);
    assert!(
        err.starts_with(&format!(
            "warning: {}: institutions[0].webiste: unknown field, ignored (check its spelling) (line ",
            path.display()
        )),
        "{err}"
    );
    // The same with --json: the JSON on stdout, the warning on stderr.
    let o = run(&["diff", DEMO, path_str(&path), "--json"]);
    assert!(serde_json::from_str::<Value>(&stdout(&o)).is_ok());
    assert!(
        stderr(&o).contains("webiste: unknown field"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_list_changed_says_what_was_added_and_removed_or_that_only_the_order_changed() {
    let old = demo();
    let mut new = old.clone();
    let partners = new["bips"][0]["partners"]
        .as_array_mut()
        .expect("the first BIP has partners");
    let first = partners.remove(0);
    partners.push(json!("rietveld"));
    let mut tags = new["institutions"][0]["tags"]
        .as_array()
        .cloned()
        .expect("the first institution has tags");
    tags.reverse();
    new["institutions"][0]["tags"] = Value::from(tags);
    let path = write("lists-changed.json", &new);
    let o = run(&["diff", DEMO, path_str(&path)]);
    assert_ok(&o);
    let out = stdout(&o);
    let bip = old["bips"][0]["id"].as_str().unwrap_or_default();
    let first = first.as_str().unwrap_or_default();
    assert!(
        out.lines().any(
            |line| line.starts_with(&format!("BIP changed: {bip}: partners ["))
                && line.ends_with(&format!("] (added: rietveld; removed: {first})"))
        ),
        "{out}"
    );
    let institution = old["institutions"][0]["id"].as_str().unwrap_or_default();
    assert!(
        out.lines().any(|line| line
            .starts_with(&format!("institution changed: {institution}: tags ["))
            && line.ends_with("] (the same, in another order)")),
        "{out}"
    );
}
