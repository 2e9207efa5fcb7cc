//! Between places in a document (`institutions[3].agreements[0].isced`) and positions in its
//! JSON text (line and column).
//!
//! serde_json reports where a type error happened by line and column only, and the catalogue
//! reader works on a tree without positions. Rather than carry positions through either, two
//! small scanners translate: the path at a position (for criteria errors), and the positions
//! of the places that have problems (for catalogue problems, so an editor can jump there).

/// One level of nesting on the way to the position.
enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

/// The path to the value being read at `line`/`column` (1-based line; column as serde_json
/// counts it: bytes since the line start, pointing just past the last byte it read).
/// An error right after a closing `}` or `]` belongs to that object or array.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    let end = (line_start + column).min(text.len());
    let bytes = text.as_bytes();
    let mut frames: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut i = 0;
    let mut at_close = false;
    while i < end {
        let b = bytes[i];
        let last = i + 1 == end;
        match b {
            b'{' => {
                frames.push(Frame::Object { key: None });
                expecting_key = true;
            }
            b'[' => {
                frames.push(Frame::Array { index: 0 });
                expecting_key = false;
            }
            b'}' | b']' if last => at_close = true,
            b'}' | b']' => {
                frames.pop();
                expecting_key = false;
            }
            b',' => match frames.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key }) => {
                    *key = None;
                    expecting_key = true;
                }
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Object { key }) = frames.last_mut() {
                        let raw = &text[start..i.min(text.len())];
                        *key = Some(unescape(raw));
                    }
                    expecting_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    // Right after a closing bracket the error is about that container, not its last member.
    let depth = frames.len() - usize::from(at_close && !frames.is_empty());
    let mut path = String::new();
    for frame in &frames[..depth] {
        match frame {
            Frame::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// A JSON string's content without its escapes (read as the catalogue is: a `String`'s
/// deserializer would link a float printer into the WebAssembly for its type errors).
fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_owned();
    }
    match super::json::parse(&format!("\"{raw}\"")).map(|tree| tree.root) {
        Ok(Some(super::json::Json::String(text))) => text.into_owned(),
        _ => raw.to_owned(),
    }
}

/// Where the value at each of `places` starts in well-formed JSON `text`: 1-based line and
/// column (in characters). A key given twice is found at its last occurrence, the one a
/// "given twice" problem is about.
/// `places` are sorted; the answer has the position of each, in the same order.
pub(crate) fn positions(text: &str, places: &[&str]) -> Vec<Option<(usize, usize)>> {
    let mut found = vec![None; places.len()];
    if places.is_empty() {
        return found;
    }
    let mut s = Scanner {
        text,
        at: 0,
        line: 1,
        line_start: 0,
    };
    let mut path = String::new();
    // Per open object or array: the path's length outside it, and the index of an array's item.
    let mut open: Vec<(usize, Option<usize>)> = Vec::new();
    let mut expect_value = true;
    while let Some(byte) = s.next_token() {
        if expect_value {
            if let Ok(i) = places.binary_search(&path.as_str()) {
                found[i] = Some((s.line, s.column()));
            }
            s.at += 1;
            match byte {
                b'{' => {
                    open.push((path.len(), None));
                    if s.next_token() == Some(b'}') {
                        s.at += 1;
                        open.pop();
                        expect_value = false;
                    } else {
                        s.key(&mut path);
                    }
                }
                b'[' => {
                    open.push((path.len(), Some(0)));
                    if s.next_token() == Some(b']') {
                        s.at += 1;
                        open.pop();
                        expect_value = false;
                    } else {
                        path.push_str("[0]");
                    }
                }
                b'"' => {
                    s.at = s.string_end(s.at - 1);
                    expect_value = false;
                }
                _ => {
                    s.skip_scalar();
                    expect_value = false;
                }
            }
        } else {
            s.at += 1;
            match (byte, open.last_mut()) {
                (b',', Some((outside, Some(index)))) => {
                    *index += 1;
                    path.truncate(*outside);
                    path.push_str(&format!("[{index}]"));
                    expect_value = true;
                }
                (b',', Some((outside, None))) => {
                    let outside = *outside;
                    path.truncate(outside);
                    s.key(&mut path);
                    expect_value = true;
                }
                (b'}' | b']', Some((outside, _))) => {
                    path.truncate(*outside);
                    open.pop();
                }
                _ => break,
            }
        }
    }
    found
}

struct Scanner<'t> {
    text: &'t str,
    at: usize,
    line: usize,
    line_start: usize,
}

impl Scanner<'_> {
    /// The next byte that is not white space, without taking it.
    fn next_token(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.at) {
            match b {
                b'\n' => {
                    self.line += 1;
                    self.line_start = self.at + 1;
                }
                b' ' | b'\t' | b'\r' => {}
                _ => return Some(b),
            }
            self.at += 1;
        }
        None
    }

    fn column(&self) -> usize {
        let line = self.text.get(self.line_start..self.at).unwrap_or("");
        line.chars().count() + 1
    }

    /// Just past the string that starts at `start`.
    fn string_end(&self, start: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut i = start + 1;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'\\' => i += 2,
                b'"' => return i + 1,
                _ => i += 1,
            }
        }
        bytes.len()
    }

    fn skip_scalar(&mut self) {
        let bytes = self.text.as_bytes();
        while bytes
            .get(self.at)
            .is_some_and(|b| !matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n'))
        {
            self.at += 1;
        }
    }

    /// Reads a member's key and its colon, and appends the key to `path`.
    fn key(&mut self, path: &mut String) {
        if self.next_token() != Some(b'"') {
            return;
        }
        let end = self.string_end(self.at);
        let raw = self
            .text
            .get(self.at + 1..end.saturating_sub(1))
            .unwrap_or("");
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(&unescape(raw));
        self.at = end;
        if self.next_token() == Some(b':') {
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{path_at, positions};

    /// The path serde_json's error position points at, for a document that fails to parse as `T`.
    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        match serde_json::from_str::<T>(text) {
            Ok(v) => format!("parsed: {v:?}"),
            Err(e) => path_at(text, e.line(), e.column()),
        }
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Item {
        name: String,
        #[serde(default)]
        tags: Vec<String>,
        place: Option<Place>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Place {
        lat: f64,
    }

    #[test]
    fn names_the_field_of_a_wrong_type() {
        let text = "{\n  \"items\": [\n    {\"name\": \"a\"},\n    {\"name\": \"b\", \"place\": {\"lat\": \"north\"}}\n  ]\n}";
        assert_eq!(path_of_error::<Doc>(text), "items[1].place.lat");
    }

    #[test]
    fn names_the_object_missing_a_field() {
        let text = r#"{"items": [{"name": "a"}, {"tags": ["x", "y"]}]}"#;
        assert_eq!(path_of_error::<Doc>(text), "items[1]");
    }

    #[test]
    fn handles_escapes_commas_and_brackets_inside_strings() {
        let text = r#"{"items": [{"name": "a \"[x, y]\" {z}", "tags": ["p", 7]}]}"#;
        assert_eq!(path_of_error::<Doc>(text), "items[0].tags[1]");
    }

    #[test]
    fn top_level_is_empty() {
        assert_eq!(path_of_error::<Doc>("{}"), "");
        assert_eq!(path_of_error::<Doc>("[]"), "");
    }

    #[test]
    fn finds_the_positions_of_places() {
        let text = "{\n  \"items\": [\n    {\"name\": \"é\", \"tags\": [1, {\"a\\u0062\": 2}]},\n    {\"name\": \"b\", \"name\": null}\n  ],\n  \"x\": {}\n}";
        let wanted = [
            "items",
            "items[0].tags[1].ab",
            "items[0].tags[1]",
            "items[1].name",
            "items[1]",
            "x",
            "nowhere",
        ];
        let mut wanted = wanted.to_vec();
        crate::order::sort(&mut wanted);
        let found = positions(text, &wanted);
        let at = |place: &str| {
            let i = wanted.binary_search(&place).ok()?;
            found[i]
        };
        assert_eq!(at("items"), Some((2, 12)));
        assert_eq!(at("items[0].tags[1]"), Some((3, 31)));
        assert_eq!(at("items[0].tags[1].ab"), Some((3, 43)));
        assert_eq!(at("items[1]"), Some((4, 5)));
        assert_eq!(
            at("items[1].name"),
            Some((4, 27)),
            "the last of a repeated key"
        );
        assert_eq!(at("x"), Some((6, 8)));
        assert_eq!(at("nowhere"), None);
    }
}
