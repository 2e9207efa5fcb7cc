//! What the matcher answers: ranked hits, each explained.

use serde::Serialize;

use super::criteria::Kind;
use super::note::Note;
use crate::geo::DistanceBand;

/// One result. The JSON shape is a fixed interface (design: "Search criteria and results");
/// `agreements` is an addition: the indices of the institution's agreements that fit;
/// `related` another: `true` for a result open to a related programme (same ISCED-F detailed
/// field), which follows every result that fits the programme; absent otherwise.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub kind: Kind,
    pub id: String,
    /// 0 to 1, rounded to three decimals; higher is better.
    pub score: f64,
    /// Why it fits.
    pub reasons: Vec<Note>,
    /// What does not fit, or needs attention.
    pub warnings: Vec<Note>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_band: Option<DistanceBand>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub agreements: Vec<usize>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub related: bool,
}
