//! A table of searches over the demo catalogue, each with what a student should see.
#![cfg(not(target_arch = "wasm32"))]

mod criteria;
mod long_input;
mod order;
mod pages;
mod pinned_json;
mod query;

use std::sync::OnceLock;

use partner_matcher::places::Gazetteer;
use partner_matcher::search::{Criteria, Hit, NoteCode};
use partner_matcher::Matcher;
use serde_json::Value;

const TODAY: &str = "2026-11-29";

/// The demo catalogue with the place names and words table attached, as the command line has
/// it and the widget once the first query is typed.
fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let mut m = Matcher::from_json(include_str!("../../www/catalogue.json"))
            .expect("demo catalogue loads");
        let table = concat!(
            include_str!("../../data/places.txt"),
            include_str!("../../data/words.txt")
        );
        m.set_places(Gazetteer::parse(table).expect("the table parses"));
        m
    })
}

fn search(criteria: &Value) -> Result<Vec<Hit>, String> {
    let mut c: Criteria = serde_json::from_value(criteria.clone()).map_err(|e| e.to_string())?;
    c.today.get_or_insert_with(|| TODAY.to_owned());
    matcher().search(&c).map_err(|e| e.to_string())
}

fn ids(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

fn country(hit: &Hit) -> &str {
    matcher().country_of(hit).unwrap_or("")
}

fn has(notes: &[partner_matcher::search::Note], code: NoteCode, detail: &str) -> bool {
    notes
        .iter()
        .any(|n| n.code == code && n.detail.to_string().contains(detail))
}

type Check = Box<dyn Fn(&Result<Vec<Hit>, String>) -> Result<(), String>>;

/// The first hit is `id`.
fn first(id: &'static str) -> Check {
    Box::new(move |r| match r {
        Ok(h) if h.first().is_some_and(|f| f.id == id) => Ok(()),
        Ok(h) => Err(format!(
            "first should be {id}, got {:?}",
            &ids(h)[..h.len().min(5)]
        )),
        Err(e) => Err(e.clone()),
    })
}

/// `id` is among the first `n`.
fn top(n: usize, id: &'static str) -> Check {
    Box::new(move |r| match r {
        Ok(h) if ids(h).iter().take(n).any(|&x| x == id) => Ok(()),
        Ok(h) => Err(format!(
            "{id} should be in the top {n}, got {:?}",
            &ids(h)[..h.len().min(n)]
        )),
        Err(e) => Err(e.clone()),
    })
}

/// Every hit passes `test`, and there is at least one.
fn all(what: &'static str, test: fn(&Hit) -> bool) -> Check {
    Box::new(move |r| match r {
        Ok(h) if h.is_empty() => Err(format!("no results; expected all {what}")),
        Ok(h) => match h.iter().find(|x| !test(x)) {
            None => Ok(()),
            Some(bad) => Err(format!("{} is not {what}: {bad:?}", bad.id)),
        },
        Err(e) => Err(e.clone()),
    })
}

/// `id` is not a result.
fn absent(id: &'static str) -> Check {
    Box::new(move |r| match r {
        Ok(h) if !ids(h).contains(&id) => Ok(()),
        Ok(_) => Err(format!("{id} should be excluded")),
        Err(e) => Err(e.clone()),
    })
}

fn count(n: usize) -> Check {
    Box::new(move |r| match r {
        Ok(h) if h.len() == n => Ok(()),
        Ok(h) => Err(format!(
            "expected {n} results, got {}: {:?}",
            h.len(),
            ids(h)
        )),
        Err(e) => Err(e.clone()),
    })
}

/// The search is refused with a message containing `words`.
fn refused(words: &'static str) -> Check {
    Box::new(move |r| match r {
        Err(e) if e.contains(words) => Ok(()),
        Err(e) => Err(format!("message should contain \"{words}\": {e}")),
        Ok(h) => Err(format!("should be refused, got {} results", h.len())),
    })
}

/// The hit `id` passes `test`.
fn hit(id: &'static str, test: fn(&Hit) -> bool) -> Check {
    Box::new(move |r| match r {
        Ok(h) => match h.iter().find(|x| x.id == id) {
            Some(x) if test(x) => Ok(()),
            Some(x) => Err(format!("{id} fails the check: {x:?}")),
            None => Err(format!("{id} missing from {:?}", ids(h))),
        },
        Err(e) => Err(e.clone()),
    })
}

/// Scores never increase down the list within a tier, and exact matches precede related ones,
/// which are flagged `related` and carry the `related-field` warning.
fn well_ordered() -> Check {
    Box::new(|r| {
        let h = r.as_ref().map_err(Clone::clone)?;
        let related = |x: &Hit| has(&x.warnings, NoteCode::RelatedField, "");
        if let Some(x) = h.iter().find(|x| x.related != related(x)) {
            return Err(format!("{} flagged related: {}", x.id, x.related));
        }
        for pair in h.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if related(a) && !related(b) {
                return Err(format!("related {} before exact {}", a.id, b.id));
            }
            if related(a) == related(b) && a.score < b.score {
                return Err(format!(
                    "{} ({}) before {} ({})",
                    a.id, a.score, b.id, b.score
                ));
            }
        }
        Ok(())
    })
}

fn parse(criteria: Value) -> Criteria {
    match serde_json::from_value(criteria.clone()) {
        Ok(c) => c,
        Err(e) => panic!("{criteria}: {e}"),
    }
}

#[test]
fn search_cases() {
    let cases: Vec<(&str, Value, Check)> = [
        query::free_text(),
        query::place_names(),
        criteria::programmes(),
        criteria::hard_filters(),
        criteria::soft_preferences(),
        query::query_words(),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(cases.len() >= 40);
    let mut failures = Vec::new();
    for (name, criteria, check) in &cases {
        if let Err(why) = check(&search(criteria)) {
            failures.push(format!("{name} ({criteria}): {why}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
