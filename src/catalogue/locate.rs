//! The document path at a position of JSON text: `institutions[3].agreements[0].isced`.
//!
//! serde_json reports where a type error happened by line and column only. Rather than wrap
//! every deserializer in path-tracking layers (which doubles the WebAssembly code for the
//! whole model), the loader asks this small scanner for the path at that position.

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
                        *key = Some(
                            <String as nanoserde::DeJson>::deserialize_json(&format!("\"{raw}\""))
                                .unwrap_or_else(|_| raw.to_owned()),
                        );
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

#[cfg(test)]
mod tests {
    use super::path_at;

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
}
