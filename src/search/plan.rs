//! The criteria resolved and checked once against a matcher, ready to run over the catalogue.

use std::rc::Rc;

use time::Date;

use super::criteria::{capped_query, Criteria, CriteriaError, Kind};
use super::facts::Lang;
use super::index::TextMatch;
use super::matcher::Matcher;
use super::scoring::QueryMatches;
use crate::catalogue::values::{academic_year_of, parse_date};
use crate::catalogue::{Level, Programme, Term};
use crate::locale::Locale;
use crate::reference::countries;

/// The criteria, resolved and checked once, ready to run over the catalogue.
pub(super) struct Plan<'m> {
    pub(super) matcher: &'m Matcher,
    pub(super) criteria: &'m Criteria,
    pub(super) programme: Option<&'m Programme>,
    pub(super) institutions: bool,
    pub(super) bips: bool,
    pub(super) countries: Option<Vec<[u8; 2]>>,
    pub(super) today: Option<Date>,
    /// The programme's bit in the precomputed agreement facts (None: compute fits here).
    pub(super) programme_bit: Option<u64>,
    /// The bits of the level and term asked for, as the agreement facts store them.
    pub(super) level_bit: Option<u8>,
    pub(super) term_bit: Option<u8>,
    /// The academic year `today` falls in, by its first calendar year.
    pub(super) academic_year: Option<i32>,
    /// The languages the student speaks.
    pub(super) spoken: Vec<Lang>,
    /// How each document matched the query (None: no query). Shared by the plans derived for
    /// other criteria with the same query, so the vocabulary is scanned once.
    pub(super) text: Option<Rc<[Option<TextMatch>]>>,
    /// The query understood and scored: also its words left out and languages asked for.
    query: Option<Rc<QueryMatches>>,
}

impl<'m> Plan<'m> {
    pub fn new(matcher: &'m Matcher, criteria: &'m Criteria) -> Result<Plan<'m>, CriteriaError> {
        // Every caller (command line, JS API, widget) is bounded here: only the first words
        // of a query are read, however long it is.
        let query = criteria
            .query
            .as_deref()
            .map(capped_query)
            .map(|q| Rc::new(matcher.text_matches(q)));
        Plan::with_text(matcher, criteria, query)
    }

    /// The plan for other criteria (a filter dropped, say): the query's matches are reused
    /// when the query is the same.
    pub fn for_criteria<'a>(&self, criteria: &'a Criteria) -> Result<Plan<'a>, CriteriaError>
    where
        'm: 'a,
    {
        if criteria.query == self.criteria.query {
            Plan::with_text(self.matcher, criteria, self.query.clone())
        } else {
            Plan::new(self.matcher, criteria)
        }
    }

    fn with_text(
        matcher: &'m Matcher,
        criteria: &'m Criteria,
        query: Option<Rc<QueryMatches>>,
    ) -> Result<Plan<'m>, CriteriaError> {
        // Programme names are a few words: the query's bound keeps typo matching cheap.
        let programme = match criteria
            .programme
            .as_deref()
            .map(capped_query)
            .map(str::trim)
        {
            None | Some("") => None,
            Some(text) => Some(matcher.resolve_programme(text).ok_or_else(|| {
                CriteriaError::UnknownProgramme {
                    given: text.to_owned(),
                    suggestions: matcher
                        .nearest_programmes(text, 3)
                        .map(|p| p.name.get(Locale::En).to_owned())
                        .collect(),
                }
            })?),
        };
        let countries = match &criteria.countries {
            Some(list) if !list.is_empty() => Some(country_codes(list)?),
            _ => None,
        };
        let today = match criteria.today.as_deref() {
            None => None,
            Some(t) => Some(parse_date(t).ok_or_else(|| {
                CriteriaError::Invalid(format!(
                    "today: \"{t}\" is not a date in the form YYYY-MM-DD"
                ))
            })?),
        };
        if let Some(d) = criteria.max_distance_km {
            if d.is_nan() || d < 0.0 {
                return Err(CriteriaError::Invalid(format!(
                    "max_distance_km: {} must be a distance of 0 km or more",
                    crate::catalogue::number(d)
                )));
            }
        }
        for (i, l) in criteria.languages.iter().flatten().enumerate() {
            if let Some(problem) = l.lang.problem() {
                return Err(CriteriaError::Invalid(format!(
                    "languages[{i}].lang: {problem}"
                )));
            }
        }
        let kinds = criteria.kinds.as_deref().filter(|k| !k.is_empty());
        Ok(Plan {
            matcher,
            criteria,
            programme,
            institutions: kinds.is_none_or(|k| k.contains(&Kind::Institution)),
            bips: kinds.is_none_or(|k| k.contains(&Kind::Bip)),
            countries,
            programme_bit: programme
                .and_then(|p| {
                    let programmes = &matcher.catalogue().programmes;
                    programmes.iter().position(|q| q.id == p.id)
                })
                .and_then(|index| matcher.facts().programme_bit(index)),
            level_bit: criteria
                .level
                .map(|l| 1 << Level::ALL.iter().position(|x| *x == l).unwrap_or(0)),
            term_bit: criteria
                .term
                .map(|t| 1 << Term::ALL.iter().position(|x| *x == t).unwrap_or(0)),
            spoken: spoken(criteria, query.as_deref()),
            today,
            academic_year: today.map(academic_year_of),
            text: query.as_ref().and_then(|q| q.matches.clone()),
            query,
        })
    }

    pub fn matcher(&self) -> &'m Matcher {
        self.matcher
    }

    pub fn criteria(&self) -> &'m Criteria {
        self.criteria
    }

    /// The query's words that matched nothing (with the others) and were left out.
    pub fn ignored_words(&self) -> &[String] {
        self.query.as_deref().map_or(&[], |q| q.ignored.as_slice())
    }
}

/// The languages the student speaks, and those the query asks to be taught in ("taught in
/// English"): a query's language counts as met at any level, unless the criteria give one.
fn spoken(criteria: &Criteria, query: Option<&QueryMatches>) -> Vec<Lang> {
    let mut spoken = best_levels(criteria.languages.iter().flatten().map(Lang::of));
    for &code in query.map_or(&[][..], |q| q.languages.as_slice()) {
        let lang = Lang {
            code,
            cefr: crate::catalogue::Cefr::C2,
        };
        if !spoken.iter().any(|s| s.code == lang.code) {
            spoken.push(lang);
        }
    }
    spoken
}

/// The highest level given for each language: one entry per language, however long the
/// list, so comparing with every agreement stays cheap.
fn best_levels(spoken: impl Iterator<Item = Lang>) -> Vec<Lang> {
    let mut best: Vec<Lang> = Vec::new();
    for lang in spoken {
        match best.iter_mut().find(|b| b.code == lang.code) {
            Some(b) => b.cefr = b.cefr.max(lang.cefr),
            None => best.push(lang),
        }
    }
    best
}

/// The codes of the countries a `countries` list names. Bounded work for any list: each
/// distinct entry is looked up once, no more distinct entries are read than there are
/// countries, and an entry longer than a query cannot be a country's name.
fn country_codes(list: &[String]) -> Result<Vec<[u8; 2]>, CriteriaError> {
    let most = countries::all().len();
    // The entries read so far, each to its place in the list.
    let mut seen = crate::lookup::Lookup::default();
    let mut codes = Vec::new();
    for (i, entry) in list.iter().enumerate() {
        if seen.insert(entry.as_str(), i).is_some() {
            continue;
        }
        if seen.len() > most {
            return Err(CriteriaError::Invalid(format!(
                "countries: more than {most} different entries, and there are only {most} countries"
            )));
        }
        let read = capped_query(entry);
        let country = (read.len() == entry.len())
            .then(|| countries::find(entry))
            .flatten()
            .ok_or_else(|| CriteriaError::UnknownCountry(read.to_owned()))?;
        codes.push(super::facts::code_bytes(country.code));
    }
    Ok(codes)
}
