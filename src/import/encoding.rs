//! The bytes of a saved spreadsheet as text. UTF-8 (a byte-order mark is fine) and UTF-16
//! with its mark (Excel's "Unicode text") are read as they are; anything else is read as
//! Windows-1252, what Excel's plain "CSV" is on Windows in Western Europe, with a warning.
//! A file of UTF-8, with its mark or without, with rows of Windows-1252 among them (rows added
//! from another file, or in another program) is read row by row, each in its own encoding,
//! and those rows named.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// The text of the file, and a warning when its encoding had to be assumed.
pub(super) struct Decoded {
    pub text: String,
    pub warning: Option<String>,
}

pub(super) fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let exact = |text: String| Decoded {
        text,
        warning: None,
    };
    if let Some((encoding, mark)) = Encoding::for_bom(bytes) {
        let body = &bytes[mark..];
        if encoding == UTF_8 {
            // Excel's "CSV UTF-8": rows of Windows-1252 added to it are read as without it.
            return Ok(utf8_or_not(body));
        }
        let (text, malformed) = encoding.decode_without_bom_handling(body);
        if malformed {
            return Err(format!(
                "the file starts with the mark of {} but is not valid {}; save it again as \
                 \"CSV UTF-8\"",
                encoding.name(),
                encoding.name()
            ));
        }
        return Ok(exact(text.into_owned()));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!(
            "row {}: the file has a NUL byte, so it is not CSV text (UTF-16 without its mark, \
             or a workbook saved under a .csv name?); save it as \"CSV UTF-8\"",
            row_of(bytes, at)
        ));
    }
    Ok(utf8_or_not(bytes))
}

/// UTF-8 as it is; otherwise Windows-1252, wholly or in the rows that are not UTF-8.
fn utf8_or_not(bytes: &[u8]) -> Decoded {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            warning: None,
        };
    }
    let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    if !lines
        .iter()
        .any(|line| !line.is_ascii() && std::str::from_utf8(line).is_ok())
    {
        // Every byte is a character in Windows-1252: this cannot fail.
        let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
        return Decoded {
            text: text.into_owned(),
            warning: Some(
                "the file is not UTF-8, so it was read as Windows-1252 (what Excel saves as \
                 \"CSV\" in Western Europe): check that accented letters came out right, and \
                 save it as \"CSV UTF-8\" next time"
                    .to_owned(),
            ),
        };
    }
    // UTF-8 with some lines that are not: each line in its own encoding.
    let mut text = String::with_capacity(bytes.len());
    let mut other = Vec::new();
    let mut rows = Rows::new(bytes);
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        let row = rows.line(line);
        match std::str::from_utf8(line).ok() {
            Some(line) => text.push_str(line),
            None => {
                let (line, _) = WINDOWS_1252.decode_without_bom_handling(line);
                other.push((row, example(&line)));
                text.push_str(&line);
            }
        }
    }
    Decoded {
        text,
        warning: Some(mixed(&other)),
    }
}

/// The warning for a UTF-8 file with rows in Windows-1252 (their numbers, and an example).
fn mixed(rows: &[(usize, String)]) -> String {
    let mut numbers: Vec<usize> = rows.iter().map(|(row, _)| *row).collect();
    numbers.dedup();
    const SHOWN: usize = 10;
    let (named, they) = match numbers.as_slice() {
        [one] => (format!("row {one} is"), "it was"),
        [first @ .., last] if numbers.len() <= SHOWN => {
            let first: Vec<String> = first.iter().map(usize::to_string).collect();
            (
                format!("rows {} and {last} are", first.join(", ")),
                "they were",
            )
        }
        many => {
            let first: Vec<String> = many.iter().take(SHOWN).map(usize::to_string).collect();
            let more = many.len().saturating_sub(SHOWN);
            (
                format!("rows {} and {more} more are", first.join(", ")),
                "they were",
            )
        }
    };
    let example = rows
        .first()
        .map(|(row, word)| format!(" (row {row} has \"{word}\")"))
        .unwrap_or_default();
    format!(
        "the file is UTF-8, but {named} not: {they} read as Windows-1252, what Excel saves as \
         \"CSV\" in Western Europe{example}; check the accented letters of the output there, \
         and save the whole file as \"CSV UTF-8\" next time"
    )
}

/// The first word of a line with a letter that is not ASCII: what to look at in the output.
fn example(line: &str) -> String {
    line.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '\t' | '"'))
        .find(|word| !word.is_ascii())
        .unwrap_or_default()
        .to_owned()
}

/// The row a byte is on, as the spreadsheet numbers rows (see [`Rows`]).
fn row_of(bytes: &[u8], at: usize) -> usize {
    let before = &bytes[..at.min(bytes.len())];
    let mut rows = Rows::new(bytes);
    let mut row = 1;
    for line in before.split(|&b| b == b'\n') {
        row = rows.line(line);
    }
    row
}

/// Rows as the spreadsheet numbers them, line after line: from 1 (a first line `sep=;` is
/// none), and a line break inside a quoted cell is not a new row.
struct Rows {
    next: usize,
    quoted: bool,
}

impl Rows {
    fn new(bytes: &[u8]) -> Rows {
        Rows {
            next: if bytes.starts_with(b"sep=") { 0 } else { 1 },
            quoted: false,
        }
    }

    /// The row the next line (without its line feed) is part of.
    fn line(&mut self, line: &[u8]) -> usize {
        let row = self.next;
        for &b in line {
            if b == b'"' {
                self.quoted = !self.quoted;
            }
        }
        if !self.quoted {
            self.next += 1;
        }
        row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_mark_is_read_as_is() {
        for bytes in [&b"caf\xc3\xa9"[..], &b"\xef\xbb\xbfcaf\xc3\xa9"[..]] {
            let d = decode(bytes).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(d.text, "café");
            assert!(d.warning.is_none());
        }
    }

    #[test]
    fn windows_1252_is_read_with_a_warning() {
        let d = decode(b"caf\xe9 \x80 \xfc\xe7").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.text, "café € üç");
        assert!(d.warning.is_some_and(|w| w.contains("Windows-1252")));
    }

    #[test]
    fn utf8_with_rows_of_windows_1252_is_read_row_by_row_and_those_rows_named() {
        let bytes = b"name;city\r\nZ\xc3\xbcrcher;Z\xc3\xbcrich\r\n\"two\nlines\";x\r\n\xc9cole Cantonale;Lausanne\r\nna\xefve;\r\n";
        let d = decode(bytes).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            d.text,
            "name;city\r\nZürcher;Zürich\r\n\"two\nlines\";x\r\nÉcole Cantonale;Lausanne\r\nnaïve;\r\n"
        );
        assert_eq!(
            d.warning.as_deref(),
            Some(
                "the file is UTF-8, but rows 4 and 5 are not: they were read as Windows-1252, \
                 what Excel saves as \"CSV\" in Western Europe (row 4 has \"École\"); check \
                 the accented letters of the output there, and save the whole file as \"CSV \
                 UTF-8\" next time"
            )
        );
    }

    #[test]
    fn utf16_with_its_mark_is_read() {
        let d = decode(b"\xff\xfea\x00\xe9\x00").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.text, "aé");
    }

    #[test]
    fn nul_bytes_are_refused_with_the_row() {
        assert!(decode(b"a\nb\x00").is_err_and(|e| e.starts_with("row 2: ") && e.contains("NUL")));
    }

    #[test]
    fn after_the_mark_of_utf8_rows_of_windows_1252_are_read_as_without_it() {
        let bytes = b"\xef\xbb\xbfZ\xc3\xbcrich\nb\n\xc9cole";
        let d = decode(bytes).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.text, "Zürich\nb\nÉcole");
        assert!(d.warning.is_some_and(|w| w.contains("but row 3 is not")));
        let d = decode(b"\xef\xbb\xbfa\nb\n\xe9").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.text, "a\nb\né");
        assert!(d
            .warning
            .is_some_and(|w| w.starts_with("the file is not UTF-8")));
    }
}
