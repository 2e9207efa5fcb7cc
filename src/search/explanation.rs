//! Reasons, warnings and the score they add up to.

use super::criteria::Kind;
use super::index::TextMatch;
use super::result::{Hit, Note, NoteCode};
use crate::geo::DistanceBand;

/// Reasons, warnings and the score they add up to, for one hit. A silent explanation only
/// scores: ranking thousands of documents builds no text; only the hits shown are explained.
pub(super) struct Explanation {
    record: bool,
    reasons: Vec<Note>,
    warnings: Vec<Note>,
    score: f64,
}

impl Explanation {
    pub(super) fn silent() -> Explanation {
        Explanation {
            record: false,
            reasons: Vec::new(),
            warnings: Vec::new(),
            score: 1.0,
        }
    }

    pub(super) fn recording() -> Explanation {
        Explanation {
            record: true,
            ..Explanation::silent()
        }
    }

    pub(super) fn reset(&mut self) {
        self.score = 1.0;
    }

    pub(super) fn reason(&mut self, code: NoteCode, detail: impl FnOnce() -> String) {
        self.reason_if(code, || Some(detail()));
    }

    /// A reason that only some hits have; `detail` says whether and what.
    pub(super) fn reason_if(&mut self, code: NoteCode, detail: impl FnOnce() -> Option<String>) {
        if self.record {
            if let Some(detail) = detail() {
                self.reasons.push(Note::new(code, detail));
            }
        }
    }

    pub(super) fn warn(&mut self, code: NoteCode, detail: impl FnOnce() -> String, factor: f64) {
        if self.record {
            self.warnings.push(Note::new(code, detail()));
        }
        self.score *= factor;
    }

    /// A query match adds a reason per field and scales the score by how well it matched.
    pub(super) fn text(&mut self, text: Option<TextMatch>) {
        if let Some(m) = text {
            for field in m.fields() {
                self.reason(NoteCode::Query, || field.as_str().to_owned());
            }
            self.score *= 0.5 + 0.5 * f64::from(m.score);
        }
    }

    /// The score as hits show it: three decimals.
    pub(super) fn rounded(&self) -> f64 {
        (self.score * 1000.0).round() / 1000.0
    }

    pub(super) fn into_hit(
        self,
        kind: Kind,
        id: &str,
        distance: Option<f64>,
        agreements: Vec<usize>,
    ) -> Hit {
        Hit {
            kind,
            id: id.to_owned(),
            score: self.rounded(),
            reasons: self.reasons,
            warnings: self.warnings,
            distance_km: distance.map(|d| d.round() as u32),
            distance_band: distance.map(DistanceBand::of),
            agreements,
        }
    }
}
