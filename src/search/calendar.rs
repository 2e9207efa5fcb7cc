//! The academic calendar: which semester a date falls in, and when nominations close.

use time::{Date, Month};

use crate::catalogue::values::month_day_in_year;
use crate::catalogue::Term;

/// The semester a date falls in: spring from February to August, autumn otherwise.
pub(super) fn term_of(date: Date) -> Term {
    match date.month() {
        Month::February
        | Month::March
        | Month::April
        | Month::May
        | Month::June
        | Month::July
        | Month::August => Term::Spring,
        _ => Term::Autumn,
    }
}

/// The nomination deadline for the next stay starting in `term` after `today`: autumn and
/// full-year stays start on 1 September, spring ones on 1 February; the deadline is the last
/// time its month-day comes before that start.
pub(super) fn nomination_deadline(
    (month, day): (Month, u8),
    term: Term,
    today: Date,
) -> Option<Date> {
    let in_year = |year| month_day_in_year(month, day, year);
    let start_month = if term == Term::Spring {
        Month::February
    } else {
        Month::September
    };
    let mut start = Date::from_calendar_date(today.year(), start_month, 1).ok()?;
    if start <= today {
        start = Date::from_calendar_date(today.year() + 1, start_month, 1).ok()?;
    }
    let same_year = in_year(start.year())?;
    if same_year < start {
        Some(same_year)
    } else {
        in_year(start.year() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::values::parse_date;

    fn date(s: &str) -> Date {
        parse_date(s).unwrap_or_else(|| panic!("{s} is a date"))
    }

    #[test]
    fn nomination_deadlines_look_ahead_to_the_next_term() {
        let (autumn, spring) = ((Month::April, 15), (Month::October, 15));
        let today = date("2026-11-29");
        assert_eq!(
            nomination_deadline(autumn, Term::Autumn, today),
            Some(date("2027-04-15"))
        );
        // Spring 2027 starts 1 February; its deadline was 15 October 2026.
        assert_eq!(
            nomination_deadline(spring, Term::Spring, today),
            Some(date("2026-10-15"))
        );
        assert_eq!(
            nomination_deadline(autumn, Term::FullYear, today),
            Some(date("2027-04-15"))
        );
        assert_eq!(
            nomination_deadline(spring, Term::Spring, date("2026-03-01")),
            Some(date("2026-10-15"))
        );
        assert_eq!(
            nomination_deadline((Month::February, 29), Term::Autumn, today),
            Some(date("2027-02-28"))
        );
    }

    #[test]
    fn semesters_split_in_february_and_september() {
        assert_eq!(term_of(date("2027-03-08")), Term::Spring);
        assert_eq!(term_of(date("2027-01-20")), Term::Autumn);
        assert_eq!(term_of(date("2027-10-04")), Term::Autumn);
    }
}
