//! The bytes of a saved spreadsheet as text. UTF-8 (a byte-order mark is fine) and UTF-16
//! with its mark (Excel's "Unicode text") are read as they are; anything else is read as
//! Windows-1252, what Excel's plain "CSV" is on Windows in Western Europe, with a warning.

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
            return std::str::from_utf8(body)
                .map(|text| exact(text.to_owned()))
                .map_err(|e| {
                    format!(
                        "row {}: the file starts with the mark of UTF-8 but has bytes that are \
                         not UTF-8 here; save it again as \"CSV UTF-8\"",
                        row_of(body, e.valid_up_to())
                    )
                });
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
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(exact(text.to_owned())),
        Err(_) => {
            // Every byte is a character in Windows-1252: this cannot fail.
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok(Decoded {
                text: text.into_owned(),
                warning: Some(
                    "the file is not UTF-8, so it was read as Windows-1252 (what Excel saves as \
                     \"CSV\" in Western Europe): check that accented letters came out right, \
                     and save it as \"CSV UTF-8\" next time"
                        .to_owned(),
                ),
            })
        }
    }
}

/// The line a byte is on, counting from 1 (the row, unless a cell above spans lines).
fn row_of(bytes: &[u8], at: usize) -> usize {
    1 + bytes[..at.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
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
    fn utf16_with_its_mark_is_read() {
        let d = decode(b"\xff\xfea\x00\xe9\x00").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.text, "aé");
    }

    #[test]
    fn nul_bytes_and_broken_utf8_after_a_mark_are_refused_with_the_row() {
        assert!(decode(b"a\nb\x00").is_err_and(|e| e.starts_with("row 2: ") && e.contains("NUL")));
        assert!(decode(b"\xef\xbb\xbfa\nb\n\xe9").is_err_and(|e| e.starts_with("row 3: ")));
    }
}
