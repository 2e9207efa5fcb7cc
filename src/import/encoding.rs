//! The bytes of a saved spreadsheet as text. UTF-8 (a byte-order mark is fine) and UTF-16
//! with its mark (Excel's "Unicode text") are read as they are; anything else is read as
//! Windows-1252, what Excel's plain "CSV" is on Windows in Western Europe, with a warning.
//! A file of UTF-8, with its mark or without, with rows of Windows-1252 among them (rows added
//! from another file, or in another program) is read row by row, each in its own encoding,
//! and those rows named.

use csv::ByteRecord;
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
    // A line break is the same byte in both encodings: each line is read in its own.
    let lines: Vec<&[u8]> = bytes
        .split_inclusive(|&b| matches!(b, b'\r' | b'\n'))
        .collect();
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
    for line in lines {
        match std::str::from_utf8(line) {
            Ok(line) => text.push_str(line),
            Err(_) => text.push_str(&WINDOWS_1252.decode_without_bom_handling(line).0),
        }
    }
    // The rows to name: those with a cell that is not UTF-8.
    let other: Vec<(usize, String)> = records(bytes)
        .iter()
        .filter_map(|record| {
            let cell = record
                .cells
                .iter()
                .find(|cell| std::str::from_utf8(cell).is_err())?;
            let (cell, _) = WINDOWS_1252.decode_without_bom_handling(cell);
            Some((record.row, example(&cell)))
        })
        .collect();
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
        // A line that is not UTF-8 has a cell that is not, but for quotes inside a letter.
        [] => ("some rows are".to_owned(), "they were"),
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

/// The row a byte is on, as the spreadsheet numbers rows (see [`records`]).
fn row_of(bytes: &[u8], at: usize) -> usize {
    records(bytes)
        .iter()
        .take_while(|record| record.start <= at)
        .last()
        .map_or(1, |record| record.row)
}

/// A record of the file: where the reader started looking for it, its row, its cells.
struct Record {
    start: usize,
    row: usize,
    cells: ByteRecord,
}

/// The file's records, their rows numbered as `sheet::read` numbers them (what the
/// spreadsheet shows): a lone CR ends a line when no LF does; a first line `sep=;` names the
/// separator and is no row, else the separator is the header's most used of `,`, `;` and
/// tab; a record's row is its first line less the line breaks inside quoted cells before it.
fn records(bytes: &[u8]) -> Vec<Record> {
    let lone_cr: Vec<u8>;
    let bytes = if bytes.contains(&b'\r') && !bytes.contains(&b'\n') {
        lone_cr = bytes
            .iter()
            .map(|&b| if b == b'\r' { b'\n' } else { b })
            .collect();
        &lone_cr
    } else {
        bytes
    };
    let (separator, skipped) = super::sheet::separator_of(bytes);
    let body = bytes.get(skipped..).unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(body);
    let mut records = Vec::new();
    let mut lines_inside_cells = 0;
    let mut cells = ByteRecord::new();
    while let Ok(true) = reader.read_byte_record(&mut cells) {
        let (from, line) = cells.position().map_or((0, 1), |p| {
            (
                usize::try_from(p.byte()).unwrap_or(usize::MAX),
                usize::try_from(p.line()).unwrap_or(usize::MAX),
            )
        });
        // The position is before the blank lines the reader skipped, and before the LF of
        // a CRLF that ended the previous record.
        let blank = body
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| matches!(b, b'\r' | b'\n'))
            .filter(|&&b| b == b'\n')
            .count();
        let row = line
            .saturating_add(blank)
            .saturating_sub(lines_inside_cells);
        lines_inside_cells += cells
            .iter()
            .map(|cell| cell.iter().filter(|&&b| b == b'\n').count())
            .sum::<usize>();
        records.push(Record {
            start: skipped.saturating_add(from),
            row,
            cells: cells.clone(),
        });
    }
    records
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

    /// The rows the warning names.
    fn named(bytes: &[u8]) -> Vec<usize> {
        let d = decode(bytes).unwrap_or_else(|e| panic!("{e}"));
        assert!(d.text.contains("École"), "{}", d.text);
        records(bytes)
            .iter()
            .filter(|r| r.cells.iter().any(|c| std::str::from_utf8(c).is_err()))
            .map(|r| r.row)
            .collect()
    }

    #[test]
    fn rows_are_numbered_as_the_sheet_numbers_them() {
        // A quote inside a cell that does not start with one is an ordinary character.
        assert_eq!(
            named(b"a,b\nScreen 12\" Z\xc3\xbcrich,x\n\xc9cole,y\n"),
            [3]
        );
        // Lone CRs end lines.
        assert_eq!(named(b"a;b\rZ\xc3\xbcrich;x\r\xc9cole;y\r"), [3]);
        // The separator the header uses opens quoted cells; `sep=` is no row.
        let quoted = b"a;b\nZ\xc3\xbcrich;\"two\nlines, here\"\n\xc9cole;y\n";
        assert_eq!(named(quoted), [3]);
        let mut with_sep = b"sep=;\r\n".to_vec();
        with_sep.extend_from_slice(quoted);
        assert_eq!(named(&with_sep), [3]);
        // Blank lines are rows all the same; CRLF line ends.
        assert_eq!(
            named(b"a,b\r\nZ\xc3\xbcrich,x\r\n\r\n\r\n\xc9cole,y\r\n"),
            [5]
        );
    }

    #[test]
    fn rows_are_numbered_as_sheet_read_numbers_them() {
        for text in [
            "a,b\nScreen 12\" School,x\n\"two\nlines\",y\nlast,z\n",
            "a;b\r1;\"x\r\ny\"\r\n\r\n\r\n3;4\r\n",
            "sep=;\na;b\nx;\"two\nlines, here\"\n\nz;y",
            "a;b\r1;\"x\ry\"\r2;3\r",
            "\"a\nb\",c\n1,2\n",
        ] {
            let (sheet, _) = super::super::sheet::read(text);
            let sheet = sheet.unwrap_or_else(|e| panic!("{e}"));
            let rows: Vec<usize> = records(text.as_bytes())
                .iter()
                .filter(|r| r.cells.iter().any(|c| !c.trim_ascii().is_empty()))
                .map(|r| r.row)
                .collect();
            let mut expected = vec![sheet.header_row];
            expected.extend(sheet.rows.iter().map(|r| r.number));
            assert_eq!(rows, expected, "{text:?}");
        }
    }

    #[test]
    fn a_nul_byte_is_named_by_the_row_of_its_record() {
        let bytes = b"a;b\n\"two\nlines\";x\nc;\x00\n";
        assert!(decode(bytes).is_err_and(|e| e.starts_with("row 3: ")));
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
