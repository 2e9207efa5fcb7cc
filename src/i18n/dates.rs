//! Dates as each language writes them: "8 March 2027", "8 maart 2027".

use time::Date;

use super::Text;
use crate::catalogue::values::parse_date;
use crate::locale::Locale;

const MONTHS: [Text; 12] = [
    Text::new("January", "januari"),
    Text::new("February", "februari"),
    Text::new("March", "maart"),
    Text::new("April", "april"),
    Text::new("May", "mei"),
    Text::new("June", "juni"),
    Text::new("July", "juli"),
    Text::new("August", "augustus"),
    Text::new("September", "september"),
    Text::new("October", "oktober"),
    Text::new("November", "november"),
    Text::new("December", "december"),
];

fn month_name(date: Date, locale: Locale) -> &'static str {
    MONTHS[usize::from(date.month() as u8 - 1)].get(locale)
}

/// "8 March 2027" / "8 maart 2027"; text that is not a date is returned as it is.
pub fn format_date(text: &str, locale: Locale) -> String {
    match parse_date(text) {
        Some(d) => format_day(d, locale),
        None => text.to_owned(),
    }
}

/// "8 March 2027" / "8 maart 2027".
pub fn format_day(d: Date, locale: Locale) -> String {
    format!("{} {} {}", d.day(), month_name(d, locale), d.year())
}

/// "8–12 March 2027", "28 February – 3 March 2027", across years in full; texts that are
/// not dates as they are.
pub fn format_date_range(start: &str, end: &str, locale: Locale) -> String {
    match (parse_date(start), parse_date(end)) {
        (Some(s), Some(e)) => format_days(s, e, locale),
        _ => format!(
            "{} – {}",
            format_date(start, locale),
            format_date(end, locale)
        ),
    }
}

/// "8–12 March 2027", "28 February – 3 March 2027", across years in full.
pub fn format_days(s: Date, e: Date, locale: Locale) -> String {
    if s == e {
        format_day(s, locale)
    } else if s.year() == e.year() && s.month() == e.month() {
        format!(
            "{}–{} {} {}",
            s.day(),
            e.day(),
            month_name(e, locale),
            e.year()
        )
    } else if s.year() == e.year() {
        format!(
            "{} {} – {} {} {}",
            s.day(),
            month_name(s, locale),
            e.day(),
            month_name(e, locale),
            e.year()
        )
    } else {
        format!("{} – {}", format_day(s, locale), format_day(e, locale))
    }
}

/// Whole days from `today` to `date` (negative once passed), if both are dates.
pub fn days_until(date: &str, today: &str) -> Option<i64> {
    Some((parse_date(date)? - parse_date(today)?).whole_days())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates_per_language() {
        assert_eq!(format_date("2027-03-08", Locale::En), "8 March 2027");
        assert_eq!(format_date("2027-03-08", Locale::Nl), "8 maart 2027");
        assert_eq!(format_date("soon", Locale::Nl), "soon");
        assert_eq!(
            format_date_range("2027-03-08", "2027-03-12", Locale::Nl),
            "8–12 maart 2027"
        );
        assert_eq!(
            format_date_range("2027-02-28", "2027-03-03", Locale::En),
            "28 February – 3 March 2027"
        );
        assert_eq!(
            format_date_range("2026-12-28", "2027-01-03", Locale::En),
            "28 December 2026 – 3 January 2027"
        );
        assert_eq!(
            format_date_range("2027-03-08", "later", Locale::En),
            "8 March 2027 – later"
        );
        assert_eq!(days_until("2026-12-15", "2026-11-29"), Some(16));
        assert_eq!(days_until("2026-11-28", "2026-11-29"), Some(-1));
    }
}
