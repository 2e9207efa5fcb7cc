//! The labelled relevance set (`tests/relevance/cases.json`): load it, run every case through
//! the engine the command line uses, and score hit@1 and hit@3 per category. Shared by the floor
//! test (`tests/relevance.rs`) and the report (`cargo run --example relevance`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use partner_matcher::search::Criteria;
use partner_matcher::Matcher;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
pub struct Set {
    pub today: String,
    /// Catalogue name → path relative to the crate root.
    pub catalogues: BTreeMap<String, String>,
    pub cases: Vec<Case>,
}

#[derive(Deserialize)]
pub struct Case {
    pub category: String,
    pub catalogue: String,
    pub criteria: Value,
    /// The ids a student would accept as the answer.
    pub expect: Vec<String>,
}

/// What one case gave.
pub struct Outcome<'a> {
    pub case: &'a Case,
    pub first_three: Vec<String>,
    pub hit_at_1: bool,
    pub hit_at_3: bool,
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn load_set() -> Result<Set, String> {
    let path = root().join("tests/relevance/cases.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// One matcher per catalogue of the set, as the command line builds it.
pub fn matchers(set: &Set) -> Result<BTreeMap<String, Matcher>, String> {
    let mut out = BTreeMap::new();
    for (name, path) in &set.catalogues {
        out.insert(name.clone(), command_line_matcher(&root().join(path))?);
    }
    Ok(out)
}

fn command_line_matcher(path: &Path) -> Result<Matcher, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut matcher = Matcher::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    // As the command line: the place names and words (lexicon, regions) attached.
    let mut table = String::new();
    for file in partner_matcher::places::PLACES_AND_WORDS {
        let path = root().join(file);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        table.push_str(&text);
    }
    matcher.set_places(partner_matcher::places::Gazetteer::parse(&table)?);
    Ok(matcher)
}

pub fn run<'a>(
    set: &'a Set,
    matchers: &BTreeMap<String, Matcher>,
) -> Result<Vec<Outcome<'a>>, String> {
    let mut outcomes = Vec::new();
    for case in &set.cases {
        let matcher = matchers
            .get(&case.catalogue)
            .ok_or_else(|| format!("case names an unknown catalogue {:?}", case.catalogue))?;
        let mut criteria: Criteria = serde_json::from_value(case.criteria.clone())
            .map_err(|e| format!("criteria {}: {e}", case.criteria))?;
        criteria.today.get_or_insert_with(|| set.today.clone());
        let hits = matcher
            .search(&criteria)
            .map_err(|e| format!("criteria {}: {e}", case.criteria))?;
        let first_three: Vec<String> = hits.iter().take(3).map(|h| h.id.clone()).collect();
        let expected = |id: &String| case.expect.contains(id);
        outcomes.push(Outcome {
            case,
            hit_at_1: first_three.first().is_some_and(expected),
            hit_at_3: first_three.iter().any(expected),
            first_three,
        });
    }
    Ok(outcomes)
}

/// Per category (and "all"): cases, hit@1, hit@3.
pub fn scores(outcomes: &[Outcome]) -> BTreeMap<String, (usize, usize, usize)> {
    let mut table: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for o in outcomes {
        for key in [o.case.category.clone(), "all".to_owned()] {
            let row = table.entry(key).or_default();
            row.0 += 1;
            row.1 += usize::from(o.hit_at_1);
            row.2 += usize::from(o.hit_at_3);
        }
    }
    table
}

pub fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
