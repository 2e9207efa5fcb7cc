//! What a student asks for: the search criteria (every field optional).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::named::named_enum;

use crate::catalogue::{LanguageRequirement, Level, Mobility, Term};
use crate::locale::Locale;

/// Search criteria. The JSON shape is a fixed interface (design: "Search criteria and results").
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Criteria {
    /// Free text over names, cities, countries (English and Dutch), programmes, tags, BIP titles.
    /// Only the first 12 words and 200 characters are read.
    pub query: Option<String>,
    /// The student's home programme: id, or name or alias in either language; typos allowed.
    pub programme: Option<String>,
    /// Partner institutions, BIPs, or both (absent).
    pub kinds: Option<Vec<Kind>>,
    pub mobility: Option<Vec<Mobility>>,
    pub level: Option<Level>,
    pub term: Option<Term>,
    /// Country codes or names ("FR", "Frankrijk").
    pub countries: Option<Vec<String>>,
    pub region: Option<Region>,
    /// The languages the student speaks, with their CEFR level.
    pub languages: Option<Vec<LanguageRequirement>>,
    pub max_distance_km: Option<f64>,
    /// At most this many results (absent: all).
    pub limit: Option<usize>,
    /// The date deadlines and validity are judged against, YYYY-MM-DD. The command line and
    /// the browser fill in the current date when it is absent; without it, nothing is judged
    /// by date.
    pub today: Option<String>,
    /// The order of the results (absent: best fit). Related results follow the others in
    /// every order.
    pub sort: Option<Sort>,
    /// The language names are read in: `sort: "name"` orders by the name in it, and results
    /// that fit equally by name (absent: English).
    pub lang: Option<Locale>,
}

named_enum! { serde
    /// A kind of result.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum Kind {
        Institution = "institution",
        Bip = "bip",
    }
}

named_enum! { serde
    /// Europe (geographic Europe, Cyprus and Turkey) or the rest of the world.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum Region {
        Europe = "europe",
        OutsideEurope = "outside-europe",
    }
}

named_enum! { serde
    /// An order of the results (README, "Order of results"): best fit; the nearest first; the
    /// soonest next deadline first; by name, as the engine folds text.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub enum Sort {
        BestFit = "best-fit",
        Distance = "distance",
        Deadline = "deadline",
        Name = "name",
    }
}

named_enum! { serde
    /// The criteria filters one can loosen, named as their criteria field.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Filter {
        Query = "query",
        Programme = "programme",
        Kinds = "kinds",
        Mobility = "mobility",
        Level = "level",
        Term = "term",
        Countries = "countries",
        Region = "region",
        MaxDistanceKm = "max_distance_km",
    }
}

impl Criteria {
    /// Parses criteria JSON, naming the bad field on error.
    pub fn from_json(text: &str) -> Result<Criteria, CriteriaError> {
        serde_json::from_str(text).map_err(|e| {
            let place = crate::catalogue::path_at(text, e.line(), e.column());
            CriteriaError::Invalid(if place.is_empty() || e.is_syntax() || e.is_eof() {
                e.to_string()
            } else {
                format!("{place}: {e}")
            })
        })
    }

    /// Whether `filter` narrows the results.
    pub fn is_active(&self, filter: Filter) -> bool {
        match filter {
            Filter::Query => self.query.as_deref().is_some_and(|q| !q.trim().is_empty()),
            Filter::Programme => self
                .programme
                .as_deref()
                .is_some_and(|p| !p.trim().is_empty()),
            Filter::Kinds => self.kinds.as_ref().is_some_and(|k| !k.is_empty()),
            Filter::Mobility => self.mobility.as_ref().is_some_and(|m| !m.is_empty()),
            Filter::Level => self.level.is_some(),
            Filter::Term => self.term.is_some(),
            Filter::Countries => self.countries.as_ref().is_some_and(|c| !c.is_empty()),
            Filter::Region => self.region.is_some(),
            Filter::MaxDistanceKm => self.max_distance_km.is_some(),
        }
    }

    /// These criteria without `filter`.
    pub fn without(&self, filter: Filter) -> Criteria {
        let mut c = self.clone();
        match filter {
            Filter::Query => c.query = None,
            Filter::Programme => c.programme = None,
            Filter::Kinds => c.kinds = None,
            Filter::Mobility => c.mobility = None,
            Filter::Level => c.level = None,
            Filter::Term => c.term = None,
            Filter::Countries => c.countries = None,
            Filter::Region => c.region = None,
            Filter::MaxDistanceKm => c.max_distance_km = None,
        }
        c
    }
}

/// Criteria the matcher cannot act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CriteriaError {
    /// Malformed criteria JSON or values.
    Invalid(String),
    /// A programme no name, alias or id resembles; with the nearest names.
    UnknownProgramme {
        given: String,
        suggestions: Vec<String>,
    },
    UnknownCountry(String),
}

impl fmt::Display for CriteriaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CriteriaError::Invalid(message) => write!(f, "invalid criteria: {message}"),
            CriteriaError::UnknownProgramme { given, suggestions } => {
                write!(f, "programme \"{given}\" is not in the catalogue")?;
                if !suggestions.is_empty() {
                    write!(f, "; did you mean {}?", suggestions.join(", "))?;
                }
                Ok(())
            }
            CriteriaError::UnknownCountry(given) => write!(
                f,
                "country \"{given}\" is not known: give an ISO code (FR) or a name (France, Frankrijk)"
            ),
        }
    }
}

impl std::error::Error for CriteriaError {}

/// The most characters of a query that are read; the rest is cut. Bounds the work any input
/// can cause (a 70,000-word query froze the tab). The URL state, the widget and the command
/// line all cut through [`capped_query`].
pub const MAX_QUERY_CHARS: usize = 200;
/// The most words of a query that are read; later words are cut.
pub const MAX_QUERY_WORDS: usize = 12;

/// The query as far as it is read: at most [`MAX_QUERY_CHARS`] characters and
/// [`MAX_QUERY_WORDS`] words (words are separated by whitespace), never cut inside a character.
pub fn capped_query(query: &str) -> &str {
    let end = query
        .char_indices()
        .nth(MAX_QUERY_CHARS)
        .map_or(query.len(), |(at, _)| at);
    let query = &query[..end];
    let mut words = 0;
    let mut in_word = false;
    for (at, c) in query.char_indices() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words > MAX_QUERY_WORDS {
                return query[..at].trim_end();
            }
        }
    }
    query
}

#[cfg(test)]
mod capped_query_tests {
    use super::*;

    #[test]
    fn keeps_short_queries_whole() {
        assert_eq!(capped_query("  lyon jazz "), "  lyon jazz ");
    }

    #[test]
    fn cuts_after_the_last_word_allowed() {
        let long = "w ".repeat(100);
        assert_eq!(
            capped_query(&long).split_whitespace().count(),
            MAX_QUERY_WORDS
        );
    }

    #[test]
    fn cuts_long_text_on_a_character_boundary() {
        let long = "é".repeat(MAX_QUERY_CHARS * 3);
        assert_eq!(capped_query(&long).chars().count(), MAX_QUERY_CHARS);
    }
}

#[cfg(test)]
mod named_tests {
    use super::*;

    /// Each value's JSON name is its `as_str`, and `parse` reads it back.
    fn round_trips<T>(all: &[T], as_str: fn(T) -> &'static str, parse: fn(&str) -> Option<T>)
    where
        T: Copy + PartialEq + std::fmt::Debug + Serialize + for<'de> Deserialize<'de>,
    {
        for &value in all {
            let name = as_str(value);
            assert_eq!(serde_json::to_value(value).ok(), Some(name.into()));
            assert_eq!(serde_json::from_value::<T>(name.into()).ok(), Some(value));
            assert_eq!(parse(name), Some(value));
        }
        assert_eq!(parse("no-such-name"), None);
    }

    #[test]
    fn json_names_are_the_names_of_as_str_and_parse() {
        round_trips(&Kind::ALL, Kind::as_str, Kind::parse);
        round_trips(&Region::ALL, Region::as_str, Region::parse);
        round_trips(&Filter::ALL, Filter::as_str, Filter::parse);
        round_trips(&Sort::ALL, Sort::as_str, Sort::parse);
    }

    #[test]
    fn the_names_of_the_public_contract() {
        let names = |all: &[&'static str]| all.join(" ");
        assert_eq!(names(&Kind::ALL.map(Kind::as_str)), "institution bip");
        assert_eq!(
            names(&Region::ALL.map(Region::as_str)),
            "europe outside-europe"
        );
        assert_eq!(
            names(&Filter::ALL.map(Filter::as_str)),
            "query programme kinds mobility level term countries region max_distance_km"
        );
        assert_eq!(
            names(&Sort::ALL.map(Sort::as_str)),
            "best-fit distance deadline name"
        );
        assert_eq!(
            names(&crate::search::Field::ALL.map(crate::search::Field::as_str)),
            "name short-name title city country programme tag host partner"
        );
    }
}
