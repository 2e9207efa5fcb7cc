//! Cells that hold one value: numbers, words from a list, yearly dates (also written as
//! dates, as Belgium writes them) and countries, each refused by its row and column with what
//! to write instead.

use time::{Date, Month};

use super::Cells;
use crate::catalogue::{CountryCode, MonthDay};
use crate::reference::countries::{self, Country};

/// Codes that are not ISO 3166-1 but that the European Union writes (and so Erasmus
/// documents): Greece is EL there, GR in ISO 3166-1 (the United Kingdom's UK is an alias of
/// GB in the country table, for searches).
const EU_CODES: [(&str, &str); 1] = [("EL", "GR")];

impl Cells<'_> {
    /// A number with a decimal point or a decimal comma (`51,05` from a Dutch spreadsheet).
    pub(super) fn number(&mut self, column: &str, value: &str) -> Option<f64> {
        match value.replace(',', ".").parse::<f64>() {
            Ok(n) if n.is_finite() => Some(n),
            _ => {
                self.problem(column, format!("\"{value}\" is not a number"));
                None
            }
        }
    }

    /// A whole number of `column` (places, months), also as a spreadsheet may write it: `2,0`
    /// or `2.00` (but not `1.000`, which may mean a thousand). A number below zero is named as
    /// such, with the rule (1 or more; the catalogue's validation names the most).
    pub(super) fn count(&mut self, column: &str, value: &str) -> Option<Option<u32>> {
        if value.is_empty() {
            return Some(None);
        }
        let whole = match value.split_once([',', '.']) {
            Some((whole, "0" | "00")) => whole,
            _ => value,
        };
        if let Ok(n) = whole.parse::<u32>() {
            return Some(Some(n));
        }
        let message = match value.replace(',', ".").parse::<f64>() {
            Ok(n) if n < 0.0 => {
                format!("\"{value}\" is below zero: write a whole number of {column}, 1 or more")
            }
            Ok(n) if n.is_finite() && n.fract() == 0.0 && n > f64::from(u32::MAX) => {
                format!("\"{value}\" is far too large for a number of {column}")
            }
            _ => format!("\"{value}\" is not a whole number"),
        };
        self.problem(column, message);
        None
    }

    /// One of `all`, in any case.
    pub(super) fn word<T>(
        &mut self,
        column: &str,
        value: &str,
        parse: fn(&str) -> Option<T>,
        all: &[&str],
    ) -> Option<T> {
        let folded = value.trim().to_lowercase();
        let parsed = parse(&folded);
        if parsed.is_none() {
            self.problem(
                column,
                format!("\"{value}\" is not one of {}", all.join(", ")),
            );
        }
        parsed
    }

    /// A yearly date, `--04-15` or `04-15`, or a date with its year as a spreadsheet saves
    /// one in Belgium, day first (`15/04/2027`, `15-04-27`, `15.04.2027`; or `2027-04-15`):
    /// its month and day, as a date cell of a workbook is read. Named as typed when it is not
    /// one (a day that exists in some year: `--02-30` is not; nor is `29/02/2027`).
    pub(super) fn month_day(&mut self, column: &str, value: &str) -> Option<MonthDay> {
        if value.is_empty() {
            return None;
        }
        let day = match dated(value) {
            Some(Some((month, day))) => MonthDay(format!("--{:02}-{day:02}", month as u8)),
            Some(None) => MonthDay(String::new()),
            None => MonthDay(match value.strip_prefix("--") {
                Some(_) => value.to_owned(),
                None => format!("--{value}"),
            }),
        };
        if day.parse().is_none() {
            self.problem(
                column,
                format!(
                    "\"{value}\" is not a day of the year: write the month and the day, \
                     --MM-DD or MM-DD, such as --04-15 for 15 April, or a date, day first, \
                     such as 15/04/2027"
                ),
            );
            return None;
        }
        Some(day)
    }

    /// The country's code: `fr` is FR; a name, another word for a country or the EU's code
    /// (`UK`, `Duitsland`, `EL`) is refused with the code to write; anything else is kept as
    /// typed, for the catalogue's validation to name.
    pub(super) fn country(&mut self, value: &str) -> Option<CountryCode> {
        let code = match value {
            code if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) => {
                code.to_ascii_uppercase()
            }
            other => other.to_owned(),
        };
        if countries::by_code(&code).is_some() {
            return Some(CountryCode(code));
        }
        match meant(value) {
            Some(country) => {
                self.problem(
                    "country",
                    format!(
                        "\"{value}\" is not an ISO 3166-1 country code: write {} ({})",
                        country.code, country.en
                    ),
                );
                None
            }
            None => Some(CountryCode(code)),
        }
    }
}

/// The country a cell that is not a code means: another word for it (`UK`), the EU's code
/// (`EL`), or its name in English or Dutch (one typo allowed in longer names).
pub fn meant(value: &str) -> Option<&'static Country> {
    let upper = value.trim().to_ascii_uppercase();
    if let Some((_, iso)) = EU_CODES.iter().find(|(eu, _)| *eu == upper) {
        return countries::by_code(iso);
    }
    if upper.len() > 2 {
        return countries::find(value);
    }
    let folded = crate::text::fold(value);
    countries::all()
        .iter()
        .find(|c| c.aliases().any(|a| crate::text::fold(a) == folded))
}

/// The month and day of a date with its year, day first as Belgium writes it, or year first:
/// `None` when the text is not a date with a year, `Some(None)` when it is one written so
/// but no such day exists (`31/02/2027`, `04/15/2027`). A time after it is ignored.
fn dated(value: &str) -> Option<Option<(Month, u8)>> {
    let mut words = value.split_whitespace();
    let date = words.next()?;
    if words.any(|w| !w.contains(':')) {
        return None;
    }
    let separator = date.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let parts: Vec<&str> = date.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if ![a, b, c]
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|d| d.is_ascii_digit()))
    {
        return None;
    }
    let (year, month, day) = match (a.len(), c.len()) {
        (4, 1 | 2) => (*a, *b, *c),
        (1 | 2, 4 | 2) if b.len() <= 2 => (*c, *b, *a),
        _ => return None,
    };
    Some(day_of(year, month, day))
}

/// The month and day, if that day exists in that year (`27` is 2027).
fn day_of(year: &str, month: &str, day: &str) -> Option<(Month, u8)> {
    let year: i32 = year.parse().ok()?;
    let year = if year < 100 { 2000 + year } else { year };
    let month = Month::try_from(month.parse::<u8>().ok()?).ok()?;
    let day: u8 = day.parse().ok()?;
    Date::from_calendar_date(year, month, day).ok()?;
    Some((month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_with_a_year_are_read_day_first_as_in_belgium() {
        let md = |text: &str| dated(text).map(|d| d.map(|(m, d)| (m as u8, d)));
        assert_eq!(md("15/04/2027"), Some(Some((4, 15))));
        assert_eq!(md("5/4/2027"), Some(Some((4, 5))));
        assert_eq!(md("15-04-27"), Some(Some((4, 15))));
        assert_eq!(md("15.04.2027"), Some(Some((4, 15))));
        assert_eq!(md("2027-04-15"), Some(Some((4, 15))));
        assert_eq!(md("15/04/2027 00:00"), Some(Some((4, 15))));
        assert_eq!(md("29/02/2028"), Some(Some((2, 29))));
        // Written as a date, but no such day.
        assert_eq!(md("29/02/2027"), Some(None));
        assert_eq!(md("04/15/2027"), Some(None));
        // Not dates with a year: the yearly forms, and words.
        for text in ["--04-15", "04-15", "15 April", "1/2/3/4", "15/04/2027 noon"] {
            assert_eq!(md(text), None, "{text}");
        }
    }

    #[test]
    fn a_country_that_is_not_a_code_is_named_with_its_code_when_it_is_known() {
        let code = |text: &str| meant(text).map(|c| c.code);
        assert_eq!(code("UK"), Some("GB"));
        assert_eq!(code("uk"), Some("GB"));
        assert_eq!(code("EL"), Some("GR"));
        assert_eq!(code("United Kingdom"), Some("GB"));
        assert_eq!(code("Duitsland"), Some("DE"));
        assert_eq!(code("XX"), None);
        assert_eq!(code("Atlantis"), None);
    }
}
