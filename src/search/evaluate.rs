//! Evaluating one set of criteria against every institution and BIP: hard filters exclude,
//! soft preferences (languages, deadlines) lower the score and explain why. Results open to a
//! related programme (the same ISCED-F detailed field) form a second tier, after all others.

use time::Date;

use super::calendar::Season;
use super::criteria::{Kind, Region, Sort};
use super::explanation::{Explanation, Standing};
use super::index::TextMatch;
use super::note::{Detail, NoteCode};
use super::plan::Plan;
use super::result::Hit;
use crate::catalogue::{Agreement, Bip, Institution, IscedCode, Mobility, Programme};

/// A result before it is explained: what it is ranked by (`sorting`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate {
    /// Document number: institutions first, then BIPs.
    pub doc: u32,
    /// 0: fits the programme (or no programme asked); 1: open to a related programme.
    pub(super) tier: u8,
    /// Rounded as the hit shows it, so ties are ties.
    pub(super) score: f64,
    /// What orders results of equal score.
    pub(super) standing: Standing,
    pub(super) kind: Kind,
    /// The day to apply by for the next stay (or the BIP) one can still apply for.
    pub(super) next: Option<Date>,
}

impl Candidate {
    /// Whether it is open to a related programme rather than the one asked for.
    pub fn related(&self) -> bool {
        self.tier > 0
    }

    fn of(e: &Explanation, doc: usize, kind: Kind, tier: u8) -> Candidate {
        Candidate {
            doc: doc as u32,
            tier,
            score: e.rounded(),
            standing: e.standing(),
            kind,
            next: e.next_deadline(),
        }
    }
}

impl Plan<'_> {
    /// Every document that passes, scored but not explained (no text is built).
    pub fn candidates(&self) -> Vec<Candidate> {
        let catalogue = self.matcher.catalogue();
        let n = catalogue.institutions.len();
        let mut out = Vec::new();
        let mut silent = Explanation::silent();
        silent.soonest = self.criteria.sort == Some(Sort::Deadline);
        if self.institutions {
            for (doc, institution) in catalogue.institutions.iter().enumerate() {
                silent.reset();
                if let Some(tier) = self.institution(doc, institution, &mut silent) {
                    out.push(Candidate::of(&silent, doc, Kind::Institution, tier));
                }
            }
        }
        if self.bips {
            for (i, bip) in catalogue.bips.iter().enumerate() {
                silent.reset();
                if let Some(tier) = self.bip(n + i, bip, &mut silent) {
                    out.push(Candidate::of(&silent, n + i, Kind::Bip, tier));
                }
            }
        }
        out
    }

    /// The explained hit for a document that [`Plan::candidates`] returned.
    pub fn explain(&self, doc: u32) -> Option<Hit> {
        let catalogue = self.matcher.catalogue();
        let doc = doc as usize;
        let n = catalogue.institutions.len();
        let mut e = Explanation::recording();
        let distance = self.matcher.facts().distance(doc);
        if let Some(institution) = catalogue.institutions.get(doc) {
            let tier = self.institution(doc, institution, &mut e)?;
            let agreements = self
                .chosen(doc, institution, tier)
                .map(|(i, _)| i)
                .collect();
            Some(e.into_hit(
                Kind::Institution,
                institution.id.as_str(),
                distance,
                agreements,
                tier > 0,
            ))
        } else {
            let bip = catalogue.bips.get(doc - n)?;
            let tier = self.bip(doc, bip, &mut e)?;
            Some(e.into_hit(Kind::Bip, bip.id.as_str(), distance, Vec::new(), tier > 0))
        }
    }

    /// The text match of document `doc`: `Ok(None)` when there is no query,
    /// `Err(())` when the query excludes it.
    fn text_of(&self, doc: usize) -> Result<Option<TextMatch>, ()> {
        match &self.text {
            None => Ok(None),
            Some(matches) => matches.get(doc).copied().flatten().map(Some).ok_or(()),
        }
    }

    /// Country, region and distance filters for document `doc`.
    fn place_ok(&self, doc: usize) -> bool {
        let place = self.matcher.facts().place(doc);
        if let Some(wanted) = &self.countries {
            if !place.is_some_and(|p| wanted.contains(&p.country)) {
                return false;
            }
        }
        if let Some(region) = self.criteria.region {
            let europe = place.map(|p| p.europe);
            let ok = match region {
                Region::Europe => europe == Some(true),
                Region::OutsideEurope => europe == Some(false),
            };
            if !ok {
                return false;
            }
        }
        match self.criteria.max_distance_km {
            Some(max) => self.matcher.facts().distance(doc).is_some_and(|d| d <= max),
            None => true,
        }
    }

    /// Whether agreement `index` of institution `doc` passes the mobility, level, term and
    /// validity filters, and how it fits the programme asked for: `Some(0)` exactly (or no
    /// programme asked), `Some(1)` related (the same ISCED-F detailed field, other programmes
    /// named). A filter that fails excludes the agreement: it is never related instead.
    fn agreement_fit(&self, doc: usize, index: usize, agreement: &Agreement) -> Option<u8> {
        let f = self.matcher.facts().agreement(doc, index)?;
        let c = self.criteria;
        let mobility = c
            .mobility
            .as_deref()
            .filter(|m| !m.is_empty())
            .is_none_or(|m| m.contains(&f.mobility));
        let level = self
            .level_bit
            .is_none_or(|bit| f.levels == 0 || f.levels & bit != 0);
        let term = self
            .term_bit
            .is_none_or(|bit| f.terms == 0 || f.terms & bit != 0);
        let current = self.academic_year.is_none_or(|now| f.last_year >= now);
        if !(mobility && level && term && current) {
            return None;
        }
        let Some(p) = self.programme else {
            return Some(0);
        };
        let (exact, related) = match self.programme_bit {
            Some(bit) => (f.exact & bit != 0, f.related & bit != 0),
            None => (agreement.covers(p), agreement.isced == p.isced),
        };
        if exact {
            Some(0)
        } else if related {
            Some(1)
        } else {
            None
        }
    }

    /// The institution's agreements that pass the filters and fit at `tier`.
    fn chosen<'i>(
        &'i self,
        doc: usize,
        institution: &'i Institution,
        tier: u8,
    ) -> impl Iterator<Item = (usize, &'i Agreement)> + Clone + 'i {
        institution
            .agreements
            .iter()
            .enumerate()
            .filter(move |(i, a)| self.agreement_fit(doc, *i, a) == Some(tier))
    }

    /// Scores (and, when recording, explains) an institution; its tier if it is a result.
    fn institution(
        &self,
        doc: usize,
        institution: &Institution,
        e: &mut Explanation,
    ) -> Option<u8> {
        if !self.place_ok(doc) {
            return None;
        }
        let text = self.text_of(doc).ok()?;
        let facts = self.matcher.facts();
        // The best tier, and the places of the agreements at each tier: one pass.
        let mut best = None;
        let mut places = [0u64; 2];
        for (i, a) in institution.agreements.iter().enumerate() {
            if let Some(tier) = self.agreement_fit(doc, i, a) {
                best = Some(best.map_or(tier, |b: u8| b.min(tier)));
                let agreement_places = facts.agreement(doc, i).map_or(0, |f| f.places);
                if let Some(sum) = places.get_mut(usize::from(tier)) {
                    // Wider than one agreement's places, and saturating: it cannot wrap.
                    *sum = sum.saturating_add(u64::from(agreement_places));
                }
            }
        }
        let tier = best?;
        let chosen = self.chosen(doc, institution, tier);
        let agreements = || chosen.clone().map(|(_, a)| a);
        match (self.programme, tier) {
            (Some(p), 0) => e.reason(NoteCode::Programme, || Detail::Programme(p.id.clone())),
            (Some(_), _) => e.warn(NoteCode::RelatedField, || {
                agreements()
                    .next()
                    .map_or(Detail::Nothing, |a| Detail::Isced(a.isced.clone()))
            }),
            (None, _) => {}
        }
        e.text(text);
        e.reason(NoteCode::Mobility, || {
            let offered = Mobility::ALL
                .iter()
                .filter(|m| agreements().any(|a| a.mobility == **m));
            Detail::Mobilities(offered.copied().collect())
        });
        e.level_and_term(self.criteria.level, self.criteria.term);
        e.languages(
            &self.spoken,
            chosen.clone().map(|(i, _)| facts.agreement_langs(doc, i)),
        );
        e.places(places.get(usize::from(tier)).copied().unwrap_or(0));
        // Nomination deadlines are a student's: staff mobility alone has none.
        let students = chosen.clone().any(|(_, a)| !a.mobility.is_staff());
        if let Some(today) = self.today.filter(|_| students) {
            // The terms the fitting agreements offer, as bits per `Term` (0: every term).
            let mut offered = 0;
            for (i, _) in chosen {
                offered |= facts.agreement(doc, i).map_or(0, |f| f.terms);
            }
            e.next_mobility(self.criteria.term, offered, today, |term| {
                facts.deadlines(doc, term)
            });
        }
        Some(tier)
    }

    fn bip(&self, doc: usize, bip: &Bip, e: &mut Explanation) -> Option<u8> {
        let c = self.criteria;
        if let Some(mobility) = c.mobility.as_deref().filter(|m| !m.is_empty()) {
            // BIPs are short-term study mobility.
            if !mobility.contains(&Mobility::Study) {
                return None;
            }
        }
        if !self.place_ok(doc) {
            return None;
        }
        if let (Some(level), Some(levels)) = (c.level, &bip.levels) {
            if !levels.contains(&level) {
                return None;
            }
        }
        let dates = self.matcher.facts().bip_dates(doc);
        let season = dates.start.map(Season::of);
        if let (Some(term), Some(season)) = (c.term, season) {
            if !season.within(term) {
                return None;
            }
        }
        if let (Some(today), Some(end)) = (self.today, dates.end) {
            if end < today {
                return None;
            }
        }
        let text = self.text_of(doc).ok()?;
        let tier = match self.programme {
            None => 0,
            Some(p) => {
                let listed = bip.programmes.as_ref();
                if listed.is_some_and(|ids| ids.contains(&p.id))
                    || (listed.is_none() && bip.isced.as_ref() == Some(&p.isced))
                {
                    e.reason(NoteCode::Programme, || Detail::Programme(p.id.clone()));
                    0
                } else if listed.is_none() && bip.isced.is_none() {
                    e.reason(NoteCode::OpenProgramme, || Detail::Nothing);
                    0
                } else {
                    let field = self.bip_related_field(bip, p)?;
                    e.warn(NoteCode::RelatedField, || Detail::Isced(field.clone()));
                    1
                }
            }
        };
        e.text(text);
        // A BIP says when it takes place, whatever term was asked for.
        e.level_and_term(c.level, None);
        if let Some(season) = season {
            e.reason(NoteCode::Term, || Detail::Season(season));
        }
        let langs = self.matcher.facts().bip_langs(doc);
        e.languages(&self.spoken, std::iter::once(langs));
        if let (Some(start), Some(end)) = (dates.start, dates.end) {
            e.reason(NoteCode::Dates, || Detail::Dates(start, end));
        }
        e.places(bip.places.map_or(0, u64::from));
        if let Some(apply_by) = dates.apply_by {
            e.deadline(NoteCode::ApplyBy, apply_by, self.today);
        }
        Some(tier)
    }

    /// The ISCED field through which a BIP is related to programme `p`, if it is: its own
    /// or one of its programmes', equal to the programme's detailed field.
    fn bip_related_field<'b>(&'b self, bip: &'b Bip, p: &Programme) -> Option<&'b IscedCode> {
        let catalogue = self.matcher.catalogue();
        let mut fields = bip.isced.iter().chain(
            bip.programmes
                .iter()
                .flatten()
                .filter_map(|id| catalogue.programme(id.as_str()))
                .map(|q| &q.isced),
        );
        fields.find(|field| **field == p.isced)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Criteria, Matcher};

    #[test]
    fn places_near_u32_max_add_up_without_wrapping() {
        // Built without validation (which bounds places), to show the sum itself cannot wrap.
        let mut json: serde_json::Value =
            match serde_json::from_str(include_str!("../../tests/fixtures/small.json")) {
                Ok(json) => json,
                Err(e) => panic!("the small fixture is JSON: {e}"),
            };
        let lyon = &mut json["institutions"][0];
        assert_eq!(lyon["id"], "cnsmd-lyon");
        let mut agreement = lyon["agreements"][0].clone();
        agreement["places"] = u32::MAX.into();
        lyon["agreements"] = vec![agreement; 3].into();
        let catalogue = match serde_json::from_value(json) {
            Ok(c) => c,
            Err(e) => panic!("the fixture reads as a catalogue: {e}"),
        };
        let matcher = Matcher::from_checked(crate::catalogue::Checked {
            catalogue,
            warnings: Vec::new(),
            skipped: Vec::new(),
        });
        let criteria = Criteria {
            programme: Some("classical-music".into()),
            today: Some("2026-11-29".into()),
            ..Criteria::default()
        };
        let hits = match matcher.search(&criteria) {
            Ok(hits) => hits,
            Err(e) => panic!("the search runs: {e}"),
        };
        let places: Vec<String> = hits
            .iter()
            .filter(|h| h.id == "cnsmd-lyon")
            .flat_map(|h| &h.reasons)
            .filter(|n| n.code == NoteCode::Places)
            .map(|n| n.detail.to_string())
            .collect();
        assert_eq!(places, [(3 * u64::from(u32::MAX)).to_string()]);
    }
}
