//! JSON text as a small tree for the typed reader (`read.rs`) to walk.
//!
//! serde_json parses, so syntax messages and positions are serde_json's everywhere. The tree
//! keeps what a typed deserializer would lose or refuse too early: object members in the order
//! written, a key given twice (the reader names it), and every number (whole numbers exactly,
//! others correctly rounded with `float_roundtrip`, subnormals kept, an integer beyond 64 bits
//! as a float). Strings without escapes borrow from the text.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::problem::Problem;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json<'t> {
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'t, str>),
    Array(Vec<Json<'t>>),
    /// Members in the order written, a key possibly more than once.
    Object(Vec<(Cow<'t, str>, Json<'t>)>),
}

/// A JSON number as serde_json reads it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Number {
    Unsigned(u64),
    Negative(i64),
    Float(f64),
}

impl Number {
    pub fn as_f64(self) -> f64 {
        match self {
            Number::Unsigned(n) => n as f64,
            Number::Negative(n) => n as f64,
            Number::Float(x) => x,
        }
    }

    /// The number, if it is a whole number from 0 to `u32::MAX` (`2.0` counts, as in JSON
    /// Schema's `integer`).
    pub fn as_u32(self) -> Option<u32> {
        match self {
            Number::Unsigned(n) => u32::try_from(n).ok(),
            Number::Negative(_) => None,
            Number::Float(x) => {
                (x.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(&x)).then_some(x as u32)
            }
        }
    }
}

/// The tree of JSON `text`, or its syntax error (serde_json's message, line and column).
pub(crate) fn parse(text: &str) -> Result<Json<'_>, Problem> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let mut scratch = Scratch::default();
    TreeSeed {
        scratch: &mut scratch,
    }
    .deserialize(&mut deserializer)
    .and_then(|json| deserializer.end().map(|()| json))
    .map_err(|error| syntax_problem(text, &error))
}

/// serde_json's error as a problem of the whole text, with its line and column (in
/// characters, as editors count them).
pub(crate) fn syntax_problem(text: &str, error: &serde_json::Error) -> Problem {
    let message = error.to_string();
    let message = match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    };
    let line = error.line();
    let line_text = text.split('\n').nth(line.saturating_sub(1)).unwrap_or("");
    // serde_json counts bytes up to and including the one it stopped at.
    let bytes = error.column().min(line_text.len());
    let before = line_text
        .get(..bytes.saturating_sub(1))
        .unwrap_or(line_text);
    let column = before.chars().count() + 1;
    Problem::error("", message).at(line, column)
}

/// Items and members of the arrays and objects being read, on one stack each: a container
/// takes its own off the top when it closes, in one allocation of the right size (growing a
/// vector per container cost a third of the loading time).
#[derive(Default)]
struct Scratch<'t> {
    items: Vec<Json<'t>>,
    members: Vec<(Cow<'t, str>, Json<'t>)>,
}

struct TreeSeed<'s, 't> {
    scratch: &'s mut Scratch<'t>,
}

impl<'de> DeserializeSeed<'de> for TreeSeed<'_, 'de> {
    type Value = Json<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TreeSeed<'_, 'de> {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(Number::Unsigned(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(if v < 0 {
            Number::Negative(v)
        } else {
            Number::Unsigned(v as u64)
        }))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Json<'de>, E> {
        Ok(Json::Number(Number::Float(v)))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let start = self.scratch.items.len();
        while let Some(item) = seq.next_element_seed(TreeSeed {
            scratch: &mut *self.scratch,
        })? {
            self.scratch.items.push(item);
        }
        Ok(Json::Array(self.scratch.items.drain(start..).collect()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let start = self.scratch.members.len();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let value = map.next_value_seed(TreeSeed {
                scratch: &mut *self.scratch,
            })?;
            self.scratch.members.push((key, value));
        }
        Ok(Json::Object(self.scratch.members.drain(start..).collect()))
    }
}

/// An object key, borrowed from the text unless it has escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str) -> Number {
        match parse(text) {
            Ok(Json::Number(n)) => n,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn numbers_are_read_as_json_defines_them() {
        assert_eq!(number("18446744073709551615"), Number::Unsigned(u64::MAX));
        assert_eq!(
            number("18446744073709551616"),
            Number::Float(18446744073709551616.0)
        );
        assert_eq!(number("-3"), Number::Negative(-3));
        let tiny = number("1e-320").as_f64();
        assert!(tiny > 0.0 && !tiny.is_normal(), "{tiny}");
        assert_eq!(tiny, "1e-320".parse::<f64>().unwrap_or_default());
        assert_eq!(number("0.1e-2147483648").as_f64(), 0.0);
        assert_eq!(
            number("0.30000000000000004441").as_f64(),
            "0.30000000000000004441".parse::<f64>().unwrap_or_default()
        );
        assert!(parse("1e400").is_err());
        assert_eq!(number("2.0").as_u32(), Some(2));
        assert_eq!(number("2.5").as_u32(), None);
        assert_eq!(number("-1").as_u32(), None);
    }

    #[test]
    fn members_keep_their_order_and_repeats() {
        let json = parse(r#"{"b": 1, "a\u0041": "x", "b": [true, null]}"#);
        let Ok(Json::Object(members)) = json else {
            panic!("{json:?}")
        };
        let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["b", "aA", "b"]);
        assert!(matches!(members[0].0, Cow::Borrowed(_)));
    }

    #[test]
    fn syntax_errors_count_columns_in_characters() {
        let p = parse("{\"é\": }").expect_err("not JSON");
        assert_eq!((p.line, p.column), (Some(1), Some(7)));
        assert!(p.message.starts_with("expected value"), "{p}");
        let p = parse("").expect_err("not JSON");
        assert_eq!(p.line, Some(1));
    }
}
