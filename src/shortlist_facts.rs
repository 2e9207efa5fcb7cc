//! What the shortlist shows of each saved result, the same on screen, side by side, on paper,
//! in the calendar and in the mail: where it is, its next deadline (from the academic calendar,
//! `search::next_stays`, with the home school's deadlines) and the facts that decide, read
//! from the result as a search for the student's programme would find it ([`hit_for`]).

use time::Date;

use crate::geo::{distance_km, DistanceBand};
use crate::i18n::{country_name, fill, format_day, stay_words, ui};
use crate::locale::Locale;
use crate::search::{next_stays, Hit, Kind, Matcher, Window};
use crate::shortlist::Key;

/// A deadline: of an institution's next stay of a term (the home school's when known, else
/// the partner's), or a BIP's application date (`stay: None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub date: Date,
    pub stay: Option<Window>,
}

/// The deadlines of a saved result from `today` on: an institution's next stay of each term,
/// earliest first; a BIP's application date (also when it has passed: the student sees it
/// closed).
pub fn deadlines(m: &Matcher, key: &Key, today: Date) -> Vec<Deadline> {
    let mut out: Vec<Deadline> = Vec::new();
    match key.kind {
        Kind::Institution => {
            let Some(i) = m.institution(&key.id) else {
                return out;
            };
            let home = m.catalogue().home_deadlines_for(i);
            for window in next_stays(&i.deadlines, &home, today) {
                if let Some(date) = window.apply_by() {
                    let at = out.iter().position(|o| o.date > date).unwrap_or(out.len());
                    let stay = Some(window);
                    out.insert(at, Deadline { date, stay });
                }
            }
        }
        Kind::Bip => {
            if let Some(date) = m.bip(&key.id).and_then(|b| b.apply_by.as_ref()?.parse()) {
                out.push(Deadline { date, stay: None });
            }
        }
    }
    out
}

/// The first of [`deadlines`].
pub fn next_deadline(m: &Matcher, key: &Key, today: Date) -> Option<Deadline> {
    deadlines(m, key, today).into_iter().next()
}

/// "1 October 2027 (spring 2028)", or the date alone for a BIP.
pub fn deadline_text(d: Deadline, l: Locale) -> String {
    let day = format_day(d.date, l);
    match d.stay {
        Some(w) => format!("{day} ({})", stay_words(w.stay, l)),
        None => day,
    }
}

/// "Amsterdam, Netherlands": where a saved result is (nothing for an online-only BIP).
pub fn place(m: &Matcher, key: &Key, l: Locale) -> Option<String> {
    let (city, country) = match key.kind {
        Kind::Institution => {
            let i = m.institution(&key.id)?;
            (i.city.get(l), i.country.as_str())
        }
        Kind::Bip => {
            let p = m.bip(&key.id)?.physical.as_ref()?;
            (p.city.get(l), p.country.as_str())
        }
    };
    Some(fill(ui::PLACE.get(l), &[city, &country_name(country, l)]))
}

/// A saved result as a search would find it: its distance from home and, for an institution,
/// its student agreements open to `programme` (all of them when none is, or no programme is
/// chosen), so the card's facts (`i18n::deciding_facts`) and the estimate (`estimate`) speak
/// of it as they do of a result. `None` when the catalogue has no such result.
pub fn hit_for(m: &Matcher, key: &Key, programme: Option<&str>) -> Option<Hit> {
    let home = m.catalogue().home.location;
    let (location, agreements) = match key.kind {
        Kind::Bip => {
            let b = m.bip(&key.id)?;
            (b.physical.as_ref().and_then(|p| p.location), Vec::new())
        }
        Kind::Institution => {
            let i = m.institution(&key.id)?;
            let programme = programme.and_then(|p| m.resolve_programme(p));
            let mut open = Vec::new();
            let mut every = Vec::new();
            for (n, a) in i.agreements.iter().enumerate() {
                if !a.mobility.is_staff() {
                    every.push(n);
                    if programme.is_none_or(|p| a.covers(p)) {
                        open.push(n);
                    }
                }
            }
            (Some(i.location), if open.is_empty() { every } else { open })
        }
    };
    let km = location.map(|at| distance_km(home, at));
    Some(Hit {
        kind: key.kind,
        id: key.id.clone(),
        score: 0.0,
        reasons: Vec::new(),
        warnings: Vec::new(),
        distance_km: km.map(|d| d.round() as u32),
        distance_band: km.map(DistanceBand::of),
        agreements,
        related: false,
    })
}

/// Places per year of the agreements (a BIP's in all): "2 places per year", "10 places".
pub fn places_text(m: &Matcher, hit: &Hit, l: Locale) -> Option<String> {
    match hit.kind {
        Kind::Bip => Some(ui::places(m.bip(&hit.id)?.places?, l)),
        Kind::Institution => {
            let i = m.institution(&hit.id)?;
            let mut total: Option<u32> = None;
            for &n in &hit.agreements {
                if let Some(p) = i.agreements.get(n).and_then(|a| a.places) {
                    total = Some(total.unwrap_or(0).saturating_add(p));
                }
            }
            Some(fill(ui::PER_YEAR.get(l), &[&ui::places(total?, l)]))
        }
    }
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
    fn an_institutions_deadlines_come_next_in_date_order_with_their_stay() {
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
            assert!(d.date >= today, "{d:?}");
            assert!(d.stay.is_some());
        }
        assert_eq!(next_deadline(&m, &key, today), found.first().copied());
        let text = deadline_text(found[0], Locale::En);
        assert!(text.contains(&found[0].date.year().to_string()), "{text}");
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
    }

    #[test]
    fn a_saved_result_is_read_for_the_students_programme() {
        let m = demo();
        let c = m.catalogue();
        let p = &c.programmes[0];
        let i = c
            .institutions
            .iter()
            .find(|i| i.agreements.iter().any(|a| a.covers(p)))
            .unwrap_or_else(|| panic!("an institution for {}", p.id));
        let key = Key::new(Kind::Institution, i.id.as_str());
        let hit = hit_for(&m, &key, Some(p.id.as_str())).unwrap_or_else(|| panic!("found"));
        for &n in &hit.agreements {
            assert!(i.agreements[n].covers(p));
        }
        assert!(hit.distance_km.is_some());
        assert_eq!(
            hit_for(&m, &Key::new(Kind::Institution, "nowhere"), None),
            None
        );
    }
}
