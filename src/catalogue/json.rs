//! JSON text as a small tree for the typed reader (`read.rs`) to walk.
//!
//! serde_json parses, so a syntax error's place is serde_json's everywhere (its words are
//! serde_json's natively, the engine's in the browser: `syntax.rs`). The tree
//! keeps what a typed deserializer would lose or refuse too early: object members in the order
//! written, a key given twice (the reader names it), and every number (whole numbers exactly,
//! subnormals kept, an integer beyond 64 bits as a float). Strings without escapes borrow from
//! the text.
//!
//! Numbers are read exactly (correctly rounded) on every target. In the browser (wasm32: the
//! widget and the npm package) serde_json hands each fraction, and each whole number beyond 64
//! bits, over as its text (`arbitrary_precision`: to `visit_map`, under [`NUMBER_TOKEN`]), and
//! `float_text` reads the text with the engine's `Number`, so that the widget's download carries
//! no float parser of its own. Natively serde_json reads them, with `float_roundtrip`.
//!
//! The children of every array and object live in one vector (a container holds the span of
//! its own): a vector per container made loading three times slower, for the allocations. Each
//! is packed in 12 bytes ([`Node`]): strings as places in the text, keys stored once.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::float_text;
use super::problem::Problem;
use super::syntax::syntax_problem;
use crate::lookup::Lookup;

/// The key under which serde_json's `arbitrary_precision` hands a number over as its text.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// A JSON value; an array's or object's children are in its [`Tree`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json<'t> {
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'t, str>),
    Array(Span),
    /// Members in the order written, a key possibly more than once.
    Object(Span),
}

/// Where a container's children are in the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    start: usize,
    pub len: usize,
}

/// A parsed document: its root, and the children of all its containers, each an object
/// member (key, value) or an array item (with an empty key), packed as [`Node`]s.
#[derive(Debug, Default)]
pub(crate) struct Tree<'t> {
    pub root: Option<Json<'t>>,
    text: &'t str,
    nodes: Vec<Node>,
    /// The keys, each once (`keys` finds them), then keys and strings with escapes (not the
    /// JSON's text; each read once).
    strings: Vec<Cow<'t, str>>,
    keys: Lookup<'t>,
}

/// One child in 12 bytes (as a `(Cow<str>, Json)` pair it took 40 on wasm32, and the tree
/// of a catalogue has a node per value: 24 of the 44 MiB of wasm memory after loading 10,000
/// institutions; issue 11).
#[derive(Debug, Clone, Copy, Default)]
struct Node {
    /// The value's kind (`NULL`…`OBJECT`) in the low 4 bits, the key's index in `strings`
    /// above them.
    tag: u32,
    /// The value: a string's start and length in the text (or its index in `strings`), a
    /// number's 64 bits, a container's span.
    a: u32,
    b: u32,
}

const NULL: u32 = 0;
const FALSE: u32 = 1;
const TRUE: u32 = 2;
const UNSIGNED: u32 = 3;
const NEGATIVE: u32 = 4;
const FLOAT: u32 = 5;
const TEXT: u32 = 6;
const OWNED_TEXT: u32 = 7;
const ARRAY: u32 = 8;
const OBJECT: u32 = 9;

impl<'t> Tree<'t> {
    /// Keeps `s` in `strings`, at the index returned.
    fn keep(&mut self, s: Cow<'t, str>) -> u32 {
        self.strings.push(s);
        (self.strings.len() - 1) as u32
    }

    /// A child packed. `parse` refuses texts with more values than the key's index counts.
    fn pack(&mut self, key: Cow<'t, str>, value: Json<'t>) -> Node {
        let key = match key {
            Cow::Borrowed(k) => {
                let next = self.strings.len();
                let at = *self.keys.entry(k).or_insert(next);
                if at == next {
                    self.keep(key);
                }
                at as u32
            }
            owned => self.keep(owned),
        };
        let (kind, bits) = match value {
            Json::Null => (NULL, 0),
            Json::Bool(b) => (if b { TRUE } else { FALSE }, 0),
            Json::Number(Number::Unsigned(n)) => (UNSIGNED, n),
            Json::Number(Number::Negative(n)) => (NEGATIVE, n as u64),
            Json::Number(Number::Float(x)) => (FLOAT, x.to_bits()),
            Json::String(Cow::Borrowed(s)) => {
                // Where it is in the text (serde_json borrows from it).
                let at = (s.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
                (TEXT, at as u64 | (s.len() as u64) << 32)
            }
            Json::String(owned) => (OWNED_TEXT, u64::from(self.keep(owned))),
            Json::Array(span) => (ARRAY, span.start as u64 | (span.len as u64) << 32),
            Json::Object(span) => (OBJECT, span.start as u64 | (span.len as u64) << 32),
        };
        Node {
            tag: kind | key << 4,
            a: bits as u32,
            b: (bits >> 32) as u32,
        }
    }

    /// A kept string: taken out of `strings` (`take`, for strings of one node), or copied.
    fn kept(&mut self, at: u32, take: bool) -> Cow<'t, str> {
        match self.strings.get_mut(at as usize) {
            Some(Cow::Owned(s)) if take => Cow::Owned(std::mem::take(s)),
            Some(s) => s.clone(),
            None => Cow::Borrowed(""),
        }
    }

    /// A node as a key and a value; strings with escapes taken out of the tree with `take`.
    fn unpack(&mut self, node: Node, take: bool) -> (Cow<'t, str>, Json<'t>) {
        let key = self.kept(node.tag >> 4, take);
        let bits = u64::from(node.a) | u64::from(node.b) << 32;
        let span = Span {
            start: node.a as usize,
            len: node.b as usize,
        };
        let text: &'t str = self.text;
        let value = match node.tag & 0xf {
            FALSE => Json::Bool(false),
            TRUE => Json::Bool(true),
            UNSIGNED => Json::Number(Number::Unsigned(bits)),
            NEGATIVE => Json::Number(Number::Negative(bits as i64)),
            FLOAT => Json::Number(Number::Float(f64::from_bits(bits))),
            TEXT => Json::String(Cow::Borrowed(
                text.get(span.start..span.start + span.len).unwrap_or(""),
            )),
            OWNED_TEXT => Json::String(self.kept(node.a, take)),
            ARRAY => Json::Array(span),
            OBJECT => Json::Object(span),
            _ => Json::Null,
        };
        (key, value)
    }

    /// The node of a container's `i`-th child.
    fn node(&mut self, span: Span, i: usize) -> Option<&mut Node> {
        (i < span.len)
            .then(|| self.nodes.get_mut(span.start + i))
            .flatten()
    }

    /// A container's `i`-th child, taken out of the tree (each is read once).
    pub fn take(&mut self, span: Span, i: usize) -> (Cow<'t, str>, Json<'t>) {
        let node = self.node(span, i).map(std::mem::take).unwrap_or_default();
        self.unpack(node, true)
    }

    /// The value of an object's first member named `name`, left in the tree.
    pub fn member(&mut self, span: Span, name: &str) -> Option<Json<'t>> {
        for i in 0..span.len {
            let node = *self.node(span, i)?;
            let (key, value) = self.unpack(node, false);
            if key == name {
                return Some(value);
            }
        }
        None
    }
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

/// The tree of JSON `text`, or its syntax error (with serde_json's line and column).
pub(crate) fn parse(text: &str) -> Result<Tree<'_>, Problem> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    // Every child of a container follows its `[` or `{` or a comma, so their count bounds the
    // nodes (commas inside strings only add a little): growing this vector instead, by copying
    // it, cost a tenth of the loading time of a large catalogue, and doubling its capacity left
    // the browser's wasm memory twice the tree's size (issue 11).
    let children = text
        .bytes()
        .filter(|b| matches!(b, b',' | b'[' | b'{'))
        .count();
    // The tree's nodes count strings and places in the text in 28 and 32 bits (each node
    // keeps at most two strings).
    if children >= 1 << 26 || u32::try_from(text.len()).is_err() {
        return Err(Problem::error(
            "",
            "the file holds more than 67 million values: no catalogue is that large",
        ));
    }
    let mut tree = Tree {
        text,
        nodes: Vec::with_capacity(children),
        ..Tree::default()
    };
    let mut open = Vec::new();
    let root = TreeSeed {
        tree: &mut tree,
        open: &mut open,
    }
    .deserialize(&mut deserializer)
    .and_then(|json| deserializer.end().map(|()| json))
    .map_err(|error| syntax_problem(text, &error))?;
    tree.root = Some(root);
    Ok(tree)
}

/// Builds the tree. The children of the containers being read wait on `open`; a container
/// moves its own into the tree when it closes.
struct TreeSeed<'s, 't> {
    tree: &'s mut Tree<'t>,
    open: &'s mut Vec<Node>,
}

impl<'t> TreeSeed<'_, 't> {
    fn child(&mut self) -> TreeSeed<'_, 't> {
        TreeSeed {
            tree: &mut *self.tree,
            open: &mut *self.open,
        }
    }

    /// Whether an object's first key is serde_json's mark of a number given as its text (a
    /// fraction, or a whole number beyond 64 bits, in the browser build: `float_text.rs`). The
    /// mark is not in the text, so an object with that key in the text is an object.
    fn is_number_token(&self, key: &str) -> bool {
        let text = self.tree.text.as_bytes().as_ptr_range();
        key == NUMBER_TOKEN && !text.contains(&key.as_ptr())
    }

    /// The span of the children since `mark`, moved into the tree.
    fn close(self, mark: usize) -> Span {
        let start = self.tree.nodes.len();
        self.tree.nodes.extend(self.open.drain(mark..));
        Span {
            start,
            len: self.tree.nodes.len() - start,
        }
    }
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

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mark = self.open.len();
        while let Some(item) = seq.next_element_seed(self.child())? {
            let node = self.tree.pack(Cow::Borrowed(""), item);
            self.open.push(node);
        }
        Ok(Json::Array(self.close(mark)))
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mark = self.open.len();
        let mut first = true;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            if std::mem::take(&mut first) && self.is_number_token(&key) {
                // Read as any value (its text), not as a `String`: that would link serde_json's
                // messages for values of another type, and with them a float printer.
                let text = match map.next_value_seed(self.child())? {
                    Json::String(text) => text,
                    _ => Cow::Borrowed(""),
                };
                return float_text::read(&text)
                    .map(|x| Json::Number(Number::Float(x)))
                    .ok_or_else(|| de::Error::custom("number out of range"));
            }
            let value = map.next_value_seed(self.child())?;
            let node = self.tree.pack(key, value);
            self.open.push(node);
        }
        Ok(Json::Object(self.close(mark)))
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
#[path = "json_tests.rs"]
mod tests;
