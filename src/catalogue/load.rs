//! Reading a catalogue from JSON text: syntax, structure, format version, then validation.

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

#[cfg(not(target_arch = "wasm32"))]
use super::locate::path_at;
use super::model::{Catalogue, FORMAT};
use super::problem::{Problem, Rejected};
use super::validate::validate;

/// A catalogue that passed validation, and the warnings it raised (unknown fields, ...).
#[derive(Debug, Clone)]
pub struct Checked {
    pub catalogue: Catalogue,
    pub warnings: Vec<Problem>,
    /// Records left out because they have errors (only with [`BadRecords::LeaveOut`]).
    pub skipped: Vec<Skipped>,
}

/// A record (a programme, an institution or a BIP) left out of a leniently read catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    /// Where the record is: `institutions[3]`.
    pub place: String,
    /// Its `id`, when it has a readable one.
    pub id: Option<String>,
    /// Its errors, each at its own place (`institutions[3].country`).
    pub problems: Vec<Problem>,
}

/// What a record with errors does to the whole catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadRecords {
    /// The catalogue is refused (`check`, and the JS API by default).
    Refuse,
    /// The record is left out and named in [`Checked::skipped`] (the widget). Problems of the
    /// whole file (syntax, format, `home`) still refuse it.
    LeaveOut,
}

/// Reads catalogue bytes (UTF-8, a leading byte-order mark allowed) with the given
/// strictness.
// TODO(reader): BOM warning, invalid UTF-8 by place, LeaveOut.
pub fn load_bytes(bytes: &[u8], bad_records: BadRecords) -> Result<Checked, Rejected> {
    let _ = bad_records;
    let text = std::str::from_utf8(bytes).map_err(|e| Rejected {
        problems: vec![Problem::error("", format!("not UTF-8 text: {e}"))],
        syntax: true,
    })?;
    load(text)
}

/// Parses and validates catalogue JSON. Syntax and type errors stop at the first, with line
/// and column; every other problem is reported together.
pub fn load(text: &str) -> Result<Checked, Rejected> {
    #[cfg(not(target_arch = "wasm32"))]
    return load_with(text, read_with_serde);
    #[cfg(target_arch = "wasm32")]
    return load_as_browser(text);
}

/// [`load`] as the browser build does it, with nanoserde (see `browser_reader`); natively for
/// tests that compare the two readers. Unknown fields are skipped silently.
pub fn load_as_browser(text: &str) -> Result<Checked, Rejected> {
    load_with(text, |text, _unknown_fields| read_with_nanoserde(text))
}

type Reader = fn(&str, &mut Vec<Problem>) -> Result<Catalogue, Unreadable>;

fn load_with(text: &str, read: Reader) -> Result<Checked, Rejected> {
    let mut unknown_fields = Vec::new();
    let parsed = parse(text, read, &mut unknown_fields);
    let mut problems: Vec<Problem> = match parsed {
        Ok(catalogue) => {
            let mut problems = validate(&catalogue);
            problems.extend(unknown_fields);
            sort_errors_first(&mut problems);
            if problems.iter().any(Problem::is_error) {
                problems
            } else {
                return Ok(Checked {
                    catalogue,
                    warnings: problems,
                    skipped: Vec::new(),
                });
            }
        }
        Err(Unreadable::Syntax(problem)) => {
            return Err(Rejected {
                problems: vec![problem],
                syntax: true,
            })
        }
        Err(Unreadable::Structure(problem)) => vec![problem],
    };
    sort_errors_first(&mut problems);
    Err(Rejected {
        problems,
        syntax: false,
    })
}

fn sort_errors_first(problems: &mut Vec<Problem>) {
    // Stable: keeps document order within each severity.
    crate::order::sort_by(problems, |a, b| a.severity.cmp(&b.severity));
}

/// Why a text gives no catalogue model.
enum Unreadable {
    /// It is not JSON.
    Syntax(Problem),
    /// It is JSON, but a value has the wrong type or shape, or the format is another one.
    Structure(Problem),
}

fn parse(
    text: &str,
    read: Reader,
    unknown_fields: &mut Vec<Problem>,
) -> Result<Catalogue, Unreadable> {
    let catalogue = read(text, unknown_fields)?;
    match format_problem(Some(&catalogue.format)) {
        Some(problem) => Err(Unreadable::Structure(problem)),
        None => Ok(catalogue),
    }
}

/// A structure problem, unless the document declares a format version we cannot read: then
/// that is the problem.
fn unless_other_format(problem: Problem, declared: Option<Option<String>>) -> Unreadable {
    let format = declared.and_then(|f| format_problem(f.as_deref()));
    Unreadable::Structure(format.unwrap_or(problem))
}

/// Natively: serde_json, noting each unknown field as a warning (for `check` and the JSON API).
#[cfg(not(target_arch = "wasm32"))]
fn read_with_serde(text: &str, unknown_fields: &mut Vec<Problem>) -> Result<Catalogue, Unreadable> {
    let mut json = serde_json::Deserializer::from_str(text);
    let catalogue = serde_ignored::deserialize(&mut json, |path| {
        unknown_fields.push(Problem::warning(
            place_of_ignored(&path),
            "unknown field, ignored (check its spelling)",
        ));
    })
    .and_then(|catalogue| json.end().map(|()| catalogue));
    catalogue.map_err(|error| {
        // serde_json calls a number where a vocabulary word belongs a syntax error; only text
        // that is not JSON is.
        if error.is_syntax() || error.is_eof() {
            if let Some(problem) = syntax_problem(text) {
                return Unreadable::Syntax(problem);
            }
        }
        let problem = Problem::error(
            path_at(text, error.line(), error.column()),
            json_message(&error),
        )
        .at(error.line(), error.column());
        unless_other_format(problem, declared_format(text))
    })
}

/// In the browser: serde_json for the syntax, nanoserde for the model (see `browser_reader`).
fn read_with_nanoserde(text: &str) -> Result<Catalogue, Unreadable> {
    use super::browser_reader;
    if let Some(problem) = syntax_problem(text) {
        return Err(Unreadable::Syntax(problem));
    }
    browser_reader::read(text)
        .map_err(|problem| unless_other_format(problem, browser_reader::declared_format(text)))
}

/// The `format` member of a well-formed JSON object, read without the rest of the model.
#[cfg(not(target_arch = "wasm32"))]
fn declared_format(text: &str) -> Option<Option<String>> {
    #[derive(Deserialize)]
    struct Header {
        format: Option<FormatValue>,
    }
    let header: Header = serde_json::from_str(text).ok()?;
    Some(header.format.map(|f| f.0))
}
/// Any JSON value, as text for a message: a string as itself, a number or boolean as written,
/// an object or array as `{…}` or `[…]`. (Smaller in the browser build than `serde_json::Value`.)
#[cfg(not(target_arch = "wasm32"))]
struct FormatValue(String);

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Deserialize<'de> for FormatValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
        struct AnyAsText;
        impl<'de> Visitor<'de> for AnyAsText {
            type Value = String;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, v: &str) -> Result<String, E> {
                Ok(v.to_owned())
            }
            fn visit_bool<E>(self, v: bool) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_i64<E>(self, v: i64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_u64<E>(self, v: u64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_f64<E>(self, v: f64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_unit<E>(self) -> Result<String, E> {
                Ok("null".to_owned())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<String, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok("[…]".to_owned())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok("{…}".to_owned())
            }
        }
        deserializer.deserialize_any(AnyAsText).map(FormatValue)
    }
}

/// Why a `format` value cannot be read by this version, if it cannot.
fn format_problem(format: Option<&str>) -> Option<Problem> {
    let Some(format) = format else {
        return Some(Problem::error(
            "format",
            format!("missing: a catalogue starts with \"format\": \"{FORMAT}\""),
        ));
    };
    let prefix = FORMAT.trim_end_matches('1');
    let Some(version) = format.strip_prefix(prefix) else {
        return Some(Problem::error(
            "format",
            format!(
                "\"{format}\" is not a partner-matcher catalogue format; expected \"{FORMAT}\""
            ),
        ));
    };
    let major = version
        .split('.')
        .next()
        .and_then(|m| m.parse::<u32>().ok());
    match major {
        Some(1) if version.split('.').skip(1).all(|m| m.parse::<u32>().is_ok()) => None,
        Some(major) if major > 1 => Some(Problem::error(
            "format",
            format!(
                "this catalogue uses format version {major}, but this partner-matcher reads version 1; \
                 use a newer partner-matcher"
            ),
        )),
        _ => Some(Problem::error(
            "format",
            format!("\"{format}\" has no readable version; expected \"{FORMAT}\""),
        )),
    }
}

/// The syntax error of JSON text, if it has one, by serde_json's strict reader: the same
/// message and position for both readers.
fn syntax_problem(text: &str) -> Option<Problem> {
    let error = serde_json::from_str::<serde::de::IgnoredAny>(text).err()?;
    Some(Problem::error("", json_message(&error)).at(error.line(), error.column()))
}

/// serde_json's message without its trailing " at line L column C" (given separately).
fn json_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

/// `institutions[3].agreements[0].foo`, in the same notation as every other place.
#[cfg(not(target_arch = "wasm32"))]
fn place_of_ignored(path: &serde_ignored::Path) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => format!("{}[{index}]", place_of_ignored(parent)),
        Path::Map { parent, key } => {
            let parent = place_of_ignored(parent);
            if parent.is_empty() {
                key.clone()
            } else {
                format!("{parent}.{key}")
            }
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => place_of_ignored(parent),
    }
}
