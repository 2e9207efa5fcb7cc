//! The options' values, read by clap value parsers: a value that cannot be used is refused
//! before anything runs, with what was expected and an example (clap puts the value given
//! and the option in front: "invalid value '500km' for '--max-distance <KM>': ...").

use partner_matcher::catalogue::{Cefr, LanguageCode, LanguageRequirement};
use partner_matcher::search::{Kind, Region};
use partner_matcher::Locale;

/// A clap value parser from a vocabulary's own parse function.
pub fn parse_with<T: Clone + Send + Sync + 'static>(
    parse: fn(&str) -> Option<T>,
    names: &'static [&'static str],
) -> impl Fn(&str) -> Result<T, String> + Clone + Send + Sync + 'static {
    move |s: &str| {
        parse(&s.to_lowercase()).ok_or_else(|| format!("use one of {}", names.join(", ")))
    }
}

pub fn kind(s: &str) -> Result<Kind, String> {
    match s.to_lowercase().as_str() {
        "institution" | "institutions" => Ok(Kind::Institution),
        "bip" | "bips" => Ok(Kind::Bip),
        _ => Err("use institution or bip".into()),
    }
}

pub fn region(s: &str) -> Result<Region, String> {
    match s.to_lowercase().as_str() {
        "europe" => Ok(Region::Europe),
        "outside-europe" => Ok(Region::OutsideEurope),
        _ => Err("use europe or outside-europe".into()),
    }
}

pub fn language(s: &str) -> Result<LanguageRequirement, String> {
    let mut parts = s.split_whitespace();
    match (parts.next(), parts.next(), parts.next()) {
        (Some(lang), Some(level), None) => {
            let lang = LanguageCode(lang.to_lowercase());
            if let Some(problem) = lang.problem() {
                return Err(problem);
            }
            let cefr = Cefr::parse(&level.to_uppercase())
                .ok_or_else(|| format!("\"{level}\" is not a CEFR level (A1 to C2)"))?;
            Ok(LanguageRequirement { lang, cefr })
        }
        _ => Err("give a language code and a CEFR level, such as \"en B2\"".into()),
    }
}

/// `--lang`.
pub fn locale(s: &str) -> Result<Locale, String> {
    Locale::from_tag(s).ok_or_else(|| "use en or nl".into())
}

/// `--limit`: a whole number of results, 1 or more (0 would show none of those found).
pub fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(
            "give how many results to show at most: a whole number, 1 or more, such as \
             --limit 20"
                .into(),
        ),
    }
}

/// `--max-distance`: kilometres from home, a number 0 or more, with a decimal point if any.
pub fn kilometres(s: &str) -> Result<f64, String> {
    const EXAMPLE: &str = "such as --max-distance 500 or --max-distance 1500.5";
    let number = s.trim();
    let digits = number
        .trim_end_matches(|c: char| c.is_alphabetic() || c == '.')
        .trim_end();
    match number.parse::<f64>() {
        Ok(km) if km.is_finite() && km >= 0.0 => Ok(km),
        Ok(km) if km < 0.0 => Err(format!(
            "a distance cannot be negative: give the kilometres from home, 0 or more, {EXAMPLE}"
        )),
        _ if digits != number && digits.parse::<f64>().is_ok() => Err(format!(
            "give the kilometres as a number alone, without a unit: --max-distance {digits}"
        )),
        _ if number.contains(',') => Err(format!(
            "give the kilometres with a decimal point, not a comma: --max-distance {}",
            number.replace(',', ".")
        )),
        _ => Err(format!(
            "give the kilometres from home as a number, {EXAMPLE}"
        )),
    }
}

/// `--today`: a day that exists, written YYYY-MM-DD.
pub fn date(s: &str) -> Result<String, String> {
    const FORM: &str = "give a date written YYYY-MM-DD, such as 2026-11-29";
    let part = |range: std::ops::Range<usize>| {
        let digits = s
            .get(range)
            .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))?;
        digits.parse::<u16>().ok()
    };
    let dashes = s.len() == 10 && s.get(4..5) == Some("-") && s.get(7..8) == Some("-");
    let (true, Some(year), Some(month), Some(day)) = (dashes, part(0..4), part(5..7), part(8..10))
    else {
        return Err(FORM.into());
    };
    match no_such_day(Some(i32::from(year)), month, day) {
        Some(why) => Err(format!("{why} ({FORM})")),
        None => Ok(s.to_owned()),
    }
}

/// Why a date written in digits is no day, if it is none: "there is no month 13: months go
/// from 01 to 12", "February 2026 has no day 30: it has 28 days". Without a year (a yearly
/// date, `--02-29`), February has 29 days: "April has no day 31: it has 30 days".
pub fn no_such_day(year: Option<i32>, month: u16, day: u16) -> Option<String> {
    let Some(month) = u8::try_from(month)
        .ok()
        .and_then(|m| time::Month::try_from(m).ok())
    else {
        return Some(format!(
            "there is no month {month:02}: months go from 01 to 12"
        ));
    };
    // 2000 is a leap year: a yearly date's February has its 29th.
    let days = u16::from(month.length(year.unwrap_or(2000)));
    if day != 0 && day <= days {
        return None;
    }
    Some(match year {
        Some(year) => format!("{month} {year} has no day {day:02}: it has {days} days"),
        None => format!("{month} has no day {day:02}: it has {days} days"),
    })
}

/// `--port` (or the `PORT` environment variable): a port number on 127.0.0.1.
pub fn port(s: &str) -> Result<u16, String> {
    s.trim().parse::<u16>().map_err(|_| {
        let from = match std::env::var("PORT") {
            Ok(env) if env == s => "; it came from the PORT environment variable: set PORT to \
                                   such a number, or leave it out"
                .to_owned(),
            _ => String::new(),
        };
        format!(
            "a port is a whole number up to 65535, such as --port 8081 (0 picks a free one){from}"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_that_do_not_exist_are_named() {
        assert_eq!(date("2028-02-29"), Ok("2028-02-29".to_owned()));
        assert!(date("2026-02-30").is_err_and(|e| e.contains("February 2026 has no day 30")));
        assert!(date("2026-13-01").is_err_and(|e| e.contains("no month 13")));
        for bad in [
            "2026-2-3",
            "26-02-03",
            "2026/02/03",
            "2026-02-03-1",
            "",
            "today",
        ] {
            assert!(date(bad).is_err_and(|e| e.contains("YYYY-MM-DD")), "{bad}");
        }
    }

    #[test]
    fn distances_are_numbers_of_kilometres() {
        assert_eq!(kilometres("500"), Ok(500.0));
        assert_eq!(kilometres("0"), Ok(0.0));
        assert!(kilometres("500km").is_err_and(|e| e.ends_with("--max-distance 500")));
        assert!(kilometres("500 km").is_err_and(|e| e.ends_with("--max-distance 500")));
        assert!(kilometres("1,5").is_err_and(|e| e.ends_with("--max-distance 1.5")));
        assert!(kilometres("-5").is_err_and(|e| e.contains("cannot be negative")));
        for bad in ["inf", "NaN", "far"] {
            assert!(
                kilometres(bad).is_err_and(|e| e.contains("as a number")),
                "{bad}"
            );
        }
    }
}
