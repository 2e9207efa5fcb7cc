//! The browser build's catalogue reader: serde_json checks the syntax (the same messages and
//! positions as `partner-matcher check`), then nanoserde builds the model.
//!
//! Why two libraries: serde's derived code for the model, with serde_json's parser inlined into
//! every field, was a third of the widget's download. nanoserde's derives are plain functions
//! over one tokenizer, a fraction of the size. Natively `load` keeps serde (it also reports
//! unknown fields); tests read every catalogue both ways and compare.

// nanoserde's derive writes `if let Some(t) = x { t } else { None }`.
#![allow(clippy::question_mark)]

use nanoserde::{DeJson, DeJsonErr, DeJsonErrReason, DeJsonState, DeJsonTok};

use super::locate::path_at;
use super::model::Catalogue;
use super::problem::Problem;

/// Reads well-formed catalogue JSON (`load` checks the syntax first) into the model; the first
/// value of the wrong type or shape is a problem with its place and position.
pub fn read(text: &str) -> Result<Catalogue, Problem> {
    Catalogue::deserialize_json(text).map_err(|e| type_problem(text, &e))
}

/// A problem for the first thing of the wrong type or shape, at its place.
fn type_problem(text: &str, error: &DeJsonErr) -> Problem {
    // nanoserde counts lines from 0 and columns in characters, and has read one character past
    // the token that failed; serde_json, `path_at` and the command line count columns in bytes,
    // up to the token's last character.
    let line_start: usize = text.split('\n').take(error.line).map(|l| l.len() + 1).sum();
    let line_text = text.get(line_start..).unwrap_or("");
    let mut at = line_text
        .char_indices()
        .nth(error.col.saturating_sub(2))
        .map_or(text.len(), |(i, _)| line_start + i);
    if let DeJsonErrReason::MissingKey(_) = error.msg {
        // Missing fields are noticed once the object is closed and the next token read: back
        // to the object's `}`.
        at = text
            .get(..at)
            .map_or(at, |before| before.trim_end().len().saturating_sub(1));
    }
    let (line, column) = line_and_column(text, at);
    Problem::error(path_at(text, line, column), describe(&error.msg)).at(line, column)
}

/// The 1-based line and byte column of the character at byte `at`.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |n| n + 1) + 1;
    (line, column)
}

/// serde-like wording for nanoserde's reasons, without printing numbers it read (that would
/// link the float printer back in).
pub fn describe(reason: &DeJsonErrReason) -> String {
    match reason {
        DeJsonErrReason::MissingKey(name) => format!("missing field `{name}`"),
        DeJsonErrReason::UnexpectedToken(found, expected) => {
            let expected = match expected.as_str() {
                "{" => "an object",
                "[" => "a list",
                "string" => "a string",
                "unsigned integer" => "a whole number, 0 or more",
                "signed integer" => "a whole number",
                "floating point" | "f64" | "f32" => "a number",
                "bool" | "boolean" => "true or false",
                other => other,
            };
            format!("invalid type: {}, expected {expected}", token_name(found))
        }
        DeJsonErrReason::OutOfRange(value) => format!("number out of range: {value}"),
        DeJsonErrReason::UnexpectedKey(text)
        | DeJsonErrReason::NoSuchEnum(text)
        | DeJsonErrReason::WrongType(text)
        | DeJsonErrReason::CannotParse(text) => text.clone(),
        _ => "unreadable value".to_owned(),
    }
}

fn token_name(token: &DeJsonTok) -> &'static str {
    match token {
        DeJsonTok::Str | DeJsonTok::Char(_) => "a string",
        DeJsonTok::U64(_) | DeJsonTok::I64(_) | DeJsonTok::F64(_) => "a number",
        DeJsonTok::Bool(_) => "true or false",
        DeJsonTok::Null => "null",
        DeJsonTok::CurlyOpen => "an object",
        DeJsonTok::BlockOpen => "a list",
        _ => "something else",
    }
}

/// One of a vocabulary's words (`"study"`, `"full-year"`), or an error naming them all.
pub fn vocabulary<T>(
    state: &mut DeJsonState,
    input: &mut std::str::Chars,
    parse: fn(&str) -> Option<T>,
    names: &[&str],
) -> Result<T, DeJsonErr> {
    let word = state.as_string()?;
    let value = parse(&word).ok_or_else(|| {
        let expected: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        state.err_parse(&format!(
            "unknown variant `{word}`, expected one of {}",
            expected.join(", ")
        ))
    })?;
    state.next_tok(input)?;
    Ok(value)
}

/// The `format` member of a JSON object, as text (a string as itself, a number or boolean as
/// written, an object or list as `{…}` or `[…]`), read without the rest of the model.
pub fn declared_format(text: &str) -> Option<Option<String>> {
    #[derive(DeJson)]
    struct Header {
        format: Option<AnyAsText>,
    }
    struct AnyAsText(String);
    impl DeJson for AnyAsText {
        fn de_json(
            state: &mut DeJsonState,
            input: &mut std::str::Chars,
        ) -> Result<Self, DeJsonErr> {
            let text = match state.tok {
                DeJsonTok::Str => return String::de_json(state, input).map(AnyAsText),
                DeJsonTok::U64(_) | DeJsonTok::I64(_) | DeJsonTok::F64(_) => state.numbuf.clone(),
                DeJsonTok::Bool(b) => b.to_string(),
                DeJsonTok::BlockOpen => "[…]".to_owned(),
                _ => "{…}".to_owned(),
            };
            state.whole_field(input)?;
            Ok(AnyAsText(text))
        }
    }
    let header = Header::deserialize_json(text).ok()?;
    Some(header.format.map(|f| f.0))
}
