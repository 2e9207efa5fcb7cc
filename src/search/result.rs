//! What the matcher answers: ranked hits, each explained.

use serde::{Deserialize, Serialize};

use super::criteria::Kind;
use crate::geo::DistanceBand;

/// One result. The JSON shape is a fixed interface (design: "Search criteria and results");
/// `agreements` is an addition: the indices of the institution's agreements that fit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub kind: Kind,
    pub id: String,
    /// 0 to 1, rounded to three decimals; higher is better.
    pub score: f64,
    /// Why it fits.
    pub reasons: Vec<Note>,
    /// What does not fit, or needs attention.
    pub warnings: Vec<Note>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_band: Option<DistanceBand>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agreements: Vec<usize>,
}

/// A reason or a warning: a code (stable, for programs and translations) and a detail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub code: NoteCode,
    pub detail: String,
}

impl Note {
    pub fn new(code: NoteCode, detail: impl Into<String>) -> Note {
        Note {
            code,
            detail: detail.into(),
        }
    }
}

/// Every kind of reason and warning. Details, by code:
///
/// Reasons: `programme` (programme id), `open-programme` (BIP open to every programme; empty),
/// `query` (the field the words matched: name, short-name, city, country, programme, tag,
/// title, host, partner), `mobility` (mobility types offered, comma-separated), `level`,
/// `term`, `language` (the requirement the student meets, "en B2"; empty when none is asked),
/// `places` (places per year), `deadline` (next nomination deadline, YYYY-MM-DD),
/// `dates` (BIP's physical week, "start/end"), `apply-by` (BIP's application deadline).
///
/// Warnings: `language` (requirements not met, "fr B1, en B2"), `related-field` (the ISCED
/// field of the agreement: same narrow field, other programme), `deadline-passed` (the date
/// that passed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteCode {
    Programme,
    OpenProgramme,
    Query,
    Mobility,
    Level,
    Term,
    Language,
    Places,
    Deadline,
    Dates,
    ApplyBy,
    RelatedField,
    DeadlinePassed,
}
