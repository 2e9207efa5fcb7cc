//! The catalogue's coded strings: ids, country, language and ISCED codes, dates, academic
//! years, web addresses. Each keeps the text as written (so a catalogue round-trips) and knows
//! how to check and interpret itself; validation reports what does not parse.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Date as CalendarDate, Month};

use crate::reference::{countries, isced, languages};

/// Declares a string newtype with a JSON Schema carrying `pattern` and `description`.
macro_rules! coded_string {
    ($(#[$doc:meta])* $name:ident, $pattern:expr, $max_length:expr, $description:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": $pattern,
                    "maxLength": $max_length,
                    "description": $description,
                })
            }
        }
    };
}

coded_string!(
    /// An identifier: lower-case letters, digits and hyphens.
    Id, "^[a-z0-9-]+$", 64, "Identifier: at most 64 lower-case letters, digits and hyphens, unique in its list."
);
coded_string!(
    /// An ISO 3166-1 alpha-2 country code, upper case.
    CountryCode, "^[A-Z]{2}$", 2, "ISO 3166-1 alpha-2 country code, upper case (FR, IT, CA)."
);
coded_string!(
    /// An ISO 639-1 language code, lower case.
    LanguageCode, "^[a-z]{2}$", 2, "ISO 639-1 language code, lower case (en, fr, nl)."
);
coded_string!(
    /// An ISCED-F 2013 field of education, four digits.
    IscedCode, "^[0-9]{4}$", 4, "ISCED-F 2013 detailed field of education, four digits (0211, 0215)."
);
coded_string!(
    /// A calendar date, `YYYY-MM-DD`.
    Date, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", 10, "Calendar date, YYYY-MM-DD."
);
coded_string!(
    /// A yearly date without a year, `--MM-DD` (ISO 8601), such as a nomination deadline.
    MonthDay, "^--[0-9]{2}-[0-9]{2}$", 7, "Yearly date, --MM-DD (ISO 8601 without a year)."
);
coded_string!(
    /// An academic year, `2024/2025`.
    AcademicYear, "^[0-9]{4}/[0-9]{4}$", 9, "Academic year, YYYY/YYYY (the second year follows the first)."
);
coded_string!(
    /// A web address, http or https only.
    WebUrl, "^https?://[^\\s/$.?#][^\\s]*$", 2000, "Web address; http or https only, at most 2000 characters."
);

impl Id {
    /// The most characters an id has.
    pub const MAX_CHARS: usize = 64;

    /// Whether `text` is an acceptable id: 1 to `MAX_CHARS` lower-case letters, digits and
    /// hyphens.
    pub fn is_valid_text(text: &str) -> bool {
        !text.is_empty()
            && text.len() <= Id::MAX_CHARS
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }

    /// Why this id is unacceptable, if it is.
    pub fn problem(&self) -> Option<String> {
        (!Id::is_valid_text(&self.0)).then(|| {
            format!(
                "\"{}\" is not a valid id: use at most {} lower-case letters, digits and hyphens",
                self.0,
                Id::MAX_CHARS
            )
        })
    }
}

impl CountryCode {
    pub fn problem(&self) -> Option<String> {
        if countries::by_code(&self.0).is_some() {
            return None;
        }
        let upper = self.0.to_ascii_uppercase();
        Some(if countries::by_code(&upper).is_some() {
            format!("\"{}\" must be written in upper case: \"{upper}\"", self.0)
        } else {
            format!("\"{}\" is not an ISO 3166-1 alpha-2 country code", self.0)
        })
    }

    /// Whether the country lies in Europe (as the `region` filter means it).
    pub fn is_europe(&self) -> bool {
        countries::by_code(&self.0).is_some_and(|c| c.europe)
    }
}

impl LanguageCode {
    pub fn problem(&self) -> Option<String> {
        (!languages::is_known(&self.0))
            .then(|| format!("\"{}\" is not an ISO 639-1 language code", self.0))
    }
}

impl IscedCode {
    pub fn problem(&self) -> Option<String> {
        (!isced::is_valid(&self.0)).then(|| {
            format!(
                "\"{}\" is not an ISCED-F 2013 field code (four digits, such as 0211 or 0215)",
                self.0
            )
        })
    }
}

impl Date {
    /// The calendar date, if the text is a real `YYYY-MM-DD` date.
    pub fn parse(&self) -> Option<CalendarDate> {
        parse_date(&self.0)
    }

    pub fn problem(&self) -> Option<String> {
        self.parse()
            .is_none()
            .then(|| format!("\"{}\" is not a date in the form YYYY-MM-DD", self.0))
    }
}

/// Parses `YYYY-MM-DD` strictly, rejecting impossible days such as 2026-02-30.
pub fn parse_date(text: &str) -> Option<CalendarDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits(&text[0..4])?;
    let month = u8::try_from(digits(&text[5..7])?).ok()?;
    let day = u8::try_from(digits(&text[8..10])?).ok()?;
    CalendarDate::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// `day` of `month` in `year`; 29 February falls back to the 28th in common years.
pub fn month_day_in_year(month: Month, day: u8, year: i32) -> Option<CalendarDate> {
    CalendarDate::from_calendar_date(year, month, day)
        .or_else(|_| CalendarDate::from_calendar_date(year, month, day.saturating_sub(1)))
        .ok()
}

/// The number a run of ASCII digits writes (a date's parts), if that is all `s` holds. Always
/// an `i32`, read by the parser the place names table already uses: each integer type read
/// with `str::parse` is its own copy of the standard parser in the download.
fn digits(s: &str) -> Option<i32> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

impl MonthDay {
    /// (month, day), if the text is `--MM-DD` with a day that exists in some year.
    pub fn parse(&self) -> Option<(Month, u8)> {
        let text = self.0.strip_prefix("--")?;
        let b = text.as_bytes();
        if b.len() != 5 || b[2] != b'-' {
            return None;
        }
        let month = Month::try_from(u8::try_from(digits(&text[0..2])?).ok()?).ok()?;
        let day = u8::try_from(digits(&text[3..5])?).ok()?;
        // A leap year, so that --02-29 is accepted.
        CalendarDate::from_calendar_date(2024, month, day).ok()?;
        Some((month, day))
    }

    /// This month-day in `year`; 29 February falls back to the 28th in common years.
    pub fn in_year(&self, year: i32) -> Option<CalendarDate> {
        let (month, day) = self.parse()?;
        month_day_in_year(month, day, year)
    }

    pub fn problem(&self) -> Option<String> {
        self.parse().is_none().then(|| {
            format!(
                "\"{}\" is not a yearly date in the form --MM-DD (such as --04-15)",
                self.0
            )
        })
    }
}

impl AcademicYear {
    /// The calendar year the academic year starts in ("2024/2025" gives 2024).
    pub fn start_year(&self) -> Option<i32> {
        let (a, b) = self.0.split_once('/')?;
        if a.len() != 4 || b.len() != 4 {
            return None;
        }
        let first = digits(a)?;
        let second = digits(b)?;
        (second == first + 1).then_some(first)
    }

    pub fn problem(&self) -> Option<String> {
        self.start_year().is_none().then(|| {
            format!(
                "\"{}\" is not an academic year in the form 2024/2025",
                self.0
            )
        })
    }
}

/// The academic year (by its starting calendar year) a date falls in; years start on 1 September.
pub fn academic_year_of(date: CalendarDate) -> i32 {
    if date.month() as u8 >= 9 {
        date.year()
    } else {
        date.year() - 1
    }
}

impl WebUrl {
    pub fn problem(&self) -> Option<String> {
        let rest = self
            .0
            .strip_prefix("https://")
            .or_else(|| self.0.strip_prefix("http://"));
        match rest {
            None => Some(format!(
                "\"{}\" is not a web address: only http:// and https:// are allowed",
                self.0
            )),
            Some(rest) => {
                let host = rest.split(['/', '?', '#']).next().unwrap_or("");
                let host_ok = !host.is_empty()
                    && !host.starts_with('.')
                    && host
                        .chars()
                        .all(|c| !c.is_ascii() || c.is_ascii_alphanumeric() || "-.:[]".contains(c));
                let no_space = !self.0.chars().any(char::is_whitespace);
                (!(host_ok && no_space))
                    .then(|| format!("\"{}\" is not a valid web address", self.0))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict() {
        assert!(Date::from("2027-02-28").problem().is_none());
        assert!(Date::from("2028-02-29").problem().is_none());
        for bad in [
            "2027-02-29",
            "2027-13-01",
            "27-01-01",
            "2027-1-01",
            "2027/01/01",
            "",
        ] {
            assert!(Date::from(bad).problem().is_some(), "{bad}");
        }
    }

    #[test]
    fn month_days_and_academic_years() {
        assert!(MonthDay::from("--02-29").problem().is_none());
        assert_eq!(
            MonthDay::from("--02-29").in_year(2027),
            parse_date("2027-02-28")
        );
        assert!(MonthDay::from("--04-31").problem().is_some());
        assert!(MonthDay::from("04-15").problem().is_some());
        assert_eq!(AcademicYear::from("2024/2025").start_year(), Some(2024));
        assert!(AcademicYear::from("2024/2026").problem().is_some());
        assert!(AcademicYear::from("2024-2025").problem().is_some());
    }

    #[test]
    fn only_http_urls_pass() {
        assert!(WebUrl::from("https://www.cnsmd-lyon.fr")
            .problem()
            .is_none());
        assert!(WebUrl::from("http://example.org/a?b#c").problem().is_none());
        for bad in [
            "javascript:alert(1)",
            "ftp://x.org",
            "https://",
            "https://exa mple.org",
            "www.x.org",
        ] {
            assert!(WebUrl::from(bad).problem().is_some(), "{bad}");
        }
    }

    #[test]
    fn codes_name_their_problem() {
        assert!(CountryCode::from("FR").problem().is_none());
        assert!(CountryCode::from("fr")
            .problem()
            .is_some_and(|m| m.contains("upper case")));
        assert!(CountryCode::from("XK").problem().is_some());
        assert!(LanguageCode::from("nl").problem().is_none());
        assert!(IscedCode::from("0216").problem().is_some());
        assert!(Id::from("cnsmd-lyon").problem().is_none());
        assert!(Id::from("CNSMD Lyon").problem().is_some());
    }
}
