//! The matching engine: from criteria to ranked, explained hits.
//!
//! One idea per file: `criteria` (what a student asks), `normalise` (criteria made to fit a catalogue), `matcher` (a loaded catalogue, ready
//! to search), `facts` (each document's facts packed for the inner loop), `documents` (what
//! the text index holds of each institution and BIP), `index` (a generic text index over
//! `field`s), `programme` (finding the programme a student means), `plan` (criteria resolved
//! against a matcher), `evaluate` (one plan over every document), `explanation` (reasons,
//! warnings and the score), `calendar` (semesters and nomination deadlines), `ranking` (the
//! ordered results and the searches derived from them), `result` and `note` (what a search answers: hits, their reasons and warnings).

mod calendar;
mod criteria;
mod documents;
mod evaluate;
mod explanation;
mod facts;
mod field;
mod index;
mod matcher;
mod normalise;
mod note;
mod plan;
mod programme;
mod ranking;
mod result;

pub use criteria::{
    capped_query, Criteria, CriteriaError, Filter, Kind, Region, MAX_QUERY_CHARS, MAX_QUERY_WORDS,
};
pub use field::Field;
pub use matcher::{Matcher, NameLength};
pub use normalise::Normalised;
pub use note::{Detail, Note, NoteCode};
pub use ranking::{Loosening, Page, Ranking};
pub use result::Hit;
