//! What the command line adds to the core's words for a catalogue problem. The core's
//! words are the widget's too, and its download has no room for more; the command line, for
//! the office editing the file, says more where a rule alone leaves a person guessing.

use partner_matcher::catalogue::{Problem, Rejected, COUNTRY_CODE, WEB_ADDRESS};
use partner_matcher::import::country_meant;
use serde_json::Value;

use super::values;

/// "FILE: the first error (and 2 more errors: `partner-matcher check FILE` names every one)",
/// each problem clarified: a command that needs the whole catalogue says its first error, and
/// how to see the others (the file in quotes when a shell would need them).
pub fn refused(path: &std::path::Path, bytes: &[u8], mut rejected: Rejected) -> String {
    clarify(bytes, &mut rejected.problems);
    let more = rejected.errors().count().saturating_sub(1);
    let said = match rejected.first_error() {
        Some(first) if more > 0 => {
            let shown = path.display().to_string();
            // In quotes unless every character is one a shell takes as it is: a space, and
            // the brackets of a second download's name ("partners(1).json"), would break it.
            let plain = |c: char| c.is_alphanumeric() || "._-/+,:@=%".contains(c);
            let file = if !shown.chars().all(plain) {
                format!("\"{shown}\"")
            } else {
                shown
            };
            let errors = if more == 1 { "error" } else { "errors" };
            format!("{first} (and {more} more {errors}: `partner-matcher check {file}` names every one)")
        }
        _ => rejected.to_string(),
    };
    format!("{}: {said}", path.display())
}

/// Adds to each problem's message what the command line knows more.
pub fn clarify(bytes: &[u8], problems: &mut [Problem]) {
    if utf16(bytes) {
        for problem in problems.iter_mut().filter(|p| p.place.is_empty()) {
            problem.message = UTF16.to_owned();
            (problem.line, problem.column) = (Some(1), Some(1));
        }
        return;
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    // The whole document, read only when an id referred to is not in its list.
    let document = problems
        .iter()
        .any(|p| p.message.contains(NOT_IN))
        .then(|| serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')).ok())
        .flatten();
    for problem in problems {
        let more = web_address(text, problem)
            .or_else(|| country(text, problem))
            .or_else(|| day(text, problem))
            .or_else(|| academic_year(text, problem))
            .or_else(|| spreadsheet_value(text, problem))
            .or_else(|| id_meant(text, document.as_ref()?, problem));
        if let Some(more) = more {
            problem.message.push_str(&more);
        }
    }
}

/// What a catalogue saved as UTF-16 is called, in place of the core's words for bytes that
/// are not UTF-8 ("it may be Latin-1"), which would send the office to the wrong setting.
const UTF16: &str = "the file is UTF-16 text (\"Unicode\" in Notepad's or Excel's Save As), not \
                     UTF-8: save it as UTF-8 (in Notepad's Save As, Encoding: UTF-8)";

/// Text saved as UTF-16: with its byte-order mark, or without it, a first character that is
/// ASCII (`{`, a space) beside a NUL byte.
fn utf16(bytes: &[u8]) -> bool {
    match bytes {
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => true,
        [a, 0, ..] | [0, a, ..] => a.is_ascii() && *a != 0,
        _ => false,
    }
}

/// A date in the right form that is no day (`2027-02-30`, `--04-31`): why not, in the words
/// `--today` uses.
fn day(text: &str, problem: &Problem) -> Option<String> {
    let yearly = problem.message.contains("a yearly date written --MM-DD");
    if !yearly && !problem.message.contains("a date written YYYY-MM-DD") {
        return None;
    }
    let found = string_at(text, problem.line?, problem.column?)?;
    let number = |part: &str| {
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse::<u16>().ok())
            .flatten()
    };
    let parts: Vec<&str> = found.split('-').collect();
    let why = match (yearly, parts.as_slice()) {
        (true, ["", "", month, day]) if month.len() == 2 && day.len() == 2 => {
            values::no_such_day(None, number(month)?, number(day)?)
        }
        (false, [year, month, day]) if year.len() == 4 && month.len() == 2 && day.len() == 2 => {
            let year = i32::from(number(year)?);
            values::no_such_day(Some(year), number(month)?, number(day)?)
        }
        _ => None,
    }?;
    Some(format!(": {why}"))
}

/// An academic year in the right form whose years do not follow each other (`2028/2030`).
fn academic_year(text: &str, problem: &Problem) -> Option<String> {
    if !problem
        .message
        .contains("an academic year written YYYY/YYYY")
    {
        return None;
    }
    let found = string_at(text, problem.line?, problem.column?)?;
    // Only of the right form: "2028/2029 " or "2028/29" is refused for its form, which the
    // rule already says.
    let year = |digits: &str| -> Option<u16> {
        (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
    };
    let (first, second) = found.split_once('/')?;
    let (first, second) = (year(first)?, year(second)?);
    if second == first + 1 {
        return None;
    }
    Some(format!(
        ": an academic year is two years in a row, such as \"{first}/{}\"",
        first + 1
    ))
}

/// A value as a spreadsheet leaves it, pasted into the catalogue: a code without its leading
/// zero (`211` for `"0211"`), a number in quotes (`"3"`, `"43,68"`). What to write instead.
fn spreadsheet_value(text: &str, problem: &Problem) -> Option<String> {
    let found = value_at(text, problem.line?, problem.column?)?;
    if problem.message.contains("an ISCED-F 2013 field code") {
        let digits = match &found {
            Value::String(code) => code.clone(),
            Value::Number(number) => number.to_string(),
            _ => return None,
        };
        return (digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| {
            format!(": a spreadsheet drops the leading zero of a code: write \"0{digits}\"")
        });
    }
    if !(problem.message.contains("must be a number")
        || problem.message.contains("must be a whole number"))
    {
        return None;
    }
    let written = found.as_str()?.trim();
    let pointed = written.replace(',', ".");
    let n = pointed.parse::<f64>().ok().filter(|n| n.is_finite())?;
    let whole = problem.message.contains("must be a whole number");
    if whole && n.fract() != 0.0 {
        return None;
    }
    // As JSON writes it: Rust reads "+3", ".5" and "03", which the catalogue's reader refuses.
    let number = if !whole && serde_json::from_str::<serde_json::Number>(&pointed).is_ok() {
        pointed
    } else {
        n.to_string()
    };
    Some(if !written.contains(',') {
        format!(": write the number without quotes: {number}")
    } else {
        format!(": write the number without quotes, with a decimal point: {number}")
    })
}

/// The words of a reference to an id that is not in its list: "which is not in institutions".
const NOT_IN: &str = "which is not in ";

/// An id referred to that is not in its list (institutions or programmes): the id meant, when
/// one is a typo away (`cnsmd-lyno`), or, of a programme, its name or alias was given for its
/// id, in either language and maybe with a typo (`fotografie`, `Fotografy`).
fn id_meant(text: &str, document: &Value, problem: &Problem) -> Option<String> {
    let at = problem.message.find(NOT_IN)? + NOT_IN.len();
    let list = ["institutions", "programmes"]
        .into_iter()
        .find(|list| problem.message[at..].starts_with(list))?;
    let written = string_at(text, problem.line?, problem.column?)?;
    let given = written.to_lowercase();
    // Each record's id, and the words that may stand for it: the id itself, and a
    // programme's names and aliases.
    let mut words: Vec<(String, &str)> = Vec::new();
    for record in document.get(list)?.as_array()? {
        let Some(id) = record.get("id").and_then(Value::as_str) else {
            continue;
        };
        words.push((id.to_owned(), id));
        if list == "programmes" {
            let names = match record.get("name") {
                Some(Value::Object(texts)) => texts.values().collect(),
                Some(name) => vec![name],
                None => Vec::new(),
            };
            let aliases = record
                .get("aliases")
                .and_then(Value::as_array)
                .into_iter()
                .flatten();
            for word in names.into_iter().chain(aliases).filter_map(Value::as_str) {
                words.push((word.to_lowercase(), id));
            }
        }
    }
    if words.iter().any(|(_, id)| *id == written) {
        return None;
    }
    // The nearest, a character or two away (none: a name given for its id, or the id in
    // capitals).
    let (_, meant) = words
        .iter()
        .map(|(word, id)| (strsim::osa_distance(&given, word), *id))
        .filter(|&(distance, _)| distance <= 2 && distance * 3 < given.chars().count())
        .min_by_key(|&(distance, _)| distance)?;
    Some(format!(": did you mean \"{meant}\"?"))
}

/// A web address that starts with http:// or https:// and is refused all the same: what
/// in it is wrong, a space (which the rule does not name) or a character a server's name
/// cannot have.
fn web_address(text: &str, problem: &Problem) -> Option<String> {
    if !problem.message.contains(WEB_ADDRESS) {
        return None;
    }
    let url = string_at(text, problem.line?, problem.column?)?;
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    if let Some((at, space)) = url.char_indices().find(|(_, c)| c.is_whitespace()) {
        let what = match space {
            ' ' => "a space",
            '\t' => "a tab",
            '\n' | '\r' => "a line break",
            _ => "a blank",
        };
        return Some(format!(
            ": it has {what} after \"{}\", and a web address has none (copy the address \
             from the browser's address bar)",
            &url[..at]
        ));
    }
    let server = rest.split(['/', '?', '#']).next().unwrap_or("");
    if server.is_empty() {
        return Some(": the server's name is missing after the //".to_owned());
    }
    if server.starts_with('.') {
        return Some(format!(
            ": the server's name \"{server}\" cannot start with a dot"
        ));
    }
    let wrong = server
        .chars()
        .find(|&c| c.is_ascii() && !(c.is_ascii_alphanumeric() || "-.:[]".contains(c)))?;
    Some(format!(
        ": the server's name \"{server}\" cannot have \"{wrong}\" in it (only letters, digits, \
         - and .)"
    ))
}

/// A country refused for its code that names a country all the same (`UK`, `EL`, `Duitsland`):
/// the code to write, as the spreadsheet import says it.
fn country(text: &str, problem: &Problem) -> Option<String> {
    if !problem.message.contains(COUNTRY_CODE) {
        return None;
    }
    let country = country_meant(&string_at(text, problem.line?, problem.column?)?)?;
    Some(format!(": write {} ({})", country.code, country.en))
}

/// The JSON value that starts at `line` and `column` (in characters) of the text.
fn value_at(text: &str, line: usize, column: usize) -> Option<Value> {
    let line_text = text.split('\n').nth(line.checked_sub(1)?)?;
    let (start, _) = line_text.char_indices().nth(column.checked_sub(1)?)?;
    serde_json::Deserializer::from_str(&line_text[start..])
        .into_iter::<Value>()
        .next()?
        .ok()
}

/// The JSON string that starts at `line` and `column` (in characters) of the text.
fn string_at(text: &str, line: usize, column: usize) -> Option<String> {
    match value_at(text, line, column)? {
        Value::String(string) => Some(string),
        _ => None,
    }
}
