//! What the shortlist shows of each saved result, the same on screen, in the comparison, on
//! paper, in the calendar and in the mail: its next deadline, and the facts that decide
//! (levels, languages asked, months, places) of the agreements open to the student's
//! programme.

use time::Date;

use crate::catalogue::{Agreement, LanguageRequirement, Level, Mobility, Programme, Term};
use crate::search::{Kind, Matcher};
use crate::shortlist::Key;

/// A deadline: an institution's for a semester, or a BIP's application date (`term: None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub date: Date,
    pub term: Option<Term>,
}

/// The partner school's deadlines from `today` on, the next of each semester, earliest
/// first; a BIP's application date (also when it has passed: the student sees it closed).
pub fn deadlines(m: &Matcher, key: &Key, today: Date) -> Vec<Deadline> {
    let mut out: Vec<Deadline> = Vec::new();
    match key.kind {
        Kind::Institution => {
            let Some(i) = m.institution(&key.id) else {
                return out;
            };
            let d = &i.deadlines;
            for (term, day) in [
                (Term::Autumn, &d.autumn),
                (Term::Spring, &d.spring),
                (Term::FullYear, &d.full_year),
            ] {
                let Some(day) = day else { continue };
                let this_year = day.in_year(today.year());
                let next = match this_year {
                    Some(date) if date >= today => Some(date),
                    _ => day.in_year(today.year() + 1),
                };
                if let Some(date) = next {
                    let at = out.iter().position(|o| o.date > date).unwrap_or(out.len());
                    out.insert(
                        at,
                        Deadline {
                            date,
                            term: Some(term),
                        },
                    );
                }
            }
        }
        Kind::Bip => {
            if let Some(date) = m.bip(&key.id).and_then(|b| b.apply_by.as_ref()?.parse()) {
                out.push(Deadline { date, term: None });
            }
        }
    }
    out
}

/// The first of [`deadlines`].
pub fn next_deadline(m: &Matcher, key: &Key, today: Date) -> Option<Deadline> {
    deadlines(m, key, today).into_iter().next()
}

/// What decides, for the comparison.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    /// Empty: every level.
    pub levels: Vec<Level>,
    /// Alternatives: any one suffices (empty: no requirement).
    pub languages: Vec<LanguageRequirement>,
    /// Shortest and longest stay, in months.
    pub months: Option<(u32, u32)>,
    /// Places per year (for a BIP: in all).
    pub places: Option<u32>,
}

/// Whether an agreement is open to a programme: it names it, or names none and has its field.
fn open_to(a: &Agreement, p: &Programme) -> bool {
    match &a.programmes {
        Some(ids) => ids.contains(&p.id),
        None => a.isced == p.isced,
    }
}

fn add_languages(into: &mut Vec<LanguageRequirement>, asked: &[LanguageRequirement]) {
    for l in asked {
        if !into.contains(l) {
            into.push(l.clone());
        }
    }
}

/// The facts of a saved result: for an institution, of its student agreements open to
/// `programme` (all its student agreements when none is, or no programme is chosen).
pub fn summary(m: &Matcher, key: &Key, programme: Option<&str>) -> Option<Summary> {
    let mut s = Summary::default();
    match key.kind {
        Kind::Bip => {
            let b = m.bip(&key.id)?;
            s.levels = b.levels.clone().unwrap_or_default();
            s.languages = b.languages.clone();
            s.places = b.places;
        }
        Kind::Institution => {
            let i = m.institution(&key.id)?;
            let programme = programme.and_then(|p| m.resolve_programme(p));
            let student =
                |a: &&Agreement| matches!(a.mobility, Mobility::Study | Mobility::Traineeship);
            let mut chosen: Vec<&Agreement> = i
                .agreements
                .iter()
                .filter(student)
                .filter(|a| programme.is_none_or(|p| open_to(a, p)))
                .collect();
            if chosen.is_empty() {
                chosen = i.agreements.iter().filter(student).collect();
            }
            let mut every_level = false;
            let mut places = None;
            for a in chosen {
                match &a.levels {
                    None => every_level = true,
                    Some(levels) => {
                        for l in levels {
                            if !s.levels.contains(l) {
                                s.levels.push(*l);
                            }
                        }
                    }
                }
                add_languages(&mut s.languages, &a.languages);
                if let Some(n) = a.months {
                    s.months = Some(s.months.map_or((n, n), |(lo, hi)| (lo.min(n), hi.max(n))));
                }
                if let Some(n) = a.places {
                    places = Some(places.unwrap_or(0) + n);
                }
            }
            if every_level {
                s.levels.clear();
            }
            s.places = places;
        }
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::values::parse_date;

    fn demo() -> Matcher {
        Matcher::from_json(include_str!("../www/catalogue.json")).unwrap_or_else(|e| panic!("{e}"))
    }

    fn date(s: &str) -> Date {
        parse_date(s).unwrap_or_else(|| panic!("{s}"))
    }

    #[test]
    fn an_institutions_deadlines_come_next_in_date_order() {
        let m = demo();
        let i = &m.catalogue().institutions[0];
        let key = Key::new(Kind::Institution, i.id.as_str());
        let today = date("2026-11-29");
        let found = deadlines(&m, &key, today);
        assert!(!found.is_empty(), "{} has deadlines", i.id);
        for pair in found.windows(2) {
            assert!(pair[0].date <= pair[1].date);
        }
        for d in &found {
            assert!(d.date >= today && d.date < date("2027-11-30"), "{d:?}");
        }
        assert_eq!(next_deadline(&m, &key, today), found.first().copied());
    }

    #[test]
    fn a_bips_deadline_is_its_application_date() {
        let m = demo();
        let b = m
            .catalogue()
            .bips
            .iter()
            .find(|b| b.apply_by.is_some())
            .unwrap_or_else(|| panic!("a BIP with apply_by"));
        let key = Key::new(Kind::Bip, b.id.as_str());
        let next = next_deadline(&m, &key, date("2030-01-01")).map(|d| d.date);
        assert_eq!(next, b.apply_by.as_ref().and_then(|d| d.parse()));
        let s = summary(&m, &key, None).unwrap_or_default();
        assert_eq!(s.places, b.places);
    }

    #[test]
    fn a_summary_speaks_of_the_agreements_open_to_the_programme() {
        let m = demo();
        let c = m.catalogue();
        let p = &c.programmes[0];
        let i = c
            .institutions
            .iter()
            .find(|i| i.agreements.iter().any(|a| open_to(a, p)))
            .unwrap_or_else(|| panic!("an institution for {}", p.id));
        let key = Key::new(Kind::Institution, i.id.as_str());
        let s = summary(&m, &key, Some(p.id.as_str())).unwrap_or_default();
        let open: Vec<&Agreement> = i.agreements.iter().filter(|a| open_to(a, p)).collect();
        let months: Vec<u32> = open.iter().filter_map(|a| a.months).collect();
        assert_eq!(s.months.map(|m| m.0), months.iter().min().copied());
        for a in &open {
            for l in &a.languages {
                assert!(s.languages.contains(l));
            }
        }
        assert_eq!(
            summary(&m, &Key::new(Kind::Institution, "nowhere"), None),
            None
        );
    }
}
