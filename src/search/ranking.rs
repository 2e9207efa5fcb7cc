//! The ranked results of a search, and the searches derived from them: results per country
//! and the filters worth loosening.

use std::ops::Range;

use super::criteria::{Criteria, CriteriaError, Filter, Kind};
use super::evaluate::Candidate;
use super::matcher::Matcher;
use super::plan::Plan;
use super::result::Hit;
use super::sorting::Order;
use crate::lookup::Lookup;

/// Results that fit the programme per country, the plan's `countries` filter left out.
/// `found`: the plan's own candidates, if at hand: without a `countries` filter they are
/// the ones to count (no second pass over the catalogue).
fn country_counts(
    plan: &Plan,
    found: Option<&[Candidate]>,
) -> Result<Vec<(String, usize)>, CriteriaError> {
    let again;
    let candidates = match found {
        Some(found) if !plan.criteria().is_active(Filter::Countries) => found,
        _ => {
            let without = plan.criteria().without(Filter::Countries);
            again = plan.for_criteria(&without)?.candidates();
            &again[..]
        }
    };
    let mut counts = Lookup::default();
    for candidate in candidates.iter().filter(|c| !c.related()) {
        if let Some(country) = plan.matcher().facts().country(candidate.doc as usize) {
            *counts.entry(country).or_insert(0) += 1;
        }
    }
    let mut counts: Vec<(String, usize)> =
        counts.into_iter().map(|(c, n)| (c.to_owned(), n)).collect();
    crate::order::sort(&mut counts);
    Ok(counts)
}

/// The number of candidates that fit the programme (related ones left out).
fn fitting(candidates: &[Candidate]) -> usize {
    candidates.iter().filter(|c| !c.related()).count()
}

/// The active filters of the plan's criteria that `may_loosen` allows and that, dropped,
/// give more than `current` results that fit the programme (each one a pass over the
/// catalogue: none for a filter that could not be suggested).
fn loosenings(
    plan: &Plan,
    current: usize,
    may_loosen: &dyn Fn(Filter) -> bool,
) -> Result<Vec<Loosening>, CriteriaError> {
    let criteria = plan.criteria();
    let mut out = Vec::new();
    for filter in Filter::ALL {
        if criteria.is_active(filter) && may_loosen(filter) {
            let without = criteria.without(filter);
            // The pass over the catalogue, and the plan for it, only for a count not known.
            let counts = &plan.matcher().recent_counts;
            let results = match counts.get(&without) {
                Some(n) => n,
                None => {
                    let n = fitting(&plan.for_criteria(&without)?.candidates());
                    counts.put(&without, n);
                    n
                }
            };
            if results > current {
                out.push(Loosening { filter, results });
            }
        }
    }
    crate::order::sort_by(&mut out, |a, b| b.results.cmp(&a.results));
    Ok(out)
}

/// The ranked results of one search, not yet explained: counting and paging are cheap, and
/// only the hits asked for get their reasons and warnings written out.
struct Ranking<'m> {
    plan: Plan<'m>,
    /// Those that fit the programme, then the related ones: in order up to `sorted`, the
    /// rest in no order (counted, never shown).
    ranked: Vec<Candidate>,
    sorted: usize,
    /// How many fit the programme: the first `fitting` of `ranked`.
    fitting: usize,
}

impl Ranking<'_> {
    /// How many results fit the programme.
    fn len(&self) -> usize {
        self.fitting
    }

    /// How many results are open to a related programme only.
    fn related(&self) -> usize {
        self.ranked.len() - self.fitting
    }

    /// [`Matcher::country_counts`] for these criteria, reusing their query's matches.
    fn country_counts(&self) -> Result<Vec<(String, usize)>, CriteriaError> {
        country_counts(&self.plan, Some(&self.ranked))
    }

    /// [`Matcher::loosenings`] for these criteria, reusing their query's matches.
    fn loosenings(
        &self,
        may_loosen: &dyn Fn(Filter) -> bool,
    ) -> Result<Vec<Loosening>, CriteriaError> {
        loosenings(&self.plan, self.len(), may_loosen)
    }

    /// The explained hits at these positions (clamped to the results there are and to the
    /// positions ranked).
    fn hits(&self, range: Range<usize>) -> Vec<Hit> {
        let end = range.end.min(self.sorted);
        let start = range.start.min(end);
        self.ranked[start..end]
            .iter()
            .filter_map(|c| self.plan.explain(c.doc))
            .collect()
    }
}

/// A filter the student could drop, and how many results they would then get.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Loosening {
    pub filter: Filter,
    pub results: usize,
}

/// How many pages of `page_size` results show the one at `position` (0 is the first): what
/// a front end opens to show a result where it stands (the map's and the shortlist's).
pub fn pages_to_show(position: usize, page_size: usize) -> usize {
    position / page_size.max(1) + 1
}

/// One page of a search's results, with the facets a front end shows beside it. Positions
/// run over the results that fit the programme (`total`), then the related ones (`related`).
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// How many results fit the programme (all results, when no programme is asked).
    pub total: usize,
    /// How many more are open to a related programme (same ISCED-F detailed field, other
    /// programmes named); they come after the `total` that fit, flagged `related`.
    pub related: usize,
    /// The results at the positions asked for, explained.
    pub hits: Vec<Hit>,
    /// Results that fit the programme per country code, the `countries` filter left out (what
    /// each country option would give), sorted by code.
    pub country_counts: Vec<(String, usize)>,
    /// When no result fits the programme: the filters that, dropped, give some that do, most
    /// results first.
    pub loosenings: Vec<Loosening>,
    /// Query words (as typed) that matched nothing, alone or with the other words, and were
    /// left out: the results are those of the other words.
    pub ignored_words: Vec<String>,
}

impl Matcher {
    /// The explained hits for `criteria` at positions `shown` (its `limit` is not applied),
    /// how many fit and how many are related, the results per country and, when none fits,
    /// the filters to loosen.
    /// Only filters `may_loosen` allows are suggested: a page may impose filters a student
    /// cannot change.
    pub fn page(
        &self,
        criteria: &Criteria,
        shown: Range<usize>,
        may_loosen: impl Fn(Filter) -> bool,
    ) -> Result<Page, CriteriaError> {
        let ranking = self.rank(criteria, shown.end)?;
        let total = ranking.len();
        let loosenings = if total == 0 {
            ranking.loosenings(&may_loosen)?
        } else {
            Vec::new()
        };
        Ok(Page {
            total,
            related: ranking.related(),
            hits: ranking.hits(shown),
            country_counts: ranking.country_counts()?,
            loosenings,
            ignored_words: ranking.plan.ignored_words().to_vec(),
        })
    }

    /// Ranked hits for `criteria`, best first (those that fit the programme, then the related
    /// ones), at most `limit`; equal input always gives equal output.
    pub fn search(&self, criteria: &Criteria) -> Result<Vec<Hit>, CriteriaError> {
        let limit = criteria.limit.unwrap_or(usize::MAX);
        let ranking = self.rank(criteria, limit)?;
        Ok(ranking.hits(0..limit))
    }

    /// Every result for `criteria`, the first `first` in order, unexplained until
    /// [`Ranking::hits`] (the `limit` of the criteria is not applied).
    fn rank<'m>(
        &'m self,
        criteria: &'m Criteria,
        first: usize,
    ) -> Result<Ranking<'m>, CriteriaError> {
        let plan = Plan::new(self, criteria)?;
        let mut ranked = plan.candidates();
        let order = Order::new(self, criteria);
        crate::order::sort_first_by(&mut ranked, first, |a, b| order.compare(a, b));
        let fitting = fitting(&ranked);
        self.recent_counts.put(criteria, fitting);
        Ok(Ranking {
            plan,
            sorted: first.min(ranked.len()),
            ranked,
            fitting,
        })
    }

    /// Where the institution or BIP `id` stands in the results for `criteria` (0 is the
    /// first; the related ones follow those that fit), or None if it is not one of them.
    pub fn position(
        &self,
        criteria: &Criteria,
        kind: Kind,
        id: &str,
    ) -> Result<Option<usize>, CriteriaError> {
        let Some(doc) = self.doc(kind, id) else {
            return Ok(None);
        };
        let ranking = self.rank(criteria, usize::MAX)?;
        Ok(ranking.ranked.iter().position(|c| c.doc as usize == doc))
    }

    /// Results that fit the programme per country for every country option, ignoring the `countries` filter itself
    /// (so that each option shows what choosing it would give). Sorted by country code.
    pub fn country_counts(
        &self,
        criteria: &Criteria,
    ) -> Result<Vec<(String, usize)>, CriteriaError> {
        country_counts(&Plan::new(self, criteria)?, None)
    }

    /// For criteria with few or no results: each active filter that, dropped, gives more
    /// results, most results first.
    pub fn loosenings(&self, criteria: &Criteria) -> Result<Vec<Loosening>, CriteriaError> {
        let plan = Plan::new(self, criteria)?;
        loosenings(&plan, fitting(&plan.candidates()), &|_| true)
    }
}
