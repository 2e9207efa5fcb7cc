//! The relevance floor: at least 95% of the labelled searches (tests/relevance/cases.json) put
//! an expected answer first. The per-category report is `cargo run --example relevance`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/relevance.rs"]
mod relevance;

const FLOOR_HIT_AT_1: f64 = 95.0;

#[test]
fn the_first_result_answers_at_least_95_percent_of_the_labelled_searches() {
    let set = relevance::load_set().unwrap_or_else(|e| panic!("{e}"));
    let matchers = relevance::matchers(&set).unwrap_or_else(|e| panic!("{e}"));
    let outcomes = relevance::run(&set, &matchers).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        outcomes.len() >= 120,
        "the set has {} cases",
        outcomes.len()
    );
    let hits = outcomes.iter().filter(|o| o.hit_at_1).count();
    let share = relevance::percent(hits, outcomes.len());
    let misses: Vec<String> = outcomes
        .iter()
        .filter(|o| !o.hit_at_1)
        .map(|o| {
            format!(
                "[{}] {} {}: got {:?}",
                o.case.category, o.case.catalogue, o.case.criteria, o.first_three
            )
        })
        .collect();
    let per_category: Vec<String> = relevance::scores(&outcomes)
        .into_iter()
        .map(|(category, (cases, at1, at3))| {
            format!("{category}: {at1}/{cases} first, {at3}/{cases} in the top 3")
        })
        .collect();
    assert!(
        share >= FLOOR_HIT_AT_1,
        "hit@1 is {share:.1}% ({hits} of {}), below the floor of {FLOOR_HIT_AT_1}%\n{}\nmisses:\n{}",
        outcomes.len(),
        per_category.join("\n"),
        misses.join("\n")
    );
}
