//! The typed reader's tools: from a [`Json`] value to a model value, or a problem in words at
//! its place. Reading goes on after a problem, so one pass reports every value of the wrong
//! type; a value that fails gives `None`, and so does everything that contains it.
//!
//! The records themselves are read in `read_model.rs`.

use super::findings::Findings;
use super::json::Json;
use super::place::Place;
use super::text::LocalisedText;
use super::words::{missing, must_be, number, one_of, quoted};

pub(crate) struct Reader<'f> {
    pub findings: &'f mut Findings,
}

/// An object's members sorted into the fields a record knows, in the order of its names.
pub(crate) type Fields<'t, const N: usize> = [Option<Json<'t>>; N];

/// What a value was, as a message says it: `"north"`, `7`, `true`, `null`, `a list`.
pub(crate) fn found(value: &Json) -> String {
    match value {
        Json::Null => "null".to_owned(),
        Json::Bool(b) => if *b { "true" } else { "false" }.to_owned(),
        Json::Number(n) => number(n.as_f64()),
        Json::String(s) => quoted(s),
        Json::Array(items) if items.is_empty() => "an empty list".to_owned(),
        Json::Array(_) => "a list".to_owned(),
        Json::Object(_) => "an object".to_owned(),
    }
}

impl Reader<'_> {
    /// Reports that the value at `place` is not `expected`.
    pub fn wrong(&mut self, place: &Place, expected: &str, value: &Json) {
        self.findings
            .error(place, must_be(&place.name(), expected, &found(value)));
    }

    /// Sorts an object's members into `names` (`None` if the value is not an object). A field
    /// given twice is an error (the first is read on, so that its other problems show too);
    /// a field not in `names` is a warning (often a misspelling).
    pub fn fields<'t, const N: usize>(
        &mut self,
        place: &Place,
        value: Json<'t>,
        expected: &str,
        names: [&str; N],
    ) -> Option<Fields<'t, N>> {
        let Json::Object(members) = value else {
            self.wrong(place, expected, &value);
            return None;
        };
        let mut fields: Fields<'t, N> = std::array::from_fn(|_| None);
        for (key, value) in members {
            match names.iter().position(|name| *name == key) {
                Some(i) if fields[i].is_some() => self.findings.error(
                    place.key(&key),
                    format!("`{key}` is given twice: keep one"),
                ),
                Some(i) => fields[i] = Some(value),
                None => self.findings.warning(
                    place.key(&key),
                    "unknown field, ignored (check its spelling)",
                ),
            }
        }
        Some(fields)
    }

    /// A field every `record` must have; `null` counts as a value of the wrong type.
    pub fn required<'t, T>(
        &mut self,
        object: &Place,
        record: &str,
        name: &str,
        expected: &str,
        value: Option<Json<'t>>,
        read: impl FnOnce(&mut Self, &Place, Json<'t>, &str) -> Option<T>,
    ) -> Option<T> {
        match value {
            Some(value) => read(self, &object.key(name), value, expected),
            None => {
                self.findings
                    .error(object, missing(name, record, expected));
                None
            }
        }
    }

    /// A field that may be left out (or be `null`): `Some(None)` when it is.
    pub fn optional<'t, T>(
        &mut self,
        object: &Place,
        name: &str,
        expected: &str,
        value: Option<Json<'t>>,
        read: impl FnOnce(&mut Self, &Place, Json<'t>, &str) -> Option<T>,
    ) -> Option<Option<T>> {
        match value {
            None | Some(Json::Null) => Some(None),
            Some(value) => read(self, &object.key(name), value, expected).map(Some),
        }
    }

    /// A list that may be left out (or be `null`): empty when it is.
    pub fn list_or_empty<'t, T>(
        &mut self,
        object: &Place,
        name: &str,
        expected: &str,
        value: Option<Json<'t>>,
        read: impl FnMut(&mut Self, &Place, Json<'t>) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.optional(object, name, expected, value, |r, place, value, expected| {
            r.list(place, value, expected, read)
        })
        .map(Option::unwrap_or_default)
    }

    /// Every item of a list, read with `read`; `None` if any fails (each is reported).
    pub fn list<'t, T>(
        &mut self,
        place: &Place,
        value: Json<'t>,
        expected: &str,
        mut read: impl FnMut(&mut Self, &Place, Json<'t>) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Json::Array(items) = value else {
            self.wrong(place, expected, &value);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.into_iter().enumerate() {
            match read(self, &place.index(i), item) {
                Some(item) if ok => out.push(item),
                Some(_) => {}
                None => ok = false,
            }
        }
        ok.then_some(out)
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

    pub fn number(&mut self, place: &Place, value: Json, expected: &str) -> Option<f64> {
        match value {
            Json::Number(n) => Some(n.as_f64()),
            other => {
                self.wrong(place, expected, &other);
                None
            }
        }
    }

    /// A whole number from 0 to 2^32-1 (the validator checks the field's own range).
    pub fn whole(&mut self, place: &Place, value: Json, expected: &str) -> Option<u32> {
        match value {
            Json::Number(n) if n.as_u32().is_some() => n.as_u32(),
            other => {
                self.wrong(place, expected, &other);
                None
            }
        }
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

    /// A string, or strings by language: `"Lyon"`, `{"en": "Vienna", "nl": "Wenen"}`.
    pub fn text(&mut self, place: &Place, value: Json, expected: &str) -> Option<LocalisedText> {
        match value {
            Json::String(text) => Some(LocalisedText::Plain(text.into_owned())),
            Json::Object(members) => {
                let mut texts = Vec::with_capacity(members.len());
                let mut ok = true;
                for (lang, text) in members {
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
                self.wrong(place, expected, &other);
                None
            }
        }
    }
}
