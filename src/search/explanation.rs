//! Reasons, warnings, the score they add up to, and what orders results of equal score.

use std::cmp::Reverse;

use time::Date;

use super::calendar::{outlook, Window, Yearly};
use super::criteria::Kind;
use super::facts::Lang;
use super::index::TextMatch;
use super::note::{Detail, Note, NoteCode};
use super::result::Hit;
use crate::catalogue::{Level, Term};
use crate::geo::DistanceBand;

/// What a warning costs: the score is multiplied by it. Results that fit the programme always
/// rank above related ones (by tier), so these only order results within a tier.
fn cost(warning: NoteCode) -> f64 {
    match warning {
        NoteCode::RelatedField => 0.6,
        NoteCode::Language => 0.7,
        NoteCode::TermClosed | NoteCode::DeadlinePassed => 0.85,
        _ => 1.0,
    }
}

/// A nomination or application deadline, as the order of results sees it: open ones first,
/// the soonest first; then results without a known deadline; then the ones that passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub(super) enum DeadlineKey {
    Open(Date),
    #[default]
    Unknown,
    Passed,
}

/// What orders results of equal score, first field first (README, "Order of results"):
/// every preference met before some, the language requirement met before not, an open
/// deadline (the soonest first) before a passed one, then more places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub(super) struct Standing {
    /// Stated preferences not met (languages, a deadline that passed): fewer first.
    unmet: u8,
    /// The language requirement is not met.
    language_unmet: bool,
    deadline: DeadlineKey,
    /// Places per year: more first.
    places: Reverse<u64>,
}

/// Reasons, warnings and the score they add up to, for one hit. A silent explanation only
/// scores: ranking thousands of documents builds no detail; only the hits shown are explained.
pub(super) struct Explanation {
    record: bool,
    /// Find the next deadline without a term asked even when silent (`Sort::Deadline`).
    pub(super) soonest: bool,
    reasons: Vec<Note>,
    warnings: Vec<Note>,
    score: f64,
    standing: Standing,
    /// The day to apply by for the next stay (or the BIP) the student can still apply for.
    next: Option<Date>,
}

impl Explanation {
    pub(super) fn silent() -> Explanation {
        Explanation {
            record: false,
            soonest: false,
            reasons: Vec::new(),
            warnings: Vec::new(),
            score: 1.0,
            standing: Standing::default(),
            next: None,
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
        self.standing = Standing::default();
        self.next = None;
    }

    pub(super) fn reason(&mut self, code: NoteCode, detail: impl FnOnce() -> Detail) {
        self.reason_if(code, || Some(detail()));
    }

    /// A reason that only some hits have; `detail` says whether and what.
    pub(super) fn reason_if(&mut self, code: NoteCode, detail: impl FnOnce() -> Option<Detail>) {
        if self.record {
            if let Some(detail) = detail() {
                self.reasons.push(Note::new(code, detail));
            }
        }
    }

    /// A warning, which lowers the score by what it costs.
    pub(super) fn warn(&mut self, code: NoteCode, detail: impl FnOnce() -> Detail) {
        if self.record {
            self.warnings.push(Note::new(code, detail()));
        }
        self.score *= cost(code);
        match code {
            NoteCode::Language => {
                self.standing.unmet = self.standing.unmet.saturating_add(1);
                self.standing.language_unmet = true;
            }
            NoteCode::TermClosed | NoteCode::DeadlinePassed => {
                self.standing.unmet = self.standing.unmet.saturating_add(1);
            }
            _ => {}
        }
    }

    /// Places per year (0: not given), a reason when there are some.
    pub(super) fn places(&mut self, places: u64) {
        self.standing.places = Reverse(places);
        self.reason_if(NoteCode::Places, || {
            (places > 0).then_some(Detail::Count(places))
        });
    }

    /// A query match adds a reason per field and scales the score by how well it matched.
    pub(super) fn text(&mut self, text: Option<TextMatch>) {
        if let Some(m) = text {
            for field in m.fields() {
                self.reason(NoteCode::Query, || Detail::Field(field));
            }
            self.score *= 0.5 + 0.5 * f64::from(m.score);
        }
    }

    /// The level and term asked for, which every result offers.
    pub(super) fn level_and_term(&mut self, level: Option<Level>, term: Option<Term>) {
        if let Some(level) = level {
            self.reason(NoteCode::Level, || Detail::Level(level));
        }
        if let Some(term) = term {
            self.reason(NoteCode::Term, || Detail::Term(term));
        }
    }

    /// The next stay the student can still apply for, from the deadlines of each term
    /// (`deadlines`: the partner's and the home school's). For the term asked: that term's
    /// next stay, or, when its deadline passed, a warning and the stay a year later; the
    /// deadline orders results. Without a term: the soonest of the terms the agreements offer
    /// (`offered`: bits per `Term`, 0 for all), which does not change the order.
    pub(super) fn next_mobility(
        &mut self,
        asked: Option<Term>,
        offered: u8,
        today: Date,
        deadlines: impl Fn(Term) -> (Option<Yearly>, Option<Yearly>),
    ) {
        let of = |term| {
            let (partner, home) = deadlines(term);
            outlook(term, partner, home, today)
        };
        if let Some(term) = asked {
            let Some(o) = of(term) else { return };
            if let Some(closed) = o.closed {
                self.standing.deadline = DeadlineKey::Passed;
                self.warn(NoteCode::TermClosed, || Detail::Window(closed));
            } else if let Some(day) = o.open.apply_by() {
                self.standing.deadline = DeadlineKey::Open(day);
            }
            self.next = o.open.apply_by();
            self.reason(NoteCode::NextMobility, || Detail::Window(o.open));
            return;
        }
        if !(self.record || self.soonest) {
            return;
        }
        let has = |term: Term| {
            let bit = Term::ALL.iter().position(|t| *t == term).unwrap_or(0);
            offered == 0 || offered & (1 << bit) != 0
        };
        // A full year starts when the autumn term does: only a stay of its own when the
        // agreements offer no autumn term.
        let mut soonest: Option<Window> = None;
        for term in Term::ALL {
            if !has(term) || (term == Term::FullYear && has(Term::Autumn)) {
                continue;
            }
            if let Some(open) = of(term).map(|o| o.open) {
                if soonest.is_none_or(|s| open.apply_by() < s.apply_by()) {
                    soonest = Some(open);
                }
            }
        }
        if let Some(window) = soonest {
            self.next = window.apply_by();
            self.reason(NoteCode::NextMobility, || Detail::Window(window));
        }
    }

    /// A deadline: once passed (`today` is later) a warning, before that a reason `code`.
    pub(super) fn deadline(&mut self, code: NoteCode, deadline: Date, today: Option<Date>) {
        if today.is_some_and(|today| deadline < today) {
            self.standing.deadline = DeadlineKey::Passed;
            self.warn(NoteCode::DeadlinePassed, || Detail::Date(deadline));
        } else {
            self.standing.deadline = DeadlineKey::Open(deadline);
            self.next = Some(deadline);
            self.reason(code, || Detail::Date(deadline));
        }
    }

    /// Compares what the student speaks with each alternative set of requirements (one per
    /// agreement; within a set any one language suffices).
    pub(super) fn languages<'a>(
        &mut self,
        spoken: &[Lang],
        sets: impl Iterator<Item = &'a [Lang]> + Clone,
    ) {
        if spoken.is_empty() || sets.clone().any(|set| set.is_empty()) {
            return;
        }
        let met = sets.clone().flatten().find(|req| {
            spoken
                .iter()
                .any(|s| s.code == req.code && s.cefr >= req.cefr)
        });
        match met {
            Some(req) => self.reason(NoteCode::Language, || {
                Detail::Languages(vec![req.requirement()])
            }),
            None => self.warn(NoteCode::Language, || {
                let mut asked: Vec<Lang> = Vec::new();
                for &req in sets.flatten() {
                    if !asked.contains(&req) {
                        asked.push(req);
                    }
                }
                Detail::Languages(asked.iter().map(Lang::requirement).collect())
            }),
        }
    }

    /// What orders this result among those of equal score.
    pub(super) fn standing(&self) -> Standing {
        self.standing
    }

    /// The day to apply by for the next stay the student can still apply for, if known.
    pub(super) fn next_deadline(&self) -> Option<Date> {
        self.next
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
        related: bool,
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
            related,
        }
    }
}
