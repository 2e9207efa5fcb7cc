//! The orders a student can put results in (`Sort`, README "Order of results"), and the order
//! of names they fall back on. In every order the results that fit the programme come before
//! the related ones (a page counts them apart), and results that are equal in the order chosen
//! follow the best fit; the last word is the name, never an internal id, so a student can see
//! why one comes before the other.

use std::cmp::Ordering;

use super::criteria::{Criteria, Sort};
use super::evaluate::Candidate;
use super::matcher::Matcher;

/// How one search orders its candidates.
pub(super) struct Order<'m> {
    sort: Sort,
    matcher: &'m Matcher,
    /// Per document, its name's position in name order (`name_order`).
    names: &'m [u32],
}

impl<'m> Order<'m> {
    pub(super) fn new(matcher: &'m Matcher, criteria: &Criteria) -> Order<'m> {
        let locale = criteria.lang.unwrap_or_default();
        Order {
            sort: criteria.sort.unwrap_or(Sort::BestFit),
            matcher,
            names: matcher.name_ranks(locale),
        }
    }

    /// Tier; then the order chosen; then the best fit; then the name.
    pub(super) fn compare(&self, a: &Candidate, b: &Candidate) -> Ordering {
        a.tier
            .cmp(&b.tier)
            .then_with(|| self.chosen(a, b))
            .then_with(|| best_fit(a, b))
            .then_with(|| self.rank(a).cmp(&self.rank(b)))
    }

    /// The order the student chose; equal under the best fit (which follows anyway).
    fn chosen(&self, a: &Candidate, b: &Candidate) -> Ordering {
        match self.sort {
            Sort::BestFit => Ordering::Equal,
            Sort::Distance => {
                let facts = self.matcher.facts();
                known_first(
                    facts.distance(a.doc as usize),
                    facts.distance(b.doc as usize),
                    f64::total_cmp,
                )
            }
            Sort::Deadline => known_first(a.next, b.next, |x, y| x.cmp(y)),
            Sort::Name => self.rank(a).cmp(&self.rank(b)),
        }
    }

    fn rank(&self, c: &Candidate) -> u32 {
        self.names.get(c.doc as usize).copied().unwrap_or(u32::MAX)
    }
}

/// Score, higher first; then what helps the student (`Standing`); then partner schools
/// before BIPs.
fn best_fit(a: &Candidate, b: &Candidate) -> Ordering {
    b.score
        .total_cmp(&a.score)
        .then(a.standing.cmp(&b.standing))
        .then(a.kind.cmp(&b.kind))
}

/// Known values in their order, then the unknown ones (a BIP without a place has no
/// distance; a result without a deadline to come has no next deadline).
fn known_first<T>(a: Option<T>, b: Option<T>, cmp: impl Fn(&T, &T) -> Ordering) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => cmp(&a, &b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}
