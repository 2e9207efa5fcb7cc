//! What the command line adds to the core's words for a catalogue problem. The core's
//! words are the widget's too, and its download has no room for more; the command line, for
//! the office editing the file, says more where a rule alone leaves a person guessing.

use partner_matcher::catalogue::{Problem, Rejected, COUNTRY_CODE, WEB_ADDRESS};
use partner_matcher::import::country_meant;

/// "FILE: the first error (and 2 more errors)", each problem clarified.
pub fn refused(path: &std::path::Path, bytes: &[u8], mut rejected: Rejected) -> String {
    clarify(bytes, &mut rejected.problems);
    format!("{}: {rejected}", path.display())
}

/// Adds to each problem's message what the command line knows more.
pub fn clarify(bytes: &[u8], problems: &mut [Problem]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    for problem in problems {
        if let Some(more) = web_address(text, problem).or_else(|| country(text, problem)) {
            problem.message.push_str(&more);
        }
    }
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

/// The JSON string that starts at `line` and `column` (in characters) of the text.
fn string_at(text: &str, line: usize, column: usize) -> Option<String> {
    let line_text = text.split('\n').nth(line.checked_sub(1)?)?;
    let (start, _) = line_text.char_indices().nth(column.checked_sub(1)?)?;
    serde_json::Deserializer::from_str(&line_text[start..])
        .into_iter::<String>()
        .next()?
        .ok()
}
