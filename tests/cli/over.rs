//! What is over on a day, as `check` names it and as `search` leaves it out: the rule is written
//! twice, in the search (src/search/evaluate.rs, facts.rs) and in `check` (src/cli/check.rs,
//! `over`), so that `check` can name each record with its place; this keeps them one rule.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::command::{run, stderr, stdout, DEMO};

/// Every agreement (`institution id`, index) and BIP id that `search` shows on `day`, with no
/// filter but the day: every kind, every mobility, no programme.
fn shown(day: &str) -> BTreeSet<(String, u64)> {
    let o = run(&[
        "search",
        DEMO,
        "--today",
        day,
        "--mobility",
        "study",
        "--mobility",
        "traineeship",
        "--mobility",
        "staff-teaching",
        "--mobility",
        "staff-training",
        "--limit",
        "100000",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let hits: Vec<Value> = serde_json::from_str(&stdout(&o)).expect("search --json is JSON");
    let mut shown = BTreeSet::new();
    for hit in &hits {
        let id = hit["id"].as_str().expect("an id").to_owned();
        match hit["kind"].as_str() {
            Some("bip") => {
                shown.insert((id, u64::MAX));
            }
            _ => {
                for k in hit["agreements"].as_array().expect("agreements") {
                    shown.insert((id.clone(), k.as_u64().expect("an index")));
                }
            }
        }
    }
    shown
}

/// The agreements and BIPs `check` warns are over on `day`, by the same keys as `shown`.
fn over(day: &str, catalogue: &Value) -> BTreeSet<(String, u64)> {
    let o = run(&["check", DEMO, "--today", day, "--json"]);
    let report: Value = serde_json::from_str(&stdout(&o)).expect("check --json is JSON");
    let mut over = BTreeSet::new();
    for problem in report["problems"].as_array().expect("problems") {
        let place = problem["place"].as_str().unwrap_or_default();
        let index = |s: &str| s.split(']').next().and_then(|n| n.parse::<usize>().ok());
        if let Some(rest) = place.strip_prefix("institutions[") {
            if !place.ends_with("].valid.until") {
                continue;
            }
            let (i, k) = (
                index(rest),
                rest.split("agreements[").nth(1).and_then(index),
            );
            let (Some(i), Some(k)) = (i, k) else { continue };
            let id = catalogue["institutions"][i]["id"].as_str().expect("an id");
            over.insert((id.to_owned(), k as u64));
        } else if let Some(rest) = place.strip_prefix("bips[") {
            if place.ends_with("].physical.end") {
                let j = index(rest).expect("a BIP's index");
                let id = catalogue["bips"][j]["id"].as_str().expect("an id");
                over.insert((id.to_owned(), u64::MAX));
            }
        }
    }
    over
}

#[test]
fn check_names_as_over_exactly_what_search_leaves_out_on_that_day() {
    let text = std::fs::read_to_string(DEMO).expect("the demo catalogue");
    let catalogue: Value = serde_json::from_str(&text).expect("JSON");
    let mut all = BTreeSet::new();
    for institution in catalogue["institutions"].as_array().expect("institutions") {
        let id = institution["id"].as_str().expect("an id");
        for k in 0..institution["agreements"].as_array().map_or(0, Vec::len) {
            all.insert((id.to_owned(), k as u64));
        }
    }
    for bip in catalogue["bips"].as_array().expect("bips") {
        all.insert((bip["id"].as_str().expect("an id").to_owned(), u64::MAX));
    }
    // Days before, among and after the demo's BIPs and the ends of its agreements.
    for day in [
        "2026-12-05",
        "2027-03-01",
        "2027-08-31",
        "2027-09-01",
        "2028-10-01",
    ] {
        let shown = shown(day);
        let over = over(day, &catalogue);
        assert!(
            shown.is_disjoint(&over),
            "{day}: shown and said to be over: {:?}",
            shown.intersection(&over).collect::<Vec<_>>()
        );
        let both: BTreeSet<_> = shown.union(&over).cloned().collect();
        assert_eq!(
            both,
            all,
            "{day}: neither shown nor said to be over: {:?}",
            all.difference(&both).collect::<Vec<_>>()
        );
    }
}
