//! The matching engine: from criteria to ranked, explained hits. One idea per file:
//!
//! - `criteria`: what a student asks; `normalise`: criteria made to fit a catalogue.
//! - `matcher`: a loaded catalogue, ready to search (records by id, display names);
//!   `name_order`: its documents in the order of their names, per language.
//! - `facts`: what the inner loop reads of each document, packed.
//! - `field`, `index`: a generic text index over fields; `documents`: what it holds of each
//!   institution and BIP.
//! - `programme`: finding the programme a student means.
//! - `query`: a query's words understood (stop words, languages, regions and countries, places
//!   joined by "or", whole city names); `word_terms`: a content word's synonyms (from
//!   `crate::lexicon`) and compound parts; `terms`: what an understood query is made of;
//!   `place_names`: words only the gazetteer (`crate::places`) knows; `scoring`: an understood
//!   query scored over the index, the words that match nothing left out.
//! - `plan`: criteria resolved against a matcher; `evaluate`: one plan over every document;
//!   `calendar`: stays abroad, their deadlines (the partner's and the home school's), the next
//!   stay one can still apply for, and a BIP's season.
//! - `explanation`: reasons, warnings and the score they add up to.
//! - `sorting`: the orders a student can choose (best fit, distance, next deadline, name).
//! - `ranking`: the ordered results, pages, and the searches derived from them (results per
//!   country, filters to loosen).
//! - `result`, `note`: what a search answers (hits; reasons and warnings with typed details).
//!
//! The closed sets (`Kind`, `Region`, `Sort`, `Filter`, `Field`) are written with the crate's
//! `named_enum!` (`crate::named`), the one definition of their `ALL`, `as_str` and `parse`.
//!
//! Dependencies run one way: `criteria` and `field` know only `crate::named`, `facts` no other file,
//! `note` on `field` and `calendar`, `index` only on `field`; `terms` on `field`; `word_terms` on `terms` and `index`;
//! `query` on those; `place_names` on `terms` and `index`; `scoring` on `query`, `terms`, `index`
//! and `facts`; `matcher` builds on `facts`, `documents`, `index`, `query`, `place_names`,
//! `scoring` and `name_order` (which reads only the catalogue); `plan` on `matcher`; `evaluate`
//! on `plan` and `explanation`; `sorting` on `evaluate` and `matcher`; `ranking` on `evaluate`
//! and `sorting`.

mod calendar;
mod criteria;
mod documents;
mod evaluate;
mod explanation;
mod facts;
mod field;
mod index;
mod matcher;
mod name_order;
mod normalise;
mod note;
mod place_names;
mod plan;
mod programme;
mod query;
mod ranking;
mod recent_counts;
mod result;
mod scoring;
mod shared;
mod sorting;
mod terms;
mod word_terms;

pub use calendar::{next_stays, Season, Stay, Window};
pub use criteria::{
    capped_query, Criteria, CriteriaError, Filter, Kind, Region, Sort, MAX_QUERY_CHARS,
    MAX_QUERY_WORDS,
};
pub use field::Field;
pub use matcher::{Matcher, NameLength};
pub use normalise::Normalised;
pub use note::{Detail, Note, NoteCode};
pub use ranking::{pages_to_show, Loosening, Page};
pub use result::Hit;
pub use shared::shared_reasons;
