//! The orders a student can put results in (`Sort`, README "Order of results"), and the order
//! of names they fall back on. In every order the results that fit the programme come before
//! the related ones (a page counts them apart), and results that are equal in the order chosen
//! follow the best fit; the last word is the name, never an internal id, so a student can see
//! why one comes before the other.

use std::cmp::Ordering;

use super::criteria::{Criteria, Sort};
use super::evaluate::Candidate;
use super::matcher::Matcher;
use crate::catalogue::Catalogue;
use crate::locale::Locale;

/// How one search orders its candidates.
pub(super) struct Order<'m> {
    sort: Sort,
    matcher: &'m Matcher,
    /// Per document, its name's position in name order (`name_ranks`).
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

/// Per document (institutions, then BIPs), its position when every institution's name and
/// BIP's title in `locale` is put in order as the engine folds text ("École" with the E's,
/// "Łódź" with the L's); equal folded names by their text, then by id (ids are unique, so
/// the order is total and the same for any order of the catalogue).
pub(super) fn name_ranks(catalogue: &Catalogue, locale: Locale) -> Vec<u32> {
    let mut names: Vec<(String, &str, &str)> = Vec::new();
    for i in &catalogue.institutions {
        let name = i.name.get(locale);
        names.push((crate::text::fold(name), name, i.id.as_str()));
    }
    for b in &catalogue.bips {
        let title = b.title.get(locale);
        names.push((crate::text::fold(title), title, b.id.as_str()));
    }
    let mut by_name: Vec<u32> = (0..names.len() as u32).collect();
    crate::order::sort_by(&mut by_name, |&a, &b| {
        names[a as usize].cmp(&names[b as usize])
    });
    let mut ranks = vec![0u32; names.len()];
    for (rank, doc) in by_name.into_iter().enumerate() {
        if let Some(r) = ranks.get_mut(doc as usize) {
            *r = rank as u32;
        }
    }
    ranks
}
