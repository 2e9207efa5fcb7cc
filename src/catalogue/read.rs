//! The typed reader's tools: from a [`Json`] value to a model value, or a problem in words at
//! its place. Reading goes on after a problem, so one pass reports every value of the wrong
//! type. Every value that fails is reported and counted ([`Reader::failures`]); a record, or
//! any object in it, is kept only if nothing failed while it was read ([`Reader::whole`]), so
//! a failure leaves out everything that contains it.
//!
//! The records themselves are read in `read_model.rs`.
//!
//! Size rules (the browser downloads this code; together they took 4.3 KB gzip off it):
//! - A record is built once from what was read, and kept by [`Reader::whole`] if nothing
//!   failed. A required value that failed reads as a stand-in (an empty string or text), an
//!   optional one as absent: the record that holds them is dropped anyway. A `?` per field
//!   made the compiler write, at every field, the dropping of all the others, and an
//!   `Option` around every value a test of it in every record's reader.
//! - Fields are passed as their slot (`&mut Option<Json>`) and taken out here: taking the
//!   slots out by value copied all of them (24 bytes each) in every record's reader.
//! - The loop over a list's items ([`Reader::walk`]) is one function for every type of item;
//!   generic, it was compiled again, with its vector's growth, into every list's reader.
//! - A record's field names are a `&[&str]` (kept in the data section), not an array: an
//!   array was written to the stack, name by name, at every call.

use super::findings::Findings;
use super::json::{Json, Span, Tree};
use super::place::Place;
use super::text::LocalisedText;
use super::words::{missing, must_be, number, one_of, quoted, TEXT};

/// The warning for a field the format does not have: the reader leaves it out of the model,
/// so nothing written from the model (`import`'s output) keeps it.
pub const UNKNOWN_FIELD: &str = "unknown field, ignored (check its spelling)";

pub(crate) struct Reader<'f, 't> {
    pub findings: &'f mut Findings,
    pub tree: &'f mut Tree<'t>,
    /// Values that could not be read so far (each reported, each a `None` somewhere).
    pub failures: u32,
}

/// What a value was, as a message says it: `"north"`, `7`, `true`, `null`, `a list`.
pub(crate) fn found(value: &Json) -> String {
    match value {
        Json::Null => "null".to_owned(),
        Json::Bool(b) => if *b { "true" } else { "false" }.to_owned(),
        Json::Number(n) => number(n.as_f64()),
        Json::String(s) => quoted(s),
        Json::Array(items) if items.len == 0 => "an empty list".to_owned(),
        Json::Array(_) => "a list".to_owned(),
        Json::Object(_) => "an object".to_owned(),
    }
}

/// An optional field: `None` when it is left out or `null`, and when `read` fails (counted in
/// [`Reader::failures`]).
pub(crate) fn optional<'t, T>(
    value: &mut Option<Json<'t>>,
    read: impl FnOnce(Json<'t>) -> Option<T>,
) -> Option<T> {
    match value.take() {
        None | Some(Json::Null) => None,
        Some(value) => read(value),
    }
}

// The readers are not generic over what they read, so that each is compiled once: the
// browser downloads this code.
impl<'t> Reader<'_, 't> {
    /// `record` if nothing failed since `failures` was `mark`, i.e. if every value in it was
    /// read.
    pub fn whole<T>(&self, mark: u32, record: T) -> Option<T> {
        (self.failures == mark).then_some(record)
    }

    /// Reports that the value at `place` is not `expected`.
    pub fn wrong(&mut self, place: &Place, expected: &str, value: &Json) {
        self.failures += 1;
        self.findings
            .error(place, must_be(&place.name(), expected, &found(value)));
    }

    /// Sorts an object's members into `slots`, one per name of `names`; false if the value is
    /// not an object. A field given twice is an error (the first is read on, so that its other
    /// problems show too); a field not in `names` is a warning (often a misspelling).
    pub fn fields(
        &mut self,
        place: &Place,
        value: Json<'t>,
        expected: &str,
        names: &[&str],
        slots: &mut [Option<Json<'t>>],
    ) -> bool {
        let Json::Object(members) = value else {
            self.wrong(place, expected, &value);
            return false;
        };
        for i in 0..members.len {
            let (key, value) = self.tree.take(members, i);
            match names.iter().position(|name| *name == key) {
                Some(i) if slots[i].is_some() => self
                    .findings
                    .error(place.key(&key), format!("`{key}` is given twice: keep one")),
                Some(i) => slots[i] = Some(value),
                None => self.findings.warning(place.key(&key), UNKNOWN_FIELD),
            }
        }
        true
    }

    /// The value of a field every `record` must have; `None`, reported, when it is missing.
    pub fn need(
        &mut self,
        object: &Place,
        record: &str,
        name: &str,
        expected: &str,
        value: &mut Option<Json<'t>>,
    ) -> Option<Json<'t>> {
        if value.is_none() {
            self.failures += 1;
            self.findings.error(object, missing(name, record, expected));
        }
        value.take()
    }

    /// A list's items; `None`, reported, when the value is not a list.
    pub fn items(&mut self, place: &Place, value: Json<'t>, expected: &str) -> Option<Span> {
        match value {
            Json::Array(items) => Some(items),
            other => {
                self.wrong(place, expected, &other);
                None
            }
        }
    }

    /// Every item read with `read` (given its index); `None` if any fails, each reported.
    pub fn each<T>(
        &mut self,
        items: Span,
        mut read: impl FnMut(&mut Self, usize, Json<'t>) -> Option<T>,
    ) -> Option<Vec<T>> {
        let mut out = Vec::with_capacity(items.len);
        let mut ok = true;
        self.walk(items, &mut |r, i, item| match read(r, i, item) {
            Some(item) => out.push(item),
            None => ok = false,
        });
        ok.then_some(out)
    }

    /// Gives `visit` every item: the loop of [`Reader::each`], compiled once for all types.
    fn walk(&mut self, items: Span, visit: &mut dyn FnMut(&mut Self, usize, Json<'t>)) {
        for i in 0..items.len {
            let (_, item) = self.tree.take(items, i);
            visit(self, i, item);
        }
    }

    pub fn string(&mut self, place: &Place, value: Json, expected: &str) -> Option<String> {
        match value {
            Json::String(text) => Some(text.into_owned()),
            other => {
                self.wrong(place, expected, &other);
                None
            }
        }
    }

    /// The string of a field every `record` must have (empty if it failed).
    pub fn required_string(
        &mut self,
        object: &Place,
        record: &str,
        name: &str,
        expected: &str,
        value: &mut Option<Json<'t>>,
    ) -> String {
        self.need(object, record, name, expected, value)
            .and_then(|value| self.string(&object.key(name), value, expected))
            .unwrap_or_default()
    }

    /// The string of a field that may be left out.
    pub fn optional_string(
        &mut self,
        object: &Place,
        name: &str,
        expected: &str,
        value: &mut Option<Json>,
    ) -> Option<String> {
        optional(value, |value| {
            self.string(&object.key(name), value, expected)
        })
    }

    pub fn number(&mut self, place: &Place, value: Json, expected: &str) -> Option<f64> {
        match value {
            Json::Number(n) => Some(n.as_f64()),
            other => {
                self.wrong(place, expected, &other);
                None
            }
        }
    }

    /// A whole number from 0 to 2^32-1 that may be left out (the validator checks the
    /// field's own range).
    pub fn optional_whole(
        &mut self,
        object: &Place,
        name: &str,
        expected: &str,
        value: &mut Option<Json>,
    ) -> Option<u32> {
        optional(value, |value| match value {
            Json::Number(n) if n.as_u32().is_some() => n.as_u32(),
            other => {
                self.wrong(&object.key(name), expected, &other);
                None
            }
        })
    }

    /// A word of a closed vocabulary (`"study"`), or an error listing them all.
    pub fn word<T>(
        &mut self,
        place: &Place,
        value: Json,
        parse: fn(&str) -> Option<T>,
        names: &[&str],
    ) -> Option<T> {
        let word = match &value {
            Json::String(text) => parse(text),
            _ => None,
        };
        if word.is_none() {
            self.wrong(place, &one_of(names), &value);
        }
        word
    }

    /// A word of a field every `record` must have.
    pub fn required_word<T>(
        &mut self,
        object: &Place,
        record: &str,
        name: &str,
        value: &mut Option<Json<'t>>,
        parse: fn(&str) -> Option<T>,
        names: &[&str],
    ) -> Option<T> {
        let Some(value) = value.take() else {
            self.failures += 1;
            self.findings
                .error(object, missing(name, record, &one_of(names)));
            return None;
        };
        self.word(&object.key(name), value, parse, names)
    }

    /// A string, or strings by language: `"Lyon"`, `{"en": "Vienna", "nl": "Wenen"}`.
    pub fn text(&mut self, place: &Place, value: Json) -> Option<LocalisedText> {
        match value {
            Json::String(text) => Some(LocalisedText::Plain(text.into_owned())),
            Json::Object(members) => {
                let mut texts = Vec::with_capacity(members.len);
                let mut ok = true;
                for i in 0..members.len {
                    let (lang, text) = self.tree.take(members, i);
                    match text {
                        Json::String(text) => texts.push((lang.into_owned(), text.into_owned())),
                        other => {
                            ok = false;
                            self.wrong(&place.key(&lang), "a text", &other);
                        }
                    }
                }
                ok.then_some(LocalisedText::ByLanguage(texts))
            }
            other => {
                self.wrong(place, TEXT, &other);
                None
            }
        }
    }

    /// The text of a field every `record` must have (empty if it failed).
    pub fn required_text(
        &mut self,
        object: &Place,
        record: &str,
        name: &str,
        value: &mut Option<Json<'t>>,
    ) -> LocalisedText {
        let text = self
            .need(object, record, name, TEXT, value)
            .and_then(|value| self.text(&object.key(name), value));
        text.unwrap_or(LocalisedText::Plain(String::new()))
    }

    /// The text of a field that may be left out.
    pub fn optional_text(
        &mut self,
        object: &Place,
        name: &str,
        value: &mut Option<Json>,
    ) -> Option<LocalisedText> {
        optional(value, |value| self.text(&object.key(name), value))
    }
}
