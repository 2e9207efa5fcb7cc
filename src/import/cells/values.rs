//! Cells that hold one value: numbers, words from a list and yearly dates, each refused by
//! its row and column.

use super::Cells;
use crate::catalogue::MonthDay;

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

    /// A yearly date, `--04-15` or `04-15`, named as typed when it is not one (a day that
    /// exists in some year: `--02-30` is not).
    pub(super) fn month_day(&mut self, column: &str, value: &str) -> Option<MonthDay> {
        if value.is_empty() {
            return None;
        }
        let day = MonthDay(match value.strip_prefix("--") {
            Some(_) => value.to_owned(),
            None => format!("--{value}"),
        });
        if day.parse().is_none() {
            self.problem(
                column,
                format!(
                    "\"{value}\" is not a day of the year: write the month and the day, \
                     --MM-DD or MM-DD, such as --04-15 for 15 April"
                ),
            );
            return None;
        }
        Some(day)
    }
}
