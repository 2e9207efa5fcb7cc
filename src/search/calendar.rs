//! The academic calendar: when a stay abroad starts, which deadlines it has, the next stay a
//! student can still apply for, and the season a BIP's dates fall in.

use std::fmt;

use time::{Date, Month};

use crate::catalogue::values::month_day_in_year;
use crate::catalogue::{Deadlines, Term};

/// A yearly deadline: its month and day (a 29 February falls on the 28th in other years).
pub(super) type Yearly = (Month, u8);

/// A stay abroad: the term it starts in and the calendar year it starts (a spring stay of
/// 2028 starts in February 2028; autumn and full-year stays in September).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stay {
    pub term: Term,
    pub year: i32,
}

impl Stay {
    /// The first day of the stay: 1 February for spring, 1 September otherwise.
    fn start(self) -> Option<Date> {
        let month = if self.term == Term::Spring {
            Month::February
        } else {
            Month::September
        };
        Date::from_calendar_date(self.year, month, 1).ok()
    }

    /// The first stay of `term` that starts after `today`.
    fn first_after(term: Term, today: Date) -> Option<Stay> {
        let this_year = Stay {
            term,
            year: today.year(),
        };
        if this_year.start()? > today {
            Some(this_year)
        } else {
            Some(this_year.next())
        }
    }

    /// The same term a year later.
    fn next(self) -> Stay {
        Stay {
            term: self.term,
            year: self.year.saturating_add(1),
        }
    }
}

/// "spring 2028"; a full year as "full-year 2027".
impl fmt::Display for Stay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.term, self.year)
    }
}

/// The deadlines of one stay: the home school's (by when a student applies there) and the
/// partner's (by when the home school nominates them); at least one of them is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub stay: Stay,
    pub home: Option<Date>,
    pub partner: Option<Date>,
}

impl Window {
    /// The deadlines of `stay`: each yearly day at its last time before the stay starts.
    fn of(stay: Stay, partner: Option<Yearly>, home: Option<Yearly>) -> Option<Window> {
        let start = stay.start()?;
        let before = |day: Option<Yearly>| day.and_then(|day| last_before(day, start));
        let window = Window {
            stay,
            home: before(home),
            partner: before(partner),
        };
        (window.home.is_some() || window.partner.is_some()).then_some(window)
    }

    /// The day the student must act by: the home school's deadline when it is known, else the
    /// partner's (the home school has to nominate by then).
    pub fn apply_by(&self) -> Option<Date> {
        self.home.or(self.partner)
    }
}

/// "spring 2028, home 2027-10-01, partner 2027-10-15", the unknown deadline left out.
impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.stay)?;
        if let Some(home) = self.home {
            write!(f, ", home {home}")?;
        }
        if let Some(partner) = self.partner {
            write!(f, ", partner {partner}")?;
        }
        Ok(())
    }
}

/// The last time `day` comes before `start`.
fn last_before((month, day): Yearly, start: Date) -> Option<Date> {
    let same_year = month_day_in_year(month, day, start.year())?;
    if same_year < start {
        Some(same_year)
    } else {
        month_day_in_year(month, day, start.year() - 1)
    }
}

/// Where a term stands on `today`: the first stay of that term still to start, if its
/// deadline has passed (`closed`), and the first stay a student can still apply for (`open`):
/// that one or, when it closed, the next year's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Outlook {
    pub closed: Option<Window>,
    pub open: Window,
}

/// The outlook of `term` from the partner's and the home school's yearly deadlines; `None`
/// when neither is known.
pub(super) fn outlook(
    term: Term,
    partner: Option<Yearly>,
    home: Option<Yearly>,
    today: Date,
) -> Option<Outlook> {
    let first = Stay::first_after(term, today)?;
    let window = Window::of(first, partner, home)?;
    if window.apply_by()? >= today {
        return Some(Outlook {
            closed: None,
            open: window,
        });
    }
    Some(Outlook {
        closed: Some(window),
        open: Window::of(first.next(), partner, home)?,
    })
}

/// For each term with a deadline, the next stay a student can still apply for (`partner`:
/// the partner's deadlines, `home`: the home school's for it). A full year is its own term
/// only where a deadline names it; otherwise it is the autumn term's.
pub fn next_stays(partner: &Deadlines, home: &Deadlines, today: Date) -> Vec<Window> {
    let mut stays = Vec::new();
    for term in Term::ALL {
        if term == Term::FullYear && partner.full_year.is_none() && home.full_year.is_none() {
            continue;
        }
        if let Some(o) = outlook(term, partner.day(term), home.day(term), today) {
            stays.push(o.open);
        }
    }
    stays
}

/// When a BIP's physical part takes place: in one of the semesters, or between them in the
/// summer (July and August).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Autumn,
    Spring,
    Summer,
}

impl Season {
    /// The season of a date: spring from February to June, summer in July and August, autumn
    /// from September to January.
    pub(super) fn of(date: Date) -> Season {
        match date.month() {
            Month::February | Month::March | Month::April | Month::May | Month::June => {
                Season::Spring
            }
            Month::July | Month::August => Season::Summer,
            _ => Season::Autumn,
        }
    }

    /// Whether a student asking for `term` can take part: a semester's own season, and any
    /// season for a full year (the academic year runs September to August).
    pub(super) fn within(self, term: Term) -> bool {
        matches!(
            (term, self),
            (Term::FullYear, _) | (Term::Autumn, Season::Autumn) | (Term::Spring, Season::Spring)
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Season::Autumn => "autumn",
            Season::Spring => "spring",
            Season::Summer => "summer",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::values::parse_date;
    use crate::catalogue::MonthDay;

    fn date(s: &str) -> Date {
        parse_date(s).unwrap_or_else(|| panic!("{s} is a date"))
    }

    const OCT_15: Yearly = (Month::October, 15);
    const OCT_1: Yearly = (Month::October, 1);
    const APR_15: Yearly = (Month::April, 15);

    #[test]
    fn a_closed_spring_points_to_next_years_spring_with_both_deadlines() {
        let today = date("2026-12-02");
        let spring = outlook(Term::Spring, Some(OCT_15), Some(OCT_1), today);
        let spring = spring.unwrap_or_else(|| panic!("spring has deadlines"));
        let closed = spring
            .closed
            .unwrap_or_else(|| panic!("spring 2027 closed"));
        assert_eq!(closed.stay.to_string(), "spring 2027");
        assert_eq!(closed.apply_by(), Some(date("2026-10-01")));
        assert_eq!(
            spring.open.to_string(),
            "spring 2028, home 2027-10-01, partner 2027-10-15"
        );
        assert_eq!(spring.open.apply_by(), Some(date("2027-10-01")));
    }

    #[test]
    fn an_open_term_is_the_next_stay_itself() {
        let today = date("2026-12-02");
        let autumn = outlook(Term::Autumn, Some(APR_15), None, today);
        let autumn = autumn.unwrap_or_else(|| panic!("autumn has a deadline"));
        assert_eq!(autumn.closed, None);
        assert_eq!(autumn.open.to_string(), "autumn 2027, partner 2027-04-15");
        // A full year starts in September and takes the deadlines it is given.
        let year = outlook(Term::FullYear, None, Some((Month::March, 1)), today);
        assert_eq!(
            year.map(|o| o.open.to_string()),
            Some("full-year 2027, home 2027-03-01".to_owned())
        );
    }

    #[test]
    fn the_home_deadline_decides_when_a_term_closes() {
        // Between our deadline (1 October) and the partner's (15 October): closed for the
        // student, though the partner's day has not come.
        let today = date("2026-10-08");
        let spring = outlook(Term::Spring, Some(OCT_15), Some(OCT_1), today);
        assert_eq!(
            spring.and_then(|o| o.closed).map(|w| w.stay.to_string()),
            Some("spring 2027".to_owned())
        );
        // On the day itself it is still open.
        let on_the_day = outlook(Term::Spring, Some(OCT_15), Some(OCT_1), date("2026-10-01"));
        assert_eq!(on_the_day.and_then(|o| o.closed), None);
    }

    #[test]
    fn a_stay_that_has_started_is_not_offered_and_no_deadline_means_no_outlook() {
        // 1 February 2027 has passed: the next spring stay is 2028's.
        let spring = outlook(Term::Spring, Some(OCT_15), None, date("2027-02-01"));
        assert_eq!(
            spring.map(|o| (o.closed, o.open.to_string())),
            Some((None, "spring 2028, partner 2027-10-15".to_owned()))
        );
        assert_eq!(outlook(Term::Autumn, None, None, date("2027-02-01")), None);
        // A 29 February deadline falls on the 28th in other years.
        let leap = outlook(
            Term::Autumn,
            Some((Month::February, 29)),
            None,
            date("2026-12-02"),
        );
        assert_eq!(leap.map(|o| o.open.partner), Some(Some(date("2027-02-28"))));
    }

    #[test]
    fn the_next_stays_of_each_term_carry_their_years() {
        let partner = Deadlines {
            autumn: Some(MonthDay("--04-15".into())),
            spring: Some(MonthDay("--10-15".into())),
            full_year: None,
        };
        let home = Deadlines {
            spring: Some(MonthDay("--10-01".into())),
            ..Deadlines::default()
        };
        let stays: Vec<String> = next_stays(&partner, &home, date("2026-12-02"))
            .iter()
            .map(Window::to_string)
            .collect();
        assert_eq!(
            stays,
            [
                "autumn 2027, partner 2027-04-15",
                "spring 2028, home 2027-10-01, partner 2027-10-15"
            ]
        );
    }

    #[test]
    fn bip_seasons_put_july_and_august_outside_the_semesters() {
        assert_eq!(Season::of(date("2027-07-05")), Season::Summer);
        assert_eq!(Season::of(date("2027-03-08")), Season::Spring);
        assert_eq!(Season::of(date("2027-01-20")), Season::Autumn);
        assert_eq!(Season::of(date("2027-10-04")), Season::Autumn);
        assert!(!Season::Summer.within(Term::Spring));
        assert!(Season::Summer.within(Term::FullYear));
        assert!(Season::Spring.within(Term::Spring));
        assert!(!Season::Autumn.within(Term::Spring));
    }
}
