//! What a file is, from its content and never its name: a workbook (a zip package, .xlsx or
//! .ods, or the older .xls), an EWP XML response (by its root element), or else CSV text.

/// What a file holds; XML comes with its text (UTF-8, without a byte-order mark).
#[derive(Debug)]
pub(super) enum Kind {
    Csv,
    Workbook,
    Iias(String),
    Institutions(String),
    Factsheet(String),
}

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";

/// Whether the bytes are a workbook's: a zip package (.xlsx, .ods) or the older OLE file (.xls).
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP) || bytes.starts_with(OLE)
}

pub(super) fn kind(bytes: &[u8]) -> Result<Kind, String> {
    if is_workbook(bytes) {
        return Ok(Kind::Workbook);
    }
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    // A catalogue given among the files to import (no spreadsheet begins with a brace): read
    // as CSV, it gave a page of errors about columns.
    if body.trim_ascii_start().starts_with(b"{") {
        return Err(
            "a JSON file, such as a catalogue, not one to import: the import reads the \
             office's spreadsheet (CSV, .xlsx, .ods) and EWP XML; the catalogue to merge into \
             is given with --into, and `partner-matcher diff` compares two catalogues"
                .to_owned(),
        );
    }
    if !body.trim_ascii_start().starts_with(b"<") {
        return Ok(Kind::Csv);
    }
    let text = std::str::from_utf8(body).map_err(|e| {
        format!(
            "the file is XML but not UTF-8 (at byte {}); EWP documents are UTF-8",
            e.valid_up_to()
        )
    })?;
    let root = root_name(text)?;
    let kind = match root.as_str() {
        "iias-get-response" => Kind::Iias,
        "institutions-response" => Kind::Institutions,
        "factsheet-response" => Kind::Factsheet,
        other => {
            return Err(format!(
                "an XML document with the root element <{other}>; the import reads EWP \
                 <iias-get-response>, <institutions-response> and <factsheet-response> \
                 documents"
            ))
        }
    };
    Ok(kind(text.to_owned()))
}

/// The local name of the root element, or where the XML is broken.
fn root_name(text: &str) -> Result<String, String> {
    roxmltree::Document::parse(text)
        .map(|doc| doc.root_element().tag_name().name().to_owned())
        .map_err(|e| format!("the file is not well-formed XML: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_not_the_name() {
        assert!(matches!(kind(b"a,b\n1,2\n"), Ok(Kind::Csv)));
        assert!(matches!(kind(b"PK\x03\x04rest"), Ok(Kind::Workbook)));
        assert!(matches!(
            kind(b"\xef\xbb\xbf\n <factsheet-response xmlns=\"x\"/>"),
            Ok(Kind::Factsheet(_))
        ));
        assert!(kind(b"<html></html>").is_err_and(|e| e.contains("<html>")));
        assert!(kind(b"\n{\"format\": 1}").is_err_and(|e| e.contains("--into")));
        assert!(kind(b"<iias-get-response>").is_err_and(|e| e.contains("not well-formed")));
    }
}
