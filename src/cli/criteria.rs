//! `search --criteria JSON` (or `@FILE`): the criteria read, and what is wrong with them
//! named by where they came from. A JSON syntax error is said in the words `check` gives a
//! catalogue's (a hand edit's typographic quotes, comment, decimal comma, a comma missing or
//! one too many, serde_json's other words as a person says them), with its line and column,
//! instead of serde_json's own ("expected value at line 1 column 2").

use partner_matcher::catalogue::{load, Problem};
use partner_matcher::Criteria;

use super::read_text;

/// The typographic quotes the catalogue's words name (a word processor's `“ ” „ ‘ ’ ‚`).
const CURLY: [char; 6] = ['“', '”', '„', '‘', '’', '‚'];

/// The criteria `--criteria` gives: the JSON itself, or `@path`, a file of it. A problem
/// starts with `--criteria` (`--criteria @path` for a file), then says what and where.
pub fn read(given: &str) -> Result<Criteria, String> {
    let (text, source) = match given.strip_prefix('@') {
        // `@` alone would be read as a file with no name ("cannot read : ...").
        Some("") => {
            return Err(
                "--criteria @: give the criteria's file after @, such as --criteria \
                 @criteria.json, or the criteria themselves"
                    .to_owned(),
            )
        }
        Some(path) => (read_text(path.as_ref())?, Source::File(given)),
        None => (given.to_owned(), Source::Inline),
    };
    // An editor's byte-order mark, which JSON does not use (`check` too reads past it).
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let named = |words: String| format!("{}: {words}", source.option());
    match serde_json::from_str::<serde_json::Value>(text) {
        Err(error) if error.is_syntax() || error.is_eof() => {
            return Err(named(syntax(text, &error, &source)));
        }
        // JSON, but not an object: said as a text that is not JSON and begins otherwise than
        // with `{` is, not as serde's "expected struct Criteria" (an array of the right length
        // would even be read as the fields in their order).
        Ok(value) if !value.is_object() => {
            let (line, column) = first_place(text);
            let this = match source {
                Source::File(_) => "the file",
                Source::Inline => "this",
            };
            let kind = match value {
                serde_json::Value::Array(_) => "an array",
                serde_json::Value::String(_) => "a text",
                serde_json::Value::Number(_) => "a number",
                serde_json::Value::Bool(_) => "true or false",
                _ => "null",
            };
            let problem = Problem::error("", format!("{SHAPE}; {this} is {kind}"));
            return Err(named(problem.at(line, column).to_string()));
        }
        _ => {}
    }
    Criteria::from_json(text).map_err(|e| named(e.to_string()))
}

/// The line and column (1-based, in characters) of the text's first character that is not
/// white space.
fn first_place(text: &str) -> (usize, usize) {
    let before = &text[..text.len() - text.trim_start().len()];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// Where the criteria came from.
enum Source<'g> {
    /// The command line's own text.
    Inline,
    /// `@path`, as given.
    File(&'g str),
}

impl Source<'_> {
    /// `--criteria`, or `--criteria @path`.
    fn option(&self) -> String {
        match self {
            Source::Inline => "--criteria".to_owned(),
            Source::File(given) => format!("--criteria {given}"),
        }
    }
}

/// A JSON syntax error of the criteria: what is wrong and where (line and column, in
/// characters as editors count them). The mistakes a hand edit makes are said in the words of
/// `check` (the catalogue's reader finds the same place in the same text); what those words
/// say of a catalogue as a whole (an empty file, one that is not an object, one cut off, more
/// after its end) is said here of criteria.
fn syntax(text: &str, error: &serde_json::Error, source: &Source) -> String {
    let file = matches!(source, Source::File(_));
    let first = text.trim_start().chars().next();
    let Some(first) = first else {
        let what = if file {
            "the file is"
        } else {
            "the criteria are"
        };
        return format!("{what} empty: {GIVE}");
    };
    // The catalogue's reader says where serde_json stopped, and what a hand edit did wrong.
    let said = match load(text) {
        Err(rejected) if rejected.syntax => rejected.problems.into_iter().next(),
        _ => None,
    };
    // (The catalogue's reader refuses what serde_json refuses, so this is not met; serde_json
    // counts the column in bytes.)
    let mut problem = said.unwrap_or_else(|| {
        Problem::error("", serde_json_words(error)).at(error.line(), error.column())
    });
    let named_curly = problem.message.contains(CURLY);
    let rest = problem.column.and_then(|c| rest_at(text, problem.line?, c));
    let is_comment = rest.is_some_and(|r| r.starts_with("//") || r.starts_with("/*"));
    let whole = if first != '{' {
        // Said of the first character, where it is.
        let (line, column) = first_place(text);
        (problem.line, problem.column) = (Some(line), Some(column));
        Some(format!(
            "{SHAPE}; {} begins with \"{first}\"",
            if file { "the file" } else { "this" }
        ))
    } else if error.is_eof() && !named_curly {
        Some(if file {
            "the file ends before the criteria's closing }: a } or ] is missing, or a text's \
             closing \" (or the file was not saved completely)"
                .to_owned()
        } else {
            "the criteria end before their closing }: a } or ] is missing, or a text's \
             closing \""
                .to_owned()
        })
    } else if serde_json_words(error) == "trailing characters" && !named_curly && !is_comment {
        Some(
            "more follows the criteria's closing }: remove it (a } once too often, or \
             something pasted after the end?)"
                .to_owned(),
        )
    } else {
        None
    };
    if let Some(words) = whole {
        problem.message = words;
    }
    problem.to_string()
}

/// What to give, for criteria that are empty.
const GIVE: &str = "give a JSON object, such as {\"query\": \"lyon\", \"term\": \"spring\"} \
     (`partner-matcher schema --criteria` lists the fields)";

/// What criteria are, for a text that is not an object.
const SHAPE: &str = "criteria are a JSON object, such as {\"query\": \"lyon\", \"term\": \
     \"spring\"} (`partner-matcher schema --criteria` lists the fields)";

/// serde_json's message without the place it appends.
fn serde_json_words(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    }
}

/// The text from `line` and `column` (1-based, in characters) on.
fn rest_at(text: &str, line: usize, column: usize) -> Option<&str> {
    let start = match line {
        0 | 1 => 0,
        line => text.match_indices('\n').nth(line - 2)?.0 + 1,
    };
    let line_text = &text[start..];
    let offset = line_text
        .char_indices()
        .nth(column.checked_sub(1)?)
        .map_or(line_text.len(), |(i, _)| i);
    line_text.get(offset..)
}
